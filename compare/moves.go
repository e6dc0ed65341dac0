package compare

import (
	"runtime"
	"slices"
	"sort"
)

// Moves. A sentence that the in-order alignment could not use (it would
// cross other matches) but that appears elsewhere in the other version,
// identical or with small edits, is a move: reported once with both spans,
// plus the word changes inside it.

// minMoveWords is the least number of words for a sentence to be reported
// as moved; shorter ones ("Thank you.") recur by chance.
const minMoveWords = 3

// minNearMoveWords is the least number of words for an edited sentence
// to be looked for as a near move: one more than an exact move needs, as
// a short sentence with a word changed is similar to many others by
// chance.
const minNearMoveWords = minMoveWords + 1

// maxNearMovePosting is the most sentences a word may be in for near moves
// to look up sentences through it: commoner words (articles, "the") would
// make every sentence a candidate and cost the index its speed, and
// similar sentences share rarer words too.
const maxNearMovePosting = 64

// nearMoveThreshold is the least Dice similarity for an edited sentence to
// count as moved. In the sweep of pairThreshold's, 0.5 to 0.6 score alike
// and German moves are lost at 0.65.
const nearMoveThreshold = 0.6

// localPartnerThreshold is the similarity above which a sentence is taken
// to be edited in place rather than moved, even when an exact copy of it
// appears elsewhere (a sentence duplicated and then edited). No set tells
// 0.7 from 0.9 (the sweep of pairThreshold's); 0.8 is between.
const localPartnerThreshold = 0.8

// localPartners marks the gap sentences that have a very similar
// counterpart inside their own gap. Gaps are looked at in parallel: each
// reads and caches only its own sentences' bags.
func localPartners(a, b *side, segs []segment) (la, lb map[int]bool) {
	found := make([][][2]int, len(segs)) // found[k]: the pairs in segs[k]
	forChunks(len(segs), func(k int) {
		sg := segs[k]
		m, n := sg.a1-sg.a0, sg.b1-sg.b0
		if sg.equal || m == 0 || n == 0 || cells(m, n) > maxGapCells {
			return
		}
		bb := make([][]uint32, n)
		for j := range bb {
			bb[j] = b.bag(sg.b0 + j)
		}
		for i := sg.a0; i < sg.a1; i++ {
			ba := a.bag(i)
			for j := range bb {
				if a.sents[i].hash != b.sents[sg.b0+j].hash && diceAtLeast(ba, bb[j], localPartnerThreshold) >= localPartnerThreshold {
					found[k] = append(found[k], [2]int{i, sg.b0 + j})
				}
			}
		}
	})
	la, lb = map[int]bool{}, map[int]bool{}
	for _, ps := range found {
		for _, p := range ps {
			la[p[0]], lb[p[1]] = true, true
		}
	}
	return la, lb
}

// findExactMoves pairs sentences with equal keys that sit in different
// places (in gaps of the in-order alignment), unless one of them has a very
// similar counterpart in its own gap.
func findExactMoves(a, b *side, segs []segment, partnerA, partnerB []int) {
	localA, localB := localPartners(a, b, segs)
	byHash := movableByHash(a, segs, localA)
	if len(byHash) == 0 {
		return
	}
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		for j := sg.b0; j < sg.b1; j++ {
			if localB[j] {
				continue
			}
			cands := byHash[b.sents[j].hash]
			if len(cands) == 0 {
				continue
			}
			// Take the unused candidate nearest to where j would sit in the
			// base, so that repeated sentences pair with their own copy.
			best := nearestUnused(cands, sg.a0+(j-sg.b0), partnerA)
			if best < 0 {
				byHash[b.sents[j].hash] = nil
				continue
			}
			i := cands[best]
			partnerA[i], partnerB[j] = j, i
			if best == 0 || best == len(cands)-1 {
				// Trim used ends so long runs of used candidates are not rescanned.
				byHash[b.sents[j].hash] = withoutUsedEnds(cands, partnerA)
			}
		}
	}
}

// movableByHash lists, by their keys' hashes, the sentences of a in the
// gaps of segs that may move: of minMoveWords words or more, and with no
// very similar counterpart in their own gap (localA). Each list is in
// order.
func movableByHash(a *side, segs []segment, localA map[int]bool) map[uint64][]int {
	byHash := map[uint64][]int{}
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		for i := sg.a0; i < sg.a1; i++ {
			if a.wordCount(i) >= minMoveWords && !localA[i] {
				byHash[a.sents[i].hash] = append(byHash[a.sents[i].hash], i)
			}
		}
	}
	return byHash
}

