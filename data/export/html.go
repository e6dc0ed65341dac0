package export

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/variorum/variorum/compare"
)

// report.html is the page; its CSS is inline and it has no script and
// loads nothing, so the file can be mailed, archived and opened offline.
//
//go:embed report.html
var reportHTML string

// chunkRows is how many rows make one <tbody>. The CSS gives each tbody
// content-visibility: auto, so a browser lays out only the chunks near the
// viewport: a 10 MB pair's tens of thousands of rows scroll like a short
// page, and find-in-page still sees every row.
const chunkRows = 200

// htmlPage is what report.html renders.
type htmlPage struct {
	Title, Meta, Options string
	BriefingNote         string
	Versions             []htmlVersion
	Stats                []pairStats
	Removals             []string // which column marks which version's removals
	Struck               bool     // other columns show their removals struck through (unmarkedRemovals)
	Columns              []string
	Chunks               [][]htmlRow
	Changes              []htmlChange
	Trivial              []htmlChange // typography-only changes, listed apart and folded
	Findings             []htmlFinding
	Notes                []htmlNote
}

type htmlVersion struct {
	N                                                  int
	Label, Source, URL, Language, Kind, File, Imported string
	Retrieved, Note                                    string
	SHA256                                             string
	Base                                               bool
}

type htmlRow struct {
	N         int
	Class     string
	Cells     []template.HTML
	Paragraph bool
}

type htmlChange struct {
	// N numbers the change for its anchor, change-N, as every export
	// numbers it (Report.numbered).
	N                            int
	From, To, Kind, Flags, Notes string
	Before, After                template.HTML // escaped by htmlText
	BeforeDir, AfterDir          string        // their versions' directions (Report.direction)
	Pos                          Position
	Class                        string
}

type htmlFinding struct {
	Version string
	Text    template.HTML // escaped, its rows linked (findingHTML)
}

type htmlNote struct {
	Version, Text, Date string
	Row                 int
}

// WriteHTML writes r as one self-contained HTML page: metadata, the
// aligned columns highlighted as the window shows them, the change list
// (numbers first), the translation check's findings and the notes.
//
// A reader cites the page by its anchors: each row of the aligned text
// is row-N for the number it shows, which links to it (a permalink to
// copy), and each listed change is change-N. The change list, the
// translation check, the notes and a moved passage's placeholders link
// to the rows they name, plain links that need no script.
func WriteHTML(w io.Writer, r *Report) error {
	if err := r.check(); err != nil {
		return err
	}
	t, err := template.New("report").Parse(reportHTML)
	if err != nil {
		return err
	}
	return t.Execute(controlFree{w}, htmlPageOf(r))
}

// controlFree writes to w without the ASCII control characters HTML
// forbids in a document (all but tab, line feed and carriage return),
// which a label, a title or a note typed or pasted by a user may hold;
// the cells' text is already cleaned (htmlText). In UTF-8 these bytes
// are never part of another character.
type controlFree struct{ w io.Writer }

func (c controlFree) Write(p []byte) (int, error) {
	if !slices.ContainsFunc(p, isControl) {
		return c.w.Write(p)
	}
	q := make([]byte, 0, len(p))
	for _, b := range p {
		if !isControl(b) {
			q = append(q, b)
		}
	}
	_, err := c.w.Write(q)
	return len(p), err
}

// isControl reports an ASCII control character other than tab, line feed
// and carriage return.
func isControl(b byte) bool { return (b < 0x20 || b == 0x7F) && b != '\t' && b != '\n' && b != '\r' }

