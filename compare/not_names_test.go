package compare

import "testing"

// TestNotNames checks the capitalised words inside a sentence that are no
// names (notAName, germanNoun's evidence) and the names beside them that
// stay names.
func TestNotNames(t *testing.T) {
	tests := []struct {
		name     string
		lang     string // both versions', where given
		a, b     string
		wantName bool
	}{
		{name: "a stage note in brackets", a: "We will continue to work with our partners and allies.\n", b: "We will continue to work (Applause) with our partners and allies.\n"},
		{name: "a stage note in square brackets", a: "We thank you all for coming today.\n", b: "We thank you all [Inaudible] for coming today.\n"},
		{name: "a russian stage note", a: "Мы продолжим работу с партнёрами.\n", b: "Мы продолжим работу (Аплодисменты) с партнёрами.\n"},
		{name: "a german stage note", a: "Wir arbeiten weiter mit unseren Partnern.\n", b: "Wir arbeiten weiter (Beifall) mit unseren Partnern.\n"},
		{name: "a pronoun opening a quotation", a: "He said \u201cWe are ready\u201d yesterday.\n", b: "He said \u201cThey are ready\u201d yesterday.\n"},
		{name: "a russian pronoun in guillemets", a: "Он ответил «Мы готовы» вчера.\n", b: "Он ответил «Они готовы» вчера.\n"},
		{name: "a german pronoun in quotation marks", a: "Er sagte, \u201eWir sind bereit\u201c gestern.\n", b: "Er sagte, \u201eSie sind bereit\u201c gestern.\n"},
		{name: "a french pronoun after a spaced guillemet", a: "Il a dit « Nous sommes prêts » hier.\n", b: "Il a dit « Ils sont prêts » hier.\n"},
		{name: "a verb opening a quoted sentence", a: "Dijo «Estamos listos para dialogar» ayer.\n", b: "Dijo «Están listos para dialogar» ayer.\n"},
		{name: "a german noun by its ending", lang: "de", a: "Wir sprachen über Sicherheit und Abrüstung.\n", b: "Wir sprachen über Sicherheit und Verständigung.\n"},
		{name: "a german noun the text writes after an article", lang: "de", a: "Wir sprachen über Sicherheit. Der Handel wächst.\n", b: "Wir sprachen über Handel. Der Handel wächst.\n"},
		{name: "a german pronoun of politeness", lang: "de", a: "Herr Minister, wie sehen Sie die Lage in der Ukraine?\n", b: "Herr Minister, wie sehen wir die Lage in der Ukraine?\n"},
		{name: "a german possessive of politeness", lang: "de", a: "Herr Minister, wann legt Ihr Haus den Entwurf vor?\n", b: "Herr Minister, wann legt das Haus den Entwurf vor?\n"},
		{name: "a russian pronoun of politeness", lang: "ru", a: "Скажите, пожалуйста, как Вы оцениваете переговоры?\n", b: "Скажите, пожалуйста, как мы оцениваем переговоры?\n"},
		{name: "a french pronoun after a guillemet and a narrow space", lang: "fr",
			a: "Le ministre a déclaré «\u202fNous sommes prêts à discuter avec eux\u202f» lundi.\n", b: "Le ministre a déclaré «\u202fVous êtes prêts à discuter avec eux\u202f» lundi.\n"},
		{name: "a pronoun after a straight single quotation mark", lang: "en", a: "Johnson said 'We will not retreat from this fight' on Monday.\n", b: "Johnson said 'They will not retreat from this fight' on Monday.\n"},
		{name: "a pronoun after a quotation mark after a comma", lang: "en", a: "Johnson said,\"We will not retreat\" on Monday.\n", b: "Johnson said,\"They will not retreat\" on Monday.\n"},
		{name: "a stage note after a dash", lang: "en", a: "We will win \u2014(Applause) thank you all.\n", b: "We will win \u2014(Laughter) thank you all.\n"},
		{name: "a word opening two quotations", lang: "en",
			a: "Lavrov said \u201cThere is no alternative to talks\u201d and later \u201cThere will be no ceasefire this year\u201d.\n",
			b: "Lavrov said \u201cThere is no alternative to talks\u201d and later \u201cNobody expects a ceasefire this year\u201d.\n"},
		{name: "a german noun by its ending after a sentence's first word", lang: "de", a: "Mehr Sicherheit fordert die Union.\n", b: "Mehr Freiheit fordert die Union.\n"},
		{name: "a german noun by its ending after a name", lang: "de", a: "Die Regierung sagte der Ukraine Unterstützung zu.\n", b: "Die Regierung sagte der Ukraine Solidarität zu.\n"},
		{name: "a german plural mostly without an article", lang: "de",
			a: "Die Bauern protestieren. Bauern blockieren Straßen, Bauern fordern Hilfe. Minister Özdemir traf Bauern und Förster in Berlin.\n",
			b: "Die Bauern protestieren. Bauern blockieren Straßen, Bauern fordern Hilfe. Minister Özdemir traf Förster in Berlin.\n"},
		{name: "a german title after an apposition's comma", lang: "de",
			a: "Olaf Scholz, der Kanzler, reiste ab. Gestern sagte Kanzler Scholz nichts.\n", b: "Olaf Scholz, der Kanzler, reiste ab. Gestern sagte Scholz nichts.\n"},
		{name: "a german noun after a comma and a preposition", lang: "de",
			a: "Das Land ist arm, für die Hilfe fehlt Geld. Sie sagt, dass Hilfe nur langsam ankommt.\n",
			b: "Das Land ist arm, für die Hilfe fehlt Geld. Sie sagt, dass Unterstützung nur langsam ankommt.\n"},
		// Names beside them stay names.
		{name: "a name in guillemets", a: "Контракт получил «Газпром» в мае.\n", b: "Контракт получил «Роснефть» в мае.\n", wantName: true},
		{name: "a name of three words in quotation marks", a: "Sie sprachen über \u201eNord Stream Eins\u201c gestern.\n", b: "Sie sprachen über \u201eNord Stream Zwei\u201c gestern.\n", wantName: true},
		{name: "an agency in brackets", a: "The talks went on (Reuters) all night.\n", b: "The talks went on (AFP) all night.\n", wantName: true},
		{name: "an acronym spelt as a pronoun", a: "The ESA launched it.\n", b: "The NASA launched it.\n", wantName: true},
		{name: "a german name after a preposition", lang: "de", a: "Wir sprachen mit Scholz gestern.\n", b: "Wir sprachen mit Macron gestern.\n", wantName: true},
		{name: "another language's pronoun as a given name", lang: "en", a: "He met Ella yesterday.\n", b: "He met Anna yesterday.\n", wantName: true},
		{name: "a word after a closing quotation mark", a: "He said \u201cno\u201d Lavrov added.\n", b: "He said \u201cno\u201d Shoigu added.\n", wantName: true},
		{name: "an apostrophe is no quotation mark", a: "They met O'Brien and Smith today.\n", b: "They met O'Connor and Smith today.\n", wantName: true},
		{name: "a name opening a quotation that the text writes inside a sentence too", lang: "en",
			a: "Talks with Trump ended. Officials said \u201cTrump is a threat to democracy\u201d on Monday.\n",
			b: "Talks with Trump ended. Officials said \u201cBiden is a threat to democracy\u201d on Monday.\n", wantName: true},
		{name: "a surname spelt as a pronoun", lang: "en", a: "Bessent met He and Li in Geneva on Saturday.\n", b: "Bessent met Li in Geneva on Saturday.\n", wantName: true},
		{name: "a surname spelt as an article in a text of no known language", a: "Xi met Li and He on Monday.\n", b: "Xi met Li and Le on Monday.\n", wantName: true},
		{name: "a german name after a relative pronoun", lang: "de",
			a: "Die Rede, die Scholz hielt, und der Antrag, den Merz einbrachte, wurden debattiert. Am Abend traf Scholz den Präsidenten.\n",
			b: "Die Rede, die Scholz hielt, und der Antrag, den Merz einbrachte, wurden debattiert. Am Abend traf Merz den Präsidenten.\n", wantName: true},
		{name: "a german name as a compound's first part after an article", lang: "de",
			a: "Die Scholz-Regierung wankt. Am Montag sagte Scholz, man bleibe. Scholz reist nach Paris.\n",
			b: "Die Scholz-Regierung wankt. Am Montag sagte der Kanzler, man bleibe. Scholz reist nach Paris.\n", wantName: true},
		{name: "a german name with a noun's ending after a compound title", lang: "de",
			a: "Der Elektronikkonzern Samsung meldete am Dienstag höhere Gewinne.\n", b: "Der Elektronikkonzern meldete am Dienstag höhere Gewinne.\n", wantName: true},
		{name: "a german surname with a noun's ending after a given name", lang: "de",
			a: "Am Montag sagte Stefan Hartung, man bleibe.\n", b: "Am Montag sagte Stefan, man bleibe.\n", wantName: true},
		{name: "a name in straight single quotation marks", lang: "en",
			a: "Fighters from the 'Wagner' group crossed the border on Friday.\n", b: "Fighters from the 'Redut' group crossed the border on Friday.\n", wantName: true},
		{name: "a name after a closing quotation mark that touches it", lang: "en",
			a: "\"We will not give up,\"Zelensky told reporters in Kyiv on Monday.\n", b: "\"We will not give up,\"Yermak told reporters in Kyiv on Monday.\n", wantName: true},
		{name: "a german name once after an article", lang: "de",
			a: "Der Iran verhandelt. Gestern sagte Iran nein. Heute wartet Iran.\n", b: "Der Iran verhandelt. Gestern sagte Irak nein. Heute wartet Iran.\n", wantName: true},
		{name: "a german name with a noun's ending after a noun", lang: "de", a: "Der Konzern Samsung meldete Gewinne.\n", b: "Der Konzern Hartung meldete Gewinne.\n", wantName: true},
		{name: "a german given name ending as a noun might", lang: "de", a: "Gestern kamen Dennis und Anna.\n", b: "Gestern kamen Yannis und Anna.\n", wantName: true},
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
			name := false
			for _, c := range cs {
				name = name || c.HasFlag(FlagName)
			}
			if name != tt.wantName {
				t.Errorf("name flag = %v, want %v: %+v", name, tt.wantName, cs)
			}
		})
	}
}
