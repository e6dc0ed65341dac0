package app

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// fixedLibrary is a library of one briefing with two versions in memory.
type fixedLibrary struct {
	versions []data.Version
}

func (l *fixedLibrary) Briefings(context.Context) ([]data.Briefing, error) {
	return []data.Briefing{{ID: 1, Slug: "demo", Title: "Press conference in Almaty", Date: "2024-06-21", Place: "Almaty", Versions: len(l.versions)}}, nil
}

func (l *fixedLibrary) Briefing(ctx context.Context, id int64) (*data.Briefing, error) {
	bs, _ := l.Briefings(ctx)
	if id != bs[0].ID {
		return nil, data.ErrNotFound
	}
	return &bs[0], nil
}

func (l *fixedLibrary) Versions(context.Context, int64) ([]data.Version, error) {
	out := make([]data.Version, len(l.versions))
	for i, v := range l.versions {
		v.Text = ""
		out[i] = v
	}
	return out, nil
}

func (l *fixedLibrary) Version(_ context.Context, id int64) (*data.Version, error) {
	for _, v := range l.versions {
		if v.ID == id {
			return &v, nil
		}
	}
	return nil, data.ErrNotFound
}

// The fixed library is read-only: edits and notes are refused.
var errReadOnly = errors.New("the fixed library is read-only")

func (l *fixedLibrary) UpdateVersion(context.Context, *data.Version) error { return errReadOnly }
func (l *fixedLibrary) DeleteVersion(context.Context, int64) error         { return errReadOnly }
func (l *fixedLibrary) MoveVersion(context.Context, int64, int64) error    { return errReadOnly }
func (l *fixedLibrary) CreateBriefing(context.Context, data.Briefing) (*data.Briefing, error) {
	return nil, errReadOnly
}
func (l *fixedLibrary) UpdateBriefing(context.Context, *data.Briefing) error { return errReadOnly }
func (l *fixedLibrary) DeleteBriefing(context.Context, int64) error          { return errReadOnly }
func (l *fixedLibrary) ImportBytes(context.Context, string, []byte, data.ImportOptions) (*data.Version, error) {
	return nil, errReadOnly
}
func (l *fixedLibrary) Notes(context.Context, ...int64) ([]data.Note, error) { return nil, nil }
func (l *fixedLibrary) AddNote(context.Context, data.Note) (*data.Note, error) {
	return nil, errReadOnly
}
func (l *fixedLibrary) UpdateNote(context.Context, int64, string) error { return errReadOnly }
func (l *fixedLibrary) DeleteNote(context.Context, int64) error         { return errReadOnly }
func (l *fixedLibrary) Search(context.Context, string, int) ([]data.Hit, error) {
	return nil, nil
}
func (l *fixedLibrary) Path() string { return "" }

const (
	goldenBase = "We concluded the meeting chaired by Deputy Prime Minister Mikhail Nurtleu. It was well prepared.\n\n" +
		"The ministers met on 21 June in Almaty. Lavrov’s subordinates carried the torch.\n\n" +
		"Our allies expressed understanding of our position.\n\n" +
		"Мы обсудили «евразийскую архитектуру безопасности»."
	goldenOther = "We concluded the meeting chaired by Deputy Prime Minister Murat Nurtleu. It was well prepared.\n\n" +
		"Our allies expressed understanding of our position.\n\n" +
		"The ministers met on 22 June in Almaty.\n\n" +
		"Мы обсудили \"евразийскую архитектуру безопасности\"."
)

// span returns the byte offsets of the first sub in s.
func span(t *testing.T, s, sub string) (int, int) {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return i, i + len(sub)
}

// goldenResult is a hand-made comparison of goldenBase and goldenOther, so
// that the golden image depends on the window only, not on the engine.
func goldenResult(t *testing.T) *compare.Result {
	a, b := goldenBase, goldenOther
	res := &compare.Result{Texts: []string{a, b}, Base: 0, Reference: []int{-1, 0}, Translated: []bool{false, false}}
	row := func(aSub, bSub string, para, moved bool) {
		r := compare.Row{Cells: make([]*compare.Cell, 2), ParagraphStart: para, Moved: moved}
		if aSub != "" {
			s, e := span(t, a, aSub)
			r.Cells[0] = &compare.Cell{Version: 0, Start: s, End: e}
		}
		if bSub != "" {
			s, e := span(t, b, bSub)
			r.Cells[1] = &compare.Cell{Version: 1, Start: s, End: e}
		}
		res.Rows = append(res.Rows, r)
	}
	change := func(k compare.Kind, aSub, bSub string, trivial bool, flags ...string) {
		c := compare.Change{Kind: k, A: 0, B: 1, Trivial: trivial, Flags: flags}
		if aSub != "" {
			c.AStart, c.AEnd = span(t, a, aSub)
			c.AText = aSub
		}
		if bSub != "" {
			c.BStart, c.BEnd = span(t, b, bSub)
			c.BText = bSub
		}
		if c.HasFlag(compare.FlagNumber) { // the whole change is the number
			c.ANumbers = []compare.Span{{Start: c.AStart, End: c.AEnd}}
			c.BNumbers = []compare.Span{{Start: c.BStart, End: c.BEnd}}
		}
		res.Changes = append(res.Changes, c)
	}
	row("We concluded the meeting chaired by Deputy Prime Minister Mikhail Nurtleu.", "We concluded the meeting chaired by Deputy Prime Minister Murat Nurtleu.", true, false)
	row("It was well prepared.", "It was well prepared.", false, false)
	row("The ministers met on 21 June in Almaty.", "The ministers met on 22 June in Almaty.", true, false)
	row("Lavrov’s subordinates carried the torch.", "", false, false)
	row("Our allies expressed understanding of our position.", "Our allies expressed understanding of our position.", true, true)
	row("Мы обсудили «евразийскую архитектуру безопасности».", "Мы обсудили \"евразийскую архитектуру безопасности\".", true, false)
	change(compare.Replace, "Mikhail", "Murat", false)
	change(compare.Replace, "21", "22", false, compare.FlagNumber)
	change(compare.Delete, "Lavrov’s subordinates carried the torch.", "", false)
	change(compare.Move, "Our allies expressed understanding of our position.", "Our allies expressed understanding of our position.", false)
	change(compare.Replace, "«", "\"", true, compare.FlagTrivial)
	change(compare.Replace, "»", "\".", true, compare.FlagTrivial)
	return res
}

func fixedWindow(t *testing.T, size fyne.Size) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	lib := &fixedLibrary{versions: []data.Version{
		{ID: 1, BriefingID: 1, Label: "blog-en", Language: "en", Source: "blog repost", Kind: "translation", Text: goldenBase},
		{ID: 2, BriefingID: 1, Label: "revised-en", Language: "en", Source: "later revision", Kind: "revision", Text: goldenOther},
	}}
	opts := syncOptions()
	res := goldenResult(t)
	opts.Compare = func(context.Context, []string, []string, int, CompareOptions) (*compare.Result, error) {
		return res, nil
	}
	mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: opts, Size: size})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(size)
	return mw
}

// pairWindow opens the window, in the light theme, on a library of two
// versions a and b (labelled so), compared at once.
func pairWindow(t *testing.T, a, b string) *MainWindow {
	t.Helper()
	app := test.NewTempApp(t)
	app.Settings().SetTheme(lightTheme())
	lib := &fixedLibrary{versions: []data.Version{
		{ID: 1, BriefingID: 1, Label: "a", Text: a},
		{ID: 2, BriefingID: 1, Label: "b", Text: b},
	}}
	mw, err := NewMainWindow(context.Background(), app, Options{Library: lib, ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	return mw
}

// TestMainWindowGolden renders the whole window on a fixed comparison and
// compares it pixel for pixel with testdata/main_window.png. After an
// intended change of the window's look, copy testdata/failed/main_window.png
// over the golden (and look at it first).
func TestMainWindowGolden(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	if got := len(mw.View.Rows()); got != 6 {
		t.Fatalf("%d rows shown, want 6", got)
	}
	if !strings.Contains(mw.Status.Text, "4 changes") {
		t.Errorf("status line %q does not count 4 changes", mw.Status.Text)
	}
	img := mw.Window.Canvas().Capture()
	test.AssertImageMatches(t, "main_window.png", img)
}

// TestMainWindowNarrowWraps checks that a narrower window wraps the cells
// into taller rows, with both columns of a row side by side.
func TestMainWindowNarrowWraps(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1200, 560))
	mw.Window.Canvas().Capture()
	wide := mw.View.HeightOfRow(0)
	mw.Window.Resize(fyne.NewSize(700, 560))
	mw.Window.Canvas().Capture()
	narrow := mw.View.HeightOfRow(0)
	if narrow <= wide {
		t.Errorf("first row: height %v at 700 wide, not more than %v at 1200", narrow, wide)
	}
}

