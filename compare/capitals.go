package compare

// Capitals that move with the sentence start. A word that becomes the
// first of its sentence, or stops being it, changes its capital and
// nothing else: "Probability distributions" → "Data derived probability
// distributions", "The results" → "However, the results". Its key differs
// (case is compared unless Options.IgnoreCase), so the word diff reports
// it replaced with the words put before it; a reader, and the people who
// mark such edits, see the new words and an unchanged word.

// equalCapitals returns ops, a normalized script of at against bt, with
// the first and the last tokens of each replacement made equal where they
// are one word in two cases and exactly one of them opens its sentence.
// equalTokens then reports the capital as a trivial case change. When
// both open their sentences ("The cat" → "the cat") the case itself was
// edited, and the replacement stays.
func equalCapitals(ops []op, at, bt []token, ta, tb string, equalFold func(x, y string) bool) []op {
	same := func(i, j int) bool {
		x, y := at[i], bt[j]
		return x.opens() != y.opens() && x.class == classWord && y.class == classWord &&
			equalFold(ta[x.start:x.end()], tb[y.start:y.end()])
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
		del, ins := 0, 0
		if o.kind == opDelete {
			del = o.n
			if k+1 < len(ops) && ops[k+1].kind == opInsert {
				ins = ops[k+1].n
				k++
			}
		} else {
			ins = o.n
		}
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
