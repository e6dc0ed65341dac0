package crosslang

import "testing"

// TestOwnEvidence checks that a unit's own evidence counts only the
// counterpart's words that it matches and its bead's other units do not.
func TestOwnEvidence(t *testing.T) {
	tests := []struct {
		name      string
		own       []string // one bead's units
		u         int      // the unit asked about
		other     string   // the counterpart
		none, all bool     // want no evidence; want all of it
	}{
		{"a name only u has", []string{"Lavrov arrived.", "It rained."}, 0, "Lavrov kam an.", false, false},
		{"nothing of u's", []string{"Lavrov arrived.", "It rained."}, 1, "Lavrov kam an.", true, false},
		{"a name the rest has too", []string{"Lavrov arrived.", "Lavrov left."}, 1, "Lavrov kam an.", true, false},
		{"a number", []string{"In 2024.", "It rained."}, 0, "2024", false, true},
		{"no words", []string{"Yes.", "It rained."}, 0, "...", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kt := &keyTable{ids: make(map[string]int32)}
			own := newSide(tc.own, kt)
			other := newSide([]string{tc.other}, kt)
			got := ownEvidence(own, other, tc.u, 0, len(tc.own), 0, 1)
			switch {
			case tc.none && got != 0:
				t.Errorf("evidence %.2f, want none", got)
			case tc.all && got != 1:
				t.Errorf("evidence %.2f, want all", got)
			case !tc.none && got == 0:
				t.Errorf("no evidence, want some")
			}
		})
	}
}
