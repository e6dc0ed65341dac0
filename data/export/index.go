package export

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

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
// of the alignment table, and its place in each of its two versions,
// counted in that version alone, so that each cites its version
// whichever others are compared with it.
type Position struct {
	Row      int
	From, To Place
}

// Place is a paragraph of a version and a sentence in it, 1-based: where
// a change's text is in the version, or for the side without text (a
// deletion's to, an insertion's from) the sentence it would stand in.
type Place struct {
	Paragraph, Sentence int
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

// Places says where a change is in its two versions for a reader:
// "¶ 6, s. 2 → ¶ 10, s. 1", or "¶ 6, s. 2" where it is at the same
// place in both.
func (p Position) Places() string {
	if p.From == p.To {
		return p.From.String()
	}
	return p.From.String() + " → " + p.To.String()
}

func (p Place) String() string {
	return "¶ " + strconv.Itoa(p.Paragraph) + ", s. " + strconv.Itoa(p.Sentence)
}

// position locates a change: its row is the first row either side
// touches (what a replacement took away may start rows above what it put
// in: an abridged copy's one sentence for a page), or for a deletion
// the row of the reference's text; From and To are its places in each
// version.
func (ix *index) position(c compare.Change) Position {
	row := -1
	if c.Kind != compare.Delete {
		row = ix.rowOf(c.B, c.BStart)
	}
	if a := ix.rowOf(c.A, c.AStart); row < 0 || c.Kind == compare.Replace && a >= 0 && a < row {
		row = a
	}
	if row < 0 {
		return Position{}
	}
	return Position{Row: row + 1, From: ix.place(c.A, c.AStart, c.AEnd, ix.opensParagraph(c.B, c.BStart)),
		To: ix.place(c.B, c.BStart, c.BEnd, ix.opensParagraph(c.A, c.AStart))}
}

// place is the paragraph of version v holding its bytes [start, end),
// and the sentence in it, as the engine split them. An empty span (the
// side without text of a deletion or an insertion) is placed where the
// text it lacks would stand: before the sentence that follows it; after
// the last sentence of its paragraph, where it ends one; or, where the
// text lacked opens a paragraph of its own (opens), at the next
// paragraph, not at the end of the one before.
func (ix *index) place(v, start, end int, opens bool) Place {
	pos := start
	if start == end {
		text := ix.res.Texts[v]
		q := pastSpace(text, pos)
		switch {
		case q < len(text) && (opens || ix.paragraphOf(v, q) == ix.paragraphOf(v, pos)):
			pos = q // before the text that follows, in this paragraph or opening the next
		case compare.EndsSentence(text[:pos]):
			at := ix.placeAt(v, pos)
			at.Sentence++ // after the last sentence of the paragraph, or of the text
			return at
		}
	}
	return ix.placeAt(v, pos)
}

// placeAt is the paragraph of version v holding byte pos and the
// sentence in it holding pos.
func (ix *index) placeAt(v, pos int) Place {
	ps, ss := ix.paras[v], ix.res.SentenceStarts(v)
	p := max(1, ix.paragraphOf(v, pos)+1)
	from := 0
	if p <= len(ps) {
		from = ps[p-1][0]
	}
	first, last := sort.SearchInts(ss, from), sort.SearchInts(ss, pos+1)
	return Place{Paragraph: p, Sentence: max(1, last-first)}
}

// opensParagraph reports whether the text of version v from byte pos on
// (past white space) starts one of its paragraphs.
func (ix *index) opensParagraph(v, pos int) bool {
	pos = pastSpace(ix.res.Texts[v], pos)
	p := ix.paragraphOf(v, pos)
	return p >= 0 && ix.paras[v][p][0] == pos
}

// pastSpace is the first byte of text at or after pos that is no white
// space, or len(text).
func pastSpace(text string, pos int) int {
	if k := strings.IndexFunc(text[pos:], func(r rune) bool { return !unicode.IsSpace(r) }); k >= 0 {
		return pos + k
	}
	return len(text)
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