func htmlPageOf(r *Report) *htmlPage {
	// The columns read as the window shows them: each version in its own
	// order, a moved passage at both ends (Result.MovesInPlace), and rows
	// are numbered in that layout throughout the page, as in the window
	// and every other export (layout.go).
	ix := newIndex(r)
	p := &htmlPage{Title: r.title(), Meta: briefingLine(r.Briefing), BriefingNote: r.Briefing.Note, Options: optionsLine(r), Stats: r.stats()}
	for i, v := range r.Versions {
		p.Versions = append(p.Versions, htmlVersion{N: i + 1, Label: r.label(i), Source: v.Source, URL: v.URL,
			Language: v.Language, Kind: v.Kind, File: v.FileName, Imported: dateOf(v.ImportedAt),
			Retrieved: v.RetrievedAt, Note: v.Note, SHA256: v.SHA256, Base: i == r.Result.Base})
		p.Columns = append(p.Columns, r.label(i))
	}
	for v := range r.Versions {
		if m := r.Result.MarkedAgainst(v); m >= 0 {
			column := "The base column"
			if v != r.Result.Base {
				column = "The " + r.label(v) + " column"
			}
			p.Removals = append(p.Removals, column+" marks what "+r.label(m)+" removed or changed.")
		}
	}
	findings := LaidOut(r.Findings, ix.laidAt)
	marks := make([]int, len(r.Result.Texts))
	for v := range marks {
		marks[v] = r.Result.MarkedAgainst(v)
	}
	gone := UnmarkedRemovals(r.Result, marks)
	p.Struck = slices.ContainsFunc(gone, func(cs []compare.Change) bool { return len(cs) > 0 })
	p.Chunks = htmlRows(r, ix, findings, gone)
	for _, nc := range r.numbered() {
		c := nc.Change
		hc := htmlChange{N: nc.N, From: r.label(c.A), To: r.label(c.B), Kind: changeWords(c), Flags: strings.Join(c.Flags, ", "),
			Before: changeCell(c.AText), After: changeCell(c.BText), Pos: ix.position(c), Notes: noteTexts(ix.notesOnChange(c)),
			BeforeDir: r.direction(c.A), AfterDir: r.direction(c.B)}
		if c.Trivial {
			hc.Flags = strings.TrimPrefix(hc.Flags+", trivial", ", ")
			hc.Class = "triv"
			p.Trivial = append(p.Trivial, hc)
			continue
		}
		if c.HasFlag(compare.FlagNumber) {
			hc.Class = "numrow"
		}
		p.Changes = append(p.Changes, hc)
	}
	for _, f := range findings {
		p.Findings = append(p.Findings, htmlFinding{r.label(f.Version), findingHTML(f)})
	}
	for _, n := range r.Notes {
		p.Notes = append(p.Notes, htmlNote{Version: r.label(n.Version), Text: n.Text, Date: dateOf(n.UpdatedAt),
			Row: ix.rowOf(n.Version, n.Start) + 1})
	}
	return p
}

// htmlRows renders the cells of the report's table laid out anew
// (ix.rows), with findings (LaidOut: laid[i] is r.Findings[i]), notes
// and the removals no column marks (gone: UnmarkedRemovals), in chunks
// of chunkRows.
func htmlRows(r *Report, ix *index, laid []compare.Finding, gone [][]compare.Change) [][]htmlRow {
	res := r.Result
	segs := res.TextSegments()
	onRow := asidesByRow(r, ix, laid)
	open := cellOpenings(r)
	var chunks [][]htmlRow
	var b strings.Builder
	for i, row := range ix.rows {
		if i%chunkRows == 0 {
			chunks = append(chunks, make([]htmlRow, 0, chunkRows))
		}
		hr := htmlRow{N: i + 1, Paragraph: row.ParagraphStart, Cells: make([]template.HTML, len(row.Cells))}
		if row.Moved {
			hr.Class = "moved"
		}
		for v, c := range row.Cells {
			b.Reset()
			switch {
			case c == nil:
				b.WriteString(`<td class="empty">`)
			case c.Placeholder:
				b.WriteString(`<td class="empty"><div class="aside">`)
				b.WriteString(rowLink(c.MovedRow, compare.PlaceholderText(i, c.MovedRow, v == res.Base)))
				b.WriteString("</div>")
			default:
				b.WriteString(open[v])
				// A column that marks another version's removals draws
				// them as removed, the base's or not.
				var parts []Gone
				if ref := res.Reference[v]; ref >= 0 && len(gone[v]) > 0 {
					parts = GoneIn(gone[v], res.Texts[ref], c, row.Cells[ref])
				}
				writeCellSegments(&b, res.Texts[v], segs[v], c, parts, v == res.Base || res.MarkedAgainst(v) >= 0)
			}
			for _, s := range onRow[[2]int{i, v}] {
				b.WriteString(`<div class="aside">`)
				b.WriteString(s)
				b.WriteString("</div>")
			}
			b.WriteString("</td>")
			hr.Cells[v] = template.HTML(b.String())
		}
		chunks[len(chunks)-1] = append(chunks[len(chunks)-1], hr)
	}
	return chunks
}

