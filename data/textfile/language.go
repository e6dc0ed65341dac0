package textfile

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// languageSample is how much of a text DetectLanguage reads: enough words
// for the frequent-word vote, and a fixed cost however large the file.
const languageSample = 16 << 10

// DetectLanguage guesses the language of text from its script and, for
// Latin, Cyrillic and Arabic, from a few very common words and letters,
// reading the first languageSample bytes. It returns a BCP 47 tag such as "ru",
// "uk", "en", "de", "fr", or "" when unsure.
func DetectLanguage(text string) string {
	text = sampleOf(text)
	counts := scriptCounts(text)
	if h := counts[scriptHangul] / hangulWeight; h > 0 && h*hanjaShare >= counts[scriptHan]/hanWeight {
		counts[scriptHangul] += counts[scriptHan] // Korean with Hanja: 政府는 經濟 發展을
		counts[scriptHan] = 0
	}
	best := mainScript(counts)
	switch best {
	case -1:
		return ""
	case scriptCyrillic:
		return cyrillicLanguage(text, counts)
	case scriptLatin:
		return latinLanguage(text)
	case scriptArabic:
		switch {
		case counts[tellUR] > counts[tellAR]:
			return "ur"
		case counts[tellFA] > counts[tellAR]:
			return "fa"
		}
		return "ar"
	case scriptHebrew:
		// Yiddish points few letters, and those of its own spelling;
		// pointed Hebrew most of them, among them alef's.
		if counts[tellYI] >= minYiddishTells && counts[hebrewPoint]*yiddishPointShare < counts[scriptHebrew] {
			return "yi"
		}
		return "he"
	}
	return scripts[best].lang
}

// scriptInfo is what the detector knows of a script: its ISO 15924 code;
// the language of a text in it, where one language writes most of them
// (Bengali script is also Assamese's, Georgian also Mingrelian's: the
// tag names the one most texts are in); and, for the scripts that
// scriptCounts does not name one by one, its letters.
type scriptInfo struct {
	code, lang string
	letters    *unicode.RangeTable
}

// scripts holds each script's scriptInfo, by the constants below.
var scripts = [numScripts]scriptInfo{
	scriptCyrillic: {code: "Cyrl"}, scriptLatin: {code: "Latn"}, scriptGreek: {"Grek", "el", nil},
	scriptArabic: {code: "Arab"}, scriptHebrew: {"Hebr", "he", nil}, scriptKana: {"Jpan", "ja", nil},
	scriptHangul: {"Hang", "ko", nil}, scriptHan: {"Hani", "zh", nil}, scriptDevanagari: {"Deva", "hi", nil},
	scriptThai:     {"Thai", "th", nil},
	scriptGeorgian: {"Geor", "ka", unicode.Georgian}, scriptArmenian: {"Armn", "hy", unicode.Armenian},
	scriptBengali: {"Beng", "bn", unicode.Bengali}, scriptTamil: {"Taml", "ta", unicode.Tamil},
	scriptTelugu: {"Telu", "te", unicode.Telugu}, scriptKannada: {"Knda", "kn", unicode.Kannada},
	scriptMalayalam: {"Mlym", "ml", unicode.Malayalam}, scriptGujarati: {"Gujr", "gu", unicode.Gujarati},
	scriptGurmukhi: {"Guru", "pa", unicode.Gurmukhi}, scriptSinhala: {"Sinh", "si", unicode.Sinhala},
	scriptEthiopic: {"Ethi", "am", unicode.Ethiopic}, scriptKhmer: {"Khmr", "km", unicode.Khmer},
	scriptLao: {"Laoo", "lo", unicode.Lao}, scriptMyanmar: {"Mymr", "my", unicode.Myanmar},
}

