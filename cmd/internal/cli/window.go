package cli

import (
	"context"
	"fmt"
)

// Window is a request for the window, read from the command line.
type Window struct {
	// Args are the arguments after the global options, as given ("gui"
	// included when it was): what a launcher passes on.
	Args []string
	// Library is the path given with --library or VARIORUM_LIBRARY, or ""
	// for the default library.
	Library string
	// Files are to be imported into the library and compared.
	Files []string
	// Width and Height are the initial size asked for with --size, or 0.
	Width, Height float32
	// Change is the change to open on (1 for the first), or 0.
	Change int
}

// WindowFunc opens the window (or runs the program that has it) and returns
// the exit status. Messages it writes to e.Stderr start "variorum:".
type WindowFunc func(ctx context.Context, e Env, w Window) int

const windowUsage = "variorum [--library PATH] [--size WxH] [--change N] [FILE...]\n\nOpens the window; FILEs are imported into the library and compared."

// runWindow is the gui subcommand.
func runWindow(ctx context.Context, e *env, args []string) int {
	return openWindow(ctx, e, append([]string{"gui"}, args...), args)
}

// openWindow parses the window's options from args and hands them to the
// binary's window; raw is what the user gave after the global options.
func openWindow(ctx context.Context, e *env, raw, args []string) int {
	// The window is the default command: its messages start "variorum:".
	fs := newFlags(e, "", windowUsage)
	size := fs.String("size", "", "initial window size as WIDTHxHEIGHT (default 1280x800)")
	change := fs.Int("change", 0, "open on the Nth changed passage (1 for the first)")
	files, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	w := Window{Args: raw, Library: e.library, Files: files, Change: *change}
	if *change < 0 {
		fmt.Fprintf(e.stderr, "variorum: --change %d: want the number of a changed row, from 1\n", *change)
		return 2
	}
	if *size != "" {
		if _, err := fmt.Sscanf(*size, "%fx%f", &w.Width, &w.Height); err != nil || w.Width < 200 || w.Height < 200 {
			fmt.Fprintf(e.stderr, "variorum: --size %q: want WIDTHxHEIGHT, e.g. 1280x800\n", *size)
			return 2
		}
	}
	if e.window == nil {
		fmt.Fprintln(e.stderr, "variorum: this binary has no window; see \"variorum --help\" for the subcommands")
		return 2
	}
	return e.window(ctx, Env{Stdout: e.stdout, Stderr: e.stderr, Stdin: e.stdin}, w)
}
