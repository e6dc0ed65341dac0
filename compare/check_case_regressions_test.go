package compare

// Roman numerals beside numbers in words, French Roman ordinals, en
// dashes in ranges and the case flag: what the check and the classifier
// must leave quiet or keep.

import (
	"slices"
	"strings"
	"testing"
)

// A Roman numeral that is part of a name ("World War II", "Louis XIV",
// "Henry VIII") and that the rendering leaves out or renders by
// description ("la guerre", "le roi") is not set against a number in
// words the rendering uses idiomatically ("quinze jours" for "a
// fortnight", "huit jours" for "a week"): these faithful rows are clean.
func TestRomanNameAgainstIdiomaticNumberWord(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"A fortnight after World War II ended, the soldiers came home.", "Quinze jours après la fin de la guerre, les soldats sont rentrés.", "en", "fr", false, "a fortnight = quinze jours; II is part of a name"},
		{"Louis XIV spent a week at Fontainebleau.", "Le roi passa huit jours à Fontainebleau.", "en", "fr", false, "a week = huit jours; XIV is part of a name"},
		{"Louis XIV spent a week at Fontainebleau.", "Король провёл семь дней в Фонтенбло.", "en", "ru", false, "a week = семь дней"},
		{"Henry VIII waited a fortnight.", "Le roi attendit quinze jours.", "en", "fr", false, "a fortnight = quinze jours"},
		{"Elizabeth II reigned for a decade before the visit.", "Королева правила уже десять лет.", "en", "ru", false, "a decade = десять лет"},
	})
}

// Where a row has a real number finding, the Roman numeral of a name the
// rendering leaves out ("Charles III") is not listed among the numbers
// that differ, nor a French word in capitals that reads as one ("DIX",
// ten, is 509): only the figure that differs is.
func TestRomanNumeralsInFindings(t *testing.T) {
	for _, tc := range []struct{ s, t, sLang, tLang, onlyS, onlyT string }{
		{"Charles III was crowned in 2023.", "Король был коронован в 2024 году.", "en", "ru", "2023", "2024"},
		{"LES DIX COMMANDEMENTS ET 3 LOIS", "THE TEN COMMANDMENTS AND 4 LAWS", "fr", "en", "3", "4"},
	} {
		s, tt := numberDifferenceIn(tc.s, tc.t, tc.sLang, tc.tLang)
		if s != tc.onlyS || tt != tc.onlyT {
			t.Errorf("%q | %q: got %q / %q, want %q / %q", tc.s, tc.t, s, tt, tc.onlyS, tc.onlyT)
		}
	}
}

// French Roman ordinals of one letter are read as those of several:
// "Xe siècle", "Ve siècle", "Ve République", "Ier", as "XIe siècle".
func TestFrenchOneLetterRomanOrdinals(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"au Xe siècle", "in the 10th century", "fr", "en", false, "Xe = 10th"},
		{"au Ve siècle", "in the 5th century", "fr", "en", false, "Ve = 5th"},
		{"la Ve République", "the 5th Republic", "fr", "en", false, "Ve = 5th"},
		{"François Ier", "François 1er", "fr", "fr", false, "Ier = 1er"},
	})
}

// The en dash is first of all the range dash, never a minus sign: a
// typographic edit of a range ("10%–15%" -> "10% – 15%", "10%–15%" ->
// "10–15%"), a dialogue dash moved off a figure ("–5 минут" -> "– 5
// минут") and "10 –15" -> "10–15" get no number flag.
func TestEnDashRangeReadAsMinus(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Growth was 10%–15% last year.", "Growth was 10% – 15% last year."},
		{"Growth was 10%–15% last year.", "Growth was 10–15% last year."},
		{"Wachstum von 10 %–15 % im Jahr.", "Wachstum von 10–15 % im Jahr."},
		{"Temperatures of 20°–25° are usual.", "Temperatures of 20–25° are usual."},
		{"The boards were 5'–7' long.", "The boards were 5–7' long."},
		{"–5 минут, – сказал он.", "– 5 минут, – сказал он."},
		{"Pages 10 –15.", "Pages 10–15."},
	} {
		for _, c := range mustCompare(t, Options{}, tc.a, tc.b).Changes {
			if slices.Contains(c.Flags, FlagNumber) {
				t.Errorf("%q -> %q: %q > %q flagged %v; only the typography of a range or dash changed", tc.a, tc.b, c.AText, c.BText, c.Flags)
			}
		}
	}
}

// A change whose two texts are the same ("–15" > "–15") is not flagged
// case.
func TestCaseFlagOnUnchangedText(t *testing.T) {
	for _, c := range mustCompare(t, Options{}, "Pages 10 –15.", "Pages 10–15.").Changes {
		if c.AText == c.BText && slices.Contains(c.Flags, FlagCase) {
			t.Errorf("%q > %q flagged %v: the texts are the same, no case changed", c.AText, c.BText, c.Flags)
		}
	}
}

// Case changes in which a letter's capital is not its simple upper case
// are flagged case (caseChanged), not name:
//   - long s: the capital of "ſ" is "S" (Unicode ToUpper), so
//     "Geſchichte" -> "GESCHICHTE" in a historical edition;
//   - a ligature from PDF extraction: "ﬁrst" -> "First";
//   - Turkish İ lowered by software to "i̇" (i + U+0307, what Python
//     and JavaScript lowercasing produce): "i̇stanbul" -> "İstanbul";
//   - Armenian "և", whose capital is "ԵՒ": "Երևան" -> "ԵՐԵՒԱՆ".
func TestCaseFlagKept(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Die Geſchichte der Stadt", "Die GESCHICHTE der Stadt"},
		{"Erſtes Kapitel", "ERSTES KAPITEL"},
		{"the ﬁrst chapter", "the First chapter"},
		{"Ofﬁce hours", "OFFICE hours"},
		{"i̇stanbul is big", "İstanbul is big"},
		{"Երևան քաղաք", "ԵՐԵՒԱՆ քաղաք"},
	} {
		cs := nonTrivial(mustCompare(t, Options{}, tc.a, tc.b))
		if len(cs) != 1 || !slices.Equal(cs[0].Flags, []string{FlagCase}) {
			var got []string
			for _, c := range cs {
				got = append(got, c.AText+">"+c.BText+" "+strings.Join(c.Flags, ","))
			}
			t.Errorf("%q -> %q: got %q, want one change flagged case", tc.a, tc.b, got)
		}
	}
}
