package data

// What a first run leaves when it is killed or runs out of room.

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/variorum/variorum/assets"
)

// TestStaleCreationsRemoved: the hidden files of a creation whose process
// was killed go when the library is next opened, a second name of the
// library at once and a whole temporary database once it is old; a live
// creation's file and other files stay.
func TestStaleCreationsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	openAt(t, path).Close()
	creations := creationsDir(path)
	for _, d := range []string{creations, filepath.Join(dir, ".other.db.new")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(creations, "11-22")
	if err := os.Link(path, link); err != nil {
		t.Skip("no hard links here:", err)
	}
	old := filepath.Join(creations, "33-44")
	fresh := filepath.Join(creations, "55-66")
	other := filepath.Join(dir, ".other.db.new", "77-88")
	for _, f := range []string{old, old + "-wal", fresh, other} {
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hourAgo := time.Now().Add(-time.Hour)
	for _, f := range []string{old, old + "-wal", other} {
		if err := os.Chtimes(f, hourAgo, hourAgo); err != nil {
			t.Fatal(err)
		}
	}
	l := openAt(t, path)
	defer l.Close()
	for f, want := range map[string]bool{link: false, old: false, old + "-wal": false, fresh: true, other: true} {
		if _, err := os.Stat(f); (err == nil) != want {
			t.Errorf("%s: there = %v, want %v", filepath.Base(f), err == nil, want)
		}
	}
	if err := l.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestCreationsFolderGoesWithLastFile: the schema-filled file of a
// creation stopped before its link keeps the creations folder (so that
// opens look into it) until it is old enough to go, and the folder goes
// with it; a file that is not a creation's stays, with the folder.
func TestCreationsFolderGoesWithLastFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	left, err := newCreationFile(path) // as a process killed before the link leaves it
	if err != nil {
		t.Fatal(err)
	}
	if err := initialize(ctx, left, defaultOpenOptions()); err != nil {
		t.Fatal(err)
	}
	creations := creationsDir(path)
	there := func(name string) bool {
		_, err := os.Stat(name)
		return err == nil
	}
	openAt(t, path).Close()
	if !there(left) || !there(creations) {
		t.Fatalf("a fresh creation's file went: file there %v, folder there %v", there(left), there(creations))
	}
	hourAgo := time.Now().Add(-time.Hour)
	if err := os.Chtimes(left, hourAgo, hourAgo); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(creations, "notes.txt")
	if err := os.WriteFile(foreign, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	openAt(t, path).Close()
	if there(left) || !there(foreign) {
		t.Fatalf("old creation's file there %v, another file there %v", there(left), there(foreign))
	}
	if err := os.Remove(foreign); err != nil {
		t.Fatal(err)
	}
	openAt(t, path).Close()
	if there(creations) {
		t.Errorf("the empty creations folder stays: %v", dirNames(t, dir))
	}
}

// TestConcurrentCreationFiles: creations of one library going on at once
// (several processes starting on a first run; here goroutines, which go
// through the same steps on the folder: make it, create a file, remove
// the file, remove the folder) each get their temporary file, though the
// creations folder comes and goes under them. With os.MkdirAll making the
// folder, a mkdir that found it there and a stat that then found it gone
// failed with "file exists", in 36 of 40 runs of this test.
func TestConcurrentCreationFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	const workers, rounds = 4, 500
	var (
		wg     sync.WaitGroup
		failed atomic.Int64
		first  atomic.Value
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				name, err := newCreationFile(path)
				if err != nil {
					if failed.Add(1) == 1 {
						first.Store(err)
					}
					continue
				}
				removeCreationFile(name)
			}
		}()
	}
	wg.Wait()
	if n := failed.Load(); n > 0 {
		t.Errorf("%d of %d creations could not make their file; the first: %v", n, workers*rounds, first.Load())
	}
	if _, err := os.Stat(creationsDir(path)); err == nil {
		t.Error("the creations folder stays after the last creation")
	}
}

// TestSampleNotIntoUsersBriefing: where the user moved a sample version
// into a briefing of their own and deleted the sample's, loading the
// sample again makes its own briefing, not one in the user's.
func TestSampleNotIntoUsersBriefing(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	b, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	mine, err := l.CreateBriefing(ctx, Briefing{Title: "Mine"})
	if err != nil {
		t.Fatal(err)
	}
	vs, err := l.Versions(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.MoveVersion(ctx, vs[0].ID, mine.ID); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs[1:] {
		if err := l.DeleteVersion(ctx, v.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.DeleteBriefing(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	b2, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if b2.ID == mine.ID {
		t.Fatalf("the sample went into the user's briefing %q", b2.Title)
	}
	if m, err := l.Briefing(ctx, mine.ID); err != nil || m.Versions != 1 {
		t.Fatalf("the user's briefing: %+v, %v", m, err)
	}
}
