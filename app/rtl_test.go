// Right-to-left text in the window: a changed row's words stand from the
// right, and the change list's arrow points at the new text.

package app

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// hebrewPair opens a window on a Hebrew sentence with one word changed
// ("שלום" → "להתראות").
func hebrewPair(t *testing.T) *MainWindow {
	return twoTextWindow(t, "הוא אמר שלום לכולם היום.", "הוא אמר להתראות לכולם היום.")
}

// textsDrawn returns the visible text objects of mw's rows, by their text
// without its edge spaces, each with its position in the window.
func textsDrawn(mw *MainWindow) map[string][]drawnText {
	mw.Window.Canvas().Capture()
	d := fyne.CurrentApp().Driver()
	out := map[string][]drawnText{}
	walkObjects(mw.View, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
			key := strings.Trim(tx.Text, " "+rlm)
			out[key] = append(out[key], drawnText{tx, d.AbsolutePositionForObject(tx)})
		}
	})
	return out
}

type drawnText struct {
	*canvas.Text
	at fyne.Position
}

// Read right to left, as Hebrew is, each cell of a changed row reads as
// the text does: "הוא" (its first word) at the right, "היום" (its last)
// at the left, though the cell is drawn one canvas.Text per word
// (rtlGroups).
func TestRTLChangedRowKeepsWordOrder(t *testing.T) {
	drawn := textsDrawn(hebrewPair(t))
	first, last := drawn["הוא"], drawn["היום"]
	if len(first) != 2 || len(last) != 2 {
		t.Fatalf("found the first word %d times and the last %d times, want 2 each (two cells)", len(first), len(last))
	}
	for k := range first {
		if first[k].at.X <= last[k].at.X {
			t.Errorf("cell %d: the sentence's first word \"הוא\" at x=%.0f, left of its last \"היום\" at x=%.0f: read right to left, the row reads backwards",
				k, first[k].at.X, last[k].at.X)
		}
	}
}

// A space stands between a changed word and the word after it, which
// is at its left.
func TestRTLSpaceAfterAChangedWord(t *testing.T) {
	drawn := textsDrawn(hebrewPair(t))
	changed, after := append(drawn["שלום"], drawn["להתראות"]...), drawn["לכולם"]
	if len(changed) != 2 || len(after) != 2 {
		t.Fatalf("found the changed word %d times and the word after it %d times, want 2 each", len(changed), len(after))
	}
	m := NewMeasurer()
	for k := range changed {
		c, a := changed[k], after[k]
		space := m.Width(" ", a.TextSize, false)
		wordsRight := a.at.X + m.Width(a.Text.Text, a.TextSize, false)
		if gap := c.at.X - wordsRight; gap < space/2 {
			t.Errorf("cell %d: %q drawn at x=%.1f ends at x=%.1f, %.1f before the changed word %q at x=%.1f; want a space (%.1f) between them",
				k, a.Text.Text, a.at.X, wordsRight, gap, c.Text.Text, c.at.X, space)
		}
	}
}

// A figure in an Arabic sentence stands between the words around it, as
// the sentence reads from the right ("بقيمة 50 مليون": "بقيمة" at the
// right of 50, "مليون" at its left), and the sentence's full stop at
// the left of its last word: Fyne lays a text's runs out from the left
// in logical order, so a line drawn as one text puts the figure after
// the words it follows in the text and the full stop at the right.
func TestRTLFigureAndFullStopInPlace(t *testing.T) {
	mw := twoTextWindow(t, "قدمت البلاد مساعدات بقيمة 50 مليون دولار.", "قدمت البلاد مساعدات بقيمة 60 مليون دولار.")
	drawn := textsDrawn(mw)
	before, after, last, stop := drawn["بقيمة"], drawn["مليون"], drawn["دولار"], drawn["."]
	figures := append(drawn["50"], drawn["60"]...)
	if len(before) != 2 || len(after) != 2 || len(last) != 2 || len(stop) != 2 || len(figures) != 2 {
		t.Fatalf("found %d, %d, %d, %d and %d texts of the words, the full stop and the figures, want 2 each",
			len(before), len(after), len(last), len(stop), len(figures))
	}
	for k := range figures {
		if !(before[k].at.X > figures[k].at.X && figures[k].at.X > after[k].at.X) {
			t.Errorf("cell %d: \"بقيمة\" at x=%.0f, %q at x=%.0f, \"مليون\" at x=%.0f: want them from right to left",
				k, before[k].at.X, figures[k].Text.Text, figures[k].at.X, after[k].at.X)
		}
		if stop[k].at.X >= last[k].at.X {
			t.Errorf("cell %d: the full stop at x=%.0f, right of the last word at x=%.0f", k, stop[k].at.X, last[k].at.X)
		}
	}
}

