package compare

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// classify flags a non-trivial change so that the edits researchers look
// for first stand out: numbers and dates, names, case-only and
// punctuation-only changes.
func classify(a, b *document, da, db []token, aText, bText string) []string {
	var flags []string
	// A word the semantic cleanup folded into a replacement ("paid 5
	// dollars" -> "gave 5 euros") does not make it a number change: the
	// numbers (or names) on the two sides must differ.
	if !sameKeys(numbers(da), numbers(db)) {
		flags = append(flags, FlagNumber)
	}
	if len(da) > 0 && len(db) > 0 && caseKey(aText) == caseKey(bText) {
		flags = append(flags, FlagCase)
	}
	if allPunct(da) && allPunct(db) {
		flags = append(flags, FlagPunctuation)
	}
	if !sameKeys(names(a, da), names(b, db)) {
		flags = append(flags, FlagName)
	}
	return flags
}

// FlagName marks a change that touches a capitalised word inside a
// sentence: usually a proper name.
const FlagName = "name"

// numbers returns the keys of the number tokens among ts.
func numbers(ts []token) []uint64 {
	var out []uint64
	for _, t := range ts {
		if t.class == classNumber {
			out = append(out, t.key)
		}
	}
	return out
}

// sameKeys reports whether x and y hold the same keys as multisets.
func sameKeys(x, y []uint64) bool {
	if len(x) != len(y) {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

func allPunct(ts []token) bool {
	for _, t := range ts {
		if t.class != classPunct {
			return false
		}
	}
	return true
}

// names returns the keys of the capitalised words among ts that do not
// open their sentence (usually proper names). A one-letter word ("I",
// "Я") is not a name.
func names(d *document, ts []token) []uint64 {
	var out []uint64
	for _, t := range ts {
		if t.class != classWord || !t.upper || utf8.RuneCountInString(d.text[t.start:t.end]) < 2 {
			continue
		}
		if !opensSentence(d, int(t.start)) {
			out = append(out, t.key)
		}
	}
	return out
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
