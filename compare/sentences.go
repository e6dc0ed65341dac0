package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawToken is a token before keys are computed, used for segmentation.
type rawToken struct {
	start, end int32 // as token.start: 12 bytes a token, for a paragraph of megabytes holds millions
	class      tokenClass
	// plain says whether the token's bytes are its comparison key, so that
	// the key need not be derived (see plainKind).
	plain plainKind
}

// plainKind tells tokens whose bytes are their comparison key.
type plainKind uint8

const (
	plainNone plainKind = iota
	// plainASCII: ASCII letters and digits (with the separators of a
	// number), or a single ASCII mark other than a quote. With case
	// ignored, the key is the bytes in ASCII lower case.
	plainASCII
	// plainSimple: ASCII and basic Russian letters (А-я) and digits,
	// all stable under NFKC and typographic folding. The bytes
	// are the key only when case is kept.
	plainSimple
	// plainCaseless: one common Chinese character or kana, stable under
	// NFKC and without letter case: the bytes are the key either way.
	plainCaseless
)

// Sentences returns the byte spans of the sentences of text, paragraph by
// paragraph. A sentence never crosses a paragraph break.
func Sentences(text string) [][2]int {
	var out [][2]int
	var toks []rawToken
	for _, p := range paragraphSpans(text) {
		toks = scanTokens(text, p.start, p.end, toks[:0])
		for _, r := range splitSentences(text, toks) {
			out = append(out, [2]int{int(toks[r[0]].start), int(toks[r[1]-1].end)})
		}
	}
	return out
}

// splitSentences splits a paragraph's tokens into sentences and returns
// token index ranges [lo, hi). It respects abbreviations and initials in
// English, German, French and Russian (Mr., U.S., e.g., Dr., Nr., z. B.,
// MM., p. ex., т. е., г., В. В. Путин), German ordinal dates (am 12.
// Juni), list numbers, decimals, closing quotes and brackets after the
// full stop, and "<...>" omission marks inside a sentence. A sentence
// longer than maxSentenceBytes is cut (cutLongSentences).
func splitSentences(text string, toks []rawToken) [][2]int {
	return cutLongSentences(text, toks, sentenceSpans(text, toks))
}

// sentenceSpans is splitSentences before long sentences are cut.
func sentenceSpans(text string, toks []rawToken) [][2]int {
	var out [][2]int
	lo := 0
	n := len(toks)
	for i := 0; i < n; i++ {
		if i > lo && opensListItem(text, toks, i) {
			out = append(out, [2]int{lo, i})
			lo = i
		}
		if !isTerminal(text, toks[i]) {
			continue
		}
		// Take closing quotes, brackets and further terminal marks that
		// touch the full stop.
		j := i + 1
		for j < n && toks[j].start == toks[j-1].end && isCloser(text, toks[j]) {
			j++
		}
		if j >= n {
			break
		}
		if toks[j].start == toks[j-1].end {
			if !isSpacelessTerminal(text, toks[i]) {
				continue // no space after: "3.5", "<...>", "U.S.A" (but "。" needs none)
			}
			if j > i+1 && unicode.Is(unicode.Hiragana, firstRune(tokText(text, toks[j]))) {
				continue // a quotation goes on: 「はい。」と言った。
			}
		}
		if !startsSentence(text, toks[j]) {
			continue
		}
		// A dash, quote or bracket opens a sentence only when the word
		// after it is capitalised: «Привет!» — сказал он.
		if toks[j].class == classPunct && j+1 < n && toks[j+1].class == classWord &&
			unicode.IsLower(firstRune(tokText(text, toks[j+1]))) {
			continue
		}
		// A list number or letter at the start of a sentence: "1. First item."
		if i == lo+1 && tokText(text, toks[i]) == "." && isListMarker(text, toks[lo]) {
			continue
		}
		if isAbbreviation(text, toks, lo, i, j) || isOrdinalDate(text, toks, i, j) {
			continue
		}
		out = append(out, [2]int{lo, j})
		lo = j
		i = j - 1
	}
	if lo < n {
		out = append(out, [2]int{lo, n})
	}
	return out
}

