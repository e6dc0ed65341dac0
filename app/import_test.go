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
