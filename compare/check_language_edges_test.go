package compare

import (
	"slices"
	"testing"
)

// A one-letter "Ve", "Xe", "Ie" is a French Roman ordinal only in French:
// Czech "Ve" ("in") and Turkish "Ve" ("and") open sentences all the time,
// and read as 5 they would cancel a figure 5 the other side dropped.
func TestOneLetterRomanInOtherLanguages(t *testing.T) {
	for _, tc := range []struct{ s, t, sLang, tLang, onlyS, word string }{
		{"He lived in Prague for 5 years.", "Ve Praze žil několik let.", "en", "cs", "5", "Ve"},
		{"He waited 5 days. And then he left.", "Birkaç gün bekledi. Ve sonra gitti.", "en", "tr", "5", "Ve"},
		{"The lamp holds 10 grams of gas.", "Die Lampe enthält etwas Xe.", "en", "de", "10", "Xe"},
	} {
		s, _ := numberDifferenceIn(tc.s, tc.t, tc.sLang, tc.tLang)
		if s != tc.onlyS {
			t.Errorf("%q | %q: the source's figures left over %q, want %q (the word %q read as a Roman numeral)", tc.s, tc.t, s, tc.onlyS, tc.word)
		}
	}
}

// caseChanged counts capitals: "STRASSE" -> "STRAẞE" (the capital sharp
// s, official German orthography since 2017) has 7 capitals against 6,
// so it is flagged case, though every letter stays a capital: a
// respelling, as "Straße" -> "Strasse" is, which is not flagged.
func TestCapitalSharpSNotACaseChange(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Die STRASSE ist lang.", "Die STRAẞE ist lang."},
	} {
		for _, c := range mustCompare(t, Options{}, tc.a, tc.b).Changes {
			if slices.Contains(c.Flags, FlagCase) {
				t.Errorf("%q -> %q: %q > %q flagged %v; all capitals before and after, no letter changed case", tc.a, tc.b, c.AText, c.BText, c.Flags)
			}
		}
	}
}
