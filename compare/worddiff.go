package compare

import (
	"iter"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// op is one step of a sequence diff: n items equal, deleted from A or
// inserted from B.
type op struct {
	kind int8 // opEqual, opDelete, opInsert
	n    int
}

const (
	opEqual  int8 = 0
	opDelete int8 = -1
	opInsert int8 = 1
)

// idRune maps a small integer to a valid rune, skipping the surrogate range,
// so that go-diff can work on sequences of ids the way DiffLinesToRunes lets
// it work on lines.
func idRune(id int) rune {
	if id < 0xD800 {
		return rune(id)
	}
	return rune(id + 0x800)
}

// maxIDs is the number of distinct ids idRune can represent.
const maxIDs = 0x110000 - 0x800

// interner gives every distinct key one rune, the way DiffLinesToRunes
// gives every distinct line one, so that go-diff can diff key sequences.
type interner[K seqKey] struct{ ids map[K]rune }

// runes maps keys to their runes, interning new keys.
func (in *interner[K]) runes(keys []K) []rune {
	if in.ids == nil {
		in.ids = make(map[K]rune, len(keys))
	}
	rs := make([]rune, len(keys))
	for i, k := range keys {
		r, ok := in.ids[k]
		if !ok {
			id := len(in.ids) + 1
			if id >= maxIDs {
				id = int(uint64(k)%(maxIDs-1)) + 1 // cannot happen below a million distinct keys
			}
			r = idRune(id)
			in.ids[k] = r
		}
		rs[i] = r
	}
	return rs
}

// diffsToOps turns go-diff's diffs over interned runes into an edit script.
func diffsToOps(diffs []diffmatchpatch.Diff) []op {
	var ops []op
	for _, d := range diffs {
		k := opEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			k = opDelete
		case diffmatchpatch.DiffInsert:
			k = opInsert
		}
		emitOp(&ops, k, utf8.RuneCountInString(d.Text))
	}
	return normalizeOps(ops)
}

// diffKeys diffs two sequences of key hashes with go-diff, every distinct
// key made one rune. go-diff runs without a deadline, so results
// never depend on the machine's speed; sequences too long for its O(N·D)
// search are first split at unique common elements (diffSeq), and
// sequences that share few words in order are diffed by sparseLCS.
func diffKeys(a, b []uint32) []op {
	var in interner[uint32]
	ra, rb := in.runes(a), in.runes(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var diffs []diffmatchpatch.Diff
	switch {
	case cells(len(a), len(b)) > maxDirectDiff:
		diffs = opsToDiffs(ra, rb, diffSeq(a, b))
	case scattered(a, b):
		diffs = dmp.DiffCleanupMerge(opsToDiffs(ra, rb, sparseLCS(a, b)))
	default:
		diffs = dmp.DiffMainRunes(ra, rb, false)
	}
	return diffsToOps(diffs)
}

// minScattered is the least number of tokens in a pair for scattered to
// look at it: go-diff is quick on anything shorter (a sentence of two
// dozen words a side), and the check would cost more than it saves.
const minScattered = 48

// scattered reports whether a and b, though they share words, share few
// of them in order: at least half their tokens are edits, where go-diff's
// O(N·D) search costs the most, while the pairs of equal tokens are few
// enough for sparseLCS's O(r log N). Both find a shortest edit script; a
// sentence rewritten throughout (its words reordered) is the case.
func scattered(a, b []uint32) bool {
	n := len(a) + len(b)
	if n < minScattered {
		return false
	}
	// At least half the tokens are edits (2d > n, d = n - 2·LCS) when
	// the LCS is below n/4: the search may stop once it cannot reach that.
	if lcsLength(a, b, (n+3)/4) >= (n+3)/4 {
		return false
	}
	return statsOf(a, b).pairs <= sparseMatchFactor*n
}

// maxDirectDiff bounds len(a)*len(b) for handing a pair straight to
// go-diff's Myers search (2,000 tokens a side, a long paragraph); longer
// pairs are anchored first, since the search is O(N·D) and runs without a
// deadline, so that results never depend on the machine.
const maxDirectDiff = 4_000_000

// opsToDiffs turns an edit script over rune sequences into go-diff diffs.
func opsToDiffs(ra, rb []rune, ops []op) []diffmatchpatch.Diff {
	out := make([]diffmatchpatch.Diff, 0, len(ops))
	i, j := 0, 0
	for _, o := range ops {
		switch o.kind {
		case opEqual:
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffEqual, Text: string(ra[i : i+o.n])})
			i += o.n
			j += o.n
		case opDelete:
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: string(ra[i : i+o.n])})
			i += o.n
		case opInsert:
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffInsert, Text: string(rb[j : j+o.n])})
			j += o.n
		}
	}
	return out
}

// matches yields the index pairs (i in a, j in b) that the edit script
// ops of a against b keeps equal, in order.
func matches(ops []op) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		i, j := 0, 0
		for _, o := range ops {
			switch o.kind {
			case opEqual:
				for k := 0; k < o.n; k++ {
					if !yield(i+k, j+k) {
						return
					}
				}
				i += o.n
				j += o.n
			case opDelete:
				i += o.n
			case opInsert:
				j += o.n
			}
		}
	}
}

// normalizeOps orders each run of changes between two equalities as
// deletions first, then insertions, merged.
func normalizeOps(ops []op) []op {
	out := ops[:0:0]
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			out = append(out, ops[i])
			i++
			continue
		}
		del, ins := 0, 0
		for i < len(ops) && ops[i].kind != opEqual {
			if ops[i].kind == opDelete {
				del += ops[i].n
			} else {
				ins += ops[i].n
			}
			i++
		}
		if del > 0 {
			out = append(out, op{opDelete, del})
		}
		if ins > 0 {
			out = append(out, op{opInsert, ins})
		}
	}
	return out
}

func tokenKeys(ts []token) []uint32 {
	ks := make([]uint32, len(ts))
	for i, t := range ts {
		ks[i] = t.key
	}
	return ks
}

// editRun reads the run of edits that starts at ops[k] in a normalized
// script (a deletion, an insertion, or a deletion then an insertion): the
// tokens it deletes and inserts, and the index of its last op.
func editRun(ops []op, k int) (del, ins, last int) {
	if ops[k].kind == opInsert {
		return 0, ops[k].n, k
	}
	if k+1 < len(ops) && ops[k+1].kind == opInsert {
		return ops[k].n, ops[k+1].n, k + 1
	}
	return ops[k].n, 0, k
}
