package crosslang

import (
	"context"
	"math"
	"slices"
	"sync"
)

// maxSpan is the most units a bead takes from one side.
const maxSpan = 4

// shape is a kind of bead: a source units against b target units, with the
// penalty for its prior probability.
type shape struct {
	a, b    int
	penalty float64
}

// params weigh the parts of a bead's score.
type params struct {
	shapes []shape
	// similarity scales the matched share of a bead's word weight, per
	// unit covered.
	similarity float64
	// chance is the share of a unit's words expected to find a match in an
	// unrelated unit: a unit scores only what it matches beyond that.
	chance float64
	// skip is the penalty for a unit left without a counterpart (1:0,
	// 0:1); skipFurther that for each unit past the second of a run
	// left alone on the same side (see search).
	skip, skipFurther float64
	// length weighs the Gale–Church length penalty.
	length float64
	// size measures a bead for its similarity score.
	size sizeMode
	// trace, when set (by a test), hears how each pass went.
	trace func(format string, args ...any)
	// lexiconPasses is how often the lexicon is learnt and the text
	// aligned again.
	lexiconPasses int
	// variance is Gale and Church's s², the variance of the target length
	// per source character.
	variance float64
	// contradiction is the penalty for each number a bead contradicts
	// (scorer.contradictions).
	contradiction float64
}

// sizeMode tells how a bead's similarity is scaled by its size.
type sizeMode int

const (
	sizeCount    sizeMode = iota // by the units on both sides, over two
	sizeMass                     // by the units' masses, over two
	sizeOne                      // not at all: one bead, one similarity
	sizeUnits                    // each unit scores its own matched share
	sizeUnitMass                 // each unit scores its matched share beyond chance, times its mass
)

// scorer scores beads from the units' features and their pair weights.
type scorer struct {
	src, tgt *side
	pairs    *pairs
	ratio    float64 // target characters per source character
	p        *params
	costs    lengthCosts
	// srcChars[i] and tgtChars[j] count the characters of the first i
	// source and j target units.
	srcChars, tgtChars []int
	// srcMass[i] and tgtMass[j] sum the masses of the first units.
	srcMass, tgtMass []float64
	// srcGroup and tgtGroup, when set, number the group each unit belongs
	// to (the paragraph bead of a sentence): a bead stays in one group.
	srcGroup, tgtGroup []int
	// flatRuns makes a run left alone inside the text (not at its start
	// or end) pay skip for every unit (see aligner.flatRuns).
	flatRuns bool
	// srcPartners[x] and tgtPartners[y] are the units on the other side
	// that hold the unit's numbers written once on each side
	// (numberPartners); nil where none is. srcHeld[i] and tgtHeld[j]
	// count the first units that have partners, so that a bead without
	// one, nearly every bead, costs no more.
	srcPartners, tgtPartners [][]int32
	srcHeld, tgtHeld         []int32
}

// score is the score of the bead of shape sh that ends at node (i, j),
// or -Inf when it cannot exceed floor. It is the aligner's hottest code:
// the sums over the bead's units stay in it, as calls for them took a
// tenth more time.
func (s *scorer) score(sh shape, i, j int, floor float64) float64 {
	i0, j0 := i-sh.a, j-sh.b
	if s.srcGroup != nil && !s.oneGroup(i0, i, j0, j) {
		return math.Inf(-1)
	}
	if sh.a == 0 || sh.b == 0 {
		return -s.p.skip*float64(sh.a+sh.b) - sh.penalty
	}
	l1 := s.srcChars[i] - s.srcChars[i0]
	l2 := s.tgtChars[j] - s.tgtChars[j0]
	size := s.beadSize(sh, i, j)
	base := -s.p.length*s.lengthCost(l1, l2) - sh.penalty
	if s.p.similarity*(1-s.p.chance)*size+base <= floor {
		return math.Inf(-1)
	}
	var srcW, tgtW, srcM, tgtM float64
	var shares float64 // each unit's matched share of its weight, summed
	for x := i0; x < i; x++ {
		w := s.src.units[x].weight
		srcW += w
		lo, hi := s.pairs.lo[x], s.pairs.hi[x]
		row := s.pairs.src[s.pairs.off[x]:]
		var m float64
		for y := max(j0, lo); y < min(j, hi); y++ {
			m += float64(row[y-lo])
		}
		srcM += min(m, w)
		if w > 0 {
			shares += s.unitShare(min(m, w)/w, s.src.units[x].mass)
		}
	}
	for y := j0; y < j; y++ {
		w := s.tgt.units[y].weight
		tgtW += w
		var m float64
		for x := i0; x < i; x++ {
			if lo := s.pairs.lo[x]; y >= lo && y < s.pairs.hi[x] {
				m += float64(s.pairs.tgt[s.pairs.off[x]+y-lo])
			}
		}
		tgtM += min(m, w)
		if w > 0 {
			shares += s.unitShare(min(m, w)/w, s.tgt.units[y].mass)
		}
	}
	return s.matchScore(sh, size, base, srcW+tgtW, srcM+tgtM, shares) - s.p.contradiction*float64(s.contradictions(i0, i, j0, j))
}

