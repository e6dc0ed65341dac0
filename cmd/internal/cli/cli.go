// Package cli is Variorum's command line: the subcommands (diff, align,
// check, export, import, list, show, rm, edit, briefing, mv, search,
// sample, verify, gui) and the dispatcher that picks one, shared by the two
// binaries.
//
// It links no window toolkit. The window is injected as a WindowFunc:
// variorum-desktop passes the Fyne window, variorum passes a launcher that
// runs variorum-desktop. Either way this package parses the window's
// options, so a mistake in them is reported the same by both binaries.
//
//	variorum diff [--format json|text] [--base N] [--lang L,...] A B [C...]
//	variorum align [--segmented] [--unit sentence|paragraph] [--format ladder|json|tsv|tmx] SRC TGT
//	variorum check [--format text|json] SRC TGT...
//	variorum export --format html|csv|json|tei|md|tmx [--briefing SLUG] [--versions A,B] -o FILE
//	variorum import FILE|DIR...
//	variorum list | show ID | rm ID | edit | briefing | mv | search QUERY | sample | verify
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/variorum/variorum/compare"
)

// Version is Variorum's version, printed by --version. It is kept equal to
// Version in cmd/variorum-desktop/FyneApp.toml (TestVersionMatchesFyneApp).
const Version = "0.1.0"

// Env is what a run reads and writes.
type Env struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
}

// command is one subcommand: it parses its own flags from args and returns
// the process exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) int
}

// env is Env with what the global options and the binary set; no
// package-level state.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	// library is the path given with --library or VARIORUM_LIBRARY, or ""
	// for the default.
	library string
	// window opens the window; nil in a binary that has none.
	window WindowFunc
}

func commands() []command {
	return []command{
		{name: "diff", summary: "compare two or more files without touching the library", run: runDiff},
		{name: "align", summary: "align a text with its translation, sentence by sentence (ladder, json, tsv, tmx)", run: runAlign},
		{name: "check", summary: "check renderings against their source: numbers, omissions, names", run: runCheck},
		{name: "export", summary: "write a report of a briefing's comparison: html, csv, json, tei, md or tmx", run: runExport},
		{name: "import", summary: "import files or folders into the library", run: runImport},
		{name: "list", summary: "list the briefings and versions in the library", run: runList},
		{name: "show", summary: "show a version's metadata and text", run: runShow},
		{name: "rm", summary: "remove a version from the library", run: runRm},
		{name: "edit", summary: "edit a version's metadata", run: runEdit},
		{name: "briefing", summary: "edit a briefing's metadata", run: runBriefing},
		{name: "mv", summary: "move a version to another briefing", run: runMv},
		{name: "search", summary: "full-text search over every version", run: runSearch},
		{name: "sample", summary: "import the bundled sample briefing", run: runSample},
		{name: "verify", summary: "check the library file and every version's text against its import", run: runVerify},
		{name: "gui", summary: "open the window (the default with no subcommand)", run: runWindow},
	}
}

// Main runs the command line args (without the program name) and returns
// the exit status. window opens the window for a plain run, files or the
// gui subcommand; nil reports that this binary has none.
func Main(ctx context.Context, e Env, args []string, window WindowFunc) int {
	return run(ctx, &env{stdout: e.Stdout, stderr: e.Stderr, stdin: e.Stdin, window: window}, args)
}

// Run is a binary's main: it runs the process's arguments with its
// standard streams, cancelled by an interrupt or SIGTERM, and returns the
// exit status for os.Exit.
func Run(window WindowFunc) int {
	ctx, stop := signalContext(os.Interrupt, syscall.SIGTERM)
	defer stop()
	code := Main(ctx, Env{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin}, os.Args[1:], window)
	if code != 0 && ctx.Err() != nil {
		return signalStatus(context.Cause(ctx)) // whichever command the signal stopped
	}
	return code
}

// signalled is the cause of a context cancelled by a signal. It matches
// context.Canceled, as a plain cancellation's cause does.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string        { return s.sig.String() + " signal received" }
func (s signalled) Is(target error) bool { return target == context.Canceled }

