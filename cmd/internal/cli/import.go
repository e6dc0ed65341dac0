package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/textfile"
)

const importUsage = "variorum import [--briefing SLUG | --new-briefing TITLE] [--lang L] [--source S] [--kind K] [--date D] [--encoding E] FILE|DIR..."

// runImport imports files and folders into the library, one transaction
// per file, with a progress bar on a terminal and a summary at the end.
func runImport(ctx context.Context, e *env, args []string) int {
	fs, opt := importFlags(e)
	paths, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if code := checkImportOptions(e, fs, paths, opt); code >= 0 {
		return code
	}
	lib, ok := openLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	if lib.ReadOnly() {
		return fail(e, fs, fmt.Errorf("%w: %s", data.ErrReadOnly, lib.Path()))
	}
	if opt.BriefingSlug != "" {
		if _, err := lib.BriefingBySlug(ctx, opt.BriefingSlug); err != nil {
			return fail(e, fs, seeList(err))
		}
	}
	bar := &progressBar{w: e.stderr}
	var progress func(done, total int, file string)
	if isTerminal(e.stderr) {
		progress = bar.draw
	}
	sum, err := lib.ImportPaths(ctx, paths, *opt, progress)
	bar.clear()
	elsewhere := reportImport(ctx, e, lib, sum, opt.Encoding, opt.BriefingSlug, opt.BriefingSlug != "" || opt.NewBriefingTitle != "")
	if opt.Lang != "" {
		warnLanguage(ctx, e, lib, sum.Imported)
	}
	if sum.Total == 0 && err == nil {
		names := make([]string, len(paths))
		for i, p := range paths {
			names[i] = termName(p)
		}
		fmt.Fprintf(e.stderr, "variorum import: %s: no file to import (a folder is searched for %s files)\n",
			strings.Join(names, ", "), strings.Join(data.ImportExtensions(), " "))
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "variorum import: interrupted; what was imported stays. "+resumeHint(ctx, lib, sum))
		return exitInterrupted
	case err != nil:
		return fail(e, fs, fmt.Errorf("stopped: %w", err))
	}
	if len(sum.Failed) > 0 || len(sum.Imported)+len(sum.Duplicates) == 0 || elsewhere ||
		slices.ContainsFunc(sum.Duplicates, decodedOtherwise(opt.Encoding)) {
		return 1 // something failed, nothing was imported, or not as asked
	}
	return 0
}

// importFlags returns import's flags and the options they set.
func importFlags(e *env) (*flag.FlagSet, *data.ImportOptions) {
	fs := newLibraryFlags(e, "import", importUsage)
	opt := &data.ImportOptions{}
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
	return fs, opt
}

// checkImportOptions reports a usage error in import's paths and options,
// before the library is opened, and returns its exit status, else -1.
func checkImportOptions(e *env, fs *flag.FlagSet, paths []string, opt *data.ImportOptions) int {
	switch {
	case len(paths) == 0:
		return usageError(e, fs, "no files or folders to import")
	case slices.Contains(paths, "-"):
		return usageError(e, fs, "import reads files and folders, not standard input: save the text to a file and import that")
	case opt.BriefingSlug != "" && opt.NewBriefingTitle != "":
		return usageError(e, fs, "give --briefing or --new-briefing, not both")
	case opt.BriefingSlug != "" && (opt.Date != "" || opt.Place != ""):
		return usageError(e, fs, "--date and --place describe a new briefing; change briefing %s with variorum briefing %s --date D --place P",
			termName(opt.BriefingSlug), termName(opt.BriefingSlug))
	}
	if err := opt.Check(); err != nil {
		return usageError(e, fs, "%v", err)
	}
	return -1
}

// resumeHint says how to import the rest of an interrupted batch: the
// same import again, or, for files named one by one (which would make a
// new briefing), an import into the briefing the batch made.
func resumeHint(ctx context.Context, lib *data.Library, sum data.Summary) string {
	again := "Importing the same paths again adds the rest."
	if sum.Resumable || sum.BriefingID == 0 {
		return again
	}
	b, err := lib.Briefing(context.WithoutCancel(ctx), sum.BriefingID)
	if err != nil {
		return again
	}
	return "Import the rest into the same briefing with: variorum import --briefing " + termName(b.Slug) + " FILE..."
}

// warnLanguage warns of each version imported with the language --lang
// gave whose text reads as another (a Russian text given --lang en, which
// would be word-diffed against English versions instead of aligned as a
// translation): the version keeps the language asked for, which "variorum
// edit ID --lang L" changes.
func warnLanguage(ctx context.Context, e *env, lib *data.Library, imported []*data.Version) {
	for _, meta := range imported {
		v, err := lib.Version(ctx, meta.ID)
		if err != nil {
			continue // reported by the commands that read it
		}
		read := textfile.DetectLanguage(v.Text)
		if read == "" || compare.SameLanguage(read, v.Language) {
			continue
		}
		fmt.Fprintf(e.stderr, "variorum import: warning: %s reads as %s, not %s as --lang says; it is stored as %s (variorum edit %d --lang %s changes it)\n",
			termName(v.FileName), read, v.Language, v.Language, v.ID, read)
	}
}

// exitInterrupted is the exit status of a command stopped by an interrupt,
// as shells report one killed by SIGINT (128+2).
const exitInterrupted = 130

