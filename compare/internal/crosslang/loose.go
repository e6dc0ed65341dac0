package crosslang

import "math"

// looseSkip is the penalty per unit at which a unit of a merged bead is
// taken for one without a counterpart (see looseUnits). It is below the
// alignment's own skip, whose prior keeps a true 2:1 bead whole: the
// alignment is scored against gold beads, the loose units are hints for a
// person checking a translation. Tuned with TestOmissionRecall (sentences
// dropped from and added to Anna Karenina and Text+Berg) and compare's
// TestSampleOmissions (the sample briefing) between 1 and 2: lower finds
// more and raises more false alarms on free literary translations; at
// 1.25 the briefing has none.
const looseSkip = 1.25

// looseUnits returns the units at the ends of merged beads (two units or
// more on a side) that the bead would score better without, were leaving
// a unit alone to cost looseSkip: a source sentence the rendering dropped,
// folded by the alignment into its neighbour's bead, or a sentence the
// rendering added. Units are numbered through each side.
func looseUnits(sc *scorer, beads []bead) (src, tgt []int) {
	shapeOf := func(a, b int) (shape, bool) {
		for _, sh := range sc.p.shapes {
			if sh.a == a && sh.b == b {
				return sh, true
			}
		}
		return shape{}, false
	}
	// gain is how much better the bead scores as rest plus one unit left
	// alone; rest is the bead's shape less that unit, ending at (i, j).
	gain := func(bd bead, a, b, i, j int) float64 {
		sh, ok := shapeOf(a, b)
		if !ok {
			return math.Inf(-1)
		}
		return sc.score(sh, i, j, math.Inf(-1)) - looseSkip - bd.score
	}
	for _, bd := range beads {
		a, b := bd.i1-bd.i0, bd.j1-bd.j0
		if a == 0 || b == 0 || a+b < 3 {
			continue
		}
		if a >= 2 {
			first := gain(bd, a-1, b, bd.i1, bd.j1)
			last := gain(bd, a-1, b, bd.i1-1, bd.j1)
			switch {
			case first > 0 && first >= last:
				src = append(src, bd.i0)
			case last > 0:
				src = append(src, bd.i1-1)
			}
		}
		if b >= 2 {
			first := gain(bd, a, b-1, bd.i1, bd.j1)
			last := gain(bd, a, b-1, bd.i1, bd.j1-1)
			switch {
			case first > 0 && first >= last:
				tgt = append(tgt, bd.j0)
			case last > 0:
				tgt = append(tgt, bd.j1-1)
			}
		}
	}
	return src, tgt
}
