package textfile

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names the detector reports (and the library stores).
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1251 = "windows-1251"
	EncKOI8R       = "koi8-r"
	EncIBM866      = "ibm866"
	EncWindows1252 = "windows-1252"
	EncISO88591    = "iso-8859-1"
	// EncUTF8Replace is UTF-8 read with each run of invalid bytes
	// replaced by U+FFFD: a damaged file kept as far as it is readable,
	// when the reader asks for it (it is never detected).
	EncUTF8Replace = "utf-8-replace"
)

// DetectEncoding names the character encoding of b, a text file's bytes:
// a byte-order mark decides UTF-8 and UTF-16; otherwise valid UTF-8 is
// UTF-8, UTF-16 without a BOM is recognised by its zero bytes, and other
// bytes are scored as Windows-1252/ISO-8859-1 (Western) or Windows-1250
// (Central European: see centralEuropean), as Shift_JIS, EUC-JP, EUC-KR,
// GB18030 or Big5 (East Asian: see detectEastAsian), or as Windows-1251,
// KOI8-R, IBM866 (Cyrillic: by letter frequencies and letter case). It
// returns an error when the bytes are not text in any of these: NUL bytes,
// UTF-8 that is broken in places, or nothing to decode.
//
// No maintained Go charset detector is used: the ones known (ports of ICU's
// or Mozilla's detectors) are unmaintained and large, and the small
// statistical detector here covers the encodings Variorum's users meet.
func DetectEncoding(b []byte) (string, error) {
	if enc := bomEncoding(b); enc != "" {
		return enc, nil
	}
	if len(b) == 0 {
		return "", ErrEmpty
	}
	if enc, ok := sniffUTF16(b); ok {
		return enc, nil
	}
	if _, ok := sniffUTF16(b[:len(b)-1]); ok && len(b)%2 != 0 {
		return "", fmt.Errorf("UTF-16 without a byte-order mark, but an odd number of bytes (%d): the file is %w", len(b), ErrTruncated)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", nulError(b, i)
	}
	if utf8.Valid(b) {
		return EncUTF8, nil
	}
	if d, ok := mostlyUTF8(b); ok {
		return "", fmt.Errorf("%w: the file is damaged or mixes encodings (if it is in another encoding, save it as UTF-8, or name its encoding)",
			d.err(b, 0))
	}
	return detectSingleByte(b), nil
}

// bomEncoding names the encoding that b's byte-order mark declares, or
// returns "" when b has none.
func bomEncoding(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return EncUTF8BOM
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return EncUTF16LE
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return EncUTF16BE
	}
	return ""
}

// sniffUTF16 recognises UTF-16 without a byte-order mark by its high
// bytes: text in one alphabet of the Basic Multilingual Plane has one high
// byte for its letters (0x00 for Latin, 0x03 for Greek, 0x04 for Cyrillic)
// and 0x00 for its spaces and ASCII punctuation, while its low bytes vary
// and are rarely zero. The first 4 KB decide.
func sniffUTF16(b []byte) (string, bool) {
	if len(b) < 8 || len(b)%2 != 0 {
		return "", false
	}
	n := min(len(b), 4096) &^ 1
	switch {
	case utf16Like(b[:n], 1):
		return EncUTF16LE, true
	case utf16Like(b[:n], 0):
		return EncUTF16BE, true
	}
	return "", false
}

