package crosslang

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
)

// Bead is one group of the alignment: source units [Src0, Src1) are
// rendered by target units [Tgt0, Tgt1). Either range may be empty (an
// omission or an addition), not both.
type Bead struct {
	Src0, Src1, Tgt0, Tgt1 int
}

// Unit tells what the strings given to [Align] are.
type Unit int

const (
	// Sentences are of about even length: each counts as one in a bead's
	// score.
	Sentences Unit = iota
	// Paragraphs range from a two-word greeting to hundreds of words:
	// each counts by its length against the median paragraph.
	Paragraphs
)

// defaultParams are the tuned parameters. The shapes' penalties start
// from Gale and Church's priors; all were tuned on the Text+Berg dev set
// and Anna Karenina vol. 1 (EN–RU), with the Text+Berg test sets scored
// only after; skipFurther on windows of the same two with passages left out
// (TestPassageOmissions), among 0.5, 0.75, 1, 1.25, 1.5 and 2.
// Paragraphs keep it at skip: a cheaper run merged the sample's abridged
// repost's paragraphs wrongly. contradiction was tried at 0.5, 1 and 2 on
// the same sets and on short renderings with a paragraph moved: at 1 the
// moves are found and Text+Berg dev and test score better, Anna Karenina
// the same, and the windows with a passage left out or added about the
// same; on paragraphs it cost the synthetic paragraph set and found no
// move the sentences did not, so they go without.
func defaultParams(unit Unit) *params {
	p := &params{
		shapes: []shape{
			{1, 1, 0}, {1, 0, 0}, {0, 1, 0},
			{2, 1, 1.2}, {1, 2, 1.2}, {2, 2, 2.5},
			{3, 1, 2.5}, {1, 3, 2.5}, {3, 2, 3.5}, {2, 3, 3.5},
			{4, 1, 3.5}, {1, 4, 3.5},
		},
		similarity:    3,
		skip:          2,
		skipFurther:   1,
		chance:        0.2,
		length:        0.5,
		variance:      6.8,
		lexiconPasses: 1,
		contradiction: 1,
	}
	if unit == Paragraphs {
		// Tuned on paragraphs made from the same sets (synth_test.go).
		p.size = sizeUnitMass
		p.skip, p.skipFurther = 1, 1
		p.chance = 0.1
		p.length = 0.2
		p.contradiction = 0
	}
	return p
}

// Band widths.
const (
	// firstBand is the half-width of the first band around the anchor
	// path; secondBand that around the first pass's path. The first pass
	// on Anna Karenina needs no widening at 24.
	firstBand  = 24
	secondBand = 8
	// fullGridCells: a pair this small is searched whole, with no band to
	// guess (a few milliseconds).
	fullGridCells = 300_000
	// maxWiden bounds how often a band is widened, and widenFactor is how
	// much each time: every round searches the whole band again, so few
	// large steps cost less than many small ones.
	maxWiden    = 4
	widenFactor = 4
	// maxBandCells bounds a widened band, per unit of the two sides, so
	// that time and memory stay linear when the path keeps running along
	// the edge (texts that share little, or one text twice over).
	maxBandCells = 128
	// maxCellsPerChar bounds a band by the characters of the two texts
	// too: units of a word or two (a word list against prose) make
	// maxBandCells a unit many times the texts' size, in time and in
	// memory. The first band is narrowed to fit, and a band that would
	// grow past it is not widened. The widest band on Anna Karenina has
	// 0.7 cells a character; on the evaluation sets no band reaches 2.
	maxCellsPerChar = 2
)

// maxCells is the most cells a band of a's texts may have.
func (a *aligner) maxCells() int {
	n, m := len(a.s.units), len(a.t.units)
	chars := 0
	for _, u := range a.s.units {
		chars += u.chars
	}
	for _, u := range a.t.units {
		chars += u.chars
	}
	return min(maxBandCells*(n+m+1), max(fullGridCells, maxCellsPerChar*chars))
}

// bandAround is the band of half-width w around the path through pts,
// narrowed until it has no more than maxCells cells (or is one unit wide).
func (a *aligner) bandAround(pts []point, w int) band {
	n, m := len(a.s.units), len(a.t.units)
	b := bandAround(pts, n, m, w)
	for limit := a.maxCells(); w > 1 && b.cells() > limit; {
		w /= 2
		b = bandAround(pts, n, m, w)
	}
	return b
}

