package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// encodingChoice is an encoding a reader may name for a file that is not
// UTF-8, as the import dialog lists it.
type encodingChoice struct {
	label string // what the list shows
	name  string // what textfile.LookupEncoding takes
}

// encodingChoices are the encodings offered, the commonest first: those
// of Russian texts, then of Western and Central European ones, then
// UTF-16 without its byte-order mark.
func encodingChoices() []encodingChoice {
	return []encodingChoice{
		{"Cyrillic (Windows-1251)", "windows-1251"},
		{"Cyrillic (KOI8-R)", "koi8-r"},
		{"Cyrillic (DOS, CP866)", "ibm866"},
		{"Western (Windows-1252)", "windows-1252"},
		{"Western (ISO-8859-1)", "iso-8859-1"},
		{"Central European (Windows-1250)", "windows-1250"},
		{"Unicode (UTF-16 LE)", "utf-16le"},
		{"Unicode (UTF-16 BE)", "utf-16be"},
	}
}

// maxNamesListed is how many files the dialog names, the rest counted:
// a folder of hundreds would make it taller than the screen.
const maxNamesListed = 5

// askEncoding asks in which encoding to read files that are not valid
// UTF-8, and imports them so into briefing into (0: a new one); others,
// when not nil, is what else failed in the same import, shown above.
func (mw *MainWindow) askEncoding(paths []string, into int64, others error) {
	choices := encodingChoices()
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	pick := widget.NewSelect(labels, nil)
	pick.SetSelectedIndex(0)
	var names []string
	for _, p := range paths[:min(len(paths), maxNamesListed)] {
		names = append(names, filepath.Base(p))
	}
	list := strings.Join(names, ", ")
	if more := len(paths) - len(names); more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	msg := fmt.Sprintf("%s is not in UTF-8 (or is damaged). Read it in this encoding:", list)
	if len(paths) > 1 {
		msg = fmt.Sprintf("%s are not in UTF-8 (or are damaged). Read them in this encoding:", list)
	}
	if others != nil {
		msg = others.Error() + "\n\n" + msg
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	read := func() {
		d.Hide()
		mw.importWith(paths, data.ImportOptions{BriefingID: into, Encoding: choices[pick.SelectedIndex()].name})
	}
	ok := widget.NewButton("Import", read)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Choose the encoding", container.NewVBox(text, pick,
		container.NewHBox(layout.NewSpacer(), cancel, ok)), mw.Window)
	d.Resize(fyne.NewSize(520, 0))
	mw.dialogs.showWith(d, nil, read)
}
