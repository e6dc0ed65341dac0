package app

import (
	"slices"
	"strings"
	"unicode"
)

// Right-to-left text. Each group of a line is one canvas.Text, which
// Fyne shapes run by run but lays out with its runs in logical order: a
// line of Arabic holding a figure ("بقيمة 50 مليون") drawn as one text
// shows the figure on the wrong side of its words. So the words of a
// right-to-left text are put in visual order here, by the Unicode
// bidirectional algorithm's rules for text without explicit embeddings
// (UAX #9, W7, N1, N2 and L2), and a group holds words of one direction
// only.

// rlm is the right-to-left mark, a strong right-to-left character that
// draws nothing.
const rlm = "\u200f"

// Bidirectional levels of a right-to-left paragraph's words.
const (
	levelRTL = 1 // right-to-left words, and the neutrals between them
	levelLTR = 2 // left-to-right words and figures inside the paragraph
)

// rtlGroups is groupFragments for a right-to-left text: frags, laid out
// from the left by layoutRuns, stand in visual order from the right
// edge of width (of each line's own extent when the text does not
// wrap). Each word is drawn apart (wordPieces), and each run of words of
// one line, style and direction has one highlight behind it; measure
// gives a text's width.
func rtlGroups(frags []fragment, runs []TextRun, width float32, measure func(string) float32) []textGroup {
	placed := slices.Clone(frags)
	levels := make([]uint8, len(placed))
	for lo := 0; lo < len(placed); {
		hi := lo
		var extent float32
		for hi < len(placed) && placed[hi].line == placed[lo].line {
			extent += placed[hi].w
			hi++
		}
		line := placed[lo:hi]
		lv := bidiLevels(line)
		copy(levels[lo:hi], lv)
		x := width - extent
		if width >= nowrapWidth {
			x = 0
		}
		for _, k := range visualOrder(lv) {
			line[k].x = x
			x += line[k].w
		}
		lo = hi
	}
	var groups []textGroup
	for i := 0; i < len(placed); {
		st := runs[placed[i].run].Style
		j := i + 1
		for j < len(placed) && placed[j].line == placed[i].line && runs[placed[j].run].Style == st && levels[j] == levels[i] {
			j++
		}
		for _, f := range placed[i:j] {
			if !f.space {
				groups = append(groups, wordPieces(f, st, measure)...)
			}
		}
		groups = append(groups, rtlMark(placed[i:j], st))
		i = j
	}
	return groups
}

// wordPieces draws word f of a right-to-left text, placed: a word in
// left-to-right letters as it is; one in right-to-left letters, or a
// figure, with the marks at its ends apart, the closing ones at its left
// and the opening ones at its right, as the right-to-left paragraph
// puts them. Fyne lays a text's runs out from the left in logical order,
// and a full stop after an Arabic word is a run of its own where the
// word's letters come from a fallback font: drawn with the word, it
// would stand at its right. A mark drawn alone between right-to-left
// marks is mirrored, as "(" stands for ")".
func wordPieces(f fragment, st Style, measure func(string) float32) []textGroup {
	piece := func(text string, x, w float32) textGroup {
		return textGroup{text: text, style: st, line: f.line, x: x, w: w}
	}
	if rtl, ok := direction(f.text); ok && !rtl {
		return []textGroup{piece(f.text, f.x, f.w)}
	}
	core := strings.TrimFunc(f.text, isEdgeMark)
	if core == "" || core == f.text {
		return []textGroup{piece(f.text, f.x, f.w)}
	}
	lead := f.text[:strings.Index(f.text, core)]
	trail := f.text[len(lead)+len(core):]
	wl, wt := measure(lead), measure(trail)
	wc := max(0, f.w-wl-wt)
	var out []textGroup
	if trail != "" {
		out = append(out, piece(rlm+trail+rlm, f.x, wt))
	}
	out = append(out, piece(core, f.x+wt, wc))
	if lead != "" {
		out = append(out, piece(rlm+lead+rlm, f.x+wt+wc, wl))
	}
	return out
}

// isEdgeMark reports a character that is neither a letter, a digit nor
// a mark on a letter: punctuation and symbols at a word's ends.
func isEdgeMark(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r)
}

// rtlMark is the highlight behind frags, placed, of one line, style and
// direction: the extent of their words, with no text of its own.
func rtlMark(frags []fragment, st Style) textGroup {
	g := textGroup{style: st, line: frags[0].line, x: frags[0].x}
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

// bidiLevels resolves the levels of a right-to-left line's fragments: a
// word is as its first strong letter is written, a figure without one
// takes the direction of a left-to-right word before it (W7) and is
// left to right of its own otherwise, and spaces and marks between
// words of one direction take it, others the paragraph's (N1, N2, with
// figures counting as right to left).
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
		case strings.ContainsFunc(f.text, unicode.IsDigit) && last == ltr:
			cls[i] = ltr
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

// visualOrder returns the indexes of a line's fragments from left to
// right (L2): each run at the highest level and then each at or above
// the lowest is reversed.
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
