package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
)

// openLibrary opens the library named by --library / VARIORUM_LIBRARY or
// the default one, reporting failure as "variorum CMD: problem".
func openLibrary(ctx context.Context, e *env, cmd string) (*data.Library, bool) {
	path := e.library
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			fmt.Fprintf(e.stderr, "variorum %s: %v\n", cmd, err)
			return nil, false
		}
		path = p
	}
	lib, err := data.Open(ctx, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum %s: %v\n", cmd, err)
		return nil, false
	}
	return lib, true
}

// newFlags makes a command's flag set writing its messages to stderr.
func newFlags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: "+usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (everything after "--" is positional). It
// returns the positional arguments and the exit status to return when
// parsing ends the command (0 for -h, 2 for a usage error), or -1.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0
			}
			return nil, 2
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, -1
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), -1
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

const importUsage = "variorum import [--briefing SLUG | --new-briefing TITLE] [--lang L] [--source S] [--kind K] [--date D] [--encoding E] FILE|DIR..."

func runImport(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "import", importUsage)
	var opt data.ImportOptions
	fs.StringVar(&opt.BriefingSlug, "briefing", "", "add the versions to the existing briefing with this slug")
	fs.StringVar(&opt.NewBriefingTitle, "new-briefing", "", "create a new briefing with this title for the versions")
	fs.StringVar(&opt.Lang, "lang", "", "language of the versions, e.g. ru or en (default: detected)")
	fs.StringVar(&opt.Source, "source", "", "where the versions come from")
	fs.StringVar(&opt.Kind, "kind", "", "kind of version: "+strings.Join(data.Kinds(), ", ")+" (default other)")
	fs.StringVar(&opt.Date, "date", "", "date of a new briefing, e.g. 2024-06-21")
	fs.StringVar(&opt.Place, "place", "", "place of a new briefing")
	fs.StringVar(&opt.Encoding, "encoding", "", "decode the files from this encoding, e.g. windows-1251 (default: detected)")
	fs.StringVar(&opt.Label, "label", "", "label of the version (default: the file name without extension)")
	fs.StringVar(&opt.URL, "url", "", "address the version was retrieved from")
	fs.StringVar(&opt.RetrievedAt, "retrieved", "", "date the version was retrieved")
	fs.StringVar(&opt.Note, "note", "", "a note on the version")
	paths, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	usageErr := func(msg string) int {
		fmt.Fprintf(e.stderr, "variorum import: %s\n", msg)
		fs.Usage()
		return 2
	}
	switch {
	case len(paths) == 0:
		return usageErr("no files or folders to import")
	case opt.BriefingSlug != "" && opt.NewBriefingTitle != "":
		return usageErr("give --briefing or --new-briefing, not both")
	case opt.Kind != "" && !data.ValidKind(opt.Kind):
		return usageErr(fmt.Sprintf("unknown kind %q (want one of %s)", opt.Kind, strings.Join(data.Kinds(), ", ")))
	}
	if opt.Encoding != "" {
		if _, _, err := data.LookupEncoding(opt.Encoding); err != nil {
			return usageErr(err.Error())
		}
	}
	lib, ok := openLibrary(ctx, e, "import")
	if !ok {
		return 1
	}
	defer lib.Close()
	if opt.BriefingSlug != "" {
		if _, err := lib.BriefingBySlug(ctx, opt.BriefingSlug); err != nil {
			fmt.Fprintf(e.stderr, "variorum import: %v (see \"variorum list\")\n", err)
			return 1
		}
	}
	tty := isTerminal(e.stderr)
	bar := &progressBar{w: e.stderr}
	progress := func(done, total int, file string) {
		if tty {
			bar.draw(done, total, file)
		}
	}
	sum, err := lib.ImportPaths(ctx, paths, opt, progress)
	if tty {
		bar.clear()
	}
	for _, v := range sum.Imported {
		fmt.Fprintf(e.stdout, "imported %s as version %d (%s, %s, %s, %s)\n",
			v.FileName, v.ID, v.Label, orDash(v.Language), v.Encoding, v.Format)
	}
	for _, d := range sum.Duplicates {
		fmt.Fprintf(e.stderr, "variorum import: %s: already imported as version %d (%s)\n", d.Path, d.Existing.ID, d.Existing.Label)
	}
	for _, f := range sum.Failed {
		fmt.Fprintf(e.stderr, "variorum import: %s: %s\n", f.Path, oneLine(f.Err.Error()))
	}
	where := ""
	if sum.BriefingID != 0 {
		if b, err := lib.Briefing(ctx, sum.BriefingID); err == nil {
			where = fmt.Sprintf(" into briefing %s", b.Slug)
		}
	}
	fmt.Fprintf(e.stdout, "%d file(s): %d imported%s, %d already in the library, %d failed\n",
		sum.Total, len(sum.Imported), where, len(sum.Duplicates), len(sum.Failed))
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum import: stopped: %v\n", err)
		return 1
	}
	if len(sum.Failed) > 0 {
		return 1
	}
	return 0
}

