package data

// Search while another process writes, and what parts Chinese words.

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"sync"
	"testing"

	"modernc.org/sqlite"
)

// hookedConn wraps a modernc connection, calling hook before each query.
type hookedConn struct {
	driver.Conn
	hook func(q string, args []driver.NamedValue)
}

func (c hookedConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	c.hook(q, args)
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
}
func (c hookedConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
}
func (c hookedConn) BeginTx(ctx context.Context, o driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, o)
}
func (c hookedConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
}

type hookedConnector struct {
	dsn  string
	hook func(q string, args []driver.NamedValue)
}

func (c hookedConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := (&sqlite.Driver{}).Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return hookedConn{conn, c.hook}, nil
}
func (c hookedConnector) Driver() driver.Driver { return &sqlite.Driver{} }

// TestSearchKeepsHitsAfterOneRemoved: a hit whose version another
// process removes before its snippet is read drops out, and the hits
// after it stay.
func TestSearchKeepsHitsAfterOneRemoved(t *testing.T) {
	ctx := context.Background()
	l := libraryOf(t, map[string]string{
		"a.txt": "The apple tree grew tall.\n",
		"b.txt": "An apple a day.\n",
		"c.txt": "She ate an apple at noon.\n",
	})
	other, err := Open(ctx, l.path) // another process, in effect
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var once sync.Once
	hook := func(q string, args []driver.NamedValue) {
		if !strings.HasPrefix(q, "SELECT text, start FROM version_chunks WHERE id") {
			return
		}
		once.Do(func() {
			// The first hit's version is deleted just before its snippet is read.
			var vid int64
			if err := other.db.QueryRowContext(ctx, `SELECT version_id FROM version_chunks WHERE id = ?`, args[0].Value).Scan(&vid); err != nil {
				t.Errorf("lookup: %v", err)
				return
			}
			if err := other.DeleteVersion(ctx, vid); err != nil {
				t.Errorf("delete: %v", err)
			}
		})
	}
	l.db.Close()
	l.db = sql.OpenDB(hookedConnector{dsn: dsn(l.path, readWrite, 5000), hook: hook})
	hits, err := l.Search(ctx, "apple", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("Search(apple) with the first hit's version removed meanwhile: %d hits, want the other 2", len(hits))
	}
}

// TestEmojiPartsLikeOtherSymbols: an emoji with a variation selector or
// joiners between Chinese characters parts them as a symbol does.
func TestEmojiPartsLikeOtherSymbols(t *testing.T) {
	for _, text := range []string{"我❤️你。\n", "我👨\u200d👩\u200d👧你。\n", "北京☀️首都\n"} {
		q := "我你"
		if strings.HasPrefix(text, "北京") {
			q = "北京首都"
		}
		l := libraryOf(t, map[string]string{"a.txt": text})
		if h := hitsFor(t, l, q); len(h) != 0 {
			t.Errorf("Search(%q) in %q: %d hits, want 0 as for the bare symbol (Find marks %d)", q, text, len(h), len(MatchSpans(text, q)))
		}
	}
}

// TestNameDoubleHyphenJoins: the double hyphen of a Japanese foreign
// name (レヴィ＝ストロース) joins its parts, as the middle dot does.
func TestNameDoubleHyphenJoins(t *testing.T) {
	l := libraryOf(t, map[string]string{"a.txt": "クロード・レヴィ＝ストロースの本。\n"})
	if h := hitsFor(t, l, "クロードレヴィ"); len(h) != 1 {
		t.Fatalf("control (middle dot): %d hits", len(h))
	}
	if h := hitsFor(t, l, "レヴィストロース"); len(h) != 1 {
		t.Errorf("Search(レヴィストロース) in クロード・レヴィ＝ストロース: %d hits, want 1 as across ・", len(h))
	}
}

// A pasted passage longer than maxPhraseWords: versions that share its
// first 64 words and are shorter rank above the one that holds it whole.
func longPassage() (start, rest string) {
	var a, b []string
	for i := 0; i < 64; i++ {
		a = append(a, fmt.Sprintf("w%dq", i))
	}
	for i := 0; i < 10; i++ {
		b = append(b, fmt.Sprintf("tail%dz", i))
	}
	return strings.Join(a, " "), strings.Join(b, " ")
}

