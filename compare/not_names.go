package compare

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Capitalised words inside a sentence that are no names (see
// capitalName): the pronouns and articles that open a quotation, the
// first word of a quoted sentence, a transcript's stage notes, and the
// nouns of a German text.

// notAName reports a capitalised word t of d, written w, that names
// nothing though it stands inside a sentence: a pronoun or an article
// right after an opening quotation mark or bracket (He said “We are
// ready”; not "He" of He Lifeng elsewhere), or a stage note in brackets
// ("(Applause)").
func notAName(d *document, t token, w string) bool {
	facts := d.wordFacts(t, w)
	if facts&(factPronoun|factStageNote) == 0 {
		return false
	}
	mark, ok := openingMarkBefore(d.text, int(t.start))
	return ok && (facts&factPronoun != 0 && !isAcronym(w) || facts&factStageNote != 0 && (mark == '(' || mark == '['))
}

// openingMarkBefore returns the opening quotation mark or bracket right
// before text[i:] («, with a space between, as French sets it), and
// whether there is one: a mark after white space, the text's start or
// another opening mark, not an apostrophe ("O'Brien").
func openingMarkBefore(text string, i int) (rune, bool) {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if (r == ' ' || r == '\u00a0') && i > n {
		if m, _ := utf8.DecodeLastRuneInString(text[:i-n]); m == '«' {
			r, n = m, n+len("«")
		}
	}
	if r != '(' && r != '[' && !quotationMark(r) {
		return 0, false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return r, i == n || isSpaceRune(before) || before == '(' || before == '[' || quotationMark(before)
}

// quotationMark reports a quotation mark, not an apostrophe.
func quotationMark(r rune) bool { return isQuote(r) && r != '\'' && r != '’' && r != 'ʼ' }

// pronounsAndArticles are, by language, the personal pronouns, articles
// and demonstratives, which are capitalised where a sentence or a
// quotation opens (notAName reads them after a quotation mark or a
// bracket only: "He" is also a surname). Left out are those that are
// also given names or parts of names in their language's texts ("Ella"
// in English, "Man" of the Isle of Man).
var pronounsAndArticles = map[string]map[string]bool{
	"en": wordSet(`we they you he she it our their this that these those the an`),
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

// pronounOrArticle reports w, a word of a text in language lang, as one
// of pronounsAndArticles: of lang's, or of any language where lang is
// not known. A word in capitals is an acronym ("ESA", the agency), which
// notAName asks apart: the facts it is cached among ignore case.
func pronounOrArticle(lang, w string) bool {
	if len(w) > maxPronounBytes {
		return false
	}
	lw := strings.ToLower(w)
	if lang != "" {
		return pronounsAndArticles[baseLanguage(lang)][lw]
	}
	for _, set := range pronounsAndArticles {
		if set[lw] {
			return true
		}
	}
	return false
}

// maxPronounBytes is the longest word of pronounsAndArticles, in bytes
// ("nosotros", "vosotras"; "ustedes"; Cyrillic letters take two).
const maxPronounBytes = len("nosotras")

// quotedSentenceStart reports a word t of d that opens a quotation of a
// sentence: right after an opening quotation mark (with a space after
// «), which follows white space, the text's start or an opening bracket,
// and running on for at least minQuotedSentenceWords words before a
// quotation mark closes it (He said “We are ready to talk” yesterday).
// A name in quotation marks is shorter («Газпром», „Nord Stream 2“), and
// stays a name.
func quotedSentenceStart(d *document, t token) bool {
	if mark, ok := openingMarkBefore(d.text, int(t.start)); !ok || !quotationMark(mark) {
		return false // most words, at once
	}
	i, ok := d.indexOf(t)
	if !ok {
		return false
	}
	words := 0
	for k := i; k < len(d.toks) && words < minQuotedSentenceWords; k++ {
		u := d.toks[k]
		switch {
		case k > i && hasParagraphBreak(d.text[d.toks[k-1].end():u.start]):
			return false
		case u.class != classPunct:
			words++
		case quotationMark(firstRune(d.text[u.start:u.end()])):
			return false // closed before
		}
	}
	return words >= minQuotedSentenceWords
}

// minQuotedSentenceWords is the fewest words a quotation runs on for
// quotedSentenceStart: names in quotation marks have fewer («Единая
// Россия», „Nord Stream 2“, «Северный поток — 2» has three).
const minQuotedSentenceWords = 4

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

// stageNote reports a word t of d, one of stageNoteWords, right after an
// opening bracket.
func stageNote(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok || i == 0 || d.toks[i-1].end() != t.start {
		return false
	}
	b := d.text[d.toks[i-1].start:d.toks[i-1].end()]
	return b == "(" || b == "["
}

// germanNouns is what a German text says of its own nouns, for
// germanNoun: for each key of a capitalised word, how often the text
// writes it after a determiner and how often without one, read on first
// use.
type germanNouns struct {
	once  sync.Once
	after map[uint32][2]int32 // [0] after a determiner, [1] without
}

// afterDeterminer reports a capitalised word with t's key that d writes
// after a German determiner at least as often as without one: a noun
// ("über Sicherheit" where the text also writes "die Sicherheit"). A
// name is written without one more often ("Scholz sagte", "den Iran" once
// beside "Iran" twice), and a determiner after a comma is as often a
// relative pronoun before a name ("der Antrag, den Merz einbrachte"),
// which does not count.
func (d *document) afterDeterminer(t token) bool {
	d.nouns.once.Do(func() {
		d.nouns.after = map[uint32][2]int32{}
		for k, u := range d.toks {
			if u.class != classWord || !u.upper() {
				continue
			}
			n := d.nouns.after[u.key]
			if k >= 1 && germanArticleAt(d, k-1) {
				n[0]++
			} else {
				n[1]++
			}
			d.nouns.after[u.key] = n
		}
	})
	n := d.nouns.after[t.key]
	return n[0] > 0 && n[0] >= n[1]
}

// germanArticleAt reports token k of d as a German determiner, not after
// a comma (where der, die, das, den open a relative clause).
func germanArticleAt(d *document, k int) bool {
	p := d.toks[k]
	if p.class != classWord || !germanDeterminers[strings.ToLower(d.text[p.start:p.end()])] {
		return false
	}
	return k == 0 || d.text[d.toks[k-1].start:d.toks[k-1].end()] != ","
}

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
// that ends as a noun (germanNounEndings), and does not follow another
// capitalised word, where German sets a name after the noun it names
// ("der Konzern Samsung", "Kanzler Hartung").
func germanNounEnding(d *document, t token, w string) bool {
	if k := d.tokenFrom(int(t.start)); k > 0 && d.toks[k-1].upper() && d.toks[k-1].class == classWord {
		return false
	}
	lw := strings.ToLower(w)
	for _, e := range germanNounEndings {
		if stem, ok := strings.CutSuffix(lw, e.ending); ok && utf8.RuneCountInString(stem) >= e.stem {
			return true
		}
	}
	return false
}
