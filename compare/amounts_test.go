package compare

import "testing"

// TestAmountsWrittenOtherwise checks that an amount written otherwise, a
// scale abbreviated or spelt out or a per cent sign written out, is no
// number change (sameAmounts), while a change of its figure, scale,
// currency or unit is, and that no word of it is flagged a name.
func TestAmountsWrittenOtherwise(t *testing.T) {
	tests := []struct {
		name       string
		lang       string // both versions', where given
		a, b       string
		wantNumber bool
	}{
		{name: "a scale abbreviated onto the figure", lang: "en", a: "The deal is worth $3.5bn in total.", b: "The deal is worth $3.5 billion in total."},
		{name: "a scale abbreviated onto another figure", lang: "en", a: "The deal is worth $3.5bn in total.", b: "The deal is worth $4.5 billion in total.", wantNumber: true},
		{name: "a scale abbreviated after the figure", lang: "en", a: "The deal is worth 3.5 bn dollars.", b: "The deal is worth 3.5 billion dollars."},
		{name: "a scale changed", lang: "en", a: "The deal is worth 3.5 million dollars.", b: "The deal is worth 3.5 billion dollars.", wantNumber: true},
		{name: "a german scale with its full stop", lang: "de", a: "Der Wert liegt bei 5 Mio. Euro im Jahr.", b: "Der Wert liegt bei 5 Millionen Euro im Jahr."},
		{name: "a russian scale and currency abbreviated", lang: "ru", a: "Сумма составила 25 млн руб. в год.", b: "Сумма составила 25 миллионов рублей в год."},
		{name: "a russian currency changed beside a scale spelt out", lang: "ru", a: "Сумма составила 25 млн руб. в год.", b: "Сумма составила 25 миллионов долларов в год.", wantNumber: true},
		{name: "a sum's thousands written in figures", lang: "en", a: "It cost £300k last year.", b: "It cost £300,000 last year."},
		{name: "a sum's millions spelt out", lang: "en", a: "It cost $5m last year.", b: "It cost $5 million last year."},
		{name: "metres are no millions", lang: "en", a: "The road is 5m wide.", b: "The road is 5 million wide.", wantNumber: true},
		{name: "a sum's currency changed", lang: "en", a: "It cost $5m last year.", b: "It cost €5m last year.", wantNumber: true},
		{name: "millions written in figures", lang: "en", a: "There were 2 million people.", b: "There were 2,000,000 people."},
		{name: "a unit attached changed", lang: "en", a: "The road is 5km long.", b: "The road is 5mi long.", wantNumber: true},
		{name: "a per cent sign written out in two words", lang: "en", a: "Unemployment rose to 61% in May.", b: "Unemployment rose to 61 per cent in May."},
		{name: "a per cent written in one word", lang: "en", a: "Rate: 3.5 per cent.", b: "Rate: 3.5 percent."},
		{name: "a french per cent written out", lang: "fr", a: "Le taux est de 3,5 pour cent.", b: "Le taux est de 3,5 %."},
		{name: "a german per cent written out", lang: "de", a: "Die Quote stieg auf 61 % im Mai.", b: "Die Quote stieg auf 61 Prozent im Mai."},
		{name: "a per cent written out in a text of no known language", a: "Rate: 3,5 %.", b: "Rate: 3,5 Prozent."},
		{name: "a russian per cent written out", lang: "ru", a: "Безработица выросла до 61% в мае.", b: "Безработица выросла до 61 процента в мае."},
		{name: "a per cent changed as it is written out", lang: "en", a: "Unemployment rose to 61% in May.", b: "Unemployment rose to 62 per cent in May.", wantNumber: true},
		{name: "a per cent put for a sum", lang: "en", a: "It rose by $5 in May.", b: "It rose by 5 per cent in May.", wantNumber: true},
		{name: "amounts that traded values", lang: "en", a: "Rates: 3% (Fed), 5% (ECB).", b: "Rates: 5 per cent (ECB), 3 per cent (Fed).", wantNumber: true},
		{name: "a french billion is a thousand milliards", lang: "fr", a: "Le déficit atteint 5 milliards d’euros cette année.", b: "Le déficit atteint 5 billions d’euros cette année.", wantNumber: true},
		{name: "a spanish thousand put before millions", lang: "es", a: "El déficit fue de 5 millones de euros.", b: "El déficit fue de 5 mil millones de euros.", wantNumber: true},
		{name: "several amounts' scales abbreviated", lang: "en", a: "The deal is worth $1.5 billion (£1.2 billion, €1.4 billion) in total.", b: "The deal is worth $1.5bn (£1.2bn, €1.4bn) in total."},
		{name: "a scale abbreviated in a text of no known language", a: "Revenue reached $3.5bn last year.", b: "Revenue reached $3.5 billion last year."},
		{name: "milliards to billions in a text of no known language", a: "Budget: 2 milliards.", b: "Budget: 2 billions.", wantNumber: true},
		{name: "cents are no per cent", lang: "en", a: "It rose by 5% in May.", b: "It rose by 5 cents in May.", wantNumber: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.lang != "" {
				opts.Languages = []string{tt.lang, tt.lang}
			}
			cs := nonTrivial(mustCompare(t, opts, tt.a, tt.b))
			if len(cs) == 0 {
				t.Fatalf("no change found")
			}
			number := false
			for _, c := range cs {
				number = number || c.HasFlag(FlagNumber)
				if c.HasFlag(FlagName) {
					t.Errorf("flagged name: %+v", c)
				}
			}
			if number != tt.wantNumber {
				t.Errorf("number flag = %v, want %v: %+v", number, tt.wantNumber, cs)
			}
		})
	}
}

// TestTimesWrittenOtherwise checks that a time of day written with a
// colon, a point or the French h is no number change (sameClock), while
// another time is.
func TestTimesWrittenOtherwise(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		wantNumber bool
	}{
		{"h for a colon", "La réunion commence à 14h30 demain.", "La réunion commence à 14:30 demain.", false},
		{"h spaced", "La réunion commence à 14h30 demain.", "La réunion commence à 14 h 30 demain.", false},
		{"an hour alone", "La réunion commence à 14h demain.", "La réunion commence à 14:00 demain.", false},
		{"a point and a padded hour", "The talks start at 9.30 today.", "The talks start at 09:30 today.", false},
		{"another time", "La réunion commence à 14h30 demain.", "La réunion commence à 14h45 demain.", true},
		{"a year is no time", "Le plan date de 2024 déjà.", "Le plan date de 20h24 déjà.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))
			if len(cs) == 0 {
				t.Fatalf("no change found")
			}
			number := false
			for _, c := range cs {
				number = number || c.HasFlag(FlagNumber)
			}
			if number != tt.wantNumber {
				t.Errorf("number flag = %v, want %v: %+v", number, tt.wantNumber, cs)
			}
		})
	}
}
