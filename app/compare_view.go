package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// CompareView is the main area: column titles over a list with one row per
// aligned group, a column per version, and an overview bar of where the
// changes are. Row heights come from the tallest cell wrapped to its
// column's width and are recomputed when the widths change.
type CompareView struct {
	widget.BaseWidget

	vm       *ViewModel
	measurer *Measurer

	seq       int  // Comparison.Seq of the rows shown
	filtered  bool // whether only changed rows are shown
	trivial   bool // whether typography-only changes are hidden
	of        int  // the column whose changes alone count (ChangesOf), or -1
	table     int  // the Comparison.Table of the rows shown
	asyncRows int  // from this many rows on, prepare them in the background
	// job numbers the preparations started; only the latest one is
	// installed. rowsPending is set while new rows (not only highlights)
	// are prepared in the background.
	job            int
	rowsPending    bool
	pendingKeep    int    // the keep of the rows pending
	pendingMessage string // what the view says while they are prepared
	jumpTo         int    // a comparison row to make current when the pending rows come, or -1
	preparedRows
	heights    []float32
	heightsFor fyne.Size // width and text size the heights were computed for
	weights    []float32 // relative column widths, set by dragging the titles' edges
	// columnsShown are the versions the rows were built for.
	columnsShown versionsShown
	current      int    // the current row among the rows shown (see Current), or -1
	restoreTop   int    // a comparison row to scroll to when rows first come (the place left last time)
	query        string // the text Find highlights

	list     *keyList
	titles   []*widget.Label
	handles  []*columnHandle
	message  *widget.Label
	header   *canvas.Rectangle // background behind the column titles
	overview *overviewBar

	// OnMenu, when set, offers a row's actions (right click).
	OnMenu func(row, column int, pos fyne.Position)
	// OnKey, when set, is offered each key the focused rows get first,
	// and reports whether it took it (see MainWindow.windowKey).
	OnKey func(*fyne.KeyEvent) bool
	// OnArrow scrolls for Up and Down while the rows have the keyboard
	// (Tab), as when nothing has it: a line, the first row then shown
	// current.
	OnArrow func(fyne.KeyName)
	// OnNavigate, when set, hears where Next and Previous went.
	OnNavigate func(status string)
	// OnRowsShown, when set, hears that rows, or their highlights, were
	// installed: rows prepared in the background arrive after Update and
	// SetQuery have returned.
	OnRowsShown func()
}

// NewCompareView returns the view of vm's comparison, measuring text with
// m. Call Update (on the UI goroutine) when vm changes.
func NewCompareView(vm *ViewModel, m *Measurer) *CompareView {
	v := &CompareView{
		vm:        vm,
		measurer:  m,
		message:   widget.NewLabel(""),
		header:    canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground)),
		asyncRows: defaultAsyncRows,
		current:   -1,
		jumpTo:    -1,
		of:        -1,
	}
	v.message.Alignment = fyne.TextAlignCenter
	v.message.Wrapping = fyne.TextWrapWord
	v.overview = newOverviewBar(v)
	v.list = v.newList()
	v.ExtendBaseWidget(v)
	return v
}

// geometry is where the columns lie at the list's current width.
func (v *CompareView) geometry() columnGeometry {
	return geometryFor(v.heightsFor.Width, v.columnWeights())
}

func (v *CompareView) columnWeights() []float32 {
	n := len(v.vm.Comparison().Columns)
	if len(v.weights) != n {
		v.weights = make([]float32, n)
		for k := range v.weights {
			v.weights[k] = 1
		}
	}
	return v.weights
}

// newList builds a list over the current rows. A fresh list takes its item
// heights without a refresh per item, which keeps a width change linear in
// the number of rows. The most common height is the rows' own (their
// minimum size), and only the others are set: Fyne's list sums the heights
// it is given on every frame, which made a list of one-line rows slow to
// scroll and step through.
func (v *CompareView) newList() *keyList {
	common := commonHeight(v.heights)
	l := &keyList{onKey: func(ev *fyne.KeyEvent) bool {
		if (ev.Name == fyne.KeyUp || ev.Name == fyne.KeyDown) && v.OnArrow != nil {
			v.OnArrow(ev.Name)
			return true
		}
		return v.OnKey != nil && v.OnKey(ev)
	}}
	// The current row is outlined; the list's own keyboard focus, drawn on
	// its first row, would read as another.
	l.plain = true
	l.Length = func() int { return len(v.rows) }
	l.CreateItem = func() fyne.CanvasObject {
		it := newRowItem(v.measurer, v.geometry, v.JumpToRow, func(row, col int, pos fyne.Position) {
			if v.OnMenu != nil {
				v.OnMenu(row, col, pos)
			}
		})
		it.minHeight = common
		return it
	}
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if id < 0 || id >= len(v.rows) {
			return
		}
		o.(*rowItem).set(v.rows[id], v.runs[id], id, id == v.current)
	}
	l.ExtendBaseWidget(l)
	l.HideSeparators = true
	l.OnSelected = func(id widget.ListItemID) { l.Unselect(id) }
	for i, h := range v.heights {
		if h != common {
			l.SetItemHeight(i, h)
		}
	}
	return l
}

