package app

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	// around is the container the bar sits in, laid out again when the
	// bar shows or hides (else its band stays empty after Escape).
	around  *fyne.Container
	query   string // the text the matches are for
	counted bool   // whether the matches of query have been shown
	matches []int  // rows shown that hold the query
	at      int    // the match gone to, or -1
	atRow   int    // the comparison row of the match gone to, or -1
	// goFirst asks to go to the first match once the matches of a query
	// still being highlighted (in the background) arrive.
	goFirst bool
	// fromStart makes that first match the text's first, not the first
	// at or below the row at the top (openAtStart).
	fromStart bool
	// atColumns are the versions shown when atRow was gone to.
	atColumns versionsShown
}

// findEntry is an entry that closes the bar on Escape and goes back on
// Shift+Enter.
type findEntry struct {
	widget.Entry
	onEscape func()
	onBack   func()
	// onWindowKey takes the keys the entry has no use for and the window
	// has (F7 steps through the changes, F1 shows the keys): a focused
	// widget gets the keys the window would.
	onWindowKey func(*fyne.KeyEvent)
	// shift is held: Fyne delivers Shift+Enter as a plain Enter, so the
	// entry follows the Shift keys itself.
	shift bool
}

// KeyDown follows the Shift keys.
func (e *findEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// FocusGained forgets Shift: its release went to another widget if
// focus moved while it was held (Ctrl+Shift+F, Shift+Tab).
func (e *findEntry) FocusGained() {
	e.shift = false
	e.Entry.FocusGained()
}

// FocusLost forgets Shift, as FocusGained does.
func (e *findEntry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
}

// KeyUp follows the Shift keys.
func (e *findEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
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
	if (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && e.shift && e.onBack != nil {
		e.onBack()
		return
	}
	if (k.Name == fyne.KeyF7 || k.Name == fyne.KeyF1) && e.onWindowKey != nil {
		e.onWindowKey(k)
		return
	}
	e.Entry.TypedKey(k)
}

func newFindBar(mw *MainWindow) *findBar {
	f := &findBar{mw: mw, entry: newFindEntry(), count: widget.NewLabel(""), at: -1, atRow: -1}
	f.entry.SetPlaceHolder("Find in the comparison")
	f.entry.onEscape = f.close
	f.entry.onBack = func() { f.next(-1) }
	f.entry.onWindowKey = mw.typedKey
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
	if f.around != nil {
		f.around.Refresh()
	}
	f.mw.Window.Canvas().Focus(f.entry)
	// The last query selected: typing replaces it, End or an arrow keeps
	// it to change, as browsers' find bars do.
	f.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	f.search()
}

// openWith opens the bar on text and goes to its first match, at once or
// when the rows that hold it arrive.
func (f *findBar) openWith(text string) {
	f.entry.SetText(text)
	f.open()
	f.next(1)
}

// openAtStart is openWith going to the text's first match wherever the
// rows are scrolled: a library hit opening a version beside those shown
// keeps the place in the text (CompareView.placeIn), which the hit has
// nothing to do with.
func (f *findBar) openAtStart(text string) {
	f.entry.SetText(text)
	f.open() // a new query resets the bar: fromStart is set after
	f.fromStart = true
	f.next(1)
}

// close hides the bar and its highlights.
func (f *findBar) close() {
	if f.content.Hidden {
		return
	}
	f.content.Hide()
	if f.around != nil {
		f.around.Refresh()
	}
	f.reset("")
	f.mw.View.SetQuery("")
	f.mw.Window.Canvas().Unfocus()
}

// reset starts the bar afresh on query q: no matches counted, no place,
// no Enter pending.
func (f *findBar) reset(q string) {
	f.query, f.counted, f.matches, f.at, f.atRow, f.goFirst, f.fromStart = q, false, nil, -1, -1, false, false
}

// search highlights the text in every row; showMatches counts the rows
// holding it once they are shown (the window calls it). Until then the
// bar has no matches for it.
func (f *findBar) search() {
	q := strings.TrimSpace(f.entry.Text)
	if q != f.query {
		f.reset(q)
	}
	f.mw.View.SetQuery(q)
	f.showCount()
}

// showMatches takes the rows that hold the query, whenever rows or their
// highlights are installed. Rows installed anew for the same query (a
// note added, a filter toggled) keep the bar's place: the last match at
// or above the comparison row it had gone to.
func (f *findBar) showMatches(rows []int) {
	v := f.mw.View
	if v.query != f.query {
		return // highlights of a query typed since are on their way
	}
	f.counted, f.matches, f.at = true, rows, -1
	if !f.atColumns.same(v.cols) {
		f.atRow = -1 // another comparison: its rows are numbered afresh
	}
	for k, r := range rows {
		if f.atRow >= 0 && r < len(v.index) && v.index[r] <= f.atRow {
			f.at = k
		}
	}
	f.showCount()
	if f.goFirst {
		f.goFirst = false
		if len(rows) > 0 {
			f.at, f.atRow = -1, -1
			f.next(1)
		}
	}
}

// showCount says how many rows hold the query, or which of them is the
// current one.
func (f *findBar) showCount() {
	switch {
	case f.query == "":
		f.count.SetText("")
	case !f.counted:
		f.count.SetText("…")
	case len(f.matches) == 0:
		// A researcher who reads "not found" takes the text to be absent:
		// it may be in rows the filters hide.
		if n := f.mw.View.hiddenHolding(f.query); n > 0 {
			f.count.SetText(fmt.Sprintf("in %s hidden", plural(n, "row", "rows")))
		} else {
			f.count.SetText("not found")
		}
	case f.at >= 0:
		// "rows": a row that holds the query in several columns is one
		// stop ("row 2" would read as the table's second row).
		f.count.SetText(fmt.Sprintf("%d of %s", f.at+1, plural(len(f.matches), "row", "rows")))
	default:
		f.count.SetText(plural(len(f.matches), "row", "rows"))
	}
}

// next goes to the next (dir > 0) or previous match, round the ends.
func (f *findBar) next(dir int) {
	if !f.counted {
		// The matches are on their way: go to the first when they come.
		f.goFirst = f.goFirst || dir > 0
		return
	}
	fromStart := f.fromStart
	f.fromStart = false
	if len(f.matches) == 0 {
		return
	}
	v := f.mw.View
	n := len(f.matches)
	switch {
	case f.at < 0:
		// From no match gone to, Enter goes to the first match at or
		// below the row at the top and Shift+Enter to the last above it,
		// as an editor finds from the cursor: at row 6,844 the next
		// "Levin" is not the one at row 362.
		k := 0
		if !fromStart {
			k = sort.SearchInts(f.matches, v.topRow())
		}
		if dir < 0 {
			k--
		}
		f.at = (k + n) % n
	case f.at >= 0 && dir < 0 && f.atRow >= 0 && v.ComparisonRow(f.matches[f.at]) < f.atRow:
		// the match gone to is hidden: the one above it is the previous
	default:
		f.at = (f.at + dir + n) % n
	}
	row := f.matches[f.at]
	v.setCurrent(row)
	f.atRow, f.atColumns = v.ComparisonRow(row), v.cols
	f.showCount()
}
