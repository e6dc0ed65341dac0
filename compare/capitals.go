package compare

import (
	"strings"
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
// word and of the word in lower case: "Bill" and "bill"). Where the first
// tokens differ, A's first word may be made equal to the word it became
// inside B's side, after words put before it (innerCapital).
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
		// preB tokens of B come before the equal capital: the words put
		// before a sentence's first word (innerCapital).
		preB, lo, hi := 0, 0, 0
		if del > 0 && ins > 0 {
			if same(ia, ib) {
				lo = 1
			} else if j, ok := innerCapital(at, bt, ta, ia, del, ib, ins, same); ok {
				preB, lo = j, 1
			}
		}
		if del > lo && ins > preB+lo && same(ia+del-1, ib+ins-1) {
			hi = 1
		}
		if out == nil && lo+hi > 0 {
			out = append(make([]op, 0, len(ops)+3), ops[:first]...)
		}
		if out != nil {
			emitOp(&out, opInsert, preB)
			emitOp(&out, opEqual, lo)
			emitOp(&out, opDelete, del-lo-hi)
			emitOp(&out, opInsert, ins-preB-lo-hi)
			emitOp(&out, opEqual, hi)
		}
		ia, ib = ia+del, ib+ins
	}
	if out == nil {
		return ops
	}
	return out
}

// innerCapital finds, for a replacement of del tokens of at from ia by ins
// tokens of bt from ib whose first tokens differ, the word that A's first
// word of a sentence became inside B, after words put before it: "The
// zero- component" -> "For a constant field, the zeroth component", "We
// answer" -> "The model is realistic, but we have to answer". It returns
// how many tokens of B come before that word. The last such word is
// taken: the words put before a sentence come before its old start.
//
// The reverse, words taken away before a sentence's first word and its
// capital found inside the deletion, is not looked for: on arXivEdits
// (test, dev, train) the words found so were mostly a "the" of a sentence
// rewritten throughout ("As an example, we investigate the convergence
// ..." -> "The new technique is applied to ...") and cost recall that
// people's marks give.
//
// A determiner alone ("The results" -> "In the end, results") is found
// only right before what follows the replacement, its noun: with words
// between, a "the" is as often another one ("At the time results") as
// the same before an adjective ("In the end, the final results"), and is
// left alone.
func innerCapital(at, bt []token, ta string, ia, del, ib, ins int, same func(i, j int) bool) (j int, ok bool) {
	if !at[ia].opens() {
		return 0, false
	}
	alone := del == 1 && isDeterminer(strings.ToLower(ta[at[ia].start:at[ia].end()]))
	for j := ins - 1; j > 0; j-- {
		if same(ia, ib+j) && smallRest(del-1, ins-j-1) && (!alone || j == ins-1) {
			return j, true
		}
	}
	return 0, false
}

// isDeterminer reports an article or demonstrative of English, German or
// French, lower case.
func isDeterminer(w string) bool {
	return germanDeterminers[w] || otherDeterminers[w]
}

var otherDeterminers = wordSet(`the a an this that these those le la les un une ce cet cette ces`)

// maxCapitalRest is the most tokens both sides may still replace after
// the word innerCapital finds. Where the sentence goes on rewritten on
// both sides, a "the" found in B is one by chance ("The basic idea of our
// technique is to use" -> "For the diffuse component we use"). Tuned on
// arXivEdits' dev and train sets: with no bound such finds cost recall; 2
// keeps it and every case of words put before a sentence.
const maxCapitalRest = 2

// smallRest reports whether a replacement of del tokens by ins tokens is
// no replacement or a short one.
func smallRest(del, ins int) bool {
	return del == 0 || ins == 0 || max(del, ins) <= maxCapitalRest
}

// sentenceCapital reports whether opener, the first word of its sentence,
// is word with its first letter in upper case and nothing else changed:
// "The" and "the", not "NATO" and "Nato", "Daß" and "dass", nor "we" at a
// sentence start and "We" inside one. When both words open their
// sentences ("The cat" → "the cat"), or neither does, the case itself was
// edited, and the caller does not ask. I is the capital of ı as well as
// of i: Turkish and Azerbaijani write "Işık" opening a sentence.
func sentenceCapital(opener, word string) bool {
	u, n := utf8.DecodeRuneInString(opener)
	l, m := utf8.DecodeRuneInString(word)
	lowers := unicode.ToLower(u) == l || unicode.TurkishCase.ToLower(u) == l
	return unicode.IsUpper(u) && unicode.IsLower(l) && lowers && opener[n:] == word[m:]
}
