package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	sqlite3 "modernc.org/sqlite/lib"
)

// UpdateVersion saves the editable metadata of v (label, source, URL,
// language, kind, note, retrieval date), found by v.ID: of a version read
// from the library, the fields changed since it was read, so that what
// another process saved meanwhile stays (see changedFields). The text,
// hashes, file name, encoding and format are what was imported and never
// change.
func (l *Library) UpdateVersion(ctx context.Context, v *Version) error {
	kind, err := kindOrOther(v.Kind)
	if err != nil {
		return fmt.Errorf("version %d: %w", v.ID, err)
	}
	v.Kind = kind
	var was []string
	if v.read != nil {
		was = v.read[:]
	}
	if !l.asBefore(ctx, was, 3, "versions", v.ID, v.Language) {
		if v.Language, err = CanonicalLanguage(v.Language); err != nil {
			return fmt.Errorf("version %d: %w", v.ID, err)
		}
	}
	if strings.TrimSpace(v.Label) == "" {
		return fmt.Errorf("version %d: the label cannot be empty", v.ID)
	}
	if !l.asBefore(ctx, was, 6, "versions", v.ID, v.RetrievedAt) {
		if err := CheckRetrieved(v.RetrievedAt); err != nil {
			return fmt.Errorf("version %d: %w", v.ID, err)
		}
	}
	now := v.fields()
	query, args := changedFields("versions", versionEditColumns[:], was, now[:], v.ID)
	if err := l.execOne(ctx, fmt.Sprintf("version %d", v.ID), query, args...); err != nil {
		return err
	}
	v.read = &now
	return nil
}

// changedFields writes the UPDATE of row id of table that sets the
// columns whose values in now differ from was, the values read before
// the caller edited them (all of them when was is nil): another process
// may have saved other fields of the row since (the window's dialog open
// while "variorum edit" runs), and writing back what was read would undo
// them. With nothing changed it still finds the row, so that a missing
// one is reported.
func changedFields(table string, columns, was, now []string, id int64) (string, []any) {
	var set []string
	var args []any
	for i, c := range columns {
		if was == nil || now[i] != was[i] {
			set = append(set, c+" = ?")
			args = append(args, now[i])
		}
	}
	if len(set) == 0 {
		set = []string{"id = id"}
	}
	return "UPDATE " + table + " SET " + strings.Join(set, ", ") + " WHERE id = ?", append(args, id)
}

// UpdateBriefing saves b's slug, title, date, place, speakers and note,
// found by b.ID, those changed since it was read as UpdateVersion does.
// The slug must stay unique and non-empty.
func (l *Library) UpdateBriefing(ctx context.Context, b *Briefing) error {
	var was []string
	if b.read != nil {
		was = b.read[:]
	}
	slug := b.Slug
	// A slug kept as it is stays, even one Slugify would write otherwise
	// now: scripts and --briefing name it.
	if !l.asBefore(ctx, was, 0, "briefings", b.ID, slug) {
		slug = Slugify(slug)
	}
	if slug == "" {
		return fmt.Errorf("briefing %d: the slug cannot be empty", b.ID)
	}
	if !l.asBefore(ctx, was, 1, "briefings", b.ID, b.Title) && strings.TrimSpace(b.Title) == "" {
		return fmt.Errorf("briefing %d: the title cannot be empty", b.ID) // a blank one stored before stays
	}
	b.Slug = slug
	if !l.asBefore(ctx, was, 2, "briefings", b.ID, b.Date) {
		if err := CheckDate(b.Date); err != nil {
			return fmt.Errorf("briefing %d: %w", b.ID, err)
		}
	}
	now := b.fields()
	query, args := changedFields("briefings", briefingEditColumns[:], was, now[:], b.ID)
	err := l.execOne(ctx, fmt.Sprintf("briefing %d", b.ID), query, args...)
	if err == nil {
		b.read = &now
	}
	// The slug is briefings' only UNIQUE column today; the lookup keeps the
	// error true should another come.
	if isUniqueViolation(err) {
		if other, err2 := l.BriefingBySlug(ctx, slug); err2 == nil && other != nil && other.ID != b.ID {
			return fmt.Errorf("briefing %d: slug %q: %w", b.ID, slug, ErrSlugTaken)
		}
	}
	return err
}

// asBefore reports whether value, the editable field i of row id of
// table (a version's or a briefing's, see versionEditColumns and
// briefingEditColumns), is as the caller read it (was), or, for a row not
// read from the library, as the library holds it. An edit checks and
// normalises a language, slug or date only where it changes it: one
// stored before the library checked them (free-form, by an older
// Variorum) stays as it is, so that saving a new label does not first
// demand a fixed date, nor write back a field another process changed
// since it was read.
func (l *Library) asBefore(ctx context.Context, was []string, i int, table string, id int64, value string) bool {
	if was != nil {
		return value == was[i]
	}
	column := versionEditColumns[i]
	if table == "briefings" {
		column = briefingEditColumns[i]
	}
	var stored string
	err := l.db.QueryRowContext(ctx, `SELECT `+column+` FROM `+table+` WHERE id = ?`, id).Scan(&stored)
	return err == nil && value == stored
}

// CreateBriefing adds an empty briefing (its slug made unique) and returns
// it.
func (l *Library) CreateBriefing(ctx context.Context, b Briefing) (*Briefing, error) {
	id, err := l.insertBriefing(ctx, b)
	if err != nil {
		return nil, fmt.Errorf("creating briefing %q: %w", b.Title, err)
	}
	return l.Briefing(ctx, id)
}

// insertBriefing runs createBriefing in a transaction of its own.
func (l *Library) insertBriefing(ctx context.Context, b Briefing) (int64, error) {
	var id int64
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = createBriefing(ctx, tx, b)
		return err
	})
	return id, err
}

// DeleteVersion removes a version, its text, its notes and its search
// entries (the schema cascades to its chunks).
func (l *Library) DeleteVersion(ctx context.Context, id int64) error {
	return l.execOne(ctx, fmt.Sprintf("version %d", id), `DELETE FROM versions WHERE id = ?`, id)
}

// DeleteBriefing removes a briefing that holds no versions.
func (l *Library) DeleteBriefing(ctx context.Context, id int64) error {
	err := l.execOne(ctx, fmt.Sprintf("briefing %d", id), `DELETE FROM briefings WHERE id = ?`, id)
	// ON DELETE RESTRICT is carried out by a trigger SQLite generates,
	// which fails with SQLITE_CONSTRAINT_TRIGGER; a plain foreign key
	// check fails with SQLITE_CONSTRAINT_FOREIGNKEY. The schema has no
	// trigger of its own that raises.
	if isSQLiteCode(err, sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY) || isSQLiteCode(err, sqlite3.SQLITE_CONSTRAINT_TRIGGER) {
		return fmt.Errorf("briefing %d: %w", id, ErrBriefingNotEmpty)
	}
	return err
}

// MoveVersion moves a version to another briefing.
func (l *Library) MoveVersion(ctx context.Context, id, briefingID int64) error {
	if _, err := l.Briefing(ctx, briefingID); err != nil {
		return fmt.Errorf("moving version %d: %w", id, err)
	}
	return l.execOne(ctx, fmt.Sprintf("version %d", id), `UPDATE versions SET briefing_id = ? WHERE id = ?`, briefingID, id)
}

// execOne runs a statement in a transaction that must change exactly one
// row (else ErrNotFound).
func (l *Library) execOne(ctx context.Context, what, query string, args ...any) error {
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if errors.Is(err, ErrNotFound) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
