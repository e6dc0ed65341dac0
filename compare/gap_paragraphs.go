package compare

import "slices"

// A large gap (text rewritten over many paragraphs) is paired paragraph by
// paragraph first: paragraphs whose words are mostly the same are matched
// in order, and sentences are paired only inside matched paragraphs, each
// a small dynamic programme. Sentences seldom pair across paragraphs that
// were kept (a sentence moved out of its paragraph is a move, found
// later). Without this, ten megabytes with every paragraph rewritten took
// 9-12 s in chunked sentence pairing.

// paragraphPairThreshold is the least Dice similarity of two paragraphs'
// words for them to be matched in a large gap.
const paragraphPairThreshold = 0.5

// gapParagraph is the sentences of one paragraph inside a gap.
type gapParagraph struct {
	ids []int    // the gap's sentences of the paragraph, ascending
	bag []uint64 // their words, sorted
}

// gapParagraphs groups the gap's sentences ids by paragraph.
func gapParagraphs(s *side, ids []int) []gapParagraph {
	var out []gapParagraph
	for k, i := range ids {
		if k == 0 || s.sents[i].para != s.sents[ids[k-1]].para {
			out = append(out, gapParagraph{})
		}
		p := &out[len(out)-1]
		p.ids = append(p.ids, i)
		p.bag = append(p.bag, s.bag(i)...)
	}
	for k := range out {
		slices.Sort(out[k].bag)
	}
	return out
}

// pairByParagraphs pairs a large gap paragraph by paragraph, when its
// paragraphs are few enough to align whole and some of them match; ok is
// false otherwise (the caller pairs the sentences in chunks).
func pairByParagraphs(a, b *side, as, bs []int) ([]item, bool) {
	pa, pb := gapParagraphs(a, as), gapParagraphs(b, bs)
	if len(pa) < 2 || len(pb) < 2 {
		return nil, false
	}
	matches := alignParagraphBags(pa, pb)
	if len(matches) == 0 {
		return nil, false
	}
	var out []item
	i, j := 0, 0
	flush := func(i1, j1 int) { // the paragraphs between matches: chunked pairing
		var ca, cb []int
		for _, p := range pa[i:i1] {
			ca = append(ca, p.ids...)
		}
		for _, p := range pb[j:j1] {
			cb = append(cb, p.ids...)
		}
		switch {
		case len(ca) == 0 || len(cb) == 0:
			out = append(out, plainItems(ca, cb)...)
		case len(ca)*len(cb) <= maxGapCells:
			out = append(out, pairDP(a, b, ca, cb, 0)...)
		default:
			out = append(out, plainItems(ca, cb)...)
		}
	}
	for _, mt := range matches {
		flush(mt[0], mt[1])
		out = append(out, pairGapSmall(a, b, pa[mt[0]].ids, pb[mt[1]].ids)...)
		i, j = mt[0]+1, mt[1]+1
	}
	flush(len(pa), len(pb))
	return out, true
}

// pairGapSmall pairs the sentences of two matched paragraphs.
func pairGapSmall(a, b *side, as, bs []int) []item {
	if len(as)*len(bs) <= maxGapCells {
		return pairDP(a, b, as, bs, 0)
	}
	return pairDP(a, b, as, bs, chunkBand)
}

// paragraphBand is the half-width of the band, in paragraphs, searched
// around the diagonal when a gap's paragraphs are aligned.
const paragraphBand = 8

// alignParagraphBags matches paragraphs of two gaps in order (a longest
// run of similar pairs: each match scores its Dice similarity), searching
// a band around the diagonal. It returns the matched index pairs.
func alignParagraphBags(pa, pb []gapParagraph) [][2]int {
	m, n := len(pa), len(pb)
	w := n + 1
	score := make([]float64, (m+1)*w)
	step := make([]uint8, (m+1)*w) // 0 start, 1 from above, 2 from the left, 3 diagonal (a match)
	inBand := func(i, j int) bool {
		c := i * n / m
		return j >= c-paragraphBand && j <= c+paragraphBand || i == m && j == n || i == 0 && j == 0
	}
	for i := 0; i <= m; i++ {
		for j := 0; j <= n; j++ {
			if i == 0 && j == 0 || !inBand(i, j) {
				continue
			}
			best, how := -1.0, uint8(0)
			if i > 0 && (inBand(i-1, j) || j == 0) {
				best, how = score[(i-1)*w+j], 1
			}
			if j > 0 && (inBand(i, j-1) || i == 0) && score[i*w+j-1] > best {
				best, how = score[i*w+j-1], 2
			}
			if i > 0 && j > 0 && inBand(i-1, j-1) {
				if d := dice(pa[i-1].bag, pb[j-1].bag); d >= paragraphPairThreshold && score[(i-1)*w+j-1]+d > best {
					best, how = score[(i-1)*w+j-1]+d, 3
				}
			}
			score[i*w+j], step[i*w+j] = max(best, 0), how
		}
	}
	var out [][2]int
	for i, j := m, n; i > 0 || j > 0; {
		switch step[i*w+j] {
		case 3:
			out = append(out, [2]int{i - 1, j - 1})
			i, j = i-1, j-1
		case 1:
			i--
		case 2:
			j--
		default:
			// Outside the band the path runs along an edge.
			if i > 0 {
				i--
			} else {
				j--
			}
		}
	}
	slices.Reverse(out)
	return out
}
