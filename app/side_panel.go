package app

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// sidePanel lists, beside the rows, the changes (kind, before, after,
// row) with the translation check's findings among them, by row, and the
// notes; a click jumps to the row. (A tab of their own for the findings
// would not fit beside the other two in the panel's width.)
type sidePanel struct {
	mw      *MainWindow
	changes *keyList
	notes   *keyList
	items   []listedChange
	found   []foundItem
	lines   []sideLine // the changes list: items and found, by row
	noted   []NoteView
	content *container.AppTabs
	// pane shows and hides the panel beside the rows.
	pane *pane
	// table is the Comparison.Table the lists were last filled for: a
	// new comparison's lists start at their top.
	table int
}

// sideLine is a line of the changes list: items[change] or found[found]
// (the other -1), on comparison row row.
type sideLine struct{ row, last, change, found int }

// count is how many changes and findings the changes list holds.
func (p *sidePanel) count() int {
	n := len(p.found)
	for _, c := range p.items {
		n += c.count
	}
	return n
}

// listedChange is a line of the changes list: a change, or a run of
// count like typography-only changes of one version on rows that follow
// one another, up to row last (a hard-wrapped paragraph's line breaks),
// listed once.
type listedChange struct {
	ChangeView
	last, count int
}

// joins reports whether c, which follows l in the list, is one more of
// l's run.
func (l listedChange) joins(c ChangeView) bool {
	return l.Trivial && c.Trivial && c.Kind == l.Kind && c.Column == l.Column && c.Row-l.last <= 1 &&
		changeText(c.Before) == changeText(l.Before) && changeText(c.After) == changeText(l.After)
}

// parts is l as the list shows it (changeParts), a run's rows and count
// said: "(space) → (line break) ×6", "rows 15-17 · revised-en · …".
func (l listedChange) parts(cmp Comparison) (what, where string) {
	what, where = changePartsOn(l.ChangeView, cmp, compare.RowsLabel(l.Row, l.last))
	if l.count > 1 {
		what = fmt.Sprintf("%s ×%d", what, l.count)
	}
	return what, where
}

// foundItem is a translation check's finding as the list shows it, with
// the comparison rows that hold it (one finding over rows that follow one
// another, as an omission of several rows, is listed once).
type foundItem struct {
	row, last int
	FindingView
}

func newSidePanel(mw *MainWindow) *sidePanel {
	p := &sidePanel{mw: mw}
	p.changes = twoLineList(func() int { return len(p.lines) },
		func(i int) (string, string) {
			if l := p.lines[i]; l.change >= 0 {
				what, where := p.items[l.change].parts(mw.VM.Comparison())
				return displayPair(what), where
			}
			what, where := findingParts(p.found[p.lines[i].found], mw.VM.Comparison())
			return "⚠ " + displayPair(what), where
		},
		func(i int) { mw.View.JumpToRow(p.lines[i].row) }, mw.windowKey,
		func(i int) bool { return p.onCurrentRow(p.lines[i].row, p.lines[i].last) })
	p.changes.start = p.currentLine
	p.notes = labelList(func() int { return len(p.noted) },
		func(i int) string {
			n, on := p.noted[i], ""
			if cols := mw.VM.ShownColumns(); n.Column >= 0 && n.Column < len(cols) {
				on = " · " + cols[n.Column].Label // whose text the note is on
			}
			return fmt.Sprintf("row %d%s · %s", n.Row+1, on, export.Clip(n.Text, 80))
		},
		func(i int) {
			if p.noted[i].Row >= 0 {
				mw.View.JumpToRow(p.noted[i].Row)
			}
		}, mw.windowKey)
	p.content = container.NewAppTabs(
		container.NewTabItem("Changes", p.changes),
		container.NewTabItem("Notes", p.notes))
	return p
}

// focusTab shows the panel if hidden, opens its tab i (0 the changes, 1
// the notes) and gives that list the keyboard: the notes tab is reached
// by no Tab, as AppTabs' tabs take no focus.
func (p *sidePanel) focusTab(i int) {
	if !p.pane.shown {
		p.pane.toggle()
	}
	p.content.SelectIndex(i)
	list := []*keyList{p.changes, p.notes}[i]
	p.mw.Window.Canvas().Focus(list)
}

