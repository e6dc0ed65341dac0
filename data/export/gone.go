package export

import (
	"slices"
	"sort"
	"strings"

	"github.com/variorum/variorum/compare"
)

// Gone is text a version removed, shown in its own text at byte At, where
// the text lost it.
type Gone struct {
	At   int
	Text string
}

// UnmarkedRemovals returns, for each version whose removals no column
// marks (marks[u] is the version whose removals column u marks, or -1),
// its removals (not typography only), in the order of the text they were
// removed from: with three versions or more, or a base in another
// language, the words a revision removed would otherwise show nowhere in
// the aligned rows.
func UnmarkedRemovals(res *compare.Result, marks []int) [][]compare.Change {
	marked := make([]bool, len(res.Texts))
	for _, m := range marks {
		if m >= 0 && m < len(marked) {
			marked[m] = true
		}
	}
	out := make([][]compare.Change, len(res.Texts))
	for _, c := range res.Changes {
		if c.Kind == compare.Delete && !c.Trivial && c.B != res.Base && !marked[c.B] {
			out[c.B] = append(out[c.B], c)
		}
	}
	for _, cs := range out {
		slices.SortStableFunc(cs, func(x, y compare.Change) int { return x.AStart - y.AStart })
	}
	return out
}

// GoneIn returns what removals (one version's, UnmarkedRemovals) took out
// of ref, the cell of the text that version revises (refText) in the row
// of c, the version's own cell: each where it went, placed inside c. A
// removal over several rows shows its part of each in each row's cell.
func GoneIn(removals []compare.Change, refText string, c, ref *compare.Cell) []Gone {
	if ref == nil || ref.Placeholder || c == nil || c.Placeholder {
		return nil
	}
	i := sort.Search(len(removals), func(i int) bool { return removals[i].AEnd > ref.Start })
	var out []Gone
	for ; i < len(removals) && removals[i].AStart < ref.End; i++ {
		d := removals[i]
		part := strings.TrimSpace(refText[max(d.AStart, ref.Start):min(d.AEnd, ref.End)])
		if part != "" {
			out = append(out, Gone{At: min(max(d.BStart, c.Start), c.End), Text: part})
		}
	}
	slices.SortStableFunc(out, func(x, y Gone) int { return x.At - y.At })
	return out
}