// TestMainWindowOnSample opens the window on the bundled sample with the
// real engine and library, renders it and checks that the highlights are
// painted. The image is written to a temporary directory (and kept when
// VARIORUM_KEEP_SCREENSHOT names a path), not compared with a golden: the
// engine's output may still change.
func TestMainWindowOnSample(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	lib := sampleLibrary(t)
	mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(fyne.NewSize(1280, 800))
	cmp := mw.VM.Comparison()
	if b, o := cmp.BaseVersion(), cmp.OtherVersion(); b == nil || b.Label != "blog-en" || o == nil || o.Label != "revised-en" || len(cmp.Columns) != 4 {
		t.Fatalf("window opened on %d columns, %+v vs %+v", len(cmp.Columns), b, o)
	}
	if !strings.Contains(mw.Window.Title(), "blog-en") {
		t.Errorf("title %q", mw.Window.Title())
	}
	img := mw.Window.Canvas().Capture()
	out := filepath.Join(t.TempDir(), "sample.png")
	if keep := os.Getenv("VARIORUM_KEEP_SCREENSHOT"); keep != "" {
		out = keep
	}
	writePNG(t, out, img)

	pal := lightPalette()
	if n := countColor(img, pal.removed); n < 50 {
		t.Errorf("only %d pixels in the removed colour: no deletion highlighted", n)
	}
	if n := countColor(img, pal.added); n < 50 {
		t.Errorf("only %d pixels in the added colour: no insertion highlighted", n)
	}
	if n := countDark(img); n < 5000 {
		t.Errorf("only %d dark pixels: hardly any text drawn", n)
	}

	// The rows on screen include the Mikhail → Murat row.
	found := false
	for _, r := range mw.View.Rows() {
		for _, s := range r.Cells[1].Segs {
			if strings.Contains(s.Text, "Murat") && s.Kind != compare.Equal {
				found = true
			}
		}
	}
	if !found {
		t.Error("no row highlights Murat")
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func countColor(img image.Image, c color.Color) int {
	r0, g0, b0, _ := c.RGBA()
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r>>8 == r0>>8 && g>>8 == g0>>8 && bb>>8 == b0>>8 {
				n++
			}
		}
	}
	return n
}

func countDark(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r < 0x6000 && g < 0x6000 && bb < 0x6000 {
				n++
			}
		}
	}
	return n
}

// sampleWindow opens the window on a fresh library holding the sample,
// importing with the real library.
func sampleWindow(t *testing.T) (*MainWindow, *data.Library) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	lib := sampleLibrary(t)
	mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, Import: LibraryImporter(lib), ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(fyne.NewSize(1280, 800))
	mw.Window.Canvas().Capture()
	return mw, lib
}

// TestLibraryPanelChoosesVersions ticks and unticks versions in the
// library panel and chooses the base in the toolbar.
func TestLibraryPanelChoosesVersions(t *testing.T) {
	mw, _ := sampleWindow(t)
	ru := versionByLabel(t, mw.VM, "ru")
	blog := versionByLabel(t, mw.VM, "blog-en")
	revised := versionByLabel(t, mw.VM, "revised-en")
	if ids, _ := mw.VM.Columns(); len(ids) != 4 {
		t.Fatalf("the sample opened in %d columns, want 4", len(ids))
	}
	mw.Library.tree.Select(versionUID(ru.ID)) // untick ru
	ids, base := mw.VM.Columns()
	if len(ids) != 3 || slices.Contains(ids, ru.ID) || base != blog.ID {
		t.Errorf("after unticking ru: columns %v, base %d", ids, base)
	}
	if got := len(mw.View.titles[0].Text); got == 0 || !strings.HasPrefix(mw.View.titles[0].Text, "Base: blog-en") {
		t.Errorf("first title %q", mw.View.titles[0].Text)
	}
	mw.Library.tree.Select(versionUID(ru.ID)) // tick it again
	if ids, _ := mw.VM.Columns(); len(ids) != 4 || ids[3] != ru.ID {
		t.Errorf("after ticking ru: columns %v", ids)
	}
	// Choosing the base in the toolbar.
	for opt, id := range mw.bar.ids {
		if id == revised.ID {
			mw.bar.base.SetSelected(opt)
		}
	}
	if _, base := mw.VM.Columns(); base != revised.ID {
		t.Errorf("choosing revised-en as base in the toolbar: base is %d", base)
	}
	if !strings.HasPrefix(mw.View.titles[1].Text, "Base: revised-en") {
		t.Errorf("second title %q", mw.View.titles[1].Text)
	}
	// Two versions alone: the translation pair.
	if err := mw.VM.SetPair(blog.ID, ru.ID); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mw.Status.Text, "blog-en (en) beside ru (ru): aligned across languages") {
		t.Errorf("status line %q", mw.Status.Text)
	}
}

// TestLibraryNameClick: a click on a version's name in the library shows
// or hides its column, as the hint says (the node took the click and did
// nothing with it).
func TestLibraryNameClick(t *testing.T) {
	mw, _ := sampleWindow(t)
	ru := versionByLabel(t, mw.VM, "ru")
	c := mw.Window.Canvas()
	c.Capture()
	var node *libraryNode
	walkObjects(mw.Library, func(o fyne.CanvasObject) {
		if n, ok := o.(*libraryNode); ok && n.uid == versionUID(ru.ID) && n.Visible() {
			node = n
		}
	})
	if node == nil {
		t.Fatal("no node for ru in the library")
	}
	// The desktop driver gives a click to the deepest object that takes
	// any click (this node takes right clicks), and taps it only if it is
	// Tappable; the test driver would look past it for one that is.
	tp, ok := any(node).(fyne.Tappable)
	if !ok {
		t.Fatal("the library's node takes right clicks but not left ones")
	}
	tp.Tapped(&fyne.PointEvent{})
	if ids, _ := mw.VM.Columns(); slices.Contains(ids, ru.ID) {
		t.Errorf("a click on ru's name left its column shown: %v", ids)
	}
}

// TestNextPrevious steps through the changes with the counter, outlines
// the current one, stops with a message at the ends, skips
// typography-only changes on request, and loses no key press.
func TestNextPrevious(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	v := mw.View
	changes := v.Stops()
	if len(changes) < 5 {
		t.Fatalf("%d changes in the sample", len(changes))
	}
	if got := v.NextChange(1); got != fmt.Sprintf("Changed passage 1 of %d (row %d)", len(changes), v.Rows()[changes[0]].Row+1) {
		t.Errorf("first Next: %q", got)
	}
	if v.Current() != changes[0] || mw.bar.counter.Text != stepText(0, len(changes)) {
		t.Errorf("current %d (want %d), counter %q", v.Current(), changes[0], mw.bar.counter.Text)
	}
	// Quick presses of F7 move one change each: none is lost.
	for range 10 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	if v.Current() != changes[10] {
		t.Errorf("after 10 presses: row %d, want the 11th change %d", v.Current(), changes[10])
	}
	for range len(changes) {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	if v.Current() != changes[len(changes)-1] {
		t.Errorf("after many presses: row %d, want the last change %d", v.Current(), changes[len(changes)-1])
	}
	if got := v.NextChange(1); !strings.HasPrefix(got, "No change below") {
		t.Errorf("Next at the last change: %q", got)
	}
	if !strings.HasPrefix(mw.Status.Text, "No change below") {
		t.Errorf("status at the end: %q", mw.Status.Text)
	}
	v.NextChange(-1)
	if v.Current() != changes[len(changes)-2] {
		t.Errorf("Previous: row %d, want %d", v.Current(), changes[len(changes)-2])
	}
	// Typography-only rows are skipped when hidden.
	trivial := 0
	for _, r := range v.Rows() {
		if r.Changed && r.Trivial {
			trivial++
		}
	}
	mw.bar.trivial.SetChecked(true)
	if got := len(v.Changes()); got != len(changes)-trivial || trivial == 0 {
		t.Errorf("hiding typography: %d changes, want %d - %d", got, len(changes), trivial)
	}
	mw.Window.Canvas().Capture()
}

// TestChangeListJumps clicks a change in the side panel: its row becomes
// the current one.
func TestChangeListJumps(t *testing.T) {
	mw, _ := sampleWindow(t)
	items := mw.side.items
	var pick int = -1
	for i, c := range items {
		if c.After == "Murat" || strings.Contains(c.After, "Murat") {
			pick = i
		}
	}
	if pick < 0 {
		t.Fatalf("no change to Murat in the list of %d", len(items))
	}
	mw.side.changes.Select(slices.IndexFunc(mw.side.lines, func(l sideLine) bool { return l.change == pick }))
	cur := mw.View.Current()
	if cur < 0 || mw.View.ComparisonRow(cur) != items[pick].Row {
		t.Fatalf("current row %d, want the change's row %d", cur, items[pick].Row)
	}
	if texts := mw.View.RowTexts(cur); !strings.Contains(strings.Join(texts, " "), "Murat") {
		t.Errorf("the row jumped to reads %q", texts)
	}
}

// TestMovePlaceholders finds the moved paragraph shown at its place in
// each version, with placeholders that jump to each other.
func TestMovePlaceholders(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	rows := mw.View.Rows()
	from, to := -1, -1
	for i, r := range rows {
		if c := r.Cells[1]; c.MovedTo >= 0 && !c.Arrived {
			from, to = i, c.MovedTo
			break
		}
	}
	if from < 0 {
		t.Fatal("no placeholder for a moved passage in revised-en's column")
	}
	if p := rows[from].Cells[1].Placeholder(from); !strings.Contains(p, fmt.Sprintf("to row %d", to+1)) {
		t.Errorf("placeholder reads %q", p)
	}
	if !strings.Contains(strings.Join(mw.View.RowTexts(to), " "), "The Statement dedicated") {
		t.Errorf("row %d, where the placeholder points, reads %q", to, mw.View.RowTexts(to))
	}
	if back := rows[to].Cells[0]; back.MovedTo != from || !rows[to].Cells[1].Has {
		t.Errorf("row %d: base placeholder to %d, revised-en has text %v", to, back.MovedTo, rows[to].Cells[1].Has)
	}
	mw.View.JumpToRow(to)
	if mw.View.ComparisonRow(mw.View.Current()) != to {
		t.Errorf("jump: current row %d, want %d", mw.View.Current(), to)
	}
}

// TestFiltersKeepPlace turns filters on and off: the row at the top stays.
func TestFiltersKeepPlace(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	changes := v.Changes()
	v.JumpToRow(v.ComparisonRow(changes[len(changes)/2]))
	top := v.TopComparisonRow()
	mw.bar.only.SetChecked(true)
	if got := v.TopComparisonRow(); got < top-1 || got > top+1 {
		t.Errorf("changes only: top row %d, was %d", got, top)
	}
	mw.bar.only.SetChecked(false)
	if got := v.TopComparisonRow(); got < top-1 || got > top+1 {
		t.Errorf("all rows again: top row %d, was %d", got, top)
	}
	mw.bar.noCase.SetChecked(true)
	if !mw.VM.Options().IgnoreCase {
		t.Fatal("ignore case did not reach the view model")
	}
	if got := v.TopComparisonRow(); got < top-3 || got > top+3 {
		t.Errorf("ignoring case: top row %d, was %d", got, top)
	}
}

// TestColumnsKeepPlace shows and hides columns, and changes the base,
// with a row near the top: the rows are rebuilt, and the row at the top
// holds the same text as before, not row 1. At the moved paragraph
// (row 27) the base has only a placeholder: the place is revised-en's.
func TestColumnsKeepPlace(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup []string // versions hidden before going to the row
		top   int      // the row shown at the top (from 0)
		hide  string   // the version shown or hidden
		base  string   // the base chosen instead, if any
		same  string   // the version whose text stays at the top
	}{
		{name: "hide at the moved paragraph", top: 26, hide: "ru", same: "revised-en"},
		{name: "hide at row 9", top: 8, hide: "abridged-en", same: "blog-en"},
		{name: "show again", setup: []string{"ru"}, top: 26, hide: "ru", same: "revised-en"},
		{name: "hide the base", top: 24, hide: "blog-en", same: "revised-en"},
		{name: "another base", top: 24, base: "revised-en", same: "blog-en"},
		{name: "another base at the moved paragraph", top: 27, base: "revised-en", same: "revised-en"},
		{name: "swap at row 34", top: 33, base: "ru", same: "blog-en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			for _, l := range tc.setup {
				mustToggle(t, mw, l)
			}
			mw.View.scrollTo(tc.top)
			want := textAtTop(t, mw, tc.same)
			if want == "" {
				t.Fatalf("%s has no text in row %d", tc.same, tc.top)
			}
			if tc.hide != "" {
				mustToggle(t, mw, tc.hide)
			}
			if tc.base != "" {
				if err := mw.VM.SetBase(versionByLabel(t, mw.VM, tc.base).ID); err != nil {
					t.Fatal(err)
				}
			}
			if got := textAtTop(t, mw, tc.same); got != want {
				t.Errorf("top row %d holds %q of %s, want %q", mw.View.TopComparisonRow(), got, tc.same, want)
			}
		})
	}
}

