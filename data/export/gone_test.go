package export

import (
	"slices"
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestGoneIn: a removal is shown in a row with the part of it the revised
// text has in that row's cell, placed inside the version's own cell.
func TestGoneIn(t *testing.T) {
	ref := "One two three. Four five. Six."
	// Removed: "three. Four" (8..19), from before " five" in the revision.
	removals := []compare.Change{{Kind: compare.Delete, AStart: 8, AEnd: 19, BStart: 7}}
	for _, tc := range []struct {
		c, r *compare.Cell
		want []Gone
	}{
		{&compare.Cell{Start: 0, End: 8}, &compare.Cell{Start: 0, End: 14}, []Gone{{At: 7, Text: "three."}}},
		{&compare.Cell{Start: 9, End: 14}, &compare.Cell{Start: 15, End: 25}, []Gone{{At: 9, Text: "Four"}}},
		{&compare.Cell{Start: 15, End: 19}, &compare.Cell{Start: 26, End: 30}, nil},
		{&compare.Cell{Start: 0, End: 8}, nil, nil},
	} {
		if got := GoneIn(removals, ref, tc.c, tc.r); !slices.Equal(got, tc.want) {
			t.Errorf("cell %+v, reference cell %+v: %+v, want %+v", tc.c, tc.r, got, tc.want)
		}
	}
}
