package compare

import "unicode/utf8"

// Words put elsewhere in a sentence. The word diff keeps one longest
// common subsequence, so a word that a revision moved within its sentence
// ("it is observed not" -> "it is not observed", "[CITATION] In the case
// of ..." -> "In the case of ... [CITATION]", "greatly extended" -> "allows
// to extend greatly") is reported deleted at one place and inserted at
// the other, though it did not change; and the phrases that moved are
// too short for the moves of equal_runs.go (minRunAlnum). Inside one
// aligned group (a sentence and its revision), keepUniqueWords makes such
// a word a move when
//
//   - it occurs once in each version's sentences, has minUniqueRunes
//     letters or more and is not a function word: words that recur ("the",
//     a formula placeholder, a term used twice) are left to the diff,
//     which of them went where is not known;
//   - its deleted and inserted copies are in two different changes (both
//     sides of one replacement are a rewording, which a reader reads as
//     one: mergePhrases folded the word in on purpose);
//   - the run of equal tokens grown around it starts or ends its change on
//     both sides: a word taken out of the middle of a rewritten clause on
//     either side is a word that recurs by chance ("two new RSs, viz." ->
//     "various RSs"), not a phrase put elsewhere.

// minUniqueRunes is the least number of letters a word needs to anchor a
// moved run: shorter words ("it", "we") recur by chance. Measured on the
// arXivEdits dev pairs: 3 kept every change people marked.
const minUniqueRunes = 3

// keepUniqueWords applies the rule above to e.changes[first:], the changes
// diffGroup just made for the group of tokens at (in A) and bt (in B).
func (e *emitter) keepUniqueWords(first int, at, bt []token) {
	cs := e.changes[first:]
	if !twoEdits(cs) {
		return // one change: a rewording, never split
	}
	dels, ins := e.uniqueWordSides(cs)
	once := onceInEach(e.a, e.b, at, bt)
	moved := e.uniqueRuns(dels, ins, once)
	if len(moved) == 0 {
		return
	}
	out := make([]Change, 0, len(cs)+2*len(moved))
	usedA, usedB := usedByChange(dels), usedByChange(ins)
	for k, c := range cs {
		if usedA[k] == nil && usedB[k] == nil {
			out = append(out, c)
			continue
		}
		out = append(out, e.remainder(c, usedA[k], usedB[k], nil)...)
	}
	e.changes = append(e.changes[:first], out...)
	for _, r := range moved {
		e.addMove(r)
	}
	sortStable(e.changes[first:], inBOrder) // as diffGroup leaves them
}

// twoEdits reports whether cs holds a deletion and an insertion in two
// different changes, which a word put elsewhere needs: anything but no
// edit on a side, or one replacement alone.
func twoEdits(cs []Change) bool {
	dels, ins, del, in := 0, 0, -1, -1
	for k, c := range cs {
		if c.Trivial || c.Kind == Move {
			continue
		}
		if c.Kind != Insert {
			dels, del = dels+1, k
		}
		if c.Kind != Delete {
			ins, in = ins+1, k
		}
	}
	return dels > 0 && ins > 0 && !(dels == 1 && ins == 1 && del == in)
}

// uniqueWordSides lists the deleted (A) and inserted (B) sides of cs's
// edits, each with the change it belongs to.
func (e *emitter) uniqueWordSides(cs []Change) (dels, ins []editSide) {
	for k, c := range cs {
		if c.Trivial || c.Kind == Move {
			continue
		}
		if c.Kind != Insert {
			t := e.a.tokensIn(c.AStart, c.AEnd)
			dels = append(dels, editSide{change: k, toks: t, used: make([]bool, len(t)), move: -1})
		}
		if c.Kind != Delete {
			t := e.b.tokensIn(c.BStart, c.BEnd)
			ins = append(ins, editSide{change: k, toks: t, used: make([]bool, len(t)), move: -1})
		}
	}
	return dels, ins
}

// onceInEach is the set of move keys (see moveKey) that occur once in at,
// tokens of a, and once in bt, tokens of b.
func onceInEach(a, b *document, at, bt []token) map[uint32]bool {
	count := make(map[uint32]int, len(at))
	for _, t := range at {
		count[moveKey(a, t)]++
	}
	once := map[uint32]bool{}
	for _, t := range bt {
		switch k := moveKey(b, t); count[k] {
		case 1:
			once[k] = true
			count[k] = -1 // seen in B once
		case -1:
			delete(once, k) // twice in B
		}
	}
	return once
}

