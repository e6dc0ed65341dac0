package compare

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
)

// groupKind says how base sentences relate to the other version's.
type groupKind uint8

const (
	gEqual  groupKind = iota // same sentence in both (perhaps typography apart)
	gEdit                    // reworded, split or merged sentences matched by similarity
	gDelete                  // base sentence absent from the other version
	gInsert                  // other version's sentence absent from the base
	gMove                    // base sentence found elsewhere in the other version
)

// group is one aligned group between the base A and version B: base
// sentences [a0, a1) and B sentences [b0, b1). An insertion has a0 == a1:
// it comes before base sentence a0.
type group struct {
	kind           groupKind
	a0, a1, b0, b1 int
}

// pairResult is the alignment of one version against the base.
type pairResult struct {
	a, b    *document
	ai, bi  int
	groups  []group // in base order; insertions where they fall
	changes []Change
	loose   looseSpans // a rendering's loose sentences (translatePair)
}

// looseSpans are the sentences the cross-language alignment put in a
// neighbour's group but that look unrendered (crosslang.Loose): of the
// base (src) and of the rendering (tgt).
type looseSpans struct{ src, tgt []span }

// comparePair aligns version b against the base a and finds every change.
func comparePair(ctx context.Context, a, b *document, ai, bi int) (*pairResult, error) {
	pr := &pairResult{a: a, b: b, ai: ai, bi: bi}
	sa, sb := newSide(a), newSide(b)
	sa.memo = newPairMemo()
	segs, items, partnerA, err := alignPass(ctx, sa, sb, nil)
	if err != nil {
		return nil, err
	}
	// Edited sentences inside moved passages count as matches in a second
	// pass, so the block that stays in place is the larger one.
	unify := map[int]int{}
	for i, j := range partnerA {
		if j >= 0 && a.sents[i].hash != b.sents[j].hash {
			unify[j] = i
		}
	}
	if len(unify) > 0 {
		unifyEditsBesideMoves(a, b, segs, items, unify)
		// The rest of a pass follows from its segments alone: when the
		// unified sentences leave them as they were, so is the rest.
		if segs2 := sentenceSegments(a, b, unify); !slices.Equal(segs2, segs) {
			segs, items, partnerA = nil, nil, nil // pass one's pairings live on in the memo
			if items, partnerA, err = alignSegments(ctx, sa, sb, segs2); err != nil {
				return nil, err
			}
			segs = segs2
		}
	}
	sa.memo = nil
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	e := &emitter{a: a, b: b, ai: ai, bi: bi, keys: pairKeyer(a, b)}
	pr.groups, e.changes = emitParts(ctx, a, b, ai, bi, segs, items, partnerA)
	e.moves(partnerA)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	// The parts' changes are coalesced already; this joins the moves' own.
	cs := e.pairEqualRuns(ctx, e.coalesce(e.changes))
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	pr.changes = e.attachPunctuation(cs)
	pr.changes = append(pr.changes, sentenceBreaks(a, b, ai, bi, pr.groups, pr.changes)...)
	placeAtLineStarts(a, b, pr.changes)
	return pr, nil
}

