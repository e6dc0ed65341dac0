package data

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/variorum/variorum/assets"
)

// TestNotes adds, lists, edits and deletes notes in a real library, and
// checks that they survive closing and reopening it and go with their
// version.
func TestNotes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lib.db")
	lib, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	bs, _ := lib.Briefings(ctx)
	vs, _ := lib.Versions(ctx, bs[0].ID)
	a, b := vs[0], vs[1]
	n1, err := lib.AddNote(ctx, Note{VersionID: a.ID, Start: 10, End: 40, Text: "Crawl artefact"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.AddNote(ctx, Note{VersionID: b.ID, Start: 697, End: 701, OtherID: a.ID, Text: "Name corrected: Mikhail to Murat"}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []Note{
		{VersionID: a.ID, Start: 5, End: 4, Text: "x"},
		{VersionID: a.ID, Start: 0, End: 1 << 30, Text: "x"},
		{VersionID: a.ID, Start: 0, End: 1, Text: "  "},
		{VersionID: 9999, Start: 0, End: 1, Text: "x"},
	} {
		if _, err := lib.AddNote(ctx, bad); err == nil {
			t.Errorf("AddNote(%+v) accepted", bad)
		}
	}
	if _, err := lib.AddNote(ctx, Note{VersionID: 9999, Start: 0, End: 1, Text: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a note on a missing version: %v, want ErrNotFound", err)
	}
	if err := lib.UpdateNote(ctx, n1.ID, "Crawl artefact, not the post"); err != nil {
		t.Fatal(err)
	}
	lib.Close()

	lib, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	notes, err := lib.Notes(ctx, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 2 || notes[0].Text != "Crawl artefact, not the post" || notes[1].OtherID != a.ID || notes[1].Start != 697 {
		t.Fatalf("notes after reopening: %+v", notes)
	}
	if err := lib.DeleteNote(ctx, notes[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := lib.DeleteNote(ctx, notes[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	if err := lib.DeleteVersion(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if notes, _ := lib.Notes(ctx, a.ID, b.ID); len(notes) != 0 {
		t.Errorf("notes left after their version was deleted: %+v", notes)
	}
}
