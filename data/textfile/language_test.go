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
