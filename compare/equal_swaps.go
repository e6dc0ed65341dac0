package compare

import (
	"slices"
	"unicode/utf8"
)

// Words before brackets, and before joining words. An edit script keeps
// the most tokens equal, and a bracket or a comma counts as much as a
// word, and so does "and" as much as a name. Where a phrase and a
// short equality trade places, the script may keep either, and on a tie it
// may keep the brackets: "the [MATH] Galactic reddening curve shown" ->
// "the Galactic reddening curve ( ..., [MATH] ) shown" kept "[ MATH ]"
// and deleted and inserted the three words, which the equal-runs pass then
// reported as a move. Where the equality is more punctuation than words,
// swapEquals keeps the phrase instead when it holds more words, and at
// least as many tokens: the reader sees "[MATH]" go into the insertion
// and the words untouched. An equality of as many words as marks ("rose
// ,", "grew .") stays, and so does a tie between words ("grants 1000884
// and 2990108" -> "grants 2990108 and 1000884" keeps "and" and shows two
// numbers replaced). A function word of a few letters, equal alone,
// is traded the same way for a word of several letters, not a figure:
// "Lyon and Marseille" -> "Lyon, Marseille and Lille" keeps the name
// and shows "and" replaced and put in again.

// maxSwapTokens is the longest equality swapEquals trades for a phrase:
// a bracketed placeholder or reference ("[MATH]", "[ 12 ]") with a comma
// or full stop beside it. A longer one that ties with a phrase is a real
// choice between two passages, which the move passes decide; and the
// phrase, no longer than the equality in an optimal script, is looked for
// token by token.
const maxSwapTokens = 4

// swapEquals returns ops, a normalized script of ka against kb (the keys
// of A's tokens at, in aText, and of B's), with each equality of at most
// maxSwapTokens, more of them marks than words, traded for a phrase that
// one edit run beside it deletes and the run on its other side inserts,
// when the phrase has more words and no fewer tokens; and each equality
// of one joining word (joiningWord) for a word of minSwappedLetters.
func swapEquals(ops []op, ka, kb []uint32, at []token, aText string) []op {
	var out []op // nil until the first swap: most scripts have none
	ia, ib := 0, 0
	after := -1 // the equality after the last swap, whose run before it rewrote
	for k := 0; k < len(ops); k++ {
		o := ops[k]
		if o.kind == opEqual && o.n <= maxSwapTokens && k != after {
			if s, ok := swapAt(ops, k, ia, ib, ka, kb, at, aText); ok {
				if out == nil {
					out = slices.Clone(ops[:k])
				}
				out = trimRun(out, ops, k)
				for _, x := range s.ops {
					emitOp(&out, x.kind, x.n)
				}
				ia, ib = s.ia, s.ib
				k, after = s.next-1, s.next
				continue
			}
		}
		if out != nil {
			emitOp(&out, o.kind, o.n)
		}
		switch o.kind {
		case opEqual:
			ia, ib = ia+o.n, ib+o.n
		case opDelete:
			ia += o.n
		default:
			ib += o.n
		}
	}
	if out == nil {
		return ops
	}
	return normalizeOps(out)
}

// swap is the rewritten stretch swapAt returns: the ops that replace the
// run before the equality, the equality and the run after it; where the
// tokens stand after them; and the index of the first op after the run.
type swap struct {
	ops    []op
	ia, ib int
	next   int
}

// trimRun removes from out the run of edits before the equality ops[k],
// which out ends with and the swap rewrites.
func trimRun(out []op, ops []op, k int) []op {
	for q := k - 1; q >= 0 && ops[q].kind != opEqual; q-- {
		out = out[:len(out)-1]
	}
	return out
}

