package compare

import (
	"slices"
)

// A large gap (text rewritten over many paragraphs) is paired paragraph by
// paragraph first: paragraphs whose words are mostly the same are matched
// in order, and sentences are paired only inside matched paragraphs, each
// a small dynamic programme. Sentences seldom pair across paragraphs that
// were kept (a sentence moved out of its paragraph is a move, found
// later). Without this, a text rewritten in every paragraph falls to
// chunked sentence pairing, which ignores paragraph boundaries and is far
// slower.

// paragraphPairThreshold is the least Dice similarity of two paragraphs'
// words for them to be matched in a large gap. In the sweep of
// pairThreshold's, 0.5 to 0.6 score alike and German moves are lost below
// (a paragraph matched with the wrong one hides its sentences' moves).
const paragraphPairThreshold = 0.5

// gapParagraph is the sentences of one paragraph inside a gap.
type gapParagraph struct {
	ids []int         // the gap's sentences of the paragraph, ascending
	bag []uint32      // their words, sorted
	sig wordSignature // on the B side only, where alignParagraphBags looks
}

// wordSignature has a bit set for each word of a bag (by a hash of its
// key), so that the words of another bag found in it bound from above
// how many the two share: a word not set cannot be shared, and one set
// may be. On unrelated paragraphs that test is a quarter of a merge.
type wordSignature [8]uint64

func signatureOf(bag []uint32) wordSignature {
	var s wordSignature
	for _, x := range bag {
		h := signatureBit(x)
		s[h/64] |= 1 << (h % 64)
	}
	return s
}

func signatureBit(x uint32) uint64 { return (uint64(x) * goldenRatio64) >> (64 - 9) }

// sharedAtMost bounds |x∩y| from above: the words of x whose bit is set
// in y's signature.
func (s *wordSignature) sharedAtMost(x []uint32) int {
	n := 0
	for _, w := range x {
		h := signatureBit(w)
		n += int(s[h/64] >> (h % 64) & 1)
	}
	return n
}

// gapParagraphs groups the gap's sentences ids by paragraph; the bags
// (and with signed their signatures) are built in parallel.
func gapParagraphs(s *side, ids []int, signed bool) []gapParagraph {
	out := make([]gapParagraph, 0, countParagraphs(s, ids))
	start := 0
	for k := range ids {
		if k+1 == len(ids) || s.sents[ids[k+1]].para != s.sents[ids[k]].para {
			// A paragraph's sentences are a run of ids: a piece of it,
			// not a copy (a gap of many short paragraphs has one a line).
			out = append(out, gapParagraph{ids: ids[start : k+1 : k+1]})
			start = k + 1
		}
	}
	forChunks(len(out), func(k int) {
		p := &out[k]
		bags := make([][]uint32, len(p.ids))
		for x, i := range p.ids {
			bags[x] = s.bag(i)
		}
		p.bag = mergeSorted(bags)
		if signed {
			p.sig = signatureOf(p.bag)
		}
	})
	return out
}

// countParagraphs is how many paragraphs the sentences ids (in text
// order) fall in.
func countParagraphs(s *side, ids []int) int {
	n := 0
	for k, i := range ids {
		if k == 0 || s.sents[i].para != s.sents[ids[k-1]].para {
			n++
		}
	}
	return n
}

// pairByParagraphs pairs a large gap paragraph by paragraph, when its
// paragraphs are few enough to align whole and some of them match; ok is
// false otherwise (the caller pairs the sentences in chunks). The matched
// paragraphs, and the runs between them, are paired in parallel: each
// reads and caches only its own sentences' bags.
func pairByParagraphs(a, b *side, as, bs []int) ([]item, bool) {
	if countParagraphs(a, as) < 2 || countParagraphs(b, bs) < 2 {
		return nil, false
	}
	pa, pb := gapParagraphs(a, as, false), gapParagraphs(b, bs, true)
	matches := alignParagraphBags(pa, pb)
	if len(matches) == 0 {
		return nil, false
	}
	// A task is a matched pair of paragraphs, or the unmatched ones
	// between two matches.
	type task struct {
		as, bs  []int
		matched bool
	}
	var tasks []task
	i, j := 0, 0
	between := func(i1, j1 int) {
		var t task
		for _, p := range pa[i:i1] {
			t.as = append(t.as, p.ids...)
		}
		for _, p := range pb[j:j1] {
			t.bs = append(t.bs, p.ids...)
		}
		if len(t.as)+len(t.bs) > 0 {
			tasks = append(tasks, t)
		}
	}
	for _, mt := range matches {
		between(mt[0], mt[1])
		tasks = append(tasks, task{pa[mt[0]].ids, pb[mt[1]].ids, true})
		i, j = mt[0]+1, mt[1]+1
	}
	between(len(pa), len(pb))
	pa, pb = nil, nil // the paragraphs' bags are not needed past here
	items := make([][]item, len(tasks))
	forChunks(len(tasks), func(k int) {
		t := tasks[k]
		switch {
		case t.matched:
			items[k] = pairGapSmall(a, b, t.as, t.bs)
		case len(t.as) == 0 || len(t.bs) == 0 || cells(len(t.as), len(t.bs)) > maxGapCells:
			items[k] = plainItems(t.as, t.bs)
		default:
			items[k] = pairDP(a, b, t.as, t.bs, 0)
		}
	})
	return slices.Concat(items...), true
}

