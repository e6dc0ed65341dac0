package compare

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A change that begins or ends with a punctuation mark written against a
// word ("sense." -> "sense;", "today, and we" -> "today. We") is shown with
// that word (not a Chinese or Japanese character, nor a word after the end
// of a sentence), the way a word diff (git --word-diff, wdiff) shows it: a
// highlighted semicolon on its own is easy to miss, and the word is what a
// reader cites. The change keeps its flags.

// attachPunctuation widens each replacement whose first marks on both
// sides are punctuation over the word written just before them, and each
// whose last marks are punctuation over the word just after, when that
// word is the same in both versions and no other change touches it.
// Symbols ("$" -> "€", "%") carry meaning of their own and stay alone.
// Then it widens hyphens put between words or taken out (widenHyphen),
// over the words no replacement took.
func (e *emitter) attachPunctuation(cs []Change) []Change {
	e.bounds.a, e.bounds.b = movedSpans(cs)
	for k := range cs {
		c := &cs[k]
		if c.Trivial || c.Kind != Replace {
			continue
		}
		at, bt := e.a.tokensIn(c.AStart, c.AEnd), e.b.tokensIn(c.BStart, c.BEnd)
		if len(at) == 0 || len(bt) == 0 {
			continue
		}
		as, ae, bs, be := c.AStart, c.AEnd, c.BStart, c.BEnd
		if isMark(e.a, at[0]) && isMark(e.b, bt[0]) {
			if ta, tb, ok := e.wordEndingAt(as, bs); ok {
				as, bs = int(ta.start), int(tb.start)
			}
		}
		// Not past the end of a sentence: the word after it is the next
		// sentence's ("。明" in Chinese, where no space follows).
		la, lb := at[len(at)-1], bt[len(bt)-1]
		if isMark(e.a, la) && isMark(e.b, lb) && !endsSentenceMark(e.a, la) && !endsSentenceMark(e.b, lb) {
			if ta, tb, ok := e.wordStartingAt(ae, be); ok {
				ae, be = int(ta.end()), int(tb.end())
			}
		}
		as, ae, bs, be = e.widenGroups(as, ae, bs, be)
		if as == c.AStart && ae == c.AEnd || overlapsOther(cs, k, as, ae, bs, be) || !e.bounds.keeps(*c, as, ae, bs, be) {
			continue
		}
		c.AStart, c.AEnd, c.BStart, c.BEnd = as, ae, bs, be
		c.AText, c.BText = e.a.text[as:ae], e.b.text[bs:be]
	}
	for k, c := range cs {
		if !c.Trivial && (c.Kind == Insert || c.Kind == Delete) {
			e.widenHyphen(cs, k)
			e.widenMarks(cs, k)
		}
	}
	return cs
}

// widenGroups widens a replacement of figures [as, ae) in A by [bs, be)
// in B over the digit groups of the number they are part of, where both
// versions write the same groups there: "1 000" → "1 500" (grouped with
// a space, a no-break or thin space, or an apostrophe, as French,
// Russian, Polish or Swiss text does) is a change of the number, as
// "1,000" → "1,500", one token each, is, not of its last group. Only a
// change that starts past the number's first group widens, and over the
// groups after it too: where it starts the number, the figures after it
// may as well be another number ("Rooms 101 102", "5 100-page books").
func (e *emitter) widenGroups(as, ae, bs, be int) (int, int, int, int) {
	ta, tb := e.a.text, e.b.text
	if !startsGroup(ta, as) || !startsGroup(tb, bs) {
		return as, ae, bs, be
	}
	la, lb := groupsBefore(ta, as), groupsBefore(tb, bs)
	if la == 0 || ta[as-la:as] != tb[bs-lb:bs] {
		return as, ae, bs, be
	}
	as, bs = as-la, bs-lb
	if endsDigit(ta[as:ae]) && endsDigit(tb[bs:be]) {
		if la, lb := groupsAfter(ta, ae), groupsAfter(tb, be); la > 0 && ta[ae:ae+la] == tb[be:be+lb] {
			ae, be = ae+la, be+lb
		}
	}
	return as, ae, bs, be
}

// maxDigitGroups is the most groups of three digits a number is read
// with, past its first: enough for 10^18, and a bound on the reading of
// a long run of figures at each change in it.
const maxDigitGroups = 6

