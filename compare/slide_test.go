package compare

import (
	"slices"
	"testing"
)

// TestSlideRuns checks where an inserted or deleted run that could sit at
// several positions is placed: on the phrase a reader would say was
// removed or added, never at a worse place than the diff found.
func TestSlideRuns(t *testing.T) {
	checkChanges(t, []changeCase{
		{name: "deleted phrase", a: "Born in 1950 in Paris.", b: "Born in Paris.",
			want: []string{"delete:in 1950>"}},
		{name: "inserted phrase", a: "Born in Paris.", b: "Born in 1950 in Paris.",
			want: []string{"insert:>in 1950"}},
		{name: "russian phrase", a: "Он родился в 1950 в Париже.", b: "Он родился в Париже.",
			want: []string{"delete:в 1950>"}},
		{name: "portuguese phrase", a: "Nasceu em 1950 em Lisboa.", b: "Nasceu em Lisboa.", want: []string{"delete:em 1950>"}},
		{name: "czech phrase", a: "Narodil se v roce 1950 v Praze.", b: "Narodil se v Praze.", want: []string{"delete:v roce 1950>"}},
		{name: "dutch phrase", a: "Hij woonde op 3 mei op de boot.", b: "Hij woonde op de boot.", want: []string{"delete:op 3 mei>"}},
		{name: "greek phrase", a: "Πήγε στην Αθήνα και στη Θεσσαλονίκη και στην Πάτρα.", b: "Πήγε στην Αθήνα και στην Πάτρα.",
			want: []string{"delete:και στη Θεσσαλονίκη>"}},
		{name: "portuguese list item", a: "Comprou maçãs e peras e ameixas.", b: "Comprou maçãs e ameixas.", want: []string{"delete:e peras>"}},
		{name: "nothing slides", a: "The cat sat on the mat.", b: "The cat sat on the red mat.",
			want: []string{"insert:>red"}},
		{name: "deleted list item", a: "We bought apples, pears, and plums.", b: "We bought apples, and plums.",
			want: []string{"delete:pears,>"}},
		{name: "inserted list item", a: "We bought apples, and plums.", b: "We bought apples, pears, and plums.",
			want: []string{"insert:>pears,"}},
		{name: "deleted sentence keeps its full stop", a: "Keep it. Drop it. Keep it.", b: "Keep it. Keep it.",
			want: []string{"delete:Drop it.>"}},
		{name: "run at the start of the text", a: "in 1950 in Paris we met.", b: "in Paris we met.",
			want: []string{"delete:in 1950>"}},
		{name: "two runs in one sentence", a: "Born in 1950 in Paris and died in 2001 in Rome.", b: "Born in Paris and died in Rome.",
			want: []string{"delete:in 1950>", "delete:in 2001>"}},
	})
}

// testTokens tokenizes text the way a document does, with each token's key
// numbering its text in kn.
func testTokens(kn *keyNumbers, text string) []token {
	var ts []token
	for _, r := range scanTokens(text, 0, len(text), nil) {
		ts = append(ts, token{start: int32(r.start), size: uint16(r.end - r.start), key: kn.of(hashKey(text[r.start:r.end])), class: r.class})
	}
	return ts
}

// TestSlideRunsOps checks slideRuns on edit scripts directly: runs move
// to the better place, also onto the edge of a group, but never up to a
// neighbouring change, and the script still spans both token sequences.
func TestSlideRunsOps(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		ops  []op
		want []op
	}{
		{name: "deletion slides left", a: "x in 1950 in y", b: "x in y",
			ops:  []op{{opEqual, 2}, {opDelete, 2}, {opEqual, 1}},
			want: []op{{opEqual, 1}, {opDelete, 2}, {opEqual, 2}}},
		{name: "insertion slides onto the start", a: "in Paris", b: "in 1950 in Paris",
			ops:  []op{{opEqual, 1}, {opInsert, 2}, {opEqual, 1}},
			want: []op{{opInsert, 2}, {opEqual, 2}}},
		{name: "insertion at the end slides left", a: "Paris in", b: "Paris in 1950 in",
			ops:  []op{{opEqual, 2}, {opInsert, 2}},
			want: []op{{opEqual, 1}, {opInsert, 2}, {opEqual, 1}}},
		{name: "keeps off a neighbouring change", a: "p in 1950 in y", b: "q in y",
			ops:  []op{{opDelete, 1}, {opInsert, 1}, {opEqual, 1}, {opDelete, 2}, {opEqual, 1}},
			want: []op{{opDelete, 1}, {opInsert, 1}, {opEqual, 1}, {opDelete, 2}, {opEqual, 1}}},
		{name: "nothing to slide", a: "the mat", b: "the red mat",
			ops:  []op{{opEqual, 1}, {opInsert, 1}, {opEqual, 1}},
			want: []op{{opEqual, 1}, {opInsert, 1}, {opEqual, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kn := newKeyNumbers(0)
			at, bt := testTokens(kn, tt.a), testTokens(kn, tt.b)
			got := slideRuns(tt.ops, at, bt, tt.a, tt.b)
			if !slices.Equal(got, tt.want) {
				t.Errorf("slideRuns = %v, want %v", got, tt.want)
			}
			if na, nb := opSpans(got); na != len(at) || nb != len(bt) {
				t.Errorf("script spans %d and %d tokens, want %d and %d", na, nb, len(at), len(bt))
			}
		})
	}
}
