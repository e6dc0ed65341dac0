package compare

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The determinism tests compare results on one core with results on four:
// gap pairing and the emitter split their work between goroutines, and
// the output must not depend on it.

// vocab is the words random test sentences are made of.
var vocab = strings.Fields(`the of and a to in is was for on that with as by it at from this be or an are which
были в и на не что он она они это как его её с по к из за у от до Москва Алматы среда среду Monday Mon Sat
information development government 1999 2021 3.5 1,000 June июня`)

func randSentence(rng *rand.Rand) string {
	n := 3 + rng.IntN(9)
	w := make([]string, n)
	for i := range w {
		w[i] = vocab[rng.IntN(len(vocab))]
	}
	r, size := utf8.DecodeRuneInString(w[0])
	w[0] = string(unicode.ToUpper(r)) + w[0][size:]
	return strings.Join(w, " ") + []string{".", "!", "?", "."}[rng.IntN(4)]
}

func randDoc(rng *rand.Rand, paras int) [][]string {
	d := make([][]string, paras)
	for i := range d {
		k := 1 + rng.IntN(3)
		for j := 0; j < k; j++ {
			d[i] = append(d[i], randSentence(rng))
		}
	}
	return d
}

func render(d [][]string) string {
	ps := make([]string, len(d))
	for i, p := range d {
		ps[i] = strings.Join(p, " ")
	}
	return strings.Join(ps, "\n\n")
}

func mutateWords(rng *rand.Rand, s string) string {
	w := strings.Split(s, " ")
	switch rng.IntN(9) {
	case 0:
		w[rng.IntN(len(w))] = vocab[rng.IntN(len(vocab))]
	case 1: // case change
		i := rng.IntN(len(w))
		w[i] = strings.ToUpper(w[i])
	case 2: // line wrap (trivial)
		i := rng.IntN(len(w))
		w[i] = w[i] + "\n"
	case 3: // hyphenated across a line
		i := rng.IntN(len(w))
		if len(w[i]) > 4 {
			w[i] = w[i][:2] + "-\n" + w[i][2:]
		}
	case 4: // quotes
		i := rng.IntN(len(w))
		w[i] = "“" + w[i] + "”"
	case 5: // punctuation
		i := rng.IntN(len(w))
		w[i] = w[i] + ","
	case 6: // delete a word
		if len(w) > 2 {
			i := rng.IntN(len(w))
			w = append(w[:i], w[i+1:]...)
		}
	case 7: // double space
		i := rng.IntN(len(w))
		w[i] = w[i] + " "
	case 8: // zero-width space in a word
		i := rng.IntN(len(w))
		if len(w[i]) > 3 {
			w[i] = w[i][:2] + "\u200B" + w[i][2:]
		}
	}
	return strings.Join(w, " ")
}

func mutateDoc(rng *rand.Rand, d [][]string, rate float64) [][]string {
	out := make([][]string, 0, len(d))
	var held [][]string
	for _, p := range d {
		p = append([]string(nil), p...)
		r := rng.Float64()
		switch {
		case r < rate*0.15: // delete paragraph
			continue
		case r < rate*0.3: // insert new paragraph
			out = append(out, randDoc(rng, 1)[0])
		case r < rate*0.45: // hold for a move later
			held = append(held, p)
			continue
		case r < rate*0.55 && len(p) > 1: // merge sentences
			p = append([]string{strings.TrimRight(p[0], ".!?") + " " + strings.ToLower(p[1][:1]) + p[1][1:]}, p[2:]...)
		case r < rate*0.65: // split paragraph
			if len(p) > 1 {
				out = append(out, p[:1])
				p = p[1:]
			}
		}
		for i := range p {
			if rng.Float64() < rate {
				p[i] = mutateWords(rng, p[i])
			}
			if rng.Float64() < rate*0.1 { // delete sentence
				p[i] = ""
			}
		}
		var q []string
		for _, s := range p {
			if s != "" {
				q = append(q, s)
			}
		}
		if len(q) > 0 {
			out = append(out, q)
		}
		if len(held) > 0 && rng.Float64() < 0.1 {
			out = append(out, held[0])
			held = held[1:]
		}
	}
	// remaining held paragraphs go to random positions
	for _, h := range held {
		i := rng.IntN(len(out) + 1)
		out = append(out[:i], append([][]string{h}, out[i:]...)...)
	}
	return out
}

