package compare

import (
	"unicode"
	"unicode/utf8"
)

// classify flags a non-trivial change so that the edits researchers look
// for first stand out: numbers and dates, names, case-only and
// punctuation-only changes.
func classify(a, b *document, da, db []token, aText, bText string) []string {
	var flags []string
	if hasDigitToken(da) || hasDigitToken(db) {
		flags = append(flags, FlagNumber)
	}
	if len(da) > 0 && len(db) > 0 && caseKey(aText) == caseKey(bText) {
		flags = append(flags, FlagCase)
	}
	if allPunct(da) && allPunct(db) {
		flags = append(flags, FlagPunctuation)
	}
	if hasName(a, da) || hasName(b, db) {
		flags = append(flags, FlagName)
	}
	return flags
}

// FlagName marks a change that touches a capitalised word inside a
// sentence: usually a proper name.
const FlagName = "name"

func hasDigitToken(ts []token) bool {
	for _, t := range ts {
		if t.class == classNumber {
			return true
		}
	}
	return false
}

func allPunct(ts []token) bool {
	for _, t := range ts {
		if t.class != classPunct {
			return false
		}
	}
	return true
}

// hasName reports a capitalised word that does not open its sentence.
func hasName(d *document, ts []token) bool {
	for _, t := range ts {
		if t.class != classWord || !t.upper {
			continue
		}
		if !opensSentence(d, int(t.start)) {
			return true
		}
	}
	return false
}

// opensSentence reports whether the token at byte offset pos is the first
// word of its sentence: only white space, quotes, dashes or brackets stand
// between it and a sentence end or the start of a paragraph.
func opensSentence(d *document, pos int) bool {
	text := d.text
	for i := pos; i > 0; {
		r, size := lastRune(text[:i])
		switch {
		case r == '\n' && i >= 2 && text[i-2] == '\n':
			return true
		case isSpaceRune(r) || isQuote(r) || isDash(r) || r == '(' || r == '[':
			i -= size
			continue
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':':
			return true
		case unicode.Is(unicode.So, r) || isInvisible(r):
			i -= size
			continue
		}
		return false
	}
	return true
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
