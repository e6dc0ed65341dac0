package export

import "github.com/variorum/variorum/compare"

// Every export numbers rows as the window does: the alignment table laid
// out by Result.MovesInPlace, where a moved passage stands at both of its
// ends. A row cited from the CSV, the JSON, the Markdown, the TMX, the
// HTML report or "variorum check" is then the row the window's status
// line and placeholders name.

// LaidOut returns findings (rows of Result.Rows, as compare.Check gives
// them) with their rows numbered in the laid-out table, rowOf being
// MovesInPlace's index of where each row went.
func LaidOut(findings []compare.Finding, rowOf []int) []compare.Finding {
	at := func(r int) int {
		if r >= 0 && r < len(rowOf) {
			return rowOf[r]
		}
		return r
	}
	out := make([]compare.Finding, len(findings))
	for i, f := range findings {
		f.Row, f.LastRow = at(f.Row), at(f.LastRow)
		if f.HasOtherRows() {
			f.OtherRow, f.OtherLastRow = at(f.OtherRow), at(f.OtherLastRow)
		}
		out[i] = f
	}
	return out
}
