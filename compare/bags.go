package compare

import (
	"iter"
	"slices"
)

// Word bags. A sentence's bag is its word keys sorted, with repeats: two
// bags' Dice similarity says how many words two sentences share, in any
// order. The gap pairing, the paragraph alignment of large gaps and the
// search for near moves all measure sentences this way; this file holds
// the bags, their cache per document of a pair, and the measures.

// words is the word keys of a run of sentences in text order.
func words(d *document, lo, hi int) []uint32 {
	return appendWords(nil, d, lo, hi)
}

// appendWords appends words(d, lo, hi) to out, for callers that reuse
// one buffer across many runs.
func appendWords(out []uint32, d *document, lo, hi int) []uint32 {
	if hi-lo == 1 && d.sents[lo].light {
		return append(out, d.sents[lo].word)
	}
	ts := d.sentToks(lo, hi)
	out = slices.Grow(out, len(ts))
	base := len(out)
	for _, t := range ts {
		if t.class != classPunct {
			out = append(out, d.wordKey(t))
		}
	}
	if len(out) == base {
		for _, t := range ts {
			out = append(out, d.wordKey(t))
		}
	}
	return out
}

// wordKey is t's key in a bag: its case-folded key's number.
func (d *document) wordKey(t token) uint32 {
	if int(t.key) < len(d.caseless) {
		return d.caseless[t.key]
	}
	return t.key
}

// bagSize is len(words(d, lo, hi)), counted without building it.
func bagSize(d *document, lo, hi int) int {
	if hi-lo == 1 && d.sents[lo].light {
		return 1
	}
	ts := d.sentToks(lo, hi)
	n := 0
	for _, t := range ts {
		if t.class != classPunct {
			n++
		}
	}
	if n == 0 {
		return len(ts)
	}
	return n
}

// sharedMinCells is the least number of sentence pairs for which
// pairCommons counts shared words from an index rather than pair by pair:
// building the index (a map) costs more than merging every pair's bags
// until a gap has about this many pairs. It is the crossover timed on the
// sentence bags of the revision and shuffled bench pairs, for square gaps
// of 4 to 64 sentences a side.
const sharedMinCells = 256

// pairCommons returns, at [i*(n+1)+j], |singleA[i]∩singleB[j]| for
// every pair of sentences (both indexed from 1, n B sentences). A gap of
// sharedMinCells pairs or more is counted from an index of B's words: the
// cost is the number of sentence pairs sharing a word, where merging every
// pair's bags costs the sum of their lengths.
func pairCommons(singleA, singleB [][]uint32) []int32 {
	m, n := len(singleA)-1, len(singleB)-1
	w := n + 1
	if cells(m, n) < sharedMinCells {
		out := make([]int32, (m+1)*w)
		for i := 1; i <= m; i++ {
			for j := 1; j <= n; j++ {
				out[i*w+j] = int32(commonAtLeast(singleA[i], singleB[j], 0))
			}
		}
		return out
	}
	type posting struct{ j, count int32 }
	index := map[uint32][]posting{}
	for j := 1; j <= n; j++ {
		for x, c := range wordRuns(singleB[j]) {
			index[x] = append(index[x], posting{int32(j), c})
		}
	}
	out := make([]int32, (m+1)*w)
	for i := 1; i <= m; i++ {
		row := out[i*w : (i+1)*w]
		for x, c := range wordRuns(singleA[i]) {
			for _, p := range index[x] {
				row[p.j] += min(c, p.count)
			}
		}
	}
	return out
}

// wordRuns yields each distinct word of a sorted bag with how many times
// it occurs.
func wordRuns(bg []uint32) iter.Seq2[uint32, int32] {
	return func(yield func(uint32, int32) bool) {
		for k := 0; k < len(bg); {
			e := k + 1
			for e < len(bg) && bg[e] == bg[k] {
				e++
			}
			if !yield(bg[k], int32(e-k)) {
				return
			}
			k = e
		}
	}
}

// side is one document of a pair with the word bags of its sentences,
// computed once for every step of both alignment passes that needs them.
// The document itself is shared by the pairs and never written.
type side struct {
	*document
	bags [][]uint32 // bags[i]: bag of sentence i, nil until first asked
	// memo, on the base side of a pair, keeps the gaps' pairings for the
	// second pass; nil keeps none.
	memo *pairMemo
}

func newSide(d *document) *side { return &side{document: d, bags: make([][]uint32, len(d.sents))} }

// bag returns the (shared, read-only) bag of sentence i.
func (s *side) bag(i int) []uint32 {
	if s.bags[i] == nil {
		s.bags[i] = bag(s.document, i, i+1)
	}
	return s.bags[i]
}

// bag is the sorted word keys of a run of sentences, for Dice similarity.
func bag(d *document, lo, hi int) []uint32 {
	out := words(d, lo, hi)
	slices.Sort(out)
	return out
}

// diceAtLeast is the Dice similarity 2|x∩y|/(|x|+|y|) of sorted
// multisets (1 for two empty ones) when that is least or more, and some
// smaller number otherwise: the merge stops once the words left cannot lift the
// count of shared ones to least, which on unrelated bags is well before
// their end. Every caller only acts on a similarity of least or more.
func diceAtLeast(x, y []uint32, least float64) float64 {
	n := len(x) + len(y)
	if n == 0 {
		return 1
	}
	need := leastCount(least, n)
	return 2 * float64(commonAtLeast(x, y, need)) / float64(n)
}