// mustToggle shows or hides a version's column, as Space in the library
// panel does.
func mustToggle(t *testing.T, mw *MainWindow, label string) {
	t.Helper()
	mw.Library.tree.Select(versionUID(versionByLabel(t, mw.VM, label).ID))
	mw.Window.Canvas().Capture()
}

// textAtTop is the text of a version in the row at the top of the view.
func textAtTop(t *testing.T, mw *MainWindow, label string) string {
	t.Helper()
	id := versionByLabel(t, mw.VM, label).ID
	k := slices.IndexFunc(mw.VM.Comparison().Columns, func(v data.Version) bool { return v.ID == id })
	if k < 0 {
		t.Fatalf("%s is not shown", label)
	}
	return mw.View.RowTexts(mw.View.topRow())[k]
}

// TestFind highlights a word in every row and goes from match to match.
func TestFind(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.find.open()
	mw.find.entry.SetText("Astana")
	if len(mw.find.matches) == 0 {
		t.Fatal("Astana not found")
	}
	mw.find.entry.OnSubmitted("Astana")
	first := mw.View.Current()
	if first != mw.find.matches[0] {
		t.Errorf("Enter went to row %d, want the first match %d", first, mw.find.matches[0])
	}
	marked := false
	for _, cell := range mw.View.runs[first] {
		for _, r := range cell {
			marked = marked || r.Style.Highlight == HighlightMatch && strings.EqualFold(r.Text, "astana")
		}
	}
	if !marked {
		t.Error("the match is not highlighted")
	}
	mw.find.close()
	if len(mw.View.MatchingRows()) != 0 {
		t.Error("highlights left after closing Find")
	}
}

// TestNotesSurviveReopen adds a note to a row, reopens the window on the
// same library, and finds the note on the same passage.
func TestNotesSurviveReopen(t *testing.T) {
	mw, lib := sampleWindow(t)
	row := mw.View.ComparisonRow(mw.View.Changes()[0])
	if err := mw.VM.AddNote(context.Background(), row, 1, "Check against the MFA transcript"); err != nil {
		t.Fatal(err)
	}
	if n := mw.VM.Comparison().Notes; len(n) != 1 || n[0].Row != row {
		t.Fatalf("notes after adding: %+v", n)
	}
	mw.Window.Canvas().Capture()
	if mw.side.content.Items[1].Text != "Notes (1)" {
		t.Errorf("notes tab: %q", mw.side.content.Items[1].Text)
	}
	line := widget.NewLabel("")
	mw.side.notes.UpdateItem(0, line)
	if want := fmt.Sprintf("row %d · revised-en · Check", row+1); !strings.HasPrefix(line.Text, want) {
		t.Errorf("notes list line %q, want it to start %q (the version the note is on)", line.Text, want)
	}
	a := test.NewTempApp(t)
	mw2, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	defer mw2.Window.Close()
	notes := mw2.VM.Comparison().Notes
	if len(notes) != 1 || notes[0].Row != row || notes[0].Text != "Check against the MFA transcript" {
		t.Fatalf("notes after reopening: %+v", notes)
	}
	if got := mw2.VM.Comparison().Rows[row].Notes; len(got) != 1 {
		t.Errorf("the note is not on its row: %+v", got)
	}
	if err := mw2.VM.DeleteNote(context.Background(), notes[0].ID); err != nil || len(mw2.VM.Comparison().Notes) != 0 {
		t.Errorf("delete: %v, %d notes left", err, len(mw2.VM.Comparison().Notes))
	}
}

