package compare

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenClass tells words, numbers and punctuation apart.
type tokenClass uint8

const (
	classWord   tokenClass = iota // letters (and marks)
	classNumber                   // contains a digit
	classPunct                    // punctuation or symbol
)

// token is one word, number or punctuation mark with its byte span in the
// document text and the number of its comparison key, a number rather
// than the key's 64-bit hash so that it takes 12 bytes: a megabyte of
// English makes about 220,000 of them, and on a text rewritten throughout
// they are most of the comparison's memory.
type token struct {
	key   uint32 // the comparison key's number, shared by the compared documents (see unifyKeys); never 0
	start int32
	size  uint16 // length in bytes; the scanner cuts tokens at maxTokenBytes
	class tokenClass
	flags tokenFlags
}

// tokenFlags are facts about a token's place and letters.
type tokenFlags uint8

const (
	flagUpper tokenFlags = 1 << iota // starts with an upper-case letter
	flagOpens                        // the first word of its sentence (or of a clause after a colon)
)

// end is the offset just past the token.
func (t token) end() int32 { return t.start + int32(t.size) }

// upper reports a token starting with an upper-case letter.
func (t token) upper() bool { return t.flags&flagUpper != 0 }

// opens reports the first word of a sentence (or of a clause after a colon).
func (t token) opens() bool { return t.flags&flagOpens != 0 }

// maxTokenBytes is the longest token: a longer run of word characters (a
// base64 blob, a line of digits) is cut into tokens of at most this size,
// the most token.size (a uint16) holds.
const maxTokenBytes = 1<<16 - 1

// appendToken appends the token text[start:end], cut at rune boundaries
// into pieces of at most maxTokenBytes when it is longer. The cuts fall at
// fixed offsets, so an insertion early in such a "word" changes every
// piece after it: the diff shows the rest of the blob replaced.
func appendToken(out []rawToken, text string, start, end int, class tokenClass, plain plainKind) []rawToken {
	for end-start > maxTokenBytes {
		cut := start + maxTokenBytes
		for !utf8.RuneStart(text[cut]) {
			cut--
		}
		out = append(out, rawToken{int32(start), int32(cut), class, plain})
		start = cut
	}
	return append(out, rawToken{int32(start), int32(end), class, plain})
}

// ASCII byte classes for the tokenizer's fast path.
const (
	asciiSpace = iota + 1
	asciiWord
	asciiDigit
	asciiPunct
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = asciiSpace
		case c >= '0' && c <= '9':
			t[c] = asciiDigit
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = asciiWord
		case c < ' ' || c == 0x7f:
			t[c] = asciiSpace // control characters separate tokens
		default:
			t[c] = asciiPunct
		}
	}
	return t
}()

