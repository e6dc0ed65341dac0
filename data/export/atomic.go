package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var (
	// ErrExists is returned by WriteFile when the file is there already
	// and overwriting was not asked for.
	ErrExists = errors.New("file exists")
	// ErrIsFolder is returned by WriteFile when the path names a folder.
	ErrIsFolder = errors.New("is a folder: name a file to write")
	// ErrNotRegular is returned by WriteFile when the path names a
	// device, a pipe or a socket, which a report would replace.
	ErrNotRegular = errors.New("is not a regular file")
	// ErrDatabase is returned by WriteFile when the path names an SQLite
	// database or its journal, such as a Variorum library: no report may
	// replace one, even when overwriting was asked for.
	ErrDatabase = errors.New("is a database (a Variorum library?), which a report must not replace")
)

// WriteFile writes a file atomically: write fills a temporary file in the
// same folder, which is synced and then renamed over path, so a reader (or
// a crash) never sees half a report, and an old report survives a failed
// export. An existing path is refused with ErrExists unless force is set;
// a symbolic link is written through, to the file it names. Cancelling
// ctx stops the writing.
func WriteFile(ctx context.Context, path string, force bool, write func(io.Writer) error) (err error) {
	target, err := writeTarget(path, force)
	if err != nil {
		return err
	}
	f, err := createTemp(target)
	if err != nil {
		// The error names the temporary file, which the user never asked
		// for: name the folder instead.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("writing %s: in the folder %s: %w", path, filepath.Dir(target), err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("writing %s: %w", path, renamed{err, f.Name(), target})
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := write(ctxWriter{ctx, bw}); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	// A report replacing a file keeps that file's permissions (a private
	// report stays private); a new one has what the umask leaves of 0666,
	// as createTemp made it.
	if st, err := os.Stat(target); err == nil && st.Mode().IsRegular() {
		if err := f.Chmod(st.Mode().Perm()); err != nil {
			return err
		}
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if !force {
		// Link fails if the file appeared meanwhile, where rename would
		// silently replace it.
		if err := os.Link(f.Name(), target); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return ErrExists
			}
			return os.Rename(f.Name(), target)
		}
		os.Remove(f.Name()) // the report is written; a temporary name left over is no failure
		return nil
	}
	return os.Rename(f.Name(), target)
}

// writeTarget is the file WriteFile writes for path: path itself, or the
// file a symbolic link there names. It refuses a folder, a device or
// pipe, a database, and (unless force) an existing file.
func writeTarget(path string, force bool) (string, error) {
	// What the path is, its links followed by the system: /dev/stdout on
	// a pipe is a link to a link the path cannot be followed through.
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
		return "", fmt.Errorf("writing %s: %w", path, ErrNotRegular)
	}
	target := path
	if st, err := os.Lstat(path); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		if target, err = resolveLink(path); err != nil {
			return "", fmt.Errorf("writing %s: %w", path, err)
		}
	}
	if isDatabase(target) {
		return "", fmt.Errorf("writing %s: %w", path, ErrDatabase)
	}
	switch st, err := os.Stat(target); {
	case err != nil && errors.Is(err, fs.ErrNotExist):
		return target, nil
	case err != nil:
		return "", fmt.Errorf("writing %s: %w", path, err)
	case st.IsDir():
		return "", fmt.Errorf("writing %s: %w", path, ErrIsFolder)
	case !st.Mode().IsRegular():
		return "", fmt.Errorf("writing %s: %w", path, ErrNotRegular)
	case !force:
		return "", fmt.Errorf("writing %s: %w", path, ErrExists)
	}
	return target, nil
}

// maxLinks is how many symbolic links resolveLink follows, as many as
// Linux does.
const maxLinks = 40

// resolveLink is the path a symbolic link at path leads to, followed to
// the end, or where its last link points when that file is not there yet.
func resolveLink(path string) (string, error) {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real, nil
	}
	for range maxLinks {
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			// Relative to the link's real folder: joined to a folder that
			// is itself a link, ".." would be read as text.
			dir, err := filepath.EvalSymlinks(filepath.Dir(path))
			if err != nil {
				return "", err
			}
			dest = filepath.Join(dir, dest)
		}
		st, err := os.Lstat(dest)
		if errors.Is(err, fs.ErrNotExist) {
			return dest, nil
		}
		if err != nil {
			return "", err
		}
		if st.Mode()&fs.ModeSymlink == 0 {
			return dest, nil
		}
		path = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// sqliteHeader opens every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// isDatabase reports an SQLite database, or the write-ahead log, shared
// memory or rollback journal beside one, there or not: a report written
// as library.db-journal would be read as a hot journal, and the library
// would no longer open.
func isDatabase(path string) bool {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if db, ok := strings.CutSuffix(path, suffix); ok && hasSQLiteHeader(db) {
			return true
		}
	}
	return hasSQLiteHeader(path)
}

// hasSQLiteHeader reports a regular file (opening a pipe would wait for
// its writer) that starts as an SQLite database does.
func hasSQLiteHeader(path string) bool {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == sqliteHeader
}

// renamed is err with the temporary file's name, from, read as the
// file's, to: a message names the file the user asked for.
type renamed struct {
	err      error
	from, to string
}

func (r renamed) Error() string { return strings.ReplaceAll(r.err.Error(), r.from, r.to) }
func (r renamed) Unwrap() error { return r.err }

// ctxWriter stops writing once its context is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// createTemp creates a new file beside path, with mode 0666 less the
// umask (os.CreateTemp would make it 0600 whatever the umask). Its name
// is short, so that a path at the longest name a file system allows
// still has room for it.
func createTemp(path string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(filepath.Dir(path), ".variorum-"+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free name for a temporary file")
}
