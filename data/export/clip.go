package export

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Squeeze is s on one line with each run of white space one space: a
// text quoted in a summary, a message or a label. OneLine, for a
// segment, keeps the white space inside lines.
func Squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// Clip is s on one line (Squeeze), cut to at most n runes with an
// ellipsis where cut: a long text quoted in a summary line, a list or a
// dialog. Under one rune, the ellipsis alone says what was cut.
func Clip(s string, n int) string {
	s = Squeeze(s)
	if r := []rune(s); len(r) > n {
		if n < 1 {
			return "…"
		}
		return string(r[:n-1]) + "…"
	}
	return s
}

// OneLine is s on one line: each line break, with the spaces and tabs
// around it, becomes one space (a paragraph wrapped over lines reads as
// one), and all other white space is kept as it is. No-break spaces,
// thin spaces before French punctuation and digit groups, tabs and double
// spaces inside a line are the text, which a translation memory must
// match exactly.
func OneLine(s string) string {
	if !strings.ContainsAny(s, lineBreaks) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(lineBreaks, r) {
			b = append(b, s[i:i+w]...)
			i += w
			continue
		}
		// The spaces and tabs before the break go, and those after it
		// and after any further breaks.
		b = bytes.TrimRight(b, " \t")
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if r != ' ' && r != '\t' && !strings.ContainsRune(lineBreaks, r) {
				break
			}
			i += w
		}
		if len(b) > 0 && i < len(s) && !bothCJK(b, s[i:]) {
			b = append(b, ' ')
		}
	}
	return string(b)
}

// bothCJK reports whether the text before a line break ends and the text
// after it starts with a Chinese or Japanese character, which are written
// without spaces: such a break is dropped, as CSS Text 3 drops it.
func bothCJK(before []byte, after string) bool {
	r1, _ := utf8.DecodeLastRune(before)
	r2, _ := utf8.DecodeRuneInString(after)
	return isCJK(r1) && isCJK(r2)
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		0x3000 <= r && r <= 0x303F || 0xFF00 <= r && r <= 0xFFEF // CJK punctuation, full-width forms
}

// lineBreaks are the characters that end a line.
const lineBreaks = "\n\r\v\f\u0085\u2028\u2029"

// SpaceName names s where it is white space alone (a paragraph split or
// joined, a line broken, a space made a no-break one): "(line break)",
// "(space, no-break space)", each run of one kind with its number, "(2 ×
// space)", and a zero-width space or joiner by its code point. Such a
// change would otherwise read as nothing, or " → ". ok is false where s
// is empty or holds more than white space.
func SpaceName(s string) (name string, ok bool) {
	if s == "" || strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || zeroWidth(r) }) != "" {
		return "", false
	}
	switch n := lineBreakCount(s); {
	case n >= 2 || strings.ContainsRune(s, '\u2029'): // U+2029 parts paragraphs
		return "(paragraph break)", true
	case n == 1:
		return "(line break)", true
	}
	var names []string
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		n := 1
		for strings.HasPrefix(s[n*size:], s[:size]) {
			n++
		}
		name := spaceName(r)
		if n > 1 {
			name = strconv.Itoa(n) + " × " + name
		}
		names = append(names, name)
		s = s[n*size:]
	}
	return "(" + strings.Join(names, ", ") + ")", true
}

// zeroWidth reports a character drawn as nothing: a zero-width space or
// joiner, a word joiner, a byte-order mark inside a text.
func zeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff'
}

// lineBreakCount counts the line breaks of s: CRLF is one, and so is
// each of lineBreaks.
func lineBreakCount(s string) int {
	n := 0
	for i, r := range s {
		if strings.ContainsRune(lineBreaks, r) && !(r == '\n' && i > 0 && s[i-1] == '\r') {
			n++
		}
	}
	return n
}

// spaceName names a white space character.
func spaceName(r rune) string {
	switch r {
	case ' ':
		return "space"
	case '\t':
		return "tab"
	case '\u00a0':
		return "no-break space"
	case '\u202f':
		return "narrow no-break space"
	case '\u2009':
		return "thin space"
	}
	if zeroWidth(r) {
		return fmt.Sprintf("U+%04X", r)
	}
	return fmt.Sprintf("space U+%04X", r)
}

// GoneSpaces are the spaces to put before and after text, words a version
// removed, shown in its text where they went, between before and after:
// one where they would touch a word ("were[very]productive"), none
// before punctuation that follows a word (", on the one hand,") or after
// a word opening its sentence that the removal leaves first.
func GoneSpaces(before, text, after string) (lead, trail string) {
	prev, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	next, _ := utf8.DecodeRuneInString(after)
	// Chinese and Japanese put no spaces between words.
	if before != "" && !unicode.IsSpace(prev) && !unicode.IsSpace(first) && !strings.ContainsRune(closingMarks, first) && !isCJK(prev) && !isCJK(first) {
		lead = " "
	}
	if after != "" && !unicode.IsSpace(next) && !unicode.IsSpace(last) && !isCJK(last) && !isCJK(next) &&
		(unicode.IsLetter(next) || unicode.IsDigit(next) || strings.ContainsRune(openingMarks, next)) {
		trail = " "
	}
	return lead, trail
}

// closingMarks follow a word with no space; openingMarks come before
// one.
const (
	closingMarks = ",.;:!?)]}»”’…%，。、；：！？"
	openingMarks = "([{«“‘"
)
