package textfile

import (
	"slices"
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
