package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// mergePhrasesByRestart is the definition mergePhrases implements in one
// pass: fold the first foldable equality, then start again from the left.
func mergePhrasesByRestart(ops []op, at, bt []token) []op {
	for {
		merged := false
		ia, ib := 0, 0
		for k, o := range ops {
			if o.kind != opEqual {
				if o.kind == opDelete {
					ia += o.n
				} else {
					ib += o.n
				}
				continue
			}
			lo, hi := k, k
			for lo > 0 && ops[lo-1].kind != opEqual {
				lo--
			}
			for hi+1 < len(ops) && ops[hi+1].kind != opEqual {
				hi++
			}
			w := equalityWords(at, bt, ia, ib, o.n)
			if lo == k || hi == k || !foldable(w, o.n, editSize(ops[lo:k]), editSize(ops[k+1:hi+1])) {
				ia, ib = ia+o.n, ib+o.n
				continue
			}
			repl := slices.Concat(ops[:k], []op{{opDelete, o.n}, {opInsert, o.n}}, ops[k+1:])
			ops = normalizeOps(repl)
			merged = true
			break
		}
		if !merged {
			return ops
		}
	}
}

// TestMergePhrasesOnePass checks the one-pass fold against the definition
// on random scripts with short equalities of words and punctuation, where
// folds cascade both ways.
func TestMergePhrasesOnePass(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := range 3000 {
		var ops []op
		var at, bt []token
		for range 1 + rng.IntN(30) {
			if rng.IntN(3) == 0 {
				n := 1 + rng.IntN(3)
				ops = append(ops, op{opEqual, n})
				for range n {
					class := tokenClass(rng.IntN(3))
					at = append(at, token{class: class, flags: tokenFlags(rng.IntN(4))})
					bt = append(bt, token{class: class, flags: tokenFlags(rng.IntN(4))})
				}
				continue
			}
			if d := rng.IntN(4); d > 0 {
				ops = append(ops, op{opDelete, d})
				for range d {
					at = append(at, token{class: classWord})
				}
			}
			if i := rng.IntN(4); i > 0 {
				ops = append(ops, op{opInsert, i})
				for range i {
					bt = append(bt, token{class: classWord})
				}
			}
		}
		ops = normalizeOps(ops)
		want := mergePhrasesByRestart(slices.Clone(ops), at, bt)
		if got := mergePhrases(slices.Clone(ops), at, bt); !slices.Equal(got, want) {
			t.Fatalf("trial %d: mergePhrases(%v) = %v, want %v; classes %v", trial, ops, got, want, at)
		}
	}
}
