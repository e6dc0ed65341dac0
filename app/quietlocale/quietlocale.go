// Package quietlocale keeps Fyne from logging "Error parsing user locale C"
// at start-up on systems whose locale is C.UTF-8 (the default of Debian
// containers and CI machines), which would otherwise add noise to the
// stderr of every variorum subcommand.
//
// Importing it for its side effect is enough: Go initialises packages in
// import-path order among those whose imports are ready, so this package,
// which imports only os and strings, runs before fyne.io/fyne/v2/lang
// (whose imports include golang.org/x/text, which sorts after it). It
// rewrites a locale variable set to C.<charset> to plain "C", which means
// the same for messages and which Fyne understands.
package quietlocale

import (
	"os"
	"strings"
)

func init() {
	// The variables gettext (and Fyne's locale lookup) read, first
	// non-empty wins.
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			_ = os.Setenv(name, "C")
		}
		return
	}
}