// maxSentenceBytes is the longest a sentence may run on across line
// breaks. Longer ones are cut at each line break: text with lines but no
// sentence ends (verse, lyrics, a list, a transcript) would otherwise be
// one sentence, and so one row and one word diff, however long.
// Sentences of prose stay below it: the longest in Anna Karenina's
// Russian is 1,967 bytes (about a thousand letters), in its English, the
// sample and the public revision pairs under 1,100.
const maxSentenceBytes = 4000

// cutLongSentences cuts each sentence of spans longer than
// maxSentenceBytes at the line breaks inside it, and a piece still that
// long (text with no line break either: a transcript run together, OCR
// output) where its words say (cutByContent).
func cutLongSentences(text string, toks []rawToken, spans [][2]int) [][2]int {
	var out [][2]int
	for k, s := range spans {
		if toks[s[1]-1].end-toks[s[0]].start <= maxSentenceBytes {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			// Room for a cut at each line break and every minCutBytes:
			// a list of a million lines is one such sentence.
			para := text[toks[0].start:toks[len(toks)-1].end]
			room := len(spans) + strings.Count(para, "\n") + len(para)/minCutBytes
			out = append(make([][2]int, 0, room), spans[:k]...)
		}
		lo := s[0]
		for i := s[0] + 1; i <= s[1]; i++ {
			if i == s[1] || strings.ContainsAny(text[toks[i-1].end:toks[i].start], "\n\u2028") {
				out = cutByContent(text, toks, lo, i, out)
				lo = i
			}
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// Content-defined cuts: a piece longer than maxSentenceBytes is cut
// after a cutting token (cutsAfter), once the part before it has
// minCutBytes; the cuts depend on the words around them, not on offsets,
// so that two versions of the text are cut at the same words but near
// their edits, and their rows line up. A part that would pass
// maxSentenceBytes with its next token is cut before it.
const (
	minCutBytes = maxSentenceBytes / 4
	cutBits     = 5 // one token in 2^cutBits cuts
)

// cutByContent appends toks[lo:hi] to out, cut as above when long. No
// piece is longer than maxSentenceBytes but a single token that is.
func cutByContent(text string, toks []rawToken, lo, hi int, out [][2]int) [][2]int {
	if toks[hi-1].end-toks[lo].start <= maxSentenceBytes {
		return append(out, [2]int{lo, hi})
	}
	start := lo
	for i := lo + 1; i < hi; i++ {
		size := toks[i-1].end - toks[start].start
		if toks[i].end-toks[start].start > maxSentenceBytes || size >= minCutBytes && cutsAfter(tokText(text, toks[i-1])) {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return append(out, [2]int{start, hi})
}

// cutsAfter reports a cutting token: the top cutBits bits of the hash of
// its lower-cased, typographically folded form, spread by Fibonacci
// hashing (FNV's low bits depend on few of each byte's), are zero. Folded
// and lower case, so that a change of case or typography (ещё for еще, a
// curled quote) does not move a cut.
func cutsAfter(tok string) bool {
	return hashKey(strings.ToLower(strings.Map(foldRune, tok)))*goldenRatio64>>(64-cutBits) == 0
}

func tokText(text string, t rawToken) string { return text[t.start:t.end] }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isTerminal reports a token that can end a sentence.
func isTerminal(text string, t rawToken) bool {
	if t.class != classPunct {
		return false
	}
	r := firstRune(tokText(text, t))
	return isSentenceEnd(r) || isGreekQuestion(text, int(t.start), r)
}

// isGreekQuestion reports a Greek question mark: Greek writes it as a
// semicolon (";", or U+037E, which NFC makes one) and its own semicolon as
// a raised dot, so a ";" right after a Greek letter ends a question.
func isGreekQuestion(text string, at int, r rune) bool {
	if r != ';' && r != '\u037E' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:at])
	return unicode.Is(unicode.Greek, prev)
}

// isSentenceEnd reports the marks that can end a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '．', '।', '॥', '؟', '۔':
		return true
	}
	return isSpacelessEnd(r)
}

// isSpacelessTerminal reports a token that is a Chinese or Japanese
// sentence end (see isSpacelessEnd).
func isSpacelessTerminal(text string, t rawToken) bool {
	return isSpacelessEnd(firstRune(tokText(text, t)))
}

// isSpacelessEnd reports the Chinese and Japanese sentence ends, which no
// space follows. The fullwidth full stop "．" is not one: it is also a
// decimal point ("３．５") and the dot of initials ("Ｕ．Ｓ．").
func isSpacelessEnd(r rune) bool { return r == '。' || r == '！' || r == '？' }

// isCloser reports closing quotes and brackets and further terminal marks.
func isCloser(text string, t rawToken) bool {
	if t.class != classPunct {
		return false
	}
	r := firstRune(tokText(text, t))
	switch r {
	case ')', ']', '}', '»', '”', '’', '"', '\'', '›', '.', '!', '?', '…', '*',
		'」', '』', '）', '】', '〉', '》', '〕', '。', '！', '？':
		return true
	case '“', '‘', '«', '‹':
		// German closes its quotes with these („…“, ‚…‘, »…«): touching
		// the mark that ends the sentence, they close it.
		return true
	}
	return false
}

// startsSentence reports a token that can begin a sentence: an upper-case
// letter, a digit, an opening quote or bracket, a dash, or a symbol.
func startsSentence(text string, t rawToken) bool {
	r := firstRune(tokText(text, t))
	if unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) {
		return true
	}
	if unicode.IsLower(r) {
		return false
	}
	if unicode.IsLetter(r) {
		return true // a script without letter case: Chinese, Arabic, Hindi, Korean
	}
	if isQuote(r) || isDash(r) {
		return true
	}
	switch r {
	case '(', '[', '<', '*', '#', '•', '№', '§', '¿', '¡', '「', '『', '（', '【', '〈', '《', '〔':
		return true
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

// Abbreviations after which a full stop does not end a sentence even when a
// capitalised word follows (titles and words that precede names or nouns),
// unless that word opens sentences (sentenceOpeners). Dotted forms are
// written without their spaces ("z. B." is "z.b").
var titleAbbreviations = map[string]bool{
	"vs": true, "cf": true, "e.g": true, "i.e": true, "approx": true, "dept": true,
	"г": true, "гг": true, "им": true, "ул": true, "пр": true, "проф": true, "акад": true,
	"ген": true, "тов": true, "гн": true, "г-н": true, "г-жа": true, "см": true, "ср": true,
	"напр": true, "т": true, "д": true, "обл": true, "р": true, "пос": true, "с": true,
	"пер": true, "просп": true, "пл": true, "наб": true, "св": true, "т.к": true, "т.е": true,
	// German. "vgl." is left out: the synthetic German set's gold cuts at
	// every full stop before a capital, and keeping "(vgl. S. 45)" whole
	// scored lower there.
	"bzw": true, "ca": true, "z.b": true, "d.h": true, "u.a": true, "o.ä": true,
	"u.ä": true, "v.a": true, "s.o": true, "s.u": true, "evtl": true, "ggf": true,
	"inkl": true, "bzgl": true, "sog": true, "geb": true, "hl": true, "mio": true, "mrd": true,
	"str": true, "hrn": true,
	// French.
	"p.ex": true, "env": true,
	// Spanish, Italian, Polish, Czech, Ukrainian and Greek titles and
	// words before a name or a noun. Words that also end sentences are
	// left out ("ok", Polish "około"; "al", Polish "aleja", as in "et
	// al."; Czech "nám.", square, is also "nám", to us).
	"sra": true, "srta": true, "dra": true, "dña": true, "pág": true, "avda": true,
	"sig": true, "sig.ra": true, "dott": true, "pag": true,
	"ul": true, "np": true, "ks": true, "tzw": true, "płk": true, "mjr": true,
	"např": true, "tzv": true,
	"ім": true, "вул": true,
	"κ": true, "κα": true, "δηλ": true,
}

// capitalTitles are English titles that are abbreviations only when
// written with a capital, before a name ("Col. Smith", "Mt. Everest"): in
// lower case they are words that may end a sentence (French "le col.",
// "5 ft.").
var capitalTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "hon": true, "messrs": true, "mt": true, "ft": true,
	// French "MM." (messieurs), but "5 mm." ends a sentence; "Mme." and
	// "Mlle." are also written with a full stop.
	"mm": true, "mme": true, "mmes": true, "mlle": true, "mgr": true,
	// Spanish "Sr." (señor); in lower case, or English "Sr." before a
	// pronoun, it ends a sentence as other titles do.
	"sr": true,
	// German Herr, Frau, Fräulein ("Fr." is also francs after a number).
	"hr": true, "fr": true, "frl": true,
}

// sentenceOpeners are capitalised words that open sentences and are never
// names: pronouns and sentence adverbs in English, German, French and
// Russian, lower case. An abbreviation or initial before one ends its
// sentence ("Leiter war der Prof. Er kam", "в 1950 г. Затем", "plan B.
// Then"). Articles are left out, as titles of works start with them ("z. B.
// Der Spiegel", "cf. Le Monde"), and so are one-letter words, which may be
// initials ("А. С. Пушкин").
var sentenceOpeners = wordSet(`
	he she it they we you then but and however there this these thus hence meanwhile afterwards
	er sie es wir ich ihr man dann danach doch aber und auch dort hier nun jetzt später zuerst
	deshalb daher dabei darauf trotzdem dennoch allerdings ausserdem außerdem schliesslich schließlich
	zudem damals inzwischen dies diese dieser dieses dazu
	il elle ils elles nous vous on je puis ensuite mais et alors donc cela ceci enfin cependant
	pourtant ainsi
	он она оно они мы вы потом затем но это там тогда после здесь теперь однако поэтому тут вот`)

// opensSentence reports a capitalised word of sentenceOpeners.
func opensSentence(text string, t rawToken) bool {
	w := tokText(text, t)
	return t.class == classWord && unicode.IsUpper(firstRune(w)) && sentenceOpeners[strings.ToLower(w)]
}

// Abbreviations after which a capitalised word does start a new sentence.
var sentenceEndAbbreviations = map[string]bool{
	"etc": true, "a.m": true, "p.m": true, "т.д": true, "т.п": true, "др": true,
	"usw": true,
}

// russianDatings end a date as sentenceEndAbbreviations end a list: "of
// this, the current, the last year" and "of our era" ("в сентябре с.г.").
// In capitals they are a name's initials ("им. Н. Э. Баумана").
var russianDatings = map[string]bool{"с.г": true, "т.г": true, "п.г": true, "н.э": true}

// isOrdinalDate reports a day written as an ordinal before a month, as
// German writes dates ("am 12. August 1973"): the full stop at toks[i]
// touches a number of one or two digits and a month name follows at
// toks[j], with a year after it or a German article or preposition before
// the number (ordinalHeads) unless the name is not also an English word or
// abbreviation ("am 1. Mai kamen", "am 1. August an", but "counted to 3.
// March on!").
func isOrdinalDate(text string, toks []rawToken, i, j int) bool {
	if i == 0 || j != i+1 || tokText(text, toks[i]) != "." || toks[i-1].end != toks[i].start {
		return false
	}
	day, month := tokText(text, toks[i-1]), tokText(text, toks[j])
	if toks[i-1].class != classNumber || len(day) > 2 || !isASCIIDigit(day[0]) || toks[j].class != classWord {
		return false
	}
	lm := strings.ToLower(month)
	if ordinalNouns[lm] || monthAbbreviations[lm] && abbreviationAt(text, toks, j) {
		return true // "im 13. Jh.", "im 18. Jahrhundert", "31. Dez. 2023"
	}
	if !isMonth(lm) {
		return false
	}
	return !englishMonths[lm] || j+1 < len(toks) && toks[j+1].class == classNumber ||
		ordinalHeads[strings.ToLower(tokBefore(text, toks, i-1))]
}

// ordinalNouns are the German nouns that follow an ordinal and no
// sentence start, lower case: centuries and millennia ("im 13. Jh.",
// "im 18. Jahrhundert").
var ordinalNouns = map[string]bool{
	"jh": true, "jhd": true, "jhdt": true, "jahrhundert": true, "jahrhunderts": true,
	"jahrhunderten": true, "jahrtausend": true, "jahrtausends": true,
}

// ordinalHeads are the German articles and contracted prepositions before
// an ordinal date ("am 1. August", "vom 3. März"): with one of them, a
// month that is also an English word makes a date without a year.
//
// Ordinals before other nouns ("im 3. Lager") still end a sentence: joined,
// moved fragments ending in "im 3." fall below minRunAlnum and are no
// longer found as moves, which scored lower on the synthetic German set
// (whose gold cuts at every full stop before a capital).
var ordinalHeads = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"im": true, "am": true, "zum": true, "zur": true, "vom": true, "beim": true,
	"ins": true, "ans": true,
}

