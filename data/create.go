package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// create makes a new library at path atomically: the schema is written to
// a temporary file, which is then linked into place. When several
// processes create the same library at once, one link wins and the others
// find a complete library there; none sees a half-made one (which, its
// schema version above 0, it would back up as a stray path.bak-1). An
// existing file at path is left alone.
func create(ctx context.Context, path string, opts openOptions) error {
	name, err := newCreationFile(path)
	if err != nil {
		return err
	}
	defer removeCreationFile(name)
	if err := initialize(ctx, name, opts); err != nil {
		return err
	}
	// Link, not rename: a rename would replace a library another process
	// has just created (and perhaps imported into).
	if err := os.Link(name, path); err != nil && !errors.Is(err, fs.ErrExist) {
		// A process stopped for long between the schema and the link (a
		// laptop asleep) may find its file tidied away by another's open
		// (removeStaleCreations), which had made the library meanwhile.
		if _, serr := os.Stat(path); serr != nil {
			return fmt.Errorf("creating the library: %w", err)
		}
	}
	return nil
}

// creationTries bounds how often newCreationFile makes the creations
// folder again after another process removed it, empty, in between.
const creationTries = 10

// newCreationFile makes an empty file, named for this process and moment,
// in the creations folder of the library at path (see creationsDir).
func newCreationFile(path string) (string, error) {
	// The library's folder is made once, and with os.MkdirAll: nothing
	// removes it. The creations folder is not made so (see
	// tryCreationFile).
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	dir := creationsDir(path)
	for try := 1; ; try++ {
		name, err := tryCreationFile(dir)
		if err == nil {
			return name, nil
		}
		// The folder goes as soon as it is empty: another process's
		// creation may end, or its open tidy, between making it and
		// creating the file. An existing file is another creation's of
		// the same process and moment; the next moment is free.
		if (!errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrExist)) || try == creationTries {
			return "", err
		}
	}
}

// tryCreationFile makes the creations folder dir unless it is there, and
// an empty file in it. Not os.MkdirAll: where its mkdir finds the folder
// there, it checks with a stat, and fails with "file exists" if another
// process removed the folder in between.
func tryCreationFile(dir string) (string, error) {
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", err
	}
	// Not os.CreateTemp: its files are 0600, and a library gets the
	// usual 0644 less the umask, as SQLite would give it.
	name := filepath.Join(dir, fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano()))
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	return name, f.Close()
}

// removeCreationFile removes a creation's temporary database, then the
// creations folder if no other creation is using it.
func removeCreationFile(name string) {
	removeDatabase(name)
	_ = os.Remove(filepath.Dir(name)) // fails while another creation's file is in it
}

// creationsDir is the hidden folder beside the library at path that holds
// the temporary files of its creations, and only while there are any:
// whether there is anything to tidy is then one look-up, however many
// files the library's folder holds (a library kept in ~/Documents).
func creationsDir(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".new")
}

// initialize writes the current schema into the empty database at path and
// closes it with its write-ahead log folded in.
func initialize(ctx context.Context, path string, opts openOptions) error {
	db, err := sql.Open("sqlite", dsn(path, readWrite, opts.busyMillis))
	if err != nil {
		return err
	}
	l := &Library{db: db, path: path, busyDeadline: opts.busyDeadline}
	if err := l.migrate(ctx, migrations()); err != nil {
		db.Close()
		return err
	}
	if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		db.Close()
		return classifyAt(err, path)
	}
	return db.Close()
}

// databaseSuffixes end the names of a database's companion files: its
// write-ahead log, its shared memory and its rollback journal.
var databaseSuffixes = []string{"-wal", "-shm", "-journal"}

// removeDatabase removes a database file and its companions.
func removeDatabase(path string) {
	for _, suffix := range append([]string{""}, databaseSuffixes...) {
		_ = os.Remove(path + suffix) // what is not there needs no removing
	}
}

// staleCreationAge is the age past which a temporary file of create is
// taken for a dead process's: creating writes only the schema, in
// milliseconds, so no live process takes minutes over it.
const staleCreationAge = 10 * time.Minute

// removeStaleCreations removes the temporary files of creations of the
// library at path that a killed process left in its creations folder: a
// whole database file (killed before the link) or a second name of the
// library itself (killed after it). Either is hidden, and would stay for
// good. The folder goes with its last file.
func removeStaleCreations(path string) {
	dir := creationsDir(path)
	d, err := os.Open(dir)
	if err != nil {
		return // no folder (no creation under way or left over), or the library opens without the tidying
	}
	lib, err := os.Stat(path)
	if err != nil {
		d.Close()
		return
	}
	for {
		names, err := d.Readdirnames(64)
		for _, name := range names {
			if isCreationName(name) {
				removeStaleCreation(filepath.Join(dir, name), lib)
			}
		}
		if err != nil { // io.EOF at the end
			break
		}
	}
	d.Close()
	_ = os.Remove(dir) // fails while a file stays: a live creation's, or another program's
}

// removeStaleCreation removes the creation file at name where it is a
// second name of the library (lib) or old enough to be a dead process's.
func removeStaleCreation(name string, lib fs.FileInfo) {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() {
		return // gone meanwhile, or not a creation's
	}
	// A second name of the library goes at once: the link is done,
	// and removing a name leaves the library's data alone.
	if os.SameFile(info, lib) || time.Since(info.ModTime()) > staleCreationAge {
		removeDatabase(name)
	}
}

// isCreationName reports whether name is that of a creation's temporary
// database (PID-TIME, see newCreationFile), not one of its companion
// files, removed with it, nor anything else put in the folder.
func isCreationName(name string) bool {
	pid, nanos, ok := strings.Cut(name, "-")
	return ok && isDigits(pid) && isDigits(nanos)
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
