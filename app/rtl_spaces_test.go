package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// A right-to-left row's groups are mirrored with their spaces: the group
// after a changed word begins with the space before its first word
// (" לכולם היום."), which must stand between that word and the changed
// one, not at the group's far side where the words would butt against
// the changed word.
func TestRTLLeadingSpaceOfAGroup(t *testing.T) {
	mw := twoTextWindow(t, "הוא אמר שלום לכולם היום.", "הוא אמר להתראות לכולם היום.")
	d := fyne.CurrentApp().Driver()
	m := NewMeasurer()
	type drawn struct {
		text string
		x    float32
		size float32
	}
	var changed, after []drawn
	walkObjects(mw.View, func(o fyne.CanvasObject) {
		tx, ok := o.(*canvas.Text)
		if !ok || !tx.Visible() {
			return
		}
		p := d.AbsolutePositionForObject(tx)
		switch strings.TrimSpace(tx.Text) {
		case "שלום", "להתראות":
			changed = append(changed, drawn{tx.Text, p.X, tx.TextSize})
		case "לכולם היום.":
			after = append(after, drawn{tx.Text, p.X, tx.TextSize})
		}
	})
	if len(changed) != 2 || len(after) != 2 {
		t.Fatalf("found the changed word %d times and the words after it %d times, want 2 each", len(changed), len(after))
	}
	for k := range changed {
		c, a := changed[k], after[k]
		space := m.Width(" ", a.size, false)
		wordsRight := a.x + m.Width(a.text, a.size, false) // the group's words end at its right edge
		if gap := c.x - wordsRight; gap < space/2 {
			t.Errorf("cell %d: %q drawn at x=%.1f ends its words at x=%.1f, %.1f before the changed word %q at x=%.1f; want a space (%.1f) between them (its leading space is drawn at its left)",
				k, a.text, a.x, wordsRight, gap, c.text, c.x, space)
		}
	}
}