// groupSeparator returns the length of the digit group separator that
// ends text[:i] (before) or starts text[i:] (after), or 0.
func groupSeparator(text string, i int, before bool) int {
	var r rune
	var n int
	if before {
		r, n = utf8.DecodeLastRuneInString(text[:i])
	} else {
		r, n = utf8.DecodeRuneInString(text[i:])
	}
	if r == '\'' || r == '’' || isGroupSpace(string(r)) {
		return n
	}
	return 0
}

// groupsBefore returns the length of the digit groups and separators
// before offset i that lead a number: "1 " or "12 345 " before "678",
// the first group of one to three digits, the others of three; 0 where
// none stand there.
func groupsBefore(text string, i int) int {
	j := i // where the number starts, as far as read
	for range maxDigitGroups {
		sep := groupSeparator(text, j, true)
		if sep == 0 {
			break
		}
		k := j - sep
		d := 0
		for d < 4 && k-d > 0 && isASCIIDigit(text[k-d-1]) {
			d++
		}
		if d == 0 || d > 3 {
			break
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:k-d]); unicode.IsLetter(r) || r == '.' || r == ',' {
			break // "A1 000": a name, then a number; "1.5 000": two numbers
		}
		j = k - d
		if d < 3 {
			break // a first group of one or two digits
		}
	}
	return i - j
}

// groupsAfter returns the length of the separators and three-digit
// groups after offset i that go on a number: " 000" or " 000 000"; 0
// where none stand there. A group goes on a number only where no letter,
// digit or hyphen follows it ("100-page").
func groupsAfter(text string, i int) int {
	j := i
	for range maxDigitGroups {
		sep := groupSeparator(text, j, false)
		if sep == 0 {
			break
		}
		d := 0
		for d < 4 && j+sep+d < len(text) && isASCIIDigit(text[j+sep+d]) {
			d++
		}
		if d != 3 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[j+sep+d:]); unicode.IsLetter(r) || r == '-' {
			break
		}
		j += sep + d
	}
	return j - i
}

// startsGroup reports three digits at text[i] that may be a digit group
// of a number: no digit, letter or hyphen follows them ("100-page").
func startsGroup(text string, i int) bool {
	if i+3 > len(text) || !isASCIIDigit(text[i]) || !isASCIIDigit(text[i+1]) || !isASCIIDigit(text[i+2]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+3:])
	return !isASCIIDigit(byte(r)) && !unicode.IsLetter(r) && r != '-'
}

func endsDigit(s string) bool { return s != "" && isASCIIDigit(s[len(s)-1]) }

// widenMarks makes cs[k], the insertion or deletion of marks that belong
// to the word they are written against, the replacement of the word with
// its marks by the word alone: an abbreviation's full stop ("Eq. (12)" ->
// "Eq (12)") or a hyphen ("-axes" -> "axes"), when the word reads the
// same in both versions and no other change touches it. A reader cites
// the word, as people who mark edits mark it. A full stop that ends a
// sentence, a comma and the like are the sentence's, not the word's, and
// stay alone.
func (e *emitter) widenMarks(cs []Change, k int) {
	c := cs[k]
	if c.Kind != Insert && c.Kind != Delete {
		return // widenHyphen made it a replacement
	}
	marked, other := e.a, e.b // the version with the marks, the one without
	ms, me, os := c.AStart, c.AEnd, c.BStart
	if c.Kind == Insert {
		marked, other = e.b, e.a
		ms, me, os = c.BStart, c.BEnd, c.AStart
	}
	ts := marked.tokensIn(ms, me)
	if len(ts) == 0 || strings.TrimSpace(marked.text[ms:me]) != marked.text[ts[0].start:ts[len(ts)-1].end()] {
		return // not marks alone, with white space around them at most
	}
	if !wordMarks(marked, ts) {
		return
	}
	// The marks without the white space around them, and the places in the
	// other version where a word before or after them would end or start.
	ms, me = int(ts[0].start), int(ts[len(ts)-1].end())
	oEnd := len(strings.TrimRight(other.text[:os], betweenWords))
	oStart := len(other.text) - len(strings.TrimLeft(other.text[os:], betweenWords))
	inA := func(m, o int) (a, b int) { // a place of the marked version and one of the other, as A and B
		if c.Kind == Insert {
			return o, m
		}
		return m, o
	}
	ta, tb, ok := e.wordEndingAt(inA(ms, oEnd))
	if !ok {
		if ta, tb, ok = e.wordStartingAt(inA(me, oStart)); !ok {
			return
		}
	}
	// The word in both versions, and the marks with it in theirs.
	as, ae, bs, be := int(ta.start), int(ta.end()), int(tb.start), int(tb.end())
	if c.Kind == Delete {
		as, ae = min(as, ms), max(ae, me)
	} else {
		bs, be = min(bs, ms), max(be, me)
	}
	e.widenTo(cs, k, as, ae, bs, be)
}

