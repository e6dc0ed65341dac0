package compare

import (
	"strconv"
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
		if i > lo && opensListItem(text, toks, lo, i) {
			out = append(out, [2]int{lo, i})
			lo = i
		}
		if !isTerminal(text, toks[i]) {
			continue
		}
		// Take closing quotes, brackets and further terminal marks that
		// touch the full stop.
		j := i + 1
		for j < n && (toks[j].start == toks[j-1].end && isCloser(text, toks[j]) || spacedGuillemet(text, toks, j)) {
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
		if isAbbreviation(text, toks, lo, i, j) || isOrdinalDate(text, toks, lo, i, j) {
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

// isSentenceEnd reports the marks that can end a sentence: also the
// Devanagari and Bengali danda, the Arabic and Urdu ones, and the full
// stops of Armenian (։), Ethiopic (።), Myanmar (။) and Khmer (។).
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '．', '।', '॥', '؟', '۔', '։', '።', '။', '។':
		return true
	}
	return isSpacelessEnd(r)
}

// EndsSentence reports whether text ends a sentence as the splitter ends
// one: its last mark, white space and closing quotes or brackets aside,
// ends sentences (a full stop, 。, ।, ؟…). An export places text a
// version lacks after such a sentence, not inside it.
func EndsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsSpace(r) || isCloserRune(r) && !isSentenceEnd(r) })
	r, _ := utf8.DecodeLastRuneInString(text)
	return isSentenceEnd(r)
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
	return isCloserRune(firstRune(tokText(text, t)))
}

