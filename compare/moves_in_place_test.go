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
