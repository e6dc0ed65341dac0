package compare

// Numbers a translator checks that the figure reader and the word reader
// must read alike on both sides: centuries in Roman numerals, figures
// equal to the number of a month both texts name.

import "testing"

// numberCheckCase is one row pair for numberDifferenceIn: flag says
// whether a translator expects a number finding on it.
type numberCheckCase struct {
	s, t         string
	sLang, tLang string
	flag         bool
	why          string
}

func runNumberCheckCases(t *testing.T, cases []numberCheckCase) {
	t.Helper()
	for _, tc := range cases {
		onlyS, onlyT := numberDifferenceIn(tc.s, tc.t, tc.sLang, tc.tLang)
		got := onlyS != "" || onlyT != ""
		if got != tc.flag {
			if tc.flag {
				t.Errorf("MISS %s: %q | %q: no number finding; a translator expects one (%s)", tc.sLang+"-"+tc.tLang, tc.s, tc.t, tc.why)
			} else {
				t.Errorf("FALSE ALARM %s: %q | %q: only source %q, only rendering %q; the rendering is faithful (%s)", tc.sLang+"-"+tc.tLang, tc.s, tc.t, onlyS, onlyT, tc.why)
			}
		}
	}
}

// TestDroppedFigureEqualToMonth: a figure the rendering drops is
// flagged, also where its value is the number of a month both texts
// name: the rendering's month ("November", 11) pairs with the source's
// own (ноябре), not with the source's figure (11%).
func TestDroppedFigureEqualToMonth(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"В ноябре 2022 года цены выросли на 11%.", "In November 2022, prices rose sharply.", "ru", "en", true, "11% dropped"},
		{"В октябре 2023 года к соглашению присоединились 10 стран.", "In October 2023, more countries joined the agreement.", "ru", "en", true, "10 countries dropped"},
		{"В декабре в саммите участвовали 12 стран.", "In December, countries took part in the summit.", "ru", "en", true, "12 countries dropped"},
		{"Im Oktober 2023 traten 10 Staaten dem Abkommen bei.", "In October 2023, several states joined the agreement.", "de", "en", true, "10 states dropped"},
	})
}

// TestRomanCenturies: French writes centuries in Roman numerals with an
// ordinal suffix (XIXe, XIXᵉ), Spanish and Russian in bare Roman
// numerals. XIXe is 19, so a faithful rendering of "19th century" is
// quiet, and a Roman numeral differs from another: XX rendered XIXe is
// flagged. Against a number in words a Roman numeral does not differ (a
// king's numeral beside "a fortnight" rendered "quinze jours").
func TestRomanCenturies(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		// false alarms
		{"in the 19th century", "au XIXe siècle", "en", "fr", false, "XIXe is 19th"},
		{"in the 19th century", "au XIXᵉ siècle", "en", "fr", false, "XIXᵉ is 19th"},
		{"Im 19. Jahrhundert lebten hier 2000 Menschen.", "Au XIXe siècle, 2000 personnes vivaient ici.", "de", "fr", false, "XIXe is 19."},
		{"в 19 веке", "au XIXe siècle", "ru", "fr", false, "XIXe is 19"},
		{"Au XXe siècle, la ville comptait 5000 habitants.", "Im 20. Jahrhundert zählte die Stadt 5000 Einwohner.", "fr", "de", false, "XXe is 20."},
		// misses
		{"Это произошло в XX веке.", "Cela s'est passé au XIXe siècle.", "ru", "fr", true, "XX -> XIXe"},
		{"Это произошло в XX веке.", "Esto ocurrió en el siglo XIX.", "ru", "es", true, "XX -> XIX"},
	})
}
