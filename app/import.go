package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/textfile"
)

// Importer imports files and folders (searched for known formats) into
// the briefing opt.BriefingID, or into one new briefing for the whole
// batch when it is 0, calling progress before each file. It is
// (*data.Library).ImportPaths: a file that fails does not stop the
// others, and files already in the library are reported as duplicates
// with their existing version.
type Importer func(ctx context.Context, paths []string, opt data.ImportOptions, progress func(done, total int, file string)) (data.Summary, error)

// LibraryImporter returns the Importer of lib.
func LibraryImporter(lib *data.Library) Importer { return lib.ImportPaths }

// ImportFailure is a file that could not be imported, and why.
type ImportFailure struct {
	Path string
	Err  error
	// Files is how many files the failure left out where more than one:
	// a batch the library stopped leaves the file it stopped at and
	// those after it.
	Files int
}

// ImportReport says what an import did.
type ImportReport struct {
	// Versions are the imported versions in the order of the files, a file
	// already in the library standing for its existing version.
	Versions []data.Version
	// Duplicates counts the files whose bytes, or text, were already in
	// the library.
	Duplicates int
	Failed     []ImportFailure
	// Cancelled is set when the import was stopped part-way.
	Cancelled bool
	// BriefingID is the briefing the files went into (0 when none did).
	BriefingID int64
	// Dropped is the version that left the columns, which were full, to
	// make room for the one imported (nil when none did).
	Dropped *data.Version
}

// ImportFiles imports paths in the background, the whole batch into
// briefing opt.BriefingID (0: one new briefing, so that files imported
// together are compared together). progress, when not nil, hears on the UI goroutine
// before each file. Then ImportFiles reloads the library, shows the
// imported versions (the first two compared, or the only one compared with
// the base of its briefing) and calls done on the UI goroutine.
func (m *ViewModel) ImportFiles(ctx context.Context, imp Importer, paths []string, opt data.ImportOptions,
	progress func(done, total int, file string), done func(ImportReport)) {
	m.opts.Background(func() {
		var onFile func(int, int, string)
		if progress != nil {
			onFile = func(d, t int, f string) { m.opts.UI(func() { progress(d, t, f) }) }
		}
		sum, err := imp(ctx, paths, opt, onFile)
		rep := reportFor(paths, sum)
		var stop *data.StopError
		switch {
		case err == nil:
		case errors.Is(err, context.Canceled):
			rep.Cancelled = true
		case errors.As(err, &stop):
			// The library stopped the batch: the file it stopped at and
			// those after it were not imported; "could not import …"
			// says how many.
			left := sum.Total - len(sum.Imported) - len(sum.Duplicates) - len(sum.Failed)
			rep.Failed = append(rep.Failed, ImportFailure{Err: fmt.Errorf("the import stopped at %s, leaving %s: %w",
				filepath.Base(stop.Path), plural(left, "file", "files"), stop.Err), Files: left})
		default:
			rep.Failed = append(rep.Failed, ImportFailure{Err: err})
		}
		loadErr := m.Load(ctx)
		m.opts.UI(func() {
			if loadErr != nil {
				rep.Failed = append(rep.Failed, ImportFailure{Err: loadErr})
			} else {
				rep.Dropped = m.showImported(rep.Versions)
			}
			if done != nil {
				done(rep)
			}
		})
	})
}

// reportFor puts a bulk import's summary back in the order of the files.
func reportFor(paths []string, sum data.Summary) ImportReport {
	rep := ImportReport{Duplicates: len(sum.Duplicates), BriefingID: sum.BriefingID}
	dups := map[string]*data.Version{}
	for _, d := range sum.Duplicates {
		dups[d.Path] = d.Existing
	}
	failed := map[string]bool{}
	for _, f := range sum.Failed {
		failed[f.Path] = true
		rep.Failed = append(rep.Failed, ImportFailure{Path: f.Path, Err: f.Err})
	}
	files, _ := data.ExpandPaths(paths)
	next := 0
	for _, f := range files {
		switch {
		case dups[f] != nil:
			rep.Versions = append(rep.Versions, *dups[f])
		case failed[f]:
		case next < len(sum.Imported):
			rep.Versions = append(rep.Versions, *sum.Imported[next])
			next++
		}
	}
	for ; next < len(sum.Imported); next++ { // files the listing missed
		rep.Versions = append(rep.Versions, *sum.Imported[next])
	}
	return rep
}

