package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
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
}

const versionColumns = `id, briefing_id, label, source, url, language, kind, note, file_name,
	sha256, size, encoding, format, imported_at, retrieved_at`

type scanner interface{ Scan(dest ...any) error }

func scanVersion(s scanner, withText bool) (*Version, error) {
	var v Version
	var imported string
	dest := []any{&v.ID, &v.BriefingID, &v.Label, &v.Source, &v.URL, &v.Language, &v.Kind, &v.Note,
		&v.FileName, &v.SHA256, &v.Size, &v.Encoding, &v.Format, &imported, &v.RetrievedAt}
	if withText {
		dest = append(dest, &v.Text)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	v.ImportedAt, _ = time.Parse(time.RFC3339Nano, imported)
	return &v, nil
}

const briefingColumns = `b.id, b.slug, b.title, b.date, b.place, b.speakers, b.note,
	(SELECT count(*) FROM versions v WHERE v.briefing_id = b.id)`

func scanBriefing(s scanner) (*Briefing, error) {
	var b Briefing
	if err := s.Scan(&b.ID, &b.Slug, &b.Title, &b.Date, &b.Place, &b.Speakers, &b.Note, &b.Versions); err != nil {
		return nil, err
	}
	return &b, nil
}

// Briefings lists every briefing, newest date first, then by title.
func (l *Library) Briefings(ctx context.Context) ([]Briefing, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT `+briefingColumns+` FROM briefings b ORDER BY b.date DESC, b.title, b.id`)
	if err != nil {
		return nil, fmt.Errorf("listing briefings: %w", classify(err))
	}
	defer rows.Close()
	var out []Briefing
	for rows.Next() {
		b, err := scanBriefing(rows)
		if err != nil {
			return nil, fmt.Errorf("listing briefings: %w", classify(err))
		}
		out = append(out, *b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing briefings: %w", classify(err))
	}
	return out, nil
}

// Briefing returns the briefing with the given id (ErrNotFound if none).
func (l *Library) Briefing(ctx context.Context, id int64) (*Briefing, error) {
	b, err := scanBriefing(l.db.QueryRowContext(ctx, `SELECT `+briefingColumns+` FROM briefings b WHERE b.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("briefing %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("briefing %d: %w", id, classify(err))
	}
	return b, nil
}

// BriefingBySlug returns the briefing with the given slug (ErrNotFound if
// none).
func (l *Library) BriefingBySlug(ctx context.Context, slug string) (*Briefing, error) {
	b, err := scanBriefing(l.db.QueryRowContext(ctx, `SELECT `+briefingColumns+` FROM briefings b WHERE b.slug = ?`, slug))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("briefing %q: %w", slug, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("briefing %q: %w", slug, classify(err))
	}
	return b, nil
}

// Versions lists the versions of a briefing in import order, without their
// text.
func (l *Library) Versions(ctx context.Context, briefingID int64) ([]Version, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT `+versionColumns+` FROM versions WHERE briefing_id = ? ORDER BY id`, briefingID)
	if err != nil {
		return nil, fmt.Errorf("listing versions of briefing %d: %w", briefingID, classify(err))
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		v, err := scanVersion(rows, false)
		if err != nil {
			return nil, fmt.Errorf("listing versions of briefing %d: %w", briefingID, classify(err))
		}
		out = append(out, *v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing versions of briefing %d: %w", briefingID, classify(err))
	}
	return out, nil
}

// Version returns one version with its text (ErrNotFound if none).
func (l *Library) Version(ctx context.Context, id int64) (*Version, error) {
	v, err := scanVersion(l.db.QueryRowContext(ctx, `SELECT `+versionColumns+`, text FROM versions WHERE id = ?`, id), true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("version %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", id, classify(err))
	}
	return v, nil
}

// Empty reports whether the library holds no version at all.
func (l *Library) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := l.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM versions)`).Scan(&n); err != nil {
		return false, fmt.Errorf("checking whether the library is empty: %w", classify(err))
	}
	return n == 0, nil
}
