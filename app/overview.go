package app

import (
	"image/color"

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
	pad := float32(0)
	if len(v.heights) > 1 {
		pad = (v.contentHeight() - sum(v.heights)) / float32(len(v.heights))
	}
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

func sum(xs []float32) float32 {
	t := float32(0)
	for _, x := range xs {
		t += x
	}
	return t
}

func (b *overviewBar) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	// The part in view is a translucent band: the software painter of
	// Fyne's test driver cannot stroke a rectangle partly out of sight.
	return &overviewRenderer{b: b, track: canvas.NewRectangle(color.Transparent), view: canvas.NewRectangle(color.Transparent)}
}

type overviewRenderer struct {
	b           *overviewBar
	track, view *canvas.Rectangle
	ticks       []*canvas.Rectangle
	objects     []fyne.CanvasObject
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) MinSize() fyne.Size           { return fyne.NewSize(overviewWidth, 20) }
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *overviewRenderer) Layout(size fyne.Size) { r.Refresh() }

// Refresh draws a tick per change, coloured as the gutter marks are, and
// the frame of the part in view.
func (r *overviewRenderer) Refresh() {
	v := r.b.v
	pal := paletteFor(r.b)
	size := r.b.Size()
	r.track.FillColor = pal.emptyCell
	r.track.Resize(size)
	total := v.contentHeight()
	r.objects = append(r.objects[:0], r.track)
	n := 0
	if total > 0 {
		y := float32(0)
		pad := float32(0)
		if len(v.heights) > 0 {
			pad = (total - sum(v.heights)) / float32(len(v.heights))
		}
		for i, row := range v.rows {
			h := v.heights[i]
			if IsChange(row, v.trivial) {
				for n >= len(r.ticks) {
					r.ticks = append(r.ticks, canvas.NewRectangle(color.Transparent))
				}
				t := r.ticks[n]
				n++
				switch {
				case i == v.current:
					t.FillColor = pal.current
				case row.Moved:
					t.FillColor = pal.movedBar
				case row.Trivial:
					t.FillColor = pal.trivialLine
				default:
					t.FillColor = pal.changedBar
				}
				top := y / total * size.Height
				t.Move(fyne.NewPos(2, top))
				t.Resize(fyne.NewSize(size.Width-4, max(2, h/total*size.Height)))
				r.objects = append(r.objects, t)
			}
			y += h + pad
		}
		off := v.list.GetScrollOffset()
		r.view.FillColor = pal.viewBand
		r.view.Move(fyne.NewPos(0.5, off/total*size.Height))
		r.view.Resize(fyne.NewSize(size.Width-1, min(size.Height, v.list.Size().Height/total*size.Height)))
		r.objects = append(r.objects, r.view)
	}
	for _, o := range r.objects {
		o.Refresh()
	}
}

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
