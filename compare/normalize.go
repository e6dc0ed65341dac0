package compare

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"golang.org/x/text/unicode/norm"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// FNV-1a's 64-bit offset basis and prime, for the hashes of keys,
// sentences and runs.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// goldenRatio64 is 2^64 divided by the golden ratio: multiplying by it
// spreads small numbers (key numbers) over the high bits of a word, where
// Fibonacci hashing reads them.
const goldenRatio64 = 0x9E3779B97F4A7C15

// The comparison never changes a text: every token keeps its byte span in
// the original, and a comparison key is derived from it. Two tokens whose
// keys are equal but whose bytes differ make a trivial change.

// foldRune maps typographic variants to one plain form. It returns -1 for
// characters that carry no content (zero-width, variation selectors, soft
// hyphens, bidirectional marks, the Arabic tatweel that only stretches a
// word), which are dropped from keys. Russian ё is е: its dots are
// optional by the spelling rules and most printed text leaves them out,
// so "ещё" against "еще" is the same word as printed by two hands; so is
// Romanian ş with a cedilla for ș with a comma below. For the same reason
// the short vowels and other optional marks of Arabic are dropped (كَتَبَ
// is كتب), and Persian's ک and ی are Arabic's ك and ي, which Persian
// typed on an Arabic keyboard has. Hebrew's points are kept here: Yiddish
// writes with them, and "מאַן" (man) is not "מאָן" (poppy); a comparison
// of Hebrew texts drops them (keyer.hebrewPoints).
//
// The digits of any script are the digits they stand for: "١٢" and "१२"
// are 12. The ideographic full stop is the Latin one set wide, as NFKC
// makes the other wide punctuation; the ideographic comma 、 is not:
// Chinese sets it between the items of a list, apart from the comma ，.
// The Arabic comma, semicolon, question mark and per cent sign are the
// Latin ones written in Arabic, and the Devanagari danda is a full stop.
func foldRune(r rune) rune {
	switch r {
	case 'ё':
		return 'е'
	case 'Ё':
		return 'Е'
	// Romanian ș and ț have a comma below; fonts and keyboards long had
	// only the Turkish cedilla, which much Romanian text still carries:
	// "Bucureşti" is "București" typed on an older system.
	case 'ş':
		return 'ș'
	case 'Ş':
		return 'Ș'
	case 'ţ':
		return 'ț'
	case 'Ţ':
		return 'Ț'
	case '\'', '"', '`', '´', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '«', '»', '‹', '›',
		'′', '″', '「', '」', '『', '』', '＂', '＇', 'ʼ', '׳', '״':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹘', '﹣', '－', '־':
		return '-'
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E',
		'\u200E', '\u200F', '\u061C', '\u0640':
		return -1
	case '٫', '。', '｡', '।', '։', '።', '။', '។':
		return '.'
	case '٬', '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '٪':
		return '%'
	case 'ک':
		return 'ك'
	case 'ی':
		return 'ي'
	}
	switch {
	case r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF:
		return -1 // variation selectors
	case r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069:
		return -1 // bidirectional embeddings and isolates
	case r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED && r != 0x06DE && r != 0x06E9:
		return -1 // Arabic short vowels, shadda, sukun, superscript alef, Quranic marks
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	case r > '۹' && (r < 0x3000 || r >= 0xA620) && unicode.IsDigit(r):
		return '0' + rune(crosslang.DigitValue(r)) // Devanagari ४, Bengali ৪, Thai ๔…
	}
	return r
}

// nfkc is s in Unicode NFKC, except that a superscript or subscript digit
// or sign keeps a mark of its place ("^2", "_2"): NFKC reads "10²" as
// "102", which would hide a changed number as typography. A subscript
// after a letter is a chemical formula's count ("CO₂", "H₂O"; and the
// subscripts after it, "PM₂.₅"), which text typed without subscripts
// writes in plain digits ("CO2"): the same formula, so it keeps no mark.
func nfkc(s string) string {
	if strings.ContainsFunc(s, isSuperOrSub) {
		var b strings.Builder
		formula := false // the subscripts so far follow a letter: "CO₂", "PM₂.₅"
		prev := rune(0)
		for _, r := range s {
			switch {
			case isSuper(r):
				b.WriteByte('^')
				b.WriteString(norm.NFKC.String(string(r)))
			case isSub(r):
				formula = unicode.IsLetter(prev) || formula && (isSub(prev) || prev == '.')
				if !formula {
					b.WriteByte('_')
				}
				b.WriteString(norm.NFKC.String(string(r)))
			default:
				b.WriteRune(r)
				formula = formula && r == '.'
			}
			prev = r
		}
		s = b.String()
	}
	if !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	return s
}

