package app

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// RowView is one aligned row as the columns show it.
type RowView struct {
	// Row is the row's number among the comparison's rows, which move
	// placeholders name, whatever rows a filter hides.
	Row int
	// Cells has one cell per column.
	Cells []CellView
	// Moved marks a row whose content sits elsewhere in a version.
	Moved bool
	// ParagraphStart marks the first row of a paragraph.
	ParagraphStart bool
	// Changed is true when the versions differ in the row: a word change
	// (typography only included), a move, or text only some versions have.
	Changed bool
	// Trivial is true when every change in the row is typography only.
	Trivial bool
	// Continues marks a changed row that only goes on with a change begun
	// on a row above (a passage deleted, added or replaced over several
	// rows): Next and Previous stop at the passage's first row alone.
	// ContinuesNontrivial is Continues with typography-only changes
	// hidden, which then begin nothing.
	Continues, ContinuesNontrivial bool
	// Findings are the translation check's findings on this row.
	Findings []FindingView
	// Notes are the reader's notes on the row.
	Notes []NoteView
}

// CellView is one column's part of a row.
type CellView struct {
	// Segs are the highlighted runs of the cell's text.
	Segs []compare.Segment
	// Has is true when the version has text here.
	Has bool
	// Reading numbers what the cell reads (0 for A, 1 for B…): versions
	// with the same words share it; -1 without text.
	Reading int
	// MovedTo is, for a placeholder, the row at the other end of a move:
	// where the passage is shown, for the column of the version that moved
	// it; where it came from, for the base's column (Arrived). -1 for a
	// cell that is no placeholder.
	MovedTo int
	Arrived bool
	// Split and Merged say that the cell's sentences are cut differently
	// from the base's (a split or merged sentence).
	Split, Merged bool
	// Base marks the base's cell, whatever its column.
	Base bool
	// Removals marks a cell whose changes are what another version
	// removed (Result.MarkedAgainst): the base's, or a rendering's in
	// another language that a revision in its language was compared with.
	Removals bool
	// Gone are the words the version removed inside this cell's sentence
	// that no column marks (unmarkedRemovals), drawn where they went, as
	// removed: with a base in another language, or three versions and
	// more, a revision's removals would otherwise show nowhere.
	Gone []export.Gone
	// Changed marks a cell of a version that one of its own changes
	// against its reference touches (text it changed, added, moved or
	// lacks here); Trivial, that every such change is typography only.
	// A rendering across languages has no word changes: its findings
	// stand for them (ChangesOf).
	Changed, Trivial bool
}

// Placeholder is the text of a placeholder cell in row, or "".
func (c CellView) Placeholder(row int) string {
	if c.MovedTo < 0 {
		return ""
	}
	return compare.PlaceholderText(row, c.MovedTo, c.Arrived)
}

// BuildRows turns the alignment table (laid out by Result.MovesInPlace)
// into rows for the columns: the base's column, and a rendering's in
// another language, is marked against the first version compared word by
// word with it (Result.MarkedAgainst), every other column against its
// reference.
func BuildRows(res *compare.Result, table []compare.Row) []RowView {
	return BuildRowsFollowing(res, table, -1)
}

// BuildRowsFollowing is BuildRows for a view that follows column f's
// changes alone (ChangesOf, -1 for every version's), each column marked
// as Marks says.
func BuildRowsFollowing(res *compare.Result, table []compare.Row, f int) []RowView {
	n := len(res.Texts)
	marks := Marks(res, f)
	segs := res.TextSegmentsMarking(marks)
	gone := export.UnmarkedRemovals(res, marks)
	removals := make([]bool, n)
	for v := range removals {
		removals[v] = v == res.Base || marks[v] >= 0
	}
	rows := make([]RowView, 0, len(table))
	for _, r := range table {
		rv := RowView{Row: len(rows), Moved: r.Moved, ParagraphStart: r.ParagraphStart, Cells: make([]CellView, n)}
		readings := res.Readings(r)
		any, all := false, true
		changes, trivial := 0, 0
		for v := range n {
			cv := CellView{Reading: readings[v], MovedTo: -1, Base: v == res.Base, Removals: removals[v]}
			c := cellOf(r, v)
			switch {
			case c == nil && res.Translated[v]:
				// A rendering without this row is a change only where the
				// translation check says so (its findings on the row): a
				// rendering's rows are paired by meaning, not by words.
			case c == nil:
				all = false
			case c.Placeholder:
				cv.MovedTo, cv.Arrived = c.MovedRow, v == res.Base
				cv.Changed = !cv.Arrived // the version moved the passage away
				all = false
			default:
				cv.Has, any = true, true
				cv.Segs = compare.SliceSegments(segs[v], c.Start, c.End)
				if ref := res.Reference[v]; ref >= 0 && len(gone[v]) > 0 {
					cv.Gone = export.GoneIn(gone[v], res.Texts[ref], c, cellOf(r, ref))
					changes += len(cv.Gone)
				}
				for _, s := range cv.Segs {
					if s.Kind != compare.Equal {
						changes++
						if s.Trivial {
							trivial++
						}
					}
				}
			}
			rv.Cells[v] = cv
		}
		if !any && !hasPlaceholder(rv.Cells) {
			continue
		}
		rv.Changed = !all || changes > 0 || rv.Moved
		rv.Trivial = all && changes > 0 && changes == trivial && !rv.Moved
		rows = append(rows, rv)
	}
	markSplits(res, table, rows)
	return rows
}

