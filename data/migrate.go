package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// migration is one forward-only schema step. Steps are applied in order;
// after step i (counted from 1) PRAGMA user_version is i. Published steps are
// never edited or removed: a schema change is a new step at the end.
type migration struct {
	name string
	sql  string
	// fill, when set, runs after sql in the step's transaction: for a
	// step that needs Go to move data into the new schema.
	fill func(ctx context.Context, tx *sql.Tx) error
}

// migrations lists every schema step, oldest first.
func migrations() []migration {
	return []migration{
		{name: "briefings and versions", sql: `
CREATE TABLE briefings (
	id         INTEGER PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	title      TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	place      TEXT NOT NULL DEFAULT '',
	speakers   TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);
CREATE TABLE versions (
	id           INTEGER PRIMARY KEY,
	briefing_id  INTEGER NOT NULL REFERENCES briefings(id) ON DELETE RESTRICT,
	label        TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	url          TEXT NOT NULL DEFAULT '',
	language     TEXT NOT NULL DEFAULT '',
	kind         TEXT NOT NULL DEFAULT 'other'
	             CHECK (kind IN ('original', 'translation', 'revision', 'abridged', 'other')),
	note         TEXT NOT NULL DEFAULT '',
	file_name    TEXT NOT NULL DEFAULT '',
	sha256       TEXT NOT NULL UNIQUE,   -- of the original bytes, hex
	size         INTEGER NOT NULL,       -- of the original bytes
	encoding     TEXT NOT NULL DEFAULT '',
	format       TEXT NOT NULL DEFAULT '',
	retrieved_at TEXT NOT NULL DEFAULT '',
	imported_at  TEXT NOT NULL,
	text         TEXT NOT NULL,          -- UTF-8, LF line ends, NFC
	text_sha256  TEXT NOT NULL           -- of text, hex: proves the row is whole
);
CREATE INDEX versions_briefing ON versions(briefing_id, id);
`},
		{name: "full-text search", sql: `
CREATE VIRTUAL TABLE versions_fts USING fts5(
	text, content = 'versions', content_rowid = 'id',
	tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions BEGIN
	INSERT INTO versions_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER versions_fts_delete AFTER DELETE ON versions BEGIN
	INSERT INTO versions_fts(versions_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER versions_fts_update AFTER UPDATE OF text ON versions BEGIN
	INSERT INTO versions_fts(versions_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO versions_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO versions_fts(versions_fts) VALUES ('rebuild');
`},
		// unicode61 does not fold ё to е (its diacritics removal is for
		// Latin). The index now reads a view that folds them; Search folds
		// queries the same way and makes snippets from the stored text.
		{name: "search folds ё to е", sql: `
DROP TRIGGER versions_fts_insert;
DROP TRIGGER versions_fts_delete;
DROP TRIGGER versions_fts_update;
DROP TABLE versions_fts;
CREATE VIEW versions_search (id, text) AS
	SELECT id, replace(replace(text, 'ё', 'е'), 'Ё', 'Е') FROM versions;
CREATE VIRTUAL TABLE versions_fts USING fts5(
	text, content = 'versions_search', content_rowid = 'id',
	tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions BEGIN
	INSERT INTO versions_fts(rowid, text)
	VALUES (new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
END;
CREATE TRIGGER versions_fts_delete AFTER DELETE ON versions BEGIN
	INSERT INTO versions_fts(versions_fts, rowid, text)
	VALUES ('delete', old.id, replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е'));
END;
CREATE TRIGGER versions_fts_update AFTER UPDATE OF text ON versions BEGIN
	INSERT INTO versions_fts(versions_fts, rowid, text)
	VALUES ('delete', old.id, replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е'));
	INSERT INTO versions_fts(rowid, text)
	VALUES (new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
END;
INSERT INTO versions_fts(versions_fts) VALUES ('rebuild');
`},
		// A note is anchored to a byte span of one version's text (texts
		// never change once imported), and, for a note on a change, to
		// the version that text was compared with.
		{name: "notes", sql: `
CREATE TABLE notes (
	id         INTEGER PRIMARY KEY,
	version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	other_id   INTEGER REFERENCES versions(id) ON DELETE SET NULL,
	text       TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (start >= 0 AND end >= start)
);
CREATE INDEX notes_version ON notes(version_id, start);
`},
		// Indexing a whole text as one row made FTS5 hold all its terms
		// in memory, and the view's replace() copied it twice, many
		// times the text's size. The index now holds chunks of about
		// 64 KB (see chunkSize), folded in Go; version_chunks keeps each
		// chunk's text for snippets. fill indexes the existing texts.
		{name: "search by chunks", sql: `
DROP TRIGGER versions_fts_insert;
DROP TRIGGER versions_fts_delete;
DROP TRIGGER versions_fts_update;
DROP TABLE versions_fts;
DROP VIEW versions_search;
CREATE TABLE version_chunks (
	id         INTEGER PRIMARY KEY,   -- the chunk's rowid in chunks_fts
	version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,      -- 0, 1, … in text order
	start      INTEGER NOT NULL,      -- byte offset in the version's text
	text       TEXT NOT NULL,         -- that part of the text, as stored
	UNIQUE (version_id, seq)
);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
	text, content = '', contentless_delete = 1,
	tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER version_chunks_delete AFTER DELETE ON version_chunks BEGIN
	DELETE FROM chunks_fts WHERE rowid = old.id;
END;
CREATE TRIGGER versions_text_fixed BEFORE UPDATE OF text ON versions BEGIN
	SELECT RAISE(ABORT, 'a version''s text never changes once imported');
END;
`, fill: reindexAll},
		// SQLite gives a new row the largest id plus one, so removing the
		// newest version handed its id to the next import: "show 7" or an
		// export cited by id then named another text. Removed ids are
		// remembered here, and inserts number past them (see nextID).
		{name: "ids never reused", sql: `
CREATE TABLE removed_ids (
	tbl    TEXT PRIMARY KEY,   -- 'versions' or 'briefings'
	max_id INTEGER NOT NULL    -- the largest id removed from it
) WITHOUT ROWID;
CREATE TRIGGER versions_removed_id AFTER DELETE ON versions BEGIN
	INSERT INTO removed_ids (tbl, max_id) VALUES ('versions', old.id)
	ON CONFLICT (tbl) DO UPDATE SET max_id = max(max_id, excluded.max_id);
END;
CREATE TRIGGER briefings_removed_id AFTER DELETE ON briefings BEGIN
	INSERT INTO removed_ids (tbl, max_id) VALUES ('briefings', old.id)
	ON CONFLICT (tbl) DO UPDATE SET max_id = max(max_id, excluded.max_id);
END;
`},
		// FTS5's unicode61 tokenizer reads a run of Chinese or Japanese
		// characters, written without spaces, as one word, so a word
		// inside it was never found. The index now holds them one by one
		// (see indexForm); the chunks that hold any are indexed again.
		// The steps after it changed how the index reads such text
		// again (a stand-in for punctuation between the characters,
		// then for symbols, then for an equals sign outside a katakana
		// name): the last indexes it, the others do nothing, so that a
		// library indexes it once however old.
		{name: "ideographs indexed one by one", sql: `SELECT 1`},
		{name: "marks between ideographs indexed", sql: `SELECT 1`},
		{name: "symbols between ideographs indexed", sql: `SELECT 1`},
		{name: "equals signs between ideographs indexed", sql: `SELECT 1`, fill: reindexIdeographs},
		{name: "full-width letters indexed as ASCII", sql: `SELECT 1`, fill: reindexWidths},
		// An import finds a version of the same text in other bytes (UTF-16,
		// Windows-1251, a DOCX) by it: the library keeps each text once.
		{name: "versions found by their text", sql: `CREATE INDEX IF NOT EXISTS versions_text ON versions(text_sha256)`},
	}
}

