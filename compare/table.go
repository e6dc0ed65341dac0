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
	// Blocks of base sentences.
	blockOf := make([]int, nA)
	nb := 0
	for i := range nA {
		if i == 0 || !joined[i-1] {
			nb++
		}
	}
	blocks := make([][2]int, 0, nb)
	for i := 0; i < nA; i++ {
		if i == 0 || !joined[i-1] {
			blocks = append(blocks, [2]int{i, i})
		}
		blocks[len(blocks)-1][1] = i + 1
		blockOf[i] = len(blocks) - 1
	}
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
	accs := make([]cellAcc, len(blocks)*nv)
	main := func(k int) rowAcc { return accs[k*nv : (k+1)*nv : (k+1)*nv] }
	extra, inserts := map[int][]rowAcc{}, map[int][]rowAcc{}
	for k, bl := range blocks {
		lo, hi := bl[0], bl[1]
		main(k)[bi] = cellAcc{start: int32(base.sents[lo].start), end: int32(base.sents[hi-1].end), paraStart: base.sents[lo].paraStart, set: true}
	}
	for v, pr := range pairs {
		if pr == nil {
			continue
		}
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
				inserts[at] = place(inserts[at], nil, v, c, texts[v], nv)
				continue
			}
			k := blockOf[g.a0]
			if main(k)[v].touches(c, texts[v]) {
				main(k)[v].grow(c)
				continue
			}
			extra[k] = place(extra[k], nil, v, c, texts[v], nv)
		}
	}
	n := len(blocks)
	for _, rs := range inserts {
		n += len(rs)
	}
	for _, rs := range extra {
		n += len(rs)
	}
	// Every row's cell pointers share one array, and the cells a few
	// large ones: thousands of rows make a handful of allocations.
	b := &rowBuilder{ptrs: make([]*Cell, n*nv), cells: make([]Cell, 0, n*2)}
	rows := make([]Row, 0, n)
	for k := 0; k <= len(blocks); k++ {
		for _, r := range inserts[k] {
			rows = append(rows, b.row(r, bi, false))
		}
		if k < len(blocks) {
			rows = append(rows, b.row(main(k), bi, true))
			for _, r := range extra[k] {
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