// swapAt tries the trade at the equality ops[k], whose tokens start at ia
// in A and ib in B.
func swapAt(ops []op, k, ia, ib int, ka, kb []uint32, at []token, aText string) (swap, bool) {
	e := ops[k].n
	d1, i1 := runBefore(ops, k)
	next := k + 1
	var d2, i2 int
	if next < len(ops) && ops[next].kind != opEqual {
		d2, i2, next = editRun(ops, next)
		next++
	}
	a0, b0 := ia-d1, ib-i1 // where the run before starts
	aE, bE := ia+e, ib+e   // where the run after starts
	eWords := wordCount(at[ia:aE])
	better := func(x []token) bool { return len(x) >= e && wordCount(x) > eWords }
	if e == 1 && joiningWord(at[ia], aText) {
		// "Lyon and Marseille" -> "Lyon, Marseille and Lille": the
		// name stays, "and" is what moved.
		better = func(x []token) bool {
			return len(x) == 1 && x[0].class == classWord && runeCount(x[0], aText) >= minSwappedLetters
		}
	} else if e-eWords <= eWords {
		return swap{}, false // more words than brackets: "rose ," stays
	}
	end := swap{ia: aE + d2, ib: bE + i2, next: next}
	// The run after deletes what the run before inserts, or the reverse.
	if d2 > 0 && i1 > 0 && better(at[aE:aE+d2]) {
		if p := find(kb[b0:ib], ka[aE:aE+d2]); p >= 0 { // B: P X Q E, A: E X
			end.ops = []op{{opDelete, d1 + e}, {opInsert, p}, {opEqual, d2}, {opInsert, i1 - p - d2 + e + i2}}
			return end, true
		}
	}
	if d2 > 0 && i1 > 0 && i1 <= d2 {
		if p := find(ka[aE:aE+d2], kb[b0:ib]); p >= 0 && better(at[aE+p:aE+p+i1]) { // A: E P X Q, B: X E
			end.ops = []op{{opDelete, d1 + e + p}, {opEqual, i1}, {opDelete, d2 - p - i1}, {opInsert, e + i2}}
			return end, true
		}
	}
	if d1 > 0 && i2 > 0 && better(at[a0:ia]) {
		if p := find(kb[bE:bE+i2], ka[a0:ia]); p >= 0 { // A: X E, B: E P X Q
			end.ops = []op{{opInsert, i1 + e + p}, {opEqual, d1}, {opDelete, e + d2}, {opInsert, i2 - p - d1}}
			return end, true
		}
	}
	if d1 > 0 && i2 > 0 && i2 <= d1 {
		if p := find(ka[a0:ia], kb[bE:bE+i2]); p >= 0 && better(at[a0+p:a0+p+i2]) { // A: P X Q E, B: E X
			end.ops = []op{{opDelete, p}, {opInsert, i1 + e}, {opEqual, i2}, {opDelete, d1 - p - i2 + e + d2}}
			return end, true
		}
	}
	return swap{}, false
}

// joiningWord reports a function word (functionWords: a conjunction, a
// preposition or an article, "and", "of", "и", "und") in small letters,
// of at most maxJoiningLetters, which a word on its other side
// outweighs. Number words are no such word ("ten delegates").
func joiningWord(t token, text string) bool {
	if t.class != classWord || t.upper() || runeCount(t, text) > maxJoiningLetters {
		return false
	}
	_, ok := functionWords[text[t.start:t.end()]]
	return ok
}

// runeCount is the number of characters of token t of text.
func runeCount(t token, text string) int { return utf8.RuneCountInString(text[t.start:t.end()]) }

// maxJoiningLetters and minSwappedLetters: a word of at least
// minSwappedLetters is kept equal rather than a joining word of at most
// maxJoiningLetters it traded places with. Tried on the rewrite set and
// the eval sets (changed-token precision and recall the same).
const (
	maxJoiningLetters = 3
	minSwappedLetters = 5
)

// runBefore reads the run of edits that ends just before ops[k].
func runBefore(ops []op, k int) (del, ins int) {
	for q := k - 1; q >= 0 && ops[q].kind != opEqual; q-- {
		if ops[q].kind == opDelete {
			del += ops[q].n
		} else {
			ins += ops[q].n
		}
	}
	return del, ins
}

// find returns the first index of x in s, or -1.
func find(s, x []uint32) int {
	for p := 0; p+len(x) <= len(s); p++ {
		if slices.Equal(s[p:p+len(x)], x) {
			return p
		}
	}
	return -1
}
