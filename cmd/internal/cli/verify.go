package cli

import (
	"context"
	"fmt"
)

// runVerify checks the library: its file, its search index and the text of
// every version against the hash taken at import. It is what to run after
// a crash, a full disk or a copy from another machine.
func runVerify(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "verify", "variorum verify")
	if code := parseNoArgs(e, fs, args); code >= 0 {
		return code
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	n, problems, err := lib.Verify(ctx)
	if err != nil {
		return fail(e, fs, err)
	}
	path := termName(lib.Path())
	if len(problems) == 0 {
		checked, unchecked := "the file, its search index", ""
		if lib.ReadOnly() {
			checked, unchecked = "the file", " (its search index is checked only with write access)"
		}
		fmt.Fprintf(e.stdout, "%s is sound: %s and the text of %s, as imported%s.\n", path, checked, plural(n, "version", "versions"), unchecked)
		return 0
	}
	for _, p := range problems {
		fmt.Fprintf(e.stdout, "%s: %s\n", path, termText(p.Error()))
	}
	fmt.Fprintf(e.stdout, "%s: %s found (%s read).\n", path, plural(len(problems), "problem", "problems"), plural(n, "version", "versions"))
	return 1
}

// plural is "1 version" or "3 versions".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
