package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Geometry of a row of the two-column view, in Fyne units.
const (
	gutterWidth  = 8  // left strip marking changed and moved rows
	barWidth     = 3  // width of the mark in the gutter
	cellPadX     = 10 // space between a column's edge and its text
	cellPadY     = 4  // space above and below a cell's text
	paraGap      = 10 // extra space above the first row of a paragraph
	scrollMargin = 12 // room on the right for the overlay scroll bar
	columnGap    = 1  // the rule between the columns
	hatchPeriod  = 9  // pixels between the stripes of an empty cell
)

// rowGeometry is where a row's columns lie at a given width.
type rowGeometry struct {
	baseX, otherX float32 // left edges of the columns
	col           float32 // width of each column
	text          float32 // width of the text inside a column
}

func geometryFor(width float32) rowGeometry {
	col := (width - gutterWidth - scrollMargin - columnGap) / 2
	col = max(col, 2*cellPadX+20)
	return rowGeometry{
		baseX:  gutterWidth,
		otherX: gutterWidth + col + columnGap,
		col:    col,
		text:   col - 2*cellPadX,
	}
}

// cellText is one cell's runs with their tokens measured once, so that its
// height at any width is cheap.
type cellText struct {
	runs []TextRun
	toks []measuredToken
}

func newCellText(m *Measurer, runs []TextRun, textSize float32) cellText {
	return cellText{runs: runs, toks: measureTokens(runs, func(s string, run int) float32 {
		return m.Width(s, textSize, runs[run].Style.Number)
	})}
}

// height is the cell's height wrapped to width: what DiffText.HeightFor
// gives for the same runs.
func (c cellText) height(m *Measurer, width, textSize float32) float32 {
	n, ok := countLines(c.toks, width)
	if !ok {
		n = layoutWith(m, c.runs, width, textSize).lines
	}
	return textHeight(m, n, textSize)
}

// rowTop is the space above a row's cells: a gap above the first row of a
// paragraph.
func rowTop(row RowView) float32 {
	if row.ParagraphStart {
		return paraGap
	}
	return 0
}

// rowHeight is the height of a row at width: the taller cell plus padding.
// A missing cell takes one line.
func rowHeight(m *Measurer, row RowView, base, other cellText, width, textSize float32) float32 {
	g := geometryFor(width)
	line := lineHeightOf(m, textSize)
	hb, ho := line, line
	if row.HasBase {
		hb = base.height(m, g.text, textSize)
	}
	if row.HasOther {
		ho = other.height(m, g.text, textSize)
	}
	return max(hb, ho) + 2*cellPadY + rowTop(row)
}

// rowItem draws one aligned row: a gutter mark, the base cell and the
// other cell, each a DiffText (or a hatched block where a version lacks the
// content), and a rule above the first row of a paragraph.
type rowItem struct {
	widget.BaseWidget
	base, other *DiffText
	row         RowView
	first       bool // the first row of the table: no paragraph rule
}

func newRowItem(m *Measurer) *rowItem {
	r := &rowItem{base: NewDiffText(m), other: NewDiffText(m)}
	r.ExtendBaseWidget(r)
	return r
}

// set shows a row, with runs precomputed for both columns. The row's
// refresh lays out and redraws both cells, once.
func (r *rowItem) set(row RowView, base, other []TextRun, first bool) {
	r.row, r.first = row, first
	r.base.setRuns(base)
	r.other.setRuns(other)
	r.Refresh()
}

func (r *rowItem) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	rr := &rowItemRenderer{
		r:          r,
		paraRule:   canvas.NewRectangle(color.Transparent),
		bar:        canvas.NewRectangle(color.Transparent),
		columnRule: canvas.NewRectangle(color.Transparent),
	}
	rr.baseEmpty = canvas.NewRasterWithPixels(rr.hatch)
	rr.otherEmpty = canvas.NewRasterWithPixels(rr.hatch)
	rr.objects = []fyne.CanvasObject{rr.paraRule, rr.bar, rr.baseEmpty, rr.otherEmpty, rr.columnRule, r.base, r.other}
	rr.applyColors()
	return rr
}

