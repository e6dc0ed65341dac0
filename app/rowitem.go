package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
)

// Geometry of a row of the column view, in Fyne units.
const (
	gutterWidth  = 8  // left strip marking changed and moved rows
	barWidth     = 3  // width of the mark in the gutter
	cellPadX     = 16 // space between a column's edge and its text: room for the reading mark
	cellPadY     = 4  // space above and below a cell's text
	paraGap      = 10 // extra space above the first row of a paragraph
	scrollMargin = 12 // room on the right for the overlay scroll bar
	columnGap    = 1  // the rule between the columns
	hatchPeriod  = 9  // pixels between the stripes of an empty cell
	// maxHatchHeight caps an empty cell's stripes: a raster taller than
	// the graphics card's largest texture (a row of a whole transcript,
	// tens of thousands of pixels) is drawn black. Below it the cell is
	// left plain.
	maxHatchHeight = 4096
	minColumn      = 2*cellPadX + 40
	readingSize    = 10 // text size of the reading marks
)

// columnGeometry is where a row's columns lie at a given width.
type columnGeometry struct {
	x, w []float32 // left edge and width of each column
}

// text is the width of column k's text.
func (g columnGeometry) text(k int) float32 { return g.w[k] - 2*cellPadX }

// geometryFor lays out columns with the given relative widths (nil or
// zeros: equal) across width.
func geometryFor(width float32, weights []float32) columnGeometry {
	n := max(len(weights), 1)
	avail := width - gutterWidth - scrollMargin - float32(n-1)*columnGap
	total := float32(0)
	for _, w := range weights {
		total += max(w, 0)
	}
	g := columnGeometry{x: make([]float32, n), w: make([]float32, n)}
	x := float32(gutterWidth)
	for k := range n {
		share := 1 / float32(n)
		if total > 0 && k < len(weights) {
			share = max(weights[k], 0) / total
		}
		g.x[k] = x
		g.w[k] = max(avail*share, minColumn)
		x += g.w[k] + columnGap
	}
	return g
}

// cellText is one cell's runs with their tokens measured once, so that its
// height at any width is cheap.
type cellText struct {
	runs []TextRun
	toks []measuredToken
}

func newCellText(m *Measurer, runs []TextRun, textSize float32) cellText {
	return cellText{runs: runs, toks: measureTokens(nil, runs, cellMeasure(m, runs, textSize))}
}

// cellMeasure measures the text of runs at textSize.
func cellMeasure(m *Measurer, runs []TextRun, textSize float32) widthFunc {
	return func(s string, run int) float32 { return m.Width(s, textSize, runs[run].Style.Number) }
}

