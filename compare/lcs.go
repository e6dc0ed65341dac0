package compare

import (
	"math/bits"
	"slices"
)

// seqKey is what the sequence algorithms compare: a token's key number
// (uint32) or a sentence's hash (uint64).
type seqKey interface{ ~uint32 | ~uint64 }

// lcsLength is the length of the longest common subsequence of x and y
// when it is need or more; below need it may stop early and return any
// smaller number. It uses the bit-parallel algorithm of Allison and Dix
// (1986) in Hyyrö's form (2004): a bit per element of x, a few word
// operations per element of y, so O(|x|·|y|/64) whatever the two have in
// common. The sentence pairer asks it for groups of sentences, where an
// O(N·D) search is slowest on exactly the dissimilar groups it most often
// has to rule out; those stop once the elements of y left cannot lift the
// length to need.
func lcsLength[K seqKey](x, y []K, need int) int {
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	if len(x) > len(y) {
		x, y = y, x // the shorter in bits: fewer words, more often one
	}
	if len(x) <= 64 {
		return lcsLengthSmall(x, y, need)
	}
	mm := newMatchMasks(x)
	nw := mm.words
	v := make([]uint64, nw)
	for w := range v {
		v[w] = ^uint64(0)
	}
	// Bits past x's end never match, but carries reach them: they are
	// counted as set.
	var tail uint64
	if r := len(x) % 64; r != 0 {
		tail = ^uint64(0) << r
	}
	// The zeros of v are the LCS of x and the rows of y so far. Counting
	// them costs a pass over v, so they are counted only when need may
	// have become out of reach: the length never falls, so while the one
	// last counted plus the rows left reaches need, so does the true one.
	zeros := func() int {
		n := 0
		for w, word := range v {
			if w == nw-1 {
				word |= tail
			}
			n += bits.OnesCount64(^word)
		}
		return n
	}
	length := 0 // the LCS of x and y[:j], counted at some row up to j
	for j, c := range y {
		if length+len(y)-j < need {
			if length = zeros(); length+len(y)-j < need {
				return length // cannot reach need
			}
		}
		if m := mm.of(c); m != nil { // no match leaves v as it is
			advanceRow(v, v, m)
		}
	}
	return zeros()
}

// matchMasks holds, for each distinct element of a sequence x, a bit
// vector of where it occurs in x: the bit-parallel LCS's match masks.
type matchMasks[K seqKey] struct {
	t     keyTable[K]
	words int      // words per mask: len(x)/64 rounded up
	masks []uint64 // masks[k*words:(k+1)*words]: where element k occurs
}

func newMatchMasks[K seqKey](x []K) matchMasks[K] {
	mm := matchMasks[K]{t: newKeyTable(x), words: (len(x) + 63) / 64}
	mm.masks = make([]uint64, mm.t.distinct*mm.words)
	for i, v := range x {
		k := mm.t.find(v)
		mm.masks[k*mm.words+i/64] |= 1 << (i % 64)
	}
	return mm
}

// of returns c's mask, nil where c does not occur in x.
func (mm *matchMasks[K]) of(c K) []uint64 {
	k := mm.t.find(c)
	if k < 0 {
		return nil
	}
	return mm.masks[k*mm.words : (k+1)*mm.words]
}

// advanceRow sets dst to the row V after one more element of y whose
// match mask is m, from src, the row before it (dst may be src): V = (V
// + U) | (V - U) with U = V & M, carried across words.
func advanceRow(dst, src, m []uint64) {
	var carry, borrow uint64
	for w := range dst {
		u := src[w] & m[w]
		sum, c1 := bits.Add64(src[w], u, carry)
		diff, b1 := bits.Sub64(src[w], u, borrow)
		dst[w], carry, borrow = sum|diff, c1, b1
	}
}

