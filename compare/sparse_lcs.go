package compare

import "sort"

// sparseMatchFactor bounds, as a multiple of len(a)+len(b), the matching
// pairs (i, j with a[i] == b[j]) for which sparseLCS is used.
const sparseMatchFactor = 8

// rangeStats describes two sequences for the choice of a diff: the pairs
// (i, j) with a[i] == b[j], counted up to a limit, and how many elements
// they have in common as multisets, which bounds their LCS from above and
// so their edit distance from below.
type rangeStats struct {
	pairs, common int
	n             int // len(a) + len(b)
}

func statsOf(a, b []uint64) rangeStats {
	type tally struct{ inA, taken int32 }
	counts := make(map[uint64]tally, len(a))
	for _, x := range a {
		t := counts[x]
		t.inA++
		counts[x] = t
	}
	st := rangeStats{n: len(a) + len(b)}
	limit := sparseMatchFactor * st.n
	for _, y := range b {
		t, ok := counts[y]
		if !ok {
			continue
		}
		st.pairs = min(st.pairs+int(t.inA), limit+1)
		if t.taken < t.inA {
			t.taken++
			counts[y] = t
			st.common++
		}
	}
	return st
}

// minDistance is a lower bound on the edit distance.
func (st rangeStats) minDistance() int { return st.n - 2*st.common }

// sparse reports whether the sequences are better diffed by sparseLCS
// than by a Myers search: they have few matching pairs, and at least half
// their elements have no counterpart at all, so that the edit distance,
// which Myers' O(N·D) pays for, is at least half their length, while Hunt
// and Szymanski's O(r log N) is small.
func (st rangeStats) sparse() bool {
	return st.pairs <= sparseMatchFactor*st.n && 4*st.common <= st.n
}

// sparseLCS returns a shortest edit script between a and b by the
// algorithm of Hunt and Szymanski (1977): a longest common subsequence
// found from the matching pairs alone, in O((r + N) log N) for r pairs.
func sparseLCS(a, b []uint64) []op {
	pos := make(map[uint64][]int32, len(a))
	for i, x := range a {
		pos[x] = append(pos[x], int32(i))
	}
	// node is a match ending a common subsequence; prev is the node before
	// it (-1 for none).
	type node struct{ i, j, prev int32 }
	var nodes []node
	var tails []int32 // tails[k]: the node with the least i ending a subsequence of length k+1
	for j, y := range b {
		ps := pos[y]
		for p := len(ps) - 1; p >= 0; p-- { // descending i: one match per j
			i := ps[p]
			k := sort.Search(len(tails), func(t int) bool { return nodes[tails[t]].i >= i })
			prev := int32(-1)
			if k > 0 {
				prev = tails[k-1]
			}
			nodes = append(nodes, node{i, int32(j), prev})
			if k == len(tails) {
				tails = append(tails, int32(len(nodes)-1))
			} else {
				tails[k] = int32(len(nodes) - 1)
			}
		}
	}
	chain := make([]node, len(tails))
	if len(tails) > 0 {
		for k, t := len(tails)-1, tails[len(tails)-1]; k >= 0; k, t = k-1, nodes[t].prev {
			chain[k] = nodes[t]
		}
	}
	var out []op
	pi, pj := 0, 0
	for _, c := range chain {
		emitOp(&out, opDelete, int(c.i)-pi)
		emitOp(&out, opInsert, int(c.j)-pj)
		emitOp(&out, opEqual, 1)
		pi, pj = int(c.i)+1, int(c.j)+1
	}
	emitOp(&out, opDelete, len(a)-pi)
	emitOp(&out, opInsert, len(b)-pj)
	return out
}
