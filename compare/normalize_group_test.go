package compare

import "testing"

func TestGroupMark(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want byte
	}{
		{"en", ','}, {"en-US", ','}, {"zh", ','}, {"es-MX", ','},
		{"de", '.'}, {"es", '.'}, {"pt-BR", '.'}, {"tr", '.'},
		{"ru", 0}, {"fr", 0}, {"de-CH", 0}, {"pt-PT", 0}, {"en-ZA", 0}, // spaces or apostrophes
		{"ar", 0},                                              // Arabic-Indic digits and their own mark
		{"", 0}, {"und", 0}, {"und-Latn", 0}, {"not a tag", 0}, // unknown
		{"mul", 0}, {"zxx", 0}, {"mis", 0}, {"qaa", 0}, {"qtz-x-mine", 0}, // none, several, private
	} {
		if got := groupMark(tc.lang); got != tc.want {
			t.Errorf("groupMark(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
}
