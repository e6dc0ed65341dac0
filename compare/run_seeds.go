package compare

import (
	"runtime"
	"sync/atomic"
)

// Seeds of the equal-runs pass: runs of runSeed tokens, hashed, that find
// where a deleted and an inserted side share words.

// seedAt is where a seed of runSeed tokens starts: a deleted side and the
// position in its tokens.
type seedAt struct{ side, pos int32 }

// indexSeeds maps the hash of each seed of the deleted sides to where it
// starts, in order of side and position. Only deleted seeds that may be
// inserted somewhere are indexed: a filter of the inserted seeds' hashes
// rules out the others, which in text rewritten throughout are nearly
// all, and so are seeds deleted more than maxSeedCandidates times. The
// filter is filled, and the deleted seeds tested, in parallel.
func indexSeeds(dels, ins []editSide) seedIndex {
	n := 0
	for _, s := range ins {
		n += len(s.toks)
	}
	inserted := newHashFilter(n)
	forChunks(len(ins), func(k int) {
		s := ins[k]
		for j := 0; j+runSeed <= len(s.toks); j++ {
			inserted.addShared(seedHash(s.toks[j : j+runSeed]))
		}
	})
	type entry struct {
		h  uint64
		at seedAt
	}
	found := make([][]entry, len(dels))
	forChunks(len(dels), func(d int) {
		s := dels[d]
		for i := 0; i+runSeed <= len(s.toks); i++ {
			if h := seedHash(s.toks[i : i+runSeed]); inserted.has(h) {
				found[d] = append(found[d], entry{h, seedAt{int32(d), int32(i)}})
			}
		}
	})
	// A seed deleted more than maxSeedCandidates times is a common
	// phrase, "of the same", that tells nothing (the run's rarer seeds
	// find it): it is counted, not indexed. In text rewritten throughout
	// such seeds are most of those found. Each shard of the index counts
	// and indexes its own seeds, the shards in parallel.
	seeds := make(seedIndex, runtime.GOMAXPROCS(0))
	parallel(len(seeds), func(sh int) {
		count := map[uint64]int32{}
		for _, es := range found {
			for _, en := range es {
				if seeds.shard(en.h) == sh {
					count[en.h]++
				}
			}
		}
		m := map[uint64][]seedAt{}
		for _, es := range found {
			for _, en := range es {
				if seeds.shard(en.h) == sh && count[en.h] <= maxSeedCandidates {
					m[en.h] = append(m[en.h], en.at)
				}
			}
		}
		seeds[sh] = m
	})
	return seeds
}

// seedIndex maps a seed's hash to where it starts in the deleted sides,
// in order of side and position; the maps are shards by hash.
type seedIndex []map[uint64][]seedAt

func (x seedIndex) shard(h uint64) int { return int((h ^ h>>29) % uint64(len(x))) }

func (x seedIndex) get(h uint64) []seedAt { return x[x.shard(h)][h] }

// seedHit is a place in an inserted side whose seed some deleted side
// holds, and the deleted seeds it may continue.
type seedHit struct {
	pos   int32
	cands []seedAt
}

// seedHits lists, for each inserted side, in order, the places where a
// move may start: the seed there is indexed, and the run it starts with
// one of the deleted seeds, grown as far as the tokens are equal, is long
// enough to keep. The matching takes tokens as it goes, which only
// shortens runs, so a place left out here would find nothing there
// either. The sides are looked up in parallel; matching them stays
// serial, as a side's run takes tokens the next may want.
func (e *emitter) seedHits(dels, ins []editSide, seeds seedIndex) [][]seedHit {
	hits := make([][]seedHit, len(ins))
	forChunks(len(ins), func(n int) {
		s := ins[n]
		// runEnd[diagonal] is where a long equal run grown on it ends: a
		// later seed on the same diagonal before that end ends there too,
		// so a moved run of L tokens is grown once, not L times.
		runEnd := map[[2]int32]int{}
		loose := e.b.looseSentence(s.toks) // a near move's side: any seed may find it (looseNearMove)
		for j := 0; j+runSeed <= len(s.toks); j++ {
			cands := seeds.get(seedHash(s.toks[j : j+runSeed]))
			if len(cands) == 0 {
				continue
			}
			// The longest run elsewhere and in place: longEnough holds
			// for a run if it holds for a shorter one.
			var longest [2]int
			for _, c := range cands {
				dl := &dels[c.side]
				diag := [2]int32{c.side, c.pos - int32(j)}
				j1 := 0
				if len(runEnd) > 0 {
					j1 = runEnd[diag]
				}
				if j1 <= j {
					i1 := int(c.pos)
					j1 = j
					for i1 < len(dl.toks) && j1 < len(s.toks) && dl.toks[i1].key == s.toks[j1].key {
						i1++
						j1++
					}
					if j1-j >= longSeedRun {
						runEnd[diag] = j1
					}
				}
				// A run starting both sides may be at one place (see
				// restore in matchRuns).
				inPlace := b2i(dl.change == s.change || c.pos == 0 && j == 0)
				longest[inPlace] = max(longest[inPlace], j1)
			}
			// A side taken whole may be a short sentence moved (see
			// sentenceCounts.moved), and a run of fewer words a piece
			// (minPieceWords), which matchRuns tells.
			if longest[0]-j >= runSeed && (loose || e.longEnough(s.toks[j:longest[0]], minRunAlnum, minPieceWords)) ||
				longest[1]-j >= runSeed && (e.longEnough(s.toks[j:longest[1]], 0, minRunWords) || longest[1] == len(s.toks)) {
				hits[n] = append(hits[n], seedHit{int32(j), cands})
			}
		}
	})
	return hits
}

// longSeedRun is the length from which seedHits remembers where a run
// ends. Shorter runs are grown again for each seed on them, which costs
// less than the lookups on text whose runs are all short (a rewritten
// text), where remembering every run costs more lookups than it saves.
const longSeedRun = 64

// seedHash combines the keys of a few tokens.
func seedHash(ts []token) uint64 {
	h := uint64(fnvOffset)
	for _, t := range ts {
		h = (h ^ uint64(t.key)*goldenRatio64) * fnvPrime // spread the small key numbers over the word
	}
	return h
}

// hashFilter is a one-hash Bloom filter of 64-bit hashes: has is true for
// every hash added and for few others.
type hashFilter []uint64

// newHashFilter sizes a filter for about n items at 16 bits each.
func newHashFilter(n int) hashFilter {
	words := 1
	for words*64 < 16*n {
		words *= 2
	}
	return make(hashFilter, words)
}

func (f hashFilter) bit(h uint64) (int, uint64) {
	h ^= h >> 29 // the low bits of an FNV hash mix poorly
	b := h & uint64(len(f)*64-1)
	return int(b / 64), 1 << (b % 64)
}

// addShared adds h; several goroutines may add at once.
func (f hashFilter) addShared(h uint64) {
	w, m := f.bit(h)
	atomic.OrUint64(&f[w], m)
}

func (f hashFilter) has(h uint64) bool {
	w, m := f.bit(h)
	return f[w]&m != 0
}
