package compare

import (
	"cmp"
	"context"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
//     (a fragment cut at "12." or "7." and put back word for word), and
//     trims a deletion or an insertion beside a replacement of the tokens
//     they share at either end;
//   - pairs a run of deleted tokens with an equal run of inserted tokens
//     elsewhere as a move, whatever sentences they cut, the way git's
//     --color-moved does with lines: k-token hashes find shared runs,
//     which are grown token by token.

// minRunAlnum is the least number of letters and digits in a deleted and
// an inserted run that make a move: git's --color-moved uses 20, and
// shorter runs ("in the", "Nr. 7") recur by chance.
const minRunAlnum = 20

// minRunWords is the least number of words in such a run. Two long words
// recur side by side by chance in text rewritten throughout (in the
// shuffled bench pair, "ethnographical, material,").
const minRunWords = 3

// minPieceWords is minRunWords for a run that is the whole of its
// deleted or its inserted side where that side is a piece cut off after
// a full stop inside a sentence, where the engine and the editor cut
// sentences differently ("inż. | Aleksandra Bobkowskiego."), which chance
// explains less easily than a phrase ("parliamentary elections,").
const minPieceWords = 2

// minWholeRunAlnum is minRunAlnum for a deletion and an insertion that
// are the same text whole: a sentence deleted in one place and inserted
// in another, which chance explains less easily than a phrase inside
// two edits ("Pik Stalin selon M.", 15 letters, where a sentence ends in
// an abbreviation); still above the short phrases that recur by chance
// in revisions ("he was about to", 12, stays inside edits).
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
// pass makes. Cancelled, it returns early with the changes unfinished.
func (e *emitter) pairEqualRuns(ctx context.Context, cs []Change) []Change {
	e.changes = nil
	cs = e.trimReplacements(cs)
	if ctx.Err() != nil {
		return cs
	}
	cs = e.dropRestored(cs)
	if ctx.Err() != nil {
		return cs
	}
	return e.findRunMoves(cs)
}

// trimReplacements removes the leading and trailing tokens that both sides
// of a replacement share: they did not change. Changes are trimmed in
// parallel, each part with its own emitter.
func (e *emitter) trimReplacements(cs []Change) []Change {
	keep := make([]bool, len(cs))
	parts := (len(cs) + trimPart - 1) / trimPart
	trivial := make([][]Change, parts) // of the tokens trimmed, each part's
	parallel(parts, func(p int) {
		pe := *e
		pe.keys = pairKeyer(e.a, e.b) // a keyer is not safe for concurrent use
		pe.changes, pe.pending = nil, nil
		for k := p * trimPart; k < min((p+1)*trimPart, len(cs)); k++ {
			cs[k], keep[k] = pe.trimmed(cs[k])
		}
		pe.flushTrivial()
		trivial[p] = pe.changes
	})
	out := cs[:0]
	for k, c := range cs {
		if keep[k] {
			out = append(out, c)
		}
	}
	return append(out, slices.Concat(trivial...)...)
}

// trimPart is how many changes one emitter trims: parts small enough to
// spread over the processors, large enough that starting one costs
// little beside its work.
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
	e.sharedTypography(at, bt, lo, hi)
	if lo+hi == len(at) && lo+hi == len(bt) {
		return c, false // the same tokens on both sides
	}
	aPos, bPos := c.AStart, c.BStart
	if lo > 0 {
		aPos, bPos = int(at[lo-1].end()), int(bt[lo-1].end())
	}
	return e.changeOf(at[lo:len(at)-hi], bt[lo:len(bt)-hi], aPos, bPos), true
}

// sharedTypography records, as trivial changes in e.changes, how the lo
// leading and hi trailing tokens of at and bt, equal by their keys, differ
// in typography (“ and 「, ё and е): a trim drops them from a change, but
// a researcher still sees that they differ.
func (e *emitter) sharedTypography(at, bt []token, lo, hi int) {
	e.flushTrivial()
	e.equalTokens(at[:lo], bt[:lo])
	e.flushTrivial()
	e.equalTokens(at[len(at)-hi:], bt[len(bt)-hi:])
	e.flushTrivial()
}

