package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// dirNames lists the names in dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// closedLibrary makes a library at dir/library.db holding one version and
// closes it.
func closedLibrary(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "library.db")
	l := openAt(t, path)
	if _, err := l.ImportBytes(context.Background(), "a.txt", []byte("Lavrov said the talks go on.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkReadOnly opens path and checks that it reads but refuses writes
// with ErrReadOnly naming the library, and that it created no file.
func checkReadOnly(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	before := dirNames(t, filepath.Dir(path))
	l, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer l.Close()
	if !l.ReadOnly() {
		t.Error("not opened read-only")
	}
	if hits, err := l.Search(ctx, "lavrov", 10); err != nil || len(hits) != 1 {
		t.Errorf("search: %d hits, %v", len(hits), err)
	}
	if bs, err := l.Briefings(ctx); err != nil || len(bs) != 1 {
		t.Errorf("briefings: %d, %v", len(bs), err)
	}
	// The search index's own check writes: read-only, the file is checked.
	if n, problems, err := l.Verify(ctx); err != nil || n != 1 || len(problems) > 0 {
		t.Errorf("verify: %d versions, problems %v, %v", n, problems, err)
	}
	_, err = l.ImportBytes(ctx, "b.txt", []byte("Other text.\n"), ImportOptions{})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "the library is read-only: "+path) {
		t.Errorf("import into a read-only library: %v", err)
	}
	if after := dirNames(t, filepath.Dir(path)); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("files beside the library changed: %v -> %v", before, after)
	}
}

// Read-only is decided from mode bits, so these run as root too (root
// could write anyway; the library still treats the files as read-only).
func TestReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	path := closedLibrary(t, dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	checkReadOnly(t, path)
}

func TestReadOnlyFileThenWritableAgain(t *testing.T) {
	ctx := context.Background()
	path := closedLibrary(t, t.TempDir())
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	checkReadOnly(t, path)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	l := openAt(t, path)
	if _, err := l.ImportBytes(ctx, "b.txt", []byte("Other text.\n"), ImportOptions{}); err != nil {
		t.Errorf("import once writable again: %v", err)
	}
}

