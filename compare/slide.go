package compare

import (
	"strings"
	"unicode/utf8"
)

// slideRuns places each pure insertion or deletion of a word-level edit
// script where a reader expects it.
//
// A run of tokens deleted (or inserted) between two equalities can often
// sit at several places with the same result: in "Born in 1950 in Paris."
// -> "Born in Paris." the deleted run is "1950 in" or "in 1950". This is the
// diff "slider" problem that git's indent heuristic solves for lines. For
// words, every position the run can reach by whole tokens (the token
// before the run equals its last token, or the token after equals its
// first) is scored by slideScore, and the run moves to the best one; on a
// tie it stays where the diff put it.
//
// Only tokens with the same key and the same text trade places, so the
// equal tokens paired across the texts are as alike as before, and a run
// keeps at least one equal token between itself and a neighbouring change,
// so the number of changes never changes. Replacements (a deletion next to an
// insertion) are left alone.
//
// ops is the normalized script of at against bt; aText and bText are the
// texts the tokens point into. The result is a new script over the same
// tokens.
func slideRuns(ops []op, at, bt []token, aText, bText string) []op {
	// Pad with empty equalities so that every pure run has one on each side.
	out := make([]op, 0, len(ops)+2)
	if len(ops) > 0 && ops[0].kind != opEqual {
		out = append(out, op{opEqual, 0})
	}
	out = append(out, ops...)
	if len(ops) > 0 && ops[len(ops)-1].kind != opEqual {
		out = append(out, op{opEqual, 0})
	}
	ia, ib := 0, 0
	for i, o := range out {
		if i > 0 && i+1 < len(out) && o.kind != opEqual && out[i-1].kind == opEqual && out[i+1].kind == opEqual {
			ts, text, s := at, aText, ia
			if o.kind == opInsert {
				ts, text, s = bt, bText, ib
			}
			left, right := out[i-1].n, out[i+1].n
			if i-1 > 0 {
				left-- // keep an equal token after the change before
			}
			if i+2 < len(out) {
				right-- // and before the change after
			}
			if d := bestSlide(ts, text, s, o.n, left, right); d != 0 {
				out[i-1].n += d
				out[i+1].n -= d
				ia += d
				ib += d
			}
		}
		switch o.kind {
		case opEqual:
			ia += out[i].n
			ib += out[i].n
		case opDelete:
			ia += o.n
		case opInsert:
			ib += o.n
		}
	}
	res := make([]op, 0, len(out))
	for _, o := range out {
		emitOp(&res, o.kind, o.n) // drops the empty equalities
	}
	return res
}

// bestSlide returns by how many tokens to shift the run ts[s:s+n] (negative
// is left): at most left tokens to the left and right to the right, through
// positions where the run stands for the same edit, to the best-scoring
// position, the nearest one on a tie, and 0 when the current one is best.
// A run only moves to a position where it does not end with a function
// word, unless it is whole lines there: between "the context of" and "context of the" there is no clear
// reader's choice, so the diff's own placement stays.
func bestSlide(ts []token, text string, s, n, left, right int) int {
	same := func(x, y int) bool {
		return ts[x].key == ts[y].key && text[ts[x].start:ts[x].end()] == text[ts[y].start:ts[y].end()]
	}
	lo, hi := s, s
	for lo > s-left && same(lo-1, lo+n-1) {
		lo--
	}
	for hi < s+right && same(hi, hi+n) {
		hi++
	}
	best, bestScore := s, slideScore(ts, text, s, n)
	for p := lo; p <= hi; p++ {
		if p == s || isFunctionWord(ts[p+n-1], text) && !wholeLines(ts, text, p, n) {
			continue
		}
		sc := slideScore(ts, text, p, n)
		if sc > bestScore || sc == bestScore && best != s && abs(p-s) < abs(best-s) {
			best, bestScore = p, sc
		}
	}
	return best - s
}