// cyrillicLanguage tells the Cyrillic languages of text apart by their
// letters: Ukrainian's і ї є ґ, Belarusian's ў (where и щ ъ, which it
// does not write, are fewer: a Russian or Ukrainian text may quote a
// Belarusian name, "Быкаў"), Serbian's ђ ћ and, with
// Macedonian, ј љ њ џ, Macedonian's ѓ ќ ѕ, and Bulgarian's ъ before a
// consonant (a vowel there; Russian writes it only before е ё ю я),
// against Russian's ы э ё, which Bulgarian, Serbian and Macedonian lack;
// Bulgarian and Russian also by their own frequent words
// (cyrillicTellWords). Bulgarian needs minBulgarianTells, so that a
// short line that holds none of Russian's letters stays Russian.
func cyrillicLanguage(text string, counts [numCounts]int) string {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := len(text)
		if k := strings.IndexFunc(text[i:], func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			j = i + k
		}
		w := text[i:j]
		initial := (w == "е" || w == "Е") && strings.HasPrefix(text[j:], ".") // "Е. Петров"
		if len(w) <= maxCyrillicTellBytes && !initial {
			counts[cyrillicTellWords[strings.ToLower(w)]]++
		}
		i = j
	}
	ru := counts[tellRU]
	switch {
	case belarusian(counts):
		return "be"
	case counts[tellUK] > ru && counts[tellUK] > counts[tellBE]:
		return "uk"
	case counts[tellBE] > ru:
		return "be"
	case counts[tellMK] > counts[tellSR] && counts[tellMK]+counts[tellSRMK] > ru:
		return "mk"
	case counts[tellSR]+counts[tellSRMK] > ru && counts[tellSR]+counts[tellSRMK] > counts[tellUK]:
		return "sr"
	case counts[tellBG] >= minBulgarianTells && counts[tellBG] > 2*ru && counts[tellBG] > counts[tellUK]:
		return "bg"
	}
	return "ru"
}

// belarusian reports a Cyrillic text of Belarusian's letters: ў (which
// neither Russian nor Ukrainian writes); ў and ы together outnumbering и,
// щ and ъ (which Belarusian does not write, and Russian and Ukrainian
// write throughout), and twice Ukrainian's own ї, є, ґ; and і (which
// Russian does not write) as often as и, щ and ъ. A Russian or Ukrainian
// text that names "Быкаў" or "Сотнікаў", or a Belarusian one that quotes
// a Russian title, stays what it is.
func belarusian(counts [numCounts]int) bool {
	ukrainianOnly := counts[tellUK] - counts[tellI]
	own := counts[tellBE] + counts[tellY]
	return counts[tellBE] > 0 && own > counts[tellNotBE] && own > 2*ukrainianOnly && counts[tellI] >= counts[tellNotBE]
}

// minBulgarianTells is the least number of ъ and Bulgarian words that
// make a Cyrillic text without Russian's letters Bulgarian.
const minBulgarianTells = 3

// cyrillicTellWords are frequent words of Bulgarian (tellBG) and of
// Russian (tellRU) that the other does not use: Bulgarian "че" (that),
// "са" (are), "ще" (will), "е" (is; not before a full stop, where it is a
// Russian initial: "Е. Петров"); Russian "что", "это", "как", "был".
// Other words map to 0, a count nothing reads.
var cyrillicTellWords = func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(`е че са ще във със към това тази които който която според`) {
		m[w] = tellBG
	}
	for _, w := range strings.Fields(`что это как был была было были для его уже только она они мы вы`) {
		m[w] = tellRU
	}
	return m
}()

// maxCyrillicTellBytes is the longest word of cyrillicTellWords, in
// bytes (six letters of two bytes each).
const maxCyrillicTellBytes = 12

// DetectScript returns the ISO 15924 code of the script most of text's
// letters are in (of those DetectLanguage tells apart: "Latn", "Cyrl",
// "Grek", "Arab", "Hebr", "Jpan" for kana, "Hang", "Hani", "Deva", "Thai",
// "Geor", "Armn", "Beng", "Taml" and the other scripts of scripts),
// reading the same sample, or "" for a text without letters.
func DetectScript(text string) string {
	best := mainScript(scriptCounts(sampleOf(text)))
	if best < 0 {
		return ""
	}
	return scripts[best].code
}

