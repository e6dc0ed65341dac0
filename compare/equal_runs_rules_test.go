package compare

// Cases of the equal-runs pass's rules for short moved sentences, pieces
// cut at an abbreviation and moved passages widened over their edits,
// where an ordinary revision must not read as a move; and a probe of the
// invariants over such revisions.

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

func rulesPara(s ...string) string { return strings.Join(s, "\n\n") }

func movesIn(r *Result) []Change {
	var out []Change
	for _, c := range nonTrivial(r) {
		if c.Kind == Move {
			out = append(out, c)
		}
	}
	return out
}

// TestShortSentenceInUnchangedParagraph: a "Thank you." said a second
// time in a paragraph both versions have unchanged (one unit, whose
// sentences the counts do not see) is said twice: deleted in one place
// and inserted in another, it is no move, as with an edit in that
// paragraph.
func TestShortSentenceInUnchangedParagraph(t *testing.T) {
	rest := []string{"We agreed on the plan. Thank you. The next item is the budget.", "The chair closed the session quietly."}
	restB := []string{"We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. Thank you."}
	for _, tt := range []struct{ name, firstA, firstB string }{
		{"other instance in an edited paragraph", "Thank you. The hall was full.", "Thank you. The hall was packed."},
		{"other instance in an unchanged (light) paragraph", "Thank you. The hall was full.", "Thank you. The hall was full."},
		{"other instance is a whole unchanged paragraph", "Thank you.", "Thank you."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := rulesPara(append([]string{tt.firstA}, rest...)...)
			b := rulesPara(append([]string{tt.firstB}, restB...)...)
			r := mustCompare(t, Options{}, a, b)
			checkInvariants(t, r)
			if mv := movesIn(r); len(mv) > 0 {
				t.Errorf("\"Thank you.\" occurs twice in each version, yet %q is a move (all: %q)",
					describe(mv), describe(nonTrivial(r)))
			}
		})
	}
}

// TestTwoWordSentenceSaidTwice: a two-word sentence of 12 letters or
// more ("Good afternoon.") said twice in each version, deleted in one
// place and inserted in another, is no move.
func TestTwoWordSentenceSaidTwice(t *testing.T) {
	a := rulesPara("Good afternoon. We agreed on the plan. The next item is the budget.", "The chair closed the session quietly.",
		"Good afternoon. The minutes follow.")
	b := rulesPara("We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. Good afternoon.",
		"Good afternoon. The minutes follow now.")
	r := mustCompare(t, Options{}, a, b)
	checkInvariants(t, r)
	if mv := movesIn(r); len(mv) > 0 {
		t.Errorf("\"Good afternoon.\" occurs twice in each version, yet %q is a move (all: %q)", describe(mv), describe(nonTrivial(r)))
	}
}

// TestTwoWordPhraseInAnEdit: a two-word phrase of an edit ("local vote"
// -> "parliamentary elections,") is not paired as a move with the same
// phrase inside a sentence deleted elsewhere: it is no piece cut at an
// abbreviation.
func TestTwoWordPhraseInAnEdit(t *testing.T) {
	a := rulesPara("Turnout fell in the local vote and officials were worried. The results came late.",
		"Before the parliamentary elections, the party split in two. Nobody expected it.")
	b := rulesPara("Turnout fell in the parliamentary elections, and officials were worried. The results came late.",
		"Nobody expected it.")
	r := mustCompare(t, Options{}, a, b)
	checkInvariants(t, r)
	want := []string{"replace:local vote>parliamentary elections,", "delete:Before the parliamentary elections, the party split in two.>"}
	if got := describe(nonTrivial(r)); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("changes\n got %q\nwant %q", got, want)
	}
}

