package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	sqlite3 "modernc.org/sqlite/lib"
)

// libraryAtSchema creates a library at path with only the first n schema
// steps applied, as an older Variorum left it, and returns it open.
func libraryAtSchema(t testing.TB, path string, n int) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, readWrite, busyTimeoutMillis))
	if err != nil {
		t.Fatal(err)
	}
	l := &Library{db: db, path: path, busyDeadline: busyDeadline}
	if err := l.migrate(context.Background(), migrations()[:n]); err != nil {
		t.Fatal(err)
	}
	return db
}

// longText returns a text of about four chunks whose words "Ёжик" and
// "thirdchunkword" come only past the first two chunks, and whose words
// "alphaword" and "omegaword" come in the first and last chunk.
func longText() string {
	var b strings.Builder
	b.WriteString("alphaword opens the text.\n\n")
	for i := 0; b.Len() < 2*chunkSize+chunkSize/4; i++ {
		fmt.Fprintf(&b, "Paragraph %d: коллеги обсудили безопасность, and the delegates met again.\n\n", i)
	}
	b.WriteString("Здесь Ёжик и thirdchunkword.\n\n")
	for i := 0; b.Len() < 3*chunkSize+chunkSize/2; i++ {
		fmt.Fprintf(&b, "Line %d of the tail goes on without the words.\n", i)
	}
	b.WriteString("omegaword closes it.\n")
	return b.String()
}

func TestChunkEnd(t *testing.T) {
	tests := []struct {
		name, text string
		size, want int
	}{
		{"fits", "short text", 64, 10},
		{"paragraph", strings.Repeat("a", 40) + "\n\n" + strings.Repeat("b", 40), 64, 42},
		{"line", strings.Repeat("a", 40) + "\n" + strings.Repeat("b", 40), 64, 41},
		{"paragraph before line", strings.Repeat("a", 34) + "\n\n" + strings.Repeat("b", 10) + "\n" + strings.Repeat("c", 40), 64, 36},
		{"word", strings.Repeat("a", 40) + " " + strings.Repeat("b", 40), 64, 41},
		{"rune", strings.Repeat("ж", 40), 63, 62}, // no break: cut between two-byte runes
		{"break in the first half only", "aa\n\n" + strings.Repeat("b", 80), 64, 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chunkEnd(tt.text, tt.size)
			if got != tt.want {
				t.Errorf("chunkEnd = %d, want %d", got, tt.want)
			}
			if !utf8.ValidString(tt.text[:got]) {
				t.Errorf("cut inside a rune at %d", got)
			}
		})
	}
}

// chunkCount returns how many chunks version id has in version_chunks
// and in the index.
func chunkCount(t *testing.T, l *Library, id int64) (chunks, indexed int) {
	t.Helper()
	if err := l.db.QueryRow(`SELECT count(*) FROM version_chunks WHERE version_id = ?`, id).Scan(&chunks); err != nil {
		t.Fatal(err)
	}
	err := l.db.QueryRow(`SELECT count(*) FROM chunks_fts WHERE rowid IN (SELECT id FROM version_chunks WHERE version_id = ?)`, id).Scan(&indexed)
	if err != nil {
		t.Fatal(err)
	}
	return chunks, indexed
}

// checkLongTextSearch checks searches over a version holding longText.
func checkLongTextSearch(t *testing.T, l *Library, id int64) {
	t.Helper()
	ctx := context.Background()
	if n, _ := chunkCount(t, l, id); n < 4 {
		t.Fatalf("%d chunks, want at least 4", n)
	}
	var seq int
	if err := l.db.QueryRow(`SELECT seq FROM version_chunks WHERE version_id = ? AND instr(text, 'thirdchunkword')`, id).Scan(&seq); err != nil || seq < 2 {
		t.Fatalf("thirdchunkword in chunk %d (%v), want the third or later", seq, err)
	}
	tests := []struct{ query, snippet string }{
		{"thirdchunkword", SnippetOpen + "thirdchunkword" + SnippetClose},
		{"ежик", SnippetOpen + "Ёжик" + SnippetClose}, // ё folded in a later chunk
		{"ёжик", SnippetOpen + "Ёжик" + SnippetClose},
		{`"Ёжик и thirdchunkword"`, "Ёжик"},
		{"alphaword omegaword", SnippetOpen + "alphaword" + SnippetClose}, // terms in the first and the last chunk
		{"omegaword alphaword", SnippetOpen + "omegaword" + SnippetClose},
		{"безопасн*", "безопасность"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := l.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 || hits[0].VersionID != id || !strings.Contains(hits[0].Snippet, tt.snippet) {
				t.Fatalf("hits %+v, want version %d with %q in its snippet", hits, id, tt.snippet)
			}
		})
	}
	if hits, err := l.Search(ctx, "thirdchunkword nowhereword", 10); err != nil || len(hits) != 0 {
		t.Errorf("a word the text lacks: %+v %v", hits, err)
	}
}