// isCloserRune is isCloser for a mark.
func isCloserRune(r rune) bool {
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

// spacedGuillemet reports a closing guillemet at toks[j] set apart by a
// space, as French sets it (« Non. »): one that the next word does not
// touch, where the German opening one would (Er sagte es. »Wer da?«).
func spacedGuillemet(text string, toks []rawToken, j int) bool {
	w := tokText(text, toks[j])
	if (w != "»" && w != "›") || toks[j].start == toks[j-1].end ||
		strings.ContainsAny(text[toks[j-1].end:toks[j].start], "\n\r") {
		return false
	}
	return j+1 == len(toks) || toks[j+1].start != toks[j].end || toks[j+1].class == classPunct
}

// startsSentence reports a token that can begin a sentence: an upper-case
// letter, a digit, an opening quote or bracket, a dash, or a symbol.
func startsSentence(text string, t rawToken) bool {
	r := firstRune(tokText(text, t))
	if unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) {
		return true
	}
	if unicode.IsLower(r) {
		// Georgian's letters count as small ones since Unicode gave
		// them capitals (Mtavruli), which its prose does not use.
		return unicode.Is(unicode.Georgian, r)
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

// sentenceOpeners are capitalised words that open sentences and are never
// names: pronouns, possessives and sentence adverbs in English, German,
// French and Russian, lower case. An abbreviation or initial before one
// ends its sentence ("Leiter war der Prof. Er kam", "в 1950 г. Затем",
// "plan B. Then"). Articles are left out, as titles of works start with
// them ("z. B. Der Spiegel", "cf. Le Monde"), and so are one-letter
// words, which may be initials ("А. С. Пушкин").
var sentenceOpeners = wordSet(`
	he she it they we you then but and however there this these thus hence meanwhile afterwards
	his her its their our my your
	er sie es wir ich ihr man dann danach doch aber und auch dort hier nun jetzt später zuerst
	deshalb daher dabei darauf trotzdem dennoch allerdings ausserdem außerdem schliesslich schließlich
	zudem damals inzwischen dies diese dieser dieses dazu
	il elle ils elles nous vous on je puis ensuite mais et alors donc cela ceci enfin cependant
	pourtant ainsi
	он она оно они мы вы потом затем но это там тогда после здесь теперь однако поэтому тут вот
	так также кроме впрочем всё все`)

// opensSentence reports a capitalised word of sentenceOpeners.
func opensSentence(text string, t rawToken) bool {
	w := tokText(text, t)
	return t.class == classWord && unicode.IsUpper(firstRune(w)) && sentenceOpeners[strings.ToLower(w)]
}

// isOrdinalDate reports a German ordinal whose full stop, at toks[i],
// does not end the sentence that starts at toks[lo]. Mostly a day before
// a month, as German writes dates ("am 12. August 1973"): a number of one
// or two digits touches the full stop and a month name follows at
// toks[j], with a year after it or a German article or preposition before
// the number (ordinalHeads) unless the name is not also an English word or
// abbreviation ("am 1. Mai kamen", "am 1. August an", but "counted to 3.
// March on!"); else a century or an edition (ordinalNouns), or an ordinal
// before another noun (isOrdinalNoun).
func isOrdinalDate(text string, toks []rawToken, lo, i, j int) bool {
	if i == 0 || j != i+1 || tokText(text, toks[i]) != "." || toks[i-1].end != toks[i].start {
		return false
	}
	day, month := tokText(text, toks[i-1]), tokText(text, toks[j])
	if toks[i-1].class == classNumber && numericDate(text, toks, i, j) {
		return true
	}
	if toks[i-1].class != classNumber || !isASCIIDigit(day[0]) || toks[j].class != classWord {
		return false
	}
	if len(day) > 2 {
		return isOrdinalNoun(text, toks, lo, i, j)
	}
	lm := strings.ToLower(month)
	if ordinalNouns[lm] || abbreviations[lm].has(abbrevMonth) && abbreviationAt(text, toks, j) {
		return true // "im 13. Jh.", "im 18. Jahrhundert", "31. Dez. 2023"
	}
	if !isMonth(lm) {
		return isOrdinalNoun(text, toks, lo, i, j)
	}
	return !englishMonths[lm] || j+1 < len(toks) && toks[j+1].class == classNumber ||
		ordinalHeads[strings.ToLower(tokBefore(text, toks, i-1))]
}

// numericDate reports a full stop at toks[i] inside a date written in
// figures with spaces, as Czech, Slovak and German write it ("27. 3.
// 1967"): after the day, before a month of one or two digits and its
// stop; after the month, before a year of four.
func numericDate(text string, toks []rawToken, i, j int) bool {
	small := func(k int) bool {
		n, err := strconv.Atoi(tokText(text, toks[k]))
		return err == nil && toks[k].class == classNumber && n >= 1 && n <= 31
	}
	if !small(i-1) || toks[j].class != classNumber {
		return false
	}
	stopAfter := func(k int) bool {
		return k+1 < len(toks) && tokText(text, toks[k+1]) == "." && toks[k].end == toks[k+1].start
	}
	year := func(k int) bool {
		return k < len(toks) && toks[k].class == classNumber && len(tokText(text, toks[k])) == 4
	}
	if m, err := strconv.Atoi(tokText(text, toks[j])); err == nil && m <= 12 && small(j) && stopAfter(j) &&
		(year(j+2) || j+2 < len(toks) && dateRangeWords[tokText(text, toks[j+2])]) {
		return true // "27. | 3. 1967", "vom 1. | 2. bis zum 3. 4. 2000"
	}
	return year(j) && i >= 3 && tokText(text, toks[i-2]) == "." && small(i-3) && stopAfter(i-3)
}

// dateRangeWords join a date in figures to the next one of its range
// ("vom 1. 2. bis zum 3. 4. 2000", "am 24. 12. und am 31. 12. 2023").
var dateRangeWords = wordSet(`bis und - – — až do`)

// isOrdinalNoun reports an ordinal before a noun as German writes it
// ("die 3. Kompanie", "zum 5. Mal", "der 100. Geburtstag"): a number of
// at most four digits after an article, determiner or contracted
// preposition (germanDeterminers; in lower case, or opening the sentence
// that starts at toks[lo] or a quotation in it, opensClause: "Die 3.
// Kompanie", „Die 3. Kompanie“, but "Pack 12, Den 7. Parents"), and
// a capitalised word after it that may be a noun: no determiner, no word
// that opens sentences, no preposition or conjunction (notOrdinalNouns).
// "Sie wohnte im 4. Stock", but "Sie kaufte die 3. Die 4. war teurer",
// "Wir nahmen die 5. Nach zehn Minuten". "am" counts but after "I": "am
// 1. FC Köln", but "I am 30. Mary is 28." A sentence that ends in such a
// number before a noun or a name that opens the next ("über die 100.
// Rettungskräfte suchen", "au sommet des 27. Emmanuel Macron") is read as
// one.
func isOrdinalNoun(text string, toks []rawToken, lo, i, j int) bool {
	num, noun := tokText(text, toks[i-1]), tokText(text, toks[j])
	if len(num) > 4 || !allASCIIDigits(num) || !unicode.IsUpper(firstRune(noun)) || opensSentence(text, toks[j]) {
		return false
	}
	ln := strings.ToLower(noun)
	if germanDeterminers[ln] || ordinalHeads[ln] || notOrdinalNouns[ln] {
		return false
	}
	det := tokBefore(text, toks, i-1)
	ld := strings.ToLower(det)
	isDet := germanDeterminers[ld] || ld == "am" && tokBefore(text, toks, i-2) != "I"
	return isDet && (!unicode.IsUpper(firstRune(det)) || opensClause(text, toks, lo, i-2))
}

// opensClause reports whether toks[k] opens the sentence that starts at
// toks[lo], or a quotation, bracket or dashed line in it: „Die 3.
// Kompanie …“, "– Die 3. Kompanie", but not after a comma or a colon
// ("Pack 12, Den 7.", "Scouts meet here: Den 7. Parents").
func opensClause(text string, toks []rawToken, lo, k int) bool {
	if k == lo {
		return true
	}
	return k > 0 && toks[k-1].class == classPunct && strings.Contains(clauseOpeners, tokText(text, toks[k-1]))
}

// clauseOpeners are the marks after which a word opens a quotation,
// bracket or dashed line.
const clauseOpeners = "„\"«»‚‹›“‘([–—-"

// notOrdinalNouns are capitalised words after a number's full stop that
// open a sentence rather than follow an ordinal, lower case, beyond
// sentenceOpeners and the determiners: German prepositions, conjunctions
// and adverbs, and the articles of French and English ("au sommet des
// 27. Les dirigeants").
var notOrdinalNouns = wordSet(`
	nach bei mit in auf aus vor für seit um zu von über unter durch gegen ohne trotz während wegen
	hinter neben zwischen an bis als wenn weil obwohl da dass ob sobald nachdem bevor heute gestern
	noch schon nur so wie was wer wo warum leider vielleicht jedoch also sonst zwar natürlich
	eigentlich plötzlich endlich immerhin bald damit somit folglich darum deswegen dadurch dafür
	sofort vorher bisher anschließend oft immer
	le la les un une des the a an`)

// allASCIIDigits reports a word of ASCII digits only ("3", not "3,5" or
// "3b").
func allASCIIDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isASCIIDigit(w[k]) {
			return false
		}
	}
	return w != ""
}