// dropRestored trims a deletion and an insertion next to each other of
// the tokens they share at either end (a fragment cut at "12." or "7." and
// put back word for word): nothing changed there. Either may vanish;
// where both keep tokens, they become one replacement. A passage moved
// away from between them, or in, leaves them next to each other: "A. B.
// C." → "A; C. B." joins A and C where B was.
func (e *emitter) dropRestored(cs []Change) []Change {
	movedA, movedB := movedSpans(cs)
	starts := &changeStarts{cs: cs}
	for k := range cs {
		for j := k + 1; j < min(k+1+restoredReach, len(cs)); j++ {
			x, y := &cs[k], &cs[j]
			if x.Trivial || y.Trivial {
				continue
			}
			if x.Kind == Replace && (y.Kind == Delete || y.Kind == Insert) || y.Kind == Replace && (x.Kind == Delete || x.Kind == Insert) {
				e.joinReplacement(x, y, movedA, movedB, starts)
				continue
			}
			if !(x.Kind == Delete && y.Kind == Insert || x.Kind == Insert && y.Kind == Delete) {
				continue
			}
			d, in := x, y
			if x.Kind == Insert {
				d, in = y, x
			}
			if !adjacent(e.a.text, in.AStart, d.AStart, d.AEnd, movedA) || !adjacent(e.b.text, d.BStart, in.BStart, in.BEnd, movedB) ||
				insideSpan(movedA, d.AStart, d.AEnd) || insideSpan(movedB, in.BStart, in.BEnd) {
				continue // an edit inside a moved passage belongs to it
			}
			// At one place, the two read as a replacement of d's tokens by
			// in's, whichever of them the diff put first: the tokens they
			// share at either end stand in both texts there.
			at, bt := e.a.tokensIn(d.AStart, d.AEnd), e.b.tokensIn(in.BStart, in.BEnd)
			lo, hi := sharedEnds(at, bt)
			if lo == 0 && hi == 0 {
				continue
			}
			e.sharedTypography(at, bt, lo, hi)
			aPos, bPos := d.AStart, in.BStart
			if lo > 0 {
				aPos, bPos = int(at[lo-1].end()), int(bt[lo-1].end())
			}
			da, db := at[lo:len(at)-hi], bt[lo:len(bt)-hi]
			if len(da) > 0 && len(db) > 0 {
				*d, *in = e.changeOf(da, db, aPos, bPos), Change{} // one replacement
				continue
			}
			*d, *in = e.changeOf(da, nil, aPos, bPos), e.changeOf(nil, db, aPos, bPos)
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.AStart != c.AEnd || c.BStart != c.BEnd {
			out = append(out, c)
		}
	}
	out = append(out, e.changes...)
	e.changes = nil
	return out
}

// joinReplacement trims a replacement and a deletion or an insertion
// next to it at one place of the tokens they share at either end, read as
// one replacement: where a sentence was deleted before one whose title the
// engine cut differently ("Sen. | Elizabeth Warren … step.\" Rep. | Jim
// Jordan" → "Sen. Jim Jordan"), the diff deletes the one and replaces
// "Rep" by "Sen" in the other, but "Sen" stood there all along. On the
// side both have text on, the two must stand in one paragraph with
// nothing moved between; on the other, only white space may part the
// place of the deletion from the replacement. And the join must leave a
// deletion or an insertion: a replacement left would span the sentence
// where two changes read better. When something is trimmed, x holds the
// change left and y is emptied.
func (e *emitter) joinReplacement(x, y *Change, movedA, movedB []Span, starts *changeStarts) {
	r, o := x, y
	if o.Kind == Replace {
		r, o = y, x
	}
	if insideSpan(movedA, r.AStart, r.AEnd) || insideSpan(movedB, r.BStart, r.BEnd) {
		return // an edit inside a moved passage belongs to it
	}
	if e.renumbered(r) {
		return // a list's items are its sentences, no cut to mend: "[-2. … ;-] [-3-]{+2+}. …"
	}
	var at, bt []token
	var ok bool
	if o.Kind == Delete {
		at, bt, ok = joinedSides(e.a, e.b, movedA, [2]int{o.AStart, o.AEnd}, o.BStart, [2]int{r.AStart, r.AEnd}, [2]int{r.BStart, r.BEnd})
	} else {
		bt, at, ok = joinedSides(e.b, e.a, movedB, [2]int{o.BStart, o.BEnd}, o.AStart, [2]int{r.BStart, r.BEnd}, [2]int{r.AStart, r.AEnd})
	}
	if !ok {
		return
	}
	lo, hi := sharedEnds(at, bt) // joinTokens returned neither side empty
	if lo == 0 && hi == 0 || lo+hi < len(at) && lo+hi < len(bt) {
		return // nothing shared, or a replacement left: the two read better apart
	}
	e.sharedTypography(at, bt, lo, hi)
	aPos, bPos := int(at[0].start), int(bt[0].start)
	if lo > 0 {
		aPos, bPos = int(at[lo-1].end()), int(bt[lo-1].end())
	}
	starts.make()
	*x, *y = e.changeOf(at[lo:len(at)-hi], bt[lo:len(bt)-hi], aPos, bPos), Change{}
	if x.Kind != Replace {
		*x = e.slideJoined(*x, starts)
	}
}

// renumbered reports a replacement r of one list item's number by
// another (listMarker: "3." -> "2.", at a line's start, in a list), as an
// item deleted or inserted before it leaves it.
func (e *emitter) renumbered(r *Change) bool {
	at, bt := e.a.tokensIn(r.AStart, r.AEnd), e.b.tokensIn(r.BStart, r.BEnd)
	return len(at) == 1 && len(bt) == 1 && listMarker(e.a, at[0]) && listMarker(e.b, bt[0])
}

// joinedSides reads a deletion (or an insertion) o, with its tokens at
// span o of own and its place oAt in other, beside a replacement r, at
// rOwn and rOther: it returns the two joined on own's side, in their
// order, and r's tokens on other's, where they stand as joinReplacement
// asks (one paragraph on own's side, nothing moved between, only white
// space on other's, in the same order) and may share an end.
func joinedSides(own, other *document, movedOwn []Span, o [2]int, oAt int, rOwn, rOther [2]int) (ownT, otherT []token, ok bool) {
	before := o[1] <= rOwn[0]
	if insideSpan(movedOwn, o[0], o[1]) || !inOneParagraph(own.text, o[0], o[1], rOwn[0], rOwn[1]) ||
		!adjacent(other.text, oAt, rOther[0], rOther[1], nil) || before != (oAt <= rOther[0]) {
		return nil, nil, false
	}
	otherT = other.tokensIn(rOther[0], rOther[1])
	ownT = joinTokens(own.tokensIn(o[0], o[1]), own.tokensIn(rOwn[0], rOwn[1]), before, otherT)
	return ownT, otherT, ownT != nil
}

// slideJoined moves c, a deletion or an insertion that joinReplacement
// left, over the unchanged tokens after it to where a reader expects it,
// as slideRuns does inside a group: ". Elizabeth … step.\" Rep" deleted
// before ". Jim" reads as "Elizabeth … step.\" Rep." deleted. One
// unchanged token is kept before the next change (starts).
func (e *emitter) slideJoined(c Change, starts *changeStarts) Change {
	d, o := e.a, e.b // the side the tokens are on, and the other
	start, end, anchor, side := c.AStart, c.AEnd, c.BStart, 0
	if c.Kind == Insert {
		d, o = e.b, e.a
		start, end, anchor, side = c.BStart, c.BEnd, c.AStart, 1
	}
	s, n, k := d.tokenFrom(start), len(d.tokensIn(start, end)), o.tokenFrom(anchor)
	limD, limO := starts.next(side, end), starts.next(1-side, anchor)
	right := 0
	for s+n+right < len(d.toks) && k+right < len(o.toks) {
		x, y := d.toks[s+n+right], o.toks[k+right]
		if int(x.end()) > limD || int(y.end()) > limO || x.key != y.key {
			break
		}
		right++
	}
	if right > 0 && (s+n+right < len(d.toks) || k+right < len(o.toks)) {
		right-- // keep an unchanged token before what follows
	}
	shift := bestSlide(d.toks, d.text, s, n, 0, right)
	if shift <= 0 {
		return c
	}
	moved, at := d.toks[s+shift:s+n+shift], int(o.toks[k+shift-1].end())
	if c.Kind == Insert {
		return e.changeOf(nil, moved, at, 0)
	}
	return e.changeOf(moved, nil, 0, at)
}

// changeStarts finds where the next change of a pair starts in A (side
// 0) or B (side 1). The starts are read once, before the first join
// changes the list; joins only shrink changes, so the starts still bound
// the unchanged stretches after them.
type changeStarts struct {
	cs     []Change
	starts [2][]int // nil until make
}

func (s *changeStarts) make() {
	if s.starts[0] != nil {
		return
	}
	s.starts = [2][]int{make([]int, 0, len(s.cs)), make([]int, 0, len(s.cs))}
	for _, c := range s.cs {
		s.starts[0], s.starts[1] = append(s.starts[0], c.AStart), append(s.starts[1], c.BStart)
	}
	slices.Sort(s.starts[0])
	slices.Sort(s.starts[1])
}

// next is where the first change at or after offset p of the side
// starts, or a large offset past both texts.
func (s *changeStarts) next(side, p int) int {
	if k, _ := slices.BinarySearch(s.starts[side], p); k < len(s.starts[side]) {
		return s.starts[side][k]
	}
	return math.MaxInt
}

// inOneParagraph reports whether the spans [s1, e1) and [s2, e2) of text
// do not overlap and only white space without a blank line separates
// them: nothing moved, no paragraph break, between (a line break of
// wrapped text is no break).
func inOneParagraph(text string, s1, e1, s2, e2 int) bool {
	if s2 < e1 && s1 < e2 {
		return false
	}
	lo, hi := e2, s1 // the second span first
	if e1 <= s2 {
		lo, hi = e1, s2
	}
	return lo >= hi || onlySpace(text[lo:hi]) && strings.Count(text[lo:hi], "\n") < 2
}

// joinTokens returns x then y, or y then x when xFirst is false, in a new
// slice, or nil where the two would share neither end with other and
// there is nothing to trim.
func joinTokens(x, y []token, xFirst bool, other []token) []token {
	if !xFirst {
		x, y = y, x
	}
	if len(x) == 0 || len(y) == 0 || len(other) == 0 ||
		x[0].key != other[0].key && y[len(y)-1].key != other[len(other)-1].key {
		return nil
	}
	return append(slices.Clip(x), y...)
}

// movedSpans returns the spans of the moves among cs in A and in B, each
// in order.
func movedSpans(cs []Change) (inA, inB []Span) {
	for _, c := range cs {
		if c.Kind == Move {
			inA, inB = append(inA, Span{c.AStart, c.AEnd}), append(inB, Span{c.BStart, c.BEnd})
		}
	}
	byStart := func(x, y Span) int { return x.Start - y.Start }
	slices.SortFunc(inA, byStart)
	slices.SortFunc(inB, byStart)
	return inA, inB
}

// adjacent reports whether offset p of text lies in [s, end] or only
// white space and moved passages (moved, in order, apart) separate them.
func adjacent(text string, p, s, end int, moved []Span) bool {
	lo, hi := end, p
	switch {
	case p < s:
		lo, hi = p, s
	case p <= end:
		return true
	}
	k, _ := slices.BinarySearchFunc(moved, lo, func(m Span, at int) int { return cmp.Compare(m.End, at+1) })
	for ; k < len(moved) && moved[k].Start < hi; k++ {
		if !onlySpace(text[lo:max(lo, moved[k].Start)]) {
			return false
		}
		lo = max(lo, moved[k].End)
	}
	return lo >= hi || onlySpace(text[lo:hi])
}

// insideSpan reports whether [s, end) lies inside one of spans (in
// order, apart).
func insideSpan(spans []Span, s, end int) bool {
	k, _ := slices.BinarySearchFunc(spans, s, func(m Span, at int) int { return cmp.Compare(m.End, at+1) })
	return k < len(spans) && spans[k].Start <= s && end <= spans[k].End
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

func touches(text string, p, s, e int) bool { return adjacent(text, p, s, e, nil) }

// maxSeedCandidates bounds the deleted runs a seed of runSeed tokens is
// looked up in: a seed found more often is a common phrase that tells
// nothing, and following it everywhere made text rewritten throughout
// quadratic.
const maxSeedCandidates = 32

// findRunMoves pairs runs of deleted tokens with equal runs of inserted
// tokens elsewhere as moves, and cuts them out of their changes.
func (e *emitter) findRunMoves(cs []Change) []Change {
	dels, ins, ix := e.editSides(cs)
	var m runMatches
	if len(dels) > 0 && len(ins) > 0 {
		m = e.matchRuns(dels, ins, e.seedHits(dels, ins, indexSeeds(dels, ins)), ix)
	}
	d, in := e.restoreShortEdges(ix)
	dels, ins = append(dels, d...), append(ins, in...)
	m.restored = m.restored || len(d) > 0
	if len(m.keep) == 0 && len(m.moved) == 0 && !m.restored {
		return cs
	}
	return e.cutRuns(cs, dels, ins, m)
}

// runMatches are the runs matchRuns found.
type runMatches struct {
	// looseTried counts, by inserted side, the deleted sides
	// looseNearMove has been asked about (see maxLooseTries).
	looseTried map[int]int
	// keep[k] lists the runs that stay unchanged inside replacement
	// cs[k]: found on both of its sides, in order on both.
	keep     map[int][]tokenRun
	moved    []tokenRun
	restored bool // runs found at one place, dropped from both sides
	// after maps each change that a run found at one place starts (on
	// either side) to where the run ends in A and in B: a deletion or an
	// insertion left of the change is placed after the run, as it is in
	// its own text ("The U.S. economy grew…" deleted beside "The U.S. new"
	// leaves "economy grew…" deleted after "The U.S." in B).
	after map[int][2]int
}

// matchRuns takes, inserted side by inserted side, at each of its hits,
// the longest equal run of unused tokens with a deleted side, when it is
// long enough; it marks the tokens used.
func (e *emitter) matchRuns(dels, ins []editSide, hits [][]seedHit, ix *changeIndex) runMatches {
	m := runMatches{keep: map[int][]tokenRun{}, looseTried: map[int]int{}, after: map[int][2]int{}}
	for n := range ins {
		s := &ins[n]
		j := 0
		for _, hit := range hits[n] {
			if int(hit.pos) < j {
				continue // inside the run found last
			}
			j = int(hit.pos)
			best, bestSide := bestRun(dels, s, hit, m.keep)
			if bestSide < 0 || best.b1-best.b0 < runSeed {
				continue
			}
			dl := &dels[bestSide]
			// Words that start a deleted and an inserted side at one
			// place (a piece cut off at a move's edge, which stayed)
			// did not change.
			restore := dl.change != s.change && best.a0 == 0 && best.b0 == 0 && e.samePlace(ix, dl, s)
			best, ok := e.runToKeep(dl, s, best, restore, &m)
			if !ok {
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
				m.keep[s.change] = append(m.keep[s.change], best)
			case restore:
				m.restored = true
				ends := [2]int{int(dl.toks[best.a1-1].end()), int(s.toks[best.b1-1].end())}
				m.after[dl.change], m.after[s.change] = ends, ends
			default:
				best.at, best.bt = dl.toks[best.a0:best.a1], s.toks[best.b0:best.b1]
				m.moved = append(m.moved, best)
			}
			j = best.b1
		}
	}
	return m
}

// runToKeep decides whether run r, shared by deleted side dl and
// inserted side s, is kept, and returns it as kept: long enough for what
// it is (a move, a run at one place, one inside a replacement), widened
// over the edits at its ends (widenedRun); or the two sides whole, where
// they are one sentence moved and edited whose runs are all short
// (looseNearMove).
func (e *emitter) runToKeep(dl, s *editSide, r tokenRun, restore bool, m *runMatches) (tokenRun, bool) {
	need := minRunAlnum
	whole := r.a0 == 0 && r.a1 == len(dl.toks) && r.b0 == 0 && r.b1 == len(s.toks)
	switch {
	case dl.change == s.change || restore:
		need = 0
	case whole:
		need = minWholeRunAlnum
	}
	words := minRunWords
	if restore || r.a0 == 0 && r.a1 == len(dl.toks) && e.a.pieceAfterStop(dl.toks) ||
		r.b0 == 0 && r.b1 == len(s.toks) && e.b.pieceAfterStop(s.toks) {
		words = minPieceWords // "Dear Colleagues," at one place; a piece cut at a stop
	}
	moved := !restore && dl.change != s.change
	switch {
	case e.longEnough(s.toks[r.b0:r.b1], need, words) || whole && e.uniqueSentences.moved(e.a, e.b, dl.toks, s.toks):
		if !whole && moved {
			r = e.widenedRun(dl, s, r)
		}
		return r, true
	case moved && m.looseTried[s.change] < maxLooseTries:
		m.looseTried[s.change]++
		if e.looseNearMove(dl, s) {
			return tokenRun{a1: len(dl.toks), b1: len(s.toks)}, true
		}
	}
	return r, false
}

// maxLooseTries is how many deleted sides looseNearMove compares an
// inserted side with: each costs a longest common subsequence of the
// two, and a long sentence of common words has a seed in every deleted
// sentence; the deleted side of a moved sentence holds its first seeds.
const maxLooseTries = 2

// looseNearMove reports a deleted and an inserted side that are each a
// sentence, or a piece of one cut after a full stop inside it, and read
// as one sentence moved and edited (nearMoveThreshold): a moved sentence
// that landed inside a sentence cut at an initial ("філософ Г. | Помер
// учений 31 січня 1918 р. у Празі. | Сковорода"), which the sentence
// stages saw as part of that sentence's pair, edited so that no run of
// it is long enough to be a move.
func (e *emitter) looseNearMove(dl, s *editSide) bool {
	if dl.move >= 0 || s.move >= 0 || slices.Contains(dl.used, true) || slices.Contains(s.used, true) ||
		!e.a.looseSentence(dl.toks) || !e.b.looseSentence(s.toks) || !e.longEnough(s.toks, minRunAlnum, minRunWords) {
		return false
	}
	return orderedSimilarity(wordKeys(dl.toks), wordKeys(s.toks), nearMoveThreshold) > 0
}

// bestRun is the longest run of unused equal tokens that starts at
// inserted side s's hit with one of its candidates, and the deleted side
// it is on (-1 for none). A side at a move's edge is taken from that
// edge; a run inside one replacement comes after those kept there.
func bestRun(dels []editSide, s *editSide, hit seedHit, keep map[int][]tokenRun) (tokenRun, int) {
	var best tokenRun
	bestSide := -1
	for _, c := range hit.cands {
		dl := &dels[c.side]
		i0, j0 := int(c.pos), int(hit.pos)
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
	return best, bestSide
}

// cutRuns rebuilds the changes the runs m were cut from, adds the moves,
// and trims the moves that gave a run at their edge.
func (e *emitter) cutRuns(cs []Change, dels, ins []editSide, m runMatches) []Change {
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
	usedA, usedB := usedByChange(dels), usedByChange(ins)
	pieces := map[int][]Change{}
	for k, c := range cs {
		if usedA[k] != nil || usedB[k] != nil {
			pieces[k] = e.remainder(c, usedA[k], usedB[k], m.keep[k])
			if ends, ok := m.after[k]; ok {
				placeAfter(pieces[k], c, ends)
			}
		}
	}
	var moves []Change
	for _, r := range m.moved {
		mv := e.moveOf(r)
		moves = append(moves, mv)
		e.diffGroup(r.at, r.bt, mv.AStart, mv.BStart) // typography inside the moved run
		moves = append(moves, e.changes...)
		e.changes = e.changes[:0]
	}
	// The changes are most of a rewritten text's result: they are
	// rebuilt in their own array, not in a second one.
	out := spliceInPlace(cs, pieces, moves)
	// In B's order, as the emitter leaves them (attachPunctuation looks at
	// neighbours).
	sortStable(out, inBOrder)
	return out
}

// inBOrder orders changes as the emitter leaves them: by where they start
// in B, a move before the changes inside it, then by where they start in A.
func inBOrder(x, y Change) int {
	switch {
	case x.BStart != y.BStart:
		return x.BStart - y.BStart
	case x.Kind == Move && y.Kind != Move:
		return -1
	case y.Kind == Move && x.Kind != Move:
		return 1
	}
	return x.AStart - y.AStart
}

// placeAfter places each deletion of pieces, what is left of c, that
// stands at c's own place in B after ends[1] instead, and each insertion
// at c's place in A after ends[0]: there a run at one place ended (see
// runMatches.after).
func placeAfter(pieces []Change, c Change, ends [2]int) {
	for i := range pieces {
		p := &pieces[i]
		switch {
		case p.Kind == Delete && p.BStart == c.BStart:
			p.BStart, p.BEnd = ends[1], ends[1]
		case p.Kind == Insert && p.AStart == c.AStart:
			p.AStart, p.AEnd = ends[0], ends[0]
		}
	}
}

// moveOf is the move of run r, from its tokens in A to those in B.
func (e *emitter) moveOf(r tokenRun) Change {
	as, ae := int(r.at[0].start), int(r.at[len(r.at)-1].end())
	bs, be := int(r.bt[0].start), int(r.bt[len(r.bt)-1].end())
	return Change{Kind: Move, A: e.ai, B: e.bi, AStart: as, AEnd: ae, BStart: bs, BEnd: be,
		AText: e.a.text[as:ae], BText: e.b.text[bs:be]}
}

// usedByChange maps each change that gives tokens to a run to its side's
// used tokens.
func usedByChange(sides []editSide) map[int][]bool {
	out := map[int][]bool{}
	for _, s := range sides {
		if slices.Contains(s.used, true) {
			out[s.change] = s.used
		}
	}
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
	ix = newChangeIndex(cs, moves)
	ct := e.movableTokens(cs, moves, ix)
	dels, ins = ct.sides(ix)
	return dels, ins, ix
}

// changeTokens holds, for each change by its index, the tokens of its
// deleted and inserted sides that a move may take (nil for none), and
// the move that holds it at one of its edges (-1 for none) with the edge
// (see editSide).
type changeTokens struct {
	at, bt  [][]token
	holders []int
	atEnd   []bool
}

// movableTokens looks up, in parallel, the tokens of the changes cs that
// a move may take: not trivial, not moves, and not inside a move (moves,
// indexed by ix) unless at its edge.
func (e *emitter) movableTokens(cs []Change, moves []int, ix *changeIndex) changeTokens {
	var byA, byB changeOrder
	if len(moves) > 0 {
		byA, byB = ix.orders()
	}
	ct := changeTokens{at: make([][]token, len(cs)), bt: make([][]token, len(cs)),
		holders: filled(len(cs), -1), atEnd: make([]bool, len(cs))}
	forChunks(len(cs), func(k int) {
		c := cs[k]
		if c.Trivial || c.Kind == Move {
			return
		}
		switch m, ok := ix.holding(c); {
		case !ok:
			return
		case m >= 0:
			end, ok := e.edgeSide(cs, moves, k, m, byA, byB)
			if !ok {
				return
			}
			ct.holders[k], ct.atEnd[k] = m, end
		}
		if c.Kind != Insert {
			ct.at[k] = e.a.tokensIn(c.AStart, c.AEnd)
		}
		if c.Kind != Delete {
			ct.bt[k] = e.b.tokensIn(c.BStart, c.BEnd)
		}
	})
	return ct
}

// sides returns the deleted and inserted sides of runSeed tokens or more,
// in the order of their changes, and adds the shorter ones at a move's
// edge to ix.shortEdges. The sides of a rewritten text hold most of its
// tokens: their arrays are sized first, and their used marks cut from
// one array per kind.
func (ct changeTokens) sides(ix *changeIndex) (dels, ins []editSide) {
	nd, ni, td, ti := 0, 0, 0, 0
	for k := range ct.at {
		if len(ct.at[k]) >= runSeed {
			nd, td = nd+1, td+len(ct.at[k])
		}
		if len(ct.bt[k]) >= runSeed {
			ni, ti = ni+1, ti+len(ct.bt[k])
		}
	}
	dels, ins = make([]editSide, 0, nd), make([]editSide, 0, ni)
	usedD, usedI := make([]bool, td), make([]bool, ti)
	for k, m := range ct.holders {
		if t := ct.at[k]; len(t) > 0 && len(t) < runSeed && m >= 0 {
			ix.shortEdges = append(ix.shortEdges, editSide{change: k, toks: t, move: m, atEnd: ct.atEnd[k]})
		}
		if t := ct.bt[k]; len(t) > 0 && len(t) < runSeed && m >= 0 {
			ix.shortEdges = append(ix.shortEdges, editSide{change: k, toks: t, move: m, atEnd: ct.atEnd[k]})
		}
		if t := ct.at[k]; len(t) >= runSeed {
			dels = append(dels, editSide{change: k, toks: t, used: usedD[:len(t):len(t)], move: m, atEnd: ct.atEnd[k]})
			usedD = usedD[len(t):]
		}
		if t := ct.bt[k]; len(t) >= runSeed {
			ins = append(ins, editSide{change: k, toks: t, used: usedI[:len(t):len(t)], move: m, atEnd: ct.atEnd[k]})
			usedI = usedI[len(t):]
		}
	}
	return dels, ins
}

// tokenRun is a run of equal tokens: [a0, a1) of a deleted side's tokens
// and [b0, b1) of an inserted side's; at and bt are the tokens of a moved
// run.
type tokenRun struct {
	a0, a1, b0, b1 int
	at, bt         []token
}

// widenedRun returns run r, shared by deleted side dl and inserted side
// s and long enough to be a move, widened over the edits at its ends: a
// passage moved and edited ("… reunidas en Cádiz el 19 de marzo de
// 1812." put elsewhere with "guardia" for "el") is one move with the word
// changes inside it, where the run alone would leave the rest a deletion
// and an insertion that read alike. An end widens where the two sides
// start (or end) alike there and what it adds on each side is as alike
// as an edited moved sentence (nearMoveThreshold): a sentence deleted
// beside the moved one, which only one side holds, is not taken in.
// Sides at a move's edge, and tokens another run took, keep r.
func (e *emitter) widenedRun(dl, s *editSide, r tokenRun) tokenRun {
	if dl.move >= 0 || s.move >= 0 {
		return r
	}
	alike := func(a0, a1, b0, b1 int) bool {
		if slices.Contains(dl.used[a0:a1], true) || slices.Contains(s.used[b0:b1], true) {
			return false
		}
		if e.a.stopInside(dl.toks[a0:a1]) || e.b.stopInside(s.toks[b0:b1]) {
			return false // a sentence of its own beside the moved one
		}
		wa, wb := wordKeys(dl.toks[a0:a1]), wordKeys(s.toks[b0:b1])
		return len(wa) <= maxEdgeEditWords && len(wb) <= maxEdgeEditWords ||
			orderedSimilarity(wa, wb, nearMoveThreshold) > 0
	}
	w := r
	if r.a0 > 0 && r.b0 > 0 && dl.toks[0].key == s.toks[0].key && alike(0, r.a0, 0, r.b0) {
		w.a0, w.b0 = 0, 0
	}
	if la, lb := len(dl.toks), len(s.toks); r.a1 < la && r.b1 < lb && dl.toks[la-1].key == s.toks[lb-1].key && alike(r.a1, la, r.b1, lb) {
		w.a1, w.b1 = la, lb
	}
	return w
}

// maxEdgeEditWords is how many words an edit at a moved passage's end
// may replace, or put in, and be widened over whatever its words
// ("Hause." -> "Haus."): a word or a short phrase, as the public
// revision pairs' edits are; a sentence beside the moved one is longer.
const maxEdgeEditWords = 3

// wordKeys returns the keys of the words among ts, punctuation left out.
func wordKeys(ts []token) []uint32 {
	out := make([]uint32, 0, len(ts))
	for _, t := range ts {
		if t.class != classPunct {
			out = append(out, t.key)
		}
	}
	return out
}

// sentenceCounts counts, by hash, the sentences of a pair's two
// documents, to tell a sentence that occurs once in each, and holds the
// short sentences of the paragraphs both have unchanged (one unit each,
// whose sentences the counts do not see), by foldedHash. It is made on
// first use: most pairs never ask.
type sentenceCounts struct {
	counts map[uint64][2]int32
	light  map[uint64]bool
}

// moved reports whether at, deleted from A, and bt, inserted in B, equal
// runs of tokens, are each a whole sentence of its document and that
// sentence occurs once in A and once in B, and in no unchanged paragraph:
// a sentence taken out in one place and put in another, however short
// ("Thank you."), which a sentence said more than once ("Yes.") might
// not be.
func (c *sentenceCounts) moved(a, b *document, at, bt []token) bool {
	ia, okA := a.wholeSentence(at)
	ib, okB := b.wholeSentence(bt)
	if !okA || !okB {
		return false
	}
	if c.counts == nil {
		c.count(a, b)
	}
	if c.counts[a.sents[ia].hash] != [2]int32{1, 1} || a.sents[ia].hash != b.sents[ib].hash {
		return false
	}
	return !c.light[foldedHash(a.text[a.sents[ia].start:a.sents[ia].end])]
}

// count fills c from documents a and b. The sentences are counted while
// the unchanged paragraphs (B's too), most of a lightly edited text, are
// read for their short sentences in parts, in parallel, each part into a
// set of its own.
func (c *sentenceCounts) count(a, b *document) {
	var light []sentence
	for _, s := range a.sents {
		if s.light {
			light = append(light, s)
		}
	}
	if len(light) == 0 {
		c.counts, c.light = countSentences(a, b), map[uint64]bool{}
		return
	}
	sets := make([]map[uint64]bool, runtime.GOMAXPROCS(0))
	parallel(1+len(sets), func(p int) {
		if p == 0 { // handed out first, beside the first part
			c.counts = countSentences(a, b)
			return
		}
		set := map[uint64]bool{}
		for k := p - 1; k < len(light); k += len(sets) {
			addShortSentences(set, a.text[light[k].start:light[k].end])
		}
		sets[p-1] = set
	})
	c.light = sets[0]
	for _, set := range sets[1:] {
		maps.Copy(c.light, set)
	}
}

// countSentences counts the sentences of a and b by hash, a's in [0] and
// b's in [1].
func countSentences(a, b *document) map[uint64][2]int32 {
	counts := map[uint64][2]int32{}
	for v, d := range [2]*document{a, b} {
		for _, s := range d.sents {
			n := counts[s.hash]
			n[v]++
			counts[s.hash] = n
		}
	}
	return counts
}

// maxShortSentence is the longest sentence, in letters, that
// addShortSentences keeps: the sentences moved looks up are those too
// short for a run of their own (fewer than minWholeRunAlnum letters and
// digits, or two words: "Aleksandra Bobkowskiego." is 24 letters), and
// most sentences of a text are longer.
const maxShortSentence = 40

// addShortSentences adds to set the foldedHash of each short sentence of
// text, cut where a full stop, question or exclamation mark meets white
// space: a byte scan, not the sentence rules, as an unchanged text may be
// most of a large one, and the sentences looked up are short whole ones.
func addShortSentences(set map[uint64]bool, text string) {
	// The next full stop, question and exclamation mark from start, each
	// found once with a fast byte search, so the scan stays linear.
	var next [3]int
	marks := [3]byte{'.', '?', '!'}
	find := func(m, from int) {
		if k := strings.IndexByte(text[from:], marks[m]); k >= 0 {
			next[m] = from + k
		} else {
			next[m] = len(text)
		}
	}
	for m := range marks {
		find(m, 0)
	}
	// A full stop after an abbreviation ends no sentence. Most pieces are
	// long, and whether one's end is an abbreviation matters only if the
	// piece after it is short (else both are long, one sentence or two),
	// so it is asked then: unsure is the end of the long piece before,
	// not asked yet, or -1.
	start, unsure := 0, -1
	for {
		i := min(next[0], next[1], next[2])
		if i == len(text) {
			break
		}
		if i+1 == len(text) || spaceByte(text[i+1]) {
			switch piece := strings.TrimSpace(text[start : i+1]); {
			case !short(piece) || unsure >= 0 && abbreviationBefore(text, unsure):
				start, unsure = i+1, i // long, or going on a long one
			case !abbreviationBefore(text, i):
				set[foldedHash(piece)] = true
				start, unsure = i+1, -1
			default:
				unsure = -1 // the sentence goes on from start
			}
		}
		for m := range marks {
			if next[m] == i {
				find(m, i+1)
			}
		}
	}
	piece := strings.TrimSpace(text[start:])
	if piece != "" && short(piece) && (unsure < 0 || !abbreviationBefore(text, unsure)) {
		set[foldedHash(piece)] = true
	}
}

// short reports a piece of at most maxShortSentence letters; longer
// bytes are not counted.
func short(piece string) bool {
	if len(piece) <= maxShortSentence {
		return true
	}
	if len(piece) > utf8.UTFMax*maxShortSentence {
		return false
	}
	n := 0
	for range piece { // most pieces are long: the count stops past the most
		if n++; n > maxShortSentence {
			return false
		}
	}
	return true
}

// spaceByte reports an ASCII white-space byte.
func spaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// abbreviationBefore reports a known abbreviation right before the full
// stop at text[i] ("Prof. Anna Smith."), where a sentence goes on. It is
// asked at every sentence end of an unchanged text, so an ASCII word is
// lowered on the stack.
func abbreviationBefore(text string, i int) bool {
	j := i
	for j > 0 && !spaceByte(text[j-1]) && i-j < maxAbbreviationBytes {
		j--
	}
	if text[i] != '.' || j == i || i-j >= maxAbbreviationBytes {
		return false
	}
	var buf [maxAbbreviationBytes]byte
	w := buf[:0]
	for k := j; k < i; k++ {
		c := text[k]
		if c >= utf8.RuneSelf {
			return titleGoesOn(abbreviations[strings.ToLower(text[j:i])], text[j:i])
		}
		w = append(w, lowerASCII(c))
	}
	return titleGoesOn(abbreviations[string(w)], text[j:i])
}

// titleGoesOn reports an abbreviation w of kind after which a sentence
// goes on whatever follows: a title, or a capital title written with
// its capital ("Prof."). Those that close a list ("etc.") or go on only
// before a number or a name do not count.
func titleGoesOn(kind abbrevKind, w string) bool {
	return kind.has(abbrevTitle) || kind.has(abbrevCapitalTitle) && unicode.IsUpper(firstRune(w))
}

// maxAbbreviationBytes bounds the words abbreviationBefore looks up: the
// abbreviations are shorter.
const maxAbbreviationBytes = 12

// foldedHash hashes sentence s in small letters, its white space made
// single spaces and typographic apostrophes plain, so that a wrapped, a
// capitalised or a typeset copy ("Thank\nyou.", "THANK YOU.", "It’s
// done.") hashes alike.
func foldedHash(s string) uint64 {
	h := uint64(fnvOffset)
	space := false
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '’':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space {
			h = (h ^ ' ') * fnvPrime
			space = false
		}
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// longEnough reports a run long enough to be kept: minWords words with
// minAlnum letters and digits. A move needs minRunAlnum of them; a
// run found on both sides of one replacement, or at one place, stays in
// place, which chance does not explain as easily: the words are enough
// ("improvement when the" in a sentence rewritten around it).
func (e *emitter) longEnough(ts []token, minAlnum, minWords int) bool {
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
		if words >= minWords && alnum >= minAlnum {
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

// spliceInPlace replaces each s[k] that repl holds with repl[k] (none,
// one or several elements) and appends tail, in s's own array when its
// capacity allows. It first compacts s forward, each element taking at
// most one slot (so no write passes an unread element), then opens room
// for the further elements from the back.
func spliceInPlace[E any](s []E, repl map[int][]E, tail []E) []E {
	type opening struct {
		at   int // the further elements go before the compacted s[at]
		rest []E
	}
	var grow []opening
	extra, w := 0, 0
	for k := range s {
		p, ok := repl[k]
		switch {
		case !ok:
			s[w] = s[k]
			w++
		case len(p) > 0:
			s[w] = p[0]
			w++
			if len(p) > 1 {
				grow = append(grow, opening{w, p[1:]})
				extra += len(p) - 1
			}
		}
	}
	n := w + extra + len(tail)
	if n > cap(s) {
		out := make([]E, 0, n)
		from := 0
		for _, g := range grow {
			out = append(append(out, s[from:g.at]...), g.rest...)
			from = g.at
		}
		return append(append(out, s[from:w]...), tail...)
	}
	out := s[:n]
	end, to := w, w+extra // s[:end] is still to place; out[to:w+extra] is placed
	for i := len(grow) - 1; i >= 0; i-- {
		g := grow[i]
		to -= end - g.at
		copy(out[to:], s[g.at:end])
		to -= len(g.rest)
		copy(out[to:], g.rest)
		end = g.at
	}
	copy(out[w+extra:], tail)
	return out
}
