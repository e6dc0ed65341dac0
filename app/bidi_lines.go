package app

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// Right-to-left text. Each group of a line is one canvas.Text, which
// Fyne shapes run by run but lays out with its runs in logical order (its
// segmenter splits a text at each change of direction and of font): a
// line of Arabic holding a figure ("بقيمة 50 مليون") drawn as one text
// shows the figure on the wrong side of its words, a full stop after an
// Arabic word (a run of its own where the letters come from a fallback
// font) at the word's right, and the letters of a Hebrew acronym
// (המנכ"ל) out of order. So a right-to-left paragraph is cut into pieces
// of one kind each (letters, a figure with its signs, marks), put in
// visual order here by the Unicode bidirectional algorithm's rules for
// text without explicit embeddings (UAX #9: W4, W5, W7, N1, N2 and L2),
// and each piece is drawn as its own text. It departs from the algorithm
// where a reader would not follow it: a figure keeps its per cent sign
// and separators whatever script's letters stand before it (the
// algorithm reads European digits after Arabic letters as Arabic
// numbers, W2, and parts "35%" there).

// rlm is the right-to-left mark, a strong right-to-left character that
// draws nothing: a mark drawn between two is in a right-to-left run, and
// mirrored ("(" stands for ")").
const rlm = "\u200f"

// Bidirectional levels of a right-to-left paragraph's pieces.
const (
	levelRTL = 1 // right-to-left letters, and the marks between them
	levelLTR = 2 // left-to-right letters and figures inside the paragraph
)

// rtlGroups is groupFragments for a text that holds right-to-left
// paragraphs: frags, laid out from the left by layoutRuns, stand in
// visual order from the right edge of width (of each line's own extent
// when the text does not wrap) where their paragraph is right to left,
// and as laid out where it is left to right (a finding in English below
// an Arabic sentence). measure gives a text's width, bold or not; paras
// are the lines that open a paragraph (textLayout.paras).
func rtlGroups(frags []fragment, runs []TextRun, width float32, paras []int, measure func(string, bool) float32) []textGroup {
	var groups []textGroup
	next := 0 // the next paragraph's index in paras
	for lo := 0; lo < len(frags); {
		for next < len(paras) && paras[next] <= frags[lo].line {
			next++
		}
		hi := lo + 1
		for hi < len(frags) && (next == len(paras) || frags[hi].line < paras[next]) {
			hi++
		}
		para := frags[lo:hi]
		if leftToRight(para) {
			groups = append(groups, groupFragments(para, runs)...)
		} else {
			groups = append(groups, rtlParagraph(para, runs, width, measure)...)
		}
		lo = hi
	}
	return groups
}

// leftToRight reports fragments whose first strong letter is written
// left to right; a paragraph without one (a date, a figure alone) is
// as the text it stands in is.
func leftToRight(frags []fragment) bool {
	for _, f := range frags {
		if rtl, ok := direction(f.text); ok {
			return !rtl
		}
	}
	return false
}

// rtlParagraph lays out the fragments of a right-to-left paragraph, line
// by line, in pieces.
func rtlParagraph(frags []fragment, runs []TextRun, width float32, measure func(string, bool) float32) []textGroup {
	var groups []textGroup
	for lo := 0; lo < len(frags); {
		hi := lo
		for hi < len(frags) && frags[hi].line == frags[lo].line {
			hi++
		}
		var line []fragment
		var extent float32
		for _, f := range frags[lo:hi] {
			for _, p := range pieces(f, f.w, func(s string) float32 { return measure(s, runs[f.run].Style.Number) }) {
				line = append(line, p)
				extent += p.w
			}
		}
		levels := bidiLevels(line)
		x := width - extent
		if width >= nowrapWidth {
			x = 0
		}
		for _, k := range visualOrder(levels) {
			line[k].x = x
			x += line[k].w
		}
		for i := 0; i < len(line); {
			st := runs[line[i].run].Style
			j := i + 1
			for j < len(line) && runs[line[j].run].Style == st && levels[j] == levels[i] {
				j++
			}
			for k, p := range line[i:j] {
				if p.space {
					continue
				}
				text := p.text
				if levels[i+k] == levelRTL && pieceKind(text) == kindMarks {
					text = rlm + text + rlm
				}
				groups = append(groups, textGroup{text: text, style: st, line: p.line, x: p.x, w: p.w})
			}
			if g := rtlMark(line[i:j], st); g.mark {
				groups = append(groups, g) // a highlight behind the run's pieces
			}
			i = j
		}
		lo = hi
	}
	return groups
}