// ordinalNouns are the German nouns that follow an ordinal and no
// sentence start, lower case: centuries and millennia ("im 13. Jh.",
// "im 18. Jahrhundert"), and the abbreviated edition, volume and year of
// a publication ("in der 2. Aufl.", "im 3. Bd.").
var ordinalNouns = map[string]bool{
	"jh": true, "jhd": true, "jhdt": true, "jahrhundert": true, "jahrhunderts": true,
	"jahrhunderten": true, "jahrtausend": true, "jahrtausends": true,
	"aufl": true, "ausg": true, "bd": true, "jg": true,
}

// ordinalHeads are the German articles and contracted prepositions before
// an ordinal date ("am 1. August", "vom 3. März"): with one of them, a
// month that is also an English word makes a date without a year.
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

// opensListItem reports a list item opening a line: a bullet ("•"),
// which opens one wherever it starts a line, a list number or letter
// ("7.") after a colon or another mark that closes a line of text ("Die
// Regeln:\n7. Die Expedition …"), or a hyphen or dash before a space
// after a colon, or after a semicolon ending an item (opensItem: "Main
// findings:\n- Rents rose;\n- Supply fell", as official texts end their
// items): the sentence before ends there. After a word or a comma the line may be a hard wrap inside
// a sentence ("am\n12. Juni", "the meeting\n— which lasted an hour —"),
// and a dash after a bracket or a quote may go on with it ("the meeting
// (in May)\n— which lasted an hour —"), so those do not count.
func opensListItem(text string, toks []rawToken, lo, k int) bool {
	// The cheap tests first: this runs for every token.
	if k+1 >= len(toks) || toks[k].class == classWord && toks[k+1].start != toks[k].end {
		return false
	}
	bullet, dash := false, false
	if !numberedItem(text, toks, k) {
		r, size := utf8.DecodeRuneInString(tokText(text, toks[k]))
		if size != int(toks[k].end-toks[k].start) {
			return false
		}
		bullet = isBullet(r)
		dash = isItemDash(r) && toks[k+1].start != toks[k].end
		if !bullet && !dash {
			return false
		}
	}
	prev := toks[k-1]
	if !strings.Contains(text[prev.end:toks[k].start], "\n") {
		return false
	}
	if bullet {
		return true
	}
	r := firstRune(tokText(text, prev))
	if dash {
		// After a semicolon only where the sentence it ends is an item
		// itself ("Findings:\n- Rents rose;\n- Supply fell"), not prose
		// ("They had won the war;\n— or so they believed —").
		return r == ':' || r == ';' && opensItem(text, toks, lo) || r != ',' && sameItemMark(text, toks, lo, k)
	}
	return prev.class == classPunct && r != ',' && !isDash(r) && r != '-'
}

