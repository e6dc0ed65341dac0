// Command variorum-desktop is Variorum's window, built with Fyne (cgo, the
// X11/GL headers): run plainly it opens the window on the library, seeded
// with a bundled sample on first run; run with files it opens them
// compared, as meld does. It also holds every subcommand of the command
// line (see package cli), so that this one binary is all a desktop user
// needs:
//
//	variorum-desktop [--library PATH] [--size WxH] [FILE...]
//	variorum-desktop diff A B | import FILE... | list | ...
package main

import (
	"os"

	"github.com/variorum/variorum/cmd/internal/cli"
)

func main() {
	os.Exit(cli.Run(openWindow))
}
