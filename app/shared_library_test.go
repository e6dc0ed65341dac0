package app

// Edits and imports against a library another process writes too.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/variorum/variorum/data"
)

// TestUnchangedSaveKeepsAnotherProcessTitle: saving the briefing dialog
// unchanged writes nothing, though the stored title has spaces around it
// the dialog would trim, so a title another process set since stays.
func TestUnchangedSaveKeepsAnotherProcessTitle(t *testing.T) {
	ctx := context.Background()
	mw, lib := sampleWindow(t)
	cli, err := data.Open(ctx, lib.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	b := mw.VM.Briefings()[0]
	cb, err := cli.Briefing(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	cb.Title = cb.Title + " " // a stray space from a script
	if err := cli.UpdateBriefing(ctx, cb); err != nil {
		t.Fatal(err)
	}
	if err := mw.VM.Load(ctx); err != nil { // the window shows it
		t.Fatal(err)
	}
	var shown data.Briefing
	for _, x := range mw.VM.Briefings() {
		if x.ID == b.ID {
			shown = x
		}
	}
	// Meanwhile: variorum briefing SLUG --title "Press conference, Almaty".
	cb, _ = cli.Briefing(ctx, b.ID)
	cb.Title = "Press conference, Almaty"
	if err := cli.UpdateBriefing(ctx, cb); err != nil {
		t.Fatal(err)
	}
	// The user opens the window's dialog and saves without a change.
	mw.showEditBriefing(shown)
	c := mw.Window.Canvas()
	pressKey(c, fyne.KeyReturn)
	got, err := cli.Briefing(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Press conference, Almaty" {
		t.Errorf("title set by the other process lost after an unchanged save in the window: now %q", got.Title)
	}
}

// TestStoppedImportSaysWhatWasLeft: a batch the library stopped (busy,
// full, read-only) is reported as the files it left, the file it stopped
// at and why, without repeating "importing".
func TestStoppedImportSaysWhatWasLeft(t *testing.T) {
	ctx := context.Background()
	m := NewViewModel(sampleLibrary(t), syncOptions())
	stop := &data.StopError{Path: "/in/f2.txt", Err: fmt.Errorf("%w (waited 1m0s)", data.ErrBusy)}
	imp := func(ctx context.Context, paths []string, opt data.ImportOptions, progress func(int, int, string)) (data.Summary, error) {
		return data.Summary{Total: 3, Imported: []*data.Version{}, Duplicates: []data.Duplicate{{Path: "/in/f1.txt"}}}, stop
	}
	var rep ImportReport
	m.ImportFiles(ctx, imp, []string{"/in"}, data.ImportOptions{}, nil, func(r ImportReport) { rep = r })
	err := importError(rep.Failed)
	if err == nil || !errors.Is(err, data.ErrBusy) {
		t.Fatalf("import error %v, want one wrapping data.ErrBusy", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "import importing") || !strings.HasPrefix(msg, "could not import 2 files") || !strings.Contains(msg, "stopped at f2.txt") {
		t.Errorf("window says %q; want how many files were left and where the import stopped", msg)
	}
	// After a file that failed on its own: three of four not imported.
	imp = func(ctx context.Context, paths []string, opt data.ImportOptions, progress func(int, int, string)) (data.Summary, error) {
		return data.Summary{Total: 4, Imported: []*data.Version{{ID: 1, Label: "b"}},
			Failed: []data.FileError{{Path: "/in/a.txt", Err: errors.New("not a text file")}}}, &data.StopError{Path: "/in/c.txt", Err: data.ErrBusy}
	}
	m.ImportFiles(ctx, imp, []string{"/in"}, data.ImportOptions{}, nil, func(r ImportReport) { rep = r })
	if msg := importError(rep.Failed).Error(); !strings.HasPrefix(msg, "could not import 3 files") {
		t.Errorf("window says %q; 3 of the 4 files were not imported", msg)
	}
}