// Align aligns the source units with the target units (the sentences or
// paragraphs of a text and of its translation) and returns the beads in
// order; together they cover both sides exactly once.
func Align(ctx context.Context, src, tgt []string, unit Unit) ([]Bead, error) {
	return align(ctx, src, tgt, defaultParams(unit))
}

func align(ctx context.Context, src, tgt []string, p *params) ([]Bead, error) {
	beads, _, err := alignLoose(ctx, src, tgt, p)
	return beads, err
}

// alignLoose is align, also returning the loose units (see looseUnits).
func alignLoose(ctx context.Context, src, tgt []string, p *params) ([]Bead, Loose, error) {
	n, m := len(src), len(tgt)
	if n == 0 || m == 0 {
		return trivial(n, m), Loose{}, nil
	}
	return newAligner(src, tgt, p).alignList(ctx)
}

// alignList aligns a's units as two lists: the whole grid when small,
// else a band around the anchors, widened where the path runs along
// its edge.
func (a *aligner) alignList(ctx context.Context) ([]Bead, Loose, error) {
	n, m := len(a.s.units), len(a.t.units)
	chain := anchors(a.s, a.t, len(a.kt.ids))
	a.ratio = anchorRatio(a.s, a.t, chain)
	b, widen := fullBand(n, m), false
	if (n+1)*(m+1) > fullGridCells {
		b, widen = a.bandAround(pathThrough(chain, n, m), firstBand), true
	}
	beads, err := a.run(ctx, b, widen)
	return beads, Loose{Src: a.looseSrc, Tgt: a.looseTgt}, err
}

// Loose names the units an alignment merged into a neighbour's bead but
// that look unrendered: source units with no counterpart of their own
// (an omission), target units with none (an addition), each numbered
// through its side. The beads stay as they are: these are hints.
type Loose struct {
	Src, Tgt []int
}

// trivial is the alignment where a side is empty.
func trivial(n, m int) []Bead {
	if n == 0 && m == 0 {
		return nil
	}
	return []Bead{{0, n, 0, m}}
}

// AlignDocument aligns two documents given as paragraphs of sentences:
// paragraphs first, then sentences inside the band the paragraph beads
// allow, with one lexicon learnt from the whole pair. It returns the
// paragraph beads, the sentence beads (sentences numbered through the
// document) and the loose sentences.
func AlignDocument(ctx context.Context, src, tgt [][]string) (paras, sents []Bead, loose Loose, err error) {
	paras, sents, loose, _, err = alignDocument(ctx, src, tgt)
	return paras, sents, loose, err
}

// alignDocument is AlignDocument, also returning the number of grid
// cells its sentence passes searched.
func alignDocument(ctx context.Context, src, tgt [][]string) (paras, sents []Bead, loose Loose, searched int, err error) {
	sp, ss, sFirst := joinParagraphs(src)
	tp, ts, tFirst := joinParagraphs(tgt)
	paras, err = Align(ctx, sp, tp, Paragraphs)
	if err != nil || len(ss) == 0 || len(ts) == 0 {
		return paras, trivial(len(ss), len(ts)), Loose{}, 0, err
	}
	if !paragraphsCorrespond(paras, sFirst, tFirst) {
		// The paragraphs cannot guide the sentences: they are aligned as
		// one list each, around the anchors.
		a := newAligner(ss, ts, defaultParams(Sentences))
		sents, loose, err = a.alignList(ctx)
		return paras, sents, loose, a.searched, err
	}
	sents, loose, searched, err = alignInParagraphs(ctx, ss, ts, paras, sFirst, tFirst)
	return paras, sents, loose, searched, err
}

// joinParagraphs returns the paragraphs of d, each its sentences joined,
// the sentences of the whole document, and the number of each
// paragraph's first sentence with the sentence count after the last.
func joinParagraphs(d [][]string) (paras, sents []string, first []int) {
	for _, p := range d {
		first = append(first, len(sents))
		paras = append(paras, strings.Join(p, " "))
		sents = append(sents, p...)
	}
	return paras, sents, append(first, len(sents))
}

