package compare

import "slices"

// smallDiff is the size (len(a)*len(b)) below which a range goes straight
// to a Myers diff; above it, unique common elements anchor the diff first.
const smallDiff = 1 << 16

// diffSeq diffs two long sequences of hashes (paragraphs or sentences) in
// near-linear time: like git's patience diff it takes elements that occur
// exactly once on each side as anchors (see inOrder), keeps the longest
// increasing run of them, and recurses between anchors; ranges that are
// small or have no anchor are diffed by Myers' algorithm (myers.go, or a
// bit-parallel LCS when the distance is large: lcsScript). Anchoring
// bounds the cost of Myers' O(N·D) on long documents with many scattered
// edits.
func diffSeq[K seqKey](a, b []K) []op {
	var out []op
	diffSeqInto(a, b, &out)
	return normalizeOps(out)
}

func emitOp(out *[]op, kind int8, n int) {
	if n <= 0 {
		return
	}
	if k := len(*out); k > 0 && (*out)[k-1].kind == kind {
		(*out)[k-1].n += n
		return
	}
	*out = append(*out, op{kind, n})
}

func diffSeqInto[K seqKey](a, b []K, out *[]op) {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	emitOp(out, opEqual, p)
	a, b = a[p:], b[p:]
	s := 0
	for s < len(a) && s < len(b) && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	a, b = a[:len(a)-s], b[:len(b)-s]
	defer emitOp(out, opEqual, s)
	switch {
	case len(a) == 0 || len(b) == 0:
		emitOp(out, opDelete, len(a))
		emitOp(out, opInsert, len(b))
		return
	case cells(len(a), len(b)) <= smallDiff:
		emitMyers(a, b, out)
		return
	}
	anchors, common := uniqueAnchors(a, b)
	if !common {
		emitOp(out, opDelete, len(a))
		emitOp(out, opInsert, len(b))
		return
	}
	if len(anchors) == 0 {
		emitMyers(a, b, out)
		return
	}
	pi, pj := 0, 0
	for _, an := range anchors {
		diffSeqInto(a[pi:an[0]], b[pj:an[1]], out)
		emitOp(out, opEqual, 1)
		pi, pj = an[0]+1, an[1]+1
	}
	diffSeqInto(a[pi:], b[pj:], out)
}

// uniqueAnchors returns the longest increasing chain of (i, j) pairs where
// a[i] == b[j] occurs exactly once in each, and whether a and b share any
// element at all. When the unique pairs do not lie nearly all in one
// order (see inOrder), only those whose neighbours agree are chained.
func uniqueAnchors[K seqKey](a, b []K) ([][2]int, bool) {
	// Per distinct element of a: its count in a, in b, and its last
	// place in b.
	t := newKeyTable(a)
	ca, cb := make([]int32, t.distinct), make([]int32, t.distinct)
	at := make([]int32, t.distinct)
	for _, x := range a {
		ca[t.find(x)]++
	}
	common := false
	for j, x := range b {
		if k := t.find(x); k >= 0 {
			cb[k]++
			at[k] = int32(j)
			common = true
		}
	}
	cands := make([][2]int, 0, min(len(a), len(b)))
	for i, x := range a {
		if k := t.find(x); ca[k] == 1 && cb[k] == 1 {
			cands = append(cands, [2]int{i, int(at[k])})
		}
	}
	if chain := increasingChain(cands); inOrder(len(chain), len(cands)) {
		return chain, common
	}
	agreeing := slices.DeleteFunc(cands, func(c [2]int) bool { return !agrees(a, b, c[0], c[1]) })
	return increasingChain(agreeing), common
}

