package compare

import (
	"sort"
	"testing"
)

// checkMovesApart verifies that no byte of A or B lies in two changes: two
// moves never share a byte, and a word change that shares a byte with a
// move is one of the move's own word edits, inside it on both sides. (A
// move and a deletion that both claim "7." tell a reader two stories about
// one stretch of text.)
func checkMovesApart(t testing.TB, r *Result) {
	t.Helper()
	type span struct{ s, e int }
	overlaps := func(x, y span) bool { return x.s < y.e && y.s < x.e }
	inside := func(x, y span) bool { return y.s <= x.s && x.e <= y.e }
	byPair := map[[2]int][]Change{}
	for _, c := range r.Changes {
		byPair[[2]int{c.A, c.B}] = append(byPair[[2]int{c.A, c.B}], c)
	}
	for _, cs := range byPair {
		var moves []Change
		for _, c := range cs {
			if c.Kind == Move {
				moves = append(moves, c)
			}
		}
		for side := range 2 {
			spans := make([]span, len(moves))
			for i, m := range moves {
				spans[i] = span{m.AStart, m.AEnd}
				if side == 1 {
					spans[i] = span{m.BStart, m.BEnd}
				}
			}
			sort.Slice(spans, func(i, j int) bool { return spans[i].s < spans[j].s })
			for i := 1; i < len(spans); i++ {
				if spans[i].s < spans[i-1].e {
					t.Fatalf("moves overlap on side %d: %v and %v", side, spans[i-1], spans[i])
				}
			}
		}
		for _, c := range cs {
			if c.Kind == Move || c.Trivial {
				continue
			}
			ca, cb := span{c.AStart, c.AEnd}, span{c.BStart, c.BEnd}
			for _, m := range moves {
				ma, mb := span{m.AStart, m.AEnd}, span{m.BStart, m.BEnd}
				if !overlaps(ca, ma) && !overlaps(cb, mb) {
					continue
				}
				// A change's empty side sits at one offset; inside the
				// move's span it still belongs to the move.
				inA := inside(ca, ma) || ca.s == ca.e && overlaps(cb, mb)
				inB := inside(cb, mb) || cb.s == cb.e && overlaps(ca, ma)
				if !inA || !inB {
					t.Fatalf("a %s %q -> %q shares bytes with the move %q -> %q without lying inside it", c.Kind, c.AText, c.BText, m.AText, m.BText)
				}
			}
		}
	}
}