func TestSearchLongText(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	short, err := l.ImportBytes(ctx, "short.txt", []byte("A short text with thirdchunkword in it, once and again: thirdchunkword.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := l.ImportBytes(ctx, "long.txt", []byte(longText()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.DeleteVersion(ctx, short.ID); err != nil {
		t.Fatal(err)
	}
	checkLongTextSearch(t, l, v.ID)
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestDeleteVersionRemovesChunks(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "long.txt", []byte(longText()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if chunks, indexed := chunkCount(t, l, v.ID); chunks < 4 || indexed != chunks {
		t.Fatalf("%d chunks, %d indexed", chunks, indexed)
	}
	if err := l.DeleteVersion(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	var chunks, indexed int
	l.db.QueryRow(`SELECT count(*) FROM version_chunks`).Scan(&chunks)
	l.db.QueryRow(`SELECT count(*) FROM chunks_fts`).Scan(&indexed)
	if chunks != 0 || indexed != 0 {
		t.Errorf("after delete: %d chunks, %d index rows", chunks, indexed)
	}
	if hits, err := l.Search(ctx, "thirdchunkword", 10); err != nil || len(hits) != 0 {
		t.Errorf("deleted text still found: %+v %v", hits, err)
	}
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestVersionTextNeverChanges(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Zebras graze.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The index would no longer match the text: the schema refuses.
	if _, err := l.db.Exec(`UPDATE versions SET text = 'Lions hunt.' WHERE id = ?`, v.ID); !isSQLiteCode(err, sqlite3.SQLITE_CONSTRAINT_TRIGGER) {
		t.Errorf("text update: %v", err)
	}
	if hits, _ := l.Search(ctx, "zebras", 5); len(hits) != 1 {
		t.Errorf("after a refused update: %+v", hits)
	}
}

func TestMigrationToChunkedSearch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	// A library at schema 4 (whole texts indexed through the folding
	// view) with a long text and a short one.
	db := libraryAtSchema(t, path, 4)
	insert := `INSERT INTO versions (briefing_id, label, sha256, size, imported_at, text, text_sha256)
		VALUES (1, ?, ?, 0, '2024-01-01T00:00:00Z', ?, 'x')`
	if _, err := db.Exec(`INSERT INTO briefings (slug, title, created_at) VALUES ('old', 'Old', '2024-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(insert, "long", "a", longText()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(insert, "short", "b", "Ёлка во дворе.\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO notes (version_id, start, end, text, created_at, updated_at) VALUES (2, 0, 4, 'n', '', '')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	l := openAt(t, path)
	if _, err := os.Stat(path + ".bak-4"); err != nil {
		t.Fatalf("no backup: %v", err)
	}
	var old int
	l.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('versions_fts', 'versions_search', 'versions_fts_insert')`).Scan(&old)
	if old != 0 {
		t.Errorf("%d objects of the whole-text index left", old)
	}
	checkLongTextSearch(t, l, 1)
	hits, err := l.Search(ctx, "елка", 10)
	if err != nil || len(hits) != 1 || hits[0].Label != "short" || !strings.Contains(hits[0].Snippet, SnippetOpen+"Ёлка"+SnippetClose) {
		t.Fatalf("ё after migration: %+v %v", hits, err)
	}
	if notes, err := l.Notes(ctx, 2); err != nil || len(notes) != 1 {
		t.Errorf("notes after migration: %v %v", notes, err)
	}
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}
