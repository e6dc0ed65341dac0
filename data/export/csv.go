package export

import (
	"encoding/csv"
	"io"
	"strings"
)

// csvHeader names the columns of the changes CSV. Positions are 1-based
// (row of the alignment table, paragraph, sentence in the paragraph) and
// byte offsets 0-based, end exclusive, as in the JSON.
var csvHeader = []string{"from", "to", "kind", "flags", "trivial", "before", "after",
	"row", "paragraph", "sentence", "from_start", "from_end", "to_start", "to_end", "notes"}

// WriteCSV writes one row per change (numbers first) as RFC 4180 CSV, with
// a UTF-8 byte order mark first when bom is set, for spreadsheet programs
// that otherwise read the file as their locale's code page.
func WriteCSV(w io.Writer, r *Report, bom bool) error {
	if err := r.check(); err != nil {
		return err
	}
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	ix := newIndex(r)
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180 line ends
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, c := range r.changes() {
		p := ix.position(c)
		rec := []string{r.label(c.A), r.label(c.B), string(c.Kind), strings.Join(c.Flags, " "),
			yesNo(c.Trivial), c.AText, c.BText, itoa(p.Row), itoa(p.Paragraph), itoa(p.Sentence),
			itoa(c.AStart), itoa(c.AEnd), itoa(c.BStart), itoa(c.BEnd), noteTexts(ix.notesOnChange(c))}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// noteTexts joins notes for one cell, a blank line between two.
func noteTexts(ns []Note) string {
	t := make([]string, len(ns))
	for i, n := range ns {
		t[i] = n.Text
	}
	return strings.Join(t, "\n\n")
}