// showImported compares the first two imported versions, or shows the
// only one beside the base of its briefing; where the columns were full,
// it returns the version that left them.
func (m *ViewModel) showImported(vs []data.Version) *data.Version {
	switch {
	case len(vs) >= 2 && vs[0].ID != vs[1].ID:
		var ids []int64
		for _, v := range vs {
			if !slices.Contains(ids, v.ID) && len(ids) < MaxColumns {
				ids = append(ids, v.ID)
			}
		}
		_ = m.SetColumns(ids, ids[0])
	case len(vs) >= 1:
		v := vs[0]
		ids, _ := m.Columns()
		if slices.Contains(ids, v.ID) {
			return nil // on screen already (a file imported again): the comparison stays
		}
		base, _ := m.Pair()
		if bv, ok := m.VersionByID(base); ok && bv.BriefingID == v.BriefingID {
			// A new version of the briefing on screen is compared with
			// the base, next to it; the other columns stay (the last goes
			// when they are full, but the base and the version followed).
			// A version in another language than the base's goes after
			// those of its language instead: the first of a language is
			// the one the others of it are word-diffed against, so a
			// corrected rendering shows what it corrected, not the
			// reverse, as the command line does.
			var dropped *data.Version
			if len(ids) >= MaxColumns {
				followed := m.Followed()
				last := len(ids) - 1
				for last > 0 && (ids[last] == base || ids[last] == followed) {
					last--
				}
				if d, ok := m.VersionByID(ids[last]); ok {
					dropped = &d
				}
				ids = slices.Delete(ids, last, last+1)
			}
			at := slices.Index(ids, base) + 1
			if !compare.SameLanguage(v.Language, bv.Language) {
				for k, id := range ids {
					if w, ok := m.VersionByID(id); ok && id != base && compare.SameLanguage(w.Language, v.Language) {
						at = k + 1
					}
				}
			}
			ids = slices.Insert(ids, at, v.ID)
			_ = m.SetColumns(ids, base)
			return dropped
		}
		list := m.Versions(v.BriefingID)
		if len(list) > 0 && list[0].ID != v.ID {
			_ = m.SetPair(list[0].ID, v.ID)
		} else {
			_ = m.SetPair(v.ID, v.ID)
		}
	}
	return nil
}

// importError combines failures into one error naming each file; the
// files' errors stay inside it for errors.Is and errors.As.
func importError(fs []ImportFailure) error {
	if len(fs) == 0 {
		return nil
	}
	return importFailures(fs)
}

// importFailures is the error of an import that failed on some files.
type importFailures []ImportFailure

func (fs importFailures) Error() string {
	var lines []string
	files := 0
	for _, f := range fs {
		files += max(1, f.Files)
		msg := f.Err.Error()
		if f.Path != "" {
			// A bulk import's FileError names the file apart from its
			// problem: the message names it once, by its base name.
			lines = append(lines, fmt.Sprintf("%s: %s", filepath.Base(f.Path), msg))
		} else {
			lines = append(lines, msg)
		}
	}
	if files == 1 {
		return "could not import " + lines[0]
	}
	return fmt.Sprintf("could not import %d files:\n%s", files, strings.Join(lines, "\n"))
}

func (fs importFailures) Unwrap() []error {
	errs := make([]error, len(fs))
	for i, f := range fs {
		errs[i] = f.Err
	}
	return errs
}

// splitNotUTF8 parts failures into files that are not valid UTF-8 (a
// file in an encoding the detector did not tell, or damaged: their
// encoding can be named) and the others.
func splitNotUTF8(fs []ImportFailure) (notUTF8, other []ImportFailure) {
	for _, f := range fs {
		if f.Path != "" && errors.Is(f.Err, textfile.ErrInvalidUTF8) {
			notUTF8 = append(notUTF8, f)
		} else {
			other = append(other, f)
		}
	}
	return notUTF8, other
}
