package app

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fragment is a placed piece of text: a word (or part of one), a run of
// spaces, always on one line and in one style.
type fragment struct {
	text  string
	x, w  float32
	line  int
	run   int // index of the TextRun it came from
	space bool
}

// textLayout is the result of breaking runs into lines at one width.
type textLayout struct {
	frags []fragment
	lines int
	width float32
	// paras are the lines that open a paragraph after a hard newline (the
	// first line opens one too, and is not listed).
	paras []int
}

// tokenKind tells words, spaces and hard line breaks apart.
type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokSpace
	tokNewline
)

// part is the piece of a token that lies in one run: a word may straddle
// runs ("Nurtleu" replaced, "." unchanged) and must still not be broken.
type part struct {
	text string
	run  int
}

type token struct {
	kind  tokenKind
	parts []part
}

// tokenize splits runs into words, space runs and newlines. Adjacent word
// pieces from different runs join one token so that line breaking never
// separates them.
func tokenize(runs []TextRun) []token {
	var toks []token
	eachPiece(runs, func(kind tokenKind, text string, run int, joins bool) {
		if joins {
			last := &toks[len(toks)-1]
			last.parts = append(last.parts, part{text, run})
			return
		}
		toks = append(toks, token{kind: kind, parts: []part{{text, run}}})
	})
	return toks
}

// eachPiece calls yield with each piece of runs in order: a word piece, a
// run of spaces (as plain spaces) or a newline, from run number run.
// joins is true for a word piece that continues the word before it (from
// an earlier run): the two are one token.
func eachPiece(runs []TextRun, yield func(kind tokenKind, text string, run int, joins bool)) {
	lastWord := false
	for ri, r := range runs {
		s := r.Text
		for len(s) > 0 {
			c, end := utf8.DecodeRuneInString(s)
			kind := kindOf(c)
			for kind != tokNewline && end < len(s) {
				c2, n2 := utf8.DecodeRuneInString(s[end:])
				if kindOf(c2) != kind {
					break
				}
				end += n2
			}
			text := s[:end]
			s = s[end:]
			if kind == tokSpace {
				text = spacesFor(text)
			}
			yield(kind, text, ri, kind == tokWord && lastWord)
			lastWord = kind == tokWord
		}
	}
}

// kindOf is the kind of token a character belongs to.
func kindOf(c rune) tokenKind {
	switch {
	case c == '\n':
		return tokNewline
	case isBreakSpace(c):
		return tokSpace
	}
	return tokWord
}

// isBreakSpace reports white space where a line may break. No-break
// spaces stay inside words.
func isBreakSpace(c rune) bool {
	switch c {
	case '\u00a0', '\u202f', '\u2007':
		return false
	}
	return unicode.IsSpace(c)
}

// spacesFor replaces a run of white space with plain spaces (a tab counts
// four) so that it draws and measures predictably.
func spacesFor(s string) string {
	n := 0
	for _, c := range s {
		if c == '\t' {
			n += 4
		} else {
			n++
		}
	}
	if n == len(s) && strings.Trim(s, " ") == "" {
		return s
	}
	return strings.Repeat(" ", n)
}

// widthFunc measures a string in the style of run i.
type widthFunc func(s string, run int) float32

// maxMeasuredWord is the longest piece of a word, in bytes, measured
// whole. A longer one is wider than any line (four thousand characters
// of the narrowest glyphs span twelve thousand pixels), so it is broken
// between characters, each measured alone: shaping a megabyte without a
// space whole, at every layout, would take most of a minute.
const maxMeasuredWord = 4 << 10

// wordWidth is the width of a piece of a word, or +Inf for one longer
// than maxMeasuredWord.
func wordWidth(s string, run int, measure widthFunc) float32 {
	if len(s) > maxMeasuredWord {
		return float32(math.Inf(1))
	}
	return measure(s, run)
}

// layoutRuns breaks runs into lines no wider than width: at spaces, at hard
// newlines, and inside a word only when the word alone is wider than the
// line. Spaces at the end of a line and at the start of a wrapped line are
// dropped. A zero or negative width lays every word on its own line.
func layoutRuns(runs []TextRun, width float32, measure widthFunc) textLayout {
	l := liner{lay: textLayout{width: width}, measure: measure}
	if len(runs) == 0 {
		return l.lay
	}
	for _, t := range tokenize(runs) {
		switch t.kind {
		case tokNewline:
			if len(l.lay.frags) == 0 && len(l.pending) == 0 && l.x == 0 && l.line == 0 {
				continue // leading newlines add no empty lines
			}
			l.newLine()
			l.lay.paras = append(l.lay.paras, l.line)
		case tokSpace:
			if l.x == 0 {
				continue
			}
			p := t.parts[0]
			w := measure(p.text, p.run)
			l.pending = append(l.pending, fragment{text: p.text, x: l.x, w: w, line: l.line, run: p.run, space: true})
			l.x += w
		case tokWord:
			l.word(t)
		}
	}
	// Newlines and spaces at the end of a cell add no empty lines.
	if n := len(l.lay.frags); n > 0 {
		l.lay.lines = l.lay.frags[n-1].line + 1
	}
	return l.lay
}

