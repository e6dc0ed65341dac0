package cli

import (
	"context"
	"fmt"

	"github.com/variorum/variorum/assets"
)

// runSample imports the bundled sample briefing (idempotent).
func runSample(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "sample", "variorum sample")
	if code := parseNoArgs(e, fs, args); code >= 0 {
		return code
	}
	lib, ok := openLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.ImportSample(ctx, assets.Sample())
	if err != nil {
		return fail(e, fs, err)
	}
	fmt.Fprintf(e.stdout, "sample briefing %s (%d versions) in %s\n", b.Slug, b.Versions, lib.Path())
	return 0
}