// utf16Like reports whether b reads as UTF-16 text whose high bytes sit
// at offsets of parity high: some of them zero (spaces, newlines), nearly
// all of the others among utf16Alphabet values (the alphabet's and its
// punctuation's), few zero low bytes
// (U+0000, U+0100 and U+0400 are rare in text) and few ASCII control
// characters other than tab, line feed and carriage return.
func utf16Like(b []byte, high int) bool {
	var highCount [256]int
	lowZero, control := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		hi, lo := b[i+high], b[i+1-high]
		highCount[hi]++
		if lo == 0 {
			lowZero++
		}
		if hi == 0 && lo < 0x20 && lo != '\t' && lo != '\n' && lo != '\r' {
			control++
		}
	}
	units := len(b) / 2
	// The alphabet's high bytes: the three most common non-zero ones
	// (Vietnamese has 0x01 and 0x1E besides Latin's zero; Russian
	// dialogue 0x04 and 0x20 for its dashes and ellipses).
	top := slices.Sorted(slices.Values(highCount[1:]))
	script := 0
	for _, c := range top[len(top)-utf16Alphabet:] {
		script += c
	}
	stray := units - highCount[0] - script
	// In a short text the three commonest high bytes may be all it has
	// ("abc\x00def\n" would read as four Chinese characters): one of them
	// must then stand for half its code units, as an alphabet's does.
	if units < utf16ShortUnits && slices.Max(highCount[:])*2 < units {
		return false
	}
	return highCount[0]*utf16MinSpaces >= units &&
		stray*utf16Stray < units && lowZero*utf16Stray < units && control*utf16Stray < units
}

// UTF-16 sniffing limits, as fractions of the code units: at least one in
// utf16MinSpaces has a zero high byte, and fewer than one in utf16Stray
// has a high byte outside zero and the alphabet's, a zero low byte, or
// is an ASCII control character. Latin, Cyrillic and Greek prose (a space
// a word) pass by far; binary files fail on the zero low bytes of their
// small integers or on scattered high bytes.
const (
	// utf16ShortUnits is the code units below which a text is short:
	// too few for utf16Alphabet's high bytes to tell an alphabet.
	utf16ShortUnits = 64
	utf16MinSpaces  = 20
	utf16Stray      = 20
	// utf16Alphabet is how many non-zero high bytes one text's letters
	// and punctuation use: 0x04 and 0x20 (dashes) for Russian, 0x01, 0x03
	// and 0x1E for Vietnamese. Binary data spreads over many more.
	utf16Alphabet = 3
)

// mostlyUTF8 reports whether b, which is not valid UTF-8, is damaged UTF-8
// rather than a single-byte encoding, and where its invalid bytes are.
// Cyrillic in Windows-1251 or KOI8-R leaves almost every byte above 0x7F
// invalid as UTF-8, and IBM866 about 60% of them (its lower-case letters
// happen to form valid three-byte sequences); damaged UTF-8 has only a few
// invalid bytes among many valid sequences. The line is drawn at a third
// (utf8InvalidShare). Text that mixes encodings (a UTF-8 title over a
// Windows-1251 body, two files joined) may have more invalid bytes than
// that, but a single-byte encoding read as UTF-8 makes no more than a
// few valid sequences in a row, where UTF-8 text makes one a letter: a
// run of utf8MixedRun letters of one script (their 256 code points),
// with only ASCII between them, is UTF-8, and the rest damaged.
func mostlyUTF8(b []byte) (utf8Damage, bool) {
	d := utf8Damage{first: -1}
	valid, high, run, longest := 0, 0, 0, 0
	block := rune(-1) // the 256 code points of the last letter's script
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if d.first < 0 {
				d.first = i
			}
			d.invalid++
			high++
			i++
			run = 0
			continue
		}
		valid++
		high += size
		i += size
		if !unicode.IsLetter(r) || r>>8 != block {
			run = 0 // a single-byte encoding's accidents decode to stray marks and scripts
		}
		if block = r >> 8; unicode.IsLetter(r) {
			run++
			longest = max(longest, run)
		}
	}
	return d, valid >= 1 && (d.invalid*utf8InvalidShare < high || longest >= utf8MixedRun)
}

// utf8Damage is where bytes that should be UTF-8 are not: the first
// invalid byte's offset and how many there are.
type utf8Damage struct{ first, invalid int }

// err is the error of b's damage, its offsets moved by bom, the bytes of
// a byte-order mark cut off before b.
func (d utf8Damage) err(b []byte, bom int) *InvalidUTF8Error {
	return &InvalidUTF8Error{Offset: d.first + bom, Line: 1 + bytes.Count(b[:d.first], []byte{'\n'}),
		Invalid: d.invalid, Size: len(b) + bom}
}

