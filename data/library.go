// Package data is Variorum's library: one SQLite file holding briefings, the
// versions of each briefing (their text and where it came from) and a
// full-text index over every version. Imported files are read and decoded
// by package data/textfile; the library stores the text it returns.
//
// The package is pure Go (modernc.org/sqlite), so it builds with
// CGO_ENABLED=0. It keeps no package-level mutable state: everything hangs off
// a *Library returned by Open.
//
// Nothing is lost: every import runs in one transaction per file, the
// SHA-256, size and name of the original bytes are kept, a library file that
// is not a Variorum library (or is corrupt, or was written by a newer
// Variorum) is refused and left untouched, and an existing library is copied
// aside before its schema is migrated.
package data

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// applicationID marks a SQLite file as a Variorum library ("VARI").
const applicationID = 0x56415249

// busyTimeoutMillis is how long a statement waits for another process's
// write lock before the library reports ErrBusy.
const busyTimeoutMillis = 5000

// sqliteMagic starts every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

var (
	// ErrDuplicate is wrapped by the error returned when the bytes being
	// imported, or their text in other bytes, are already in the library;
	// the existing version is returned alongside it.
	ErrDuplicate = errors.New("already imported")
	// ErrNotLibrary is wrapped when the file at the library path is not a
	// Variorum library (not SQLite, another program's database, or corrupt).
	// The file is never modified.
	ErrNotLibrary = errors.New("not a Variorum library")
	// ErrNewerLibrary is wrapped when the library was written by a newer
	// Variorum whose schema this one does not know. The file is not modified.
	ErrNewerLibrary = errors.New("library written by a newer Variorum")
	// ErrBusy is wrapped when another process holds the library's write lock
	// for longer than the busy timeout.
	ErrBusy = errors.New("library busy: another Variorum process is writing to it; try again")
	// ErrNotFound is wrapped when a briefing, version or note does not exist.
	ErrNotFound = errors.New("not found")
	// ErrEmptyNote is wrapped when a note has no text.
	ErrEmptyNote = errors.New("a note needs some text")
	// ErrBadSpan is wrapped when a note's span does not lie in its text.
	ErrBadSpan = errors.New("the span is not in the version's text")
	// ErrSlugTaken is wrapped when a briefing is given the slug of
	// another.
	ErrSlugTaken = errors.New("slug taken by another briefing")
	// ErrBriefingNotEmpty is wrapped when a briefing that still holds
	// versions is to be deleted.
	ErrBriefingNotEmpty = errors.New("still has versions: delete or move them first")
	// ErrBadLanguage is wrapped when a version's language is not a BCP 47
	// tag: exports write it as xml:lang, which must be one.
	ErrBadLanguage = errors.New("not a language tag (such as ru, en or en-US)")
	// ErrBadKind is wrapped when a version's kind is not one of Kinds.
	ErrBadKind = errors.New("not a kind of version")
	// ErrBadDate is wrapped when a briefing's date is not a calendar date:
	// briefings are listed by date, compared as text.
	ErrBadDate = errors.New("not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
)

// Library is an open library file. It is safe for concurrent use by several
// goroutines; several processes may open the same file (SQLite WAL mode).
type Library struct {
	db   *sql.DB
	path string
	// readOnly is set when the file or its folder is not writable: reads
	// work, writes fail with ErrReadOnly.
	readOnly bool
	// unreadLog is set when a read-only library has a write-ahead log
	// beside it, which it does not read (see dsn).
	unreadLog bool
	// busyDeadline bounds how long a write waits for the write lock.
	busyDeadline time.Duration
	// soundMu guards sound, set once the file passed the check a first
	// write makes (checkSound).
	soundMu sync.Mutex
	sound   bool
}

// openOptions are the knobs tests turn; Open uses defaultOpenOptions.
type openOptions struct {
	busyMillis   int           // SQLite's busy timeout per statement
	busyDeadline time.Duration // total wait of a write for the lock
}

func defaultOpenOptions() openOptions {
	return openOptions{busyMillis: busyTimeoutMillis, busyDeadline: busyDeadline}
}

// DefaultPath returns where the library lives when no path is given:
// $XDG_DATA_HOME/variorum/library.db on Linux and other Unix systems
// (~/.local/share when XDG_DATA_HOME is unset or relative),
// ~/Library/Application Support/Variorum/library.db on macOS and
// %AppData%\Variorum\library.db on Windows.
func DefaultPath() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("finding the data directory: %w", err)
		}
		return filepath.Join(dir, "Variorum", "library.db"), nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the data directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "variorum", "library.db"), nil
}

