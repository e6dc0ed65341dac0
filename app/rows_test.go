package app

import (
	"context"
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestSplitAndMergedMarks: a cell holding the base's sentence cut in two is
// marked split, one holding two of the base's sentences as one is marked
// merged, and cells that read as the base's are marked neither.
func TestSplitAndMergedMarks(t *testing.T) {
	base := "The minister arrived in Almaty on Friday. He met his colleagues and they discussed the agenda at length. The talks ended late."
	tests := []struct {
		name          string
		other         string
		split, merged bool
	}{
		{"same", base, false, false},
		{"split", "The minister arrived in Almaty on Friday. He met his colleagues. They discussed the agenda at length. The talks ended late.", true, false},
		{"merged", "The minister arrived in Almaty on Friday and he met his colleagues and they discussed the agenda at length. The talks ended late.", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := compare.Compare(context.Background(), []string{base, tt.other}, compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			table, _ := res.MovesInPlace()
			split, merged := false, false
			for _, r := range BuildRows(res, table) {
				split = split || r.Cells[1].Split
				merged = merged || r.Cells[1].Merged
				if r.Cells[0].Split || r.Cells[0].Merged {
					t.Errorf("the base's cell is marked split or merged")
				}
			}
			if split != tt.split || merged != tt.merged {
				t.Errorf("split %v merged %v, want %v %v", split, merged, tt.split, tt.merged)
			}
		})
	}
}
