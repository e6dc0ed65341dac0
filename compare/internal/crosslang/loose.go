package crosslang

import "math"

// Loose units. A short sentence the rendering dropped is often folded by
// the alignment into its neighbour's bead (a 2:1 bead where a 1:1 and a
// 1:0 were right): its few words weigh little, so the merged bead loses
// little similarity, gains by covering more units and saves the 1:0's
// skip penalty. looseUnits takes such a unit out again when the bead
// scores better without it, the rest fits the counterpart's length, and
// the unit has no evidence of its own in the counterpart.
const (
	// looseSkip is the penalty per unit at which a unit of a merged bead
	// is taken for one without a counterpart. It is below the
	// alignment's own skip, whose prior keeps a true 2:1 bead whole: the
	// alignment is scored against gold beads, the loose units are hints
	// for a person checking a translation. Tuned with looseLength and
	// looseEvidence on TestOmissionRecall (sentences dropped from and
	// added to Anna Karenina and Text+Berg) and compare's
	// TestSampleOmissions (the sample briefing), between 0.75 and 1.25:
	// lower finds more and raises more false alarms on free literary
	// translations.
	looseSkip = 1.0
	// looseLength weighs, on top of the bead score's own length term,
	// how much better the rest of the bead fits the counterpart's length
	// than the whole bead does. A sentence that a translator merged into
	// its neighbour's rendering lengthens the rendering; a dropped one
	// does not. Tuned with the same tests between 0 and 3: from 1.5 to 3
	// the figures hardly move; towards 0 false alarms on the evaluation
	// sets grow by a third for a handful more found there, and the sample
	// loses omissions.
	looseLength = 2.0
	// looseEvidence is the largest share of the counterpart's word weight
	// that a loose unit may match on its own, where no other unit of its
	// bead matches: a name, a number or a lexicon word that only the unit
	// explains shows that the unit was rendered. Not zero, since a short
	// common word matches by chance now and then. Tuned with the same
	// tests between 0 and 0.04: lower finds fewer dropped sentences,
	// higher a few more for many more false alarms. Without this
	// condition, false alarms on the evaluation sets are half as many
	// again.
	looseEvidence = 0.02
)

// looseUnits returns the units at the ends of merged beads (two units or
// more on a side) that look to have no counterpart (see looseGain): a
// source sentence the rendering dropped, folded by the alignment into its
// neighbour's bead, or a sentence the rendering added. Units are numbered
// through each side.
func looseUnits(sc *scorer, beads []bead) (src, tgt []int) {
	for _, bd := range beads {
		a, b := bd.i1-bd.i0, bd.j1-bd.j0
		if a == 0 || b == 0 || a+b < 3 {
			continue
		}
		if a >= 2 {
			if x, ok := looseEnd(sc, bd, true); ok {
				src = append(src, x)
			}
		}
		if b >= 2 {
			if y, ok := looseEnd(sc, bd, false); ok {
				tgt = append(tgt, y)
			}
		}
	}
	return src, tgt
}

// looseEnd returns bd's first or last unit on the source side (the target
// side when source is false) when it looks loose, the one the bead gains
// more without when both do.
func looseEnd(sc *scorer, bd bead, source bool) (int, bool) {
	first, last := looseGain(sc, bd, source, true), looseGain(sc, bd, source, false)
	lo, hi := bd.i0, bd.i1
	if !source {
		lo, hi = bd.j0, bd.j1
	}
	switch {
	case first > 0 && first >= last:
		return lo, true
	case last > 0:
		return hi - 1, true
	}
	return 0, false
}

