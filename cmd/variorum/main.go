// Command variorum is Variorum's command line: every subcommand (diff,
// align, check, export, import, list, show, rm, edit, briefing, mv,
// search, sample, verify; see package cli) in a pure-Go binary that builds with CGO_ENABLED=0 and links no
// window toolkit.
//
// The window is in variorum-desktop. A plain run, a run with files, or
// "variorum gui" runs variorum-desktop, found next to this executable or on
// PATH, with the same arguments, so that "variorum a.txt b.txt" opens the
// two files compared wherever the desktop binary is installed.
//
//	variorum diff [--format json|text] [--base N] A B [C...]
//	variorum import FILE|DIR...
//	variorum list | show ID | rm ID | edit | briefing | mv | search QUERY | sample | verify
//	variorum [FILE...]     (runs variorum-desktop)
package main

import (
	"os"

	"github.com/variorum/variorum/cmd/internal/cli"
)

func main() {
	os.Exit(cli.Run(launchDesktop))
}
