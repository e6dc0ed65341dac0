package data

// Two processes on one library at once, as the window and the command
// line are: neither undoes the other's edits, and a removal in one never
// makes the other's search or check fail.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadOnlyOldLibraryLeavesNoBackup: a library of an older schema
// whose file is read-only cannot be upgraded; opening it says so, and
// leaves no backup copy beside it, however often it is tried.
func TestReadOnlyOldLibraryLeavesNoBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	db := libraryAtSchema(t, path, SchemaVersion()-1)
	if _, err := db.Exec(`INSERT INTO briefings (slug, title, created_at) VALUES ('old', 'Old', '2024-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	db.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	var errs []string
	for range 3 {
		l, err := Open(ctx, path)
		if err == nil {
			l.Close()
		} else {
			errs = append(errs, err.Error())
		}
	}
	names := dirNames(t, dir)
	t.Logf("errors: %q", errs)
	t.Logf("files: %v", names)
	if len(names) != 1 {
		t.Errorf("opening a read-only old library three times left %v beside it", names)
	}
	if len(errs) > 0 && !strings.Contains(errs[0], "read-only") {
		t.Errorf("error does not say the library is read-only: %s", errs[0])
	}
}

// TestEditKeepsAnotherProcessFields: an edit writes only the fields it
// changed, so a note another process saved since the version was read
// (the window's dialog open while "variorum edit --note" runs) stays.
func TestEditKeepsAnotherProcessFields(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	v, err := window.ImportBytes(ctx, "a.txt", []byte("Lavrov said the talks go on.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The window opens its edit dialog on v (a copy of the version).
	stale, err := window.VersionInfo(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Meanwhile: variorum edit ID --note "checked against MFA" (runEdit).
	cv, err := cli.VersionInfo(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	cv.Note = "checked against MFA"
	if err := cli.UpdateVersion(ctx, cv); err != nil {
		t.Fatal(err)
	}
	// The user saves a new label in the window.
	stale.Label = "blog-en"
	if err := window.UpdateVersion(ctx, stale); err != nil {
		t.Logf("stale save refused: %v", err) // acceptable outcome
		return
	}
	got, err := cli.VersionInfo(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Note != "checked against MFA" {
		t.Errorf("note saved by the other process lost: now %q (label %q); want the note kept or the stale save refused", got.Note, got.Label)
	}
}

// TestBriefingEditKeepsAnotherProcessSlug: the same for a briefing: a
// title saved in the window keeps the slug "variorum briefing --slug"
// set since.
func TestBriefingEditKeepsAnotherProcessSlug(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	b, err := window.CreateBriefing(ctx, Briefing{Title: "Press conference"})
	if err != nil {
		t.Fatal(err)
	}
	stale := *b
	cb, err := cli.BriefingBySlug(ctx, b.Slug)
	if err != nil {
		t.Fatal(err)
	}
	cb.Slug = "pc-2024"
	if err := cli.UpdateBriefing(ctx, cb); err != nil {
		t.Fatal(err)
	}
	stale.Title = "Press conference, Almaty"
	if err := window.UpdateBriefing(ctx, &stale); err != nil {
		t.Logf("stale save refused: %v", err)
		return
	}
	if _, err := cli.BriefingBySlug(ctx, "pc-2024"); err != nil {
		got, _ := cli.Briefing(ctx, b.ID)
		t.Errorf("slug set by the other process reverted: now %q; %v", got.Slug, err)
	}
}

// TestSearchWhileAnotherProcessRemoves: a version removed between
// finding a hit and reading its snippet drops out of the hits; the
// search does not fail.
func TestSearchWhileAnotherProcessRemoves(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	for i := range 30 {
		if _, err := window.ImportBytes(ctx, fmt.Sprintf("k%d.txt", i), []byte(fmt.Sprintf("Lavrov spoke about the talks, part %d.\n", i)), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range 300 {
			v, err := cli.ImportBytes(ctx, fmt.Sprintf("r%d.txt", i), []byte(fmt.Sprintf("Lavrov again, removable %d.\n", i)), ImportOptions{})
			if err != nil {
				t.Error(err)
				return
			}
			if err := cli.DeleteVersion(ctx, v.ID); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	var failures []error
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		if _, err := window.Search(ctx, "lavrov", 50); err != nil {
			failures = append(failures, err)
		}
	}
	if len(failures) > 0 {
		t.Errorf("%d searches failed while another process removed versions; first: %v", len(failures), failures[0])
	}
}

// TestVerifyWhileAnotherProcessRemoves: a sound library stays sound to
// Verify while another process removes versions: one removed since it
// was listed is skipped, and the index is checked under the write lock.
func TestVerifyWhileAnotherProcessRemoves(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	checker, cli := openAt(t, path), openAt(t, path)
	var ids []int64
	for i := range 300 {
		v, err := checker.ImportBytes(ctx, fmt.Sprintf("k%d.txt", i), []byte(fmt.Sprintf("Lavrov spoke about the talks, part %d.\n", i)), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, id := range ids[len(ids)/2:] { // `variorum rm` of the newer half, one by one
			if err := cli.DeleteVersion(ctx, id); err != nil {
				t.Error(err)
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	var reported []error
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		_, problems, err := checker.Verify(ctx)
		if err == nil {
			reported = append(reported, problems...)
		}
	}
	if len(reported) > 0 {
		t.Errorf("verify of a sound library reported %d problems while another process removed versions; first: %v", len(reported), reported[0])
	}
}

// TestEditKeepsAnotherProcessLanguage: a language stored unchecked
// ("EN", by an older Variorum) that the caller did not touch is neither
// checked nor written back, so the language another process set since
// stays.
func TestEditKeepsAnotherProcessLanguage(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	v, err := window.ImportBytes(ctx, "a.txt", []byte("Lavrov said the talks go on.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// As an older Variorum stored it (storedField's comment: kept as it is).
	if _, err := window.db.Exec(`UPDATE versions SET language = 'EN' WHERE id = ?`, v.ID); err != nil {
		t.Fatal(err)
	}
	stale, err := window.VersionInfo(ctx, v.ID) // the window's dialog opens
	if err != nil {
		t.Fatal(err)
	}
	cv, err := cli.VersionInfo(ctx, v.ID) // variorum edit ID --lang fr
	if err != nil {
		t.Fatal(err)
	}
	cv.Language = "fr"
	if err := cli.UpdateVersion(ctx, cv); err != nil {
		t.Fatal(err)
	}
	stale.Label = "blog-en" // the user changes the label only
	if err := window.UpdateVersion(ctx, stale); err != nil {
		t.Logf("stale save refused: %v", err)
		return
	}
	got, err := cli.VersionInfo(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Language != "fr" {
		t.Errorf("language set by the other process lost: now %q (label %q), want \"fr\" kept", got.Language, got.Label)
	}
}

// TestEditKeepsAnotherProcessSlug: the same for a slug kept as it was
// written ("Old_Slug").
func TestEditKeepsAnotherProcessSlug(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	b, err := window.CreateBriefing(ctx, Briefing{Title: "Press conference"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := window.db.Exec(`UPDATE briefings SET slug = 'Old_Slug' WHERE id = ?`, b.ID); err != nil {
		t.Fatal(err)
	}
	stale, err := window.Briefing(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := cli.BriefingBySlug(ctx, "Old_Slug")
	if err != nil {
		t.Fatal(err)
	}
	cb.Slug = "pc-2024"
	if err := cli.UpdateBriefing(ctx, cb); err != nil {
		t.Fatal(err)
	}
	stale.Title = "Press conference, Almaty"
	if err := window.UpdateBriefing(ctx, stale); err != nil {
		t.Logf("stale save refused: %v", err)
		return
	}
	got, err := cli.Briefing(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Slug != "pc-2024" {
		t.Errorf("slug set by the other process lost: now %q, want \"pc-2024\" kept", got.Slug)
	}
}

// TestEditIgnoresUntouchedOldDate: a date the caller read and left alone
// is not checked, though another process has changed it since.
func TestEditIgnoresUntouchedOldDate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	window, cli := openAt(t, path), openAt(t, path)
	b, err := window.CreateBriefing(ctx, Briefing{Title: "Press conference"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := window.db.Exec(`UPDATE briefings SET date = 'June 2024' WHERE id = ?`, b.ID); err != nil {
		t.Fatal(err)
	}
	stale, err := window.Briefing(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := cli.Briefing(ctx, b.ID)
	cb.Date = "2024-06"
	if err := cli.UpdateBriefing(ctx, cb); err != nil {
		t.Fatal(err)
	}
	stale.Note = "checked"
	if err := window.UpdateBriefing(ctx, stale); err != nil {
		t.Errorf("saving a note only was refused for the date read, which the user did not touch: %v", err)
	}
}

// TestSaveWithoutChanges: a save that changes no field still finds the
// row (and reports one removed), with notes attached.
func TestSaveWithoutChanges(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Lavrov said the talks go on.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.AddNote(ctx, Note{VersionID: v.ID, Start: 0, End: 6, Text: "n"}); err != nil {
		t.Fatal(err)
	}
	got, _ := l.VersionInfo(ctx, v.ID)
	if err := l.UpdateVersion(ctx, got); err != nil {
		t.Fatalf("no-op update: %v", err)
	}
	b, _ := l.Briefing(ctx, v.BriefingID)
	if err := l.UpdateBriefing(ctx, b); err != nil {
		t.Fatalf("no-op briefing update: %v", err)
	}
	if err := l.DeleteVersion(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	if err := l.UpdateVersion(ctx, got); err == nil {
		t.Fatalf("no-op update of a removed version succeeded")
	}
}