// decodedOtherwise returns a test of a file already imported that was
// decoded from another encoding than enc, which the user asked for now
// (after a wrong guess, or a wrong --encoding): the stored text is not
// what they asked for.
func decodedOtherwise(enc string) func(data.Duplicate) bool {
	return func(d data.Duplicate) bool {
		if enc == "" {
			return false
		}
		_, canon, err := textfile.LookupEncoding(enc)
		// A DOCX is read as its XML says, whatever --encoding asks.
		return err == nil && d.Existing.Encoding != "" && d.Existing.Encoding != canon && d.Existing.Format != textfile.FormatDOCX
	}
}

// reportImport prints what an import did: each version imported, each
// file already there (and in which briefing), skipped or failed (names
// escaped), and a summary. enc is the encoding the user asked for, if
// any; asked tells that a briefing was asked for (--briefing into, or
// --new-briefing); elsewhere reports a file already there in another
// briefing than that, where it was not imported as asked.
func reportImport(ctx context.Context, e *env, lib *data.Library, sum data.Summary, enc, into string, asked bool) (elsewhere bool) {
	ctx = context.WithoutCancel(ctx) // read after an interrupt too: what was imported stays
	slugs := map[int64]string{}
	slugOf := func(id int64) string {
		if s, ok := slugs[id]; ok {
			return s
		}
		if b, err := lib.Briefing(ctx, id); err == nil {
			slugs[id] = b.Slug
		}
		return slugs[id]
	}
	if into == "" && sum.BriefingID != 0 {
		into = slugOf(sum.BriefingID) // the new briefing
	}
	for _, v := range sum.Imported {
		fmt.Fprintf(e.stdout, "imported %s as version %d (%s, %s, %s, %s)\n",
			termName(v.FileName), v.ID, termName(v.Label), orDash(v.Language), v.Encoding, v.Format)
		if v.MisreadUTF8 {
			fmt.Fprintf(e.stderr, "variorum import: warning: %s is valid UTF-8, which %s garbles (as --encoding asks); "+
				"to import it as UTF-8, remove the version (variorum rm %d) and import the file again without --encoding\n",
				termName(v.FileName), v.Encoding, v.ID)
		}
	}
	otherwise := decodedOtherwise(enc)
	for _, d := range sum.Duplicates {
		fmt.Fprintf(e.stderr, "variorum import: %s: already imported as version %d (%s)", termName(d.Path), d.Existing.ID, termName(d.Existing.Label))
		if slug := slugOf(d.Existing.BriefingID); slug != "" {
			fmt.Fprintf(e.stderr, " in briefing %s", termName(slug))
			if asked && slug != into {
				// The library keeps a text once: asked into another
				// briefing, it is not there.
				elsewhere = true
				to := termName(into)
				if into == "" {
					to = "SLUG" // a new briefing that nothing else made
				}
				fmt.Fprintf(e.stderr, "; the library keeps a text once: variorum mv %d %s moves it", d.Existing.ID, to)
			}
		}
		if otherwise(d) {
			fmt.Fprintf(e.stderr, ", decoded as %s; to decode it as %s, remove that version (variorum rm %d) and import the file again",
				d.Existing.Encoding, termName(enc), d.Existing.ID)
		}
		fmt.Fprintln(e.stderr)
	}
	for _, f := range sum.Skipped {
		fmt.Fprintf(e.stderr, "variorum import: %s: %s\n", termName(f.Path), termName(export.Squeeze(f.Err.Error())))
	}
	for _, f := range sum.Failed {
		fmt.Fprintf(e.stderr, "variorum import: %s: %s\n", termName(f.Path), termName(export.Squeeze(errText(f.Err))))
	}
	slug := ""
	if sum.BriefingID != 0 {
		slug = termName(slugOf(sum.BriefingID))
	}
	if sum.Resumed {
		here := 0
		for _, d := range sum.Duplicates {
			if d.Existing.BriefingID == sum.BriefingID {
				here++
			}
		}
		fmt.Fprintf(e.stdout, "%d file(s): %d already in briefing %s, %d added", sum.Total, here, slug, len(sum.Imported))
		if others := len(sum.Duplicates) - here; others > 0 {
			fmt.Fprintf(e.stdout, ", %d already in other briefings", others)
		}
		fmt.Fprintf(e.stdout, ", %d failed%s\n", len(sum.Failed), notReached(sum))
		return elsewhere
	}
	where := ""
	if slug != "" {
		where = " into briefing " + slug
	}
	fmt.Fprintf(e.stdout, "%d file(s): %d imported%s, %d already in the library, %d failed",
		sum.Total, len(sum.Imported), where, len(sum.Duplicates), len(sum.Failed))
	if len(sum.Skipped) > 0 {
		fmt.Fprintf(e.stdout, ", %d skipped", len(sum.Skipped))
	}
	fmt.Fprintln(e.stdout, notReached(sum))
	return elsewhere
}

// notReached counts, after an interrupt, the files the import never got
// to, as the summary's last words.
func notReached(sum data.Summary) string {
	if n := sum.Total - len(sum.Imported) - len(sum.Duplicates) - len(sum.Failed); n > 0 {
		return fmt.Sprintf(", %d not reached", n)
	}
	return ""
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
	name := termName(filepath.Base(file))
	if file == "" {
		name = ""
	}
	name = export.Clip(name, 40) // in runes: a cut must not split a character
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total, name)
	p.drawn = true
}

func (p *progressBar) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
