package compare

import (
	"reflect"
	"testing"
)

func sentencesOf(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

// TestSentencesOtherLanguagesWords: words of the Portuguese, Czech and
// Turkish rules that are English words ("cap", "doc", "Eng.", "Cad."),
// English "do I" after a name particle's place, and a number that ends a
// sentence before one that opens the next, with no year after (dates in
// figures are "27. 3. 1967"), leave English and German sentences cut.
func TestSentencesOtherLanguagesWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// "cap"/"doc" as abbrevNameTitle: two capitals read as a name.
		{"I need a cap. New York is cold.", []string{"I need a cap.", "New York is cold."}},
		{"I saw the doc. John Smith was there.", []string{"I saw the doc.", "John Smith was there."}},
		// nameParticles: "do" (English verb) read as "de"/"do" in "António de Spínola".
		{"This is the next gen. What do I get?", []string{"This is the next gen.", "What do I get?"}},
		{"He put on his cap. How do I look?", []string{"He put on his cap.", "How do I look?"}},
		{"Ask your prof. When do I start?", []string{"Ask your prof.", "When do I start?"}},
		// Capitalised table words of other languages end English sentences.
		{"He was a Cad. Smith said so.", []string{"He was a Cad.", "Smith said so."}},
		{"He studied at the Dept. of Eng. Smith taught him.", []string{"He studied at the Dept. of Eng.", "Smith taught him."}},
		// numericDate: a number ends a sentence, the next opens with one.
		{"Bayern wurde 1. 2. wurde Dortmund.", []string{"Bayern wurde 1.", "2. wurde Dortmund."}},
		{"Die Mannschaft wurde 12. 3. Liga war das Ziel.", []string{"Die Mannschaft wurde 12.", "3. Liga war das Ziel."}},
	} {
		if got := sentencesOf(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLightSentenceSet: a short sentence's copy in an unchanged paragraph
// is found after an abbreviation ("Prof. Anna Smith."), before a tab or a
// Windows line end, and in Cyrillic (letters, not bytes, are counted):
// the moved sentence, said twice, is no move, or, said once, is one.
func TestLightSentenceSet(t *testing.T) {
	for _, tt := range []struct {
		name, moved, light string
		wantMove           bool
	}{
		{"abbreviation cut: not said in the light paragraph", "Anna Smith.", "The letter was signed by Prof. Anna Smith.", true},
		{"tab after the stop", "Thank you.", "Thank you.\tThe hall was full.", false},
		{"CRLF after the stop", "Thank you.", "Thank you.\r\nThe hall was full.", false},
		{"two-word Cyrillic sentence over 40 bytes", "Александра Бобковская.", "Александра Бобковская.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			first := tt.light + " The hall was full."
			a := rulesPara(first, "We agreed on the plan. "+tt.moved+" The next item is the budget.", "The chair closed the session quietly.")
			b := rulesPara(first, "We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. "+tt.moved)
			r := mustCompare(t, Options{}, a, b)
			if got := len(movesIn(r)) == 1; got != tt.wantMove {
				t.Errorf("%q with light %q: move=%v, want %v: %q", tt.moved, tt.light, got, tt.wantMove, describe(nonTrivial(r)))
			}
		})
	}
}

// foldedHash and addShortSentences edges: no panic, invalid UTF-8 hashed
// as the decoding loop did.
func TestAddShortSentencesEdges(t *testing.T) {
	for _, s := range []string{"", ".", "...", "?!", "a.", "a. ", "  .  ", "Wait... What?! No.", "x\xff. \xc3", "   ", "a.b.c"} {
		set := map[uint64]bool{}
		addShortSentences(set, s)
	}
	if foldedHash("a\xffb") != foldedHash("a\uFFFDb") {
		t.Log("invalid byte and U+FFFD hash differently")
	}
}
