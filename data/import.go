package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/variorum/variorum/data/textfile"
)

// ImportOptions say where an imported file goes and what is known about
// it. Empty fields are detected or defaulted.
type ImportOptions struct {
	// BriefingID names an existing briefing to add the version to.
	BriefingID int64
	// BriefingSlug names an existing briefing by slug (used when BriefingID
	// is 0).
	BriefingSlug string
	// NewBriefingTitle creates a new briefing with this title. When no
	// briefing is named at all, ImportFile creates one titled after the
	// file (ImportPaths one for the whole batch, see there).
	NewBriefingTitle string
	// Date, Place and Speakers describe a briefing created by the import;
	// they do not change an existing briefing.
	Date, Place, Speakers string
	// Lang is the version's language (BCP 47, e.g. "ru"); detected from
	// the text's script when empty.
	Lang string
	// Source says where the version came from ("MFA transcript").
	Source string
	// Kind is one of Kinds(); "other" when empty.
	Kind string
	// Label names the version; the file name without extension when empty.
	Label string
	// URL and Note are stored as given; RetrievedAt is a date, or a
	// date and time (CheckRetrieved).
	URL, Note, RetrievedAt string
	// Encoding overrides encoding detection (e.g. "windows-1251").
	Encoding string
	// Format overrides format detection ("text", "markdown", "html",
	// "docx").
	Format string
	// batch, set by ImportPaths, recognises the briefing a run of the same
	// import made (see batchBriefing).
	batch []batchFile
}

// ImportFile imports one file as a new version, in one transaction: its
// bytes are decoded (format and encoding detected unless given), the text
// stored as UTF-8, LF, NFC, and the SHA-256, size and name of the original
// bytes kept. When opt names no briefing, a new briefing titled after the
// file is created. When the same bytes, or the same text in other bytes
// (another encoding or format), are already in the library, the existing
// version is returned with an error wrapping ErrDuplicate ("already
// imported as version N"). Every error is a FileError, so
// that its message starts with path and a caller that names the file
// itself (the window's dialogs) can take the problem alone.
func (l *Library) ImportFile(ctx context.Context, path string, opt ImportOptions) (*Version, error) {
	v, err := l.importFile(ctx, path, opt)
	if err != nil {
		return v, FileError{Path: path, Err: err}
	}
	return v, nil
}

// importFile is ImportFile with errors that do not name the file.
func (l *Library) importFile(ctx context.Context, path string, opt ImportOptions) (*Version, error) {
	b, err := textfile.ReadBytes(path)
	if err != nil {
		return nil, err
	}
	return l.importBytes(ctx, filepath.Base(path), b, true, opt) // b is not used again
}

// ImportBytes imports b, the content of a file called name, as ImportFile
// does. Errors do not repeat name.
func (l *Library) ImportBytes(ctx context.Context, name string, b []byte, opt ImportOptions) (*Version, error) {
	return l.importBytes(ctx, name, b, false, opt)
}

// importBytes is ImportBytes; owned says b is handed over (never written
// again), so the text may share its memory.
func (l *Library) importBytes(ctx context.Context, name string, b []byte, owned bool, opt ImportOptions) (*Version, error) {
	sum := sha256.Sum256(b)
	sha := hex.EncodeToString(sum[:])
	if v, err := l.versionBySHA(ctx, sha); err != nil {
		return nil, err
	} else if v != nil {
		return v, duplicateError(v)
	}
	opt, err := opt.checked()
	if err != nil {
		return nil, err
	}
	extract := textfile.Extract
	if owned {
		extract = textfile.ExtractOwned
	}
	ex, err := extract(name, b, opt.Format, opt.Encoding)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v := newVersion(name, sha, int64(len(b)), ex, opt)
	textSHA := hashString(v.Text) // before the write lock is taken
	var same *Version             // a version of the same text in other bytes
	err = l.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if same, err = versionByText(ctx, tx, textSHA); err != nil || same != nil {
			return err
		}
		bid, err := resolveBriefing(ctx, tx, opt, v.Label)
		if err != nil {
			return err
		}
		v.BriefingID = bid
		if opt.Label == "" {
			if v.Label, err = uniqueLabel(ctx, tx, bid, v.Label, name); err != nil {
				return err
			}
		}
		return insertVersion(ctx, tx, v, textSHA)
	})
	if err != nil {
		if isUniqueViolation(err) { // another process imported the same bytes meanwhile
			if dup, err2 := l.versionBySHA(ctx, sha); err2 == nil && dup != nil {
				return dup, duplicateError(dup)
			}
		}
		return nil, err
	}
	if same != nil {
		return same, duplicateError(same)
	}
	return v, nil
}