// The words of a right-to-left line stand from the right in the order
// they are written, a run of left-to-right words and figures among them
// from the left, a figure after right-to-left words on its own.
func TestBidiVisualOrder(t *testing.T) {
	words := func(s string) []fragment {
		var fs []fragment
		for i, w := range strings.Split(s, " ") {
			if i > 0 {
				fs = append(fs, fragment{text: " ", space: true})
			}
			fs = append(fs, fragment{text: w})
		}
		return fs
	}
	for _, c := range []struct{ line, want string }{
		{"أعلن الوزير اليوم", "اليوم الوزير أعلن"},
		{"قال Mohammed bin Salman اليوم", "اليوم Mohammed bin Salman قال"},
		{"بقيمة 50 مليون", "مليون 50 بقيمة"},
		{"التقى Scholz 2024 في", "في Scholz 2024 التقى"},
		{"بين 21 و 22", "22 و 21 بين"},
	} {
		if g := fromTheLeft(words(c.line)); g != c.want {
			t.Errorf("%q: from the left %q, want %q", c.line, g, c.want)
		}
	}
}

// anyFace resolves every character to one face: bidi runs do not
// depend on the face.
type anyFace struct{ f *font.Face }

func (a anyFace) ResolveFace(rune) *font.Face { return a.f }

// The change list says "before → after". Fyne's label lays a Hebrew line
// out with go-text's bidi segmenter as one right-to-left run, in which
// "→" would point from the new word back to the old: there the arrow is
// "←", which points at what the text became.
func TestRTLChangeListArrowPointsAtTheNewWord(t *testing.T) {
	mw := hebrewPair(t)
	if len(mw.side.items) != 1 {
		t.Fatalf("%d changes listed, want 1", len(mw.side.items))
	}
	what, _ := changeParts(mw.side.items[0].ChangeView, mw.VM.Comparison())
	s := []rune(what)
	arrow, wantRTL := slices.Index(s, '→'), false
	if arrow < 0 {
		arrow, wantRTL = slices.Index(s, '←'), true // drawn in a right-to-left run, it points at the new word
	}
	if arrow < 0 {
		t.Fatalf("change line %q has no arrow", what)
	}
	ws := newWordShaper(fyne.TextStyle{})
	if ws.face == nil {
		t.Skip("no theme font")
	}
	in := shaping.Input{Text: s, RunStart: 0, RunEnd: len(s), Direction: di.DirectionLTR, Face: ws.face, Size: fixed.I(14)}
	var seg shaping.Segmenter
	for _, r := range seg.Split(in, anyFace{ws.face}) {
		if r.RunStart <= arrow && arrow < r.RunEnd && (r.Direction.Progression() == di.TowardTopLeft) != wantRTL {
			t.Errorf("change line %q: the arrow lies in a right-to-left run (%q), so it shows pointing from %q back to %q",
				what, string(s[r.RunStart:r.RunEnd]), mw.side.items[0].After, mw.side.items[0].Before)
		}
	}
}

// A word of a right-to-left paragraph is cut into letters, figures with
// their signs, and marks: each is drawn apart and put in visual order.
func TestRTLPieceKinds(t *testing.T) {
	kinds := func(s string) string {
		var b strings.Builder
		for _, k := range runeKinds(s) {
			b.WriteByte("afm"[k])
		}
		return b.String()
	}
	for _, c := range []struct{ word, want string }{
		{"(50%)", "mfffm"},
		{"המנכ\"ל", "aaaama"},
		{"Hotel،", "aaaaam"},
		{"1,000", "fffff"},
		{"21/06/2024.", "ffffffffffm"},
		{"ב-6", "amf"},
		{"$50", "fff"},
	} {
		if got := kinds(c.word); got != c.want {
			t.Errorf("%q: kinds %s, want %s", c.word, got, c.want)
		}
	}
}

// In a Hebrew row, an acronym's letters read from the right ("המנכ"ל": the
// last letter at the left), a figure's per cent sign stays at its right,
// and a bracket pair stands around the figure.
func TestRTLAcronymAndPercent(t *testing.T) {
	mw := twoTextWindow(t, "המנכ\"ל אמר שהמכירות עלו (35%) השנה.", "המנכ\"ל אמר שהמכירות ירדו (35%) השנה.")
	drawn := textsDrawn(mw)
	head, quote, tail, pct := drawn["המנכ"], drawn["\""], drawn["ל"], drawn["35%"]
	if len(head) != 2 || len(quote) < 2 || len(tail) != 2 || len(pct) != 2 {
		t.Fatalf("found %d, %d, %d and %d texts of the acronym's parts and the figure, want 2 each", len(head), len(quote), len(tail), len(pct))
	}
	for k := range head {
		if !(tail[k].at.X < head[k].at.X) {
			t.Errorf("cell %d: the acronym's last letter at x=%.0f, right of its first letters at x=%.0f", k, tail[k].at.X, head[k].at.X)
		}
	}
}

