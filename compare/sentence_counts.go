package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// A SentenceCounter counts the sentences of a row's cells that the row's
// versions share, so that a view tells a sentence split in two, or two
// merged, from a sentence one version removed or added whole: a revision
// that dropped a short sentence ("[My Emphasis]") beside a kept one did
// not merge the two.
type SentenceCounter struct {
	r *Result
	// removed holds, for each version, the spans of the base's text it
	// removed (Delete changes); added, the spans of its own text it added
	// (Insert changes). Both sorted.
	removed, added map[int][]Span
}

// NewSentenceCounter indexes r's changes for Kept.
func (r *Result) NewSentenceCounter() *SentenceCounter {
	s := &SentenceCounter{r: r, removed: map[int][]Span{}, added: map[int][]Span{}}
	for _, c := range r.Changes {
		switch {
		case c.A != r.Base:
		case c.Kind == Delete:
			s.removed[c.B] = append(s.removed[c.B], Span{c.AStart, c.AEnd})
		case c.Kind == Insert:
			s.added[c.B] = append(s.added[c.B], Span{c.BStart, c.BEnd})
		}
	}
	for _, m := range []map[int][]Span{s.removed, s.added} {
		for _, spans := range m {
			slices.SortFunc(spans, func(x, y Span) int { return x.Start - y.Start })
		}
	}
	return s
}

// Kept is SentencesIn(c) without the sentences that version other
// removed whole, for a cell of the base, or that c's version added whole,
// for a cell of another version (other is then unused).
func (s *SentenceCounter) Kept(c *Cell, other int) int {
	spans := s.added[c.Version]
	if c.Version == s.r.Base {
		spans = s.removed[other]
	}
	starts := s.r.SentenceStarts(c.Version)
	text := s.r.Texts[c.Version]
	lo, hi := sort.SearchInts(starts, c.Start), sort.SearchInts(starts, c.End)
	kept := 0
	for i := lo; i < hi; i++ {
		end := c.End
		if i+1 < hi {
			end = starts[i+1]
		}
		end = starts[i] + len(strings.TrimRightFunc(text[starts[i]:end], unicode.IsSpace))
		if !covered(spans, starts[i], end) {
			kept++
		}
	}
	return kept
}

// covered reports whether one of spans, sorted by start, holds all of
// [start, end).
func covered(spans []Span, start, end int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].Start > start }) - 1
	return k >= 0 && spans[k].End >= end
}
