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
// a temporary file in the same folder, which is then linked into place.
// When several processes create the same library at once, one link wins
// and the others find a complete library there; none sees a half-made one
// (which, its schema version above 0, it would back up as a stray
// path.bak-1). An existing file at path is left alone.
func create(ctx context.Context, path string, opts openOptions) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	// Not os.CreateTemp: its files are 0600, and a library gets the
	// usual 0644 less the umask, as SQLite would give it.
	name := filepath.Join(filepath.Dir(path), fmt.Sprintf(".%s.new-%d-%d", filepath.Base(path), os.Getpid(), time.Now().UnixNano()))
	tmp, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	tmp.Close()
	defer removeDatabase(name)
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
		return classify(err)
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
// library at path that a killed process left in its folder: a whole
// database file beside the library (killed before the link) or a second
// name of the library itself (killed after it). Either is hidden, and
// would stay for good.
func removeStaleCreations(path string) {
	dir, prefix := filepath.Dir(path), "."+filepath.Base(path)+".new-"
	entries, err := os.ReadDir(dir)
	if err != nil {
		return // the library opens without the tidying
	}
	lib, err := os.Stat(path)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || e.Type()&fs.ModeType != 0 || hasDatabaseSuffix(name) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		// A second name of the library goes at once: the link is done,
		// and removing a name leaves the library's data alone.
		if os.SameFile(info, lib) || time.Since(info.ModTime()) > staleCreationAge {
			removeDatabase(filepath.Join(dir, name))
		}
	}
}

// hasDatabaseSuffix reports whether name is a companion file of a
// database (its log, shared memory or journal), removed with it.
func hasDatabaseSuffix(name string) bool {
	for _, suffix := range databaseSuffixes {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}
