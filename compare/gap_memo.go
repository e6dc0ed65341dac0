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
//
// A gap of the second pass may also lie inside one of the first, between
// two of its items: the edited sentences the pass unifies beside a move
// were pairs of the first pass, and now cut its gap. Such a gap takes the
// first pass's items between the cuts (see within), the pairing of its
// sentences that the larger gap's search found. In a text rewritten
// throughout, a few moves cut every large gap they touch so.
type pairMemo struct {
	mu sync.Mutex
	m  map[string][]item
	// gaps holds the whole gaps' pairings; atA[i] and atB[j] say which
	// item of which gap holds sentence i of the base and j of the other
	// version (a zero gap for none).
	gaps     [][]item
	atA, atB []itemAt
}

// itemAt is item idx of gaps[gap-1].
type itemAt struct{ gap, idx int32 }

// newPairMemo makes the memo of a pair whose base has na sentences and
// whose other version has nb.
func newPairMemo(na, nb int) *pairMemo {
	return &pairMemo{m: map[string][]item{}, atA: make([]itemAt, na), atB: make([]itemAt, nb)}
}

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
	if !ok && band == wholeGap {
		its, ok = m.within(as, bs)
	}
	m.mu.Unlock()
	if ok {
		return slices.Clone(its)
	}
	its = pair()
	m.mu.Lock()
	m.m[key] = slices.Clone(its)
	if band == wholeGap {
		m.index(m.m[key])
	}
	m.mu.Unlock()
	return its
}

// index records the items of a whole gap in atA and atB. The gaps of a
// pass share no sentence, so a gap of the second pass overwrites only its
// own sentences' entries, which no other gap of that pass asks for.
func (m *pairMemo) index(its []item) {
	m.gaps = append(m.gaps, its)
	g := int32(len(m.gaps))
	for k, it := range its {
		at := itemAt{g, int32(k)}
		if it.kind != itemInsert {
			for i := it.a0; i < it.a1 && i < len(m.atA); i++ {
				m.atA[i] = at
			}
		}
		if it.kind != itemDelete {
			for j := it.b0; j < it.b1 && j < len(m.atB); j++ {
				m.atB[j] = at
			}
		}
	}
}

// within returns the items of a remembered whole gap that pair exactly
// the sentences as and bs: a run of its items from the one that holds the
// first of them, each of whose sentences come next in as and bs, in
// order, until none is left. It reports false where no such run is.
func (m *pairMemo) within(as, bs []int) ([]item, bool) {
	var at itemAt
	switch {
	case len(as) > 0 && len(bs) > 0:
		x, y := m.atA[as[0]], m.atB[bs[0]]
		if x.gap != y.gap {
			return nil, false
		}
		at = itemAt{x.gap, min(x.idx, y.idx)}
	case len(as) > 0:
		at = m.atA[as[0]]
	case len(bs) > 0:
		at = m.atB[bs[0]]
	}
	if at.gap == 0 {
		return nil, false
	}
	its := m.gaps[at.gap-1]
	ia, ib := 0, 0
	k := int(at.idx)
	for ; k < len(its) && (ia < len(as) || ib < len(bs)); k++ {
		it := its[k]
		var na, nb int
		switch it.kind {
		case itemPair:
			na, nb = it.a1-it.a0, it.b1-it.b0
		case itemDelete:
			na = it.a1 - it.a0
		case itemInsert:
			nb = it.b1 - it.b0
		default:
			return nil, false
		}
		if !runAt(as, ia, it.a0, na) || !runAt(bs, ib, it.b0, nb) {
			return nil, false
		}
		ia, ib = ia+na, ib+nb
	}
	if ia < len(as) || ib < len(bs) {
		return nil, false
	}
	return its[at.idx:k], true
}

// runAt reports whether ids[i:i+n], of a gap's sentences in order, are
// the n sentences from first on.
func runAt(ids []int, i, first, n int) bool {
	return n == 0 || i+n <= len(ids) && ids[i] == first && ids[i+n-1] == first+n-1
}