// abs returns the absolute value of x.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// slideScore rates the run ts[p:p+n] as a phrase a reader would mark, one
// point for each of: it starts with a function word ("in 1950", "and
// plums"); it does not end with one; white space (or the text's edge)
// precedes it; white space follows it; and wholeLinesScore where it is
// whole lines. The last two keep punctuation with
// the word it clings to: "pears," rather than ", pears" in "apples, pears,
// and plums", and "Drop it." rather than ". Drop it".
func slideScore(ts []token, text string, p, n int) int {
	first, last := ts[p], ts[p+n-1]
	score := 0
	if isFunctionWord(first, text) {
		score++
	}
	if !isFunctionWord(last, text) {
		score++
	}
	if r, size := utf8.DecodeLastRuneInString(text[:first.start]); size == 0 || isSpaceRune(r) {
		score++
	}
	if r, size := utf8.DecodeRuneInString(text[last.end():]); size == 0 || isSpaceRune(r) {
		score++
	}
	if wholeLines(ts, text, p, n) {
		score += wholeLinesScore
	}
	return score
}

// wholeLines reports that the run ts[p:p+n] is whole lines of text, of
// two words or more: a row or an item. A word alone on a line is as
// often a hard-wrapped sentence's word, whose edit the word diff places
// beside the edits around it ("The\nThe" where a sentence between the
// two went).
func wholeLines(ts []token, text string, p, n int) bool {
	return wordCount(ts[p:p+n]) >= 2 && atLineStart(text, int(ts[p].start)) && lineEndsAt(text, int(ts[p+n-1].end()))
}

// wholeLinesScore is what slideScore gives a run of whole lines (a
// table's row, a list's item), more than any two of the word-level
// points, so that a row deleted reads "[-Göteborg 600 000 447 km²-]" and
// not "[-km²\nGöteborg 600 000 447-] km²" even where the run ends with a
// function word.
const wholeLinesScore = 3

// lineEndsAt reports that only spaces or tabs stand between text[i] and
// the next line break (or the text's end).
func lineEndsAt(text string, i int) bool {
	t := strings.TrimLeft(text[i:], " \t\r")
	return t == "" || t[0] == '\n'
}

// isFunctionWord reports a word token of text that is a common
// preposition, article, conjunction or particle.
func isFunctionWord(t token, text string) bool {
	if t.class != classWord {
		return false
	}
	_, ok := functionWords[strings.ToLower(text[t.start:t.end()])]
	return ok
}

// functionWords holds common prepositions, articles, conjunctions and
// particles (lower case) of English, Russian, French, German, Spanish,
// Italian, Portuguese, Dutch, Swedish, Czech, Polish, Greek, Turkish and
// Hungarian: each language's commonest, a word another language's is
// listed once. A word that is another language's content word (Dutch
// "door", by) is left out. It is
// read only.
var functionWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`
		a an the this that these those of in on at to for with by from into onto
		about as after before during since until under over between through
		without within against among upon per via and or but nor than if so
		not no is are was were be been its his her their our my your
		в во на с со к ко о об обо по за из изо у от до для при про над под
		без через между перед после около и а но или либо что чтобы как не
		ни же ли бы его её ее их это этот эта эти тот та те
		de du des la le les un une en et à au aux dans sur par pour avec
		der die das den dem des ein eine einen einem einer und oder im am an
		auf mit von zu zum zur für bei nach aus
		el los las una unos unas del al y o u e ni que con por para sin sobre entre hasta desde
		il lo gli di della dei delle degli da dal dalla nel nella nei su sul sulla tra fra ed che ma
		os um uma do dos das em nos nas pelo pela com sem ou mas não ao à
		het een van op voor aan bij uit naar om maar dat te tot als
		ett och eller att som för med till från av
		v s z k o u i ve na se ze ke do od po pro při za že ale nebo
		w we przy lub że się
		ο η οι τα του της των τον την στο στη στην στον στα σε με από για και ή να θα
		ve ile için gibi ama veya
		az egy és vagy hogy
	`) {
		m[w] = struct{}{}
	}
	return m
}()