// sentenceBreaks returns a trivial change for each stretch of white space
// between two sentences that differs between the versions while no
// change holds it: a paragraph split or joined, a line wrapped elsewhere,
// a space doubled. The words are the same, only the layout moved, and a
// researcher still sees that it did. Both sentences are in groups with
// both sides (equal or edited) that follow each other in both versions,
// or with only deleted or only inserted sentences between (followsAcross):
// inside an equal run the emitter compares the white space between
// sentences, save for paragraph breaks (see emitter.gap), and nothing
// compares it between a run and a group edited beside it. A stretch that
// holds more than white space (a character comparisons ignore) is left to
// the word diff.
func sentenceBreaks(a, b *document, ai, bi int, groups []group, cs []Change) []Change {
	var out []Change
	var held *heldSpans // made for the first stretch that differs
	prev := -1          // the last group with both sides
	for k, h := range groups {
		if !twoSided(h) {
			continue
		}
		j := prev
		prev = k
		if j < 0 || !followsAcross(groups[j], h, groups[j+1:k]) || h.a0 == 0 || h.b0 == 0 {
			continue
		}
		g := groups[j]
		as, ae, na := breakBefore(a, g.a1, h.a0)
		bs, be, nb := breakBefore(b, g.b1, h.b0)
		switch {
		case g.a1 == h.a0 && g.b1 == h.b0:
			as, ae = gapBefore(a, h.a0)
			bs, be = gapBefore(b, h.b0)
		case na+nb == 1:
			// A paragraph break on one side alone, past sentences of the
			// other alone: the paragraphs were joined or split there.
			if na == 0 {
				as, ae = gapBefore(a, h.a0)
			} else {
				bs, be = gapBefore(b, h.b0)
			}
		default:
			// The sentences between took their white space with them, or
			// several breaks went with several paragraphs, which the
			// deletion's or insertion's own marks show.
			continue
		}
		ga, gb := a.text[as:ae], b.text[bs:be]
		if ga == gb || !onlySpace(ga) || !onlySpace(gb) {
			continue
		}
		if held == nil {
			held = newHeldSpans(cs)
		}
		if held.a.overlaps(as, ae) || held.b.overlaps(bs, be) {
			continue
		}
		out = append(out, Change{Kind: spanKind(as, ae, bs, be), A: ai, B: bi, AStart: as, AEnd: ae, BStart: bs, BEnd: be,
			AText: ga, BText: gb, Trivial: true})
	}
	return out
}

// breakBefore returns the first stretch of white space holding a
// paragraph break between sentences lo-1 and hi of d, and how many such
// stretches there are (start and end are -1 where there is none).
func breakBefore(d *document, lo, hi int) (start, end, n int) {
	start, end = -1, -1
	for i := lo; i <= hi; i++ {
		if s, e := gapBefore(d, i); hasParagraphBreak(d.text[s:e]) {
			if n == 0 {
				start, end = s, e
			}
			n++
		}
	}
	return start, end, n
}

// gapBefore is the stretch between sentence i-1 of d and sentence i.
func gapBefore(d *document, i int) (start, end int) { return d.sents[i-1].end, d.sents[i].start }

// followsAcross reports whether two-sided group h follows g in both
// versions, next to it or past sentences deleted from a alone or
// inserted in b alone ("…billion. [-Industry welcomed it.-]\n\nParliament
// votes" -> "…billion. Parliament votes": the white space before h, a
// paragraph joined, is compared as between g and h).
func followsAcross(g, h group, between []group) bool {
	only := func(kind groupKind) bool {
		for _, x := range between {
			if x.kind != kind {
				return false
			}
		}
		return true
	}
	switch {
	case len(between) == 0:
		return g.a1 == h.a0 && g.b1 == h.b0
	case only(gDelete):
		return g.b1 == h.b0
	case only(gInsert):
		return g.a1 == h.a0
	}
	return false
}

// twoSided reports a group with sentences in both versions, in place.
func twoSided(g group) bool { return g.kind == gEqual || g.kind == gEdit }

// heldSpans are the spans the changes of a pair hold in each version.
type heldSpans struct{ a, b spanList }

func newHeldSpans(cs []Change) *heldSpans {
	var a, b []span
	for _, c := range cs {
		a, b = append(a, span{c.AStart, c.AEnd}), append(b, span{c.BStart, c.BEnd})
	}
	return &heldSpans{newSpanList(a), newSpanList(b)}
}

// spanList answers whether any of a set of spans meets a stretch: the
// spans sorted by start, and reach[k] the furthest end among the first
// k+1 (a moved passage holds the changes inside it, so spans nest).
type spanList struct {
	spans []span
	reach []int
}

