package compare

import "testing"

// TestAmountsWrittenOtherwise checks that an amount written otherwise, a
// scale abbreviated or spelt out or a per cent sign written out, is no
// number change (sameAmounts), while a change of its figure, scale,
// currency or unit is, and that no word of it is flagged a name.
func TestAmountsWrittenOtherwise(t *testing.T) {
	checkFlagged(t, FlagNumber, FlagName, []flagCase{
		{name: "a scale abbreviated onto the figure", lang: "en", a: "The deal is worth $3.5bn in total.", b: "The deal is worth $3.5 billion in total."},
		{name: "a scale abbreviated onto another figure", lang: "en", a: "The deal is worth $3.5bn in total.", b: "The deal is worth $4.5 billion in total.", want: true},
		{name: "a scale abbreviated after the figure", lang: "en", a: "The deal is worth 3.5 bn dollars.", b: "The deal is worth 3.5 billion dollars."},
		{name: "a scale changed", lang: "en", a: "The deal is worth 3.5 million dollars.", b: "The deal is worth 3.5 billion dollars.", want: true},
		{name: "a german scale with its full stop", lang: "de", a: "Der Wert liegt bei 5 Mio. Euro im Jahr.", b: "Der Wert liegt bei 5 Millionen Euro im Jahr."},
		{name: "a russian scale and currency abbreviated", lang: "ru", a: "Сумма составила 25 млн руб. в год.", b: "Сумма составила 25 миллионов рублей в год."},
		{name: "a russian currency changed beside a scale spelt out", lang: "ru", a: "Сумма составила 25 млн руб. в год.", b: "Сумма составила 25 миллионов долларов в год.", want: true},
		{name: "a sum's thousands written in figures", lang: "en", a: "It cost £300k last year.", b: "It cost £300,000 last year."},
		{name: "a sum's millions spelt out", lang: "en", a: "It cost $5m last year.", b: "It cost $5 million last year."},
		{name: "metres are no millions", lang: "en", a: "The road is 5m wide.", b: "The road is 5 million wide.", want: true},
		{name: "a sum's currency changed", lang: "en", a: "It cost $5m last year.", b: "It cost €5m last year.", want: true},
		{name: "millions written in figures", lang: "en", a: "There were 2 million people.", b: "There were 2,000,000 people."},
		{name: "a unit attached changed", lang: "en", a: "The road is 5km long.", b: "The road is 5mi long.", want: true},
		{name: "a per cent sign written out in two words", lang: "en", a: "Unemployment rose to 61% in May.", b: "Unemployment rose to 61 per cent in May."},
		{name: "a per cent written in one word", lang: "en", a: "Rate: 3.5 per cent.", b: "Rate: 3.5 percent."},
		{name: "a french per cent written out", lang: "fr", a: "Le taux est de 3,5 pour cent.", b: "Le taux est de 3,5 %."},
		{name: "a german per cent written out", lang: "de", a: "Die Quote stieg auf 61 % im Mai.", b: "Die Quote stieg auf 61 Prozent im Mai."},
		{name: "a per cent written out in a text of no known language", a: "Rate: 3,5 %.", b: "Rate: 3,5 Prozent."},
		{name: "a russian per cent written out", lang: "ru", a: "Безработица выросла до 61% в мае.", b: "Безработица выросла до 61 процента в мае."},
		{name: "a per cent changed as it is written out", lang: "en", a: "Unemployment rose to 61% in May.", b: "Unemployment rose to 62 per cent in May.", want: true},
		{name: "a per cent put for a sum", lang: "en", a: "It rose by $5 in May.", b: "It rose by 5 per cent in May.", want: true},
		{name: "amounts that traded values", lang: "en", a: "Rates: 3% (Fed), 5% (ECB).", b: "Rates: 5 per cent (ECB), 3 per cent (Fed).", want: true},
		{name: "a french billion is a thousand milliards", lang: "fr", a: "Le déficit atteint 5 milliards d’euros cette année.", b: "Le déficit atteint 5 billions d’euros cette année.", want: true},
		{name: "a spanish thousand put before millions", lang: "es", a: "El déficit fue de 5 millones de euros.", b: "El déficit fue de 5 mil millones de euros.", want: true},
		{name: "several amounts' scales abbreviated", lang: "en", a: "The deal is worth $1.5 billion (£1.2 billion, €1.4 billion) in total.", b: "The deal is worth $1.5bn (£1.2bn, €1.4bn) in total."},
		{name: "a scale abbreviated in a text of no known language", a: "Revenue reached $3.5bn last year.", b: "Revenue reached $3.5 billion last year."},
		{name: "milliards to billions in a text of no known language", a: "Budget: 2 milliards.", b: "Budget: 2 billions.", want: true},
		{name: "a per cent sign by its reference written out", lang: "en", a: "Unemployment rose to 61&#37; in May.", b: "Unemployment rose to 61 per cent in May."},
		{name: "cents are no per cent", lang: "en", a: "It rose by 5% in May.", b: "It rose by 5 cents in May.", want: true},
	})
}

