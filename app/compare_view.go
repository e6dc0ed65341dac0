package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// CompareView is the main area: column titles over a list with one row per
// aligned group, base on the left and the other version on the right, rows
// of both columns side by side while scrolling. Row heights come from the
// taller cell wrapped to the current column width and are recomputed when
// the width changes.
type CompareView struct {
	widget.BaseWidget

	vm       *ViewModel
	measurer *Measurer

	seq       int  // Comparison.Seq of the rows shown
	filtered  bool // whether only changed rows are shown
	asyncRows int  // from this many rows on, prepare them in the background
	preparedRows
	heights    []float32
	heightsFor fyne.Size // width and text size the heights were computed for

	list       *widget.List
	baseTitle  *widget.Label
	otherTitle *widget.Label
	message    *widget.Label
	header     *canvas.Rectangle // background behind the column titles
}

// NewCompareView returns the view of vm's comparison, measuring text with
// m. Call Update (on the UI goroutine) when vm changes.
func NewCompareView(vm *ViewModel, m *Measurer) *CompareView {
	v := &CompareView{
		vm:         vm,
		measurer:   m,
		baseTitle:  widget.NewLabel(""),
		otherTitle: widget.NewLabel(""),
		message:    widget.NewLabel(""),
		header:     canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground)),
		asyncRows:  defaultAsyncRows,
	}
	for _, l := range []*widget.Label{v.baseTitle, v.otherTitle} {
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Truncation = fyne.TextTruncateEllipsis
	}
	v.message.Alignment = fyne.TextAlignCenter
	v.message.Wrapping = fyne.TextWrapWord
	v.list = v.newList()
	v.ExtendBaseWidget(v)
	return v
}

// newList builds a list over the current rows. A fresh list takes its item
// heights without a refresh per item, which keeps a width change linear in
// the number of rows.
func (v *CompareView) newList() *widget.List {
	l := widget.NewList(
		func() int { return len(v.rows) },
		func() fyne.CanvasObject { return newRowItem(v.measurer) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(v.rows) {
				return
			}
			o.(*rowItem).set(v.rows[id], v.baseRuns[id], v.otherRuns[id], id == 0)
		},
	)
	l.HideSeparators = true
	l.OnSelected = func(id widget.ListItemID) { l.Unselect(id) }
	for i, h := range v.heights {
		l.SetItemHeight(i, h)
	}
	return l
}

// Rows returns the rows shown.
func (v *CompareView) Rows() []RowView { return v.rows }

// Update pulls the view model's comparison: titles, message and, when the
// rows changed, the list.
func (v *CompareView) Update() {
	cmp := v.vm.Comparison()
	v.baseTitle.SetText(versionTitle("Base", cmp.Base))
	v.otherTitle.SetText(versionTitle("Other", cmp.Other))
	switch {
	case cmp.Err != nil:
		v.message.SetText("Could not compare: " + cmp.Err.Error())
	case cmp.Busy && len(cmp.Rows) == 0:
		v.message.SetText("Comparing…")
	case cmp.Base == nil:
		v.message.SetText("Choose a briefing in the library, or import files with Import… in the File menu.")
	case len(cmp.Rows) == 0 && !cmp.Busy && cmp.Seq > 0:
		v.message.SetText("Both versions are empty.")
	default:
		v.message.SetText("")
	}
	if only := v.vm.OnlyChanged(); cmp.Seq != v.seq || only != v.filtered {
		v.seq, v.filtered = cmp.Seq, only
		v.setRows(VisibleRows(cmp.Rows, only))
		if only && len(v.rows) == 0 && len(cmp.Rows) > 0 {
			v.message.SetText("No differences: the two versions read the same.")
		}
	}
	v.Refresh()
}

// versionTitle is a column title: role, label, language and source.
func versionTitle(role string, ver *data.Version) string {
	if ver == nil {
		return role
	}
	return role + ": " + optionFor(*ver)
}

// defaultAsyncRows is the number of rows from which their words are
// measured on a goroutine, so that a very long text does not freeze the
// window.
const defaultAsyncRows = 2000

