package main

import (
	"context"
	"fmt"

	"github.com/variorum/variorum/assets"
)

// runSample imports the bundled sample briefing (idempotent).
func runSample(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "sample", "variorum sample")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		return usageError(e, fs, "unexpected argument %q", rest[0])
	}
	lib, ok := openLibrary(ctx, e, "sample")
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.ImportSample(ctx, assets.Sample())
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum sample: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "sample briefing %s (%d versions) in %s\n", b.Slug, b.Versions, lib.Path())
	return 0
}
