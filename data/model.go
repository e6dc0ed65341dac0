package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Kinds a version can have.
const (
	KindOriginal    = "original"
	KindTranslation = "translation"
	KindRevision    = "revision"
	KindAbridged    = "abridged"
	KindOther       = "other"
)

// Kinds returns every valid version kind, in display order.
func Kinds() []string {
	return []string{KindOriginal, KindTranslation, KindRevision, KindAbridged, KindOther}
}

// ValidKind reports whether k is one of Kinds.
func ValidKind(k string) bool {
	for _, x := range Kinds() {
		if k == x {
			return true
		}
	}
	return false
}

// CheckKind returns an error wrapping ErrBadKind unless k is empty (a
// version of KindOther) or one of Kinds.
func CheckKind(k string) error {
	if k != "" && !ValidKind(k) {
		return fmt.Errorf("kind %q: %w (want one of %s)", k, ErrBadKind, strings.Join(Kinds(), ", "))
	}
	return nil
}

// kindOrOther returns k, KindOther when k is empty, and an error when k is
// not one of Kinds.
func kindOrOther(k string) (string, error) {
	if k == "" {
		return KindOther, nil
	}
	return k, CheckKind(k)
}

// CheckLanguage returns an error wrapping ErrBadLanguage unless tag is
// empty (not known) or a well-formed BCP 47 tag, as a version's
// language must be.
func CheckLanguage(tag string) error {
	_, err := CanonicalLanguage(tag)
	return err
}

// CanonicalLanguage is tag in its canonical BCP 47 form ("fra" and "FR"
// are "fr", "en_US" is "en-US"), so that one language is always spelt
// one way and compared as one; "" stays "". A tag that is none is an
// error wrapping ErrBadLanguage.
func CanonicalLanguage(tag string) (string, error) {
	if tag == "" {
		return "", nil
	}
	t, err := language.Parse(tag)
	if err != nil {
		return tag, fmt.Errorf("language %q: %w", tag, ErrBadLanguage)
	}
	return t.String(), nil
}

// dateLayouts are the forms a briefing's date may take: a day, or only
// the month or year where that is all a source tells. Each sorts as text
// in time order beside the others.
var dateLayouts = []string{time.DateOnly, "2006-01", "2006"}

// CheckDate returns an error wrapping ErrBadDate unless d is empty or a
// date in one of dateLayouts, as a briefing's date must be.
func CheckDate(d string) error {
	if d == "" {
		return nil
	}
	for _, layout := range dateLayouts {
		if _, err := time.Parse(layout, d); err == nil {
			return nil
		}
	}
	return fmt.Errorf("date %q: %w", d, ErrBadDate)
}

// retrievedLayouts are the times a version's retrieval may be given in
// besides dateLayouts: a page saved at a minute, as a browser or a
// crawler's log tells it.
var retrievedLayouts = []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", time.RFC3339}

// CheckRetrieved returns an error wrapping ErrBadDate unless d is empty,
// a date as CheckDate takes, or a date with a time (retrievedLayouts).
func CheckRetrieved(d string) error {
	if CheckDate(d) == nil {
		return nil
	}
	for _, layout := range retrievedLayouts {
		if _, err := time.Parse(layout, d); err == nil {
			return nil
		}
	}
	return fmt.Errorf("retrieved %q: %w, or a date and time such as 2024-06-21 17:05", d, ErrBadDate)
}

// Briefing is one event (a press conference, a statement) whose versions
// the library holds.
type Briefing struct {
	ID int64 `json:"id"`
	// Slug is a short unique name, e.g. "csto-2024-06-21".
	Slug     string `json:"slug"`
	Title    string `json:"title"`
	Date     string `json:"date,omitempty"` // as given, usually YYYY-MM-DD
	Place    string `json:"place,omitempty"`
	Speakers string `json:"speakers,omitempty"`
	Note     string `json:"note,omitempty"`
	// Versions is the number of versions the briefing holds (filled by
	// Briefings and Briefing).
	Versions int `json:"versions"`
	// read holds the fields an edit may change as they were read from
	// the library, so that UpdateBriefing writes only those the caller
	// changed; nil for a briefing not read from one.
	read *briefingFields
}