// utf8MixedRun is how many letters of one script in a row, each a valid
// UTF-8 sequence above ASCII, make a text UTF-8 whatever its other bytes:
// a word or two of Cyrillic or Greek. Windows-1251, KOI8-R and IBM866
// Russian and Ukrainian prose (compare/testdata, Anna Karenina) read as
// UTF-8 makes runs of 2 at most.
const utf8MixedRun = 12

// utf8InvalidShare: text whose bytes above 0x7F are invalid UTF-8 less
// than once in this many is damaged UTF-8, not a single-byte encoding.
const utf8InvalidShare = 3

// russianFreq returns the frequency (per cent) of each lower-case Russian
// letter in running text (and a rough weight for Ukrainian and Belarusian
// letters).
func russianFreq() map[rune]float64 {
	return map[rune]float64{
		'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47,
		'р': 4.73, 'в': 4.54, 'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81,
		'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74, 'г': 1.70, 'з': 1.65, 'б': 1.59,
		'ч': 1.44, 'й': 1.21, 'х': 0.97, 'ж': 0.94, 'ш': 0.73, 'ю': 0.64, 'ц': 0.48,
		'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
		'і': 1.0, 'ї': 0.5, 'є': 0.5, 'ґ': 0.1, 'ў': 0.5,
	}
}

// westernHighTenths: a text with fewer than this many tenths of its
// letters above 0x7F is in a Western (Latin) single-byte encoding; Russian
// has nearly ten tenths, French and German under one, Czech or Polish
// about one and a half.
const westernHighTenths = 3

// detectSingleByte picks the most plausible single-byte encoding for b,
// which is not UTF-8.
func detectSingleByte(b []byte) string {
	// Cyrillic text has almost every letter above 0x7F; Western text only
	// a few accented ones.
	var ascii, high int
	for _, c := range b {
		switch {
		case c >= 0x80:
			high++
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			ascii++
		}
	}
	if (high*10 < (ascii+high)*westernHighTenths || accentedWords(b)) && !highWords(b) {
		if centralEuropean(b) {
			return EncWindows1250
		}
		for _, c := range b {
			if c >= 0x80 && c <= 0x9F {
				return EncWindows1252
			}
		}
		return EncISO88591
	}
	if enc := detectEastAsian(b); enc != "" {
		return enc
	}
	best, bestScore := EncWindows1251, -1e18
	for _, name := range []string{EncWindows1251, EncKOI8R, EncIBM866} {
		if s := cyrillicScore(b, name); s > bestScore {
			best, bestScore = name, s
		}
	}
	return best
}

// highWords reports text whose bytes above 0x7F mostly stand in runs of
// at least highWordBytes: whole words in another alphabet (an English
// text quoting "Сергей Лавров" in Windows-1251), where a Western text's
// accented letters stand one or two at a time among ASCII ones ("café",
// "Müller", "příliš").
func highWords(b []byte) bool {
	high, inWords, run := 0, 0, 0
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] >= 0x80 {
			high++
			run++
			continue
		}
		if run >= highWordBytes {
			inWords += run
		}
		run = 0
	}
	return high > 0 && inWords*2 >= high
}

// highWordBytes is the shortest run of bytes above 0x7F that highWords
// takes for a word in another alphabet.
const highWordBytes = 4

// accentedWords reports text whose bytes above 0x7F mostly stand inside
// words that also hold ASCII letters: accented Latin words ("Été",
// "Genève"), which a short French or German line may hold so densely
// that the share of high bytes alone reads as Cyrillic. Read as
// Windows-1251 they would mix alphabets in one word ("Йtй", "Genиve"),
// which Cyrillic text does not.
func accentedWords(b []byte) bool {
	high, mixed := 0, 0
	for i := 0; i < len(b); {
		j, ascii, h, run, longest := i, 0, 0, 0, 0
		for ; j < len(b) && (b[j] >= 0x80 || b[j] >= 'A' && b[j] <= 'Z' || b[j] >= 'a' && b[j] <= 'z'); j++ {
			if b[j] >= 0x80 {
				h, run = h+1, run+1
				longest = max(longest, run)
			} else {
				ascii, run = ascii+1, 0
			}
		}
		high += h
		// Accents stand one or two in a row ("Genève", "Äußeres"); a run
		// of more is Cyrillic with Latin look-alikes typed among it
		// ("Мoскoвский", "сaмoлёт").
		if ascii > 0 && longest <= maxAccentRun {
			mixed += h
		}
		i = max(j, i+1)
	}
	return high > 0 && mixed*2 > high
}

