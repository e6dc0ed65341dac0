package cli

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text printed for a person may come from anyone: a file name or a
// document can hold ESC sequences that retitle or clear the terminal, BEL,
// carriage returns and newlines that forge lines, and bidi overrides that
// show characters in another order than they are. termName and termText
// write such characters as Go escapes (\x1b, \u202e) instead. JSON output
// is not passed through them: it is exact by contract.

// termName returns s fit for one line: every control character, line ends
// included, and every bidi override escaped.
func termName(s string) string { return escapeControls(s, false) }

// termText returns s with its line ends and tabs kept and every other
// control character and bidi override escaped.
func termText(s string) string { return escapeControls(s, true) }

// escapeControls escapes C0 and C1 controls, DEL, the bidi embedding,
// override and isolate characters (U+202A–U+202E, U+2066–U+2069) and
// bytes that are not UTF-8 (as \xNN) in s,
// keeping '\n' and '\t' when keepLines. s is returned as it is (no copy)
// when nothing needs escaping, the common case, as show prints whole texts.
func escapeControls(s string, keepLines bool) string {
	i := firstUnsafe(s, keepLines)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for k, r := range s[i:] {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i+k:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i+k]) // a byte that is not UTF-8 (a file name's)
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstUnsafe returns the index of the first character escapeControls
// changes, or -1.
func firstUnsafe(s string, keepLines bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n' || c == '\t':
			if !keepLines {
				return i
			}
		case c < 0x20 || c == 0x7f:
			return i
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unsafeRune(r) || r == utf8.RuneError && size == 1 {
				return i
			}
			i += size - 1
		}
	}
	return -1
}

// unsafeRune reports whether r is a C1 control or a bidi embedding,
// override or isolate character.
func unsafeRune(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