// Unique pairs in order. In a text the unique elements are mostly
// unchanged sentences and paragraphs, in the same order on both sides
// but for a few moved ones; their chain holds nearly all of them. Where
// most elements repeat (a list of common words, a paragraph a word), the
// few unique pairs are mostly edits, a word deleted here and inserted
// there, scattered: their chain holds few of them (about twice the
// square root of their number), and taken as anchors it bends the
// alignment far off its course, all between them deleted on one side and
// inserted on the other. Then only pairs whose neighbours agree anchor.
// orderedShare and minOrdered were set on the bench pairs (the chain
// holds nearly all the unique pairs of their paragraphs and sentences)
// and on
// TestDiffSeqStrayUniques (of ten strays, the chain may hold half by
// chance; of sixteen, not nine in ten).
const (
	orderedShare = 0.9
	minOrdered   = 16
)

// inOrder reports a chain of n of the m unique pairs as the order of a
// text: at least minOrdered pairs, orderedShare of them chained.
func inOrder(n, m int) bool { return m >= minOrdered && float64(n) >= orderedShare*float64(m) }

// increasingChain returns the longest chain of cands increasing in both
// places (cands is in increasing order of the first).
func increasingChain(cands [][2]int) [][2]int {
	if len(cands) == 0 {
		return nil
	}
	js := make([]int32, len(cands))
	for k, c := range cands {
		js[k] = int32(c[1])
	}
	lis := longestIncreasing(js)
	chain := make([][2]int, len(lis))
	for l, k := range lis {
		chain[l] = cands[k]
	}
	return chain
}

// agrees reports whether the unique pair a[i] == b[j] has equal
// neighbours on both sides (or is at the ends of both): a pair in
// unchanged text does, unless an edit touches it, and the diff between
// the anchors around it then finds it all the same. One equal neighbour
// may be chance where few elements are distinct.
func agrees[K seqKey](a, b []K, i, j int) bool {
	before := i == 0 && j == 0 || i > 0 && j > 0 && a[i-1] == b[j-1]
	after := i == len(a)-1 && j == len(b)-1 || i+1 < len(a) && j+1 < len(b) && a[i+1] == b[j+1]
	return before && after
}

// emitMyers diffs a range with myers when its edit distance is small, with
// sparseLCS when its equal pairs are few, with lcsScript when the range is
// moderate, and otherwise cuts it into windows along the diagonal, each
// diffed on its own (with anchors unique inside the window), so that cost
// stays bounded on huge ranges with many edits and no unique element (one
// long line of common words).
func emitMyers[K seqKey](a, b []K, out *[]op) {
	// A long range is measured first: when its edit distance must exceed
	// myersMaxD, the Myers search is not started (on ten copies of one
	// text, few paragraphs are unique and the ranges between anchors are
	// long).
	var st rangeStats
	measured := len(a)+len(b) > 2*myersMaxD
	if measured {
		st = statsOf(a, b)
	}
	var ops []op
	if !measured || st.minDistance() <= myersMaxD {
		ops = myers(a, b, myersMaxD)
	}
	if ops == nil {
		if !measured {
			st = statsOf(a, b)
		}
		if st.sparse() {
			ops = sparseLCS(a, b)
		} else if cells(len(a), len(b)) <= maxScriptCells {
			ops = lcsScript(a, b)
		}
	}
	if ops == nil {
		k := (max(len(a), len(b)) + window - 1) / window
		for w := 0; w < k; w++ {
			diffSeqInto(a[w*len(a)/k:(w+1)*len(a)/k], b[w*len(b)/k:(w+1)*len(b)/k], out)
		}
		return
	}
	for _, o := range ops {
		emitOp(out, o.kind, o.n)
	}
}

// maxScriptCells bounds len(a)*len(b) for lcsScript, whose rows take a
// bit per cell: 8 MB, and a few milliseconds. A larger range with no
// anchor is cut into diagonal windows, so that its time and memory grow
// linearly, at the price of a script that may not be the shortest across
// a window's edge.
const maxScriptCells = 1 << 26

// window is the size of the diagonal windows huge ranges are cut into: a
// window of window elements a side is a quarter of maxScriptCells, so that
// windows of unequal sides fit too, and an edit near a window's edge is
// seen from both sides.
const window = 4_000