// scanTokens appends every token in text[from:to] to out. Invisible
// characters (zero-width, variation selectors, soft hyphens) join the token
// they touch; alone they make a punctuation token whose key is empty.
// It reads every byte of every text, the engine's hottest code: the loop
// steps over spaces itself and hands each token to a scanner of its kind,
// one call a token. A token opened by an ASCII letter or digit goes to
// the word scanner straight away, without the rune decoding and tests
// that other characters need, and the scanners' ASCII paths stay free of
// calls that the compiler would not inline.
func scanTokens(text string, from, to int, out []rawToken) []rawToken {
	i := from
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiWord, asciiDigit:
				end, class, plain := wordEnd(text, i, to, rune(c), 1, false)
				out = appendToken(out, text, i, end, class, plain)
				i = end
				continue
			case asciiPunct:
				if c == '&' {
					if n, r := entityAt(text, i, to); n > 0 {
						switch {
						case r == '−' && signStartsNumber(text, from, i, to, n):
							// "&minus;0.5" is the number's sign, as "−0.5" is.
							end, class, _ := wordEnd(text, i, to, r, n, true)
							out = appendToken(out, text, i, end, class, plainNone)
							i = end
							continue
						case !isSpaceRune(r): // "&nbsp;" is white space, as the character is
							out = appendToken(out, text, i, i+n, classPunct, plainNone)
						}
						i += n
						continue
					}
				}
				if c != '-' || !signStartsNumber(text, from, i, to, 1) {
					out, i = appendASCIIPunct(out, text, i, to)
					continue
				}
				// "-5": the sign belongs to the number, read below.
			}
		}
		r, size := decodeRune(text, i, to)
		if c >= utf8.RuneSelf {
			if isSpaceRune(r) {
				i += size
				continue
			}
			if c >= 0xE2 && isIdeographic(r) { // U+2E80 and up start with 0xE2 or more
				out, i = appendIdeograph(out, text, i, to, r, size)
				continue
			}
			if c <= 0xE1 && isUnspacedLetter(r) { // U+0E00 to U+1FFF start with 0xE0 or 0xE1
				// Thai, Lao, Myanmar and Khmer write words without spaces
				// too: each cluster (a letter with its vowel and tone
				// marks, a stacked consonant, a vowel written before its
				// consonant) is a token.
				end := clusterEnd(text, i, r, size, to)
				out = appendToken(out, text, i, end, classWord, plainNone)
				i = end
				continue
			}
		}
		sign := (r == '-' || r == '−') && signStartsNumber(text, from, i, to, size)
		if sign || isWordRune(r) || isInvisible(r) && nextIsWord(text, i+size, to) {
			end, class, plain := wordEnd(text, i, to, r, size, sign)
			out = appendToken(out, text, i, end, class, plain)
			i = end
			continue
		}
		out, i = appendSymbol(out, text, i, to, r, size)
	}
	return out
}

// entityAt returns the length of the HTML character reference at
// text[i:to] ("&quot;", "&#8212;", "&#x2014;") and the character it
// stands for, where that is one mark, symbol or space; 0 elsewhere. Text
// copied from a web page's source keeps them, where the page shows the
// character: a token of its own whose key is the character's (see
// keyer.key), so that "&quot;no&quot;" against "“no”" differs in
// typography alone. A letter's reference ("caf&eacute;") is left in
// pieces, as joining it to its word would take the word scanner, and so
// is a fraction's or a power's ("&frac12;", "&sup2;"), which stand in a
// number as a digit does. A sign's is read as its sign where an amount
// is (referencedRune: "&euro;5bn").
func entityAt(text string, i, to int) (int, rune) {
	j := i + 1
	if j < to && text[j] == '#' {
		j++
	}
	for j < to && j-i <= maxEntityBytes && text[j] < utf8.RuneSelf && (asciiClass[text[j]] == asciiWord || asciiClass[text[j]] == asciiDigit) {
		j++
	}
	if j >= to || text[j] != ';' || j == i+1 {
		return 0, 0
	}
	ref := text[i : j+1]
	s := html.UnescapeString(ref)
	r, size := utf8.DecodeRuneInString(s)
	if s == ref || size != len(s) || unicode.IsLetter(r) || unicode.IsNumber(r) || r == '&' && ref != "&amp;" {
		return 0, 0
	}
	return len(ref), r
}

// referencedRune returns the first character of tok, a token's text, or
// the character it stands for where it is a character reference
// (entityAt), and whether tok is that one character.
func referencedRune(tok string) (rune, bool) {
	if len(tok) > 3 && tok[0] == '&' {
		if n, r := entityAt(tok, 0, len(tok)); n == len(tok) {
			return r, true
		}
	}
	r, size := utf8.DecodeRuneInString(tok)
	return r, size == len(tok)
}

// maxEntityBytes bounds a character reference's name or number
// ("&thetasym;", "&#x1F600;").
const maxEntityBytes = 10

// appendASCIIPunct appends the punctuation token that the ASCII mark at
// text[i] opens and returns it with the token's end: a run of full stops,
// hyphens, apostrophes or backquotes is one token, as is a spaced
// ellipsis, and invisible characters after the mark join it. The token is
// plain (its key its byte) when it is one mark other than a quote.
func appendASCIIPunct(out []rawToken, text string, i, to int) ([]rawToken, int) {
	start, c := i, text[i]
	i++
	if c == '.' || c == '-' || c == '\'' || c == '`' {
		for i < to && text[i] == c {
			i++
		}
	}
	if c == '.' && i == start+1 {
		i = spacedEllipsis(text, i, to)
	}
	i = skipInvisible(text, i, to)
	plain := plainNone
	if i == start+1 && c != '\'' && c != '"' && c != '`' {
		plain = plainASCII
	}
	return appendToken(out, text, start, i, classPunct, plain), i
}

