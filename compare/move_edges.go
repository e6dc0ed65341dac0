package compare

import (
	"cmp"
	"slices"
	"sort"
)

// Runs at a move's edge. A sentence the alignment moved can take along a
// piece the engine cut differently on the two sides ("… Leiter der
// Gruppe, Prof." before a name in A, before the next sentence in B): the
// piece shows as a deletion at the move's edge in A and an insertion
// where it stayed in B. Such sides take part in the equal-runs pass,
// taken from the move's edge, which then gives up the run's span; a run
// that starts a deleted and an inserted side at one place is no change
// at all; and a piece too short for a seed ("7." before a list item) is
// matched with a change of the same tokens next to where it sits.

// changeIndex finds a pair's changes by their spans.
type changeIndex struct {
	cs       []Change
	moves    []int       // indexes of the moves in cs
	movesA   moveOrder   // the moves by their spans in A, for holding
	movesB   moveOrder   // and in B
	byA, byB changeOrder // the other changes, made on first use
	// shortEdges are the sides at a move's edge too short to hold a seed
	// ("7." cut off a list item), for restoreShortEdges.
	shortEdges []editSide
}

// orders returns the changes other than moves in order of their spans in
// A and in B. It is not safe for concurrent use.
func (ix *changeIndex) orders() (byA, byB changeOrder) {
	if ix.byA == nil {
		ix.byA, ix.byB = orderBy(ix.cs, spanA), orderBy(ix.cs, spanB)
	}
	return ix.byA, ix.byB
}

func spanA(c Change) (int, int) { return c.AStart, c.AEnd }
func spanB(c Change) (int, int) { return c.BStart, c.BEnd }

// samePlace reports whether deleted side d and inserted side in sit at
// one place: the insertion is anchored in A next to the deletion, or the
// deletion in B next to the insertion, only white space between (a side
// at a move's edge reaches over the move, which went elsewhere); the
// samePlaceContext tokens before them are equal in A and B; and no other
// change touches those tokens or the gap up to the sides.
func (e *emitter) samePlace(ix *changeIndex, d, in *editSide) bool {
	dc, ic := ix.cs[d.change], ix.cs[in.change]
	a0, a1 := dc.AStart, dc.AEnd
	if d.move >= 0 {
		a0, a1 = min(a0, ix.cs[d.move].AStart), max(a1, ix.cs[d.move].AEnd)
	}
	b0, b1 := ic.BStart, ic.BEnd
	if in.move >= 0 {
		b0, b1 = min(b0, ix.cs[in.move].BStart), max(b1, ix.cs[in.move].BEnd)
	}
	if !e.touchesA(ic.AStart, a0, a1) && !e.touchesB(dc.BStart, b0, b1) {
		return false
	}
	// A side at the end of its move stands, once the move went away,
	// where the move started: its context comes before the move.
	pa, pb := int(d.toks[0].start), int(in.toks[0].start)
	if d.move >= 0 && d.atEnd {
		pa = ix.cs[d.move].AStart
	}
	if in.move >= 0 && in.atEnd {
		pb = ix.cs[in.move].BStart
	}
	ta, tb := e.a.tokenFrom(pa), e.b.tokenFrom(pb)
	n, ok := e.sameContext(ta, tb)
	if !ok {
		return false
	}
	byA, byB := ix.orders()
	skip := [2]int{d.change, in.change} // each is anchored where the other sits
	return !byA.within(ix.cs, ix.moves, int(e.a.toks[ta-n].start), pa, skip, spanA) &&
		!byB.within(ix.cs, ix.moves, int(e.b.toks[tb-n].start), pb, skip, spanB)
}

// samePlaceContext is how many equal, unchanged tokens before a deleted
// and an inserted run put them at one place.
const samePlaceContext = 3

// sameContext reports whether the tokens before e.a.toks[ta] and
// e.b.toks[tb] put them at one place, and how many it compared: the
// samePlaceContext tokens before them are equal. Fewer tokens may come
// before them, at the start of the text or after paragraphs equal in both
// (which the prefilter leaves untokenised): then the two must stand as
// far into the tokens, after equal ones and equal text.
func (e *emitter) sameContext(ta, tb int) (n int, ok bool) {
	n = min(ta, tb, samePlaceContext)
	if n < samePlaceContext && (ta != tb || e.a.text[:e.a.toks[0].start] != e.b.text[:e.b.toks[0].start]) {
		return 0, false
	}
	for k := 1; k <= n; k++ {
		if e.a.toks[ta-k].key != e.b.toks[tb-k].key {
			return 0, false
		}
	}
	return n, true
}

