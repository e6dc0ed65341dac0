package compare

import (
	"math"
	"slices"
)

// itemKind is what happens to sentences inside a gap between equal runs.
type itemKind uint8

const (
	itemPair   itemKind = iota // base sentences [a0,a1) match B sentences [b0,b1)
	itemDelete                 // base sentence a0 is gone
	itemInsert                 // B sentence b0 is new
	itemMove                   // base sentence a0 moved to B sentence b0
)

// item is one step inside a gap.
type item struct {
	kind           itemKind
	a0, a1, b0, b1 int
}

// pairThreshold is the least Dice similarity of word keys for two sentences
// to count as one reworded sentence rather than a deletion and an insertion.
// Tuned by a sweep from 0.3 to 0.6 on the synthetic sets, the held-out
// sets and the rewrites (make eval, TestSyntheticHeldOut, TestRewrites):
// the scores are flat from 0.35 to 0.45; above, German rewordings (which
// keep fewer of their word forms) fall apart into a deletion and an
// insertion, and below, unrelated German sentences start to pair.
const pairThreshold = 0.4

// maxGapSide and maxGapCells bound the dynamic programme inside one gap;
// larger gaps are cut into chunks of at most maxGapSide sentences a side
// along the diagonal, so that cost stays near-linear.
const (
	maxGapSide  = 200
	maxGapCells = maxGapSide * maxGapSide
)

// chunkBand is the half-width, in sentences, of the band around a chunk's
// diagonal that the dynamic programme searches: a chunk of a large gap is
// already aligned in order, so a sentence pairs with one near its place.
// Tuned on the shuffled bench pair, where full 200 x 200 chunks were the
// slowest step: the band is the narrowest that keeps every synthetic and
// public score.
const chunkBand = 8

// pairGap pairs the unmatched base sentences as with the unmatched B
// sentences bs (both ascending) by similarity, allowing 1:1, 1:2, 2:1 and
// 2:2 groups (splits and merges), in order.
func pairGap(a, b *side, as, bs []int) []item {
	m, n := len(as), len(bs)
	if m == 0 || n == 0 {
		return plainItems(as, bs)
	}
	if cells(m, n) <= maxGapCells {
		return pairDP(a, b, as, bs, 0)
	}
	if items, ok := pairByParagraphs(a, b, as, bs); ok {
		return items
	}
	chunks := int(math.Ceil(float64(max(m, n)) / maxGapSide))
	var out []item
	for c := 0; c < chunks; c++ {
		ca := as[c*m/chunks : (c+1)*m/chunks]
		cb := bs[c*n/chunks : (c+1)*n/chunks]
		if len(ca) == 0 || len(cb) == 0 {
			out = append(out, plainItems(ca, cb)...)
			continue
		}
		out = append(out, pairDP(a, b, ca, cb, chunkBand)...)
	}
	return out
}

func plainItems(as, bs []int) []item {
	out := make([]item, 0, len(as)+len(bs))
	for _, i := range as {
		out = append(out, item{kind: itemDelete, a0: i, a1: i + 1})
	}
	for _, j := range bs {
		out = append(out, item{kind: itemInsert, b0: j, b1: j + 1})
	}
	return out
}

// groupSeed is the least similarity one sentence pair inside a group must
// have for the group to be tried. No set's score moves between 0.15 and
// 0.35; lower tries more groups for nothing.
const groupSeed = 0.25

// groupThreshold is the least order-aware similarity for a group larger
// than 1:1 (a split, a merge): their words come in the same order, which
// tells a split from two neighbouring sentences that swapped places.
// Tuned by the same sweep as pairThreshold (0.5 to 0.75): German splits
// and merges, reworded as they are split, are found from 0.55 down, and
// the tests of swapped neighbours hold there.
const groupThreshold = 0.55

// orderedSimilarity is 2·LCS/(|x|+|y|) over word keys in order, or 0
// when it is below least.
func orderedSimilarity(x, y []uint32, least float64) float64 {
	n := len(x) + len(y)
	if n == 0 {
		return 1
	}
	need := leastCount(least, n) // the least LCS whose similarity is least
	l := lcsLength(x, y, need)
	if l < need {
		return 0
	}
	return 2 * float64(l) / float64(n)
}

