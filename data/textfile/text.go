package textfile

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText returns s in the form Variorum compares and stores:
// without a leading byte-order mark, with CRLF and lone CR line ends turned
// into LF, vertical tabs (Word's manual line breaks in the text it saves)
// too, and in Unicode NFC.
func NormalizeText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexByte(s, '\v') >= 0 {
		s = strings.ReplaceAll(s, "\v", "\n")
	}
	if isNFC(s) { // the common case, checked quickly
		return s
	}
	return norm.NFC.String(s)
}

// isNFC reports whether s is in Unicode NFC, as norm.NFC.IsNormalString
// does, but hands the library only the stretches around characters other
// than ASCII and the basic Russian letters (А-я, Ё, ё). Those are starters
// that are their own NFC form and never combine with what precedes them
// (no composition has one as its second part), so normalisation cannot
// change anything between two of them. Each other stretch, with the one
// character before it that it might combine with, is checked on its own.
// Two to four times faster than the library alone on English and Russian
// prose (BenchmarkIsNFC), which matters because every file read is checked.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		j := i + safePrefix(s[i:])
		if j == len(s) {
			return true
		}
		start := j // the safe starter a combining mark may follow
		if j > i {
			_, size := utf8.DecodeLastRuneInString(s[i:j])
			start = j - size
		}
		// The stretch ends where at least 32 safe bytes follow, so that
		// nearby quotes and dashes make one call, not one each.
		k := j
		for {
			for k < len(s) && safeSize(s, k) == 0 {
				_, size := utf8.DecodeRuneInString(s[k:])
				k += size
			}
			n := safePrefix(s[k:])
			if k+n == len(s) || n >= 32 {
				break
			}
			k += n
		}
		if !norm.NFC.IsNormalString(s[start:k]) {
			return false
		}
		i = k
	}
	return true
}

// safeSize is the length of the character at s[i] when it is ASCII (1) or
// a basic Russian letter (2), else 0.
func safeSize(s string, i int) int {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return 1
	case i+1 >= len(s):
		return 0
	case c == 0xD0:
		if d := s[i+1]; d >= 0x90 && d <= 0xBF || d == 0x81 { // А-п, Ё
			return 2
		}
	case c == 0xD1:
		if d := s[i+1]; d >= 0x80 && d <= 0x8F || d == 0x91 { // р-я, ё
			return 2
		}
	}
	return 0
}