// newChangeIndex indexes cs, whose moves are at moves.
func newChangeIndex(cs []Change, moves []int) *changeIndex {
	return &changeIndex{cs: cs, moves: moves,
		movesA: newMoveOrder(cs, moves, spanA), movesB: newMoveOrder(cs, moves, spanB)}
}

// holding returns the move whose span holds c, or -1 when c is inside no
// move; ok is false when c touches a move but no single move holds it on
// its own text (A for a deletion, B for an insertion). The moves touching
// c are found by binary search: scanning every move for each change is
// quadratic when a text has many moves.
func (ix *changeIndex) holding(c Change) (m int, ok bool) {
	var inA, inB [4]int
	touching := ix.movesA.touching(ix.cs, c.AStart, c.AEnd, spanA, inA[:0])
	for _, k := range ix.movesB.touching(ix.cs, c.BStart, c.BEnd, spanB, inB[:0]) {
		if !slices.Contains(touching, k) {
			touching = append(touching, k)
		}
	}
	m = -1
	for _, k := range touching {
		mv := ix.cs[k]
		own := c.Kind == Delete && mv.AStart <= c.AStart && c.AEnd <= mv.AEnd && c.AStart < mv.AEnd && mv.AStart < c.AEnd ||
			c.Kind == Insert && mv.BStart <= c.BStart && c.BEnd <= mv.BEnd && c.BStart < mv.BEnd && mv.BStart < c.BEnd
		if m >= 0 || !own {
			return -1, false
		}
		m = k
	}
	return m, true
}

// moveOrder is a change list's moves in order of their spans on one
// side, with the largest end so far, to find the moves a span overlaps
// (moves do not overlap on a side, but the search does not rely on it).
type moveOrder struct {
	idx    []int // indexes in cs, by start
	maxEnd []int // maxEnd[i]: the largest end among idx[:i+1]
}

func newMoveOrder(cs []Change, moves []int, spanOf func(Change) (int, int)) moveOrder {
	idx := byStart(cs, slices.Clone(moves), spanOf)
	o := moveOrder{idx: idx, maxEnd: make([]int, len(idx))}
	for i, k := range idx {
		_, end := spanOf(cs[k])
		o.maxEnd[i] = end
		if i > 0 {
			o.maxEnd[i] = max(end, o.maxEnd[i-1])
		}
	}
	return o
}

// touching appends to out the moves whose spans overlap [s, e) as
// moveHolding tests it (start < e and s < end) and returns out.
func (o moveOrder) touching(cs []Change, s, e int, spanOf func(Change) (int, int), out []int) []int {
	j := sort.Search(len(o.idx), func(i int) bool {
		start, _ := spanOf(cs[o.idx[i]])
		return start >= e
	})
	for i := j - 1; i >= 0 && o.maxEnd[i] > s; i-- {
		if _, end := spanOf(cs[o.idx[i]]); s < end {
			out = append(out, o.idx[i])
		}
	}
	return out
}

// edgeSide reports whether change cs[k], inside move cs[m], is a deletion
// at the start or end of the move's text in A, or an insertion at either
// end of its text in B, with no other change between it and that end. A
// sentence moved with a piece the engine cut differently ("… Leiter der
// Gruppe, Prof." before it in A, after it in B) leaves the piece deleted
// at the move's edge and inserted where it stayed: taken whole by a run,
// the piece is no longer part of the move, which gives up that span.
func (e *emitter) edgeSide(cs []Change, moves []int, k, m int, byA, byB changeOrder) (atEnd, ok bool) {
	c, mv := cs[k], cs[m]
	var d *document
	var spanOf func(Change) (int, int)
	var order changeOrder
	switch c.Kind {
	case Delete:
		d, spanOf, order = e.a, spanA, byA
	case Insert:
		d, spanOf, order = e.b, spanB, byB
	default:
		return false, false
	}
	start, end := spanOf(c)
	mStart, mEnd := spanOf(mv)
	var lo, hi int // the stretch of the move's span the side would take
	// Something of the move must be left: a token past the side.
	switch {
	case start == mStart:
		lo, hi = start, nextToken(d, end)
		if hi >= mEnd {
			return false, false
		}
	case end == mEnd:
		lo, hi, atEnd = prevTokenEnd(d, start), end, true
		if lo <= mStart {
			return false, false
		}
	default:
		return false, false
	}
	return atEnd, !order.touches(cs, moves, lo, hi, k, m, spanOf)
}

