package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestSaveKeepsFileUntilWritten: the save dialog's writer leaves an
// existing file whole until it is closed, and untouched when it is
// discarded (an export that failed); listing a folder still works, as the
// dialog needs it.
func TestSaveKeepsFileUntilWritten(t *testing.T) {
	test.NewTempApp(t)
	keepFilesUntilWritten()
	keepFilesUntilWritten() // a second window does not wrap twice

	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	u := storage.NewFileURI(path)

	w, err := storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	dw, ok := w.(*deferredWriter)
	if !ok {
		t.Fatalf("the file writer is %T, not deferred", w)
	}
	if got := read(); got != "old report" {
		t.Fatalf("opening the writer changed the file to %q", got)
	}
	if _, err := w.Write([]byte("half a rep")); err != nil {
		t.Fatal(err)
	}
	dw.Discard()
	if got := read(); got != "old report" {
		t.Errorf("a discarded writer changed the file to %q", got)
	}

	w, err = storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("new report")); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "old report" {
		t.Errorf("before Close the file is %q", got)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "new report" {
		t.Errorf("after Close the file is %q", got)
	}
	if _, err := w.Write([]byte("more")); err == nil {
		t.Errorf("a closed writer took more bytes")
	}

	list, err := storage.List(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Name() != "report.html" {
		t.Errorf("listing the folder gave %v, want report.html alone", list)
	}
	if ok, err := storage.CanList(storage.NewFileURI(dir)); !ok || err != nil {
		t.Errorf("CanList(folder) = %v, %v", ok, err)
	}
}

// TestTypedPath: a whole path typed as the save dialog's file name, which
// Fyne puts after the folder shown, is the path meant; a name in the
// folder shown, or a folder that exists nowhere, is left as it is.
func TestTypedPath(t *testing.T) {
	shown, other := t.TempDir(), t.TempDir()
	tests := []struct{ path, want string }{
		{filepath.Join(shown, "report.csv"), filepath.Join(shown, "report.csv")},
		{shown + other + "/report.csv", filepath.Join(other, "report.csv")},
		{filepath.Join(shown, "no-such-folder", "report.csv"), filepath.Join(shown, "no-such-folder", "report.csv")},
	}
	for _, tt := range tests {
		if got := typedPath(tt.path); got != tt.want {
			t.Errorf("typedPath(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
