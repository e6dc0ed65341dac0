package compare

import (
	"math"
	"slices"
)

// A hole is a run of a gap's items that pairs nothing: base sentences
// deleted and B sentences inserted side by side. The pairing's groups
// take at most maxGroup sentences a side, so a text cut into sentences
// differently throughout (a transcript without punctuation, one sentence
// a paragraph, against its edited version with hundreds) leaves its
// sentences unpaired, and the word diff then reports them deleted and
// inserted, or moved piece by piece, where only the punctuation changed.
// joinHoles makes such a hole one group when its words come in the same
// order on both sides, as a group's must (groupThreshold); absorbRuns
// then lets a pair take the sentences inserted or deleted next to it
// whose words its other side holds in order (the rest of a long sentence
// the pairing matched with only a few of its pieces).

// maxExactHoleCells bounds the product of a hole's word counts for which
// joinHoles measures their order exactly (orderedSimilarity, which costs
// the product over 64 word operations: a few milliseconds at this size).
// A larger hole, a whole transcript of a megabyte, has its order measured
// from the equal words of the sequence diff (diffSeq, near-linear with
// its anchors), a common subsequence perhaps shorter than the longest.
const maxExactHoleCells = 1 << 30

// joinHoles returns items with each hole larger than a group on either
// side, and contiguous on both, replaced by one pair when its words are
// in the same order on both sides. Smaller holes were weighed as groups
// by the pairing already.
func joinHoles(a, b *side, items []item) []item {
	var out []item
	var wa, wb []uint32
	for k := 0; k < len(items); {
		if items[k].kind != itemDelete && items[k].kind != itemInsert {
			out = append(out, items[k])
			k++
			continue
		}
		end := k
		for end < len(items) && (items[end].kind == itemDelete || items[end].kind == itemInsert) {
			end++
		}
		hole := items[k:end]
		k = end
		a0, a1, b0, b1, ok := holeSpans(hole)
		if !ok || max(a1-a0, b1-b0) <= maxGroup {
			out = append(out, hole...)
			continue
		}
		wa = appendWords(wa[:0], a.document, a0, a1)
		wb = appendWords(wb[:0], b.document, b0, b1)
		if !inOrderAlike(wa, wb) {
			out = append(out, hole...)
			continue
		}
		out = append(out, item{kind: itemPair, a0: a0, a1: a1, b0: b0, b1: b1})
	}
	return out
}

// holeSpans returns the base sentences [a0, a1) a hole deletes and the B
// sentences [b0, b1) it inserts, and whether each side is one unbroken
// run with at least one sentence (a sentence matched elsewhere, by a
// move, may stand between two of them).
func holeSpans(hole []item) (a0, a1, b0, b1 int, ok bool) {
	a0, b0 = -1, -1
	for _, it := range hole {
		switch {
		case it.kind == itemDelete && a0 < 0:
			a0, a1 = it.a0, it.a1
		case it.kind == itemDelete && it.a0 == a1:
			a1 = it.a1
		case it.kind == itemDelete:
			return 0, 0, 0, 0, false
		case b0 < 0:
			b0, b1 = it.b0, it.b1
		case it.b0 == b1:
			b1 = it.b1
		default:
			return 0, 0, 0, 0, false
		}
	}
	return a0, a1, b0, b1, a0 >= 0 && b0 >= 0
}

// inOrderAlike reports whether words x and y share a common subsequence
// of groupThreshold of their words, as a group's sides must.
func inOrderAlike(x, y []uint32) bool {
	if cells(len(x), len(y)) <= maxExactHoleCells {
		return orderedSimilarity(x, y, groupThreshold) >= groupThreshold
	}
	common := 0
	for _, o := range diffSeq(x, y) {
		if o.kind == opEqual {
			common += o.n
		}
	}
	return common >= leastCount(groupThreshold, len(x)+len(y))
}

// absorbShare is the least share of a sentence's words that must find
// their place in order on a pair's other side, beyond the words the pair
// already matched, for absorbRuns to take the sentence into the pair.
// Swept from 0.6 to 0.9 on make eval's sets: the scores are flat up to
// 0.8 and the German synthetic set's moves lose their gain at 0.9; 0.7
// lets a four-word piece of a split sentence bring one word of its own
// (a pronoun: "They signed two statements").
const absorbShare = 0.7