func compareAt(t *testing.T, procs int, texts []string, opts Options) *Result {
	old := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(old)
	r, err := Compare(context.Background(), texts, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func segCount(texts []string, base, v int, opts Options) int {
	pp := prefilter(texts, base)
	a := newDocument(context.Background(), texts[base], pp[base], opts, false)
	b := newDocument(context.Background(), texts[v], pp[v], opts, false)
	return len(sentenceSegments(a, b, nil))
}

func diffResults(x, y *Result) string {
	if len(x.Changes) != len(y.Changes) {
		return fmt.Sprintf("changes: %d vs %d", len(x.Changes), len(y.Changes))
	}
	for i := range x.Changes {
		if !reflect.DeepEqual(x.Changes[i], y.Changes[i]) {
			return fmt.Sprintf("change %d:\n%+v\n%+v", i, x.Changes[i], y.Changes[i])
		}
	}
	if !reflect.DeepEqual(x.Rows, y.Rows) {
		return "rows differ"
	}
	return ""
}

func TestParallelDeterminism(t *testing.T) {
	trials := 30
	if testing.Short() {
		trials = 10
	}
	maxSegs := 0
	for trial := 0; trial < trials; trial++ {
		rng := rand.New(rand.NewPCG(uint64(trial), 7))
		base := randDoc(rng, 150+rng.IntN(500))
		nv := 2 + rng.IntN(2)
		texts := []string{render(base)}
		for v := 1; v < nv; v++ {
			texts = append(texts, render(mutateDoc(rng, base, 0.05+rng.Float64()*0.4)))
		}
		opts := Options{IgnoreCase: trial%5 == 3, IgnorePunctuation: trial%7 == 4}
		if s := segCount(texts, 0, 1, opts); s > maxSegs {
			maxSegs = s
		}
		r1 := compareAt(t, 1, texts, opts)
		for rep := 0; rep < 2; rep++ {
			r4 := compareAt(t, 4, texts, opts)
			if d := diffResults(r1, r4); d != "" {
				t.Fatalf("trial %d: GOMAXPROCS 1 vs 4 differ: %s", trial, d)
			}
		}
	}
	if maxSegs <= minSplitSegments {
		t.Fatalf("at most %d segments: the emitter was never split", maxSegs)
	}
}

func TestParallelDeterminismCrafted(t *testing.T) {
	var cases [][]string
	// Every other sentence edited, all others re-wrapped: trivial changes
	// sit on both sides of every segment boundary.
	{
		var a, b []string
		for i := 0; i < 400; i++ {
			s := fmt.Sprintf("Sentence number %d says something about info-mation today.", i)
			a = append(a, s)
			switch i % 3 {
			case 0:
				b = append(b, strings.Replace(s, "something", "nothing", 1))
			case 1:
				b = append(b, strings.Replace(s, "says ", "says\n", 1))
			default:
				b = append(b, strings.Replace(s, "Sentence", "SENTENCE", 1))
			}
		}
		cases = append(cases, []string{strings.Join(a, " "), strings.Join(b, "  ")})
		cases = append(cases, []string{strings.Join(a, "\n\n"), strings.Join(b, "\n")})
	}
	// Swapped blocks and deletions followed by insertions at each gap.
	{
		var a, b []string
		for i := 0; i < 300; i++ {
			a = append(a, fmt.Sprintf("Alpha %d beta gamma delta.", i))
		}
		for i := 0; i < 300; i++ {
			switch {
			case i%4 == 0:
				b = append(b, fmt.Sprintf("Omega %d psi chi phi.", i))
			case i%4 == 1 && i+1 < 300:
				b = append(b, a[i+1], a[i])
				i++
			default:
				b = append(b, a[i])
			}
		}
		cases = append(cases, []string{strings.Join(a, "\n\n"), strings.Join(b, "\n\n")})
	}
	// Every paragraph's words shuffled, with an unchanged paragraph now and
	// then: gaps too large to pair whole, paired paragraph by paragraph in
	// parallel, and a second pass that takes pairings from the memo.
	{
		rng := rand.New(rand.NewPCG(11, 13))
		var a, b []string
		for i := 0; i < 600; i++ {
			var p []string
			for s := 0; s < 2+rng.IntN(5); s++ {
				p = append(p, fmt.Sprintf("Sentence %d of paragraph %d tells the reader about item%d and place%d.", s, i, rng.IntN(400), rng.IntN(400)))
			}
			para := strings.Join(p, " ")
			a = append(a, para)
			if i%100 == 7 {
				b = append(b, para)
				continue
			}
			w := strings.Fields(para)
			rng.Shuffle(len(w), func(x, y int) { w[x], w[y] = w[y], w[x] })
			b = append(b, strings.Join(w, " "))
		}
		cases = append(cases, []string{strings.Join(a, "\n\n"), strings.Join(b, "\n\n")})
	}
	for ci, texts := range cases {
		for _, opts := range []Options{{}, {IgnoreCase: true}, {IgnorePunctuation: true}, {Base: 1}} {
			r1 := compareAt(t, 1, texts, opts)
			for _, p := range []int{2, 4, 8} {
				if d := diffResults(r1, compareAt(t, p, texts, opts)); d != "" {
					t.Fatalf("case %d opts %+v procs %d: %s", ci, opts, p, d)
				}
			}
		}
	}
}