// progressBar draws a one-line progress bar on a terminal.
type progressBar struct {
	w     io.Writer
	drawn bool
}

func (p *progressBar) draw(done, total int, file string) {
	const width = 30
	if total <= 0 {
		return
	}
	n := done * width / total
	name := filepath.Base(file)
	if file == "" {
		name = ""
	}
	if len(name) > 40 {
		name = name[:37] + "..."
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total, name)
	p.drawn = true
}

func (p *progressBar) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// briefingJSON is a briefing with its versions, as "list --json" prints.
type briefingJSON struct {
	data.Briefing
	VersionList []data.Version `json:"version_list"`
}

func runList(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "list", "variorum list [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "variorum list: unexpected argument %q\n", rest[0])
		fs.Usage()
		return 2
	}
	lib, ok := openLibrary(ctx, e, "list")
	if !ok {
		return 1
	}
	defer lib.Close()
	bs, err := lib.Briefings(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum list: %v\n", err)
		return 1
	}
	out := make([]briefingJSON, 0, len(bs))
	for _, b := range bs {
		vs, err := lib.Versions(ctx, b.ID)
		if err != nil {
			fmt.Fprintf(e.stderr, "variorum list: %v\n", err)
			return 1
		}
		if vs == nil {
			vs = []data.Version{}
		}
		out = append(out, briefingJSON{Briefing: b, VersionList: vs})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "variorum list: %v\n", err)
			return 1
		}
		return 0
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
		fmt.Fprintf(e.stdout, "%s  %s\n", strings.Join(head, "  "), b.Title)
		for _, v := range b.VersionList {
			fmt.Fprintf(e.stdout, "  %5d  %-20s %-3s %-12s %s\n", v.ID, v.Label, orDash(v.Language), v.Kind, v.Source)
		}
	}
	return 0
}

// parseID reads a positive version id.
func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0
}

func runShow(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "show", "variorum show ID [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		fmt.Fprintln(e.stderr, "variorum show: need one version ID")
		fs.Usage()
		return 2
	}
	id, ok := parseID(rest[0])
	if !ok {
		fmt.Fprintf(e.stderr, "variorum show: %q is not a version ID\n", rest[0])
		fs.Usage()
		return 2
	}
	lib, ok := openLibrary(ctx, e, "show")
	if !ok {
		return 1
	}
	defer lib.Close()
	v, err := lib.Version(ctx, id)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum show: %v\n", err)
		return 1
	}
	b, err := lib.Briefing(ctx, v.BriefingID)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum show: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err := enc.Encode(struct {
			*data.Version
			Briefing *data.Briefing `json:"briefing"`
		}{v, b})
		if err != nil {
			fmt.Fprintf(e.stderr, "variorum show: %v\n", err)
			return 1
		}
		return 0
	}
	for _, kv := range [][2]string{
		{"version", strconv.FormatInt(v.ID, 10)},
		{"briefing", b.Slug + "  " + b.Title},
		{"label", v.Label}, {"language", v.Language}, {"kind", v.Kind},
		{"source", v.Source}, {"url", v.URL}, {"note", v.Note},
		{"file", v.FileName}, {"size", strconv.FormatInt(v.Size, 10) + " bytes"},
		{"sha256", v.SHA256}, {"encoding", v.Encoding}, {"format", v.Format},
		{"retrieved", v.RetrievedAt}, {"imported", v.ImportedAt.Local().Format("2006-01-02 15:04:05")},
	} {
		if kv[1] != "" {
			fmt.Fprintf(e.stdout, "%-9s %s\n", kv[0]+":", kv[1])
		}
	}
	fmt.Fprintln(e.stdout)
	fmt.Fprint(e.stdout, v.Text)
	if !strings.HasSuffix(v.Text, "\n") {
		fmt.Fprintln(e.stdout)
	}
	return 0
}