// sameItemMark reports that the sentence from toks[lo] opens a line with
// the mark that opens the line at toks[k]: one item of a list after
// another, as a list without full stops writes them ("- apples, 2
// kg\n- pears, 3 kg").
func sameItemMark(text string, toks []rawToken, lo, k int) bool {
	return toks[lo].class == classPunct && tokText(text, toks[lo]) == tokText(text, toks[k]) &&
		(lo == 0 || strings.Contains(text[toks[lo-1].end:toks[lo].start], "\n"))
}

// opensItem reports whether the sentence from toks[lo] is itself a list
// item: it opens with a hyphen, a dash, an asterisk or a bullet, or a list
// number or letter and its full stop or bracket ("7.", "7)").
func opensItem(text string, toks []rawToken, lo int) bool {
	r, _ := utf8.DecodeRuneInString(tokText(text, toks[lo]))
	return toks[lo].class == classPunct && (isItemDash(r) || isBullet(r)) || numberedItem(text, toks, lo)
}

// numberedItem reports a list number or letter at toks[k] with its full
// stop or closing bracket touching it and a space after: "7. Die
// Expedition", "2) More quiet at home".
func numberedItem(text string, toks []rawToken, k int) bool {
	return k+2 < len(toks) && toks[k+1].start == toks[k].end && toks[k+1].end-toks[k+1].start == 1 &&
		(text[toks[k+1].start] == '.' || text[toks[k+1].start] == ')') && toks[k+2].start != toks[k+1].end && isListMarker(text, toks[k])
}

// isItemDash reports a mark that opens a list item before a space where
// a line of text may open with it too: a hyphen, a dash, an asterisk.
func isItemDash(r rune) bool { return isDash(r) || r == '*' }

// isBullet reports a mark that opens an item of a list and nothing else.
func isBullet(r rune) bool { return strings.ContainsRune(bullets, r) }

// bullets are the marks isBullet knows.
const bullets = "•◦‣▪▫■□●○⁃"

// isListMarker reports a list number or lower-case letter: "1", "12", "a",
// "б".
func isListMarker(text string, t rawToken) bool {
	w := tokText(text, t)
	return t.class == classNumber && len(w) <= 3 ||
		t.class == classWord && utf8.RuneCountInString(w) == 1 && unicode.IsLower(firstRune(w))
}