// The kinds of the pieces a word of a right-to-left paragraph is cut into.
const (
	kindLetters = iota // letters and the marks on them
	kindFigure         // digits, with the signs and separators they hold: "50%", "$5", "1,000", "21/06/2024"
	kindMarks          // anything else: punctuation, brackets, quotes
)

// pieces cuts fragment f, w wide, into pieces of one kind each, measured
// by measure; a space, or a word of one kind, is one piece.
func pieces(f fragment, w float32, measure func(string) float32) []fragment {
	if f.space {
		return []fragment{f}
	}
	kinds := runeKinds(f.text)
	var out []fragment
	start, k := 0, 0
	for i := range f.text {
		if i > start && kinds[k] != kinds[k-1] {
			out = append(out, fragment{text: f.text[start:i], line: f.line, run: f.run})
			start = i
		}
		k++
	}
	out = append(out, fragment{text: f.text[start:], line: f.line, run: f.run})
	if len(out) == 1 {
		out[0].w = w
		return out
	}
	for i := range out {
		out[i].w = measure(out[i].text)
	}
	return out
}

// runeKinds gives each rune of s its piece kind: a sign after or before
// digits (%, ‰, ٪, °, a currency's) and a separator between them (, . :
// / - + and Arabic's) go with the figure, as the algorithm's W4 and W5
// take them.
func runeKinds(s string) []int {
	rs := []rune(s)
	kinds := make([]int, len(rs))
	for i, r := range rs {
		switch {
		case i > 0 && (unicode.Is(unicode.M, r) || r == '\u200c' || r == '\u200d'):
			kinds[i] = kinds[i-1] // a mark, a variation selector or a joiner goes with what it is on: ❤️, 1️⃣, می‌خواهم
		case unicode.IsDigit(r):
			kinds[i] = kindFigure
		case unicode.IsLetter(r) || unicode.Is(unicode.M, r):
			kinds[i] = kindLetters
		default:
			kinds[i] = kindMarks
		}
	}
	digit := func(i int) bool { return i >= 0 && i < len(rs) && unicode.IsDigit(rs[i]) }
	for i, r := range rs {
		if kinds[i] != kindMarks {
			continue
		}
		switch {
		case strings.ContainsRune(",.:/-+٫٬", r) && digit(i-1) && digit(i+1):
			kinds[i] = kindFigure
		case strings.ContainsRune("%‰٪°#", r) || unicode.Is(unicode.Sc, r):
			if digit(i-1) || digit(i+1) {
				kinds[i] = kindFigure
			}
		}
	}
	return kinds
}

// pieceKind is the kind of a piece, by its first rune.
func pieceKind(s string) int {
	return runeKinds(s)[0]
}

// rtlMark is the highlight behind frags, placed, of one line, style and
// direction: the extent of their words, with no text of its own.
func rtlMark(frags []fragment, st Style) textGroup {
	g := textGroup{style: st, line: frags[0].line}
	x0, x1 := float32(-1), float32(0)
	for _, f := range frags {
		if f.space {
			continue
		}
		if x0 < 0 || f.x < x0 {
			x0 = f.x
		}
		x1 = max(x1, f.x+f.w)
	}
	if x0 >= 0 && (st.Highlight != HighlightNone || st.Number) {
		g.mark, g.markX0, g.markX1 = true, x0-markPadX, x1+markPadX
	}
	return g
}

// bidiLevels resolves the levels of a right-to-left line's pieces (or
// words): letters are as their first strong letter is written, a figure
// takes the direction of left-to-right letters before it (W7) and is left
// to right of its own otherwise, and spaces and marks between pieces of
// one direction take it, others the paragraph's (N1, N2, with figures
// counting as right to left).
func bidiLevels(line []fragment) []uint8 {
	const rtl, ltr, figure, neutral = 'R', 'L', 'E', 'N'
	cls := make([]byte, len(line))
	last := byte(rtl) // the paragraph's direction, before any strong word
	for i, f := range line {
		switch isRTL, ok := direction(f.text); {
		case f.space:
			cls[i] = neutral
		case ok && isRTL:
			cls[i] = rtl
		case ok:
			cls[i] = ltr
		case strings.ContainsFunc(f.text, isEuropeanDigit) && last == ltr:
			cls[i] = ltr // W7; Arabic-Indic digits are numbers of their own, as the algorithm's AN
		case strings.ContainsFunc(f.text, unicode.IsDigit):
			cls[i] = figure
		default:
			cls[i] = neutral
		}
		if cls[i] == rtl || cls[i] == ltr {
			last = cls[i]
		}
	}
	side := func(k int) byte { // a neighbour's direction as neutrals see it
		if k < 0 || k >= len(cls) || cls[k] != ltr {
			return rtl
		}
		return ltr
	}
	for i := 0; i < len(cls); {
		if cls[i] != neutral {
			i++
			continue
		}
		j := i
		for j < len(cls) && cls[j] == neutral {
			j++
		}
		d := byte(rtl)
		if side(i-1) == ltr && side(j) == ltr {
			d = ltr
		}
		for k := i; k < j; k++ {
			cls[k] = d
		}
		i = j
	}
	levels := make([]uint8, len(cls))
	for i, c := range cls {
		levels[i] = levelRTL
		if c != rtl {
			levels[i] = levelLTR
		}
	}
	return levels
}

