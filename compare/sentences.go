package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawToken is a token before keys are computed, used for segmentation.
type rawToken struct {
	start, end int
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
	// plainSimple: ASCII and basic Russian letters (А-я, Ё, ё) and
	// digits, all stable under NFKC and typographic folding. The bytes
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
			out = append(out, [2]int{toks[r[0]].start, toks[r[1]-1].end})
		}
	}
	return out
}

// splitSentences splits a paragraph's tokens into sentences and returns
// token index ranges [lo, hi). It respects abbreviations and initials in
// English and Russian (Mr., U.S., e.g., т.е., г., В.В. Путин), decimals,
// closing quotes and brackets after the full stop, and "<...>" omission
// marks inside a sentence.
func splitSentences(text string, toks []rawToken) [][2]int {
	var out [][2]int
	lo := 0
	n := len(toks)
	for i := 0; i < n; i++ {
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
		if isAbbreviation(text, toks, i, j) || isOrdinalDate(text, toks, i, j) {
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

func tokText(text string, t rawToken) string { return text[t.start:t.end] }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isTerminal reports a token that can end a sentence.
func isTerminal(text string, t rawToken) bool {
	return t.class == classPunct && isSentenceEnd(firstRune(tokText(text, t)))
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
// capitalised word follows (titles and words that precede names).
var titleAbbreviations = map[string]bool{
	"vs": true, "cf": true, "e.g": true, "i.e": true, "approx": true, "dept": true,
	"г": true, "гг": true, "им": true, "ул": true, "пр": true, "проф": true, "акад": true,
	"ген": true, "тов": true, "гн": true, "г-н": true, "г-жа": true, "см": true, "ср": true,
	"напр": true, "т": true, "д": true, "обл": true, "р": true, "пос": true, "с": true,
}

// capitalTitles are English titles that are abbreviations only when
// written with a capital, before a name ("Col. Smith", "Mt. Everest"): in
// lower case they are words that may end a sentence (French "le col.",
// "5 ft.").
var capitalTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "hon": true, "messrs": true, "mt": true, "ft": true,
}

// Abbreviations after which a capitalised word does start a new sentence.
var sentenceEndAbbreviations = map[string]bool{
	"etc": true, "a.m": true, "p.m": true, "т.д": true, "т.п": true, "др": true,
}

// isOrdinalDate reports a day written as an ordinal before a month, as
// German writes dates ("am 12. August 1973"): the full stop at toks[i]
// touches a number of one or two digits and a month name follows at
// toks[j], with a year after it unless the name is not also an English
// word or abbreviation ("am 1. Mai kamen", but "counted to 3. March on!").
func isOrdinalDate(text string, toks []rawToken, i, j int) bool {
	if i == 0 || j != i+1 || tokText(text, toks[i]) != "." || toks[i-1].end != toks[i].start {
		return false
	}
	day, month := tokText(text, toks[i-1]), tokText(text, toks[j])
	if toks[i-1].class != classNumber || len(day) > 2 || !isASCIIDigit(day[0]) || toks[j].class != classWord || !isMonth(month) {
		return false
	}
	return !englishMonths[strings.ToLower(month)] || j+1 < len(toks) && toks[j+1].class == classNumber
}

// isListMarker reports a list number or lower-case letter: "1", "12", "a",
// "б".
func isListMarker(text string, t rawToken) bool {
	w := tokText(text, t)
	return t.class == classNumber && len(w) <= 3 ||
		t.class == classWord && utf8.RuneCountInString(w) == 1 && unicode.IsLower(firstRune(w))
}

// Abbreviations that do not end a sentence when a number follows.
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "art": true, "vol": true, "p": true, "pp": true, "ch": true,
	"sec": true, "para": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "ст": true, "п": true, "ч": true, "№": true, "стр": true,
	"рис": true, "табл": true, "гл": true, "fig": true, "tab": true, "ed": true,
}

// isAbbreviation reports whether the full stop at toks[i] follows an
// abbreviation or an initial, so that the sentence goes on at toks[next].
func isAbbreviation(text string, toks []rawToken, i, next int) bool {
	if tokText(text, toks[i]) != "." || i == 0 || toks[i-1].end != toks[i].start {
		return false
	}
	prev := toks[i-1]
	if prev.class == classPunct {
		return false
	}
	w := tokText(text, prev)
	lw := strings.ToLower(w)
	// Dotted forms like "e.g.", "т.д." are looked up whole.
	if i >= 3 && tokText(text, toks[i-2]) == "." && toks[i-2].end == prev.start {
		lw = strings.ToLower(tokText(text, toks[i-3])) + "." + lw
	}
	// Abbreviations that usually close a list or a time end the sentence
	// when a capitalised word follows: "и т.д. Потом", "at 5 p.m. The".
	if sentenceEndAbbreviations[lw] {
		return false
	}
	// A single letter is an initial or part of U.S., e.g., т.е. — but not
	// the pronouns I and Я, nor a unit after a number ("7000 m. Mais"; the
	// Russian "2024 г." is a year and goes on).
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter(firstRune(w)) {
		unit := w[0] >= 'a' && w[0] <= 'z' && i >= 2 && toks[i-2].class == classNumber && toks[i-2].end < prev.start
		return w != "I" && w != "Я" && !unit
	}
	if titleAbbreviations[lw] || capitalTitles[lw] && unicode.IsUpper(firstRune(w)) {
		return true
	}
	if numberAbbreviations[lw] && toks[next].class == classNumber {
		return true
	}
	return false
}
