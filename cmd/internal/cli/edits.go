// The subcommands that change the library: rm, edit, briefing and mv.

package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/variorum/variorum/data"
)

// runRm removes versions from the library.
func runRm(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "rm", "variorum rm ID...")
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) == 0 {
		return usageError(e, fs, "need a version ID")
	}
	ids, code := parseIDs(e, fs, rest)
	if code >= 0 {
		return code
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	status := 0
	for _, id := range ids {
		v, err := lib.VersionInfo(ctx, id)
		if err == nil {
			err = lib.DeleteVersion(ctx, id)
		}
		if err != nil {
			status = fail(e, fs, err)
			continue
		}
		fmt.Fprintf(e.stdout, "removed version %d (%s)\n", id, termName(v.Label))
		tellIfEmpty(ctx, e, lib, v.BriefingID)
	}
	return status
}

// tellIfEmpty says how to delete briefing id when it holds no versions.
func tellIfEmpty(ctx context.Context, e *env, lib *data.Library, id int64) {
	if b, err := lib.Briefing(ctx, id); err == nil && b.Versions == 0 {
		fmt.Fprintf(e.stdout, "briefing %s holds no versions now; delete it with: variorum briefing %s --delete\n", termName(b.Slug), termName(b.Slug))
	}
}

// givenFlags returns the values of the flags given on the command line,
// by name, but for --library, which names the file and changes nothing in
// it.
func givenFlags(fs *flag.FlagSet) map[string]string {
	given := map[string]string{}
	fs.Visit(func(f *flag.Flag) {
		if f.Name != libraryFlag {
			given[f.Name] = f.Value.String()
		}
	})
	return given
}

// setGiven copies each given value into its field.
func setGiven(given map[string]string, fields map[string]*string) {
	for name, v := range given {
		if field, ok := fields[name]; ok {
			*field = v
		}
	}
}

// runEdit changes a version's metadata: only the options given change.
func runEdit(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "edit", "variorum edit ID [--label L] [--source S] [--url U] [--lang L] [--kind K] [--note N] [--retrieved D]")
	fs.String("label", "", "label of the version")
	fs.String("source", "", "where the version comes from")
	fs.String("url", "", "address the version was retrieved from")
	fs.String("lang", "", "language, e.g. ru or en")
	kind := fs.String("kind", "", "kind: "+strings.Join(data.Kinds(), ", "))
	fs.String("note", "", "a note on the version")
	fs.String("retrieved", "", "date the version was retrieved")
	id, code := parseOneID(e, fs, args)
	if code >= 0 {
		return code
	}
	given := givenFlags(fs)
	if len(given) == 0 {
		return usageError(e, fs, "nothing to change")
	}
	if k, ok := given["kind"]; ok && k == "" {
		// An import without --kind makes a version of kind other; an edit
		// that names no kind is a slip, not a request to reset it.
		return usageError(e, fs, "--kind needs one of %s", strings.Join(data.Kinds(), ", "))
	}
	if err := errors.Join(data.CheckKind(*kind), data.CheckLanguage(fs.Lookup("lang").Value.String())); err != nil {
		return usageError(e, fs, "%v", err)
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	v, err := lib.VersionInfo(ctx, id)
	if err != nil {
		return fail(e, fs, err)
	}
	setGiven(given, map[string]*string{"label": &v.Label, "source": &v.Source, "url": &v.URL,
		"lang": &v.Language, "kind": &v.Kind, "note": &v.Note, "retrieved": &v.RetrievedAt})
	if err := lib.UpdateVersion(ctx, v); err != nil {
		return fail(e, fs, err)
	}
	fmt.Fprintf(e.stdout, "version %d updated\n", v.ID)
	return 0
}

// runBriefing shows or changes a briefing's metadata.
func runBriefing(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "briefing", "variorum briefing SLUG [--title T] [--date D] [--place P] [--speakers S] [--note N] [--slug NEW] | SLUG --delete")
	del := fs.Bool("delete", false, "delete the briefing, which must hold no versions")
	fs.String("title", "", "title")
	fs.String("date", "", "date, e.g. 2024-06-21")
	fs.String("place", "", "place")
	fs.String("speakers", "", "speakers")
	fs.String("note", "", "a note on the briefing")
	fs.String("slug", "", "a new slug")
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		return usageError(e, fs, "need one briefing slug")
	}
	if err := data.CheckDate(fs.Lookup("date").Value.String()); err != nil {
		return usageError(e, fs, "%v", err)
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.BriefingBySlug(ctx, rest[0])
	if err != nil {
		return fail(e, fs, seeList(err))
	}
	given := givenFlags(fs)
	if *del {
		if len(given) > 1 {
			return usageError(e, fs, "--delete takes no other option")
		}
		if err := lib.DeleteBriefing(ctx, b.ID); err != nil {
			return fail(e, fs, fmt.Errorf("%s: %w", b.Slug, err))
		}
		fmt.Fprintf(e.stdout, "deleted briefing %s\n", termName(b.Slug))
		return 0
	}
	if len(given) > 0 {
		setGiven(given, map[string]*string{"title": &b.Title, "date": &b.Date, "place": &b.Place,
			"speakers": &b.Speakers, "note": &b.Note, "slug": &b.Slug})
		if err := lib.UpdateBriefing(ctx, b); err != nil {
			return fail(e, fs, err)
		}
	}
	printFields(e.stdout, [][2]string{{"slug", b.Slug}, {"title", b.Title}, {"date", b.Date}, {"place", b.Place},
		{"speakers", b.Speakers}, {"note", b.Note}, {"versions", strconv.Itoa(b.Versions)}})
	return 0
}

// seeList points an unknown briefing slug's error at "variorum list".
func seeList(err error) error {
	return fmt.Errorf("%w (see \"variorum list\")", err)
}

// runMv moves versions to another briefing.
func runMv(ctx context.Context, e *env, args []string) int {
	fs := newLibraryFlags(e, "mv", "variorum mv ID... SLUG")
	rest, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) < 2 {
		return usageError(e, fs, "need version IDs and a briefing slug")
	}
	ids, code := parseIDs(e, fs, rest[:len(rest)-1])
	if code >= 0 {
		return code
	}
	lib, ok := openExistingLibrary(ctx, e, fs)
	if !ok {
		return 1
	}
	defer lib.Close()
	b, err := lib.BriefingBySlug(ctx, rest[len(rest)-1])
	if err != nil {
		return fail(e, fs, seeList(err))
	}
	status := 0
	for _, id := range ids {
		v, err := lib.VersionInfo(ctx, id)
		if err == nil {
			err = lib.MoveVersion(ctx, id, b.ID)
		}
		if err != nil {
			status = fail(e, fs, err)
			continue
		}
		fmt.Fprintf(e.stdout, "moved version %d to %s\n", id, termName(b.Slug))
		tellIfEmpty(ctx, e, lib, v.BriefingID)
	}
	return status
}
