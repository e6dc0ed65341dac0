package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/textfile"
)

// encodingChoice is an encoding a reader may name for a file that is not
// UTF-8, as the import dialog lists it.
type encodingChoice struct {
	label string // what the list shows
	name  string // what textfile.LookupEncoding takes
}

// encodingChoices are the encodings offered: UTF-8 with the damaged bytes
// replaced, for a damaged file, then the commonest others first: those of
// Russian texts, then of Western and Central European ones, then UTF-16
// without its byte-order mark.
func encodingChoices() []encodingChoice {
	return []encodingChoice{
		{"UTF-8, damaged bytes replaced by \uFFFD", textfile.EncUTF8Replace},
		{"Cyrillic (Windows-1251)", textfile.EncWindows1251},
		{"Cyrillic (KOI8-R)", textfile.EncKOI8R},
		{"Cyrillic (DOS, CP866)", textfile.EncIBM866},
		{"Western (Windows-1252)", textfile.EncWindows1252},
		{"Western (ISO-8859-1)", textfile.EncISO88591},
		{"Central European (Windows-1250)", textfile.EncWindows1250},
		{"Unicode (UTF-16 LE)", textfile.EncUTF16LE},
		{"Unicode (UTF-16 BE)", textfile.EncUTF16BE},
	}
}

// nearlyUTF8 is how rare damaged bytes must be (at most one in this many
// of a file's bytes) for the dialog to start on UTF-8 with them replaced;
// otherwise it starts on Windows-1251, as before. The files that come here
// are mostly UTF-8 already (textfile.DetectEncoding tells a single-byte
// encoding apart by a third of bad bytes among the non-ASCII ones). One in
// 200 keeps the replaced text within textfile's check (at most 1% of the
// characters undecodable) for English and Russian alike (1 and 2 bytes a
// character), takes in a damaged copy (the sample bad.invalid-utf8.txt has
// 5 bad bytes in 4,024, one in 805), and leaves out a text with a whole
// passage in another encoding, whose every accented or Cyrillic letter is
// a bad byte (one in 2 to one in 50 bytes of the passage).
const nearlyUTF8 = 200

// previewBytes is how much of a file the dialog previews: three or four
// lines of the dialog's width.
const previewBytes = 240

// maxNamesListed is how many files the dialog names, the rest counted:
// a folder of hundreds would make it taller than the screen.
const maxNamesListed = 5

// askEncoding asks in which encoding to read files that are not valid
// UTF-8 (their failures say where), showing the first file's first
// damaged line as the encoding chosen reads it, and imports them so into
// briefing into (0: a new one); others, when not nil, is what else failed
// in the same import, shown above.
func (mw *MainWindow) askEncoding(files []ImportFailure, into int64, others error) {
	if len(files) == 0 {
		return
	}
	choices := encodingChoices()
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	pick := mw.dialogs.choice(labels)
	pick.SetSelectedIndex(preselected(files, choices))
	msg := encodingQuestion(files)
	if others != nil {
		msg = others.Error() + "\n\n" + msg
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	preview := widget.NewLabel("Reading " + filepath.Base(files[0].Path) + "…")
	preview.Wrapping = fyne.TextWrapWord
	mw.previewEncodings(files[0], choices, pick, preview)
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	var d dialog.Dialog
	read := func() {
		d.Hide()
		mw.importWith(paths, data.ImportOptions{BriefingID: into, Encoding: choices[pick.SelectedIndex()].name})
	}
	ok := mw.dialogs.button("Import", widget.HighImportance, read)
	cancel := mw.dialogs.button("Cancel", widget.MediumImportance, func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Choose the encoding", container.NewVBox(text, pick,
		widget.NewCard("", previewTitle(files[0]), preview),
		container.NewHBox(layout.NewSpacer(), cancel, ok)), mw.Window)
	d.Resize(fyne.NewSize(600, 0))
	mw.dialogs.showWith(d, nil, read)
}

// damage is where f's file is not UTF-8, or nil when its error does not
// say.
func damage(f ImportFailure) *textfile.InvalidUTF8Error {
	var d *textfile.InvalidUTF8Error
	if errors.As(f.Err, &d) {
		return d
	}
	return nil
}

// preselected is the choice the dialog starts on: UTF-8 with the damaged
// bytes replaced when every file is nearly all UTF-8 (see nearlyUTF8),
// else Windows-1251.
func preselected(files []ImportFailure, choices []encodingChoice) int {
	name := textfile.EncUTF8Replace
	for _, f := range files {
		if d := damage(f); d == nil || d.Invalid*nearlyUTF8 > d.Size {
			name = textfile.EncWindows1251
		}
	}
	return max(0, slices.IndexFunc(choices, func(c encodingChoice) bool { return c.name == name }))
}

// encodingQuestion says which files are not UTF-8 and where they are
// damaged, and asks in which encoding to read them.
func encodingQuestion(files []ImportFailure) string {
	if len(files) == 1 {
		f, where := files[0], ""
		if d := damage(f); d != nil {
			where = fmt.Sprintf(": its first damaged byte is byte %d, on line %d (%s in %d)",
				d.Offset, d.Line, plural(d.Invalid, "damaged byte", "damaged bytes"), d.Size)
		}
		return fmt.Sprintf("%s is not valid UTF-8%s. The file is damaged, or in another encoding. Read it as:",
			filepath.Base(f.Path), where)
	}
	var names []string
	for _, f := range files[:min(len(files), maxNamesListed)] {
		name := filepath.Base(f.Path)
		if d := damage(f); d != nil {
			name += fmt.Sprintf(" (from byte %d, line %d)", d.Offset, d.Line)
		}
		names = append(names, name)
	}
	list := strings.Join(names, ", ")
	if more := len(files) - len(names); more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	return fmt.Sprintf("%s are not valid UTF-8: damaged, or in another encoding. Read them as:", list)
}

// previewTitle says what the preview shows.
func previewTitle(f ImportFailure) string {
	if d := damage(f); d != nil {
		return fmt.Sprintf("Line %d of %s in this encoding", d.Line, filepath.Base(f.Path))
	}
	return filepath.Base(f.Path) + " in this encoding"
}

// previewEncodings reads f's file in the background and shows in label
// the excerpt around its first damaged byte as the encoding chosen in
// pick decodes it, following pick.
func (mw *MainWindow) previewEncodings(f ImportFailure, choices []encodingChoice, pick *dialogSelect, label *widget.Label) {
	at := 0
	if d := damage(f); d != nil {
		at = d.Offset
	}
	bg, ui := mw.VM.opts.Background, mw.VM.opts.UI
	bg(func() {
		previews := encodingPreviews(f.Path, at, choices)
		ui(func() {
			show := func() { label.SetText(previews[max(0, pick.SelectedIndex())]) }
			pick.OnChanged = func(string) { show() }
			show()
		})
	})
}

// encodingPreviews is the file at path around byte at, as each choice
// decodes it, or why it cannot.
func encodingPreviews(path string, at int, choices []encodingChoice) []string {
	previews := make([]string, len(choices))
	b, off, readErr := textfile.ReadAround(path, at, previewBytes)
	for i, c := range choices {
		text, err := "", readErr
		if err == nil {
			text, err = textfile.Excerpt(b, off, previewBytes, c.name)
		}
		if err != nil {
			text = "No preview: " + err.Error()
		}
		previews[i] = text
	}
	return previews
}
