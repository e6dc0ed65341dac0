package export

import "testing"

// TestClip: a quoted text on one line, cut to n runes with an ellipsis
// where cut, and no panic for a width under one.
func TestClip(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"two\n\tlines  here", 20, "two lines here"},
		{"Сергей Лавров", 7, "Сергей…"},
		{"exactly", 7, "exactly"},
		{"abc", 1, "…"},
		{"abc", 0, "…"},
		{"abc", -3, "…"},
		{"", 0, ""},
	} {
		if got := Clip(tc.s, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

// TestGoneSpaces: words a version removed, shown where they went, stand a
// space apart from the words they would touch, and from nothing else.
func TestGoneSpaces(t *testing.T) {
	for _, tc := range []struct{ before, text, after, want string }{
		{"the talks were", "very", " productive.", "the talks were very productive."},
		{"the talks were ", "very", "productive.", "the talks were very productive."},
		{"", "Yesterday", "John said it.", "Yesterday John said it."},
		{"John said it", "(twice)", ".", "John said it (twice)."},
		{"the UN", ", on the one hand,", " and the CSTO", "the UN, on the one hand, and the CSTO"},
		{"планах", "вчера", ".", "планах вчера."},
		{"他", "很", "好。", "他很好。"},
		{"東京に", "昨日", "行った。", "東京に昨日行った。"},
		{"他说", "，真的", "。", "他说，真的。"},
	} {
		lead, trail := GoneSpaces(tc.before, tc.text, tc.after)
		if got := tc.before + lead + tc.text + trail + tc.after; got != tc.want {
			t.Errorf("%q + %q + %q = %q, want %q", tc.before, tc.text, tc.after, got, tc.want)
		}
	}
}