// TestLongPhraseRankedBelowFalseStarts: a version holding a pasted
// passage whole is found, though shorter versions that hold only its start
// rank better.
func TestLongPhraseRankedBelowFalseStarts(t *testing.T) {
	start, rest := longPassage()
	texts := map[string]string{
		"whole.txt": strings.Repeat("filler words of a longer preface. ", 60) + start + " " + rest + ".\n",
	}
	for i := 0; i < 5; i++ {
		texts[fmt.Sprintf("d%d.txt", i)] = start + fmt.Sprintf(" other ending %d.\n", i)
	}
	l := libraryOf(t, texts)
	q := `"` + start + " " + rest + `"`
	all, err := l.Search(context.Background(), q, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Fatalf("control limit 10: %d hits", len(all))
	}
	hits, err := l.Search(context.Background(), q, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Errorf("Search(passage, limit 1) with 5 shorter versions sharing its start: %d hits, want 1 (the version holding it whole, %q)", len(hits), all[0].Label)
	}
}

// TestLongPhraseAmongManyFalseStarts: the same with 81 versions holding
// the start, and the default limit.
func TestLongPhraseAmongManyFalseStarts(t *testing.T) {
	start, rest := longPassage()
	texts := map[string]string{
		"whole.txt": strings.Repeat("filler words of a longer preface. ", 60) + start + " " + rest + ".\n",
	}
	for i := 0; i < 81; i++ {
		texts[fmt.Sprintf("d%d.txt", i)] = start + fmt.Sprintf(" other ending %d.\n", i)
	}
	l := libraryOf(t, texts)
	q := `"` + start + " " + rest + `"`
	hits, err := l.Search(context.Background(), q, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Errorf("Search(passage, default limit) with 81 shorter versions sharing its start: %d hits, want 1", len(hits))
	}
}

// TestFullwidthEqualsPartsAnEquation: ＝ between Chinese characters in a
// formula (速度＝距離) parts them; between katakana it joins a name.
func TestFullwidthEqualsPartsAnEquation(t *testing.T) {
	text := "速度＝距離÷時間。\n"
	l := libraryOf(t, map[string]string{"a.txt": text})
	if h := hitsFor(t, l, "離時"); len(h) != 0 {
		t.Fatalf("control ÷: %d hits", len(h))
	}
	if h := hitsFor(t, l, "度距"); len(h) != 0 {
		t.Errorf("Search(度距) in %q: %d hits, want 0 as across ÷ (before b610797: 0)", text, len(h))
	}
}

// TestKeycapEmojiParts: a keycap emoji (#️⃣) parts characters as a bare
// symbol does.
func TestKeycapEmojiParts(t *testing.T) {
	for _, text := range []string{"我#你。\n", "我#️⃣你。\n", "我*️⃣你。\n"} {
		l := libraryOf(t, map[string]string{"a.txt": text})
		if h := hitsFor(t, l, "我你"); len(h) != 0 {
			t.Errorf("Search(我你) in %q: %d hits, want 0 as for the bare symbol", text, len(h))
		}
	}
}

// TestAsciiDoubleHyphenName: "=" set for the double hyphen of a
// foreign name joins its parts.
func TestAsciiDoubleHyphenName(t *testing.T) {
	l := libraryOf(t, map[string]string{"a.txt": "クロード・レヴィ=ストロースの本。\n"})
	if h := hitsFor(t, l, "レヴィストロース"); len(h) != 1 {
		t.Errorf("Search(レヴィストロース) in レヴィ=ストロース (ASCII =): %d hits, want 1 as across ＝", len(h))
	}
}

// TestLongPhraseEndingInMarks: a pasted passage whose last fields are
// marks alone ("* * *", a section break) is found by its last words.
func TestLongPhraseEndingInMarks(t *testing.T) {
	ws := distinctWords(0, 70)
	passage := strings.Join(ws, " ") + " * * * * * * * *"
	l := libraryOf(t, map[string]string{"a.txt": "intro. " + passage + "\nmore text.\n"})
	h, err := l.Search(context.Background(), `"`+passage+`"`, 10)
	if err != nil || len(h) != 1 {
		t.Errorf("a 70-word passage ending in a section break: %d hits, %v; want 1", len(h), err)
	}
}
