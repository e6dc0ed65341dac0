package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar finds text in the comparison (Ctrl+F): every match highlighted,
// Enter for the next one, Escape to close.
type findBar struct {
	mw      *MainWindow
	entry   *findEntry
	count   *widget.Label
	content *fyne.Container
	matches []int // rows shown that hold the text
	at      int   // the match gone to, or -1
}

// findEntry is an entry that closes the bar on Escape.
type findEntry struct {
	widget.Entry
	onEscape func()
}

func newFindEntry() *findEntry {
	e := &findEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the bar on Escape and otherwise edits.
func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

func newFindBar(mw *MainWindow) *findBar {
	f := &findBar{mw: mw, entry: newFindEntry(), count: widget.NewLabel(""), at: -1}
	f.entry.SetPlaceHolder("Find in the comparison")
	f.entry.onEscape = f.close
	f.entry.OnChanged = func(string) { f.search() }
	f.entry.OnSubmitted = func(string) { f.next(1) }
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.next(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.next(1) })
	closeB := widget.NewButtonWithIcon("", theme.CancelIcon(), f.close)
	f.content = container.NewBorder(nil, nil, widget.NewLabel("Find"), container.NewHBox(f.count, prev, next, closeB), f.entry)
	f.content.Hide()
	return f
}

// open shows the bar and gives it the keyboard.
func (f *findBar) open() {
	f.content.Show()
	f.mw.Window.Canvas().Focus(f.entry)
	f.search()
}

// openWith opens the bar on text and goes to its first match.
func (f *findBar) openWith(text string) {
	f.entry.SetText(text)
	f.open()
	f.next(1)
}

// close hides the bar and its highlights.
func (f *findBar) close() {
	if f.content.Hidden {
		return
	}
	f.content.Hide()
	f.mw.View.SetQuery("")
	f.mw.Window.Canvas().Unfocus()
}

// search highlights the text in every row; showMatches counts the rows
// holding it once they are shown (the window calls it).
func (f *findBar) search() {
	f.mw.View.SetQuery(strings.TrimSpace(f.entry.Text))
}

// showMatches takes the rows that hold the query.
func (f *findBar) showMatches(rows []int) {
	f.matches, f.at = rows, -1
	switch {
	case f.mw.View.query == "":
		f.count.SetText("")
	case len(rows) == 0:
		f.count.SetText("not found")
	default:
		f.count.SetText(plural(len(rows), "row", "rows"))
	}
}

// next goes to the next (dir > 0) or previous match, round the ends.
func (f *findBar) next(dir int) {
	if len(f.matches) == 0 {
		return
	}
	f.at = (f.at + dir + len(f.matches)) % len(f.matches)
	if f.at < 0 {
		f.at = len(f.matches) - 1
	}
	f.mw.View.setCurrent(f.matches[f.at])
	f.count.SetText(fmt.Sprintf("%d of %d", f.at+1, len(f.matches)))
}