// Marks says, for each column, whose removals the window marks in it
// while following column f (-1: every version), or -1. The base's column
// marks f's where f was compared with it, else the first version's that
// was (Result.MarkedAgainstFollowing). A rendering in another language
// marks only the removals of a revision of it that is followed: marked
// by default, its right words would look wrong beside the source.
func Marks(res *compare.Result, f int) []int {
	marks := make([]int, len(res.Texts))
	for v := range marks {
		switch {
		case v == res.Base:
			marks[v] = res.MarkedAgainstFollowing(v, f)
		case f >= 0 && f < len(res.Reference) && res.Reference[f] == v:
			marks[v] = f
		default:
			marks[v] = -1
		}
	}
	return marks
}

func hasPlaceholder(cells []CellView) bool {
	for _, c := range cells {
		if c.MovedTo >= 0 {
			return true
		}
	}
	return false
}

// markSplits marks the cells that hold a different number of sentences
// than the base's in the same row, as the engine cut them: a sentence
// split in two, or two merged into one. A sentence one side removed or
// added whole is not counted (compare.SentenceCounter): that is a
// removal, not a merge.
func markSplits(res *compare.Result, table []compare.Row, rows []RowView) {
	counter := res.NewSentenceCounter()
	k := 0
	for _, r := range table {
		if k >= len(rows) {
			return
		}
		b := cellOf(r, res.Base)
		if b == nil || b.Placeholder {
			if hasText(r) || hasPlaceholderCell(r) {
				k++
			}
			continue
		}
		for v := range r.Cells {
			c := cellOf(r, v)
			if v == res.Base || c == nil || c.Placeholder || v < len(res.Translated) && res.Translated[v] {
				continue
			}
			if nv, nb := counter.Kept(c, v), counter.Kept(b, v); nv > 0 && nb > 0 {
				rows[k].Cells[v].Split = nv > nb
				rows[k].Cells[v].Merged = nv < nb
			}
		}
		k++
	}
}

func hasText(r compare.Row) bool {
	for v := range r.Cells {
		if c := cellOf(r, v); c != nil && !c.Placeholder {
			return true
		}
	}
	return false
}

func hasPlaceholderCell(r compare.Row) bool {
	for _, c := range r.Cells {
		if c != nil && c.Placeholder {
			return true
		}
	}
	return false
}

func cellOf(r compare.Row, v int) *compare.Cell {
	if v < len(r.Cells) && r.Cells[v] != nil && r.Cells[v].End >= r.Cells[v].Start {
		return r.Cells[v]
	}
	return nil
}

// VisibleRows returns the rows the view shows, with the index of each in
// rows: all of them, or the changed ones (typography-only changes left out
// when hideTrivial; of column of alone, or of every version for of < 0,
// as ChangesOf) with a paragraph break marked wherever unchanged rows
// were left out. Following column of, a row's Changed and Trivial are
// that column's, for the bar drawn beside it.
func VisibleRows(rows []RowView, onlyChanged, hideTrivial bool, of int) ([]RowView, []int) {
	out := make([]RowView, 0, len(rows))
	index := make([]int, 0, len(rows))
	prev := -1
	for i, r := range rows {
		if onlyChanged && !ChangesOf(r, hideTrivial, of) {
			continue
		}
		if onlyChanged && prev != i-1 {
			r.ParagraphStart = true
		}
		if hideTrivial {
			r = withoutTrivial(r)
		}
		if of >= 0 && of < len(r.Cells) {
			// The bar beside the row marks the followed version's change.
			c := r.Cells[of]
			r.Changed = ChangesOf(r, false, of)
			r.Trivial = c.Changed && c.Trivial && !slices.ContainsFunc(r.Findings, func(f FindingView) bool { return f.Column == of })
		}
		out = append(out, r)
		index = append(index, i)
		prev = i
	}
	return out, index
}

