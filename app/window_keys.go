package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The window's own keys (F7, F1, the page keys, Escape) reach it through
// the canvas only while no widget has the focus: a list, tree, button or
// choice that Tab has focused takes every key. keyList, keyTree,
// keySelect and the toolbar's tipButton hand those keys on to the window
// first (onKey), so that one Tab does not turn them off.

// windowKey handles a key of the window's own for a focused list or tree,
// and reports whether it did: F7, Shift+F7, F1 and the page keys act on
// the comparison; Escape gives the keys back to the rows.
func (mw *MainWindow) windowKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyF7, fyne.KeyF1, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd:
		mw.typedKey(ev)
		return true
	case fyne.KeyEscape:
		if mw.dialogs.open == nil {
			mw.Window.Canvas().Unfocus()
			mw.find.close()
			return true
		}
	}
	return false
}

// rowsKey is windowKey for the rows: the Menu key and Shift+F10 offer
// the current row's actions there too, as they do with nothing focused.
func (mw *MainWindow) rowsKey(ev *fyne.KeyEvent) bool {
	if ev.Name == desktop.KeyMenu || ev.Name == fyne.KeyF10 && shiftHeld(mw.app.Driver()) {
		mw.menuCurrentRow()
		return true
	}
	return mw.windowKey(ev)
}

// keyList is a list that hands the window's keys on (see windowKey).
type keyList struct {
	widget.List
	onKey func(*fyne.KeyEvent) bool
	// pick, when set, is what choosing item i does (a click, Space,
	// Enter). The list then moves a cursor of its own with Up and Down,
	// marked on its item (cursorMark; widget.List's keyboard focus, a
	// faint grey, starts at the top and cannot be moved but key by key,
	// and its selection would swallow a click on the item selected).
	pick func(i int)
	// start, when set, names the item the cursor goes to when Tab brings
	// the keyboard to the list (the change list's line for the current
	// row), or -1 to leave it where it was: a reader goes on from where
	// they are, not from the list's top.
	start   func() int
	cursor  int
	focused bool // the cursor is shown while the list has the keyboard
	// plain lists draw no keyboard focus of their own (the rows, whose
	// current row is outlined).
	plain bool
}

func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	n := 0
	if l.Length != nil {
		n = l.Length()
	}
	switch {
	case l.onKey != nil && l.onKey(ev):
	case l.pick != nil && (ev.Name == fyne.KeyDown || ev.Name == fyne.KeyUp):
		old := l.cursor
		if ev.Name == fyne.KeyDown {
			l.cursor = min(l.cursor+1, n-1)
		} else {
			l.cursor = max(l.cursor-1, 0)
		}
		l.showCursor(old)
	case l.pick != nil && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeySpace):
		if l.cursor >= 0 && l.cursor < n {
			l.pick(l.cursor)
		}
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		// Enter picks the item with the focus, as Space does: a reader
		// who tabbed to a list expects either.
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	default:
		l.List.TypedKey(ev)
	}
}

// FocusGained puts the cursor on the item start names, shown.
func (l *keyList) FocusGained() {
	if l.plain {
		return
	}
	if l.pick == nil {
		l.List.FocusGained()
		return
	}
	n := 0
	if l.Length != nil {
		n = l.Length()
	}
	if l.start != nil {
		if t := l.start(); t >= 0 {
			l.cursor = t
		}
	}
	l.cursor = max(min(l.cursor, n-1), 0)
	l.focused = true
	if n > 0 {
		l.showCursor(l.cursor)
	}
}

// FocusLost hides the cursor: the selection shows where the keyboard is.
func (l *keyList) FocusLost() {
	if l.plain {
		return
	}
	if l.pick == nil {
		l.List.FocusLost()
		return
	}
	l.focused = false
	l.RefreshItem(l.cursor)
}

// showCursor marks the cursor's item, unmarks old's, and scrolls to it.
func (l *keyList) showCursor(old int) {
	l.RefreshItem(old)
	l.RefreshItem(l.cursor)
	l.ScrollTo(l.cursor)
}

// cursorMark is what an item's text starts with while the cursor is on
// it, and the list has the keyboard.
const cursorMark = "▸ "

// marked is text with the cursor's mark where item i has the cursor.
func (l *keyList) marked(i int, text string) string {
	if l.focused && i == l.cursor {
		return cursorMark + text
	}
	return text
}

// keySelect is a drop-down choice that hands the window's keys on (see
// windowKey): the toolbar's Base choice, which Tab reaches.
type keySelect struct {
	widget.Select
	onKey func(*fyne.KeyEvent) bool
}

func newKeySelect(changed func(string)) *keySelect {
	s := &keySelect{}
	s.OnChanged = changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if s.onKey == nil || !s.onKey(ev) {
		s.Select.TypedKey(ev)
	}
}

// keyTree is a tree that hands the window's keys on (see windowKey).
type keyTree struct {
	widget.Tree
	onKey func(*fyne.KeyEvent) bool
	// menuFor, when set, is told the node chosen with the Menu key or
	// Shift+F10, whose actions it offers, instead of choosing it.
	menuFor func(uid widget.TreeNodeID)
	// menuKey is set while the focused node is chosen for menuFor.
	menuKey bool
}

// TypedKey hands ev to onKey first. Enter chooses the focused node, as
// Space does: a reader who tabbed to a list expects either. The Menu key
// and Shift+F10 offer its actions, as a right click does.
func (t *keyTree) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case t.onKey != nil && t.onKey(ev):
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		t.Tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case t.menuFor != nil && (ev.Name == desktop.KeyMenu || ev.Name == fyne.KeyF10 && shiftHeld(fyne.CurrentApp().Driver())):
		// The tree keeps its focused node to itself: choosing it tells
		// which it is (see OnSelected).
		t.menuKey = true
		t.Tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		t.menuKey = false
	default:
		t.Tree.TypedKey(ev)
	}
}
