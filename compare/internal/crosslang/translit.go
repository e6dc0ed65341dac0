package crosslang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinOf maps a lower-case Cyrillic or Greek letter to Latin letters, so
// that names written in both scripts share their first letters (Лавров,
// Lavrov; Αθήνα, Athina). The Cyrillic table is close to the BGN/PCGN and
// ISO 9 romanisations used by English and German texts; letters with no
// sound of their own (ъ, ь) vanish.
func latinOf(r rune) (string, bool) {
	if r >= 'а' && r <= 'я' {
		return cyrillicLatin[r-'а'], true
	}
	switch r {
	case 'ё':
		return "e", true
	case 'є':
		return "ye", true
	case 'і':
		return "i", true
	case 'ї':
		return "yi", true
	case 'ґ':
		return "g", true
	case 'ў':
		return "u", true
	case 'ј':
		return "j", true
	case 'љ':
		return "lj", true
	case 'њ':
		return "nj", true
	case 'ћ':
		return "c", true
	case 'ђ':
		return "dj", true
	case 'џ':
		return "dz", true
	}
	if r >= 'α' && r <= 'ω' {
		return greekLatin[r-'α'], true
	}
	return "", false
}

var cyrillicLatin = [...]string{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
}

var greekLatin = [...]string{
	"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
	"r", "s", "s", "t", "y", "f", "ch", "ps", "o",
}

// Romanize returns w in lower-case Latin letters: Cyrillic and Greek
// transliterated, diacritics dropped (Лавров and Lavrov both give
// "lavrov"; "Müller" gives "muller"). A letter the table knows is
// transliterated whole, before its diacritics could be dropped: й is "y"
// (Нью-Йорк, New York), not the "i" of и.
func Romanize(w string) string {
	var sb strings.Builder
	for _, r := range norm.NFC.String(strings.ToLower(w)) {
		if r < utf8.RuneSelf {
			sb.WriteRune(r)
			continue
		}
		if l, ok := latinOf(r); ok {
			sb.WriteString(l)
			continue
		}
		for _, d := range norm.NFKD.String(string(r)) { // ligatures too: ﬁ is fi
			writeRoman(&sb, d)
		}
	}
	return sb.String()
}

// writeRoman writes r, a letter or a mark of a decomposed one, in Latin
// letters; a mark not at all.
func writeRoman(sb *strings.Builder, r rune) {
	if unicode.Is(unicode.Mn, r) {
		return
	}
	if l, ok := latinOf(r); ok {
		sb.WriteString(l)
		return
	}
	switch r {
	case 'ß':
		sb.WriteString("ss")
	case 'æ':
		sb.WriteString("ae")
	case 'œ':
		sb.WriteString("oe")
	default:
		sb.WriteRune(r)
	}
}
