package app

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dialogButton is a button of a dialog. Fyne's buttons answer Space
// alone: once Tab had reached one, Enter did nothing and Escape no longer
// closed the dialog, as the focused button took every key. This one
// presses itself on Enter too, as a desktop's focused button does, and
// leaves Escape to the dialog.
type dialogButton struct {
	widget.Button
	ds *dialogs
}

// button returns a dialog's button that runs tapped.
func (ds *dialogs) button(label string, importance widget.Importance, tapped func()) *dialogButton {
	b := &dialogButton{ds: ds}
	b.Text, b.Importance, b.OnTapped = label, importance, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and Space, and hands Escape to the
// dialog.
func (b *dialogButton) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	case fyne.KeyEscape:
		b.ds.key(k.Name)
	default:
		b.Button.TypedKey(k)
	}
}

// A dialogAction is a button of a dialog made by custom: pressed, it
// closes the dialog, then runs.
type dialogAction struct {
	label      string
	icon       fyne.Resource
	importance widget.Importance
	run        func() // nil: the button only closes the dialog
}

// closeAction is the button of a dialog that only says something.
func closeAction(label string) dialogAction { return dialogAction{label: label} }

// custom makes a dialog of content with the actions' buttons, in order
// (the one that confirms last, as Fyne's dialogs place it).
func (ds *dialogs) custom(title string, content fyne.CanvasObject, actions ...dialogAction) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, ds.window)
	buttons := make([]fyne.CanvasObject, len(actions))
	for i, a := range actions {
		b := ds.button(a.label, a.importance, func() {
			d.Hide()
			if a.run != nil {
				a.run()
			}
		})
		b.Icon = a.icon
		buttons[i] = b
	}
	d.SetButtons(buttons)
	return d
}

// Text dialogs are as wide as their message on one line, within these
// bounds (Fyne's own text dialogs use the same).
const (
	textDialogMaxWidth  = 600 // the widest, on a wide window
	textDialogWinShare  = 0.9 // the largest, as a share of the window's width (and, by fit, height)
	textDialogIconWidth = 32  // the room the dialog keeps beside its content
)

// message makes a dialog that says text, under icon, with the actions'
// buttons.
func (ds *dialogs) message(title, text string, icon fyne.Resource, actions ...dialogAction) *dialog.CustomDialog {
	label := &widget.Label{Text: text, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	d := ds.custom(title, label, actions...)
	d.SetIcon(icon)
	w := widget.NewLabel(text).MinSize().Width + textDialogIconWidth + 2*theme.Padding()
	d.Resize(fyne.NewSize(min(ds.fit(fyne.NewSize(w, 0)).Width, textDialogMaxWidth), 0))
	return d
}

// fit is size within the window: at most textDialogWinShare of its
// width and height.
func (ds *dialogs) fit(size fyne.Size) fyne.Size {
	if c := ds.window.Canvas(); c != nil && c.Size().Width > 0 {
		size.Width = min(size.Width, c.Size().Width*textDialogWinShare)
		size.Height = min(size.Height, c.Size().Height*textDialogWinShare)
	}
	return size
}

// inform shows a message with an OK button.
func (ds *dialogs) inform(title, text string) {
	ds.show(ds.message(title, text, theme.InfoIcon(), closeAction("OK")), nil)
}

// showErr shows err's message (its first letter in capitals) with an OK
// button.
func (ds *dialogs) showErr(err error) {
	text := err.Error()
	if r, size := utf8.DecodeRuneInString(text); r != utf8.RuneError {
		text = string(unicode.ToUpper(r)) + text[size:]
	}
	ds.show(ds.message("Error", text, theme.ErrorIcon(), closeAction("OK")), nil)
}