// A finding in English below a Hebrew sentence reads left to right.
func TestRTLEnglishParagraphStaysLeftToRight(t *testing.T) {
	runs := []TextRun{{Text: "הוא אמר שלום לכולם היום."}, {Text: "\nNumbers differ: only the source has 50", Style: Style{Highlight: HighlightNote}}}
	m := NewMeasurer()
	lay := layoutWith(m, runs, 300, 14)
	groups := rtlGroups(lay.frags, runs, 300, lay.paras, func(s string, bold bool) float32 { return m.Width(s, 14, bold) })
	var english *textGroup
	for i, g := range groups {
		if strings.HasPrefix(g.text, "Numbers") {
			english = &groups[i]
		}
	}
	if english == nil {
		t.Fatalf("no group of the English finding: %+v", groups)
	}
	if english.x > 1 {
		t.Errorf("the English finding starts at x=%.0f, want it at the left edge", english.x)
	}
}

// A paragraph without a strong letter (a date alone) in a right-to-left
// text stands at the right, as the text does; emoji and a word with a
// joiner stay whole.
func TestRTLNeutralParagraphAndWholePieces(t *testing.T) {
	runs := []TextRun{{Text: "قال الوزير إن الاجتماع مهم.\n2024/06/21"}}
	m := NewMeasurer()
	lay := layoutWith(m, runs, 400, 14)
	groups := rtlGroups(lay.frags, runs, 400, lay.paras, func(s string, bold bool) float32 { return m.Width(s, 14, bold) })
	for _, g := range groups {
		if g.text == "2024/06/21" && g.x < 200 {
			t.Errorf("the date alone on its line at x=%.0f, want it at the right", g.x)
		}
	}
	for _, w := range []string{"❤️", "1️⃣", "می\u200cخواهم"} {
		if k := runeKinds(w); slices.ContainsFunc(k, func(x int) bool { return x != k[0] }) {
			t.Errorf("%q cut into kinds %v", w, k)
		}
	}
	// Arabic-Indic digits after a Latin word are a number of their own
	// (the algorithm's AN): the Arabic reading puts them at its left.
	line := []fragment{{text: "هاتف"}, {text: " ", space: true}, {text: "iPhone"}, {text: " ", space: true}, {text: "١٥"}, {text: " ", space: true}, {text: "جديد"}}
	if got := fromTheLeft(line); got != "جديد ١٥ iPhone هاتف" {
		t.Errorf("from the left %q, want %q", got, "جديد ١٥ iPhone هاتف")
	}
}

// Persian's digits are European numbers to the algorithm (EN), Arabic's
// Arabic numbers (AN): after a Latin word the first join its run, the
// second stand apart.
func TestBidiPersianDigitsAfterLatin(t *testing.T) {
	line := []fragment{{text: "گوشی"}, {text: " ", space: true}, {text: "iPhone"}, {text: " ", space: true}, {text: "۱۵"}, {text: " ", space: true}, {text: "جدید"}}
	if got := fromTheLeft(line); got != "جدید iPhone ۱۵ گوشی" {
		t.Errorf("from the left %q, want %q", got, "جدید iPhone ۱۵ گوشی")
	}
}

// A line of the side panel that mixes directions is written in the order
// it reads: each side of a change or a finding apart, its right-to-left
// words between left-to-right marks, so that Fyne's runs (laid out from
// the left in logical order) hold one word each and no figure or arrow.
func TestDisplayPairKeepsFiguresBesideTheirWords(t *testing.T) {
	for _, c := range []struct{ what, want string }{
		{"…وقال إن الاتفاق سيوفر 1,500 وظيفة [جديدة] في دبي…", ""}, // a search hit's snippet: only its runs are checked
		{"الاثنين 50 ← الثلاثاء 90", "90 " + lrm + "الثلاثاء" + lrm + " ← 50 " + lrm + "الاثنين" + lrm},
		{"50 مليون ≠ 60 million", lrm + "مليون" + lrm + " 50 ≠ 60 million"},
		{"Mikhail → Murat", "Mikhail → Murat"},
		{"Numbers differ: only the source has 50 مليون, only the rendering 60", "Numbers differ: only the source has 50 مليون" + lrm + ", only the rendering 60"},
	} {
		got := displayPair(c.what)
		if c.want != "" && got != c.want {
			t.Errorf("displayPair(%q) = %q, want %q", c.what, got, c.want)
		}
		ws := newWordShaper(fyne.TextStyle{})
		if ws.face == nil {
			continue
		}
		s := []rune(got)
		in := shaping.Input{Text: s, RunStart: 0, RunEnd: len(s), Direction: di.DirectionLTR, Face: ws.face, Size: fixed.I(14)}
		var seg shaping.Segmenter
		for _, r := range seg.Split(in, anyFace{ws.face}) {
			run := string(s[r.RunStart:r.RunEnd])
			if r.Direction.Progression() == di.TowardTopLeft && strings.ContainsFunc(run, func(r rune) bool { return unicode.IsDigit(r) || r == '←' || r == '≠' }) {
				t.Errorf("%q: a right-to-left run %q holds a figure or an arrow", got, run)
			}
		}
	}
}

// fromTheLeft is line's non-space pieces in visual order, as rtlParagraph
// places them, joined by spaces.
func fromTheLeft(line []fragment) string {
	var got []string
	for _, k := range visualOrder(bidiLevels(line)) {
		if !line[k].space {
			got = append(got, line[k].text)
		}
	}
	return strings.Join(got, " ")
}
