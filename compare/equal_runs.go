package compare

import (
	"runtime"
	"slices"
	"sync/atomic"
)

// Equal runs left in changes. The sentence alignment works on the
// engine's sentences; where a passage moved or was edited with edges that
// do not fall on them (it ends in an abbreviation, "… Leiter der Gruppe,
// Prof.", has no final full stop, or sits next to another edit), the word
// diff can be left with a deletion and an insertion of the same words. A
// reader is told the same text went and came: wrong both ways. This pass
// runs over a pair's finished changes and
//
//   - trims a replacement of the tokens its two sides share at either end;
//   - drops a deletion and an insertion of the same tokens at one place
//     (a fragment cut at "12." or "7." and put back word for word);
//   - pairs a run of deleted tokens with an equal run of inserted tokens
//     elsewhere as a move, whatever sentences they cut, the way git's
//     --color-moved does with lines: k-token hashes find shared runs,
//     which are grown token by token.

// minRunAlnum is the least number of letters and digits in a deleted and
// an inserted run that make a move: git's --color-moved uses 20, and
// shorter runs ("in the", "Nr. 7") recur by chance.
const minRunAlnum = 20

// minRunWords is the least number of words in such a run.
const minRunWords = 3

// minWholeRunAlnum is minRunAlnum for a deletion and an insertion that
// are the same text whole: a sentence deleted in one place and inserted
// in another, which chance explains less easily than a phrase inside
// two edits ("Pik Stalin selon M.", 15 letters). Set from the German and
// French synthetic sets, where such sentences end in an abbreviation;
// at 12 the revision bench pairs gain no move.
const minWholeRunAlnum = 12

// runSeed is the number of tokens hashed together to find shared runs.
// Three tokens is less than the shortest run (minRunWords words, often
// with punctuation between), so no run is too short to be found.
const runSeed = 3

// editSide is one side of a change whose tokens may be taken by a move.
type editSide struct {
	change int     // index in the pair's changes
	toks   []token // the change's tokens on this side
	used   []bool  // tokens taken by a move found here
	// move is the index of the move whose span holds this side at one
	// of its edges, or -1; atEnd says which edge. A run takes such a
	// side from that edge, and the move then gives up the run's span
	// (see edgeSide).
	move  int
	atEnd bool
}

// pairEqualRuns applies the pass described above to one pair's changes.
// The emitter's own list is spent by then: it collects the changes this
// pass makes.
func (e *emitter) pairEqualRuns(cs []Change) []Change {
	e.changes = nil
	cs = e.trimReplacements(cs)
	cs = e.dropRestored(cs)
	return e.findRunMoves(cs)
}

// trimReplacements removes the leading and trailing tokens that both sides
// of a replacement share: they did not change. Changes are trimmed in
// parallel, each part with its own emitter.
func (e *emitter) trimReplacements(cs []Change) []Change {
	keep := make([]bool, len(cs))
	parts := (len(cs) + trimPart - 1) / trimPart
	parallel(parts, func(p int) {
		pe := &emitter{a: e.a, b: e.b, ai: e.ai, bi: e.bi, keys: newKeyer(e.b.opts)}
		for k := p * trimPart; k < min((p+1)*trimPart, len(cs)); k++ {
			cs[k], keep[k] = pe.trimmed(cs[k])
		}
	})
	out := cs[:0]
	for k, c := range cs {
		if keep[k] {
			out = append(out, c)
		}
	}
	return out
}

// trimPart is how many changes one emitter trims.
const trimPart = 512

