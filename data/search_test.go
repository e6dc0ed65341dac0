package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/variorum/variorum/assets"
)

func TestSearchRussianAndEnglish(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	if _, err := l.ImportSample(ctx, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if _, err := l.ImportBytes(ctx, "accent.txt", []byte("Le café de Paris. Ёлка во дворе. Їжак.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query     string
		wantLabel []string // every label expected among the hits
		snippet   string   // expected inside the first hit's snippet (between marks)
	}{
		{"Лавров", []string{"ru"}, SnippetOpen + "Лавров" + SnippetClose},
		{"лавров", []string{"ru"}, "Лавров"},                           // case folding
		{"ОДКБ", []string{"ru"}, "ОДКБ"},                               // acronym
		{"безопасности", []string{"ru"}, "безопасности"},               // inflected form as typed
		{"Nurtleu", []string{"blog-en"}, "Nurtleu"},                    // only in blog-en: revised-en renamed him
		{"Murat", []string{"revised-en"}, "Murat"},                     //
		{"collective security", []string{"blog-en", "revised-en"}, ""}, // all words
		{`"Collective Security Treaty"`, []string{"blog-en"}, ""},      // phrase
		{"Kazakh*", []string{"blog-en"}, ""},                           // prefix
		{"cafe", []string{"accent"}, "café"},                           // diacritics removed
		{"елка", []string{"accent"}, "Ёлка"},                           // ё folds to е
		{"ёлка", []string{"accent"}, "Ёлка"},
		{"їжак", []string{"accent"}, "Їжак"}, // Ukrainian ї is a letter, not і with a diacritic
		{"don't (or) AND NOT", nil, ""},      // operators are plain words
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := l.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			labels := map[string]bool{}
			for _, h := range hits {
				labels[h.Label] = true
				if h.BriefingSlug == "" || h.VersionID == 0 {
					t.Errorf("hit without briefing or version: %+v", h)
				}
				// The offset is the first marked word's, in the text.
				open := strings.Index(h.Snippet, SnippetOpen)
				if open < 0 {
					continue
				}
				word := h.Snippet[open+len(SnippetOpen):]
				word = word[:strings.Index(word, SnippetClose)]
				v, err := l.Version(ctx, h.VersionID)
				if err != nil || h.Offset < 0 || !strings.HasPrefix(v.Text[h.Offset:], word) {
					t.Errorf("hit in %s: offset %d does not hold %q (%v)", h.Label, h.Offset, word, err)
				}
			}
			for _, w := range tt.wantLabel {
				if !labels[w] {
					t.Errorf("no hit in %s; hits %v", w, labels)
				}
			}
			if tt.snippet != "" && (len(hits) == 0 || !strings.Contains(hits[0].Snippet, tt.snippet) || !strings.Contains(hits[0].Snippet, SnippetOpen)) {
				t.Errorf("snippets %+v do not contain %q", hits, tt.snippet)
			}
		})
	}
	if hits, err := l.Search(ctx, "іжак", 10); err != nil || len(hits) != 0 {
		t.Errorf("іжак matched їжак: %v %v", hits, err)
	}
	if _, err := l.Search(ctx, ` "" `, 10); err == nil {
		t.Error("empty query accepted")
	}
	// Signs without a word are looked for as written (TestSearchSigns).
	if hits, err := l.Search(ctx, "  !!  ", 10); err != nil || len(hits) != 0 {
		t.Errorf(`Search("!!"): %d hits, %v`, len(hits), err)
	}
}