// looseGain is how much better bd scores as the rest plus its first (or
// last) unit of one side left alone, were leaving a unit alone to cost
// looseSkip, with how much better the rest fits the counterpart's length
// weighed looseLength more. It is -Inf when the rest has no shape, when
// the unit is shorter than minLooseChars or may be the counterpart's
// clause (splitAt), and when the unit matches more than looseEvidence of
// the counterpart on its own.
func looseGain(sc *scorer, bd bead, source, first bool) float64 {
	a, b := bd.i1-bd.i0, bd.j1-bd.j0
	i, j := bd.i1, bd.j1 // where the rest ends
	l1 := sc.srcChars[bd.i1] - sc.srcChars[bd.i0]
	l2 := sc.tgtChars[bd.j1] - sc.tgtChars[bd.j0]
	whole := sc.lengthCost(l1, l2)
	var u, uc, all int // the unit left alone, its chars, its side's chars in bd
	if source {
		a, u = a-1, bd.i0
		if !first {
			i, u = i-1, bd.i1-1
		}
		uc, all = sc.src.units[u].chars, l1
		l1 -= uc
	} else {
		b, u = b-1, bd.j0
		if !first {
			j, u = j-1, bd.j1-1
		}
		uc, all = sc.tgt.units[u].chars, l2
		l2 -= uc
	}
	sh, ok := sc.shape(a, b)
	if !ok || uc < minLooseChars || splitAt(sc, bd, source, first, uc, all) {
		return math.Inf(-1)
	}
	fit := whole - sc.lengthCost(l1, l2)
	gain := sc.score(sh, i, j, math.Inf(-1)) - looseSkip - bd.score + looseLength*fit
	if gain <= 0 { // no need to look for evidence
		return gain
	}
	var own float64
	if source {
		own = ownEvidence(sc.src, sc.tgt, u, bd.i0, bd.i1, bd.j0, bd.j1)
	} else {
		own = ownEvidence(sc.tgt, sc.src, u, bd.j0, bd.j1, bd.i0, bd.i1)
	}
	if own > looseEvidence {
		return math.Inf(-1)
	}
	return gain
}

// shape returns the scorer's shape of a units against b.
func (s *scorer) shape(a, b int) (shape, bool) {
	for _, sh := range s.p.shapes {
		if sh.a == a && sh.b == b {
			return sh, true
		}
	}
	return shape{}, false
}

// ownEvidence is the share of the word weight of units [c0, c1) of side
// other that unit u of side own matches and no other of own's units
// [lo, hi) does. Two words match when they share a key (see matchPairs),
// whichever side each is on.
func ownEvidence(own, other *side, u, lo, hi, c0, c1 int) float64 {
	const byU, byRest = 1, 2
	keys := make(map[int32]int8)
	for x := lo; x < hi; x++ {
		by := int8(byRest)
		if x == u {
			by = byU
		}
		for _, id := range own.units[x].types {
			for _, k := range own.types[id].keys {
				keys[k] |= by
			}
		}
	}
	var total, mine float64
	for y := c0; y < c1; y++ {
		for _, id := range other.units[y].types {
			t := &other.types[id]
			total += t.weight
			var by int8
			for _, k := range t.keys {
				by |= keys[k]
			}
			if by == byU {
				mine += t.weight
			}
		}
	}
	if total == 0 {
		return 0
	}
	return mine / total
}

// splitAt reports whether a unit of uc chars, the first (or last) of
// bd's units on its side, which hold all chars, may be the part of the
// counterpart's one unit before (after) a clause mark: "It's a long
// story – I'll tell you some other time" rendered as two sentences. The
// mark must stand where the unit's share of chars ends, within
// splitSlack.
func splitAt(sc *scorer, bd bead, source, first bool, uc, all int) bool {
	counterpart, n := sc.tgt.units[bd.j0:bd.j1], bd.j1-bd.j0
	if !source {
		counterpart, n = sc.src.units[bd.i0:bd.i1], bd.i1-bd.i0
	}
	if n != 1 {
		return false
	}
	share := float32(uc) / float32(max(all, 1))
	if !first {
		share = 1 - share
	}
	for _, c := range counterpart[0].cuts {
		if c > share-splitSlack && c < share+splitSlack {
			return true
		}
	}
	return false
}

// minLooseChars is the fewest chars (letters, digits and marks) of a unit
// taken for loose: shorter ones are exclamations and replies ("'Why?",
// "Ah!", "Ну...") that a translation folds into its neighbour as it
// pleases. Tuned on TestOmissionRecall between 6 and 12: at 8 the
// omissions and additions found stay and the loose units on the untouched
// texts fall by a quarter; above, omissions are lost.
const minLooseChars = 8

// splitSlack is how far from the loose unit's share of chars a clause
// mark of the counterpart may stand and still be where it was cut. Tuned
// on TestOmissionRecall between 0.06 and 0.16: the omissions found stay
// throughout; wider, the loose units on the untouched texts fall and a few
// additions are lost.
const splitSlack = 0.12