// withoutTrivial is r with its typography-only changes drawn as
// unchanged text, as they count when hidden (the row's slices are copied,
// only where there is such a change).
func withoutTrivial(r RowView) RowView {
	copied := false
	for k, c := range r.Cells {
		if !slices.ContainsFunc(c.Segs, func(s compare.Segment) bool { return s.Trivial && s.Kind != compare.Equal }) {
			continue
		}
		if !copied {
			r.Cells, copied = slices.Clone(r.Cells), true
		}
		segs := slices.Clone(c.Segs)
		for i := range segs {
			if segs[i].Trivial {
				segs[i].Kind, segs[i].Trivial = compare.Equal, false
			}
		}
		r.Cells[k].Segs = segs
	}
	return r
}

// IsChange reports whether Next and Previous stop at the row.
func IsChange(r RowView, hideTrivial bool) bool {
	return r.Changed && !(hideTrivial && r.Trivial) || len(r.Findings) > 0
}

// ChangesOf reports whether the row holds a change of column col's
// version (against its reference) or a finding on it: where Next and
// Previous stop when a reader follows one version. An abridged copy
// lacks most rows; following another version skips them. For col < 0
// (every version), or a column the row lacks, it is IsChange.
func ChangesOf(r RowView, hideTrivial bool, col int) bool {
	if col < 0 || col >= len(r.Cells) {
		return IsChange(r, hideTrivial)
	}
	if c := r.Cells[col]; c.Changed && !(hideTrivial && c.Trivial) {
		return true
	}
	return slices.ContainsFunc(r.Findings, func(f FindingView) bool { return f.Column == col })
}

// markContinued sets Continues on the rows that changes or findings (of
// column f alone, or of every column for f < 0) run on to from a row
// above, where no change or finding of theirs begins: an abridged copy's
// dropped pages are one stop, not one a row.
func markContinued(rows []RowView, changes []ChangeView, f int) {
	all, nontrivial := continued(rows, changes, f, false), continued(rows, changes, f, true)
	for i := range rows {
		rows[i].Continues, rows[i].ContinuesNontrivial = all[i], nontrivial[i]
	}
}

// continued is markContinued's Continues of each row, typography-only
// changes left out with hideTrivial.
func continued(rows []RowView, changes []ChangeView, f int, hideTrivial bool) []bool {
	depth := make([]int, len(rows)+1) // +1 where a run goes on, -1 past its end
	starts := make([]bool, len(rows))
	for _, c := range changes {
		if f >= 0 && c.Column != f || c.Row < 0 || c.Row >= len(rows) || hideTrivial && c.Trivial {
			continue
		}
		starts[c.Row] = true
		if last := min(c.LastRow, len(rows)-1); last > c.Row {
			depth[c.Row+1]++
			depth[last+1]--
		}
	}
	out := make([]bool, len(rows))
	inside := 0
	for i := range rows {
		inside += depth[i]
		begins, goesOn := false, false
		for _, fv := range rows[i].Findings {
			if f < 0 || fv.Column == f {
				begins, goesOn = begins || !fv.Goes, goesOn || fv.Goes
			}
		}
		out[i] = (inside > 0 || goesOn) && !starts[i] && !begins
	}
	return out
}

// ChangeView is one change as the change list shows it.
type ChangeView struct {
	Kind          compare.Kind
	Before, After string
	Trivial       bool
	Number        bool
	Name          bool // a name differs (compare.FlagName)
	Case          bool // only the letter case differs
	Column, Row   int  // the column of the changed version and the row showing it
	// LastRow is the last row the change touches: a replacement of rows
	// by a sentence of another row ("rows 1-8"), a passage deleted,
	// added or moved.
	LastRow int
	Against int // the column it is compared with
}

