package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// pane is a part of the window beside the rest in a split, which View
// menu items show and hide. Hidden, the rest stands alone in the host:
// a split keeps the room of a hidden part.
type pane struct {
	host  *fyne.Container
	split *container.Split
	rest  fyne.CanvasObject // the split's other part
	shown bool
}

// newPane holds split, whose part is hidden and shown and whose rest
// stays.
func newPane(split *container.Split, rest fyne.CanvasObject) *pane {
	return &pane{host: container.NewStack(split), split: split, rest: rest, shown: true}
}

// toggle hides the part, or shows it again where it was.
func (p *pane) toggle() {
	p.shown = !p.shown
	if p.shown {
		p.host.Objects = []fyne.CanvasObject{p.split} // which still holds the rest
		p.split.Refresh()
	} else {
		p.host.Objects = []fyne.CanvasObject{p.rest}
	}
	p.host.Refresh()
}