// alignInParagraphs aligns the sentences ss and ts inside the paragraph
// beads paras (sFirst and tFirst number each paragraph's first
// sentence), unless aligned as one list each they leave far fewer alone.
// It returns the sentence beads, the loose sentences and the grid cells
// searched.
func alignInParagraphs(ctx context.Context, ss, ts []string, paras []Bead, sFirst, tFirst []int) ([]Bead, Loose, int, error) {
	n, m := len(ss), len(ts)
	a := newAligner(ss, ts, defaultParams(Sentences))
	b := a.groupByParagraphs(paras, sFirst, tFirst)
	chain := anchors(a.s, a.t, len(a.kt.ids))
	a.ratio = anchorRatio(a.s, a.t, chain)
	// Paragraph beads of thousands of sentences a side (a text of one
	// sentence a line, with no blank line, is one paragraph) would be
	// searched whole: a band larger than a widened band may grow to is
	// searched around the anchors instead, as a list of sentences is
	// (alignLoose). Paragraphs of a few sentences make a narrower band.
	widen := false
	if b.cells() > a.maxCells() {
		b, widen = b.within(a.bandAround(pathThrough(chain, n, m), firstBand)), true
	}
	sents, err := a.run(ctx, b, widen)
	if err != nil {
		return sents, Loose{}, a.searched, err
	}
	// Many sentences alone may be an abridged rendering, or paragraphs
	// cut otherwise (joined, split, a sentence each, breaks moved), which
	// the paragraph beads then pair wrongly. Aligned as one list each, the
	// sentences of a rendering cut otherwise find their pairs; those of an
	// abridged one stay alone.
	aloneS, aloneT := aloneEach(sents)
	guided := aloneS + aloneT
	if guided < minGuidedAlone || float64(aloneS) < maxGuidedAlone*float64(n) || float64(aloneT) < maxGuidedAlone*float64(m) {
		sents = a.finish(a.realignAcrossGroups(a.beads))
		return sents, Loose{Src: a.looseSrc, Tgt: a.looseTgt}, a.searched, nil
	}
	l := newAligner(ss, ts, defaultParams(Sentences))
	listed, lLoose, err := l.alignList(ctx)
	if err != nil {
		return sents, Loose{}, a.searched + l.searched, err
	}
	if ls, lt := aloneEach(listed); float64(ls+lt) < listAloneShare*float64(guided) {
		return listed, lLoose, a.searched + l.searched, nil
	}
	sents = a.finish(a.realignAcrossGroups(a.beads))
	return sents, Loose{Src: a.looseSrc, Tgt: a.looseTgt}, a.searched + l.searched, nil
}

// groupByParagraphs numbers each sentence of a by the paragraph bead
// of paras it lies in (sFirst and tFirst number each paragraph's first
// sentence), tells the beads with sentences on both sides, and returns
// the band that keeps a sentence bead inside one paragraph bead's
// rectangle.
func (a *aligner) groupByParagraphs(paras []Bead, sFirst, tFirst []int) band {
	n, m := len(a.s.units), len(a.t.units)
	b := band{lo: make([]int, n+1), hi: make([]int, n+1), m: m}
	for i := range b.lo {
		b.lo[i], b.hi[i] = m, 0
	}
	a.srcGroup, a.tgtGroup = make([]int, n), make([]int, m)
	a.pairedGroup = make([]bool, len(paras))
	for k, pb := range paras {
		a.pairedGroup[k] = pb.Src0 < pb.Src1 && pb.Tgt0 < pb.Tgt1
		i0, i1 := sFirst[pb.Src0], sFirst[pb.Src1]
		j0, j1 := tFirst[pb.Tgt0], tFirst[pb.Tgt1]
		for i := i0; i <= i1; i++ {
			b.lo[i] = min(b.lo[i], j0)
			b.hi[i] = max(b.hi[i], j1)
		}
		for i := i0; i < i1; i++ {
			a.srcGroup[i] = k
		}
		for j := j0; j < j1; j++ {
			a.tgtGroup[j] = k
		}
	}
	b.monotone()
	return b
}

