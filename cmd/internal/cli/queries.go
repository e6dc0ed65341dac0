// The subcommands that read the library: list, show and search.

package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/variorum/variorum/data"
)

// briefingJSON is a briefing with its versions, as "list --json" prints.
type briefingJSON struct {
	data.Briefing
	VersionList []data.Version `json:"version_list"`
}

// runList prints the briefings and their versions.
func runList(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "list", "variorum list [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	if code := parseNoArgs(e, fs, args); code >= 0 {
		return code
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	bs, err := lib.Briefings(ctx)
	if err != nil {
		return fail(e, fs, err)
	}
	out := make([]briefingJSON, 0, len(bs))
	for _, b := range bs {
		vs, err := lib.Versions(ctx, b.ID)
		if err != nil {
			return fail(e, fs, err)
		}
		if vs == nil {
			vs = []data.Version{}
		}
		out = append(out, briefingJSON{Briefing: b, VersionList: vs})
	}
	if *asJSON {
		return printJSON(e, fs, out)
	}
	if len(out) == 0 {
		fmt.Fprintln(e.stdout, "The library is empty. Import files with \"variorum import FILE...\" or the sample with \"variorum sample\".")
		return 0
	}
	for i, b := range out {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		head := []string{b.Slug}
		for _, s := range []string{b.Date, b.Place} {
			if s != "" {
				head = append(head, s)
			}
		}
		// Every field is escaped: a newline in a label or title must
		// not forge a row.
		fmt.Fprintf(e.stdout, "%s  %s\n", termName(strings.Join(head, "  ")), termName(b.Title))
		for _, v := range b.VersionList {
			fmt.Fprintf(e.stdout, "  %5d  %-20s %-3s %-12s %s\n", v.ID, termName(v.Label), termName(orDash(v.Language)), termName(v.Kind), termName(v.Source))
		}
	}
	return 0
}

// runShow prints a version's metadata and stored text.
func runShow(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "show", "variorum show ID [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	id, code := parseOneID(e, fs, args)
	if code >= 0 {
		return code
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	v, err := lib.Version(ctx, id)
	if err != nil {
		return fail(e, fs, err)
	}
	b, err := lib.Briefing(ctx, v.BriefingID)
	if err != nil {
		return fail(e, fs, err)
	}
	if *asJSON {
		return printJSON(e, fs, struct {
			*data.Version
			Briefing *data.Briefing `json:"briefing"`
		}{v, b})
	}
	printFields(e.stdout, [][2]string{
		{"version", strconv.FormatInt(v.ID, 10)},
		{"briefing", b.Slug + "  " + b.Title},
		{"label", v.Label}, {"language", v.Language}, {"kind", v.Kind},
		{"source", v.Source}, {"url", v.URL}, {"note", v.Note},
		{"file", v.FileName}, {"size", strconv.FormatInt(v.Size, 10) + " bytes"},
		{"sha256", v.SHA256}, {"encoding", v.Encoding}, {"format", v.Format},
		{"retrieved", v.RetrievedAt}, {"imported", v.ImportedAt.Local().Format("2006-01-02 15:04:05")},
	})
	fmt.Fprintln(e.stdout)
	io.WriteString(e.stdout, termText(v.Text)) // fmt would copy the text into its buffer first
	if !strings.HasSuffix(v.Text, "\n") {
		fmt.Fprintln(e.stdout)
	}
	return 0
}

// runSearch runs a full-text search over every version.
func runSearch(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "search", "variorum search [--json] [--limit N] QUERY\n\n"+
		"QUERY: words a version holds all of; \"a phrase\"; word* (a prefix); Lavrov OR Shoigu (either);\n"+
		"-Putin or NOT Putin (leaves out the versions that hold it; after -- where the query starts with it)")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", data.DefaultSearchLimit, "at most this many results")
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	query := strings.TrimSpace(strings.Join(rest, " "))
	if query == "" {
		return usageError(e, fs, "need a query")
	}
	if *limit < 1 {
		return usageError(e, fs, "--limit %d: need at least 1", *limit)
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	hits, err := lib.Search(ctx, query, *limit)
	if err != nil {
		return fail(e, fs, err)
	}
	if *asJSON {
		if hits == nil {
			hits = []data.Hit{}
		}
		return printJSON(e, fs, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stdout, "no matches")
		return 0
	}
	open, closeMark := "[", "]"
	if colorTerminal(e.stdout) {
		open, closeMark = "\x1b[1;33m", "\x1b[0m"
	}
	marks := strings.NewReplacer(data.SnippetOpen, open, data.SnippetClose, closeMark)
	for _, h := range hits {
		snip := marks.Replace(termName(h.Snippet)) // escaped before the marks add their own ESC
		at := ""
		if h.Offset >= 0 {
			at = fmt.Sprintf(", byte %d", h.Offset) // where "show ID --json" has it, to cite
		}
		fmt.Fprintf(e.stdout, "%5d  %s / %s (%s%s)\n       %s\n", h.VersionID, termName(h.BriefingSlug), termName(h.Label), termName(orDash(h.Language)), at, snip)
	}
	return 0
}
