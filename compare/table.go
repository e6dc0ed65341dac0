package compare

// buildTable merges the alignments of every version against the base into
// one table: a row per aligned group of base sentences (widened where any
// version splits or merges across them), with each version's matching text
// in its cell, and rows for text that only other versions have, placed
// where it falls relative to the base. A version's cell only ever covers
// one contiguous stretch of its text: what does not touch it (a moved
// sentence beside an unmoved one, insertions on both sides of a move) gets
// a row of its own, so no text appears in two rows.
func buildTable(base *document, pairs []*pairResult, nv, bi int) []Row {
	blocks, blockOf := baseBlocks(base, pairs)
	texts := make([]string, nv)
	texts[bi] = base.text
	for v, pr := range pairs {
		if pr != nil {
			texts[v] = pr.b.text
		}
	}
	// The blocks' rows share one allocation; the rows for spans that do
	// not touch a block's cells (after block k in extra, before it in
	// inserts, len(blocks) for the end) are few, so they are kept by
	// block in maps: a text of very many short paragraphs (subtitles, a
	// word list) would otherwise pay two slice headers a paragraph.
	t := &tableAcc{nv: nv, accs: make([]cellAcc, len(blocks)*nv), extra: map[int][]rowAcc{}, inserts: map[int][]rowAcc{}}
	for k, bl := range blocks {
		lo, hi := bl[0], bl[1]
		t.main(k)[bi] = cellAcc{start: int32(base.sents[lo].start), end: int32(base.sents[hi-1].end), paraStart: base.sents[lo].paraStart, set: true}
	}
	for v, pr := range pairs {
		if pr != nil {
			t.addPair(v, pr, blockOf, texts[v])
		}
	}
	return t.rows(len(blocks), bi)
}

// baseBlocks cuts the base's sentences into blocks, each a run that some
// version's group joins into one cell, and returns the blocks' spans of
// sentences and each sentence's block.
func baseBlocks(base *document, pairs []*pairResult) (blocks [][2]int, blockOf []int) {
	nA := len(base.sents)
	joined := make([]bool, nA)
	for _, pr := range pairs {
		if pr == nil {
			continue
		}
		for _, g := range pr.groups {
			for i := g.a0; i < g.a1-1; i++ {
				joined[i] = true
			}
		}
	}
	blockOf = make([]int, nA)
	nb := 0
	for i := range nA {
		if i == 0 || !joined[i-1] {
			nb++
		}
	}
	blocks = make([][2]int, 0, nb)
	for i := 0; i < nA; i++ {
		if i == 0 || !joined[i-1] {
			blocks = append(blocks, [2]int{i, i})
		}
		blocks[len(blocks)-1][1] = i + 1
		blockOf[i] = len(blocks) - 1
	}
	return blocks, blockOf
}

// tableAcc gathers the table's rows while the pairs' groups are placed:
// one row per base block (main), and rows of their own for what does not
// fit in a block's row.
type tableAcc struct {
	nv             int
	accs           []cellAcc // the blocks' rows, nv cells each
	extra, inserts map[int][]rowAcc
}

func (t *tableAcc) main(k int) rowAcc { return t.accs[k*t.nv : (k+1)*t.nv : (k+1)*t.nv] }

// addPair places version v's groups: in the row of the base block they
// align with, or in a row of their own after it (a cell that does not
// touch the block's) or before it (an insertion).
func (t *tableAcc) addPair(v int, pr *pairResult, blockOf []int, text string) {
	for _, g := range pr.groups {
		if g.b1 <= g.b0 {
			continue // a deletion: the version has no cell here
		}
		c := cellAcc{start: int32(pr.b.sents[g.b0].start), end: int32(pr.b.sents[g.b1-1].end),
			paraStart: pr.b.sents[g.b0].paraStart, moved: g.kind == gMove, set: true}
		if g.a0 == g.a1 { // an insertion before base sentence a0
			at := 0
			if g.a0 > 0 {
				at = blockOf[g.a0-1] + 1
			}
			t.inserts[at] = place(t.inserts[at], nil, v, c, text, t.nv)
			continue
		}
		k := blockOf[g.a0]
		if t.main(k)[v].touches(c, text) {
			t.main(k)[v].grow(c)
			continue
		}
		t.extra[k] = place(t.extra[k], nil, v, c, text, t.nv)
	}
}

