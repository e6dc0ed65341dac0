package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/variorum/variorum/data"
)

// OpenLibrary opens the library at path, or the user's default library
// (data.DefaultPath) when path is "".
func OpenLibrary(ctx context.Context, path string) (*data.Library, error) {
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return data.Open(ctx, path)
}

// UnreadLogNotice tells what a read-only library with an unread
// write-ahead log does not show, and how to see it.
func UnreadLogNotice(lib *data.Library) string {
	return fmt.Sprintf("the library %s is read-only and changes saved to it last are in %s-wal, which a read-only library does not read; "+
		"make the file writable and open it once to see them", termName(lib.Path()), termName(lib.Path()))
}

// openLibrary opens the library named by --library / VARIORUM_LIBRARY or
// the default one, reporting failure as fail does for the command fs parses.
func openLibrary(ctx context.Context, e *env, fs *flag.FlagSet) (*data.Library, bool) {
	lib, err := OpenLibrary(ctx, e.library)
	if err != nil {
		fail(e, fs, err)
		return nil, false
	}
	if lib.UnreadLog() {
		fmt.Fprintf(e.stderr, "%s: warning: %s\n", prefix(fs), UnreadLogNotice(lib))
	}
	return lib, true
}