// findingParts splits a finding's line into what it says and where it is
// ("rows 21-23 · revised-en").
func findingParts(f foundItem, c Comparison) (what, where string) {
	where = compare.RowsLabel(f.row, f.last)
	if f.Column < len(c.Columns) {
		where += " · " + c.Columns[f.Column].Label
	}
	return export.Clip(cmp.Or(f.Short, f.Text), 80), where
}

// changeParts is a change as the list shows it: what changed ("Mikhail →
// Murat"), which reads first in a narrow panel, and where and how ("row
// 12 · replaced").
func changeParts(c ChangeView, cmp Comparison) (what, where string) {
	return changePartsOn(c, cmp, compare.RowsLabel(c.Row, max(c.Row, c.LastRow)))
}

// changePartsOn is changeParts with its rows named by rows ("rows
// 13-15").
func changePartsOn(c ChangeView, cmp Comparison, rows string) (what, where string) {
	how := map[compare.Kind]string{compare.Insert: "added", compare.Delete: "removed",
		compare.Replace: "replaced", compare.Move: "moved"}[c.Kind]
	switch {
	case c.Trivial:
		how += " (typography)"
	case c.Case:
		how += " (letter case)"
	}
	if c.Number {
		how += " (number)"
	}
	if c.Name {
		how += " (name)"
	}
	where = rows
	if len(cmp.Columns) > 2 && c.Column < len(cmp.Columns) {
		where += " · " + cmp.Columns[c.Column].Label
	}
	switch c.Kind {
	case compare.Insert:
		what = c.After
	case compare.Delete, compare.Move:
		what = c.Before
	default:
		// A line of right-to-left text is drawn from the right, and its
		// arrow with it: "←" points at the new text.
		arrow := " → "
		if rtl, _ := direction(c.Before + c.After); rtl {
			arrow = " ← "
		}
		what = c.Before + arrow + c.After
	}
	return export.Clip(what, 80), where + " · " + how
}

// changeText is a change's text as the list shows it: on one line, or,
// where it is white space alone, its name (see export.SpaceName).
func changeText(s string) string {
	if name, ok := export.SpaceName(s); ok {
		return name
	}
	return export.Squeeze(s)
}

// update lists the comparison's changes (without typography-only ones
// when they are hidden; only the followed version's while one is) and
// notes.
func (p *sidePanel) update() {
	cmp := p.mw.VM.Comparison()
	if cmp.Table != p.table {
		p.table = cmp.Table
		for _, l := range []*keyList{p.changes, p.notes} {
			l.cursor = 0
			l.ScrollToTop()
		}
	}
	hide := p.mw.VM.HideTrivial()
	of := p.mw.View.Followed()
	p.items = p.items[:0]
	for _, c := range cmp.Changes {
		switch n := len(p.items); {
		case hide && c.Trivial || of >= 0 && c.Column != of:
		case n > 0 && p.items[n-1].joins(c):
			p.items[n-1].last = max(p.items[n-1].last, c.LastRow)
			p.items[n-1].count++
		default:
			p.items = append(p.items, listedChange{ChangeView: c, last: c.LastRow, count: 1})
		}
	}
	p.noted = cmp.Notes
	p.found = p.found[:0]
	for r, row := range cmp.Rows {
		for _, f := range row.Findings {
			if of >= 0 && f.Column != of {
				continue
			}
			// A finding over several rows is listed once, at its first.
			if n := len(p.found); f.Goes && n > 0 && p.found[n-1].last == r-1 && p.found[n-1].Column == f.Column && p.found[n-1].Text == f.Text {
				p.found[n-1].last = r
				continue
			}
			p.found = append(p.found, foundItem{row: r, last: r, FindingView: f})
		}
	}
	p.lines = p.lines[:0]
	for i, c := range p.items {
		p.lines = append(p.lines, sideLine{row: c.Row, last: c.last, change: i, found: -1})
	}
	for i, f := range p.found {
		p.lines = append(p.lines, sideLine{row: f.row, last: f.last, change: -1, found: i})
	}
	slices.SortStableFunc(p.lines, func(a, b sideLine) int { return a.row - b.row })
	// The tab counts changes and findings, a run listed once counting
	// its changes, as the status line does (apart, in a longer title that
	// would push the notes' tab out of the panel's width).
	p.content.Items[0].Text = fmt.Sprintf("Changes (%d)", p.count())
	p.content.Items[1].Text = fmt.Sprintf("Notes (%d)", len(p.noted))
	p.changes.Refresh()
	p.notes.Refresh()
	p.content.Refresh()
}

