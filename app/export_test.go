package app

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data/export"
)

// TestExportFromWindow: File → Export… is there, the report holds the
// pair on screen, and the dialogs come one at a time, Escape closing and
// Enter confirming.
func TestExportFromWindow(t *testing.T) {
	a := test.NewTempApp(t)
	lib := sampleLibrary(t)
	mw, err := NewMainWindow(context.Background(), a, Options{Library: lib, ViewModel: syncOptions()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	found := false
	for _, it := range mw.Window.MainMenu().Items[0].Items {
		found = found || it.Label == "Export…"
	}
	if !found {
		t.Fatalf("no Export… in the File menu")
	}

	ex := &exporter{mw: mw}
	showPair(t, mw, "blog-en", "revised-en")
	cmp := mw.VM.Comparison()
	rep, err := ex.report(context.Background(), cmp.Columns, cmp.Base, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := export.Write(&b, export.Markdown, rep, export.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Sergey Lavrov", "blog-en (base)", "`Mikhail` → `Murat`", "`19` → `18`"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in the report of the pair on screen", want)
		}
	}

	c := mw.Window.Canvas()
	key := func(k fyne.KeyName) { mw.typedKey(&fyne.KeyEvent{Name: k}) }
	ex.start()
	if mw.dialogs.open == nil || c.Overlays().Top() == nil {
		t.Fatalf("no export dialog")
	}
	first := c.Overlays().Top()
	ex.start()
	if len(c.Overlays().List()) != 1 {
		t.Errorf("a second export dialog opened over the first")
	}
	key(fyne.KeyEscape)
	if mw.dialogs.open != nil || c.Overlays().Top() != nil {
		t.Errorf("Escape left the dialog open")
	}
	ex.start()
	key(fyne.KeyReturn) // confirms the format: the save dialog follows
	if mw.dialogs.open == nil || c.Overlays().Top() == nil || c.Overlays().Top() == first {
		t.Fatalf("Enter did not go on to the save dialog")
	}
	key(fyne.KeyEscape)
	if mw.dialogs.open != nil {
		t.Errorf("Escape left the save dialog open")
	}
	if got := fileName("blog/en", "rev:1", export.TEI); got != "blog-en-vs-rev-1.tei.xml" {
		t.Errorf("fileName: %q", got)
	}

	// The byte order mark is offered for CSV only, leaving typography
	// out of the lists for the formats with lists.
	ex.start()
	var sel *dialogSelect
	var bom, lists *dialogCheck
	walkObjects(c.Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *dialogSelect:
			sel = x
		case *dialogCheck:
			if strings.HasPrefix(x.Text, "CSV: a byte order mark") {
				bom = x
			}
			if strings.HasPrefix(x.Text, "Leave typography-only changes out") {
				lists = x
			}
		}
	})
	if sel == nil || bom == nil || lists == nil {
		t.Fatal("no format choice, byte order mark or list option in the export dialog")
	}
	if !bom.Checked {
		t.Error("the byte order mark is off: a spreadsheet would read a Russian CSV in its code page")
	}
	for i, f := range export.Formats() {
		sel.SetSelectedIndex(i)
		if bom.Disabled() != (f != export.CSV) {
			t.Errorf("%s: byte order mark disabled %v", f, bom.Disabled())
		}
		if lists.Disabled() != (f == export.TEI || f == export.TMXMemory) {
			t.Errorf("%s: the list option disabled %v", f, lists.Disabled())
		}
	}
	key(fyne.KeyEscape)
}

// tapDialogButton taps the button labelled text of the dialog on top.
func tapDialogButton(t *testing.T, mw *MainWindow, text string) {
	t.Helper()
	var b fyne.Tappable
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Text == text {
				b = x
			}
		case *dialogButton:
			if x.Text == text {
				b = x
			}
		}
	})
	if b == nil {
		t.Fatalf("no %q button in the dialog on top", text)
	}
	test.Tap(b)
}

// walkObjects calls f on o and everything drawn inside it.
func walkObjects(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	f(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, o := range x.Objects {
			walkObjects(o, f)
		}
	case fyne.Widget:
		for _, o := range test.WidgetRenderer(x).Objects() {
			walkObjects(o, f)
		}
	}
}

// TestExportAsksBeforeReplacing: an export to a file already there (a
// path typed whole, which the save dialog did not check) asks whether to
// replace it; Replace exports again, Cancel keeps the file. Before, it
// failed with an error and the export's choices were lost.
func TestExportAsksBeforeReplacing(t *testing.T) {
	mw, _ := sampleWindow(t)
	ex := &exporter{mw: mw}
	path := filepath.Join(t.TempDir(), "report.html")
	replaced := 0
	for _, answer := range []string{"Cancel", "Replace"} {
		ex.written(path, fmt.Errorf("%s: %w", path, export.ErrExists), func() { replaced++ })
		if mw.dialogs.open == nil {
			t.Fatalf("%s: no question before replacing %s", answer, path)
		}
		tapDialogButton(t, mw, answer)
	}
	if replaced != 1 {
		t.Errorf("exported again %d times, want once (Replace, not Cancel)", replaced)
	}
	ex.written(path, nil, nil)
	if mw.dialogs.open != nil || mw.Status.Text != "Exported to "+path {
		t.Errorf("a written export: dialog open %v, status %q", mw.dialogs.open != nil, mw.Status.Text)
	}
}

// TestExportRemembersItsFolder: a written export remembers its folder,
// where the next export's save dialog opens, apart from the folder of the
// files imported last (Fyne's dialogs share one); a folder gone since is
// not offered.
func TestExportRemembersItsFolder(t *testing.T) {
	mw, _ := sampleWindow(t)
	exports, imports := t.TempDir(), t.TempDir()
	mw.rememberFolder(prefImportFolder, filepath.Join(imports, "a.txt"))
	(&exporter{mw: mw}).written(filepath.Join(exports, "report.html"), nil, nil)
	prefs := mw.app.Preferences()
	if got := prefs.String(prefExportFolder); got != exports {
		t.Errorf("export folder %q, want %q", got, exports)
	}
	if got := prefs.String(prefImportFolder); got != imports {
		t.Errorf("import folder %q, want %q", got, imports)
	}
	if l := folderURI(exports); l == nil || l.Path() != exports {
		t.Errorf("folderURI(%q) = %v", exports, l)
	}
	if l := folderURI(filepath.Join(exports, "gone")); l != nil {
		t.Errorf("a folder that does not exist offered: %v", l)
	}
}
