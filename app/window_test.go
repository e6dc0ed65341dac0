package app

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
	res := &compare.Result{Texts: []string{a, b}, Base: 0}
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
	opts.Compare = func(context.Context, []string, []string) (*compare.Result, error) { return res, nil }
	mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: opts, Size: size})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	mw.Window.Resize(size)
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
	if cmp.Base == nil || cmp.Base.Label != "blog-en" || cmp.Other == nil || cmp.Other.Label != "revised-en" {
		t.Fatalf("window opened on %+v vs %+v", cmp.Base, cmp.Other)
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
		for _, s := range r.Other {
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

func TestLibraryPanelChoosesVersions(t *testing.T) {
	mw, _ := sampleWindow(t)
	ru := versionByLabel(t, mw.VM, "ru")
	blog := versionByLabel(t, mw.VM, "blog-en")
	mw.Library.tree.Select(versionUID(ru.ID))
	if base, other := mw.VM.Pair(); base != blog.ID || other != ru.ID {
		t.Errorf("after choosing ru in the library: %d vs %d, want blog-en vs ru", base, other)
	}
	if !strings.Contains(mw.Status.Text, "blog-en (en) beside ru (ru): aligned across languages") {
		t.Errorf("status line %q", mw.Status.Text)
	}
	if got := mw.bar.other.Selected; !strings.HasPrefix(got, "ru") {
		t.Errorf("the other-version select shows %q", got)
	}
	// Choosing the base in the toolbar.
	for opt, id := range mw.bar.ids {
		if id == ru.ID {
			mw.bar.base.SetSelected(opt)
		}
	}
	if base, _ := mw.VM.Pair(); base != ru.ID {
		t.Errorf("choosing ru as base in the toolbar: base is %d", base)
	}
}

func TestScrollToChange(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	if !v.ScrollToChange(1) {
		t.Fatal("no next change in the sample")
	}
	first := v.list.GetScrollOffset()
	if first <= 0 {
		t.Fatalf("next change did not scroll (offset %v)", first)
	}
	if !v.rows[v.topRow()].Changed {
		t.Errorf("row %d at the top is not a changed row", v.topRow())
	}
	v.ScrollToChange(1)
	if v.list.GetScrollOffset() <= first {
		t.Errorf("second next change: offset %v, not beyond %v", v.list.GetScrollOffset(), first)
	}
	v.ScrollToChange(-1)
	if v.list.GetScrollOffset() != first {
		t.Errorf("previous change: offset %v, want back at %v", v.list.GetScrollOffset(), first)
	}
}

func TestImportShowsErrorsNamingTheFile(t *testing.T) {
	mw, _ := sampleWindow(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "blog-fixed.txt")
	if err := os.WriteFile(good, []byte(strings.Replace(goldenBase, "Mikhail", "Murat", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	mw.ImportPaths([]string{good})
	cmp := mw.VM.Comparison()
	if cmp.Other == nil || cmp.Other.Label != "blog-fixed" {
		t.Fatalf("after importing one file the window shows %+v", cmp.Other)
	}
	if mw.Window.Canvas().Overlays().Top() != nil {
		t.Error("a dialog opened after a good import")
	}

	bad := filepath.Join(dir, "no-such-file.txt")
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
	if !strings.Contains(strings.Join(texts, " "), "no-such-file.txt") {
		t.Errorf("error dialog does not name the file: %q", texts)
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
			a := test.NewTempApp(t)
			a.Settings().SetTheme(lightTheme())
			lib := &fixedLibrary{versions: []data.Version{
				{ID: 1, BriefingID: 1, Label: "a", Text: p.a},
				{ID: 2, BriefingID: 1, Label: "b", Text: p.b},
			}}
			mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions()})
			if err != nil {
				t.Fatal(err)
			}
			defer mw.Window.Close()
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
				if !r.HasBase && !r.HasOther {
					t.Errorf("row %d has no cell", i)
				}
			}
			mw.View.ScrollToChange(1)
			mw.View.ScrollToChange(-1)
			mw.Window.Resize(mw.Window.Content().MinSize().Max(fyne.NewSize(600, 400)))
			mw.Window.Canvas().Capture()
		})
	}
}

func TestChangesOnly(t *testing.T) {
	mw, _ := sampleWindow(t)
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
		if r, ok := o.(*rowItem); ok && r.row.HasBase && strings.Contains(r.base.Text(), "Mikhail") {
			item = r
		}
	}
	if item == nil {
		t.Fatal("no row item shows Mikhail")
	}
	test.TapSecondary(item)
	if mw.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("right click opened no menu")
	}
	menu := item.copyMenu()
	menu.Items[1].Action()
	if got := fyne.CurrentApp().Clipboard().Content(); !strings.Contains(got, "Murat") || strings.Contains(got, "Mikhail") {
		t.Errorf("copied %q, want the other cell", got)
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
	if err := mw.VM.SetOther(ru.ID); err != nil {
		t.Fatal(err)
	}
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
	content := v.offsetOf(len(v.heights), pad) - pad
	if want := content - v.list.Size().Height; v.list.GetScrollOffset() < want-1 {
		t.Errorf("scrolled to the bottom: offset %v, want %v (content %v, list height %v)",
			v.list.GetScrollOffset(), want, content, v.list.Size().Height)
	}
}
