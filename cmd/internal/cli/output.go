package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/variorum/variorum/data/textfile"
)

// fail reports err as "variorum CMD: err" and returns exit status 1, or
// 2 for a usageErr. A command stopped by a cancellation says only that:
// the status tells a script, and the cancellation's wrapping is no news
// to a user.
func fail(e *env, fs *flag.FlagSet, err error) int {
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(e.stderr, "%s: interrupted\n", prefix(fs))
		return exitInterrupted
	}
	fmt.Fprintf(e.stderr, "%s: %s\n", prefix(fs), termName(errText(err))) // one line, whatever a file name holds
	if errors.As(err, new(usageErr)) {
		return 2
	}
	return 1
}

// usageErr is a mistake in how a command was called that shows only once
// the command has read what it names (a --base past the versions chosen,
// a language TMX needs and no flag gave): fail exits 2 for it, as for a
// flag's.
type usageErr struct{ error }

func (u usageErr) Unwrap() error { return u.error }

// errText is err's message, with how to act on it here where the command
// line has the means: a file not in UTF-8 is named with --encoding, and
// one damaged here and there is read with its bad bytes replaced.
func errText(err error) string {
	if errors.Is(err, textfile.ErrInvalidUTF8) {
		return err.Error() + "; here: --encoding NAME, such as --encoding windows-1251, or --encoding " +
			textfile.EncUTF8Replace + " to read it with the damaged bytes replaced"
	}
	return err.Error()
}

// printJSON prints v as indented JSON, returning the exit status.
func printJSON(e *env, fs *flag.FlagSet, v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fail(e, fs, err)
	}
	return 0
}

// printFields prints the non-empty fields as aligned "name: value" lines.
func printFields(w io.Writer, fields [][2]string) {
	for _, kv := range fields {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-9s %s\n", kv[0]+":", termName(kv[1]))
		}
	}
}

// colorTerminal reports a terminal that may be coloured: unless the
// user set NO_COLOR (no-color.org).
func colorTerminal(w io.Writer) bool { return os.Getenv("NO_COLOR") == "" && isTerminal(w) }

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	if ew, ok := w.(*errWriter); ok {
		w = ew.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// langLabel is how a version's language tag reads in a text report: an
// undetermined language given its own tag so that it aligns across
// languages ("und-Latn", "und-Latn-x-other", "und-Latn-x-other2", see
// textfile.MarkApart) reads as "undetected", "other language",
// "other language 2"; "" is "-", and another tag is itself.
func langLabel(tag string) string {
	if tag != "und" && !strings.HasPrefix(tag, "und-") {
		return orDash(tag)
	}
	_, other, ok := strings.Cut(tag, "-x-other")
	switch {
	case !ok:
		return "undetected"
	case strings.Trim(other, "0123456789") != "":
		return tag // a tag of the user's own
	}
	return strings.TrimSpace("other language " + other)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
