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

// notAName reports a capitalised word t of d, written w, that capitalName
// would read as a name and is none: a pronoun or an article (He said “We
// are ready”), the first word of a quoted sentence (quotedSentenceStart),
// or a stage note in brackets ("(Applause)").
func notAName(d *document, t token, w string) bool {
	facts := d.wordFacts(t, w)
	return facts&factPronoun != 0 && !isAcronym(w) || facts&factStageNote != 0 && stageNote(d, t) || quotedSentenceStart(d, t)
}

// pronounsAndArticles are, by language, the personal pronouns, articles
// and demonstratives, which are capitalised where a sentence or a
// quotation opens and are never names. Left out are those that are also
// given names or parts of names in their language's texts ("Ella" in
// English, "Man" of the Isle of Man).
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
	if t.start == 0 || !quoteBefore(d.text[:t.start]) {
		return false // most words, at once
	}
	i, ok := d.indexOf(t)
	if !ok || i == 0 {
		return false
	}
	q := d.toks[i-1]
	mark := d.text[q.start:q.end()]
	r, size := utf8.DecodeRuneInString(mark)
	if q.class != classPunct || size != len(mark) || !isQuote(r) || r == '\'' || r == '’' {
		return false // not an apostrophe either: "O'Brien", "Putin’s"
	}
	if gap := d.text[q.end():t.start]; gap != "" && !(r == '«' && gap == " " || r == '«' && gap == "\u00a0") {
		return false
	}
	if q.start > 0 {
		if before, _ := utf8.DecodeLastRuneInString(d.text[:q.start]); !isSpaceRune(before) && before != '(' && before != '[' {
			return false // a closing mark: “ready”Yesterday
		}
	}
	words := 0
	for k := i; k < len(d.toks) && words < minQuotedSentenceWords; k++ {
		u := d.toks[k]
		if k > i && hasParagraphBreak(d.text[d.toks[k-1].end():u.start]) {
			return false
		}
		if u.class == classPunct {
			if c, _ := utf8.DecodeRuneInString(d.text[u.start:]); isQuote(c) && c != '\'' && c != '’' {
				return false // closed before
			}
			continue
		}
		words++
	}
	return words >= minQuotedSentenceWords
}

// quoteBefore reports a quotation mark at the end of s, or « and a space.
func quoteBefore(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r == ' ' || r == '\u00a0' {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
	}
	return isQuote(r)
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
// germanNoun: the keys of the capitalised words it writes after a
// determiner somewhere, read on first use.
type germanNouns struct {
	once sync.Once
	keys map[uint32]bool
}

// afterDeterminer reports a capitalised word with t's key that d writes
// after a German determiner elsewhere: a noun ("über Sicherheit" where
// the text also writes "die Sicherheit").
func (d *document) afterDeterminer(t token) bool {
	d.nouns.once.Do(func() {
		d.nouns.keys = map[uint32]bool{}
		for k := 1; k < len(d.toks); k++ {
			p, u := d.toks[k-1], d.toks[k]
			if u.class == classWord && u.upper() && p.class == classWord && germanDeterminers[strings.ToLower(d.text[p.start:p.end()])] {
				d.nouns.keys[u.key] = true
			}
		}
	})
	return d.nouns.keys[t.key]
}

// germanNounEndings are endings that make German nouns and no names:
// Sicherheit, Möglichkeit, Regierung, Gesellschaft, Situation, Qualität,
// Terrorismus, Ergebnis, Eigentum, and their plurals.
var germanNounEndings = []string{"heit", "heiten", "keit", "keiten", "ung", "ungen", "schaft", "schaften",
	"tion", "tionen", "ität", "itäten", "ismus", "ismen", "nis", "nisse", "tum", "tümer"}

// germanNounEnding reports w, a capitalised German word, ending as a noun
// (germanNounEndings) after a stem of at least three letters.
func germanNounEnding(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range germanNounEndings {
		if stem, ok := strings.CutSuffix(lw, e); ok && utf8.RuneCountInString(stem) >= 3 {
			return true
		}
	}
	return false
}
