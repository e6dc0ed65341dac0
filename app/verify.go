package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// libraryVerifier is a library that can check itself (data.Library.Verify):
// its file, its search index and every version's text against its import.
type libraryVerifier interface {
	Verify(ctx context.Context) (versions int, problems []error, err error)
	// ReadOnly reports a library opened without write access, whose
	// search index is not checked (its check writes).
	ReadOnly() bool
}

// checkLibrary checks the library away from the UI goroutine, with a
// dialog saying so, and shows what it found (File → Check library…).
func (mw *MainWindow) checkLibrary() {
	v, ok := mw.opts.Library.(libraryVerifier)
	if !ok {
		return
	}
	bg, ui := mw.VM.opts.Background, mw.VM.opts.UI // the view model's, defaults filled
	busy := dialog.NewCustomWithoutButtons("Checking the library", widget.NewProgressBarInfinite(), mw.Window)
	mw.dialogs.show(busy, nil)
	bg(func() {
		n, problems, err := v.Verify(mw.ctx)
		ui(func() {
			busy.Hide()
			if err != nil {
				mw.showError(fmt.Errorf("checking the library: %w", err))
				return
			}
			title := "The library is sound"
			if len(problems) > 0 {
				title = "The library has problems"
			}
			mw.dialogs.inform(title, verifyMessage(n, problems, v.ReadOnly()))
		})
	})
}

// verifyMessage says what a check of the library found: n versions read
// and the problems, each on a line of its own; readOnly, that the search
// index was not checked.
func verifyMessage(n int, problems []error, readOnly bool) string {
	switch {
	case len(problems) == 0 && readOnly:
		return fmt.Sprintf("The library file and the text of %s are as imported. Its search index is checked only with write access.", plural(n, "version", "versions"))
	case len(problems) == 0:
		return fmt.Sprintf("The library file, its search index and the text of %s are as imported.", plural(n, "version", "versions"))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s found (%s read):\n", plural(len(problems), "problem", "problems"), plural(n, "version", "versions"))
	for _, p := range problems[:min(len(problems), maxShownProblems)] {
		b.WriteString("\n• " + p.Error())
	}
	if more := len(problems) - maxShownProblems; more > 0 {
		fmt.Fprintf(&b, "\n\nand %d more: \"variorum verify\" lists them all.", more)
	}
	return b.String()
}

// maxShownProblems is how many problems the dialog lists: more would
// push its button off a window of 800 pixels.
const maxShownProblems = 8
