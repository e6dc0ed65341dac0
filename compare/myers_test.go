package compare

import (
	"math/rand/v2"
	"testing"
)

// applyOps rebuilds b from a and ops, failing when ops do not fit.
func applyOps(t *testing.T, a, b []uint64, ops []op) {
	t.Helper()
	for i, j := range matches(ops) {
		if a[i] != b[j] {
			t.Fatalf("equal op over different elements at %d/%d", i, j)
		}
	}
	if i, j := opSpans(ops); i != len(a) || j != len(b) {
		t.Fatalf("ops cover %d/%d of %d/%d", i, j, len(a), len(b))
	}
}

// opSpans returns how many elements of a and of b the edit script covers.
func opSpans(ops []op) (na, nb int) {
	for _, o := range ops {
		if o.kind != opInsert {
			na += o.n
		}
		if o.kind != opDelete {
			nb += o.n
		}
	}
	return na, nb
}

func editCost(ops []op) int {
	c := 0
	for _, o := range ops {
		if o.kind != opEqual {
			c += o.n
		}
	}
	return c
}

func TestMyersAgainstGoDiff(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 600; trial++ {
		// Half the trials are long with many edits, so that the distance
		// passes myers' first buffer size and the buffer grows.
		size, edits := 40, 8
		if trial%2 == 1 {
			size, edits = 400, 120
		}
		a := make([]uint64, rng.IntN(size))
		for i := range a {
			a[i] = uint64(rng.IntN(6)) + 1
		}
		b := append([]uint64(nil), a...)
		for e := rng.IntN(edits); e > 0; e-- {
			switch p := rng.IntN(len(b) + 1); rng.IntN(3) {
			case 0:
				b = append(b[:p], append([]uint64{uint64(rng.IntN(6)) + 1}, b[p:]...)...)
			case 1:
				if p < len(b) {
					b = append(b[:p], b[p+1:]...)
				}
			default:
				if p < len(b) {
					b[p] = uint64(rng.IntN(6)) + 1
				}
			}
		}
		ops := myers(a, b, myersMaxD)
		if ops == nil {
			t.Fatalf("myers gave up on a small input")
		}
		applyOps(t, a, b, ops)
		if d := len(a) + len(b) - 2*lcsLength(a, b, 0); d != editCost(ops) {
			t.Fatalf("the LCS allows %d edits, but myers' script has %d", d, editCost(ops))
		}
		// Myers is minimal: never more edits than go-diff's script.
		if g := diffKeys(narrowKeys(a), narrowKeys(b)); editCost(ops) > editCost(g) {
			t.Fatalf("myers cost %d > go-diff %d for %v / %v", editCost(ops), editCost(g), a, b)
		}
	}
	if ops := myers([]uint64{1, 2, 3}, []uint64{4, 5, 6}, 2); ops != nil {
		t.Errorf("distance 6 within maxD 2: %v", ops)
	}
	for _, c := range [][2][]uint64{{nil, nil}, {nil, {1}}, {{1}, nil}, {{1, 2}, {1, 2}}} {
		ops := myers(c[0], c[1], myersMaxD)
		applyOps(t, c[0], c[1], ops)
	}
}

// narrowKeys converts small test keys to key numbers.
func narrowKeys(x []uint64) []uint32 {
	out := make([]uint32, len(x))
	for i, v := range x {
		out[i] = uint32(v)
	}
	return out
}
