package compare

import "strings"

// synthAbbreviations are phrases with abbreviations, initials, ordinal
// dates and list numbers, per language, that abbrevSeasoned writes into the
// source text: the corpora have few of them, and they are where a naive
// sentence cut (splitSynthSentences) and the engine's disagree. Several end
// a phrase with an abbreviation's full stop before a capital, the way "…
// Leiter der Gruppe, Prof. Keller" does.
var synthAbbreviations = map[string][]string{
	"de": {
		"am 12. Juni 1956", "laut Prof. Dr. Keller", "z. B. im Winter", "(vgl. S. 45)",
		"unter Nr. 7. Danach", "von Dr. H. Meier", "bzw. im 3. Lager", "ca. 200 m weiter",
		"Leiter der Gruppe, Prof. Keller,", "am 1. August", "usw. Dann",
	},
	"fr": {
		"selon M. Dupont", "le 12 juin 1956", "avec Mme Durand", "p. ex. en hiver",
		"(cf. p. 45)", "au no 7. Ensuite", "chez le Dr Martin", "par J.-P. Sartre",
		"etc. Puis", "vers le 1er août", "de St. Moritz",
	},
	"ru": {
		"т. е. зимой", "в г. Москве", "в Театре им. А. С. Пушкина", "в 1950 г. Затем",
		"с Н. В. Гоголем", "и т. д. Потом", "см. с. 45", "около 200 м. Дальше",
		"12 июня 1956 г.", "проф. Иванов",
	},
}

// abbrevSeasoned returns lines with a phrase of synthAbbreviations written
// after the second word of every third line (a fixed pattern, so that the
// sets stay the same from run to run).
func abbrevSeasoned(lang string, lines []string) []string {
	phrases := synthAbbreviations[lang]
	if len(phrases) == 0 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l
		ws := strings.Fields(l)
		if i%3 != 1 || len(ws) < 4 {
			continue
		}
		ph := phrases[(i/3)%len(phrases)]
		out[i] = strings.Join(append(append(ws[:2:2], ph), ws[2:]...), " ")
	}
	return out
}
