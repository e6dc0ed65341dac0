package compare

import (
	"encoding/binary"
	"slices"
	"sync"
)

// pairMemo remembers how each gap's sentences were paired, by the gap's
// unmatched sentences on both sides (and the band searched, for a piece of
// a gap). The second alignment pass changes the gaps only around the few
// sentences it unifies, so it pairs those anew and takes the rest from
// here: the pairing is a function of the sentences alone. Whole gaps are
// remembered, so that an unchanged gap costs a look-up, and so are the
// pieces a large gap is paired in, so that a gap the pass cut in two
// pairs again only the paragraphs around the cut.
type pairMemo struct {
	mu sync.Mutex
	m  map[string][]item
}

func newPairMemo() *pairMemo { return &pairMemo{m: map[string][]item{}} }

// memoKey encodes a gap: the band (wholeGap for a whole gap), then both
// sides' sentence numbers as differences from the one before.
func memoKey(as, bs []int, band int) string {
	buf := make([]byte, 0, 2*(len(as)+len(bs))+8)
	buf = binary.AppendVarint(buf, int64(band))
	for _, ids := range [2][]int{as, bs} {
		buf = binary.AppendUvarint(buf, uint64(len(ids)))
		prev := 0
		for _, i := range ids {
			buf = binary.AppendVarint(buf, int64(i-prev))
			prev = i
		}
	}
	return string(buf)
}

// wholeGap stands for the band in the key of a whole gap's pairing.
const wholeGap = -1

// memoMinCells is the least len(as)*len(bs) of a gap worth remembering:
// the many small gaps of a revised text are paired again faster than their
// pairing is copied and stored.
const memoMinCells = 16

// pairDP is pairDPRun, remembered in a.memo when a has one. Items are
// copied in and out: the caller marks moves in its own.
func pairDP(a, b *side, as, bs []int, band int) []item {
	return a.memo.remembered(as, bs, band, func() []item { return pairDPRun(a, b, as, bs, band) })
}

// remembered returns the items remembered for the gap (as, bs) searched
// in band, else those pair makes, which it remembers; with no memo, or
// for a gap too small, it only calls pair.
func (m *pairMemo) remembered(as, bs []int, band int, pair func() []item) []item {
	if m == nil || cells(len(as), len(bs)) < memoMinCells {
		return pair()
	}
	key := memoKey(as, bs, band)
	m.mu.Lock()
	its, ok := m.m[key]
	m.mu.Unlock()
	if ok {
		return slices.Clone(its)
	}
	its = pair()
	m.mu.Lock()
	m.m[key] = slices.Clone(its)
	m.mu.Unlock()
	return its
}