// TestLibraryEdits renames a version, moves it to a new briefing and
// deletes it, as the library panel's menu does.
func TestLibraryEdits(t *testing.T) {
	mw, lib := sampleWindow(t)
	ctx := context.Background()
	abridged := versionByLabel(t, mw.VM, "abridged-en")
	v := abridged
	v.Label = "abridged-telegram"
	mw.afterEdit(lib.UpdateVersion(ctx, &v))
	if got := mw.View.titles[3].Text; !strings.Contains(got, "abridged-telegram") {
		t.Errorf("title after renaming: %q", got)
	}
	b, err := lib.CreateBriefing(ctx, data.Briefing{Title: "Reposts"})
	if err != nil {
		t.Fatal(err)
	}
	mw.afterEdit(lib.MoveVersion(ctx, abridged.ID, b.ID))
	if got, _ := mw.VM.VersionByID(abridged.ID); got.BriefingID != b.ID {
		t.Errorf("after moving: briefing %d, want %d", got.BriefingID, b.ID)
	}
	mw.confirmDelete(got(mw, abridged.ID))
	if mw.dialogs.open == nil {
		t.Fatal("no confirmation before deleting")
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter keeps the version: a deletion is no default
	if _, ok := mw.VM.VersionByID(abridged.ID); !ok || mw.dialogs.open != nil {
		t.Fatalf("Enter in the confirmation: version there %v, dialog open %v; want the version kept, the dialog closed", ok, mw.dialogs.open != nil)
	}
	mw.confirmDelete(got(mw, abridged.ID))
	tapDialogButton(t, mw, "Delete")
	if _, ok := mw.VM.VersionByID(abridged.ID); ok {
		t.Error("the version is still there after confirming")
	}
	if ids, _ := mw.VM.Columns(); slices.Contains(ids, abridged.ID) || len(ids) != 3 {
		t.Errorf("columns after deleting: %v", ids)
	}
	// The briefing the version was moved to is empty now, and deleted.
	hasReposts := func() bool {
		return slices.ContainsFunc(mw.VM.Briefings(), func(x data.Briefing) bool { return x.ID == b.ID })
	}
	if !hasReposts() {
		t.Fatal("the empty briefing is gone before deleting it")
	}
	mw.confirmDeleteBriefing(*b)
	tapDialogButton(t, mw, "Delete")
	if hasReposts() {
		t.Error("the empty briefing is still there after confirming")
	}
}

// showPair shows two versions of the sample, by label.
func showPair(t *testing.T, mw *MainWindow, base, other string) {
	t.Helper()
	if err := mw.VM.SetPair(versionByLabel(t, mw.VM, base).ID, versionByLabel(t, mw.VM, other).ID); err != nil {
		t.Fatal(err)
	}
	mw.Window.Canvas().Capture()
}

func got(mw *MainWindow, id int64) data.Version {
	v, _ := mw.VM.VersionByID(id)
	return v
}

// TestDialogsOneAtATime opens two dialogs: the first closes; Escape closes
// the second.
func TestDialogsOneAtATime(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.showAbout()
	first := mw.dialogs.open
	mw.showKeysDialog()
	if mw.dialogs.open == first || mw.dialogs.open == nil {
		t.Fatal("the second dialog did not replace the first")
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.dialogs.open != nil || mw.Window.Canvas().Overlays().Top() != nil {
		t.Error("Escape left a dialog open")
	}
}

func TestImportShowsErrorsNamingTheFile(t *testing.T) {
	mw, _ := sampleWindow(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "blog-fixed.txt")
	if err := os.WriteFile(good, []byte(strings.Replace(goldenBase, "Mikhail", "Murat", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := mw.VM.Columns()
	mw.ImportPaths([]string{good})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // into the briefing on screen
	cmp := mw.VM.Comparison()
	if o := cmp.OtherVersion(); o == nil || o.Label != "blog-fixed" {
		t.Fatalf("after importing one file the window shows %+v", o)
	}
	// The versions shown before stay shown beside it.
	if after, _ := mw.VM.Columns(); len(after) != len(before)+1 || !slices.Equal(after[2:], before[1:]) {
		t.Errorf("columns %v after importing, %v before", after, before)
	}
	if mw.Window.Canvas().Overlays().Top() != nil {
		t.Error("a dialog opened after a good import")
	}

	// A file that cannot be imported is said so at once, not after
	// asking which briefing it would go into.
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{filepath.Join(dir, "no-such-file.txt"), empty} {
		mw.ImportPaths([]string{bad})
		top := mw.Window.Canvas().Overlays().Top()
		if top == nil {
			t.Fatal("no error dialog after a failed import")
		}
		var texts []string
		for _, o := range test.LaidOutObjects(top) {
			switch x := o.(type) {
			case *canvas.Text:
				texts = append(texts, x.Text)
			case *widget.Label:
				texts = append(texts, x.Text)
			}
		}
		all := strings.Join(texts, " ")
		if !strings.Contains(all, filepath.Base(bad)) || strings.Contains(all, "Add ") {
			t.Errorf("importing %s: dialog %q, want an error naming the file", filepath.Base(bad), texts)
		}
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
}

// TestWindowEdgeCases renders pairs that stress the view: empty versions,
// identical ones, a 20,000-character line without spaces, mixed scripts
// and CRLF-free hard line breaks.
func TestWindowEdgeCases(t *testing.T) {
	long := strings.Repeat("абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghij", 20000/43)
	pairs := []struct{ name, a, b string }{
		{"both empty", "", ""},
		{"one empty", "", "Only the other version has text."},
		{"identical", "Same text.\n\nSame paragraph.", "Same text.\n\nSame paragraph."},
		{"long line", long, long + "x"},
		{"mixed", "Lavrov said «да» on 21.06.2024.\nNew line\there.", "Lavrov said \"da\" on 22.06.2024.\nNew line here."},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			mw := pairWindow(t, p.a, p.b)
			mw.Window.Resize(fyne.NewSize(900, 600))
			mw.Window.Canvas().Capture()
			cmp := mw.VM.Comparison()
			if cmp.Err != nil {
				t.Fatalf("comparison failed: %v", cmp.Err)
			}
			if p.a == p.b && cmp.Stats.Total() != 0 {
				t.Errorf("identical texts: %+v", cmp.Stats)
			}
			for i, r := range mw.View.Rows() {
				if h := mw.View.HeightOfRow(i); h <= 0 {
					t.Errorf("row %d has height %v", i, h)
				}
				if !r.Cells[0].Has && !r.Cells[1].Has && r.Cells[0].MovedTo < 0 && r.Cells[1].MovedTo < 0 {
					t.Errorf("row %d has no cell", i)
				}
			}
			mw.View.NextChange(1)
			mw.View.NextChange(-1)
			mw.Window.Resize(mw.Window.Content().MinSize().Max(fyne.NewSize(600, 400)))
			mw.Window.Canvas().Capture()
		})
	}
}

func TestChangesOnly(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	all := len(mw.View.Rows())
	mw.bar.only.SetChecked(true)
	if !mw.VM.OnlyChanged() {
		t.Fatal("the check box did not reach the view model")
	}
	shown := mw.View.Rows()
	if len(shown) == 0 || len(shown) >= all {
		t.Fatalf("changes only: %d of %d rows", len(shown), all)
	}
	for i, r := range shown {
		if !r.Changed {
			t.Errorf("row %d is unchanged", i)
		}
	}
	mw.Window.Canvas().Capture()
	mw.VM.SetOnlyChanged(false)
	if len(mw.View.Rows()) != all || mw.bar.only.Checked {
		t.Errorf("back to all rows: %d of %d, check box %v", len(mw.View.Rows()), all, mw.bar.only.Checked)
	}
}

// TestRowsPreparedInBackground takes the path long texts take: rows
// measured on the view model's Background and installed through UI.
func TestRowsPreparedInBackground(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	mw.View.asyncRows = 1
	mw.VM.SetOnlyChanged(true)
	if got := len(mw.View.Rows()); got != 5 {
		t.Fatalf("changed rows after background preparation: %d, want 5", got)
	}
	if mw.View.message.Text != "" {
		t.Errorf("message %q left over", mw.View.message.Text)
	}
	mw.Window.Canvas().Capture()
	if mw.View.HeightOfRow(0) <= 0 {
		t.Error("no heights after background preparation")
	}
}

func TestRowCopyMenu(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	mw.Window.Canvas().Capture()
	var item *rowItem
	for _, o := range test.LaidOutObjects(mw.View.list) {
		if r, ok := o.(*rowItem); ok && r.row.Cells[0].Has && strings.Contains(r.cells[0].Text(), "Mikhail") {
			item = r
		}
	}
	if item == nil {
		t.Fatal("no row item shows Mikhail")
	}
	// A right click in the second column offers to copy it.
	g := mw.View.geometry()
	test.TapSecondaryAt(item, fyne.NewPos(g.x[1]+20, 10))
	top := mw.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("right click opened no menu")
	}
	var copyOther, copyRow *fyne.MenuItem
	for _, it := range mw.rowMenu(item.index, 1).Items {
		switch it.Label {
		case "Copy revised-en":
			copyOther = it
		case "Copy the row":
			copyRow = it
		}
	}
	if copyOther == nil || copyRow == nil {
		t.Fatal("no Copy revised-en or Copy the row in the menu")
	}
	// Each copy says so on the status line, naming the row as the status
	// line does when the row is gone to.
	row := item.row.Row + 1
	copyOther.Action()
	if got := fyne.CurrentApp().Clipboard().Content(); !strings.Contains(got, "Murat") || strings.Contains(got, "Mikhail") {
		t.Errorf("copied %q, want the other cell", got)
	}
	if want := fmt.Sprintf("Copied row %d (revised-en)", row); mw.Status.Text != want {
		t.Errorf("status %q after copying a cell, want %q", mw.Status.Text, want)
	}
	copyRow.Action()
	if got := fyne.CurrentApp().Clipboard().Content(); !strings.Contains(got, "Murat") || !strings.Contains(got, "Mikhail") {
		t.Errorf("copied %q, want both cells", got)
	}
	if want := fmt.Sprintf("Copied row %d (blog-en, revised-en)", row); mw.Status.Text != want {
		t.Errorf("status %q after copying the row, want %q", mw.Status.Text, want)
	}
}

func TestCopiedStatus(t *testing.T) {
	tests := []struct {
		row    int
		labels []string
		want   string
	}{
		{11, []string{"blog-en"}, "Copied row 12 (blog-en)"},
		{0, []string{"blog-en", "ru"}, "Copied row 1 (blog-en, ru)"},
		{4, nil, "Copied row 5"}, // columns unknown while a comparison runs
	}
	for _, tt := range tests {
		if got := copiedStatus(tt.row, tt.labels); got != tt.want {
			t.Errorf("copiedStatus(%d, %v) = %q, want %q", tt.row, tt.labels, got, tt.want)
		}
	}
}

func TestWindowRemembersPair(t *testing.T) {
	a := test.NewTempApp(t)
	lib := sampleLibrary(t)
	open := func() *MainWindow {
		mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions(), RememberAs: "lib-1"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(mw.Window.Close)
		return mw
	}
	mw := open()
	ru := versionByLabel(t, mw.VM, "ru")
	showPair(t, mw, "blog-en", "ru")
	if _, other := open().VM.Pair(); other != ru.ID {
		t.Errorf("reopened on other version %d, want ru (%d)", other, ru.ID)
	}
	mw2, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions(), RememberAs: "another library"})
	if err != nil {
		t.Fatal(err)
	}
	defer mw2.Window.Close()
	if _, other := mw2.VM.Pair(); other == ru.ID {
		t.Error("another library reopened on this library's pair")
	}
}

// bigTextTheme is the light theme with larger text.
type bigTextTheme struct{ fyne.Theme }

func (t bigTextTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return t.Theme.Size(n) + 4
	}
	return t.Theme.Size(n)
}

// TestTextSizeChangeKeepsListBottom checks that, scrolled to the bottom,
// a theme change to a smaller text size keeps the last row in view: the
// rows are laid out again for the list's height, which is the view's less
// the column titles, and the scroll offset is kept within it.
func TestTextSizeChangeKeepsListBottom(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	mw.app.Settings().SetTheme(bigTextTheme{lightTheme()})
	mw.Window.Canvas().Capture()
	v.list.ScrollToBottom()
	mw.app.Settings().SetTheme(lightTheme())
	mw.Window.Canvas().Capture()
	pad := theme.SizeForWidget(theme.SizeNamePadding, v)
	content := v.offsetOf(len(v.heights)) - pad
	if want := content - v.list.Size().Height; v.list.GetScrollOffset() < want-1 {
		t.Errorf("scrolled to the bottom: offset %v, want %v (content %v, list height %v)",
			v.list.GetScrollOffset(), want, content, v.list.Size().Height)
	}
}

// TestToolbarTips shows a button's tip while the pointer rests on it, and
// a click on the button with its tip showing is taken at once (a pop-up
// tip took the first click to close itself).
func TestToolbarTips(t *testing.T) {
	mw, _ := sampleWindow(t)
	b := mw.bar.next
	b.MouseIn(&desktop.MouseEvent{})
	if !b.tips.box.Visible() || b.tips.text.Text != b.tip {
		t.Fatal("no tip on Next")
	}
	before := mw.View.Current()
	c := mw.Window.Canvas()
	test.TapCanvas(c, fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(3, 3)))
	if mw.View.Current() == before {
		t.Error("the click on Next with its tip showing did not go to a change")
	}
	b.MouseIn(&desktop.MouseEvent{})
	b.MouseOut()
	if b.tips.box.Visible() {
		t.Error("the tip stayed after the pointer left")
	}
}

