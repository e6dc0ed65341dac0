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

// TestPassageOmissions leaves out of a rendering a passage of 20
// sentences (a quarter of a window of 80 gold beads) at the start, in
// the middle or at the end, as an abridged translation does, and scores
// the window's alignment against the gold with those source sentences
// left alone. Left out one by one, as independent omissions, each costs
// a full skip, and a path through such a passage pays less by merging
// sentences around it into their neighbours' beads; a run left alone
// costs less for each sentence past the second (see search). The
// Text+Berg test files with windows in order (see inOrderWindow) were
// scored only after skipFurther was set on the other two sets.
func TestPassageOmissions(t *testing.T) {
	sets := []struct {
		label, dir, src, tgt, gold string
		names                      []string
		floor                      float64
	}{
		{"ak1", "enru-books", "en", "ru", "enru", []string{"ak1"}, 0.85},
		{"textberg dev", "textberg-defr", "de", "fr", "defr", []string{"dev"}, 0.82},
		{"textberg test", "textberg-defr", "de", "fr", "defr", []string{"test1", "test3", "test5"}, 0.88},
	}
	const windows, window, passage = 20, 80, 20
	places := []struct {
		name string
		at   int // the passage's first bead in the window
	}{{"start", 0}, {"middle", (window - passage) / 2}, {"end", window - passage}}
	for _, set := range sets {
		for _, place := range places {
			var total counts
			r := rand.New(rand.NewPCG(3, 4))
			for k := range windows {
				name := set.names[k%len(set.names)]
				base := filepath.Join(sharedEval, set.dir, name)
				src, tgt := readLines(t, base+"."+set.src), readLines(t, base+"."+set.tgt)
				gold := placed(parseLadder(t, readLines(t, base+"."+set.gold)))
				k0 := inOrderWindow(t, r, gold, window)
				ws, wt, g := withoutPassage(src, tgt, gold[k0:k0+window], place.at, place.at+passage)
				got, err := align(context.Background(), ws, wt, testParams(t))
				if err != nil {
					t.Fatal(err)
				}
				total = total.add(tally(g, got))
			}
			t.Logf("%s, passage left out at the %s: strict %.4f lax %.4f", set.label, place.name, total.strict(), total.lax())
			if total.strict() < set.floor {
				t.Errorf("%s, passage left out at the %s: strict F1 %.4f, floor %.2f", set.label, place.name, total.strict(), set.floor)
			}
		}
	}
}

// TestPassageAdditions puts into a rendering a passage of 20 sentences
// from far away in it (a translator's insertion), at the start, in the
// middle or at the end of a window of 60 gold beads, and scores the
// window's alignment against the gold with the passage left alone.
func TestPassageAdditions(t *testing.T) {
	sets := []struct {
		label, dir, name, src, tgt, gold string
		floor                            float64
	}{
		{"ak1", "enru-books", "ak1", "en", "ru", "enru", 0.78},
		{"textberg dev", "textberg-defr", "dev", "de", "fr", "defr", 0.84},
	}
	const windows, window, passage, far = 20, 60, 20, 200
	for _, set := range sets {
		base := filepath.Join(sharedEval, set.dir, set.name)
		src, tgt := readLines(t, base+"."+set.src), readLines(t, base+"."+set.tgt)
		gold := placed(parseLadder(t, readLines(t, base+"."+set.gold)))
		for _, at := range []int{0, window / 2, window} {
			var total counts
			r := rand.New(rand.NewPCG(5, 6))
			for range windows {
				k0 := inOrderWindow(t, r, gold, window)
				ws, wt, g := withoutPassage(src, tgt, gold[k0:k0+window], 0, 0)
				f := r.IntN(len(tgt) - passage)
				for f > gold[k0].Tgt0-far && f < gold[k0+window-1].Tgt1+far {
					f = r.IntN(len(tgt) - passage)
				}
				wt, g = withPassage(wt, g, at, tgt[f:f+passage])
				got, err := align(context.Background(), ws, wt, testParams(t))
				if err != nil {
					t.Fatal(err)
				}
				total = total.add(tally(g, got))
			}
			t.Logf("%s, passage added before bead %d: strict %.4f lax %.4f", set.label, at, total.strict(), total.lax())
			if total.strict() < set.floor {
				t.Errorf("%s, passage added before bead %d: strict F1 %.4f, floor %.2f", set.label, at, total.strict(), set.floor)
			}
		}
	}
}

// inOrderWindow draws the first of window gold beads that follow one
// another on both sides, with no unit between them: where the gold
// crosses or passes over units, a window's units would not be the
// texts' order, and no alignment in order could reach its gold.
func inOrderWindow(t *testing.T, r *rand.Rand, gold []Bead, window int) int {
	t.Helper()
	for range 1000 {
		k0 := r.IntN(max(1, len(gold)-window))
		ok := k0+window <= len(gold)
		for k := k0 + 1; ok && k < k0+window; k++ {
			ok = gold[k].Src0 == gold[k-1].Src1 && gold[k].Tgt0 == gold[k-1].Tgt1
		}
		if ok {
			return k0
		}
	}
	t.Fatalf("no window of %d beads in order on both sides", window)
	return 0
}

// withPassage puts the target units extra before gold bead at (or at the
// end) of a window's units wt and gold, each alone in the gold.
func withPassage(wt []string, gold []Bead, at int, extra []string) ([]string, []Bead) {
	s, j := 0, len(wt)
	if at < len(gold) {
		s, j = gold[at].Src0, gold[at].Tgt0
	} else if len(gold) > 0 {
		s = gold[len(gold)-1].Src1
	}
	var out []Bead
	for k := range len(gold) + 1 {
		if k == at {
			for x := range extra {
				out = append(out, Bead{s, s, j + x, j + x + 1})
			}
		}
		if k < len(gold) {
			b := gold[k]
			if k >= at {
				b.Tgt0, b.Tgt1 = b.Tgt0+len(extra), b.Tgt1+len(extra)
			}
			out = append(out, b)
		}
	}
	return slices.Concat(wt[:j], extra, wt[j:]), out
}

// withoutPassage returns the units of the window of gold beads beads,
// numbered from the window's start, with the target units of beads
// [p0, p1) left out, and the gold alignment of what is left: each source
// unit of the passage alone.
func withoutPassage(src, tgt []string, beads []Bead, p0, p1 int) ([]string, []string, []Bead) {
	first, last := beads[0], beads[len(beads)-1]
	ws := src[first.Src0:last.Src1]
	var wt []string
	var gold []Bead
	for k, b := range beads {
		s0, s1 := b.Src0-first.Src0, b.Src1-first.Src0
		if k >= p0 && k < p1 {
			for s := s0; s < s1; s++ {
				gold = append(gold, Bead{s, s + 1, len(wt), len(wt)})
			}
			continue
		}
		j := len(wt)
		wt = append(wt, tgt[b.Tgt0:b.Tgt1]...)
		gold = append(gold, Bead{s0, s1, j, len(wt)})
	}
	return ws, wt, gold
}

// placed gives the empty side of each bead of gold (parseLadder's 0, 0)
// the position where it stands.
func placed(gold []Bead) []Bead {
	out := slices.Clone(gold)
	s, t := 0, 0
	for k, b := range out {
		if b.Src0 == b.Src1 {
			out[k].Src0, out[k].Src1 = s, s
		}
		if b.Tgt0 == b.Tgt1 {
			out[k].Tgt0, out[k].Tgt1 = t, t
		}
		s, t = out[k].Src1, out[k].Tgt1
	}
	return out
}