// liner is layoutRuns' place in the layout it builds.
type liner struct {
	lay     textLayout
	measure widthFunc
	x       float32
	line    int
	pending []fragment // spaces waiting for the next word on this line
	ws      []float32  // widths of the parts of a word
}

func (l *liner) newLine() {
	l.pending = l.pending[:0]
	l.line++
	l.x = 0
}

// word lays out word t: on this line after the spaces before it where it
// fits, else on the next, broken between characters where it is wider
// than a line.
func (l *liner) word(t token) {
	width := l.lay.width
	l.ws = l.ws[:0]
	var total float32
	for _, p := range t.parts {
		w := wordWidth(p.text, p.run, l.measure)
		l.ws = append(l.ws, w)
		total += w
	}
	if l.x > 0 && l.x+total > width {
		l.newLine()
	}
	if total > width && l.x == 0 {
		l.breakWord(t)
		return
	}
	l.lay.frags = append(l.lay.frags, l.pending...)
	l.pending = l.pending[:0]
	for i, p := range t.parts {
		l.lay.frags = append(l.lay.frags, fragment{text: p.text, x: l.x, w: l.ws[i], line: l.line, run: p.run})
		l.x += l.ws[i]
	}
}

// breakWord lays out word t, too long for any line, broken after a
// hyphen where one fits on the line ("военно-|политическое"), else
// between characters, with a hyphen drawn at the break between two
// letters of a script that marks it so ("Выступле-|ние", alphabetic), as
// print does.
func (l *liner) breakWord(t token) {
	width := l.lay.width
	for _, p := range t.parts {
		rest := p.text
		for rest != "" {
			take, tw := fitPrefix(rest, width-l.x, l.x == 0, p.run, l.measure)
			if take == 0 {
				l.newLine()
				continue
			}
			text := rest[:take]
			if h := afterHyphen(rest[:take]); take < len(rest) && h > 0 && h < take {
				take, tw = h, wordWidth(rest[:h], p.run, l.measure)
				text = rest[:take]
			} else if take < len(rest) {
				text, take, tw = l.hyphenated(rest, take, tw, p.run)
			}
			l.lay.frags = append(l.lay.frags, fragment{text: text, x: l.x, w: tw, line: l.line, run: p.run})
			l.x += tw
			rest = rest[take:]
			if rest != "" {
				l.newLine()
			}
		}
	}
}

// hyphenated is the first take bytes of rest (tw wide), which fit the
// line, as drawn where the line breaks inside a word: with a hyphen
// after them when the break falls between two letters of an alphabet,
// fewer letters then so that the hyphen fits too (none added where a
// single letter is all that fits).
func (l *liner) hyphenated(rest string, take int, tw float32, run int) (string, int, float32) {
	hw := l.measure("-", run)
	for take > 0 {
		before, _ := utf8.DecodeLastRuneInString(rest[:take])
		after, _ := utf8.DecodeRuneInString(rest[take:])
		if !alphabetic(before) || !alphabetic(after) {
			return rest[:take], take, tw
		}
		if l.x+tw+hw <= l.lay.width {
			return rest[:take] + "-", take, tw + hw
		}
		_, size := utf8.DecodeLastRuneInString(rest[:take])
		if take-size == 0 {
			break
		}
		take -= size
		tw = wordWidth(rest[:take], run, l.measure)
	}
	return rest[:take], take, tw
}

// alphabetic reports a letter of a script whose print marks a word
// broken at a line's end with a hyphen: Latin, Cyrillic, Greek, Armenian,
// Georgian. Chinese, Japanese, Thai, Lao or Khmer break unmarked; Arabic
// and Hebrew are not broken so.
func alphabetic(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Georgian) && unicode.IsLetter(r)
}

// afterHyphen is the offset just after the last hyphen in s that a line
// may break after (a hyphen-minus, or the Unicode hyphen; not the
// non-breaking one, nor one that opens s: "-5"), or 0.
func afterHyphen(s string) int {
	if i := strings.LastIndexAny(s, "-\u2010"); i > 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return i + n
	}
	return 0
}