type rowItemRenderer struct {
	r                     *rowItem
	paraRule, bar         *canvas.Rectangle
	columnRule            *canvas.Rectangle
	baseEmpty, otherEmpty *canvas.Raster
	objects               []fyne.CanvasObject
	pal                   palette
}

// hatch draws the diagonal stripes of an empty cell.
func (rr *rowItemRenderer) hatch(x, y, w, h int) color.Color {
	if (x+y)%hatchPeriod < 2 {
		return rr.pal.emptyHatch
	}
	return rr.pal.emptyCell
}

func (rr *rowItemRenderer) applyColors() {
	rr.pal = paletteFor(rr.r)
	rr.paraRule.FillColor = rr.pal.paragraphRule
	rr.columnRule.FillColor = rr.pal.columnRule
	switch {
	case rr.r.row.Moved:
		rr.bar.FillColor = rr.pal.movedBar
	case rr.r.row.Changed || len(rr.r.row.Findings) > 0:
		rr.bar.FillColor = rr.pal.changedBar
	default:
		rr.bar.FillColor = color.Transparent
	}
}

func (rr *rowItemRenderer) Destroy() {}

func (rr *rowItemRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 20) }

func (rr *rowItemRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *rowItemRenderer) Refresh() {
	rr.applyColors()
	rr.Layout(rr.r.Size())
	for _, o := range rr.objects {
		o.Refresh()
	}
}

func (rr *rowItemRenderer) Layout(size fyne.Size) {
	r := rr.r
	g := geometryFor(size.Width)
	top := rowTop(r.row)
	if r.row.ParagraphStart && !r.first {
		rr.paraRule.Move(fyne.NewPos(gutterWidth, paraGap/2-0.5))
		rr.paraRule.Resize(fyne.NewSize(size.Width-gutterWidth-scrollMargin, 1))
		rr.paraRule.Show()
	} else {
		rr.paraRule.Hide()
	}
	h := size.Height - top
	rr.bar.Move(fyne.NewPos((gutterWidth-barWidth)/2, top))
	rr.bar.Resize(fyne.NewSize(barWidth, h))
	rr.columnRule.Move(fyne.NewPos(g.otherX-columnGap, top))
	rr.columnRule.Resize(fyne.NewSize(columnGap, h))

	place := func(d *DiffText, empty *canvas.Raster, x float32, has bool) {
		if has {
			empty.Hide()
			d.Show()
			d.Move(fyne.NewPos(x+cellPadX, top+cellPadY))
			d.Resize(fyne.NewSize(g.text, h-2*cellPadY))
			return
		}
		d.Hide()
		empty.Show()
		empty.Move(fyne.NewPos(x+2, top+1))
		empty.Resize(fyne.NewSize(g.col-4, h-2))
	}
	place(r.base, rr.baseEmpty, g.baseX, r.row.HasBase)
	place(r.other, rr.otherEmpty, g.otherX, r.row.HasOther)
}

// TappedSecondary offers to copy the row's text (a right click), since
// drawn text cannot be selected.
func (r *rowItem) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(r.copyMenu(), c, ev.AbsolutePosition)
}

// copyMenu copies the base cell, the other cell, or both.
func (r *rowItem) copyMenu() *fyne.Menu {
	copyText := func(s string) func() {
		return func() { fyne.CurrentApp().Clipboard().SetContent(s) }
	}
	base, other := r.base.Text(), r.other.Text()
	items := []*fyne.MenuItem{
		fyne.NewMenuItem("Copy base text", copyText(base)),
		fyne.NewMenuItem("Copy other text", copyText(other)),
		fyne.NewMenuItem("Copy both", copyText(base+"\n\n"+other)),
	}
	items[0].Disabled = !r.row.HasBase
	items[1].Disabled = !r.row.HasOther
	return fyne.NewMenu("", items...)
}