func runRm(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "rm", "variorum rm ID...")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) == 0 {
		fmt.Fprintln(e.stderr, "variorum rm: need a version ID")
		fs.Usage()
		return 2
	}
	var ids []int64
	for _, s := range rest {
		id, ok := parseID(s)
		if !ok {
			fmt.Fprintf(e.stderr, "variorum rm: %q is not a version ID\n", s)
			fs.Usage()
			return 2
		}
		ids = append(ids, id)
	}
	lib, ok := openLibrary(ctx, e, "rm")
	if !ok {
		return 1
	}
	defer lib.Close()
	status := 0
	for _, id := range ids {
		v, err := lib.Version(ctx, id)
		if err == nil {
			err = lib.DeleteVersion(ctx, id)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "variorum rm: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintf(e.stdout, "removed version %d (%s)\n", id, v.Label)
	}
	return status
}

func runSearch(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "search", "variorum search [--json] [--limit N] QUERY")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "at most this many results")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	query := strings.TrimSpace(strings.Join(rest, " "))
	if query == "" {
		fmt.Fprintln(e.stderr, "variorum search: need a query")
		fs.Usage()
		return 2
	}
	lib, ok := openLibrary(ctx, e, "search")
	if !ok {
		return 1
	}
	defer lib.Close()
	hits, err := lib.Search(ctx, query, *limit)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum search: %v\n", err)
		return 1
	}
	if *asJSON {
		if hits == nil {
			hits = []data.Hit{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(hits); err != nil {
			fmt.Fprintf(e.stderr, "variorum search: %v\n", err)
			return 1
		}
		return 0
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stdout, "no matches")
		return 0
	}
	open, closeMark := "[", "]"
	if isTerminal(e.stdout) {
		open, closeMark = "\x1b[1;33m", "\x1b[0m"
	}
	for _, h := range hits {
		snip := strings.NewReplacer(data.SnippetOpen, open, data.SnippetClose, closeMark).Replace(h.Snippet)
		fmt.Fprintf(e.stdout, "%5d  %s / %s (%s)\n       %s\n", h.VersionID, h.BriefingSlug, h.Label, orDash(h.Language), snip)
	}
	return 0
}

func runSample(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "sample", "variorum sample")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "variorum sample: unexpected argument %q\n", rest[0])
		fs.Usage()
		return 2
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

