package compare

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
)

// MovesInPlace returns the alignment table laid out so that every version
// reads in its own order: a passage another version moved is shown twice
// over, in the base's row with a placeholder in that version's column
// where it left, and in a row of its own at the place the version puts
// it, with a placeholder in the base's column. Placeholders name the row
// at the other end (Cell.MovedRow), so a view can jump between them.
// index gives where each row of r.Rows went.
func (r *Result) MovesInPlace() (rows []Row, index []int) {
	ins := r.movedRows()
	if len(ins) == 0 {
		index = make([]int, len(r.Rows))
		for i := range index {
			index[i] = i
		}
		return r.Rows, index
	}
	// Where each old row lands, and where each inserted row does.
	newIndex := make([]int, len(r.Rows))
	insIndex := make([]int, len(ins))
	n, k := 0, 0
	for i := 0; i <= len(r.Rows); i++ {
		for ; k < len(ins) && ins[k].before == i; k++ {
			insIndex[k] = n
			n++
		}
		if i < len(r.Rows) {
			newIndex[i] = n
			n++
		}
	}
	out := make([]Row, n)
	for i, row := range r.Rows {
		cp := row
		cp.Cells = append([]*Cell(nil), row.Cells...)
		out[newIndex[i]] = cp
	}
	for k, in := range ins {
		v := in.cell.Version
		from, to := newIndex[in.from], insIndex[k]
		moved := *in.cell
		row := Row{Cells: make([]*Cell, len(r.Texts)), Moved: true}
		row.Cells[v] = &moved
		if b := out[from].Cells[r.Base]; b != nil {
			row.Cells[r.Base] = &Cell{Version: r.Base, Start: b.Start, End: b.Start, MovedRow: from, Placeholder: true}
		}
		out[to] = row
		out[from].Cells[v] = &Cell{Version: v, Start: in.cell.Start, End: in.cell.Start, MovedRow: to, Placeholder: true}
	}
	return out, newIndex
}

// movedRow is a row MovesInPlace inserts for a moved cell.
type movedRow struct {
	before int // index in r.Rows the new row goes before
	from   int // the row the passage left
	cell   *Cell
}

// movedRows returns a row for each moved cell of every version other than
// the base, placed before the row of that version's next cell in place
// (in its own reading order), sorted by where they go.
func (r *Result) movedRows() []movedRow {
	var ins []movedRow
	for v := range r.Texts {
		if v == r.Base {
			continue
		}
		// v's cells in place, in table order: their starts increase.
		var starts []int
		var rowsAt []int
		for i, row := range r.Rows {
			if c := row.Cells[v]; c != nil && !c.Moved {
				starts = append(starts, c.Start)
				rowsAt = append(rowsAt, i)
			}
		}
		for i, row := range r.Rows {
			c := row.Cells[v]
			if c == nil || !c.Moved {
				continue
			}
			k := sort.SearchInts(starts, c.Start)
			before := len(r.Rows)
			if k < len(rowsAt) {
				before = rowsAt[k]
			}
			ins = append(ins, movedRow{before: before, from: i, cell: c})
		}
	}
	// Rows inserted before one row read in their version's own order:
	// passages a version moved to one place (P3 P2 P1 against P1 P2 P3)
	// stand there as the version has them, not as the table lists them.
	slices.SortStableFunc(ins, func(x, y movedRow) int {
		return cmp.Or(cmp.Compare(x.before, y.before), cmp.Compare(x.cell.Version, y.cell.Version), cmp.Compare(x.cell.Start, y.cell.Start))
	})
	return ins
}

// PlaceholderText is what a placeholder cell in row says of its passage,
// shown in row other (Cell.MovedRow, counted from 0; rows are numbered
// from 1 for people): in the base's column (arrived: another version
// moved the passage here) the base has it there, in another version's
// column the version moved it there. The base's cell does not say
// "moved": the base did not move it.
func PlaceholderText(row, other int, arrived bool) string {
	n := strconv.Itoa(other + 1)
	up := other < row
	switch {
	case arrived && up:
		return "in the base at row " + n + " (above)"
	case arrived:
		return "in the base at row " + n + " (below)"
	case up:
		return "moved up to row " + n
	}
	return "moved down to row " + n
}
