package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/variorum/variorum/data"
)

// openLibrary opens the library named by --library / VARIORUM_LIBRARY or
// the default one, reporting failure as "variorum CMD: problem".
func openLibrary(ctx context.Context, e *env, cmd string) (*data.Library, bool) {
	path := e.library
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			fmt.Fprintf(e.stderr, "variorum %s: %v\n", cmd, err)
			return nil, false
		}
		path = p
	}
	lib, err := data.Open(ctx, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum %s: %v\n", cmd, err)
		return nil, false
	}
	return lib, true
}

// newFlags makes a command's flag set writing its messages to stderr.
func newFlags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: "+usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (everything after "--" is positional). It
// returns the positional arguments and the exit status to return when
// parsing ends the command (0 for -h, 2 for a usage error), or -1.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0
			}
			return nil, 2
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, -1
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), -1
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// usageError reports a mistake in how the command fs parses was called,
// as "variorum CMD: problem" followed by its usage, and returns exit
// status 2.
func usageError(e *env, fs *flag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "variorum %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return 2
}

// parseIDs reads version IDs; on a bad one it reports a usage error and
// returns its exit status, else -1.
func parseIDs(e *env, fs *flag.FlagSet, args []string) ([]int64, int) {
	ids := make([]int64, 0, len(args))
	for _, s := range args {
		id, ok := parseID(s)
		if !ok {
			return nil, usageError(e, fs, "%q is not a version ID", s)
		}
		ids = append(ids, id)
	}
	return ids, -1
}

// parseID reads a positive version id.
func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0
}
