package app

import (
	"testing"

	"github.com/variorum/variorum/compare"
)

// spanCell is a cell holding bytes [s, e) of its version's text.
func spanCell(s, e int) CellView {
	return CellView{Has: true, Segs: []compare.Segment{{Start: s, End: e}}, MovedTo: -1}
}

// TestPlaceOfRowAndBack: a place is taken in the base's text, or in
// another version's where the base has none (a placeholder), and found
// again in rows laid out otherwise: the row spanning it, else the one
// beginning nearest (moved rows are out of order).
func TestPlaceOfRowAndBack(t *testing.T) {
	gap := CellView{MovedTo: -1}
	base := func(c CellView) CellView { c.Base = true; return c }
	// Columns 10 (the base) and 20; row 1 is a moved passage the base
	// has further down (row 3).
	rows := []RowView{
		{Cells: []CellView{base(spanCell(0, 10)), spanCell(0, 12)}},
		{Cells: []CellView{base(CellView{MovedTo: 3, Arrived: true}), spanCell(12, 30)}},
		{Cells: []CellView{base(spanCell(10, 20)), spanCell(30, 40)}},
		{Cells: []CellView{base(spanCell(20, 38)), gap}},
	}
	cols := []int64{10, 20}
	for _, tc := range []struct {
		name  string
		row   int
		among []int64
		want  textPlace
	}{
		{"the base's text", 2, []int64{10, 20}, textPlace{10, 10}},
		{"the other's where the base has a placeholder", 1, []int64{10, 20}, textPlace{20, 12}},
		{"the base hidden", 2, []int64{20}, textPlace{20, 30}},
		{"the next row with text of the versions", 1, []int64{10}, textPlace{10, 10}},
		{"the row above, none below having text", 3, []int64{20}, textPlace{20, 30}},
	} {
		got, ok := placeOfRow(rows, cols, tc.row, tc.among)
		if !ok || got != tc.want {
			t.Errorf("%s: placeOfRow(%d) = %v %v, want %v", tc.name, tc.row, got, ok, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		p    textPlace
		want int
	}{
		{"spanned", textPlace{10, 25}, 3},
		{"spanned out of order", textPlace{20, 15}, 1},
		{"nearest start", textPlace{10, 45}, 3},
		{"a version not shown", textPlace{30, 0}, -1},
	} {
		if got := rowOfPlace(rows, cols, tc.p); got != tc.want {
			t.Errorf("%s: rowOfPlace(%v) = %d, want %d", tc.name, tc.p, got, tc.want)
		}
	}
}
