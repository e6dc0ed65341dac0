package crosslang

import (
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
)

// bead is a source range against a target range of units.
type bead struct {
	i0, i1, j0, j1 int
	score          float64
}

// learnLexicon adds to the source words' keys the target words they
// co-occur with in the confident beads.
func learnLexicon(src, tgt *side, beads []bead, kt *keyTable) {
	var used []bead
	for _, b := range beads {
		if b.i1 > b.i0 && b.j1 > b.j0 {
			used = append(used, b)
		}
	}
	sort.SliceStable(used, func(x, y int) bool { return used[x].score > used[y].score })
	used = used[:int(float64(len(used))*lexiconShare)]
	maxS := int(lexiconMaxShare*float64(len(src.units))) + 1
	maxT := int(lexiconMaxShare*float64(len(tgt.units))) + 1
	co := make(map[uint64]int32)
	cs := make([]int32, len(src.stems))
	ct := make([]int32, len(tgt.stems))
	var sw, tw []int32
	collect := func(sd *side, lo, hi, maxDF int, out []int32) []int32 {
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
		return slices.Compact(out)
	}
	for _, b := range used {
		sw = collect(src, b.i0, b.i1, maxS, sw)
		tw = collect(tgt, b.j0, b.j1, maxT, tw)
		for _, x := range sw {
			cs[x]++
		}
		for _, y := range tw {
			ct[y]++
		}
		for _, x := range sw {
			for _, y := range tw {
				co[uint64(x)<<32|uint64(y)]++
			}
		}
	}
	type cand struct {
		y    int32
		dice float64
	}
	best := make(map[int32][]cand)
	for key, c := range co {
		if c < lexiconMinPairs {
			continue
		}
		x, y := int32(key>>32), int32(key&0xffffffff)
		d := 2 * float64(c) / float64(cs[x]+ct[y])
		if d >= lexiconMinDice {
			best[x] = append(best[x], cand{y, d})
		}
	}
	trans := make(map[int32][]int32, len(best)) // source stem -> target stem keys
	for x, cands := range best {
		slices.SortFunc(cands, func(a, b cand) int {
			if a.dice != b.dice {
				if a.dice > b.dice {
					return -1
				}
				return 1
			}
			return int(a.y - b.y)
		})
		for _, c := range cands[:min(len(cands), lexiconPerWord)] {
			trans[x] = append(trans[x], kt.id("^"+tgt.stems[c.y]))
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
