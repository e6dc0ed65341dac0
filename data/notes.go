package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Note is a researcher's note on a passage: a byte span of one version's
// text (a row's cell, or one side of a change), kept in the library so it
// is there when the comparison is opened again.
type Note struct {
	ID        int64 `json:"id"`
	VersionID int64 `json:"version_id"`
	// Start and End are the byte span of the version's text noted.
	Start int `json:"start"`
	End   int `json:"end"`
	// OtherID is the version the text was compared with when the note is
	// on a change; 0 for a note on the passage alone.
	OtherID   int64     `json:"other_id,omitempty"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// AddNote stores a new note and returns it with its id and times.
func (l *Library) AddNote(ctx context.Context, n Note) (*Note, error) {
	if strings.TrimSpace(n.Text) == "" {
		return nil, fmt.Errorf("adding a note: %w", ErrEmptyNote)
	}
	if n.Start < 0 || n.End < n.Start {
		return nil, fmt.Errorf("adding a note: span %d-%d: %w", n.Start, n.End, ErrBadSpan)
	}
	now := time.Now().UTC()
	n.CreatedAt, n.UpdatedAt = now, now
	var other any
	if n.OtherID != 0 {
		other = n.OtherID
	}
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		// The bytes at the span's ends, as blobs: a span must not cut a
		// character (a UTF-8 continuation byte starts none).
		var size int
		var first, last []byte
		err := tx.QueryRowContext(ctx, `SELECT octet_length(text), substr(CAST(text AS BLOB), ?, 1), substr(CAST(text AS BLOB), ?, 1)
			FROM versions WHERE id = ?`, n.Start+1, n.End+1, n.VersionID).Scan(&size, &first, &last)
		if err != nil {
			return rowError(err)
		}
		if n.End > size {
			return fmt.Errorf("span %d-%d past the text's %d bytes: %w", n.Start, n.End, size, ErrBadSpan)
		}
		if continuation(first) || continuation(last) {
			return fmt.Errorf("span %d-%d cuts a character: %w", n.Start, n.End, ErrBadSpan)
		}
		if n.OtherID != 0 {
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM versions WHERE id = ?`, n.OtherID).Scan(&one); err != nil {
				return fmt.Errorf("the version compared with, %d: %w", n.OtherID, rowError(err))
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO notes (version_id, start, end, other_id, text, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, n.VersionID, n.Start, n.End, other, n.Text, now.Format(time.RFC3339Nano), now.Format(time.RFC3339Nano))
		if err != nil {
			return err
		}
		n.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("adding a note to version %d: %w", n.VersionID, err)
	}
	return &n, nil
}

// continuation reports a UTF-8 continuation byte, b's only one.
func continuation(b []byte) bool { return len(b) == 1 && b[0]&0xC0 == 0x80 }

// UpdateNote replaces a note's text.
func (l *Library) UpdateNote(ctx context.Context, id int64, text string) error {
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("note %d: %w", id, ErrEmptyNote)
	}
	return l.execOne(ctx, fmt.Sprintf("note %d", id), `UPDATE notes SET text = ?, updated_at = ? WHERE id = ?`,
		text, time.Now().UTC().Format(time.RFC3339Nano), id)
}

// DeleteNote removes a note.
func (l *Library) DeleteNote(ctx context.Context, id int64) error {
	return l.execOne(ctx, fmt.Sprintf("note %d", id), `DELETE FROM notes WHERE id = ?`, id)
}

// Notes returns the notes on the given versions, by version and position.
func (l *Library) Notes(ctx context.Context, versionIDs ...int64) ([]Note, error) {
	if len(versionIDs) == 0 {
		return nil, nil
	}
	args := make([]any, len(versionIDs))
	for i, id := range versionIDs {
		args[i] = id
	}
	q := `SELECT id, version_id, start, end, COALESCE(other_id, 0), text, created_at, updated_at FROM notes
		WHERE version_id IN (?` + strings.Repeat(", ?", len(versionIDs)-1) + `) ORDER BY version_id, start, id`
	notes, err := queryAll(ctx, l.db, scanNote, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading notes: %w", err)
	}
	return notes, nil
}

func scanNote(s scanner) (*Note, error) {
	var n Note
	var created, updated string
	if err := s.Scan(&n.ID, &n.VersionID, &n.Start, &n.End, &n.OtherID, &n.Text, &created, &updated); err != nil {
		return nil, err
	}
	n.CreatedAt, _ = time.Parse(time.RFC3339Nano, created)
	n.UpdatedAt, _ = time.Parse(time.RFC3339Nano, updated)
	return &n, nil
}