// isSuper reports a superscript digit or sign (¹ ² ³, U+2070–U+207F).
func isSuper(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r >= 0x2070 && r <= 0x207F
}

// isSub reports a subscript digit or sign (U+2080–U+208E).
func isSub(r rune) bool { return r >= 0x2080 && r <= 0x208E }

// isSuperOrSub reports a superscript or subscript digit or sign.
func isSuperOrSub(r rune) bool { return isSuper(r) || isSub(r) }

// isQuote reports whether r is any quotation mark or apostrophe.
func isQuote(r rune) bool { return foldRune(r) == '"' }

// isDash reports whether r is any hyphen, dash or minus sign.
func isDash(r rune) bool { return r == '-' || foldRune(r) == '-' }

// keyer derives comparison keys from token bytes.
type keyer struct {
	ignoreCase bool
	// turkic folds case as Turkish and Azerbaijani do, where I is the
	// capital of ı and İ that of i (see fold).
	turkic bool
	// groupMark is the comma or full stop that parts a number's digit
	// groups in the texts' language (see groupMark), or 0: one such group
	// ("1,200" in English) then joins as several do.
	groupMark byte
	folder    *cases.Caser // made on first use by fold
	lower     *cases.Caser // Turkish lower case, made on first use by fold
	caseless  *keyer       // ignoring case, made on first use by caselessHash
	// hebrewPoints drops the points of Hebrew letters from keys
	// (pointsOptional).
	hebrewPoints bool
}

// newKeyer makes the keyer of a text compared with opts whose case folds
// as Turkish does when turkic is set (see turkicFold).
func newKeyer(opts Options, turkic bool) *keyer {
	return &keyer{ignoreCase: opts.IgnoreCase, turkic: turkic, hebrewPoints: pointsOptional(opts.Languages)}
}

// pointsOptional reports a comparison of Hebrew texts, whose points are
// optional: a pointed text and its unpointed copy read alike (שָׁלוֹם is
// שלום), as Russian with ё and without does. Not where a text is in
// Yiddish, which tells letters apart by them (מאַן, man; מאָן, poppy).
func pointsOptional(langs []string) bool {
	hebrew := false
	for _, l := range langs {
		switch p := primarySubtag(l); {
		case strings.EqualFold(p, "he"), strings.EqualFold(p, "iw"):
			hebrew = true
		case strings.EqualFold(p, "yi"):
			return false
		}
	}
	return hebrew
}

// isHebrewPoint reports a point or cantillation mark of Hebrew letters,
// not the maqaf, paseq, sof pasuq or nun hafukha.
func isHebrewPoint(r rune) bool {
	return r >= 0x0591 && r <= 0x05C7 && r != 0x05BE && r != 0x05C0 && r != 0x05C3 && r != 0x05C6
}

// pairKeyer makes the keyer of the word diff of a and b: it joins a lone
// digit group where their languages group digits alike.
func pairKeyer(a, b *document) *keyer {
	k := newKeyer(b.opts, b.turkic)
	if a.groupMark == b.groupMark {
		k.groupMark = a.groupMark
	}
	return k
}

// fold returns s under Unicode case folding. In a Turkish or
// Azerbaijani text the dotless ı and the dotted i are two letters, and
// I and İ their capitals, so s is lowered as Turkish first. In any other
// text the two read as one letter: their capitals İ and I fold to "i̇"
// and "i", which a small i and ı (in a name or a quotation) would not
// meet.
func (k *keyer) fold(s string) string {
	if k.folder == nil {
		f := cases.Fold()
		k.folder = &f
	}
	if k.turkic {
		if k.lower == nil {
			l := cases.Lower(language.Turkish)
			k.lower = &l
		}
		return k.folder.String(k.lower.String(s))
	}
	out := k.folder.String(s)
	if strings.ContainsAny(out, "ı\u0307") {
		out = strings.NewReplacer("i\u0307", "i", "ı", "i").Replace(out)
	}
	return out
}