// moveKey is the key a word of d is matched by where it may have been put
// elsewhere in its sentence: its own, or, for the word that opens the
// sentence with a capital that is the sentence's, its key without case
// ("longtemps" put first as "Longtemps"). A word in capitals ("NATO",
// "[CITATION]") or one the text capitalises inside sentences (a name)
// keeps its capitals wherever it stands.
func moveKey(d *document, t token) uint32 {
	if t.opens() && t.upper() && !isAcronym(d.text[t.start:t.end()]) && !ownCapital(d, t) {
		return d.wordKey(t)
	}
	return t.key
}

// uniqueRuns finds, for each anchor word deleted in one change and
// inserted in another, the run of equal tokens around it that the rule
// above keeps, and marks its tokens used on both sides.
func (e *emitter) uniqueRuns(dels, ins []editSide, once map[uint32]bool) []tokenRun {
	type spot struct{ side, pos int }
	inserted := map[uint32]spot{}
	for si, s := range ins {
		for p, t := range s.toks {
			if k := moveKey(e.b, t); once[k] {
				inserted[k] = spot{si, p}
			}
		}
	}
	var moved []tokenRun
	for di := range dels {
		d := &dels[di]
		for p, t := range d.toks {
			k := moveKey(e.a, t)
			if d.used[p] || !once[k] || !e.anchorWord(t) {
				continue
			}
			sp, ok := inserted[k]
			if !ok || ins[sp.side].change == d.change || ins[sp.side].used[sp.pos] {
				continue
			}
			if r, ok := growAtEdges(d, &ins[sp.side], p, sp.pos, e.movedAlike); ok {
				moved = append(moved, r)
			}
		}
	}
	return moved
}

// growAtEdges grows the run of equal tokens around d.toks[p] and
// s.toks[q], both the anchor word, over tokens not yet used that same
// says are one word. It keeps the run, marking its tokens used, only
// where it starts or ends its change on both sides.
func growAtEdges(d, s *editSide, p, q int, same func(x, y token) bool) (tokenRun, bool) {
	r := tokenRun{a0: p, a1: p + 1, b0: q, b1: q + 1}
	for r.a0 > 0 && r.b0 > 0 && !d.used[r.a0-1] && !s.used[r.b0-1] && same(d.toks[r.a0-1], s.toks[r.b0-1]) {
		r.a0, r.b0 = r.a0-1, r.b0-1
	}
	for r.a1 < len(d.toks) && r.b1 < len(s.toks) && !d.used[r.a1] && !s.used[r.b1] && same(d.toks[r.a1], s.toks[r.b1]) {
		r.a1, r.b1 = r.a1+1, r.b1+1
	}
	if !(r.a0 == 0 || r.a1 == len(d.toks)) || !(r.b0 == 0 || r.b1 == len(s.toks)) {
		return r, false
	}
	for i := r.a0; i < r.a1; i++ {
		d.used[i] = true
	}
	for j := r.b0; j < r.b1; j++ {
		s.used[j] = true
	}
	r.at, r.bt = d.toks[r.a0:r.a1], s.toks[r.b0:r.b1]
	return r, true
}

// movedAlike reports a token x of A and y of B that are one word moved:
// equal, or apart in case alone where one of them opens its sentence,
// whose capital is the sentence's ("for hours" put first as "For
// hours").
func (e *emitter) movedAlike(x, y token) bool {
	return x.key == y.key || (x.opens() || y.opens()) && e.a.wordKey(x) == e.b.wordKey(y)
}

// addMove appends the move of run r, and the typography inside it.
func (e *emitter) addMove(r tokenRun) {
	e.changes = append(e.changes, e.moveOf(r))
	e.equalTokens(r.at, r.bt)
	e.flushTrivial()
}

// anchorWord reports a token of A that may anchor a moved run: a word of
// minUniqueRunes letters or more that is not a function word.
func (e *emitter) anchorWord(t token) bool {
	return t.class != classPunct && !isFunctionWord(t, e.a.text) &&
		utf8.RuneCountInString(e.a.text[t.start:t.end()]) >= minUniqueRunes
}