// rows lays the rows out in order: each block's insertions, its own row,
// then its extra rows; insertions after the last block come last.
func (t *tableAcc) rows(nBlocks, bi int) []Row {
	n := nBlocks
	for _, rs := range t.inserts {
		n += len(rs)
	}
	for _, rs := range t.extra {
		n += len(rs)
	}
	// Every row's cell pointers share one array, and the cells a few
	// large ones: thousands of rows make a handful of allocations.
	b := &rowBuilder{ptrs: make([]*Cell, n*t.nv), cells: make([]Cell, 0, n*2)}
	rows := make([]Row, 0, n)
	for k := 0; k <= nBlocks; k++ {
		for _, r := range t.inserts[k] {
			rows = append(rows, b.row(r, bi, false))
		}
		if k < nBlocks {
			rows = append(rows, b.row(t.main(k), bi, true))
			for _, r := range t.extra[k] {
				rows = append(rows, b.row(r, bi, false))
			}
		}
	}
	return rows
}

// cellAcc is a cell being built: a contiguous stretch of one version.
type cellAcc struct {
	start, end int32 // byte offsets (compare's texts are under 2 GB)
	moved      bool
	paraStart  bool
	set        bool
}

// touches reports whether c can join the stretch a: only white space lies
// between them.
func (a cellAcc) touches(c cellAcc, text string) bool {
	switch {
	case !a.set:
		return true
	case c.start >= a.end:
		return onlySpace(text[a.end:c.start])
	case c.end <= a.start:
		return onlySpace(text[c.end:a.start])
	}
	return true // overlapping spans: the same text
}

func (a *cellAcc) grow(c cellAcc) {
	if !a.set {
		*a = c
		return
	}
	if c.start < a.start {
		a.start, a.paraStart = c.start, c.paraStart
	}
	a.end = max(a.end, c.end)
	a.moved = a.moved || c.moved
}

// rowAcc is a row being built: a cell per version.
type rowAcc []cellAcc

// place adds cell c of version v to first (when it touches v's cell there)
// or to the last of rows, or starts a new row; it returns rows.
func place(rows []rowAcc, first rowAcc, v int, c cellAcc, text string, nv int) []rowAcc {
	if first != nil && first[v].touches(c, text) {
		first[v].grow(c)
		return rows
	}
	if n := len(rows); n > 0 && rows[n-1][v].touches(c, text) {
		rows[n-1][v].grow(c)
		return rows
	}
	r := make(rowAcc, nv)
	r[v] = c
	return append(rows, r)
}

// rowBuilder hands out the cell pointers and cells of table rows from
// shared arrays.
type rowBuilder struct {
	ptrs  []*Cell // len(rows)*nv, consumed from the front
	cells []Cell  // grows; a full array is left to the cells pointing into it
}

func (b *rowBuilder) cell(c Cell) *Cell {
	if len(b.cells) == cap(b.cells) {
		b.cells = make([]Cell, 0, max(2*cap(b.cells), 64))
	}
	b.cells = append(b.cells, c)
	return &b.cells[len(b.cells)-1]
}

// row turns an accumulated row into a table row. The paragraph mark comes
// from the base cell for block rows, else from the first cell.
func (b *rowBuilder) row(r rowAcc, bi int, fromBase bool) Row {
	out := Row{Cells: b.ptrs[:len(r):len(r)]}
	b.ptrs = b.ptrs[len(r):]
	first := true
	for v, c := range r {
		if !c.set {
			continue
		}
		out.Cells[v] = b.cell(Cell{Version: v, Start: int(c.start), End: int(c.end), Moved: c.moved})
		out.Moved = out.Moved || c.moved
		if fromBase && v == bi || !fromBase && first {
			out.ParagraphStart = c.paraStart
		}
		first = false
	}
	return out
}