// signalContext is signal.NotifyContext, with the signal kept in the
// context's cause so that the exit status can tell SIGINT from SIGTERM.
func signalContext(sigs ...os.Signal) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case s := <-ch:
			cancel(signalled{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// signalStatus is the exit status of a command stopped by cause, as shells
// report a process killed by a signal: 128 plus its number (130 for an
// interrupt, 143 for SIGTERM).
func signalStatus(cause error) int {
	var s signalled
	if errors.As(cause, &s) {
		if n, ok := s.sig.(syscall.Signal); ok {
			return 128 + int(n)
		}
	}
	return exitInterrupted
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
		case strings.HasPrefix(args[0], "--library="):
			e.library, args = strings.TrimPrefix(args[0], "--library="), args[1:]
			continue
		case args[0] == "help" && len(args) > 1 && !strings.HasPrefix(args[1], "-") && args[1] != "help":
			// "variorum help diff" is "variorum diff --help".
			for _, c := range commands() {
				if c.name == args[1] {
					return runCommand(ctx, e, c, []string{"--help"})
				}
			}
			fmt.Fprintf(e.stderr, "variorum help: unknown command %q%s; see \"variorum --help\"\n", args[1], didYouMean(args[1]))
			return 2
		case args[0] == "-h" || args[0] == "--help" || args[0] == "help":
			usage(e.stdout)
			return 0
		case args[0] == "--version" || args[0] == "-version":
			fmt.Fprintln(e.stdout, "variorum "+Version)
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
				return runCommand(ctx, e, c, args[1:])
			}
		}
	}
	// Plain run, window options (--size) or files: the window, whose flag
	// parsing reports unknown options. A word that names no file was
	// meant as a command ("gui -- diff" opens a file named diff).
	if len(args) > 0 && looksLikeCommand(args[0]) {
		fmt.Fprintf(e.stderr, "variorum: unknown command %q%s; see \"variorum --help\"\n", args[0], didYouMean(args[0]))
		return 2
	}
	if len(args) > 0 && unknownOption(args[0]) {
		// Not the window's usage: "--versoin" was meant for the program.
		fmt.Fprintf(e.stderr, "variorum: unknown option %q%s; see \"variorum --help\"\n", args[0], closestOption(args[0]))
		return 2
	}
	return openWindow(ctx, e, args, args)
}

// topOptions are the options plain "variorum" takes: the global ones and
// the window's.
func topOptions() []string { return []string{"--library", "--help", "--version", "--size", "--change"} }

// unknownOption reports an argument written as an option that plain
// "variorum" does not take.
func unknownOption(arg string) bool {
	if arg == "-" || arg == "--" || !strings.HasPrefix(arg, "-") {
		return false
	}
	return !slices.Contains(topOptions(), optionName(arg))
}

// optionName is arg, written as an option, as "--name" without its value.
func optionName(arg string) string {
	name, _, _ := strings.Cut("--"+strings.TrimLeft(arg, "-"), "=")
	return name
}

// closestOption suggests the option of plain "variorum" closest to arg,
// when one is within two edits of it.
func closestOption(arg string) string { return closest(optionName(arg), topOptions()) }

// runCommand runs c with its output through a writer that keeps the
// first write error: a command that printed into a full disk or a closed
// file did not do its work, whatever it returned.
func runCommand(ctx context.Context, e *env, c command, args []string) int {
	if c.name == "gui" {
		return c.run(ctx, e, args) // the window gets the streams as they are
	}
	out := &errWriter{w: e.stdout}
	ce := *e
	ce.stdout = out
	code := c.run(ctx, &ce, args)
	if code == 0 && out.err != nil {
		fmt.Fprintf(e.stderr, "variorum %s: writing the output: %v\n", c.name, out.err)
		return 1
	}
	return code
}

// errWriter is a writer that remembers its first error.
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, `Variorum aligns versions and translations of a text and highlights every change.

usage:
  variorum [--library PATH]                 open the window on the library
  variorum [--library PATH] A B [C...]      open files side by side, A the base (imported into the library)
  variorum [--library PATH] COMMAND [ARGS]
  variorum --version

commands:`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, `
The library is a SQLite file in the user's data directory unless --library
or VARIORUM_LIBRARY names another. Run "variorum help COMMAND" (or "variorum COMMAND -h") for a command's options.

Exit status: 0 when the command did its work (whether or not diff found
differences or check findings), 1 on an error, 2 on a usage error, 130
when interrupted (Ctrl+C) and 143 when terminated (SIGTERM).`)
}

// looksLikeCommand reports whether arg, given where a file may be, is
// rather a mistyped subcommand: a lower-case word that names no file.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.TrimFunc(arg, func(r rune) bool { return 'a' <= r && r <= 'z' }) != "" {
		return false
	}
	_, err := os.Stat(arg)
	return errors.Is(err, fs.ErrNotExist)
}

// didYouMean suggests the subcommand closest to word, when one is within
// two edits of it.
func didYouMean(word string) string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return closest(word, names)
}

// closest suggests the one of names closest to word, when one is within
// two edits of it: " (did you mean "diff"?)", else "".
func closest(word string, names []string) string {
	best, dist := "", 3
	for _, n := range names {
		if d := compare.LetterDistance(word, n); d < dist {
			best, dist = n, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