// tokBefore returns the text of the word before toks[k], or "" when there
// is none or it touches toks[k].
func tokBefore(text string, toks []rawToken, k int) string {
	if k == 0 || toks[k-1].class != classWord || toks[k-1].end == toks[k].start {
		return ""
	}
	return tokText(text, toks[k-1])
}

// opensListItem reports a list number or letter opening a line after a
// colon or another mark that closes a line of text ("Die Regeln:\n7. Die
// Expedition …"): the sentence before ends there. After a word or a comma
// the line may be a hard wrap inside a sentence ("am\n12. Juni"), so it
// does not count.
func opensListItem(text string, toks []rawToken, k int) bool {
	// The cheap tests first: this runs for every token.
	if k+2 >= len(toks) || toks[k+1].start != toks[k].end || toks[k+1].end-toks[k+1].start != 1 ||
		text[toks[k+1].start] != '.' || toks[k+2].start == toks[k+1].end || !isListMarker(text, toks[k]) {
		return false
	}
	prev := toks[k-1]
	if !strings.Contains(text[prev.end:toks[k].start], "\n") || prev.class != classPunct {
		return false
	}
	r := firstRune(tokText(text, prev))
	return r != ',' && !isDash(r) && r != '-'
}

// isListMarker reports a list number or lower-case letter: "1", "12", "a",
// "б".
func isListMarker(text string, t rawToken) bool {
	w := tokText(text, t)
	return t.class == classNumber && len(w) <= 3 ||
		t.class == classWord && utf8.RuneCountInString(w) == 1 && unicode.IsLower(firstRune(w))
}

