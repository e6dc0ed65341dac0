package textfile

import (
	"fmt"
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
				r, size := utf8.DecodeRuneInString(s[k:])
				if r == utf8.RuneError && size == 1 {
					// Invalid UTF-8: the library reads such bytes with
					// what follows, so the whole is its to judge.
					return norm.NFC.IsNormalString(s)
				}
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
