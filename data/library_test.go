package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data/textfile"
)

// openAt opens (or creates) the library at path; it is closed when the
// test ends.
func openAt(t testing.TB, path string) *Library {
	t.Helper()
	l, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// openTemp opens a new library in a fresh directory.
func openTemp(t testing.TB) *Library {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "sub", "library.db"))
}

// sampleFile returns a file of the bundled sample briefing.
func sampleFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "assets", "sample", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpenMigratesFromEmpty(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	var v int
	if err := l.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v != SchemaVersion() {
		t.Fatalf("user_version = %d, want %d", v, SchemaVersion())
	}
	var mode string
	if err := l.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v", mode, err)
	}
	var fk int
	if err := l.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v", fk, err)
	}
	empty, err := l.Empty(ctx)
	if err != nil || !empty {
		t.Fatalf("Empty = %v, %v", empty, err)
	}
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestSampleImportIdempotentAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	b, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if b.Slug != "csto-2024-06-21" || b.Place != "Almaty" || b.Date != "2024-06-21" || b.Versions != 4 {
		t.Fatalf("briefing = %+v", b)
	}
	b2, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if b2.ID != b.ID || b2.Versions != 4 {
		t.Fatalf("second import: %+v", b2)
	}
	l.Close()

	l = openAt(t, path)
	bs, err := l.Briefings(ctx)
	if err != nil || len(bs) != 1 {
		t.Fatalf("Briefings = %v, %v", bs, err)
	}
	vs, err := l.Versions(ctx, bs[0].ID)
	if err != nil || len(vs) != 4 {
		t.Fatalf("Versions = %v, %v", vs, err)
	}
	want := map[string][2]string{
		"blog-en": {"en", "translation"}, "revised-en": {"en", "revision"},
		"ru": {"ru", "original"}, "abridged-en": {"en", "abridged"},
	}
	for _, v := range vs {
		w, ok := want[v.Label]
		if !ok || v.Language != w[0] || v.Kind != w[1] || v.Text != "" || v.Size == 0 || len(v.SHA256) != 64 {
			t.Errorf("version %+v", v)
		}
		full, err := l.Version(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if full.Text != textfile.NormalizeText(string(sampleFile(t, v.FileName))) {
			t.Errorf("%s: stored text differs from the file", v.Label)
		}
	}
}