// contradictions counts the numbers of the bead of source units [i0, i)
// and target units [j0, j) that its other side lacks but another unit
// there holds, each written once on each side: "18" and "2030" of a
// paragraph the rendering moved, paired with the paragraph that took its
// place. A number in the unit right beside the bead counts only where
// the bead's other side has one in the unit beside it too, the two
// crossing (two sentences swapped); alone, it is a translator's
// reordering of a clause ("founded in 1995 …" against "Since 1995 it
// has …" in the next sentence), no sign of another pair. A bead that
// keeps its numbers' partners, or a unit left alone, contradicts nothing.
func (s *scorer) contradictions(i0, i, j0, j int) int {
	if s.srcPartners == nil || s.srcHeld[i] == s.srcHeld[i0] && s.tgtHeld[j] == s.tgtHeld[j0] {
		return 0
	}
	sFar, sBefore, sAfter := partnersAway(s.srcPartners, i0, i, j0, j)
	tFar, tBefore, tAfter := partnersAway(s.tgtPartners, j0, j, i0, i)
	n := sFar + tFar
	if sBefore > 0 && tBefore > 0 {
		n += sBefore + tBefore
	}
	if sAfter > 0 && tAfter > 0 {
		n += sAfter + tAfter
	}
	return n
}

// partnersAway counts the partners (numberPartners) of units [lo, hi) of
// one side that lie outside [olo, ohi) on the other: far from it, right
// before it (olo-1) and right after it (ohi).
func partnersAway(partners [][]int32, lo, hi, olo, ohi int) (far, before, after int) {
	for u := lo; u < hi && u < len(partners); u++ {
		for _, p := range partners[u] {
			switch p := int(p); {
			case p == olo-1:
				before++
			case p == ohi:
				after++
			case p < olo || p > ohi:
				far++
			}
		}
	}
	return far, before, after
}

// minPartnerDigits is the fewest characters a number needs to pair units
// as numberPartners pairs them: a single digit written once on each side
// is as likely a coincidence as a sign.
const minPartnerDigits = 2

// held counts, for each i, the first i units that have partners.
func held(partners [][]int32) []int32 {
	out := make([]int32, len(partners)+1)
	for u, p := range partners {
		out[u+1] = out[u]
		if len(p) > 0 {
			out[u+1]++
		}
	}
	return out
}

// numberPartners pairs units through the numbers each side writes in one
// unit alone: srcP[x] lists the target units holding the numbers that
// source unit x alone holds, tgtP[y] the source units for target unit y.
func numberPartners(src, tgt *side) (srcP, tgtP [][]int32) {
	once := func(sd *side) map[string]int32 {
		at := map[string]int32{}
		for u := range sd.units {
			for _, id := range sd.units[u].types {
				if t := sd.types[id]; t.number && len(t.word) >= minPartnerDigits {
					if t.df == 1 {
						at[t.word] = int32(u)
					}
				}
			}
		}
		return at
	}
	s, t := once(src), once(tgt)
	for w, x := range s {
		y, ok := t[w]
		if !ok {
			continue
		}
		if srcP == nil {
			srcP, tgtP = make([][]int32, len(src.units)), make([][]int32, len(tgt.units))
		}
		srcP[x] = append(srcP[x], y)
		tgtP[y] = append(tgtP[y], x)
	}
	return srcP, tgtP
}

