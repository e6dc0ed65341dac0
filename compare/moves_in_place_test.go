package compare

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestMovesInPlace lays out the sample's revision: the moved paragraph
// ("The Statement dedicated …") is shown where the blog post has it, with
// a placeholder in the revision's column, and again where the revision
// has it, with a placeholder in the base's column; each version then
// reads in its own order.
func TestMovesInPlace(t *testing.T) {
	a, _ := os.ReadFile("../assets/sample/blog-en.txt")
	b, _ := os.ReadFile("../assets/sample/revised-en.txt")
	res, err := Compare(context.Background(), []string{string(a), string(b)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows, index := res.MovesInPlace()
	for i, k := range index {
		if rows[k].Cells[0] != res.Rows[i].Cells[0] && (rows[k].Cells[0] == nil || *rows[k].Cells[0] != *res.Rows[i].Cells[0]) {
			t.Fatalf("row %d went to %d, which holds another base cell", i, k)
		}
	}
	if len(rows) <= len(res.Rows) {
		t.Fatalf("%d rows, no more than the table's %d", len(rows), len(res.Rows))
	}
	for v := range res.Texts {
		last := -1
		for i, r := range rows {
			c := r.Cells[v]
			if c == nil || c.Placeholder {
				continue
			}
			if v != res.Base && c.Start < last {
				t.Errorf("version %d reads out of order at row %d", v, i)
			}
			last = c.End
		}
	}
	found := false
	for i, r := range rows {
		c := r.Cells[1]
		if c == nil || !c.Placeholder {
			continue
		}
		to := rows[c.MovedRow]
		if to.Cells[1] == nil || to.Cells[0] == nil || !to.Cells[0].Placeholder || to.Cells[0].MovedRow != i {
			t.Errorf("row %d: placeholder to row %d, which does not point back", i, c.MovedRow)
		}
		if strings.Contains(res.Texts[1][to.Cells[1].Start:to.Cells[1].End], "The Statement dedicated") {
			found = true
		}
	}
	if !found {
		t.Errorf("the moved paragraph has no placeholder")
	}
}

// TestMovesInPlaceKeepsVersionOrder: passages a version moved to one
// place are laid out in its own order, so that its column reads as its
// text does (P3 P2 P1 against P1 P2 P3; P4 P1 P3 P2 against P1 P2 P3 P4).
func TestMovesInPlaceKeepsVersionOrder(t *testing.T) {
	p := []string{
		"The ministers met in Almaty on Friday to prepare the November summit in Astana.",
		"They approved a statement on the eightieth anniversary of the liberation of Belarus.",
		"The next meeting of the council will be held in Minsk in the spring of next year.",
		"Observers from three other countries attended the talks for the first time this year.",
	}
	join := func(order ...int) string {
		var parts []string
		for _, k := range order {
			parts = append(parts, p[k])
		}
		return strings.Join(parts, "\n\n") + "\n"
	}
	for _, tt := range []struct{ a, b []int }{
		{[]int{0, 1, 2}, []int{2, 1, 0}},
		{[]int{0, 1, 2, 3}, []int{3, 0, 2, 1}},
		{[]int{0, 1, 2, 3}, []int{3, 2, 1, 0}},
	} {
		r := mustCompare(t, Options{}, join(tt.a...), join(tt.b...))
		rows, _ := r.MovesInPlace()
		prev := -1
		for i, row := range rows {
			c := row.Cells[1]
			if c == nil || c.Placeholder {
				continue
			}
			if c.Start < prev {
				t.Errorf("%v against %v: laid-out row %d holds bytes %d-%d of version 1 after bytes from %d", tt.a, tt.b, i, c.Start, c.End, prev)
			}
			prev = c.Start
		}
	}
}
