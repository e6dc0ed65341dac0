package app

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// syncOptions make the view model run everything on the calling goroutine.
func syncOptions() ViewModelOptions {
	run := func(f func()) { f() }
	return ViewModelOptions{Background: run, UI: run}
}

// sampleLibrary opens a fresh library in a temporary directory with the
// bundled sample imported.
func sampleLibrary(t testing.TB) *data.Library {
	t.Helper()
	ctx := context.Background()
	lib, err := data.Open(ctx, filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	return lib
}

// versionByLabel finds a version of the view model by label.
func versionByLabel(t *testing.T, m *ViewModel, label string) data.Version {
	t.Helper()
	for _, b := range m.Briefings() {
		for _, v := range m.Versions(b.ID) {
			if v.Label == label {
				return v
			}
		}
	}
	t.Fatalf("no version labelled %q", label)
	return data.Version{}
}

// highlighted collects the changed runs of the base's column (the first)
// or of the other columns.
func highlighted(rows []RowView, side Side) []string {
	var out []string
	for _, r := range rows {
		for k, c := range r.Cells {
			if (k == 0) != (side == SideBase) {
				continue
			}
			for _, s := range c.Segs {
				if StyleFor(s, side).Highlight != HighlightNone {
					out = append(out, s.Text)
				}
			}
		}
	}
	return out
}

func TestViewModelOnSample(t *testing.T) {
	lib := sampleLibrary(t)
	m := NewViewModel(lib, syncOptions())
	notified := 0
	m.OnChange(func() { notified++ })
	if err := m.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := m.OpenFirst(); err != nil {
		t.Fatal(err)
	}
	blog := versionByLabel(t, m, "blog-en")
	revised := versionByLabel(t, m, "revised-en")
	base, other := m.Pair()
	if base != blog.ID || other != revised.ID {
		t.Fatalf("first briefing opened on %d vs %d, want blog-en (%d) vs revised-en (%d)", base, other, blog.ID, revised.ID)
	}
	cmp := m.Comparison()
	if cmp.Err != nil || cmp.Busy {
		t.Fatalf("comparison: busy=%v err=%v", cmp.Busy, cmp.Err)
	}
	if notified == 0 {
		t.Error("listeners were not told about the new comparison")
	}
	if len(cmp.Rows) < 20 {
		t.Fatalf("only %d rows for the sample", len(cmp.Rows))
	}
	if cmp.Stats.Total() == 0 {
		t.Errorf("no changes counted: %+v", cmp.Stats)
	}
	removed := strings.Join(highlighted(cmp.Rows, SideBase), "|")
	added := strings.Join(highlighted(cmp.Rows, SideOther), "|")
	if !strings.Contains(removed, "Mikhail") {
		t.Errorf("base column does not highlight %q; highlights: %q", "Mikhail", removed)
	}
	if !strings.Contains(added, "Murat") {
		t.Errorf("other column does not highlight %q; highlights: %q", "Murat", added)
	}

	// Every column's cells rebuild its text in its own order: nothing
	// lost, nothing doubled, moved passages where the version has them.
	if len(cmp.Columns) != 4 {
		t.Fatalf("the sample opened in %d columns, want its 4 versions", len(cmp.Columns))
	}
	for k, col := range cmp.Columns {
		var text strings.Builder
		last := -1
		for i, r := range cmp.Rows {
			c := r.Cells[k]
			if !c.Has {
				continue
			}
			if c.Segs[0].Start < last {
				t.Errorf("%s reads out of order at row %d", col.Label, i)
			}
			last = c.Segs[len(c.Segs)-1].End
			for _, s := range c.Segs {
				text.WriteString(s.Text)
			}
			text.WriteString(" ")
		}
		full, err := lib.Version(context.Background(), col.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Join(strings.Fields(text.String()), " "), strings.Join(strings.Fields(full.Text), " "); got != want {
			t.Errorf("%s: the cells hold %d words, the text %d", col.Label, len(strings.Fields(got)), len(strings.Fields(want)))
		}
	}

	// Swap and choose another version.
	if err := m.Swap(); err != nil {
		t.Fatal(err)
	}
	if b, o := m.Pair(); b != revised.ID || o != blog.ID {
		t.Errorf("after Swap: %d vs %d", b, o)
	}
	ru := versionByLabel(t, m, "ru")
	if err := m.SetPair(revised.ID, blog.ID); err != nil {
		t.Fatal(err)
	}
	if err := m.SetOther(ru.ID); err != nil {
		t.Fatal(err)
	}
	if cmp := m.Comparison(); cmp.OtherVersion() == nil || cmp.OtherVersion().Label != "ru" || len(cmp.Columns) != 2 || len(cmp.Rows) == 0 || cmp.Err != nil {
		t.Errorf("revised-en vs ru: %d columns, %+v", len(cmp.Columns), cmp.Err)
	}
	if len(m.AllVersions()) != 4 {
		t.Errorf("%d versions, want the sample's 4", len(m.AllVersions()))
	}
	if err := m.SetOther(99999); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SetOther(unknown) = %v, want ErrNotFound", err)
	}
}

func TestViewModelImportFiles(t *testing.T) {
	lib := sampleLibrary(t)
	m := NewViewModel(lib, syncOptions())
	ctx := context.Background()
	if err := m.Load(ctx); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "statement-a.txt")
	b := filepath.Join(dir, "statement-b.txt")
	bad := filepath.Join(dir, "missing.txt")
	os.WriteFile(a, []byte("The minister spoke on Monday.\n\nHe thanked the hosts.\n"), 0o644)
	os.WriteFile(b, []byte("The minister spoke on Tuesday.\n\nHe thanked the hosts.\n"), 0o644)
	imp := LibraryImporter(lib)
	var rep ImportReport
	var seen []string
	progress := func(done, total int, file string) {
		if file != "" {
			file = filepath.Base(file)
		}
		seen = append(seen, file)
	}
	m.ImportFiles(ctx, imp, []string{a, b, bad}, data.ImportOptions{}, progress, func(r ImportReport) { rep = r })
	if strings.Join(seen, ",") != "statement-a.txt,statement-b.txt," {
		t.Errorf("progress saw %q", seen)
	}
	if len(rep.Versions) != 2 || len(rep.Failed) != 1 || rep.Failed[0].Path != bad {
		t.Fatalf("report: %+v", rep)
	}
	if rep.Versions[0].BriefingID != rep.Versions[1].BriefingID {
		t.Errorf("files imported together went to briefings %d and %d", rep.Versions[0].BriefingID, rep.Versions[1].BriefingID)
	}
	if msg := importError(rep.Failed).Error(); strings.Count(msg, "missing.txt") != 1 || strings.Contains(msg, filepath.Dir(bad)) {
		t.Errorf("import error does not name the file once, by its name: %v", importError(rep.Failed))
	}
	if !errors.Is(importError(rep.Failed), fs.ErrNotExist) {
		t.Errorf("import error hides the file's error: %v", importError(rep.Failed))
	}
	base, other := m.Pair()
	if base != rep.Versions[0].ID || other != rep.Versions[1].ID {
		t.Errorf("after import the window shows %d vs %d, want the imported pair", base, other)
	}
	added := highlighted(m.Comparison().Rows, SideOther)
	if strings.Join(added, "|") != "Tuesday" {
		t.Errorf("highlights in the other column: %q, want just Tuesday", added)
	}

	// Importing the same bytes again reuses the version; a folder imports
	// its files.
	folder := filepath.Join(dir, "more")
	os.Mkdir(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "c.txt"), []byte("The minister spoke on Wednesday.\n"), 0o644)
	rep = ImportReport{}
	m.ImportFiles(ctx, imp, []string{b, folder}, data.ImportOptions{}, nil, func(r ImportReport) { rep = r })
	if len(rep.Versions) != 2 || rep.Duplicates != 1 || rep.Versions[0].ID != other || rep.Versions[1].Label != "c" {
		t.Errorf("file and folder: %+v", rep)
	}
	rep = ImportReport{}
	m.ImportFiles(ctx, imp, []string{a}, data.ImportOptions{}, nil, func(r ImportReport) { rep = r })
	if rep.Duplicates != 1 || len(rep.Versions) != 1 || rep.Versions[0].ID != base {
		t.Errorf("re-import: %+v", rep)
	}
	// A file imported again that is on screen leaves the comparison as
	// it is, rather than showing that version alone.
	before, beforeBase := m.Columns()
	for _, f := range []string{a, b} {
		m.ImportFiles(ctx, imp, []string{f}, data.ImportOptions{}, nil, func(ImportReport) {})
	}
	if after, afterBase := m.Columns(); !slices.Equal(after, before) || afterBase != beforeBase {
		t.Errorf("re-import changed the columns %v (base %d) to %v (base %d)", before, beforeBase, after, afterBase)
	}
}