// Abbreviations that do not end a sentence when a number follows (and
// monthAbbreviations).
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "art": true, "vol": true, "p": true, "pp": true, "ch": true,
	"sec": true, "para": true, "ст": true, "п": true, "ч": true, "№": true, "стр": true,
	"рис": true, "табл": true, "гл": true, "fig": true, "tab": true, "ed": true,
	"nr": true, "abb": true, "bd": true, "kap": true, "chap": true, "figs": true,
	"eq": true, "eqs": true, "ref": true, "refs": true,
	"abs": true, "ziff": true, "abschn": true, "anm": true, // German law and notes: "Art. 6 Abs. 1"
	"rd": true, "ок": true, // about: "rd. 210 Mio.", "ок. 45 м"
	"кв": true, // a flat: "кв. 12"
}

// monthAbbreviations are abbreviated month names, lower case: before a
// year ("Dez. 2023") or after an ordinal day ("31. Dez.") they go on.
var monthAbbreviations = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec
	mär mrz okt dez janv févr fév avr juil déc
	янв февр фев мар апр авг сент сен окт нояб ноя дек`)

// isAbbreviation reports whether the full stop at toks[i] follows an
// abbreviation or an initial, so that the sentence goes on at toks[next];
// the sentence starts at toks[lo], or lo is -1 where that is not known.
func isAbbreviation(text string, toks []rawToken, lo, i, next int) bool {
	if tokText(text, toks[i]) != "." || i == 0 || toks[i-1].end != toks[i].start {
		return false
	}
	prev := toks[i-1]
	if prev.class == classPunct {
		return false
	}
	w := tokText(text, prev)
	lw := strings.ToLower(w)
	// Dotted forms like "e.g.", "т.д." are looked up whole, and so are
	// those after a single letter with a space ("z. B.", "т. д.", "p.
	// ex.").
	if i >= 3 && tokText(text, toks[i-2]) == "." && toks[i-3].end == toks[i-2].start && toks[i-3].class == classWord &&
		(toks[i-2].end == prev.start || utf8.RuneCountInString(tokText(text, toks[i-3])) == 1) {
		lw = strings.ToLower(tokText(text, toks[i-3])) + "." + lw
	}
	if goesOn, decided := abbreviationInContext(text, toks, lw, i, next); decided {
		return goesOn
	}
	// Abbreviations that usually close a list, a time or a date end the
	// sentence when a capitalised word follows: "и т.д. Потом", "at 5
	// p.m. The", "в сентябре с.г. Вопрос".
	if sentenceEndAbbreviations[lw] || russianDatings[lw] && !unicode.IsUpper(firstRune(w)) || opensSentence(text, toks[next]) {
		return false
	}
	n, afterNumber := quantityBefore(text, toks, i-1) // the number before the word, if any
	if lw == "г" || lw == "гг" {
		// Before a city ("г. Москва"), or where the sentence's start is
		// not known, it goes on.
		return !afterNumber || lo < 0 || !yearEndsSentence(text, toks, lo, n)
	}
	// A unit after a number ends a sentence ("7000 m. Mais", "3 см.
	// Жителям", "132 млн т. Такой"): these take no full stop of their
	// own. Before a number the letter numbers a part ("ст. 5 п. 3").
	if afterNumber && toks[next].class != classNumber && !eraWords[tokText(text, toks[next])] &&
		!(lw == "т" && n > 0 && strings.EqualFold(tokText(text, toks[n-1]), "в") && citesPlace(text, toks, next)) && // "в 22 т. М.:", in 22 volumes
		(unicode.IsLower(firstRune(w)) && utf8.RuneCountInString(w) == 1 || unitSymbols[lw] || afterDegreeSign(text, toks, i-1)) {
		return false
	}
	// A single letter is an initial or part of U.S., e.g., т.е. — but not
	// the pronouns I and Я.
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter(firstRune(w)) {
		return w != "I" && w != "Я"
	}
	if titleAbbreviations[lw] || degreeAfterTitle(text, toks, i) {
		return true
	}
	if capitalTitles[lw] && unicode.IsUpper(firstRune(w)) && !afterNumber {
		return true // "Fr. Müller", but "5 Fr. Das" (francs) may end
	}
	// A German street before its number: "Goethestr. 12".
	if strings.HasSuffix(lw, "str") && len(lw) > len("str") && toks[next].class == classNumber {
		return true
	}
	// "Fig. 3", "Eq. (12)", "Refs. [4, 5]", "Fig. (a)": the number, or
	// the bracket that holds it, is the abbreviation's; "no. (Nobody
	// was…)" ends a sentence.
	if (numberAbbreviations[lw] || monthAbbreviations[lw]) && (toks[next].class == classNumber || referenceInBrackets(text, toks, next)) {
		return true
	}
	return false
}

// abbreviationInContext decides the full stop at toks[i] after lw where
// the words around it do: a time before a weekday ("until 6 p.m. Sunday
// for…"), a citation of the law ("gem. § 46", "vgl. Art. 3"), a currency
// before its country's initials ("116,8 млрд долл. США"), a French era
// ("av. J.-C."). decided is false where they say nothing.
func abbreviationInContext(text string, toks []rawToken, lw string, i, next int) (goesOn, decided bool) {
	nextText := tokText(text, toks[next])
	switch {
	case (lw == "a.m" || lw == "p.m") && weekdayNames[strings.ToLower(nextText)] && weekdayGoesOn(text, toks, next+1):
		return true, true
	case citingAbbreviations[lw] && (nextText == "§" || nextText == "Art" && next+1 < len(toks) && tokText(text, toks[next+1]) == "."):
		return true, true
	case currencyAbbreviations[lw] && countryInitials[nextText]:
		return true, true
	}
	switch frenchEra(text, toks, i) {
	case eraOpens:
		return true, true // "av. J.-C."
	case eraCloses:
		return false, true // the sentence may end after "J.-C."
	}
	return false, false
}

// weekdayGoesOn reports whether the sentence goes on after a weekday
// ending at toks[k]: with punctuation, or a word that continues a time
// ("6 p.m. Sunday for…", "Sunday night"); "Sunday is a day off" is a
// sentence of its own.
func weekdayGoesOn(text string, toks []rawToken, k int) bool {
	if k >= len(toks) {
		return true
	}
	return toks[k].class == classPunct || timeContinuations[tokText(text, toks[k])]
}

// timeContinuations are the words after a weekday that go on with a time.
var timeContinuations = map[string]bool{
	"for": true, "in": true, "at": true, "and": true, "or": true, "to": true, "until": true, "through": true,
	"night": true, "morning": true, "afternoon": true, "evening": true,
}

// yearEndsSentence reports whether a capital after a Russian year, the
// number at toks[n] before "г." or "гг." ("2024 г.", "1941–1945 гг.") in
// the sentence that starts at toks[lo], starts a sentence. A year that
// opens its sentence or clause, after nothing but the words of a date
// ("В 2024 г. Москва…", "С 1 по 5 сентября 2024 г. Москва…", "Как
// известно, летом 1812 г. Наполеон…"), is a time before the subject; a
// year after the clause's own words ("…началось в конце 2022 г. Сроки…")
// ends it.
func yearEndsSentence(text string, toks []rawToken, lo, n int) bool {
	for k := n - 1; k >= lo; k-- {
		t := strings.ToLower(tokText(text, toks[k]))
		switch {
		case (t == "," || t == ":" || t == ";") && k-lo <= introMaxTokens:
			return false // the year opens a clause after a short opening ("Как известно,")
		case toks[k].class == classPunct && t != "," && t != ":" && t != ";":
			// Quotes, brackets, dashes, a list number's stop: «В 2024 г. …»
		case toks[k].class == classNumber, yearPhraseWords[t], isMonth(t):
		default:
			return true
		}
	}
	return false
}

// introMaxTokens is how many tokens an opening before a comma may hold
// for the year after it to open a clause ("Как известно, летом 1812 г.
// Наполеон…"); after a longer one the comma parts a clause of the
// sentence's own ("Он родился в Твери, в 1950 г. Его отец…").
const introMaxTokens = 3

// citesPlace reports a bibliographic place after a number of volumes at
// toks[k]: a short abbreviated city and a colon ("М.:", "СПб.:").
func citesPlace(text string, toks []rawToken, k int) bool {
	return k+2 < len(toks) && toks[k].class == classWord && utf8.RuneCountInString(tokText(text, toks[k])) <= 3 &&
		tokText(text, toks[k+1]) == "." && tokText(text, toks[k+2]) == ":"
}

// yearPhraseWords are the Russian words of a date before a year, lower
// case: prepositions, conjunctions, and nouns of a period or season.
var yearPhraseWords = wordSet(`в во с со по до к от на за из около между и а но
	период году годах годы начале конце середине течение летом зимой весной осенью
	концу началу итогам том тот же уже ещё еще только лишь затем однако даже именно`)

// countryInitials are the initials of countries a currency may be
// written with ("долл. США", "руб. РФ").
var countryInitials = map[string]bool{"США": true, "РФ": true, "СССР": true, "КНР": true}

// referenceInBrackets reports whether toks[i] opens brackets, "(" or
// "[", that hold a reference and close: a number or a list of them
// ("(12)", "[4, 5]"), a single letter (a figure's panel, "(b)") or a word
// in capitals (a placeholder, "[REF]"). A bracketed sentence ("(I checked
// it.)", "(NATO won.)") goes on past its first word.
func referenceInBrackets(text string, toks []rawToken, i int) bool {
	j := i
	for j < len(toks) && (tokText(text, toks[j]) == "(" || tokText(text, toks[j]) == "[") {
		j++
	}
	if j == i || j == len(toks) {
		return false
	}
	t, w := toks[j], tokText(text, toks[j])
	if t.class != classNumber && !(t.class == classWord && (utf8.RuneCountInString(w) == 1 || w == strings.ToUpper(w) && w != strings.ToLower(w))) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+maxReferenceTokens; k++ {
		switch x := tokText(text, toks[k]); {
		case x == ")" || x == "]":
			return true
		case toks[k].class != classNumber && x != "," && x != "-" && x != "–":
			return false
		}
	}
	return false
}

// quantityBefore reports whether the word toks[k] follows a number, with
// a space between and perhaps a scale word ("5 m", "132 млн т") or a
// degree sign ("8,9 °C"), and returns the number's index.
func quantityBefore(text string, toks []rawToken, k int) (int, bool) {
	n := k - 1
	if n >= 1 && toks[n-1].class == classNumber && toks[n].class == classWord && scaleWords()[strings.ToLower(tokText(text, toks[n]))] != 0 {
		n-- // the number is looked at first: lowering a word allocates
	}
	if afterDegreeSign(text, toks, k) {
		n-- // "8,9 °C"
	} else if n >= 0 && toks[n].end == toks[k].start {
		return 0, false
	}
	if n >= 2 && toks[n].class == classWord && tokText(text, toks[n-1]) == "-" && toks[n-1].end == toks[n].start &&
		toks[n-2].end == toks[n-1].start {
		n -= 2 // a number's case ending: "1560-х гг."
	}
	if n < 0 || toks[n].class != classNumber {
		return 0, false
	}
	return n, true
}

// afterDegreeSign reports that the word toks[k] follows a degree sign
// ("°C", "°F"): a unit, though a capital.
func afterDegreeSign(text string, toks []rawToken, k int) bool {
	return k >= 1 && tokText(text, toks[k-1]) == "°" && toks[k-1].end == toks[k].start
}

// eraMark is what a full stop does in a French era, "av. J.-C." or
// "apr. J.-C." (before and after Christ).
type eraMark int

const (
	eraNone   eraMark = iota
	eraOpens          // after "av" or "apr": the era goes on
	eraCloses         // after "J.-C.": a sentence may end (unlike "J.-C. Decaux", a name)
)

// frenchEra returns what the full stop at toks[i] does in a French era.
func frenchEra(text string, toks []rawToken, i int) eraMark {
	at := func(k int, s string) bool { return k >= 0 && k < len(toks) && tokText(text, toks[k]) == s }
	era := func(k int) bool { return at(k, "av") || at(k, "apr") }
	switch {
	case era(i-1) && at(i+1, "J") && at(i+2, ".") && at(i+3, "-") && at(i+4, "C"):
		return eraOpens
	case at(i-1, "C") && at(i-2, "-") && at(i-3, ".") && at(i-4, "J") && at(i-5, ".") && era(i-6):
		return eraCloses
	}
	return eraNone
}

// citingAbbreviations are German abbreviations that cite a law, lower
// case: before "§" or "Art." they go on ("gem. § 46", "vgl. Art. 3");
// elsewhere "gem" is the English word.
var citingAbbreviations = map[string]bool{"gem": true, "vgl": true, "lt": true, "s": true}

// currencyAbbreviations are abbreviated currencies that a country's
// initials may follow ("долл. США", "руб. РФ"), lower case.
var currencyAbbreviations = map[string]bool{"долл": true, "руб": true, "дол": true}

// eraWords are the second words of German eras after a year ("1150 n.
// Chr.", "v. u. Z."), before which a letter after a number is not a unit.
var eraWords = map[string]bool{"Chr": true, "u": true}

// abbreviationAt reports a short word at toks[k] with a full stop right
// after it ("Dez.").
func abbreviationAt(text string, toks []rawToken, k int) bool {
	return k+1 < len(toks) && toks[k].class == classWord && utf8.RuneCountInString(tokText(text, toks[k])) <= 4 &&
		tokText(text, toks[k+1]) == "." && toks[k+1].start == toks[k].end
}

// unitSymbols are units written in more than one letter that are also
// abbreviations of words, lower case: after a number they are the unit
// ("3 см"), elsewhere the word ("см. выше", see above).
var unitSymbols = map[string]bool{"см": true}

// academicDegrees are the Latin words of German doctoral degrees, after
// "Dr." ("Dr. med.", "Dr. rer. nat."): abbreviations there, and words of
// other languages elsewhere (Swedish "med", Danish "nat").
var academicDegrees = map[string]bool{
	"med": true, "phil": true, "rer": true, "nat": true, "jur": true, "theol": true,
	"habil": true, "oec": true, "pol": true, "dent": true, "vet": true, "sc": true,
}

// degreeAfterTitle reports that the word before the full stop at toks[i]
// is a degree, in lower case as German writes it, after an abbreviated
// title or another degree ("Dr. med.", "Dr. rer. nat."; not "Dr. Phil.
// Millions…").
func degreeAfterTitle(text string, toks []rawToken, i int) bool {
	if i < 3 || !academicDegrees[tokText(text, toks[i-1])] || tokText(text, toks[i-2]) != "." ||
		toks[i-3].end != toks[i-2].start || toks[i-2].end == toks[i-1].start {
		return false
	}
	before := strings.ToLower(tokText(text, toks[i-3]))
	return degreeTitles[before] || academicDegrees[before]
}

// degreeTitles are the titles a degree follows, lower case.
var degreeTitles = map[string]bool{"dr": true, "prof": true, "dipl": true}

// maxReferenceTokens is how many tokens of a list of numbers may follow a
// reference's first before its bracket closes ("[4, 5, 7-9]").
const maxReferenceTokens = 8
