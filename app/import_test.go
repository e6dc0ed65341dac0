package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data/textfile"
)

// formats are copies of ../shared/samples/formats.
const formats = "../testdata/formats"

// dialogText is the text shown in the dialog on top of c, "" when none.
func dialogText(c fyne.Canvas) string {
	top := c.Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	walkObjects(top, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			texts = append(texts, x.Text)
		case *widget.Label:
			texts = append(texts, x.Text)
		}
	})
	return strings.Join(texts, " ")
}

// readFailure is the failure of reading file of the formats, as the
// library reports it.
func readFailure(t *testing.T, file string) ImportFailure {
	t.Helper()
	path := filepath.Join(formats, file)
	_, err := textfile.Read(path, "")
	if err == nil {
		t.Fatalf("%s was read", file)
	}
	return ImportFailure{Path: path, Err: err}
}

// TestNotImportedReportedOnOpen: files given to open that could not be
// imported are reported when the window opens, as File → Import reports
// them: an error naming each, or the choice of the encoding of a file not
// in UTF-8; the window shows the library meanwhile.
func TestNotImportedReportedOnOpen(t *testing.T) {
	tests := []struct {
		name   string
		failed []ImportFailure
		want   []string // in the dialog
	}{
		{"none", nil, nil},
		{"unreadable", []ImportFailure{
			{Path: "/files/bad.empty.txt", Err: textfile.ErrEmpty},
			{Path: "/files/bad.binary.txt", Err: fmt.Errorf("NUL byte at offset 3: %w", textfile.ErrBinary)},
		}, []string{"Could not import 2 files", "bad.empty.txt: empty file", "bad.binary.txt: NUL byte"}},
		{"not UTF-8", []ImportFailure{readFailure(t, "bad.invalid-utf8.txt")}, []string{"bad.invalid-utf8.txt", "UTF-8", "Import"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			lib := sampleLibrary(t)
			mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, Import: LibraryImporter(lib),
				ViewModel: syncOptions(), NotImported: tt.failed})
			if err != nil {
				t.Fatal(err)
			}
			defer mw.Window.Close()
			if len(mw.VM.Comparison().Columns) == 0 {
				t.Error("the window shows no versions")
			}
			got := dialogText(mw.Window.Canvas())
			if (got != "") != (len(tt.want) > 0) {
				t.Fatalf("dialog %q, want one saying %q", got, tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("dialog %q does not say %q", got, w)
				}
			}
		})
	}
}

// TestEncodingDialog: a damaged UTF-8 file, imported, asks for its
// encoding saying where the damage is, starts on UTF-8 with the damaged
// bytes replaced, previews the damaged line in the encoding chosen, and
// imports the text with ’ kept (not вЂ™ as Windows-1251 reads it).
func TestEncodingDialog(t *testing.T) {
	mw, _ := sampleWindow(t)
	c := mw.Window.Canvas()
	mw.ImportPaths([]string{filepath.Join(formats, "bad.invalid-utf8.txt")})
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // into the briefing on screen
	var pick *dialogSelect
	walkObjects(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if s, ok := o.(*dialogSelect); ok {
			pick = s
		}
	})
	if pick == nil {
		t.Fatalf("no encoding choice after importing a damaged file; dialog %q", dialogText(c))
	}
	tests := []struct {
		choice int
		want   []string // in the dialog
	}{
		{-1, []string{"byte 2010, on line 17", "5 damaged bytes", "UTF-8, damaged bytes replaced", "Line 17", "new cha\uFFFD( broken \uFFFDllenges"}},
		{1, []string{"Cyrillic (Windows-1251)", "new chaяюГ( broken в‚llenges"}},
		{0, []string{"new cha\uFFFD( broken \uFFFDllenges"}},
	}
	for _, tt := range tests {
		if tt.choice >= 0 {
			pick.SetSelectedIndex(tt.choice)
		}
		got := dialogText(c)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("choice %d: dialog %q does not say %q", tt.choice, got, w)
			}
		}
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Import
	o := mw.VM.Comparison().OtherVersion()
	if o == nil || o.Label != "bad.invalid-utf8" || o.Encoding != textfile.EncUTF8Replace {
		t.Fatalf("after the import the window shows %+v", o)
	}
	v, err := mw.opts.Library.Version(context.Background(), o.ID)
	if err != nil || !strings.Contains(v.Text, "Lavrov’s") || strings.Contains(v.Text, "вЂ") || strings.Count(v.Text, "\uFFFD") != 2 {
		t.Errorf("imported text: %v; want ’ kept and the two damaged runs replaced", err)
	}
}

// TestEncodingPreselected: the dialog starts on UTF-8 with the damaged
// bytes replaced when every file has at most one bad byte in nearlyUTF8,
// on Windows-1251 otherwise.
func TestEncodingPreselected(t *testing.T) {
	damaged := func(invalid, size int) ImportFailure {
		return ImportFailure{Path: "x.txt", Err: fmt.Errorf("x.txt: %w", &textfile.InvalidUTF8Error{Invalid: invalid, Size: size})}
	}
	tests := []struct {
		name  string
		files []ImportFailure
		want  string
	}{
		{"the sample: 5 in 4024", []ImportFailure{damaged(5, 4024)}, textfile.EncUTF8Replace},
		{"one in nearlyUTF8", []ImportFailure{damaged(20, 20*nearlyUTF8)}, textfile.EncUTF8Replace},
		{"more", []ImportFailure{damaged(21, 20*nearlyUTF8)}, textfile.EncWindows1251},
		{"one of two too damaged", []ImportFailure{damaged(1, 4000), damaged(400, 4000)}, textfile.EncWindows1251},
		{"no place told", []ImportFailure{{Path: "x.txt", Err: textfile.ErrInvalidUTF8}}, textfile.EncWindows1251},
	}
	choices := encodingChoices()
	for _, tt := range tests {
		if got := choices[preselected(tt.files, choices)].name; got != tt.want {
			t.Errorf("%s: starts on %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestEncodingQuestion: the dialog names the files and where each is
// damaged, the rest counted past maxNamesListed.
func TestEncodingQuestion(t *testing.T) {
	at := func(name string, off, line int) ImportFailure {
		return ImportFailure{Path: "/in/" + name, Err: &textfile.InvalidUTF8Error{Offset: off, Line: line, Invalid: 3, Size: 900}}
	}
	var many []ImportFailure
	for i := range maxNamesListed + 2 {
		many = append(many, at(fmt.Sprintf("f%d.txt", i), i, 1))
	}
	tests := []struct {
		name  string
		files []ImportFailure
		want  string
	}{
		{"one", []ImportFailure{at("a.txt", 2010, 17)},
			"a.txt is not valid UTF-8: its first damaged byte is byte 2010, on line 17 (3 damaged bytes in 900). The file is damaged, or in another encoding. Read it as:"},
		{"place unknown", []ImportFailure{{Path: "/in/b.txt", Err: textfile.ErrInvalidUTF8}},
			"b.txt is not valid UTF-8. The file is damaged, or in another encoding. Read it as:"},
		{"two", []ImportFailure{at("a.txt", 5, 1), at("b.txt", 80, 3)},
			"a.txt (from byte 5, line 1), b.txt (from byte 80, line 3) are not valid UTF-8: damaged, or in another encoding. Read them as:"},
		{"many", many, "f4.txt (from byte 4, line 1) and 2 more are not valid UTF-8"},
	}
	for _, tt := range tests {
		if got := encodingQuestion(tt.files); !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
