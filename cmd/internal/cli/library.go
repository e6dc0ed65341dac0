package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	iofs "io/fs"
	"os"
	"path/filepath"

	"github.com/variorum/variorum/data"
)

// errNoLibrary is returned by commands that read or change what a library
// holds when there is no library file at the path: a mistyped path must
// not leave an empty library behind and report it empty.
var errNoLibrary = errors.New("no library")

// OpenLibrary opens the library at path, or the user's default library
// (data.DefaultPath) when path is "", creating it when it does not exist.
// A library named in a folder that does not exist is refused rather than
// made with its folders: a mistyped path would otherwise leave a new
// library in new folders. The default library's folder is made.
func OpenLibrary(ctx context.Context, path string) (*data.Library, error) {
	if path != "" {
		if err := folderExists(path); err != nil {
			return nil, err
		}
	}
	path, err := libraryPath(path)
	if err != nil {
		return nil, err
	}
	return data.Open(ctx, path)
}

// folderExists returns an error unless the folder of the library at path
// exists.
func folderExists(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, iofs.ErrNotExist) || err == nil && !st.IsDir():
		return fmt.Errorf("library %s: no folder %s to make it in (make the folder first, or check the path)", path, dir)
	case err != nil:
		return fmt.Errorf("library %s: %w", path, err)
	}
	return nil
}

// libraryPath is path, or the default library's path when path is "".
func libraryPath(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	return data.DefaultPath()
}

// UnreadLogNotice tells what a read-only library with an unread
// write-ahead log does not show, and how to see it.
func UnreadLogNotice(lib *data.Library) string {
	return fmt.Sprintf("the library %s is read-only and changes saved to it last are in %s-wal, which a read-only library does not read; "+
		"make the file writable and open it once to see them", termName(lib.Path()), termName(lib.Path()))
}

// openLibrary opens the library named by --library / VARIORUM_LIBRARY or
// the default one, creating it (see OpenLibrary), reporting failure as
// fail does for the command fs parses.
func openLibrary(ctx context.Context, e *env, fs *flag.FlagSet) (*data.Library, bool) {
	return openLibraryAt(ctx, e, fs, e.library)
}

// openExistingLibrary is openLibrary for a command that reads or changes
// what the library holds: when there is no library file it fails with
// errNoLibrary, naming the path and the commands that make one.
func openExistingLibrary(ctx context.Context, e *env, fs *flag.FlagSet) (*data.Library, bool) {
	path, err := libraryPath(e.library)
	if err == nil {
		if _, serr := os.Lstat(path); errors.Is(serr, os.ErrNotExist) {
			err = fmt.Errorf("%w at %s (variorum import FILE or variorum sample makes one)", errNoLibrary, path)
		}
	}
	if err != nil {
		fail(e, fs, err)
		return nil, false
	}
	return openLibraryAt(ctx, e, fs, path)
}

func openLibraryAt(ctx context.Context, e *env, fs *flag.FlagSet, path string) (*data.Library, bool) {
	lib, err := OpenLibrary(ctx, path)
	if err != nil {
		fail(e, fs, err)
		return nil, false
	}
	if lib.UnreadLog() {
		fmt.Fprintf(e.stderr, "%s: warning: %s\n", prefix(fs), UnreadLogNotice(lib))
	}
	return lib, true
}
