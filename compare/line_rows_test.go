package compare

import (
	"slices"
	"testing"
)

// TestLineRows checks that a table's row or a list's item deleted or
// inserted is reported as its whole line, in text whose lines have no
// full stops (one sentence to the splitter).
func TestLineRows(t *testing.T) {
	table := "Stad       Invånare   Yta\nStockholm  984 000    188 km²\nGöteborg   600 000    447 km²\nMalmö      357 000    158 km²\n"
	tableB := "Stad       Invånare   Yta\nStockholm  990 000    188 km²\nMalmö      357 000    158 km²\n"
	tests := []struct {
		name, a, b string
		want       []string
	}{
		{name: "a row deleted after a number changed", a: "Apples cost 2 euro\nPears cost 3 euro\nPlums cost 4 euro\n",
			b: "Apples cost 5 euro\nPlums cost 4 euro\n", want: []string{"replace:2>5", "delete:Pears cost 3 euro>"}},
		{name: "a row inserted after a number changed", a: "Apples cost 5 euro\nPlums cost 4 euro\n",
			b: "Apples cost 2 euro\nPears cost 3 euro\nPlums cost 4 euro\n", want: []string{"replace:5>2", "insert:>Pears cost 3 euro"}},
		{name: "two rows deleted", a: "Apples cost 2 euro\nPears cost 3 euro\nFigs cost 6 euro\nPlums cost 4 euro\n",
			b: "Apples cost 5 euro\nPlums cost 4 euro\n", want: []string{"replace:2>5", "delete:Pears cost 3 euro\nFigs cost 6 euro>"}},
		{name: "a table's row deleted", a: table, b: tableB, want: []string{"replace:984>990", "delete:Göteborg   600 000    447 km²>"}},
		{name: "a row inserted after a row whose cells end in marks changed",
			a:    "| Sector | 2024 | Change |\n| Roads | 19,900 | -10.8% |\n| Schools | 8,400 | +5.0% |\n",
			b:    "| Sector | 2024 | Change |\n| Roads | 19,400 | -13.0% |\n| Health | 5,250 | +5.0% |\n| Schools | 8,400 | +5.0% |\n",
			want: []string{"replace:19,900 | -10.8>19,400 | -13.0", "insert:>| Health | 5,250 | +5.0% |"}},
		{name: "a row deleted after a row whose cells end in marks changed",
			a:    "| Sector | 2024 | Change |\n| Roads | 19,400 | -13.0% |\n| Health | 5,250 | +5.0% |\n| Schools | 8,400 | +5.0% |\n",
			b:    "| Sector | 2024 | Change |\n| Roads | 19,900 | -10.8% |\n| Schools | 8,400 | +5.0% |\n",
			want: []string{"replace:19,400 | -13.0>19,900 | -10.8", "delete:| Health | 5,250 | +5.0% |>"}},
		{name: "a hyphen item deleted", a: "- apples, 2 kg\n- pears, 3 kg\n- plums, 4 kg\n", b: "- apples, 2 kg\n- plums, 4 kg\n",
			want: []string{"delete:- pears, 3 kg>"}},
		{name: "hard-wrapped prose: a word alone on its line is no row", a: "She was plump and fair.  The\nson looked in every way like his father.  The\nteacher was the oracle of the house.\n",
			b: "She was plump and fair. The\nThe\nteacher was the oracle of the house.\n", want: []string{"delete:son looked in every way like his father.>"}},
		{name: "prose on one line keeps its replacement", a: "Apples cost 2 euro and pears cost 3 euro today.",
			b: "Apples cost 5 euro today.", want: []string{"replace:2 euro and pears cost 3>5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			checkInvariants(t, r)
			if got := describe(nonTrivial(r)); !slices.Equal(got, tt.want) {
				t.Errorf("changes %q, want %q", got, tt.want)
			}
		})
	}
}
