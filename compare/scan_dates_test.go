package compare

import (
	"reflect"
	"testing"
)

// TestScanCutsWhereSentencesCut: the scan of unchanged paragraphs cuts
// where the sentence rules cut: a table word that ends a sentence
// ("etc.", "usw.", "и т.д.", "no.") or any word before "?" or "!" does
// not hide the next short sentence.
func TestScanCutsWhereSentencesCut(t *testing.T) {
	for _, tt := range []struct{ text, short string }{
		{"We bought apples, pears etc. Thank you.", "Thank you."},
		{"Wir kauften Äpfel, Birnen usw. Danke schön.", "Danke schön."},
		{"Мы купили яблоки, груши и т.д. Спасибо большое.", "Спасибо большое."},
		{"Я видел их и др. Спасибо большое.", "Спасибо большое."},
		{"The meeting ended at 5 p.m. Thank you.", "Thank you."},
		{"I said no. Thank you.", "Thank you."},
		{"This is the next gen. Thank you.", "Thank you."},
		{"Did you say no? Thank you.", "Thank you."},
		{"Are you ok? Thank you.", "Thank you."},
		{"Is he a Prof? Thank you.", "Thank you."},
	} {
		// The sentence rules cut here.
		sents := sentencesOf(tt.text)
		if sents[len(sents)-1] != tt.short {
			t.Logf("Sentences(%q) = %q (rules do not cut either)", tt.text, sents)
		}
		set := map[uint64]bool{}
		addShortSentences(set, tt.text)
		if !set[foldedHash(tt.short)] {
			t.Errorf("addShortSentences(%q): %q not in the set; Sentences = %q", tt.text, tt.short, sents)
		}
	}
}

// TestScanAbbreviationAfterLongSentence: a title's full stop ends no
// sentence also where the words before it are a long sentence, asked
// only when the piece after it is short: "Smith." after "…with Prof."
// is no short sentence, "Prof. Smith." after a long one's full stop is.
func TestScanAbbreviationAfterLongSentence(t *testing.T) {
	long := "The committee met for several hours in the large hall downstairs"
	for _, tt := range []struct {
		text        string
		short, nope []string
	}{
		{long + " with Prof. Smith. Thank you.", []string{"Thank you."}, []string{"Smith."}},
		{long + " with Prof. Smith", nil, []string{"Smith"}},
		{long + ". Prof. Smith. Thank you.", []string{"Prof. Smith.", "Thank you."}, []string{"Smith."}},
		{long + ". Prof. Smith", []string{"Prof. Smith"}, []string{"Smith"}},
		{long + " with Dr. Prof. Smith. Yes.", []string{"Yes."}, []string{"Smith.", "Prof. Smith."}},
		{long + ". " + long + " and Mr. Jones. Yes.", []string{"Yes."}, []string{"Jones."}},
	} {
		set := map[uint64]bool{}
		addShortSentences(set, tt.text)
		for _, s := range tt.short {
			if !set[foldedHash(s)] {
				t.Errorf("addShortSentences(%q): %q not in the set", tt.text, s)
			}
		}
		for _, s := range tt.nope {
			if set[foldedHash(s)] {
				t.Errorf("addShortSentences(%q): %q in the set", tt.text, s)
			}
		}
	}
}

// TestLightSetAfterClosingAbbreviation, end to end as
// TestLightSentenceSet: the moved sentence said in the unchanged
// paragraph after "etc." or "no?" is no move.
func TestLightSetAfterClosingAbbreviation(t *testing.T) {
	for _, light := range []string{
		"We bought apples, pears etc. Thank you.",
		"Did you say no? Thank you.",
		"This is the next gen. Thank you.",
	} {
		moved := "Thank you."
		first := light + " The hall was full."
		a := rulesPara(first, "We agreed on the plan. "+moved+" The next item is the budget.", "The chair closed the session quietly.")
		b := rulesPara(first, "We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. "+moved)
		r := mustCompare(t, Options{}, a, b)
		if len(movesIn(r)) != 0 {
			t.Errorf("light %q: move reported: %q", light, describe(nonTrivial(r)))
		}
	}
}

// TestDateRange: a date range without the first year ("vom 1. 2. bis
// 3. 4. 2000") is one sentence.
func TestDateRange(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Die Ausstellung läuft vom 1. 2. bis zum 3. 4. 2000 im Museum.", []string{"Die Ausstellung läuft vom 1. 2. bis zum 3. 4. 2000 im Museum."}},
		{"Geöffnet am 24. 12. und am 31. 12. 2023 bis Mittag.", []string{"Geöffnet am 24. 12. und am 31. 12. 2023 bis Mittag."}},
		{"Am 1. 2. 2000 begann es.", []string{"Am 1. 2. 2000 begann es."}},
		{"Bayern wurde 1. 2. Dortmund wurde Dritter.", []string{"Bayern wurde 1.", "2. Dortmund wurde Dritter."}},
	} {
		if got := sentencesOf(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAbbreviationBeforeEdges: abbreviationBefore at its edges does not panic.
func TestAbbreviationBeforeEdges(t *testing.T) {
	for _, s := range []string{".", "a.", "abcdefghijkl.", "abcdefghijk.", "проф.", "x проф.", "ÄÖÜÄÖÜ.", "\xff\xfe.", " .", "doç.", "DOÇ."} {
		for i := 0; i < len(s); i++ {
			if s[i] == '.' {
				_ = abbreviationBefore(s, i)
			}
		}
		addShortSentences(map[uint64]bool{}, s)
	}
	if !abbreviationBefore("DOÇ.", len("DOÇ")) || !abbreviationBefore("x Проф.", len("x Проф")) {
		t.Errorf("non-ASCII abbreviation not found")
	}
}
