package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
)

// sidePanel lists, beside the rows, the changes (kind, before, after,
// row) and the notes; a click jumps to the row.
type sidePanel struct {
	mw      *MainWindow
	changes *widget.List
	notes   *widget.List
	items   []ChangeView
	noted   []NoteView
	content *container.AppTabs
	shown   bool
}

func newSidePanel(mw *MainWindow) *sidePanel {
	p := &sidePanel{mw: mw, shown: true}
	p.changes = labelList(func() int { return len(p.items) },
		func(i int) string { return changeLine(p.items[i], mw.VM.Comparison()) },
		func(i int) { mw.View.JumpToRow(p.items[i].Row) })
	p.notes = labelList(func() int { return len(p.noted) },
		func(i int) string { return fmt.Sprintf("row %d · %s", p.noted[i].Row+1, shorten(p.noted[i].Text, 80)) },
		func(i int) {
			if p.noted[i].Row >= 0 {
				mw.View.JumpToRow(p.noted[i].Row)
			}
		})
	p.content = container.NewAppTabs(
		container.NewTabItem("Changes", p.changes),
		container.NewTabItem("Notes", p.notes))
	return p
}

// changeLine is a change as the list shows it: "row 12 · replaced ·
// Mikhail → Murat".
func changeLine(c ChangeView, cmp Comparison) string {
	what := map[compare.Kind]string{compare.Insert: "added", compare.Delete: "removed",
		compare.Replace: "replaced", compare.Move: "moved"}[c.Kind]
	if c.Trivial {
		what += " (typography)"
	}
	if c.Number {
		what += " (number)"
	}
	col := ""
	if len(cmp.Columns) > 2 && c.Column < len(cmp.Columns) {
		col = cmp.Columns[c.Column].Label + " · "
	}
	body := ""
	switch c.Kind {
	case compare.Insert:
		body = c.After
	case compare.Delete, compare.Move:
		body = c.Before
	default:
		body = c.Before + " → " + c.After
	}
	return fmt.Sprintf("row %d · %s%s · %s", c.Row+1, col, what, shorten(body, 80))
}

// update lists the comparison's changes (without typography-only ones
// when they are hidden) and notes.
func (p *sidePanel) update() {
	cmp := p.mw.VM.Comparison()
	hide := p.mw.VM.HideTrivial()
	p.items = p.items[:0]
	for _, c := range cmp.Changes {
		if !(hide && c.Trivial) {
			p.items = append(p.items, c)
		}
	}
	p.noted = cmp.Notes
	p.content.Items[0].Text = fmt.Sprintf("Changes (%d)", len(p.items))
	p.content.Items[1].Text = fmt.Sprintf("Notes (%d)", len(p.noted))
	p.changes.Refresh()
	p.notes.Refresh()
	p.content.Refresh()
}

// showCurrent scrolls the change list to the current change's row.
func (p *sidePanel) showCurrent() {
	cur := p.mw.View.Current()
	if cur < 0 {
		return
	}
	row := p.mw.View.ComparisonRow(cur)
	for i, c := range p.items {
		if c.Row >= row {
			p.changes.ScrollTo(i)
			return
		}
	}
}

// toggle shows or hides the panel.
func (p *sidePanel) toggle() {
	p.shown = !p.shown
	if p.shown {
		p.content.Show()
	} else {
		p.content.Hide()
	}
}

// labelList is a list of one-line labels, text(i) each, that calls pick(i)
// when one is clicked (and stays unselected, so a second click is heard).
func labelList(n func() int, text func(i int) string, pick func(i int)) *widget.List {
	l := &widget.List{}
	fillLabelList(l, n, text, pick)
	l.ExtendBaseWidget(l)
	return l
}

// fillLabelList makes l (not yet extended) a labelList.
func fillLabelList(l *widget.List, n func() int, text func(i int) string, pick func(i int)) {
	l.Length = n
	l.CreateItem = func() fyne.CanvasObject {
		lb := widget.NewLabel("")
		lb.Truncation = fyne.TextTruncateEllipsis
		return lb
	}
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < n() {
			o.(*widget.Label).SetText(text(i))
		}
	}
	l.OnSelected = func(i widget.ListItemID) {
		l.UnselectAll()
		if i < n() {
			pick(i)
		}
	}
}
