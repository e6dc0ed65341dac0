package crosslang

import (
	"context"
	"math"
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
	// skip is the penalty for a unit left without a counterpart (1:0, 0:1).
	skip float64
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
	return s.matchScore(sh, size, base, srcW+tgtW, srcM+tgtM, shares)
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

// grid holds a search's arrays, kept from one search to the next.
type grid struct {
	off  []int  // off[i] is where row i's nodes start in from
	from []int8 // the shape of the best bead ending at each node, -1 at (0, 0)
	// best is the score of the best path to each node of the last
	// maxSpan+1 rows, row i in best[i%len(best)]: a bead reaches back at
	// most maxSpan rows, and a score per node of the whole band would
	// take eight times the memory of from.
	best [maxSpan + 1][]float64
}

// search finds the best-scoring path of beads through the band and
// returns its nodes from (0, 0) to (n, m), with the shape of the bead
// that ends at each node after the first.
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
	off := g.off
	g.from = resize(g.from, off[n+1])
	from := g.from
	for k := range g.best {
		g.best[k] = resize(g.best[k], width)
	}
	for i := 0; i <= n; i++ {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if i > 0 {
			ring.fillNext() // row i-1, the nearest a bead ending in row i reads
		}
		row := g.best[i%len(g.best)]
		for j := b.lo[i]; j <= b.hi[i]; j++ {
			x := off[i] + j - b.lo[i]
			if i == 0 && j == 0 {
				row[0], from[x] = 0, -1
				continue
			}
			top, arg := math.Inf(-1), int8(-1)
			for k, sh := range s.p.shapes {
				i0, j0 := i-sh.a, j-sh.b
				if i0 < 0 || j0 < 0 || j0 < b.lo[i0] || j0 > b.hi[i0] {
					continue
				}
				prev := g.best[i0%len(g.best)][j0-b.lo[i0]]
				if v := prev + s.score(sh, i, j, top-prev); v > top {
					top, arg = v, int8(k)
				}
			}
			row[j-b.lo[i]], from[x] = top, arg
		}
	}
	// A path has at most a node for each unit of both sides.
	path, shapes := make([]point, 0, n+b.m+1), make([]shape, 0, n+b.m+1)
	for i, j := n, b.m; i > 0 || j > 0; {
		k := from[off[i]+j-b.lo[i]]
		sh := s.p.shapes[k]
		path = append(path, point{i, j})
		shapes = append(shapes, sh)
		i, j = i-sh.a, j-sh.b
	}
	path = append(path, point{0, 0})
	shapes = append(shapes, shape{})
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
		shapes[l], shapes[r] = shapes[r], shapes[l]
	}
	return path, shapes, nil
}
