package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// runCheck checks renderings against their source, row by row, as a
// translator's QA tool does: numbers and dates, omissions and additions,
// untranslated text, names rendered in several ways.
func runCheck(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "check", "variorum check [--format text|json] [--lang L,...] SRC TGT [TGT...]")
	format := fs.String("format", "text", "output: text or json")
	lang := fs.String("lang", "", "the files' languages, comma-separated in file order (an empty one is detected: ,en); detected when not given")
	encoding := fs.String("encoding", "", encodingUsage)
	files, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(files) < 2 {
		return usageError(e, fs, "need a source and one or more renderings")
	}
	if *format != "text" && *format != "json" {
		return usageError(e, fs, "unknown format %q (want text or json)", *format)
	}
	texts, langs, _, code := readVersions(ctx, e, fs, files, *encoding, *lang, 0, false)
	if code >= 0 {
		return code
	}
	res, err := compare.Compare(ctx, texts, compare.Options{Languages: langs})
	if err != nil {
		return fail(e, fs, err)
	}
	findings, err := compare.CheckContext(ctx, res)
	if err != nil {
		return fail(e, fs, err)
	}
	// Rows are numbered as the window and the exports lay them out.
	rows, rowOf := res.MovesInPlace()
	findings = export.LaidOut(findings, rowOf)
	t := laidOutTable{res.Texts, rows}
	if *format == "json" {
		return printJSON(e, fs, findingsJSON(t, findings, files, langs))
	}
	if err := findingsAsText(e.stdout, t, findings, files, langs); err != nil {
		return fail(e, fs, fmt.Errorf("writing the output: %w", err))
	}
	return 0
}

// findingsJSON is what "variorum check --format json" prints: the files
// and their languages, the number of rows, and the findings, each with
// the texts of its row.
func findingsJSON(res laidOutTable, findings []compare.Finding, files, langs []string) any {
	type finding struct {
		export.JSONFinding
		// The texts of the finding's (first) row, so that a reader
		// needs not align the files again to see it.
		SourceText string `json:"source_text"`
		TargetText string `json:"target_text"`
	}
	type out struct {
		Files     []string  `json:"files"`
		Languages []string  `json:"languages"`
		Rows      int       `json:"rows"`
		Findings  []finding `json:"findings"` // rows from 1, as the text says
	}
	list := make([]finding, len(findings))
	for i, f := range export.JSONFindings(findings) {
		list[i] = finding{f, rowText(res, f.Finding.Row, 0), rowText(res, f.Finding.Row, f.Version)}
	}
	return out{files, langs, len(res.rows), list}
}

// findingsAsText writes the findings rendering by rendering, each with its
// row quoted, as "variorum check" does.
func findingsAsText(out io.Writer, res laidOutTable, findings []compare.Finding, files, langs []string) error {
	w := bufio.NewWriter(out)
	for v := 1; v < len(files); v++ {
		fmt.Fprintf(w, "%s (%s) against %s (%s):\n", termName(files[v]), termName(langLabel(langs[v])), termName(files[0]), termName(langLabel(langs[0])))
		n := 0
		for _, f := range findings {
			if f.Version == v {
				fmt.Fprintf(w, "  %s\n", termName(f.String()))
				src, tgt := f.Focus()
				quoteRow(w, res, f.Row, []int{0, v}, []string{langLabel(langs[0]), langLabel(langs[v])}, []string{src, tgt})
				n++
			}
		}
		if n == 0 {
			fmt.Fprintln(w, "  nothing found")
		}
	}
	return w.Flush()
}

// quotedRunes is how much of a row's text a check quotes under its
// finding: a line of a wide terminal.
const quotedRunes = 100

