package app

import (
	"fyne.io/fyne/v2"
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

// keyList is a list that hands the window's keys on (see windowKey).
type keyList struct {
	widget.List
	onKey func(*fyne.KeyEvent) bool
}

func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case l.onKey != nil && l.onKey(ev):
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		// Enter picks the item with the focus, as Space does: a reader
		// who tabbed to a list expects either.
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	default:
		l.List.TypedKey(ev)
	}
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
}

func (t *keyTree) TypedKey(ev *fyne.KeyEvent) {
	if t.onKey == nil || !t.onKey(ev) {
		t.Tree.TypedKey(ev)
	}
}