// height is the cell's height wrapped to width: what DiffText.HeightFor
// gives for the same runs.
func (c cellText) height(m *Measurer, width, textSize float32) float32 {
	if len(c.runs) == 0 {
		return lineHeightOf(m, textSize)
	}
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

// rowHeight is the height of a row: the tallest cell plus padding, in
// whole pixels. A missing cell takes one line. Whole pixels add up
// exactly in float32 (to 16 million pixels), so the offsets the view
// sums row by row and those Fyne's list multiplies out for rows of the
// common height (see CompareView.newList) agree however long the list:
// a line is 22.078125 pixels, and a hundred thousand such rows drifted
// by two screens.
func rowHeight(m *Measurer, row RowView, cells []cellText, g columnGeometry, textSize float32) float32 {
	h := lineHeightOf(m, textSize)
	for k, c := range cells {
		if k < len(g.w) {
			h = max(h, c.height(m, g.text(k), textSize))
		}
	}
	return float32(math.Ceil(float64(h + 2*cellPadY + rowTop(row))))
}

// rowItem draws one aligned row: a gutter mark, then per column a DiffText
// (or a hatched block where the version lacks the content) with the
// cell's reading mark, and a rule above the first row of a paragraph.
type rowItem struct {
	widget.BaseWidget
	measurer *Measurer
	cells    []*DiffText
	row      RowView
	index    int  // the row's index among the rows shown
	current  bool // the current change: outlined
	geometry func() columnGeometry
	// onJump is called with the row a placeholder names when it is tapped.
	onJump func(row int)
	// onMenu offers the row's actions at a position (right click).
	onMenu func(row int, column int, pos fyne.Position)
	// minHeight is the height the list gives rows it has no height for
	// (see CompareView.newList); 0 for the default.
	minHeight float32
}

func newRowItem(m *Measurer, geometry func() columnGeometry, onJump func(int), onMenu func(int, int, fyne.Position)) *rowItem {
	r := &rowItem{measurer: m, geometry: geometry, onJump: onJump, onMenu: onMenu}
	r.ExtendBaseWidget(r)
	return r
}

// set shows a row, with runs precomputed for each column. The row's
// refresh lays out and redraws its cells, once.
func (r *rowItem) set(row RowView, runs [][]TextRun, index int, current bool) {
	r.row, r.index, r.current = row, index, current
	for len(r.cells) < len(runs) {
		r.cells = append(r.cells, NewDiffText(r.measurer))
	}
	for k, d := range r.cells {
		if k < len(runs) {
			d.setRuns(runs[k])
		} else {
			d.setRuns(nil)
		}
	}
	r.Refresh()
}

// column is the column under x, or -1.
func (r *rowItem) column(x float32) int {
	g := r.geometry()
	for k := range g.x {
		if x >= g.x[k] && x < g.x[k]+g.w[k] {
			return k
		}
	}
	return -1
}

// Tapped jumps from a placeholder to the row it names.
func (r *rowItem) Tapped(ev *fyne.PointEvent) {
	k := r.column(ev.Position.X)
	if k < 0 || k >= len(r.row.Cells) || r.onJump == nil {
		return
	}
	if to := r.row.Cells[k].MovedTo; to >= 0 {
		r.onJump(to)
	}
}

// TappedSecondary offers the row's actions (copy, notes).
func (r *rowItem) TappedSecondary(ev *fyne.PointEvent) {
	if r.onMenu != nil {
		r.onMenu(r.index, r.column(ev.Position.X), ev.AbsolutePosition)
	}
}

func (r *rowItem) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	rr := &rowItemRenderer{
		r:        r,
		paraRule: canvas.NewRectangle(color.Transparent),
		bar:      canvas.NewRectangle(color.Transparent),
	}
	for k := range rr.outline {
		rr.outline[k] = canvas.NewRectangle(color.Transparent)
	}
	rr.rebuild()
	return rr
}

type rowItemRenderer struct {
	r             *rowItem
	paraRule, bar *canvas.Rectangle
	outline       [4]*canvas.Rectangle // the sides of a frame around the current change
	rules         []*canvas.Rectangle
	empties       []*canvas.Raster
	marks         []*canvas.Text // reading marks
	objects       []fyne.CanvasObject
	pal           palette
}

// rebuild makes one set of objects per column.
func (rr *rowItemRenderer) rebuild() {
	n := len(rr.r.cells)
	for len(rr.empties) < n {
		rr.empties = append(rr.empties, canvas.NewRasterWithPixels(rr.hatch))
		rr.marks = append(rr.marks, canvas.NewText("", color.Black))
		rr.rules = append(rr.rules, canvas.NewRectangle(color.Transparent))
	}
	rr.objects = []fyne.CanvasObject{rr.paraRule, rr.bar}
	for k := range n {
		rr.objects = append(rr.objects, rr.empties[k], rr.rules[k], rr.marks[k], rr.r.cells[k])
	}
	for _, o := range rr.outline {
		rr.objects = append(rr.objects, o)
	}
	rr.applyColors()
}

// hatch draws the diagonal stripes of an empty cell.
func (rr *rowItemRenderer) hatch(x, y, w, h int) color.Color {
	if (x+y)%hatchPeriod < 2 {
		return rr.pal.emptyHatch
	}
	return rr.pal.emptyCell
}

func (rr *rowItemRenderer) applyColors() {
	r := rr.r
	rr.pal = paletteFor(r)
	rr.paraRule.FillColor = rr.pal.paragraphRule
	for _, rule := range rr.rules {
		rule.FillColor = rr.pal.columnRule
	}
	switch {
	case r.row.Moved:
		rr.bar.FillColor = rr.pal.movedBar
	case r.row.Trivial:
		rr.bar.FillColor = rr.pal.trivialLine
	case r.row.Changed || len(r.row.Findings) > 0:
		rr.bar.FillColor = rr.pal.changedBar
	default:
		rr.bar.FillColor = color.Transparent
	}
	for _, o := range rr.outline {
		o.FillColor = rr.pal.current
	}
	for k, m := range rr.marks {
		m.Text, m.TextSize, m.TextStyle = "", readingSize, fyne.TextStyle{Bold: true}
		if k < len(r.row.Cells) && r.row.Cells[k].Reading >= 0 && r.multipleReadings() {
			reading := r.row.Cells[k].Reading
			m.Text = compare.ReadingLetter(reading)
			m.Color = rr.pal.reading(reading)
		}
	}
}

