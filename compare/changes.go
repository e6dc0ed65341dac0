package compare

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// emitter turns token-level diffs of aligned groups into Changes.
type emitter struct {
	a, b    *document
	ai, bi  int    // version indexes
	keys    *keyer // this pair's own: a keyer is not safe for concurrent use
	changes []Change
	// pending is a trivial change still growing over adjacent tokens.
	pending *Change
	// bounds are the moved passages a widened change keeps to
	// (attachPunctuation).
	bounds moveBounds
	// uniqueSentences counts the pair's sentences for the equal-runs
	// pass (see sentenceCounts.moved).
	uniqueSentences sentenceCounts
}

func (e *emitter) flushTrivial() {
	if e.pending != nil {
		e.changes = append(e.changes, *e.pending)
		e.pending = nil
	}
}

// addTrivial records a typography-only difference, merging it with the
// previous one when they touch.
func (e *emitter) addTrivial(as, ae, bs, be int, flag string) {
	if p := e.pending; p != nil && as >= p.AEnd && bs >= p.BEnd && onlySpace(e.a.text[p.AEnd:as]) && onlySpace(e.b.text[p.BEnd:bs]) {
		p.AEnd, p.BEnd = ae, be
		p.AText, p.BText = e.a.text[p.AStart:ae], e.b.text[p.BStart:be]
		p.Kind = spanKind(p.AStart, ae, p.BStart, be)
		if flag != "" && !p.HasFlag(flag) {
			p.Flags = append(p.Flags, flag)
		}
		return
	}
	e.flushTrivial()
	c := Change{Kind: spanKind(as, ae, bs, be), A: e.ai, B: e.bi, AStart: as, AEnd: ae, BStart: bs, BEnd: be,
		AText: e.a.text[as:ae], BText: e.b.text[bs:be], Trivial: true}
	if flag != "" {
		c.Flags = []string{flag}
	}
	e.pending = &c
}

// spanKind names a change by its spans: a comma added where punctuation is
// ignored is still an insertion, if a trivial one, not the replacement of
// nothing.
func spanKind(as, ae, bs, be int) Kind {
	switch {
	case as == ae:
		return Insert
	case bs == be:
		return Delete
	}
	return Replace
}

func onlySpace(s string) bool { return strings.TrimFunc(s, isSpaceRune) == "" }

// spaceEnd returns the end of the white space that starts at s[i].
func spaceEnd(s string, i int) int {
	return len(s) - len(strings.TrimLeftFunc(s[i:], isSpaceRune))
}

// hasParagraphBreak reports a blank line in a stretch of white space.
func hasParagraphBreak(s string) bool {
	i := strings.IndexByte(s, '\n')
	return i >= 0 && strings.Contains(s[i+1:], "\n")
}

// tightGap reports white space with no blank line, or none, between a
// number and what it counts.
func tightGap(gap string) bool { return onlySpace(gap) && !hasParagraphBreak(gap) }

// equalTokens checks tokens whose keys match for byte differences (trivial
// changes) and compares the white space and ignored characters between
// consecutive tokens.
func (e *emitter) equalTokens(at, bt []token) {
	for k := range at {
		ta, tb := at[k], bt[k]
		as, ae, bs, be := int(ta.start), int(ta.end()), int(tb.start), int(tb.end())
		if e.a.text[as:ae] != e.b.text[bs:be] {
			e.addTrivial(as, ae, bs, be, e.trivialFlag(e.a.text[as:ae], e.b.text[bs:be]))
		}
		if k+1 < len(at) {
			e.gap(ae, int(at[k+1].start), be, int(bt[k+1].start))
		}
	}
}

// gap compares the stretches between two tokens that are equal on both
// sides. A paragraph split or merge is structure, not a change.
func (e *emitter) gap(as, ae, bs, be int) {
	ga, gb := e.a.text[as:ae], e.b.text[bs:be]
	if ga == gb {
		return
	}
	if hasParagraphBreak(ga) != hasParagraphBreak(gb) {
		return
	}
	if onlySpace(ga) && onlySpace(gb) {
		// Line wrap or spacing: trivial, shown on the white space itself.
		e.addTrivial(as, ae, bs, be, "")
		return
	}
	// Ignored characters (zero-width, punctuation under
	// --ignore-punctuation) with white space around them. The change is
	// only what differs: a comma on both sides is no change, and the
	// space after it that became a line break is one.
	p, q := sharedByteEnds(ga, gb)
	da, db := ga[p:len(ga)-q], gb[p:len(gb)-q]
	e.addTrivial(as+p, ae-q, bs+p, be-q, e.trivialFlag(da, db))
}

