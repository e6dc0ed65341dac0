// Moved passages in a translation check: an omission and an addition that
// hold one passage.

package compare

import (
	"cmp"
	"slices"
	"strings"
)

// minMoveEvidence is the least evidence (see moveEvidence) for an
// omission and an addition to be one passage moved: two shared names, or
// a name and a number, can join unrelated paragraphs of one text.
const minMoveEvidence = 3

// maxNumberEvidence is the most that agreeing numbers count for in
// moveEvidence: one date is three numbers, and a date alone is shared by
// unrelated paragraphs of one briefing.
const maxNumberEvidence = 2

// pairMoves appends to out version v's findings, with each omission and
// addition that hold the same passage made a pair of moved findings. The
// alignment across languages keeps both texts' order, so it shows a
// paragraph the rendering moved as an omission and an addition; what
// tells them apart from a true omission and an unrelated addition is
// their numbers and names. The best evidence pairs first; each finding
// pairs once.
func pairMoves(out, found []Finding, res *Result, v int) []Finding {
	// Each passage is read once: an omission's source, an addition's
	// rendering, their names and, when a pair shares one, their numbers.
	// Additions are found by the names they hold, so that a text with
	// many of each costs what its pairs sharing a name cost.
	ps := make([]movePassage, len(found))
	byName := map[string][]int{} // a name's additions
	for k, f := range found {
		switch f.Kind {
		case FindingOmission:
			ps[k] = newMovePassage(rowsText(res, res.Base, f), res.language(res.Base), true)
		case FindingAddition:
			ps[k] = newMovePassage(rowsText(res, v, f), res.language(v), false)
			for p := range ps[k].names {
				byName[p] = append(byName[p], k)
			}
		}
	}
	aligned := alignedRows(res, v)
	type cand struct{ o, a, score int }
	var cands []cand
	shared := map[int]int{} // an addition's names shared with the omission
	for o, fo := range found {
		if fo.Kind != FindingOmission {
			continue
		}
		clear(shared)
		for p := range ps[o].names {
			for _, a := range byName[p] {
				shared[a]++
			}
		}
		for a, n := range shared {
			fa := found[a]
			if aligned[max(fo.Row, fa.Row)]-aligned[min(fo.LastRow, fa.LastRow)+1] <= 0 {
				continue // side by side: one stretch the alignment could not pair
			}
			if sc := moveEvidence(&ps[o], &ps[a], n); sc >= minMoveEvidence {
				cands = append(cands, cand{o, a, sc})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int {
		if x.score != y.score {
			return y.score - x.score
		}
		return cmp.Or(x.o-y.o, x.a-y.a) // the map gave them in no order
	})
	for _, c := range cands {
		fo, fa := &found[c.o], &found[c.a]
		if fo.Kind != FindingOmission || fa.Kind != FindingAddition {
			continue // paired already
		}
		fo.Kind, fa.Kind = FindingMoved, FindingMoved
		fo.Source, fa.Target = firstWords(ps[c.o].text), firstWords(ps[c.a].text)
		fo.OtherRow, fo.OtherLastRow = fa.Row, fa.LastRow
		fa.OtherRow, fa.OtherLastRow = fo.Row, fo.LastRow
	}
	return append(out, found...)
}

// movePassage is an omitted or added passage as pairMoves reads it.
type movePassage struct {
	text, lang string
	names      map[string]bool // the first romanised letters of its names
	numbers    *numberSide     // read when first needed
}

func newMovePassage(text, lang string, source bool) movePassage {
	p := movePassage{text: text, lang: lang, names: map[string]bool{}}
	for _, w := range capitalised(text, source) {
		if pre := namePrefix(w); pre != "" {
			p.names[pre] = true
		}
	}
	return p
}

// side is the passage's numbers, read once.
func (p *movePassage) side() numberSide {
	if p.numbers == nil {
		n := readSide(p.text, p.lang)
		p.numbers = &n
	}
	return *p.numbers
}

// alignedRows counts, for each row r, the rows before r where the base and
// version v are aligned. A passage moved lies elsewhere, with aligned rows
// between its two ends; an omission beside an addition is one stretch the
// alignment could not pair (and may well hold a true omission).
func alignedRows(res *Result, v int) []int {
	out := make([]int, len(res.Rows)+1)
	for r, row := range res.Rows {
		out[r+1] = out[r]
		if row.Cells[res.Base] != nil && row.Cells[v] != nil {
			out[r+1]++
		}
	}
	return out
}

// rowsText is the text of column col in f's rows.
func rowsText(res *Result, col int, f Finding) string {
	var b strings.Builder
	for r := f.Row; r <= f.LastRow; r++ {
		if c := res.Rows[r].Cells[col]; c != nil {
			b.WriteString(res.cellText(c))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// moveEvidence counts what an omitted source passage o and an added
// rendering a share that does not depend on the language: the names they
// both hold (by their first romanised letters), shared of them, at least
// one, and their distinct numbers when they agree (as numberDifferenceIn
// reads them), up to maxNumberEvidence; 0 when their numbers differ.
func moveEvidence(o, a *movePassage, shared int) int {
	if shared == 0 {
		return 0
	}
	so, sa := o.side(), a.side()
	if onlyS, onlyT := sidesDiffer(so, sa); onlyS != "" || onlyT != "" {
		return 0
	}
	distinct := map[string]bool{}
	for _, x := range so.nums {
		distinct[x] = true
	}
	return min(len(distinct), maxNumberEvidence) + shared
}

// firstWords is the start of a passage, enough to recognise it.
func firstWords(s string) string {
	const most = 8
	w := strings.Fields(s)
	if len(w) > most {
		return strings.Join(w[:most], " ") + " …"
	}
	return strings.Join(w, " ")
}
