package compare

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkLongSentencesOfCommonWords compares deleted and inserted
// paragraphs that are each one long sentence (about 3,300 bytes) of
// two-letter words: they share many three-word seeds but no run of 20
// letters, and are far from alike, the worst case for looseNearMove,
// which every seed of such a sentence reaches.
func BenchmarkLongSentencesOfCommonWords(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	var vocab []string
	for _, c := range "bcdfgklmnp" {
		for _, v := range "aeiou" {
			vocab = append(vocab, string(c)+string(v))
		}
	}
	sent := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ") + "."
	}
	const k, n = 200, 1100
	var as, bs []string
	for i := range k {
		c1 := "Common paragraph number " + strings.Repeat("I", 1+i%7) + " " + string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + " stays the same in both versions of the text."
		c2 := "Another unchanged paragraph, " + string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + strings.Repeat("x", 1+i%5) + ", word for word."
		as = append(as, sent(n), c1, c2)
		bs = append(bs, c1, sent(n), c2)
	}
	x, y := strings.Join(as, "\n\n"), strings.Join(bs, "\n\n")
	benchCompare(b, x, y)
}

// TestShortSentencesAlikeByChance: "I feel ready to cry." and "happens I
// to cry.", in one paragraph of the shuffled bench pair, share only "I …
// to cry": too few letters for a moved sentence, so a deletion and an
// insertion, not a move.
func TestShortSentencesAlikeByChance(t *testing.T) {
	a := "After dinner Anna went to her room.\n\nDo you think so? I am not strange, but wicked. It sometimes happens to me. I feel ready to cry.\n\nIt is very silly, but it will pass."
	b := "After dinner Anna went to her room.\n\nI am think not sometimes ready you feel so? but It strange, wicked. happens I to cry. Do me. to\n\nIt is very silly, but it will pass."
	r := mustCompare(t, Options{}, a, b)
	checkMovesApart(t, r)
	if mv := movesIn(r); len(mv) > 0 {
		t.Errorf("short sentences alike by chance read as a move: %q (all: %q)", describe(mv), describe(nonTrivial(r)))
	}
}