// commonHeight returns the most common of heights (the least of those
// equally common), or 0 for none.
func commonHeight(heights []float32) float32 {
	count := make(map[float32]int)
	best, n := float32(0), 0
	for _, h := range heights {
		count[h]++
		if c := count[h]; c > n || c == n && h < best {
			best, n = h, c
		}
	}
	return best
}

// sameColumns reports whether cmp shows the versions the rows were built
// for, with the same base (new options or notes, not new versions: the
// place is kept).
func (v *CompareView) sameColumns(cmp Comparison) bool {
	return versionsOf(cmp).same(v.columnsShown)
}

// versionsShown are the versions rows are of: their ids in column order
// and the base's column. A comparison row's number means the same only
// for the same versions and base: another base lays the rows out in its
// own order (a moved passage where the base has it).
type versionsShown struct {
	ids  []int64
	base int
}

func versionsOf(cmp Comparison) versionsShown {
	return versionsShown{ids: columnIDs(cmp.Columns), base: cmp.Base}
}

func (s versionsShown) same(o versionsShown) bool {
	return s.base == o.base && slices.Equal(s.ids, o.ids)
}

func columnIDs(cols []data.Version) []int64 {
	ids := make([]int64, len(cols))
	for k, c := range cols {
		ids[k] = c.ID
	}
	return ids
}

// TopComparisonRow is the comparison row at the top of the view.
func (v *CompareView) TopComparisonRow() int {
	if v.rowsPending && v.pendingKeep != keepTop {
		return max(v.pendingKeep, 0)
	}
	if len(v.index) == 0 {
		return max(v.restoreTop, 0)
	}
	return v.index[min(v.topRow(), len(v.index)-1)]
}

// SetQuery highlights every occurrence of q (letter case aside); ""
// clears the highlights. OnRowsShown hears when they are shown: at once,
// or when rows prepared in the background arrive; MatchingRows then lists
// the rows that hold q.
func (v *CompareView) SetQuery(q string) {
	if q == v.query {
		return
	}
	v.query = q
	if v.rowsPending {
		return // the rows on their way take the new query when they arrive
	}
	if !v.measuredNow() {
		v.setRows(v.rows, v.index, v.all, keepTop)
		return
	}
	p := v.preparedRows
	v.prepare(len(p.rows), func() preparedRows { return p.withQuery(v.measurer, q) }, keepTop, "", false)
}

// measuredNow reports whether the rows shown were measured with the
// current font and text size, so that their measurements can be kept.
func (v *CompareView) measuredNow() bool {
	return v.cells != nil && v.cellsSize == theme.SizeForWidget(theme.SizeNameText, v) &&
		v.measuredGen == v.measurer.Generation()
}

// rowsShown tells OnRowsShown.
func (v *CompareView) rowsShown() {
	if v.OnRowsShown != nil {
		v.OnRowsShown()
	}
}