// appendIdeograph appends the token of the ideographic character r, size
// bytes at text[i], with the marks attached to it, and returns it with
// the token's end. Chinese and Japanese write words without spaces: each
// character is a token, so that a changed word changes only its
// characters, not the whole run up to the next space.
func appendIdeograph(out []rawToken, text string, i, to int, r rune, size int) ([]rawToken, int) {
	start := i
	i = skipAttached(text, i+size, to)
	plain := plainNone
	if i == start+size && isPlainIdeograph(r) {
		plain = plainCaseless
	}
	return appendToken(out, text, start, i, classWord, plain), i
}

// wordEnd returns the end of the word or number that r, size bytes at
// text[i], opens (a minus sign when sign is set), with its class and how
// plain its characters are. A word runs over letters, digits, marks and
// invisible characters, but for superscript figures after its letters,
// a footnote's mark ("Eurostat²"; a length's power stays: "km²"); a number
// also over the separators between its digits (3.5, 1,000, 10:30, ٣٫٥).
// It stops before an ideograph or a letter of a script written without
// spaces, which are tokens of their own.
func wordEnd(text string, i, to int, r rune, size int, sign bool) (int, tokenClass, plainKind) {
	start := i
	class := classWord
	plain := plainNone // what the token's characters so far allow
	switch {
	case r < utf8.RuneSelf:
		plain = plainASCII
	case isSimpleLetter(r):
		plain = plainSimple
	}
	if sign {
		class = classNumber
		i += size
	}
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiWord:
				i++
				continue
			case asciiDigit:
				class = classNumber
				i++
				continue
			}
			// A decimal or grouped number: 3.5, 1,000, 10:30.
			if (c == '.' || c == ',' || c == ':') && class == classNumber && i+1 < to &&
				(isASCIIDigit(text[i-1]) && isASCIIDigit(text[i+1]) || digitsAround(text, i, i+1, to)) {
				i++
				continue
			}
			break
		}
		r, size = decodeRune(text, i, to)
		if (r == '٫' || r == '٬') && class == classNumber && digitsAround(text, i, i+size, to) {
			i += size // the Arabic decimal and thousands separators: ٣٫٥, ٤٥٬٠٠٠
			continue
		}
		if isSimpleLetter(r) {
			if plain != plainNone {
				plain = plainSimple
			}
			i += size
			continue
		}
		plain = plainNone
		if r >= 0x2E80 && isIdeographic(r) || isUnspacedLetter(r) {
			break // "COVID疫情": the characters are tokens of their own
		}
		if class == classWord && i > start && superscriptDigit(r) && !poweredUnits[text[start:i]] {
			break // a footnote's mark: "Eurostat²", "USD¹", not "m²"
		}
		if isWordRune(r) || isInvisible(r) {
			if unicode.IsDigit(r) || unicode.In(r, unicode.No, unicode.Nl) {
				class = classNumber // ½, ², Ⅻ count as figures do
			}
			i += size
			continue
		}
		break
	}
	return i, class, plain
}

// appendSymbol appends the token of the symbol r, size bytes at text[i],
// and returns it with the token's end. Marks and invisibles after a
// symbol (an emoji's variation selector) belong to it; an emoji is a
// picture standing for a word: one word token, however many code points
// draw it, and no punctuation.
func appendSymbol(out []rawToken, text string, i, to int, r rune, size int) ([]rawToken, int) {
	start := i
	i = skipWhile(text, i+size, to, isMarkOrInvisible)
	if end, ok := emojiEnd(text, start, i, to, r); ok {
		return appendToken(out, text, start, end, classWord, plainNone), end
	}
	return appendToken(out, text, start, i, classPunct, plainNone), i
}

