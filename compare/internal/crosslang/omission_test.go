package crosslang

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
)

// TestOmissionRecall drops one sentence of a rendering, or adds one from
// far away in it, in windows of the evaluation sets, and counts how often
// the aligner leaves the source sentence alone (1:0) or the added one
// alone (0:1): what a translator's check then reports as an omission or an
// addition. A sentence folded into its neighbour's bead instead is missed.
func TestOmissionRecall(t *testing.T) {
	sets := []struct{ dir, name, src, tgt, gold string }{
		{"enru-books", "ak1", "en", "ru", "enru"},
		{"textberg-defr", "dev", "de", "fr", "defr"},
	}
	const cases, halfWindow = 30, 100
	var dropped, added, n, looseDropped, looseAdded, falseLoose int
	for _, set := range sets {
		base := filepath.Join(sharedEval, set.dir, set.name)
		src := readLines(t, base+"."+set.src)
		tgt := readLines(t, base+"."+set.tgt)
		gold := parseLadder(t, readLines(t, base+"."+set.gold))
		var ones []int // 1:1 beads with room for a window
		for k, b := range gold {
			if b.Src1-b.Src0 == 1 && b.Tgt1-b.Tgt0 == 1 && k >= halfWindow && k+halfWindow < len(gold) &&
				gold[k-halfWindow].Src0 < b.Src0 && b.Src1 < gold[k+halfWindow].Src1 &&
				gold[k-halfWindow].Tgt0 < b.Tgt0 && b.Tgt1 < gold[k+halfWindow].Tgt1 {
				ones = append(ones, k)
			}
		}
		r := rand.New(rand.NewPCG(1, 2))
		for range cases {
			k := ones[r.IntN(len(ones))]
			far := gold[ones[r.IntN(len(ones))]]
			lo, hi := gold[k-halfWindow], gold[k+halfWindow]
			ws, wt := src[lo.Src0:hi.Src1], tgt[lo.Tgt0:hi.Tgt1]
			s, x := gold[k].Src0-lo.Src0, gold[k].Tgt0-lo.Tgt0
			n++
			// The rendering as it is: any loose unit is a false alarm.
			if _, loose, err := alignLoose(context.Background(), ws, wt, testParams(t)); err == nil {
				falseLoose += len(loose.Src) + len(loose.Tgt)
			}
			// The rendering without sentence x.
			less := slices.Delete(slices.Clone(wt), x, x+1)
			if got, loose, err := alignLoose(context.Background(), ws, less, testParams(t)); err == nil {
				switch {
				case slices.Contains(got, Bead{s, s + 1, x, x}):
					dropped++
				case slices.Contains(loose.Src, s):
					looseDropped++
				}
			}
			// The rendering with a sentence from far away after x.
			more := slices.Insert(slices.Clone(wt), x+1, tgt[far.Tgt0])
			if got, loose, err := alignLoose(context.Background(), ws, more, testParams(t)); err == nil {
				switch {
				case slices.Contains(got, Bead{s + 1, s + 1, x + 1, x + 2}):
					added++
				case slices.Contains(loose.Tgt, x+1):
					looseAdded++
				}
			}
		}
	}
	omissions, additions := float64(dropped+looseDropped)/float64(n), float64(added+looseAdded)/float64(n)
	t.Logf("omissions found %d of %d (%.2f), with loose units %d (%.2f); additions found %d (%.2f), with loose units %d (%.2f); loose units in the windows as they are: %d",
		dropped, n, float64(dropped)/float64(n), dropped+looseDropped, omissions,
		added, float64(added)/float64(n), added+looseAdded, additions, falseLoose)
	// Floors a little under what the aligner finds, and a ceiling on false
	// alarms (about 2% of the windows' sentences).
	if omissions < 0.6 || additions < 0.5 || falseLoose > n*halfWindow/20 {
		t.Errorf("omissions %.2f, additions %.2f, false alarms %d: want at least 0.6 and 0.5, at most %d", omissions, additions, falseLoose, n*halfWindow/20)
	}
}