// orderBound bounds from above the longest common subsequence of a
// group's words (a split, a merge): the sum over its sentence pairs of
// theirs, as a subsequence common to the group falls apart into ones
// common to its sentence pairs. Where the words of neighbouring sentences
// are shared but not in order (a paragraph rewritten by shuffling its
// words), the bound rules a group out before its bags are merged. A pair's
// length is computed when first asked.
type orderBound struct {
	a, b   *document
	as, bs []int
	w      int // a row of lcs: len(bs)+1
	// lcs[i*w+j] is the length for sentences as[i-1] and bs[j-1], -1
	// until asked; lcs is nil until the first block.
	lcs []int32
	// seqA[i] (seqB[j]) is the words of as[i-1] (bs[j-1]) in order, nil
	// until asked.
	seqA, seqB [][]uint32
}

func newOrderBound(a, b *document, as, bs []int) *orderBound {
	return &orderBound{a: a, b: b, as: as, bs: bs, w: len(bs) + 1}
}

// block is the bound for the di sentences ending at i and the dj ending
// at j.
func (o *orderBound) block(i, j, di, dj int) int {
	if o.lcs == nil {
		o.lcs = filled((len(o.as)+1)*o.w, int32(-1))
		o.seqA, o.seqB = make([][]uint32, len(o.as)+1), make([][]uint32, len(o.bs)+1)
	}
	sum := 0
	for x := i - di + 1; x <= i; x++ {
		for y := j - dj + 1; y <= j; y++ {
			c := &o.lcs[x*o.w+y]
			if *c < 0 {
				if o.seqA[x] == nil {
					o.seqA[x] = words(o.a, o.as[x-1], o.as[x-1]+1)
				}
				if o.seqB[y] == nil {
					o.seqB[y] = words(o.b, o.bs[y-1], o.bs[y-1]+1)
				}
				*c = int32(lcsLength(o.seqA[x], o.seqB[y], 0))
			}
			sum += int(*c)
		}
	}
	return sum
}

// groupEdgeCoverage is the least share of its words that the first and the
// last sentence on each side of a group (a split, a merge) must find on the
// other side, so that a sentence sharing only "and" and "the" does not
// ride along with a well-matched neighbour into a 2:2 group, taking with
// it a sentence moved in next to it.
const groupEdgeCoverage = 0.5

// edgesCovered reports whether the first and the last of the k sentences
// of one side of a group, whose bags are single[i-k+1] .. single[i], find
// enough of their words in the other side's bag y.
func edgesCovered(single [][]uint32, i, k int, y []uint32) bool {
	return coverageAtLeast(single[i-k+1], y, groupEdgeCoverage) >= groupEdgeCoverage &&
		coverageAtLeast(single[i], y, groupEdgeCoverage) >= groupEdgeCoverage
}

// maxGroup is the most sentences one side of a group may have.
const maxGroup = 3

// smallGapPairs is the most sentence pairs (a gap of 50 by 50) that are
// all scored: fewer cost less than building the word index.
const smallGapPairs = 2500

// candidatePairs marks, for a large gap, the sentence pairs worth a Dice
// computation: those sharing a word that is not common in the gap. Words
// found in more than a quarter of the gap's sentences rarely lift a pair to
// the threshold on their own, and skipping them keeps a gap between
// unrelated texts near-linear. Small gaps (nil result) try every pair.
func candidatePairs(bagsA, bagsB [][]uint32, m, n int) []bool {
	if cells(m, n) <= smallGapPairs {
		return nil
	}
	df := map[uint32]int{}
	count := func(bags [][]uint32) {
		for _, bg := range bags[1:] {
			for x := range wordRuns(bg) {
				df[x]++
			}
		}
	}
	count(bagsA)
	count(bagsB)
	limit := (m + n) / 4
	postings := map[uint32][]int32{}
	for j, bg := range bagsB[1:] {
		for x := range wordRuns(bg) {
			if df[x] <= limit {
				postings[x] = append(postings[x], int32(j))
			}
		}
	}
	out := make([]bool, m*n)
	for i, bg := range bagsA[1:] {
		for x := range wordRuns(bg) {
			for _, j := range postings[x] {
				out[i*n+int(j)] = true
			}
		}
	}
	return out
}

// pairDPRun runs the alignment dynamic programme over one gap, or, with
// band above 0, over the cells within band sentences of its diagonal.
func pairDPRun(a, b *side, as, bs []int, band int) []item {
	dp := fillPairDP(a, b, as, bs, band)
	return tracePairDP(dp, as, bs)
}

// dpCell is a cell of pairDPRun's table: the best score of a path to it
// and the step that reached it. A pair's score is its similarity weighted
// by its size, so that a merge wins over a 1:1 match plus a deletion when
// both halves match.
type dpCell struct {
	v      float64
	di, dj int8
}

