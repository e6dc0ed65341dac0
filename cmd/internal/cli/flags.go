package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
)

// prefix is what messages about the command fs parses start with:
// "variorum CMD", or plain "variorum" for the window's unnamed flag set.
func prefix(fs *flag.FlagSet) string {
	if fs.Name() == "" {
		return "variorum"
	}
	return "variorum " + fs.Name()
}

// newFlags makes a command's flag set writing its messages to stderr
// (help asked for goes to stdout: see parseInterspersed).
func newFlags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: "+usage)
		fs.PrintDefaults()
	}
	return fs
}

// libraryFlag names the flag that names the library file.
const libraryFlag = "library"

// newLibraryFlags is newFlags for a command that opens the library: it
// also takes --library PATH after the command's name, where users put it
// as often as before ("variorum list --library L").
func newLibraryFlags(e *env, name, usage string) *flag.FlagSet {
	fs := newFlags(e, name, usage)
	fs.Func(libraryFlag, "the library `PATH` (as given before the command)", func(path string) error {
		e.library = path
		return nil
	})
	return fs
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (everything after "--" is positional). It
// returns the positional arguments and the exit status to return when
// parsing ends the command (0 for -h, 2 for a usage error), or -1. Help
// asked for goes to stdout, to be paged or searched; a usage error's goes
// to stderr, with the usage.
func parseInterspersed(e *env, fs *flag.FlagSet, args []string) ([]string, int) {
	fs.SetOutput(io.Discard) // the flag package's own messages: written below
	defer fs.SetOutput(e.stderr)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, 0
			}
			fs.SetOutput(e.stderr)
			fmt.Fprintln(e.stderr, err)
			fs.Usage()
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

// usageError reports a mistake in how the command fs parses was called,
// as "variorum CMD: problem" followed by its usage, and returns exit
// status 2.
func usageError(e *env, fs *flag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "%s: %s\n", prefix(fs), fmt.Sprintf(format, args...))
	fs.Usage()
	return 2
}

// parseNoArgs parses fs from args, which must hold no positional
// arguments; it returns the exit status to end the command with, or -1.
func parseNoArgs(e *env, fs *flag.FlagSet, args []string) int {
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		return usageError(e, fs, "unexpected argument %q", rest[0])
	}
	return -1
}

// parseOneID parses fs from args, which must hold one version ID as their
// only positional argument; it returns the ID and the exit status to end
// the command with, or -1.
func parseOneID(e *env, fs *flag.FlagSet, args []string) (int64, int) {
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return 0, code
	}
	if len(rest) != 1 {
		return 0, usageError(e, fs, "need one version ID")
	}
	ids, code := parseIDs(e, fs, rest)
	if code >= 0 {
		return 0, code
	}
	return ids[0], -1
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
