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
			key := strings.TrimSpace(tx.Text)
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
// the text does: "הוא אמר" (its first words) at the right, "לכולם היום."
// (its last) at the left, though the cell is drawn one canvas.Text per
// group of same-styled words (mirrorGroups).
func TestRTLChangedRowKeepsWordOrder(t *testing.T) {
	drawn := textsDrawn(hebrewPair(t))
	first, last := drawn["הוא אמר"], drawn["לכולם היום."]
	if len(first) != 2 || len(last) != 2 {
		t.Fatalf("found the first words %d times and the last %d times, want 2 each (two cells)", len(first), len(last))
	}
	for k := range first {
		if first[k].at.X <= last[k].at.X {
			t.Errorf("cell %d: the sentence's first words \"הוא אמר\" at x=%.0f, left of its last \"לכולם היום.\" at x=%.0f: read right to left, the row reads backwards",
				k, first[k].at.X, last[k].at.X)
		}
	}
}

// A right-to-left row's groups are mirrored with their spaces: the group
// after a changed word begins with the space before its first word
// (" לכולם היום."), which must stand between that word and the changed
// one, not at the group's far side where the words would butt against
// the changed word.
func TestRTLLeadingSpaceOfAGroup(t *testing.T) {
	drawn := textsDrawn(hebrewPair(t))
	changed, after := append(drawn["שלום"], drawn["להתראות"]...), drawn["לכולם היום."]
	if len(changed) != 2 || len(after) != 2 {
		t.Fatalf("found the changed word %d times and the words after it %d times, want 2 each", len(changed), len(after))
	}
	m := NewMeasurer()
	for k := range changed {
		c, a := changed[k], after[k]
		space := m.Width(" ", a.TextSize, false)
		wordsRight := a.at.X + m.Width(a.Text.Text, a.TextSize, false) // the group's words end at its right edge
		if gap := c.at.X - wordsRight; gap < space/2 {
			t.Errorf("cell %d: %q drawn at x=%.1f ends its words at x=%.1f, %.1f before the changed word %q at x=%.1f; want a space (%.1f) between them",
				k, a.Text.Text, a.at.X, wordsRight, gap, c.Text.Text, c.at.X, space)
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