// briefingFields are a briefing's fields an edit may change, in the order
// of briefingEditColumns.
type briefingFields [6]string

// briefingEditColumns are the columns of briefingFields.
var briefingEditColumns = [...]string{"slug", "title", "date", "place", "speakers", "note"}

func (b *Briefing) fields() briefingFields {
	return briefingFields{b.Slug, b.Title, b.Date, b.Place, b.Speakers, b.Note}
}

// Version is one text of a briefing: a transcript, a translation, a
// revision. Text is filled only by Library.Version.
type Version struct {
	ID         int64  `json:"id"`
	BriefingID int64  `json:"briefing_id"`
	Label      string `json:"label"`
	Source     string `json:"source,omitempty"`
	URL        string `json:"url,omitempty"`
	Language   string `json:"language,omitempty"`
	Kind       string `json:"kind"`
	Note       string `json:"note,omitempty"`
	// FileName is the base name of the imported file.
	FileName string `json:"file_name,omitempty"`
	// SHA256 (hex) and Size are those of the original bytes as imported,
	// before decoding, so a user can prove what was imported.
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	// Encoding is the character encoding the bytes were decoded from
	// (e.g. "utf-8", "windows-1251") and Format the file format
	// ("text", "markdown", "html", "docx").
	Encoding    string    `json:"encoding,omitempty"`
	Format      string    `json:"format,omitempty"`
	ImportedAt  time.Time `json:"imported_at"`
	RetrievedAt string    `json:"retrieved_at,omitempty"`
	// Text is UTF-8 with LF line ends in Unicode NFC.
	Text string `json:"text,omitempty"`
	// TextSHA256 is the hex SHA-256 of Text that Library.Version checked
	// it by, for a report that cites it ("" where the text was not read).
	TextSHA256 string `json:"-"`
	// MisreadUTF8 is set on a version just imported from bytes that are
	// valid UTF-8 beyond ASCII, decoded as the other encoding asked for
	// (textfile.Extracted.MisreadUTF8), for the importer to warn; it is
	// not stored.
	MisreadUTF8 bool `json:"-"`
	// read holds the fields an edit may change as they were read from
	// the library (see Briefing.read).
	read *versionFields
}

// versionFields are a version's fields an edit may change, in the order
// of versionEditColumns.
type versionFields [7]string

// versionEditColumns are the columns of versionFields.
var versionEditColumns = [...]string{"label", "source", "url", "language", "kind", "note", "retrieved_at"}

func (v *Version) fields() versionFields {
	return versionFields{v.Label, v.Source, v.URL, v.Language, v.Kind, v.Note, v.RetrievedAt}
}

const versionColumns = `id, briefing_id, label, source, url, language, kind, note, file_name,
	sha256, size, encoding, format, imported_at, retrieved_at`

type scanner interface{ Scan(dest ...any) error }

// scanVersion scans a row of versionColumns, followed by the text and
// its hash when textSHA is not nil (the hash into it).
func scanVersion(s scanner, textSHA *string) (*Version, error) {
	var v Version
	var imported string
	dest := []any{&v.ID, &v.BriefingID, &v.Label, &v.Source, &v.URL, &v.Language, &v.Kind, &v.Note,
		&v.FileName, &v.SHA256, &v.Size, &v.Encoding, &v.Format, &imported, &v.RetrievedAt}
	if textSHA != nil { // the text and its hash follow the columns
		dest = append(dest, &v.Text, textSHA)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	v.ImportedAt, _ = time.Parse(time.RFC3339Nano, imported)
	read := v.fields()
	v.read = &read
	return &v, nil
}

const briefingColumns = `b.id, b.slug, b.title, b.date, b.place, b.speakers, b.note,
	(SELECT count(*) FROM versions v WHERE v.briefing_id = b.id)`

func scanBriefing(s scanner) (*Briefing, error) {
	var b Briefing
	if err := s.Scan(&b.ID, &b.Slug, &b.Title, &b.Date, &b.Place, &b.Speakers, &b.Note, &b.Versions); err != nil {
		return nil, err
	}
	read := b.fields()
	b.read = &read
	return &b, nil
}

// queryAll runs query and scans each row it returns with scan.
func queryAll[T any](ctx context.Context, db *sql.DB, scan func(scanner) (*T, error), query string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return nil, classify(err)
		}
		out = append(out, *x)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	return out, nil
}

