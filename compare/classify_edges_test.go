package compare

// Letter case in the classification of changes.

import "testing"

// TestCaseFlagOnlyForCase: FlagCase means only letter case differs, not
// a letter respelled that case folding makes one: Turkish dotless ı
// against dotted i, both small ("sık" against "sik"; "kırmızı" typed
// without Turkish letters), Greek final sigma against medial sigma, the
// ligature ﬁ against "fi" (letterCaseOnly).
func TestCaseFlagOnlyForCase(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"turkish dotless i", "Bu çok sık olur.", "Bu çok sik olur."},
		{"turkish typed without its letters", "Elma kırmızı renkte.", "Elma kirmizi renkte."},
		{"greek final sigma", "Ο λόγος είναι.", "Ο λόγοσ είναι."},
		{"ligature", "The ﬁrst floor.", "The first floor."},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			if len(r.Changes) == 0 {
				t.Fatalf("no change reported")
			}
			for _, c := range r.Changes {
				if c.HasFlag(FlagCase) {
					t.Errorf("%q -> %q flagged %q (trivial %v): no letter changed case", c.AText, c.BText, FlagCase, c.Trivial)
				}
			}
		})
	}
}

// TestOeLigatureIsTypography: French œ typed as "oe" is the same word,
// and its capital a change of case only; æ stays a letter of its own.
func TestOeLigatureIsTypography(t *testing.T) {
	checkTrivial(t, []trivialCase{
		{"small", "C'est l’œuvre du ministre.", "C'est l’oeuvre du ministre.", true},
		{"capital", "Œuvre complète du ministre.", "OEuvre complète du ministre.", true},
		{"danish æ is a letter", "Jeg spiser et æble nu.", "Jeg spiser et aeble nu.", false},
	})
}

// TestFormulaSubscripts: a chemical formula's subscripts typed as plain
// digits ("CO2" for "CO₂") are typography, while a changed count, and a
// power typed plain ("102" for "10²"), are not.
func TestFormulaSubscripts(t *testing.T) {
	checkTrivial(t, []trivialCase{
		{"carbon dioxide", "Emissions of CO2 fell.", "Emissions of CO₂ fell.", true},
		{"a count of two figures", "It holds C6H12O6 now.", "It holds C₆H₁₂O₆ now.", true},
		{"a subscript decimal", "Levels of PM2.5 rose sharply.", "Levels of PM₂.₅ rose sharply.", true},
		{"a count changed", "Emissions of CO₂ fell.", "Emissions of CO₃ fell.", false},
		{"a power is no subscript", "It grew 10² times.", "It grew 102 times.", false},
	})
}

// trivialCase is a pair of texts and whether their changes are
// typography alone.
type trivialCase struct {
	name, a, b string
	trivial    bool
}

// checkTrivial compares each case's texts and checks that every change
// is trivial exactly where the case says.
func checkTrivial(t *testing.T, cases []trivialCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tc.a, tc.b)
			if len(r.Changes) == 0 {
				t.Fatal("no change reported")
			}
			for _, c := range r.Changes {
				if c.Trivial != tc.trivial {
					t.Errorf("%q -> %q trivial %v, want %v", c.AText, c.BText, c.Trivial, tc.trivial)
				}
			}
		})
	}
}

// TestIdeographicStopIsTypography: a Chinese or Japanese text whose
// ideographic full stops or commas became Latin ones (a repost through a
// Latin keyboard) changed its typography only.
func TestIdeographicStopIsTypography(t *testing.T) {
	for _, tc := range []struct{ name, a, b string }{
		{"full stop", "我们讨论了安全问题。会议很成功。", "我们讨论了安全问题.会议很成功."},
		{"comma", "部长说，会议很成功。", "部长说,会议很成功。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tc.a, tc.b)
			if len(r.Changes) == 0 {
				t.Fatal("no change reported")
			}
			for _, c := range r.Changes {
				if !c.Trivial {
					t.Errorf("%q -> %q is not trivial", c.AText, c.BText)
				}
			}
		})
	}
}

// TestEnumerationCommaNotTypography: the Chinese enumeration comma 、 and
// the clause comma ， are different marks; one put for the other is a
// punctuation edit, not typography.
func TestEnumerationCommaNotTypography(t *testing.T) {
	r := mustCompare(t, Options{}, "部长说，会议很成功。", "部长说、会议很成功。")
	if len(r.Changes) == 0 {
		t.Fatal("no change reported")
	}
	for _, c := range r.Changes {
		if c.Trivial {
			t.Errorf("%q -> %q is trivial; 、 and ， are different marks in Chinese", c.AText, c.BText)
		}
	}
}