// load64 returns s[i:i+8] as a little-endian word; i+8 <= len(s). The
// compiler makes it one load.
func load64(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check, so that the loads merge
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// safePrefix returns the length of the prefix of s made of safe characters
// (see safeSize), reading ASCII eight bytes at a time.
func safePrefix(s string) int {
	i := 0
	for i < len(s) {
		// Four words at a time while they are all ASCII: one test, and
		// loads the processor can overlap.
		for i+32 <= len(s) && (load64(s, i)|load64(s, i+8)|load64(s, i+16)|load64(s, i+24))&0x8080808080808080 == 0 {
			i += 32
		}
		if i == len(s) {
			break
		}
		if i+8 <= len(s) {
			w := load64(s, i)
			if w&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		n := safeSize(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// checkText rejects decoded text that cannot be a document: empty,
// whitespace only, holding NUL characters or mostly control characters
// (binary data read as text).
func checkText(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("no text: the file is empty or holds only white space")
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		line := 1 + strings.Count(s[:i], "\n")
		return fmt.Errorf("NUL character on line %d: a binary or damaged file, not text", line)
	}
	ctrl, total := controlChars(s)
	if ctrl*100 > total { // more than 1% control or undecodable characters
		return fmt.Errorf("%d of %d characters are control or undecodable characters: binary data, not text", ctrl, total)
	}
	return nil
}

// controlChars counts the control characters (C0 other than line ends and
// tabs, DEL, C1) and undecodable ones (U+FFFD) in s, and its characters.
// s must be valid UTF-8, as every decoder here returns it: a stray lead
// byte other than C2 or EF is not counted. Runs of printable ASCII are skipped eight bytes at a
// time: decoded text is read whole once per import and once per file
// compared, so this loop is on the path of every diff.
func controlChars(s string) (ctrl, total int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	cont := 0 // UTF-8 continuation bytes
	// printable reports a word with no byte below 0x20 and none above 0x7E
	// (bit tricks from "Bit Twiddling Hacks": hasless and hasmore).
	printable := func(w uint64) bool { return ((w-0x20*ones)&^w|(w+ones)|w)&highs == 0 }
	for i := 0; i < len(s); {
		for i+32 <= len(s) && printable(load64(s, i)) && printable(load64(s, i+8)) &&
			printable(load64(s, i+16)) && printable(load64(s, i+24)) {
			i += 32
		}
		if i+8 <= len(s) && printable(load64(s, i)) {
			i += 8
			continue
		}
		for end := min(i+8, len(s)); i < end; i++ {
			c := s[i]
			switch {
			case c >= 0x20 && c < 0x7f: // printable ASCII
			case c < 0x20:
				if c != '\n' && c != '\t' && c != '\r' && c != '\f' {
					ctrl++
				}
			case c == 0x7f:
				ctrl++
			case !utf8.RuneStart(c):
				cont++
			case c != 0xC2 && c != 0xEF:
				// Only C2 80..9F (C1 controls) and EF BF BD (U+FFFD)
				// can be control or undecodable in valid UTF-8.
			default:
				if r, _ := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError || unicode.IsControl(r) {
					ctrl++
				}
			}
		}
	}
	return ctrl, len(s) - cont
}

// languageSample is how much of a text DetectLanguage reads: enough words
// for the frequent-word vote, and a fixed cost however large the file.
const languageSample = 16 << 10

// DetectLanguage guesses the language of text from its script and, for
// Latin and Cyrillic, from a few very common words and letters, reading
// the first languageSample bytes. It returns a BCP 47 tag such as "ru",
// "uk", "en", "de", "fr", or "" when unsure.
func DetectLanguage(text string) string {
	text = sampleOf(text)
	counts := scriptCounts(text)
	best := mainScript(counts)
	switch best {
	case -1:
		return ""
	case scriptCyrillic:
		switch {
		case counts[tellUK] > counts[tellRU] && counts[tellUK] > counts[tellBE]:
			return "uk"
		case counts[tellBE] > counts[tellRU]:
			return "be"
		}
		return "ru"
	case scriptLatin:
		return latinLanguage(text)
	}
	return [numScripts]string{scriptGreek: "el", scriptArabic: "ar", scriptHebrew: "he", scriptKana: "ja", scriptHangul: "ko", scriptHan: "zh"}[best]
}

// DetectScript returns the ISO 15924 code of the script most of text's
// letters are in (of those DetectLanguage tells apart: "Latn", "Cyrl",
// "Grek", "Arab", "Hebr", "Jpan" for kana, "Hang", "Hani"), reading the
// same sample, or "" for a text without letters.
func DetectScript(text string) string {
	best := mainScript(scriptCounts(sampleOf(text)))
	if best < 0 {
		return ""
	}
	return [numScripts]string{scriptCyrillic: "Cyrl", scriptLatin: "Latn", scriptGreek: "Grek", scriptArabic: "Arab",
		scriptHebrew: "Hebr", scriptKana: "Jpan", scriptHangul: "Hang", scriptHan: "Hani"}[best]
}

// MarkUndetermined gives a language to each text whose language was not
// detected but whose script differs from the base's (texts[base]), so
// that it is not compared word by word with a text in another script: the
// detected language of the other texts in its script when they agree on
// one ("en" for a short English line beside an English rendering), else an
// undetermined language in its script ("und-Latn"), which is aligned as a
// translation. An undetected base beside a text in another script is
// marked the same way, since an unknown language agrees with any. Another
// text in the base's script stays undetected, which compares it as in the
// base's language. It returns the texts it gave a language.
func MarkUndetermined(texts, langs []string, base int) []int {
	if !slices.Contains(langs, "") || base < 0 || base >= len(texts) {
		return nil // the common case: nothing to mark, no text to read again
	}
	scripts := make([]string, len(texts))
	for i, t := range texts {
		scripts[i] = DetectScript(t)
	}
	baseApart := false // the base's script differs from another text's
	for _, sc := range scripts {
		baseApart = baseApart || sc != "" && sc != scripts[base]
	}
	var out []int
	for i, sc := range scripts {
		if langs[i] != "" || sc == "" || sc == scripts[base] && (i != base || !baseApart) {
			continue
		}
		lang := ""
		for j, l := range langs {
			if j != i && l != "" && scripts[j] == sc && !strings.HasPrefix(l, "und-") {
				if lang != "" && lang != l {
					lang = "" // several languages in this script: none is a guess
					break
				}
				lang = l
			}
		}
		if lang == "" {
			lang = "und-" + sc
		}
		langs[i] = lang
		out = append(out, i)
	}
	return out
}

// sampleOf is the first languageSample bytes of text, cut at a character.
func sampleOf(text string) string {
	if len(text) <= languageSample {
		return text
	}
	cut := languageSample
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// mainScript is the script with the most letters in counts (the first in
// the list on a tie), or -1 when there are none.
func mainScript(counts [tellRU + 1]int) int {
	best, n := -1, 0
	for k := range numScripts {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

// The scripts DetectLanguage counts letters of, in the order that wins a
// tie, then the Cyrillic letters that tell Ukrainian, Belarusian and
// Russian apart.
const (
	scriptCyrillic = iota
	scriptLatin
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptKana
	scriptHangul
	scriptHan
	numScripts
	tellUK
	tellBE
	tellRU
)

// scriptCounts counts text's letters by script and its tell-tale Cyrillic
// letters, indexed by the constants above. Kana count double: Japanese
// mixes them with Han characters.
func scriptCounts(text string) [tellRU + 1]int {
	var counts [tellRU + 1]int
	for _, r := range text {
		if r < utf8.RuneSelf { // most letters of Latin text, without the tables
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				counts[scriptLatin]++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			counts[scriptCyrillic]++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				counts[tellUK]++
			case 'ў', 'Ў':
				counts[tellBE]++
			case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё':
				counts[tellRU]++
			}
		case unicode.Is(unicode.Latin, r):
			counts[scriptLatin]++
		case unicode.Is(unicode.Greek, r):
			counts[scriptGreek]++
		case unicode.Is(unicode.Arabic, r):
			counts[scriptArabic]++
		case unicode.Is(unicode.Hebrew, r):
			counts[scriptHebrew]++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			counts[scriptKana] += 2
		case unicode.Is(unicode.Hangul, r):
			counts[scriptHangul]++
		case unicode.Is(unicode.Han, r):
			counts[scriptHan]++
		}
	}
	return counts
}

// latinLanguage picks among a few Latin-script languages by counting their
// most frequent short words.
func latinLanguage(text string) string {
	var votes [len(latinLanguages)]int
	words := 0
	for i := 0; i < len(text); {
		// A word: letters (ASCII and Latin-1 accents); only short ones
		// can be stop words.
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if w := text[i:j]; strings.ContainsFunc(w, isASCIILetter) {
			words++ // a run of other letters (Cyrillic beside Latin) is no Latin word
		}
		if w := text[i:j]; len(w) <= maxStopWord {
			// Lower case without allocating: w holds ASCII letters, which
			// 0x20 lowers, or bytes of other characters, which it keeps
			// at 0x80 or above, so such a word matches no stop word (all
			// ASCII), as it did not before lowering.
			var low [maxStopWord]byte
			for k := range len(w) {
				low[k] = w[k] | 0x20
			}
			if langs, ok := stopWords[string(low[:len(w)])]; ok {
				for k := range latinLanguages {
					if langs&(1<<k) != 0 {
						votes[k]++
					}
				}
			}
		}
		i = j
	}
	best, score := "", 0
	for k, lang := range latinLanguages {
		if votes[k] > score {
			best, score = lang, votes[k]
		}
	}
	if score < 2 || score*minStopShare < words {
		return ""
	}
	return best
}

// minStopShare: a language's stop words are at least one word in
// minStopShare of its text's (running prose has about one in three);
// fewer are letters that happen to spell one, as in base64 or a table
// of codes.
const minStopShare = 20

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// isWordByte reports a byte that can be part of a Latin-script word:
// an ASCII letter or any byte of a multi-byte UTF-8 character.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// latinLanguages are the languages latinLanguage tells apart, in the
// order of stopWords' bits.
var latinLanguages = [...]string{"en", "de", "fr", "es", "it"}

// maxStopWord is the longest stop word, in bytes.
const maxStopWord = 5

// stopWords maps each language's most frequent short words to the
// languages they belong to (a bit per latinLanguages entry); read only.
var stopWords = func() map[string]uint8 {
	lists := [len(latinLanguages)][]string{
		{"the", "and", "of", "to", "in", "is", "that", "with", "for", "was"},
		{"der", "die", "und", "das", "nicht", "mit", "den", "ist", "von", "zu"},
		{"le", "la", "les", "et", "des", "est", "une", "que", "du", "dans"},
		{"el", "los", "las", "y", "que", "del", "por", "una", "con", "es"},
		{"il", "di", "che", "e", "della", "per", "una", "non", "sono", "gli"},
	}
	m := map[string]uint8{}
	for k, list := range lists {
		for _, w := range list {
			m[w] |= 1 << k
		}
	}
	return m
}()