// maxAccentRun is the most bytes above 0x7F in a row that accentedWords
// takes for accented Latin letters.
const maxAccentRun = 2

// cyrillicScore rates how much b decoded as enc looks like Russian (or
// Ukrainian, Belarusian) text: the log-likelihood of its letters by their
// frequency, so that a reading that makes rare letters of common ones
// loses, plus the shapes of its words (see textShape). Non-letters decoded
// from high bytes count against it. What a high byte decodes to is worked
// out once per byte value, not once per byte of b.
func cyrillicScore(b []byte, enc string) float64 {
	var high [128]struct {
		score         float64 // the letter's log frequency, or a non-letter's cost
		letter, upper bool
	}
	cm := singleByteMaps()[enc]
	freq := russianFreq()
	for i := range high {
		h := &high[i]
		switch r := cm.DecodeByte(byte(0x80 + i)); {
		case unicode.IsLetter(r) && unicode.Is(unicode.Cyrillic, r):
			h.score = math.Log(max(freq[unicode.ToLower(r)], rareLetterPercent) / 100)
			h.letter, h.upper = true, unicode.IsUpper(r)
		case r == utf8.RuneError || unicode.IsControl(r):
			h.score = undecodedCost
		case unicode.IsPunct(r):
			h.score = punctuationCost // «», —, …: Russian text has them
		default: // box drawing, symbols, letters of other scripts
			h.score = symbolCost
		}
	}
	var score float64
	var t textShape
	for _, c := range b {
		switch {
		case c >= 0x80 && high[c-0x80].letter:
			h := &high[c-0x80]
			score += h.score
			t.letter(h.upper)
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t.letter(c <= 'Z')
		default:
			t.endWord()
			if c >= 0x80 {
				score += high[c-0x80].score
			}
		}
	}
	t.endWord()
	return score + t.score()
}

// textShape counts the shapes of a text's words as one code page reads
// them. Each code page's capitals are another's small letters, so the
// wrong one turns a text in small letters into words in capitals, among
// which its one-letter words and the first letters of its sentences stay
// small ("с МАВМА ФЕВС" for "Я люблю тебя"), and a capitalised word into
// one of mixed case ("лИНИСТР"). A text all in capitals (a telegram, a
// headline) pays capitalsTextPenalty once; words in capitals among words
// in small letters pay capitalsPenalty each; a capital after a word's
// first letter in a word that is not all capitals pays mixedCasePenalty.
type textShape struct {
	letters, uppers      int // of the word being read
	firstUpper           bool
	capsWords, smallWord int // words in capitals, words with small letters
	mixed                int // capitals out of place
}

func (t *textShape) letter(upper bool) {
	if t.letters == 0 {
		t.firstUpper = upper
	} else if upper {
		t.uppers++
	}
	t.letters++
}

func (t *textShape) endWord() {
	switch {
	case t.letters == 1 && t.firstUpper:
		// a capital alone ("Я", "В") is any text's
	case t.letters == 0:
	case t.uppers == 0:
		t.smallWord++ // small letters, or capitalised
	case t.firstUpper && t.uppers == t.letters-1:
		t.capsWords++
	default:
		t.mixed += t.uppers
	}
	t.letters, t.uppers, t.firstUpper = 0, 0, false
}

