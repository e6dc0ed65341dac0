package app

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/variorum/variorum/data"
)

// NoteView is a note as the window shows it: on a row, in a column.
type NoteView struct {
	ID     int64
	Row    int // the row it is shown on (-1: not on a row of this comparison)
	Column int
	Text   string
}

// cellSpan is the byte span of a cell's text, ok false without text.
func cellSpan(c CellView) (start, end int, ok bool) {
	if !c.Has || len(c.Segs) == 0 {
		return 0, 0, false
	}
	return c.Segs[0].Start, c.Segs[len(c.Segs)-1].End, true
}

// placeNotes puts each note on the first row whose cell of its version
// overlaps the note's span, and returns the notes as placed, in the
// order of their rows (the library gives them version by version), those
// on no row shown last.
func placeNotes(rows []RowView, columns []data.Version, notes []data.Note) []NoteView {
	for i := range rows {
		rows[i].Notes = nil
	}
	out := make([]NoteView, 0, len(notes))
	for _, n := range notes {
		k := slices.IndexFunc(columns, func(v data.Version) bool { return v.ID == n.VersionID })
		nv := NoteView{ID: n.ID, Row: -1, Column: k, Text: n.Text}
		if k >= 0 {
			for i, r := range rows {
				if s, e, ok := cellSpan(r.Cells[k]); ok && n.Start < max(e, s+1) && n.End >= s {
					nv.Row = i
					rows[i].Notes = append(rows[i].Notes, nv)
					break
				}
			}
		}
		out = append(out, nv)
	}
	slices.SortStableFunc(out, func(a, b NoteView) int {
		if (a.Row < 0) != (b.Row < 0) {
			return cmp.Compare(b.Row, a.Row) // a note on no row (-1) after every other
		}
		return cmp.Compare(a.Row, b.Row)
	})
	return out
}

// AddNote stores a note on a row: on the cell of the given column, or the
// base's when that has no text there, or the first column's that has,
// so that it is shown again when the versions are compared again.
func (m *ViewModel) AddNote(ctx context.Context, row, column int, text string) error {
	// The rows' own columns: while a comparison runs, the columns chosen
	// are already another's.
	rows, cols, base := m.rowsShown()
	if row < 0 || row >= len(rows) {
		return fmt.Errorf("adding a note: no row %d", row+1)
	}
	k, s, e, ok := noteCell(rows[row], len(cols), base, column)
	if !ok {
		return fmt.Errorf("adding a note: row %d has no text to note", row+1)
	}
	n := data.Note{VersionID: cols[k].ID, Start: s, End: e, Text: text}
	if other := otherThan(len(cols), base); k == base && other >= 0 {
		n.OtherID = cols[other].ID
	} else if k != base {
		n.OtherID = cols[base].ID
	}
	if _, err := m.lib.AddNote(ctx, n); err != nil {
		return err
	}
	return m.ReloadNotes(ctx)
}

// NoteOn is the label of the version a note added to row for a click in
// column goes on (AddNote), or "" where the row has no text to note.
func (m *ViewModel) NoteOn(row, column int) string {
	rows, cols, base := m.rowsShown()
	if row < 0 || row >= len(rows) {
		return ""
	}
	if k, _, _, ok := noteCell(rows[row], len(cols), base, column); ok {
		return cols[k].Label
	}
	return ""
}

// noteCell picks the cell of r a note goes on, of ncols columns: the
// column clicked, else the base, else the first with text (a click on an
// empty cell notes the row, as Ctrl+M does). It returns the column and
// the cell's span.
func noteCell(r RowView, ncols, base, column int) (k, start, end int, ok bool) {
	order := []int{column, base}
	for k := range r.Cells {
		order = append(order, k)
	}
	for _, k := range order {
		if k < 0 || k >= len(r.Cells) || k >= ncols {
			continue
		}
		if s, e, ok := cellSpan(r.Cells[k]); ok {
			return k, s, e, true
		}
	}
	return 0, 0, 0, false
}

// EditNote replaces a note's text.
func (m *ViewModel) EditNote(ctx context.Context, id int64, text string) error {
	if err := m.lib.UpdateNote(ctx, id, text); err != nil {
		return err
	}
	return m.ReloadNotes(ctx)
}

// DeleteNote removes a note.
func (m *ViewModel) DeleteNote(ctx context.Context, id int64) error {
	if err := m.lib.DeleteNote(ctx, id); err != nil {
		return err
	}
	return m.ReloadNotes(ctx)
}

// ReloadNotes reads the notes of the versions shown and puts them on
// their rows.
func (m *ViewModel) ReloadNotes(ctx context.Context) error {
	m.mu.Lock()
	m.notesEdits++ // a job that read the notes before now places them again (finish)
	gen := m.gen
	m.mu.Unlock()
	_, cols, _ := m.rowsShown() // the rows' own columns, not a running comparison's
	notes, err := m.lib.Notes(ctx, columnIDs(cols)...)
	if err != nil {
		return err
	}
	m.mu.Lock()
	if gen != m.gen {
		m.mu.Unlock()
		return nil
	}
	rows := slices.Clone(m.cmp.Rows)
	m.cmp.Notes = placeNotes(rows, cols, notes)
	m.cmp.Rows = rows
	m.cmp.Seq++
	m.mu.Unlock()
	m.notify()
	return nil
}
