package compare

import "strings"

// splitLineRows takes whole lines deleted or inserted out of the
// replacements of a word-level edit script, for text in lines without
// full stops (a table's rows, a list's items) whose lines the sentence
// splitter reads as one sentence.
//
// When a row is deleted after a row whose number changed, two scripts
// are as short: "Apples cost [-2 euro\nPears cost 3-]{+5+} euro", where
// the row's last word pairs with the one kept, and "Apples cost [-2-]{+5+}
// euro\n[-Pears cost 3 euro-]", where the row goes whole. The diff may
// find the first; a reader wants the second, as git's line diff would
// show it. A replacement followed by an equality is re-cut so where the
// equality's first token also stands in the replacement's deleted (or
// inserted) side at the end of a line, and what follows it there is
// whole lines up to the equality's line end: that token pairs instead,
// and the lines after it become a deletion (or an insertion) of their
// own. The longest such run of lines is taken. The script's length, and
// the tokens paired, stay as alike: only which of two equal tokens pairs
// changes.
//
// ops is the normalized script of at against bt; aText and bText are the
// texts the tokens point into.
func splitLineRows(ops []op, at, bt []token, aText, bText string) []op {
	if !spansLines(at, aText) && !spansLines(bt, bText) {
		return ops
	}
	var out []op
	ia, ib := 0, 0
	for k := 0; k < len(ops); k++ {
		o := ops[k]
		if o.kind == opDelete && k+2 < len(ops) && ops[k+1].kind == opInsert && ops[k+2].kind == opEqual &&
			(ops[k+2].n >= 2 || k+3 == len(ops)) {
			d, i, e := o.n, ops[k+1].n, ops[k+2].n
			// The equality's first tokens must end a line in both texts,
			// as a row's last cell does, with its closing marks ("+5.0 %
			// |"); in hard-wrapped prose a line ends there by chance.
			m := rowEnd(at, aText, ia+d, e)
			if m > 0 && rowEnd(bt, bText, ib+i, e) != m {
				m = 0
			}
			if p, ok := rowTail(at, aText, ia, d, m); ok {
				out = appendOps(out, op{opDelete, p}, op{opInsert, i}, op{opEqual, m}, op{opDelete, d - p}, op{opEqual, e - m})
			} else if q, ok := rowTail(bt, bText, ib, i, m); ok {
				out = appendOps(out, op{opDelete, d}, op{opInsert, q}, op{opEqual, m}, op{opInsert, i - q}, op{opEqual, e - m})
			} else {
				out = appendOps(out, o, ops[k+1], ops[k+2])
			}
			ia, ib = ia+d+e, ib+i+e
			k += 2
			continue
		}
		out = append(out, o)
		switch o.kind {
		case opEqual:
			ia, ib = ia+o.n, ib+o.n
		case opDelete:
			ia += o.n
		case opInsert:
			ib += o.n
		}
	}
	return out
}

// spansLines reports a line break between the first and the last of
// ts, tokens of text.
func spansLines(ts []token, text string) bool {
	return len(ts) > 1 && strings.IndexByte(text[ts[0].end():ts[len(ts)-1].start], '\n') >= 0
}

// rowEnd is how many of the e equal tokens from ts[eq] come before a
// line's end, at most maxRowEnd (a row's last cell and its marks: "+5.0
// % |"), or 0 where no line ends so soon.
func rowEnd(ts []token, text string, eq, e int) int {
	for m := 1; m <= min(e, maxRowEnd); m++ {
		if endsLineAt(ts, eq+m, text) {
			return m
		}
	}
	return 0
}

// maxRowEnd bounds the tokens of a row's end that rowTail pairs: a
// figure, a sign and a table's bar.
const maxRowEnd = 3

// rowTail finds, in the n edited tokens ts[s:s+n] that the m equal
// tokens ts[s+n:s+n+m] follow, the least p >= 0 such that ts[s+p:s+p+m]
// are those tokens again, at a line's end, and ts[s+p+m : s+n+m] are
// whole lines (the equal tokens end a line: rowEnd). No m, no tail.
func rowTail(ts []token, text string, s, n, m int) (p int, ok bool) {
	eq := s + n
	if m == 0 || n < m+1 {
		return 0, false
	}
	for p := 0; p+m < n; p++ {
		x := s + p
		if sameTokens(ts[x:x+m], ts[eq:eq+m], text) && endsLine(ts, x+m, text) {
			return p, true
		}
	}
	return 0, false
}

// sameTokens reports tokens x and y of text with the same keys and the
// same characters.
func sameTokens(x, y []token, text string) bool {
	for k := range x {
		if x[k].key != y[k].key || text[x[k].start:x[k].end()] != text[y[k].start:y[k].end()] {
			return false
		}
	}
	return true
}

// endsLine reports a line break between ts[i-1] and ts[i].
func endsLine(ts []token, i int, text string) bool {
	return i > 0 && i < len(ts) && strings.IndexByte(text[ts[i-1].end():ts[i].start], '\n') >= 0
}

// endsLineAt reports a line break between ts[i-1] and ts[i], or ts[i-1]
// last of ts and followed by a line break or the text's end.
func endsLineAt(ts []token, i int, text string) bool {
	if i == len(ts) {
		return lineEndsAt(text, int(ts[i-1].end()))
	}
	return endsLine(ts, i, text)
}

// appendOps appends ops to out, leaving out those of no tokens.
func appendOps(out []op, ops ...op) []op {
	for _, o := range ops {
		if o.n > 0 {
			out = append(out, o)
		}
	}
	return out
}