func (t *textShape) score() float64 {
	s := float64(t.mixed) * mixedCasePenalty
	switch {
	case t.capsWords == 0:
	case t.smallWord > 0:
		s += float64(t.capsWords) * capitalsPenalty
	default:
		s += capitalsTextPenalty
	}
	return s
}

// The costs cyrillicScore gives, in natural log units like its letters
// (the commonest, о, is -2.2; щ -5.6; ъ -7.8), tuned on the detector's
// tests (the 147 short texts in each code page, texts in capitals, short
// lines in small letters). capitalsPenalty: at -2.5 and above "Я люблю
// тебя." in KOI8-R is read as Windows-1251; -3 to -6 pass, and -4 is
// taken. capitalsTextPenalty passes from -1 to -4. One case is lost to
// this model: a short line all in small letters whose letters are rare
// ("я люблю тебя"), which reads as likelier capitals in the other code
// page; the letters alone cannot tell.
const (
	rareLetterPercent   = 0.01 // a letter missing from russianFreq
	capitalsPenalty     = -4.0
	capitalsTextPenalty = -2.0
	mixedCasePenalty    = -6.0
	undecodedCost       = -12.0
	punctuationCost     = -3.0
	symbolCost          = -6.0
)

// singleByteMaps returns the single-byte code pages the detector considers.
func singleByteMaps() map[string]*charmap.Charmap {
	return map[string]*charmap.Charmap{
		EncWindows1251: charmap.Windows1251,
		EncKOI8R:       charmap.KOI8R,
		EncIBM866:      charmap.CodePage866,
		EncWindows1252: charmap.Windows1252,
		EncISO88591:    charmap.ISO8859_1,
		EncWindows1250: charmap.Windows1250,
	}
}

// LookupEncoding returns the encoding called name (a WHATWG or IANA label
// such as "cp1251", "windows-1251", "koi8-r", "utf-16le", "latin1") and its
// canonical name, or an error wrapping ErrUnknownEncoding.
func LookupEncoding(name string) (encoding.Encoding, string, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	switch key {
	case EncUTF8, "utf8":
		return xunicode.UTF8, EncUTF8, nil
	case EncUTF8Replace, "utf8-replace":
		// Named for LookupEncoding's callers; decodeBytes reads this
		// encoding itself, a U+FFFD for each run of damaged bytes
		// (bytes.ToValidUTF8), where x/text's decoder puts one for
		// each bad sequence.
		return xunicode.UTF8, EncUTF8Replace, nil
	case EncUTF8BOM, "utf-8-sig", "utf8bom":
		return xunicode.UTF8BOM, EncUTF8BOM, nil
	case EncUTF16LE, "utf16le":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), EncUTF16LE, nil
	case EncUTF16BE, "utf16be":
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), EncUTF16BE, nil
	case "utf-16", "utf16":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16", nil
	case EncISO88591, "latin1", "latin-1", "iso8859-1":
		// Not WHATWG's alias for windows-1252: the user asked for Latin-1.
		return charmap.ISO8859_1, EncISO88591, nil
	}
	if m, ok := singleByteMaps()[key]; ok {
		return m, key, nil
	}
	if e, err := htmlindex.Get(key); err == nil {
		canon, _ := htmlindex.Name(e)
		return e, canon, nil
	}
	if e, err := ianaindex.IANA.Encoding(key); err == nil && e != nil {
		canon, _ := ianaindex.IANA.Name(e)
		return e, strings.ToLower(canon), nil
	}
	return nil, "", fmt.Errorf("%w %q (try utf-8, utf-16le, windows-1251, koi8-r, windows-1252)", ErrUnknownEncoding, name)
}

