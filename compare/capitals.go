package compare

import (
	"unicode"
	"unicode/utf8"
)

// Capitals that move with the sentence start. A word that becomes the
// first of its sentence, or stops being it, changes its capital and
// nothing else: "Probability distributions" → "Data derived probability
// distributions", "The results" → "However, the results". Its key differs
// (case is compared unless Options.IgnoreCase), so the word diff reports
// it replaced with the words put before it; a reader, and the people who
// mark such edits, see the new words and an unchanged word. A word the
// texts capitalise inside sentences as a rule (a name, a German noun)
// keeps its capital as its own, and losing it stays a change.

// equalCapitals returns ops, a normalized script of at against bt, with
// the first and the last tokens of each replacement made equal where they
// are one word that only lost or gained its capital with the sentence
// start (sentenceCapital), and that the texts do not capitalise inside a
// sentence as a rule (lexical, asked with the keys of the capitalised
// word and of the word in lower case: "Bill" and "bill").
// equalTokens then reports the capital as a trivial case change.
func equalCapitals(ops []op, at, bt []token, ta, tb string, lexical func(upper, lower uint32) bool) []op {
	same := func(i, j int) bool {
		x, y := at[i], bt[j]
		if x.class != classWord || y.class != classWord {
			return false
		}
		xs, ys := ta[x.start:x.end()], tb[y.start:y.end()]
		switch {
		case x.opens() && !y.opens():
			return sentenceCapital(xs, ys) && !lexical(x.key, y.key)
		case y.opens() && !x.opens():
			return sentenceCapital(ys, xs) && !lexical(y.key, x.key)
		}
		return false
	}
	var out []op // nil until a replacement loses a token
	ia, ib := 0, 0
	for k := 0; k < len(ops); k++ {
		o := ops[k]
		if o.kind == opEqual {
			if out != nil {
				emitOp(&out, opEqual, o.n)
			}
			ia, ib = ia+o.n, ib+o.n
			continue
		}
		first := k
		var del, ins int
		del, ins, k = editRun(ops, k)
		lo, hi := 0, 0
		if del > 0 && ins > 0 && same(ia, ib) {
			lo = 1
		}
		if del > lo && ins > lo && same(ia+del-1, ib+ins-1) {
			hi = 1
		}
		if out == nil && lo+hi > 0 {
			out = append(make([]op, 0, len(ops)+2), ops[:first]...)
		}
		if out != nil {
			emitOp(&out, opEqual, lo)
			emitOp(&out, opDelete, del-lo-hi)
			emitOp(&out, opInsert, ins-lo-hi)
			emitOp(&out, opEqual, hi)
		}
		ia, ib = ia+del, ib+ins
	}
	if out == nil {
		return ops
	}
	return out
}

// sentenceCapital reports whether opener, the first word of its sentence,
// is word with its first letter in upper case and nothing else changed:
// "The" and "the", not "NATO" and "Nato", "Daß" and "dass", nor "we" at a
// sentence start and "We" inside one. When both words open their
// sentences ("The cat" → "the cat"), or neither does, the case itself was
// edited, and the caller does not ask.
func sentenceCapital(opener, word string) bool {
	u, n := utf8.DecodeRuneInString(opener)
	l, m := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(u) && unicode.IsLower(l) && unicode.ToLower(u) == l && opener[n:] == word[m:]
}
