package compare

import (
	"slices"
	"testing"
)

// TestSentenceCapitals: a word that starts or stops opening its sentence
// stays equal, its capital a trivial case change; a capital edited in
// place is a change.
func TestSentenceCapitals(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string // non-trivial changes
		trivial    string   // the trivial case change, "A>B", if any
	}{
		{"words put before", "Probability distributions may thus be used.", "Data derived probability distributions may thus be used.",
			[]string{"insert:>Data derived"}, "Probability>probability"},
		{"words taken away", "However, the results are clear.", "The results are clear.",
			[]string{"delete:However,>"}, "the>The"},
		{"one word put before", "Recently the team proposed a plan.", "More recently the team proposed a plan.",
			[]string{"insert:>More"}, "Recently>recently"},
		{"Russian", "Однако, результаты ясны.", "Результаты ясны.",
			[]string{"delete:Однако,>"}, "результаты>Результаты"},
		{"Turkish dotless i", "Işık gece boyunca yandı.", "Sonra ışık gece boyunca yandı.",
			[]string{"insert:>Sonra"}, "Işık>ışık"},
		{"Turkish dotted i", "İnsanlar erken geldi.", "Bugün insanlar erken geldi.",
			[]string{"insert:>Bugün"}, "İnsanlar>insanlar"},
		// The old first word found inside the other side, after words
		// put before it and kept apart from them.
		{"inside the words put before", "We answer this question in the context of a model.",
			"The first model is realistic, but we have to use simulations to answer this question in the context of a model.",
			[]string{"insert:>The first model is realistic, but", "insert:>have to use simulations to"}, "We>we"},
		{"edited after the words put before", "The zero- component denotes the time.",
			"For a constant field, where the zeroth component denotes the time.",
			[]string{"insert:>For a constant field, where", "replace:zero->zeroth"}, "The>the"},
		{"with its comma", "We, too, answer this question in the context of a model.",
			"The first model is realistic, but we, as others, have to use simulations to answer this question in the context of a model.",
			[]string{"insert:>The first model is realistic, but", "replace:too,>as others, have to use simulations to"}, "We>we"},
		// An article alone is found only right before its noun.
		{"article before other words", "The results were bad.", "In the end, results were bad.",
			[]string{"replace:The>In the end,"}, ""},
		{"article before its noun", "The results were bad.", "In the end, the results were bad.",
			[]string{"insert:>In the end,"}, "The>the"},
		{"article before another word", "The results were bad.", "At the time results were bad.",
			[]string{"replace:The>At the time"}, ""},
		// Words taken away: the new first word is not looked for inside
		// them.
		{"inside the words taken away", "In the first model, the key idea is realistic here.", "The idea is realistic here.",
			[]string{"replace:In the first model, the key>The"}, ""},
		// A sentence going on rewritten on both sides: a "the" there is
		// one by chance.
		{"rewritten after", "The basic idea of our technique is to use a scheme.", "For the diffuse component we use a scheme.",
			[]string{"replace:The basic idea of our technique is to>For the diffuse component we"}, ""},
		{"case edited at the start", "The cat sat on the mat.", "the cat sat on the mat.",
			[]string{"replace:The>the"}, ""},
		{"case edited inside", "We met in Moscow today.", "We met in moscow today.",
			[]string{"replace:Moscow>moscow"}, ""},
		// More than the first letter, or a capital gained inside the
		// sentence: the word changed.
		{"acronym", "NATO met today.", "Then Nato met today.", []string{"replace:NATO>Then Nato"}, ""},
		{"acronym to a word", "IT works well.", "Now it works well.", []string{"replace:IT>Now it"}, ""},
		{"capital gained inside", "we met in Paris.", "Yesterday We met in Paris.", []string{"replace:we>Yesterday We"}, ""},
		{"respelled", "Daß er kam, ist klar.", "Wir wissen, dass er kam, ist klar.", []string{"replace:Daß>Wir wissen, dass"}, ""},
		{"dotless i", "Kır evi güzel.", "Bu kir evi güzel.", []string{"replace:Kır>Bu kir"}, ""},
		// A word the texts capitalise inside a sentence too: a name, a
		// German noun.
		{"name", "Bill paid the rent. We met Bill later.", "Then bill paid the rent. We met Bill later.",
			[]string{"replace:Bill>Then bill"}, ""},
		{"German noun", "Katzen schlafen viel. Alle Katzen sind müde.", "Die katzen schlafen viel. Alle Katzen sind müde.",
			[]string{"replace:Katzen>Die katzen"}, ""},
		{"an article also in a title", "Die Katze schläft. Wir lesen « Die Alpen », die Zeitung und die Bücher.",
			"Heute die Katze schläft. Wir lesen « Die Alpen », die Zeitung und die Bücher.", []string{"insert:>Heute"}, "Die>die"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			if got := describe(nonTrivial(r)); !slices.Equal(got, tt.want) {
				t.Errorf("changes %q, want %q", got, tt.want)
			}
			found := ""
			for _, c := range r.Changes {
				if c.Trivial && slices.Contains(c.Flags, FlagCase) {
					found = c.AText + ">" + c.BText
				}
			}
			if found != tt.trivial {
				t.Errorf("trivial case change %q, want %q", found, tt.trivial)
			}
		})
	}
}
