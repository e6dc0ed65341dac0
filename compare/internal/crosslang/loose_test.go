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

// TestSplitAt: a unit of a merged bead that is the counterpart's part
// before (or after) a clause mark standing where the unit's share of
// chars ends is a split, not a unit left loose.
func TestSplitAt(t *testing.T) {
	tests := []struct {
		name  string
		own   []string // the bead's units on the loose unit's side
		first bool     // the loose unit is own[0], else the last
		other string   // the counterpart, one unit
		want  bool
	}{
		{"cut at a dash", []string{"Длинная история.", "Я расскажу когда-нибудь, сказал Левин."}, true,
			"It's a long story – I'll tell you some other time, said Levin.", true},
		{"cut at a semicolon, last", []string{"She sees through people.", "But more than that, she knows what will happen."}, false,
			"Она насквозь видит людей; но этого мало, она знает, что будет.", true},
		{"no mark", []string{"Он ушёл.", "Дождь шёл весь день и всю ночь."}, true,
			"It rained all day and all night.", false},
		{"a mark elsewhere", []string{"Он ушёл.", "Дождь шёл весь день и всю ночь, и утро тоже было серым."}, true,
			"It rained all day and all night, and the morning too was grey: no sun.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kt := &keyTable{ids: make(map[string]int32)}
			sc := &scorer{src: newSide([]string{tc.other}, kt), tgt: newSide(tc.own, kt)}
			bd := bead{i0: 0, i1: 1, j0: 0, j1: len(tc.own)}
			u, all := 0, 0
			if !tc.first {
				u = len(tc.own) - 1
			}
			for _, x := range sc.tgt.units {
				all += x.chars
			}
			if got := splitAt(sc, bd, false, tc.first, sc.tgt.units[u].chars, all); got != tc.want {
				t.Errorf("splitAt = %v, want %v (cuts %v)", got, tc.want, sc.src.units[0].cuts)
			}
		})
	}
}