// Sentences aligned inside the paragraph beads are aligned again as one
// list each when more than maxGuidedAlone of each side's are alone, and
// at least minGuidedAlone in all (in a short text one sentence left out is
// a tenth); that alignment is taken when it leaves under listAloneShare as
// many alone. Tuned on the cuts of TestParagraphCuts: paragraphs cut
// otherwise (joined, split, a sentence each, breaks moved) leave a fifth
// or more of each side alone, an abridged rendering leaves its source's
// sentences alone and hardly any of its own, and a list leaves a tenth or
// less of those cut otherwise alone.
const (
	maxGuidedAlone = 0.1
	minGuidedAlone = 4
	listAloneShare = 0.5
)

// aloneEach counts the sentences of each side in beads with one side.
func aloneEach(beads []Bead) (src, tgt int) {
	for _, b := range beads {
		if b.Tgt0 == b.Tgt1 {
			src += b.Src1 - b.Src0
		}
		if b.Src0 == b.Src1 {
			tgt += b.Tgt1 - b.Tgt0
		}
	}
	return src, tgt
}

// aligner holds one pair's features while it is aligned.
type aligner struct {
	s, t  *side
	kt    *keyTable
	p     *params
	ratio float64 // target characters per source character
	costs lengthCosts
	// srcGroup and tgtGroup keep each bead inside one group (see scorer);
	// pairedGroup tells the groups with units on both sides.
	srcGroup, tgtGroup []int
	pairedGroup        []bool
	// last is the scorer of the last pass, which looseUnits asks again.
	last *scorer
	// beads are the alignment found, with their scores.
	beads []bead
	// looseSrc and looseTgt are the alignment's loose units (looseUnits).
	looseSrc, looseTgt []int
	// searched counts the grid cells the passes searched.
	searched int
	// ring and grid are a search's buffers, kept for the next; pairs are
	// the weights of the last pass's beads, which last scores with.
	ring, pairs pairs
	grid        grid
	// srcPartners and tgtPartners are the units' number partners
	// (numberPartners), read once the first pass asks (partnered).
	srcPartners, tgtPartners [][]int32
	partnered                bool
}

func newAligner(src, tgt []string, p *params) *aligner {
	kt := &keyTable{ids: make(map[string]int32)}
	return &aligner{s: newSide(src, kt), t: newSide(tgt, kt), kt: kt, p: p, costs: lengthTable()}
}

// run aligns inside band b: a first pass, then a lexicon learnt from it
// and further passes around the path found. With widen, a band whose edge
// the best path runs along is widened there.
func (a *aligner) run(ctx context.Context, b band, widen bool) ([]Bead, error) {
	beads, path, err := a.pass(ctx, b, widen)
	if err != nil {
		return nil, err
	}
	a.ratio = beadRatio(a.s, a.t, beads, a.ratio)
	for range a.p.lexiconPasses {
		learnLexicon(a.s, a.t, beads, a.kt)
		if widen {
			b = a.bandAround(path, secondBand)
		}
		beads, path, err = a.pass(ctx, b, widen)
		if err != nil {
			return nil, err
		}
	}
	return a.finish(beads), nil
}

// finish keeps beads as the alignment's, with their loose units, and
// returns them.
func (a *aligner) finish(beads []bead) []Bead {
	a.beads = beads
	a.looseSrc, a.looseTgt = looseUnits(a.last, beads)
	out := make([]Bead, len(beads))
	for k, bd := range beads {
		out[k] = Bead{bd.i0, bd.i1, bd.j0, bd.j1}
	}
	return out
}

