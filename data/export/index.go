package export

import (
	"sort"
	"strconv"

	"github.com/variorum/variorum/compare"
)

// index answers the questions every writer asks of a report in time
// logarithmic in its size: which row holds a byte of a version, which
// paragraph and sentence that row is, which notes a span touches. A 10 MB
// pair has tens of thousands of rows and changes, so a linear scan per
// change would not do.
type index struct {
	// cells[v] are version v's cells, by start (a version's cells never
	// overlap: the table puts no text in two rows).
	cells [][]cellAt
	// paras[v] are version v's paragraphs.
	paras [][][2]int
	// notes[v] are version v's notes, by start.
	notes [][]Note
	res   *compare.Result
	// rows are the table laid out (Result.MovesInPlace), laidAt where
	// each row of Result.Rows went in it (LaidOut).
	rows   []compare.Row
	laidAt []int
}

type cellAt struct {
	start, end, row int
}

// Position is where a change sits, 1-based as a reader counts: its row
// of the alignment table, and its paragraph and sentence in the paragraph
// of the version that holds its text, counted in that version alone, so
// that they cite the version whichever others are compared with it.
type Position struct {
	Row, Paragraph, Sentence int
}

// newIndex indexes the report's alignment table laid out as the window
// shows it (Result.MovesInPlace), which every export numbers its rows by.
// Placeholders hold no text and are left out.
func newIndex(r *Report) *index {
	rows, rowOf := r.Result.MovesInPlace()
	nv := len(r.Result.Texts)
	ix := &index{cells: make([][]cellAt, nv), notes: make([][]Note, nv), paras: make([][][2]int, nv), res: r.Result,
		rows: rows, laidAt: rowOf}
	for v := range r.Result.Texts {
		ix.paras[v] = r.Result.Paragraphs(v)
	}
	for i, row := range rows {
		for _, c := range row.Cells {
			if c != nil && !c.Placeholder {
				ix.cells[c.Version] = append(ix.cells[c.Version], cellAt{c.Start, c.End, i})
			}
		}
	}
	for v := range ix.cells {
		sort.Slice(ix.cells[v], func(i, j int) bool { return ix.cells[v][i].start < ix.cells[v][j].start })
	}
	for _, n := range r.Notes {
		if n.Version >= 0 && n.Version < nv {
			ix.notes[n.Version] = append(ix.notes[n.Version], n)
		}
	}
	for v := range ix.notes {
		sort.SliceStable(ix.notes[v], func(i, j int) bool { return ix.notes[v][i].Start < ix.notes[v][j].Start })
	}
	return ix
}

// rowOf returns the row whose cell of version v holds byte pos (or, for a
// position between cells, the cell just before it), or -1.
func (ix *index) rowOf(v, pos int) int {
	cs := ix.cells[v]
	i := sort.Search(len(cs), func(i int) bool { return cs[i].start > pos }) - 1
	if i < 0 {
		if len(cs) == 0 {
			return -1
		}
		i = 0
	}
	return cs[i].row
}

// position locates a change: its paragraph and sentence by the other
// version's side, where its text is, except for a deletion, whose text is
// only in the reference; its row is the first row either side touches
// (what a replacement took away may start rows above what it put in: an
// abridged copy's one sentence for a page).
func (ix *index) position(c compare.Change) Position {
	v, pos, row := c.B, c.BStart, -1
	if c.Kind != compare.Delete {
		row = ix.rowOf(v, pos)
	}
	if c.Kind == compare.Delete || row < 0 {
		v, pos = c.A, c.AStart
		row = ix.rowOf(v, pos)
	} else if c.Kind == compare.Replace {
		if a := ix.rowOf(c.A, c.AStart); a >= 0 && a < row {
			row = a
		}
	}
	if row < 0 {
		return Position{}
	}
	// The paragraph holding pos, and the version's sentences from its
	// start to pos, as the engine split them.
	ps, ss := ix.paras[v], ix.res.SentenceStarts(v)
	p := max(1, ix.paragraphOf(v, pos)+1)
	start := 0
	if p <= len(ps) {
		start = ps[p-1][0]
	}
	first, last := sort.SearchInts(ss, start), sort.SearchInts(ss, pos+1)
	return Position{Row: row + 1, Paragraph: p, Sentence: max(1, last-first)}
}

// paragraphOf is the index of version v's paragraph holding byte pos:
// the last that starts at or before it (-1 before the first).
func (ix *index) paragraphOf(v, pos int) int {
	ps := ix.paras[v]
	return sort.Search(len(ps), func(i int) bool { return ps[i][0] > pos }) - 1
}

// notesOn returns the notes of version v that overlap [start, end); an
// empty span (an insertion point) is touched by a note around it.
func (ix *index) notesOn(v, start, end int) []Note {
	if v < 0 || v >= len(ix.notes) {
		return nil
	}
	var out []Note
	for _, n := range ix.notes[v] {
		if n.Start > end || n.Start == end && end > start {
			break
		}
		if n.End > start || n.End == start && (start == end || n.Start == n.End) {
			out = append(out, n)
		}
	}
	return out
}

// notesOnChange returns the notes on either side of c.
func (ix *index) notesOnChange(c compare.Change) []Note {
	return append(ix.notesOn(c.A, c.AStart, c.AEnd), ix.notesOn(c.B, c.BStart, c.BEnd)...)
}

func itoa(n int) string { return strconv.Itoa(n) }