// fitPrefix returns how many bytes of s fit in avail (at least one
// character when atLineStart, so that progress is always made) and their
// width. Characters are measured one by one: a very long word costs one
// pass, not one measurement per prefix.
func fitPrefix(s string, avail float32, atLineStart bool, run int, measure widthFunc) (int, float32) {
	var w float32
	n := 0
	for n < len(s) {
		_, size := utf8.DecodeRuneInString(s[n:])
		cw := measure(s[n:n+size], run)
		if w+cw > avail && (n > 0 || !atLineStart) {
			break
		}
		w += cw
		n += size
	}
	return n, w
}

// measuredToken is a token reduced to what line breaking needs, in four
// bytes (a large comparison's cells hold millions): a word's width, a
// space's width negated (its sign bit set, -0 for none), or +Inf for a
// line break. Negation is exact, so the widths read back are those
// measured, and line counts stay those of layoutRuns. A word whose width
// is not a number of pixels (wordWidth's +Inf for a word too long to
// measure) is stored as the largest float32: wider than any line, it
// leaves the count to layoutRuns.
type measuredToken float32

func newMeasuredToken(kind tokenKind, w float32) measuredToken {
	switch kind {
	case tokSpace:
		return measuredToken(-w)
	case tokNewline:
		return measuredToken(math.Inf(1))
	}
	switch {
	case w == 0:
		w = 0 // +0: -0 would read as a space
	case !(w > 0 && w <= math.MaxFloat32):
		w = math.MaxFloat32
	}
	return measuredToken(w)
}

// read returns the token's kind and width (0 for a line break).
func (t measuredToken) read() (tokenKind, float32) {
	switch {
	case math.IsInf(float64(t), 1):
		return tokNewline, 0
	case math.Signbit(float64(t)):
		return tokSpace, float32(-t)
	}
	return tokWord, float32(t)
}

// plus is t with a piece of width w joined to it.
func (t measuredToken) plus(w float32) measuredToken {
	kind, tw := t.read()
	return newMeasuredToken(kind, tw+w)
}

// measureTokens tokenizes runs and measures each token once, so that line
// counts at many widths (a window being resized) cost a pass over numbers.
// It appends the tokens to out.
func measureTokens(out []measuredToken, runs []TextRun, measure widthFunc) []measuredToken {
	eachPiece(runs, func(kind tokenKind, text string, run int, joins bool) {
		w := float32(0)
		switch kind {
		case tokWord:
			w = wordWidth(text, run, measure)
		case tokSpace:
			w = measure(text, run)
		}
		if joins {
			out[len(out)-1] = out[len(out)-1].plus(w)
			return
		}
		out = append(out, newMeasuredToken(kind, w))
	})
	return out
}

// tokenArena hands out exact-size copies of measured tokens, cut from
// chunks of arenaChunk: the tokens of a large comparison's cells, each
// slice grown by appending, held a quarter more than they used.
type tokenArena struct{ free []measuredToken }

// arenaChunk is the size of an arena's chunks, in tokens (512 KB).
const arenaChunk = 1 << 16

// copyOf returns a copy of toks that cannot grow into its neighbours. A
// cell of more than a quarter chunk gets its own array, so that it does
// not end a chunk that small cells could still fill.
func (a *tokenArena) copyOf(toks []measuredToken) []measuredToken {
	if len(toks) > arenaChunk/4 {
		return slices.Clone(toks)
	}
	if len(toks) > cap(a.free)-len(a.free) {
		a.free = make([]measuredToken, 0, arenaChunk)
	}
	start := len(a.free)
	a.free = append(a.free, toks...)
	return a.free[start:len(a.free):len(a.free)]
}

// countLines returns the number of lines layoutRuns gives at width, from
// measured tokens. It reports false when a word is wider than the line and
// must be broken between characters: then only layoutRuns knows.
func countLines(toks []measuredToken, width float32) (int, bool) {
	x := float32(0)
	line, last := 0, -1 // last: the line of the last word placed
	var pending float32 // spaces waiting for the next word on this line
	placed := false
	for _, tok := range toks {
		switch kind, w := tok.read(); kind {
		case tokNewline:
			if !placed && pending == 0 && x == 0 && line == 0 {
				continue
			}
			line++
			x, pending = 0, 0
		case tokSpace:
			if x == 0 {
				continue
			}
			pending += w
			x += w
		case tokWord:
			if x > 0 && x+w > width {
				line++
				x, pending = 0, 0
			}
			if w > width {
				return 0, false
			}
			x += w
			pending = 0
			placed = true
			last = line
		}
	}
	return last + 1, true
}
