// Right-to-left text in the window: a changed row's words stand from the
// right, and the change list's arrow points at the new text.

package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// A Hebrew sentence with one word changed ("שלום" → "להתראות"). Read
// right to left, as Hebrew is, each cell must read as the text does:
// "הוא אמר" (its first words) at the right, "לכולם היום." (its last) at
// the left. The cell is drawn one canvas.Text per group of same-styled
// words, and the groups are placed left to right in logical order, so
// the reader sees "לכולם היום. שלום הוא אמר": the sentence scrambled in
// every changed row (an unchanged row, one group, reads right).
func TestRTLChangedRowKeepsWordOrder(t *testing.T) {
	mw := twoTextWindow(t, "הוא אמר שלום לכולם היום.", "הוא אמר להתראות לכולם היום.")
	mw.Window.Canvas().Capture()
	d := fyne.CurrentApp().Driver()
	var first, last []fyne.Position // per cell, in drawing order
	walkObjects(mw.View, func(o fyne.CanvasObject) {
		tx, ok := o.(*canvas.Text)
		if !ok || !tx.Visible() {
			return
		}
		switch strings.TrimSpace(tx.Text) {
		case "הוא אמר":
			first = append(first, d.AbsolutePositionForObject(tx))
		case "לכולם היום.":
			last = append(last, d.AbsolutePositionForObject(tx))
		}
	})
	if len(first) != 2 || len(last) != 2 {
		t.Fatalf("found the first words %d times and the last %d times, want 2 each (two cells)", len(first), len(last))
	}
	for k := range first {
		if first[k].X <= last[k].X {
			t.Errorf("cell %d: the sentence's first words \"הוא אמר\" at x=%.0f, left of its last \"לכולם היום.\" at x=%.0f: read right to left, the row reads backwards",
				k, first[k].X, last[k].X)
		}
	}
}

// anyFace resolves every character to one face: bidi runs do not
// depend on the face.
type anyFace struct{ f *font.Face }

func (a anyFace) ResolveFace(rune) *font.Face { return a.f }

// The change list says "before → after". For a Hebrew change, שלום
// replaced by להתראות, the line is "שלום → להתראות"; Fyne's label lays it
// out with go-text's bidi segmenter, which makes the whole line one
// right-to-left run (the arrow and spaces between two Hebrew words take
// their direction). The arrow is not mirrored, so the line shows
// "להתראות → שלום": the arrow points from the new word to the old, and
// the list states the change the wrong way round. A user expects the
// arrow to point at what the text became.
func TestRTLChangeListArrowPointsAtTheNewWord(t *testing.T) {
	mw := twoTextWindow(t, "הוא אמר שלום לכולם היום.", "הוא אמר להתראות לכולם היום.")
	if len(mw.side.items) != 1 {
		t.Fatalf("%d changes listed, want 1", len(mw.side.items))
	}
	what, _ := changeParts(mw.side.items[0], mw.VM.Comparison())
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