// TestLibrarySearchOpensHit searches the library and opens a hit: the
// version is shown and the word is found in the comparison.
func TestLibrarySearchOpensHit(t *testing.T) {
	mw, lib := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	hits, err := lib.Search(context.Background(), "Almaty", 5)
	if err != nil || len(hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(hits))
	}
	before, _ := mw.VM.Columns()
	other := slices.IndexFunc(hits, func(h data.Hit) bool { return !slices.Contains(before, h.VersionID) })
	if other < 0 {
		t.Fatalf("every hit is on screen: %v", before)
	}
	mw.openHit(hits[other], "Almaty", nil)
	mw.update()
	ids, _ := mw.VM.Columns()
	if !slices.Contains(ids, hits[other].VersionID) {
		t.Fatalf("the hit's version %d is not shown: %v", hits[other].VersionID, ids)
	}
	for _, id := range before {
		if !slices.Contains(ids, id) {
			t.Errorf("opening the hit took version %d off the screen: %v -> %v", id, before, ids)
		}
	}
	if len(mw.find.matches) == 0 {
		t.Error("the word is not found in the comparison")
	}
	// A hit in a version on screen already: no update comes, the word is
	// found at once.
	mw.find.close()
	shown := slices.IndexFunc(hits, func(h data.Hit) bool { ids, _ := mw.VM.Columns(); return slices.Contains(ids, h.VersionID) })
	if shown < 0 {
		t.Fatal("no hit in a version shown")
	}
	mw.openHit(hits[shown], "Almaty", nil)
	if mw.find.content.Hidden || len(mw.find.matches) == 0 {
		t.Error("a hit in a version on screen did not find the word")
	}
}

// TestSearchHitInOtherBriefing: a hit in a version of another briefing
// opens that briefing, the hit's version shown; it does not join the
// comparison on screen, whose versions say other things.
func TestSearchHitInOtherBriefing(t *testing.T) {
	mw, lib := sampleWindow(t)
	ctx := context.Background()
	first, err := lib.ImportBytes(ctx, "other-a.txt", []byte("Another briefing, given in Minsk on a Tuesday.\n"), data.ImportOptions{Label: "other-a"})
	if err != nil {
		t.Fatal(err)
	}
	second, err := lib.ImportBytes(ctx, "other-b.txt", []byte("Another briefing, given in Minsk on a Wednesday.\n"),
		data.ImportOptions{BriefingID: first.BriefingID, Label: "other-b"})
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.VM.Load(ctx); err != nil {
		t.Fatal(err)
	}
	hits, err := lib.Search(ctx, "Wednesday", 5)
	if err != nil || len(hits) != 1 || hits[0].VersionID != second.ID {
		t.Fatalf("search: %v, %+v", err, hits)
	}
	mw.openHit(hits[0], "Wednesday", nil)
	mw.update()
	ids, base := mw.VM.Columns()
	if !slices.Equal(ids, []int64{first.ID, second.ID}) || base != first.ID {
		t.Errorf("columns %v (base %d), want the other briefing's %d and %d", ids, base, first.ID, second.ID)
	}
	if len(mw.find.matches) == 0 {
		t.Error("the word is not found in the comparison")
	}
}

// TestFindBarLeavesNoBand: the rows move down for the find bar and back
// up when it closes.
func TestFindBarLeavesNoBand(t *testing.T) {
	mw, _ := sampleWindow(t)
	top := mw.View.Position().Y
	mw.find.open()
	if mw.View.Position().Y <= top {
		t.Errorf("rows at %v with the find bar open, %v without", mw.View.Position().Y, top)
	}
	mw.find.close()
	if got := mw.View.Position().Y; got != top {
		t.Errorf("rows at %v after closing the find bar, want %v", got, top)
	}
}