// changeOrder is the indexes of a pair's changes other than moves, in
// order of their spans on one text. They do not overlap there, so their
// ends come in the same order as their starts.
type changeOrder []int

func orderBy(cs []Change, spanOf func(Change) (int, int)) changeOrder {
	var o changeOrder
	for k, c := range cs {
		if c.Kind != Move {
			o = append(o, k)
		}
	}
	return byStart(cs, o, spanOf)
}

// byStart orders ks, indexes in cs in increasing order, by the start of
// their changes' spans, ties in index order (as a stable sort would), and
// returns it. The starts are read once: a comparison that read them
// would copy two changes, the sort's main cost with a million of them.
func byStart[S ~[]int](cs []Change, ks S, spanOf func(Change) (int, int)) S {
	type keyed struct{ start, k int }
	kk := make([]keyed, len(ks))
	for i, k := range ks {
		kk[i].start, _ = spanOf(cs[k])
		kk[i].k = k
	}
	slices.SortFunc(kk, func(x, y keyed) int { return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.k, y.k)) })
	for i := range kk {
		ks[i] = kk[i].k
	}
	return ks
}

// firstStartingAt is the position in o of the first change starting at
// p or later.
func (o changeOrder) firstStartingAt(cs []Change, p int, spanOf func(Change) (int, int)) int {
	k, _ := slices.BinarySearchFunc(o, p, func(j, target int) int {
		start, _ := spanOf(cs[j])
		return start - target
	})
	return k
}

// touches reports a change other than cs[k] and cs[m] whose span meets
// [lo, hi], ends included; the moves (indexes in cs) other than m are
// looked at one by one.
func (o changeOrder) touches(cs []Change, moves []int, lo, hi, k, m int, spanOf func(Change) (int, int)) bool {
	// The first change starting past hi; before it, those ending at lo
	// or later are the ones that meet the stretch.
	p := o.firstStartingAt(cs, hi+1, spanOf)
	for q := p - 1; q >= 0; q-- {
		j := o[q]
		if _, end := spanOf(cs[j]); end < lo {
			break
		}
		if j != k {
			return true
		}
	}
	for _, j := range moves {
		if start, end := spanOf(cs[j]); j != m && start <= hi && lo <= end {
			return true
		}
	}
	return false
}

// within reports a change other than those in skip with bytes in [lo,
// hi), or an insertion or deletion anchored inside it (past lo).
func (o changeOrder) within(cs []Change, moves []int, lo, hi int, skip [2]int, spanOf func(Change) (int, int)) bool {
	meets := func(j int) bool {
		start, end := spanOf(cs[j])
		return j != skip[0] && j != skip[1] && (start < hi && lo < end || start == end && lo < start && start < hi)
	}
	p := o.firstStartingAt(cs, hi, spanOf)
	for q := p - 1; q >= 0; q-- {
		if _, end := spanOf(cs[o[q]]); end < lo {
			break
		}
		if meets(o[q]) {
			return true
		}
	}
	return slices.ContainsFunc(moves, meets)
}

// fromEdge reports whether the run [lo, hi) of side s may be taken: a
// side at a move's edge is taken from that edge.
func fromEdge(s *editSide, lo, hi int) bool {
	return s.move < 0 || !s.atEnd && lo == 0 || s.atEnd && hi == len(s.toks)
}