// nearestUnused returns the index in cands (sentences in order) of a
// candidate with no partner yet, found outward from where expect would
// sit, one candidate each way at a time: of the two at a step, the
// nearer to expect, the earlier on a tie. It returns -1 when every
// candidate has a partner.
func nearestUnused(cands []int, expect int, partnerA []int) int {
	k := sort.SearchInts(cands, expect)
	best := -1
	for lo, hi := k-1, k; lo >= 0 || hi < len(cands); lo, hi = lo-1, hi+1 {
		if hi < len(cands) && partnerA[cands[hi]] < 0 {
			best = hi
		}
		if lo >= 0 && partnerA[cands[lo]] < 0 && (best < 0 || expect-cands[lo] <= cands[best]-expect) {
			best = lo
		}
		if best >= 0 {
			break
		}
	}
	return best
}

// withoutUsedEnds is cands without the candidates at either end that
// have a partner.
func withoutUsedEnds(cands []int, partnerA []int) []int {
	for len(cands) > 0 && partnerA[cands[0]] >= 0 {
		cands = cands[1:]
	}
	for len(cands) > 0 && partnerA[cands[len(cands)-1]] >= 0 {
		cands = cands[:len(cands)-1]
	}
	return cands
}

// postings lists, for each word, the bags (by number) it occurs in, in a
// flat array: a map of growing slices cost more than the search it serves.
type postings struct {
	word  map[uint32]int32 // word -> its number
	start []int32          // bags of word w: bag[start[w]:start[w+1]]
	bag   []int32
}

// newPostings indexes sorted bags.
func newPostings(bags [][]uint32) *postings {
	p := &postings{word: map[uint32]int32{}}
	var count []int32
	for _, bg := range bags {
		for w := range wordRuns(bg) {
			n, ok := p.word[w]
			if !ok {
				n = int32(len(count))
				p.word[w] = n
				count = append(count, 0)
			}
			count[n]++
		}
	}
	p.start = make([]int32, len(count)+1)
	for n, c := range count {
		p.start[n+1] = p.start[n] + c
	}
	p.bag = make([]int32, p.start[len(count)])
	next := slices.Clone(p.start[:len(count)])
	for d, bg := range bags {
		for w := range wordRuns(bg) {
			n := p.word[w]
			p.bag[next[n]] = int32(d)
			next[n]++
		}
	}
	return p
}

// of returns the bags word w occurs in, in ascending order.
func (p *postings) of(w uint32) []int32 {
	n, ok := p.word[w]
	if !ok {
		return nil
	}
	return p.bag[p.start[n]:p.start[n+1]]
}

// findNearMoves pairs sentences left deleted and inserted after gap pairing
// when they are similar enough, wherever they are. An inverted index of
// words keeps the search near-linear.
func findNearMoves(a, b *side, items [][]item, partnerA, partnerB []int) {
	var dels, ins []itemRef
	for g, its := range items {
		for k, it := range its {
			switch {
			case it.kind == itemDelete && a.wordCount(it.a0) >= minNearMoveWords:
				dels = append(dels, itemRef{g, k})
			case it.kind == itemInsert && b.wordCount(it.b0) >= minNearMoveWords:
				ins = append(ins, itemRef{g, k})
			}
		}
	}
	if len(dels) == 0 || len(ins) == 0 {
		return
	}
	delBags := make([][]uint32, len(dels))
	for d, r := range dels {
		delBags[d] = a.bag(items[r.gap][r.idx].a0)
	}
	insBags := make([][]uint32, len(ins))
	for n, r := range ins {
		insBags[n] = b.bag(items[r.gap][r.idx].b0)
	}
	for _, c := range nearPairs(delBags, insBags) {
		dr, nr := dels[c.d], ins[c.n]
		di, ni := &items[dr.gap][dr.idx], &items[nr.gap][nr.idx]
		if di.kind != itemDelete || ni.kind != itemInsert {
			continue // already used
		}
		i, j := di.a0, ni.b0
		partnerA[i], partnerB[j] = j, i
		*di = item{kind: itemMove, a0: i, a1: i + 1, b0: j, b1: j + 1}
		ni.kind = itemMove // the B side of a move: skipped when emitting
		ni.a0 = -1
	}
}