// TestWatchSeesOtherProcesses adds a version to the library file from
// outside the window (as the command line would) and lets the window's
// watcher find it.
func TestWatchSeesOtherProcesses(t *testing.T) {
	mw, lib := sampleWindow(t)
	before := len(mw.VM.AllVersions())
	other, err := data.Open(context.Background(), lib.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.ImportBytes(context.Background(), "extra.txt", []byte("An extra version, imported elsewhere."), data.ImportOptions{Label: "extra"}); err != nil {
		t.Fatal(err)
	}
	mw.reloadLibrary()
	if got := len(mw.VM.AllVersions()); got != before+1 {
		t.Errorf("%d versions after another process imported one, want %d", got, before+1)
	}
	if mw.watch == nil {
		t.Fatal("the window does not watch its library")
	}
}

// TestNoticeOnOpen: a notice given to the window (a read-only library
// that does not show its last changes) is told in a dialog when it opens,
// and Escape closes it.
func TestNoticeOnOpen(t *testing.T) {
	for _, notice := range []string{"", "The library is read-only."} {
		a := test.NewTempApp(t)
		mw, err := NewMainWindow(context.Background(), a, Options{Library: sampleLibrary(t), ViewModel: syncOptions(), Notice: notice})
		if err != nil {
			t.Fatal(err)
		}
		if shown := mw.dialogs.open != nil; shown != (notice != "") {
			t.Errorf("notice %q: dialog shown %v", notice, shown)
		}
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if mw.dialogs.open != nil {
			t.Errorf("notice %q: Escape left the dialog open", notice)
		}
		mw.Window.Close()
	}
}

// TestDialogKeysInFields: a form opens with its first field focused, so
// typing goes there; in a focused field Escape still closes the dialog
// and Ctrl+Enter confirms it (Enter adds a line to a note).
func TestDialogKeysInFields(t *testing.T) {
	mw, lib := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	c := mw.Window.Canvas()
	mw.showNoteDialog(1, 0, nil)
	f, ok := c.Focused().(*dialogEntry)
	if !ok {
		t.Fatalf("focused after opening the note dialog: %T, want its field", c.Focused())
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.dialogs.open != nil {
		t.Fatal("Escape in the note's field left the dialog open")
	}
	mw.showNoteDialog(1, 0, nil)
	test.Type(c.Focused(), "first line")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Type(c.Focused(), "second")
	c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.dialogs.open != nil {
		t.Error("Ctrl+Enter in the note's field left the dialog open")
	}
	cols := mw.VM.Comparison().Columns
	notes, err := lib.Notes(context.Background(), cols[0].ID)
	if err != nil || len(notes) != 1 || notes[0].Text != "first line\nsecond" {
		t.Errorf("notes after Ctrl+Enter: %+v, %v", notes, err)
	}
}

// TestVersionsDialogKeys: with a check box of the Versions dialog focused
// (by Tab), Escape still closes the dialog, and Space then Enter untick a
// version and show the rest.
func TestVersionsDialogKeys(t *testing.T) {
	mw, _ := sampleWindow(t)
	c := mw.Window.Canvas()
	first := func() *dialogCheck {
		var out *dialogCheck
		walkObjects(c.Overlays().Top(), func(o fyne.CanvasObject) {
			if x, ok := o.(*dialogCheck); ok && out == nil {
				out = x
			}
		})
		if out == nil {
			t.Fatal("no check box in the Versions dialog")
		}
		return out
	}
	mw.showVersionsDialog()
	box := first()
	c.Focus(box)
	box.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.dialogs.open != nil {
		t.Fatal("Escape on a focused check box left the dialog open")
	}
	before, _ := mw.VM.Columns()
	mw.showVersionsDialog()
	box = first()
	c.Focus(box)
	box.TypedRune(' ')
	box.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if after, _ := mw.VM.Columns(); mw.dialogs.open != nil || len(after) != len(before)-1 {
		t.Errorf("Space and Enter on a check box: dialog open %v, columns %v (were %v)", mw.dialogs.open != nil, after, before)
	}
}

// TestStatusCountsAddUp: with more than two versions the status line's
// changes, translation findings and typography-only changes, in a row,
// add up to the change list's count.
func TestStatusCountsAddUp(t *testing.T) {
	mw, _ := sampleWindow(t)
	cmp := mw.VM.Comparison()
	if len(cmp.Columns) < 3 || cmp.Findings == 0 {
		t.Fatalf("%d columns and %d findings, want the sample's four and its translation's findings", len(cmp.Columns), cmp.Findings)
	}
	n := countChanges(cmp.Changes)
	want := fmt.Sprintf("%d changes · %d translation findings · %d typography only", n, cmp.Findings, len(cmp.Changes)-n)
	if !strings.Contains(mw.Status.Text, want) {
		t.Errorf("status %q, want it to say %q", mw.Status.Text, want)
	}
	if got := mw.side.count(); got != len(cmp.Changes)+cmp.Findings || len(mw.side.lines) >= got {
		t.Errorf("the change list holds %d changes and findings in %d lines, want %d changes and %d findings, like typography-only changes on rows that follow one another on one line",
			got, len(mw.side.lines), len(cmp.Changes), cmp.Findings)
	}
	if want := fmt.Sprintf("Changes (%d)", len(cmp.Changes)+cmp.Findings); mw.side.content.Items[0].Text != want {
		t.Errorf("the change list's tab reads %q, want %q", mw.side.content.Items[0].Text, want)
	}
	runs := 0
	for _, c := range mw.side.items {
		if c.count > 1 {
			runs++
			what, where := c.parts(cmp)
			if !strings.Contains(what, fmt.Sprintf("×%d", c.count)) || !strings.HasPrefix(where, "rows ") && c.last > c.Row {
				t.Errorf("a run of %d listed as %q / %q", c.count, what, where)
			}
		}
	}
	if runs == 0 {
		t.Error("no run of like typography-only changes listed once")
	}
}

// TestLibraryHintInSmallWindows: the library's hint shows in a window of
// ordinary height and gives way to the list in a small one, and back.
func TestLibraryHintInSmallWindows(t *testing.T) {
	mw, _ := sampleWindow(t)
	for _, tc := range []struct {
		size fyne.Size
		hint bool
	}{{fyne.NewSize(1280, 800), true}, {fyne.NewSize(700, 500), false}, {fyne.NewSize(1280, 800), true}} {
		mw.Window.Resize(tc.size)
		mw.Window.Canvas().Capture()
		h := mw.Library.hint
		if h.Visible() != tc.hint {
			t.Errorf("%v: hint shown %v, want %v", tc.size, h.Visible(), tc.hint)
		}
		// Shown, it lies inside the panel, under the list.
		if h.Visible() && h.Position().Y+h.Size().Height > mw.Library.Size().Height+1 {
			t.Errorf("%v: hint at %v, %v: out of the panel of %v", tc.size, h.Position(), h.Size(), mw.Library.Size())
		}
	}
}

// TestFindingsList lists the translation check's findings among the
// changes in the side panel, by row, a finding over several rows once, and
// a click on one goes to its row.
func TestFindingsList(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "ru", "revised-en")
	p := mw.side
	if want := fmt.Sprintf("Changes (%d)", len(p.found)); p.content.Items[0].Text != want || len(p.found) == 0 {
		t.Fatalf("changes tab %q, %d findings", p.content.Items[0].Text, len(p.found))
	}
	pick := -1
	for i, l := range p.lines {
		if l.found >= 0 && strings.HasPrefix(p.found[l.found].Text, "Moved in revised-en, to row ") {
			pick = i
		}
		if i > 0 && p.lines[i-1].row > l.row {
			t.Errorf("line %d (row %d) after a line of row %d", i, l.row, p.lines[i-1].row)
		}
	}
	if pick < 0 {
		t.Fatalf("no moved paragraph among %+v", p.found)
	}
	f := p.found[p.lines[pick].found]
	if f.last <= f.row {
		t.Errorf("the moved paragraph's rows %d-%d: listed once per row", f.row, f.last)
	}
	what, where := findingParts(f, mw.VM.Comparison())
	if line := where + " · " + what; !strings.HasPrefix(line, fmt.Sprintf("rows %d-%d · revised-en · Moved in", f.row+1, f.last+1)) {
		t.Errorf("the list reads %q", line)
	}
	p.changes.Select(pick)
	if cur := mw.View.Current(); cur < 0 || mw.View.ComparisonRow(cur) != f.row {
		t.Errorf("current row %d, want the finding's row %d", cur, f.row)
	}
}

// TestOpenManyVersions: versions given to open (as "variorum A B C D"
// gives them) open side by side, the first the base, up to MaxColumns.
func TestOpenManyVersions(t *testing.T) {
	texts := make([]string, MaxColumns+1)
	for k := range texts {
		texts[k] = fmt.Sprintf("Version %d of the text. It says the same.", k+1)
	}
	for _, n := range []int{3, MaxColumns + 1} {
		ids := make([]int64, n)
		for k := range ids {
			ids[k] = int64(n - k) // the base need not be the briefing's first
		}
		mw := openWindow(t, test.NewTempApp(t), texts, Options{Versions: ids}, nil)
		got, base := mw.VM.Columns()
		want := ids[:min(n, MaxColumns)]
		if !slices.Equal(got, want) || base != ids[0] {
			t.Errorf("%d versions: columns %v base %d, want %v base %d", n, got, base, want, ids[0])
		}
	}
}

// TestKeysStillUnderDialog: F7 and the scrolling keys do not move the
// comparison behind an open dialog; Escape closes it, and F7 works again.
func TestKeysStillUnderDialog(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	v := mw.View
	mw.showAbout()
	for _, k := range []fyne.KeyName{fyne.KeyF7, fyne.KeyEnd, fyne.KeyPageDown} {
		mw.typedKey(&fyne.KeyEvent{Name: k})
	}
	mw.Window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	if v.Current() != -1 || v.TopComparisonRow() != 0 {
		t.Errorf("behind a dialog the keys moved the rows: current %d, top row %d", v.Current(), v.TopComparisonRow())
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.dialogs.open != nil {
		t.Fatal("Escape left the dialog open")
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if v.Current() < 0 {
		t.Error("F7 after the dialog closed went nowhere")
	}
}

// TestFiltersButtonSaysWhenOn: the Filters button counts the filters on,
// so that hidden rows are never a surprise.
func TestFiltersButtonSaysWhenOn(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	if got := mw.bar.filters.Text; got != "Filters" {
		t.Errorf("no filter on: button %q", got)
	}
	mw.VM.SetOnlyChanged(true)
	mw.VM.SetHideTrivial(true)
	if got := mw.bar.filters.Text; got != "Filters (2 on)" || mw.bar.filters.Importance != widget.HighImportance {
		t.Errorf("two filters on: button %q, importance %v", got, mw.bar.filters.Importance)
	}
	if got, need := mw.bar.filters.Size().Width, mw.bar.filters.MinSize().Width; got < need {
		t.Errorf("the button is %v wide, cutting its text (needs %v)", got, need)
	}
	mw.VM.SetOnlyChanged(false)
	mw.VM.SetHideTrivial(false)
	if got := mw.bar.filters.Text; got != "Filters" {
		t.Errorf("filters off again: button %q", got)
	}
}

// TestImportAsksWhichBriefing: one file imported while a briefing is on
// screen goes where the user says: Escape imports nothing, "New briefing"
// starts one with it, Enter adds it to the briefing on screen.
func TestImportAsksWhichBriefing(t *testing.T) {
	mw, _ := sampleWindow(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "statement.txt")
	if err := os.WriteFile(file, []byte("The ministers met in Almaty and agreed on a plan.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	count := func() int { return len(mw.VM.AllVersions()) }
	n, briefings := count(), len(mw.VM.Briefings())
	mw.ImportPaths([]string{file})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if count() != n || mw.dialogs.open != nil {
		t.Fatalf("Escape: %d versions (was %d), dialog %v", count(), n, mw.dialogs.open)
	}
	mw.ImportPaths([]string{file})
	var fresh *dialogButton
	for _, o := range test.LaidOutObjects(mw.Window.Canvas().Overlays().Top()) {
		if b, ok := o.(*dialogButton); ok && b.Text == "New briefing" {
			fresh = b
		}
	}
	if fresh == nil {
		t.Fatal("no New briefing button")
	}
	test.Tap(fresh)
	if count() != n+1 || len(mw.VM.Briefings()) != briefings+1 {
		t.Errorf("New briefing: %d versions in %d briefings, want %d in %d", count(), len(mw.VM.Briefings()), n+1, briefings+1)
	}
}

// TestHidingPanelsWidensRows: hiding the changes and notes panel, or the
// library panel (for a small window), gives its room to the rows, and
// showing it again takes it back.
func TestHidingPanelsWidensRows(t *testing.T) {
	for _, tc := range []struct {
		name   string
		toggle func(*MainWindow)
	}{
		{"changes and notes", func(mw *MainWindow) { mw.side.pane.toggle() }},
		{"library", func(mw *MainWindow) { mw.library.toggle() }},
	} {
		mw := fixedWindow(t, fyne.NewSize(1000, 560))
		before := mw.View.Size().Width
		tc.toggle(mw)
		if hidden := mw.View.Size().Width; hidden < before+100 {
			t.Errorf("%s: rows %v wide with the panel hidden, %v with it shown", tc.name, hidden, before)
		}
		tc.toggle(mw)
		if again := mw.View.Size().Width; again != before {
			t.Errorf("%s: rows %v wide with the panel shown again, want %v", tc.name, again, before)
		}
	}
}

// TestPanelsRemembered: a panel hidden from the View menu is unticked
// there, and the next window opens with it hidden.
func TestPanelsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	texts := []string{"One text.\n", "One new text.\n"}
	mw := openWindow(t, a, texts, Options{Size: fyne.NewSize(1000, 560)}, nil)
	item := viewMenuItem(t, mw, "Library panel")
	if !item.Checked {
		t.Fatal("the library panel shows but is not ticked")
	}
	item.Action()
	if item.Checked || mw.library.shown {
		t.Fatalf("hidden from the menu: ticked %v, shown %v", item.Checked, mw.library.shown)
	}
	mw.saveState()

	again := openWindow(t, a, texts, Options{Size: fyne.NewSize(1000, 560)}, nil)
	if again.library.shown || viewMenuItem(t, again, "Library panel").Checked {
		t.Error("the library panel shows again in the next window")
	}
	if !again.side.pane.shown || !viewMenuItem(t, again, "Changes and notes panel").Checked {
		t.Error("the changes panel, never hidden, is hidden or unticked")
	}
}

// viewMenuItem is the View menu's item labelled label.
func viewMenuItem(t *testing.T, mw *MainWindow, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range mw.Window.MainMenu().Items {
		for _, it := range m.Items {
			if m.Label == "View" && it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no View menu item %q", label)
	return nil
}

// TestImportAsksEncoding: a file that is not UTF-8 and that the detector
// cannot tell (a CP1251 body after a UTF-8 byte-order mark) is not an
// error: the window asks its encoding, and imports it read so into the
// briefing the batch went to.
func TestImportAsksEncoding(t *testing.T) {
	mw, _ := sampleWindow(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	odd := filepath.Join(dir, "odd.txt")
	os.WriteFile(good, []byte("Министры встретились в Алматы.\n"), 0o644)
	body, err := charmap.Windows1251.NewEncoder().String("Министры встретились в Астане.\n")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(odd, append([]byte{0xEF, 0xBB, 0xBF}, body...), 0o644)
	n := len(mw.VM.AllVersions())
	mw.ImportPaths([]string{good, odd})
	if got := len(mw.VM.AllVersions()); got != n+1 {
		t.Fatalf("%d versions after the import, want %d (the UTF-8 file)", got, n+1)
	}
	var pick *dialogSelect
	for _, o := range test.LaidOutObjects(mw.Window.Canvas().Overlays().Top()) {
		if s, ok := o.(*dialogSelect); ok {
			pick = s
		}
	}
	if pick == nil || pick.Selected != "Cyrillic (Windows-1251)" {
		t.Fatalf("no encoding choice with Windows-1251 first: %v", pick)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Import
	vs := mw.VM.AllVersions()
	if len(vs) != n+2 {
		t.Fatalf("%d versions after choosing the encoding, want %d", len(vs), n+2)
	}
	var first, second data.Version
	for _, v := range vs {
		switch v.FileName {
		case "good.txt":
			first = v
		case "odd.txt":
			second = v
		}
	}
	if second.Encoding != "windows-1251" || second.BriefingID != first.BriefingID {
		t.Errorf("odd.txt read as %q into briefing %d, want windows-1251 into %d", second.Encoding, second.BriefingID, first.BriefingID)
	}
	if mw.dialogs.open != nil {
		t.Errorf("a dialog is still open: %v", mw.dialogs.open)
	}
}

// modifierDriver is a desktop driver that reports the modifiers held.
type modifierDriver struct {
	fyne.Driver
	held fyne.KeyModifier
}

func (d modifierDriver) CurrentKeyModifiers() fyne.KeyModifier { return d.held }
func (d modifierDriver) CreateSplashWindow() fyne.Window       { return nil }

var _ desktop.Driver = modifierDriver{}

// TestShiftHeld: F7 goes back while Shift is held, which the desktop
// driver tells (it delivers Shift+F7 as F7); a driver that cannot tell
// means forward.
func TestShiftHeld(t *testing.T) {
	for _, tc := range []struct {
		d    fyne.Driver
		want bool
	}{
		{modifierDriver{held: fyne.KeyModifierShift}, true},
		{modifierDriver{held: fyne.KeyModifierShift | fyne.KeyModifierAlt}, true},
		{modifierDriver{held: fyne.KeyModifierControl}, false},
		{modifierDriver{}, false},
		{test.NewTempApp(t).Driver(), false},
	} {
		if got := shiftHeld(tc.d); got != tc.want {
			t.Errorf("%T holding %v: shiftHeld %v", tc.d, tc.d, got)
		}
	}
}

// TestF7GoesOnFromTheScreen: after scrolling away from the current change
// (End), F7 goes on from the rows on screen, not back to the change after
// the one left behind.
func TestF7GoesOnFromTheScreen(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	v := mw.View
	changes := v.Stops()
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if v.Current() != changes[1] {
		t.Fatalf("after two F7: row %d, want %d", v.Current(), changes[1])
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if top := v.topRow(); v.Current() < top {
		t.Errorf("F7 after End went back up to row %d, above the rows on screen (from %d)", v.Current(), top)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if v.Current() != changes[len(changes)-1] {
		t.Errorf("F7 at the end: row %d, want the last change %d", v.Current(), changes[len(changes)-1])
	}
}

// TestScrollKeysMoveTheCurrentRow: after the keys scroll (End, Home,
// the page keys, the arrows) the current row is the first row wholly
// shown, and the counter, the status line and the next F7 go on from it,
// not from the change gone to before (the fourth).
func TestScrollKeysMoveTheCurrentRow(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []fyne.KeyName
	}{
		{"End", []fyne.KeyName{fyne.KeyEnd}},
		{"Home after End", []fyne.KeyName{fyne.KeyEnd, fyne.KeyHome}},
		{"PageDown", []fyne.KeyName{fyne.KeyPageDown, fyne.KeyPageDown}},
		{"PageUp", []fyne.KeyName{fyne.KeyEnd, fyne.KeyPageUp}},
		{"Space", []fyne.KeyName{fyne.KeySpace}},
		{"Down", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown}},
		{"Up", []fyne.KeyName{fyne.KeyPageDown, fyne.KeyUp}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			v := mw.View
			changes := v.Stops()
			for range 4 {
				mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
			}
			for _, k := range tc.keys {
				mw.typedKey(&fyne.KeyEvent{Name: k})
			}
			cur := v.Current()
			if !whollyShown(v, cur) || whollyShown(v, cur-1) {
				t.Fatalf("current row %d is not the first wholly shown (scrolled to %v)", cur, v.list.GetScrollOffset())
			}
			if tc.keys[0] == fyne.KeyEnd && tc.keys[len(tc.keys)-1] == fyne.KeyEnd && !whollyShown(v, len(v.Rows())-1) {
				t.Error("End did not show the last row")
			}
			if want := placeAmong(changes, cur, v.Rows(), ""); mw.Status.Text != want {
				t.Errorf("status %q, want %q", mw.Status.Text, want)
			}
			k, found := slices.BinarySearch(changes, cur)
			if want := stepText(k, len(changes)); found && mw.bar.counter.Text != want {
				t.Errorf("counter %q, want %q", mw.bar.counter.Text, want)
			}
			if found {
				k++
			}
			mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
			if k < len(changes) && v.Current() != changes[k] {
				t.Errorf("F7 from row %d went to row %d, want the next change, row %d", cur, v.Current(), changes[k])
			}
		})
	}
}

// whollyShown reports whether all of row i is in the view's viewport.
func whollyShown(v *CompareView, i int) bool {
	if i < 0 || i >= len(v.heights) {
		return false
	}
	y, off := v.offsetOf(i), v.list.GetScrollOffset()
	return y+1 >= off && y+v.heights[i] <= off+v.list.Size().Height+1
}

// TestF7WithFocus: F7 steps through the changes with the find box
// focused, and choosing a base leaves no widget holding the keys.
func TestF7WithFocus(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	mw.find.open()
	mw.Window.Canvas().Focus(mw.find.entry)
	mw.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if changes := mw.View.Stops(); mw.View.Current() != changes[0] {
		t.Errorf("F7 in the find box: current row %d, want the first change %d", mw.View.Current(), changes[0])
	}
	if mw.find.entry.Text != "" {
		t.Errorf("F7 typed %q into the find box", mw.find.entry.Text)
	}
	mw.Window.Canvas().Focus(mw.bar.base)
	mw.bar.base.SetSelectedIndex(1)
	if f := mw.Window.Canvas().Focused(); f != nil {
		t.Errorf("after choosing a base, %T holds the keys", f)
	}
}

// TestViewMenuTicks: the filters are in the View menu, ticked while on,
// whether set there or from the toolbar; the theme in use is ticked.
func TestViewMenuTicks(t *testing.T) {
	mw, _ := sampleWindow(t)
	only := viewMenuItem(t, mw, "Changes only")
	if only.Checked {
		t.Fatal("Changes only ticked while off")
	}
	only.Action()
	if !mw.VM.OnlyChanged() || !only.Checked {
		t.Errorf("from the menu: filter %v, ticked %v", mw.VM.OnlyChanged(), only.Checked)
	}
	mw.VM.SetHideTrivial(true) // as the toolbar's check does
	if !viewMenuItem(t, mw, "Hide typography").Checked {
		t.Error("Hide typography set from the toolbar but not ticked")
	}
	var themes []*fyne.MenuItem
	themes = viewMenuItem(t, mw, "Theme").ChildMenu.Items
	themes[1].Action() // Dark
	for i, it := range themes {
		if it.Checked != (i == 1) {
			t.Errorf("theme %q ticked %v after choosing Dark", it.Label, it.Checked)
		}
	}
}

// TestKeysReachTheWindowFromFocusedLists: with the library tree, the
// change list or the rows focused (as Tab leaves them), F7 still steps
// through the changes, and Escape gives the keys back to the rows.
func TestKeysReachTheWindowFromFocusedLists(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	c := mw.Window.Canvas()
	for _, f := range []fyne.Focusable{mw.Library.tree, mw.side.changes, mw.View.list, mw.bar.next} {
		c.Focus(f)
		before := mw.View.Current()
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
		if mw.View.Current() == before {
			t.Errorf("%T focused: F7 did not step (current %d)", f, before)
		}
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if c.Focused() != nil {
			t.Errorf("%T focused: Escape left %T focused", f, c.Focused())
		}
	}
}

// TestResizeKeepsTheTopRow: a narrower or wider window wraps the rows to
// other heights, and the row at the top stays at the top.
func TestResizeKeepsTheTopRow(t *testing.T) {
	mw, _ := longWindow(t, 60, false)
	v := mw.View
	v.scrollTo(30)
	want := v.topRow()
	for _, w := range []float32{700, 1400} {
		mw.Window.Resize(fyne.NewSize(w, 560))
		if got := v.topRow(); got != want {
			t.Errorf("at width %v the top row is %d, want %d", w, got, want)
		}
	}
}

// TestEmptiedNoteAsksBeforeDeleting: a note emptied and saved is a
// deletion, asked as every deletion is; the row's menu offers it too.
func TestEmptiedNoteAsksBeforeDeleting(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	ctx := context.Background()
	if err := mw.VM.AddNote(ctx, 1, 0, "check this"); err != nil {
		t.Fatal(err)
	}
	notes := mw.VM.Comparison().Notes
	if len(notes) != 1 {
		t.Fatalf("%d notes, want 1", len(notes))
	}
	n := notes[0]
	mw.showNoteDialog(1, 0, &n)
	c := mw.Window.Canvas()
	c.Focused().(*dialogEntry).SetText("")
	c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if got := len(mw.VM.Comparison().Notes); got != 1 || mw.dialogs.open == nil {
		t.Fatalf("the emptied note saved: %d notes, a dialog open %v; want the note kept and a question", got, mw.dialogs.open != nil)
	}
	tapDialogButton(t, mw, "Delete")
	if got := len(mw.VM.Comparison().Notes); got != 0 {
		t.Errorf("%d notes after Delete, want 0", got)
	}
}

// TestCurrentRowFromTheKeyboard: the Edit menu adds a note to the current
// row and copies it, what a right click on it offers, for a reader who
// keeps to the keyboard.
func TestCurrentRowFromTheKeyboard(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	mw.copyCurrentRow()
	if !strings.HasPrefix(mw.Status.Text, "No current row") {
		t.Errorf("with no current row, the status says %q", mw.Status.Text)
	}
	for range 3 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	cur := mw.View.Current()
	mw.copyCurrentRow()
	if got, want := mw.app.Clipboard().Content(), mw.View.RowTexts(cur)[0]; !strings.HasPrefix(got, want) {
		t.Errorf("copied %q, want the row's text, starting %q", got, want)
	}
	// Both versions have text in the row: Ctrl+M asks which the note is
	// on, Enter taking the base.
	mw.noteCurrentRow()
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	c := mw.Window.Canvas()
	test.Type(c.Focused(), "see the source")
	c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	notes := mw.VM.Comparison().Notes
	if len(notes) != 1 || notes[0].Row != mw.View.ComparisonRow(cur) || notes[0].Text != "see the source" {
		t.Errorf("notes %+v, want one on comparison row %d", notes, mw.View.ComparisonRow(cur))
	}

	// Ctrl+M again edits that note (Enter), or adds another: before, it
	// offered a blank note and no way to the one there.
	save := func() {
		c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	}
	mw.noteCurrentRow()
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e, ok := c.Focused().(*dialogEntry)
	if !ok || e.Text != "see the source" {
		t.Fatalf("Ctrl+M, Enter on a noted row: focus on %T, want the note to edit", c.Focused())
	}
	test.Type(e, ", p. 3")
	save()
	mw.noteCurrentRow()
	tapDialogButton(t, mw, "Add another…")
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // on the base, as asked
	test.Type(c.Focused(), "and the transcript")
	save()
	var texts []string
	for _, n := range mw.VM.Comparison().Notes {
		texts = append(texts, n.Text)
	}
	slices.Sort(texts)
	if want := []string{"and the transcript", "see the source, p. 3"}; !slices.Equal(texts, want) {
		t.Errorf("notes %q, want %q", texts, want)
	}

	// On a row without notes, the other version can be chosen.
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	mw.noteCurrentRow()
	tapDialogButton(t, mw, "revised-en")
	test.Type(c.Focused(), "the revision's wording")
	save()
	found := false
	for _, n := range mw.VM.Comparison().Notes {
		if n.Text == "the revision's wording" {
			found = n.Column == 1 && n.Row == mw.View.ComparisonRow(mw.View.Current())
		}
	}
	if !found {
		t.Errorf("no note on revised-en's cell of the current row: %+v", mw.VM.Comparison().Notes)
	}
}

// TestNoteDialogsAsAResearcherUsesThem: editing a note goes on after its
// text; a note asked for on an empty cell (a version with no text in the
// row) notes the row, as Ctrl+M does, where it failed and lost the text;
// the deletion question quotes the note as prose, not as Go.
func TestNoteDialogsAsAResearcherUsesThem(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "abridged-en")
	ctx := context.Background()
	c := mw.Window.Canvas()
	// Two lines, the first long enough to wrap in the dialog: the entry
	// counts wrapped rows, not lines.
	text := `the "summit"` + strings.Repeat(" and the date of the next meeting", 8) + "\nsee row 12"
	if err := mw.VM.AddNote(ctx, 1, 0, text); err != nil {
		t.Fatal(err)
	}
	n := mw.VM.Comparison().Notes[0]
	mw.showNoteDialog(1, 0, &n)
	test.Type(c.Focused(), " again")
	if got := c.Focused().(*dialogEntry).Text; got != text+" again" {
		t.Errorf("typing in the edited note gave %q", got)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})

	rows := mw.VM.Comparison().Rows
	empty := slices.IndexFunc(rows, func(r RowView) bool { return !r.Cells[0].Has && r.Cells[1].Has && r.Cells[1].MovedTo < 0 })
	if empty < 0 {
		t.Fatal("no row where only abridged-en has text")
	}
	if err := mw.VM.AddNote(ctx, rows[empty].Row, 0, "a headline of its own"); err != nil {
		t.Errorf("a note on blog-en's empty cell of row %d: %v", rows[empty].Row+1, err)
	}

	mw.confirmDeleteNote(n)
	var said string
	walkObjects(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			said += l.Text
		}
	})
	if !strings.Contains(said, `“the "summit" and the date`) {
		t.Errorf("the question reads %q", said)
	}
}

// TestLibraryEnterOpensBriefing: Enter on the briefing the library's
// focus is on opens it, as Space and a click do (and as F1 says).
func TestLibraryEnterOpensBriefing(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.VM.Close()
	if ids, _ := mw.VM.Columns(); len(ids) != 0 {
		t.Fatalf("%d columns after Close", len(ids))
	}
	mw.Window.Canvas().Focus(mw.Library.tree)
	mw.Library.tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ids, _ := mw.VM.Columns(); len(ids) != 4 {
		t.Errorf("Enter on the sample's briefing opened %d columns, want 4", len(ids))
	}
}

// TestNoteDialogSaysWhere: the note dialog names the row and the version
// the note goes on; a cell clicked with no text notes the base's.
func TestNoteDialogSaysWhere(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "abridged-en")
	rows := mw.VM.Comparison().Rows
	empty := slices.IndexFunc(rows, func(r RowView) bool { return r.Cells[0].Has && !r.Cells[1].Has })
	both := slices.IndexFunc(rows, func(r RowView) bool { return r.Cells[0].Has && r.Cells[1].Has })
	if empty < 0 || both < 0 {
		t.Fatal("no row where only blog-en has text, or none where both have")
	}
	for _, tc := range []struct {
		row, column int
		want        string
	}{
		{rows[both].Row, 1, fmt.Sprintf("Add a note on row %d · abridged-en", rows[both].Row+1)},
		{rows[empty].Row, 1, fmt.Sprintf("Add a note on row %d · blog-en", rows[empty].Row+1)},
	} {
		mw.showNoteDialog(tc.row, tc.column, nil)
		found := false
		walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Text == tc.want {
				found = true
			}
		})
		if !found {
			t.Errorf("row %d, column %d: no title %q", tc.row, tc.column, tc.want)
		}
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
}

// TestLibraryMenuKey: the Menu key on the library's focused version offers
// its actions (edit, move, delete), which were a right click's alone; it
// does not show or hide its column as Space does.
func TestLibraryMenuKey(t *testing.T) {
	mw, _ := sampleWindow(t)
	before, _ := mw.VM.Columns()
	c := mw.Window.Canvas()
	c.Focus(mw.Library.tree)
	mw.Library.tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // from the briefing to its first version
	mw.Library.tree.TypedKey(&fyne.KeyEvent{Name: desktop.KeyMenu})
	items := overlayTexts(mw)
	if !slices.Contains(items, "Delete…") || !slices.Contains(items, "Edit details…") {
		t.Errorf("the Menu key offered %q, want the version's actions", items)
	}
	if after, _ := mw.VM.Columns(); !slices.Equal(after, before) {
		t.Errorf("the Menu key changed the columns shown: %v, then %v", before, after)
	}
	// The menu opens beside the library, not over the version it is for.
	var menu *widget.PopUpMenu
	walkObjects(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if m, ok := o.(*widget.PopUpMenu); ok {
			menu = m
		}
	})
	if menu == nil {
		t.Fatal("no menu in the overlay")
	}
	tree := mw.app.Driver().AbsolutePositionForObject(mw.Library.tree)
	if left := menu.Position().X; left < tree.X+mw.Library.tree.Size().Width-2*theme.Padding() {
		t.Errorf("the menu's left edge %v is over the library (%v to %v)", left, tree.X, tree.X+mw.Library.tree.Size().Width)
	}
}