// emojiEnd reports whether the symbol r at text[start:i] (with the marks
// and invisibles after it) is an emoji, and returns the end of its
// grapheme cluster: a pair of regional indicators (a flag, 🇺🇦), skin tone
// modifiers (👍🏽), tag characters (the flag of Scotland), and further
// emoji joined by U+200D ZERO WIDTH JOINER (👨‍👩‍👧, which skipWhile has
// already taken the first joiner of). A symbol is an emoji when it is a
// pictograph (isPictograph) or a variation selector 16 asks for the emoji
// form ("©️", "❤️").
func emojiEnd(text string, start, i, to int, r rune) (int, bool) {
	if !isPictograph(r) && !strings.ContainsRune(text[start:i], '\uFE0F') {
		return i, false
	}
	if isRegionalIndicator(r) && i == start+utf8.RuneLen(r) && i < to {
		if r2, size := utf8.DecodeRuneInString(text[i:to]); isRegionalIndicator(r2) {
			i += size
		}
	}
	for i < to {
		joined := strings.HasSuffix(text[start:i], "\u200D")
		r, size := utf8.DecodeRuneInString(text[i:to])
		switch {
		case isSkinTone(r) || r >= 0xE0020 && r <= 0xE007F: // modifiers and tags
		case joined && (isPictograph(r) || unicode.Is(unicode.So, r)):
		default:
			return i, true
		}
		i = skipWhile(text, i+size, to, isMarkOrInvisible)
	}
	return i, true
}

// isPictograph reports the characters drawn as emoji by default or often:
// the Miscellaneous Symbols and Dingbats blocks (U+2600-27BF) and the
// planes of emoji from Mahjong tiles to Symbols and Pictographs Extended-A
// (U+1F000-1FAFF), regional indicators and skin tones included. Go's
// unicode package has no Extended_Pictographic property; these blocks hold
// nearly all of it, and other symbols count when U+FE0F follows them.
func isPictograph(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF
}

// isRegionalIndicator reports the letters that make flags in pairs.
func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isSkinTone reports the Fitzpatrick modifiers, which join the emoji before
// them.
func isSkinTone(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF }

// isIdeographic reports Han characters, kana and the marks that repeat or
// lengthen them: the scripts written without spaces between words that
// are tokenized one character at a time.
func isIdeographic(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case isPlainIdeograph(r) || r == 0x309F || r == 0x30FF:
		return true // the common ideographs and kana letters (with ー and the digraphs ゟ, ヿ), without a table
	case r >= 0x3040 && r <= 0x30FF:
		return false // the rest of the kana blocks: marks and punctuation
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == '々' || r == '〆'
}

// isUnspacedLetter reports a letter of Thai, Lao, Myanmar or Khmer,
// scripts written without spaces between words (their digits are
// numbers, read as other digits are).
func isUnspacedLetter(r rune) bool {
	return (r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF) && unicode.IsLetter(r)
}

// clusterEnd returns the end of the cluster that letter r, size bytes at
// text[i], opens: the marks after it (vowel signs, tone marks), a
// consonant stacked under it by a virama or coeng (Myanmar ္, Khmer ្),
// and, for a Thai or Lao vowel written before its consonant (เ, แ, โ,
// ใ, ไ), that consonant with its own marks.
func clusterEnd(text string, i int, r rune, size, to int) int {
	j := i + size
	if r >= 0x0E40 && r <= 0x0E44 || r >= 0x0EC0 && r <= 0x0EC4 {
		if j < to {
			if r2, s2 := decodeRune(text, j, to); isUnspacedLetter(r2) {
				j += s2
			}
		}
	}
	for j < to {
		r2, s2 := decodeRune(text, j, to)
		if !unicode.In(r2, unicode.Mn, unicode.Mc) && !isInvisible(r2) {
			break
		}
		j += s2
		if (r2 == 0x1039 || r2 == 0x17D2) && j < to {
			if r3, s3 := decodeRune(text, j, to); unicode.IsLetter(r3) {
				j += s3
			}
		}
	}
	return j
}