// Open opens the library at path, creating it (and its directory) when it
// does not exist, and migrates its schema to the current version. An
// existing library is first copied to path+".bak-<old version>" when its
// schema must change. Open refuses, without modifying it, a file that is not
// a Variorum library (ErrNotLibrary) or that a newer Variorum wrote
// (ErrNewerLibrary), and a path that is a directory, device, FIFO or
// dangling link, creating nothing beside it. A library whose file or folder
// is not writable opens read-only: changes fail with ErrReadOnly.
func Open(ctx context.Context, path string) (*Library, error) {
	return open(ctx, path, defaultOpenOptions())
}

// open is Open with chosen options (tests shorten the waits).
func open(ctx context.Context, path string, opts openOptions) (*Library, error) {
	if path == "" {
		return nil, errors.New("open library: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	if err := checkPathKind(abs); err != nil {
		return nil, err
	}
	acc := libraryAccess(abs)
	exists, err := checkExisting(ctx, abs, acc)
	if err != nil {
		return nil, err
	}
	if !exists {
		if err := create(ctx, abs, opts); err != nil {
			return nil, fmt.Errorf("open library %s: %w", path, err)
		}
	}
	if acc == readWrite {
		unlockStaleShm(abs)
		removeStaleCreations(abs)
	}
	db, err := sql.Open("sqlite", dsn(abs, acc, opts.busyMillis))
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	l := &Library{db: db, path: abs, readOnly: acc != readWrite, busyDeadline: opts.busyDeadline}
	if l.readOnly {
		st, err := os.Stat(abs + "-wal")
		l.unreadLog = err == nil && st.Size() > 0
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open library %s: %w", path, l.classify(err))
	}
	if err := l.migrate(ctx, migrations()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	if err := l.checkTables(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open library %s: %w (left untouched)", path, err)
	}
	return l, nil
}

// libraryTables are the tables of the current schema. A library missing
// one (dropped by hand, or by a tool) would take some writes and fail
// others halfway through a command: it is refused when opened.
var libraryTables = []string{"briefings", "versions", "notes", "version_chunks", "chunks_fts", "removed_ids"}

// checkTables refuses a library that lacks a table of the schema.
func (l *Library) checkTables(ctx context.Context) error {
	rows, err := l.db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return classify(err)
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	for _, t := range libraryTables {
		if !have[t] {
			return fmt.Errorf("%w: the library is damaged: its table %q is missing", ErrNotLibrary, t)
		}
	}
	return nil
}

// ReadOnly reports whether the library was opened read-only.
func (l *Library) ReadOnly() bool { return l.readOnly }

// UnreadLog reports whether the library, opened read-only, has a
// write-ahead log beside it: changes a writer committed but did not fold
// into the file (it stopped before closing), which a read-only library
// does not show. Opening it once writable folds them in.
func (l *Library) UnreadLog() bool { return l.unreadLog }

// dsn builds the modernc.org/sqlite data source name for path: a file: URI
// (so any character in the path is safe) with WAL, foreign keys, a busy
// timeout and immediate write transactions.
// A read-only library is opened with mode=ro and immutable=1: SQLite then
// creates no -wal or -shm file (which it could not in a read-only folder,
// and which would be left read-only beside a read-only file, blocking a
// later writer). Immutable also means a write-ahead log left by a crashed
// writer is not read; Close folds the log into the file, so that is rare.
func dsn(path string, acc access, busyMillis int) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // Windows drive letters
	}
	q := fmt.Sprintf("_pragma=busy_timeout(%d)", busyMillis)
	switch acc {
	case readShared:
		q += "&mode=ro"
	case readOnlyFile, readOnlyFolder:
		q += "&mode=ro&immutable=1"
	default:
		q += "&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	}
	return u.String() + "?" + q
}

// checkExisting inspects the file at path, if any, without changing it: it
// must be empty or a SQLite database carrying Variorum's application id (or
// no tables at all) and a schema version this build knows. It reports
// whether the file exists.
func checkExisting(ctx context.Context, path string, acc access) (bool, error) {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open library %s: %w", path, err)
	}
	if st.Size() == 0 {
		if acc != readWrite {
			return true, fmt.Errorf("open library %s: %w: the file is empty and cannot be written", path, ErrReadOnly)
		}
		return true, nil // an empty file is an empty database
	}
	head, size, err := readHeader(path, st.Size())
	if err != nil {
		return true, err
	}
	if want := headerSize(head); want > size {
		return true, fmt.Errorf("open library %s: %w: the file is truncated (%d bytes, its header says %d; left untouched)",
			path, ErrNotLibrary, size, want)
	}
	appID, userVersion, tables, err := probeHeader(ctx, path, acc)
	if err != nil {
		return true, err
	}
	if appID != applicationID && tables > 0 {
		return true, fmt.Errorf("open library %s: %w: it is another program's SQLite database (left untouched)", path, ErrNotLibrary)
	}
	if userVersion > len(migrations()) {
		return true, fmt.Errorf("open library %s: %w: its schema version is %d, this Variorum knows up to %d; use a newer Variorum (the file was left untouched)",
			path, ErrNewerLibrary, userVersion, len(migrations()))
	}
	return true, nil
}