// changeViews lists the changes of res with the row that shows each (by
// the changed version's cell, or the base's for a deletion), and marks
// in rows the changed version's cells that each change touches
// (CellView.Changed).
func changeViews(res *compare.Result, rows []RowView, table []compare.Row) []ChangeView {
	// Each version's cells with text, in table order, as (start, row).
	type at struct{ start, end, row int }
	cells := make([][]at, len(res.Texts))
	k := 0
	for _, r := range table {
		if !hasText(r) && !hasPlaceholderCell(r) {
			continue
		}
		for v := range r.Cells {
			if c := cellOf(r, v); c != nil && !c.Placeholder {
				cells[v] = append(cells[v], at{c.Start, c.End, k})
			}
		}
		k++
	}
	// A moved passage's cells stand at its other end, out of the text's
	// order: each version's cells are sorted by where they start.
	for _, list := range cells {
		slices.SortFunc(list, func(x, y at) int { return x.start - y.start })
	}
	// The row whose cell holds pos or, for a position between cells (the
	// white space between sentences), the cell before it, as the exports
	// place a change.
	find := func(v, pos int) int {
		list := cells[v]
		if len(list) == 0 {
			return max(0, len(rows)-1)
		}
		i := sort.Search(len(list), func(i int) bool { return list[i].start > pos })
		return list[max(0, i-1)].row
	}
	out := make([]ChangeView, 0, len(res.Changes))
	for _, c := range res.Changes {
		cv := ChangeView{Kind: c.Kind, Before: changeText(c.AText), After: changeText(c.BText),
			Trivial: c.Trivial, Number: c.HasFlag(compare.FlagNumber), Name: c.HasFlag(compare.FlagName),
			Case: c.HasFlag(compare.FlagCase), Column: c.B, Against: c.A}
		last := func(v, start, end int) int { return find(v, max(start, end-1)) }
		switch c.Kind {
		case compare.Delete:
			cv.Row, cv.LastRow = find(c.A, c.AStart), last(c.A, c.AStart, c.AEnd)
		case compare.Replace:
			// The first row it touches, as the exports cite it: what it
			// took away may start rows above what it put in.
			cv.Row = min(find(c.A, c.AStart), find(c.B, c.BStart))
			cv.LastRow = max(last(c.A, c.AStart, c.AEnd), last(c.B, c.BStart, c.BEnd))
		default:
			cv.Row, cv.LastRow = find(c.B, c.BStart), last(c.B, c.BStart, c.BEnd)
		}
		cv.LastRow = max(cv.LastRow, cv.Row)
		// Both sides' rows: what a replacement took away may span rows
		// where the version has nothing.
		if c.AEnd > c.AStart {
			markChanged(rows[find(c.A, c.AStart):find(c.A, c.AEnd-1)+1], c.B, c.Trivial)
		}
		if c.BEnd > c.BStart {
			markChanged(rows[find(c.B, c.BStart):find(c.B, c.BEnd-1)+1], c.B, c.Trivial)
		}
		out = append(out, cv)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Row < out[j].Row })
	return out
}

// markChanged marks column col of rows changed, and trivially so only
// while every change that touches it is; the rows too, as a change no
// column shows (words a version removed, where the base's column marks
// another version's removals) is a change all the same, where Next stops.
func markChanged(rows []RowView, col int, trivial bool) {
	for i := range rows {
		if col >= len(rows[i].Cells) {
			continue
		}
		c := &rows[i].Cells[col]
		if !c.Changed {
			c.Changed, c.Trivial = true, true
		}
		c.Trivial = c.Trivial && trivial
		if r := &rows[i]; !r.Changed {
			r.Changed, r.Trivial = true, trivial
		} else {
			r.Trivial = r.Trivial && trivial
		}
	}
}

// findingWords is what a finding's note needs of the versions: their
// names, which are originals, and the base, checked as the source.
type findingWords struct {
	names     []string
	originals []bool
	base      int
}

// name is version v's name, or "".
func (w findingWords) name(v int) string {
	if v >= 0 && v < len(w.names) {
		return w.names[v]
	}
	return ""
}

// fromOriginal reports whether version v is the original checked against
// a base that is not: the check words the base as the source, which
// would blame the original for what the base added or left out.
func (w findingWords) fromOriginal(v int) bool {
	return v >= 0 && v < len(w.originals) && w.originals[v] && !(w.base < len(w.originals) && w.originals[w.base])
}

// attachFindings puts each finding on the row that shows its table row:
// index maps a row of the alignment table to the laid-out table, and
// rows leave out table rows with nothing to show. An omission shows under
// the source's text, so it names the rendering that lacks it.
func attachFindings(rows []RowView, index []int, findings []compare.Finding, words findingWords) {
	// Findings on a version in the base's language (an omission in an
	// abridged repost) are word changes the columns already show.
	// BuildRows keeps every laid-out row that has text or a placeholder;
	// the laid-out rows it drops hold neither, and no finding.
	for _, f := range findings {
		if f.HasOtherRows() && f.OtherRow < len(index) && f.OtherLastRow < len(index) {
			// The other end by the rows as the view lays them out.
			f.OtherRow, f.OtherLastRow = index[f.OtherRow], index[f.OtherLastRow]
		}
		text := findingNote(f, words.name(f.Version))
		if words.fromOriginal(f.Version) {
			text = originalNote(f, words.name(f.Version), words.name(words.base))
		}
		for r := f.Row; r <= max(f.Row, f.LastRow); r++ {
			if r < len(index) && index[r] < len(rows) {
				rows[index[r]].Findings = append(rows[index[r]].Findings, FindingView{Column: f.Version, Text: text, Short: findingShort(f), Goes: r > f.Row})
			}
		}
	}
}