// wordMarks reports whether ts, tokens of d, are marks of the one word
// they touch: hyphens (not between two words), or one full stop inside a
// sentence (an abbreviation's).
func wordMarks(d *document, ts []token) bool {
	hyphens := true
	for _, t := range ts {
		hyphens = hyphens && isHyphen(d.text[t.start:t.end()])
	}
	if hyphens {
		// One that joins two words is widenHyphen's, or stays alone.
		before, okB := d.tokenEndingAt(int(ts[0].start))
		after, okA := d.tokenStartingAt(int(ts[len(ts)-1].end()))
		return !(okB && okA && before.class != classPunct && after.class != classPunct)
	}
	k := d.tokenFrom(int(ts[0].start)) // the full stop's index
	if len(ts) != 1 || d.text[ts[0].start:ts[0].end()] != "." || k == 0 || d.toks[k-1].class == classPunct ||
		d.toks[k-1].class == classNumber && k+1 < len(d.toks) && d.toks[k+1].class == classNumber {
		return false // an ordinal's stop is the number's ("4. Mai"); "5. 3 came" is two sentences
	}
	// The sentence visibly goes on: a word in lower case or a number
	// follows on the line, or a placeholder in capitals in brackets ("Eq.
	// (3)", "Fig. 3", "z. zt. noch", "Eq. ( [REF] )").
	// The sentence splitter's own reading of abbreviations is not asked:
	// it leans to going on, and on a repunctuated revision it took most
	// sentence ends for an abbreviation's.
	k++
	if k >= len(d.toks) || strings.Contains(d.text[ts[0].end():d.toks[k].start], "\n") {
		return false
	}
	// Past brackets, as a reference is written ("Eq. ( [REF] )"), but not
	// into a sentence of its own ("fraud. (That was…").
	bracketed := false
	for k+1 < len(d.toks) && (d.text[d.toks[k].start:d.toks[k].end()] == "(" || d.text[d.toks[k].start:d.toks[k].end()] == "[") {
		k, bracketed = k+1, true
	}
	next := d.text[d.toks[k].start:d.toks[k].end()]
	placeholder := bracketed && d.toks[k].class == classWord && len(next) > 1 && next == strings.ToUpper(next)
	return d.toks[k].class == classNumber || unicode.IsLower(firstRune(next)) || placeholder
}

// widenHyphen makes cs[k], the insertion of a hyphen that joins two words
// ("plane wave" -> "plane-wave") or the deletion of one that parts them,
// the replacement of the two words, when they read the same in both
// versions and no other change touches them: a lone hyphen is easy to
// miss, and the compound is what a reader cites (and what people who mark
// edits mark). The change keeps its flags: only punctuation differs. A
// Chinese or Japanese character is no word of its own (sameWord).
func (e *emitter) widenHyphen(cs []Change, k int) {
	c := cs[k]
	joined, parted := e.b, e.a // the version with the hyphen, the one without
	js, je, ps := c.BStart, c.BEnd, c.AStart
	if c.Kind == Delete {
		joined, parted = e.a, e.b
		js, je, ps = c.AStart, c.AEnd, c.BStart
	}
	for _, t := range joined.tokensIn(js, je) {
		if !isHyphen(joined.text[t.start:t.end()]) {
			return
		}
	}
	j1, ok1 := joined.tokenEndingAt(js)
	j2, ok2 := joined.tokenStartingAt(je)
	p := len(strings.TrimRight(parted.text[:ps], betweenWords))
	q := len(parted.text) - len(strings.TrimLeft(parted.text[ps:], betweenWords))
	p1, ok3 := parted.tokenEndingAt(p)
	p2, ok4 := parted.tokenStartingAt(q)
	a1, b1, a2, b2 := p1, j1, p2, j2 // the two words in A and in B
	if c.Kind == Delete {
		a1, b1, a2, b2 = j1, p1, j2, p2
	}
	switch {
	case !ok1 || !ok2 || !ok3 || !ok4 || !e.sameWord(a1, b1) || !e.sameWord(a2, b2):
		return // not written against two words that read the same in both
	case p == q || hasParagraphBreak(parted.text[p:q]):
		return // not apart in the other version, or in two paragraphs
	}
	as, ae, bs, be := int(a1.start), int(a2.end()), int(b1.start), int(b2.end())
	e.widenTo(cs, k, as, ae, bs, be)
}

