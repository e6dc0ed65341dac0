package compare

import "strings"

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// paragraphSpans returns the byte spans of the paragraphs of text: runs of
// non-blank lines separated by blank lines. Single line breaks inside a
// paragraph are soft (a hard-wrapped paragraph is one paragraph). Leading
// and trailing white space is not part of a paragraph.
func paragraphSpans(text string) []span {
	out := make([]span, 0, strings.Count(text, "\n\n")+1) // about one per blank line
	start := -1                                           // start of the current paragraph, or -1 between paragraphs
	end := 0                                              // end of the last non-blank line's content
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text) + 1
		if nl >= 0 {
			lineEnd = pos + nl
			next = lineEnd + 1
		}
		line := text[pos:lineEnd]
		lo, hi := trimSpaceSpan(line)
		if lo == hi {
			if start >= 0 {
				out = append(out, span{start, end})
				start = -1
			}
		} else {
			if start < 0 {
				start = pos + lo
			}
			end = pos + hi
		}
		pos = next
	}
	if start >= 0 {
		out = append(out, span{start, end})
	}
	return out
}

// trimSpaceSpan returns the bounds of s without leading and trailing white
// space (Unicode spaces included).
func trimSpaceSpan(s string) (int, int) {
	t := strings.TrimLeftFunc(s, isSpaceRune)
	lo := len(s) - len(t)
	t = strings.TrimRightFunc(t, isSpaceRune)
	return lo, lo + len(t)
}
