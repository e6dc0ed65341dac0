package data

// What a first run leaves when it is killed or runs out of room.

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStaleCreationsRemoved: the hidden files of a creation whose process
// was killed go when the library is next opened, a second name of the
// library at once and a whole temporary database once it is old; a live
// creation's file and other files stay.
func TestStaleCreationsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	openAt(t, path).Close()
	link := filepath.Join(dir, ".library.db.new-11-22")
	if err := os.Link(path, link); err != nil {
		t.Skip("no hard links here:", err)
	}
	old := filepath.Join(dir, ".library.db.new-33-44")
	fresh := filepath.Join(dir, ".library.db.new-55-66")
	other := filepath.Join(dir, ".other.db.new-77-88")
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
