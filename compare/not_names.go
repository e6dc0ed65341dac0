package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Capitalised words inside a sentence that are no names (see
// capitalName): the pronouns and articles that open a quotation, the
// pronouns of politeness, a transcript's stage notes, and the nouns of a
// German text.

// notAName reports a capitalised word t of d, written w, that names
// nothing though it stands inside a sentence: a pronoun of politeness
// ("wie sehen Sie die Lage", "как Вы оцениваете"), another pronoun or an
// article right after an opening quotation mark (He said “We are
// ready”; not in brackets, where a citation opens with a surname: "(Li
// and Wang, 2020)"), or a stage note in brackets ("(Applause)").
func notAName(d *document, t token, w string) bool {
	facts := d.wordFacts(t, w)
	switch {
	case facts&(factPronoun|factPolite|factStageNote) == 0 || isAcronym(w):
		return false
	case facts&factPolite != 0:
		return true
	}
	mark, ok := openingMarkBefore(d.text, int(t.start))
	brackets := mark == '(' || mark == '['
	return ok && (facts&factPronoun != 0 && !brackets || facts&factStageNote != 0 && brackets)
}

// openingMarkBefore returns the opening quotation mark or bracket right
// before text[i:] («, with a space between, as French sets it), and
// whether there is one: a mark after no letter or digit, where a
// closing mark and an apostrophe stand ("talk”", "O'Brien"), nor after
// the comma or the stop that ends a quoted sentence ("up,\"Zelensky
// told"; so "said,\"We" is read as closing too).
func openingMarkBefore(text string, i int) (rune, bool) {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if isSpaceRune(r) && i > n {
		if m, _ := utf8.DecodeLastRuneInString(text[:i-n]); m == '«' {
			r, n = m, n+len("«")
		}
	}
	if r != '(' && r != '[' && !isQuote(r) {
		return 0, false
	}
	mark := i - n
	before, _ := utf8.DecodeLastRuneInString(text[:mark])
	if mark > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before) || strings.ContainsRune(",.;!?…", before)) {
		return 0, false
	}
	return r, true
}

// pronounsAndArticles are, by language, the personal pronouns, articles
// and demonstratives, which are capitalised where a sentence or a
// quotation opens (notAName reads them after a quotation mark or a
// bracket only). Left out are those that are also given names,
// surnames or parts of names in their language's texts ("Ella" in
// English, "Man" of the Isle of Man, the surnames He and An).
var pronounsAndArticles = map[string]map[string]bool{
	"en": wordSet(`we they you she it our their this that these those the`),
	"ru": wordSet(`мы вы они он она оно ты это этот эта эти тот та те`),
	"uk": wordSet(`ми ви вони він вона воно ти це цей ця ці той та ті`),
	"de": wordSet(`wir sie ihr ich du er es der die das den dem des ein eine einer einen einem eines
		dies diese dieser dieses diesen diesem`),
	"fr": wordSet(`nous vous ils elles il elle on je tu le la les un une des ce cet cette ces cela ceci`),
	"es": wordSet(`nosotros nosotras vosotros vosotras ellos ellas él ella usted ustedes yo tú el la los las
		un una unos unas este esta estos estas eso esto ese esa`),
	"it": wordSet(`noi voi loro lui lei io tu il lo la gli le un uno una questo questa questi queste quello quella`),
	"pt": wordSet(`nós eles elas ele ela eu você vocês os as um uma uns umas este esta isso isto esse essa`),
}

// politePronouns are, by language, the pronouns of politeness that
// letters and interviews capitalise inside a sentence, never names:
// German Sie and Ihr, Russian and Ukrainian Вы and Ваш, French Vous,
// Spanish Usted. Not French Vos, a Dutch surname too (Marianne Vos).
var politePronouns = map[string]map[string]bool{
	"de": wordSet(`sie ihnen ihr ihre ihrem ihren ihrer ihres`),
	"ru": wordSet(`вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим ваших вашу`),
	"uk": wordSet(`ви вас вам вами ваш ваша ваше ваші вашого вашої вашому вашим ваших вашу`),
	"fr": wordSet(`vous`),
	"es": wordSet(`usted ustedes`),
}

// inLanguageSets reports lw, a word of a text in language lang in small
// letters, in lang's set of sets (pronounsAndArticles, politePronouns),
// or in any where lang is not known. A word in capitals is an acronym
// ("ESA", the agency), which notAName asks apart: the word facts these
// are cached among ignore case.
func inLanguageSets(sets map[string]map[string]bool, lang, lw string) bool {
	if len(lw) > maxPronounBytes {
		return false
	}
	if lang != "" {
		return sets[baseLanguage(lang)][lw]
	}
	for _, set := range sets {
		if set[lw] {
			return true
		}
	}
	return false
}