// leastCount is the least count c for which the similarity 2c/n (Dice,
// or 2·LCS/n), computed in floating point as its callers compute it, is
// least or more.
func leastCount(least float64, n int) int {
	c := int(least * float64(n) / 2)
	for c > 0 && 2*float64(c-1)/float64(n) >= least {
		c--
	}
	for 2*float64(c)/float64(n) < least {
		c++
	}
	return c
}

// commonAtLeast is |x∩y| over sorted multisets when that is need or
// more, and some smaller number otherwise. Its steps are written without
// branches, which the merge of two unrelated bags mispredicts half the
// time.
func commonAtLeast(x, y []uint32, need int) int {
	c, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		if c+min(len(x)-i, len(y)-j) < need {
			return c
		}
		// A stretch of steps between the checks.
		for end := min(len(x), i+16); i < end && j < len(y); {
			a, b := x[i], y[j]
			c += b2i(a == b)
			i += b2i(a <= b)
			j += b2i(b <= a)
		}
	}
	return c
}

// mayReach reports whether two bags of nx and ny words can have a Dice
// similarity of least: the smaller one at most all in common.
func mayReach(nx, ny int, least float64) bool {
	return 2*float64(min(nx, ny)) >= least*float64(nx+ny)
}

// coverageAtLeast is the share of x's words found in y (sorted
// multisets; 1 for an empty x) when that is least or more, and some
// smaller number otherwise.
func coverageAtLeast(x, y []uint32, least float64) float64 {
	if len(x) == 0 {
		return 1
	}
	// c/len(x) is 2c/(2·len(x)) exactly in floating point.
	need := leastCount(least, 2*len(x))
	return float64(commonAtLeast(x, y, need)) / float64(len(x))
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// runBags holds the bags of runs of up to maxGroup contiguous sentences of
// a gap, each computed when first asked: most groups are ruled out by their
// single sentences before their bag is needed.
type runBags struct {
	s     *side
	ids   []int
	runs  [maxGroup - 1][][]uint32 // runs[k-2][i]: k sentences, nil until asked
	sizes [maxGroup - 1][]int32    // sizes[k-2][i]: len(runs[k-2][i]) + 1, 0 until asked
}

func newRunBags(s *side, ids []int) *runBags { return &runBags{s: s, ids: ids} }

// singles returns the bags of the single sentences, indexed from 1 (the
// sentence ids[i-1] at i).
func (r *runBags) singles() [][]uint32 {
	out := make([][]uint32, len(r.ids)+1)
	for i, id := range r.ids {
		out[i+1] = r.s.bag(id)
	}
	return out
}

// contiguous reports whether the k sentences ending at ids[i-1] are.
func (r *runBags) contiguous(k, i int) bool {
	return k <= i && r.ids[i-1]-r.ids[i-k] == k-1
}

// size is len(get(k, i)), counted without building the bag, once: the
// pairer asks for a run's size at every sentence of the other side.
func (r *runBags) size(k, i int) int {
	if k == 1 {
		return len(r.s.bag(r.ids[i-1]))
	}
	row := &r.sizes[k-2]
	if *row == nil {
		*row = make([]int32, len(r.ids)+1)
	}
	if (*row)[i] == 0 {
		(*row)[i] = int32(bagSize(r.s.document, r.ids[i-k], r.ids[i-1]+1)) + 1
	}
	return int((*row)[i]) - 1
}

// get returns the bag of the k sentences ending at ids[i-1], or nil where
// they are not contiguous.
func (r *runBags) get(k, i int) []uint32 {
	if !r.contiguous(k, i) {
		return nil
	}
	if k == 1 {
		return r.s.bag(r.ids[i-1])
	}
	row := &r.runs[k-2]
	if *row == nil {
		*row = make([][]uint32, len(r.ids)+1)
	}
	if (*row)[i] == nil {
		lo, hi := r.ids[i-k], r.ids[i-1]+1
		if r.s.plainRun(lo, hi) {
			// The run's words are its sentences' words: their sorted bags
			// merge faster than the run sorts.
			singles := make([][]uint32, 0, k)
			for j := lo; j < hi; j++ {
				singles = append(singles, r.s.bag(j))
			}
			(*row)[i] = mergeSorted(singles)
		} else {
			(*row)[i] = bag(r.s.document, lo, hi)
		}
	}
	return (*row)[i]
}

// plainRun reports whether every sentence in [lo, hi) is tokenized and
// has a word, so that the run's bag is the union of theirs.
func (s *side) plainRun(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.sents[i].light || !slices.ContainsFunc(s.sentToks(i, i+1), func(t token) bool { return t.class != classPunct }) {
			return false
		}
	}
	return true
}

// mergeSorted returns the sorted union (with repeats) of sorted lists, in
// a new slice, merged in pairs.
func mergeSorted(lists [][]uint32) []uint32 {
	switch len(lists) {
	case 0:
		return []uint32{}
	case 1:
		return slices.Clone(lists[0])
	case 2:
		return mergeTwo(lists[0], lists[1])
	}
	half := len(lists) / 2
	return mergeTwo(mergeSorted(lists[:half]), mergeSorted(lists[half:]))
}

// mergeTwo returns the sorted union of sorted x and y in a new slice. Its
// steps are written without branches, as in commonAtLeast.
func mergeTwo(x, y []uint32) []uint32 {
	out := make([]uint32, len(x)+len(y))
	i, j, k := 0, 0, 0
	for i < len(x) && j < len(y) {
		a, b := x[i], y[j]
		out[k] = min(a, b)
		k++
		fromY := b2i(b < a)
		i += 1 - fromY
		j += fromY
	}
	k += copy(out[k:], x[i:])
	copy(out[k:], y[j:])
	return out
}