// lcsLengthSmall is lcsLength for an x of at most 64 elements, the
// sentence groups' usual size: one word of bits, and x's elements in a
// table on the stack whose slots hold their masks directly, so that the
// many groups ruled out allocate nothing.
func lcsLengthSmall[K seqKey](x, y []K, need int) int {
	const slots = 128 // at least twice len(x)
	var keys [slots]K
	var masks [slots]uint64
	slot := func(v K) int {
		s := int((uint64(v) * goldenRatio64) >> (64 - 7))
		for masks[s] != 0 && keys[s] != v {
			s = (s + 1) & (slots - 1)
		}
		return s
	}
	for i, v := range x {
		s := slot(v)
		keys[s] = v
		masks[s] |= 1 << i
	}
	// As in lcsLength; bits past x's end count as set.
	var tail uint64
	if len(x) < 64 {
		tail = ^uint64(0) << len(x)
	}
	v := ^uint64(0)
	length := 0
	for j, c := range y {
		if length+len(y)-j < need {
			return length
		}
		m := masks[slot(c)]
		if m == 0 {
			continue
		}
		u := v & m
		v = (v + u) | (v - u)
		length = bits.OnesCount64(^(v | tail))
	}
	return length
}

// keyTable numbers the distinct elements of a short sequence, for lookups
// faster than a search of the sorted elements: open addressing in a table
// of at least twice as many slots.
type keyTable[K seqKey] struct {
	keys     []K
	index    []int32 // index[s]: the number of keys[s], -1 for an empty slot
	shift    uint
	distinct int
}

func newKeyTable[K seqKey](x []K) keyTable[K] {
	size, shift := 4, uint(62)
	for size < 2*len(x) {
		size *= 2
		shift--
	}
	t := keyTable[K]{keys: make([]K, size), index: make([]int32, size), shift: shift}
	for s := range t.index {
		t.index[s] = -1
	}
	for _, v := range x {
		s := t.slot(v)
		if t.index[s] < 0 {
			t.keys[s], t.index[s] = v, int32(t.distinct)
			t.distinct++
		}
	}
	return t
}

// slot is where v is or would go.
func (t *keyTable[K]) slot(v K) int {
	mask := len(t.keys) - 1
	s := int((uint64(v) * goldenRatio64) >> t.shift)
	for t.index[s] >= 0 && t.keys[s] != v {
		s = (s + 1) & mask
	}
	return s
}

// find returns v's number, or -1 when v is not in the table.
func (t *keyTable[K]) find(v K) int { return int(t.index[t.slot(v)]) }

// lcsScript is a shortest edit script from a to b: lcsLength's
// bit-parallel rows, one kept for each element of b, then a walk back
// through them. It costs O(|a|·|b|/64) time and |a|·|b|/64 words whatever
// the two have in common, where a Myers bisection costs O((|a|+|b|)·D)
// and is slowest on ranges of a few distinct elements heavily edited (a
// list of short repeated lines, reordered). Where both an element of a
// and one of b may go, the walk back matches elements as late as it can.
func lcsScript[K seqKey](a, b []K) []op {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		var out []op
		emitOp(&out, opDelete, n)
		emitOp(&out, opInsert, m)
		return out
	}
	mm := newMatchMasks(a)
	nw := mm.words
	// rows[j*nw:(j+1)*nw] is V after b[:j]: bit i clear where the LCS of
	// a[:i+1] and b[:j] is one longer than that of a[:i] and b[:j].
	rows := make([]uint64, (m+1)*nw)
	for w := range nw {
		rows[w] = ^uint64(0)
	}
	for j, c := range b {
		prev, cur := rows[j*nw:(j+1)*nw], rows[(j+1)*nw:(j+2)*nw]
		if m := mm.of(c); m != nil {
			advanceRow(cur, prev, m)
		} else {
			copy(cur, prev)
		}
	}
	// From (n, m) back: equal elements are matched (the LCS of the
	// prefixes is then one longer than without them); otherwise a[i-1] is
	// deleted where the LCS of a[:i-1] and b[:j] is as long as that of
	// a[:i] and b[:j], and b[j-1] inserted where it is not.
	var rev []op
	i, j := n, m
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			emitOp(&rev, opEqual, 1)
			i, j = i-1, j-1
		case rows[j*nw+(i-1)/64]>>((i-1)%64)&1 == 1:
			emitOp(&rev, opDelete, 1)
			i--
		default:
			emitOp(&rev, opInsert, 1)
			j--
		}
	}
	emitOp(&rev, opDelete, i)
	emitOp(&rev, opInsert, j)
	slices.Reverse(rev)
	return rev
}