func TestVisibleRows(t *testing.T) {
	rows := []RowView{
		{ParagraphStart: true}, {Changed: true}, {}, {Changed: true}, {Changed: true},
	}
	if got, _ := VisibleRows(rows, false, false, -1); len(got) != 5 {
		t.Fatalf("all rows: %d", len(got))
	}
	got, index := VisibleRows(rows, true, false, -1)
	if len(got) != 3 || !slices.Equal(index, []int{1, 3, 4}) {
		t.Fatalf("changed rows: %d at %v, want 3 at [1 3 4]", len(got), index)
	}
	if !got[0].ParagraphStart || !got[1].ParagraphStart || got[2].ParagraphStart {
		t.Errorf("gaps not marked as breaks: %+v", got)
	}
	if rows[1].ParagraphStart {
		t.Error("VisibleRows changed its input")
	}
}

// TestViewModelAsync runs comparisons on goroutines, as the window does,
// with a UI queue the test drains, and switches pairs while a comparison
// is running: only the last choice may land.
func TestViewModelAsync(t *testing.T) {
	lib := sampleLibrary(t)
	ui := make(chan func(), 64)
	m := NewViewModel(lib, ViewModelOptions{
		Background: func(f func()) { go f() },
		UI:         func(f func()) { ui <- f },
	})
	ctx := context.Background()
	load := make(chan error, 1)
	go func() { load <- m.Load(ctx) }()
	drain := func(until func() bool) {
		t.Helper()
		timeout := time.After(2 * time.Minute)
		for !until() {
			select {
			case f := <-ui:
				f()
			case <-time.After(10 * time.Millisecond):
				// until may turn true with no UI work queued (Load
				// returning after its last UI call): look again.
			case <-timeout:
				t.Fatal("timed out waiting for the view model")
			}
		}
	}
	var loadErr error
	loaded := false
	drain(func() bool {
		select {
		case loadErr = <-load:
			loaded = true
		default:
		}
		return loaded
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	blog := versionByLabel(t, m, "blog-en")
	revised := versionByLabel(t, m, "revised-en")
	ru := versionByLabel(t, m, "ru")
	if err := m.SetPair(blog.ID, ru.ID); err != nil {
		t.Fatal(err)
	}
	if err := m.SetPair(blog.ID, revised.ID); err != nil {
		t.Fatal(err)
	}
	drain(func() bool { return !m.Comparison().Busy })
	cmp := m.Comparison()
	if cmp.Err != nil || cmp.OtherVersion() == nil || cmp.OtherVersion().ID != revised.ID {
		t.Fatalf("after two quick choices: other=%+v err=%v", cmp.OtherVersion(), cmp.Err)
	}
	if !strings.Contains(strings.Join(highlighted(cmp.Rows, SideOther), "|"), "Murat") {
		t.Error("the rows are not blog-en vs revised-en")
	}
	// Let any superseded comparison finish; it must not replace the rows.
	time.Sleep(200 * time.Millisecond)
	for len(ui) > 0 {
		(<-ui)()
	}
	if got := m.Comparison(); got.OtherVersion().ID != revised.ID || got.Seq != cmp.Seq {
		t.Errorf("a superseded comparison landed: other %d, seq %d (was %d)", got.OtherVersion().ID, got.Seq, cmp.Seq)
	}
}

// TestOpenBriefingKeepsItsColumns: a briefing opened again shows the
// columns and base it was last shown with (a translator's ru as the
// base, abridged-en hidden), where it reset them to its first versions;
// a version deleted since is left out, and a briefing never shown opens
// on its first versions.
// libraryWithVisit is the sample library with a second briefing, "visit",
// of two short versions, x1 and x2.
func libraryWithVisit(t *testing.T) (*data.Library, *data.Briefing) {
	t.Helper()
	ctx := context.Background()
	lib := sampleLibrary(t)
	other, err := lib.CreateBriefing(ctx, data.Briefing{Slug: "visit", Title: "Visit"})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"x1", "x2"} {
		if _, err := lib.ImportBytes(ctx, l+".txt", []byte("Text "+l+" of the visit.\n"), data.ImportOptions{BriefingID: other.ID, Label: l}); err != nil {
			t.Fatal(err)
		}
	}
	return lib, other
}

func TestOpenBriefingKeepsItsColumns(t *testing.T) {
	ctx := context.Background()
	lib, other := libraryWithVisit(t)
	m := NewViewModel(lib, syncOptions())
	if err := m.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := m.OpenFirst(); err != nil {
		t.Fatal(err)
	}
	ru, blog, revised := versionByLabel(t, m, "ru"), versionByLabel(t, m, "blog-en"), versionByLabel(t, m, "revised-en")
	want := []int64{ru.ID, blog.ID, revised.ID}
	if err := m.SetColumns(want, ru.ID); err != nil {
		t.Fatal(err)
	}
	m.SetFollowed(revised.ID)
	if err := m.OpenBriefing(other.ID); err != nil {
		t.Fatal(err)
	}
	if ids, base := m.Columns(); len(ids) != 2 || base != ids[0] {
		t.Fatalf("the other briefing: columns %v, base %d; want its two versions, the first the base", ids, base)
	}
	if err := m.OpenBriefing(ru.BriefingID); err != nil {
		t.Fatal(err)
	}
	if ids, base := m.Columns(); !slices.Equal(ids, want) || base != ru.ID || m.Followed() != revised.ID {
		t.Errorf("opened again: columns %v, base %d, following %d; want %v, base %d (ru), following %d",
			ids, base, m.Followed(), want, ru.ID, revised.ID)
	}
	// Changed, closed and opened again: as changed.
	if err := m.SetColumns([]int64{ru.ID, blog.ID}, ru.ID); err != nil {
		t.Fatal(err)
	}
	m.Close()
	if err := m.OpenBriefing(ru.BriefingID); err != nil {
		t.Fatal(err)
	}
	if ids, base := m.Columns(); !slices.Equal(ids, []int64{ru.ID, blog.ID}) || base != ru.ID {
		t.Errorf("closed and opened again: columns %v, base %d; want ru and blog-en, base %d", ids, base, ru.ID)
	}
	if err := m.SetColumns(want, ru.ID); err != nil {
		t.Fatal(err)
	}
	m.SetFollowed(revised.ID)
	// A version added to the briefing while another was shown (moved in,
	// as the import's message advises) is shown when it opens again.
	if err := m.OpenBriefing(other.ID); err != nil {
		t.Fatal(err)
	}
	added, err := lib.ImportBytes(ctx, "late.txt", []byte("A late repost of the remarks.\n"), data.ImportOptions{BriefingID: ru.BriefingID, Label: "late"})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := m.OpenBriefing(ru.BriefingID); err != nil {
		t.Fatal(err)
	}
	if ids, _ := m.Columns(); !slices.Equal(ids, append(slices.Clone(want), added.ID)) {
		t.Errorf("after adding a version: columns %v, want %v and %d", ids, want, added.ID)
	}
	want = append(want, added.ID)
	if err := m.OpenBriefing(other.ID); err != nil {
		t.Fatal(err)
	}
	if err := lib.DeleteVersion(ctx, revised.ID); err != nil {
		t.Fatal(err)
	}
	if err := m.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := m.OpenBriefing(ru.BriefingID); err != nil {
		t.Fatal(err)
	}
	if ids, base := m.Columns(); !slices.Equal(ids, []int64{ru.ID, blog.ID, added.ID}) || base != ru.ID {
		t.Errorf("after deleting revised-en: columns %v, base %d; want ru, blog-en and late, base %d", ids, base, ru.ID)
	}
}

// TestPlaceNotesInRowOrder: the notes list in the order of their rows,
// whichever version holds them (the library gives them version by
// version), and a note on no row shown comes last.
func TestPlaceNotesInRowOrder(t *testing.T) {
	cell := func(s, e int) CellView {
		return CellView{Has: true, MovedTo: -1, Segs: []compare.Segment{{Start: s, End: e}}}
	}
	rows := []RowView{
		{Cells: []CellView{cell(0, 10), cell(0, 12)}},
		{Cells: []CellView{cell(11, 20), cell(13, 25)}},
		{Cells: []CellView{cell(21, 30), cell(26, 40)}},
	}
	cols := []data.Version{{ID: 1}, {ID: 2}}
	notes := []data.Note{
		{ID: 10, VersionID: 1, Start: 22, End: 25}, // row 3
		{ID: 11, VersionID: 1, Start: 12, End: 14}, // row 2
		{ID: 12, VersionID: 3, Start: 0, End: 5},   // a version not shown
		{ID: 13, VersionID: 2, Start: 1, End: 4},   // row 1
	}
	var got []int64
	for _, n := range placeNotes(rows, cols, notes) {
		got = append(got, n.ID)
	}
	if want := []int64{13, 11, 10, 12}; !slices.Equal(got, want) {
		t.Errorf("notes in order %v, want %v", got, want)
	}
}
