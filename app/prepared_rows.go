package app

import (
	"slices"
	"strings"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// preparedRows are rows with their runs built and words measured.
type preparedRows struct {
	rows []RowView
	// index maps a row to its row in the comparison: rows and index are
	// installed together.
	index []int
	// all are the comparison's rows that rows were chosen from (the
	// filters hide the others).
	all       []RowView
	cols      versionsShown // the versions the rows are of
	runs      [][][]TextRun // row, column
	cells     [][]cellText  // nil until measured
	cellsSize float32       // text size the cells were measured at
	// measuredGen is the measurer's generation the cells were measured
	// in: a theme change since may have brought other fonts.
	measuredGen uint64
}

// prepareRowsFinding builds the runs of every cell, with the text query
// highlighted, and measures their words.
func prepareRowsFinding(m *Measurer, rows []RowView, textSize float32, query string) preparedRows {
	p := preparedRows{rows: rows, runs: make([][][]TextRun, len(rows))}
	for i, r := range rows {
		p.runs[i] = runsOfRow(r)
		if query != "" {
			for k := range p.runs[i] {
				p.runs[i][k] = markMatches(p.runs[i][k], query)
			}
		}
	}
	p.measureCells(m, textSize)
	return p
}

// withQuery returns p, whose cells are measured, with query highlighted
// in place of the text it has highlighted. Only the cells whose runs
// change are measured again, so that a keystroke in the find bar costs a
// search of the rows' text, not a layout of every row.
func (p preparedRows) withQuery(m *Measurer, query string) preparedRows {
	out := p
	out.runs, out.cells = slices.Clone(p.runs), slices.Clone(p.cells)
	for i, r := range p.rows {
		copied := false
		for k, runs := range runsOfRow(r) {
			runs = markMatches(runs, query)
			if slices.Equal(runs, p.runs[i][k]) {
				continue
			}
			if !copied { // the row's slices are shared with p
				out.runs[i], out.cells[i] = slices.Clone(p.runs[i]), slices.Clone(p.cells[i])
				copied = true
			}
			out.runs[i][k] = runs
			out.cells[i][k] = newCellText(m, runs, p.cellsSize)
		}
	}
	return out
}

// runsOfRow builds the runs of each cell of a row: its highlighted text,
// or a placeholder naming where a moved passage went, then the check's
// findings below the rendering's text, else the source's.
// runsWithGone are the runs of cell c, with the words its version removed
// there and no column marks (CellView.Gone) drawn as removed where they
// went, a space apart from a word they would touch.
func runsWithGone(c CellView, side Side) []TextRun {
	if len(c.Gone) == 0 || len(c.Segs) == 0 {
		return RunsFor(c.Segs, side)
	}
	start, end := c.Segs[0].Start, c.Segs[len(c.Segs)-1].End
	text := func(from, to int) string {
		var b strings.Builder
		for _, s := range compare.SliceSegments(c.Segs, from, to) {
			b.WriteString(s.Text)
		}
		return b.String()
	}
	var runs []TextRun
	at := start
	for _, g := range c.Gone {
		pos := min(max(g.At, at), end)
		runs = append(runs, RunsFor(compare.SliceSegments(c.Segs, at, pos), side)...)
		lead, trail := export.GoneSpaces(text(start, pos), g.Text, text(pos, end))
		for _, r := range []TextRun{{Text: lead}, {Text: g.Text, Style: Style{Highlight: HighlightRemoved}}, {Text: trail}} {
			if r.Text != "" {
				runs = append(runs, r)
			}
		}
		at = pos
	}
	return append(runs, RunsFor(compare.SliceSegments(c.Segs, at, end), side)...)
}

func runsOfRow(r RowView) [][]TextRun {
	out := make([][]TextRun, len(r.Cells))
	for k, c := range r.Cells {
		side := SideOther
		if c.Removals {
			side = SideBase
		}
		switch {
		case c.MovedTo >= 0:
			out[k] = []TextRun{{Text: c.Placeholder(r.Row), Style: Style{Highlight: HighlightMoved}}}
		case c.Has:
			out[k] = runsWithGone(c, side)
			switch {
			case c.Split:
				out[k] = append(out[k], TextRun{Text: "\nsplit sentence", Style: Style{Highlight: HighlightTrivial}})
			case c.Merged:
				out[k] = append(out[k], TextRun{Text: "\nmerged sentences", Style: Style{Highlight: HighlightTrivial}})
			}
		}
	}
	for _, n := range r.Notes {
		if n.Column >= 0 && n.Column < len(out) {
			out[n.Column] = append(out[n.Column], TextRun{Text: "\nNote: " + n.Text, Style: Style{Highlight: HighlightNote}})
		}
	}
	// A finding goes below its rendering's text, or the source's (the
	// base's) where the rendering has none: not another rendering's,
	// which would read as that one's finding.
	for _, f := range r.Findings {
		at := f.Column
		if at < 0 || at >= len(r.Cells) || !r.Cells[at].Has {
			at = slices.IndexFunc(r.Cells, func(c CellView) bool { return c.Has && c.Base })
		}
		if at < 0 {
			at = slices.IndexFunc(r.Cells, func(c CellView) bool { return c.Has })
		}
		if at >= 0 {
			out[at] = append(out[at], FindingRuns([]string{f.Text})...)
		}
	}
	return out
}

// measureCells measures the words of every cell at textSize.
func (p *preparedRows) measureCells(m *Measurer, textSize float32) {
	// The generation before measuring: a reset meanwhile (a theme
	// change on the UI goroutine) leaves these cells to be measured again.
	gen := m.Generation()
	p.cells = make([][]cellText, len(p.runs))
	var arena tokenArena
	var scratch []measuredToken
	for i, row := range p.runs {
		p.cells[i] = make([]cellText, len(row))
		for k, r := range row {
			scratch = measureTokens(scratch[:0], r, cellMeasure(m, r, textSize))
			p.cells[i][k] = cellText{runs: r, toks: arena.copyOf(scratch)}
		}
	}
	p.cellsSize, p.measuredGen = textSize, gen
}
