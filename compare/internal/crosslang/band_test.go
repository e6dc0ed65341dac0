package crosslang

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestWordListAgainstProse: a list of words, a unit each, against a few
// sentences makes a grid many times the texts' size, and a band of
// maxBandCells a unit nearly all of it. Every band searched stays within
// maxCells, which follows the texts' characters, and the alignment still
// covers both sides.
func TestWordListAgainstProse(t *testing.T) {
	en, ru := akOpening(t, 2000)
	var words []string
	for _, s := range ru {
		words = append(words, strings.Fields(s)...)
	}
	words, en = words[:20000], en[:60]
	p := defaultParams(Paragraphs)
	a := newAligner(words, en, p)
	limit := a.maxCells()
	p.trace = func(format string, args ...any) {
		if cells := args[0].(int); cells > limit {
			t.Errorf("searched a band of %d cells, want at most %d (%d units against %d)", cells, limit, len(words), len(en))
		}
	}
	beads, _, err := a.alignList(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	i, j := 0, 0
	for _, b := range beads {
		if b.Src0 != i || b.Tgt0 != j {
			t.Fatalf("bead %v does not follow (%d, %d)", b, i, j)
		}
		i, j = b.Src1, b.Tgt1
	}
	if i != len(words) || j != len(en) {
		t.Errorf("beads end at (%d, %d), want (%d, %d)", i, j, len(words), len(en))
	}
}

// TestRingPairsMatchFull: the weights a search reads row by row from the
// ring are those matchPairs computes for the whole band.
func TestRingPairsMatchFull(t *testing.T) {
	ru, en := sides()
	kt := &keyTable{ids: make(map[string]int32)}
	s, tg := newSide(ru, kt), newSide(en, kt)
	post := index(tg, len(kt.ids))
	nOcc := 0
	for _, u := range tg.units {
		nOcc += len(u.types)
	}
	n, m := len(s.units), len(tg.units)
	for _, w := range []int{0, 1, 3, m} {
		t.Run("", func(t *testing.T) {
			pts := []point{{0, 0}, {n, m}}
			b := bandAround(pts, n, m, w)
			var full, ringBuf pairs
			matchPairs(newPairFiller(s, tg, post, nOcc), b, &full)
			ring := newRingPairs(newPairFiller(s, tg, post, nOcc), b, &ringBuf)
			for x := 0; x < n; x++ {
				ring.fillNext()
				k := full.hi[x] - full.lo[x]
				if ringBuf.lo[x] != full.lo[x] || ringBuf.hi[x] != full.hi[x] {
					t.Fatalf("row %d: range [%d, %d), want [%d, %d)", x, ringBuf.lo[x], ringBuf.hi[x], full.lo[x], full.hi[x])
				}
				got := ringBuf.src[ringBuf.off[x] : ringBuf.off[x]+k]
				if want := full.src[full.off[x] : full.off[x]+k]; !slices.Equal(got, want) {
					t.Fatalf("row %d: source weights %v, want %v", x, got, want)
				}
				got = ringBuf.tgt[ringBuf.off[x] : ringBuf.off[x]+k]
				if want := full.tgt[full.off[x] : full.off[x]+k]; !slices.Equal(got, want) {
					t.Fatalf("row %d: target weights %v, want %v", x, got, want)
				}
			}
		})
	}
}