func TestSearchFollowsEditsAndDeletes(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Zebras graze in Almaty.\n"), ImportOptions{Kind: KindOriginal})
	if err != nil {
		t.Fatal(err)
	}
	other, err := l.CreateBriefing(ctx, Briefing{Title: "Other", Date: "2024-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.MoveVersion(ctx, v.ID, other.ID); err != nil {
		t.Fatal(err)
	}
	hits, _ := l.Search(ctx, "zebras", 5)
	if len(hits) != 1 || hits[0].BriefingID != other.ID {
		t.Fatalf("after move: %+v", hits)
	}
	if err := l.DeleteVersion(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := l.Search(ctx, "zebras", 5); len(hits) != 0 {
		t.Fatalf("deleted version still found: %+v", hits)
	}
	if err := l.DeleteVersion(ctx, v.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if err := l.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestEditMetadata(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Some text.\n"), ImportOptions{NewBriefingTitle: "Press conference", Date: "2024-06-21"})
	if err != nil {
		t.Fatal(err)
	}
	v.Label, v.Source, v.URL, v.Language, v.Kind, v.Note, v.RetrievedAt = "edited", "MFA", "https://example.org/x", "ru", KindRevision, "n", "2024-07-01"
	if err := l.UpdateVersion(ctx, v); err != nil {
		t.Fatal(err)
	}
	got, err := l.Version(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Label != "edited" || got.Source != "MFA" || got.URL != "https://example.org/x" || got.Language != "ru" ||
		got.Kind != KindRevision || got.Note != "n" || got.RetrievedAt != "2024-07-01" || got.Text != "Some text.\n" || got.SHA256 != v.SHA256 {
		t.Errorf("after update: %+v", got)
	}
	v.Kind = "fanfic"
	if err := l.UpdateVersion(ctx, v); err == nil {
		t.Error("bad kind accepted")
	}
	b, err := l.Briefing(ctx, v.BriefingID)
	if err != nil || b.Slug != "press-conference" || b.Date != "2024-06-21" {
		t.Fatalf("briefing %+v %v", b, err)
	}
	b.Title, b.Place, b.Speakers, b.Slug = "Presser", "Almaty", "S. Lavrov", "presser-2024"
	if err := l.UpdateBriefing(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.BriefingBySlug(ctx, "presser-2024"); got == nil || got.Place != "Almaty" || got.Speakers != "S. Lavrov" || got.Versions != 1 {
		t.Errorf("after update: %+v", got)
	}
	other, _ := l.CreateBriefing(ctx, Briefing{Title: "Presser 2024"})
	if other.Slug != "presser-2024-2" {
		t.Errorf("slug %q, want a unique one", other.Slug)
	}
	other.Slug = "presser-2024"
	if err := l.UpdateBriefing(ctx, other); !errors.Is(err, ErrSlugTaken) {
		t.Errorf("duplicate slug: %v", err)
	}
	if err := l.DeleteBriefing(ctx, b.ID); !errors.Is(err, ErrBriefingNotEmpty) {
		t.Errorf("deleting a briefing that has versions: %v", err)
	}
	if err := l.MoveVersion(ctx, v.ID, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("move to a missing briefing: %v", err)
	}
}

func TestImportPaths(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	dir := filepath.Join(t.TempDir(), "Almaty presser")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("First version.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.md"), []byte("# Second\n\nversion\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), nil, 0o644)                             // bad: empty
	os.WriteFile(filepath.Join(dir, "image.png"), []byte{0x89, 'P', 'N', 'G'}, 0o644) // not picked up
	os.WriteFile(filepath.Join(dir, ".hidden", "d.txt"), []byte("hidden\n"), 0o644)
	var calls []int
	sum, err := l.ImportPaths(ctx, []string{dir, filepath.Join(dir, "missing.txt")}, ImportOptions{Kind: KindTranslation}, func(done, total int, file string) {
		calls = append(calls, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Total != 4 || len(sum.Imported) != 2 || len(sum.Failed) != 2 || len(sum.Duplicates) != 0 {
		t.Fatalf("summary %+v", sum)
	}
	for _, f := range sum.Failed {
		if msg := f.Error(); !strings.HasPrefix(msg, f.Path+": ") || strings.Count(msg, f.Path) != 1 {
			t.Errorf("failure message %q", msg)
		}
	}
	if !errors.Is(sum.Failed[1], os.ErrNotExist) && !errors.Is(sum.Failed[0], os.ErrNotExist) {
		t.Errorf("missing file not reported as such: %v", sum.Failed)
	}
	b, err := l.Briefing(ctx, sum.BriefingID)
	if err != nil || b.Title != "Almaty presser" || b.Versions != 2 {
		t.Errorf("briefing %+v %v", b, err)
	}
	if calls[len(calls)-1] != 4 {
		t.Errorf("progress calls %v", calls)
	}
	// Again: everything is a duplicate, nothing is added.
	sum, err = l.ImportPaths(ctx, []string{dir}, ImportOptions{}, nil)
	if err != nil || len(sum.Duplicates) != 2 || len(sum.Imported) != 0 {
		t.Fatalf("second run %+v %v", sum, err)
	}
	// Cancelled: stops and says so.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.ImportPaths(cctx, []string{dir}, ImportOptions{}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled import: %v", err)
	}
}

// TestMatchSpans: a view finds q in a text as the search reads words,
// and marks whole characters of the text.
func TestMatchSpans(t *testing.T) {
	for _, tt := range []struct {
		text, q string
		want    [][2]int
	}{
		{"Sergéi Lavrov", "sergei", [][2]int{{0, 7}}},
		{"Serge\u0301i Lavrov", "SERGEI", [][2]int{{0, 8}}}, // a combining accent
		{"ещё и ЕЩЁ", "еще", [][2]int{{0, 6}, {10, 16}}},    // ё as е, both cases
		{"Café", "cafe\u0301", [][2]int{{0, 5}}},            // the accent typed apart
		{"Cafés", "é", [][2]int{{3, 5}}},                    // a letter's base found inside it
		{"İstanbul", "istanbul", [][2]int{{0, 9}}},          // dotted capital I
		{"Straße", "STRASSE", nil},                          // as FTS5: ß is no ss
		{"a\xffb ab", "ab", [][2]int{{4, 6}}},               // a stray byte is no letter
		{"text", "", nil},
		{"text", "\u0301", nil}, // a mark alone finds nothing
		{"Almaty, ALMATY and almaty", "Almaty", [][2]int{{0, 6}, {8, 14}, {19, 25}}},
		{"Die Geſchichte", "geschichte", [][2]int{{4, 15}}}, // long s folds as Unicode folds it
		{"ΟΔΟΣ", "οδος", [][2]int{{0, 8}}},                  // final sigma
		{"C’est l’homme", "l'homme", [][2]int{{8, 17}}},     // a typographic apostrophe
		{"2020–2024", "2020-2024", [][2]int{{0, 11}}},       // an en dash
		{"«Да», — сказал он", "\"да\"", [][2]int{{0, 8}}},   // guillemets
		{"Bayrak kırmızı", "kirmizi", nil},                  // dotless ı is no i, as in the index
	} {
		if got := MatchSpans(tt.text, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("MatchSpans(%q, %q) = %v, want %v", tt.text, tt.q, got, tt.want)
		}
	}
}

func TestFoldWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"}, {"Café", "cafe"}, {"ÉCOLE", "ecole"}, {"Ёлка", "елка"},
		{"Йошкар", "йошкар"}, {"Їжак", "їжак"}, {"Bürgenstock", "burgenstock"}, {"ОДКБ", "одкб"},
	}
	for _, tt := range tests {
		if got := foldWord(tt.in); got != tt.want {
			t.Errorf("foldWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	terms := parseQuery(`Café "collective security" kazakh* and`)
	// FTS5 folds case and diacritics itself, as it did for the texts.
	if got := ftsQuery(clauses(terms)); got != `"Café" AND "collective security" AND "kazakh"* AND "and"` {
		t.Errorf("ftsQuery = %s", got)
	}
	if got, at := snippet("Intro words here. The café in Kazakhstan is open.", terms); got != "Intro words here. The ⟦café⟧ in ⟦Kazakhstan⟧ is open." || at != 22 {
		t.Errorf("snippet = %q at %d, want café at 22", got, at)
	}
	// A phrase is marked where its words stand together, not word by word.
	for _, tc := range []struct{ query, text, want string }{
		{`"fair settlement"`, "the Palestinian-Israeli settlement, and a fair settlement of it",
			"…Israeli settlement, and a ⟦fair⟧ ⟦settlement⟧ of it"},
		{`"fair settlement" Israeli`, "Palestinian-Israeli settlement", "Palestinian-⟦Israeli⟧ settlement"},
		// FTS found the phrase across the chunk's edge: its words are marked.
		{`"fair settlement"`, "a settlement that is fair", "a ⟦settlement⟧ that is ⟦fair⟧"},
	} {
		got, at := snippet(tc.text, parseQuery(tc.query))
		if got != tc.want {
			t.Errorf("snippet(%q, %s) = %q, want %q", tc.text, tc.query, got, tc.want)
		}
		// The offset is the first marked word's.
		if first := strings.Index(got, SnippetOpen); first >= 0 {
			word := got[first+len(SnippetOpen) : strings.Index(got, SnippetClose)]
			if at < 0 || !strings.HasPrefix(tc.text[at:], word) {
				t.Errorf("snippet(%q, %s): offset %d, not at %q", tc.text, tc.query, at, word)
			}
		}
	}
}

// TestImportResumable: the same import run again goes on into the same
// briefing when the batch named one or had a title, not for files named
// one by one.
func TestImportResumable(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "speech")
	os.MkdirAll(dir, 0o755)
	var files []string
	for _, name := range []string{"a.txt", "b.txt"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("Some text of "+name+", long enough.\n"), 0o644)
		files = append(files, p)
	}
	for _, tc := range []struct {
		name  string
		paths []string
		opt   ImportOptions
		want  bool
	}{
		{"files", files, ImportOptions{}, false},
		{"folder", []string{dir}, ImportOptions{}, true},
		{"files titled", files, ImportOptions{NewBriefingTitle: "Speech"}, true},
	} {
		l := openTemp(t)
		sum, err := l.ImportPaths(ctx, tc.paths, tc.opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Resumable != tc.want {
			t.Errorf("%s: resumable %v, want %v", tc.name, sum.Resumable, tc.want)
		}
		b, err := l.Briefings(ctx)
		if err != nil || len(b) != 1 {
			t.Fatalf("%s: briefings %v %v", tc.name, b, err)
		}
		named, err := l.ImportPaths(ctx, tc.paths, ImportOptions{BriefingSlug: b[0].Slug}, nil)
		if err != nil || !named.Resumable {
			t.Errorf("%s: into a named briefing: resumable %v, %v", tc.name, named.Resumable, err)
		}
		l.Close()
	}
}

// TestSearchPastedPassage: a passage pasted whole, with more words than
// SQLite joins tables, finds the version it comes from.
func TestSearchPastedPassage(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	b, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := l.Versions(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	var ru string
	for _, v := range vs {
		if v.Language == "ru" {
			full, err := l.Version(ctx, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			ru = full.Text
		}
	}
	words := strings.Fields(ru)
	if len(words) < 200 {
		t.Fatalf("the sample's Russian text has %d words", len(words))
	}
	passage := strings.Join(words[100:200], " ")
	hits, err := l.Search(ctx, passage, 5)
	if err != nil || len(hits) == 0 || hits[0].Language != "ru" {
		t.Fatalf("a pasted passage of 100 words: %+v, %v", hits, err)
	}
	if hits, err := l.Search(ctx, passage+" zzzunknownword", 5); err != nil || len(hits) != 0 {
		t.Errorf("with a word the library lacks: %+v, %v", hits, err)
	}
}

// TestSearchFindsWordsAsWritten: a word copied from a version's text
// finds it, whatever its characters: FTS5 splits the query as it split
// the text (a subscript or superscript digit inside a word, marks that
// separate words in Hindi, Hebrew and Arabic).
func TestSearchFindsWordsAsWritten(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	tests := []struct {
		name, text, query string
	}{
		{"chemical formula", "Выбросы CO₂ в атмосферу растут.\n", "CO₂"},
		{"square metres", "Площадь здания 120 м² по проекту.\n", "м²"},
		{"rouble sign", "Цена выросла до 500₽ за литр.\n", "500₽"},
		{"Hindi virama", "नमस्ते दुनिया, आज बैठक है।\n", "नमस्ते"},
		{"Hebrew points", "שָׁלוֹם עוֹלָם וּבְרָכָה\n", "שָׁלוֹם"},
		{"Arabic shadda", "الأمم المتّحدة في نيويورك\n", "المتّحدة"},
	}
	ids := map[string]int64{}
	for _, tt := range tests {
		v, err := l.ImportBytes(ctx, tt.name+".txt", []byte(tt.text), ImportOptions{Label: tt.name, NewBriefingTitle: tt.name})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		ids[tt.name] = v.ID
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.text, tt.query) {
				t.Fatalf("bad case: %q is not in the text", tt.query)
			}
			hits, err := l.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("search %q: %v", tt.query, err)
			}
			for _, h := range hits {
				if h.VersionID == ids[tt.name] {
					return
				}
			}
			t.Errorf("search %q: %d hits, none in the version whose text %q holds it", tt.query, len(hits), tt.text)
		})
	}
}

// TestFindMarksWhatSearchFinds: a search hit opened in the window marks
// what the search found, with the query's first word (app/search.go
// openHit): MatchSpans folds as the index's tokenizer does (ſ is s, final
// ς is σ) and reads a typographic apostrophe as the one typed.
func TestFindMarksWhatSearchFinds(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for _, c := range []struct{ name, text, query string }{
		{"longs.txt", "Die Geſchichte der Stadt Zürich.\n", "geschichte"},
		{"sigma.txt", "ΟΔΟΣ ΠΑΝΕΠΙΣΤΗΜΙΟΥ.\n", "οδος"},
		{"apostrophe.txt", "C’est l’homme du jour.\n", "l'homme"},
	} {
		if _, err := l.ImportBytes(ctx, c.name, []byte(c.text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		hits, err := l.Search(ctx, c.query, 10)
		if err != nil || len(hits) != 1 {
			t.Fatalf("search %q: %v hits %v, want the one text", c.query, len(hits), err)
		}
		word := strings.Fields(c.query)[0]
		if spans := MatchSpans(c.text, word); len(spans) == 0 {
			t.Errorf("search %q finds %q (%s), MatchSpans marks nothing in it", c.query, strings.TrimSpace(c.text), hits[0].Snippet)
		}
	}
}

// TestSearchOperators: OR makes alternatives, a minus or NOT leaves out
// the versions holding a term; in small letters they are words, and a
// query of terms to leave out alone is an error.
func TestSearchOperators(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for name, text := range map[string]string{
		"a.txt": "Lavrov met Putin in Almaty on Friday.\n",
		"b.txt": "Lavrov met Shoigu in Almaty on Friday.\n",
		"c.txt": "Putin spoke in Moscow, or so they said.\n",
	} {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct{ query, want string }{
		{"Lavrov", "a b"},
		{"Shoigu OR Putin", "a b c"},
		{"Lavrov Shoigu OR Putin", "a b"},
		{"Lavrov Shoigu OR Putin OR Moscow", "a b"},
		{"Lavrov AND Putin", "a"},
		{"Lavrov -Putin", "b"},
		{"Lavrov NOT Putin", "b"},
		{"Lavrov - Putin", "a"}, // a dash between spaces is punctuation
		{`Almaty -"met Shoigu"`, "a"},
		{"Putin -Lavrov -Moscow", ""},
		{"Putin or", "c"}, // in small letters, a word
		{"Putin OR", "a c"},
		{"OR Putin", "a c"},
	} {
		hits, err := l.Search(ctx, tt.query, 20)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Label)
			if !strings.Contains(h.Snippet, SnippetOpen) || strings.Contains(tt.query, "-Putin") && strings.Contains(h.Snippet, SnippetOpen+"Putin") {
				t.Errorf("Search(%q): snippet %q marks no word found, or one left out", tt.query, h.Snippet)
			}
		}
		slices.Sort(got)
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	if _, err := l.Search(ctx, "-Putin NOT Lavrov", 10); err == nil {
		t.Error("a query of words to leave out alone accepted")
	}
	// A long passage (past maxPhraseWords), as an alternative or left
	// out; alternatives past maxTermJoins sets; a word twice after OR.
	var long []string
	for k := range maxPhraseWords + 10 {
		long = append(long, "word"+strconv.Itoa(k))
	}
	passage := strings.Join(long, " ")
	if _, err := l.ImportBytes(ctx, "d.txt", []byte("Intro. "+passage+" Outro.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	many := strings.Join(long[:maxTermJoins+2], " ")
	for _, tt := range []struct{ query, want string }{
		{`Shoigu OR "` + passage + `"`, "b d"},
		{`Shoigu OR "` + passage + ` word0"`, "b"},
		{`Intro -"` + passage + `"`, ""},
		{`Intro -"` + passage + ` word0"`, "d"},
		{many + " Lavrov OR Intro", "d"},
		{many + " Lavrov OR Outro", "d"},
		{"Putin OR Shoigu Lavrov Lavrov", "a b"},
		{"Moscow OR Lavrov Shoigu Shoigu", "b"},
	} {
		if got := labelsFound(t, l, tt.query); got != tt.want {
			t.Errorf("Search(%.60q…) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// labelsFound are the labels of the versions a search of l for query
// finds, in order, space-separated.
func labelsFound(t *testing.T, l *Library, query string) string {
	t.Helper()
	hits, err := l.Search(context.Background(), query, 20)
	if err != nil {
		t.Errorf("Search(%.60q): %v", query, err)
		return ""
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Label)
	}
	slices.Sort(got)
	return strings.Join(got, " ")
}

// TestHostileSearchQueries: no query is a syntax error or an internal
// error, in any script, and an error message repeats at most the start
// of a long one.
func TestHostileSearchQueries(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for i, s := range []string{
		"Лавров сказал: «Мой ответ — нет». Ёлка и ещё.\n",
		"The talks (NEAR the border) go on; text:colon and AND OR NOT words.\n",
		"中华人民共和国外交部发言人表示。日本語のテキスト。한국어 텍스트.\n",
		"שלום עולם. مرحبا بالعالم. नमस्ते दुनिया.\n",
	} {
		if _, err := l.ImportBytes(ctx, fmt.Sprintf("%d.txt", i), []byte(s), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	queries := []string{
		`"`, `""`, `"""`, `"unbalanced`, `(`, `)`, `((talks`, `talks)`, `NEAR(talks border)`, `NEAR`, `talks NEAR/2 border`,
		`text:talks`, `{text}:talks`, `-talks`, `^talks`, `*`, `**`, `talks**`, `*talks`, `tal*ks`, `AND`, `OR`, `NOT`, `talks OR`,
		`talks AND NOT border`, "talks\x00border", "\x00", `'`, `\`, `\"talks\"`, `+`, `:`, `talks:`, `"talks" "`,
		`中华`, `外交部`, `日本語`, `한국어`, `שלום`, `مرحبا`, `नमस्ते`, `Ёлка`, `елка`, `мои`,
		strings.Repeat("(", 10000), strings.Repeat(`"a" `, 5000), strings.Repeat("talks ", 20000),
		strings.Repeat("x", 1<<20), "\uFFFD", string([]byte{0xff, 0xfe, 't', 'a'}), "\u202etalks",
	}
	for _, q := range queries {
		hits, err := l.Search(ctx, q, 10)
		short := q
		if len(short) > 40 {
			short = short[:40] + "…"
		}
		if err != nil && !strings.Contains(err.Error(), "no words to search for") || len(q) > 1000 && err != nil && len(err.Error()) > 2000 {
			t.Errorf("Search(%q): %v", short, err)
			continue
		}
		t.Logf("Search(%q): %d hits, err %v", short, len(hits), err)
	}
}

// TestSearchDecomposedQuery: a query typed or pasted decomposed (NFD)
// finds what its composed form finds.
func TestSearchDecomposedQuery(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	if _, err := l.ImportBytes(ctx, "ru.txt", []byte("Мой ответ: Казахстан и Беларусь.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	composed := "Мой"
	decomposed := "Мои\u0306"
	hc, _ := l.Search(ctx, composed, 10)
	hd, err := l.Search(ctx, decomposed, 10)
	if len(hc) != 1 || err != nil || len(hd) != len(hc) {
		t.Errorf("Search(NFC %q): %d hits; Search(NFD %q): %d hits, %v; want the same hits", composed, len(hc), decomposed, len(hd), err)
	}
}

// TestSearchNUL: a NUL in a query (pasted into the search box) parts
// words, as a space does.
func TestSearchNUL(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	if _, err := l.ImportBytes(ctx, "a.txt", []byte("The talks at the border go on.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if hits, err := l.Search(ctx, "talks\x00border", 10); err != nil {
		t.Errorf("Search with a NUL: %d hits, %v; want the words searched (or a plain message)", len(hits), err)
	}
}

// TestSearchChineseJapaneseWords: a word inside Chinese or Japanese
// text, written without spaces, is found, and its snippet marks it as
// one; a word that is not there is not.
func TestSearchChineseJapaneseWords(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for name, text := range map[string]string{
		"zh.txt": "中华人民共和国外交部发言人表示，会谈将继续。\n",
		"ja.txt": "外務大臣は記者会見で述べた。ラーメンを食べた。\n",
	} {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		q, mark string
		hits    int
	}{
		{"外交部", "⟦外交部⟧", 1},
		{"发言人", "⟦发言人⟧", 1},
		{"外務大臣", "⟦外務大臣⟧", 1},
		{"記者会見", "⟦記者会見⟧", 1},
		{"ラーメン", "⟦ラーメン⟧", 1},
		{"外 会谈", "⟦会谈⟧", 1},
		{"外交大臣", "", 0},
	} {
		hits, err := l.Search(ctx, tt.q, 10)
		if err != nil || len(hits) != tt.hits {
			t.Errorf("Search(%q): %d hits, %v; want %d", tt.q, len(hits), err, tt.hits)
			continue
		}
		if tt.hits > 0 && !strings.Contains(hits[0].Snippet, tt.mark) {
			t.Errorf("Search(%q): snippet %q, want it to mark %s", tt.q, hits[0].Snippet, tt.mark)
		}
	}
}

// TestIdeographsIndexedAgain: a library whose index read a run of
// Chinese characters as one word (before schema "ideographs indexed one
// by one") finds a word inside it once upgraded.
func TestIdeographsIndexedAgain(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	text := "中华人民共和国外交部发言人表示，会谈将继续。\n"
	if _, err := l.ImportBytes(ctx, "zh.txt", []byte(text), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	indexAsBefore(t, l, FoldYo) // a run of characters one word
	if hits, _ := l.Search(ctx, "外交部", 10); len(hits) != 0 {
		t.Fatalf("the old index found a word inside a run: the test does not set it up")
	}
	l.Close()
	l = openAt(t, path)
	if hits, err := l.Search(ctx, "外交部", 10); err != nil || len(hits) != 1 {
		t.Errorf("after the upgrade: %d hits, %v; want 1", len(hits), err)
	}
	if _, problems, err := l.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("verify after the upgrade: %v %v", problems, err)
	}
}

// TestMatchSpansReadsQueriesAsSearch: what a search finds with a query
// typed decomposed, the window's Find marks with the same query.
func TestMatchSpansReadsQueriesAsSearch(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "ru.txt", []byte("Мой друг сказал, что переговоры продолжаются.\n"), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Мои\u0306", "talks\x00go"} {
		hits, err := l.Search(ctx, q, 10)
		t.Logf("Search(%q): %d hits, err %v", q, len(hits), err)
	}
	q := "Мои\u0306"
	hits, err := l.Search(ctx, q, 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("Search(%q) = %d hits, %v", q, len(hits), err)
	}
	full, err := l.Version(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if spans := MatchSpans(full.Text, q); len(spans) == 0 {
		t.Errorf("Search(%q) finds version %d, but MatchSpans(its text, %q) marks nothing (NFC query marks %v)", q, v.ID, q, MatchSpans(full.Text, norm.NFC.String(q)))
	}
}

// TestCJKWordNotAcrossPunctuation: two characters a comma or a full
// stop parts are no word: 大学 is not found in 很大，学生, nor 東京 in
// 東、京都.
func TestCJKWordNotAcrossPunctuation(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	for name, text := range map[string]string{
		"zh.txt": "这个问题很大，学生们都知道。\n",
		"ja.txt": "大阪の東、京都の西。\n",
	} {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"大学", "東京"} {
		hits, err := l.Search(ctx, q, 10)
		if err != nil || len(hits) != 0 {
			var sn []string
			for _, h := range hits {
				sn = append(sn, h.Snippet)
			}
			t.Errorf("Search(%q): %d hits %q, %v; want none (the characters stand in two words)", q, len(hits), sn, err)
		}
	}
}

// TestFindAgreesWithSearch: a Chinese word wrapped at a line break is
// found by Search and marked by the window's Find alike.
func TestFindAgreesWithSearch(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	text := "中华人民共和国外交\n部发言人表示，会谈将继续。\n"
	if _, err := l.ImportBytes(ctx, "zh.txt", []byte(text), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	hits, err := l.Search(ctx, "外交部", 10)
	spans := MatchSpans(text, "外交部")
	if err != nil || (len(hits) > 0) != (len(spans) > 0) {
		t.Errorf("外交部 in %q: Search %d hits, MatchSpans %v: they disagree", text, len(hits), spans)
	}
}

// TestLongCJKPhraseMarked: a phrase longer than a snippet's words (a
// Chinese sentence, a word a character) is shown whole and marked.
func TestLongCJKPhraseMarked(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	text := "据新华社报道，中华人民共和国外交部发言人表示，会谈将继续。\n"
	if _, err := l.ImportBytes(ctx, "zh.txt", []byte(text), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	q := "中华人民共和国外交部发言人"
	hits, err := l.Search(ctx, q, 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search(%q): %d hits, %v; want 1", q, len(hits), err)
	}
	if !strings.Contains(hits[0].Snippet, SnippetOpen) {
		t.Errorf("Search(%q): snippet %q marks nothing", q, hits[0].Snippet)
	}
}

func libraryOf(t *testing.T, texts map[string]string) *Library {
	t.Helper()
	ctx := context.Background()
	l := openTemp(t)
	for name, text := range texts {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func hitsFor(t *testing.T, l *Library, q string) []Hit {
	t.Helper()
	hits, err := l.Search(context.Background(), q, 10)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

// TestCJKKeywordWithTrailingComma: a keyword typed with punctuation after
// it ("北京, 首都", "首都。") finds a Chinese text as "Moscow, capital"
// finds an English one.
func TestCJKKeywordWithTrailingComma(t *testing.T) {
	l := libraryOf(t, map[string]string{"zh.txt": "北京是中国的首都。\n", "en.txt": "Moscow is the capital of Russia.\n"})
	if h := hitsFor(t, l, "Moscow, capital"); len(h) != 1 {
		t.Fatalf("English control: %d hits", len(h))
	}
	for _, q := range []string{"北京, 首都", "首都。", "北京! 首都?"} {
		if h := hitsFor(t, l, q); len(h) != 1 {
			t.Errorf("Search(%q): %d hits, want 1 (北京 and 首都 are both in the text)", q, len(h))
		}
	}
}

// TestCJKInvisibleIsNoPunctuation: a zero-width space or a variation
// selector after a character does not part a word.
func TestCJKInvisibleIsNoPunctuation(t *testing.T) {
	l := libraryOf(t, map[string]string{
		"ivs.txt":  "奈良県葛\U000E0100城市の市長。\n",
		"zwsp.txt": "他在大\u200B学学习。\n",
		"vs.txt":   "这是北\uFE00京的消息。\n",
	})
	for _, q := range []string{"葛城", "大学", "北京"} {
		if h := hitsFor(t, l, q); len(h) != 1 {
			t.Errorf("Search(%q): %d hits, want 1", q, len(h))
		}
	}
}

// TestCJKNameWithoutMiddleDot: a foreign name is found without the
// middle dot that joins its parts (迈克尔杰克逊, ジョンスミス).
func TestCJKNameWithoutMiddleDot(t *testing.T) {
	l := libraryOf(t, map[string]string{"zh.txt": "歌手迈克尔·杰克逊去世了。\n", "ja.txt": "ジョン・スミス氏が来日した。\n"})
	for _, q := range []string{"迈克尔杰克逊", "ジョンスミス"} {
		if h := hitsFor(t, l, q); len(h) != 1 {
			t.Errorf("Search(%q): %d hits, want 1", q, len(h))
		}
	}
}

// TestMixedPhraseAfterQuotedChinese: a phrase that runs from a quoted
// Chinese word into English words is found.
func TestMixedPhraseAfterQuotedChinese(t *testing.T) {
	l := libraryOf(t, map[string]string{"mix.txt": "The word \"中国\" means China in Chinese.\n", "en.txt": "The word \"Russia\" means Rus in Latin.\n"})
	if h := hitsFor(t, l, `"Russia means Rus"`); len(h) != 1 {
		t.Fatalf("English control: %d hits", len(h))
	}
	if h := hitsFor(t, l, `"中国 means China"`); len(h) != 1 {
		t.Errorf("Search(\"中国 means China\"): %d hits, want 1", len(h))
	}
}

// TestQueryHoldingPunctWord: the character that stands in the index for
// a mark finds nothing when typed, and one in a text reads as no mark.
func TestQueryHoldingPunctWord(t *testing.T) {
	l := libraryOf(t, map[string]string{"zh.txt": "这个问题很大，学生们都知道。\n"})
	if h, _ := l.Search(context.Background(), "\U000FFFFD", 10); len(h) != 0 {
		t.Errorf("Search(U+FFFFD): %d hits %q, want none (the text holds no such character)", len(h), h[0].Snippet)
	}
	// And a private use character in the text (a rare character set in
	// the private use area, as digitised classics do) is found by a query
	// with a comma in its place.
	l2 := libraryOf(t, map[string]string{"pua.txt": "子曰學而時\U000FFFFD之不亦說乎。\n"})
	if h := hitsFor(t, l2, "時，之"); len(h) != 0 {
		t.Errorf("Search(時，之): %d hits %q, want none", len(h), h[0].Snippet)
	}
}

// TestSnippetSkipsPunctuatedFalseMatch: the snippet marks the word the
// index found, not its characters parted by punctuation (大，学).
func TestSnippetSkipsPunctuatedFalseMatch(t *testing.T) {
	text := "这个问题很大，学生们都知道。" + strings.Repeat("今天天气很好我们去公园散步。", 3) + "我在大学学习。\n"
	l := libraryOf(t, map[string]string{"zh.txt": text})
	h := hitsFor(t, l, "大学")
	if len(h) != 1 {
		t.Fatalf("Search(大学): %d hits", len(h))
	}
	if strings.Contains(h[0].Snippet, "⟦大⟧，⟦学⟧") || !strings.Contains(h[0].Snippet, "⟦大学⟧") {
		t.Errorf("snippet %q: marks 大，学, which the search does not count, and not the 大学 found", h[0].Snippet)
	}
}

// TestLongPhraseNoFalseHit: a phrase longer than the index is asked for
// finds only the texts that hold it whole.
func TestLongPhraseNoFalseHit(t *testing.T) {
	head := strings.Repeat("中华人民共和国外交部发言人表示", 5) // 75 characters
	l := libraryOf(t, map[string]string{
		"a.txt": head + "会谈将继续。\n",
		"b.txt": head + "谈判已破裂。\n",
	})
	h := hitsFor(t, l, `"`+head+`会谈将继续"`)
	if len(h) != 1 {
		var sn []string
		for _, x := range h {
			sn = append(sn, x.Label+": "+x.Snippet)
		}
		t.Errorf("phrase of %d characters: %d hits %q, want 1", len([]rune(head))+5, len(h), sn)
	}
	// English: 70 words, the last differs.
	words := strings.Repeat("alpha beta gamma delta epsilon zeta eta ", 10)
	l2 := libraryOf(t, map[string]string{"a.txt": words + "theta.\n", "b.txt": words + "iota.\n"})
	if h := hitsFor(t, l2, `"`+words+`theta"`); len(h) != 1 {
		t.Errorf("English phrase of 71 words: %d hits, want 1", len(h))
	}
}

// TestLongPhraseSnippetLength: the snippet of a pasted passage stays
// short.
func TestLongPhraseSnippetLength(t *testing.T) {
	para := strings.Repeat("中华人民共和国外交部发言人表示会谈将继续进行下去", 40) // 960 chars
	l := libraryOf(t, map[string]string{"a.txt": "前言。" + para + "后记。\n"})
	h := hitsFor(t, l, `"`+para+`"`)
	if len(h) != 1 {
		t.Fatalf("%d hits", len(h))
	}
	if n := len([]rune(h[0].Snippet)); n > 200 {
		t.Errorf("snippet of a pasted %d-character passage is %d characters long (snippetWords is %d)", len([]rune(para)), n, snippetWords)
	}
}

// TestFindAgreesWithSearchSpacedWord: a Chinese word wrapped at an
// indented line break, or spaced out, is found and marked alike.
func TestFindAgreesWithSearchSpacedWord(t *testing.T) {
	for _, text := range []string{"中华人民共和国外交\n  部发言人表示。\n", "中华人民共和国外交 部发言人表示。\n"} {
		l := libraryOf(t, map[string]string{"zh.txt": text})
		hits := hitsFor(t, l, "外交部")
		spans := MatchSpans(text, "外交部")
		if (len(hits) > 0) != (len(spans) > 0) {
			t.Errorf("外交部 in %q: Search %d hits, MatchSpans %v: they disagree", text, len(hits), spans)
		}
	}
}

// distinctWords is n distinct English-looking words.
func distinctWords(from, n int) []string {
	var ws []string
	for i := from; i < from+n; i++ {
		ws = append(ws, fmt.Sprintf("w%dx", i))
	}
	return ws
}

// TestLongPhraseAcrossChunkEdge: a pasted passage longer than the index
// is asked for is found where the text holds it across two chunks.
func TestLongPhraseAcrossChunkEdge(t *testing.T) {
	ws := distinctWords(0, 12000)
	var b strings.Builder
	for i, w := range ws {
		b.WriteString(w)
		if i%10 == 9 {
			b.WriteByte('\n') // hard-wrapped, as a Gutenberg text is
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	edge := chunkEnd(text, chunkSize)
	if edge >= len(text) {
		t.Fatal("text fits one chunk")
	}
	// The word index of the first word of chunk 2.
	k := len(strings.Fields(text[:edge]))
	passage := strings.Join(ws[k-70:k+30], " ") // 70 words before the edge, 30 after
	l := libraryOf(t, map[string]string{"wrapped.txt": text})
	if h := hitsFor(t, l, `"`+passage+`"`); len(h) != 1 {
		t.Errorf("a 100-word passage the text holds whole (across chunks %d|%d): %d hits, want 1", edge, len(text)-edge, len(h))
	}
}

// TestLongPhraseInAnyChunk: a version holding a long phrase whole is
// found, though a chunk holding only its start ranks better.
func TestLongPhraseInAnyChunk(t *testing.T) {
	phrase := distinctWords(100000, 70)
	filler := strings.Join(distinctWords(0, 10000), " ")
	text := strings.Join(phrase, " ") + ".\n\n" + filler + "\n\n" + strings.Join(phrase[:66], " ") + " something else entirely.\n"
	l := libraryOf(t, map[string]string{"v.txt": text})
	if h := hitsFor(t, l, `"`+strings.Join(phrase, " ")+`"`); len(h) != 1 {
		t.Errorf("the text holds the 70-word phrase whole at its start: %d hits, want 1", len(h))
	}
}

// TestLongPhraseLimitAfterFilter: versions holding only a long phrase's
// start do not take the places of those that hold it whole.
func TestLongPhraseLimitAfterFilter(t *testing.T) {
	phrase := distinctWords(100000, 70)
	start := strings.Join(phrase[:66], " ")
	whole := strings.Join(phrase, " ")
	l := libraryOf(t, map[string]string{
		"s1.txt":    start + " one.\n",
		"s2.txt":    start + " two.\n",
		"whole.txt": strings.Join(distinctWords(0, 300), " ") + ". " + whole + ".\n",
	})
	h, err := l.Search(context.Background(), `"`+whole+`"`, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 {
		t.Errorf("Search(limit 2) of a 70-word phrase one version holds: %d hits, want 1", len(h))
	}
}

// TestLongCJKPhraseWithPrefix: a long Chinese query ending in a prefix
// ("…Xin*") finds the text holding "…Xinhua".
func TestLongCJKPhraseWithPrefix(t *testing.T) {
	head := strings.Repeat("中华人民共和国外交部发言人表示", 5) // 75 characters
	l := libraryOf(t, map[string]string{"a.txt": "前言。" + head + "Xinhua报道。\n"})
	if h := hitsFor(t, l, head+"Xin*"); len(h) != 1 {
		t.Errorf("Search(%q): %d hits, want 1 (the text holds %q)", head+"Xin*", len(h), head+"Xinhua")
	}
}

// TestCJKWordNotAcrossMarks: two marks in a row between characters
// ("大。”学", "大……学", "大——学") part them as one does.
func TestCJKWordNotAcrossMarks(t *testing.T) {
	for _, text := range []string{
		"他说：“问题很大。”学生们都笑了。\n",
		"这个问题很大……学生们都知道。\n",
		"这个问题很大——学生们都知道。\n",
		"这个问题很大），学生们都知道。\n",
	} {
		l := libraryOf(t, map[string]string{"zh.txt": text})
		if h := hitsFor(t, l, "大学"); len(h) != 0 {
			t.Errorf("Search(大学) in %q: %d hits %q, want none (大 and 学 are parted by punctuation)", text, len(h), h[0].Snippet)
		}
	}
}

// TestKoreanWordFoundWithItsParticles: Korean writes particles and
// endings onto the word, so a word typed alone finds it with them, and
// only at the word's start.
func TestKoreanWordFoundWithItsParticles(t *testing.T) {
	l := libraryOf(t, map[string]string{
		"ko.txt": "서울에서 정상회의가 열렸다. 부산은 조용했다.\n",
		"en.txt": "The summit opened in Seoul.\n",
	})
	for _, tc := range []struct {
		q    string
		hits int
		mark string
	}{
		{"서울", 1, "서울에서"},
		{"정상회의", 1, "정상회의가"},
		{"부산 조용", 1, "부산은"},
		{"서울, 부산", 1, "서울에서"},
		{"(정상회의)", 1, "정상회의가"},
		{"울에서", 0, ""},       // inside a word, not at its start
		{`"서울 정상회의"`, 0, ""}, // a quoted phrase stays as typed
		{"Seoul", 1, "Seoul"},
	} {
		h := hitsFor(t, l, tc.q)
		if len(h) != tc.hits {
			t.Errorf("Search(%q): %d hits, want %d", tc.q, len(h), tc.hits)
			continue
		}
		if tc.hits > 0 && !strings.Contains(h[0].Snippet, SnippetOpen+tc.mark+SnippetClose) {
			t.Errorf("Search(%q): snippet %q does not mark %q", tc.q, h[0].Snippet, tc.mark)
		}
	}
}

// indexAsBefore indexes every chunk of l again as form makes it, as an
// older schema did, and steps the schema back before its last step that
// indexes the texts again (a fill).
func indexAsBefore(t *testing.T, l *Library, form func(string) string) {
	t.Helper()
	rows, err := l.db.Query(`SELECT id, text FROM version_chunks`)
	if err != nil {
		t.Fatal(err)
	}
	chunks := map[int64]string{}
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			t.Fatal(err)
		}
		chunks[id] = text
	}
	rows.Close()
	for id, text := range chunks {
		if _, err := l.db.Exec(`DELETE FROM chunks_fts WHERE rowid = ?`, id); err != nil {
			t.Fatal(err)
		}
		if _, err := l.db.Exec(`INSERT INTO chunks_fts (rowid, text) VALUES (?, ?)`, id, form(text)); err != nil {
			t.Fatal(err)
		}
	}
	steps := migrations()
	last := len(steps) - 1
	for steps[last].fill == nil {
		last--
	}
	if _, err := l.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", last)); err != nil {
		t.Fatal(err)
	}
}

// TestFullWidthLatinMeetsASCII: Chinese and Japanese texts set Latin
// letters and digits full-width (ＮＡＴＯ, ２０２４); a query typed either
// way finds both, the snippet and the window's Find mark them, and a
// library indexed before finds them once upgraded.
func TestFullWidthLatinMeetsASCII(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l := openAt(t, path)
	ja := "ＮＡＴＯは２０２４年にＧ７と会議を開いた。\n"
	for name, text := range map[string]string{"ja.txt": ja, "en.txt": "NATO met the G7 in 2024.\n"} {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		for _, tc := range []struct {
			q    string
			hits int
			mark string // in the Japanese snippet
		}{
			{"NATO", 2, "ＮＡＴＯ"},
			{"ｎａｔｏ", 2, "ＮＡＴＯ"},
			{"2024年", 1, "２０２４年"},
			{"g7", 2, "Ｇ７"},
		} {
			hits := hitsFor(t, l, tc.q)
			if len(hits) != tc.hits {
				t.Errorf("%s: Search(%q): %d hits, want %d", when, tc.q, len(hits), tc.hits)
				continue
			}
			for _, h := range hits {
				if strings.Contains(h.Snippet, "会議") && !strings.Contains(h.Snippet, SnippetOpen+tc.mark+SnippetClose) {
					t.Errorf("%s: Search(%q): snippet %q does not mark %q", when, tc.q, h.Snippet, tc.mark)
				}
			}
		}
	}
	check("new library")
	if got, want := MatchSpans(ja, "nato 2024"), [][2]int(nil); !slices.Equal(got, want) {
		t.Errorf("MatchSpans across は: %v", got)
	}
	if got := MatchSpans(ja, "nato"); len(got) != 1 || ja[got[0][0]:got[0][1]] != "ＮＡＴＯ" {
		t.Errorf("MatchSpans(nato) = %v", got)
	}
	indexAsBefore(t, l, FoldYo)
	if len(hitsFor(t, l, "NATO")) != 1 {
		t.Fatal("the old index found full-width letters by ASCII: the test does not set it up")
	}
	l.Close()
	l = openAt(t, path)
	defer l.Close()
	check("upgraded library")
}

// FuzzSearchQuery: no query, operators and quotes in any arrangement, is
// a syntax error, an internal error or a panic; a hit holds every term
// it must (its snippet marks a word), and none of the words a query of
// plain words (no operator, no quote, no prefix) leaves out by a minus.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range []string{"Lavrov", "Lavrov OR Putin", "Almaty -Putin", `"met Shoigu" OR Moscow`, "NOT", "- -", `-"a b"`,
		"OR OR Putin", "Putin AND", "-Лавров Алматы", "中华 OR 外交部", "a* OR b*", `"unbalanced OR`} {
		f.Add(q)
	}
	ctx := context.Background()
	l := openTemp(f)
	for name, text := range map[string]string{
		"a.txt": "Lavrov met Putin in Almaty on Friday.\n",
		"b.txt": "Lavrov met Shoigu in Almaty on Friday.\n",
		"c.txt": "Putin spoke in Moscow, or so they said. Лавров прибыл в Алматы. 中华人民共和国外交部。\n",
	} {
		if _, err := l.ImportBytes(ctx, name, []byte(text), ImportOptions{}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := l.Search(ctx, q, 10)
		if err != nil {
			if !strings.Contains(err.Error(), "no words to search for") {
				t.Fatalf("Search(%q): %v", q, err)
			}
			return
		}
		for _, h := range hits {
			v, err := l.Version(ctx, h.VersionID)
			if err != nil {
				t.Fatal(err)
			}
			for _, term := range parseQuery(q) {
				if term.not && !term.prefix && len(term.words) == 1 && len(MatchSpans(v.Text, term.words[0])) > 0 &&
					!strings.ContainsAny(q, `"*`) && isASCII(term.words[0]) && wholeWord(v.Text, term.words[0]) {
					t.Errorf("Search(%q) found %s, which holds %q, left out", q, h.Label, term.words[0])
				}
			}
		}
	})
}

// wholeWord reports w, in small ASCII letters, as a whole word of text,
// letter case aside.
func wholeWord(text, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if f == w {
			return true
		}
	}
	return false
}
