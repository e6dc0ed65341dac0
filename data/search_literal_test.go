package data

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSearchSigns finds what has no word in it (a flag, a section sign),
// which the index does not hold, as it is written, with a snippet.
func TestSearchSigns(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	text := "The delegations of 🇰🇿 Kazakhstan and 🇷🇺 Russia met under § 12 of the charter (see [annex]).\n"
	if _, err := l.ImportBytes(ctx, "flags.txt", []byte(text), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.ImportBytes(ctx, "plain.txt", []byte("Nothing of the kind here.\n"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query, snippet string
		hits           int
	}{
		{"🇰🇿", "of " + SnippetOpen + "🇰🇿" + SnippetClose + " Kazakhstan", 1},
		{" § ", SnippetOpen + "§" + SnippetClose + " 12", 1},
		{`"🇷🇺"`, SnippetOpen + "🇷🇺" + SnippetClose + " Russia", 1},
		{"[", "(see " + SnippetOpen + "[" + SnippetClose + "annex]).", 1},
		{"🇺🇸", "", 0},
	} {
		hits, err := l.Search(ctx, tc.query, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		if len(hits) != tc.hits {
			t.Errorf("Search(%q): %d hits, want %d", tc.query, len(hits), tc.hits)
			continue
		}
		if tc.hits > 0 && (hits[0].Label != "flags" || !strings.Contains(hits[0].Snippet, tc.snippet)) {
			t.Errorf("Search(%q): %s, snippet %q, want it to hold %q", tc.query, hits[0].Label, hits[0].Snippet, tc.snippet)
		}
		if needle := strings.Trim(strings.TrimSpace(tc.query), `"`); tc.hits > 0 && hits[0].Offset != strings.Index(text, needle) {
			t.Errorf("Search(%q): offset %d, want %d", tc.query, hits[0].Offset, strings.Index(text, needle))
		}
	}
	if _, err := l.Search(ctx, `  "" `, 10); err == nil {
		t.Error("a query of quotes and spaces searched for nothing without an error")
	}
}

func TestLiteralSnippet(t *testing.T) {
	long := strings.Repeat("w ", 20)
	for _, tc := range []struct{ text, needle, want string }{
		{"a b 🇰🇿 c d", "🇰🇿", "a b ⟦🇰🇿⟧ c d"},
		{"KZ🇰🇿, then", "🇰🇿", "KZ⟦🇰🇿⟧, then"},
		{long + "§ " + long, "§", "…" + strings.Repeat("w ", 8) + "⟦§⟧" + strings.Repeat(" w", 8) + " …"},
		{"no such", "§", ""},
	} {
		if got, _ := literalSnippet(tc.text, tc.needle); got != tc.want {
			t.Errorf("literalSnippet(%q, %q) = %q, want %q", tc.text, tc.needle, got, tc.want)
		}
	}
	// Far into a text without spaces, the run around it is context.
	cjk := strings.Repeat("中华人民共和国外交部", 60) + "§发言人"
	if got, _ := literalSnippet(cjk, "§"); !strings.HasSuffix(got, "外交部⟦§⟧发言人") || !strings.HasPrefix(got, "…") {
		t.Errorf("literalSnippet far into Chinese = %q, want the characters before it", got)
	}
}

// FuzzLiteralSnippet: a snippet of a text that holds the needle marks it
// once, whole, and cuts no character in two.
func FuzzLiteralSnippet(f *testing.F) {
	f.Add("a b 🇰🇿 c d", "🇰🇿")
	f.Add("KZ🇰🇿,", "🇰🇿")
	f.Add("§§ § x", "§")
	f.Fuzz(func(t *testing.T, text, needle string) {
		if needle == "" || !utf8.ValidString(text) || !utf8.ValidString(needle) {
			return
		}
		got, at := literalSnippet(text, needle)
		if !strings.Contains(text, needle) {
			if got != "" {
				t.Fatalf("snippet %q of a text without %q", got, needle)
			}
			return
		}
		if !strings.Contains(got, SnippetOpen+needle+SnippetClose) || !utf8.ValidString(got) || at != strings.Index(text, needle) {
			t.Fatalf("literalSnippet(%q, %q) = %q", text, needle, got)
		}
	})
}