// overlayTexts are the texts of the overlay on top (a menu, a dialog).
func overlayTexts(mw *MainWindow) []string {
	var texts []string
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			texts = append(texts, x.Text)
		case *widget.Label:
			texts = append(texts, x.Text)
		}
	})
	return texts
}

// TestBriefingReopensWhereLeft: a briefing opened again in the session
// shows the rows it was left at, not its first row.
func TestBriefingReopensWhereLeft(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	ctx := context.Background()
	lib, other := libraryWithVisit(t)
	mw, err := NewMainWindow(ctx, a, Options{Library: lib, ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(fyne.NewSize(1280, 800))
	mw.Window.Canvas().Capture()
	sample, ok := mw.VM.ShownBriefing()
	if !ok {
		t.Fatal("the sample's briefing is not shown")
	}
	for range 3 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	}
	left := mw.View.TopComparisonRow()
	if left == 0 {
		t.Fatal("PageDown did not scroll")
	}
	mw.Library.selected(briefingUID(other.ID))
	mw.Library.selected(briefingUID(sample))
	if got := mw.View.TopComparisonRow(); got != left {
		t.Errorf("reopened at row %d, want %d, where it was left", got, left)
	}
}

// TestRowMenuKey: the Menu key on the current row offers its actions
// (copy, notes), which were a right click's alone, for every version with
// text there, as no click chose one: a translator notes the rendering as
// often as the source.
func TestRowMenuKey(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	for range 3 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	mw.typedKey(&fyne.KeyEvent{Name: desktop.KeyMenu})
	items := overlayTexts(mw)
	for _, want := range []string{"Copy blog-en", "Copy revised-en", "Copy the row", "Add a note on blog-en…", "Add a note on revised-en…"} {
		if !slices.Contains(items, want) {
			t.Errorf("the Menu key on the current row offered %q, not %q", items, want)
		}
	}
	// With the rows focused (Tab reaches them) as with nothing focused.
	mw.Window.Canvas().Overlays().Top().Hide()
	mw.Window.Canvas().Overlays().Remove(mw.Window.Canvas().Overlays().Top())
	mw.Window.Canvas().Focus(mw.View.list)
	mw.View.list.TypedKey(&fyne.KeyEvent{Name: desktop.KeyMenu})
	if items := overlayTexts(mw); !slices.Contains(items, "Copy the row") {
		t.Errorf("the Menu key with the rows focused offered %q", items)
	}
}