// beadSize is what the similarity of the bead of shape sh that ends at
// node (i, j) is scaled by, as s.p.size says.
func (s *scorer) beadSize(sh shape, i, j int) float64 {
	switch s.p.size {
	case sizeCount, sizeUnits:
		return float64(sh.a+sh.b) / 2
	case sizeMass:
		return (s.srcMass[i] - s.srcMass[i-sh.a] + s.tgtMass[j] - s.tgtMass[j-sh.b]) / 2
	}
	return 1
}

// matchScore is the score of a bead of shape sh, scored base for its
// length and shape, from what its words matched, beyond chance, as
// s.p.size says: the units' matched shares summed, or the matched part
// of the bead's whole weight, scaled by size.
func (s *scorer) matchScore(sh shape, size, base, weight, matched, shares float64) float64 {
	switch s.p.size {
	case sizeUnits:
		return s.p.similarity*(shares-s.p.chance*float64(sh.a+sh.b))/2 + base
	case sizeUnitMass:
		return s.p.similarity*shares/2 + base
	}
	sim := 0.0
	if weight > 0 {
		sim = matched / weight
	}
	return s.p.similarity*(sim-s.p.chance)*size + base
}

// oneGroup reports whether source units [i0, i1) and target units
// [j0, j1) all lie in one group. Groups are numbered in order on both
// sides, so the first and last units tell.
func (s *scorer) oneGroup(i0, i1, j0, j1 int) bool {
	g := -1
	for _, x := range [...]int{i0, i1 - 1} {
		if x >= i0 && x < i1 {
			if g >= 0 && s.srcGroup[x] != g {
				return false
			}
			g = s.srcGroup[x]
		}
	}
	for _, y := range [...]int{j0, j1 - 1} {
		if y >= j0 && y < j1 {
			if g >= 0 && s.tgtGroup[y] != g {
				return false
			}
			g = s.tgtGroup[y]
		}
	}
	return true
}

// unitShare is what a unit of the given mass adds to a bead's score for
// the share of its weight that found a match.
func (s *scorer) unitShare(share, mass float64) float64 {
	if s.p.size == sizeUnitMass {
		return mass * (share - s.p.chance)
	}
	return share
}

// lengthCost is -log of the probability that a source stretch of l1
// characters is rendered in l2, after Gale and Church: the difference from
// the expected length, over its standard deviation, is normal.
func (s *scorer) lengthCost(l1, l2 int) float64 {
	mean := (float64(l1) + float64(l2)/s.ratio) / 2
	if mean == 0 {
		return 0
	}
	d := float64(l2) - s.ratio*float64(l1)
	return s.costs.at(d * d / (s.p.variance * mean * s.ratio))
}

// lengthCosts tabulates -log P(|δ| or more) under the standard normal, the
// Gale–Church length cost, by δ² in steps of 1/lengthSteps.
type lengthCosts []float64

const (
	// lengthSteps: δ² in 32nds keeps the table's error far below what
	// separates two beads (a cost step of about 0.02 at δ = 1).
	lengthSteps = 32
	lengthMax   = 144 // δ² beyond this (12 standard deviations) costs as much as lengthMax
)

// lengthTable is the one table of length costs, made when first needed:
// it is constant, so every aligner shares it rather than computing its
// own Erfc and Log values.
var lengthTable = sync.OnceValue(newLengthCosts)

func newLengthCosts() lengthCosts {
	c := make(lengthCosts, lengthSteps*lengthMax+1)
	for k := range c {
		d := math.Sqrt(float64(k) / lengthSteps)
		c[k] = -math.Log(max(math.Erfc(d/math.Sqrt2), 1e-300))
	}
	return c
}

func (c lengthCosts) at(d2 float64) float64 {
	k := int(d2*lengthSteps + 0.5)
	if k >= len(c) {
		k = len(c) - 1
	}
	return c[k]
}