// trimmed is c without the tokens at either end that its sides share, or
// false when nothing is left.
func (e *emitter) trimmed(c Change) (Change, bool) {
	if c.Trivial || c.Kind != Replace {
		return c, true
	}
	at, bt := e.a.tokensIn(c.AStart, c.AEnd), e.b.tokensIn(c.BStart, c.BEnd)
	lo, hi := sharedEnds(at, bt)
	if lo == 0 && hi == 0 {
		return c, true
	}
	if lo+hi == len(at) && lo+hi == len(bt) {
		return c, false // the same tokens on both sides
	}
	aPos, bPos := c.AStart, c.BStart
	if lo > 0 {
		aPos, bPos = int(at[lo-1].end()), int(bt[lo-1].end())
	}
	return e.changeOf(at[lo:len(at)-hi], bt[lo:len(bt)-hi], aPos, bPos), true
}

// dropRestored trims a deletion and an insertion next to each other of
// the tokens they share at either end (a fragment cut at "12." or "7." and
// put back word for word): nothing changed there. Either may vanish.
func (e *emitter) dropRestored(cs []Change) []Change {
	for k := range cs {
		for j := k + 1; j < min(k+1+restoredReach, len(cs)); j++ {
			x, y := &cs[k], &cs[j]
			if x.Trivial || y.Trivial || !(x.Kind == Delete && y.Kind == Insert || x.Kind == Insert && y.Kind == Delete) {
				continue
			}
			d, in := x, y
			if x.Kind == Insert {
				d, in = y, x
			}
			if !e.touchesA(in.AStart, d.AStart, d.AEnd) || !e.touchesB(d.BStart, in.BStart, in.BEnd) {
				continue
			}
			at, bt := e.a.tokensIn(d.AStart, d.AEnd), e.b.tokensIn(in.BStart, in.BEnd)
			// The shared tokens at the start if the insertion sits there,
			// else at the end.
			lo, hi := 0, 0
			if in.AStart <= d.AStart || !e.touchesA(in.AStart, d.AEnd, d.AEnd) {
				lo = sharedPrefix(at, bt)
			} else {
				hi = sharedSuffix(at, bt)
			}
			if lo == 0 && hi == 0 {
				continue
			}
			*d = e.changeOf(at[lo:len(at)-hi], nil, d.AStart, d.BStart)
			*in = e.changeOf(nil, bt[lo:len(bt)-hi], in.AStart, in.BStart)
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.AStart != c.AEnd || c.BStart != c.BEnd {
			out = append(out, c)
		}
	}
	return out
}

// restoredReach is how many changes after a deletion (or insertion) are
// looked at for its counterpart: the two are next to each other in A and B,
// so at most a trivial change or two (a line wrap) sits between them.
const restoredReach = 4

// sharedEnds returns how many leading and trailing tokens x and y share,
// together no more than the shorter of them.
func sharedEnds(x, y []token) (lo, hi int) {
	lo = sharedPrefix(x, y)
	return lo, sharedSuffix(x[lo:], y[lo:])
}

// sharedPrefix is how many leading tokens x and y share.
func sharedPrefix(x, y []token) int {
	n := 0
	for n < len(x) && n < len(y) && x[n].key == y[n].key {
		n++
	}
	return n
}

// sharedSuffix is how many trailing tokens x and y share.
func sharedSuffix(x, y []token) int {
	n := 0
	for n < len(x) && n < len(y) && x[len(x)-1-n].key == y[len(y)-1-n].key {
		n++
	}
	return n
}

// touchesA reports whether offset p of A lies in [s, e] or only white
// space separates them.
func (e *emitter) touchesA(p, s, end int) bool { return touches(e.a.text, p, s, end) }

// touchesB is touchesA for B.
func (e *emitter) touchesB(p, s, end int) bool { return touches(e.b.text, p, s, end) }

func touches(text string, p, s, e int) bool {
	switch {
	case p < s:
		return onlySpace(text[p:s])
	case p > e:
		return onlySpace(text[e:p])
	}
	return true
}

// maxSeedCandidates bounds the deleted runs a seed of runSeed tokens is
// looked up in: a seed found more often is a common phrase that tells
// nothing, and following it everywhere made text rewritten throughout
// quadratic.
const maxSeedCandidates = 32

// findRunMoves pairs runs of deleted tokens with equal runs of inserted
// tokens elsewhere as moves, and cuts them out of their changes.
func (e *emitter) findRunMoves(cs []Change) []Change {
	dels, ins, ix := e.editSides(cs)
	if len(dels) == 0 || len(ins) == 0 {
		return cs
	}
	seeds := indexSeeds(dels, ins)
	// keep[k] lists the runs that stay unchanged inside replacement
	// cs[k]: found on both of its sides, in order on both.
	keep := map[int][]tokenRun{}
	var moved []tokenRun
	restored := 0 // runs found in place, dropped from both sides
	hits := e.seedHits(dels, ins, seeds)
	for n := range ins {
		s := &ins[n]
		j := 0
		for _, hit := range hits[n] {
			if int(hit.pos) < j {
				continue // inside the run found last
			}
			j = int(hit.pos)
			var best tokenRun
			bestSide := -1
			for _, c := range hit.cands {
				dl := &dels[c.side]
				i0, j0 := int(c.pos), j
				i1, j1 := i0, j0
				for i1 < len(dl.toks) && j1 < len(s.toks) && !dl.used[i1] && !s.used[j1] && dl.toks[i1].key == s.toks[j1].key {
					i1++
					j1++
				}
				if !fromEdge(dl, i0, i1) || !fromEdge(s, j0, j1) || dl.move >= 0 && dl.move == s.move {
					continue
				}
				if dl.change == s.change {
					if ks := keep[s.change]; len(ks) > 0 && i0 < ks[len(ks)-1].a1 {
						continue // out of order: no run kept in place
					}
				}
				if j1-j0 > best.b1-best.b0 {
					best, bestSide = tokenRun{a0: i0, a1: i1, b0: j0, b1: j1}, int(c.side)
				}
			}
			if bestSide < 0 || best.b1-best.b0 < runSeed {
				continue
			}
			dl := &dels[bestSide]
			// Words that start a deleted and an inserted side at one
			// place (a piece cut off at a move's edge, which stayed)
			// did not change.
			restore := dl.change != s.change && best.a0 == 0 && best.b0 == 0 && e.samePlace(ix, dl, s)
			need := minRunAlnum
			switch {
			case dl.change == s.change || restore:
				need = 0
			case best.a0 == 0 && best.a1 == len(dl.toks) && best.b0 == 0 && best.b1 == len(s.toks):
				need = minWholeRunAlnum
			}
			if !e.longEnough(s.toks[best.b0:best.b1], need) {
				continue
			}
			for i := best.a0; i < best.a1; i++ {
				dl.used[i] = true
			}
			for i := best.b0; i < best.b1; i++ {
				s.used[i] = true
			}
			switch {
			case dl.change == s.change:
				keep[s.change] = append(keep[s.change], best)
			case restore:
				restored++
			default:
				best.at, best.bt = dl.toks[best.a0:best.a1], s.toks[best.b0:best.b1]
				moved = append(moved, best)
			}
			j = best.b1
		}
	}
	if len(keep) == 0 && len(moved) == 0 && restored == 0 {
		return cs
	}
	// A move that gave a run at its edge gives up the run's span.
	for _, sd := range dels {
		if lo, hi, ok := sd.edgeRun(); ok {
			mv := &cs[sd.move]
			mv.AStart, mv.AEnd = trimSpan(e.a, mv.AStart, mv.AEnd, lo, hi, sd.atEnd)
			mv.AText = e.a.text[mv.AStart:mv.AEnd]
		}
	}
	for _, sd := range ins {
		if lo, hi, ok := sd.edgeRun(); ok {
			mv := &cs[sd.move]
			mv.BStart, mv.BEnd = trimSpan(e.b, mv.BStart, mv.BEnd, lo, hi, sd.atEnd)
			mv.BText = e.b.text[mv.BStart:mv.BEnd]
		}
	}
	// Rebuild the changes the runs were cut from.
	usedA, usedB := map[int][]bool{}, map[int][]bool{}
	for _, s := range dels {
		if slices.Contains(s.used, true) {
			usedA[s.change] = s.used
		}
	}
	for _, s := range ins {
		if slices.Contains(s.used, true) {
			usedB[s.change] = s.used
		}
	}
	out := make([]Change, 0, len(cs)+2*len(moved))
	for k, c := range cs {
		if usedA[k] == nil && usedB[k] == nil {
			out = append(out, c)
			continue
		}
		out = append(out, e.remainder(c, usedA[k], usedB[k], keep[k])...)
	}
	for _, r := range moved {
		as, ae := int(r.at[0].start), int(r.at[len(r.at)-1].end())
		bs, be := int(r.bt[0].start), int(r.bt[len(r.bt)-1].end())
		out = append(out, Change{Kind: Move, A: e.ai, B: e.bi, AStart: as, AEnd: ae, BStart: bs, BEnd: be,
			AText: e.a.text[as:ae], BText: e.b.text[bs:be]})
		e.diffGroup(r.at, r.bt, as, bs) // typography inside the moved run
		out = append(out, e.changes...)
		e.changes = e.changes[:0]
	}
	// In B's order, as the emitter leaves them (attachPunctuation looks at
	// neighbours), a move before the changes inside it.
	slices.SortStableFunc(out, func(x, y Change) int {
		switch {
		case x.BStart != y.BStart:
			return x.BStart - y.BStart
		case x.Kind == Move && y.Kind != Move:
			return -1
		case y.Kind == Move && x.Kind != Move:
			return 1
		}
		return x.AStart - y.AStart
	})
	return out
}

// editSides returns the deleted and inserted sides of the changes cs whose
// tokens a move may take: not trivial, not moves, of runSeed tokens at
// least, and not inside a move unless at its edge (see edgeSide). Their
// tokens are looked up in parallel.
func (e *emitter) editSides(cs []Change) (dels, ins []editSide, ix *changeIndex) {
	var moves []int // indexes in cs
	for k, c := range cs {
		if c.Kind == Move {
			moves = append(moves, k)
		}
	}
	// holder returns the move whose span holds c, or -1 when c is inside
	// no move; in is false when c touches a move but no single move holds
	// it on its own text (A for a deletion, B for an insertion).
	holder := func(c Change) (m int, in bool) {
		m = -1
		for _, k := range moves {
			mv := cs[k]
			inA := c.AStart < mv.AEnd && mv.AStart < c.AEnd
			inB := c.BStart < mv.BEnd && mv.BStart < c.BEnd
			if !inA && !inB {
				continue
			}
			own := c.Kind == Delete && inA && mv.AStart <= c.AStart && c.AEnd <= mv.AEnd ||
				c.Kind == Insert && inB && mv.BStart <= c.BStart && c.BEnd <= mv.BEnd
			if m >= 0 || !own {
				return -1, false
			}
			m = k
		}
		return m, true
	}
	ix = &changeIndex{cs: cs, moves: moves}
	var byA, byB changeOrder
	if len(moves) > 0 {
		byA, byB = ix.orders()
	}
	at, bt := make([][]token, len(cs)), make([][]token, len(cs))
	holders := filled(len(cs), -1)
	atEnd := make([]bool, len(cs))
	forChunks(len(cs), func(k int) {
		c := cs[k]
		if c.Trivial || c.Kind == Move {
			return
		}
		switch m, ok := holder(c); {
		case !ok:
			return
		case m >= 0:
			end, ok := e.edgeSide(cs, moves, k, m, byA, byB)
			if !ok {
				return
			}
			holders[k], atEnd[k] = m, end
		}
		if c.Kind != Insert {
			at[k] = e.a.tokensIn(c.AStart, c.AEnd)
		}
		if c.Kind != Delete {
			bt[k] = e.b.tokensIn(c.BStart, c.BEnd)
		}
	})
	for k := range cs {
		if t := at[k]; len(t) >= runSeed {
			dels = append(dels, editSide{change: k, toks: t, used: make([]bool, len(t)), move: holders[k], atEnd: atEnd[k]})
		}
		if t := bt[k]; len(t) >= runSeed {
			ins = append(ins, editSide{change: k, toks: t, used: make([]bool, len(t)), move: holders[k], atEnd: atEnd[k]})
		}
	}
	return dels, ins, ix
}

// changeIndex finds a pair's changes by their spans.
type changeIndex struct {
	cs       []Change
	moves    []int       // indexes of the moves in cs
	byA, byB changeOrder // the other changes, made on first use
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
	ta, tb := e.a.tokenFrom(int(d.toks[0].start)), e.b.tokenFrom(int(in.toks[0].start))
	if ta < samePlaceContext || tb < samePlaceContext {
		return false
	}
	for n := 1; n <= samePlaceContext; n++ {
		if e.a.toks[ta-n].key != e.b.toks[tb-n].key {
			return false
		}
	}
	byA, byB := ix.orders()
	skip := [2]int{d.change, in.change} // each is anchored where the other sits
	return !byA.within(ix.cs, ix.moves, int(e.a.toks[ta-samePlaceContext].start), int(d.toks[0].start), skip, spanA) &&
		!byB.within(ix.cs, ix.moves, int(e.b.toks[tb-samePlaceContext].start), int(in.toks[0].start), skip, spanB)
}

// samePlaceContext is how many equal, unchanged tokens before a deleted
// and an inserted run put them at one place.
const samePlaceContext = 3

// edgeSide reports whether change cs[k], inside move cs[m], is a deletion
// at the start or end of the move's text in A, or an insertion at either
// end of its text in B, with no other change between it and that end. A
// sentence moved with a piece the engine cut differently ("… Leiter der
// Gruppe, Prof." before it in A, after it in B) leaves the piece deleted
// at the move's edge and inserted where it stayed: taken whole by a run,
// the piece is no longer part of the move, which gives up that span.
func (e *emitter) edgeSide(cs []Change, moves []int, k, m int, byA, byB changeOrder) (atEnd, ok bool) {
	c, mv := cs[k], cs[m]
	var lo, hi int // the stretch of the move's span the side would take
	// Something of the move must be left: a token past the side.
	switch {
	case c.Kind == Delete && c.AStart == mv.AStart:
		lo, hi = c.AStart, e.nextTokenA(c.AEnd)
		if hi >= mv.AEnd {
			return false, false
		}
	case c.Kind == Delete && c.AEnd == mv.AEnd:
		lo, hi, atEnd = e.prevTokenEndA(c.AStart), c.AEnd, true
		if lo <= mv.AStart {
			return false, false
		}
	case c.Kind == Insert && c.BStart == mv.BStart:
		lo, hi = c.BStart, e.nextTokenB(c.BEnd)
		if hi >= mv.BEnd {
			return false, false
		}
	case c.Kind == Insert && c.BEnd == mv.BEnd:
		lo, hi, atEnd = e.prevTokenEndB(c.BStart), c.BEnd, true
		if lo <= mv.BStart {
			return false, false
		}
	default:
		return false, false
	}
	if c.Kind == Delete {
		return atEnd, !byA.touches(cs, moves, lo, hi, k, m, spanA)
	}
	return atEnd, !byB.touches(cs, moves, lo, hi, k, m, spanB)
}

// changeOrder is the indexes of a pair's changes other than moves, in
// order of their spans on one text. They do not overlap there, so their
// ends come in the same order as their starts.
type changeOrder []int

func orderBy(cs []Change, span func(Change) (int, int)) changeOrder {
	var o changeOrder
	for k, c := range cs {
		if c.Kind != Move {
			o = append(o, k)
		}
	}
	slices.SortStableFunc(o, func(x, y int) int {
		xs, _ := span(cs[x])
		ys, _ := span(cs[y])
		return xs - ys
	})
	return o
}

// touches reports a change other than cs[k] and cs[m] whose span meets
// [lo, hi], ends included; the moves (indexes in cs) other than m are
// looked at one by one.
func (o changeOrder) touches(cs []Change, moves []int, lo, hi, k, m int, span func(Change) (int, int)) bool {
	// The first change starting past hi; before it, those ending at lo
	// or later are the ones that meet the stretch.
	p, _ := slices.BinarySearchFunc(o, hi+1, func(j, target int) int {
		start, _ := span(cs[j])
		return start - target
	})
	for q := p - 1; q >= 0; q-- {
		j := o[q]
		if _, end := span(cs[j]); end < lo {
			break
		}
		if j != k {
			return true
		}
	}
	for _, j := range moves {
		if start, end := span(cs[j]); j != m && start <= hi && lo <= end {
			return true
		}
	}
	return false
}

// within reports a change other than those in skip with bytes in [lo,
// hi), or an insertion or deletion anchored inside it (past lo).
func (o changeOrder) within(cs []Change, moves []int, lo, hi int, skip [2]int, span func(Change) (int, int)) bool {
	meets := func(j int) bool {
		start, end := span(cs[j])
		return j != skip[0] && j != skip[1] && (start < hi && lo < end || start == end && lo < start && start < hi)
	}
	p, _ := slices.BinarySearchFunc(o, hi, func(j, target int) int {
		start, _ := span(cs[j])
		return start - target
	})
	for q := p - 1; q >= 0; q-- {
		if _, end := span(cs[o[q]]); end < lo {
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

// nextTokenA is where the first token of A at or after p starts.
func (e *emitter) nextTokenA(p int) int { return nextToken(e.a, p) }

// nextTokenB is nextTokenA for B.
func (e *emitter) nextTokenB(p int) int { return nextToken(e.b, p) }

// prevTokenEndA is where the last token of A ending at or before p ends.
func (e *emitter) prevTokenEndA(p int) int { return prevTokenEnd(e.a, p) }

// prevTokenEndB is prevTokenEndA for B.
func (e *emitter) prevTokenEndB(p int) int { return prevTokenEnd(e.b, p) }

func nextToken(d *document, p int) int {
	if k := d.tokenFrom(p); k < len(d.toks) {
		return int(d.toks[k].start)
	}
	return len(d.text)
}

func prevTokenEnd(d *document, p int) int {
	k := d.tokenFrom(p) // the first token starting at or after p
	if k == 0 {
		return 0
	}
	return int(d.toks[k-1].end())
}

// seedAt is where a seed of runSeed tokens starts: a deleted side and the
// position in its tokens.
type seedAt struct{ side, pos int32 }

// indexSeeds maps the hash of each seed of the deleted sides to where it
// starts, in order of side and position. Only deleted seeds that may be
// inserted somewhere are indexed: a filter of the inserted seeds' hashes
// rules out the others, which in text rewritten throughout are nearly
// all, and so are seeds deleted more than maxSeedCandidates times. The
// filter is filled, and the deleted seeds tested, in parallel.
func indexSeeds(dels, ins []editSide) seedIndex {
	n := 0
	for _, s := range ins {
		n += len(s.toks)
	}
	inserted := newHashFilter(n)
	forChunks(len(ins), func(k int) {
		s := ins[k]
		for j := 0; j+runSeed <= len(s.toks); j++ {
			inserted.addShared(seedHash(s.toks[j : j+runSeed]))
		}
	})
	type entry struct {
		h  uint64
		at seedAt
	}
	found := make([][]entry, len(dels))
	forChunks(len(dels), func(d int) {
		s := dels[d]
		for i := 0; i+runSeed <= len(s.toks); i++ {
			if h := seedHash(s.toks[i : i+runSeed]); inserted.has(h) {
				found[d] = append(found[d], entry{h, seedAt{int32(d), int32(i)}})
			}
		}
	})
	// A seed deleted more than maxSeedCandidates times is a common
	// phrase, "of the same", that tells nothing (the run's rarer seeds
	// find it): it is counted, not indexed. In text rewritten throughout
	// such seeds are most of those found. Each shard of the index counts
	// and indexes its own seeds, the shards in parallel.
	seeds := make(seedIndex, runtime.GOMAXPROCS(0))
	parallel(len(seeds), func(sh int) {
		count := map[uint64]int32{}
		for _, es := range found {
			for _, en := range es {
				if seeds.shard(en.h) == sh {
					count[en.h]++
				}
			}
		}
		m := map[uint64][]seedAt{}
		for _, es := range found {
			for _, en := range es {
				if seeds.shard(en.h) == sh && count[en.h] <= maxSeedCandidates {
					m[en.h] = append(m[en.h], en.at)
				}
			}
		}
		seeds[sh] = m
	})
	return seeds
}

// seedIndex maps a seed's hash to where it starts in the deleted sides,
// in order of side and position; the maps are shards by hash.
type seedIndex []map[uint64][]seedAt

func (x seedIndex) shard(h uint64) int { return int((h ^ h>>29) % uint64(len(x))) }

func (x seedIndex) get(h uint64) []seedAt { return x[x.shard(h)][h] }

// seedHit is a place in an inserted side whose seed some deleted side
// holds, and the deleted seeds it may continue.
type seedHit struct {
	pos   int32
	cands []seedAt
}

// seedHits lists, for each inserted side, in order, the places where a
// move may start: the seed there is indexed, and the run it starts with
// one of the deleted seeds, grown as far as the tokens are equal, is long
// enough for a move. The
// matching takes tokens as it goes, which only shortens runs, so a place
// left out here would find nothing there either. The sides are looked up
// in parallel; matching them stays serial, as a side's run takes tokens
// the next may want.
func (e *emitter) seedHits(dels, ins []editSide, seeds seedIndex) [][]seedHit {
	hits := make([][]seedHit, len(ins))
	forChunks(len(ins), func(n int) {
		s := ins[n]
		for j := 0; j+runSeed <= len(s.toks); j++ {
			cands := seeds.get(seedHash(s.toks[j : j+runSeed]))
			if len(cands) == 0 {
				continue
			}
			// The longest run elsewhere and in place: longEnough holds
			// for a run if it holds for a shorter one.
			var longest [2]int
			for _, c := range cands {
				dl := &dels[c.side]
				i1, j1 := int(c.pos), j
				for i1 < len(dl.toks) && j1 < len(s.toks) && dl.toks[i1].key == s.toks[j1].key {
					i1++
					j1++
				}
				// A run starting both sides may be at one place (see
				// restore in findRunMoves).
				inPlace := b2i(dl.change == s.change || c.pos == 0 && j == 0)
				longest[inPlace] = max(longest[inPlace], j1)
			}
			if longest[0]-j >= runSeed && e.longEnough(s.toks[j:longest[0]], minRunAlnum) ||
				longest[1]-j >= runSeed && e.longEnough(s.toks[j:longest[1]], 0) {
				hits[n] = append(hits[n], seedHit{int32(j), cands})
			}
		}
	})
	return hits
}

// tokenRun is a run of equal tokens: [a0, a1) of a deleted side's tokens
// and [b0, b1) of an inserted side's; at and bt are the tokens of a moved
// run.
type tokenRun struct {
	a0, a1, b0, b1 int
	at, bt         []token
}

// longEnough reports a run long enough to be kept: minRunWords words
// with minAlnum letters and digits. A move needs minRunAlnum of them; a
// run found on both sides of one replacement, or at one place, stays in
// place, which chance does not explain as easily: the words are enough
// ("improvement when the" in a sentence rewritten around it).
func (e *emitter) longEnough(ts []token, minAlnum int) bool {
	words, alnum := 0, 0
	for _, t := range ts {
		if t.class == classPunct {
			continue
		}
		words++
		if alnum < minAlnum {
			for _, r := range e.b.text[t.start:t.end()] {
				if isWordRune(r) {
					alnum++
				}
			}
		}
		if words >= minRunWords && alnum >= minAlnum {
			return true
		}
	}
	return false
}

// remainder returns what is left of change c once the tokens marked in
// usedA and usedB (either may be nil) went to moves or stay in place (the
// runs keep, in order on both sides). The runs kept cut c into stretches
// that face each other; in each, what is left is a replacement when one run
// of tokens is left on each side, else deletions and insertions.
func (e *emitter) remainder(c Change, usedA, usedB []bool, keep []tokenRun) []Change {
	var at, bt []token
	if c.Kind != Insert {
		at = e.a.tokensIn(c.AStart, c.AEnd)
	}
	if c.Kind != Delete {
		bt = e.b.tokensIn(c.BStart, c.BEnd)
	}
	var out []Change
	a0, b0, aPos, bPos := 0, 0, c.AStart, c.BStart
	for k := 0; k <= len(keep); k++ {
		a1, b1 := len(at), len(bt)
		if k < len(keep) {
			a1, b1 = keep[k].a0, keep[k].b0
		}
		ra, rb := unusedRuns(at[a0:a1], sub(usedA, a0, a1)), unusedRuns(bt[b0:b1], sub(usedB, b0, b1))
		if len(ra) == 1 && len(rb) == 1 {
			out = append(out, e.changeOf(ra[0], rb[0], aPos, bPos))
		} else {
			for _, r := range ra {
				out = append(out, e.changeOf(r, nil, aPos, bPos))
			}
			for _, r := range rb {
				out = append(out, e.changeOf(nil, r, aPos, bPos))
			}
		}
		if k < len(keep) {
			a0, b0 = keep[k].a1, keep[k].b1
			aPos, bPos = int(at[a0-1].end()), int(bt[b0-1].end())
		}
	}
	return out
}

// sub returns used[lo:hi], or nil for nil.
func sub(used []bool, lo, hi int) []bool {
	if used == nil {
		return nil
	}
	return used[lo:hi]
}

// unusedRuns cuts ts into the runs of tokens that used does not mark.
func unusedRuns(ts []token, used []bool) [][]token {
	var out [][]token
	start := -1
	for i := range ts {
		u := used != nil && used[i]
		switch {
		case !u && start < 0:
			start = i
		case u && start >= 0:
			out = append(out, ts[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, ts[start:])
	}
	return out
}

// seedHash combines the keys of a few tokens.
func seedHash(ts []token) uint64 {
	h := uint64(14695981039346656037)
	for _, t := range ts {
		h = (h ^ t.key) * 1099511628211
	}
	return h
}

// hashFilter is a one-hash Bloom filter of 64-bit hashes: has is true for
// every hash added and for few others.
type hashFilter []uint64

// newHashFilter sizes a filter for about n items at 16 bits each.
func newHashFilter(n int) hashFilter {
	words := 1
	for words*64 < 16*n {
		words *= 2
	}
	return make(hashFilter, words)
}

func (f hashFilter) bit(h uint64) (int, uint64) {
	h ^= h >> 29 // the low bits of an FNV hash mix poorly
	b := h & uint64(len(f)*64-1)
	return int(b / 64), 1 << (b % 64)
}

// addShared adds h; several goroutines may add at once.
func (f hashFilter) addShared(h uint64) {
	w, m := f.bit(h)
	atomic.OrUint64(&f[w], m)
}

func (f hashFilter) has(h uint64) bool {
	w, m := f.bit(h)
	return f[w]&m != 0
}