func newSpanList(spans []span) spanList {
	slices.SortFunc(spans, func(x, y span) int { return cmp.Compare(x.start, y.start) })
	reach := make([]int, len(spans))
	for k, x := range spans {
		reach[k] = x.end
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	return spanList{spans, reach}
}

// overlaps reports a span that holds a byte of [s, e), or an empty one
// (an insertion's place) strictly inside it.
func (l spanList) overlaps(s, e int) bool {
	before := sort.Search(len(l.spans), func(k int) bool { return l.spans[k].start >= e }) // spans starting before e
	if before > 0 && l.reach[before-1] > s {
		return true
	}
	inside := sort.Search(len(l.spans), func(k int) bool { return l.spans[k].start > s })
	return inside < before
}

// emitParts records the changes and groups of all segments. The emitter's
// work (word diffs, trivial changes, classification) is cut into parts at equal segments, where it carries no
// state, and the parts run at once; each coalesces its own changes (no
// change merges across an equal sentence), and their changes and groups
// are joined in order, so the result is the same as from one emitter.
func emitParts(ctx context.Context, a, b *document, ai, bi int, segs []segment, items [][]item, partnerA []int) ([]group, []Change) {
	cuts := []int{0}
	if procs := runtime.GOMAXPROCS(0); procs > 1 && len(segs) >= minSplitSegments {
		// Cut near equal shares of both texts' sentences, in more parts
		// than processors so that an uneven part is made up for.
		parts := partsPerProc * procs
		total := len(a.sents) + len(b.sents)
		for k, sg := range segs {
			if want := len(cuts) * total / parts; sg.equal && k > cuts[len(cuts)-1] && sg.a0+sg.b0 >= want {
				cuts = append(cuts, k)
			}
		}
	}
	cuts = append(cuts, len(segs))
	partGroups := make([][]group, len(cuts)-1)
	partChanges := make([][]Change, len(cuts)-1)
	parallel(len(cuts)-1, func(k int) {
		e := &emitter{a: a, b: b, ai: ai, bi: bi, keys: pairKeyer(a, b)}
		var groups []group
		if lo, hi := cuts[k], cuts[k+1]; lo < hi {
			// About a group a sentence, a pair of equal ones making one.
			groups = make([]group, 0, max(segs[hi-1].a1-segs[lo].a0, segs[hi-1].b1-segs[lo].b0))
		}
		partGroups[k] = e.emitSegments(ctx, segs, items, partnerA, cuts[k], cuts[k+1], groups)
		e.flushTrivial()
		partChanges[k] = e.coalesce(e.changes)
	})
	return slices.Concat(partGroups...), slices.Concat(partChanges...)
}

// segmentsPerCtxCheck is how many segments emitSegments emits between
// looks at its context: a segment of a rewritten text takes about a
// millisecond, so a cancelled comparison stops within tens of them.
const segmentsPerCtxCheck = 16

// partsPerProc is how many parts per processor emitParts cuts the
// segments into: more than one, so that a part that turns out slow (a
// rewritten stretch) is made up for by the others.
const partsPerProc = 4

// minSplitSegments is the least number of segments worth emitting in
// parts at once: fewer make a short text, whose parts would cost more to
// start than to run.
const minSplitSegments = 64

// emitSegments records the changes of segs[lo:hi] and appends their
// groups to groups. It starts with no state, so lo is 0 or an equal
// segment (which sets the state before anything reads it). Cancelled, it
// stops early, leaving the changes and groups incomplete.
func (e *emitter) emitSegments(ctx context.Context, segs []segment, items [][]item, partnerA []int, lo, hi int, groups []group) []group {
	lastAEnd, lastBEnd := 0, 0
	nextA := 0 // the base sentence an insertion goes before
	for si := lo; si < hi; si++ {
		if (si-lo)%segmentsPerCtxCheck == 0 && ctx.Err() != nil {
			break
		}
		sg := segs[si]
		if sg.equal {
			for k := 0; k < sg.a1-sg.a0; k++ {
				i, j := sg.a0+k, sg.b0+k
				if e.a.sents[i].hash != e.b.sents[j].hash {
					e.flushTrivial()
					groups = append(groups, group{gEdit, i, i + 1, j, j + 1})
					first := len(e.changes)
					e.diffGroup(e.a.sentToks(i, i+1), e.b.sentToks(j, j+1), e.a.sents[i].start, e.b.sents[j].start)
					e.keepUniqueWords(first, e.a.sentToks(i, i+1), e.b.sentToks(j, j+1))
				} else {
					groups = append(groups, group{gEqual, i, i + 1, j, j + 1})
					e.equalSentence(i, j)
				}
				if k+1 < sg.a1-sg.a0 {
					e.gap(e.a.sents[i].end, e.a.sents[i+1].start, e.b.sents[j].end, e.b.sents[j+1].start)
				}
			}
			e.flushTrivial()
			lastAEnd, lastBEnd = e.a.sents[sg.a1-1].end, e.b.sents[sg.b1-1].end
			nextA = sg.a1
			continue
		}
		for _, it := range withMoves(items[si], sg, partnerA) {
			switch it.kind {
			case itemPair:
				groups = append(groups, group{gEdit, it.a0, it.a1, it.b0, it.b1})
				first := len(e.changes)
				e.diffGroup(e.a.sentToks(it.a0, it.a1), e.b.sentToks(it.b0, it.b1), e.a.sents[it.a0].start, e.b.sents[it.b0].start)
				e.keepUniqueWords(first, e.a.sentToks(it.a0, it.a1), e.b.sentToks(it.b0, it.b1))
				lastAEnd, lastBEnd = e.a.sents[it.a1-1].end, e.b.sents[it.b1-1].end
				nextA = it.a1
			case itemDelete:
				groups = append(groups, group{gDelete, it.a0, it.a1, 0, 0})
				e.wholeSentences(Delete, e.a.sents[it.a0], sentence{start: lastBEnd, end: lastBEnd}, e.a.sentToks(it.a0, it.a1), nil)
				lastAEnd = e.a.sents[it.a1-1].end
				nextA = it.a1
			case itemInsert:
				groups = append(groups, group{gInsert, nextA, nextA, it.b0, it.b1})
				e.wholeSentences(Insert, sentence{start: lastAEnd, end: lastAEnd}, e.b.sents[it.b0], nil, e.b.sentToks(it.b0, it.b1))
				lastBEnd = e.b.sents[it.b1-1].end
			case itemMove:
				groups = append(groups, group{gMove, it.a0, it.a1, it.b0, it.b1})
				lastAEnd = e.a.sents[it.a1-1].end
				nextA = it.a1
			}
		}
	}
	e.flushTrivial()
	return groups
}

// unifyEditsBesideMoves adds to unify (B sentence -> base sentence) the
// sentences edited in place within besideMoveWindow sentences of a moved
// sentence unify has, in the gap that holds it in either version: else an
// edited sentence that moved would outweigh the edited ones beside it
// that stayed, and the second pass could keep the moved one in place and
// move the others. Only near the moved ones: unifying every edit, or
// every edit of a gap that holds one, would make the second pass redo
// every gap of a text rewritten throughout.
func unifyEditsBesideMoves(a, b *document, segs []segment, items [][]item, unify map[int]int) {
	moved := map[int]*movedIn{} // by segment
	in := func(k int) *movedIn {
		if moved[k] == nil {
			moved[k] = &movedIn{}
		}
		return moved[k]
	}
	for j, i := range unify {
		if k, _ := slices.BinarySearchFunc(segs, i, func(sg segment, i int) int { return cmp.Compare(sg.a1, i+1) }); k < len(segs) && segs[k].a0 <= i {
			in(k).a = append(in(k).a, i)
		}
		if k, _ := slices.BinarySearchFunc(segs, j, func(sg segment, j int) int { return cmp.Compare(sg.b1, j+1) }); k < len(segs) && segs[k].b0 <= j {
			in(k).b = append(in(k).b, j)
		}
	}
	for k, m := range moved {
		slices.Sort(m.a)
		slices.Sort(m.b)
		for _, it := range items[k] {
			if it.kind == itemPair && it.a1-it.a0 == 1 && it.b1-it.b0 == 1 && a.sents[it.a0].hash != b.sents[it.b0].hash &&
				(besideAny(it.a0, m.a) || besideAny(it.b0, m.b)) {
				unify[it.b0] = it.a0
			}
		}
	}
}

// movedIn are the moved sentences a gap holds, in each version, sorted.
type movedIn struct{ a, b []int }

// besideAny reports whether sentence x is within besideMoveWindow of one
// of the sorted sentences moved.
func besideAny(x int, moved []int) bool {
	k, _ := slices.BinarySearch(moved, x-besideMoveWindow)
	return k < len(moved) && moved[k] <= x+besideMoveWindow
}

// besideMoveWindow is how far from a moved sentence, in sentences, the
// second pass unifies the edits in place. The unified sentences need only
// outweigh the moved ones in the sentence diff: the reported case (a
// sentence moved past two edited ones) needs 1, and each moved sentence
// brings up to 2·32 edits beside it. Every eval set (make eval,
// TestSyntheticHeldOut, TestSyntheticNews, TestRewrites) scores the same
// from 1 to the whole gap; on the shuffled bench pair, whose gaps run to
// thousands of sentences, the whole gap made the second pass redo nearly
// every gap.
const besideMoveWindow = 32

// alignPass aligns the sentence streams, finds moves and pairs the
// sentences left in each gap.
func alignPass(ctx context.Context, a, b *side, unify map[int]int) ([]segment, [][]item, []int, error) {
	segs := sentenceSegments(a.document, b.document, unify)
	items, partnerA, err := alignSegments(ctx, a, b, segs)
	return segs, items, partnerA, err
}

// alignSegments finds moves and pairs the sentences left in each gap of
// segs.
func alignSegments(ctx context.Context, a, b *side, segs []segment) ([][]item, []int, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("compare: %w", err)
	}
	partnerA := filled(len(a.sents), -1) // moved base sentence -> its B sentence
	partnerB := filled(len(b.sents), -1)
	findExactMoves(a, b, segs, partnerA, partnerB)
	// Gaps are paired in parallel, in chunks of segments: each gap reads
	// only its own sentences (and writes only their slots of the sides'
	// bag caches), so chunks share nothing. A chunk holds at most
	// gapChunk segments, and fewer when the segments are few, so that a
	// text rewritten throughout, with a hundred large gaps, still gives
	// every processor several chunks.
	chunk := max(1, min(gapChunk, len(segs)/(chunksPerProc*runtime.GOMAXPROCS(0))))
	items := make([][]item, len(segs))
	parallel((len(segs)+chunk-1)/chunk, func(c int) {
		if ctx.Err() != nil {
			return
		}
		for si := c * chunk; si < min((c+1)*chunk, len(segs)); si++ {
			sg := segs[si]
			if sg.equal {
				continue
			}
			var as, bs []int
			for i := sg.a0; i < sg.a1; i++ {
				if partnerA[i] < 0 {
					as = append(as, i)
				}
			}
			for j := sg.b0; j < sg.b1; j++ {
				if partnerB[j] < 0 {
					bs = append(bs, j)
				}
			}
			items[si] = a.memo.remembered(as, bs, wholeGap, func() []item {
				return absorbRuns(a, b, joinHoles(a, b, pairGap(a, b, as, bs)))
			})
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("compare: %w", err)
	}
	findNearMoves(a, b, items, partnerA, partnerB)
	return items, partnerA, nil
}

// gapChunk is the most segments one parallel task pairs: enough that a
// task's start is small beside its work, few enough to spread a revision
// pair's hundreds of gaps over the processors.
const gapChunk = 64

// chunksPerProc is the least number of gap-pairing tasks per processor
// when there are segments enough.
const chunksPerProc = 8

// cells is m·n, the cells of a table of m rows and n columns, in int64:
// the size checks compare it with their bounds, and on 32-bit an int
// product of two lengths wraps.
func cells(m, n int) int64 { return int64(m) * int64(n) }

func filled[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// equalSentence checks two sentences with equal keys for typographic
// differences.
func (e *emitter) equalSentence(i, j int) {
	sa, sb := e.a.sents[i], e.b.sents[j]
	if e.a.text[sa.start:sa.end] == e.b.text[sb.start:sb.end] {
		return
	}
	at, bt := e.a.toks[sa.tokLo:sa.tokHi], e.b.toks[sb.tokLo:sb.tokHi]
	if len(at) != len(bt) { // a hash collision: diff it properly
		e.diffGroup(at, bt, sa.start, sb.start)
		return
	}
	// Ignored characters before the first or after the last token count
	// as trivial differences.
	if len(at) == 0 {
		e.gap(sa.start, sa.end, sb.start, sb.end)
		return
	}
	e.gap(sa.start, int(at[0].start), sb.start, int(bt[0].start))
	e.equalTokens(at, bt)
	e.gap(int(at[len(at)-1].end()), sa.end, int(bt[len(bt)-1].end()), sb.end)
}

// wholeSentences records a sentence deleted from A or inserted in B.
func (e *emitter) wholeSentences(k Kind, sa, sb sentence, da, db []token) {
	e.flushTrivial()
	c := Change{Kind: k, A: e.ai, B: e.bi, AStart: sa.start, AEnd: sa.end, BStart: sb.start, BEnd: sb.end}
	e.classify(&c, da, db)
	// Merged at once into the deletion (insertion) it goes on, as
	// coalesce would merge it: a text deleted whole, paragraph by
	// paragraph, would otherwise hold a change a paragraph until then.
	// An insertion that coalesce will join to the deletion before it, as a
	// replacement, is left for it: what comes after does not join that.
	if n := len(e.changes); n > 0 && (n < 2 || !e.joinsAsReplacement(&e.changes[n-2], &e.changes[n-1])) &&
		e.extend(&e.changes[n-1], c) {
		return
	}
	e.changes = append(e.changes, c)
}

// coalesce merges consecutive deletions (or insertions) that only white
// space separates into one change. It reuses cs, which its callers have
// spent: the changes are most of a rewritten text's result, and a second
// array of them would raise its peak by as much.
func (e *emitter) coalesce(cs []Change) []Change {
	out := cs[:0]
	for _, c := range cs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if e.extend(p, c) {
				continue
			}
			if e.joinsAsReplacement(p, &c) {
				// A deletion and an insertion in one place are a replacement.
				del := p.Flags
				p.Kind = Replace
				p.BStart, p.BEnd = c.BStart, c.BEnd
				p.BText = c.BText
				if e.keys.sameWords(p.AText, p.BText) {
					// Whole sentences with the same words cut differently
					// (see diffGroup): typography, not an edit.
					p.Trivial, p.Flags, p.ANumbers, p.BNumbers = true, nil, nil, nil
					continue
				}
				// Classified anew as one replacement: a deleted and an
				// inserted sentence that both say "3 hours" change no number.
				e.classifyJoined(p, e.a.tokensIn(p.AStart, p.AEnd), e.b.tokensIn(p.BStart, p.BEnd), del, c.Flags)
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// joinsAsReplacement reports a deletion p and an insertion c after it in
// one place, which coalesce makes one replacement.
func (e *emitter) joinsAsReplacement(p, c *Change) bool {
	return p.Kind == Delete && c.Kind == Insert && !p.Trivial && !c.Trivial && c.AStart == p.AEnd &&
		c.BStart >= p.BStart && onlySpace(e.b.text[p.BStart:c.BStart])
}

// extend merges c into p, the change before it, when both delete (or
// both insert) and only white space lies between them, and reports
// whether it did.
func (e *emitter) extend(p *Change, c Change) bool {
	if p.Kind != c.Kind || p.Trivial || c.Trivial {
		return false
	}
	switch {
	case c.Kind == Delete && c.BStart == p.BEnd && c.AStart >= p.AEnd && onlySpace(e.a.text[p.AEnd:c.AStart]):
		p.AEnd = c.AEnd
		p.AText = e.a.text[p.AStart:p.AEnd]
		p.ANumbers = append(p.ANumbers, c.ANumbers...)
	case c.Kind == Insert && c.AStart == p.AEnd && c.BStart >= p.BEnd && onlySpace(e.b.text[p.BEnd:c.BStart]):
		p.BEnd = c.BEnd
		p.BText = e.b.text[p.BStart:p.BEnd]
		p.BNumbers = append(p.BNumbers, c.BNumbers...)
	default:
		return false
	}
	p.Flags = mergeFlags(p.Flags, c.Flags)
	return true
}

func mergeFlags(a, b []string) []string {
	for _, f := range b {
		found := false
		for _, g := range a {
			found = found || g == f
		}
		if !found {
			a = append(a, f)
		}
	}
	return a
}