// edgeRun returns the byte span of the run taken from s at its move's
// edge, if s is at one and a run took it.
func (s *editSide) edgeRun() (lo, hi int, ok bool) {
	if s.move < 0 {
		return 0, 0, false
	}
	if !s.atEnd {
		n := 0
		for n < len(s.used) && s.used[n] {
			n++
		}
		return int(s.toks[0].start), int(s.toks[max(n-1, 0)].end()), n > 0
	}
	n := len(s.used)
	for n > 0 && s.used[n-1] {
		n--
	}
	return int(s.toks[min(n, len(s.toks)-1)].start), int(s.toks[len(s.toks)-1].end()), n < len(s.used)
}

// trimSpan returns the move span [start, end) of d without the run [lo,
// hi) at its start, or at its end when atEnd.
func trimSpan(d *document, start, end, lo, hi int, atEnd bool) (int, int) {
	if atEnd {
		return start, prevTokenEnd(d, lo)
	}
	return nextToken(d, hi), end
}

// nextToken is where the first token of d at or after p starts.
func nextToken(d *document, p int) int {
	if k := d.tokenFrom(p); k < len(d.toks) {
		return int(d.toks[k].start)
	}
	return len(d.text)
}

// prevTokenEnd is where the last token of d starting before p ends.
func prevTokenEnd(d *document, p int) int {
	k := d.tokenFrom(p) // the first token starting at or after p
	if k == 0 {
		return 0
	}
	return int(d.toks[k-1].end())
}

// restoreShortEdges drops the sides at a move's edge too short for a
// seed ("7.", a list number the moved item took along) together with a
// deletion or insertion of the same tokens at one place (see samePlace):
// the piece stayed. The counterpart is looked for among the changes next
// to where the piece sits. It returns the deleted and the inserted sides
// taken, all their tokens used, for cutRuns.
func (e *emitter) restoreShortEdges(ix *changeIndex) (dels, ins []editSide) {
	if len(ix.shortEdges) == 0 {
		return nil, nil
	}
	byA, byB := ix.orders()
	taken := map[int]bool{}
	for _, sd := range ix.shortEdges {
		c, mv := ix.cs[sd.change], ix.cs[sd.move]
		if taken[sd.change] || allPunct(sd.toks) {
			continue
		}
		// Where the counterpart may sit: by its own span, next to this
		// side's anchor on the other text, or by its anchor, next to
		// the move this side reaches over.
		var probes []int
		if c.Kind == Delete {
			probes = append(byB.near(ix.cs, c.BStart, spanB), byA.near(ix.cs, mv.AStart, spanA)...)
			probes = append(probes, byA.near(ix.cs, mv.AEnd, spanA)...)
		} else {
			probes = append(byA.near(ix.cs, c.AStart, spanA), byB.near(ix.cs, mv.BStart, spanB)...)
			probes = append(probes, byB.near(ix.cs, mv.BEnd, spanB)...)
		}
		for _, j := range probes {
			o := ix.cs[j]
			if taken[j] || o.Trivial || o.Kind == c.Kind || o.Kind != Delete && o.Kind != Insert {
				continue
			}
			if m, ok := ix.holding(o); !ok || m >= 0 {
				continue
			}
			other := editSide{change: j, move: -1}
			if o.Kind == Delete {
				other.toks = e.a.tokensIn(o.AStart, o.AEnd)
			} else {
				other.toks = e.b.tokensIn(o.BStart, o.BEnd)
			}
			// In order: "7 8" deleted and "8 7" inserted is a change.
			if !slices.Equal(tokenKeys(sd.toks), tokenKeys(other.toks)) {
				continue
			}
			d, in := &sd, &other
			if c.Kind == Insert {
				d, in = &other, &sd
			}
			if !e.samePlace(ix, d, in) {
				continue
			}
			taken[sd.change], taken[j] = true, true
			d.used, in.used = filled(len(d.toks), true), filled(len(in.toks), true)
			dels, ins = append(dels, *d), append(ins, *in)
			break
		}
	}
	return dels, ins
}

// near returns the changes in o whose spans start closest to p: the two
// last starting at or before p and the two first after it.
func (o changeOrder) near(cs []Change, p int, spanOf func(Change) (int, int)) []int {
	k := o.firstStartingAt(cs, p+1, spanOf)
	var out []int
	for q := max(k-2, 0); q < min(k+2, len(o)); q++ {
		out = append(out, o[q])
	}
	return out
}
