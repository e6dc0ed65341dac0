package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/report"
)

// exportRequest is what "variorum export" was asked for.
type exportRequest struct {
	briefing string   // slug; "" for the only or first briefing
	versions []string // ids or labels; nil for all the briefing's
	base     int      // index into the versions chosen
	opts     export.Options
}

// runExport compares versions from the library and writes a report.
func runExport(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "export", "variorum export --format html|csv|json|tei|md|tmx [--briefing SLUG] [--versions A,B,...] [--base N] [--bom] [--force] -o FILE")
	format := fs.String("format", "", "html, csv, json, tei, md or tmx (default: from the file's extension; html without one)")
	out := fs.String("o", "", "the file to write (- for standard output)")
	briefing := fs.String("briefing", "", "the briefing's slug (default: the first listed with two versions or more)")
	versions := fs.String("versions", "", "versions by ID or label, comma-separated, of the briefing or, without --briefing, of any (default: all the briefing's)")
	base := fs.Int("base", 0, "index of the base version among those chosen (0 is the first)")
	bom := fs.Bool("bom", false, "csv: start with a UTF-8 byte order mark, for spreadsheet programs")
	force := fs.Bool("force", false, "overwrite the file if it exists")
	ignoreCase := fs.Bool("ignore-case", false, "ignore differences in letter case")
	ignorePunct := fs.Bool("ignore-punctuation", false, "ignore differences in punctuation")
	hideTrivial := fs.Bool("hide-trivial", false, "leave typography-only changes out of the lists")
	if code := parseNoArgs(e, fs, args); code >= 0 {
		return code
	}
	if *out == "" {
		return usageError(e, fs, "need the file to write: -o FILE")
	}
	f, err := formatFor(*format, *out)
	if err != nil {
		return usageError(e, fs, "%v", err)
	}
	req := exportRequest{briefing: *briefing, base: *base,
		opts: export.Options{IgnoreCase: *ignoreCase, IgnorePunctuation: *ignorePunct, HideTrivial: *hideTrivial}}
	if *versions != "" {
		req.versions = strings.Split(*versions, ",")
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	rep, err := buildReport(ctx, lib, req)
	if err == nil && f == export.TMXMemory {
		rep, err = report.ForMemory(ctx, rep)
	}
	if err != nil {
		return fail(e, fs, err)
	}
	if err := writeReport(ctx, e.stdout, rep, f, *out, *force, *bom); err != nil {
		return fail(e, fs, err)
	}
	if *out != "-" {
		fmt.Fprintln(e.stdout, wroteLine(rep, f, *out))
	}
	return 0
}

// writeReport writes rep in format f to the file path, or to stdout when
// path is "-"; an existing file only with force. Its errors say how to
// get past them.
func writeReport(ctx context.Context, stdout io.Writer, rep *export.Report, f export.Format, path string, force, bom bool) error {
	write := func(w io.Writer) error { return export.Write(w, f, rep, export.WriteOptions{BOM: bom}) }
	var err error
	if path == "-" {
		err = write(stdout)
	} else {
		err = export.WriteFile(ctx, path, force, write)
	}
	switch {
	case errors.Is(err, export.ErrExists):
		return fmt.Errorf("%w (give --force to overwrite it)", err)
	case errors.Is(err, export.ErrNotRegular):
		return fmt.Errorf("%w (to write to standard output, give -o -)", err)
	}
	return err
}

// wroteLine is the line that tells what export wrote to the file path:
// the format, and the versions and changes of the report rep, or the
// two versions of a translation memory.
func wroteLine(rep *export.Report, f export.Format, path string) string {
	if from, to, err := export.TMXPair(rep); f == export.TMXMemory && err == nil {
		return fmt.Sprintf("wrote %s: tmx, a translation memory of %s and %s", path,
			termName(rep.Versions[from].Label), termName(rep.Versions[to].Label))
	}
	found := ""
	if n := len(rep.Findings); n > 0 && f != export.TEI {
		found = fmt.Sprintf(", %d translation findings", n)
	}
	return fmt.Sprintf("wrote %s: %s, %d versions, %d changes%s", path, f, len(rep.Versions), rep.ListedCount(), found)
}

