package compare

import (
	"encoding/binary"
	"slices"
	"sync"
)

// pairMemo remembers how each gap's sentences were paired, by the gap's
// unmatched sentences on both sides and the band searched. The second
// alignment pass changes the gaps only around the few sentences it unifies,
// so it pairs those anew and takes the rest from here: the pairing is a
// function of the sentences alone.
type pairMemo struct {
	mu sync.Mutex
	m  map[string][]item
}

func newPairMemo() *pairMemo { return &pairMemo{m: map[string][]item{}} }

// memoKey encodes a gap: the band, then both sides' sentence numbers as
// differences from the one before.
func memoKey(as, bs []int, band int) string {
	buf := make([]byte, 0, 2*(len(as)+len(bs))+8)
	buf = binary.AppendUvarint(buf, uint64(band))
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

// memoMinCells is the least len(as)*len(bs) of a gap worth remembering:
// the many small gaps of a revised text are paired again faster than their
// pairing is copied and stored.
const memoMinCells = 16

// pairDP is pairDPRun, remembered in a.memo when a has one. Items are
// copied in and out: the caller marks moves in its own.
func pairDP(a, b *side, as, bs []int, band int) []item {
	if a.memo == nil || cells(len(as), len(bs)) < memoMinCells {
		return pairDPRun(a, b, as, bs, band)
	}
	key := memoKey(as, bs, band)
	a.memo.mu.Lock()
	its, ok := a.memo.m[key]
	a.memo.mu.Unlock()
	if ok {
		return slices.Clone(its)
	}
	its = pairDPRun(a, b, as, bs, band)
	a.memo.mu.Lock()
	a.memo.m[key] = slices.Clone(its)
	a.memo.mu.Unlock()
	return its
}
