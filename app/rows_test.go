package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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

// TestSentenceRemovedIsNoMerge: with the sample's four versions, the row
// of the base's sentence followed by "[My Emphasis]" spans both (another
// version groups them); the revision, which removed "[My Emphasis]"
// whole, keeps one sentence of the two, and its cell is no merge.
func TestSentenceRemovedIsNoMerge(t *testing.T) {
	var texts []string
	for _, name := range []string{"blog-en", "revised-en", "ru", "abridged-en"} {
		b, err := os.ReadFile(filepath.Join("..", "assets", "sample", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: []string{"en", "en", "ru", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(texts[0], "[My Emphasis]")
	table, _ := res.MovesInPlace()
	found := false
	for _, r := range BuildRows(res, table) {
		base := r.Cells[0].Segs
		if len(base) == 0 || base[0].Start > at || base[len(base)-1].End <= at {
			continue
		}
		found = true
		if c := r.Cells[1]; c.Merged || c.Split {
			t.Errorf("row %d: the revision's cell is marked merged %v, split %v", r.Row, c.Merged, c.Split)
		}
	}
	if !found {
		t.Fatal("no row holds the base's [My Emphasis]")
	}
}