// writeCellSegments writes cell c of a version, text, segmented as segs,
// with the removals gone (by position) shown struck through where the
// text lost them, a space apart from a word they would touch.
func writeCellSegments(b *strings.Builder, text string, segs []compare.Segment, c *compare.Cell, gone []Gone, base bool) {
	at := c.Start
	for _, d := range gone {
		pos := min(max(d.At, at), c.End)
		writeSegments(b, compare.SliceSegments(segs, at, pos), base)
		lead, trail := GoneSpaces(text[:pos], d.Text, text[pos:])
		b.WriteString(lead + `<del class="del" title="removed">`)
		b.WriteString(htmlText(d.Text))
		b.WriteString("</del>" + trail)
		at = pos
	}
	writeSegments(b, compare.SliceSegments(segs, at, c.End), base)
}

// asidesByRow gathers the findings and notes of r, each marked, as
// HTML, by the row of the table laid out anew and the version that they
// are on. laid are r.Findings LaidOut, which word their other ends.
func asidesByRow(r *Report, ix *index, laid []compare.Finding) map[[2]int][]string {
	onRow := map[[2]int][]string{} // (row, version) -> findings and notes
	for i, f := range r.Findings {
		aside := "⚠ " + findingDetailHTML(laid[i])
		// Each row of the run, where it went: a run of table rows need
		// not stay together once a moved passage is laid out between.
		for row := f.Row; row <= max(f.Row, f.LastRow); row++ {
			at := [2]int{ix.laidAt[row], f.Version}
			onRow[at] = append(onRow[at], aside)
		}
	}
	for _, n := range r.Notes {
		if row := ix.rowOf(n.Version, n.Start); row >= 0 {
			onRow[[2]int{row, n.Version}] = append(onRow[[2]int{row, n.Version}], htmlText("✎ "+n.Text))
		}
	}
	return onRow
}

// rowLink is text, escaped, as a link to row (counted from 0) of the
// aligned text, whose anchor is row-N as the page numbers it (N from 1):
// the id a reader cites and the number the report shows are one.
func rowLink(row int, text string) string {
	return `<a href="#` + rowID(row) + `">` + htmlText(text) + `</a>`
}

// findingHTML is f as the translation check lists it, its rows (the
// rows laid out) a link to the first of them: a reader goes from the
// list to the text in question. The words are compare's (Finding.String),
// so that the list reads as the window's.
func findingHTML(f compare.Finding) template.HTML {
	detail := f.Detail()
	rows := strings.TrimSuffix(f.String(), ": "+detail)
	return template.HTML(rowLink(f.Row, rows) + ": " + findingDetailHTML(f))
}

// findingDetailHTML is f's detail, escaped, with the other rows it names
// a link to them: a moved passage's other end ("moved in the rendering,
// to rows 8-9"), as a placeholder links to the other end of a move, or a
// name's other rendering ("Organisation (row 4)").
func findingDetailHTML(f compare.Finding) string {
	detail := f.Detail()
	if !f.HasOtherRows() {
		return htmlText(detail)
	}
	other := compare.RowsLabel(f.OtherRow, f.OtherLastRow)
	i := strings.LastIndex(detail, other)
	if i < 0 { // worded without its rows: nothing to link
		return htmlText(detail)
	}
	return htmlText(detail[:i]) + rowLink(f.OtherRow, other) + htmlText(detail[i+len(other):])
}

// cellOpenings are the opening tags of each version's cells, which say
// its language and its direction: right to left where the language is
// written so, even where a cell opens with a Latin name ("NATO הודיעה"),
// else the browser's guess from the first letter.
func cellOpenings(r *Report) []string {
	open := make([]string, len(r.Result.Texts))
	for v := range open {
		open[v] = `<td dir="` + r.direction(v) + `">`
		if v < len(r.Versions) && r.Versions[v].Language != "" {
			open[v] = `<td dir="` + r.direction(v) + `" lang="` + template.HTMLEscapeString(r.Versions[v].Language) + `">`
		}
	}
	return open
}