// TestTimesWrittenOtherwise checks that a time of day written with a
// colon, a point or the French h is no number change (sameClock, and
// values for a point), while another time is.
func TestTimesWrittenOtherwise(t *testing.T) {
	checkFlagged(t, FlagNumber, "", []flagCase{
		{name: "h for a colon", a: "La réunion commence à 14h30 demain.", b: "La réunion commence à 14:30 demain."},
		{name: "h spaced", a: "La réunion commence à 14h30 demain.", b: "La réunion commence à 14 h 30 demain."},
		{name: "an hour alone", a: "La réunion commence à 14h demain.", b: "La réunion commence à 14:00 demain."},
		{name: "a point and a padded hour", a: "The talks start at 9.30 today.", b: "The talks start at 09:30 today."},
		{name: "another time", a: "La réunion commence à 14h30 demain.", b: "La réunion commence à 14h45 demain.", want: true},
		{name: "minutes and seconds are no time of day", lang: "en", a: "She ran the 5,000m in 14:30 on Friday.", b: "She ran the 5,000m in 14h30 on Friday.", want: true},
		{name: "a colon after a preposition of time", lang: "en", a: "The talks resume at 14:30 today.", b: "The talks resume at 14h30 today."},
		// A colon parts minutes and seconds too: a time of day only after
		// a preposition of time.
		{name: "a colon after french de, which leads durations too", lang: "fr", a: "La séance dure de 9h30 à 12h demain.", b: "La séance dure de 9:30 à 12:00 demain.", want: true},
		{name: "a time with a colon opening a heading", lang: "fr", a: "Dimanche 21h00, finale du tournoi.", b: "Dimanche 21:00, finale du tournoi.", want: true},
		{name: "minutes and seconds of a race", lang: "en", a: "She won the 800m in a personal best of 1:57, ahead of Hodgkinson.", b: "She won the 800m in a personal best of 1h57, ahead of Hodgkinson.", want: true},
		{name: "a year is no time", a: "Le plan date de 2024 déjà.", b: "Le plan date de 20h24 déjà.", want: true},
	})
}

// flagCase is a pair of texts and whether a change between them carries
// the flag checkFlagged asks about.
type flagCase struct {
	name string
	lang string // both versions', where given
	a, b string
	want bool
}

// checkFlagged compares each case's texts and checks that some change
// carries flag exactly where the case wants it, and that none carries
// never (where not "").
func checkFlagged(t *testing.T, flag, never string, cases []flagCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.lang != "" {
				opts.Languages = []string{tt.lang, tt.lang}
			}
			cs := nonTrivial(mustCompare(t, opts, tt.a, tt.b))
			if len(cs) == 0 {
				t.Fatalf("no change found")
			}
			got := false
			for _, c := range cs {
				got = got || c.HasFlag(flag)
				if never != "" && c.HasFlag(never) {
					t.Errorf("flagged %s: %+v", never, c)
				}
			}
			if got != tt.want {
				t.Errorf("%s flag = %v, want %v: %+v", flag, got, tt.want, cs)
			}
		})
	}
}
