package compare

// segment is a run of equal sentences or a gap of unmatched ones.
type segment struct {
	equal          bool
	a0, a1, b0, b1 int
}

// sentenceSegments diffs the sentence streams of the whole documents (so
// paragraph splits and merges cost nothing) and returns equal runs and gaps.
//
// unify maps B sentences to base sentences they must count as equal to (the
// edited sentences of moved passages found by a first pass), so that the
// in-order alignment keeps the larger of two swapped blocks in place even
// when the larger one has edits. A unified pair anchors the alignment but
// is handed to the gap pairing with its neighbours, which may find it part
// of a split or merge ("rivals. Among them X." -> "rivals; among them X.").
func sentenceSegments(a, b *document, unify map[int]int) []segment {
	ka := make([]uint64, len(a.sents))
	for i, s := range a.sents {
		ka[i] = s.hash
	}
	kb := make([]uint64, len(b.sents))
	for i, s := range b.sents {
		kb[i] = s.hash
		if ai, ok := unify[i]; ok {
			kb[i] = a.sents[ai].hash
		}
	}
	ops := weightedDiff(a, b, ka, kb)
	var segs []segment
	ia, ib := 0, 0
	for _, o := range ops {
		switch o.kind {
		case opEqual:
			unified := false // the last segment is a unified pair: kept apart
			for k := 0; k < o.n; k++ {
				i, j := ia+k, ib+k
				switch n := len(segs); {
				case a.sents[i].hash != b.sents[j].hash: // unified, not equal
					segs = append(segs, segment{true, i, i + 1, j, j + 1})
					unified = true
				case n > 0 && segs[n-1].equal && !unified && segs[n-1].a1 == i && segs[n-1].b1 == j:
					segs[n-1].a1, segs[n-1].b1 = i+1, j+1
				default:
					segs = append(segs, segment{true, i, i + 1, j, j + 1})
					unified = false
				}
			}
			ia += o.n
			ib += o.n
		case opDelete:
			segs = appendGap(segs, ia, ia+o.n, ib, ib)
			ia += o.n
		case opInsert:
			segs = appendGap(segs, ia, ia, ib, ib+o.n)
			ib += o.n
		}
	}
	if len(unify) == 0 {
		return segs
	}
	return dissolveUnified(a, b, segs)
}

// dissolveUnified hands each unified pair (a one-pair equal segment whose
// sentences differ) to the gap pairing with the gaps beside it, unless the
// joined gap would be larger than the pairing takes whole (maxGapCells):
// it would then be cut into chunks that ignore the pair, and the pair's
// two sentences, cut apart, would read as a move. Such a pair stays an
// anchor, as it was found.
func dissolveUnified(a, b *document, segs []segment) []segment {
	out := make([]segment, 0, len(segs))
	for k, sg := range segs {
		unified := sg.equal && sg.a1-sg.a0 == 1 && a.sents[sg.a0].hash != b.sents[sg.b0].hash
		n := len(out)
		switch {
		case unified:
			lo, hi := sg, sg
			if n > 0 && !out[n-1].equal {
				lo = out[n-1]
			}
			if k+1 < len(segs) && !segs[k+1].equal {
				hi = segs[k+1]
			}
			if (hi.a1-lo.a0)*(hi.b1-lo.b0) > maxGapCells {
				if n > 0 && out[n-1].equal {
					out[n-1].a1, out[n-1].b1 = sg.a1, sg.b1
				} else {
					out = append(out, sg)
				}
				continue
			}
			out = appendGap(out, sg.a0, sg.a1, sg.b0, sg.b1)
		case !sg.equal:
			out = appendGap(out, sg.a0, sg.a1, sg.b0, sg.b1)
		case n > 0 && out[n-1].equal:
			out[n-1].a1, out[n-1].b1 = sg.a1, sg.b1 // one equal run, as diffSeq gave it
		default:
			out = append(out, sg)
		}
	}
	return out
}

func appendGap(segs []segment, a0, a1, b0, b1 int) []segment {
	if n := len(segs); n > 0 && !segs[n-1].equal {
		segs[n-1].a1, segs[n-1].b1 = a1, b1
		return segs
	}
	return append(segs, segment{false, a0, a1, b0, b1})
}