// sharedByteEnds returns the lengths in bytes of the longest prefix and then
// the longest suffix of what remains that x and y share, cut at rune
// boundaries so that a change never starts or ends inside a character
// ("…" and "⸦" share their first and last bytes). It is sharedEnds on
// bytes.
func sharedByteEnds(x, y string) (prefix, suffix int) {
	n := min(len(x), len(y))
	for prefix < n && x[prefix] == y[prefix] {
		prefix++
	}
	for prefix > 0 && prefix < len(x) && !utf8.RuneStart(x[prefix]) {
		prefix--
	}
	n -= prefix
	for suffix < n && x[len(x)-1-suffix] == y[len(y)-1-suffix] {
		suffix++
	}
	for suffix > 0 && !utf8.RuneStart(x[len(x)-suffix]) {
		suffix--
	}
	return prefix, suffix
}

func (e *emitter) trivialFlag(x, y string) string {
	if x != y && e.keys.equalFold(x, y) && caseChanged(x, y) {
		return FlagCase
	}
	if hasPunct(x) || hasPunct(y) {
		return FlagPunctuation
	}
	return ""
}

func hasPunct(s string) bool {
	for _, r := range s {
		if !isSpaceRune(r) && !isWordRune(r) && !isInvisible(r) {
			return true
		}
	}
	return false
}

// diffGroup diffs the tokens of an aligned group word by word and records
// the changes. aPos and bPos are where an insertion or deletion at the very
// start of the group sits in the other text.
func (e *emitter) diffGroup(at, bt []token, aPos, bPos int) {
	if len(at) == 0 && len(bt) == 0 {
		return
	}
	// A capital the texts use inside sentences more often than not is the
	// word's own ("« Die Alpen »" once does not make "die" a name).
	lexical := func(upper, lower uint32) bool {
		return e.a.innerCount(upper)+e.b.innerCount(upper) > e.a.innerCount(lower)+e.b.innerCount(lower)
	}
	ka, kb := tokenKeys(at), tokenKeys(bt)
	ops := equalCapitals(swapEquals(diffKeys(ka, kb), ka, kb, at, e.a.text), at, bt, e.a.text, e.b.text, lexical)
	ops = splitLineRows(mergePhrases(ops, at, bt), at, bt, e.a.text, e.b.text)
	ops = slideRuns(ops, at, bt, e.a.text, e.b.text)
	ia, ib := 0, 0
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		if o.kind == opEqual {
			e.equalTokens(at[ia:ia+o.n], bt[ib:ib+o.n])
			ia += o.n
			ib += o.n
			continue
		}
		var del, ins int
		del, ins, i = editRun(ops, i)
		if del > 0 && ins > 0 {
			as, ae := int(at[ia].start), int(at[ia+del-1].end())
			bs, be := int(bt[ib].start), int(bt[ib+ins-1].end())
			if e.keys.sameWords(e.a.text[as:ae], e.b.text[bs:be]) {
				// The same words, cut differently: a word hyphenated
				// across a line break, or split by a zero-width space;
				// or a number signed with a dash of another kind.
				flag := ""
				if dashedDigit(e.a.text[as:ae]) || dashedDigit(e.b.text[bs:be]) {
					flag = FlagPunctuation
				}
				e.addTrivial(as, ae, bs, be, flag)
				ia += del
				ib += ins
				continue
			}
			if e.keys.ignoreCase && greekCapitalsOnly(e.a.text[as:ae], e.b.text[bs:be]) {
				e.addTrivial(as, ae, bs, be, FlagCase)
				ia += del
				ib += ins
				continue
			}
		}
		e.flushTrivial()
		c := e.changeOf(at[ia:ia+del], bt[ib:ib+ins], edgePos(at, ia, aPos), edgePos(bt, ib, bPos))
		if del > 0 && ins > 0 {
			e.takeSpaceEdges(&c, at, bt, ia, ib, ia+del, ib+ins)
		}
		e.changes = append(e.changes, c)
		ia += del
		ib += ins
	}
	e.flushTrivial()
}

// takeSpaceEdges widens a replacement c of at[ia:ja] by bt[ib:jb] over
// the white space on either side of it where one text has some and the
// other none ("Monday and it" -> "Monday. Then it": " and" for ". Then";
// "plane wave" -> "flat-wave": "plane " for "flat-"), which no change
// would hold else (equalTokens compares the white space between equal
// tokens only), so that the change reads back to both texts. White space
// of another kind on both sides (a line wrapped) is layout, left out. Its
// flags stay those of its words.
func (e *emitter) takeSpaceEdges(c *Change, at, bt []token, ia, ib, ja, jb int) {
	oneSided := func(ga, gb string) bool {
		return (ga == "") != (gb == "") && onlySpace(ga) && onlySpace(gb) && !hasParagraphBreak(ga) && !hasParagraphBreak(gb)
	}
	if ia > 0 && ib > 0 {
		if ga, gb := e.a.text[at[ia-1].end():c.AStart], e.b.text[bt[ib-1].end():c.BStart]; oneSided(ga, gb) {
			c.AStart, c.BStart = c.AStart-len(ga), c.BStart-len(gb)
		}
	}
	if ja < len(at) && jb < len(bt) {
		if ga, gb := e.a.text[c.AEnd:at[ja].start], e.b.text[c.BEnd:bt[jb].start]; oneSided(ga, gb) {
			c.AEnd, c.BEnd = c.AEnd+len(ga), c.BEnd+len(gb)
		}
	}
	c.AText, c.BText = e.a.text[c.AStart:c.AEnd], e.b.text[c.BStart:c.BEnd]
}

