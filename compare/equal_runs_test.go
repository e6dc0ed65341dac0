package compare

import (
	"strings"
	"testing"
)

// TestEqualRuns: a deletion and an insertion of the same words are never
// both reported: a move when they sit apart, nothing when they sit at one
// place; a replacement keeps the tokens its sides share at either end.
func TestEqualRuns(t *testing.T) {
	para := func(s ...string) string { return strings.Join(s, "\n\n") }
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{
			name: "moved passage ending in an abbreviation",
			a: para("Wir stiegen auf. Am Abend kam der Leiter der Gruppe, Prof. Keller, zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt."),
			b: para("Wir stiegen auf. Am Abend kam Keller, zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt. der Leiter der Gruppe, Prof."),
			want: []string{"move:der Leiter der Gruppe, Prof.>der Leiter der Gruppe, Prof."},
		},
		{
			name: "moved passage without a full stop next to an edit",
			a: para("Alpha beta gamma delta. Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit",
				"Eins zwei drei vier.", "Fünf sechs sieben acht.", "Neun zehn elf zwölf."),
			b: para("Alpha beta gamma epsilon.",
				"Eins zwei drei vier.", "Fünf sechs sieben acht.", "Neun zehn elf zwölf. Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit"),
			want: []string{"replace:delta>epsilon", "move:Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit>Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit"},
		},
		{
			name: "replaced number keeps its brackets and full stop",
			a:    "As shown in earlier work [16].",
			b:    "As shown in earlier work [21].",
			want: []string{"replace:16>21"},
		},
		{
			name: "rewritten sentence keeps a long shared run",
			a:    "We construct it to be identical to the standard model allowing further interpretation.",
			b:    "A global cost has an advantage: its minimum is identical to the standard model, allowing further interpretation.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			got := describe(nonTrivial(r))
			if tt.want == nil {
				// No change may cover the shared run.
				for _, c := range nonTrivial(r) {
					if strings.Contains(c.AText, "identical to the standard model") {
						t.Errorf("change swallows the shared run: %q -> %q", c.AText, c.BText)
					}
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("changes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDropRestored: a deletion and an insertion of the same tokens next to
// each other are no change.
func TestDropRestored(t *testing.T) {
	e, cs := restoredCase()
	if got := e.dropRestored(cs); len(got) != 0 {
		t.Errorf("got %+v, want nothing", got)
	}
}

// restoredCase builds an emitter over "7. Danach" in both versions and a
// deletion and re-insertion of "7." at its start.
func restoredCase() (*emitter, []Change) {
	text := "Siehe 7. Danach kam er."
	opts := Options{}
	pp := paragraphs{spans: paragraphSpans(text)}
	a, b := newDocument(text, pp, opts), newDocument(text, pp, opts)
	e := &emitter{a: a, b: b, ai: 0, bi: 1, keys: newKeyer(opts)}
	s, end := strings.Index(text, "7."), strings.Index(text, "7.")+2
	return e, []Change{
		{Kind: Delete, AStart: s, AEnd: end, BStart: s, BEnd: s, AText: "7."},
		{Kind: Insert, AStart: end, AEnd: end, BStart: s, BEnd: end, BText: "7."},
	}
}
