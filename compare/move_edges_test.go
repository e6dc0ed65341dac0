package compare

import (
	"math/rand/v2"
	"testing"
)

// moveHolding is holding's definition: a scan of every move. It returns
// the move among moves (indexes in cs) whose span
// holds c, or -1 when c is inside no move; ok is false when c touches a
// move but no single move holds it on its own text (A for a deletion, B
// for an insertion).
func moveHolding(cs []Change, moves []int, c Change) (m int, ok bool) {
	m = -1
	for _, k := range moves {
		mv := cs[k]
		inA := c.AStart < mv.AEnd && mv.AStart < c.AEnd
		inB := c.BStart < mv.BEnd && mv.BStart < c.BEnd
		if !inA && !inB {
			continue
		}
		own := c.Kind == Delete && inA && mv.AStart <= c.AStart && c.AEnd <= mv.AEnd ||
			c.Kind == Insert && inB && mv.BStart <= c.BStart && c.BEnd <= mv.BEnd
		if m >= 0 || !own {
			return -1, false
		}
		m = k
	}
	return m, true
}

// TestHoldingIsMoveHolding checks the binary-searched holding against
// the scan on random change lists: moves apart on each side (as the
// engine makes them) or overlapping, and changes of every kind, empty
// sides included.
func TestHoldingIsMoveHolding(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 3000 {
		overlap := round%3 == 0
		var cs []Change
		var moves []int
		pa, pb := 0, 0
		for range 1 + rng.IntN(8) {
			a0, b0 := pa+rng.IntN(20), pb+rng.IntN(20)
			a1, b1 := a0+1+rng.IntN(30), b0+1+rng.IntN(30)
			if !overlap {
				pa, pb = a1, b1
			}
			moves = append(moves, len(cs))
			cs = append(cs, Change{Kind: Move, AStart: a0, AEnd: a1, BStart: b0, BEnd: b1})
		}
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		moves = moves[:0]
		for k, c := range cs {
			if c.Kind == Move {
				moves = append(moves, k)
			}
		}
		ix := newChangeIndex(cs, moves)
		for range 40 {
			c := Change{Kind: []Kind{Delete, Insert, Replace}[rng.IntN(3)]}
			c.AStart, c.BStart = rng.IntN(200), rng.IntN(200)
			c.AEnd, c.BEnd = c.AStart+rng.IntN(15), c.BStart+rng.IntN(15)
			if c.Kind == Insert {
				c.AEnd = c.AStart
			}
			if c.Kind == Delete {
				c.BEnd = c.BStart
			}
			wm, wok := moveHolding(cs, moves, c)
			if m, ok := ix.holding(c); m != wm || ok != wok {
				t.Fatalf("round %d: holding(%+v) = %d, %v; moveHolding = %d, %v (moves %+v)", round, c, m, ok, wm, wok, cs)
			}
		}
	}
}