// multipleReadings: a mark is drawn only where the versions disagree.
func (r *rowItem) multipleReadings() bool {
	seen := -1
	for _, c := range r.row.Cells {
		if c.Reading >= 0 {
			if seen >= 0 && c.Reading != seen {
				return true
			}
			seen = c.Reading
		}
	}
	return false
}

// frame places the four sides of the current change's frame (filled
// rectangles: Fyne's software painter cannot stroke one partly out of
// sight), shown only on the current change.
func (rr *rowItemRenderer) frame(pos fyne.Position, size fyne.Size) {
	const w = 2
	sides := [4][4]float32{
		{pos.X, pos.Y, size.Width, w}, {pos.X, pos.Y + size.Height - w, size.Width, w},
		{pos.X, pos.Y, w, size.Height}, {pos.X + size.Width - w, pos.Y, w, size.Height},
	}
	for k, o := range rr.outline {
		o.Hidden = !rr.r.current
		o.Move(fyne.NewPos(sides[k][0], sides[k][1]))
		o.Resize(fyne.NewSize(sides[k][2], sides[k][3]))
	}
}

func (rr *rowItemRenderer) Destroy() {}

func (rr *rowItemRenderer) MinSize() fyne.Size {
	if h := rr.r.minHeight; h > 0 {
		return fyne.NewSize(200, h)
	}
	return fyne.NewSize(200, 20)
}

func (rr *rowItemRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *rowItemRenderer) Refresh() {
	if len(rr.empties) != len(rr.r.cells) || len(rr.objects) != 6+4*len(rr.r.cells) {
		rr.rebuild()
	}
	rr.applyColors()
	rr.Layout(rr.r.Size())
	for _, o := range rr.objects {
		o.Refresh()
	}
}

func (rr *rowItemRenderer) Layout(size fyne.Size) {
	r := rr.r
	g := r.geometry()
	top := rowTop(r.row)
	if r.row.ParagraphStart && r.index > 0 {
		rr.paraRule.Move(fyne.NewPos(gutterWidth, paraGap/2-0.5))
		rr.paraRule.Resize(fyne.NewSize(max(0, size.Width-gutterWidth-scrollMargin), 1))
		rr.paraRule.Show()
	} else {
		rr.paraRule.Hide()
	}
	h := size.Height - top
	rr.bar.Move(fyne.NewPos((gutterWidth-barWidth)/2, top))
	rr.bar.Resize(fyne.NewSize(barWidth, h))
	rr.frame(fyne.NewPos(gutterWidth-1, top), fyne.NewSize(max(2, size.Width-gutterWidth-scrollMargin+2), max(2, h)))
	for k, d := range r.cells {
		if k >= len(g.x) || k >= len(r.row.Cells) {
			d.Hide()
			rr.empties[k].Hide()
			rr.rules[k].Hide()
			rr.marks[k].Hide()
			continue
		}
		x := g.x[k]
		rr.rules[k].Hidden = k == 0
		rr.rules[k].Move(fyne.NewPos(x-columnGap, top))
		rr.rules[k].Resize(fyne.NewSize(columnGap, h))
		rr.marks[k].Show()
		rr.marks[k].Move(fyne.NewPos(x+3, top+cellPadY))
		c := r.row.Cells[k]
		if c.Has || c.MovedTo >= 0 {
			rr.empties[k].Hide()
			d.Show()
			d.Move(fyne.NewPos(x+cellPadX, top+cellPadY))
			d.Resize(fyne.NewSize(g.text(k), h-2*cellPadY))
			continue
		}
		d.Hide()
		rr.empties[k].Show()
		rr.empties[k].Move(fyne.NewPos(x+2, top+1))
		rr.empties[k].Resize(fyne.NewSize(max(0, g.w[k]-4), max(0, min(h-2, maxHatchHeight))))
	}
}