// isEuropeanDigit reports a digit of the European kind (the bidirectional
// class EN): every script's but the Arabic-Indic (AN; Persian's extended
// ones are EN).
func isEuropeanDigit(r rune) bool {
	return unicode.IsDigit(r) && !(r >= '٠' && r <= '٩')
}

// visualOrder returns the indexes of a line's pieces from left to right
// (L2): each run at the highest level and then each at or above the
// lowest is reversed.
func visualOrder(levels []uint8) []int {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	for lv := uint8(levelLTR); lv >= levelRTL; lv-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lv {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= lv {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order
}

// lrm is the left-to-right mark, a strong left-to-right character that
// draws nothing.
const lrm = "\u200e"

// displayOrder is s, one line of a label, written so that Fyne, which
// lays a text's runs out from the left in logical order, shows it as the
// bidirectional algorithm reads it, where s holds right-to-left letters.
// In a line that opens left to right ("50 مليون ≠ 60 million"), a
// left-to-right mark after each run of right-to-left letters keeps the
// figures and marks after it from being read as the run's (the algorithm
// would take "60" for an Arabic number and carry "≠" into the run). A
// line that opens right to left is cut into pieces and written in visual
// order, as a row is laid out; each right-to-left piece between
// left-to-right marks, which Fyne shapes from the right, a mark among
// them between right-to-left marks too, so that it is mirrored.
func displayOrder(s string) string {
	if !strings.ContainsFunc(s, isRightToLeft) {
		return s
	}
	if rtl, _ := direction(s); !rtl {
		var b strings.Builder
		rs := []rune(s)
		for i, r := range rs {
			b.WriteRune(r)
			if isRightToLeft(r) || unicode.Is(unicode.M, r) && i > 0 && isRightToLeft(rs[i-1]) {
				if i+1 == len(rs) || !isRightToLeft(rs[i+1]) && !unicode.Is(unicode.M, rs[i+1]) {
					b.WriteString(lrm)
				}
			}
		}
		return b.String()
	}
	var line []fragment
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			line = append(line, fragment{text: " ", space: true})
		}
		if w != "" {
			line = append(line, pieces(fragment{text: w}, 0, func(string) float32 { return 0 })...)
		}
	}
	levels := bidiLevels(line)
	var b strings.Builder
	for _, k := range visualOrder(levels) {
		switch p := line[k]; {
		case p.space || levels[k] != levelRTL:
			b.WriteString(p.text)
		case pieceKind(p.text) == kindMarks:
			b.WriteString(lrm + rlm + p.text + rlm + lrm)
		default:
			b.WriteString(lrm + p.text + lrm)
		}
	}
	return b.String()
}

// displayPair is displayOrder for a change or a finding of the side
// panel, "before → after" or "source ≠ rendering": each side is put in
// order apart, as the algorithm isolates them, so that no figure or mark
// of one is read with the other's letters ("50 مليون ≠ 60 million"); a
// right-to-left change's "before ← after" stands with the after at the
// left, where the arrow points.
func displayPair(what string) string {
	for _, sep := range []string{" ≠ ", " → ", " ← "} {
		if before, after, ok := strings.Cut(what, sep); ok {
			if sep == " ← " {
				return displayOrder(after) + sep + displayOrder(before)
			}
			return displayOrder(before) + sep + displayOrder(after)
		}
	}
	return displayOrder(what)
}

// isRightToLeft reports a letter written right to left.
func isRightToLeft(r rune) bool {
	if r < 0x0590 {
		return false
	}
	p, _ := bidi.LookupRune(r)
	return p.Class() == bidi.R || p.Class() == bidi.AL
}
