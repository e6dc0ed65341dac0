// Command variorum compares versions and translations of one briefing.
//
// Run plainly it opens the window on the library (seeded with a bundled
// sample on first run); run with files it opens them compared, as meld does.
// Subcommands make it scriptable:
//
//	variorum diff [--format json|text] [--base N] A B [C...]
//	variorum import FILE|DIR...
//	variorum list | show ID | rm ID | edit | briefing | mv | search QUERY | sample
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: it parses its own flags from args and returns
// the process exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) int
	gui     bool // needs the window (and so a display)
}

// env carries what every subcommand needs; no package-level state.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	// library is the path given with --library, or "" for the default.
	library string
}

func commands() []command {
	return []command{
		{name: "diff", summary: "compare two or more files without touching the library", run: runDiff},
		{name: "import", summary: "import files or folders into the library", run: runImport},
		{name: "list", summary: "list the briefings and versions in the library", run: runList},
		{name: "show", summary: "show a version's metadata and text", run: runShow},
		{name: "rm", summary: "remove a version from the library", run: runRm},
		{name: "edit", summary: "edit a version's metadata", run: runEdit},
		{name: "briefing", summary: "edit a briefing's metadata", run: runBriefing},
		{name: "mv", summary: "move a version to another briefing", run: runMv},
		{name: "search", summary: "full-text search over every version", run: runSearch},
		{name: "sample", summary: "import the bundled sample briefing", run: runSample},
		{name: "gui", summary: "open the window (the default with no subcommand)", run: runGUI, gui: true},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run dispatches args to a subcommand, or to the window when the first
// argument is not a subcommand's name.
func run(ctx context.Context, e *env, args []string) int {
	// Global options come before the subcommand.
	for len(args) > 0 {
		switch {
		case args[0] == "--library" || args[0] == "-library":
			if len(args) < 2 {
				fmt.Fprintln(e.stderr, "variorum: --library needs a path")
				return 2
			}
			e.library, args = args[1], args[2:]
			continue
		case len(args[0]) > 10 && args[0][:10] == "--library=":
			e.library, args = args[0][10:], args[1:]
			continue
		case args[0] == "-h" || args[0] == "--help" || args[0] == "help":
			usage(e.stdout)
			return 0
		}
		break
	}
	if e.library == "" {
		e.library = os.Getenv("VARIORUM_LIBRARY")
	}
	if len(args) > 0 {
		for _, c := range commands() {
			if c.name == args[0] {
				return c.run(ctx, e, args[1:])
			}
		}
	}
	// Plain run, window options (--size) or files: the window, whose flag
	// parsing reports unknown options.
	return runGUI(ctx, e, args)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, `Variorum aligns versions and translations of a text and highlights every change.

usage:
  variorum [--library PATH]                 open the window on the library
  variorum [--library PATH] A B [C...]      open files compared (imported into the library)
  variorum [--library PATH] COMMAND [ARGS]

commands:`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, `
The library is a SQLite file in the user's data directory unless --library
or VARIORUM_LIBRARY names another. Run "variorum COMMAND -h" for a command's options.`)
}