// nextID is an SQL expression for the id of a new row of table (versions
// or briefings): past every id it holds and every id removed from it.
func nextID(table string) string {
	return `(SELECT max(coalesce((SELECT max(id) FROM ` + table + `), 0),
		coalesce((SELECT max_id FROM removed_ids WHERE tbl = '` + table + `'), 0)) + 1)`
}

// migrate brings the schema up to len(steps). An existing library whose
// schema is older is first copied to <path>.bak-<old version>. Each step runs
// in its own immediate transaction together with its user_version bump, so a
// crash leaves the schema at a whole step; a concurrent process migrating
// the same file is detected inside the transaction and not repeated.
func (l *Library) migrate(ctx context.Context, steps []migration) error {
	var v int
	if err := l.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("reading schema version: %w", classify(err))
	}
	if v > len(steps) {
		return fmt.Errorf("%w: its schema version is %d, this Variorum knows up to %d; use a newer Variorum (the file was left untouched)",
			ErrNewerLibrary, v, len(steps))
	}
	if v == len(steps) {
		return nil
	}
	if l.readOnly && v > 0 {
		// Nothing can be written: no backup is left beside it, one per
		// try, for a migration that cannot run.
		return fmt.Errorf("%w: its schema version is %d and this Variorum needs %d; make the file and its folder writable once to upgrade it (a backup is kept), or open a copy",
			ErrReadOnly, v, len(steps))
	}
	if v > 0 {
		if err := l.backup(ctx, v); err != nil {
			return err
		}
	}
	for i := v; i < len(steps); i++ {
		if err := l.applyStep(ctx, i, steps[i]); err != nil {
			return err
		}
	}
	return nil
}

// applyStep runs steps[i] unless another process already has.
func (l *Library) applyStep(ctx context.Context, i int, step migration) error {
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		var cur int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
			return err
		}
		if cur > i {
			return nil // another process got there first
		}
		if _, err := tx.ExecContext(ctx, step.sql); err != nil {
			return err
		}
		if step.fill != nil {
			if err := step.fill(ctx, tx); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, i+1))
		return err
	})
	if err != nil {
		return fmt.Errorf("migrating to schema %d (%s): %w", i+1, step.name, err)
	}
	return nil
}

// backup writes a consistent copy of the library (WAL included) next to it
// as library.db.bak-<version>, never overwriting an earlier backup.
func (l *Library) backup(ctx context.Context, version int) error {
	// The name is claimed by creating the file (VACUUM INTO fills an
	// empty one): two processes upgrading the same library at once each
	// get a backup of their own, and neither removes the other's.
	name := fmt.Sprintf("%s.bak-%d", l.path, version)
	for n := 2; ; n++ {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			f.Close()
			break
		}
		if !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("backing up the library to %s before migrating: %w", name, err)
		}
		name = fmt.Sprintf("%s.bak-%d.%d", l.path, version, n)
	}
	if _, err := l.db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		// Classified before the copy goes: the size it reached tells
		// whether a file-size limit stopped it.
		copyErr := classifyAt(err, name)
		// A partial copy would pass for the backup to restore from, and
		// on a full disk it holds the room the next try needs. The file is
		// this call's own.
		os.Remove(name)
		os.Remove(name + "-journal")
		if errors.Is(copyErr, ErrLibraryIO) { // the copy's write, not the library's
			return fmt.Errorf("backing up the library to %s before migrating: writing the copy failed: %w", name, copyErr)
		}
		return fmt.Errorf("backing up the library to %s before migrating: %w", name, l.classify(err))
	}
	return nil
}
