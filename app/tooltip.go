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
	tip  string
	tips *tipLayer
}

func newTipButton(label string, icon fyne.Resource, tip string, tips *tipLayer, tapped func()) *tipButton {
	b := &tipButton{tip: tip, tips: tips}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey hands the window's own keys on (see keyList): Tab reaches the
// toolbar's buttons too.
func (b *tipButton) TypedKey(ev *fyne.KeyEvent) {
	if b.tips == nil || b.tips.onKey == nil || !b.tips.onKey(ev) {
		b.Button.TypedKey(ev)
	}
}

// MouseIn shows the tip below the button.
func (b *tipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	if b.tip != "" && b.tips != nil {
		d := fyne.CurrentApp().Driver()
		at := d.AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height+2))
		b.tips.show(b.tip, at.Subtract(d.AbsolutePositionForObject(b.tips.layer)))
	}
}

// MouseOut hides the tip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.tips != nil {
		b.tips.hide()
	}
}

// Tapped hides the tip and taps.
func (b *tipButton) Tapped(ev *fyne.PointEvent) {
	if b.tips != nil {
		b.tips.hide()
	}
	b.Button.Tapped(ev)
}

// tipLayer shows tips on top of the window's content. It is a layer of
// the content, not a pop-up: a pop-up takes the next click to close
// itself, so a button under the pointer needed two; the layer's text and
// background take no events, which reach what lies beneath.
type tipLayer struct {
	layer *fyne.Container // without layout, over the whole content
	box   *fyne.Container
	bg    *canvas.Rectangle
	text  *canvas.Text
	// onKey, when set, is offered each key a focused button of the
	// layer's gets first (see MainWindow.windowKey).
	onKey func(*fyne.KeyEvent) bool
}

func newTipLayer() *tipLayer {
	t := &tipLayer{text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	t.text.TextSize = theme.CaptionTextSize()
	t.bg = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	t.bg.StrokeWidth = 1
	t.box = container.NewStack(t.bg, container.NewPadded(t.text))
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// show shows tip at pos in the layer, kept inside it.
func (t *tipLayer) show(tip string, pos fyne.Position) {
	t.text.Text = tip
	// The theme's colours now: the theme may have changed since.
	t.text.Color = theme.Color(theme.ColorNameForeground)
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	size := t.box.MinSize()
	pos.X = max(0, min(pos.X, t.layer.Size().Width-size.Width))
	t.box.Resize(size)
	t.box.Move(pos)
	t.box.Show()
	t.box.Refresh()
}

func (t *tipLayer) hide() { t.box.Hide() }