// withoutGreekAccents is s without the accents and breathings of its
// Greek letters (the diaeresis kept): Greek sets capitals without them,
// so that "ΜΟΥΣΕΙΟ" is "μουσείο" in capitals. Keys keep the accents,
// which tell words apart in small letters ("πού", "που"); the flag of a
// change of case reads without them.
func withoutGreekAccents(s string) string {
	if !strings.ContainsFunc(s, isGreek) {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	prevGreek := false
	for _, r := range d {
		switch {
		case prevGreek && (r == '\u0301' || r == '\u0300' || r == '\u0342' || r == '\u0313' || r == '\u0314' || r == '\u0345'):
			continue // tonos, varia, perispomeni, breathings, iota subscript
		case unicode.Is(unicode.Mn, r):
		default:
			prevGreek = isGreek(r)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// greekCapitalsOnly reports stretches x and y that differ only in letter
// case and in the accents of Greek letters that one of them sets in
// capitals, which Greek writes without accents ("Βουλή", "ΒΟΥΛΗ"): with
// letter case ignored, no change. The keys keep the accents, which tell
// words apart in small letters ("πού", "που"), and so does this: an
// accent gone from a small letter ("Βουλή", "βουλη") or moved ("Νίκος",
// "Νικός") is a change.
func greekCapitalsOnly(x, y string) bool {
	if !strings.ContainsFunc(x, isGreek) {
		return false
	}
	x, y = norm.NFC.String(x), norm.NFC.String(y)
	if utf8.RuneCountInString(x) != utf8.RuneCountInString(y) {
		return false
	}
	for len(x) > 0 {
		rx, nx := utf8.DecodeRuneInString(x)
		ry, ny := utf8.DecodeRuneInString(y)
		x, y = x[nx:], y[ny:]
		lx, ly := greekLower(rx), greekLower(ry)
		switch {
		case lx == ly:
		case withoutGreekAccents(string(lx)) != withoutGreekAccents(string(ly)):
			return false // other letters
		case unicode.IsUpper(rx) && string(lx) == withoutGreekAccents(string(lx)):
			// x's capital bears no accent: as capitals are written
		case unicode.IsUpper(ry) && string(ly) == withoutGreekAccents(string(ly)):
		default:
			return false // an accent on a small letter
		}
	}
	return true
}

// greekLower lowers r, and reads a final sigma as a sigma: capitals
// have one Σ for both.
func greekLower(r rune) rune {
	if r = unicode.ToLower(r); r == 'ς' {
		return 'σ'
	}
	return r
}

// isGreek reports a Greek letter, monotonic or polytonic.
func isGreek(r rune) bool {
	return r >= 0x370 && r <= 0x3FF || r >= 0x1F00 && r <= 0x1FFF
}

// turkicFold reports a language whose case pairs I with ı and İ with i:
// Turkish, Azerbaijani, Crimean Tatar, Gagauz and Kazakh in Latin
// letters.
func turkicFold(lang string) bool {
	switch baseLanguage(lang) {
	case "tr", "az", "crh", "gag":
		return true
	case "kk":
		return strings.Contains(strings.ToLower(lang), "latn")
	}
	return false
}

// key returns the comparison key of a token's bytes: Unicode NFKC,
// typographic folding, optional case folding. Pure-ASCII tokens take a fast
// path that allocates nothing.
func (k *keyer) key(tok string) string {
	if len(tok) > 3 && tok[0] == '&' {
		if s := html.UnescapeString(tok); s != tok {
			return k.key(s) // a character reference (entityAt) is its character, also as a number's sign
		}
	}
	ascii := true
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf || c == '\'' || c == '"' || c == '`' {
			ascii = false
			break
		}
		if k.ignoreCase && 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		if len(tok) > 1 && tok[0] == '.' && strings.Trim(tok, ". ") == "" {
			return "..." // runs of full stops are one ellipsis
		}
		if len(tok) > 1 && tok[0] == '-' && strings.Trim(tok, "-") == "" {
			return "-" // runs of hyphens are one dash
		}
		return tok
	}
	s := nfkc(tok)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		f := foldRune(r)
		if f < 0 || k.hebrewPoints && isHebrewPoint(r) {
			continue
		}
		switch r {
		case '…':
			b.WriteString("...")
			continue
		case 'œ':
			// French writes œ, and types it oe where the keyboard has
			// none ("l'œuvre", "l'oeuvre"): the same word. Æ stays a
			// letter, as Danish and Norwegian spell with it.
			b.WriteString("oe")
			continue
		case 'Œ':
			b.WriteString("OE")
			continue
		}
		b.WriteRune(f)
	}
	out := vietnameseTone(b.String())
	switch {
	case strings.Trim(out, ".") == "" && len(out) > 1:
		out = "..."
	case strings.Trim(out, "-") == "" && len(out) > 1:
		out = "-"
	case strings.Trim(out, "\"") == "" && len(out) > 1:
		out = "\""
	}
	if k.ignoreCase {
		out = k.fold(out)
	}
	return out
}

// vietnameseTone is key s with the tone of a syllable that ends in oa,
// oe or uy on its first vowel: Vietnamese writes it there by the older
// rule and on the second by the newer ("hòa" and "hoà", "thủy" and
// "thuỷ"), the same word as two hands type it. "quý" keeps its tone,
// whose u is the consonant's.
func vietnameseTone(s string) string {
	last, n := utf8.DecodeLastRuneInString(s)
	if !(last >= 0xC0 && last <= 0x1B4 || last >= 0x1EA0 && last <= 0x1EF9) || len(s) == n {
		return s // the vowels with a tone are Latin-1's and Latin Extended's
	}
	prev, m := utf8.DecodeLastRuneInString(s[:len(s)-n])
	p := unicode.ToLower(prev)
	if p != 'o' && p != 'u' {
		return s
	}
	d := []rune(norm.NFD.String(string(last)))
	if len(d) != 2 || !isVietnameseTone(d[1]) {
		return s
	}
	switch b := unicode.ToLower(d[0]); p {
	case 'o':
		if b != 'a' && b != 'e' {
			return s
		}
	case 'u':
		if q, _ := utf8.DecodeLastRuneInString(s[:len(s)-n-m]); b != 'y' || unicode.ToLower(q) == 'q' {
			return s
		}
	}
	return s[:len(s)-n-m] + norm.NFC.String(string([]rune{prev, d[1]})) + string(d[0])
}

// isVietnameseTone reports a combining mark of Vietnamese's tones: grave,
// acute, tilde, hook above, dot below.
func isVietnameseTone(r rune) bool {
	return r == '\u0300' || r == '\u0301' || r == '\u0303' || r == '\u0309' || r == '\u0323'
}

// hash returns the FNV-1a hash of tok's comparison key, or 0 when the key
// is empty (the token carries no content). Tokens the scanner marks plain
// take hashPlain instead.
func (k *keyer) hash(tok string) uint64 {
	key := k.key(tok)
	if key == "" {
		return 0
	}
	return hashKey(key)
}

// joinedKey is the key of a stretch of several tokens read as one string:
// white space collapsed to one space, zero-width spaces dropped, a word
// hyphenated across a line break ("infor-\nmation", also with a soft
// hyphen) joined up, and so are the digit groups of a number ("1 000",
// with a space, a no-break or a thin space, reads "1000"; see
// digitGroupFollows), and so is a number and its unit ("5 km" reads
// "5km"; see unitAt). The stretch is read in NFKC first, as its key is,
// so that a full-width "０００" is a group too. Two stretches
// with equal joined keys hold the same words cut differently, which is a
// line-wrap or typography difference, not an edit. A hyphen before a
// paragraph break (two line breaks) is not joined: paragraphs are
// structure.
func (k *keyer) joinedKey(s string) string {
	s = nfkc(s)
	b := make([]byte, 0, len(s))
	grouped := false // the digits b ends with were joined as groups
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			b = append(b, s[i:i+size]...)
			i += size
			grouped = grouped && r < utf8.RuneSelf && isASCIIDigit(byte(r))
			continue
		}
		j, breaks, visible := i, 0, false
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if !isSpaceRune(r2) {
				break
			}
			if r2 == '\n' || r2 == '\u2028' || r2 == '\r' && !strings.HasPrefix(s[j+1:], "\n") {
				breaks++
			}
			visible = visible || r2 != '\u200B' && r2 != zwnj
			j += s2
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		hy, hs := utf8.DecodeLastRune(b)
		before, _ := utf8.DecodeLastRune(b[:len(b)-hs])
		if breaks == 1 && (hy == '-' || hy == '\u00AD' || hy == '\u2010') && unicode.IsLetter(before) && unicode.IsLetter(next) {
			b = b[:len(b)-hs] // "infor-\nmation": one word
		} else if isGroupSpace(s[i:j]) && digitGroupFollows(b, s[j:], grouped) {
			grouped = true // "1 000": one number
		} else if breaks <= 1 && len(b) > 0 && isASCIIDigit(b[len(b)-1]) && unitAt(s[j:]) {
			grouped = false // "5 km": the amount set as "5km"
		} else {
			grouped = false // "1 000 2024": the next number is another
			if visible && j < len(s) && i > 0 {
				b = append(b, ' ') // zero-width spaces alone join: "foo\u200Bbar" reads "foobar", as Persian's half space does
			}
		}
		i = j
	}
	return k.key(string(joinSeparatedGroups(b, k.groupMark)))
}

