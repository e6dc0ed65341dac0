package crosslang

import "slices"

// band is the part of the (source, target) grid that the search visits:
// node (i, j), i source units and j target units consumed, lies in the
// band when lo[i] <= j <= hi[i]. Both bounds never decrease with i.
type band struct {
	lo, hi []int
	m      int // target units
}

// point is a node of the grid on a path.
type point struct{ i, j int }

// fullBand is the whole grid.
func fullBand(n, m int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1), m: m}
	for i := range b.hi {
		b.hi[i] = m
	}
	return b
}

// bandAround is the band of half-width w around the path through pts,
// which run in order from (0, 0) to (n, m); between two points the path is
// the straight line.
func bandAround(pts []point, n, m, w int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1), m: m}
	for i := range b.lo {
		b.lo[i], b.hi[i] = m, 0
	}
	mark := func(i, j int) {
		b.lo[i] = min(b.lo[i], j)
		b.hi[i] = max(b.hi[i], j)
	}
	for k := 1; k < len(pts); k++ {
		p, q := pts[k-1], pts[k]
		if p.i == q.i {
			mark(p.i, p.j)
			mark(q.i, q.j)
			continue
		}
		for i := p.i; i <= q.i; i++ {
			num := (q.j - p.j) * (i - p.i)
			d := q.i - p.i
			mark(i, p.j+num/d)
			mark(i, p.j+(num+d-1)/d)
		}
	}
	for i := range b.lo {
		b.lo[i] = max(0, b.lo[i]-w)
		b.hi[i] = min(m, b.hi[i]+w)
	}
	b.monotone()
	return b
}

// beadsBand is the band made of the rectangles of the beads between
// consecutive nodes of path.
func beadsBand(path []point, n, m int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1), m: m}
	for i := range b.lo {
		b.lo[i] = m
	}
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		for i := p.i; i <= q.i; i++ {
			b.lo[i], b.hi[i] = min(b.lo[i], p.j), max(b.hi[i], q.j)
		}
	}
	b.monotone()
	return b
}

// cells is the number of nodes in the band.
func (b band) cells() int {
	n := 0
	for i := range b.lo {
		n += b.hi[i] - b.lo[i] + 1
	}
	return n
}

// touched returns the rows where the path runs along an edge of the band
// that is not an edge of the grid, so that a wider band might find a
// better path there.
func (b band) touched(path []point) []int {
	var rows []int
	for _, p := range path {
		if p.j == b.lo[p.i] && b.lo[p.i] > 0 && p.i > 0 || p.j == b.hi[p.i] && b.hi[p.i] < b.m && p.i < len(b.lo)-1 {
			rows = append(rows, p.i)
		}
	}
	return rows
}

// widen returns b widened by w on both sides in the rows within w of the
// given ones.
func (b band) widen(rows []int, w int) band {
	n := len(b.lo) - 1
	out := band{lo: slices.Clone(b.lo), hi: slices.Clone(b.hi), m: b.m}
	for _, r := range rows {
		for i := max(0, r-w); i <= min(n, r+w); i++ {
			out.lo[i] = max(0, b.lo[i]-w)
			out.hi[i] = min(b.m, b.hi[i]+w)
		}
	}
	out.monotone()
	return out
}

// within returns the part of b inside o, row by row; a row where the two
// do not meet keeps b's.
func (b band) within(o band) band {
	out := band{lo: slices.Clone(b.lo), hi: slices.Clone(b.hi), m: b.m}
	for i := range out.lo {
		if lo, hi := max(b.lo[i], o.lo[i]), min(b.hi[i], o.hi[i]); lo <= hi {
			out.lo[i], out.hi[i] = lo, hi
		}
	}
	out.monotone()
	return out
}

// monotone makes both bounds non-decreasing, widening where needed, and
// keeps consecutive rows connected.
func (b band) monotone() {
	n := len(b.lo) - 1
	b.lo[0], b.hi[n] = 0, b.m
	for i := n - 1; i >= 0; i-- {
		b.lo[i] = min(b.lo[i], b.lo[i+1])
	}
	for i := 1; i <= n; i++ {
		b.hi[i] = max(b.hi[i], b.hi[i-1])
	}
	// A steep stretch (many target units for one source unit) must stay
	// connected from one row to the next.
	for i := 0; i < n; i++ {
		b.hi[i] = max(b.hi[i], b.lo[i+1])
	}
}