// formatFor is the format named, or the one the file's extension names:
// HTML for a name without one (or standard output). An extension no
// format has is refused rather than given HTML: "-o changes.xlsx" would
// otherwise hold a web page that a spreadsheet cannot open.
func formatFor(name, path string) (export.Format, error) {
	if name != "" {
		return export.ParseFormat(name)
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	switch ext {
	case "", "htm":
		return export.HTML, nil
	case "xml":
		return export.TEI, nil
	}
	f, err := export.ParseFormat(ext)
	if err != nil {
		return "", fmt.Errorf("-o %s: no report format is written as .%s (html, csv, json, tei or xml, md, tmx); name one with --format", path, ext)
	}
	return f, nil
}

// buildReport loads the versions asked for, compares them (across
// languages where theirs differ), checks translations and gathers notes.
// Versions named without --briefing may come from any briefings, as in
// the window.
func buildReport(ctx context.Context, lib *data.Library, req exportRequest) (*export.Report, error) {
	chosen, err := chooseVersions(ctx, lib, req)
	if err != nil {
		return nil, err
	}
	if req.base < 0 || req.base >= len(chosen) {
		return nil, usageErr{fmt.Errorf("--base %d out of range: %d versions chosen", req.base, len(chosen))}
	}
	ids := make([]int64, len(chosen))
	size := 0
	for i, v := range chosen {
		ids[i] = v.ID
		size += int(v.Size)
	}
	adviseHugePages(size) // before the texts are read out of the library
	return report.FromLibrary(ctx, lib, ids, req.base, req.opts, "Variorum "+Version)
}

// chooseVersions returns the versions req names, two or more: of its
// briefing, or, named without --briefing, of the default briefing when
// it has them all (labels every briefing may have, "ru" or "en", name
// its versions), else of the whole library.
func chooseVersions(ctx context.Context, lib *data.Library, req exportRequest) ([]data.Version, error) {
	// Every version's ID, so that a label of digits reads one way
	// whichever briefing the names are looked up in (pickVersions).
	all, err := allVersions(ctx, lib)
	if err != nil {
		return nil, err
	}
	ids := make(map[int64]bool, len(all))
	for _, v := range all {
		ids[v.ID] = true
	}
	if req.briefing != "" || len(req.versions) == 0 {
		b, vs, err := briefingVersions(ctx, lib, req.briefing)
		if err != nil {
			return nil, err
		}
		return pickEnough(vs, req.versions, ids, "briefing "+b.Slug)
	}
	if _, vs, err := briefingVersions(ctx, lib, ""); err == nil {
		if chosen, err := pickEnough(vs, req.versions, ids, ""); err == nil {
			return chosen, nil
		}
	}
	return pickEnough(all, req.versions, ids, "the library")
}

// briefingVersions is the briefing pickBriefing picks, with its versions.
func briefingVersions(ctx context.Context, lib *data.Library, slug string) (*data.Briefing, []data.Version, error) {
	b, err := pickBriefing(ctx, lib, slug)
	if err != nil {
		return nil, nil, err
	}
	vs, err := lib.Versions(ctx, b.ID)
	return b, vs, err
}

// labelOfAnother returns the version of all labelled name, a name of
// digits, when version id exists (in ids, or else in all) and is
// another.
func labelOfAnother(all []data.Version, ids map[int64]bool, name string, id int64) (data.Version, bool) {
	i := slices.IndexFunc(all, func(v data.Version) bool { return v.Label == name && v.ID != id })
	if i < 0 || !ids[id] && !slices.ContainsFunc(all, func(v data.Version) bool { return v.ID == id }) {
		return data.Version{}, false
	}
	return all[i], true
}

// pickEnough is pickVersions, refusing fewer than two; errors name scope.
func pickEnough(all []data.Version, names []string, ids map[int64]bool, scope string) ([]data.Version, error) {
	chosen, err := pickVersions(all, names, ids)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", scope, err)
	}
	if len(chosen) < 2 {
		return nil, fmt.Errorf("%s: need two or more versions to compare, have %d", scope, len(chosen))
	}
	return chosen, nil
}

// pickBriefing is the briefing with the slug, or else the first one
// listed that has two versions or more to compare.
func pickBriefing(ctx context.Context, lib *data.Library, slug string) (*data.Briefing, error) {
	if slug != "" {
		return lib.BriefingBySlug(ctx, slug)
	}
	bs, err := lib.Briefings(ctx)
	if err != nil {
		return nil, err
	}
	if len(bs) == 0 {
		return nil, errors.New("the library is empty: import files first (variorum import, or variorum sample)")
	}
	for i, b := range bs {
		if b.Versions >= 2 {
			return &bs[i], nil
		}
	}
	return nil, errors.New("no briefing has two versions to compare: import another version, or name versions of several briefings with --versions")
}

// allVersions lists every version in the library, briefing by briefing.
func allVersions(ctx context.Context, lib *data.Library) ([]data.Version, error) {
	bs, err := lib.Briefings(ctx)
	if err != nil {
		return nil, err
	}
	var all []data.Version
	for _, b := range bs {
		vs, err := lib.Versions(ctx, b.ID)
		if err != nil {
			return nil, err
		}
		all = append(all, vs...)
	}
	return all, nil
}

// pickVersions returns the versions named by ID or label, in the order
// named, or all of them when none is named. A name of digits that is a
// version's label and another version's ID, ids being every ID of the
// library (nil: those of all), is refused rather than read one way in a
// briefing and the other in the library.
func pickVersions(all []data.Version, names []string, ids map[int64]bool) ([]data.Version, error) {
	if len(names) == 0 {
		return all, nil
	}
	out := make([]data.Version, 0, len(names))
	for _, name := range names {
		name = strings.TrimSpace(name)
		if id, isID := parseID(name); isID {
			if v, ok := labelOfAnother(all, ids, name, id); ok {
				return nil, fmt.Errorf("%q is version %d's label and version %d's ID: give %d for the labelled one, or relabel it (variorum edit %d --label …)",
					name, v.ID, id, v.ID, v.ID)
			}
			if i := slices.IndexFunc(all, func(v data.Version) bool { return v.ID == id }); i >= 0 {
				out = append(out, all[i])
				continue
			}
		}
		var match []data.Version
		for _, v := range all {
			if v.Label == name {
				match = append(match, v)
			}
		}
		switch len(match) {
		case 0:
			return nil, fmt.Errorf("no version %q (give an ID or a label from variorum list)", name)
		case 1:
			out = append(out, match[0])
		default:
			ids := make([]string, len(match))
			for i, v := range match {
				ids[i] = strconv.FormatInt(v.ID, 10)
			}
			return nil, fmt.Errorf("%d versions are labelled %q (IDs %s): give an ID", len(match), name, strings.Join(ids, ", "))
		}
	}
	for i, v := range out {
		if slices.ContainsFunc(out[:i], func(w data.Version) bool { return w.ID == v.ID }) {
			return nil, fmt.Errorf("version %d is named twice", v.ID)
		}
	}
	return out, nil
}