// maxPronounBytes is the longest word of pronounsAndArticles and
// politePronouns, in bytes (Cyrillic letters take two: "вашему").
const maxPronounBytes = len("вашему")

// stageNoteWords are the words of a transcript's notes on what happened
// in the room, in English, Russian, German, French, Spanish and Italian,
// in small letters: "(Applause)", "[Inaudible]", "(Аплодисменты)".
var stageNoteWords = wordSet(`applause laughter laughs laughing inaudible crosstalk pause silence unclear indistinct
	interruption interpretation translation noise
	аплодисменты смех оживление неразборчиво пауза шум перевод
	beifall applaus gelächter heiterkeit unverständlich zwischenruf zwischenrufe unruhe
	applaudissements rires inaudible
	aplausos risas inaudible
	applausi risate`)

// germanTitles are the nouns German sets before a name they give a
// title or a kind to ("Kanzler Scholz", "der Konzern Samsung"), in small
// letters, also as the last part of a compound (germanTitle:
// "Bundeskanzler", "Elektronikkonzern"): nouns themselves, and the word
// after one is a name whatever its ending (germanNounEnding).
var germanTitles = wordSet(`herr frau kanzler kanzlerin minister ministerin präsident präsidentin
	premierminister premierministerin außenminister außenministerin sprecher sprecherin botschafter
	botschafterin abgeordnete abgeordneter senator senatorin general chef chefin konzern firma
	unternehmen marke partei stadt gemeinde bank verlag sender zeitung`)

// germanTitle reports lw, a word in small letters, as one of
// germanTitles, or a compound ending in a person's title or a company
// (germanCompoundTitles: "Bundeskanzler", "Vorstandschef",
// "Elektronikkonzern"; not "Weltbank", a name).
func germanTitle(lw string) bool {
	if germanTitles[lw] {
		return true
	}
	for _, t := range germanCompoundTitles {
		if len(lw) > len(t)+2 && strings.HasSuffix(lw, t) {
			return true
		}
	}
	return false
}

// germanCompoundTitles are the titles of germanTitles that end compounds
// which are titles too.
var germanCompoundTitles = strings.Fields(`kanzler kanzlerin minister ministerin präsident präsidentin sprecher
	sprecherin botschafter botschafterin chef chefin konzern`)

// germanNounEndings are endings that make German nouns, with the
// shortest stem before each: Sicherheit, Möglichkeit, Lösung,
// Gesellschaft, Situation, Qualität, Terrorismus, Eigentum, and their
// plurals; Ergebnis and Bündnis, but not Dennis or Tunis.
var germanNounEndings = []struct {
	ending string
	stem   int // letters
}{
	{"heit", 3}, {"heiten", 3}, {"keit", 3}, {"keiten", 3}, {"ung", 3}, {"ungen", 3}, {"schaft", 3},
	{"schaften", 3}, {"tion", 3}, {"tionen", 3}, {"ität", 3}, {"itäten", 3}, {"ismus", 3}, {"ismen", 3},
	{"nis", 4}, {"nisse", 4}, {"tum", 3}, {"tümer", 3},
}

// germanNounEnding reports a capitalised German word t of d, written w,
// that ends as a noun (germanNounEndings), and does not follow a title
// (germanTitle), where German sets a name ("der Konzern Samsung",
// "Vorstandschef Hartung"). A name with such an ending elsewhere
// ("meldete Samsung", "Stefan Hartung") is read as a noun, and so is a
// noun after a title ("dem Regierungschef Unterstützung") read as a
// name: telling them apart takes a lexicon.
func germanNounEnding(d *document, t token, w string) bool {
	if k := d.tokenFrom(int(t.start)); k > 0 && germanTitle(strings.ToLower(d.text[d.toks[k-1].start:d.toks[k-1].end()])) {
		return false
	}
	if strings.ContainsFunc(w[1:], unicode.IsUpper) {
		return false // a name's inner capital: "PlayStation"
	}
	lw := strings.ToLower(w)
	for _, e := range germanNounEndings {
		if stem, ok := strings.CutSuffix(lw, e.ending); ok && utf8.RuneCountInString(stem) >= e.stem && !nameEnding(stem, e.ending) {
			return true
		}
	}
	return false
}

// nameEnding reports a noun's ending that ends names here: -ung after a
// vowel, as names romanised from Chinese and Korean end ("Kaohsiung",
// "Young"), and -nis after an n, as Greek given names end ("Giannis",
// "Dennis"); no German noun does ("Regierung", "Ergebnis").
func nameEnding(stem, ending string) bool {
	last, _ := utf8.DecodeLastRuneInString(stem)
	return strings.HasPrefix(ending, "ung") && strings.ContainsRune("aeiouy", last) ||
		strings.HasPrefix(ending, "nis") && last == 'n'
}
