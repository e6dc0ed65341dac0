package compare

import "slices"

// Readable groups without swallowing unchanged words. go-diff's
// DiffCleanupSemantic removes an equality no longer than the edits on both
// sides and repeats until nothing changes, so in a sentence rewritten by
// half it folds one short equality after another into the edits around it
// until a long run of untouched words ("improvement when the") is reported
// as replaced. mergePhrases keeps the first idea (no confetti: "," or "of"
// alone between two longer edits joins them) but never folds in an
// equality of more than one word, nor one word between edits of a single
// token ("confirms the findings" -> "supports the conclusions" keeps "the").

// maxFoldedWords is the most words an equality may hold and still be
// folded into the edits around it. With 2, the rewrite set
// (testdata/rewrites.txt) lost precision (runs such as "the results" were
// swallowed) and gained no recall.
const maxFoldedWords = 1

// mergePhrases folds short equalities of a normalized script of at
// against bt into the edits on both sides of them, repeatedly.
//
// Folding only grows edit runs, and a larger run only makes an equality
// beside it more foldable, so every order of folds ends in the same
// script. One pass from the left finds them all: a fold grows the run
// before the next equality, which the pass reaches next, and the run after
// the equality before it, which foldBack tries again at once.
func mergePhrases(ops []op, at, bt []token) []op {
	out := make([]op, 0, len(ops))
	words := make([]int, 0, len(ops)) // words[q]: the words of equality out[q]
	ia := 0
	for k := 0; k < len(ops); k++ {
		o := ops[k]
		if o.kind != opEqual {
			if o.kind == opDelete {
				ia += o.n
			}
			out, words = appendEdit(out, words, o)
			continue
		}
		w := 0
		for _, t := range at[ia : ia+o.n] {
			if t.class != classPunct {
				w++
			}
		}
		ia += o.n
		_, left := trailingRun(out)
		next := k + 1
		for next < len(ops) && ops[next].kind != opEqual {
			next++
		}
		if left == 0 || !foldable(w, o.n, left, editSize(ops[k+1:next])) {
			out, words = append(out, o), append(words, w)
			continue
		}
		// The equality joins the runs on both sides; the grown run may
		// make the equality before it foldable.
		out, words = appendEdit(out, words, op{opDelete, o.n})
		out, words = appendEdit(out, words, op{opInsert, o.n})
		for _, e := range ops[k+1 : next] {
			if e.kind == opDelete {
				ia += e.n
			}
			out, words = appendEdit(out, words, e)
		}
		out, words = foldBack(out, words)
		k = next - 1
	}
	return out
}

// foldable reports whether an equality of n tokens, w of them words,
// between edit runs of sizes left and right (editSize) joins them.
func foldable(w, n, left, right int) bool {
	return w == 0 && n <= min(left, right) || w <= maxFoldedWords && n < min(left, right)
}

// trailingRun returns where the run of edits that ends out starts, and its
// editSize.
func trailingRun(out []op) (start, size int) {
	start = len(out)
	for start > 0 && out[start-1].kind != opEqual {
		start--
	}
	return start, editSize(out[start:])
}

// appendEdit appends a deletion or an insertion to out, keeping the run it
// joins normalized: deletions, then insertions, each merged.
func appendEdit(out []op, words []int, o op) ([]op, []int) {
	last := len(out) - 1
	switch {
	case last >= 0 && out[last].kind == o.kind:
		out[last].n += o.n
		return out, words
	case o.kind == opDelete && last >= 0 && out[last].kind == opInsert:
		if last > 0 && out[last-1].kind == opDelete {
			out[last-1].n += o.n
			return out, words
		}
		out = slices.Insert(out, last, o)
		return out, append(words, 0)
	}
	return append(out, o), append(words, 0)
}

// foldBack folds, as long as they are foldable, the equalities before the
// run of edits that ends out, which has just grown.
func foldBack(out []op, words []int) ([]op, []int) {
	for {
		start, right := trailingRun(out)
		q := start - 1 // the equality before the run
		if q < 0 {
			return out, words
		}
		lo, left := trailingRun(out[:q])
		if lo == q || !foldable(words[q], out[q].n, left, right) {
			return out, words
		}
		run := [2]op{}
		nr := copy(run[:], out[start:])
		eq := out[q]
		out, words = out[:q], words[:q]
		for _, o := range append([]op{{opDelete, eq.n}, {opInsert, eq.n}}, run[:nr]...) {
			out, words = appendEdit(out, words, o)
		}
	}
}

// editSize is the longer side of a run of edits: the tokens deleted or
// inserted, whichever are more.
func editSize(ops []op) int {
	del, ins := 0, 0
	for _, o := range ops {
		if o.kind == opDelete {
			del += o.n
		} else {
			ins += o.n
		}
	}
	return max(del, ins)
}