// versionByText returns the version whose text has the hash textSHA
// (hashString), or nil.
func versionByText(ctx context.Context, tx *sql.Tx, textSHA string) (*Version, error) {
	v, err := scanVersion(tx.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM versions WHERE text_sha256 = ? ORDER BY id LIMIT 1`, textSHA), nil)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return v, err
}

// checked returns opt with its kind and language in canonical form (other
// where no kind is given), or the first of their and its date's faults.
func (opt ImportOptions) checked() (ImportOptions, error) {
	if err := opt.Check(); err != nil {
		return opt, err
	}
	opt.Kind, _ = kindOrOther(opt.Kind)
	opt.Lang, _ = CanonicalLanguage(opt.Lang)
	return opt, nil
}

// Check returns what is wrong with opt's kind, language, dates and
// encoding, joined, each wrapping ErrBadKind, ErrBadLanguage, ErrBadDate
// (the briefing's date or the retrieval's) or
// textfile.ErrUnknownEncoding; nil where nothing is. Importing checks
// them; a caller may check first, to refuse before any work.
func (opt ImportOptions) Check() error {
	var enc error
	if opt.Encoding != "" {
		_, _, enc = textfile.LookupEncoding(opt.Encoding)
	}
	return errors.Join(CheckKind(opt.Kind), CheckLanguage(opt.Lang), CheckDate(opt.Date), CheckRetrieved(opt.RetrievedAt), enc)
}

// newVersion describes the version imported from the file name, of size
// bytes hashing to sha, whose text is ex: labelled after the file where
// opt gives no label, in the language detected where it gives none.
func newVersion(name, sha string, size int64, ex *textfile.Extracted, opt ImportOptions) *Version {
	v := &Version{
		Label:       opt.Label,
		Source:      opt.Source,
		URL:         opt.URL,
		Language:    opt.Lang,
		Kind:        opt.Kind,
		Note:        opt.Note,
		FileName:    strings.ToValidUTF8(name, "\uFFFD"), // a file name need not be UTF-8; reports must be
		SHA256:      sha,
		Size:        size,
		Encoding:    ex.Encoding,
		Format:      ex.Format,
		ImportedAt:  time.Now().UTC(),
		RetrievedAt: opt.RetrievedAt,
		Text:        ex.Text,
		MisreadUTF8: ex.MisreadUTF8,
	}
	if v.Label == "" {
		v.Label = strings.TrimSuffix(v.FileName, filepath.Ext(v.FileName))
	}
	if v.Label == "" {
		v.Label = v.FileName // ".txt"
	}
	if v.Language == "" {
		v.Language = textfile.DetectLanguage(ex.Text)
	}
	return v
}

// maxLabelTries bounds the labels uniqueLabel tries: past a hundred
// versions of one name in one briefing, numbering helps no reader.
const maxLabelTries = 100

// uniqueLabel is label, a label made from the file name, or when another
// version of the briefing has it (blog-en.txt imported, then
// blog-en.docx), the whole file name, else label with a number: two
// versions shown side by side must read apart.
func uniqueLabel(ctx context.Context, tx *sql.Tx, briefing int64, label, fileName string) (string, error) {
	taken := func(l string) (bool, error) {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM versions WHERE briefing_id = ? AND label = ?)`, briefing, l).Scan(&n)
		return n != 0, err
	}
	for k := range maxLabelTries {
		c := label // then the file's name, then "label (2)", "label (3)"…
		switch {
		case k == 1 && fileName != "":
			c = fileName
		case k > 1:
			c = fmt.Sprintf("%s (%d)", label, k)
		}
		if t, err := taken(c); err != nil || !t {
			return c, err
		}
	}
	return label, nil // that many of one name: leave it
}

func duplicateError(v *Version) error {
	return fmt.Errorf("%w as version %d (%q)", ErrDuplicate, v.ID, v.Label)
}

// inTx runs fn in one immediate transaction, committing when it returns
// nil. While another process holds the write lock the transaction is
// retried (see retryBusy); a read-only library refuses at once.
func (l *Library) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	if l.readOnly {
		return fmt.Errorf("%w: %s", ErrReadOnly, l.path)
	}
	if err := retryBusy(ctx, l.busyDeadline, func() error { return l.checkSound(ctx) }); err != nil {
		return err
	}
	return retryBusy(ctx, l.busyDeadline, func() error {
		tx, err := l.db.BeginTx(ctx, nil)
		if err != nil {
			return l.classify(err)
		}
		defer tx.Rollback()
		if err := fn(tx); err != nil {
			return l.classify(err)
		}
		return l.classify(tx.Commit())
	})
}