// showCurrent scrolls the change list to the current change's row.
func (p *sidePanel) showCurrent() {
	p.changes.Refresh() // the current row's lines in bold (onCurrentRow)
	if i := p.currentLine(); i >= 0 {
		p.changes.ScrollTo(i)
	}
}

// onCurrentRow reports whether comparison row row is the current one, a
// line of which the changes list sets in bold.
func (p *sidePanel) onCurrentRow(row, last int) bool {
	cur := p.mw.View.Current()
	if cur < 0 {
		return false
	}
	r := p.mw.View.ComparisonRow(cur)
	return row <= r && r <= max(row, last)
}

// currentLine is the change list's first line that starts on the
// current row, or, where none does, the first below it: where the
// keyboard goes on from when Tab brings it to the list, Enter keeping
// the row (a line whose rows run from above it would go back up). -1: no
// current row, or no line.
func (p *sidePanel) currentLine() int {
	cur := p.mw.View.Current()
	if cur < 0 {
		return -1
	}
	r := p.mw.View.ComparisonRow(cur)
	for i, l := range p.lines {
		if l.row >= r {
			return i
		}
	}
	return -1
}

// twoLineList is a labelList of two lines an item, parts(i): a line and,
// below it in small print, a line about it; the first line in bold where
// bold(i).
func twoLineList(n func() int, parts func(i int) (string, string), pick func(i int), onKey func(*fyne.KeyEvent) bool, bold func(i int) bool) *keyList {
	l := &keyList{onKey: onKey}
	l.Length = n
	l.CreateItem = func() fyne.CanvasObject {
		head, sub := widget.NewLabel(""), widget.NewLabel("")
		head.Truncation, sub.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
		sub.SizeName = theme.SizeNameCaptionText
		return container.New(layout.NewCustomPaddedVBoxLayout(-3*theme.Padding()), head, sub)
	}
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < n() {
			labels := o.(*fyne.Container).Objects
			head, sub := parts(i)
			hl := labels[0].(*widget.Label)
			if b := bold(i); b != hl.TextStyle.Bold {
				hl.TextStyle.Bold = b
				hl.Refresh()
			}
			hl.SetText(l.marked(i, head))
			labels[1].(*widget.Label).SetText(sub)
		}
	}
	pickOnSelect(l, n, pick)
	l.ExtendBaseWidget(l)
	return l
}

// labelList is a list of one-line labels, text(i) each, that calls pick(i)
// when one is clicked, or chosen with Space or Enter (and stays
// unselected, so a second click is heard). Keys of the window's own go
// to onKey first (see keyList).
func labelList(n func() int, text func(i int) string, pick func(i int), onKey func(*fyne.KeyEvent) bool) *keyList {
	l := &keyList{onKey: onKey}
	fillLabelList(l, n, text, pick)
	l.ExtendBaseWidget(l)
	return l
}

// fillLabelList makes l (not yet extended) a labelList.
func fillLabelList(l *keyList, n func() int, text func(i int) string, pick func(i int)) {
	l.Length = n
	l.CreateItem = func() fyne.CanvasObject {
		lb := widget.NewLabel("")
		lb.Truncation = fyne.TextTruncateEllipsis
		return lb
	}
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < n() {
			o.(*widget.Label).SetText(l.marked(i, text(i)))
		}
	}
	pickOnSelect(l, n, pick)
}

// pickOnSelect makes a click on item i of l call pick(i), and leaves the
// item unselected, so that a second click is heard.
func pickOnSelect(l *keyList, n func() int, pick func(i int)) {
	l.pick = func(i int) {
		if i < n() {
			pick(i)
		}
	}
	l.OnSelected = func(i widget.ListItemID) {
		old := l.cursor
		l.cursor = i
		l.RefreshItem(old)
		l.UnselectAll()
		if i < n() {
			pick(i)
		}
	}
}
