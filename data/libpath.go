package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrReadOnly is wrapped when a change is asked of a library opened
// read-only: its file or its folder is not writable.
var ErrReadOnly = errors.New("the library is read-only")

// ErrDiskFull is wrapped when a change to the library finds no room on
// its disk.
var ErrDiskFull = errors.New("the disk holding the library is full")

// ErrLibraryIO is wrapped when reading or writing the library's file
// fails beneath SQLite: a failing disk, a file-size limit (ulimit -f), a
// network share gone. The library, not what was imported, needs seeing to.
var ErrLibraryIO = errors.New("reading or writing the library's file failed")

// checkPathKind refuses, without creating anything, a library path that
// is something other than a regular file or nothing: a directory, a
// device, a FIFO, a socket or a symbolic link to nothing. SQLite would
// otherwise block on a FIFO or create a journal beside a device.
func checkPathKind(path string) error {
	lst, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open library %s: %w", path, unwrapPathError(err))
	}
	st := lst
	if lst.Mode()&fs.ModeSymlink != 0 {
		if st, err = os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			target, _ := os.Readlink(path)
			return fmt.Errorf("open library %s: it is a symbolic link to %s, which does not exist", path, target)
		} else if err != nil {
			return fmt.Errorf("open library %s: %w", path, unwrapPathError(err))
		}
	}
	what := ""
	switch m := st.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a block device"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	default:
		what = "not a regular file"
	}
	return fmt.Errorf("open library %s: %w: it is %s", path, ErrNotLibrary, what)
}

// access says how a library may be opened.
type access int

const (
	readWrite access = iota
	// readOnlyFile: the file is read-only but its folder is writable.
	readOnlyFile
	// readOnlyFolder: the folder is not writable, so SQLite could not
	// create its -wal and -shm files there.
	readOnlyFolder
	// readShared: a read-only connection to a writable library, sharing
	// its write-ahead log with the processes writing to it.
	readShared
)

// libraryAccess decides from mode bits whether the existing library at
// path can be written. Mode bits, not a failed open, so that the answer is
// the same for root (who may write anything) as for its owner: a file or
// folder without any write bit is read-only by intent.
func libraryAccess(path string) access {
	if st, err := os.Stat(filepath.Dir(path)); err == nil && st.Mode().Perm()&0o222 == 0 {
		return readOnlyFolder
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o222 == 0 {
		return readOnlyFile
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
	}
	return accessAfterOpen(err)
}

// accessAfterOpen is the access that the error of opening an existing
// library for writing leaves.
func accessAfterOpen(err error) access {
	switch {
	case errors.Is(err, syscall.EROFS):
		// A read-only file system (a backup disk, a snapshot): no -wal
		// or -shm file can be made beside the library either.
		return readOnlyFolder
	case errors.Is(err, fs.ErrPermission):
		return readOnlyFile // not ours to write, though it has write bits
	}
	return readWrite
}

// unlockStaleShm makes a library's -shm file writable again when a
// read-only run left it without write bits (SQLite gives it the mode of
// the database file): every later writer would fail with "attempt to
// write a readonly database". Making it writable disturbs no reader.
func unlockStaleShm(path string) {
	shm := path + "-shm"
	st, err := os.Stat(shm)
	if err != nil || st.Mode().Perm()&0o200 != 0 {
		return
	}
	_ = os.Chmod(shm, st.Mode().Perm()|0o200) // best effort: SQLite reports what still fails
}
