package compare

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

// mergePhrases folds short equalities of a normalized script of at against
// bt into the edits on both sides of them, repeatedly.
func mergePhrases(ops []op, at, bt []token) []op {
	for {
		merged := false
		ia := 0
		for k := 0; k < len(ops); k++ {
			o := ops[k]
			if o.kind != opEqual {
				if o.kind == opDelete {
					ia += o.n
				}
				continue
			}
			lo, hi := editAround(ops, k)
			if lo < 0 || hi < 0 {
				ia += o.n
				continue
			}
			words := 0
			for _, t := range at[ia : ia+o.n] {
				if t.class != classPunct {
					words++
				}
			}
			left, right := editSize(ops[lo:k]), editSize(ops[k+1:hi+1])
			fold := words == 0 && o.n <= min(left, right) ||
				words <= maxFoldedWords && o.n < min(left, right)
			if !fold {
				ia += o.n
				continue
			}
			// The equality becomes a deletion and an insertion between the
			// edits; normalizeOps joins them.
			repl := append([]op{}, ops[:k]...)
			repl = append(repl, op{opDelete, o.n}, op{opInsert, o.n})
			ops = normalizeOps(append(repl, ops[k+1:]...))
			merged = true
			break
		}
		if !merged {
			return ops
		}
	}
}

// editAround returns the indexes of the first edit before ops[k] and the
// last edit after it, when edits sit on both sides of the equality; -1
// otherwise.
func editAround(ops []op, k int) (lo, hi int) {
	lo, hi = -1, -1
	for j := k - 1; j >= 0 && ops[j].kind != opEqual; j-- {
		lo = j
	}
	for j := k + 1; j < len(ops) && ops[j].kind != opEqual; j++ {
		hi = j
	}
	return lo, hi
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
