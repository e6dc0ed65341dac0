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