// realignAcrossGroups aligns again, groups aside, the units of each two
// beads that meet at a group's edge, and keeps the better alignment of
// them. A rendering that moves a paragraph break by a sentence puts that
// sentence and its source in two groups: inside their groups they are
// left alone or joined to a neighbour (2:1 beside 1:2).
func (a *aligner) realignAcrossGroups(beads []bead) []bead {
	groupOf := func(b bead) int {
		if b.i1 > b.i0 {
			return a.srcGroup[b.i0]
		}
		return a.tgtGroup[b.j0]
	}
	var edges []int // beads k and k+1 meet at a group's edge
	for k := 0; k+1 < len(beads); k++ {
		if groupOf(beads[k]) != groupOf(beads[k+1]) {
			edges = append(edges, k)
			k++
		}
	}
	if len(edges) == 0 {
		return beads
	}
	// The weights of each two beads' rectangle, and a scorer that lets a
	// bead span groups.
	path := []point{{}}
	for k, e := 0, 0; k < len(beads); k++ {
		if e < len(edges) && edges[e] == k {
			k, e = k+1, e+1
		}
		path = append(path, point{beads[k].i1, beads[k].j1})
	}
	var ps pairs
	matchPairs(a.newPairFiller(index(a.t, len(a.kt.ids))), beadsBand(path, len(a.s.units), len(a.t.units)), &ps)
	free := *a.last
	free.pairs, free.srcGroup, free.tgtGroup = &ps, nil, nil
	out := make([]bead, 0, len(beads))
	for k, e := 0, 0; k < len(beads); k++ {
		if e == len(edges) || edges[e] != k {
			out = append(out, beads[k])
			continue
		}
		e++
		out = append(out, a.realign(&free, beads[k], beads[k+1])...)
		k++
	}
	return out
}

// crossGroupPenalty is what realign charges a bead that spans groups.
// Tuned on the cuts of TestParagraphCuts (one break in ten moved, the
// paragraphs kept, every third dropped), in steps of 0.5: lower, sentences
// join across breaks the paragraphs rightly keep; higher, the sentences of
// a moved break stay alone.
const crossGroupPenalty = 2

// pairedGroups reports whether source units [i0, i1) and target units
// [j0, j1) lie in groups with units on both sides.
func (a *aligner) pairedGroups(i0, i1, j0, j1 int) bool {
	for i := i0; i < i1; i++ {
		if !a.pairedGroup[a.srcGroup[i]] {
			return false
		}
	}
	for j := j0; j < j1; j++ {
		if !a.pairedGroup[a.tgtGroup[j]] {
			return false
		}
	}
	return true
}

// realign returns the best beads, by sc, over the units of x and y, the
// bead after x, or x and y where none scores better. A bead that spans
// groups pays crossGroupPenalty, and may not take a unit of a group the
// paragraph alignment left alone (an omission or addition it found).
func (a *aligner) realign(sc *scorer, x, y bead) []bead {
	kept := 0.0
	for _, b := range []bead{x, y} {
		sh, ok := a.shapeOf(b)
		if !ok {
			return []bead{x, y}
		}
		kept += sc.score(sh, b.i1, b.j1, math.Inf(-1))
	}
	h, w := y.i1-x.i0, y.j1-x.j0
	best, from := a.realignGrid(sc, point{x.i0, x.j0}, h, w)
	if best[h][w] <= kept {
		return []bead{x, y}
	}
	var rev []bead
	for i, j := h, w; i > 0 || j > 0; {
		sh := from[i][j]
		rev = append(rev, bead{x.i0 + i - sh.a, x.i0 + i, x.j0 + j - sh.b, x.j0 + j,
			sc.score(sh, x.i0+i, x.j0+j, math.Inf(-1))})
		i, j = i-sh.a, j-sh.b
	}
	slices.Reverse(rev)
	return rev
}

// shapeOf is the shape of a's parameters that bead b has, if any.
func (a *aligner) shapeOf(b bead) (shape, bool) {
	for _, sh := range a.p.shapes {
		if sh.a == b.i1-b.i0 && sh.b == b.j1-b.j0 {
			return sh, true
		}
	}
	return shape{}, false
}

// realignGrid scores, by sc, the paths of beads through the h×w units
// from node at, charging the beads that span groups as realign says:
// best[i][j] is the best score of beads from at to (at.i+i, at.j+j),
// from[i][j] the shape of its last bead.
func (a *aligner) realignGrid(sc *scorer, at point, h, w int) (best [][]float64, from [][]shape) {
	best = make([][]float64, h+1)
	from = make([][]shape, h+1)
	for i := range best {
		best[i], from[i] = make([]float64, w+1), make([]shape, w+1)
		for j := range best[i] {
			best[i][j] = math.Inf(-1)
		}
	}
	best[0][0] = 0
	for i := 0; i <= h; i++ {
		for j := 0; j <= w; j++ {
			for _, sh := range a.p.shapes {
				if i < sh.a || j < sh.b || math.IsInf(best[i-sh.a][j-sh.b], -1) {
					continue
				}
				i0, j0 := at.i+i-sh.a, at.j+j-sh.b
				v := best[i-sh.a][j-sh.b] + sc.score(sh, at.i+i, at.j+j, math.Inf(-1))
				if !a.last.oneGroup(i0, at.i+i, j0, at.j+j) {
					if !a.pairedGroups(i0, at.i+i, j0, at.j+j) {
						continue // a group the paragraphs left alone stays so
					}
					v -= crossGroupPenalty
				}
				if v > best[i][j] {
					best[i][j], from[i][j] = v, sh
				}
			}
		}
	}
	return best, from
}

