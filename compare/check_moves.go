// Moved passages in a translation check: an omission and an addition that
// hold one passage.

package compare

import (
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
	texts := make([]string, len(found)) // an omission's source, an addition's rendering
	for k, f := range found {
		switch f.Kind {
		case FindingOmission:
			texts[k] = rowsText(res, res.Base, f)
		case FindingAddition:
			texts[k] = rowsText(res, v, f)
		}
	}
	type cand struct{ o, a, score int }
	var cands []cand
	for o, fo := range found {
		if fo.Kind != FindingOmission {
			continue
		}
		for a, fa := range found {
			if fa.Kind == FindingAddition && alignedBetween(res, v, fo, fa) {
				if sc := moveEvidence(texts[o], texts[a], res.language(res.Base), res.language(v)); sc >= minMoveEvidence {
					cands = append(cands, cand{o, a, sc})
				}
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return y.score - x.score })
	for _, c := range cands {
		fo, fa := &found[c.o], &found[c.a]
		if fo.Kind != FindingOmission || fa.Kind != FindingAddition {
			continue // paired already
		}
		fo.Kind, fa.Kind = FindingMoved, FindingMoved
		fo.Source, fa.Target = firstWords(texts[c.o]), firstWords(texts[c.a])
		fo.OtherRow, fo.OtherLastRow = fa.Row, fa.LastRow
		fa.OtherRow, fa.OtherLastRow = fo.Row, fo.LastRow
	}
	return append(out, found...)
}

// alignedBetween reports a row between findings f and g where the base
// and version v are aligned: a passage moved lies elsewhere, while an
// omission beside an addition is one stretch the alignment could not
// pair (and may well hold a true omission).
func alignedBetween(res *Result, v int, f, g Finding) bool {
	lo, hi := min(f.LastRow, g.LastRow), max(f.Row, g.Row)
	for r := lo + 1; r < hi; r++ {
		if row := res.Rows[r]; row.Cells[res.Base] != nil && row.Cells[v] != nil {
			return true
		}
	}
	return false
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

// moveEvidence counts what a source passage and a rendering, in srcLang
// and tgtLang (or ""), share that does not depend on the language: the
// names they both hold (by their first romanised letters), at least one,
// and their distinct numbers when they agree (as numberDifferenceIn reads
// them), up to maxNumberEvidence; 0 when their numbers differ or they
// share no name.
func moveEvidence(src, tgt, srcLang, tgtLang string) int {
	names := map[string]bool{}
	for _, w := range capitalised(src, true) {
		if p := namePrefix(w); p != "" {
			names[p] = true
		}
	}
	shared := map[string]bool{}
	for _, w := range capitalised(tgt, false) {
		if p := namePrefix(w); names[p] {
			shared[p] = true
		}
	}
	if len(shared) == 0 { // the commoner case: no need to read numbers
		return 0
	}
	if onlyS, onlyT := numberDifferenceIn(src, tgt, srcLang, tgtLang); onlyS != "" || onlyT != "" {
		return 0
	}
	distinct := map[string]bool{}
	for _, x := range numbersIn(src) {
		distinct[x] = true
	}
	return min(len(distinct), maxNumberEvidence) + len(shared)
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
