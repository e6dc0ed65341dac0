package compare

// A hole is a run of a gap's items that pairs nothing: base sentences
// deleted and B sentences inserted side by side. The pairing's groups
// take at most maxGroup sentences a side, so a text cut into sentences
// differently throughout (a transcript without punctuation, one sentence
// a paragraph, against its edited version with hundreds) leaves its
// sentences unpaired, and the word diff then reports them deleted and
// inserted, or moved piece by piece, where only the punctuation changed.
// joinHoles makes such a hole one group when its words come in the same
// order on both sides, as a group's must (groupThreshold).

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
	if len(x)*len(y) <= maxExactHoleCells {
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