// decodeBytes decodes b from the encoding called enc (see LookupEncoding)
// into a Go string, dropping a byte-order mark. It fails on bytes that are
// invalid in enc where that can be told (UTF-8, UTF-16). When owned, b
// belongs to the caller alone and is never written again, so valid UTF-8
// becomes the string without a copy (as strings.Builder does), saving a
// copy of each file and its page faults. When valid, b is already known to
// be valid UTF-8 and is not checked again.
func decodeBytes(b []byte, enc string, owned, valid bool) (string, error) {
	e, canon, err := LookupEncoding(enc)
	if err != nil {
		return "", err
	}
	switch canon {
	case EncUTF8, EncUTF8BOM:
		bom := 0
		if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
			b, bom = b[3:], 3
		}
		if !valid && !utf8.Valid(b) {
			d, _ := mostlyUTF8(b)
			// The offset counts the file's bytes, the byte-order mark too.
			return "", d.err(b, bom)
		}
		if owned {
			return bytesString(b), nil
		}
		return string(b), nil
	case EncUTF8Replace:
		// One U+FFFD for each run of invalid bytes, as the standard
		// library replaces them: "cha\xff\xfe\xc3(" reads "cha\uFFFD(".
		// The result is a fresh buffer, nobody else's.
		return bytesString(bytes.ToValidUTF8(bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}), []byte("\uFFFD"))), nil
	case EncUTF16LE, EncUTF16BE, "utf-16":
		if len(b)%2 != 0 {
			return "", fmt.Errorf("not UTF-16: odd number of bytes (%d); the file is %w or in another encoding", len(b), ErrTruncated)
		}
		if canon == EncUTF16LE {
			b = bytes.TrimPrefix(b, []byte{0xFF, 0xFE})
		} else if canon == EncUTF16BE {
			b = bytes.TrimPrefix(b, []byte{0xFE, 0xFF})
		}
	default:
		// A UTF-8 byte-order mark before a body in the encoding asked
		// for (an editor saved a CP1251 file "with BOM") is no text:
		// decoded, it would read "п»ї".
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("decoding as %s: %w", canon, err)
	}
	// out is the decoder's fresh buffer, nobody else's.
	return strings.TrimPrefix(bytesString(out), "\uFEFF"), nil
}

// Excerpt decodes about size bytes of b, a file's, around byte at from the
// encoding called enc, as Extract would decode the whole (line ends made
// LF, NFC): a preview of the file read in one encoding or another at the
// place that tells them apart, such as an InvalidUTF8Error's Offset. It
// starts at the start of at's line when that is at most size/2 bytes
// before at, and cuts between characters in UTF-8 and UTF-16. Bytes the
// encoding rejects fail it as they fail Extract.
func Excerpt(b []byte, at, size int, enc string) (string, error) {
	_, canon, err := LookupEncoding(enc)
	if err != nil {
		return "", err
	}
	if canon == "utf-16" {
		// The byte order is the mark's, at the file's start, which the
		// excerpt does not hold (without one, "utf-16" reads little-endian,
		// as LookupEncoding's decoder does).
		if canon = bomEncoding(b); canon != EncUTF16BE {
			canon = EncUTF16LE
		}
	}
	at = min(max(at, 0), len(b))
	start := max(0, at-size/2)
	if i := bytes.LastIndexByte(b[start:at], '\n'); i >= 0 {
		start += i + 1
	}
	end := min(len(b), start+max(size, 0))
	switch canon {
	case EncUTF8, EncUTF8BOM, EncUTF8Replace:
		for start < at && !utf8.RuneStart(b[start]) {
			start++
		}
		for end > start && end < len(b) && !utf8.RuneStart(b[end]) {
			end--
		}
	case EncUTF16LE, EncUTF16BE, "utf-16":
		// A code unit starts at an even offset (a byte-order mark is
		// two bytes): up, past the other byte of a line feed found in
		// UTF-16LE; a surrogate pair cut at the end reads U+FFFD.
		start = min((start+1)&^1, end)
		end = start + (end-start)&^1
	}
	text, err := decodeBytes(b[start:end], canon, false, false)
	if err != nil {
		return "", err
	}
	return NormalizeText(text), nil
}

// bytesString returns b as a string without copying it. b must never be
// written again.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// nulError says where b's first NUL byte, at i, is.
func nulError(b []byte, i int) error {
	return fmt.Errorf("NUL byte at offset %d (line %d): %w", i, 1+bytes.Count(b[:i], []byte{'\n'}), ErrBinary)
}