// versionBySHA returns the version whose original bytes have this hash, or
// nil.
func (l *Library) versionBySHA(ctx context.Context, sha string) (*Version, error) {
	v, err := scanVersion(l.db.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM versions WHERE sha256 = ?`, sha), nil)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, classify(err)
	}
	return v, nil
}

// insertVersion stores v (Text included, with textSHA its hashString),
// indexes its text for search and sets v.ID. The hash comes from the
// caller so that it is not computed with the write lock held, and again
// on every retry of a busy transaction.
func insertVersion(ctx context.Context, tx *sql.Tx, v *Version, textSHA string) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO versions
		(id, briefing_id, label, source, url, language, kind, note, file_name, sha256, size,
		 encoding, format, retrieved_at, imported_at, text, text_sha256)
		VALUES (`+nextID("versions")+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		v.BriefingID, v.Label, v.Source, v.URL, v.Language, v.Kind, v.Note, v.FileName, v.SHA256, v.Size,
		v.Encoding, v.Format, v.RetrievedAt, v.ImportedAt.Format(time.RFC3339Nano), v.Text, textSHA)
	if err != nil {
		return err
	}
	if v.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return indexText(ctx, tx, v.ID, v.Text)
}

// hashString returns the hex SHA-256 of s, reading it in pieces: hashing
// []byte(s) would copy the whole text.
func hashString(s string) string {
	h := sha256.New()
	buf := make([]byte, 0, 64<<10)
	for len(s) > 0 {
		n := min(len(s), cap(buf))
		h.Write(append(buf[:0], s[:n]...))
		s = s[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// resolveBriefing returns the id of the briefing opt names, creating one
// titled opt.NewBriefingTitle (or after label) when it names none.
func resolveBriefing(ctx context.Context, tx *sql.Tx, opt ImportOptions, label string) (int64, error) {
	switch {
	case opt.BriefingID != 0:
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM briefings WHERE id = ?`, opt.BriefingID).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("briefing %d: %w", opt.BriefingID, ErrNotFound)
		}
		return id, err
	case opt.BriefingSlug != "":
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM briefings WHERE slug = ?`, opt.BriefingSlug).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("briefing %q: %w", opt.BriefingSlug, ErrNotFound)
		}
		return id, err
	}
	title := opt.NewBriefingTitle
	if strings.TrimSpace(title) == "" {
		title = label
	}
	if len(opt.batch) > 0 && opt.NewBriefingTitle != "" {
		// Another run of the batch may have made it since ImportPaths
		// looked; the write lock is held now, so this answer stands.
		if id, err := batchBriefing(ctx, tx, title, opt.batch); err != nil || id != 0 {
			return id, err
		}
	}
	return createBriefing(ctx, tx, Briefing{Title: title, Date: opt.Date, Place: opt.Place, Speakers: opt.Speakers})
}

// createBriefing inserts b with a unique slug derived from b.Slug or its
// title and returns its id.
func createBriefing(ctx context.Context, tx *sql.Tx, b Briefing) (int64, error) {
	if err := CheckDate(b.Date); err != nil {
		return 0, err
	}
	base := Slugify(b.Slug)
	if base == "" {
		base = Slugify(b.Title)
	}
	if base == "" {
		base = "briefing"
	}
	slug := base
	for n := 2; ; n++ {
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM briefings WHERE slug = ?)`, slug).Scan(&exists); err != nil {
			return 0, err
		}
		if exists == 0 {
			break
		}
		slug = fmt.Sprintf("%s-%d", base, n)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO briefings (id, slug, title, date, place, speakers, note, created_at)
		VALUES (`+nextID("briefings")+`, ?, ?, ?, ?, ?, ?, ?)`, slug, b.Title, b.Date, b.Place, b.Speakers, b.Note,
		time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// maxSlugBytes keeps a slug short enough to type and to use as a file
// name, yet long enough for a title's first words and a date.
const maxSlugBytes = 60

// Slugify makes a short identifier from s: lower-case letters and digits
// (any script) joined by single hyphens, at most maxSlugBytes.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if b.Len()+len(string(r)) > maxSlugBytes {
				break
			}
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return strings.TrimRight(b.String(), "-") // cut at the hyphen before a word
}
