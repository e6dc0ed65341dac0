package export

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/variorum/variorum/compare"
)

// csvHeader names the columns of the changes CSV. Positions are 1-based
// (row of the table as the window lays it out, the first a change
// touches; paragraph, and sentence in the paragraph, in from and in to,
// each counted in its version alone: see Position) and byte offsets 0-based,
// end exclusive, into the text as the library holds it (UTF-8, as
// "variorum show ID --json" gives it), as in the JSON. from and to are
// the versions' labels, which need not differ; from_version and
// to_version number them from 1, in the report's order. number is the
// change's in every export (change-N in the HTML report: the changes of
// substance, numbers first, then the typography-only ones), the order of
// the records. before, after, the labels and notes are the text, but for
// an apostrophe before one a spreadsheet would run as a formula, or
// whose own leading apostrophe it would swallow (see cell).
//
// The translation check's findings follow the changes, a row each, with
// no number: kind
// is the finding's (omission, addition, number, name, moved, …), flags
// "finding", before and after what differs (the source text left out,
// the rendering's text added, the numbers only each side has, a name and
// its renderings; a passage left out, added or moved in full), row the
// first row it is on, the offsets the bytes its rows hold in the source
// (from) and the rendering (to), empty on a side without text there,
// and the paragraphs and sentences empty.
var csvHeader = []string{"from", "to", "kind", "flags", "trivial", "before", "after",
	"row", "from_paragraph", "from_sentence", "to_paragraph", "to_sentence", "from_start", "from_end", "to_start", "to_end", "notes",
	"from_version", "to_version", "number"}

// WriteCSV writes one row per change, in the order of their numbers, as
// RFC 4180 CSV, with a UTF-8 byte order mark first when bom is set, for
// spreadsheet programs that otherwise read the file as their locale's
// code page. Records end in LF, not RFC 4180's CRLF: Go's writer would
// turn each line break inside a field into CRLF too, so a field would no
// longer be the text its offsets span. A text cell that a spreadsheet
// would take for a formula is guarded (see cell).
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
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, nc := range r.numbered() {
		c := nc.Change
		p := ix.position(c)
		rec := []string{cell(r.label(c.A)), cell(r.label(c.B)), string(c.Kind), strings.Join(c.Flags, " "),
			yesNo(c.Trivial), cell(c.AText), cell(c.BText), itoa(p.Row),
			itoa(p.From.Paragraph), itoa(p.From.Sentence), itoa(p.To.Paragraph), itoa(p.To.Sentence),
			itoa(c.AStart), itoa(c.AEnd), itoa(c.BStart), itoa(c.BEnd), cell(noteTexts(ix.notesOnChange(c))),
			itoa(c.A + 1), itoa(c.B + 1), itoa(nc.N)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	base := r.Result.Base
	for i, shown := range LaidOut(r.Findings, ix.laidAt) {
		f := r.Findings[i]
		from, to := r.findingSpan(f, base), r.findingSpan(f, f.Version)
		before, after := r.findingTexts(f, from, to)
		rec := []string{cell(r.label(base)), cell(r.label(shown.Version)), string(shown.Kind), "finding",
			"no", cell(before), cell(after), itoa(shown.Row + 1), "", "", "", "", from.field(0), from.field(1), to.field(0), to.field(1), "",
			itoa(base + 1), itoa(shown.Version + 1), ""}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// findingTexts is what a finding says differs: its source and target
// texts, or for an omission the base's text of its rows (from, its span:
// findingSpan) and for an addition the rendering's (to), whole (a moved
// passage's end too, which the finding quotes by its first words).
func (r *Report) findingTexts(f compare.Finding, from, to span) (before, after string) {
	before, after = f.Source, f.Target
	switch {
	case f.Kind == compare.FindingOmission, f.Kind == compare.FindingMoved && f.Source != "":
		before = from.of(r.Result.Texts[r.Result.Base])
	case f.Kind == compare.FindingAddition, f.Kind == compare.FindingMoved && f.Target != "":
		after = to.of(r.Result.Texts[f.Version])
	}
	return before, after
}

// span is a finding's bytes in one version; ok is false where the version
// has no text in its rows.
type span struct {
	start, end int
	ok         bool
}

// of is the span's text in text, or "".
func (s span) of(text string) string {
	if !s.ok {
		return ""
	}
	return text[s.start:s.end]
}

// field is the span's start (0) or end (1) as a CSV field: empty without
// a span.
func (s span) field(i int) string {
	if !s.ok {
		return ""
	}
	return itoa([2]int{s.start, s.end}[i])
}

// findingSpan is the bytes of version v that the rows of f hold (the
// rows of a run are consecutive in v's text).
func (r *Report) findingSpan(f compare.Finding, v int) span {
	return rowsSpan(r.Result, v, f.Row, f.LastRow)
}

// rowsSpan is version v's bytes over rows first to last of res's table:
// from its first cell there to the end of its last.
func rowsSpan(res *compare.Result, v, first, last int) span {
	var s span
	for row := first; row <= last && row < len(res.Rows); row++ {
		cells := res.Rows[row].Cells
		if v >= len(cells) || cells[v] == nil || cells[v].Placeholder {
			continue
		}
		c := cells[v]
		if !s.ok {
			s = span{c.Start, c.End, true}
		}
		s.start, s.end = min(s.start, c.Start), max(s.end, c.End)
	}
	return s
}

// cell guards a text cell against formula injection (OWASP's CSV
// injection): a cell a spreadsheet would run as a formula gets a leading
// apostrophe, which marks it as text. That is a cell starting with "=",
// "@", a tab or a carriage return, or with "+" or "-" unless it is a
// number: a repost can carry =HYPERLINK(…) or -2+3+cmd|' /C calc'!A0,
// and "+7 495 …" or "- item" would show as a formula's error. "-5" stays
// as it is. A text that starts with an apostrophe gets one more, so that
// a program reading the file back drops exactly one leading apostrophe
// from every cell that has one.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r', '\'':
		return "'" + s
	case '+', '-':
		if !spreadsheetNumber(s[1:]) {
			return "'" + s
		}
	}
	return s
}

// spreadsheetNumber reports a number as spreadsheets read one after its
// sign: digits, perhaps a decimal point and more digits, perhaps an
// exponent ("5", "3.25", "1e5"). Go's own spellings that
// strconv.ParseFloat also takes ("Inf", "0x1p3", "1_000") are formulas
// to a spreadsheet.
func spreadsheetNumber(s string) bool {
	i, digits := 0, 0
	for ; i < len(s) && (isDigit(s[i]) || s[i] == '.' && !strings.Contains(s[:i], ".")); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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
