package compare

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// Benchmark pairs look like what users compare: prose revised at the
// public eval's density and mix of edits, not one sample repeated.
const (
	// editsPerMB is the public revision pairs' density (363 edits on
	// twenty pairs of about 12 KB each: about 1,500 a megabyte).
	editsPerMB = 1500
	// benchSourcePath is the prose the pairs are made of: Anna Karenina
	// in English, a sentence a line (public domain, in ../shared).
	benchSourcePath = "../../shared/eval/enru-books/ak1.en"
	// listRepeats is the least number of uses in the source of a word
	// the list pair draws.
	listRepeats = 20
)

// benchSource cuts the source into paragraphs of two to seven sentences
// (seeded), and returns them with sentences for insertion.
func benchSource(tb testing.TB) (paras, spare []string) {
	tb.Helper()
	raw, err := os.ReadFile(benchSourcePath)
	if err != nil {
		tb.Skipf("benchmark source: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < len(lines); {
		n := 2 + r.IntN(6)
		paras = append(paras, strings.Join(lines[i:min(i+n, len(lines))], " "))
		i += n
	}
	for k := 0; k < len(lines); k += 97 {
		spare = append(spare, lines[k])
	}
	return paras, spare
}

// revisionPair revises the paragraphs with the synthetic edit mix (see
// synth_edits_test.go) at editsPerMB, seeded: A as written, B revised
// (hard-wrapped where an edit rewrapped a paragraph).
func revisionPair(paras, spare []string, seed uint64) (string, string) {
	d := newSynthDoc(paras, spare, seed)
	size := 0
	for _, p := range paras {
		size += len(p) + 2
	}
	for range size * editsPerMB >> 20 {
		d.edit()
	}
	a, _, _ := synthText(d.a, false)
	b, _, _ := synthText(d.b, true)
	return a, b
}

// benchPairs are the pairs the benchmarks and .ci/bench-peers use: a
// revision pair of about 1 MB a side; ten of them (other seeds)
// concatenated, about 10 MB; that 10 MB against itself with every
// paragraph's words shuffled (the worst case: everything rewritten); and
// a list of about 1 MB, a word a paragraph (the worst case of short
// units: a sentence and a row a word).
func benchPairs(tb testing.TB) map[string][2]string {
	paras, spare := benchSource(tb)
	one0, one1 := revisionPair(paras, spare, 1)
	var ten0, ten1 strings.Builder
	for seed := uint64(1); seed <= 10; seed++ {
		a, b := one0, one1
		if seed > 1 {
			a, b = revisionPair(paras, spare, seed)
		}
		ten0.WriteString(a + "\n\n")
		ten1.WriteString(b + "\n\n")
	}
	list0, list1 := listPair(paras, 1<<20, 4)
	replies0, replies1 := repliesPair(1<<20, 8)
	return map[string][2]string{
		"1mb":      {one0, one1},
		"10mb":     {ten0.String(), ten1.String()},
		"shuffled": {ten0.String(), shuffleParagraphs(ten0.String(), 3)},
		"list":     {list0, list1},
		"replies":  {replies0, replies1},
	}
}

// listPair makes a list of about size bytes, a word of the paragraphs a
// paragraph, and a copy with one item in a hundred replaced, deleted or
// inserted (seeded): a text of short units that repeat (the words drawn
// are those the paragraphs use listRepeats times or more, drawn as often
// as they are used), where every unit is a sentence and a row and next to
// none is unique.
func listPair(paras []string, size int, seed uint64) (string, string) {
	r := rand.New(rand.NewPCG(seed, 6))
	var all []string
	count := map[string]int{}
	for _, p := range paras {
		for _, w := range strings.Fields(p) {
			all = append(all, w)
			count[w]++
		}
	}
	words := slices.DeleteFunc(all, func(w string) bool { return count[w] < listRepeats })
	var a []string
	for n := 0; n < size; n += len(a[len(a)-1]) + 2 {
		a = append(a, words[r.IntN(len(words))])
	}
	b := editItems(r, a, words, len(a)/100)
	return strings.Join(a, "\n\n"), strings.Join(b, "\n\n")
}

// editItems returns a copy of items with edits items replaced, deleted
// or inserted at random places, the new ones drawn from words.
func editItems(r *rand.Rand, items, words []string, edits int) []string {
	out := slices.Clone(items)
	for range edits {
		switch i := r.IntN(len(out)); r.IntN(3) {
		case 0:
			out[i] = words[r.IntN(len(words))]
		case 1:
			out = slices.Delete(out, i, i+1)
		default:
			out = slices.Insert(out, i, words[r.IntN(len(words))])
		}
	}
	return out
}

// shuffleParagraphs shuffles the words of every paragraph of text.
func shuffleParagraphs(text string, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 5))
	paras := strings.Split(text, "\n\n")
	for k, p := range paras {
		w := strings.Fields(p)
		r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
		paras[k] = strings.Join(w, " ")
	}
	return strings.Join(paras, "\n\n")
}

func BenchmarkCompareRevisions1MB(b *testing.B) {
	p := benchPairs(b)["1mb"]
	benchCompare(b, p[0], p[1])
}

func BenchmarkCompareRevisions10MB(b *testing.B) {
	if testing.Short() {
		b.Skip("10 MB pair skipped in -short mode")
	}
	p := benchPairs(b)["10mb"]
	benchCompare(b, p[0], p[1])
}

func BenchmarkCompareShuffled10MB(b *testing.B) {
	if testing.Short() {
		b.Skip("10 MB pair skipped in -short mode")
	}
	p := benchPairs(b)["shuffled"]
	benchCompare(b, p[0], p[1])
}

func BenchmarkCompareWordList1MB(b *testing.B) {
	p := benchPairs(b)["list"]
	benchCompare(b, p[0], p[1])
}

// BenchmarkCompareRepliesReversed: the replies pair (see repliesPair).
func BenchmarkCompareRepliesReversed(b *testing.B) {
	p := benchPairs(b)["replies"]
	benchCompare(b, p[0], p[1])
}

// repliesPair is about size bytes of short replies drawn from a handful
// ("Yes.", "Thank you."), a reply a paragraph, against the same replies
// in reverse order: no sentence is unique, so nothing anchors the
// alignment, and the edit distance is most of the text. The worst case
// for the sentence diff (see lcsScript).
func repliesPair(size int, seed uint64) (string, string) {
	replies := []string{"Yes.", "No.", "Thank you.", "Next question.", "I agree."}
	r := rand.New(rand.NewPCG(seed, 7))
	var paras []string
	for n := 0; n < size; n += len(paras[len(paras)-1]) + 2 {
		paras = append(paras, replies[r.IntN(len(replies))])
	}
	a := strings.Join(paras, "\n\n")
	slices.Reverse(paras)
	return a, strings.Join(paras, "\n\n")
}
