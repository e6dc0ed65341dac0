package compare

import (
	"unicode"
	"unicode/utf8"
)

// placeAtLineStarts puts the place in the other version of a deletion or
// insertion that opened a line (a paragraph's first line among them) at
// the start of the next line there, not at the end of the line before:
// the word diff places an edit at the end of the token before it, which
// for a sentence deleted from a paragraph's start ("…before.\n\n[Deleted.]
// Kept.") is the previous paragraph's last word, and for a word deleted
// at a hard-wrapped line's start the previous line's (opensNextLine). A
// view that shows each change in its paragraph's row, and a reader of
// the JSON, then find it beside the text it was beside.
//
// Of the edits placed at one line's end, in the order of the version
// they were made in, those from the first that opened a line on move:
// one that ended the line before stays, and the order of the rest is
// kept. An edit whose new place another change holds stays where it is.
func placeAtLineStarts(a, b *document, cs []Change) {
	placeEdits(cs, Delete, a.text, b.text)
	placeEdits(cs, Insert, b.text, a.text)
}

// placeEdits places the edits of kind (Delete, whose place is in b, or
// Insert, whose place is in a) made in from at line starts of at.
func placeEdits(cs []Change, kind Kind, from, at string) {
	// made is where an edit of kind starts in from, place where it sits
	// in at, and setPlace moves it there.
	made := func(c *Change) int { return choose(kind == Delete, c.AStart, c.BStart) }
	place := func(c *Change) int { return choose(kind == Delete, c.BStart, c.AStart) }
	setPlace := func(c *Change, p int) {
		if kind == Delete {
			c.BStart, c.BEnd = p, p
		} else {
			c.AStart, c.AEnd = p, p
		}
	}
	first := map[int]int{} // a line's end in at -> the least place in from that opened a line
	for k := range cs {
		c := &cs[k]
		if c.Kind != kind || c.Trivial {
			continue
		}
		if p := place(c); opensNextLine(at, p) && atLineStart(from, made(c)) {
			if f, ok := first[p]; !ok || made(c) < f {
				first[p] = made(c)
			}
		}
	}
	if len(first) == 0 {
		return
	}
	spans := make([]span, len(cs))
	for k, c := range cs {
		spans[k] = choose(kind == Delete, span{c.BStart, c.BEnd}, span{c.AStart, c.AEnd})
	}
	held := newSpanList(spans)
	for k := range cs {
		c := &cs[k]
		if c.Kind != kind || c.Trivial {
			continue
		}
		p := place(c)
		if f, ok := first[p]; !ok || made(c) < f {
			continue
		}
		if next := spaceEnd(at, p); !held.overlaps(p, next) {
			setPlace(c, next)
		}
	}
}

// choose returns x where cond holds, else y.
func choose[T any](cond bool, x, y T) T {
	if cond {
		return x
	}
	return y
}

// opensNextLine reports whether place p of text ends a line that another
// follows, in the same paragraph or past a paragraph break, and that is
// no list's item: the next line opens with no list number or bullet
// ("1. Pay now.\n2. Go."), where an edit belongs to the item before as
// well as to the next.
func opensNextLine(text string, p int) bool {
	next := spaceEnd(text, p)
	if next == len(text) || !lineEndsAt(text, p) {
		return false
	}
	if hasParagraphBreak(text[p:next]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return !unicode.IsDigit(r) && !isItemDash(r) && !isBullet(r)
}