func TestImportFileDuplicate(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "note.txt")
	os.WriteFile(p, []byte("Line one\r\nline two\r\n\r\nCafe\u0301 paragraph.\r\n"), 0o644)
	v, err := l.ImportFile(ctx, p, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	full, err := l.Version(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if full.Text != "Line one\nline two\n\nCafé paragraph.\n" || full.Label != "note" || full.Language != "" && full.Language != "en" {
		t.Fatalf("version = %+v", full)
	}
	b, err := l.Briefing(ctx, v.BriefingID)
	if err != nil || b.Title != "note" || b.Slug != "note" {
		t.Fatalf("briefing = %+v, %v", b, err)
	}
	v2, err := l.ImportFile(ctx, p, ImportOptions{})
	if !errors.Is(err, ErrDuplicate) || v2 == nil || v2.ID != v.ID {
		t.Fatalf("second import: %v, %v", v2, err)
	}
	if !strings.Contains(err.Error(), "already imported as version") || !strings.Contains(err.Error(), "note.txt") {
		t.Fatalf("duplicate message %q", err)
	}
}

// TestImportSameTextOtherBytes: the library keeps each text once: the
// same text in UTF-16, or with other line ends, names the version that
// holds it; another text is a version of its own.
func TestImportSameTextOtherBytes(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	text := "Лавров прибыл в Алматы.\n\nВстреча прошла хорошо.\n"
	v, err := l.ImportBytes(ctx, "ru.txt", []byte(text), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	crlf := []byte(strings.ReplaceAll(text, "\n", "\r\n"))
	for name, b := range map[string][]byte{"ru.utf16.txt": utf16le, "ru.crlf.txt": crlf} {
		got, err := l.ImportBytes(ctx, name, b, ImportOptions{})
		if !errors.Is(err, ErrDuplicate) || got == nil || got.ID != v.ID {
			t.Errorf("%s: %+v, %v; want version %d, a duplicate", name, got, err, v.ID)
		}
	}
	if other, err := l.ImportBytes(ctx, "ru2.txt", []byte(text+"Конец.\n"), ImportOptions{}); err != nil || other.ID == v.ID {
		t.Errorf("another text: %+v, %v", other, err)
	}
}

// TestSampleAfterItsTextInOtherBytes: the sample loaded into a library
// that holds one of its texts in other bytes (imported with CRLF line
// ends) does not store that text again.
func TestSampleAfterItsTextInOtherBytes(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	crlf := strings.ReplaceAll(string(sampleFile(t, "ru.txt")), "\n", "\r\n")
	mine, err := l.ImportBytes(ctx, "ru-windows.txt", []byte(crlf), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	bs, err := l.Briefings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var vs []Version
	for _, b := range bs {
		bv, err := l.Versions(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		vs = append(vs, bv...)
	}
	n := 0
	for _, v := range vs {
		full, err := l.Version(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if full.TextSHA256 == mine.TextSHA256 || full.Text == strings.ReplaceAll(crlf, "\r\n", "\n") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the library holds the sample's ru text %d times, want once", n)
	}
	// Every sample text in other bytes, in a briefing of the user's: the
	// sample is that briefing, and no empty one is made.
	l2 := openTemp(t)
	sampleWithCRLF(t, l2, "my-copy")
	if _, err := l2.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if bs, err := l2.Briefings(ctx); err != nil || len(bs) != 1 {
		t.Errorf("briefings after the sample: %d, %v; want the user's one", len(bs), err)
	}
	// The same with a text of the user's own beside them.
	l3 := openTemp(t)
	b3 := sampleWithCRLF(t, l3, "mine")
	if _, err := l3.ImportBytes(ctx, "own.txt", []byte("A text of my own.\n"), ImportOptions{BriefingID: b3.ID}); err != nil {
		t.Fatal(err)
	}
	sb, err := l3.ImportSample(ctx, assets.Sample())
	if err != nil || sb.ID != b3.ID {
		t.Errorf("the sample is briefing %+v, %v; want the user's", sb, err)
	}
	if bs, err := l3.Briefings(ctx); err != nil || len(bs) != 1 {
		t.Errorf("briefings after the sample: %d, %v; want the user's one", len(bs), err)
	}
}

// sampleWithCRLF imports the sample's texts with CRLF line ends (other
// bytes, the same texts) into a new briefing of l with the slug, and
// returns it.
func sampleWithCRLF(t *testing.T, l *Library, slug string) *Briefing {
	t.Helper()
	ctx := context.Background()
	b, err := l.CreateBriefing(ctx, Briefing{Slug: slug, Title: slug})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"blog-en.txt", "revised-en.txt", "ru.txt", "abridged-en.txt"} {
		crlf := strings.ReplaceAll(string(sampleFile(t, name)), "\n", "\r\n")
		if _, err := l.ImportBytes(ctx, name, []byte(crlf), ImportOptions{BriefingID: b.ID}); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("XDG layout is for Linux and other Unix systems")
	}
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if p, err := DefaultPath(); err != nil || p != "/data/home/variorum/library.db" {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/u")
	if p, err := DefaultPath(); err != nil || p != "/home/u/.local/share/variorum/library.db" {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
}

// TestOpenCancelledIsNotDamage: a library opened with a cancelled context
// is reported as stopped, not as a damaged file (which an import would
// take for a reason to stop the batch and a user for a lost library).
func TestOpenCancelledIsNotDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	openAt(t, path).Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l, err := Open(ctx, path)
	if err == nil {
		l.Close()
		t.Skip("the library opened before looking at the context")
	}
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrNotLibrary) {
		t.Errorf("Open with a cancelled context: %v (canceled %v, not a library %v)", err, errors.Is(err, context.Canceled), errors.Is(err, ErrNotLibrary))
	}
}

// SchemaVersion is the schema version (PRAGMA user_version) this build
// writes.
func SchemaVersion() int { return len(migrations()) }

// TestSampleImportedAtOnce: processes loading the sample into one library
// at the same moment (here, handles of their own) make one briefing.
func TestSampleImportedAtOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	openAt(t, path) // created before the race, as a first run would have
	libs := make([]*Library, 4)
	for i := range libs {
		libs[i] = openAt(t, path)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(libs))
	for i, l := range libs {
		wg.Go(func() { _, errs[i] = l.ImportSample(ctx, assets.Sample()) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	bs, err := libs[0].Briefings(ctx)
	if err != nil || len(bs) != 1 || bs[0].Versions != 4 {
		t.Errorf("Briefings = %+v, %v; want one with 4 versions", bs, err)
	}
}
