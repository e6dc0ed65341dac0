package crosslang

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSearchFindsBestPath checks search against an independent reckoning
// of the best path: a memoised recursion over the nodes with the side
// and length of the run of units left alone that reaches each, on small
// random texts (shared names and numbers, empty units), in full and
// narrow bands, with runs cheaper, as dear as or dearer than a single
// skip, and with paragraph groups. One grid serves every case, so that
// what a search leaves in it cannot matter to the next.
func TestSearchFindsBestPath(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var g grid
	for c := range 3000 {
		n, m := 1+r.IntN(8), 1+r.IntN(8)
		src, tgt := randomUnits(r, n, "house river walked the old man said evening"), randomUnits(r, m, "дом река шёл старик сказал вечер и в")
		a := newAligner(src, tgt, defaultParams(Sentences))
		a.ratio = anchorRatio(a.s, a.t, anchors(a.s, a.t, len(a.kt.ids)))
		b := fullBand(n, m)
		if c%2 == 1 {
			b = randomBand(r, n, m)
		}
		sc := &scorer{src: a.s, tgt: a.t, ratio: a.ratio, p: a.p, costs: a.costs,
			srcChars: prefixChars(a.s), tgtChars: prefixChars(a.t), srcMass: prefixMass(a.s), tgtMass: prefixMass(a.t),
			flatRuns: c%3 == 2}
		a.p.skipFurther = []float64{0.25, 1, 2, 3}[c%4]
		if c%5 == 4 {
			sc.srcGroup, sc.tgtGroup = randomGroups(r, n), randomGroups(r, m)
		}
		post := index(a.t, len(a.kt.ids))
		ring := newRingPairs(a.newPairFiller(post), b, &a.ring)
		sc.pairs = ring.p
		path, shapes, err := search(context.Background(), sc, b, &g, ring)
		if err != nil {
			t.Fatal(err)
		}
		// Both reckonings read the pair weights of the whole grid.
		var all pairs
		matchPairs(a.newPairFiller(post), fullBand(n, m), &all)
		sc.pairs = &all
		got, want := pathScore(sc, path, shapes), bestScore(sc, b)
		if math.Abs(got-want) > 1e-9 {
			t.Fatalf("case %d: search's path scores %.6f, the best %.6f\nsrc %q\ntgt %q\nband %v %v\npath %v", c, got, want, src, tgt, b.lo, b.hi, path)
		}
	}
}

// pathScore scores a path as search means it to: beads with both sides
// by s.score, a run of units left alone on one side skip for each of its
// first two units and skipFurther for each further one, which pays skip
// too with flatRuns but at the grid's edge.
func pathScore(s *scorer, path []point, shapes []shape) float64 {
	n, m := path[len(path)-1].i, path[len(path)-1].j
	total, run, side := 0.0, 0, shape{}
	for k := 1; k < len(path); k++ {
		sh := shapes[k]
		if sh.a > 0 && sh.b > 0 {
			total += s.score(sh, path[k].i, path[k].j, math.Inf(-1))
			run = 0
			continue
		}
		if sh != side {
			run = 0
		}
		side, run = sh, run+1
		total -= s.runCost(run, onEdge(path[k], sh, n, m))
	}
	return total
}

// bestScore is the best score of a path through band b, reckoned from
// each node forwards with the run that reaches it (its side and length,
// counted up to three).
func bestScore(s *scorer, b band) float64 {
	n, m := len(b.lo)-1, b.m
	in := func(i, j int) bool { return i <= n && j <= m && j >= b.lo[i] && j <= b.hi[i] }
	type node struct{ i, j, side, run int }
	memo := map[node]float64{}
	var from func(node) float64
	from = func(x node) float64 {
		if x.i == n && x.j == m {
			return 0
		}
		if v, ok := memo[x]; ok {
			return v
		}
		best := math.Inf(-1)
		for _, sh := range s.p.shapes {
			i, j := x.i+sh.a, x.j+sh.b
			if !in(i, j) {
				continue
			}
			next, cost := node{i, j, 0, 0}, 0.0
			switch {
			case sh.a > 0 && sh.b > 0:
				cost = s.score(sh, i, j, math.Inf(-1))
			default:
				next.side, next.run = 1+sh.b, 1 // 1 source, 2 target
				if x.side == next.side {
					next.run = min(x.run+1, 3)
				}
				cost = -s.runCost(next.run, onEdge(point{i, j}, sh, n, m))
			}
			best = max(best, cost+from(next))
		}
		memo[x] = best
		return best
	}
	return from(node{})
}

// runCost is what the kth unit of a run left alone costs, at the grid's
// edge or not.
func (s *scorer) runCost(k int, edge bool) float64 {
	if k <= 2 || s.flatRuns && !edge {
		return s.p.skip
	}
	return s.p.skipFurther
}

// onEdge reports whether a unit left alone by a bead of shape sh ending
// at q lies before the other side's first unit or after its last.
func onEdge(q point, sh shape, n, m int) bool {
	if sh.a > 0 {
		return q.j == 0 || q.j == m
	}
	return q.i == 0 || q.i == n
}

// randomUnits makes n units of words from vocabulary, with names and
// numbers both sides share, some empty or a full stop alone.
func randomUnits(r *rand.Rand, n int, vocabulary string) []string {
	words, shared := strings.Fields(vocabulary), []string{"1867", "Anna", "Moscow", "42", "Levin", "Kitty"}
	out := make([]string, n)
	for k := range out {
		switch r.IntN(10) {
		case 0:
			continue
		case 1:
			out[k] = "."
			continue
		}
		var ws []string
		for range 1 + r.IntN(8) {
			if r.IntN(3) == 0 {
				ws = append(ws, shared[r.IntN(len(shared))])
			} else {
				ws = append(ws, words[r.IntN(len(words))])
			}
		}
		out[k] = strings.Join(ws, " ") + "."
	}
	return out
}

// randomBand is a band of half-width 0 to 2 around a random path.
func randomBand(r *rand.Rand, n, m int) band {
	pts := []point{{0, 0}}
	for i, j := 0, 0; i < n || j < m; {
		i, j = min(n, i+r.IntN(3)), min(m, j+r.IntN(3))
		pts = append(pts, point{i, j})
	}
	return bandAround(pts, n, m, r.IntN(3))
}

// randomGroups numbers n units with up to three groups in order.
func randomGroups(r *rand.Rand, n int) []int {
	out, g := make([]int, n), 0
	for k := range out {
		if g < 2 && r.IntN(3) == 0 {
			g++
		}
		out[k] = g
	}
	return out
}

// TestNumberInTheNextSentenceKeepsPairs: a number the translator moved
// into the next sentence ("gegründet 1995" against "Since 1995 it has…")
// is no sign that the pairs are wrong: the sentences stay 1:1, not one
// 2:2 bead.
func TestNumberInTheNextSentenceKeepsPairs(t *testing.T) {
	de := []string{"Die Firma wurde 1995 in Berlin gegründet und beschäftigt heute viele Menschen.",
		"Sie stellt Maschinen für die Landwirtschaft her.", "Der Umsatz stieg zuletzt deutlich.", "Der Sitz ist in Hamburg."}
	en := []string{"The company was founded in Berlin and today employs many people.",
		"Since 1995 it has made machines for agriculture.", "Sales recently rose sharply.", "Its headquarters are in Hamburg."}
	beads, err := Align(context.Background(), de, en, Sentences)
	if err != nil {
		t.Fatal(err)
	}
	for k, b := range beads {
		if b != (Bead{k, k + 1, k, k + 1}) {
			t.Errorf("beads %v, want four 1:1", beads)
			break
		}
	}
}