// rows is how many rows of scores a search keeps: a bead reaches back at
// most maxSpan rows.
const rows = maxSpan + 1

// grid holds a search's arrays, kept from one search to the next.
type grid struct {
	off []int // off[i] is where row i's nodes start in from
	// from is the shape of the best bead with both sides that ends at
	// each node (-1 at (0, 0)); prev packs, for each state, the state
	// the best path to the node in that state came from, stateBits each.
	from []int8
	prev []uint16
	// best is, per state, the score of the best path to each node of
	// the last rows rows, row i in best[state][i%rows]: a score per
	// node of the whole band would take forty times the memory of from.
	best [states][rows][]float64
	// top and topState are the best score over the states at each node
	// of the same rows, and its state: what a bead with both sides
	// starts from.
	top      [rows][]float64
	topState [rows][]uint8
}

// A path's state at a node tells the bead that ends there: one with both
// sides, or a source or a target unit left alone, the first of a run of
// such units on its side or a further one (each side's further state
// follows its first). The first two units of a run each pay skip, every
// further one skipFurther, as a gap does in Gotoh's alignment: a
// rendering that leaves out a passage leaves it out once, not sentence
// by sentence, and a cheap long run keeps the sentences around it from
// being merged into the passage's neighbours to save skips, while a
// sentence or two left out still pay in full, so that they are not
// widened to their neighbours (with the second unit at skipFurther, on
// single sentences dropped from the evaluation sets' windows, the
// omission was widened to a neighbour three times in sixty).
const (
	onBoth = iota
	srcFirst
	srcFurther
	tgtFirst
	tgtFurther
	states
)

// stateBits is the width of a state in grid.prev.
const stateBits = 3

// All states' back-pointers fit grid.prev's uint16.
var _ [16 - stateBits*states]struct{}

// search finds the best-scoring path of beads through the band and
// returns its nodes from (0, 0) to (n, m), with the shape of the bead
// that ends at each node after the first. Beads with both sides are
// scored by s.score, units left alone as runs (see the states); the
// 1:0 and 0:1 shapes of the table are not read here, and the scores
// other code gives such beads one by one (s.score) are a flat skip.
// The scorer's pair weights are ring's, which search fills a row ahead.
func search(ctx context.Context, s *scorer, b band, g *grid, ring *ringPairs) ([]point, []shape, error) {
	n := len(b.lo) - 1
	g.off = resize(g.off, n+2)
	g.off[0] = 0
	width := 0
	for i := 0; i <= n; i++ {
		g.off[i+1] = g.off[i] + b.hi[i] - b.lo[i] + 1
		width = max(width, b.hi[i]-b.lo[i]+1)
	}
	g.from, g.prev = resize(g.from, g.off[n+1]), resize(g.prev, g.off[n+1])
	for r := range rows {
		for st := range states {
			g.best[st][r] = resize(g.best[st][r], width)
		}
		g.top[r], g.topState[r] = resize(g.top[r], width), resize(g.topState[r], width)
	}
	for i := 0; i <= n; i++ {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if i > 0 {
			ring.fillNext() // row i-1, the nearest a bead ending in row i reads
		}
		for j := b.lo[i]; j <= b.hi[i]; j++ {
			g.node(s, b, i, j)
		}
	}
	path, shapes := g.trace(s, b)
	return path, shapes, nil
}