// TestWidenedMoveLeavesDeletedSentence: a sentence deleted right after
// an edited moved one, in its paragraph or the next, stays a deletion of
// its own: the move widens over the edit, not over the sentence (both
// end in a full stop).
func TestWidenedMoveLeavesDeletedSentence(t *testing.T) {
	inserted := "Los sindicatos CC. La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz guardia 19 de marzo de 1812. OO. y UGT han convocado una huelga para el 15 de enero. El consejero dijo que era necesaria."
	moved := "La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz el 19 de marzo de 1812."
	first := "Los sindicatos CC. OO. y UGT han convocado una huelga para el 15 de enero. El consejero dijo que era necesaria."
	for _, tt := range []struct{ name, a, b string }{
		{"same paragraph",
			rulesPara(first, "En sus riberas se libró la batalla. "+moved+" Por eso se la conoce como la Pepa. El museo abre hoy."),
			rulesPara(inserted, "En sus riberas se libró la batalla. El museo abre hoy.")},
		{"across a paragraph break",
			rulesPara(first, "En sus riberas se libró la batalla. "+moved, "Por eso se la conoce como la Pepa. El museo abre hoy."),
			rulesPara(inserted, "En sus riberas se libró la batalla.", "El museo abre hoy.")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			checkInvariants(t, r)
			for _, m := range movesIn(r) {
				if strings.Contains(m.AText, "Por eso") {
					t.Errorf("the deleted sentence \"Por eso se la conoce como la Pepa.\" is inside the move %q -> %q (all: %q)", m.AText, m.BText, describe(nonTrivial(r)))
				}
			}
		})
	}
}

// TestCompareCancelledMidwayVersions is TestCompareCancelledMidway with
// three versions (pairs in parallel) and moves, whole and of runs: an
// error that is context.Canceled or the whole result.
func TestCompareCancelledMidwayVersions(t *testing.T) {
	a, b := bigPair(t, 32<<10)
	c := strings.Replace(b, "\n\n", "\n\nThank you. ", 40)
	want := mustCompare(t, Options{}, a, b, c)
	for n := 0; ; n++ {
		ctx := &countdownCtx{Context: context.Background(), n: n}
		res, err := Compare(ctx, []string{a, b, c}, Options{})
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("cancelled after %d looks: %v", n, err)
			}
			continue
		}
		if fmt.Sprint(res.Changes) != fmt.Sprint(want.Changes) {
			t.Fatalf("cancelled after %d looks: a partial result", n)
		}
		return
	}
}

// TestRandomMovesEditsDeletes builds revisions of real sentences with
// moved (some edited, some landing inside a sentence), deleted and
// inserted pieces, short sentences and paragraph breaks, and checks the
// invariants.
func TestRandomMovesEditsDeletes(t *testing.T) {
	var pool []string
	for _, f := range []string{"news.en", "news.de", "news.es", "news.pl", "news.ru"} {
		data, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				pool = append(pool, l)
			}
		}
	}
	shorts := []string{"Thank you.", "Good afternoon.", "Yes, sir.", "Oblonsky smiled.", "Aleksandra Bobkowskiego."}
	n := 400
	if testing.Short() {
		n = 50
	}
	for seed := range n {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		k := 6 + rng.IntN(14)
		sents := make([]string, k)
		for i := range sents {
			if rng.IntN(6) == 0 {
				sents[i] = shorts[rng.IntN(len(shorts))]
			} else {
				sents[i] = pool[rng.IntN(len(pool))]
			}
		}
		join := func(ss []string, breaks map[int]bool) string {
			var sb strings.Builder
			for i, s := range ss {
				if i > 0 {
					if breaks[i] {
						sb.WriteString("\n\n")
					} else {
						sb.WriteString(" ")
					}
				}
				sb.WriteString(s)
			}
			return sb.String()
		}
		breaksA := map[int]bool{}
		for i := 1; i < k; i++ {
			breaksA[i] = rng.IntN(3) == 0
		}
		a := join(sents, breaksA)
		bs := append([]string(nil), sents...)
		for op := 0; op < 1+rng.IntN(4); op++ {
			if len(bs) < 3 {
				break
			}
			i := rng.IntN(len(bs))
			switch rng.IntN(5) {
			case 0, 1: // move, maybe edited, maybe with a neighbour deleted, maybe inside a sentence
				s := bs[i]
				bs = append(bs[:i:i], bs[i+1:]...)
				if rng.IntN(2) == 0 {
					w := strings.Fields(s)
					w[rng.IntN(len(w))] = "guardia"
					s = strings.Join(w, " ")
				}
				if rng.IntN(2) == 0 && i < len(bs) {
					bs = append(bs[:i:i], bs[i+1:]...)
				}
				j := rng.IntN(len(bs) + 1)
				if rng.IntN(2) == 0 && j < len(bs) {
					w := strings.Fields(bs[j])
					c := rng.IntN(len(w))
					bs[j] = strings.Join(append(append(append([]string(nil), w[:c]...), s), w[c:]...), " ")
				} else {
					bs = append(bs[:j], append([]string{s}, bs[j:]...)...)
				}
			case 2: // delete
				bs = append(bs[:i:i], bs[i+1:]...)
			case 3: // insert a short sentence
				bs = append(bs[:i], append([]string{shorts[rng.IntN(len(shorts))]}, bs[i:]...)...)
			case 4: // word edit
				w := strings.Fields(bs[i])
				w[rng.IntN(len(w))] = "zmiana"
				bs[i] = strings.Join(w, " ")
			}
		}
		breaksB := map[int]bool{}
		for i := 1; i < len(bs); i++ {
			breaksB[i] = rng.IntN(3) == 0
		}
		b := join(bs, breaksB)
		for _, opts := range []Options{{}, {IgnoreCase: true, IgnorePunctuation: true}} {
			r, err := Compare(context.Background(), []string{a, b}, opts)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(fmt.Sprint(seed), func(t *testing.T) { checkInvariants(t, r) })
		}
	}
}

