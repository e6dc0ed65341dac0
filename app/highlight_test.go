package app

import (
	"slices"
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestStyleFor: each kind of change is drawn in its column's colour, and
// typography-only and case-only changes in their own, which say the words
// stayed.
func TestStyleFor(t *testing.T) {
	tests := []struct {
		name string
		seg  compare.Segment
		side Side
		want Style
	}{
		{"equal", compare.Segment{Kind: compare.Equal}, SideOther, Style{}},
		{"deleted", compare.Segment{Kind: compare.Delete}, SideBase, Style{Highlight: HighlightRemoved}},
		{"inserted", compare.Segment{Kind: compare.Insert}, SideOther, Style{Highlight: HighlightAdded}},
		{"replaced, base", compare.Segment{Kind: compare.Replace}, SideBase, Style{Highlight: HighlightRemoved}},
		{"replaced, other", compare.Segment{Kind: compare.Replace}, SideOther, Style{Highlight: HighlightAdded}},
		{"moved", compare.Segment{Kind: compare.Move}, SideOther, Style{Highlight: HighlightMoved}},
		{"number", compare.Segment{Kind: compare.Replace, Number: true, Flags: []string{compare.FlagNumber}},
			SideOther, Style{Highlight: HighlightAdded, Number: true}},
		{"typography", compare.Segment{Kind: compare.Replace, Trivial: true, Flags: []string{compare.FlagPunctuation}},
			SideBase, Style{Highlight: HighlightTrivial}},
		{"case, base", compare.Segment{Kind: compare.Replace, Flags: []string{compare.FlagCase}}, SideBase, Style{Highlight: HighlightCase}},
		{"case, other", compare.Segment{Kind: compare.Replace, Flags: []string{compare.FlagCase}}, SideOther, Style{Highlight: HighlightCase}},
		{"case ignored", compare.Segment{Kind: compare.Replace, Trivial: true, Flags: []string{compare.FlagCase}},
			SideOther, Style{Highlight: HighlightTrivial}},
	}
	for _, tt := range tests {
		if got := StyleFor(tt.seg, tt.side); got != tt.want {
			t.Errorf("%s: StyleFor = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestEveryHighlightHasAFill: a highlight without a colour would draw its
// change as unchanged text.
func TestEveryHighlightHasAFill(t *testing.T) {
	for _, p := range []palette{lightPalette(), darkPalette()} {
		for h := HighlightRemoved; h <= HighlightCase; h++ {
			if p.fill(h) == nil {
				t.Errorf("%v has no fill", h)
			}
			if r, g, b, a := p.fill(h).RGBA(); a == 0 {
				t.Errorf("%v is transparent (%d %d %d)", h, r, g, b)
			}
		}
	}
}

// TestMarkMatchesAsSearchReads: Find marks what the library's search
// finds, across the runs of a cell's highlights, letter case, ё and Latin
// diacritics aside.
func TestMarkMatchesAsSearchReads(t *testing.T) {
	added := Style{Highlight: HighlightAdded}
	for _, tc := range []struct {
		name string
		runs []TextRun
		q    string
		want []string // the text marked as a match, run by run
	}{
		{"accent in the text", []TextRun{{Text: "Minister Sergéi Lavrov"}}, "sergei", []string{"Sergéi"}},
		{"across two runs", []TextRun{{Text: "Serg"}, {Text: "éi Lavrov", Style: added}}, "SERGEI", []string{"Serg", "éi"}},
		{"ещё", []TextRun{{Text: "Ещё раз"}}, "еще", []string{"Ещё"}},
		{"no match", []TextRun{{Text: "Almaty"}}, "Astana", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range markMatches(tc.runs, tc.q) {
				if r.Style.Highlight == HighlightMatch {
					got = append(got, r.Text)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("marked %q, want %q", got, tc.want)
			}
		})
	}
}
