package compare

import (
	"math/rand/v2"
	"testing"
)

// TestDiffSeqStrayUniques diffs a sequence of common elements (words of
// a vocabulary of thousands, each some ten times or more) against itself
// edited, where the only elements unique on both sides
// are strays: each at one place in a and at another, far away, in b (in
// a list of common words, the words deleted here and inserted there). As
// anchors they would bend the alignment off its course; the edit script
// must keep about all that the edits leave equal.
func TestDiffSeqStrayUniques(t *testing.T) {
	for _, tc := range []struct {
		name          string
		n, alphabet   int
		edits, strays int
	}{
		{"few strays", 30_000, 2_000, 300, 10},
		{"many strays", 30_000, 2_000, 300, 300},
		{"larger vocabulary", 60_000, 10_000, 600, 600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(tc.n), uint64(tc.strays)))
			a := make([]uint64, tc.n)
			for i := range a {
				a[i] = uint64(r.IntN(tc.alphabet)) + 1
			}
			b := append([]uint64(nil), a...)
			for range tc.edits {
				b[r.IntN(len(b))] = uint64(r.IntN(tc.alphabet)) + 1
			}
			for k := range tc.strays {
				u := uint64(1_000_000 + k)
				a[r.IntN(len(a))], b[r.IntN(len(b))] = u, u
			}
			equal := 0
			for _, o := range diffSeq(a, b) {
				if o.kind == opEqual {
					equal += o.n
				}
			}
			// At most edits+2·strays places differ; the equal elements
			// found by chance among them only add.
			if want := tc.n - tc.edits - 2*tc.strays; equal < want {
				t.Errorf("%d elements kept equal, want at least %d of %d", equal, want, tc.n)
			}
		})
	}
}

// TestUniqueAnchors: unique pairs in order anchor even with no equal
// neighbour (a text with every third sentence edited, headings between
// edited paragraphs); scattered ones anchor only where their neighbours
// agree.
func TestUniqueAnchors(t *testing.T) {
	const n = 3_000
	ordered := func() ([]uint64, []uint64) {
		a, b := make([]uint64, n), make([]uint64, n)
		for i := range a {
			a[i], b[i] = uint64(i+1), uint64(i+1)
			if i%3 == 1 {
				b[i] = uint64(n + i + 1) // edited
			}
		}
		return a, b
	}
	scattered := func() ([]uint64, []uint64) {
		r := rand.New(rand.NewPCG(3, 4))
		a, b := make([]uint64, n), make([]uint64, n)
		for i := range a {
			a[i] = uint64(r.IntN(50)) + 1
			b[i] = a[i]
		}
		for k := range 40 { // strays: unique, at unrelated places
			a[r.IntN(n)], b[r.IntN(n)] = uint64(1000+k), uint64(1000+k)
		}
		a[1500], b[1500] = 5000, 5000 // one unique pair in its place
		return a, b
	}
	for _, tc := range []struct {
		name    string
		make    func() ([]uint64, []uint64)
		atLeast int
		atMost  int
	}{
		{"every third edited", ordered, 2 * n / 3, n},
		{"strays and one in place", scattered, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := tc.make()
			chain, _ := uniqueAnchors(a, b)
			if len(chain) < tc.atLeast || len(chain) > tc.atMost {
				t.Errorf("%d anchors, want %d to %d", len(chain), tc.atLeast, tc.atMost)
			}
			for _, c := range chain {
				if a[c[0]] != b[c[1]] {
					t.Fatalf("anchor %v pairs unequal elements", c)
				}
			}
		})
	}
}