// MatchingRows returns the rows shown that hold the query.
func (v *CompareView) MatchingRows() []int {
	if v.query == "" {
		return nil
	}
	var out []int
	for i, runs := range v.runs {
		for _, cell := range runs {
			if slices.ContainsFunc(cell, func(r TextRun) bool { return r.Style.Highlight == HighlightMatch }) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// RowTexts returns the text of each cell of row i (a row shown), "" where
// a version has none.
func (v *CompareView) RowTexts(i int) []string {
	if i < 0 || i >= len(v.rows) {
		return nil
	}
	out := make([]string, len(v.rows[i].Cells))
	for k, c := range v.rows[i].Cells {
		if c.Has {
			var b strings.Builder
			for _, s := range c.Segs {
				b.WriteString(s.Text)
			}
			out[k] = b.String()
		}
	}
	return out
}

// ComparisonRow is the comparison's row for row i shown.
func (v *CompareView) ComparisonRow(i int) int {
	if i < 0 || i >= len(v.index) {
		return -1
	}
	return v.index[i]
}

// Rows returns the rows shown.
func (v *CompareView) Rows() []RowView { return v.rows }

// Update pulls the view model's comparison: titles, message and, when the
// rows or the filters changed, the list, keeping the row at the top (for
// a column shown or hidden, or another base, the text at the top).
func (v *CompareView) Update() {
	cmp := v.vm.Comparison()
	v.updateTitles(cmp)
	only, trivial := v.vm.OnlyChanged(), v.vm.HideTrivial()
	shown := v.columnsShown
	if !cmp.Busy {
		shown = versionsOf(cmp)
	}
	of := v.vm.FollowedIn(shown.ids, shown.base)
	if cmp.Seq != v.seq || only != v.filtered || trivial != v.trivial || of != v.of {
		keep := -1 // the comparison row at the top, kept when only the filters change
		switch {
		case v.restoreTop > 0 && len(cmp.Rows) > 0:
			keep, v.restoreTop = v.restoreTop, 0
		case v.rowsPending && (cmp.Seq == v.seq || !cmp.Busy && v.sameColumns(cmp)):
			keep = v.pendingKeep
		case len(v.index) > 0 && (cmp.Seq == v.seq || !cmp.Busy && v.sameColumns(cmp)):
			keep = v.index[min(v.topRow(), len(v.index)-1)]
		case len(v.index) > 0 && !cmp.Busy:
			keep = v.placeIn(cmp)
		}
		if !v.sameColumns(cmp) {
			v.jumpTo = -1 // a click in other versions
		}
		// While busy, cmp.Rows are still the previous comparison's, of
		// the versions shown before.
		v.columnsShown = shown
		current, hasCurrent := textPlace{}, false
		if cmp.Table != v.table {
			// Another comparison's rows: the current one is numbered as
			// the old were. The same rows laid out again, or filtered,
			// keep it where it is still shown (install); new rows of
			// versions among the same (another option: letter case
			// ignored), where its text is in them.
			if v.current >= 0 && !cmp.Busy && len(v.index) > 0 {
				current, hasCurrent = v.placeOfCurrent(cmp)
			}
			v.current = -1
		}
		v.seq, v.table, v.filtered, v.trivial, v.of = cmp.Seq, cmp.Table, only, trivial, of
		rows, index := VisibleRows(cmp.Rows, only, trivial, of)
		v.setRows(rows, index, cmp.Rows, keep)
		if hasCurrent {
			if i := slices.Index(v.index, rowOfPlace(cmp.Rows, columnIDs(cmp.Columns), current)); i >= 0 {
				v.markCurrent(i)
				v.navigated(placeAmong(v.Stops(), i, v.rows, v.FollowedLabel()))
			}
		}
	}
	v.message.SetText(v.messageFor(cmp))
	v.Refresh()
}

// messageFor is what the view says in place of rows or above them, or ""
// when the rows speak for themselves.
func (v *CompareView) messageFor(cmp Comparison) string {
	switch {
	case cmp.Err != nil:
		return "Could not compare: " + cmp.Err.Error()
	case cmp.Busy && len(cmp.Rows) == 0:
		return "Comparing…"
	case len(cmp.Columns) == 0:
		return "Choose a briefing in the library, or import files with Import… in the File menu."
	case len(cmp.Rows) == 0 && !cmp.Busy && cmp.Seq > 0:
		return "The versions are empty."
	case v.rowsPending:
		return v.pendingMessage
	case v.filtered && len(v.rows) == 0 && len(cmp.Rows) > 0 && len(cmp.Columns) == 1:
		return "One version alone has no changes: tick another version in the library to compare."
	case v.filtered && len(v.rows) == 0 && len(cmp.Rows) > 0 && v.trivial && slices.ContainsFunc(cmp.Changes, func(c ChangeView) bool { return c.Trivial }):
		return "Only typography differs, and the filters hide it: turn off Hide typography to see it."
	case v.filtered && len(v.rows) == 0 && len(cmp.Rows) > 0 && v.of >= 0:
		return fmt.Sprintf("No changes of %s to show: follow every version (Filters) to see the others'.", v.FollowedLabel())
	case v.filtered && len(v.rows) == 0 && len(cmp.Rows) > 0:
		return "No differences: the versions read the same."
	}
	return ""
}

// updateTitles shows a title over each column: role, label, language,
// kind, and the id where two shown versions share a label.
func (v *CompareView) updateTitles(cmp Comparison) {
	for len(v.titles) < len(cmp.Columns) {
		l := widget.NewLabel("")
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Truncation = fyne.TextTruncateEllipsis
		v.titles = append(v.titles, l)
		v.handles = append(v.handles, newColumnHandle(v, len(v.handles)))
	}
	labels, ids := make([]string, len(cmp.Columns)), make([]int64, len(cmp.Columns))
	for k, c := range cmp.Columns {
		labels[k], ids[k] = c.Label, c.ID
	}
	names := shownNames(labels, ids)
	for k, l := range v.titles {
		if k >= len(cmp.Columns) {
			l.Hide()
			v.handles[k].Hide()
			continue
		}
		l.Show()
		v.handles[k].Show()
		role := ""
		if k == cmp.Base {
			role = "Base"
		}
		l.SetText(columnTitle(role, names[k], cmp.Columns[k]))
	}
}

// columnTitle is a column's title: role, the version's name (shownNames),
// language, kind, source.
func columnTitle(role, name string, ver data.Version) string {
	title := name
	if about := joinNonEmpty(ver.Language, ver.Kind, ver.Source); about != "" {
		title += "  (" + about + ")"
	}
	if role != "" {
		title = role + ": " + title
	}
	return title
}

// defaultAsyncRows is the number of rows from which their words are
// measured on a goroutine, so that a very long text does not freeze the
// window.
const defaultAsyncRows = 2000

// setRows replaces the rows, chosen by index from the comparison's rows
// all, and rebuilds the list, scrolled to the row showing comparison row
// keep (or the top).
func (v *CompareView) setRows(rows []RowView, index []int, all []RowView, keep int) {
	textSize, query, cols := theme.SizeForWidget(theme.SizeNameText, v), v.query, v.columnsShown
	build := func() preparedRows {
		p := prepareRowsFinding(v.measurer, rows, textSize, query)
		p.index, p.all, p.cols = index, all, cols
		return p
	}
	v.prepare(len(rows), build, keep, fmt.Sprintf("Laying out %d rows…", len(rows)), true)
}

// prepare shows the n rows that build prepares (new rows, or only new
// highlights), scrolled to the row showing comparison row keep (or the
// top). Many rows are prepared in the background (with the view model's
// Background and UI functions) while the view shows message; build reads
// only what it captured, as the view's fields belong to the UI goroutine.
// Only the latest preparation is installed. New rows prepared for a query
// that has changed meanwhile take the new one as they arrive.
func (v *CompareView) prepare(n int, build func() preparedRows, keep int, message string, newRows bool) {
	v.job++
	if n < v.asyncRows {
		v.rowsPending = false
		v.install(build(), keep)
		return
	}
	job, query := v.job, v.query
	if newRows {
		v.pendingKeep, v.pendingMessage = keep, message
		v.message.SetText(message)
	}
	v.rowsPending = v.rowsPending || newRows
	v.vm.opts.Background(func() {
		p := build()
		v.vm.opts.UI(func() {
			if job != v.job {
				return // superseded
			}
			wasPending := v.rowsPending
			v.rowsPending = false
			if v.query != query {
				p = p.withQuery(v.measurer, v.query)
			}
			v.install(p, keep)
			if wasPending {
				v.message.SetText(v.messageFor(v.vm.Comparison()))
			}
			v.Refresh()
		})
	})
}

// keepTop, as prepare's keep, keeps the comparison row at the top when
// the rows are installed: new highlights arriving from the background do
// not undo a scroll (or a jump to a match) made meanwhile.
const keepTop = -2

// install shows prepared rows, scrolled to comparison row keep, and tells
// OnRowsShown.
func (v *CompareView) install(p preparedRows, keep int) {
	if keep == keepTop {
		keep = v.TopComparisonRow()
	}
	// The current row, and a row asked for while these rows were on their
	// way, are numbered as the rows shown: kept only for the same versions.
	same := p.cols.same(v.cols)
	cur := -1
	if v.current >= 0 && v.current < len(v.index) && same {
		if i, ok := slices.BinarySearch(p.index, v.index[v.current]); ok {
			cur = i
		}
	}
	v.applyRows(p, keep)
	v.current = cur
	if r := v.jumpTo; r >= 0 {
		v.jumpTo = -1
		if i, ok := slices.BinarySearch(v.index, r); ok && same {
			v.setCurrent(i)
		}
	}
	v.rowsShown()
}

// applyRows shows prepared rows, scrolled to comparison row keep.
func (v *CompareView) applyRows(p preparedRows, keep int) {
	v.preparedRows = p
	v.heightsFor = fyne.Size{}
	v.relayout(v.listSize(v.Size()), 0)
	if keep >= 0 {
		// The first row shown at or after the kept one.
		i, _ := slices.BinarySearch(v.index, keep)
		v.scrollTo(i)
	}
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
	if v.cells == nil || v.cellsSize != textSize || v.measuredGen != v.measurer.Generation() {
		v.measureCells(v.measurer, textSize)
	}
	g := v.geometry()
	v.heights = make([]float32, len(v.rows))
	for i, r := range v.rows {
		v.heights[i] = rowHeight(v.measurer, r, v.cells[i], g, textSize)
	}
	v.list = v.newList()
	// Resizing creates the list's renderer, which scrolling needs.
	v.list.Resize(fyne.NewSize(width, size.Height))
	if offset > 0 {
		v.list.ScrollToOffset(offset)
	}
	v.overview.Refresh()
}

// forgetMeasurements drops measured cells and heights, after a theme
// change that may have brought other fonts.
func (v *CompareView) forgetMeasurements() {
	v.cells = nil
	v.heightsFor = fyne.Size{}
}

// setWeights changes the columns' relative widths and lays the rows out
// again, keeping the row at the top.
func (v *CompareView) setWeights(w []float32) {
	top := v.topRow()
	v.weights = w
	v.heightsFor = fyne.Size{}
	v.relayout(v.listSize(v.Size()), 0)
	v.scrollTo(top)
	v.Refresh()
}

// HeightOfRow returns the height given to row i at the current width.
func (v *CompareView) HeightOfRow(i int) float32 {
	if i < 0 || i >= len(v.heights) {
		return 0
	}
	return v.heights[i]
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
	objs := []fyne.CanvasObject{v.header}
	for _, t := range v.titles {
		objs = append(objs, t)
	}
	for _, h := range v.handles {
		objs = append(objs, h)
	}
	return append(objs, v.list, v.overview, v.message)
}

func (r *compareViewRenderer) MinSize() fyne.Size {
	return fyne.NewSize(300, r.v.titleHeight()+100)
}

func (v *CompareView) titleHeight() float32 {
	return widget.NewLabel("Ag").MinSize().Height
}

// listSize is the size of the list inside a view of the given size: all
// of it below the column titles, less the overview bar.
func (v *CompareView) listSize(size fyne.Size) fyne.Size {
	return fyne.NewSize(size.Width-overviewWidth, size.Height-v.titleHeight())
}

func (r *compareViewRenderer) Layout(size fyne.Size) {
	v := r.v
	th := v.titleHeight()
	listSize := v.listSize(size)
	if listSize.Width != v.heightsFor.Width {
		// Another width wraps the rows to other heights: the row at the
		// top stays there, not the scroll offset in pixels.
		top, scrolled := v.topRow(), v.list.GetScrollOffset() > 0 && len(v.heights) > 0
		v.relayout(listSize, 0)
		if scrolled {
			v.scrollTo(top)
		}
	}
	g := geometryFor(listSize.Width, v.columnWeights())
	v.header.Move(fyne.NewPos(0, 0))
	v.header.Resize(fyne.NewSize(size.Width, th))
	for k, t := range v.titles {
		if k >= len(g.x) {
			continue
		}
		t.Move(fyne.NewPos(g.x[k]+cellPadX-theme.InnerPadding(), 0))
		t.Resize(fyne.NewSize(g.w[k]-cellPadX, th))
		h := v.handles[k]
		h.Move(fyne.NewPos(g.x[k]+g.w[k]-handleWidth/2, 0))
		h.Resize(fyne.NewSize(handleWidth, th))
		h.Hidden = k == len(g.x)-1
	}
	v.list.Move(fyne.NewPos(0, th))
	v.list.Resize(listSize)
	v.overview.Move(fyne.NewPos(listSize.Width, th))
	v.overview.Resize(fyne.NewSize(overviewWidth, listSize.Height))
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
	v.overview.Refresh()
	canvas.Refresh(v)
}

// hiddenHolding counts the rows of the comparison that the filters hide
// and that hold q, as Find matches it.
func (v *CompareView) hiddenHolding(q string) int {
	n, k := 0, 0
	for i, r := range v.all {
		if k < len(v.index) && v.index[k] == i {
			k++ // shown
			continue
		}
		for _, c := range r.Cells {
			var b strings.Builder
			for _, s := range c.Segs {
				b.WriteString(s.Text)
			}
			if len(data.MatchSpans(b.String(), q)) > 0 {
				n++
				break
			}
		}
	}
	return n
}
