package app

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/variorum/variorum/compare"
)

func lightTheme() fyne.Theme { return variantTheme{theme.DefaultTheme(), theme.VariantLight} }
func darkTheme() fyne.Theme  { return variantTheme{theme.DefaultTheme(), theme.VariantDark} }

// sampleSegments is a sentence with a replaced name, a changed number and
// a typography-only change, as the base column gets it.
func sampleSegments() []compare.Segment {
	return []compare.Segment{
		{Text: "We concluded the meeting chaired by Deputy Prime Minister ", Kind: compare.Equal},
		{Text: "Mikhail", Kind: compare.Replace},
		{Text: " Nurtleu on ", Kind: compare.Equal},
		{Text: "21", Kind: compare.Replace, Flags: []string{compare.FlagNumber}, Number: true},
		{Text: " June", Kind: compare.Equal},
		{Text: "’", Kind: compare.Replace, Trivial: true},
		{Text: "s afternoon. Сергей Лавров ответил на вопросы.", Kind: compare.Equal},
	}
}

// hasFill reports whether d draws a highlight rectangle filled with c.
func hasFill(d *DiffText, c color.Color) bool {
	for _, r := range rectangles(d) {
		if r.FillColor == c {
			return true
		}
	}
	return false
}

// rectangles returns the highlight rectangles a DiffText draws, by fill.
func rectangles(d *DiffText) []*canvas.Rectangle {
	var out []*canvas.Rectangle
	for _, o := range test.WidgetRenderer(d).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.Visible() {
			out = append(out, r)
		}
	}
	return out
}

func TestDiffTextWrapsAndHighlights(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	d := NewDiffText(nil)
	d.SetSegments(sampleSegments(), SideBase)
	w := test.NewTempWindow(t, d)
	w.Resize(fyne.NewSize(900, 200))

	wide := d.HeightFor(900)
	narrow := d.HeightFor(200)
	if narrow <= wide {
		t.Fatalf("height at 200 = %v, not more than at 900 = %v", narrow, wide)
	}
	if d.Lines(200) < 4 {
		t.Errorf("at width 200 the text takes %d lines, want at least 4", d.Lines(200))
	}
	d.Resize(fyne.NewSize(200, narrow))
	if got := d.MinSize().Height; got != narrow {
		t.Errorf("MinSize height at width 200 = %v, want HeightFor(200) = %v", got, narrow)
	}

	pal := lightPalette()
	var removed, trivial, number int
	for _, r := range rectangles(d) {
		if r.FillColor == pal.number {
			number++
			continue
		}
		switch r.FillColor {
		case pal.removed:
			removed++
		case pal.trivial:
			trivial++
		}
		if r.FillColor == pal.trivialLine {
			continue
		}
		if r.Size().Width <= 0 || r.Size().Height <= 0 {
			t.Errorf("empty highlight rectangle at %v", r.Position())
		}
		if r.Position().X+r.Size().Width > 200+2*markPadX {
			t.Errorf("highlight at %v wider than the cell: %v", r.Position(), r.Size())
		}
	}
	if removed != 2 || number != 1 || trivial != 1 {
		t.Errorf("highlights: removed=%d (want 2: name and number), number underlines=%d (want 1), trivial=%d (want 1)", removed, number, trivial)
	}

	// The words are all drawn, on lines inside the cell.
	var drawn string
	for _, o := range test.WidgetRenderer(d).Objects() {
		if tx, ok := o.(*canvas.Text); ok {
			drawn += tx.Text + " "
			if tx.Position().Y+tx.Size().Height > narrow+1 {
				t.Errorf("text %q drawn below the widget's height", tx.Text)
			}
		}
	}
	for _, word := range []string{"Mikhail", "21", "Лавров", "вопросы."} {
		if !strings.Contains(drawn, word) {
			t.Errorf("word %q not drawn; drew %q", word, drawn)
		}
	}
}

func TestDiffTextOtherSideIsGreen(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	d := NewDiffText(nil)
	d.SetSegments([]compare.Segment{
		{Text: "chaired by ", Kind: compare.Equal},
		{Text: "Murat", Kind: compare.Replace},
		{Text: " and ", Kind: compare.Equal},
		{Text: "moved words", Kind: compare.Move},
	}, SideOther)
	test.NewTempWindow(t, d).Resize(fyne.NewSize(600, 100))
	var added, moved int
	for _, r := range rectangles(d) {
		switch r.FillColor {
		case lightPalette().added:
			added++
		case lightPalette().moved:
			moved++
		}
	}
	if added != 1 || moved != 1 {
		t.Errorf("added=%d moved=%d, want 1 and 1", added, moved)
	}
}

func TestDiffTextFollowsTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(darkTheme())
	d := NewDiffText(nil)
	d.SetSegments(sampleSegments(), SideBase)
	test.NewTempWindow(t, d).Resize(fyne.NewSize(600, 200))
	if !hasFill(d, darkPalette().removed) {
		t.Fatal("dark theme: no highlight in the dark palette's removed colour")
	}
	a.Settings().SetTheme(lightTheme())
	d.Refresh()
	if !hasFill(d, lightPalette().removed) {
		t.Fatal("after switching to the light theme: no highlight in the light palette's removed colour")
	}
}

func TestDiffTextVeryLongWord(t *testing.T) {
	test.NewTempApp(t)
	d := NewDiffText(nil)
	long := make([]byte, 5000)
	for i := range long {
		long[i] = 'a' + byte(i%26)
	}
	d.SetRuns([]TextRun{{Text: string(long), Style: Style{Highlight: HighlightAdded}}})
	if n := d.Lines(300); n < 10 {
		t.Fatalf("a 5000-letter word at width 300 takes %d lines, want it broken over many", n)
	}
}

// monoTheme draws all text in the monospace font, at the default size: a
// theme change that swaps the font and keeps the size.
type monoTheme struct{ fyne.Theme }

func (t monoTheme) Font(s fyne.TextStyle) fyne.Resource {
	s.Monospace = true
	return t.Theme.Font(s)
}

func TestDiffTextRelaysOutAfterFontChange(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	m := NewMeasurer()
	d := NewDiffText(m)
	d.Nowrap = true
	d.SetRuns([]TextRun{{Text: "iiiiiiiiii wwwwwwwwww"}})
	before := d.NaturalWidth()
	a.Settings().SetTheme(monoTheme{lightTheme()})
	m.Reset() // what the window does when the theme changes
	after := d.NaturalWidth()
	fresh := NewDiffText(NewMeasurer())
	fresh.Nowrap = true
	fresh.SetRuns(d.Runs())
	if want := fresh.NaturalWidth(); after == before || after != want {
		t.Errorf("width after the font change = %v (before %v), want %v as laid out afresh", after, before, want)
	}
}