// fillPairDP fills the table of pairDPRun, (len(as)+1)×(len(bs)+1) cells
// row by row, searching only the band around the diagonal when band > 0.
func fillPairDP(a, b *side, as, bs []int, band int) []dpCell {
	m, n := len(as), len(bs)
	if band > 0 {
		// Row i's columns start up to n/m past row i-1's: with a band
		// under half that, rows do not meet and no path reaches the end.
		// n/m leaves room to spare and costs a few cells a row.
		band = max(band, (n+m-1)/m)
	}
	rows := pairRows{m: m, n: n, band: band}
	w := n + 1
	dp := make([]dpCell, (m+1)*w)
	if band > 0 {
		for k := range dp {
			dp[k].v = math.Inf(-1)
		}
		dp[0].v = 0
	}
	g := newGapScorer(a, b, as, bs, band)
	for i := 0; i <= m; i++ {
		for j := rows.lo(i); j <= rows.hi(i); j++ {
			if i == 0 && j == 0 {
				continue
			}
			dp[i*w+j] = bestPairStep(dp, w, g, i, j)
		}
	}
	return dp
}

// pairRows bounds the columns fillPairDP searches in each row of its
// table of m+1 rows and n+1 columns: every column when band is 0, else
// those within band of the diagonal.
type pairRows struct {
	m, n, band int
}

// lo is the first column searched in row i.
func (r pairRows) lo(i int) int {
	if r.band == 0 {
		return 0
	}
	return max(0, i*r.n/r.m-r.band)
}

// hi is the last column searched in row i.
func (r pairRows) hi(i int) int {
	if r.band == 0 {
		return r.n
	}
	return min(r.n, (i*r.n+r.m-1)/r.m+r.band)
}

// bestPairStep is cell (i, j) of fillPairDP's table dp, of rows w cells
// long, from the cells before it: the best of an insertion, a deletion
// and the groups g scores that end there.
func bestPairStep(dp []dpCell, w int, g *gapScorer, i, j int) dpCell {
	best := dpCell{v: math.Inf(-1)}
	try := func(di, dj int, add float64) {
		if v := dp[(i-di)*w+j-dj].v + add; v > best.v {
			best = dpCell{v, int8(di), int8(dj)}
		}
	}
	// Insertions are tried first so that, on ties, a gap reads as
	// deletions followed by insertions.
	if j > 0 {
		try(0, 1, 0)
	}
	if i > 0 {
		try(1, 0, 0)
	}
	// Groups of up to maxGroup sentences on each side: 1:1, splits (1:2,
	// 1:3), merges (2:1, 3:1) and 2:2. The 1:1 pair comes first: the
	// groups ending here read its similarity.
	for di := 1; di <= min(i, maxGroup); di++ {
		for dj := 1; dj <= min(j, maxGroup); dj++ {
			if di > 1 && dj > 1 && di+dj > 4 {
				continue
			}
			if score, ok := g.score(i, j, di, dj); ok {
				try(di, dj, score)
			}
		}
	}
	return best
}

// tracePairDP walks the filled table back from its last cell and returns
// the gap's items in order.
func tracePairDP(dp []dpCell, as, bs []int) []item {
	m, n := len(as), len(bs)
	w := n + 1
	var rev []item
	for i, j := m, n; i > 0 || j > 0; {
		c := dp[i*w+j]
		di, dj := int(c.di), int(c.dj)
		if di == 0 && dj == 0 {
			// A cell no path reaches, which the widening of the band rules
			// out: should it happen, the gap stays unpaired rather than
			// the walk never ending.
			return plainItems(as, bs)
		}
		switch {
		case di > 0 && dj > 0:
			rev = append(rev, item{kind: itemPair, a0: as[i-di], a1: as[i-1] + 1, b0: bs[j-dj], b1: bs[j-1] + 1})
		case di > 0:
			rev = append(rev, item{kind: itemDelete, a0: as[i-1], a1: as[i-1] + 1})
		default:
			rev = append(rev, item{kind: itemInsert, b0: bs[j-1], b1: bs[j-1] + 1})
		}
		i, j = i-di, j-dj
	}
	slices.Reverse(rev)
	return rev
}