// rowError is the error of a query for one row: ErrNotFound when there is
// none.
func rowError(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return classify(err)
}

// Briefings lists every briefing, newest date first, then by title.
func (l *Library) Briefings(ctx context.Context) ([]Briefing, error) {
	bs, err := queryAll(ctx, l.db, scanBriefing, `SELECT `+briefingColumns+` FROM briefings b ORDER BY b.date DESC, b.title, b.id`)
	if err != nil {
		return nil, fmt.Errorf("listing briefings: %w", err)
	}
	return bs, nil
}

// Briefing returns the briefing with the given id (ErrNotFound if none).
func (l *Library) Briefing(ctx context.Context, id int64) (*Briefing, error) {
	b, err := l.briefingWhere(ctx, "b.id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("briefing %d: %w", id, err)
	}
	return b, nil
}

// BriefingBySlug returns the briefing with the given slug (ErrNotFound if
// none).
func (l *Library) BriefingBySlug(ctx context.Context, slug string) (*Briefing, error) {
	b, err := l.briefingWhere(ctx, "b.slug = ?", slug)
	if err != nil {
		return nil, fmt.Errorf("briefing %q: %w", slug, err)
	}
	return b, nil
}

// briefingWhere returns the briefing that cond (on alias b) picks.
func (l *Library) briefingWhere(ctx context.Context, cond string, arg any) (*Briefing, error) {
	b, err := scanBriefing(l.db.QueryRowContext(ctx, `SELECT `+briefingColumns+` FROM briefings b WHERE `+cond, arg))
	return b, rowError(err)
}

// Versions lists the versions of a briefing in import order, without their
// text.
func (l *Library) Versions(ctx context.Context, briefingID int64) ([]Version, error) {
	vs, err := queryAll(ctx, l.db, func(s scanner) (*Version, error) { return scanVersion(s, nil) },
		`SELECT `+versionColumns+` FROM versions WHERE briefing_id = ? ORDER BY id`, briefingID)
	if err != nil {
		return nil, fmt.Errorf("listing versions of briefing %d: %w", briefingID, err)
	}
	return vs, nil
}

// Version returns one version with its text (ErrNotFound if none). The
// text is checked against the hash taken when it was imported: a text
// changed in the file by another program, or damaged, fails with
// ErrTextChanged rather than being shown or exported as what was
// imported.
func (l *Library) Version(ctx context.Context, id int64) (*Version, error) {
	var sum string
	row := l.db.QueryRowContext(ctx, `SELECT `+versionColumns+`, text, text_sha256 FROM versions WHERE id = ?`, id)
	v, err := scanVersion(row, &sum)
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", id, rowError(err))
	}
	if hashString(v.Text) != sum {
		return nil, fmt.Errorf("version %d (%s): %w; remove it and import its file again", id, v.Label, ErrTextChanged)
	}
	v.TextSHA256 = sum
	return v, nil
}

// VersionInfo returns one version without its text (ErrNotFound if
// none): what removing, moving or relabelling it needs, which a version
// whose text fails its check (ErrTextChanged) must still allow.
func (l *Library) VersionInfo(ctx context.Context, id int64) (*Version, error) {
	v, err := scanVersion(l.db.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM versions WHERE id = ?`, id), nil)
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", id, rowError(err))
	}
	return v, nil
}

// ErrTextChanged is wrapped when a version's stored text no longer has
// the hash it had when imported.
var ErrTextChanged = errors.New("its text in the library is not what was imported (changed outside Variorum, or damaged)")

// Empty reports whether the library holds no version at all.
func (l *Library) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := l.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM versions)`).Scan(&n); err != nil {
		return false, fmt.Errorf("checking whether the library is empty: %w", classify(err))
	}
	return n == 0, nil
}
