package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSwapEquals checks that a phrase, not the brackets it traded places
// with, stays equal, on either side and in either direction, and that a
// tie between words stays as the diff has it.
func TestSwapEquals(t *testing.T) {
	checkChanges(t, []changeCase{
		{name: "brackets go into an insertion after the phrase",
			a:    "This is very different behavior from the standard [MATH] Galactic reddening curve shown for comparison in Figure 1 .",
			b:    "This is very different behavior from the standard Galactic reddening curve ( with a ratio of total to selective extinction , [MATH] ) shown for comparison in Figure 1 .",
			want: []string{"delete:[MATH]>", "insert:>( with a ratio of total to selective extinction , [MATH] )"}},
		{name: "brackets come out of a deletion after the phrase",
			a:    "It differs from the standard Galactic reddening curve (with a ratio of extinction, [MATH]) shown in Figure 1.",
			b:    "It differs from the standard [MATH] Galactic reddening curve shown in Figure 1.",
			want: []string{"insert:>[MATH]", "delete:(with a ratio of extinction, [MATH])>"}},
		{name: "brackets go into an insertion before the phrase",
			a: "We plot the Galactic reddening curve [MATH] in Figure 1.",
			b: "We plot [MATH] and also the Galactic reddening curve in Figure 1.",
			// [MATH] occurs once on each side: put elsewhere, a move
			// (keepUniqueWords).
			want: []string{"move:[MATH]>[MATH]", "insert:>and also"}},
		{name: "a word and its comma stay",
			a:    "Prices in Zurich rose, and rents fell.",
			b:    "Prices rose, (in Zurich) and rents fell.",
			want: []string{"delete:in Zurich>", "insert:>(in Zurich)"}},
		{name: "a name stays, the joining word it traded places with moves",
			a:    "The time fell to 71 days, although delays persisted in the offices of Lyon and Marseille.",
			b:    "The time fell to 71 days. Delays nevertheless persisted in the offices of Lyon, Marseille and Lille.",
			want: []string{"replace:days, although delays>days. Delays nevertheless", "replace: and>,", "insert:>and Lille"}},
		{name: "a number word is no joining word",
			a:    "They sent ten delegates.",
			b:    "They sent delegates, ten in all.",
			want: []string{"replace:ten delegates>delegates, ten in all"}},
		{name: "a tie between words stays",
			a: "This work has been partially funded by FONDAP under grant 11980002 , Fondecyt under grants 1000884 and 2990108 , and by Fundacion Andes .",
			b: "This work has been partially funded by Fundacion Andes , Fondecyt through grants 2990108 and 1000884 , and by FONDAP through grant 11980002 .",
			// The diff's tie stays, and the words that occur once on
			// each side and were put elsewhere are then moves
			// (keepUniqueWords).
			want: []string{"move:Fundacion Andes>Fundacion Andes", "delete:under>", "replace:under>through",
				"move:2990108>2990108", "move:1000884>1000884", "move:FONDAP>FONDAP", "insert:>through", "move:grant 11980002>grant 11980002"}},
	})
}

// TestSwapEqualsScripts checks swapEquals on random token sequences of a
// few words and brackets: the script still spans both sequences, keeps
// only equal keys equal, and keeps as many tokens equal as before.
func TestSwapEqualsScripts(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	vocab := []string{"a", "b", "c", "d", "(", ")", ",", "[", "and", "delta", "Lyon"}
	kn := newKeyNumbers(0)
	gen := func() (string, []token) {
		var ws []string
		for range rng.IntN(16) {
			ws = append(ws, vocab[rng.IntN(len(vocab))])
		}
		text := strings.Join(ws, " ")
		return text, testTokens(kn, text)
	}
	for range 20000 {
		aText, at := gen()
		_, bt := gen()
		ka, kb := tokenKeys(at), tokenKeys(bt)
		ops := diffKeys(ka, kb)
		got := swapEquals(ops, ka, kb, at, aText)
		ia, ib, kept := 0, 0, 0
		for _, o := range got {
			switch o.kind {
			case opEqual:
				if !slices.Equal(ka[ia:ia+o.n], kb[ib:ib+o.n]) {
					t.Fatalf("%v: unequal tokens kept equal", got)
				}
				ia, ib, kept = ia+o.n, ib+o.n, kept+o.n
			case opDelete:
				ia += o.n
			default:
				ib += o.n
			}
		}
		if ia != len(ka) || ib != len(kb) {
			t.Fatalf("%v spans %d and %d tokens, want %d and %d", got, ia, ib, len(ka), len(kb))
		}
		if want := equalCount(ops); kept < want {
			t.Fatalf("%v keeps %d tokens equal, %v kept %d", got, kept, ops, want)
		}
	}
}

func equalCount(ops []op) int {
	n := 0
	for _, o := range ops {
		if o.kind == opEqual {
			n += o.n
		}
	}
	return n
}
