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
	m := newPairMemo()
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