// itemRef is an item of a gap: items[gap][idx].
type itemRef struct{ gap, idx int }

// nearPair is a deletion d and an insertion n similar enough to be a move.
type nearPair struct {
	d, n int
	sim  float64
}

// nearPairs returns every deletion and insertion whose bags' Dice
// similarity reaches nearMoveThreshold, most similar first (ties by
// deletion, then insertion). An inverted index of the deletions' words
// keeps the search near-linear; the insertions are searched in parallel,
// in parts, each with its own counters.
func nearPairs(dels, ins [][]uint32) []nearPair {
	post := newPostings(dels)
	parts := make([][]nearPair, partsPerProc*runtime.GOMAXPROCS(0))
	parallel(len(parts), func(part int) {
		counts := make([]int32, len(dels)) // shared rare words per deletion
		var touched []int32
		for n := part * len(ins) / len(parts); n < (part+1)*len(ins)/len(parts); n++ {
			bb := ins[n]
			for _, d := range touched {
				counts[d] = 0
			}
			touched = touched[:0]
			for w := range wordRuns(bb) {
				if p := post.of(w); len(p) <= maxNearMovePosting {
					for _, d := range p {
						if counts[d] == 0 {
							touched = append(touched, d)
						}
						counts[d]++
					}
				}
			}
			for _, d := range touched {
				if 2*float64(counts[d])/float64(len(dels[d])+len(bb)) < nearMoveThreshold/2 {
					continue
				}
				if s := diceAtLeast(dels[d], bb, nearMoveThreshold); s >= nearMoveThreshold {
					parts[part] = append(parts[part], nearPair{int(d), n, s})
				}
			}
		}
	})
	out := slices.Concat(parts...)
	sort.Slice(out, func(x, y int) bool {
		if out[x].sim != out[y].sim {
			return out[x].sim > out[y].sim
		}
		if out[x].d != out[y].d {
			return out[x].d < out[y].d
		}
		return out[x].n < out[y].n
	})
	return out
}

// withMoves returns a gap's items with its exactly moved base sentences put
// in base order, and without the B side of moves.
func withMoves(its []item, sg segment, partnerA []int) []item {
	var moved []int
	for i := sg.a0; i < sg.a1; i++ {
		if partnerA[i] >= 0 {
			moved = append(moved, i)
		}
	}
	if len(moved) == 0 && !slices.ContainsFunc(its, func(it item) bool { return it.kind == itemMove }) {
		return its // nothing moved: a gap of many short units is not copied
	}
	out := make([]item, 0, len(its)+len(moved))
	mi := 0
	flush := func(upto int) {
		for mi < len(moved) && moved[mi] < upto {
			i := moved[mi]
			out = append(out, item{kind: itemMove, a0: i, a1: i + 1, b0: partnerA[i], b1: partnerA[i] + 1})
			mi++
		}
	}
	for _, it := range its {
		switch {
		case it.kind == itemMove && it.a0 < 0:
			continue // B side of a near move
		case it.kind == itemMove:
			continue // near moves are in moved already (partnerA set)
		case it.kind == itemPair || it.kind == itemDelete:
			flush(it.a0)
		}
		out = append(out, it)
	}
	flush(sg.a1)
	return out
}

// moves records one move change per moved passage (consecutive sentences
// moved together) and the word changes inside it.
func (e *emitter) moves(partnerA []int) {
	for i := 0; i < len(partnerA); {
		if partnerA[i] < 0 {
			i++
			continue
		}
		i0, j0 := i, partnerA[i]
		i++
		for i < len(partnerA) && partnerA[i] == partnerA[i-1]+1 {
			i++
		}
		j1 := partnerA[i-1] + 1
		sa0, sa1 := e.a.sents[i0], e.a.sents[i-1]
		sb0, sb1 := e.b.sents[j0], e.b.sents[j1-1]
		c := Change{Kind: Move, A: e.ai, B: e.bi, AStart: sa0.start, AEnd: sa1.end, BStart: sb0.start, BEnd: sb1.end}
		c.AText, c.BText = e.a.text[c.AStart:c.AEnd], e.b.text[c.BStart:c.BEnd]
		e.changes = append(e.changes, c)
		e.diffGroup(e.a.sentToks(i0, i), e.b.sentToks(j0, j1), sa0.start, sb0.start)
	}
}