// preparedRows are rows with their runs built and words measured.
type preparedRows struct {
	rows                  []RowView
	baseRuns, otherRuns   [][]TextRun
	baseCells, otherCells []cellText // nil until measured
	cellsSize             float32    // text size the cells were measured at
}

// prepareRows builds the runs of every cell and measures their words.
func prepareRows(m *Measurer, rows []RowView, textSize float32) preparedRows {
	p := preparedRows{
		rows:      rows,
		baseRuns:  make([][]TextRun, len(rows)),
		otherRuns: make([][]TextRun, len(rows)),
	}
	for i, r := range rows {
		p.baseRuns[i] = RunsFor(r.Base, SideBase)
		p.otherRuns[i] = RunsFor(r.Other, SideOther)
		if len(r.Findings) > 0 {
			// The check's findings follow the rendering's text (or the
			// source's, where there is no rendering).
			if r.HasOther {
				p.otherRuns[i] = append(p.otherRuns[i], FindingRuns(r.Findings)...)
			} else {
				p.baseRuns[i] = append(p.baseRuns[i], FindingRuns(r.Findings)...)
			}
		}
	}
	p.measureCells(m, textSize)
	return p
}

// measureCells measures the words of every cell at textSize.
func (p *preparedRows) measureCells(m *Measurer, textSize float32) {
	measure := func(runs [][]TextRun) []cellText {
		cells := make([]cellText, len(runs))
		for i, r := range runs {
			cells[i] = newCellText(m, r, textSize)
		}
		return cells
	}
	p.baseCells, p.otherCells, p.cellsSize = measure(p.baseRuns), measure(p.otherRuns), textSize
}

// setRows replaces the rows and rebuilds the list at the top. Many rows
// are prepared in the background (with the view model's Background and
// UI functions); meanwhile the view says it is laying them out.
func (v *CompareView) setRows(rows []RowView) {
	textSize := theme.SizeForWidget(theme.SizeNameText, v)
	if len(rows) < v.asyncRows {
		v.applyRows(prepareRows(v.measurer, rows, textSize))
		return
	}
	seq, filtered := v.seq, v.filtered
	v.message.SetText(fmt.Sprintf("Laying out %d rows…", len(rows)))
	v.vm.opts.Background(func() {
		p := prepareRows(v.measurer, rows, textSize)
		v.vm.opts.UI(func() {
			if v.seq != seq || v.filtered != filtered {
				return // superseded
			}
			v.message.SetText("")
			v.applyRows(p)
			v.Refresh()
		})
	})
}

// applyRows shows prepared rows.
func (v *CompareView) applyRows(p preparedRows) {
	v.preparedRows = p
	v.heightsFor = fyne.Size{}
	v.relayout(v.listSize(v.Size()), 0)
}

// relayout recomputes the row heights for width (when it or the text size
// changed) and swaps in a list that uses them, scrolled to offset.
func (v *CompareView) relayout(size fyne.Size, offset float32) {
	width := size.Width
	if width <= 0 {
		return
	}
	textSize := theme.SizeForWidget(theme.SizeNameText, v)
	key := fyne.NewSize(width, textSize)
	if key == v.heightsFor {
		return
	}
	v.heightsFor = key
	if v.baseCells == nil || v.cellsSize != textSize {
		v.measureCells(v.measurer, textSize)
	}
	v.heights = make([]float32, len(v.rows))
	for i, r := range v.rows {
		v.heights[i] = rowHeight(v.measurer, r, v.baseCells[i], v.otherCells[i], width, textSize)
	}
	v.list = v.newList()
	// Resizing creates the list's renderer, which scrolling needs.
	v.list.Resize(fyne.NewSize(width, size.Height))
	if offset > 0 {
		v.list.ScrollToOffset(offset)
	}
}

// forgetMeasurements drops measured cells and heights, after a theme
// change that may have brought other fonts.
func (v *CompareView) forgetMeasurements() {
	v.baseCells, v.otherCells = nil, nil
	v.heightsFor = fyne.Size{}
}