// newPairFiller fills pair weights from post, the target's index (see
// index), which a pass builds once for all its rounds.
func (a *aligner) newPairFiller(post [][]posting) *pairFiller {
	nOcc := 0
	for _, u := range a.t.units {
		nOcc += len(u.types)
	}
	return newPairFiller(a.s, a.t, post, nOcc)
}

// pass searches the band, doubling it where the best path runs along its
// edge (when widen is set), and returns the beads and the path.
func (a *aligner) pass(ctx context.Context, b band, widen bool) ([]bead, []point, error) {
	n, m := len(a.s.units), len(a.t.units)
	post := index(a.t, len(a.kt.ids))
	sc := &scorer{src: a.s, tgt: a.t, ratio: a.ratio, p: a.p, costs: a.costs,
		srcChars: prefixChars(a.s), tgtChars: prefixChars(a.t), srcMass: prefixMass(a.s), tgtMass: prefixMass(a.t),
		srcGroup: a.srcGroup, tgtGroup: a.tgtGroup, flatRuns: a.flatRuns()}
	if a.p.contradiction > 0 {
		if !a.partnered {
			// The units' numbers stay the same from pass to pass.
			a.srcPartners, a.tgtPartners = numberPartners(a.s, a.t)
			a.partnered = true
		}
		if a.srcPartners != nil {
			sc.srcPartners, sc.tgtPartners = a.srcPartners, a.tgtPartners
			sc.srcHeld, sc.tgtHeld = held(a.srcPartners), held(a.tgtPartners)
		}
	}
	w := firstBand
	for round := 0; ; round++ {
		a.searched += b.cells()
		ring := newRingPairs(a.newPairFiller(post), b, &a.ring)
		sc.pairs = ring.p
		path, shapes, err := search(ctx, sc, b, &a.grid, ring)
		if err != nil {
			return nil, nil, err
		}
		var rows []int
		if widen && round < maxWiden {
			rows = b.touched(path)
		}
		if a.p.trace != nil {
			a.p.trace("pass: band %d cells, round %d, %d rows touched", b.cells(), round, len(rows))
		}
		if len(rows) > 0 {
			w *= widenFactor
			next := fullBand(n, m)
			if w < m {
				next = b.widen(rows, w)
			}
			if next.cells() <= a.maxCells() {
				b = next
				continue
			}
		}
		// The beads are scored again, here and by looseUnits, with the
		// weights of their own rectangles only.
		matchPairs(a.newPairFiller(post), beadsBand(path, n, m), &a.pairs)
		sc.pairs = &a.pairs
		beads := make([]bead, 0, len(path)-1)
		for k := 1; k < len(path); k++ {
			q, sh := path[k], shapes[k]
			beads = append(beads, bead{q.i - sh.a, q.i, q.j - sh.b, q.j, sc.score(sh, q.i, q.j, math.Inf(-1))})
		}
		a.last = sc
		return beads, path, nil
	}
}

// flatRuns reports whether a's units lie in more than one paragraph bead
// with both sides (a title paragraph alone on one side does not count):
// those beads took out the passages left out inside the text, and a run
// inside one stands for sentences left out one by one, so each pays the
// full skip (on the sample's abridged repost a cheaper run paired a
// sentence with the wrong source). A run at the text's start or end (a
// rendering that starts late or stops short, inside a paragraph) is
// still a passage.
func (a *aligner) flatRuns() bool {
	paired := 0
	for _, ok := range a.pairedGroup {
		if ok {
			paired++
		}
	}
	return paired > 1
}