// FindingView is a translation check's finding as its row shows it: in
// the rendering's column, for a person ("Numbers differ: only the source
// has 19, only the rendering 18").
type FindingView struct {
	Column int
	Text   string
	// Short is what the change list says of it where Text would be cut
	// off in the panel's width ("4 (апреля) ≠ 5 (May)"), or "".
	Short string
	// Goes marks a finding that began on a row above (a passage not
	// rendered over several rows): Next stops at its first row alone.
	Goes bool
}

// findingShort is a number finding as the change list says it, the
// numbers first, as a change reads "Mikhail → Murat": "4 (апреля) ≠ 5
// (May)", "12 only in the source"; "" for another finding.
func findingShort(f compare.Finding) string {
	src, tgt := f.NumbersShown()
	switch {
	case src != "" && tgt != "":
		return src + " ≠ " + tgt
	case src != "":
		return src + " only in the source"
	case tgt != "":
		return tgt + " only in the rendering"
	}
	return ""
}

// findingNote is a finding as its row shows it (the row is where it is).
// A note under the source's text names the rendering, label, when known.
func findingNote(f compare.Finding, label string) string {
	in := ""
	if label != "" {
		in = " in " + label
	}
	switch f.Kind {
	case compare.FindingNumber:
		d := f.Detail() // "numbers differ: …"
		return strings.ToUpper(d[:1]) + d[1:]
	case compare.FindingOmission:
		return "Not rendered" + in
	case compare.FindingAddition:
		return "Not in the source"
	case compare.FindingUntranslated:
		return "Not translated"
	case compare.FindingName:
		return fmt.Sprintf("%s rendered as %s", f.Source, f.Target)
	case compare.FindingRenamed:
		return fmt.Sprintf("%s not rendered%s, where it has %s", f.Source, in, f.Target)
	case compare.FindingMoved:
		other := compare.RowsLabel(f.OtherRow, f.OtherLastRow)
		if f.Source == "" { // the rendering's end
			return "Moved here from " + other + " of the source"
		}
		if in == "" {
			in = " in the rendering"
		}
		return "Moved" + in + ", to " + other
	case compare.FindingPossibleOmission:
		return "Possibly not rendered" + in + ": “" + export.Clip(f.Source, 60) + "”"
	case compare.FindingPossibleAddition:
		return "Possibly not in the source: “" + export.Clip(f.Target, 60) + "”"
	}
	return string(f.Kind)
}

// originalNote words finding f on the original, orig, checked against a
// base that is a rendering of it: what the check calls left out of the
// rendering, the base added; what it calls not in the source, the base
// left out.
func originalNote(f compare.Finding, orig, base string) string {
	switch f.Kind {
	case compare.FindingNumber:
		d := f.DetailNamed(base, orig+", the original,")
		return strings.ToUpper(d[:1]) + d[1:]
	case compare.FindingOmission:
		return "Not in " + orig + ", the original"
	case compare.FindingAddition:
		return "Not rendered in " + base
	case compare.FindingMoved:
		other := compare.RowsLabel(f.OtherRow, f.OtherLastRow)
		if f.Source == "" { // the original's end
			return "Put elsewhere in " + base + ", at " + other
		}
		return "In " + orig + ", the original, at " + other
	case compare.FindingPossibleOmission:
		return "Possibly not in " + orig + ", the original: “" + export.Clip(f.Source, 60) + "”"
	case compare.FindingPossibleAddition:
		return "Possibly not rendered in " + base + ": “" + export.Clip(f.Target, 60) + "”"
	case compare.FindingUntranslated:
		return "Not translated in " + base + " (it repeats the original's words)"
	case compare.FindingName:
		return fmt.Sprintf("%s in %s stands for %s in %s, the original", f.Source, base, f.Target, orig)
	case compare.FindingRenamed:
		return fmt.Sprintf("Name changed in %s: %s, where %s, the original, has %s", base, f.Source, orig, f.Target)
	}
	return findingNote(f, orig)
}
