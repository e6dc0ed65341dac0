package compare

// buildTable merges the alignments of every version against the base into
// one table: a row per aligned group of base sentences (widened where any
// version splits or merges across them), with each version's matching text
// in its cell, and rows for text that only other versions have, placed
// where it falls relative to the base.
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
	var blocks [][2]int
	for i := 0; i < nA; i++ {
		if i == 0 || !joined[i-1] {
			blocks = append(blocks, [2]int{i, i})
		}
		blocks[len(blocks)-1][1] = i + 1
		blockOf[i] = len(blocks) - 1
	}
	type acc struct {
		start, end int
		moved      bool
		paraStart  bool
		set        bool
	}
	grow := func(a *acc, s, e int, para bool) {
		if !a.set {
			*a = acc{start: s, end: e, set: true, paraStart: para}
			return
		}
		if s < a.start {
			a.start, a.paraStart = s, para
		}
		a.end = max(a.end, e)
	}
	cells := make([][]acc, len(blocks))     // [block][version]
	inserts := make([][]acc, len(blocks)+1) // [insertion point][version]
	for k := range cells {
		cells[k] = make([]acc, nv)
		lo, hi := blocks[k][0], blocks[k][1]
		grow(&cells[k][bi], base.sents[lo].start, base.sents[hi-1].end, base.sents[lo].paraStart)
	}
	for v, pr := range pairs {
		if pr == nil {
			continue
		}
		for _, g := range pr.groups {
			if g.a0 == g.a1 { // insertion before base sentence a0
				at := 0
				if g.a0 > 0 {
					at = blockOf[g.a0-1] + 1
				}
				if inserts[at] == nil {
					inserts[at] = make([]acc, nv)
				}
				grow(&inserts[at][v], pr.b.sents[g.b0].start, pr.b.sents[g.b1-1].end, pr.b.sents[g.b0].paraStart)
				continue
			}
			k := blockOf[g.a0]
			if g.b1 > g.b0 {
				grow(&cells[k][v], pr.b.sents[g.b0].start, pr.b.sents[g.b1-1].end, pr.b.sents[g.b0].paraStart)
			}
			if g.kind == gMove {
				cells[k][v].moved = true
			}
		}
	}
	rows := make([]Row, 0, len(blocks)+8)
	emit := func(cs []acc, paraFromBase bool) {
		r := Row{Cells: make([]*Cell, nv)}
		first := true
		for v, c := range cs {
			if !c.set {
				continue
			}
			r.Cells[v] = &Cell{Version: v, Start: c.start, End: c.end}
			r.Moved = r.Moved || c.moved
			if first && !paraFromBase || v == bi && paraFromBase {
				r.ParagraphStart = c.paraStart
			}
			first = false
		}
		rows = append(rows, r)
	}
	for k := 0; k <= len(blocks); k++ {
		if inserts[k] != nil {
			emit(inserts[k], false)
		}
		if k < len(blocks) {
			emit(cells[k], true)
		}
	}
	return rows
}