// edgePos is where a change starting at token i sits: the end of the token
// before it, or the group's start.
func edgePos(ts []token, i, start int) int {
	if i > 0 {
		return int(ts[i-1].end())
	}
	return start
}

// change records the replacement of tokens da by tokens db; either may be
// empty (an insertion or a deletion at aPos or bPos).
func (e *emitter) change(da, db []token, aPos, bPos int) {
	e.changes = append(e.changes, e.changeOf(da, db, aPos, bPos))
}

// changeOf builds a classified change replacing tokens da by db; either
// may be empty, the change then sits at aPos or bPos.
func (e *emitter) changeOf(da, db []token, aPos, bPos int) Change {
	c := Change{A: e.ai, B: e.bi, AStart: aPos, AEnd: aPos, BStart: bPos, BEnd: bPos}
	if len(da) > 0 {
		c.AStart, c.AEnd = int(da[0].start), int(da[len(da)-1].end())
	}
	if len(db) > 0 {
		c.BStart, c.BEnd = int(db[0].start), int(db[len(db)-1].end())
	}
	switch {
	case len(da) > 0 && len(db) > 0:
		c.Kind = Replace
	case len(da) > 0:
		c.Kind = Delete
	default:
		c.Kind = Insert
	}
	e.classify(&c, da, db)
	return c
}

// classify sets c's texts, flags and number spans from the tokens it
// replaces, da in A and db in B.
func (e *emitter) classify(c *Change, da, db []token) {
	c.AText, c.BText = e.a.text[c.AStart:c.AEnd], e.b.text[c.BStart:c.BEnd]
	flags := classify(e.keys, e.a, e.b, da, db, c.AText, c.BText)
	if !slices.Contains(flags, FlagNumber) && e.currencySwapped(c, da, db) {
		// A sign flagged number is an amount's, no punctuation (classifyKnown).
		flags = append(slices.DeleteFunc(flags, func(f string) bool { return f == FlagPunctuation }), FlagNumber)
	}
	e.setFlags(c, da, db, flags)
}

// currencySwapped reports an insertion (or a deletion) of a currency
// beside a number, where the other version writes another currency
// beside the same figure near that place: "$25" -> "25 EUR" deletes the
// sign and inserts the code, two changes that each leave the amount as
// it reads (signAlone), and together change it. The same currency
// written otherwise ("$25 million" -> "25 million dollars") changes
// nothing, and neither does a currency put beside an amount that had
// none while another amount near it has one ("$5 and 10" -> "$5 and 10
// EUR").
func (e *emitter) currencySwapped(c *Change, da, db []token) bool {
	d, ts, other, at := e.b, db, e.a, c.AStart
	switch {
	case len(da) > 0 && len(db) > 0, len(da) == 0 && len(db) == 0:
		return false
	case len(da) > 0:
		d, ts, other, at = e.a, da, e.b, c.BStart
	}
	type amount struct{ cur, figure string }
	var mine []amount
	if first, ok := d.indexOf(ts[0]); ok { // ts are a run of d's tokens
		for i := first; i < first+len(ts); i++ {
			if cur, figure := currencyBeside(d, i); cur != "" {
				mine = append(mine, amount{cur, figure})
			}
		}
	}
	if len(mine) == 0 {
		return false
	}
	k := other.tokenFrom(at)
	swapped := false
	for i := max(0, k-currencyReach); i < min(len(other.toks), k+currencyReach); i++ {
		cur, figure := currencyBeside(other, i)
		for _, m := range mine {
			switch {
			case cur == "" || figure != m.figure:
			case sameCurrency(cur, m.cur):
				return false
			default:
				swapped = true
			}
		}
	}
	return swapped
}

// currencyReach is how many tokens either side of a change's place
// currencySwapped looks at in the other version: an amount's sign or
// code and its figure, with a scale word ("$25 million").
const currencyReach = 4

// classifyJoined classifies c, a deletion with flags del just joined with
// an insertion with flags ins into one replacement of da by db.
func (e *emitter) classifyJoined(c *Change, da, db []token, del, ins []string) {
	c.AText, c.BText = e.a.text[c.AStart:c.AEnd], e.b.text[c.BStart:c.BEnd]
	e.setFlags(c, da, db, classifyJoined(e.keys, e.a, e.b, da, db, c.AText, c.BText, del, ins))
}

// setFlags sets c's flags, and its number spans when it changes a number.
func (e *emitter) setFlags(c *Change, da, db []token, flags []string) {
	c.Flags = flags
	c.ANumbers, c.BNumbers = nil, nil // from an earlier classification of a part
	if c.HasFlag(FlagNumber) {
		c.ANumbers, c.BNumbers = numberSpans(e.a, da), numberSpans(e.b, db)
	}
}
