package app

import (
	"image"
	"image/color"
	"image/draw"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// overviewWidth is the width of the overview bar beside the rows.
const overviewWidth = 14

// overviewBar shows, beside the scroll bar, where the changes are in the
// whole comparison (a tick per changed row, at its place in the rows'
// height) and the part in view; a click jumps there.
type overviewBar struct {
	widget.BaseWidget
	v *CompareView
}

func newOverviewBar(v *CompareView) *overviewBar {
	b := &overviewBar{v: v}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped scrolls so that the rows at the tapped height are at the top.
func (b *overviewBar) Tapped(ev *fyne.PointEvent) {
	v := b.v
	h := b.Size().Height
	if h <= 0 || len(v.heights) == 0 {
		return
	}
	target := ev.Position.Y / h * v.contentHeight()
	pad := v.rowGap()
	y := float32(0)
	for i, rh := range v.heights {
		if y+rh > target {
			v.scrollTo(i)
			return
		}
		y += rh + pad
	}
	v.ScrollToEnd(false)
}

func (b *overviewBar) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &overviewRenderer{b: b, track: canvas.NewRectangle(color.Transparent), view: canvas.NewRectangle(color.Transparent)}
	// The ticks are painted into one image, not drawn as a rectangle
	// each: Fyne walks every object on every frame, and a large
	// comparison has thousands of changes.
	r.ticks = canvas.NewRaster(r.paintTicks)
	r.objects = []fyne.CanvasObject{r.track, r.ticks, r.view}
	return r
}

type overviewRenderer struct {
	b           *overviewBar
	track, view *canvas.Rectangle
	ticks       *canvas.Raster
	objects     []fyne.CanvasObject
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) MinSize() fyne.Size           { return fyne.NewSize(overviewWidth, 20) }
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *overviewRenderer) Layout(size fyne.Size) { r.Refresh() }

// Refresh redraws the ticks and the band of the part in view. The part
// in view is a translucent band: the software painter of Fyne's test
// driver cannot stroke a rectangle partly out of sight.
func (r *overviewRenderer) Refresh() {
	v := r.b.v
	pal := paletteFor(r.b)
	size := r.b.Size()
	r.track.FillColor = pal.emptyCell
	r.track.Resize(size)
	r.ticks.Resize(size)
	r.view.FillColor = color.Transparent
	if total := v.contentHeight(); total > 0 {
		off := v.list.GetScrollOffset()
		r.view.FillColor = pal.viewBand
		r.view.Move(fyne.NewPos(0.5, off/total*size.Height))
		r.view.Resize(fyne.NewSize(size.Width-1, min(size.Height, v.list.Size().Height/total*size.Height)))
	}
	for _, o := range r.objects {
		o.Refresh()
	}
}

// paintTicks paints, at w×h pixels, a tick per change, coloured as the
// gutter marks are, at its row's place in the rows' height and at least
// minTick high; a later tick paints over an earlier one.
func (r *overviewRenderer) paintTicks(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	v := r.b.v
	size := r.b.Size()
	total := v.contentHeight()
	if total <= 0 || size.Height <= 0 || size.Width <= 2*tickInset {
		return img
	}
	pal := paletteFor(r.b)
	sx, sy := float32(w)/size.Width, float32(h)/size.Height
	x0, x1 := int(tickInset*sx), int((size.Width-tickInset)*sx)
	pad := v.rowGap()
	y := float32(0)
	// The heights are those of the last layout, which may predate rows
	// set since (a view not yet sized).
	for i, row := range v.rows[:min(len(v.rows), len(v.heights))] {
		rh := v.heights[i]
		if ChangesOf(row, v.trivial, v.of) {
			var c color.Color
			switch {
			case i == v.current:
				c = pal.current
			case row.Moved:
				c = pal.movedBar
			case row.Trivial:
				c = pal.trivialLine
			default:
				c = pal.changedBar
			}
			top := y / total * size.Height
			bottom := top + max(minTick, rh/total*size.Height)
			fill := image.NewUniform(c)
			y0 := int(top * sy)
			y1 := max(int(bottom*sy), y0+1)
			draw.Draw(img, image.Rect(x0, y0, x1, y1), fill, image.Point{}, draw.Over)
		}
		y += rh + pad
	}
	return img
}

const (
	tickInset = 2 // space left and right of a tick
	minTick   = 2 // the least height of a tick, that a single row stays visible
)

// handleWidth is the width of the grip between two column titles.
const handleWidth = 8

// columnHandle is the grip on the right edge of a column title: dragging
// it moves the border between that column and the next.
type columnHandle struct {
	widget.BaseWidget
	v     *CompareView
	k     int     // the column on the handle's left
	moved float32 // distance dragged so far
	line  *canvas.Rectangle
}

func newColumnHandle(v *CompareView, k int) *columnHandle {
	h := &columnHandle{v: v, k: k, line: canvas.NewRectangle(color.Transparent)}
	h.ExtendBaseWidget(h)
	return h
}

// Cursor shows that the edge can be dragged.
func (h *columnHandle) Cursor() desktop.Cursor { return desktop.HResizeCursor }

func (h *columnHandle) Dragged(ev *fyne.DragEvent) { h.moved += ev.Dragged.DX }

// DragEnd moves the border by the distance dragged, keeping both columns
// at least minColumn wide.
func (h *columnHandle) DragEnd() {
	v := h.v
	g := v.geometry()
	w := append([]float32(nil), v.columnWeights()...)
	if h.k+1 >= len(w) || len(g.w) != len(w) {
		h.moved = 0
		return
	}
	left := max(minColumn, min(g.w[h.k]+h.moved, g.w[h.k]+g.w[h.k+1]-minColumn))
	right := g.w[h.k] + g.w[h.k+1] - left
	for k := range w {
		w[k] = g.w[k]
	}
	w[h.k], w[h.k+1] = left, right
	h.moved = 0
	v.setWeights(w)
}

func (h *columnHandle) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	return &handleRenderer{h: h}
}

type handleRenderer struct{ h *columnHandle }

func (r *handleRenderer) Destroy()                     {}
func (r *handleRenderer) MinSize() fyne.Size           { return fyne.NewSize(handleWidth, 10) }
func (r *handleRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.h.line} }
func (r *handleRenderer) Layout(size fyne.Size) {
	r.h.line.Move(fyne.NewPos(size.Width/2-0.5, 4))
	r.h.line.Resize(fyne.NewSize(1, size.Height-8))
}
func (r *handleRenderer) Refresh() {
	r.h.line.FillColor = paletteFor(r.h).columnRule
	r.Layout(r.h.Size())
	r.h.line.Refresh()
}