// node fills node (i, j): the best path to it in each state.
func (g *grid) node(s *scorer, b band, i, j int) {
	x, y, cur := g.off[i]+j-b.lo[i], j-b.lo[i], i%rows
	if i == 0 && j == 0 {
		for st := range states {
			g.best[st][0][0] = math.Inf(-1)
		}
		g.best[onBoth][0][0], g.from[x], g.prev[x] = 0, -1, 0
		g.top[0][0], g.topState[0][0] = 0, onBoth
		return
	}
	top, arg, topSt := math.Inf(-1), int8(-1), onBoth
	for k, sh := range s.p.shapes {
		i0, j0 := i-sh.a, j-sh.b
		if sh.a == 0 || sh.b == 0 || i0 < 0 || j0 < 0 || j0 < b.lo[i0] || j0 > b.hi[i0] {
			continue
		}
		r, y0 := i0%rows, j0-b.lo[i0]
		p := g.top[r][y0]
		if v := p + s.score(sh, i, j, top-p); v > top {
			top, arg, topSt = v, int8(k), int(g.topState[r][y0])
		}
	}
	g.best[onBoth][cur][y], g.from[x] = top, arg
	packed := uint16(topSt)
	// A source unit left alone comes from (i-1, j), a target unit from
	// (i, j-1) in this row.
	if i > 0 && j >= b.lo[i-1] && j <= b.hi[i-1] {
		packed |= g.leaveAlone(s, srcFirst, (i-1)%rows, j-b.lo[i-1], cur, y, s.furtherCost(j == 0 || j == b.m))
	} else {
		g.best[srcFirst][cur][y], g.best[srcFurther][cur][y] = math.Inf(-1), math.Inf(-1)
	}
	if j > b.lo[i] {
		packed |= g.leaveAlone(s, tgtFirst, cur, y-1, cur, y, s.furtherCost(i == 0 || i == len(b.lo)-1))
	} else {
		g.best[tgtFirst][cur][y], g.best[tgtFurther][cur][y] = math.Inf(-1), math.Inf(-1)
	}
	g.prev[x] = packed
	best, bestSt := top, onBoth
	for st := srcFirst; st < states; st++ {
		if v := g.best[st][cur][y]; v > best {
			best, bestSt = v, st
		}
	}
	g.top[cur][y], g.topState[cur][y] = best, uint8(bestSt)
}

// furtherCost is what a unit past the second of a run left alone costs,
// at the text's start or end (before the other side's first unit or
// after its last) or elsewhere.
func (s *scorer) furtherCost(atEdge bool) float64 {
	if s.flatRuns && !atEdge {
		return s.p.skip
	}
	return s.p.skipFurther
}

// leaveAlone fills, at row r and column y of the rows kept, the states
// first and first+1 (a run's first and further units on one side) from
// the node before, at row pr and column py, a further unit costing cost,
// and returns their back-pointers packed for grid.prev.
func (g *grid) leaveAlone(s *scorer, first, pr, py, r, y int, cost float64) uint16 {
	next := first + 1
	start, fromStart := math.Inf(-1), onBoth
	for st := range states {
		if v := g.best[st][pr][py]; v > start && st != first && st != next {
			start, fromStart = v, st
		}
	}
	further, fromFurther := g.best[first][pr][py]-s.p.skip, first // a run's second unit pays in full
	if v := g.best[next][pr][py] - cost; v > further {
		further, fromFurther = v, next
	}
	g.best[first][r][y], g.best[next][r][y] = start-s.p.skip, further
	return uint16(fromStart)<<(stateBits*first) | uint16(fromFurther)<<(stateBits*next)
}

// trace follows the best path back from the band's last node.
func (g *grid) trace(s *scorer, b band) ([]point, []shape) {
	n := len(b.lo) - 1
	st := int(g.topState[n%rows][b.m-b.lo[n]])
	// A path has at most a node for each unit of both sides.
	path, shapes := make([]point, 0, n+b.m+1), make([]shape, 0, n+b.m+1)
	for i, j := n, b.m; i > 0 || j > 0; {
		x := g.off[i] + j - b.lo[i]
		var sh shape
		switch st {
		case onBoth:
			sh = s.p.shapes[g.from[x]]
		case srcFirst, srcFurther:
			sh = shape{a: 1}
		case tgtFirst, tgtFurther:
			sh = shape{b: 1}
		}
		path = append(path, point{i, j})
		shapes = append(shapes, sh)
		st = int(g.prev[x]>>(stateBits*st)) & (1<<stateBits - 1)
		i, j = i-sh.a, j-sh.b
	}
	path = append(path, point{0, 0})
	shapes = append(shapes, shape{})
	slices.Reverse(path)
	slices.Reverse(shapes)
	return path, shapes
}