// htmlText escapes s for HTML, dropping the characters HTML forbids in a
// document (as XML does: most C0 controls, noncharacters), which a
// browser flags as parse errors and may show as boxes. A bidirectional
// embedding, override or isolate character is shown as its code point in
// a marked span instead of being obeyed: "\u202e0021\u202c" would
// otherwise read "1200", a changed figure shown as the old one (Unicode
// TR #36, bidirectional spoofing), as the command line escapes it.
func htmlText(s string) string {
	s = template.HTMLEscapeString(xmlSafe(s))
	if !strings.Contains(s, "\xe2\x80") && !strings.Contains(s, "\xe2\x81") || !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			// Its own direction, so that a cell's dir=auto passes over it
			// to the text's first letter.
			fmt.Fprintf(&b, `<span class="ctl" dir="ltr" title="an invisible direction control">U+%04X</span>`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// changeCell is a change's text for the report's list of changes: its
// name where it is white space alone (see SpaceName), which would
// otherwise show as an empty cell.
func changeCell(s string) template.HTML {
	if name, ok := SpaceName(s); ok {
		return template.HTML(`<span class="ws" title="white space only">` + template.HTMLEscapeString(name) + `</span>`)
	}
	return template.HTML(htmlText(s))
}

// isBidiControl reports a bidirectional embedding, override or isolate
// character (U+202A–U+202E, U+2066–U+2069).
func isBidiControl(r rune) bool { return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 }

// writeSegments writes a cell's runs, escaped, each changed run in a span
// whose class the CSS colours as the window does.
func writeSegments(b *strings.Builder, segs []compare.Segment, base bool) {
	for _, s := range segs {
		cls := segmentClass(s, base)
		if cls == "" {
			b.WriteString(htmlText(s.Text))
			continue
		}
		b.WriteString(`<span class="`)
		b.WriteString(cls)
		b.WriteString(`">`)
		b.WriteString(htmlText(s.Text))
		b.WriteString("</span>")
	}
}

// segmentClass names a run's highlight: removed text on the base's side,
// added on the other's, moved, trivial (typography only), letter case only,
// and a number.
func segmentClass(s compare.Segment, base bool) string {
	var cls string
	switch {
	case s.Kind == compare.Equal:
		return ""
	case s.Trivial:
		cls = "triv"
	case s.Kind == compare.Move:
		cls = "mov"
	case s.CaseOnly():
		cls = "case"
	case base:
		cls = "del"
	default:
		cls = "ins"
	}
	if s.Number {
		cls += " num"
	}
	return cls
}

// direction is the dir of version v's text in the page: "rtl" for a
// language written right to left, else "auto", the browser's guess from
// the first letter.
func (r *Report) direction(v int) string {
	if v < len(r.Versions) && rightToLeft(r.Versions[v].Language) {
		return "rtl"
	}
	return "auto"
}

// rightToLeft reports a language written right to left: one whose
// script, given or most likely, is (Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Adlam, Hanifi Rohingya, Mandaic, Samaritan, Mende Kikakui, Yezidi,
// Imperial Aramaic and the other old Semitic scripts), or, where the
// language tables know no likely script, a language written in one
// (rightToLeftLanguages).
func rightToLeft(lang string) bool {
	t, err := language.Parse(lang)
	if err != nil {
		return false
	}
	s, conf := t.Script()
	switch s.String() {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi",
		"Armi", "Phnx", "Nbat", "Palm", "Sarb", "Narb", "Prti", "Phli", "Avst", "Hatr", "Chrs", "Sogd", "Elym", "Mani":
		return true
	}
	base, _ := t.Base()
	return conf == language.No && rightToLeftLanguages[base.String()]
}

// rightToLeftLanguages are languages written right to left whose script
// the language tables do not give: Dari, Classical Syriac, Ancient
// Hebrew, Judeo-Arabic, Judeo-Persian, Aramaic, Jewish Babylonian
// Aramaic, Mandaic, Samaritan.
var rightToLeftLanguages = map[string]bool{"prs": true, "syc": true, "hbo": true, "jrb": true, "jpr": true, "arc": true, "tmr": true,
	"mid": true, "sam": true, "smp": true}