// joinSeparatedGroups drops the separators of numbers written in three
// or more digit groups parted by commas or by full stops ("1,200,000",
// "1.200.000"), which read as the same number with spaces or none. A
// single separator is dropped only where it is mark, the language's group
// mark: "1,200" is twelve hundred in English and 1.2 in Russian, "1.200"
// twelve hundred in German and 1.2 in English.
func joinSeparatedGroups(b []byte, mark byte) []byte {
	var out []byte // nil until a number is joined
	for i := 0; i < len(b); {
		j, end, sep := separatedGroups(b, i, mark)
		switch {
		case end > j:
			if out == nil {
				out = append(make([]byte, 0, len(b)), b[:i]...)
			}
			for _, c := range b[i:end] {
				if c != sep {
					out = append(out, c)
				}
			}
			i = end
		case out != nil:
			out = append(out, b[i:j]...)
			i = j
		default:
			i = j
		}
	}
	if out == nil {
		return b
	}
	return out
}

// hasSeparatedGroups reports whether joinSeparatedGroups would join a
// number of s.
func hasSeparatedGroups(s string, mark byte) bool {
	for i := 0; i < len(s); {
		j, end, _ := separatedGroups(s, i, mark)
		if end > j {
			return true
		}
		i = j
	}
	return false
}

