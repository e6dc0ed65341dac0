package compare

// myersMaxD bounds the edit distance myers explores; past it the caller
// falls back to a bit-parallel LCS (lcsScript), whose cost does not grow
// with the distance. Myers
// keeps every round's paths, O(D²) memory: 512 rounds are about two
// megabytes, and ranges between anchors rarely differ by more.
const myersMaxD = 512

// myers is the greedy O((N+M)·D) algorithm of Myers (1986) over hash
// sequences, keeping each round's furthest-reaching paths so that the edit
// script can be traced back. It returns nil when the distance exceeds
// maxD. It serves the sequence-level diffs (paragraphs, sentences) between
// anchors, where D is small and go-diff's string handling would dominate.
func myers[K seqKey](a, b []K, maxD int) []op {
	n, m := len(a), len(b)
	maxD = min(maxD, n+m)
	// v holds the furthest x on each diagonal k, at v[off+k], for
	// |k| <= dcap+1; it starts small and doubles when d passes dcap, as
	// most ranges end after a few rounds and a large fresh buffer per call
	// costs page faults.
	dcap := min(maxD, 16)
	off := dcap + 1
	v := make([]int32, 2*dcap+3)
	// rounds holds each round's values v[-d-1 .. d+1] back to back:
	// round d starts at d*d+2*d. One flat buffer instead of a slice per
	// round.
	rounds := make([]int32, 0, (dcap+1)*(dcap+1)+2*(dcap+1))
	for d := 0; d <= maxD; d++ {
		if d > dcap {
			ncap := min(maxD, 2*dcap)
			nv := make([]int32, 2*ncap+3)
			copy(nv[ncap-dcap:], v)
			v, off, dcap = nv, ncap+1, ncap
		}
		rounds = append(rounds, v[off-d-1:off+d+2]...)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = int(v[off+k+1]) // down: an insertion
			} else {
				x = int(v[off+k-1]) + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				return myersTrace(rounds, d, n, m)
			}
		}
	}
	return nil
}

// myersTrace walks the saved rounds back from (n, m) and returns the ops
// in order.
func myersTrace(trace []int32, d, n, m int) []op {
	var rev []op
	push := func(kind int8, c int) {
		if c <= 0 {
			return
		}
		if k := len(rev); k > 0 && rev[k-1].kind == kind {
			rev[k-1].n += c
			return
		}
		rev = append(rev, op{kind, c})
	}
	x, y := n, m
	for ; d > 0; d-- {
		snap := trace[d*d+2*d:] // values before round d, indexed k+d+1
		at := func(k int) int { return int(snap[k+d+1]) }
		k := x - y
		var pk int
		if k == -d || k != d && at(k-1) < at(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		// Diagonal run after the edit.
		var sx int
		if pk == k+1 {
			sx = px // insertion: x stays
		} else {
			sx = px + 1
		}
		push(opEqual, x-sx)
		if pk == k+1 {
			push(opInsert, 1)
		} else {
			push(opDelete, 1)
		}
		x, y = px, py
	}
	push(opEqual, x) // the leading diagonal (x == y here)
	out := make([]op, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return normalizeOps(out)
}
