package crosslang

import (
	"cmp"
	"slices"
	"sort"
)

// Lexicon learning: the thresholds were tuned on the Text+Berg dev set and
// Anna Karenina (EN–RU), on the second pass's strict F1.
const (
	// lexiconShare is the share of the first pass's beads, best first, that
	// word pairs are counted in.
	lexiconShare = 0.7
	// lexiconMinPairs is how many beads a word pair must share.
	lexiconMinPairs = 2
	// lexiconMinDice is the least Dice coefficient of a word pair:
	// 2·shared / (beads with the source word + beads with the target word).
	lexiconMinDice = 0.3
	// lexiconPerWord is how many translations a source word keeps.
	lexiconPerWord = 3
	// lexiconMaxShare drops words found in more than this share of the
	// units (articles, prepositions): they pair with everything.
	lexiconMaxShare = 0.2
	// lexiconBeadStems is the most stems of a side of one bead counted:
	// more than a long sentence holds, far fewer than a long paragraph,
	// whose pairs would otherwise grow with the square of its length.
	lexiconBeadStems = 128
)

// bead is a source range against a target range of units.
type bead struct {
	i0, i1, j0, j1 int
	score          float64
}

// learnLexicon adds to the source words' keys the target words they
// co-occur with in the confident beads.
func learnLexicon(src, tgt *side, beads []bead, kt *keyTable) {
	c := countCooccurrences(src, tgt, confidentBeads(beads))
	trans := make(map[int32][]int32) // source stem -> target stem keys
	for x, cands := range c.translations() {
		for _, tr := range cands[:min(len(cands), lexiconPerWord)] {
			trans[x] = append(trans[x], kt.id("^"+tgt.stems[tr.y]))
		}
	}
	for id := range src.types {
		t := &src.types[id]
		for _, k := range trans[t.stem] {
			if !slices.Contains(t.keys, k) {
				t.keys = append(t.keys, k)
			}
		}
	}
}

// confidentBeads returns the lexiconShare best-scored beads that pair
// units on both sides.
func confidentBeads(beads []bead) []bead {
	var used []bead
	for _, b := range beads {
		if b.i1 > b.i0 && b.j1 > b.j0 {
			used = append(used, b)
		}
	}
	sort.SliceStable(used, func(x, y int) bool { return used[x].score > used[y].score })
	return used[:int(float64(len(used))*lexiconShare)]
}

// cooccurrences counts, over a set of beads, the beads each source and
// target stem is in and those each pair of them shares.
type cooccurrences struct {
	pairs  map[uint64]int32 // source stem << 32 | target stem
	cs, ct []int32
}

// countCooccurrences counts the stems of the words in beads, leaving out
// numbers, one-letter words and words in more than lexiconMaxShare of
// their side's units.
func countCooccurrences(src, tgt *side, beads []bead) cooccurrences {
	c := cooccurrences{pairs: make(map[uint64]int32), cs: make([]int32, len(src.stems)), ct: make([]int32, len(tgt.stems))}
	maxS := int(lexiconMaxShare*float64(len(src.units))) + 1
	maxT := int(lexiconMaxShare*float64(len(tgt.units))) + 1
	var sw, tw []int32
	for _, b := range beads {
		sw = beadStems(src, b.i0, b.i1, maxS, sw)
		tw = beadStems(tgt, b.j0, b.j1, maxT, tw)
		for _, x := range sw {
			c.cs[x]++
		}
		for _, y := range tw {
			c.ct[y]++
		}
		for _, x := range sw {
			for _, y := range tw {
				c.pairs[uint64(x)<<32|uint64(y)]++
			}
		}
	}
	return c
}

// beadStems returns, sorted and without repeats, the stems of the words
// of units lo..hi-1 of sd that may enter the lexicon: of a long bead (a
// paragraph), the lexiconBeadStems rarest, so that a bead adds at most
// their square of pairs to the count, whatever its length.
func beadStems(sd *side, lo, hi, maxDF int, out []int32) []int32 {
	out = out[:0]
	for u := lo; u < hi; u++ {
		for _, id := range sd.units[u].types {
			t := &sd.types[id]
			if !t.number && t.df <= maxDF && len(t.word) > 1 {
				out = append(out, t.stem)
			}
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > lexiconBeadStems {
		// The rarest stems say most about their translation. A stem's
		// count is its types' largest.
		df := make(map[int32]int, len(out))
		for u := lo; u < hi; u++ {
			for _, id := range sd.units[u].types {
				t := &sd.types[id]
				df[t.stem] = max(df[t.stem], t.df)
			}
		}
		slices.SortStableFunc(out, func(x, y int32) int { return cmp.Compare(df[x], df[y]) })
		out = out[:lexiconBeadStems]
		slices.Sort(out)
	}
	return out
}

// translation is a target stem and its Dice association with a source
// stem.
type translation struct {
	y    int32
	dice float64
}

// translations returns, for each source stem, the target stems seen with
// it in lexiconMinPairs beads or more at a Dice association of
// lexiconMinDice or more, best first (ties by stem).
func (c cooccurrences) translations() map[int32][]translation {
	best := make(map[int32][]translation)
	for key, n := range c.pairs {
		if n < lexiconMinPairs {
			continue
		}
		x, y := int32(key>>32), int32(key&0xffffffff)
		d := 2 * float64(n) / float64(c.cs[x]+c.ct[y])
		if d >= lexiconMinDice {
			best[x] = append(best[x], translation{y, d})
		}
	}
	for _, cands := range best {
		slices.SortFunc(cands, func(a, b translation) int {
			if a.dice != b.dice {
				if a.dice > b.dice {
					return -1
				}
				return 1
			}
			return int(a.y - b.y)
		})
	}
	return best
}
