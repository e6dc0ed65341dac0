package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipButton is a button that names what it does, with its key, when the
// pointer rests on it: Fyne's buttons have no tooltips of their own, and
// the toolbar's icons say little alone.
type tipButton struct {
	widget.Button
	tip string
	pop *widget.PopUp
}

func newTipButton(label string, icon fyne.Resource, tip string, tapped func()) *tipButton {
	b := &tipButton{tip: tip}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tip below the button.
func (b *tipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.tip == "" {
		return
	}
	if b.pop == nil {
		t := canvas.NewText(b.tip, theme.Color(theme.ColorNameForeground))
		t.TextSize = theme.CaptionTextSize()
		b.pop = widget.NewPopUp(container.NewPadded(t), c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height+2))
	// Keep the tip inside the window.
	if w := b.pop.MinSize().Width; pos.X+w > c.Size().Width {
		pos.X = c.Size().Width - w
	}
	b.pop.ShowAtPosition(pos)
}

// MouseOut hides the tip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.pop != nil {
		b.pop.Hide()
	}
}

// Tapped hides the tip and taps.
func (b *tipButton) Tapped(ev *fyne.PointEvent) {
	if b.pop != nil {
		b.pop.Hide()
	}
	b.Button.Tapped(ev)
}
