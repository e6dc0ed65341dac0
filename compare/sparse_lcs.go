package compare

import "slices"

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

func statsOf[K seqKey](a, b []K) rangeStats {
	type tally struct{ inA, taken int32 }
	counts := make(map[K]tally, len(a))
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
func sparseLCS[K seqKey](a, b []K) []op {
	pos := make(map[K][]int32, len(a))
	for i, x := range a {
		pos[x] = append(pos[x], int32(i))
	}
	// The matching pairs, by ascending j and, for one j, descending i, so
	// that a strictly increasing run of i takes one match per j.
	var is, js []int32
	for j, y := range b {
		ps := pos[y]
		for p := len(ps) - 1; p >= 0; p-- {
			is, js = append(is, ps[p]), append(js, int32(j))
		}
	}
	var out []op
	pi, pj := 0, 0
	for _, k := range longestIncreasing(is) {
		i, j := int(is[k]), int(js[k])
		emitOp(&out, opDelete, i-pi)
		emitOp(&out, opInsert, j-pj)
		emitOp(&out, opEqual, 1)
		pi, pj = i+1, j+1
	}
	emitOp(&out, opDelete, len(a)-pi)
	emitOp(&out, opInsert, len(b)-pj)
	return out
}

// longestIncreasing returns the indexes, ascending, of a longest strictly
// increasing subsequence of keys (patience sorting, O(n log n)).
func longestIncreasing(keys []int32) []int32 {
	var tails []int32 // tails[l]: the index of the least key ending an increasing run of l+1
	prev := make([]int32, len(keys))
	for k, v := range keys {
		pos, _ := slices.BinarySearchFunc(tails, v, func(t, v int32) int { return int(keys[t]) - int(v) })
		prev[k] = -1
		if pos > 0 {
			prev[k] = tails[pos-1]
		}
		if pos == len(tails) {
			tails = append(tails, int32(k))
		} else {
			tails[pos] = int32(k)
		}
	}
	out := make([]int32, len(tails))
	if len(tails) > 0 {
		for l, t := len(tails)-1, tails[len(tails)-1]; l >= 0; l, t = l-1, prev[t] {
			out[l] = t
		}
	}
	return out
}
