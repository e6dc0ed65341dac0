package data

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FileError is one file that could not be imported.
type FileError struct {
	Path string
	Err  error
}

// Error returns "path: problem".
func (e FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the problem.
func (e FileError) Unwrap() error { return e.Err }

// Summary is the outcome of a bulk import.
type Summary struct {
	// Total is the number of files considered.
	Total int
	// Imported lists the new versions (metadata only: Text is empty), in
	// import order.
	Imported []*Version
	// Duplicates lists files whose bytes were already in the library,
	// with the existing version.
	Duplicates []Duplicate
	// Failed lists the files that could not be imported and why.
	Failed []FileError
	// BriefingID is the briefing the files went to (0 if none was used).
	BriefingID int64
}

// Duplicate is a file already in the library.
type Duplicate struct {
	Path     string
	Existing *Version
}

// importExtensions are the extensions a directory walk picks up; files
// named explicitly are imported whatever their extension (the content is
// sniffed).
func importExtensions() map[string]bool {
	return map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
		".html": true, ".htm": true, ".xhtml": true, ".docx": true}
}

// ExpandPaths lists the files that ImportPaths would import from paths:
// each file as given, and for each directory, recursively, the files with
// a known extension (.txt, .md, .html, .htm, .docx), skipping hidden
// files and directories. Paths that cannot be read are returned as errors.
func ExpandPaths(paths []string) ([]string, []FileError) {
	var files []string
	var errs []FileError
	exts := importExtensions()
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, FileError{Path: p, Err: unwrapPathError(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, FileError{Path: q, Err: unwrapPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if q != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && exts[strings.ToLower(filepath.Ext(name))] {
				found = append(found, q)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, FileError{Path: p, Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// ImportPaths imports files and directories (see ExpandPaths), one
// transaction per file; a file that fails is recorded in the summary and
// the others go on. When opt names no briefing, all the batch's files go
// into one new briefing, titled opt.NewBriefingTitle, or after the
// first path when it is a directory, or else after the first file imported. progress, when not nil, is called before each file with the
// number done so far, the total and the file, and once at the end with
// done == total and file "". The error is non-nil only when ctx was
// cancelled (the summary says what was done until then).
func (l *Library) ImportPaths(ctx context.Context, paths []string, opt ImportOptions, progress func(done, total int, file string)) (Summary, error) {
	files, errs := ExpandPaths(paths)
	sum := Summary{Total: len(files) + len(errs), Failed: errs}
	if opt.BriefingID == 0 && opt.BriefingSlug == "" && opt.NewBriefingTitle == "" && len(paths) > 0 {
		if st, err := os.Stat(paths[0]); err == nil && st.IsDir() {
			abs, _ := filepath.Abs(paths[0])
			opt.NewBriefingTitle = filepath.Base(abs)
		}
	}
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if progress != nil {
			progress(i+len(errs), sum.Total, f)
		}
		v, err := l.importFile(ctx, f, opt)
		switch {
		case err == nil:
			v.Text = "" // keep a large batch's summary small
			sum.Imported = append(sum.Imported, v)
		case errors.Is(err, ErrDuplicate):
			sum.Duplicates = append(sum.Duplicates, Duplicate{Path: f, Existing: v})
			continue
		case ctx.Err() != nil:
			return sum, ctx.Err()
		default:
			sum.Failed = append(sum.Failed, FileError{Path: f, Err: err})
			continue
		}
		if opt.BriefingID == 0 && opt.BriefingSlug == "" {
			opt.BriefingID = v.BriefingID // the rest of the batch joins it
		}
		sum.BriefingID = v.BriefingID
	}
	if progress != nil {
		progress(sum.Total, sum.Total, "")
	}
	return sum, nil
}

// unwrapPathError drops the path from an *os.PathError, as FileError names
// the file itself.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
