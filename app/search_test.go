package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSnippetLine: a hit's snippet marks the words found in brackets and
// is cut so that the first of them shows whole, with some context.
func TestSnippetLine(t *testing.T) {
	long := strings.Repeat("word ", 30) + "chaired by ⟦Mikhail⟧ Nurtleu, the minister."
	for _, tc := range []struct {
		snip string
		n    int
		want string
	}{
		{"The ⟦café⟧ is open.", 120, "The [café] is open."},
		{"The ⟦café⟧\nis open.", 120, "The [café] is open."},
		{long, 60, "…word word word chaired by [Mikhail] Nurtleu, the minister."},
		{long, 200, strings.Repeat("word ", 30) + "chaired by [Mikhail] Nurtleu, the minister."},
		// Brackets of the text's own ([My Emphasis]) do not stand for the
		// word found.
		{"[My Emphasis] " + long, 60, "…word word word chaired by [Mikhail] Nurtleu, the minister."},
	} {
		got := snippetLine(tc.snip, tc.n)
		if got != tc.want {
			t.Errorf("snippetLine(%q, %d) = %q, want %q", tc.snip, tc.n, got, tc.want)
		}
		if utf8.RuneCountInString(got) > tc.n {
			t.Errorf("snippetLine(%q, %d) is %d characters long", tc.snip, tc.n, utf8.RuneCountInString(got))
		}
	}
}
