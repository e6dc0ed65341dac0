package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

// StopError is the error of a bulk import the library stopped at file
// Path (damaged, full, read-only or busy): the files after it were not
// tried, since they would fail the same way.
type StopError struct {
	Path string
	Err  error
}

// Error returns "importing path: problem".
func (e *StopError) Error() string { return "importing " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the problem.
func (e *StopError) Unwrap() error { return e.Err }

// Summary is the outcome of a bulk import.
type Summary struct {
	// Total is the number of files considered.
	Total int
	// Imported lists the new versions (metadata only: Text is empty), in
	// import order.
	Imported []*Version
	// Duplicates lists files whose bytes, or text, were already in the
	// library, with the existing version.
	Duplicates []Duplicate
	// Failed lists the files that could not be imported and why.
	Failed []FileError
	// Skipped lists the files a folder held that were not imported and
	// why (hidden, or not a format Variorum reads).
	Skipped []FileError
	// BriefingID is the briefing the files went to (0 if none was used).
	BriefingID int64
	// Resumed says the batch went on into the briefing an earlier,
	// interrupted run of the same import created.
	Resumed bool
	// Resumable says that the same import run again goes on into the
	// same briefing: the batch named its briefing, or had a title (given,
	// or its folder's). A batch of files named one by one makes a new
	// briefing each time instead.
	Resumable bool
}

// Duplicate is a file already in the library.
type Duplicate struct {
	Path     string
	Existing *Version
}

// ImportExtensions are the extensions a directory walk picks up, and a
// window's file chooser shows; files named explicitly are imported
// whatever their extension (the content is sniffed).
func ImportExtensions() []string {
	return []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx"}
}

func importExtensions() map[string]bool {
	m := map[string]bool{}
	for _, e := range ImportExtensions() {
		m[e] = true
	}
	return m
}

// ExpandPaths lists the files that ImportPaths would import from paths:
// each file as given, and for each directory, recursively, the files with
// a known extension (see importExtensions), skipping hidden
// files and directories. Paths that cannot be read are returned as errors.
func ExpandPaths(paths []string) ([]string, []FileError) {
	files, _, errs := expandPaths(paths)
	return files, errs
}

// errUnsupported, errHidden, errLink and errBrokenLink say why a folder's
// file was skipped.
var (
	errUnsupported = errors.New("skipped: not a text, Markdown, HTML or DOCX file")
	errHidden      = errors.New("skipped: hidden")
	errLink        = errors.New("skipped: a link to a folder or another file, not followed (name what it points to)")
	errBrokenLink  = errors.New("skipped: a link to nothing")
)

// expandPaths is ExpandPaths, also listing the files of folders it skipped.
func expandPaths(paths []string) (files []string, skipped, errs []FileError) {
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
			switch {
			case q != p && strings.HasPrefix(name, "."):
				skipped = append(skipped, FileError{Path: q, Err: errHidden})
				if d.IsDir() {
					return fs.SkipDir
				}
			case d.IsDir():
			case d.Type()&fs.ModeSymlink != 0:
				// A walk does not follow links (a link to a folder above
				// would never end); one to a file of a kind imported is.
				switch target, err := os.Stat(q); {
				case err != nil:
					skipped = append(skipped, FileError{Path: q, Err: errBrokenLink})
				case target.Mode().IsRegular() && exts[strings.ToLower(filepath.Ext(name))]:
					found = append(found, q)
				default:
					skipped = append(skipped, FileError{Path: q, Err: errLink})
				}
			case exts[strings.ToLower(filepath.Ext(name))]:
				found = append(found, q)
			default:
				skipped = append(skipped, FileError{Path: q, Err: errUnsupported})
			}
			return nil
		})
		if err != nil {
			errs = append(errs, FileError{Path: p, Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, skipped, errs
}

// ImportPaths imports files and directories (see ExpandPaths), one
// transaction per file; a file that fails is recorded in the summary and
// the others go on. When opt names no briefing, all the batch's files go
// into one new briefing, titled opt.NewBriefingTitle, or after the
// first path when it is a directory, or else after the first file
// imported. progress, when not nil, is called before each file with the
// number done so far, the total and the file, and once at the end with
// done == total and file "". The error is non-nil when ctx was cancelled,
// the library is damaged (ErrNotLibrary), read-only, busy, its disk full
// or its file not writable (ErrLibraryIO, two files in a row), which
// stop the batch; the
// summary says what was done until then.
func (l *Library) ImportPaths(ctx context.Context, paths []string, opt ImportOptions, progress func(done, total int, file string)) (Summary, error) {
	files, skipped, errs := expandPaths(paths)
	sum := Summary{Total: len(files) + len(errs), Failed: errs, Skipped: skipped}
	if opt.BriefingID == 0 && opt.BriefingSlug == "" && opt.NewBriefingTitle == "" && len(paths) > 0 {
		if st, err := os.Stat(paths[0]); err == nil && st.IsDir() {
			abs, _ := filepath.Abs(paths[0])
			opt.NewBriefingTitle = filepath.Base(abs)
		}
	}
	sum.Resumable = opt.BriefingID != 0 || opt.BriefingSlug != "" || opt.NewBriefingTitle != ""
	if opt.BriefingID == 0 && opt.BriefingSlug == "" && opt.NewBriefingTitle != "" {
		opt.batch = batchFiles(files)
		id, err := batchBriefing(ctx, l.db, opt.NewBriefingTitle, opt.batch)
		if err != nil {
			return sum, err
		}
		opt.BriefingID, sum.BriefingID, sum.Resumed = id, id, id != 0
	}
	ioFailed := false // the file before failed to be written
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if progress != nil {
			progress(i+len(errs), sum.Total, f)
		}
		v, err := l.importFile(ctx, f, opt)
		wasIOFailed := ioFailed
		ioFailed = errors.Is(err, ErrLibraryIO)
		switch {
		case ioFailed && !wasIOFailed:
			// A write refused below SQLite may be this file's size alone
			// (a file-size limit that smaller files fit): the batch goes
			// on, and stops where a second file in a row fails so.
			sum.Failed = append(sum.Failed, FileError{Path: f, Err: err})
			continue
		case err == nil:
			v.Text = "" // keep a large batch's summary small
			sum.Imported = append(sum.Imported, v)
		case errors.Is(err, ErrDuplicate):
			sum.Duplicates = append(sum.Duplicates, Duplicate{Path: f, Existing: v})
			continue
		case ctx.Err() != nil:
			return sum, ctx.Err()
		case errors.Is(err, ErrNotLibrary):
			// The library is damaged, not the file: the rest would fail
			// the same way.
			return sum, &StopError{Path: f, Err: fmt.Errorf("the library %s: %w", l.path, err)}
		case errors.Is(err, ErrDiskFull) || errors.Is(err, ErrLibraryIO) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrBusy):
			// The library, not the file: the rest would fail the same way
			// (a busy library after waiting its full time for each).
			return sum, &StopError{Path: f, Err: err} // the error names the library
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

// batchFile is a file of an import batch: its name and size, which a
// version of it in the library has too, and its path.
type batchFile struct {
	name string
	size int64
	path string
}

// batchFiles returns the batch's files that can be read.
func batchFiles(files []string) []batchFile {
	var out []batchFile
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			out = append(out, batchFile{filepath.Base(f), st.Size(), f})
		}
	}
	return out
}

// querier is what batchBriefing reads through: the library or a
// transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// batchBriefing finds the briefing another run of the same import made:
// one titled title whose every version is one of the batch's files (same
// name, size and SHA-256). An interrupted run leaves such a briefing; an
// older briefing of the same title from other files, or from a folder of
// the same name sharing a file with this one, is not one. The newest
// wins; 0 when there is none. ImportPaths asks before the batch, and
// resolveBriefing again in the write transaction that would make a new
// briefing (a run of the same import at the same moment may have made it
// meanwhile).
func batchBriefing(ctx context.Context, q querier, title string, files []batchFile) (int64, error) {
	type held struct {
		name string
		size int64
		sha  string
	}
	byBriefing := map[int64][]held{}
	var ids []int64
	rows, err := q.QueryContext(ctx, `SELECT b.id, v.file_name, v.size, v.sha256 FROM versions v
		JOIN briefings b ON b.id = v.briefing_id WHERE b.title = ? ORDER BY b.id DESC`, title)
	if err != nil {
		return 0, fmt.Errorf("looking for an earlier import into %q: %w", title, classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var h held
		if err := rows.Scan(&id, &h.name, &h.size, &h.sha); err != nil {
			return 0, err
		}
		if _, ok := byBriefing[id]; !ok {
			ids = append(ids, id)
		}
		byBriefing[id] = append(byBriefing[id], h)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("looking for an earlier import into %q: %w", title, classify(err))
	}
	sums := map[string]string{} // path -> SHA-256 of its bytes, read on demand
	inBatch := func(h held) bool {
		for _, f := range files {
			if f.name != h.name || f.size != h.size {
				continue
			}
			sum, ok := sums[f.path]
			if !ok {
				if b, err := os.ReadFile(f.path); err == nil {
					h := sha256.Sum256(b)
					sum = hex.EncodeToString(h[:]) // as ImportBytes stores it
				}
				sums[f.path] = sum
			}
			if sum == h.sha {
				return true
			}
		}
		return false
	}
	for _, id := range ids {
		if !slices.ContainsFunc(byBriefing[id], func(h held) bool { return !inBatch(h) }) {
			return id, nil
		}
	}
	return 0, nil
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