// maxAnchorDF is the most units a key may occur in, on each side, to
// anchor: a key found equally often on both sides (up to this) pairs its
// occurrences in order, first with first. A book in two parts, or a name
// in two chapters, still anchors where a key found once would not.
const maxAnchorDF = 3

// anchors returns the longest chain, in order on both sides, of the pairs
// (i, j) of units that share a rare key found as often on each side, less
// those that stray from their neighbours. Such keys are rare names,
// numbers and cognates; a number as common as "1" anchors nothing.
func anchors(src, tgt *side, nKeys int) []point {
	s := occurrences(src, nKeys)
	t := occurrences(tgt, nKeys)
	var cand []point
	for k := range s {
		if n := len(s[k]); n > 0 && n <= maxAnchorDF && len(t[k]) == n {
			for x := range n {
				cand = append(cand, point{int(s[k][x]), int(t[k][x])})
			}
		}
	}
	return smoothChain(longestChain(cand), len(src.units), len(tgt.units))
}

// occurrences lists, for each key, the units it occurs in (in order),
// stopping past maxAnchorDF.
func occurrences(sd *side, nKeys int) [][]int32 {
	o := make([][]int32, nKeys)
	for u := range sd.units {
		for _, id := range sd.units[u].types {
			for _, k := range sd.types[id].keys {
				l := o[k]
				if len(l) <= maxAnchorDF && (len(l) == 0 || l[len(l)-1] != int32(u)) {
					o[k] = append(l, int32(u))
				}
			}
		}
	}
	return o
}

// pathThrough returns the path points from (0, 0) through the anchors to
// (n, m).
func pathThrough(chain []point, n, m int) []point {
	pts := make([]point, 0, 2*len(chain)+2)
	pts = append(pts, point{0, 0})
	for _, p := range chain {
		// A 1:1 bead at the anchor: the path passes (i, j) and (i+1, j+1).
		pts = append(pts, p, point{p.i + 1, p.j + 1})
	}
	return append(pts, point{n, m})
}

// longestChain returns the longest subsequence of pts strictly increasing
// in both i and j (patience sorting, O(k log k)).
func longestChain(pts []point) []point {
	if len(pts) == 0 {
		return nil
	}
	sortPoints(pts)
	tails := []int{} // index into pts of the smallest tail j of each chain length
	prev := make([]int, len(pts))
	for x, p := range pts {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if pts[tails[mid]].j < p.j {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[x] = -1
		if lo > 0 {
			prev[x] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	out := make([]point, len(tails))
	for k, x := len(tails)-1, tails[len(tails)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = pts[x]
	}
	return out
}

func sortPoints(pts []point) {
	slices.SortFunc(pts, func(a, b point) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return b.j - a.j
	})
}

// smoothChain drops anchors that leave the line through their neighbours
// by more than anchorSlack of the distance between those neighbours (plus
// anchorMinSlack units): a chance match of a rare word pulls the path off
// its course where a true anchor agrees with the ones around it.
func smoothChain(chain []point, n, m int) []point {
	for round := 0; round < 2 && len(chain) > 2; round++ {
		out := chain[:0:0]
		for k, p := range chain {
			a, b := point{0, 0}, point{n, m}
			if k > 0 {
				a = chain[k-1]
			}
			if k+1 < len(chain) {
				b = chain[k+1]
			}
			di := b.i - a.i
			if di <= 0 {
				continue
			}
			want := a.j + (b.j-a.j)*(p.i-a.i)/di
			if abs(p.j-want) <= anchorMinSlack+int(anchorSlack*float64(max(di, b.j-a.j))) {
				out = append(out, p)
			}
		}
		chain = out
	}
	return chain
}

// Anchor smoothing, tuned on Anna Karenina vol. 1 so that the first band
// needs no widening.
const (
	anchorSlack    = 0.25
	anchorMinSlack = 4
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
