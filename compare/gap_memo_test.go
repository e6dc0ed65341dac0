package compare

import (
	"slices"
	"testing"
)

// TestMemoKeysApart: no two gaps, nor a gap and a piece of it searched in
// a band, share a key: a whole gap's pairing must never answer for a
// piece's, nor one gap's for another's.
func TestMemoKeysApart(t *testing.T) {
	gaps := []struct {
		as, bs []int
		band   int
	}{
		{[]int{1, 2}, []int{3}, wholeGap},
		{[]int{1, 2}, []int{3}, 0},
		{[]int{1, 2}, []int{3}, chunkBand},
		{[]int{1}, []int{2, 3}, wholeGap},
		{[]int{1, 2, 3}, nil, wholeGap},
		{nil, []int{1, 2, 3}, wholeGap},
		{[]int{2, 3}, []int{4}, wholeGap},
		{[]int{1, 300}, []int{3}, wholeGap},
	}
	seen := map[string]int{}
	for k, g := range gaps {
		key := memoKey(g.as, g.bs, g.band)
		if other, ok := seen[key]; ok {
			t.Errorf("gaps %d and %d share the key %q", other, k, key)
		}
		seen[key] = k
	}
}

// TestMemoRemembersACopy: a gap paired once is answered from the memo,
// with the items first made, whatever the caller did to those it got; a
// gap too small to remember is paired each time.
func TestMemoRemembersACopy(t *testing.T) {
	m := newPairMemo(10, 10)
	calls := 0
	pair := func() []item {
		calls++
		return []item{{kind: itemPair, a0: 1, a1: 3, b0: 4, b1: 5}, {kind: itemDelete, a0: 3, a1: 4}}
	}
	as, bs := []int{1, 2, 3, 4, 5}, []int{4, 5, 6, 7}
	first := m.remembered(as, bs, wholeGap, pair)
	want := slices.Clone(first)
	first[0].kind = itemMove // as findNearMoves marks the caller's own
	again := m.remembered(as, bs, wholeGap, pair)
	if calls != 1 || !slices.Equal(again, want) {
		t.Errorf("after %d pairings got %+v, want %+v", calls, again, want)
	}
	if m.remembered(as, bs, 0, pair); calls != 2 {
		t.Errorf("a piece of the gap searched in a band was answered from the whole gap's pairing")
	}
	small := []int{1}
	m.remembered(small, small, wholeGap, pair)
	m.remembered(small, small, wholeGap, pair)
	if calls != 4 {
		t.Errorf("a gap of one cell was remembered: %d pairings", calls)
	}
	var none *pairMemo
	if none.remembered(as, bs, wholeGap, pair); calls != 5 {
		t.Error("no memo did not pair")
	}
}

// TestMemoWithinAGap: a gap that is a run of a remembered gap's items, as
// the second pass cuts a gap of the first at the pairs it unifies, takes
// those items; a gap that cuts an item, skips one of its sentences, or
// reaches into another gap is paired.
func TestMemoWithinAGap(t *testing.T) {
	whole := []item{
		{kind: itemPair, a0: 0, a1: 1, b0: 0, b1: 1},
		{kind: itemPair, a0: 1, a1: 3, b0: 1, b1: 2}, // a merge
		{kind: itemDelete, a0: 3, a1: 4},
		{kind: itemInsert, b0: 2, b1: 3},
		{kind: itemPair, a0: 4, a1: 5, b0: 3, b1: 5}, // a split
		{kind: itemPair, a0: 5, a1: 6, b0: 5, b1: 6},
	}
	other := []item{{kind: itemPair, a0: 8, a1: 10, b0: 8, b1: 10}}
	tests := []struct {
		name   string
		as, bs []int
		want   []item // nil: paired anew
	}{
		{"between two pairs", []int{1, 2, 3, 4}, []int{1, 2, 3, 4}, whole[1:5]},
		{"a deletion alone", []int{3}, nil, nil}, // too small to remember: paired
		{"from the start", []int{0, 1, 2, 3, 4}, []int{0, 1, 2, 3, 4}, whole[0:5]},
		{"to the end", []int{1, 2, 3, 4, 5}, []int{1, 2, 3, 4, 5}, whole[1:]},
		{"cuts a merge", []int{2, 3, 4}, []int{2, 3, 4}, nil},
		{"cuts a split", []int{3, 4}, []int{2, 3}, nil},
		{"skips a sentence", []int{1, 3, 4}, []int{1, 2, 3, 4}, nil},
		{"reaches another gap", []int{4, 5, 8, 9}, []int{3, 4, 5, 8, 9}, nil},
	}
	for _, tc := range tests {
		m := newPairMemo(12, 12)
		m.remembered([]int{0, 1, 2, 3, 4, 5}, []int{0, 1, 2, 3, 4, 5}, wholeGap, func() []item { return slices.Clone(whole) })
		m.remembered([]int{8, 9}, []int{8, 9, 10, 11}, wholeGap, func() []item { return slices.Clone(other) })
		anew := []item{{kind: itemDelete, a0: -1, a1: -1}}
		got := m.remembered(tc.as, tc.bs, wholeGap, func() []item { return anew })
		want := tc.want
		if want == nil {
			want = anew
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, want)
		}
	}
}
