package cli

import (
	"bufio"
	"context"
	"fmt"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// runCheck checks renderings against their source, row by row, as a
// translator's QA tool does: numbers and dates, omissions and additions,
// untranslated text, names rendered in several ways.
func runCheck(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "check", "variorum check [--format text|json] [--lang L,...] SRC TGT [TGT...]")
	format := fs.String("format", "text", "output: text or json")
	lang := fs.String("lang", "", "the files' languages, comma-separated in file order; detected when not given")
	encoding := fs.String("encoding", "", "decode every file from this encoding instead of detecting it")
	files, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(files) < 2 {
		return usageError(e, fs, "need a source and one or more renderings")
	}
	if *format != "text" && *format != "json" {
		return usageError(e, fs, "unknown format %q (want text or json)", *format)
	}
	texts, langs, code := readVersions(e, fs, files, *encoding, *lang, 0)
	if code >= 0 {
		return code
	}
	res, err := compare.Compare(ctx, texts, compare.Options{Languages: langs})
	if err != nil {
		return fail(e, fs, err)
	}
	findings := compare.Check(res)
	if *format == "json" {
		type out struct {
			Files     []string             `json:"files"`
			Languages []string             `json:"languages"`
			Rows      int                  `json:"rows"`
			Findings  []export.JSONFinding `json:"findings"` // rows from 1, as the text says
		}
		return printJSON(e, fs, out{files, langs, len(res.Rows), export.JSONFindings(findings)})
	}
	w := bufio.NewWriter(e.stdout)
	for v := 1; v < len(files); v++ {
		fmt.Fprintf(w, "%s (%s) against %s (%s):\n", termName(files[v]), termName(orDash(langs[v])), termName(files[0]), termName(orDash(langs[0])))
		n := 0
		for _, f := range findings {
			if f.Version == v {
				fmt.Fprintf(w, "  %s\n", termName(f.String()))
				n++
			}
		}
		if n == 0 {
			fmt.Fprintln(w, "  nothing found")
		}
	}
	if err := w.Flush(); err != nil {
		return fail(e, fs, fmt.Errorf("writing the output: %w", err))
	}
	return 0
}
