package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// readingBorder lays out its parts as container.NewBorder does, but keeps
// them in reading order: top, left, centre, right, bottom. Tab moves the
// focus in the order of a container's objects, and NewBorder puts the
// centre first, so Tab would reach the rows before the toolbar above them
// and a bar's middle before its left end. The border layout places the
// edges by identity, so their order among the objects changes nothing else.
func readingBorder(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	objs = append(objs, center...)
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objs...)
}
