package data

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/variorum/variorum/assets"
)

func fileHash(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// openRefused checks that Open refuses path with an error wrapping target
// and mentioning want, and leaves the file as it was.
func openRefused(t *testing.T, path string, target error, want string) {
	t.Helper()
	var before string
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		before = fileHash(t, path)
	}
	l, err := Open(context.Background(), path)
	if err == nil {
		l.Close()
		t.Fatal("opened")
	}
	if !errors.Is(err, target) || !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want %v mentioning %q", err, target, want)
	}
	if before != "" && fileHash(t, path) != before {
		t.Error("the file was modified")
	}
}

func TestOpenRefusesWhatIsNotALibrary(t *testing.T) {
	dir := t.TempDir()
	// Another program's SQLite database.
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// A SQLite header followed by garbage: corrupt.
	corrupt := filepath.Join(dir, "corrupt.db")
	junk := make([]byte, 8192)
	copy(junk, sqliteMagic)
	for i := 16; i < len(junk); i++ {
		junk[i] = byte(i * 7)
	}
	os.WriteFile(corrupt, junk, 0o644)
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("my precious notes, not a database\n"), 0o644)

	tests := []struct{ name, path, want string }{
		{"text file", text, "not a SQLite database"},
		{"other program's database", other, "another program's SQLite database"},
		{"corrupt", corrupt, "corrupt"},
		{"directory", dir, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { openRefused(t, tt.path, ErrNotLibrary, tt.want) })
	}
}

func TestOpenRefusesTruncatedLibrary(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	if _, err := l.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	l.Close()
	st, _ := os.Stat(path)
	if err := os.Truncate(path, st.Size()/2); err != nil {
		t.Fatal(err)
	}
	openRefused(t, path, ErrNotLibrary, "truncated")
}

func TestOpenRefusesNewerLibrary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	if _, err := l.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	l.Close()
	openRefused(t, path, ErrNewerLibrary, "newer Variorum")
}

func TestMigrationBacksUpAndKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	// A library at schema 1 (before full-text search) with one version.
	db := libraryAtSchema(t, path, 1)
	if _, err := db.Exec(`INSERT INTO briefings (slug, title, created_at) VALUES ('old', 'Old briefing', '2024-01-01T00:00:00Z');
		INSERT INTO versions (briefing_id, label, sha256, size, imported_at, text, text_sha256)
		VALUES (1, 'old-ru', 'abc', 3, '2024-01-01T00:00:00Z', 'Старый текст о саммите', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	l := openAt(t, path)
	if _, err := os.Stat(path + ".bak-1"); err != nil {
		t.Fatalf("no backup: %v", err)
	}
	hits, err := l.Search(ctx, "саммит*", 10)
	if err != nil || len(hits) != 1 || hits[0].Label != "old-ru" {
		t.Fatalf("search after migration: %v %v", hits, err)
	}
	// The backup is a library at schema 1 with the data.
	bak, err := sql.Open("sqlite", path+".bak-1")
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	var v, n int
	bak.QueryRow("PRAGMA user_version").Scan(&v)
	bak.QueryRow("SELECT count(*) FROM versions").Scan(&n)
	if v != 1 || n != 1 {
		t.Errorf("backup: user_version %d, %d versions", v, n)
	}
}

func TestMigrationStepsAreOrderedAndResumable(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	steps := append(append([]migration{}, migrations()...),
		migration{name: "test column", sql: "ALTER TABLE briefings ADD COLUMN extra TEXT NOT NULL DEFAULT ''"},
		migration{name: "broken", sql: "THIS IS NOT SQL"})
	err := l.migrate(ctx, steps)
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("broken step: %v", err)
	}
	var v int
	l.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != len(migrations())+1 {
		t.Fatalf("user_version %d after a failed step, want %d", v, len(migrations())+1)
	}
	if _, err := l.db.Exec("SELECT extra FROM briefings"); err != nil {
		t.Fatal(err)
	}
	if err := l.migrate(ctx, steps[:len(steps)-1]); err != nil {
		t.Fatalf("re-running applied steps: %v", err)
	}
}

func TestBusyLibrary(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	a := openAt(t, path)
	b, err := open(ctx, path, openOptions{busyMillis: 100, busyDeadline: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	tx, err := a.db.BeginTx(ctx, nil) // immediate: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.ImportBytes(ctx, "x.txt", []byte("some text"), ImportOptions{})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "library busy") {
		t.Errorf("import while locked: %v, want ErrBusy", err)
	}
	// Reading still works while another process writes.
	if _, err := b.Briefings(ctx); err != nil {
		t.Errorf("read while locked: %v", err)
	}
	tx.Rollback()
	if _, err := b.ImportBytes(ctx, "x.txt", []byte("some text"), ImportOptions{}); err != nil {
		t.Errorf("import after unlock: %v", err)
	}
}

// TestBusyLibraryStopsABatch: a folder imported while another process
// holds the write lock stops at the first file with ErrBusy, as for a
// full disk, instead of waiting the full time for every file and listing
// each as failed.
func TestBusyLibraryStopsABatch(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	a := openAt(t, path)
	b, err := open(ctx, path, openOptions{busyMillis: 50, busyDeadline: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	folder := filepath.Join(dir, "in")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("%d.txt", i)), []byte(fmt.Sprintf("Text number %d.\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := a.db.BeginTx(ctx, nil) // immediate: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	sum, err := b.ImportPaths(ctx, []string{folder}, ImportOptions{}, nil)
	if !errors.Is(err, ErrBusy) || len(sum.Failed) > 0 || len(sum.Imported) > 0 {
		t.Errorf("batch while locked: err %v, %d failed, %d imported; want ErrBusy at the first file", err, len(sum.Failed), len(sum.Imported))
	}
}

func TestTwoHandlesImportConcurrently(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	libs := []*Library{openAt(t, path), openAt(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i, l := range libs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 25 {
				text := fmt.Sprintf("Handle %d, file %d: some words to index.\n", i, j)
				if _, err := l.ImportBytes(ctx, fmt.Sprintf("f%d-%d.txt", i, j), []byte(text), ImportOptions{}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err := libs[0].IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	hits, err := libs[1].Search(ctx, "handle", 100)
	if err != nil || len(hits) != 50 {
		t.Errorf("%d hits, %v", len(hits), err)
	}
}

// killChildEnv names the library a re-executed test binary bulk-imports
// into until it is killed.
const killChildEnv = "VARIORUM_TEST_KILL_CHILD"

// TestKillChild is the child side of TestKilledMidImport: it does nothing
// unless re-executed with killChildEnv set.
func TestKillChild(t *testing.T) {
	spec := os.Getenv(killChildEnv)
	if spec == "" {
		t.Skip("child process of TestKilledMidImport")
	}
	lib, src, _ := strings.Cut(spec, "|")
	l, err := Open(context.Background(), lib)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	_, err = l.ImportPaths(context.Background(), []string{src}, ImportOptions{}, func(done, total int, file string) {
		fmt.Printf("progress %d\n", done)
	})
	fmt.Println("finished", err)
	os.Exit(0)
}

func TestKilledMidImport(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.Mkdir(src, 0o755)
	const files = 400
	want := map[string]string{}
	para := strings.Repeat("Уважаемые коллеги, the quick brown fox jumps over the lazy dog. ", 300)
	for i := range files {
		name := fmt.Sprintf("f%04d.txt", i)
		text := fmt.Sprintf("File %d\n\n%s\n", i, para)
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
		want[name] = text
	}
	lib := filepath.Join(dir, "library.db")
	for round := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), killChildEnv+"="+lib+"|"+src)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a number of files that differs each round.
		killAt := 20 + round*31
		sc := bufio.NewScanner(out)
		killed := false
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 2 && f[0] == "progress" {
				if n, _ := strconv.Atoi(f[1]); n >= killAt {
					time.Sleep(time.Duration(round*700) * time.Microsecond) // land in different phases of a file
					cmd.Process.Kill()                                      // SIGKILL on Unix
					killed = true
					break
				}
			}
		}
		cmd.Wait()
		if !killed {
			t.Fatalf("round %d: the child finished before it was killed", round)
		}

		l, err := Open(context.Background(), lib)
		if err != nil {
			t.Fatalf("round %d: reopening after SIGKILL: %v", round, err)
		}
		if err := l.IntegrityCheck(context.Background()); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		rows, err := l.db.Query("SELECT file_name, text, text_sha256 FROM versions")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var name, text, sum string
			rows.Scan(&name, &text, &sum)
			h := sha256.Sum256([]byte(text))
			if hex.EncodeToString(h[:]) != sum || text != want[name] {
				t.Errorf("round %d: version from %s is incomplete", round, name)
			}
			n++
		}
		rows.Close()
		l.Close()
		if n < killAt-1 || n >= files {
			t.Errorf("round %d: %d versions after killing at file %d", round, n, killAt)
		}
		t.Logf("round %d: killed at %d, %d complete versions, integrity ok", round, killAt, n)
	}
}

// TestTwoProcessesImportAtOnce runs two child processes bulk-importing
// different folders into one library at the same time: both must finish
// (SQLite serialises their writes; the busy timeout absorbs the waits).
func TestTwoProcessesImportAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for p := range 2 {
		src := filepath.Join(dir, fmt.Sprintf("src%d", p))
		os.Mkdir(src, 0o755)
		for i := range 60 {
			text := fmt.Sprintf("Process %d, file %d.\n\n%s\n", p, i, strings.Repeat("Слова и words. ", 500))
			os.WriteFile(filepath.Join(src, fmt.Sprintf("f%02d.txt", i)), []byte(text), 0o644)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), killChildEnv+"="+lib+"|"+src)
		out := &strings.Builder{}
		cmd.Stdout = out
		cmd.Stderr = out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
		outs = append(outs, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil || !strings.Contains(outs[i].String(), "finished <nil>") {
			t.Errorf("process %d: %v\n%s", i, err, outs[i].String())
		}
	}
	l := openAt(t, lib)
	if err := l.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	var n int
	l.db.QueryRow("SELECT count(*) FROM versions").Scan(&n)
	if n != 120 {
		t.Errorf("%d versions, want 120", n)
	}
}

// TestConcurrentUpgradesKeepABackup: two processes opening an older
// library at once each take a backup under a name of their own; none is
// removed by the other, so at least one whole backup remains.
func TestConcurrentUpgradesKeepABackup(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), "library.db")
		libraryAtSchema(t, path, 5).Close()
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() {
				if l, err := Open(context.Background(), path); err == nil {
					l.Close()
				}
			})
		}
		wg.Wait()
		baks, _ := filepath.Glob(path + ".bak-*")
		whole := 0
		for _, b := range baks {
			if st, err := os.Stat(b); err == nil && st.Size() > 0 && !strings.HasSuffix(b, "-journal") {
				whole++
			}
		}
		if whole == 0 {
			t.Fatalf("round %d: no backup left (%v)", round, baks)
		}
	}
}

// Slugify cuts a slug at maxSlugBytes after writing the hyphen that joins
// the next word, so a long title makes a slug ending in "-". Editing only
// the title (or place, note…) then re-slugifies the stored slug: the
// briefing's slug changes behind the user's back ("variorum briefing
// SLUG --title T" breaks every script and --briefing that named SLUG),
// or the edit is refused with ErrSlugTaken when another briefing has the
// slug without the hyphen. A user expects a slug without a trailing
// hyphen, and a title edit that leaves the slug alone.
func TestSlugStableOnEdit(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	long := strings.Repeat("a", 59)
	if s := Slugify(long + " b"); strings.HasSuffix(s, "-") {
		t.Errorf("Slugify(%q) = %q: ends with a hyphen", long+" b", s)
	}
	if _, err := l.CreateBriefing(ctx, Briefing{Title: long}); err != nil { // slug "aaa…a"
		t.Fatal(err)
	}
	b, err := l.CreateBriefing(ctx, Briefing{Title: long + " b"}) // slug "aaa…a-"
	if err != nil {
		t.Fatal(err)
	}
	slug := b.Slug
	b.Title = "A shorter title"
	if err := l.UpdateBriefing(ctx, b); err != nil {
		t.Errorf("changing only the title of %q: %v", slug, err)
	}
	if got, err := l.Briefing(ctx, b.ID); err != nil || got.Slug != slug {
		t.Errorf("after changing only the title: slug %q (err %v), want it unchanged %q", got.Slug, err, slug)
	}
}

// A note on a change names the version compared with (OtherID). When
// that version is gone (removed by the command line while the window
// shows the comparison), AddNote fails with SQLite's raw "FOREIGN KEY
// constraint failed (787)": callers match errors by value, and the
// package documents ErrNotFound for a version that does not exist.
func TestNoteOnMissingOtherVersion(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Привет, мир.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.AddNote(ctx, Note{VersionID: v.ID, Start: 0, End: 12, OtherID: v.ID + 100, Text: "changed here"})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("note compared with a missing version: got %v, want an error wrapping ErrNotFound", err)
	}
}

// A note's span is a byte span of UTF-8 text. A span that cuts a
// character in half does not lie in the text as a reader sees it: the
// noted passage text[start:end] is invalid UTF-8 (exported notes then
// quote or anchor half a letter). A user (or the window) expects
// ErrBadSpan, as for a span past the end.
func TestNoteSpanCutsCharacter(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Привет, мир.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, span := range [][2]int{{0, 1}, {1, 4}, {3, 12}} { // "П" is bytes 0-1, "р" bytes 2-3
		_, err := l.AddNote(ctx, Note{VersionID: v.ID, Start: span[0], End: span[1], Text: "note"})
		if !errors.Is(err, ErrBadSpan) {
			t.Errorf("span %d-%d inside a character: got %v, want ErrBadSpan", span[0], span[1], err)
		}
	}
}

// An import asked for a new briefing titled "   " (a slip, or an empty
// field in a form) creates a briefing whose title is blank, while an
// empty title is replaced by the file's label. A title of spaces is no
// title: the user expects the same fallback, not a briefing listed
// with an invisible title.
func TestBlankBriefingTitle(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for i, title := range []string{"   ", "\t\n"} {
		name := []string{"first.txt", "second.txt"}[i]
		v, err := l.ImportBytes(ctx, name, []byte("Text of "+name+"\n"), ImportOptions{NewBriefingTitle: title})
		if err != nil {
			t.Fatal(err)
		}
		b, err := l.Briefing(ctx, v.BriefingID)
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(b.Title) == "" {
			t.Errorf("new briefing title %q: the briefing's title is %q (blank), want a title (the label, as for an empty one)", title, b.Title)
		}
	}
}

// Verify says a library has problems only when it is damaged ("err is
// for a check that could not run at all"). When another process holds
// the write lock (a long import in the window), the search index check
// cannot take it and Verify reports ErrBusy as a problem of the library:
// "variorum verify" then prints "1 problem found" and exits 1 on a sound
// library, making the user think it is damaged. Expected: the busy error
// returned as err (the check could not run), no problem listed.
func TestVerifyBusyIsNotDamage(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	writer := openAt(t, path)
	if _, err := writer.ImportBytes(ctx, "a.txt", []byte("Привет, мир.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	checker, err := open(ctx, path, openOptions{busyMillis: 50, busyDeadline: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer checker.Close()
	tx, err := writer.db.BeginTx(ctx, nil) // immediate: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`UPDATE briefings SET note = 'busy' WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	n, problems, err := checker.Verify(ctx)
	for _, p := range problems {
		if errors.Is(p, ErrBusy) {
			t.Errorf("Verify listed %q as a problem of the library (%d versions read); want it returned as err (got err %v)", p, n, err)
		}
	}
}