// separatedGroups reads s from i: j is past the token's first part (the
// first digits of a number, else one byte), and when a number starts at
// i and goes on in two or more groups of three digits parted by one
// separator, sep, or in one group parted by mark (unless mark is 0), end
// is past its last group (else end is j).
func separatedGroups[S string | []byte](s S, i int, mark byte) (j, end int, sep byte) {
	if !isASCIIDigit(s[i]) || i > 0 && (isASCIIDigit(s[i-1]) || s[i-1] == ',' || s[i-1] == '.') {
		return i + 1, i + 1, 0
	}
	j = i
	for j < len(s) && isASCIIDigit(s[j]) {
		j++
	}
	if j-i > 3 {
		return j, j, 0
	}
	end, groups := j, 0
	for end+4 <= len(s) && (s[end] == ',' || s[end] == '.') && (sep == 0 || s[end] == sep) &&
		isASCIIDigit(s[end+1]) && isASCIIDigit(s[end+2]) && isASCIIDigit(s[end+3]) &&
		(end+4 == len(s) || !isASCIIDigit(s[end+4])) {
		sep = s[end]
		end += 4
		groups++
	}
	if groups < 2 && (groups == 0 || sep != mark) {
		return j, j, 0
	}
	return j, end, sep
}

// groupMark is the mark that parts a number's digit groups in a text in
// language lang, as CLDR writes 1234.5 there, where that is a comma or a
// full stop and the decimal mark is the other: ',' in English
// ("1,234.5"), '.' in German ("1.234,5"). It is 0 where lang groups
// otherwise (with a space in Russian or French, "’" in Swiss German),
// and where it is unknown, or a code for none, several or a private
// language (und, mul, zxx, mis, qaa-qtz), which CLDR writes as English:
// there a lone "1,200" or "1.200" may be a decimal.
func groupMark(lang string) byte {
	t, err := language.Parse(lang)
	if err != nil {
		return 0
	}
	if b := baseLanguage(lang); b == "und" || b == "mul" || b == "zxx" || b == "mis" || (len(b) == 3 && b >= "qaa" && b <= "qtz") {
		return 0
	}
	s := message.NewPrinter(t).Sprint(number.Decimal(1234.5, number.Scale(1)))
	if len(s) != 7 || s[1] != ',' && s[1] != '.' || s[5] != ',' && s[5] != '.' || s[1] == s[5] {
		return 0
	}
	return s[1]
}

