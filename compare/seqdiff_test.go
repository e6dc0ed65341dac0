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
