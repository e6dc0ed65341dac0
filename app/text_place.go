package app

import "slices"

// textPlace is a place in one version's text: where a row's text of that
// version begins. Unlike a row number, it means the same in another
// comparison that shows the version, so the view can stay at the same
// sentence when columns are shown, hidden or made the base.
type textPlace struct {
	version int64
	offset  int // byte offset in the version's text
}

// placeIn is the comparison row of cmp that holds the text at the top of
// the rows shown, when cmp shows the same versions but for a column shown
// or hidden, or another base: the row number of one comparison means
// nothing in another, a place in a version's text does. Another pair
// (a version put in another's place) opens at its top: -1.
func (v *CompareView) placeIn(cmp Comparison) int {
	ids, old := columnIDs(cmp.Columns), v.cols.ids
	if !containsAll(ids, old) && !containsAll(old, ids) {
		return -1
	}
	p, ok := placeOfRow(v.rows, old, v.topRow(), ids)
	if !ok {
		return -1
	}
	return rowOfPlace(cmp.Rows, ids, p) // the index of a row in cmp.Rows is its number
}

// placeOfCurrent is the place in the text of the current row, for the
// rows of cmp, whose versions are among those shown or hold them.
func (v *CompareView) placeOfCurrent(cmp Comparison) (textPlace, bool) {
	ids, old := columnIDs(cmp.Columns), v.cols.ids
	if !containsAll(ids, old) && !containsAll(old, ids) {
		return textPlace{}, false
	}
	return placeOfRow(v.rows, old, v.current, ids)
}

// containsAll reports whether every id of sub is in ids.
func containsAll(ids, sub []int64) bool {
	for _, id := range sub {
		if !slices.Contains(ids, id) {
			return false
		}
	}
	return true
}

// placeOfRow is the place of row i of rows, whose columns are the
// versions cols, in one of the versions among: in the base's text when
// the row has some and the base is among them (the text the rows are
// aligned on), else in the first other version's of the row. A row with
// no text of those (a gap, a moved passage's placeholder) takes the place
// of the next row with some, else the previous one.
func placeOfRow(rows []RowView, cols []int64, i int, among []int64) (textPlace, bool) {
	ks := anchorColumns(rows, cols, among)
	if i < 0 || i >= len(rows) {
		return textPlace{}, false
	}
	for _, j := range nearestFirst(i, len(rows)) {
		for _, k := range ks {
			if s, _, ok := cellSpan(rows[j].Cells[k]); ok {
				return textPlace{version: cols[k], offset: s}, true
			}
		}
	}
	return textPlace{}, false
}

// anchorColumns are the columns of cols whose versions are among, the
// base's first.
func anchorColumns(rows []RowView, cols []int64, among []int64) []int {
	var out []int
	for k, id := range cols {
		if !slices.Contains(among, id) || len(rows) == 0 || k >= len(rows[0].Cells) {
			continue
		}
		if rows[0].Cells[k].Base {
			out = slices.Insert(out, 0, k)
		} else {
			out = append(out, k)
		}
	}
	return out
}

// nearestFirst lists 0…n-1 from i down, then from i-1 up: rows after the
// top one before those above it.
func nearestFirst(i, n int) []int {
	out := make([]int, 0, n)
	for j := i; j < n; j++ {
		out = append(out, j)
	}
	for j := i - 1; j >= 0; j-- {
		out = append(out, j)
	}
	return out
}

// rowOfPlace is the index in rows (of versions cols) of the row holding
// place p: the row whose text of p's version spans it, else the row whose
// text of it begins nearest. A moved passage puts a version's text out
// of order, so every row is looked at. -1 when no row has text of it.
func rowOfPlace(rows []RowView, cols []int64, p textPlace) int {
	k := slices.Index(cols, p.version)
	if k < 0 {
		return -1
	}
	best, dist := -1, 0
	for i, r := range rows {
		if k >= len(r.Cells) {
			continue
		}
		s, e, ok := cellSpan(r.Cells[k])
		switch {
		case !ok:
			continue
		case s <= p.offset && p.offset < max(e, s+1):
			return i
		case best < 0 || abs(s-p.offset) < dist:
			best, dist = i, abs(s-p.offset)
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