// isGroupSpace reports the one space that parts the digit groups of a
// number: a space, a no-break, narrow no-break, thin or figure space. A
// tab or a run of spaces parts columns.
func isGroupSpace(s string) bool {
	switch s {
	case " ", "\u00A0", "\u202F", "\u2009", "\u2007":
		return true
	}
	return false
}

// digitGroupFollows reports whether the space between b and rest parts
// the digit groups of one number: b ends in one to three digits (or in
// groups joined already) not touching a letter, and rest starts with
// three digits and no more. "2024 100" is two numbers, "1 0000" is not
// grouped, and "A1 000" is a name and a number.
func digitGroupFollows(b []byte, rest string, grouped bool) bool {
	n := 0
	for n < len(b) && isASCIIDigit(b[len(b)-1-n]) {
		n++
	}
	if n == 0 || n > 3 && !grouped {
		return false
	}
	if r, _ := utf8.DecodeLastRune(b[:len(b)-n]); unicode.IsLetter(r) {
		return false
	}
	m := 0
	for m < len(rest) && isASCIIDigit(rest[m]) {
		m++
	}
	return m == 3
}

// hasDigitGroup reports whether s holds a digit, white space within a
// line and a digit: a number in groups ("1 000") that joinedKey may join.
func hasDigitGroup(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == '\n' || r == '\r' || !isSpaceRune(r) {
				break
			}
			j += size
		}
		if j > i+1 && j < len(s) && isASCIIDigit(s[j]) {
			return true
		}
	}
	return false
}

// sameWords reports whether stretches x and y hold the same words cut
// differently (see joinedKey): a typography difference, not an edit.
func (k *keyer) sameWords(x, y string) bool {
	return mayJoin(x, y, k.groupMark) && !k.lettersDiffer(x, y) && k.joinedKey(x) == k.joinedKey(y)
}

// lettersDiffer reports that x and y have different joined keys because
// their ASCII letters and digits, read in order while both are ASCII,
// differ: joining and the key keep those as they are (lowered when case
// is ignored), so the first pair that differs settles it without building
// the keys (most replacements differ in their first word). False means
// undecided.
func (k *keyer) lettersDiffer(x, y string) bool {
	i, j := 0, 0
	for {
		for i < len(x) && x[i] < utf8.RuneSelf && !isWordRune(rune(x[i])) {
			i++
		}
		for j < len(y) && y[j] < utf8.RuneSelf && !isWordRune(rune(y[j])) {
			j++
		}
		switch {
		case i == len(x) && j == len(y):
			return false
		case i == len(x):
			return y[j] < utf8.RuneSelf // y has a letter more; x is all ASCII
		case j == len(y):
			return x[i] < utf8.RuneSelf
		}
		cx, cy := x[i], y[j]
		if cx >= utf8.RuneSelf || cy >= utf8.RuneSelf {
			return false // NFKC and folding may change what follows
		}
		if k.ignoreCase {
			cx, cy = lowerASCII(cx), lowerASCII(cy)
		}
		if cx != cy {
			return true
		}
		i, j = i+1, j+1
	}
}