// HeightOfRow returns the height given to row i at the current width.
func (v *CompareView) HeightOfRow(i int) float32 {
	if i < 0 || i >= len(v.heights) {
		return 0
	}
	return v.heights[i]
}

// ScrollToChange scrolls to the next (dir > 0) or previous (dir < 0)
// changed row after or before the row at the top of the view, and reports
// whether there was one.
func (v *CompareView) ScrollToChange(dir int) bool {
	if len(v.rows) == 0 || dir == 0 {
		return false
	}
	pad := theme.SizeForWidget(theme.SizeNamePadding, v)
	for i := v.topRow() + dir; i >= 0 && i < len(v.rows); i += dir {
		if v.rows[i].Changed {
			v.list.ScrollToOffset(v.offsetOf(i, pad))
			return true
		}
	}
	return false
}

// topRow is the row at the top of the visible area.
func (v *CompareView) topRow() int {
	off := v.list.GetScrollOffset()
	pad := theme.SizeForWidget(theme.SizeNamePadding, v)
	y := float32(0)
	for i, h := range v.heights {
		if y+h/2 > off {
			return i
		}
		y += h + pad
	}
	return max(len(v.heights)-1, 0)
}

// offsetOf is the scroll offset that puts row i at the top.
func (v *CompareView) offsetOf(i int, pad float32) float32 {
	y := float32(0)
	for j := 0; j < i && j < len(v.heights); j++ {
		y += v.heights[j] + pad
	}
	return y
}

// CreateRenderer is part of fyne.Widget.
func (v *CompareView) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	return &compareViewRenderer{v: v}
}

type compareViewRenderer struct {
	v *CompareView
}

func (r *compareViewRenderer) Destroy() {}

func (r *compareViewRenderer) Objects() []fyne.CanvasObject {
	v := r.v
	return []fyne.CanvasObject{v.header, v.baseTitle, v.otherTitle, v.list, v.message}
}

func (r *compareViewRenderer) MinSize() fyne.Size {
	v := r.v
	h := v.baseTitle.MinSize().Height
	return fyne.NewSize(300, h+100)
}

// listSize is the size of the list inside a view of the given size: all
// of it below the column titles.
func (v *CompareView) listSize(size fyne.Size) fyne.Size {
	return fyne.NewSize(size.Width, size.Height-v.baseTitle.MinSize().Height)
}

func (r *compareViewRenderer) Layout(size fyne.Size) {
	v := r.v
	th := v.baseTitle.MinSize().Height
	listSize := v.listSize(size)
	if listSize.Width != v.heightsFor.Width {
		v.relayout(listSize, v.list.GetScrollOffset())
	}
	g := geometryFor(size.Width)
	v.header.Move(fyne.NewPos(0, 0))
	v.header.Resize(fyne.NewSize(size.Width, th))
	v.baseTitle.Move(fyne.NewPos(g.baseX+cellPadX-theme.InnerPadding(), 0))
	v.baseTitle.Resize(fyne.NewSize(g.col-cellPadX, th))
	v.otherTitle.Move(fyne.NewPos(g.otherX+cellPadX-theme.InnerPadding(), 0))
	v.otherTitle.Resize(fyne.NewSize(g.col-cellPadX, th))
	v.list.Move(fyne.NewPos(0, th))
	v.list.Resize(listSize)
	v.message.Move(fyne.NewPos(size.Width/6, th+size.Height/4))
	v.message.Resize(fyne.NewSize(size.Width*2/3, v.message.MinSize().Height))
	if v.message.Text == "" {
		v.message.Hide()
	} else {
		v.message.Show()
	}
}

func (r *compareViewRenderer) Refresh() {
	v := r.v
	v.header.FillColor = theme.ColorForWidget(theme.ColorNameHeaderBackground, v)
	// A theme change may change the text size: heights follow.
	if theme.SizeForWidget(theme.SizeNameText, v) != v.heightsFor.Height {
		v.relayout(v.listSize(v.Size()), v.list.GetScrollOffset())
	}
	r.Layout(v.Size())
	v.header.Refresh()
	v.list.Refresh()
	canvas.Refresh(v)
}
