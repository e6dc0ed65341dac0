//go:build linux

package data

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/variorum/variorum/assets"
	sqlite3 "modernc.org/sqlite/lib"
)

// withFileSizeLimit runs f with the process's file-size limit (ulimit -f)
// set to limit bytes, then restores it. The tests of this package do not
// run in parallel, so nothing else writes meanwhile.
func withFileSizeLimit(t *testing.T, limit uint64, f func()) {
	t.Helper()
	if lf := flag.Lookup("test.testlogfile"); lf != nil && lf.Value.String() != "" {
		// go test, caching results, logs the files the tests open to a
		// file of its own as they run, which the limit would cut short
		// ("file too large"); -count=1, as make test runs, logs none.
		t.Skip("the test log is written meanwhile; run with -count=1")
	}
	var was syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &was); err != nil {
		t.Skip("no file-size limit here:", err)
	}
	if was.Cur < limit {
		t.Skipf("the file-size limit is already %d bytes", was.Cur)
	}
	set := was
	set.Cur = limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &set); err != nil {
		t.Skip("cannot set a file-size limit:", err)
	}
	defer func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &was); err != nil {
			t.Fatal("restoring the file-size limit:", err)
		}
	}()
	f()
}

// TestSampleAllOrNothing: a first-run sample that runs out of room (here
// a file-size limit, as a full disk would) leaves the library empty, so
// that the next start seeds it whole; the error names the library and
// the limit.
func TestSampleAllOrNothing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	defer l.Close()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Room for the first of the sample's versions (blog-en.txt, 20 KB,
	// with its index), not for all four.
	limit := uint64(st.Size()) + 64<<10
	withFileSizeLimit(t, limit, func() {
		_, err = l.ImportSample(ctx, assets.Sample())
	})
	if !errors.Is(err, ErrLibraryIO) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "ulimit -f") {
		t.Fatalf("ImportSample under a file-size limit: %v", err)
	}
	if empty, err := l.Empty(ctx); err != nil || !empty {
		t.Fatalf("after the failed sample: Empty = %v, %v", empty, err)
	}
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := l.ImportSample(ctx, assets.Sample())
	if err != nil || b.Versions != 4 {
		t.Fatalf("the sample again: %+v, %v", b, err)
	}
}

