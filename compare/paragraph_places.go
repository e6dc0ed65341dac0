package compare

import "strings"

// placeAtParagraphs puts the place in the other version of a deletion or
// insertion that opened a paragraph at the start of the paragraph there,
// not at the end of the one before: the word diff places an edit at the
// end of the token before it, which for a sentence deleted from a
// paragraph's start ("…before.\n\n[Deleted.] Kept.") is the previous
// paragraph's last word. A view that shows each change in its paragraph's
// row, and a reader of the JSON, then find it beside the sentence it was
// beside.
//
// Of the edits placed at one paragraph's end, in the order of the version
// they were made in, those from the first that opened a paragraph on
// move: one that ended the paragraph before stays, and the order of the
// rest is kept. An edit whose new place another change holds stays where
// it is.
func placeAtParagraphs(a, b *document, cs []Change) {
	placeEdits(cs, Delete, a.text, b.text)
	placeEdits(cs, Insert, b.text, a.text)
}

// placeEdits places the edits of kind (Delete, whose place is in b, or
// Insert, whose place is in a) made in from at paragraph starts of at.
func placeEdits(cs []Change, kind Kind, from, at string) {
	ends := func(c *Change) (made, place *int) {
		if kind == Delete {
			return &c.AStart, &c.BStart
		}
		return &c.BStart, &c.AStart
	}
	first := map[int]int{} // a paragraph's end in at -> the least place in from that opened a paragraph
	for k := range cs {
		c := &cs[k]
		if c.Kind != kind || c.Trivial {
			continue
		}
		made, place := ends(c)
		if paragraphEndsAt(at, *place) && paragraphStartsAt(from, *made) {
			if f, ok := first[*place]; !ok || *made < f {
				first[*place] = *made
			}
		}
	}
	if len(first) == 0 {
		return
	}
	var spans []span
	for _, c := range cs {
		if kind == Delete {
			spans = append(spans, span{c.BStart, c.BEnd})
		} else {
			spans = append(spans, span{c.AStart, c.AEnd})
		}
	}
	held := newSpanList(spans)
	for k := range cs {
		c := &cs[k]
		if c.Kind != kind || c.Trivial {
			continue
		}
		made, place := ends(c)
		f, ok := first[*place]
		if !ok || *made < f {
			continue
		}
		next := len(at) - len(strings.TrimLeftFunc(at[*place:], isSpaceRune))
		if held.overlaps(*place, next) {
			continue
		}
		if kind == Delete {
			c.BStart, c.BEnd = next, next
		} else {
			c.AStart, c.AEnd = next, next
		}
	}
}

// paragraphEndsAt reports white space holding a blank line from text[i]
// to the next paragraph: i ends a paragraph that another follows.
func paragraphEndsAt(text string, i int) bool {
	rest := strings.TrimLeftFunc(text[i:], isSpaceRune)
	return rest != "" && hasParagraphBreak(text[i:len(text)-len(rest)])
}

// paragraphStartsAt reports that text[i] opens a paragraph: only white
// space holding a blank line, or nothing, comes before it.
func paragraphStartsAt(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], isSpaceRune)
	return before == "" || hasParagraphBreak(text[len(before):i])
}
