package textfile

import (
	"slices"
	"strings"
	"testing"
)

// TestSharedWording: a version whose detector reads another language
// than the base's but which holds mostly the base's words takes the
// base's language; a translation keeps its own.
func TestSharedWording(t *testing.T) {
	base := "The minister arrived in Almaty on Friday morning and held talks with colleagues from five countries about regional security."
	coded := "The w1 arrived in w2 on Friday w3 and held w4 with w5 from five w6 about regional w7. Zostało przyjęte."
	for _, tc := range []struct {
		name    string
		other   string
		langs   []string
		changed bool
	}{
		{"codes read as Polish", coded, []string{"en", "pl"}, true},
		{"a French rendering", "Le ministre est arrivé à Almaty vendredi matin et s'est entretenu avec ses collègues de cinq pays sur la sécurité régionale.", []string{"en", "fr"}, false},
		{"a Russian rendering", "Министр прибыл в Алматы в пятницу утром и провёл переговоры с коллегами из пяти стран о региональной безопасности.", []string{"en", "ru"}, false},
		{"the same language", base + " Later.", []string{"en", "en"}, false},
		{"no language for the base", coded, []string{"", "pl"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			langs := slices.Clone(tc.langs)
			got := SharedWording([]string{base, tc.other}, langs, 0)
			if changed := len(got) > 0; changed != tc.changed || changed && langs[1] != langs[0] {
				t.Errorf("changed %v (languages %v), want %v", got, langs, tc.changed)
			}
		})
	}
}

// TestSharedWordingCloseTranslation: a Portuguese translation of a
// Spanish match report shares half its distinct words with the source,
// names (Real, Madrid, Santiago, Bernabéu) and words the two languages
// spell alike (por, que, minutos); it stays a translation.
func TestSharedWordingCloseTranslation(t *testing.T) {
	es := "El Real Madrid venció al Barcelona por 3 a 1 en el estadio Santiago Bernabéu. Los goles fueron de Vinícius Júnior, Jude Bellingham y Kylian Mbappé; Robert Lewandowski marcó el gol del Barcelona, que jugó con diez.\n\n" +
		"Carlo Ancelotti elogió a Luka Modrić, Federico Valverde y Aurélien Tchouaméni. Hansi Flick lamentó la lesión de Pedri y la expulsión de Ronald Araújo, que vio la tarjeta roja a los 60 minutos del partido.\n"
	pt := "O Real Madrid venceu o Barcelona por 3 a 1 no estádio Santiago Bernabéu. Os golos foram de Vinícius Júnior, Jude Bellingham e Kylian Mbappé; Robert Lewandowski marcou o golo do Barcelona, que jogou com dez.\n\n" +
		"Carlo Ancelotti elogiou Luka Modrić, Federico Valverde e Aurélien Tchouaméni. Hansi Flick lamentou a lesão de Pedri e a expulsão de Ronald Araújo, que viu o cartão vermelho aos 60 minutos da partida.\n"
	langs := []string{DetectLanguage(es), DetectLanguage(pt)}
	if langs[0] != "es" || langs[1] != "pt" {
		t.Fatalf("detected %v", langs)
	}
	if got := SharedWording([]string{es, pt}, langs, 0); len(got) > 0 {
		t.Errorf("a Portuguese translation taken as Spanish: %v, languages %v", got, langs)
	}
}

// TestMarkForeignWording: a text in a language the detector does not
// tell (given as undetected here: Hungarian) beside its English
// translation is marked apart, as
// base or as rendering; two versions of one such text, or two texts too
// short to judge, are not.
func TestMarkForeignWording(t *testing.T) {
	hu := "A Lánchíd Budapest legrégebbi állandó hídja a Duna felett. Építését gróf Széchenyi István kezdeményezte az 1820-as években, " +
		"miután nyolc napig várt, hogy átkelhessen a jeges folyón. A hidat egy angol mérnök tervezte, az építkezést pedig egy skót " +
		"vezette, aki később Budán telepedett le. A munkálatok során körülbelül kétezer ember dolgozott a hídon, és a hidat végül " +
		"novemberben adták át a forgalomnak."
	huRevised := strings.Replace(hu, "körülbelül kétezer ember", "több mint kétezer munkás", 1)
	en := "The Chain Bridge is the oldest permanent bridge over the Danube in Budapest. Its construction was initiated by Count István " +
		"Széchenyi in the 1820s, after he had waited eight days to cross the frozen river. The bridge was designed by an English engineer, " +
		"and the works were directed by a Scotsman who later settled in Buda. About two thousand people worked on the bridge, which " +
		"was finally opened to traffic in November."
	fi := "Suomenlinna on merilinnoitus Helsingin edustalla. Sen rakentaminen aloitettiin vuonna 1748, kun Suomi kuului Ruotsin " +
		"valtakuntaan. Linnoituksen suunnitteli Augustin Ehrensvärd, joka johti rakennustöitä kuolemaansa saakka. Linnoitus " +
		"rakennettiin kuudelle saarelle, jotka yhdistettiin toisiinsa silloin ja muurein. Rakennustöissä oli parhaimmillaan noin " +
		"seitsemäntuhatta työntekijää, joista suurin osa oli sotilaita."
	for _, tc := range []struct {
		name  string
		texts []string
		langs []string
		want  []string
	}{
		{"an undetected base beside its translation", []string{hu, en}, []string{"", "en"}, []string{"und-Latn", "en"}},
		{"an undetected rendering", []string{en, hu}, []string{"en", ""}, []string{"en", "und-Latn-x-other"}},
		{"two undetected renderings", []string{en, hu, huRevised}, []string{"en", "", ""}, []string{"en", "und-Latn-x-other", "und-Latn-x-other"}},
		{"two undetected languages", []string{hu, fi}, []string{"", ""}, []string{"und-Latn", "und-Latn-x-other"}},
		{"two undetected renderings in two languages", []string{en, hu, fi, huRevised}, []string{"en", "", "", ""},
			[]string{"en", "und-Latn-x-other", "und-Latn-x-other2", "und-Latn-x-other"}},
		// An edition that opens with a long introduction in English: its
		// words are read throughout, not from its start alone.
		{"a long introduction in another language", []string{strings.Repeat(en+"\n\n", 40) + hu, huRevised}, []string{"", ""}, []string{"", ""}},
		{"two versions of one text", []string{hu, huRevised}, []string{"", ""}, []string{"", ""}},
		{"too short to judge", []string{"A Lánchíd hídja.", "The Chain Bridge."}, []string{"", "en"}, []string{"", "en"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			langs := slices.Clone(tc.langs)
			MarkForeignWording(tc.texts, langs, 0)
			if !slices.Equal(langs, tc.want) {
				t.Errorf("languages %q, want %q", langs, tc.want)
			}
		})
	}
}