// mayJoin reports whether x or y can have the same joined key as a
// stretch cut into other tokens: it holds a line break, a zero-width
// space, a number in digit groups or a unit spaced from its number
// (which joinedKey joins across) or is
// not in NFKC (whose normalisation can turn one token into several: ½
// into 1⁄2, ‼ into !!), or a dash the tokenizer keeps apart before a
// digit (see dashedDigit). Without any of these the keys need not be
// built.
func mayJoin(x, y string, mark byte) bool {
	return hasJoinBreak(x) || hasJoinBreak(y) || hasDigitGroup(x) || hasDigitGroup(y) || spacedUnit(x) || spacedUnit(y) ||
		hasSeparatedGroups(x, mark) || hasSeparatedGroups(y, mark) || dashedDigit(x) || dashedDigit(y) ||
		!norm.NFKC.IsNormalString(x) || !norm.NFKC.IsNormalString(y)
}

// dashedDigit reports a dash other than a minus sign right before a digit
// ("–5" set with an en dash): the tokenizer keeps the dash apart, since
// such a dash more often marks a range, while "-5" and "−5" are one
// signed number, so that only the joined keys, where every dash is one,
// meet.
func dashedDigit(s string) bool {
	for i, r := range s {
		if r >= utf8.RuneSelf && r != '−' && isDash(r) {
			if n := i + utf8.RuneLen(r); n < len(s) && isASCIIDigit(s[n]) {
				return true
			}
		}
	}
	return false
}

// hasJoinBreak reports whether s holds a line break or a zero-width space.
// Byte searches come first: ContainsAny with characters outside ASCII
// decodes every rune, and whole paragraphs are asked.
func hasJoinBreak(s string) bool {
	const lead = 0xE2 // the first byte of U+2028, U+200B and U+200C in UTF-8
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0 ||
		strings.IndexByte(s, lead) >= 0 && strings.ContainsAny(s, "\u2028\u200B\u200C")
}

// hashPlain is hash for a plain token (see rawToken): its bytes are its
// key, folded to lower case when case is ignored.
func (k *keyer) hashPlain(tok string) uint64 {
	if !k.ignoreCase {
		return hashKey(tok)
	}
	if k.turkic && strings.IndexByte(tok, 'I') >= 0 {
		return k.hash(tok) // I lowers to ı
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// equalFold reports whether x and y are equal under Unicode case folding,
// for classifying case-only changes. ASCII strings are compared without
// building folded copies.
func (k *keyer) equalFold(x, y string) bool {
	// While both are ASCII, folding is lowering byte for byte: the first
	// letters that differ then settle it without folding the rest (most
	// replacements differ in their first word).
	for i := 0; i < len(x) && i < len(y); i++ {
		cx, cy := x[i], y[i]
		if cx >= utf8.RuneSelf || cy >= utf8.RuneSelf {
			return withoutGreekAccents(k.fold(x[i:])) == withoutGreekAccents(k.fold(y[i:]))
		}
		if k.turkic && cx != cy && (cx == 'I' || cy == 'I') {
			return false // I is the capital of ı
		}
		if lowerASCII(cx) != lowerASCII(cy) {
			return false
		}
	}
	return len(x) == len(y)
}

// lowerASCII lowers an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isSpaceRune reports white space, including no-break and other Unicode
// spaces, and the zero-width space, which separates words where no space
// is shown (Thai, Khmer, CMS break hints) and so is white space for
// tokens: "foo\u200Bbar" is two words, as "foo bar" is. So is the
// zero-width non-joiner, Persian's half space between the parts of a word,
// which is typed as a space as often, or left out: "رئیس‌جمهور", "رئیس
// جمهور" and "رئیسجمهور" read alike (joinedKey).
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || r == '\u200B' || r == zwnj
}

// isWordRune reports letters, digits and combining marks.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if isSimpleLetter(r) {
		return true
	}
	if r == 'ʼ' {
		// The modifier letter apostrophe (Ukrainian's recommended one)
		// is a letter to Unicode; read as the apostrophe it stands for,
		// it cuts a word as ' and ’ do, so one written for another is
		// typography.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nl, unicode.No)
}

// isInvisible reports characters that join a neighbouring token and vanish
// from its key (zero-width joiners, variation selectors, soft hyphens; not
// the zero-width space and non-joiner, which separate words).
func isInvisible(r rune) bool { return r >= 0xAD && r != '\u200B' && r != zwnj && foldRune(r) < 0 }
