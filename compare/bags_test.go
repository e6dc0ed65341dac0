package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// dice is the reference for diceAtLeast: 2|x∩y|/(|x|+|y|) over sorted multisets.
func dice(x, y []uint32) float64 {
	if len(x)+len(y) == 0 {
		return 1
	}
	return 2 * float64(common(x, y)) / float64(len(x)+len(y))
}

// common is |x∩y| over sorted multisets.
func common(x, y []uint32) int {
	c, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			c++
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return c
}

// TestAtLeast checks that diceAtLeast and coverageAtLeast agree with the
// full merge at and above their threshold, and stay below it otherwise.
func TestAtLeast(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	bagOf := func(n, alpha int) []uint32 {
		b := make([]uint32, n)
		for i := range b {
			b[i] = uint32(r.IntN(alpha))
		}
		slices.Sort(b)
		return b
	}
	for trial := 0; trial < 5000; trial++ {
		alpha := 1 + r.IntN(60)
		x, y := bagOf(r.IntN(80), alpha), bagOf(r.IntN(80), alpha)
		least := []float64{0.25, 0.5, 0.65, 0.7}[r.IntN(4)]
		want := dice(x, y)
		got := diceAtLeast(x, y, least)
		if want >= least && got != want || want < least && got >= least {
			t.Fatalf("dice of %d and %d words at least %v: %v, want %v", len(x), len(y), least, got, want)
		}
		cov := 1.0
		if len(x) > 0 {
			cov = float64(common(x, y)) / float64(len(x))
		}
		got = coverageAtLeast(x, y, least)
		if cov >= least && got != cov || cov < least && got >= least {
			t.Fatalf("coverage of %d by %d words at least %v: %v, want %v", len(x), len(y), least, got, cov)
		}
	}
}

func TestMergeSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for trial := 0; trial < 500; trial++ {
		lists := make([][]uint32, r.IntN(20))
		var want []uint32
		for k := range lists {
			l := make([]uint32, r.IntN(30))
			for i := range l {
				l[i] = uint32(r.IntN(50))
			}
			slices.Sort(l)
			lists[k] = l
			want = append(want, l...)
		}
		slices.Sort(want)
		if got := mergeSorted(lists); !slices.Equal(got, want) || got == nil {
			t.Fatalf("mergeSorted of %d lists = %v, want %v", len(lists), got, want)
		}
	}
}

// TestPairCommons checks both ways pairCommons counts (pair by pair below
// sharedMinCells pairs, from an index above) against the reference common.
func TestPairCommons(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	randomBags := func(k int) [][]uint32 {
		out := [][]uint32{nil}
		for range k {
			var bg []uint32
			for range rng.IntN(12) {
				bg = append(bg, uint32(1+rng.IntN(20)))
			}
			slices.Sort(bg)
			out = append(out, bg)
		}
		return out
	}
	for _, size := range [][2]int{{1, 1}, {2, 3}, {5, 5}, {16, 16}, {20, 30}} {
		a, b := randomBags(size[0]), randomBags(size[1])
		got := pairCommons(a, b)
		w := size[1] + 1
		for i := 1; i <= size[0]; i++ {
			for j := 1; j <= size[1]; j++ {
				if want := common(a[i], b[j]); int(got[i*w+j]) != want {
					t.Fatalf("%v: pair %d,%d shares %d, want %d", size, i, j, got[i*w+j], want)
				}
			}
		}
	}
}

// TestWordSignatureBound checks that a signature never bounds the words
// two bags share from below, and that it rules out most unrelated bags.
func TestWordSignatureBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	bag := func(n, words int) []uint32 {
		out := make([]uint32, n)
		for i := range out {
			out[i] = uint32(1 + rng.IntN(words))
		}
		slices.Sort(out)
		return out
	}
	ruledOut := 0
	const trials = 2000
	for range trials {
		x, y := bag(1+rng.IntN(120), 400), bag(1+rng.IntN(120), 400)
		sig := signatureOf(y)
		bound, shared := sig.sharedAtMost(x), common(x, y)
		if bound < shared {
			t.Fatalf("bound %d below the %d words shared", bound, shared)
		}
		if bound < len(x)/2 {
			ruledOut++
		}
	}
	if ruledOut < trials/2 {
		t.Errorf("the signature kept %d of %d unrelated pairs above half their words", trials-ruledOut, trials)
	}
}

// TestCompareCapitalsVersion compares a text with its copy in capitals (a
// cable, a heading set in caps): the sentences pair by their caseless
// words, and every change is one of case, flagged as such and not as a
// name or a number, though "Lavrov" and "four" are spelled otherwise.
func TestCompareCapitalsVersion(t *testing.T) {
	text := "Lavrov arrived in Almaty on Friday. He met four ministers there.\n\n" +
		"The talks went on until late in the evening. A joint statement was signed.\n\n" +
		"The next meeting is planned for November in Astana."
	for _, other := range []string{strings.ToUpper(text), strings.ToLower(text)} {
		r := mustCompare(t, Options{}, text, other)
		cs := nonTrivial(r)
		for _, c := range cs {
			if c.Kind != Replace || !slices.Equal(c.Flags, []string{FlagCase}) {
				t.Errorf("%s %q -> %q flagged %v, want a replacement flagged case only", c.Kind, c.AText, c.BText, c.Flags)
			}
		}
		if s := r.StatsFor(1); len(cs) == 0 || s.Case != len(cs) || s.Replaces != len(cs) || s.Numbers != 0 {
			t.Errorf("stats %+v for %d changes of case", s, len(cs))
		}
	}
}

// TestCaselessHash: a key with capitals hashes as the same word in small
// letters does; one without keeps its own hash.
func TestCaselessHash(t *testing.T) {
	k := newKeyer(Options{}, false)
	tests := []struct{ word, small string }{
		{"Lavrov", "lavrov"},
		{"NATO", "nato"},
		{"lavrov", "lavrov"},
		{"Москва", "москва"},
		{"ТАСС", "тасс"},
		{"Straße", "strasse"},
		{"東", "東"},
	}
	for _, tt := range tests {
		raw := scanTokens(tt.word, 0, len(tt.word), nil)
		if len(raw) != 1 {
			t.Fatalf("%q: %d raw tokens", tt.word, len(raw))
		}
		kh := k.hash(tt.word)
		if got, want := k.caselessHash(tt.word, raw[0], kh), k.hash(tt.small); got != want {
			t.Errorf("caselessHash(%q) = %x, want %x (the hash of %q)", tt.word, got, want, tt.small)
		}
	}
}