// probeHeader reads the application id, schema version and table count
// of the SQLite database at path, without changing it, and says what is
// wrong with the file where they cannot be read.
func probeHeader(ctx context.Context, path string, acc access) (appID, userVersion, tables int, err error) {
	// A writable library is only read here, sharing its WAL with other
	// processes (readShared); a read-only one is read as immutable.
	probe := acc
	if probe == readWrite {
		probe = readShared
	}
	db, err := sql.Open("sqlite", dsn(path, probe, busyTimeoutMillis))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("open library %s: %w", path, err)
	}
	defer db.Close()
	err = db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if err == nil {
		err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&userVersion)
	}
	if err == nil {
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables)
	}
	if err == nil {
		return appID, userVersion, tables, nil
	}
	err = classify(err)
	switch {
	case acc != readWrite && walActive(path) && !errors.Is(err, ErrBusy):
		// A checkpoint stopped halfway (a crash while closing, a full
		// disk) leaves the file whole only with its log, which a
		// read-only open does not read: not a damaged library.
		return 0, 0, 0, fmt.Errorf("open library %s: %w, and its last changes are in %s-wal, which only a writable library reads: "+
			"make the library writable (or copy it with its -wal somewhere writable) and open it once (left untouched: %w)", path, ErrReadOnly, filepath.Base(path), err)
	case errors.Is(err, ErrBusy):
		return 0, 0, 0, fmt.Errorf("open library %s: %w", path, err)
	case errors.Is(err, ErrNotLibrary):
		return 0, 0, 0, fmt.Errorf("open library %s: %w (left untouched)", path, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return 0, 0, 0, fmt.Errorf("open library %s: %w", path, err) // stopped, not damaged
	}
	return 0, 0, 0, fmt.Errorf("open library %s: %w: the file is corrupt or unreadable (left untouched): %w", path, ErrNotLibrary, err)
}