// TestMovedSentenceLeavesItsTail: an editor who cuts a sentence at an
// abbreviation moves its head ("… (London 1990, p.") and leaves the tail
// ("45–52).") where the sentence stood. The engine moves its whole
// sentence; the tail, deleted at the move's end in A and found in B where
// the move started, stayed: the move gives it up and neither is reported.
func TestMovedSentenceLeavesItsTail(t *testing.T) {
	head := "Details of the new device are given in his biography (London 1990, p."
	for _, tail := range []string{"45–52).", "45."} {
		t.Run(tail, func(t *testing.T) {
			a := rulesPara("The committee met on Monday morning. "+head+" "+tail+" The chair thanked everyone for coming.",
				"The second paragraph goes on for a while. It ends with this sentence.")
			b := rulesPara("The committee met on Monday morning. "+tail+" The chair thanked everyone for coming.",
				"The second paragraph goes on for a while. It ends with this sentence. "+head)
			r := mustCompare(t, Options{}, a, b)
			checkInvariants(t, r)
			got := describe(nonTrivial(r))
			if want := []string{"move:" + head + ">" + head}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// TestDeletedSentenceBetweenTitles: the editor deleted the words from
// after one title to after the next ("Sen. [Elizabeth … step." Rep.] Jim
// Jordan"); the engine's sentences end after a quotation, so its diff
// deleted the first sentence whole and replaced "Rep" by "Sen" in the
// second. The two at one place are one deletion of the words the editor
// took out; read the other way, one insertion.
func TestDeletedSentenceBetweenTitles(t *testing.T) {
	gone := "Elizabeth Warren, a Democrat from Massachusetts, called the measure \"a good first step.\" Rep."
	a := rulesPara("It now goes to the House, where its fate is uncertain.",
		"Sen. "+gone+" Jim Jordan of Ohio said House Republicans would not take it up in its current form.")
	b := rulesPara("It now goes to the House, where its fate is uncertain.",
		"Sen. Jim Jordan of Ohio said House Republicans would not take it up in its current form.")
	wrapped := strings.Replace(gone, "step.\" Rep.", "step.\"\nRep.", 1)
	checkChanges(t, []changeCase{
		{"deleted", a, b, []string{"delete:" + gone + ">"}},
		{"inserted", b, a, []string{"insert:>" + gone}},
		// Text wrapped at a line break: one paragraph still.
		{"wrapped", strings.Replace(a, gone, wrapped, 1), b, []string{"delete:" + wrapped + ">"}},
	})
}

// TestJoinedReplacementKeepsApart: a deletion beside a replacement is
// not joined with it across a moved passage (whose bytes would then lie
// in two changes) or a paragraph break, nor where the join would leave a
// replacement that spans a sentence, nor where the replacement renumbers
// a list's item after an item deleted or inserted.
func TestJoinedReplacementKeepsApart(t *testing.T) {
	checkChanges(t, []changeCase{
		{"a move between",
			"Dr. Smith left early. The meeting ran late into the night. Prof. Jones stayed.\n\nOther news followed later that week.",
			"Dr. Jones stayed.\n\nOther news followed later that week. The meeting ran late into the night.",
			[]string{"delete:Dr. Smith left early.>", "replace:Prof>Dr", "move:The meeting ran late into the night.>The meeting ran late into the night."}},
		{"a paragraph between",
			"The report came out on Friday. He left early.\n\nShe stayed late to finish the tables.",
			"The report came out on Friday.\n\nHe stayed late to finish the tables.",
			[]string{"delete:He left early.>", "replace:She>He"}},
		{"a replacement left",
			"The cat slept all day. A dog barked at the mailman.",
			"The old dog barked at the mailman.",
			[]string{"delete:The cat slept all day.>", "replace:A>The old"}},
		{"an item deleted, the next renumbered",
			"Steps:\n1. to hold talks in Minsk;\n2. to extend the ceasefire for ninety days;\n3. to remain in contact;\n4. to meet again in autumn.\n",
			"Steps:\n1. to hold talks in Minsk;\n2. to remain in contact;\n3. to meet again in autumn.\n",
			[]string{"delete:2. to extend the ceasefire for ninety days;>", "replace:3>2", "replace:4>3"}},
		{"an item inserted, the next renumbered",
			"Steps:\n1. to hold talks in Minsk;\n2. to remain in contact.\n",
			"Steps:\n1. to hold talks in Minsk;\n2. to extend the ceasefire;\n3. to remain in contact.\n",
			[]string{"insert:>2. to extend the ceasefire;", "replace:2>3"}},
		{"an item with a bracket deleted",
			"Die Parteien vereinbaren:\n1) Gespräche in Minsk;\n2) eine Waffenruhe von neunzig Tagen;\n3) Kontakte über Gesandte.\n",
			"Die Parteien vereinbaren:\n1) Gespräche in Minsk;\n2) Kontakte über Gesandte.\n",
			[]string{"delete:2) eine Waffenruhe von neunzig Tagen;>", "replace:3>2"}},
	})
}

// TestRestoredHeadPlacesDeletion: where a deleted sentence and a change
// beside it start with the same words at one place, those words did not
// change, and what is left of the deletion, or of the replacement whose
// new words they were, is placed after them in B too, not before them:
// the unchanged text between changes reads the same on both sides.
func TestRestoredHeadPlacesDeletion(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{"a deletion before a replacement",
			"Le président a parlé. The U.S. economy grew by 2.1% in 2023. M. Dupont a démissionné hier soir.",
			"Le président a parlé. The U.S. new a démissionné hier soir.",
			[]string{"delete:economy grew by 2.1% in 2023.>", "replace:M. Dupont>new"}},
		{"a replacement's new words restored",
			"Проф. Иванов ушёл на пенсию.\n\nDer Antrag wurde z. B. von Dr. Müller abgelehnt.",
			"Проф. Иванов von Dr. Müller abgelehnt.",
			[]string{"delete:ушёл на пенсию.>", "delete:Der Antrag wurde z. B.>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tc.a, tc.b)
			cs := slices.Clone(nonTrivial(r))
			slices.SortStableFunc(cs, func(x, y Change) int { return x.AStart - y.AStart })
			pa, pb := 0, 0
			for _, c := range cs {
				if strings.Join(strings.Fields(tc.a[pa:c.AStart]), " ") != strings.Join(strings.Fields(tc.b[pb:c.BStart]), " ") {
					t.Errorf("before %q: %q in A, %q in B", c.AText, tc.a[pa:c.AStart], tc.b[pb:c.BStart])
				}
				pa, pb = c.AEnd, c.BEnd
			}
			if got := describe(nonTrivial(r)); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