// gapScorer scores the pairs and groups of one gap's sentences for
// pairDPRun: sentences i of A and j of B are as[i-1] and bs[j-1].
type gapScorer struct {
	a, b             *side
	as, bs           []int
	w                int // a row of the tables below: len(bs)+1
	runsA, runsB     *runBags
	singleA, singleB [][]uint32
	cand             []bool  // see candidatePairs; nil: every pair is a candidate
	shared           []int32 // [i*w+j]: the words sentences i and j share; nil in a banded programme
	// sim1[i*w+j] is the Dice similarity of sentences i and j; a group
	// is only tried when one of its sentence pairs shares a good part of
	// its words, which keeps unrelated gaps cheap.
	sim1   []float32
	order  *orderBound
	wa, wb []uint32 // the words of a group's two sides, reused
}

func newGapScorer(a, b *side, as, bs []int, band int) *gapScorer {
	g := &gapScorer{a: a, b: b, as: as, bs: bs, w: len(bs) + 1,
		runsA: newRunBags(a, as), runsB: newRunBags(b, bs),
		sim1: make([]float32, (len(as)+1)*(len(bs)+1)), order: newOrderBound(a.document, b.document, as, bs)}
	g.singleA, g.singleB = g.runsA.singles(), g.runsB.singles()
	g.cand = candidatePairs(g.singleA, g.singleB, len(as), len(bs))
	if band == 0 {
		g.shared = pairCommons(g.singleA, g.singleB)
	}
	return g
}

// score returns the score of pairing the di sentences of A ending at i
// with the dj of B ending at j, and whether they pair at all. A group
// larger than 1:1 pays a small penalty so that it wins only when it
// matches better.
func (g *gapScorer) score(i, j, di, dj int) (float64, bool) {
	if di == 1 && dj == 1 {
		d := g.pairSimilarity(i, j)
		g.sim1[i*g.w+j] = float32(d)
		return d * float64(len(g.singleA[i])+len(g.singleB[j])), d >= pairThreshold
	}
	if !g.promising(i, j, di, dj) || !g.runsA.contiguous(di, i) || !g.runsB.contiguous(dj, j) {
		return 0, false
	}
	// Two bounds on the ordered similarity below rule out most groups
	// before their bags are merged: the words the sentence pairs share
	// (a cheap first test, where counted), then the ordered bound.
	nx, ny := g.runsA.size(di, i), g.runsB.size(dj, j)
	if g.shared != nil && 2*float64(g.blockShared(i, j, di, dj)) < groupThreshold*float64(nx+ny) {
		return 0, false
	}
	if g.order.block(i, j, di, dj) < leastCount(groupThreshold, nx+ny) {
		return 0, false
	}
	// Bag similarity bounds the ordered one from above too, and the edge
	// sentences must be covered.
	x, y := g.runsA.get(di, i), g.runsB.get(dj, j)
	if diceAtLeast(x, y, groupThreshold) < groupThreshold || !edgesCovered(g.singleA, i, di, y) || !edgesCovered(g.singleB, j, dj, x) {
		return 0, false
	}
	g.wa = appendWords(g.wa[:0], g.a.document, g.as[i-di], g.as[i-1]+1)
	g.wb = appendWords(g.wb[:0], g.b.document, g.bs[j-dj], g.bs[j-1]+1)
	sim := orderedSimilarity(g.wa, g.wb, groupThreshold)
	return sim*float64(len(x)+len(y)) - 0.5*float64(di+dj-2), sim >= groupThreshold
}

// pairSimilarity is the Dice similarity of sentences i and j when it is
// groupSeed or more, and some smaller number otherwise.
func (g *gapScorer) pairSimilarity(i, j int) float64 {
	x, y := g.singleA[i], g.singleB[j]
	switch {
	case g.cand != nil && !g.cand[(i-1)*(g.w-1)+j-1]:
		return 0 // no rare word in common: cannot reach the threshold
	case g.shared != nil && len(x)+len(y) > 0:
		return 2 * float64(g.shared[i*g.w+j]) / float64(len(x)+len(y))
	}
	return diceAtLeast(x, y, groupSeed)
}

// blockShared bounds from above the words a group's two sides share: the
// sum over its sentence pairs.
func (g *gapScorer) blockShared(i, j, di, dj int) int {
	sum := 0
	for x := i - di + 1; x <= i; x++ {
		for y := j - dj + 1; y <= j; y++ {
			sum += int(g.shared[x*g.w+y])
		}
	}
	return sum
}

// promising reports whether a sentence pair of the group is similar
// enough (groupSeed) for the group to be tried.
func (g *gapScorer) promising(i, j, di, dj int) bool {
	for x := i - di + 1; x <= i; x++ {
		for y := j - dj + 1; y <= j; y++ {
			if g.sim1[x*g.w+y] >= groupSeed {
				return true
			}
		}
	}
	return false
}