// absorbRuns extends each pair by the inserted (or deleted) sentences
// right before or after it, contiguous with it, while nearly all of the
// next one's words are found in order on the pair's other side beyond
// what the pair matched already: a long sentence of a transcript without
// punctuation that the pairing matched with a group of the edited
// version's sentences, and whose other words stand in the sentences
// inserted next to them.
func absorbRuns(a, b *side, items []item) []item {
	var gone []bool // made at the first sentence absorbed
	var buf absorbBuffers
	for k, it := range items {
		if it.kind != itemPair {
			continue
		}
		// Sentence by sentence outwards, while each is absorbed: the
		// pieces of a long sentence may be followed by a sentence that is
		// new.
		for _, dir := range [...]int{1, -1} {
			for _, kind := range [...]itemKind{itemInsert, itemDelete} {
				for r := k + dir; r >= 0 && r < len(items) && items[r].kind == kind && (gone == nil || !gone[r]) &&
					beside(items[k], items[r], dir) && buf.absorbs(a, b, items[k], items[r]); r += dir {
					if gone == nil {
						gone = make([]bool, len(items))
					}
					gone[r] = true
					items[k] = widened(items[k], items[r])
				}
			}
		}
	}
	if gone == nil {
		return items
	}
	out := items[:0]
	for k, it := range items {
		if !gone[k] {
			out = append(out, it)
		}
	}
	return out
}

// beside reports whether it is an inserted or deleted sentence right
// after pair p (dir 1) or right before it (dir -1).
func beside(p, it item, dir int) bool {
	switch it.kind {
	case itemInsert:
		return dir > 0 && it.b0 == p.b1 || dir < 0 && it.b1 == p.b0
	case itemDelete:
		return dir > 0 && it.a0 == p.a1 || dir < 0 && it.a1 == p.a0
	}
	return false
}

// widened is pair p with item it's sentences added.
func widened(p, it item) item {
	if it.kind == itemInsert {
		p.b0, p.b1 = min(p.b0, it.b0), max(p.b1, it.b1)
	} else {
		p.a0, p.a1 = min(p.a0, it.a0), max(p.a1, it.a1)
	}
	return p
}

// absorbBuffers are absorbs' word lists, reused from one call to the
// next (a text rewritten throughout asks tens of thousands of times), and
// the longest common subsequence of the last pair asked about, which is
// asked about again for the sentences on its other sides.
type absorbBuffers struct {
	fixed, wa, wb, grown []uint32
	pair                 item // the zero item before the first: no pair is empty
	common               int  // the longest common subsequence of pair's words
}

// absorbs reports whether pair p takes sentence it, inserted or deleted
// next to it: the longest common subsequence of the pair's words grows by
// absorbShare of the sentence's words.
func (buf *absorbBuffers) absorbs(a, b *side, p, it item) bool {
	// The sentence's words must stand on the side that stays at all,
	// which their bags tell faster than their order: in text rewritten
	// throughout, a sentence shares some words with every neighbour.
	stays, moves := a, b
	f0, f1, e := p.a0, p.a1, it.b0
	if it.kind == itemDelete {
		stays, moves = b, a
		f0, f1, e = p.b0, p.b1, it.a0
	}
	fixed := stays.bag(f0)
	if f1-f0 > 1 {
		buf.fixed = appendWords(buf.fixed[:0], stays.document, f0, f1)
		slices.Sort(buf.fixed)
		fixed = buf.fixed
	}
	extra := moves.bag(e)
	if need := int(math.Ceil(absorbShare * float64(len(extra)))); commonAtLeast(extra, fixed, need) < need {
		return false
	}
	buf.wa = appendWords(buf.wa[:0], a.document, p.a0, p.a1)
	buf.wb = appendWords(buf.wb[:0], b.document, p.b0, p.b1)
	if buf.pair != p {
		buf.pair, buf.common = p, lcsLength(buf.wa, buf.wb, 0)
	}
	// The side that grows, read with the sentence.
	q := widened(p, it)
	xa, xb := buf.wa, buf.wb
	if it.kind == itemDelete {
		buf.grown = appendWords(buf.grown[:0], a.document, q.a0, q.a1)
		xa = buf.grown
	} else {
		buf.grown = appendWords(buf.grown[:0], b.document, q.b0, q.b1)
		xb = buf.grown
	}
	added := len(xa) - len(buf.wa) + len(xb) - len(buf.wb)
	if added == 0 || cells(len(xa), len(xb)) > maxExactHoleCells {
		return false
	}
	need := buf.common + int(math.Ceil(absorbShare*float64(added)))
	l := lcsLength(xa, xb, need)
	if l < need {
		return false
	}
	// The widened pair is the one asked about next, and l is its length
	// (lcsLength is exact from need up).
	buf.pair, buf.common = q, l
	return true
}
