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
	s := foldScript{ops: make([]op, 0, len(ops)), eqWords: make([]int, 0, len(ops))}
	ia, ib := 0, 0
	for k := 0; k < len(ops); k++ {
		o := ops[k]
		if o.kind != opEqual {
			if o.kind == opDelete {
				ia += o.n
			} else {
				ib += o.n
			}
			s.appendEdit(o)
			continue
		}
		w := equalityWords(at, bt, ia, ib, o.n)
		ia, ib = ia+o.n, ib+o.n
		start, left := trailingRun(s.ops)
		next := k + 1
		for next < len(ops) && ops[next].kind != opEqual {
			next++
		}
		if start == len(s.ops) || next == k+1 || !foldable(w, o.n, left, editSize(ops[k+1:next])) {
			s.ops, s.eqWords = append(s.ops, o), append(s.eqWords, w)
			continue
		}
		for _, e := range ops[k+1 : next] {
			if e.kind == opDelete {
				ia += e.n
			} else {
				ib += e.n
			}
		}
		s.fold(o.n, ops[k+1:next])
		s.foldBack()
		k = next - 1
	}
	return s.ops
}

// equalityWords is the number of words among the n equal tokens at ia in
// A and ib in B, as foldable counts them. An equality holding a word kept
// equal though its capital differs (equalCapitals: words put before a
// sentence's first word, "We answer" -> "The model is realistic, but we
// have to answer", also with its comma, "We, too," -> "but we, as
// others,") counts as more than maxFoldedWords: it is the old sentence's
// start, which a reader looks for between the new words, not a word in
// common by chance.
func equalityWords(at, bt []token, ia, ib, n int) int {
	for k := range n {
		if at[ia+k].key != bt[ib+k].key {
			return maxFoldedWords + 1
		}
	}
	return wordCount(at[ia : ia+n])
}

// foldable reports whether an equality of n tokens, w of them words,
// between edit runs of sizes left and right (editSize) joins them.
func foldable(w, n, left, right int) bool {
	return w == 0 && n <= min(left, right) || w <= maxFoldedWords && n < min(left, right)
}

// foldScript is the script mergePhrases builds, each run of edits kept
// normalized (deletions, then insertions, each merged into one op).
type foldScript struct {
	ops     []op
	eqWords []int // eqWords[q]: the words of the equality ops[q]; 0 for an edit
}

// trailingRun returns where the run of edits that ends ops starts
// (len(ops) when it ends in an equality), and its editSize.
func trailingRun(ops []op) (start, size int) {
	start = len(ops)
	for start > 0 && ops[start-1].kind != opEqual {
		start--
	}
	return start, editSize(ops[start:])
}

// appendEdit appends a deletion or an insertion to the script.
func (s *foldScript) appendEdit(o op) {
	last := len(s.ops) - 1
	switch {
	case last >= 0 && s.ops[last].kind == o.kind:
		s.ops[last].n += o.n
		return
	case o.kind == opDelete && last >= 0 && s.ops[last].kind == opInsert:
		if last > 0 && s.ops[last-1].kind == opDelete {
			s.ops[last-1].n += o.n
			return
		}
		s.ops = slices.Insert(s.ops, last, o)
	default:
		s.ops = append(s.ops, o)
	}
	s.eqWords = append(s.eqWords, 0)
}

// fold appends an equality of n tokens, become a deletion and an insertion,
// and the run of edits after it: the run that ends the script, the
// equality and run join into one.
func (s *foldScript) fold(n int, run []op) {
	s.appendEdit(op{opDelete, n})
	s.appendEdit(op{opInsert, n})
	for _, o := range run {
		s.appendEdit(o)
	}
}

// foldBack folds, as long as they are foldable, the equalities before the
// run of edits that ends the script, which has just grown.
func (s *foldScript) foldBack() {
	for {
		start, right := trailingRun(s.ops)
		q := start - 1 // the equality before the run
		if q < 0 {
			return
		}
		lo, left := trailingRun(s.ops[:q])
		if lo == q || !foldable(s.eqWords[q], s.ops[q].n, left, right) {
			return
		}
		// The run (of at most two ops, normalized) is copied out first:
		// folding overwrites s.ops[q:].
		var buf [2]op
		run := buf[:copy(buf[:], s.ops[start:])]
		n := s.ops[q].n
		s.ops, s.eqWords = s.ops[:q], s.eqWords[:q]
		s.fold(n, run)
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
