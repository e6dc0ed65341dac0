package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestCompareRepunctuated compares a transcript without punctuation, one
// paragraph, with its edited version cut into sentences and paragraphs:
// the words are the same in the same order, so the full stops are all
// that changed, whichever side has them. The sentences are more than a
// group holds, so without joinHoles they fell apart into moves.
func TestCompareRepunctuated(t *testing.T) {
	sents := []string{
		"The council met in Almaty on the second day of the session",
		"Ministers discussed the preparations for the summit in November",
		"They approved a programme to strengthen the southern border",
		"The chairman thanked the hosts for their warm hospitality",
		"Several statements were signed at the end of the meeting",
		"Our positions on the main questions were clearly confirmed",
		"The next meeting will be held in the spring of next year",
		"Journalists asked about the situation on the western border",
	}
	raw := strings.Join(sents, " ")
	var paras []string
	for i := 0; i < len(sents); i += 2 {
		paras = append(paras, sents[i]+". "+sents[i+1]+".")
	}
	edited := strings.Join(paras, "\n\n")
	stops := func(kind string) []string {
		var out []string
		for range sents {
			out = append(out, kind)
		}
		return out
	}
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"punctuated", raw, edited, stops("insert:>.")},
		{"unpunctuated", edited, raw, stops("delete:.>")},
	}
	for _, tt := range tests {
		got := describe(nonTrivial(mustCompare(t, Options{}, tt.a, tt.b)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: changes = %q,\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestJoinHoles joins only a hole larger than a group on one side, whole
// on both, whose words come in the same order.
func TestJoinHoles(t *testing.T) {
	sents := []string{"One two three four five.", "Six seven eight nine ten.", "Eleven twelve thirteen fourteen.",
		"Fifteen sixteen seventeen eighteen.", "Nineteen twenty twenty-one twenty-two."}
	text := strings.Join(sents, " ")
	// The same words, in another order: no group.
	shuffled := strings.Join([]string{sents[3], sents[0], sents[4], sents[2], sents[1]}, " ")
	docs := prepared(Options{}, text, strings.ReplaceAll(text, ".", ""), strings.ReplaceAll(shuffled, ".", ""))
	a, b, c := newSide(docs[0]), newSide(docs[1]), newSide(docs[2])
	if len(a.sents) != 5 || len(b.sents) != 1 {
		t.Fatalf("sentences %d and %d, want 5 and 1", len(a.sents), len(b.sents))
	}
	hole := []item{{kind: itemDelete, a0: 0, a1: 1}, {kind: itemDelete, a0: 1, a1: 2}, {kind: itemDelete, a0: 2, a1: 3},
		{kind: itemDelete, a0: 3, a1: 4}, {kind: itemDelete, a0: 4, a1: 5}, {kind: itemInsert, b0: 0, b1: 1}}
	tests := []struct {
		name  string
		b     *side
		items []item
		want  []item
	}{
		{"in order", b, hole, []item{{kind: itemPair, a0: 0, a1: 5, b0: 0, b1: 1}}},
		{"reordered", c, hole, hole},
		{"a group's size", b, append(slices.Clone(hole[2:5]), hole[5]), append(slices.Clone(hole[2:5]), hole[5])},
		{"broken run", b, append(slices.Clone(hole[:2]), hole[3:]...), append(slices.Clone(hole[:2]), hole[3:]...)},
		{"around a pair", b, []item{hole[0], {kind: itemPair, a0: 1, a1: 2, b0: 0, b1: 1}}, []item{hole[0], {kind: itemPair, a0: 1, a1: 2, b0: 0, b1: 1}}},
	}
	for _, tt := range tests {
		if got := joinHoles(a, tt.b, tt.items); !slices.Equal(got, tt.want) {
			t.Errorf("%s: joinHoles = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestInOrderAlike measures order exactly on small holes and from the
// sequence diff on large ones, with the same answers.
func TestInOrderAlike(t *testing.T) {
	seq := func(n int, edit func(i int) uint32) []uint32 {
		s := make([]uint32, n)
		for i := range s {
			s[i] = edit(i)
		}
		return s
	}
	for _, n := range []int{100, 40_000} { // 40,000² is past maxExactHoleCells
		x := seq(n, func(i int) uint32 { return uint32(i + 1) })
		tests := []struct {
			name string
			y    []uint32
			want bool
		}{
			{"same", x, true},
			{"a tenth replaced", seq(n, func(i int) uint32 {
				if i%10 == 0 {
					return uint32(n + i + 1)
				}
				return uint32(i + 1)
			}), true},
			{"reversed", seq(n, func(i int) uint32 { return uint32(n - i) }), false},
			{"half replaced", seq(n, func(i int) uint32 {
				if i%2 == 0 {
					return uint32(n + i + 1)
				}
				return uint32(i + 1)
			}), false},
		}
		for _, tt := range tests {
			if got := inOrderAlike(x, tt.y); got != tt.want {
				t.Errorf("%d words, %s: inOrderAlike = %v, want %v", n, tt.name, got, tt.want)
			}
		}
	}
}

// TestAbsorbRuns extends a pair by the sentences inserted (or deleted)
// next to it whose words its other side holds in order, and by no
// others.
func TestAbsorbRuns(t *testing.T) {
	long := "the council met in almaty on friday and the ministers discussed the summit in november and approved a programme for the southern border and signed two statements"
	cut := "The council met in Almaty on Friday. The ministers discussed the summit in November. " +
		"They approved a programme for the southern border. They signed two statements. Journalists waited outside."
	docs := prepared(Options{}, long+".", cut)
	a, b := newSide(docs[0]), newSide(docs[1])
	if len(a.sents) != 1 || len(b.sents) != 5 {
		t.Fatalf("sentences %d and %d, want 1 and 5", len(a.sents), len(b.sents))
	}
	pair := item{kind: itemPair, a0: 0, a1: 1, b0: 0, b1: 2}
	ins := func(j int) item { return item{kind: itemInsert, b0: j, b1: j + 1} }
	tests := []struct {
		name        string
		items, want []item
	}{
		// B's third and fourth sentences are the rest of A's; the fifth
		// is new.
		{"after", []item{pair, ins(2), ins(3), ins(4)},
			[]item{{kind: itemPair, a0: 0, a1: 1, b0: 0, b1: 4}, ins(4)}},
		{"new only", []item{{kind: itemPair, a0: 0, a1: 1, b0: 0, b1: 4}, ins(4)},
			[]item{{kind: itemPair, a0: 0, a1: 1, b0: 0, b1: 4}, ins(4)}},
		{"not next to it", []item{pair, ins(3), ins(4)}, []item{pair, ins(3), ins(4)}},
	}
	for _, tt := range tests {
		if got := absorbRuns(a, b, slices.Clone(tt.items)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: absorbRuns = %v, want %v", tt.name, got, tt.want)
		}
	}
}
