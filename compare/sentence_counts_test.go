package compare

import "testing"

// TestSentenceCounterKept: a sentence the other version removed whole is
// not counted in the base's cell, nor one a version added whole in its
// own; sentences reworded are.
func TestSentenceCounterKept(t *testing.T) {
	base := "The talks went well. [My Emphasis]\n\nThe summit is in November."
	other := "The talks went very well.\n\nThe summit is in November. It will be in Astana."
	r, err := Compare(t.Context(), []string{base, other}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := r.NewSentenceCounter()
	for _, tc := range []struct {
		cell      Cell
		all, kept int
	}{
		{Cell{Version: 0, Start: 0, End: len(base)}, 3, 2},
		{Cell{Version: 1, Start: 0, End: len(other)}, 3, 2},
		{Cell{Version: 0, Start: 0, End: 20}, 1, 1},
	} {
		if all, kept := r.SentencesIn(&tc.cell), s.Kept(&tc.cell, 1); all != tc.all || kept != tc.kept {
			t.Errorf("cell %+v: %d sentences, %d kept; want %d, %d", tc.cell, all, kept, tc.all, tc.kept)
		}
	}
}
