package export

import (
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestTMXNotesCountLaidOutRows: a translation memory's note naming rows
// besides its own (a name's other rendering, a moved passage's other
// end) counts them as the unit's row property, every export and the
// window do: the rows laid out, which a passage another version moved
// shifts (here, by one from the first row on).
func TestTMXNotesCountLaidOutRows(t *testing.T) {
	r := &Report{Findings: []compare.Finding{
		{Kind: compare.FindingName, Version: 1, Row: 5, LastRow: 5, OtherRow: 3, OtherLastRow: 3,
			Source: "Небензя", Target: "Nebenzya, Nebenzia"},
		{Kind: compare.FindingMoved, Version: 1, Row: 2, LastRow: 2, OtherRow: 6, OtherLastRow: 7, Target: "The ministers"},
	}}
	rowOf := []int{1, 2, 3, 4, 5, 6, 7, 8}
	notes := r.findingsByRow(1, "", rowOf)
	for row, want := range map[int]string{
		5: "Небензя rendered as Nebenzya (row 5), Nebenzia",
		2: "moved in the rendering, from rows 8-9 of the source",
	} {
		if len(notes[row]) != 1 || notes[row][0] != want {
			t.Errorf("notes on table row %d: %q, want %q", row, notes[row], want)
		}
	}
}