// pairGapSmall pairs the sentences of two matched paragraphs.
func pairGapSmall(a, b *side, as, bs []int) []item {
	if cells(len(as), len(bs)) <= maxGapCells {
		return pairDP(a, b, as, bs, 0)
	}
	return pairDP(a, b, as, bs, chunkBand)
}

// paragraphBand is the half-width of the band, in paragraphs, searched
// around the diagonal when a gap's paragraphs are aligned. A gap this
// large lies between equal runs, so its paragraphs drift little from the
// diagonal; 8 left the public eval's scores as 32 did, in a quarter of
// the cells.
const paragraphBand = 8

// alignParagraphBags matches paragraphs of two gaps in order (a longest
// run of similar pairs: each match scores its Dice similarity), searching
// a band around the diagonal. It returns the matched index pairs. Only the
// band is stored, so memory grows with the paragraphs, not their square.
func alignParagraphBags(pa, pb []gapParagraph) [][2]int {
	t := newParagraphTable(len(pa), len(pb))
	t.similarities(pa, pb)
	t.fill()
	return t.path()
}

// paragraphTable is the banded table alignParagraphBags fills. Row i
// holds columns lo(i) .. lo(i)+width-1; a cell outside the band reads as
// score 0 and step 0.
type paragraphTable struct {
	m, n  int
	score []float64
	step  []uint8   // 0 start, 1 from above, 2 from the left, 3 diagonal (a match)
	sim   []float64 // sim[c]: the similarity of the diagonal step into cell c
}

const paragraphTableWidth = 2*paragraphBand + 1

func newParagraphTable(m, n int) *paragraphTable {
	cells := (m + 1) * paragraphTableWidth
	return &paragraphTable{m: m, n: n, score: make([]float64, cells), step: make([]uint8, cells), sim: make([]float64, cells)}
}

func (t *paragraphTable) lo(i int) int { return i*t.n/t.m - paragraphBand }

// at is cell (i, j)'s index, and whether it lies in the band.
func (t *paragraphTable) at(i, j int) (int, bool) {
	k := j - t.lo(i)
	return i*paragraphTableWidth + k, j >= 0 && j <= t.n && k >= 0 && k < paragraphTableWidth
}

func (t *paragraphTable) scoreAt(i, j int) float64 {
	if c, ok := t.at(i, j); ok {
		return t.score[c]
	}
	return 0
}

// similarities computes the Dice similarity of the band's pairs, the
// costly part, in parallel; pairs that cannot reach
// paragraphPairThreshold stay 0.
func (t *paragraphTable) similarities(pa, pb []gapParagraph) {
	forChunks(t.m, func(i0 int) {
		i := i0 + 1
		for j := max(1, t.lo(i)); j <= min(t.n, t.lo(i)+paragraphTableWidth-1); j++ {
			c, _ := t.at(i, j)
			x, y := pa[i-1].bag, pb[j-1].bag
			if _, ok := t.at(i-1, j-1); !ok || !mayReach(len(x), len(y), paragraphPairThreshold) {
				continue
			}
			if n := len(x) + len(y); n > 0 && pb[j-1].sig.sharedAtMost(x) < leastCount(paragraphPairThreshold, n) {
				continue // the Dice similarity cannot reach the threshold
			}
			t.sim[c] = diceAtLeast(x, y, paragraphPairThreshold)
		}
	})
}

// fill scores every cell of the band: the best of skipping a paragraph on
// either side and matching the pair.
func (t *paragraphTable) fill() {
	for i := 0; i <= t.m; i++ {
		for j := max(0, t.lo(i)); j <= min(t.n, t.lo(i)+paragraphTableWidth-1); j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, how := -1.0, uint8(0)
			if i > 0 {
				best, how = t.scoreAt(i-1, j), 1
			}
			if j > 0 && t.scoreAt(i, j-1) > best {
				best, how = t.scoreAt(i, j-1), 2
			}
			c, _ := t.at(i, j)
			if i > 0 && j > 0 {
				if d := t.sim[c]; d >= paragraphPairThreshold && t.scoreAt(i-1, j-1)+d > best {
					best, how = t.scoreAt(i-1, j-1)+d, 3
				}
			}
			t.score[c], t.step[c] = max(best, 0), how
		}
	}
}

// path walks the steps back from the last cell and returns the matched
// pairs in order.
func (t *paragraphTable) path() [][2]int {
	var out [][2]int
	for i, j := t.m, t.n; i > 0 || j > 0; {
		var s uint8
		if c, ok := t.at(i, j); ok {
			s = t.step[c]
		}
		switch s {
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