// isPlainIdeograph reports the common ideographs (U+4E00-9FFF) and the
// kana letters with ー, which NFKC leaves as they are (not the digraphs ゟ
// and ヿ, nor halfwidth katakana).
func isPlainIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3041 && r <= 0x3096 || r == 0x309D || r == 0x309E ||
		r >= 0x30A1 && r <= 0x30FA || r >= 0x30FC && r <= 0x30FE
}

// skipAttached returns the end of the combining marks, invisible
// characters and length or repetition marks that follow an ideographic
// character at text[i].
func skipAttached(text string, i, to int) int {
	return skipWhile(text, i, to, func(r rune) bool { return isMarkOrInvisible(r) || r == 'ー' || r == '々' })
}

// digitsAround reports a separator at text[i:j] between two digits of any
// script ("٣.٥", "٤٥٬٠٠٠"), the text read up to to.
func digitsAround(text string, i, j, to int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:to])
	return unicode.IsDigit(before) && unicode.IsDigit(after)
}

// signStartsNumber reports whether the minus sign of size bytes at text[i]
// is the sign of a number ("-5", "−3,5"): a digit follows and no word
// character precedes (so "10-15" and "COVID-19" keep their hyphen). The
// en dash, which typesetters also use for a minus, is left a dash: it
// marks ranges far more often ("10%–15%", "20°–25°").
func signStartsNumber(text string, from, i, to, size int) bool {
	if i+size >= to || !isASCIIDigit(text[i+size]) {
		return false
	}
	if i == from {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[from:i])
	return !isWordRune(r) && r != '.' && r != ','
}

// spacedEllipsis extends a full stop at text[i-1] over ". . ." (full stops
// separated by single spaces, three or more in all) and returns the new end.
func spacedEllipsis(text string, i, to int) int {
	end, dots := i, 1
	for end+1 < to && text[end] == ' ' && text[end+1] == '.' {
		end += 2
		dots++
	}
	if dots >= 3 {
		return end
	}
	return i
}

func skipInvisible(text string, i, to int) int { return skipWhile(text, i, to, isInvisible) }

// skipWhile returns the end of the non-ASCII characters from text[i] on
// (up to to) for which keep holds.
func skipWhile(text string, i, to int, keep func(rune) bool) int {
	for i < to && text[i] >= utf8.RuneSelf {
		r, s := utf8.DecodeRuneInString(text[i:to])
		if !keep(r) {
			break
		}
		i += s
	}
	return i
}

// isMarkOrInvisible reports combining and enclosing marks and invisible
// characters: what joins the character before it.
func isMarkOrInvisible(r rune) bool {
	return isInvisible(r) || unicode.In(r, unicode.Mn, unicode.Me)
}

func nextIsWord(text string, i, to int) bool {
	i = skipInvisible(text, i, to)
	if i >= to {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:to])
	return isWordRune(r)
}

// decodeRune decodes the rune at text[i:to], with ASCII and the two-byte
// sequences of Latin, Greek and Cyrillic letters decoded inline.
func decodeRune(text string, i, to int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < to && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[i:to])
}

// isSimpleLetter reports the basic Russian letters А-я: letters that
// never combine with a neighbour, fold to nothing else and are their own
// NFKC form (Ё and ё fold to Е and е: see foldRune).
func isSimpleLetter(r rune) bool { return r >= 0x410 && r <= 0x44F }

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// hashKey is FNV-1a over s, never 0.
func hashKey(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// wordCount counts the tokens of ts that are not punctuation.
func wordCount(ts []token) int {
	n := 0
	for _, t := range ts {
		if t.class != classPunct {
			n++
		}
	}
	return n
}

// superscriptDigit reports a superscript figure, ⁰ to ⁹ (not a sign:
// "Ca²⁺").
func superscriptDigit(r rune) bool { return isSuper(r) && unicode.Is(unicode.No, r) }

// poweredUnits are the units of length written with a power, an area's
// or a volume's ("m²", "km³", "in²"), which a superscript figure after
// them belongs to.
var poweredUnits = wordSet(`nm µm μm mm cm dm m km in ft yd mi мм см дм м км`)