// runEdit changes a version's metadata: only the options given change.
// (Wire as {name: "edit", summary: "change a version's metadata", run: runEdit}.)
func runEdit(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "edit", "variorum edit ID [--label L] [--source S] [--url U] [--lang L] [--kind K] [--note N] [--retrieved D]")
	fs.String("label", "", "label of the version")
	fs.String("source", "", "where the version comes from")
	fs.String("url", "", "address the version was retrieved from")
	fs.String("lang", "", "language, e.g. ru or en")
	kind := fs.String("kind", "", "kind: "+strings.Join(data.Kinds(), ", "))
	fs.String("note", "", "a note on the version")
	fs.String("retrieved", "", "date the version was retrieved")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		fmt.Fprintln(e.stderr, "variorum edit: need one version ID")
		fs.Usage()
		return 2
	}
	id, ok := parseID(rest[0])
	if !ok {
		fmt.Fprintf(e.stderr, "variorum edit: %q is not a version ID\n", rest[0])
		fs.Usage()
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(set) == 0 {
		fmt.Fprintln(e.stderr, "variorum edit: nothing to change")
		fs.Usage()
		return 2
	}
	if set["kind"] && !data.ValidKind(*kind) {
		fmt.Fprintf(e.stderr, "variorum edit: unknown kind %q (want one of %s)\n", *kind, strings.Join(data.Kinds(), ", "))
		return 2
	}
	lib, ok := openLibrary(ctx, e, "edit")
	if !ok {
		return 1
	}
	defer lib.Close()
	v, err := lib.Version(ctx, id)
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum edit: %v\n", err)
		return 1
	}
	for name, dst := range map[string]*string{"label": &v.Label, "source": &v.Source, "url": &v.URL,
		"lang": &v.Language, "kind": &v.Kind, "note": &v.Note, "retrieved": &v.RetrievedAt} {
		if set[name] {
			*dst = fs.Lookup(name).Value.String()
		}
	}
	if err := lib.UpdateVersion(ctx, v); err != nil {
		fmt.Fprintf(e.stderr, "variorum edit: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "version %d updated\n", v.ID)
	return 0
}

// runBriefing shows or changes a briefing's metadata.
// (Wire as {name: "briefing", summary: "show or change a briefing's metadata", run: runBriefing}.)
func runBriefing(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "briefing", "variorum briefing SLUG [--title T] [--date D] [--place P] [--speakers S] [--note N] [--slug NEW]")
	fs.String("title", "", "title")
	fs.String("date", "", "date, e.g. 2024-06-21")
	fs.String("place", "", "place")
	fs.String("speakers", "", "speakers")
	fs.String("note", "", "a note on the briefing")
	fs.String("slug", "", "a new slug")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		fmt.Fprintln(e.stderr, "variorum briefing: need one briefing slug")
		fs.Usage()
		return 2
	}
	lib, ok := openLibrary(ctx, e, "briefing")
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.BriefingBySlug(ctx, rest[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum briefing: %v (see \"variorum list\")\n", err)
		return 1
	}
	changed := false
	fs.Visit(func(f *flag.Flag) {
		changed = true
		v := f.Value.String()
		switch f.Name {
		case "title":
			b.Title = v
		case "date":
			b.Date = v
		case "place":
			b.Place = v
		case "speakers":
			b.Speakers = v
		case "note":
			b.Note = v
		case "slug":
			b.Slug = v
		}
	})
	if changed {
		if err := lib.UpdateBriefing(ctx, b); err != nil {
			fmt.Fprintf(e.stderr, "variorum briefing: %v\n", err)
			return 1
		}
	}
	for _, kv := range [][2]string{{"slug", b.Slug}, {"title", b.Title}, {"date", b.Date}, {"place", b.Place},
		{"speakers", b.Speakers}, {"note", b.Note}, {"versions", strconv.Itoa(b.Versions)}} {
		if kv[1] != "" {
			fmt.Fprintf(e.stdout, "%-9s %s\n", kv[0]+":", kv[1])
		}
	}
	return 0
}

// runMv moves versions to another briefing.
// (Wire as {name: "mv", summary: "move versions to another briefing", run: runMv}.)
func runMv(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "mv", "variorum mv ID... SLUG")
	rest, code := parseInterspersed(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) < 2 {
		fmt.Fprintln(e.stderr, "variorum mv: need version IDs and a briefing slug")
		fs.Usage()
		return 2
	}
	var ids []int64
	for _, s := range rest[:len(rest)-1] {
		id, ok := parseID(s)
		if !ok {
			fmt.Fprintf(e.stderr, "variorum mv: %q is not a version ID\n", s)
			fs.Usage()
			return 2
		}
		ids = append(ids, id)
	}
	lib, ok := openLibrary(ctx, e, "mv")
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.BriefingBySlug(ctx, rest[len(rest)-1])
	if err != nil {
		fmt.Fprintf(e.stderr, "variorum mv: %v (see \"variorum list\")\n", err)
		return 1
	}
	status := 0
	for _, id := range ids {
		if err := lib.MoveVersion(ctx, id, b.ID); err != nil {
			fmt.Fprintf(e.stderr, "variorum mv: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintf(e.stdout, "moved version %d to %s\n", id, b.Slug)
	}
	return status
}