// quoteRow prints the text of row r in each version of vs, labelled,
// one shortened line each, under a finding: row numbers alone send a
// reader back to the files. Where focus names a word of a version's text
// that the line would cut off, the line is taken around it.
func quoteRow(w io.Writer, res laidOutTable, r int, vs []int, labels, focus []string) {
	for k, v := range vs {
		if t := rowText(res, r, v); t != "" {
			fmt.Fprintf(w, "      %s: %s\n", termName(labels[k]), termName(clipAround(t, focus[k], quotedRunes)))
		}
	}
}

// clipAround is export.Clip(s, n), but where word is in s past what that
// keeps, the n runes around it, with "…" where s is cut, word a third of
// the way in: what a finding is about stays in its quote.
func clipAround(s, word string, n int) string {
	s = export.Squeeze(s)
	rs := []rune(s)
	i, j := focusSpan(s, word)
	if i < 0 || len(rs) <= n {
		return export.Clip(s, n)
	}
	at := utf8.RuneCountInString(s[:i])
	if at+utf8.RuneCountInString(s[i:j]) < n-1 {
		return export.Clip(s, n)
	}
	from := max(1, min(at-n/3, len(rs)-(n-1)))
	if from+n-1 >= len(rs) {
		return "…" + string(rs[from:]) // the end of s, no "…" after it
	}
	return "…" + string(rs[from:from+n-2]) + "…"
}

// focusSpan is where word, a finding's focus, stands in s, [i, j), or
// i = -1: a number as s writes it, its digit groups aside and its
// decimal mark either ("12 500" for 12500, "3,5" for 3.5, not "35"), not
// inside a longer number or a word (45 in 1945, A45); a word as a whole
// word.
func focusSpan(s, word string) (i, j int) {
	if word == "" {
		return -1, -1
	}
	if strings.Trim(word, "0123456789.,") == "" && strings.ContainsAny(word, "0123456789") {
		want := numberValue(word)
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsDigit(r) {
				i += size
				continue
			}
			j := numberEnd(s, i)
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsLetter(before) && numberValue(s[i:j]) == want {
				return i, j
			}
			i = j
		}
		return -1, -1
	}
	for from := 0; ; {
		k := strings.Index(s[from:], word)
		if k < 0 {
			return -1, -1
		}
		i, j := from+k, from+k+len(word)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return i, j
		}
		from = j
	}
}

// numberValue is a number in figures as written (digit groups parted by a
// space, a comma or a full stop; a decimal comma or point) with its
// groups joined and its decimal mark a point: "12 500" and "12,500" are
// 12500, "3,5" is 3.5. A mark before three digits and no more parts a
// group.
func numberValue(x string) string {
	var b strings.Builder
	for i := 0; i < len(x); {
		r, size := utf8.DecodeRuneInString(x[i:])
		switch {
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ',' || r == '.':
			k := i + size
			for k < len(x) && x[k] >= '0' && x[k] <= '9' {
				k++
			}
			if k-(i+size) != 3 {
				b.WriteByte('.') // a decimal mark
			}
		}
		i += size
	}
	return b.String()
}

// numberEnd is the end of the number in figures that starts at s[i]:
// its digits with the group marks and decimal mark between them (a
// space, a no-break or thin space, a comma, a full stop).
func numberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsDigit(r) {
			j += size
			continue
		}
		if strings.ContainsRune(" \u00a0\u202f\u2009,.", r) {
			if next, _ := utf8.DecodeRuneInString(s[j+size:]); unicode.IsDigit(next) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// laidOutTable is a comparison's texts with its rows laid out as the
// window shows them (Result.MovesInPlace), which findings' rows then
// count.
type laidOutTable struct {
	texts []string
	rows  []compare.Row
}

// rowText is the text of row r in version v, on one line, or "" where
// the version has none there.
func rowText(res laidOutTable, r, v int) string {
	if r < 0 || r >= len(res.rows) || res.rows[r].Cells[v] == nil {
		return ""
	}
	c := res.rows[r].Cells[v]
	return export.Squeeze(res.texts[v][c.Start:c.End])
}