// widenTo makes cs[k] the replacement of A's [as, ae) by B's [bs, be),
// keeping its flags (only punctuation differs), unless another change
// covers part of either.
func (e *emitter) widenTo(cs []Change, k, as, ae, bs, be int) {
	if overlapsOther(cs, k, as, ae, bs, be) || !e.bounds.keeps(cs[k], as, ae, bs, be) {
		return
	}
	w := e.changeOf(e.a.tokensIn(as, ae), e.b.tokensIn(bs, be), as, bs)
	w.Flags = cs[k].Flags
	cs[k] = w
}

// isHyphen reports a hyphen: "-", U+2010 or the no-break U+2011.
func isHyphen(s string) bool { return s == "-" || s == "\u2010" || s == "\u2011" }

// betweenWords is the white space that may part the words a hyphen joins:
// spaces, tabs, line breaks.
const betweenWords = " \t\n\r"

// isMark reports a token of punctuation marks (not symbols).
func isMark(d *document, t token) bool {
	return t.class == classPunct && isPunctuation(d.text[t.start:t.end()])
}

// endsSentenceMark reports a full stop, question or exclamation mark or
// ellipsis.
func endsSentenceMark(d *document, t token) bool {
	return t.class == classPunct && isSentenceEnd(firstRune(d.text[t.start:t.end()]))
}

// wordEndingAt returns the word (or number) tokens that end exactly at
// offset a in A and b in B, when they read the same.
func (e *emitter) wordEndingAt(a, b int) (token, token, bool) {
	ta, okA := e.a.tokenEndingAt(a)
	tb, okB := e.b.tokenEndingAt(b)
	return ta, tb, okA && okB && e.sameWord(ta, tb)
}

// wordStartingAt returns the word tokens that start exactly at a in A and
// b in B, when they read the same.
func (e *emitter) wordStartingAt(a, b int) (token, token, bool) {
	ta, okA := e.a.tokenStartingAt(a)
	tb, okB := e.b.tokenStartingAt(b)
	return ta, tb, okA && okB && e.sameWord(ta, tb)
}

// sameWord reports word tokens that read the same, other than the
// characters of Chinese and Japanese, which are no words of their own.
func (e *emitter) sameWord(ta, tb token) bool {
	wa := e.a.text[ta.start:ta.end()]
	return ta.class != classPunct && tb.class != classPunct && !isIdeographic(firstRune(wa)) && !isUnspacedLetter(firstRune(wa)) &&
		wa == e.b.text[tb.start:tb.end()]
}

// moveBounds holds a pair's moved passages in A and in B, each in order
// (movedSpans). A change lies inside a moved passage (a word changed in
// it) or apart from every one: widened, it must stay so.
type moveBounds struct{ a, b []Span }

// keeps reports whether c, widened to [as, ae) in A and [bs, be) in B,
// stays inside the moved passage it lies in, or apart from every one.
func (m moveBounds) keeps(c Change, as, ae, bs, be int) bool {
	return keepsInside(m.a, c.AStart, c.AEnd, as, ae) && keepsInside(m.b, c.BStart, c.BEnd, bs, be)
}

// keepsInside is keeps on one side: [s, end) widened to [ws, we).
func keepsInside(moved []Span, s, end, ws, we int) bool {
	k, _ := slices.BinarySearchFunc(moved, s, func(m Span, at int) int { return cmp.Compare(m.End, at) })
	if k < len(moved) && moved[k].Start <= s && end <= moved[k].End {
		return moved[k].Start <= ws && we <= moved[k].End
	}
	k, _ = slices.BinarySearchFunc(moved, ws, func(m Span, at int) int { return cmp.Compare(m.End, at+1) })
	return k == len(moved) || moved[k].Start >= we
}

// overlapsOther reports whether a change other than cs[k] (a move aside)
// covers part of [as, ae) in A or [bs, be) in B.
func overlapsOther(cs []Change, k, as, ae, bs, be int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(cs) || cs[j].Kind == Move {
			continue
		}
		o := cs[j]
		if o.AStart < ae && as < o.AEnd || o.BStart < be && bs < o.BEnd ||
			o.AStart == o.AEnd && as < o.AStart && o.AStart < ae || o.BStart == o.BEnd && bs < o.BStart && o.BStart < be {
			return true
		}
	}
	return false
}
