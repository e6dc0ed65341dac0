package cli

import (
	"context"
	"flag"

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

// openLibrary opens the library named by --library / VARIORUM_LIBRARY or
// the default one, reporting failure as fail does for the command fs parses.
func openLibrary(ctx context.Context, e *env, fs *flag.FlagSet) (*data.Library, bool) {
	lib, err := OpenLibrary(ctx, e.library)
	if err != nil {
		fail(e, fs, err)
		return nil, false
	}
	return lib, true
}