// walActive reports whether the library has a non-empty write-ahead log,
// i.e. another process may have it open.
// Truncation checks. A checkpoint in another process writes page 1 (with
// the new page count) before it extends the file, and may reset the
// write-ahead log meanwhile: a file whose header counts more pages than it
// holds is looked at again a few times before it is called truncated.
// Twenty parallel imports met the window about once in five runs; a file
// truncated on disk stays so, and costs only the wait.
const (
	truncationLooks = 5
	truncationWait  = 20 * time.Millisecond
)

// readHeader reads the 100-byte SQLite header of the file at path and its
// size (first seen as size), looking again while the header counts more
// pages than the file holds and no write-ahead log explains it.
func readHeader(path string, size int64) ([]byte, int64, error) {
	head := make([]byte, 100)
	for look := 0; ; look++ {
		f, err := os.Open(path)
		if err != nil {
			return nil, 0, fmt.Errorf("open library %s: %w", path, err)
		}
		n, err := io.ReadFull(f, head)
		if err == nil {
			var st os.FileInfo
			if st, err = f.Stat(); err == nil {
				size = st.Size()
			}
		}
		f.Close()
		if err != nil || n < 100 || string(head[:16]) != sqliteMagic {
			return nil, 0, fmt.Errorf("open library %s: %w: the file is not a SQLite database (left untouched)", path, ErrNotLibrary)
		}
		if headerSize(head) <= size || walActive(path) || look+1 == truncationLooks {
			if walActive(path) {
				size = max(size, headerSize(head)) // the log holds the rest
			}
			return head, size, nil
		}
		time.Sleep(truncationWait)
	}
}

func walActive(path string) bool {
	st, err := os.Stat(path + "-wal")
	return err == nil && st.Size() > 0
}

// headerSize returns the database size that a SQLite header records
// (page size times page count), or 0 when the header's count is not
// valid (written by an old SQLite).
func headerSize(h []byte) int64 {
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	if binary.BigEndian.Uint32(h[92:96]) != binary.BigEndian.Uint32(h[24:28]) {
		return 0
	}
	return pageSize * pages
}

// classify maps SQLite result codes to the package's sentinel errors so that
// callers can test them with errors.Is and users read a plain message.
func classify(err error) error { return classifyAt(err, "") }

// classifyAt is classify for an error of the database at path (or ""),
// whose ErrLibraryIO names the file-size limit where that limit may be
// what refused a write to the database's files.
func classifyAt(err error, path string) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("%w (%w)", ErrBusy, err)
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("%w (%w)", ErrReadOnly, err)
		case sqlite3.SQLITE_FULL:
			return fmt.Errorf("%w (%w)", ErrDiskFull, err)
		case sqlite3.SQLITE_IOERR:
			return fmt.Errorf("%w (%w)%s", ErrLibraryIO, err, fileSizeLimitHint(se.Code(), path))
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%w: the file is corrupt: %w", ErrNotLibrary, err)
		}
	}
	return err
}

// isSQLiteCode reports whether err is a SQLite error with this extended
// result code.
func isSQLiteCode(err error, code int) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == code
}