// TestBatchStopsWhenLibraryCannotGrow: a folder imported past the
// file-size limit stops at the second file in a row that does not fit,
// with the library named, instead of failing every file after it alike;
// a file too large alone fails, and the smaller ones after it come in.
func TestBatchStopsWhenLibraryCannotGrow(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	l := openAt(t, path)
	defer l.Close()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		text := strings.Repeat("The "+name+" words run on and on. ", 4000)
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var sum Summary
	withFileSizeLimit(t, uint64(st.Size())+32<<10, func() {
		sum, err = l.ImportPaths(ctx, []string{in}, ImportOptions{}, nil)
	})
	var stop *StopError
	if !errors.As(err, &stop) || !errors.Is(err, ErrLibraryIO) || !strings.Contains(err.Error(), path) {
		t.Fatalf("ImportPaths: %v", err)
	}
	if len(sum.Imported) != 0 || len(sum.Failed) != 1 {
		t.Fatalf("summary: %d imported, %d failed", len(sum.Imported), len(sum.Failed))
	}
	small := filepath.Join(dir, "small")
	if err := os.Mkdir(small, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"a-big.txt": strings.Repeat("Big words run on. ", 8000), "b.txt": "A short one.\n", "c.txt": "Another short one.\n"} {
		if err := os.WriteFile(filepath.Join(small, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if st, err = os.Stat(path); err != nil {
		t.Fatal(err)
	}
	withFileSizeLimit(t, uint64(st.Size())+64<<10, func() {
		sum, err = l.ImportPaths(ctx, []string{small}, ImportOptions{}, nil)
	})
	if err != nil || len(sum.Imported) != 2 || len(sum.Failed) != 1 {
		t.Fatalf("one file too large: %d imported, %d failed, %v", len(sum.Imported), len(sum.Failed), err)
	}
}

// TestFileSizeLimitHintOnlyWhereReached: a write error names the
// file-size limit only where the library's file, its log or its journal
// ends within reach of the limit, not where the limit is far above them
// and cannot have refused the write.
func TestFileSizeLimitHintOnlyWhereReached(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	l := openAt(t, path)
	if _, err := l.ImportSample(context.Background(), assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	size := uint64(st.Size())
	const logSize = 64 << 20
	tests := []struct {
		name  string
		limit uint64
		code  int
		path  string
		log   string // a file of logSize bytes beside the library: "-wal", "-journal" or none
		want  bool
	}{
		{"far above the library", size + 1<<30, sqlite3.SQLITE_IOERR_WRITE, path, "", false},
		{"just above reach", size + sizeLimitReach + 1, sqlite3.SQLITE_IOERR_WRITE, path, "", false},
		{"at the library's size", size, sqlite3.SQLITE_IOERR_WRITE, path, "", true},
		{"a page above the library", size + 4096, sqlite3.SQLITE_IOERR_WRITE, path, "", true},
		{"below the library", size / 2, sqlite3.SQLITE_IOERR_TRUNCATE, path, "", true},
		{"at the log's size", logSize, sqlite3.SQLITE_IOERR_WRITE, path, "-wal", true},
		{"far above the log", logSize + 1<<30, sqlite3.SQLITE_IOERR_WRITE, path, "-wal", false},
		{"near the journal", logSize + 4096, sqlite3.SQLITE_IOERR_WRITE, path, "-journal", true},
		{"not a write", size, sqlite3.SQLITE_IOERR_READ, path, "", false},
		{"no file named", size, sqlite3.SQLITE_IOERR_WRITE, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.log != "" {
				// Sparse: the size is what counts, not the room it takes.
				if err := os.WriteFile(path+tt.log, nil, 0o644); err != nil {
					t.Fatal(err)
				}
				defer os.Remove(path + tt.log)
				if err := os.Truncate(path+tt.log, logSize); err != nil {
					t.Fatal(err)
				}
			}
			var hint string
			withFileSizeLimit(t, tt.limit, func() { hint = fileSizeLimitHint(tt.code, tt.path) })
			if got := strings.Contains(hint, "ulimit -f"); got != tt.want {
				t.Errorf("limit %d, library %d bytes: hint %q, want one: %v", tt.limit, size, hint, tt.want)
			}
		})
	}
}

// TestFileSizeLimitHintThroughSymlink: a library opened through a
// symbolic link (which Open accepts) has its log beside the link's
// target, where SQLite puts it; a write the file-size limit refuses
// while the log grows names the limit there as it does for a library
// opened by its own path. Looking for the log beside the link, the hint
// was missing.
func TestFileSizeLimitHintThroughSymlink(t *testing.T) {
	for _, viaLink := range []bool{false, true} {
		t.Run(fmt.Sprintf("viaLink=%v", viaLink), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
				t.Fatal(err)
			}
			real := filepath.Join(dir, "real", "library.db")
			openAt(t, real).Close()
			path := real
			if viaLink {
				path = filepath.Join(dir, "link.db")
				if err := os.Symlink(real, path); err != nil {
					t.Skip("no symbolic links here:", err)
				}
			}
			l := openAt(t, path)
			defer l.Close()
			st, err := os.Stat(real)
			if err != nil {
				t.Fatal(err)
			}
			// A text larger than the room the limit leaves: the log, not
			// the library's file, reaches the limit.
			var b strings.Builder
			for i := 0; b.Len() < 4<<20; i++ {
				fmt.Fprintf(&b, "Sentence number %d says word%d and word%d. ", i, i*7, i*13)
			}
			withFileSizeLimit(t, uint64(st.Size())+3<<20, func() {
				_, err = l.ImportBytes(context.Background(), "big.txt", []byte(b.String()), ImportOptions{})
			})
			if !errors.Is(err, ErrLibraryIO) {
				t.Fatalf("an import past the file-size limit: %v", err)
			}
			if !strings.Contains(err.Error(), "ulimit -f") {
				t.Errorf("a write refused by the file-size limit, no hint: %v", err)
			}
		})
	}
}

// TestBackupUnderFileSizeLimit: a backup copy that a file-size limit cuts
// short fails naming the copy and the limit (the copy, removed after,
// had reached it), and leaves no partial copy.
func TestBackupUnderFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	db := libraryAtSchema(t, path, SchemaVersion()-1)
	if _, err := db.Exec(`CREATE TABLE padding (b BLOB); INSERT INTO padding VALUES (randomblob(2 << 20))`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var err error
	withFileSizeLimit(t, 1<<20, func() {
		var l *Library
		if l, err = Open(context.Background(), path); err == nil {
			l.Close()
		}
	})
	if !errors.Is(err, ErrLibraryIO) || !strings.Contains(err.Error(), "writing the copy failed") || !strings.Contains(err.Error(), "ulimit -f") {
		t.Fatalf("Open under a file-size limit below the copy: %v", err)
	}
	if baks, _ := filepath.Glob(path + ".bak-*"); len(baks) > 0 {
		t.Errorf("partial copies left: %v", baks)
	}
}