// MarkApart marks the texts that must be aligned with the base as
// translations though their language was not detected: those in another
// script (MarkUndetermined), then those that share almost none of the
// base's words (MarkForeignWording), and returns each call's texts.
func MarkApart(texts, langs []string, base int) (byScript, byWording []int) {
	byScript = MarkUndetermined(texts, langs, base)
	return byScript, MarkForeignWording(texts, langs, base)
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

// minSharedWording is the share of a text's distinct words (in small
// letters, of three or more, in its sample) that the base must hold for
// the two to be one language whatever their detected languages: versions
// of one text share most of their words, a translation a few cognates and
// the words two close languages spell alike (a Spanish report and its
// Portuguese translation share a sixth; names, which they share most, are
// not counted).
const minSharedWording = 0.5

// SharedWording gives the base's language (langs[base]) to each text
// whose detected language differs from it but which shares most of its
// words with the base (minSharedWording): a version edited so heavily, or
// so full of codes, that the detector misread it is still compared word by
// word. It returns the texts it gave the base's language.
func SharedWording(texts, langs []string, base int) []int {
	if base < 0 || base >= len(texts) || langs[base] == "" {
		return nil
	}
	var baseWords map[string]bool
	var out []int
	for i, t := range texts {
		if i == base || langs[i] == "" || langs[i] == langs[base] {
			continue
		}
		if baseWords == nil {
			baseWords = sampleWords(texts[base])
		}
		words := sampleWords(t)
		if len(words) > 0 && float64(sharedWords(words, baseWords)) >= minSharedWording*float64(len(words)) {
			langs[i] = langs[base]
			out = append(out, i)
		}
	}
	return out
}

// maxForeignWording is the share of the distinct words (as
// minSharedWording counts them) of the smaller of two texts that the
// other may hold for them to be two languages whatever the detector
// says: a translation between languages it knows or not (Hungarian,
// Swedish or Danish and English) shares none but a stray cognate, under
// one word in fifty; versions of one text share most (an abridged repost
// of the sample briefing seven in ten), and two unrelated texts in one
// language a sixth or more, so unrelated texts are not taken for a
// translation either.
const maxForeignWording = 0.1

// minForeignWords is the fewest distinct words each text must have for
// MarkForeignWording to judge: a heading or a line of figures says
// nothing.
const minForeignWords = 20

// MarkForeignWording marks the texts whose language was not detected
// but which share almost none of their words (maxForeignWording, read
// throughout each text) with the base, a language the detector does not
// tell (Estonian beside its English translation), so that they are
// aligned as translations rather than word-diffed: each takes the
// undetermined language of its script with a private use, foreignTag
// ("und-Latn-x-other"), which it shares with an earlier such text whose
// words it shares (two Estonian renderings are still compared word by
// word), and not with one in another language ("und-Latn-x-other2"). An
// undetected base takes "und-Latn" where such a text stands beside it, or
// a text whose language is known shares almost none of its words. Run it
// after MarkUndetermined, which marks texts in another script. It
// returns the texts it gave a language.
func MarkForeignWording(texts, langs []string, base int) []int {
	if !slices.Contains(langs, "") || base < 0 || base >= len(texts) {
		return nil
	}
	words := make([]map[string]bool, len(texts)) // read when needed
	wordsOf := func(i int) map[string]bool {
		if words[i] == nil {
			words[i] = throughoutWords(texts[i])
		}
		return words[i]
	}
	var out []int
	groups := 0
	for i := range texts {
		if i == base || langs[i] != "" || !foreignWording(wordsOf(i), wordsOf(base)) {
			continue
		}
		sc := DetectScript(texts[i])
		if sc == "" {
			continue
		}
		tag := ""
		for _, j := range out {
			if !foreignWording(wordsOf(i), wordsOf(j)) && strings.HasPrefix(langs[j], "und-"+sc+"-") {
				tag = langs[j] // a second rendering in the same language
				break
			}
		}
		if tag == "" {
			groups++
			tag = foreignTag(sc, groups)
		}
		langs[i] = tag
		out = append(out, i)
	}
	if langs[base] != "" {
		return out
	}
	apart := len(out) > 0 // a text marked above stands apart from it
	for j := range texts {
		apart = apart || j != base && langs[j] != "" && foreignWording(wordsOf(base), wordsOf(j))
	}
	if !apart {
		return out
	}
	if sc := DetectScript(texts[base]); sc != "" {
		langs[base] = "und-" + sc
		out = append(out, base)
	}
	return out
}

// foreignWording reports whether two texts' distinct words are enough
// to judge and the smaller set shares under maxForeignWording of its
// words with the larger.
func foreignWording(a, b map[string]bool) bool {
	if len(a) < minForeignWords || len(b) < minForeignWords {
		return false
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	return float64(sharedWords(a, b)) < maxForeignWording*float64(len(a))
}

// sharedWords counts the words of a that b holds too.
func sharedWords(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// foreignTag is the language MarkForeignWording gives the nth group of
// texts in script sc apart from the base: undetermined, and neither the
// base's nor another group's.
func foreignTag(sc string, n int) string {
	if n == 1 {
		return "und-" + sc + "-x-other"
	}
	return "und-" + sc + "-x-other" + strconv.Itoa(n)
}

// sampleWords are the distinct words of three letters or more written in
// small letters in text's sample: not names, which a translation keeps.
func sampleWords(text string) map[string]bool {
	return addWords(map[string]bool{}, sampleOf(text))
}

// addWords adds to words the distinct words of s as sampleWords counts
// them, and returns words.
func addWords(words map[string]bool, s string) map[string]bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsLower(first) && utf8.RuneCountInString(w) >= 3 {
			words[w] = true
		}
	}
	return words
}

// throughoutWindows and throughoutWindow: throughoutWords reads this
// many windows of this many bytes, spread over a text longer than both
// together, so that a long introduction in another language (an edition's
// front matter) does not stand for the whole.
const (
	throughoutWindows = 8
	throughoutWindow  = 32 << 10
)

// throughoutWords is sampleWords over the whole of text, or over
// throughoutWindows windows spread from its start to its end.
func throughoutWords(text string) map[string]bool {
	words := map[string]bool{}
	if len(text) <= throughoutWindows*throughoutWindow {
		return addWords(words, text)
	}
	step := (len(text) - throughoutWindow) / (throughoutWindows - 1)
	for k := range throughoutWindows {
		lo := runeStartBefore(text, k*step)
		addWords(words, text[lo:runeStartBefore(text, lo+throughoutWindow)])
	}
	return words
}

// sampleOf is the first languageSample bytes of text, cut at a character.
func sampleOf(text string) string {
	return text[:runeStartBefore(text, languageSample)]
}

// runeStartBefore is i, or len(text) where i is past it, moved back to
// the start of the character it falls in.
func runeStartBefore(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// mainScript is the script with the most letters in counts (the first in
// the list on a tie), or -1 when there are none.
func mainScript(counts [numCounts]int) int {
	best, n := -1, 0
	for k := range numScripts {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

// The scripts DetectLanguage counts letters of, in the order that wins a
// tie, then the Cyrillic letters that tell Ukrainian, Belarusian,
// Russian, Bulgarian, Serbian and Macedonian apart, and the Arabic
// letters that tell Persian, Urdu and Arabic apart.
const (
	scriptCyrillic = iota
	scriptLatin
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptKana
	scriptHangul
	scriptHan
	scriptDevanagari
	scriptThai
	scriptGeorgian
	scriptArmenian
	scriptBengali
	scriptTamil
	scriptTelugu
	scriptKannada
	scriptMalayalam
	scriptGujarati
	scriptGurmukhi
	scriptSinhala
	scriptEthiopic
	scriptKhmer
	scriptLao
	scriptMyanmar
	numScripts
	tellUK
	tellBE
	tellRU
	tellBG    // ъ
	tellNotBE // и щ ъ, which Belarusian does not write
	tellI     // і, which Belarusian and Ukrainian write (Ukrainian's others: tellUK less tellI)
	tellY     // ы, which Belarusian and Russian write
	tellSR    // ђ ћ, Serbian's alone
	tellSRMK  // ј љ њ џ, Serbian's and Macedonian's
	tellMK    // ѓ ќ ѕ
	tellFA
	tellUR
	tellAR
	tellYI      // Yiddish's letters: the double vav and yod, pasekh and komets alef, pe with rafe
	hebrewPoint // the points on Hebrew letters
	numCounts
)

// Weights of a letter of the scripts that write a syllable or a word in
// one, against an alphabet's letter (as the cross-language aligner
// weighs them: a Han character renders into about three English
// letters, a Hangul syllable two), so that a Chinese text that names
// companies and people in Latin letters is Chinese. A kana weighs more
// than a Han character: Japanese mixes them, and a Japanese text holds
// fewer kana than Han characters only where it is mostly names.
const (
	hanWeight    = 3
	kanaWeight   = 6
	hangulWeight = 2
)

// minYiddishTells and yiddishPointShare tell Yiddish from Hebrew: at
// least minYiddishTells of Yiddish's letters (tellYI), and fewer than one
// point in yiddishPointShare letters (Yiddish texts in YIVO spelling
// point about one letter in ten; pointed Hebrew more than one in two).
const minYiddishTells, yiddishPointShare = 2, 4

// hanjaShare: a text whose Hangul syllables are at least one in
// hanjaShare of its Han characters is Korean written with Hanja, as a
// Chinese text quoting a Korean name has a few.
const hanjaShare = 4

// scriptCounts counts text's letters by script, weighted (hanWeight),
// and its tell-tale Cyrillic and Arabic letters, indexed by the
// constants above.
func scriptCounts(text string) [numCounts]int {
	var counts [numCounts]int
	prev := rune(0)
	bulgarianHard := false // the last letter was ъ
	// reference counts the Latin letters since an ampersand, which may
	// open an HTML character reference ("&laquo;нет&raquo;", copied from
	// a page's source): its letters are no words, and are counted only
	// where no semicolon ends them. -1 outside one.
	reference := -1
	for _, r := range text {
		before := prev
		prev = r
		if reference >= 0 {
			switch {
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				reference++
				continue
			case r == ';':
				reference = -1
				continue
			case r == '#' || '0' <= r && r <= '9':
				continue
			}
			counts[scriptLatin] += reference
			reference = -1
		}
		if r == '&' {
			reference = 0
			continue
		}
		if bulgarianHard {
			// Russian writes ъ only before е ё ю я (съезд, объявил) and,
			// before 1918, before ѣ (съѣздъ) and at a word's end (другъ);
			// Bulgarian before consonants (във, България, градът).
			bulgarianHard = false
			if unicode.Is(unicode.Cyrillic, r) && !strings.ContainsRune("еёюяѣЕЁЮЯѢ", r) {
				counts[tellBG]++
			}
		}
		if r < utf8.RuneSelf { // most letters of Latin text, without the tables
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				counts[scriptLatin]++
			}
			continue
		}
		if r >= 0x05B0 && r <= 0x05C7 && r != 0x05BE && r != 0x05C0 && r != 0x05C3 && r != 0x05C6 {
			counts[hebrewPoint]++
			if r == 0x05BF || before == 'א' && (r == 0x05B7 || r == 0x05B8) {
				counts[tellYI]++ // פֿ, אַ, אָ
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
			case 'і', 'І':
				counts[tellUK]++
				counts[tellI]++
			case 'ї', 'є', 'ґ', 'Ї', 'Є', 'Ґ':
				counts[tellUK]++
			case 'ў', 'Ў':
				counts[tellBE]++
			case 'и', 'И', 'щ', 'Щ':
				counts[tellNotBE]++
			case 'ы', 'Ы':
				counts[tellRU]++
				counts[tellY]++
			case 'э', 'ё', 'Э', 'Ё':
				counts[tellRU]++
			case 'ъ', 'Ъ':
				counts[tellNotBE]++
				bulgarianHard = true // counted for Bulgarian by the letter after it
			case 'ђ', 'ћ', 'Ђ', 'Ћ':
				counts[tellSR]++
			case 'ј', 'љ', 'њ', 'џ', 'Ј', 'Љ', 'Њ', 'Џ':
				counts[tellSRMK]++
			case 'ѓ', 'ќ', 'ѕ', 'Ѓ', 'Ќ', 'Ѕ':
				counts[tellMK]++
			}
		case unicode.Is(unicode.Latin, r):
			counts[scriptLatin]++
		case unicode.Is(unicode.Greek, r):
			counts[scriptGreek]++
		case unicode.Is(unicode.Arabic, r):
			counts[scriptArabic]++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				counts[tellFA]++ // Persian's, Urdu's too
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ':
				counts[tellUR]++
			case 'ي', 'ك', 'ة':
				counts[tellAR]++
			}
		case unicode.Is(unicode.Hebrew, r):
			counts[scriptHebrew]++
			if r >= 0x05F0 && r <= 0x05F2 {
				counts[tellYI]++ // װ, ױ, ײ
			}
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			counts[scriptKana] += kanaWeight
		case unicode.Is(unicode.Hangul, r):
			counts[scriptHangul] += hangulWeight
		case unicode.Is(unicode.Han, r):
			counts[scriptHan] += hanWeight
		case unicode.Is(unicode.Devanagari, r):
			counts[scriptDevanagari]++
		case unicode.Is(unicode.Thai, r):
			counts[scriptThai]++
		default:
			for k := scriptGeorgian; k < numScripts; k++ {
				if unicode.Is(scripts[k].letters, r) {
					counts[k]++
					break
				}
			}
		}
	}
	if reference > 0 {
		counts[scriptLatin] += reference // "AT&T"
	}
	return counts
}

// latinLanguage picks among a few Latin-script languages by counting their
// most frequent short words. A word several languages share ("la" is
// French, Spanish and Italian) splits its vote between them, so that the
// words only one of them uses decide; the tests of enough words are made
// on whole words.
func latinLanguage(text string) string {
	var v latinVotes
	words := 0
	for i := 0; i < len(text); {
		// A word: letters (ASCII and Latin-1 accents); only short ones
		// can be stop words.
		j, high := i, false
		for j < len(text) && isWordByte(text[j]) {
			high = high || text[j] >= utf8.RuneSelf
			j++
		}
		if j == i {
			i++
			continue
		}
		if w := text[i:j]; strings.ContainsFunc(w, isASCIILetter) {
			words++ // a run of other letters (Cyrillic beside Latin) is no Latin word
		}
		if high && startsLower(text[i:j]) {
			// A capital opens a name as often as a sentence: "Łódź",
			// "Erdoğan" in an Italian text tell nothing of its language.
			v.add(wordTells(text[i:j]))
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
				v.add(langs)
			}
		}
		i = j
	}
	votes, shares := &v.votes, &v.shares
	best, lead, second := -1, 0, 0
	for k := range latinLanguages {
		switch v := shares[k]; {
		case v > lead:
			best, lead, second = k, v, lead
		case v > second:
			second = v
		}
	}
	if best < 0 {
		return ""
	}
	second = max(second, shares[otherLatin])
	if score := votes[best]; score < 2 || score*minStopShare < words || lead*minStopLead <= second*minStopLeadOver {
		return ""
	}
	return latinLanguages[best]
}

// minStopLead/minStopLeadOver: the best language's stop words must
// outnumber the runner-up's by more than this ratio (3:2); closer, the text is
// too short or too mixed to tell (Polish and Czech share "na"), and an
// unknown language, which agrees with any, is safer than a wrong one,
// which would align two revisions as a translation.
const minStopLead, minStopLeadOver = 2, 3

// latinVotes are latinLanguage's tallies of stop words and letters by
// language, the last for otherLatin: votes counts them, shares weighs
// each by the number of languages it belongs to.
type latinVotes struct {
	votes, shares [len(latinLanguages) + 1]int
}

// add counts a word of the languages langs (bits as in stopWords).
func (v *latinVotes) add(langs uint16) {
	if langs == 0 {
		return
	}
	share := stopShareUnit / bits.OnesCount16(langs)
	for k := range v.votes {
		if langs&(1<<k) != 0 {
			v.votes[k]++
			v.shares[k] += share
		}
	}
}

// otherLatin is the vote of the Latin-script languages the detector does
// not name (Romanian, Croatian, Hungarian, Indonesian, Catalan…): their stop words
// and letters, which make a text of theirs no language rather than one
// of latinLanguages that shares a few short words with it.
const otherLatin = len(latinLanguages)

// wordTells returns the languages (bits as in stopWords) whose letters
// word holds (Polish ł, Czech ř, Romanian ț; see letterTells): the first
// such letter alone votes, once a word, and only a word in small letters
// (latinLanguage).
func wordTells(word string) uint16 {
	for i := 0; i < len(word); i++ {
		if word[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if langs := letterTells(unicode.ToLower(r)); langs != 0 {
			return langs
		}
		i += size - 1
	}
	return 0
}

// startsLower reports a word that starts with a small letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// letterTells returns the languages a letter in small letters belongs to
// among latinLanguages and otherLatin, where it tells them from the rest:
// a letter of only one or two of them. Shared letters (ä, ö, é, č, š, ž,
// ó) tell nothing and are left out.
func letterTells(r rune) uint16 {
	lang := func(tags ...string) uint16 {
		var m uint16
		for _, t := range tags {
			if t == "other" {
				m |= 1 << otherLatin
				continue
			}
			m |= 1 << slices.Index(latinLanguages[:], t)
		}
		return m
	}
	switch r {
	case 'ł', 'ż', 'ź', 'ś', 'ą', 'ę', 'ń':
		return lang("pl")
	case 'ř', 'ě', 'ů':
		return lang("cs")
	case 'ľ', 'ĺ', 'ŕ':
		return lang("sk")
	case 'ğ', 'ı':
		return lang("tr")
	case 'ß':
		return lang("de")
	case 'ñ':
		return lang("es")
	case 'ã', 'õ':
		return lang("pt")
	case 'æ', 'ø':
		return lang("da", "nb")
	case 'ơ', 'ư', '\u031b': // with a horn, composed or not
		return lang("vi")
	case 'đ':
		return lang("vi", "other") // Croatian too
	case 'ș', 'ț', 'ă', 'ő', 'ű', 'ā', 'ē', 'ī', 'ū', 'ė', 'į', 'ų', '·', 'ŀ':
		return lang("other") // Romanian, Hungarian, Croatian, Latvian, Lithuanian, Catalan (l·l)
	}
	switch {
	case r == 'ẹ' || r == 'ị' || r == 'ọ' || r == 'ụ':
		return 0 // Yoruba's and Igbo's too
	case r >= 'Ạ' && r <= 'ỹ': // Latin Extended Additional's vowels with a dot below or a hook: Vietnamese
		return lang("vi")
	}
	return 0
}

// stopShareUnit is a stop word's whole vote in latinLanguage's shares,
// divisible by the number of languages any stop word is listed for.
const stopShareUnit = 60

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
var latinLanguages = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "tr", "sv", "da", "nb", "sk", "vi"}

// maxStopWord is the longest stop word, in bytes.
const maxStopWord = 6

// stopWords maps each language's most frequent short words to the
// languages they belong to (a bit per latinLanguages entry); read only.
// The words are ASCII, which latinLanguage lowers without decoding. A
// word frequent in several of these languages is listed in each, where
// its vote is split (French and Czech "je", Polish and Czech "po"); one
// frequent in many (Spanish, French, Portuguese, Dutch and Swedish "de",
// English, French and Czech "a") is left out, as is one frequent in a
// language it would not be listed for (Swedish "men", Czech "by", Polish
// "i" beside English "I"). Danish, Norwegian and Slovak have lists of
// their own, so that the words they share with Swedish, German, Czech and
// Polish do not make them those; Slovak's leaves out "ako", everyday in
// Croatian and Serbian too, which the detector does not tell.
//
// The lists are of function words from general frequency lists. They
// were checked, line by line and two lines at a time, on the news and
// encyclopedia texts in compare/testdata (Danish, Romanian, Finnish and
// Hungarian among them, which must get no other language), on short lines
// in Croatian, Slovenian and Slovak, Text+Berg's
// dev set and Anna Karenina's English, then on Text+Berg's test sets,
// which they were not checked on before.
var stopWords = func() map[string]uint16 {
	lists := [len(latinLanguages) + 1][]string{
		{"the", "and", "of", "to", "in", "is", "that", "with", "for", "was", "on", "as", "are", "be", "by", "this", "have",
			"from", "not", "but", "at", "which", "were", "has", "had", "they", "he", "she", "his", "her", "an", "been", "their",
			"would", "will", "there", "we", "you", "what", "do", "am"},
		{"der", "die", "und", "das", "nicht", "mit", "den", "ist", "von", "zu", "sich", "auf", "auch", "eine", "im", "ein",
			"es", "er", "sie", "wir", "ich", "wie", "als", "bei", "nach", "noch", "aus", "hat", "war", "wird", "oder", "aber",
			"nur", "vor", "um", "an", "einer", "einen", "sind", "wurde", "zum", "zur", "dass", "des", "am"},
		{"le", "la", "les", "et", "des", "est", "une", "que", "du", "dans", "en", "il", "elle", "pour", "sur", "au", "aux",
			"pas", "ce", "qui", "ont", "avec", "ne", "son", "sa", "ses", "par", "nous", "vous", "ils", "mais", "ou", "leur",
			"cette", "sont", "y", "on", "qu", "l", "se", "je"},
		{"el", "la", "los", "las", "y", "que", "del", "por", "una", "con", "es", "en", "al", "lo", "para", "su", "sus",
			"como", "pero", "fue", "este", "esta", "muy", "sin", "sobre", "entre", "desde", "hasta", "ya", "cuando", "donde",
			"son", "ha", "se", "si", "di", "te"},
		{"il", "la", "di", "che", "e", "della", "per", "una", "non", "sono", "gli", "del", "dei", "nel", "nella", "alla",
			"delle", "anche", "questo", "ha", "ad", "al", "da", "in", "lo", "le", "si", "ma", "ci", "tra", "fra", "sul", "sua",
			"suo", "suoi", "stato", "dal", "dalla", "degli", "l", "con", "dello", "stata", "se"},
		{"os", "da", "em", "um", "uma", "com", "que", "dos", "ao", "mais", "na", "por", "para", "foi", "seu", "sua", "ele",
			"ela", "pelo", "pela", "tem", "nas", "nos", "aos", "e", "o", "do", "as", "se"},
		{"het", "een", "van", "en", "dat", "niet", "zijn", "op", "voor", "met", "is", "te", "die", "aan", "er", "om", "ook",
			"als", "bij", "door", "maar", "wordt", "werd", "naar", "uit", "heeft", "hij", "zij", "dit", "wat", "kan", "nog", "tot"},
		{"w", "z", "na", "nie", "jest", "jak", "od", "przez", "oraz", "tak", "dla", "jako", "ich", "jej", "tym", "czy", "tego", "jego", "do", "o", "po", "ze", "to", "ale"},
		{"v", "se", "je", "ve", "jsou", "pro", "ze", "na", "jako", "byl", "do", "o", "po", "z", "od", "tak", "ale", "jak", "byla", "bylo", "jsem", "to", "ne"},
		{"ve", "bir", "bu", "ile", "olan", "daha", "gibi", "kadar", "sonra", "ancak", "ilk", "ise", "oldu", "etti", "iki",
			"yeni", "her", "en", "olarak"},
		{"och", "att", "det", "som", "av", "inte", "med", "har", "till", "om", "hon", "den", "var", "han", "kan", "sig", "sin", "sina", "ett", "vid", "efter", "eller", "ska", "blev", "en"},
		{"og", "at", "det", "er", "til", "af", "som", "med", "for", "den", "ikke", "har", "var", "kan", "jeg", "han", "hun", "blev", "efter", "ved", "eller", "fra", "om", "sig", "sin", "der"},
		{"og", "det", "er", "som", "til", "av", "med", "for", "ikke", "har", "var", "jeg", "han", "hun", "ble", "etter", "ved", "eller", "fra", "om", "seg", "sin", "der", "at"},
		{"sa", "je", "nie", "aj", "sme", "som", "ste", "alebo", "len", "ale", "to", "na", "do", "po", "od", "tak", "v", "z", "ne"},
		// Vietnamese writes most of its words with marks, which
		// letterTells reads; these are frequent words without that are
		// no names ("Cho", "Theo").
		{"trong", "khi"},
		// otherLatin: Romanian, Croatian and Serbian, Indonesian and
		// Catalan words that none of the languages above uses often
		// (Catalan shares Spanish's "la", "que", "una", "del", Italian's
		// and French's "va", Italian's "ho", German's "uns").
		{"pentru", "sunt", "fost", "unui", "unei", "acest", "iar", "sau",
			"koji", "koja", "koje", "nije", "ili", "kao", "bio", "bila", "bilo", "samo", "jer", "prema", "iz", "kod", "nego",
			"yang", "ini", "itu", "untuk", "dengan", "tidak", "dari", "akan", "pada", "juga", "adalah", "dalam",
			"els", "amb", "dels", "aquest", "aquesta", "seva", "pel", "pels", "unes"},
	}
	m := map[string]uint16{}
	for k, list := range lists {
		for _, w := range list {
			m[w] |= 1 << k
		}
	}
	return m
}()