// isUniqueViolation reports whether err is SQLite's refusal of a
// duplicate value in a UNIQUE column. The code does not say which column:
// callers look the value up to learn whether it was theirs.
func isUniqueViolation(err error) bool {
	return isSQLiteCode(err, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
}

// classify is the package's classify, naming the library in ErrReadOnly,
// ErrDiskFull and ErrLibraryIO (the problems a user fixes on the
// library's file or disk, not on what they import).
func (l *Library) classify(err error) error {
	err = classifyAt(err, l.path)
	if errors.Is(err, ErrReadOnly) || errors.Is(err, ErrDiskFull) || errors.Is(err, ErrLibraryIO) {
		return fmt.Errorf("%s: %w", l.path, err)
	}
	return err
}

// Close closes the library. Pending writes are already committed.
func (l *Library) Close() error {
	if l == nil || l.db == nil {
		return nil
	}
	// Fold the WAL back into the main file so a copy of library.db alone
	// is complete; failure here is harmless.
	if !l.readOnly {
		_, _ = l.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return l.db.Close()
}

// Path returns the absolute path of the library file.
func (l *Library) Path() string { return l.path }

// Verify checks the whole library: the file (IntegrityCheck) and the
// text of every version against the hash taken when it was imported
// (ErrTextChanged). It returns how many versions it read and every
// problem found, each naming what it concerns; err is for a check that
// could not run at all.
func (l *Library) Verify(ctx context.Context) (versions int, problems []error, err error) {
	if err := l.IntegrityCheck(ctx); err != nil {
		if ctx.Err() != nil || errors.Is(err, ErrBusy) {
			return 0, nil, err // the check could not run: no word on the library
		}
		problems = append(problems, err)
	}
	rows, err := l.db.QueryContext(ctx, `SELECT id FROM versions ORDER BY id`)
	if err != nil {
		return 0, problems, fmt.Errorf("listing versions: %w", classify(err))
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, problems, fmt.Errorf("listing versions: %w", classify(err))
		}
		ids = append(ids, id)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, problems, fmt.Errorf("listing versions: %w", classify(err))
	}
	for _, id := range ids {
		if _, err := l.Version(ctx, id); err != nil {
			if ctx.Err() != nil {
				return versions, problems, ctx.Err()
			}
			if errors.Is(err, ErrNotFound) {
				continue // removed since it was listed, by another process
			}
			problems = append(problems, err)
		}
		versions++
	}
	return versions, problems, nil
}

// checkSound refuses, before this handle's first write, a library whose
// file is damaged (SQLite's quick check: its pages and their structure):
// a write to a damaged file may spread the damage, and one command
// succeeding where the next fails (an edit where an import fails on the
// page it touches) hides it. Opening does not check, for the window
// opens a large library at once and most sessions only read; the check
// reads the whole file, once per handle.
func (l *Library) checkSound(ctx context.Context) error {
	l.soundMu.Lock()
	defer l.soundMu.Unlock()
	if l.sound {
		return nil
	}
	var res string
	if err := l.db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		return fmt.Errorf("the library %s: %w", l.path, l.classify(err))
	}
	if res != "ok" {
		return fmt.Errorf("the library %s: %w: the file is corrupt (%s); nothing was written, see \"variorum verify\"",
			l.path, ErrNotLibrary, checkReport(res))
	}
	l.sound = true
	return nil
}

// checkReport is SQLite's check report on one line, without its
// heading ("*** in database main ***").
func checkReport(res string) string {
	var lines []string
	for line := range strings.Lines(res) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "***") {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "; ")
}

// IntegrityCheck runs SQLite's integrity check and the FTS index check and
// returns an error describing the first problem found, or nil when the
// library file is sound. FTS5 checks its index by a write, so a read-only
// library (ReadOnly) gets the file's check alone. On a library it may
// write, the checks hold the write lock (BEGIN IMMEDIATE): FTS5 reads its
// index anew when a write transaction starts, while a reader's check may
// follow a structure another process has changed since, and report it
// damaged.
func (l *Library) IntegrityCheck(ctx context.Context) (err error) {
	conn, err := l.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("integrity check: %w", classify(err))
	}
	defer conn.Close()
	if !l.readOnly {
		if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
			return fmt.Errorf("integrity check: %w", classify(err))
		}
		defer func() {
			if _, rbErr := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); err == nil && rbErr != nil {
				err = fmt.Errorf("integrity check: %w", classify(rbErr))
			}
		}()
	}
	var res string
	if err := conn.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", classify(err))
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	if l.readOnly {
		return nil
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		return fmt.Errorf("search index check: %w", classify(err))
	}
	return nil
}