// Length ratios. A rendering's length per source character is estimated
// from units known to match, not from the whole texts: an abridged
// rendering is a fifth of its source, yet each paragraph it keeps is about
// as long as the source's.
const (
	// minRatioPairs is how many matched pairs an estimate needs.
	minRatioPairs = 5
	// minRatio and maxRatio bound every estimate: no two languages differ
	// more in length.
	minRatio, maxRatio = 0.5, 2.0
	// The ratio of the whole texts, the fallback for a pair with too few
	// anchors, is bounded closer: an abridged rendering's is far below its
	// paragraphs', and the first pass's beads correct it.
	minTextRatio, maxTextRatio = 0.8, 1.25
)

// anchorRatio estimates the target characters per source character from
// the anchored pairs (their median), else from the whole texts.
func anchorRatio(s, t *side, chain []point) float64 {
	var rs []float64
	for _, p := range chain {
		if c := s.units[p.i].chars; c > 0 {
			rs = append(rs, float64(t.units[p.j].chars)/float64(c))
		}
	}
	if len(rs) >= minRatioPairs {
		slices.Sort(rs)
		return min(maxRatio, max(minRatio, rs[len(rs)/2]))
	}
	sc, tc := totalChars(s), totalChars(t)
	if sc == 0 || tc == 0 {
		return 1
	}
	return min(maxTextRatio, max(minTextRatio, float64(tc)/float64(sc)))
}

// beadRatio estimates the ratio from the better half of the beads that
// have both sides, or returns old.
func beadRatio(s, t *side, beads []bead, old float64) float64 {
	var both []bead
	for _, b := range beads {
		if b.i1 > b.i0 && b.j1 > b.j0 {
			both = append(both, b)
		}
	}
	if len(both) < minRatioPairs {
		return old
	}
	slices.SortFunc(both, func(x, y bead) int { return cmp.Compare(y.score, x.score) })
	var sc, tc int
	for _, b := range both[:(len(both)+1)/2] {
		for i := b.i0; i < b.i1; i++ {
			sc += s.units[i].chars
		}
		for j := b.j0; j < b.j1; j++ {
			tc += t.units[j].chars
		}
	}
	if sc == 0 || tc == 0 {
		return old
	}
	return min(maxRatio, max(minRatio, float64(tc)/float64(sc)))
}

func totalChars(s *side) int {
	n := 0
	for _, u := range s.units {
		n += u.chars
	}
	return n
}

// prefixChars returns the characters of the first k units, for each k.
func prefixChars(s *side) []int {
	out := make([]int, len(s.units)+1)
	for k, u := range s.units {
		out[k+1] = out[k] + u.chars
	}
	return out
}

// prefixMass returns the mass of the first k units, for each k.
func prefixMass(s *side) []float64 {
	out := make([]float64, len(s.units)+1)
	for k, u := range s.units {
		out[k+1] = out[k] + u.mass
	}
	return out
}

// minParagraphCover is the least share of its sentences that the side
// with fewer paragraphs must have in paragraph beads with a counterpart
// for the paragraphs to guide the sentence alignment. An abridged
// rendering has few paragraphs, nearly all matched (the source's many
// unmatched ones do not count against it); a rendering that lost its
// paragraph breaks, one paragraph against thousands, has none matched.
const minParagraphCover = 0.5

// paragraphsCorrespond reports whether the paragraph beads pair enough
// of the sentences of the side with fewer paragraphs; first numbers each
// side's first sentence of each paragraph, and its last entry is the
// side's sentence count.
func paragraphsCorrespond(paras []Bead, sFirst, tFirst []int) bool {
	first, side := sFirst, func(b Bead) (int, int) { return b.Src0, b.Src1 }
	if len(tFirst) < len(sFirst) {
		first, side = tFirst, func(b Bead) (int, int) { return b.Tgt0, b.Tgt1 }
	}
	matched := 0
	for _, b := range paras {
		if b.Src0 < b.Src1 && b.Tgt0 < b.Tgt1 {
			p0, p1 := side(b)
			matched += first[p1] - first[p0]
		}
	}
	total := first[len(first)-1]
	return total == 0 || float64(matched) >= minParagraphCover*float64(total)
}