// TestReadOnlyWithUnreadLog: a library whose writer stopped before closing
// has commits in its write-ahead log; opened read-only (which does not
// read the log) it says so, and a closed library does not.
func TestReadOnlyWithUnreadLog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openAt(t, filepath.Join(dir, "library.db"))
	if _, err := l.ImportBytes(ctx, "a.txt", []byte("Lavrov said the talks go on.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	// A copy taken while the writer runs is what a crash leaves.
	crashed := filepath.Join(t.TempDir(), "library.db")
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(filepath.Join(dir, "library.db") + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	closed := closedLibrary(t, t.TempDir())
	for _, tc := range []struct {
		path string
		want bool
	}{{crashed, true}, {closed, false}} {
		if err := os.Chmod(tc.path, 0o444); err != nil {
			t.Fatal(err)
		}
		ro, err := Open(ctx, tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if !ro.ReadOnly() || ro.UnreadLog() != tc.want {
			t.Errorf("%s: read-only %v, unread log %v; want true, %v", tc.path, ro.ReadOnly(), ro.UnreadLog(), tc.want)
		}
		ro.Close()
	}
}

func TestStaleReadOnlyShmIsUnlocked(t *testing.T) {
	path := closedLibrary(t, t.TempDir())
	// What a read-only run of an older Variorum left behind.
	if err := os.WriteFile(path+"-shm", make([]byte, 32<<10), 0o444); err != nil {
		t.Fatal(err)
	}
	l := openAt(t, path)
	if _, err := l.ImportBytes(context.Background(), "b.txt", []byte("Other text.\n"), ImportOptions{}); err != nil {
		t.Errorf("import with a stale -shm: %v", err)
	}
	if st, err := os.Stat(path + "-shm"); err == nil && st.Mode().Perm()&0o200 == 0 {
		t.Errorf("-shm still at mode %v", st.Mode().Perm())
	}
}

func TestOddLibraryPaths(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.db")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	dangling := filepath.Join(dir, "dangling.db")
	if err := os.Symlink(filepath.Join(dir, "nowhere", "x.db"), dangling); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub.db")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{fifo, "a named pipe (FIFO)"},
		{dangling, "a symbolic link to " + filepath.Join(dir, "nowhere", "x.db") + ", which does not exist"},
		{sub, "a directory"},
		{"/dev/null", "a character device"},
	}
	before := dirNames(t, dir)
	for _, tt := range tests {
		_, err := Open(context.Background(), tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%s) = %v, want an error naming it and saying %q", tt.path, err, tt.want)
		}
	}
	if after := dirNames(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("files created: %v -> %v", before, after)
	}
	if _, err := os.Stat("/dev/null-journal"); err == nil {
		t.Error("/dev/null-journal exists")
	}
}

// TestParallelImports imports 20 files of 256 KB from 20 handles at once (as
// 20 processes would) with a per-statement busy timeout of 50 ms: without
// the retry loop most would fail as busy.
func TestParallelImports(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	openAt(t, path).Close()
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := open(ctx, path, openOptions{busyMillis: 50, busyDeadline: busyDeadline})
			if err != nil {
				errs <- err
				return
			}
			defer l.Close()
			var b strings.Builder
			for j := 0; b.Len() < 256<<10; j++ {
				fmt.Fprintf(&b, "File %d, paragraph %d: the minister answered questions.\n\n", i, j)
			}
			if _, err := l.ImportBytes(ctx, fmt.Sprintf("f%d.txt", i), []byte(b.String()), ImportOptions{}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	l := openAt(t, path)
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	if hits, err := l.Search(ctx, "minister", 100); err != nil || len(hits) != n {
		t.Errorf("%d versions, %v; want %d", len(hits), err, n)
	}
}

func TestRetryBusyGivesUpAtDeadline(t *testing.T) {
	tries := 0
	start := time.Now()
	err := retryBusy(context.Background(), 300*time.Millisecond, func() error { tries++; return ErrBusy })
	if !errors.Is(err, ErrBusy) || tries < 2 || time.Since(start) > 2*time.Second {
		t.Errorf("%v after %d tries in %v", err, tries, time.Since(start))
	}
}

// TestParallelCreation opens one new library from eight handles at once:
// one library results, complete, and no backup or temporary file strays.
func TestParallelCreation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := Open(context.Background(), path)
			if err != nil {
				errs <- err
				return
			}
			errs <- l.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	// Two connections closing at the same moment each see the other's lock,
	// so neither may remove the write-ahead log; the next one to close
	// alone does. Anything else beside the library is a creation leftover.
	for _, name := range dirNames(t, dir) {
		if name != "library.db" && name != "library.db-wal" && name != "library.db-shm" {
			t.Errorf("stray file %s", name)
		}
	}
	l, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range dirNames(t, dir) {
		if name != "library.db" {
			t.Errorf("stray file %s after the last close", name)
		}
	}
}

// TestImportIntoDamagedLibrary: a library damaged after its header opens,
// but an import into it stops at the first file with an error naming the
// library (ErrNotLibrary), not the file being imported.
func TestImportIntoDamagedLibrary(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	l := openAt(t, path)
	for i := range 20 {
		text := strings.Repeat(fmt.Sprintf("Paragraph %d of a text that fills the library's pages. ", i), 200)
		if _, err := l.ImportBytes(ctx, fmt.Sprintf("t%d.txt", i), []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	// Every page after the schema's (page 1) and the next: the tables'
	// pages, which an import reads and writes.
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xff}, int(st.Size())-8192), 8192); err != nil {
		t.Fatal(err)
	}
	f.Close()
	file := filepath.Join(dir, "new.txt")
	if err := os.WriteFile(file, []byte("A new text to import.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Open(ctx, path)
	if err != nil {
		if !errors.Is(err, ErrNotLibrary) {
			t.Fatalf("open: %v, want ErrNotLibrary", err)
		}
		return // refused at once: as good
	}
	defer d.Close()
	sum, err := d.ImportPaths(ctx, []string{file, file + ".missing"}, ImportOptions{}, nil)
	if !errors.Is(err, ErrNotLibrary) || !strings.Contains(err.Error(), "the library "+path) {
		t.Errorf("import: %v (summary %+v), want ErrNotLibrary naming the library", err, sum)
	}
}

// TestSameImportAtOnce: two runs importing one folder at the same moment
// both look for an earlier run's briefing before either has made one;
// the one that writes second finds the first's briefing in its write
// transaction and adds to it, instead of making a second briefing.
func TestSameImportAtOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "m1")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, name := range []string{"a.txt", "b.txt"} {
		p := filepath.Join(src, name)
		if err := os.WriteFile(p, []byte("The text of "+name+", long enough to import.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	l := openAt(t, filepath.Join(dir, "library.db"))
	// The first run has imported a.txt; the second looked before that
	// (it found nothing) and now imports b.txt.
	first, err := l.ImportPaths(ctx, []string{src}, ImportOptions{}, func(done, _ int, _ string) {})
	if err != nil || len(first.Imported) != 2 {
		t.Fatalf("first run: %v, %+v", err, first)
	}
	if err := l.DeleteVersion(ctx, first.Imported[1].ID); err != nil { // as if b.txt were still to come
		t.Fatal(err)
	}
	opt := ImportOptions{NewBriefingTitle: "m1", batch: batchFiles(files)}
	v, err := l.importFile(ctx, files[1], opt)
	if err != nil {
		t.Fatal(err)
	}
	if v.BriefingID != first.BriefingID {
		t.Errorf("the second run's file went into briefing %d, the first run's is %d", v.BriefingID, first.BriefingID)
	}
}

// TestResumeOnlyTheSameBatch: a run resumes into a briefing of its title
// only when every version there is one of its files, byte for byte. An
// older briefing of the title from another file of the same name and size,
// or a folder of the same name that shares one file, gets a new briefing.
func TestResumeOnlyTheSameBatch(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(p, text string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b := filepath.Join(dir, "2023", "transcript.txt"), filepath.Join(dir, "2024", "transcript.txt")
	write(a, "Press conference of 2023, opening remarks AAAA.\n")
	write(b, "Press conference of 2024, opening remarks BBBB.\n") // same size
	march, april := filepath.Join(dir, "march", "talk"), filepath.Join(dir, "april", "talk")
	write(filepath.Join(march, "source.txt"), "The shared source text of both talks.\n")
	write(filepath.Join(march, "notes.txt"), "Notes taken in March on the talk.\n")
	write(filepath.Join(april, "source.txt"), "The shared source text of both talks.\n")
	write(filepath.Join(april, "notes.txt"), "Notes taken in April on the talk, longer.\n")
	l := openAt(t, filepath.Join(dir, "library.db"))
	for _, tc := range []struct {
		name          string
		first, second []string
		opt           ImportOptions
	}{
		{"same title, another file", []string{a}, []string{b}, ImportOptions{NewBriefingTitle: "Press conference"}},
		{"folder of the same name", []string{march}, []string{april}, ImportOptions{}},
	} {
		first, err := l.ImportPaths(ctx, tc.first, tc.opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		second, err := l.ImportPaths(ctx, tc.second, tc.opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		if second.Resumed || second.BriefingID == first.BriefingID {
			t.Errorf("%s: the second import went into the first's briefing %d (resumed %v)", tc.name, first.BriefingID, second.Resumed)
		}
	}
}

// TestAccessAfterOpen: a library on a read-only file system opens as one
// in a read-only folder (no -wal or -shm can be made), one denied to us
// as a read-only file.
func TestAccessAfterOpen(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want access
	}{
		{nil, readWrite},
		{&fs.PathError{Op: "open", Path: "library.db", Err: syscall.EROFS}, readOnlyFolder},
		{&fs.PathError{Op: "open", Path: "library.db", Err: syscall.EACCES}, readOnlyFile},
		{&fs.PathError{Op: "open", Path: "library.db", Err: syscall.ENOENT}, readWrite},
	} {
		if got := accessAfterOpen(tc.err); got != tc.want {
			t.Errorf("%v: access %d, want %d", tc.err, got, tc.want)
		}
	}
}

// TestReadOnlyHalfCheckpointed: a library whose file reads as damaged
// without its write-ahead log (a checkpoint stopped halfway), opened
// read-only, which does not read the log, is not called corrupt: the
// error says to open it once writable. Without a log it is corrupt.
func TestReadOnlyHalfCheckpointed(t *testing.T) {
	for _, withLog := range []bool{true, false} {
		path := closedLibrary(t, t.TempDir())
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 4096; i < len(b); i++ { // every page but the first, as a torn write leaves them
			b[i] = 0xA5
		}
		if err := os.WriteFile(path, b, 0o444); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		if withLog {
			if err := os.WriteFile(path+"-wal", make([]byte, 8192), 0o444); err != nil {
				t.Fatal(err)
			}
		}
		_, err = Open(context.Background(), path)
		switch {
		case withLog && (!errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "-wal")):
			t.Errorf("read-only with a log: %v, want ErrReadOnly naming the -wal", err)
		case !withLog && !errors.Is(err, ErrNotLibrary):
			t.Errorf("read-only without a log: %v, want ErrNotLibrary", err)
		}
	}
}

// TestMissingTableRefused: a library with a table of its schema dropped
// is refused when opened, before any command writes to it.
func TestMissingTableRefused(t *testing.T) {
	for _, table := range libraryTables {
		path := closedLibrary(t, t.TempDir())
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`DROP TABLE ` + table); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if l, err := Open(context.Background(), path); !errors.Is(err, ErrNotLibrary) || !strings.Contains(err.Error(), table) {
			t.Errorf("%s dropped: %v, want ErrNotLibrary naming it", table, err)
			if l != nil {
				l.Close()
			}
		}
	}
}

// TestChangedTextRefused: a version whose stored text was changed by
// another program (the text_sha256 taken at import no longer matches) is
// refused when loaded, not shown or exported as what was imported.
func TestChangedTextRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Выступление министра в Алматы.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Another program: it does not keep the trigger that stops this.
	for _, q := range []string{`DROP TRIGGER versions_text_fixed`,
		`UPDATE versions SET text = replace(text, 'Выступление', 'ВЫСТУПЛЕНИЕ')`} {
		if _, err := l.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := l.Version(ctx, v.ID); !errors.Is(err, ErrTextChanged) {
		t.Errorf("Version after the text changed: %v, want ErrTextChanged", err)
	}
}
