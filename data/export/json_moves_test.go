package export

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestJSONPlaceholdersCountFromOne moves the last paragraph first: each
// placeholder of the JSON's alignment names, counted from 1 as every row
// of the export is, the row at the passage's other end, row 1 included.
func TestJSONPlaceholdersCountFromOne(t *testing.T) {
	ps := []string{
		"The council met in Almaty on Friday to discuss the regional security situation at length.",
		"The ministers approved three statements on cooperation in information security.",
		"They also agreed to meet again in Minsk before the end of the year to prepare the summit.",
		"The chairman thanked the hosts for the warm welcome and the excellent organisation of the talks.",
	}
	a := ps[0] + "\n\n" + ps[1] + "\n\n" + ps[2] + "\n\n" + ps[3] + "\n"
	b := ps[3] + "\n\n" + ps[0] + "\n\n" + ps[1] + "\n\n" + ps[2] + "\n"
	res, err := compare.Compare(context.Background(), []string{a, b}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, &Report{Result: res, Versions: []Version{{Label: "a"}, {Label: "b"}}}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Alignment []struct {
			Cells []*struct {
				Version     int  `json:"version"`
				Start       int  `json:"start"`
				End         int  `json:"end"`
				Placeholder bool `json:"placeholder"`
				MovedRow    int  `json:"moved_row"`
			} `json:"cells"`
		} `json:"alignment"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	placeholders := 0
	for i, row := range doc.Alignment {
		for v, c := range row.Cells {
			if c == nil || !c.Placeholder {
				continue
			}
			placeholders++
			if c.MovedRow < 1 || c.MovedRow > len(doc.Alignment) || c.MovedRow == i+1 {
				t.Errorf("row %d, version %d: placeholder names row %d of %d", i+1, v, c.MovedRow, len(doc.Alignment))
				continue
			}
			other := doc.Alignment[c.MovedRow-1].Cells[v]
			if other != nil && other.Placeholder {
				t.Errorf("row %d, version %d: placeholder names row %d, another placeholder", i+1, v, c.MovedRow)
			}
		}
	}
	if placeholders != 2 {
		t.Errorf("%d placeholders, want the moved paragraph's two", placeholders)
	}
}
