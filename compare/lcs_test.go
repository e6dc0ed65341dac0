package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// lcsDP is the textbook quadratic LCS, the reference for lcsLength.
func lcsDP(x, y []uint64) int {
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			switch {
			case x[i] == y[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// randomPair returns two sequences of up to maxLen elements drawn from an
// alphabet of up to maxAlpha symbols, and the alphabet's size.
func randomPair(r *rand.Rand, maxLen, maxAlpha int) (x, y []uint64, alpha uint64) {
	x, y = make([]uint64, r.IntN(maxLen)), make([]uint64, r.IntN(maxLen))
	alpha = uint64(1 + r.IntN(maxAlpha))
	for i := range x {
		x[i] = r.Uint64N(alpha)
	}
	for i := range y {
		y[i] = r.Uint64N(alpha)
	}
	return x, y, alpha
}

func TestLCSLength(t *testing.T) {
	tests := []struct {
		name string
		x, y []uint64
		want int
	}{
		{"empty", nil, []uint64{1}, 0},
		{"equal", []uint64{1, 2, 3}, []uint64{1, 2, 3}, 3},
		{"disjoint", []uint64{1, 2}, []uint64{3, 4}, 0},
		{"reversed", []uint64{1, 2, 3}, []uint64{3, 2, 1}, 1},
		{"repeats", []uint64{1, 1, 2, 1}, []uint64{1, 2, 1, 1}, 3},
	}
	for _, tt := range tests {
		if got := lcsLength(tt.x, tt.y, 0); got != tt.want {
			t.Errorf("%s: lcsLength = %d, want %d", tt.name, got, tt.want)
		}
	}
	// Random sequences across word boundaries (63, 64, 65 and more
	// elements), with small alphabets so matches are many; half of them
	// of at most 64 elements, the one-word path.
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 600; trial++ {
		x, y, alpha := randomPair(r, []int{200, 65}[trial%2], 12)
		want := lcsDP(x, y)
		if got := lcsLength(x, y, 0); got != want {
			t.Fatalf("len %d×%d alphabet %d: lcsLength = %d, want %d", len(x), len(y), alpha, got, want)
		}
		// With a need, the length is exact at or above it, below it else.
		need := r.IntN(len(x) + 2)
		if got := lcsLength(x, y, need); want >= need && got != want || want < need && got >= need {
			t.Fatalf("len %d×%d alphabet %d need %d: lcsLength = %d, LCS %d", len(x), len(y), alpha, need, got, want)
		}
	}
}

// checkShortest runs script on trials random pairs (randomPair's maxLen
// and maxAlpha) and fails unless each script rebuilds y from x and is as
// short as the textbook LCS allows.
func checkShortest(t *testing.T, name string, script func(x, y []uint64) []op, r *rand.Rand, trials, maxLen, maxAlpha int) {
	t.Helper()
	for range trials {
		x, y, alpha := randomPair(r, maxLen, maxAlpha)
		ops := script(x, y)
		applyOps(t, x, y, ops)
		if got, want := editCost(ops), len(x)+len(y)-2*lcsDP(x, y); got != want {
			t.Fatalf("len %d×%d alphabet %d: %s costs %d, want %d", len(x), len(y), alpha, name, got, want)
		}
	}
}

func TestSparseLCS(t *testing.T) {
	checkShortest(t, "sparseLCS", sparseLCS[uint64], rand.New(rand.NewPCG(3, 4)), 300, 150, 40)
}

func TestLCSScript(t *testing.T) {
	tests := []struct {
		name string
		x, y []uint64
		want []op // normalized
	}{
		{"both empty", nil, nil, nil},
		{"inserted", nil, []uint64{1, 2}, []op{{opInsert, 2}}},
		{"deleted", []uint64{1, 2}, nil, []op{{opDelete, 2}}},
		{"equal", []uint64{1, 2, 3}, []uint64{1, 2, 3}, []op{{opEqual, 3}}},
		{"replaced", []uint64{1, 2, 3}, []uint64{1, 4, 3}, []op{{opEqual, 1}, {opDelete, 1}, {opInsert, 1}, {opEqual, 1}}},
		{"disjoint", []uint64{1, 2}, []uint64{3, 4}, []op{{opDelete, 2}, {opInsert, 2}}},
		// Of two places equally good, the later one is matched.
		{"late match", []uint64{1}, []uint64{1, 1}, []op{{opInsert, 1}, {opEqual, 1}}},
	}
	for _, tt := range tests {
		if got := normalizeOps(lcsScript(tt.x, tt.y)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: lcsScript = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Random sequences across word boundaries, with small alphabets so
	// that matches and ties are many.
	checkShortest(t, "lcsScript", lcsScript[uint64], rand.New(rand.NewPCG(5, 6)), 600, 200, 6)
}
