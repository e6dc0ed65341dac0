package export

import (
	"encoding/xml"
	"io"
	"slices"
	"strings"

	"github.com/variorum/variorum/compare"
)

// teiNS is the TEI P5 namespace.
const teiNS = "http://www.tei-c.org/ns/1.0"

// WriteTEI writes r as a TEI P5 document in parallel segmentation, the way
// CollateX and Juxta export a collation: the header lists every version as
// a <witness>; the body follows the table's rows, paragraph by paragraph
// (laid out with moves in place, so that each witness reads in its order),
// a row all versions read alike as plain text and a row they read
// differently as an <app> with one <rdg wit="#w1 #w3"> per reading
// (versions without the row share an empty reading). Readings are
// compare's, as the window shows them: versions differing in typography
// alone (quotes, dashes, spacing) read alike, and a shared <rdg> holds the
// base's text where the base is among them (else the first one's), as a
// normalised apparatus does. The change lists of HTML, CSV and JSON keep
// the typographic differences, marked trivial.
//
// A moved passage is an <app type="transposition"> at each end, each with
// an xml:id, row-N for its row as the HTML report numbers it, and a
// corresp naming the other end, so that a reader or a tool joins the two.
// A line break inside a reading is an <lb/>.
//
// A translation is not a reading of its source, so versions in several
// languages are not collated together: each language's versions (the
// base's, and each other language's renderings; see Result.Reference)
// are a <div> of their own, every row of it with an xml:id (row-N in the
// base's, w4-row-N in the one led by witness w4), and a <linkGrp
// type="translation"> links each row of one to the same row of the
// others, and the two ends of a passage a rendering moved (type moved),
// as TEI P5 aligns parallel texts (16.4). The rows are the table's,
// aligned with the base: the base's div is collated as above, while the
// renderings in one language stand in a row by the base's sentence each
// renders, and a passage one of them moved against the other is not laid
// out as a transposition (as in the window).
func WriteTEI(w io.Writer, r *Report) error {
	if err := r.check(); err != nil {
		return err
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	ix := newIndex(r)
	t := &teiWriter{w: w, enc: xml.NewEncoder(w), r: r, ix: ix, rows: ix.rows, laidAt: ix.laidAt, notes: notesByRow(r, ix),
		findings: findingsByRow(r, ix), groups: collations(r.Result, ix.rows)}
	// The header is indented; the body's mixed content is not (an
	// indent would be text inside <p>), it puts a line break between
	// rows instead, white space TEI readers collapse.
	t.enc.Indent("", " ")
	t.open("TEI", "xmlns", teiNS)
	t.header()
	t.enc.Indent("", "")
	t.text("\n")
	t.open("text")
	t.open("body")
	t.text("\n")
	t.body()
	t.close("body")
	t.close("text")
	t.text("\n")
	t.close("TEI")
	if t.err != nil {
		return t.err
	}
	if err := t.enc.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// teiWriter writes tokens, keeping the first error.
type teiWriter struct {
	w   io.Writer // under enc, for what it cannot write (raw)
	enc *xml.Encoder
	r   *Report
	// rows is the table laid out with moves in place, so that every
	// witness reads in its own order: a moved passage is an apparatus
	// entry where the base has it (empty for the version that moved it)
	// and where that version has it (empty for the others).
	rows []compare.Row
	// ix is the report's index: its paragraphs (teiParagraph).
	ix *index
	// laidAt maps a row of the comparison's table to rows, laid out.
	laidAt []int
	// notes are the researcher's notes on each row, by row.
	notes map[int][]Note
	// findings are the translation check's findings (Report.Findings),
	// by the laid-out row each starts on.
	findings map[int][]compare.Finding
	// groups are the versions collated together: one group, or one per
	// language (see collations).
	groups []*teiGroup
	err    error
}

// teiGroup is versions collated together: one apparatus.
type teiGroup struct {
	versions []int
	lead     int // the version the others are word-diffed against
	// prefix is put before the rows' xml:ids: "" for the base's group,
	// "w4-" for the group led by witness w4.
	prefix string
	// moves are, for each row at one end of a moved passage of the
	// group's versions, the rows at its other ends (transpositions).
	moves map[int][]int
}

// id is the xml:id of row i in g.
func (g *teiGroup) id(i int) string { return g.prefix + rowID(i) }

// collations returns the groups of versions that res collates together:
// all of them when they share a language, else the base's language first
// (the base and the versions word-diffed against it), then the
// renderings in each other language, led by the first of them, against
// which the later ones are word-diffed (Result.Reference).
func collations(res *compare.Result, rows []compare.Row) []*teiGroup {
	lead := func(v int) int {
		if ref := res.Reference[v]; ref >= 0 {
			return ref
		}
		return v
	}
	base := &teiGroup{lead: res.Base}
	byLead := map[int]*teiGroup{res.Base: base}
	out := []*teiGroup{base}
	for v := range res.Texts {
		l := lead(v)
		g, ok := byLead[l]
		if !ok {
			g = &teiGroup{lead: l, prefix: witID(l) + "-"}
			byLead[l] = g
			out = append(out, g)
		}
		g.versions = append(g.versions, v)
	}
	for _, g := range out {
		g.moves = transpositions(rows, g.versions)
	}
	return out
}

// transpositions pairs the ends of the moved passages of rows (laid out
// by Result.MovesInPlace): a placeholder names the row at the other end,
// and the link is made both ways, as the row a passage left has no
// placeholder of the base's to point back when the base lacks the row.
// A row that several versions moved away from has several other ends.
// Only the placeholders of versions count.
func transpositions(rows []compare.Row, versions []int) map[int][]int {
	out := map[int][]int{}
	for i, row := range rows {
		for _, v := range versions {
			if c := row.Cells[v]; c != nil && c.Placeholder {
				out[i] = append(out[i], c.MovedRow)
				out[c.MovedRow] = append(out[c.MovedRow], i)
			}
		}
	}
	for i, others := range out {
		slices.Sort(others)
		out[i] = slices.Compact(others)
	}
	return out
}

// rowID is the xml:id of row i (counted from 0) of the rows laid out:
// row-N, N as the HTML report numbers that row and links to it.
func rowID(i int) string { return "row-" + itoa(i+1) }

// notesByRow puts each note on the row of the laid-out rows that the
// other exports put it on (index.rowOf): the row whose cell of its
// version holds its start, or, where it starts between cells (on the
// space between two sentences, right after a full stop, at the end of
// the text), the cell before it.
func notesByRow(r *Report, ix *index) map[int][]Note {
	out := map[int][]Note{}
	for _, n := range r.Notes {
		if n.Version < 0 || n.Version >= len(ix.cells) {
			continue
		}
		if row := ix.rowOf(n.Version, n.Start); row >= 0 {
			out[row] = append(out[row], n)
		}
	}
	return out
}

// findingIn reports whether finding f, on row i, is written in group g:
// the group of its version where that holds the row, else the base's (an
// omission is on a row the rendering lacks, which its group skips).
func (t *teiWriter) findingIn(g *teiGroup, f compare.Finding, i int) bool {
	for _, vg := range t.groups {
		if slices.Contains(vg.versions, f.Version) && t.holds(vg, i, true) {
			return vg == g
		}
	}
	return slices.Contains(g.versions, t.r.Result.Base)
}

// findingsByRow puts each of the report's findings on the laid-out row it
// starts on (LaidOut), as the other exports cite it.
func findingsByRow(r *Report, ix *index) map[int][]compare.Finding {
	out := map[int][]compare.Finding{}
	for _, f := range LaidOut(r.Findings, ix.laidAt) {
		out[f.Row] = append(out[f.Row], f)
	}
	return out
}

func (t *teiWriter) token(tok xml.Token) {
	if t.err == nil {
		t.err = t.enc.EncodeToken(tok)
	}
}

// open starts element name with attributes given as name, value pairs.
func (t *teiWriter) open(name string, attrs ...string) {
	se := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	t.token(se)
}

func (t *teiWriter) close(name string) {
	t.token(xml.EndElement{Name: xml.Name{Local: name}})
}

func (t *teiWriter) text(s string) { t.token(xml.CharData(xmlSafe(s))) }

// raw writes s, well-formed XML, as it is: encoding/xml writes an empty
// element as <lb></lb>, where TEI is read and written <lb/>.
func (t *teiWriter) raw(s string) {
	if t.err == nil {
		t.err = t.enc.Flush()
	}
	if t.err == nil {
		_, t.err = io.WriteString(t.w, s)
	}
}

// lines writes a reading, its lines (teiLines, joined by "\n") parted by
// <lb/>; a break between two Chinese or Japanese characters, which are
// written without a space, is <lb break="no"/>: no word ends there.
func (t *teiWriter) lines(text string) {
	lines := strings.Split(text, "\n")
	for k, line := range lines {
		switch {
		case k == 0:
		case bothCJK([]byte(lines[k-1]), line):
			t.raw(`<lb break="no"/>`)
		default:
			t.raw(`<lb/>`)
		}
		t.text(line)
	}
}

// teiLines is a reading as written, its lines joined by "\n": each line
// break, with the spaces and tabs around it and any blank lines after
// it, is one, a break a paragraph holds ("Dear Colleagues," and "Good
// afternoon" on lines of their own), which OneLine would make a space.
// Characters XML cannot hold are dropped (xmlSafe), and a line left
// empty with them.
func teiLines(s string) string {
	var lines []string
	for s != "" {
		i := strings.IndexAny(s, lineBreaks)
		if i < 0 {
			i = len(s)
		}
		if line := xmlSafe(strings.TrimRight(s[:i], " \t")); line != "" {
			lines = append(lines, line)
		}
		s = strings.TrimLeft(s[i:], " \t"+lineBreaks)
	}
	return strings.Join(lines, "\n")
}

// element writes <name attrs>text</name>.
func (t *teiWriter) element(name, text string, attrs ...string) {
	t.open(name, attrs...)
	t.text(text)
	t.close(name)
}

func (t *teiWriter) header() {
	r := t.r
	t.open("teiHeader")
	t.open("fileDesc")
	t.open("titleStmt")
	t.element("title", r.title())
	t.close("titleStmt")
	t.open("publicationStmt")
	t.element("p", "Collation of "+itoa(len(r.Versions))+" versions. "+optionsLine(r))
	t.close("publicationStmt")
	t.open("sourceDesc")
	// sourceDesc holds paragraphs or lists, not both: the briefing is a
	// bibl beside the listWit.
	for _, line := range []string{briefingLine(r.Briefing), r.Briefing.Note} {
		if line != "" {
			t.element("bibl", line)
		}
	}
	t.open("listWit")
	for v := range r.Versions {
		// The witness's text is its description, in English; the language
		// of its readings is on each <rdg> and <seg>.
		t.element("witness", witnessText(r, v), "xml:id", witID(v))
	}
	t.close("listWit")
	t.close("sourceDesc")
	t.close("fileDesc")
	t.open("encodingDesc")
	t.open("editorialDecl")
	t.open("normalization")
	t.element("p", teiNormalization)
	t.close("normalization")
	if len(t.groups) > 1 {
		t.open("segmentation")
		t.element("p", teiSegmentation)
		t.close("segmentation")
	}
	t.close("editorialDecl")
	t.open("variantEncoding", "method", "parallel-segmentation", "location", "internal")
	t.close("variantEncoding")
	t.close("encodingDesc")
	t.close("teiHeader")
}

// teiNormalization declares, as TEI P5 asks (2.3.3), how the apparatus
// normalises its readings (see WriteTEI).
const teiNormalization = "Versions that differ in typography alone (quotation marks, dashes, spaces, line breaks) " +
	"share one reading, written as the base version writes it where the base is among them, else as the first of them. " +
	"The HTML, CSV and JSON exports of the same comparison list those differences as trivial changes."

// teiSegmentation declares how versions in several languages are
// written (see WriteTEI).
const teiSegmentation = "A translation is not a reading of its source: the versions in each language are collated apart, in a div of their own, " +
	"and a linkGrp of type translation links each row of one to the row of the others that the alignment across languages pairs with it. " +
	"Each row of a div has an xml:id: row-N in the base version's language, as the HTML report numbers rows, else the div's first witness and row-N."

// witID is version v's xml:id.
func witID(v int) string { return "w" + itoa(v+1) }

// witnessText describes a version: label, source, when retrieved, kind,
// file, hash and the user's note.
func witnessText(r *Report, v int) string {
	ver := r.Versions[v]
	parts := []string{r.label(v)}
	for _, s := range []string{ver.Source, ver.URL, prefixed("retrieved ", ver.RetrievedAt), ver.Kind, ver.FileName,
		prefixed("SHA-256 ", ver.SHA256), prefixed("note: ", ver.Note)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// prefixed is p+s, or "" when s is.
func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// body writes the rows: one collation, or one per language and the
// links between them.
func (t *teiWriter) body() {
	if len(t.groups) == 1 {
		t.collation(t.groups[0], false)
		return
	}
	for _, g := range t.groups {
		t.open("div", append([]string{"xml:id", "text-" + witID(g.lead), "corresp", t.witnesses(g.versions)}, t.lang(g.versions)...)...)
		t.text("\n")
		t.collation(g, true)
		t.close("div")
		t.text("\n")
	}
	t.links()
}

// collation writes the rows of g's versions, a <p> per paragraph. When
// parallel, rows g's versions do not have are left out, every row has
// an xml:id, and paragraphs follow g's versions' own (teiParagraph).
func (t *teiWriter) collation(g *teiGroup, parallel bool) {
	inP := false
	para := teiParagraph{ix: t.ix}
	for i, row := range t.rows {
		start := row.ParagraphStart
		if parallel {
			if !t.holds(g, i, true) {
				continue
			}
			start = para.starts(g, row)
		}
		if !inP || start {
			if inP {
				t.close("p")
				t.text("\n")
			}
			t.open("p")
			inP = true
		} else {
			t.text("\n")
		}
		t.row(i, g, parallel)
		for _, n := range t.notes[i] {
			if slices.Contains(g.versions, n.Version) {
				// corresp: the witness whose text the note is on.
				t.element("note", n.Text, "type", "annotation", "corresp", "#"+witID(n.Version))
			}
		}
		for _, f := range t.findings[i] {
			if t.findingIn(g, f, i) {
				// corresp: the rendering the finding is on.
				t.element("note", f.String(), "type", "finding", "subtype", string(f.Kind), "corresp", "#"+witID(f.Version))
			}
		}
	}
	if !inP {
		t.open("p") // TEI's <body> and <div> hold at least one block: texts with no sentence leave an empty one
		inP = true
	}
	t.close("p")
	t.text("\n")
}

// holds reports whether a version of g has text in row i, or, with
// placeholders, the placeholder where a passage moved from or to.
func (t *teiWriter) holds(g *teiGroup, i int, placeholders bool) bool {
	for _, v := range g.versions {
		if c := t.rows[i].Cells[v]; c != nil && (placeholders || !c.Placeholder) {
			return true
		}
	}
	return false
}

// teiParagraph follows, in one group's rows, the paragraph each version
// stands in.
type teiParagraph struct {
	ix      *index
	last    map[int]int // by version, the paragraph of its last text written
	started bool
}

// starts reports whether row begins a paragraph of g: the first of g's
// versions with text in it stands in another paragraph than in the last
// row it had text in: a version's first row (a sentence it added) starts
// none, nor does a row of placeholders alone.
func (p *teiParagraph) starts(g *teiGroup, row compare.Row) bool {
	if p.last == nil {
		p.last = map[int]int{}
	}
	for _, v := range g.versions {
		c := row.Cells[v]
		if c == nil || c.Placeholder {
			continue
		}
		k := p.ix.paragraphOf(v, c.Start)
		prev, seen := p.last[v]
		p.last[v] = k
		started := p.started
		p.started = true
		return !started || seen && k != prev
	}
	return false
}

// links writes the translation links: for each row that several groups
// have text in, a <link> of their rows; for each passage a rendering
// moved (which its row leaves alone, the alignment keeping both texts'
// order), a <link type="moved"> of its rows where the base has it and
// where the rendering has it, as the translation check pairs them.
func (t *teiWriter) links() {
	var links [][]string
	for i := range t.rows {
		var targets []string
		for _, g := range t.groups {
			if t.holds(g, i, false) {
				targets = append(targets, "#"+g.id(i))
			}
		}
		if len(targets) >= 2 {
			links = append(links, targets)
		}
	}
	moved := t.movedLinks()
	if len(links)+len(moved) == 0 {
		return // a <linkGrp> holds one link at least
	}
	t.open("linkGrp", "type", "translation")
	t.text("\n")
	for _, l := range links {
		t.open("link", "target", strings.Join(l, " "))
		t.close("link")
		t.text("\n")
	}
	for _, l := range moved {
		t.open("link", "type", "moved", "target", strings.Join(l, " "))
		t.close("link")
		t.text("\n")
	}
	t.close("linkGrp")
	t.text("\n")
}

// movedLinks returns, for each passage a rendering moved as the
// translation check pairs them, the rows of the base's div that hold it
// and those of the rendering's.
func (t *teiWriter) movedLinks() [][]string {
	var out [][]string
	for _, f := range t.r.Findings {
		if f.Kind != compare.FindingMoved || f.Source == "" {
			continue // each passage once, from the base's end
		}
		i := slices.IndexFunc(t.groups, func(g *teiGroup) bool { return slices.Contains(g.versions, f.Version) })
		if i <= 0 {
			continue // the base's own language: no translation
		}
		var targets []string
		for _, end := range []struct {
			g           *teiGroup
			first, last int
		}{{t.groups[0], f.Row, f.LastRow}, {t.groups[i], f.OtherRow, f.OtherLastRow}} {
			for row := end.first; row <= max(end.first, end.last) && row < len(t.laidAt); row++ {
				if at := t.laidAt[row]; t.holds(end.g, at, false) {
					targets = append(targets, "#"+end.g.id(at))
				}
			}
		}
		if len(targets) >= 2 {
			out = append(out, targets)
		}
	}
	return out
}

// witnesses is the pointers to versions vs' witnesses.
func (t *teiWriter) witnesses(vs []int) string {
	wits := make([]string, len(vs))
	for w, v := range vs {
		wits[w] = "#" + witID(v)
	}
	return strings.Join(wits, " ")
}

// shown is the version whose text stands for versions vs that read alike
// (they may differ in typography): the base's when it is one of them, as
// a lemma, else the first.
func (t *teiWriter) shown(vs []int) int {
	if slices.Contains(vs, t.r.Result.Base) {
		return t.r.Result.Base
	}
	return vs[0]
}

// written returns row's readings as written, and their texts: readings
// whose texts are one once written (they differed only in characters XML
// cannot hold, which teiLines drops) are joined, so that no <app> offers
// two identical readings. A reading's text is the version's that shown
// picks.
func (t *teiWriter) written(row compare.Row, groups [][]int) ([][]int, []string) {
	res := t.r.Result
	var out [][]int
	var texts []string
	seen := map[string]int{} // written text -> its reading in out
	for _, vs := range groups {
		c := row.Cells[t.shown(vs)]
		text := teiLines(res.Texts[c.Version][c.Start:c.End])
		if k, ok := seen[text]; ok {
			out[k] = append(out[k], vs...)
			slices.Sort(out[k])
			continue
		}
		seen[text] = len(out)
		out, texts = append(out, vs), append(texts, text)
	}
	return out, texts
}

// lang returns the xml:lang attribute of a text the versions vs read
// alike: their language when they share one that is known.
func (t *teiWriter) lang(vs []int) []string {
	l := t.r.Versions[vs[0]].Language
	for _, v := range vs[1:] {
		if t.r.Versions[v].Language != l {
			return nil
		}
	}
	if l == "" {
		return nil
	}
	return []string{"xml:lang", l}
}

// row writes one row of g: its text when every version of g reads it
// alike, else an apparatus entry with a reading per group of versions
// (compare's Readings, numbered in version order), and the versions
// without the row last. When parallel, the row has an xml:id.
func (t *teiWriter) row(i int, g *teiGroup, parallel bool) {
	res := t.r.Result
	row := t.rows[i]
	ofGroup := row
	if len(g.versions) < len(row.Cells) {
		ofGroup = compare.Row{Cells: make([]*compare.Cell, len(row.Cells))}
		for _, v := range g.versions {
			ofGroup.Cells[v] = row.Cells[v]
		}
	}
	readings := res.Readings(ofGroup)
	var groups [][]int // groups[k]: the versions of reading k
	var none []int
	for _, v := range g.versions {
		switch k := readings[v]; {
		case k < 0:
			none = append(none, v)
		case k == len(groups):
			groups = append(groups, []int{v})
		default:
			groups[k] = append(groups[k], v)
		}
	}
	groups, texts := t.written(row, groups)
	var id []string
	if parallel {
		id = []string{"xml:id", g.id(i)}
	}
	if len(groups) == 1 && len(none) == 0 {
		t.open("seg", append(id, t.lang(groups[0])...)...)
		t.lines(texts[0])
		t.close("seg")
		return
	}
	t.open("app", t.appAttrs(i, g, parallel)...)
	if len(none) > 0 {
		groups = append(groups, none)
	}
	for k, vs := range groups {
		attrs := []string{"wit", t.witnesses(vs)}
		if k < len(texts) {
			attrs = append(attrs, t.lang(vs)...)
		}
		t.open("rdg", attrs...)
		if k < len(texts) { // the versions without the row read nothing
			t.lines(texts[k])
		}
		t.close("rdg")
	}
	t.close("app")
}

// appAttrs are the attributes of row i's <app>: a moved passage's end is
// a transposition, with an xml:id and a corresp naming its other ends.
// TEI P5 offers <listTranspose> too, but in its transcription module,
// for one document's marks to read its parts in another order; between
// witnesses, an apparatus entry linked by att.global.linking is what
// TEI's text-criticism chapter and collation tools use.
//
// When parallel, every row has an xml:id, and a row is a transposition
// where one of g's versions moved it (the row's Moved may be another
// language's).
func (t *teiWriter) appAttrs(i int, g *teiGroup, parallel bool) []string {
	var attrs []string
	if parallel {
		attrs = []string{"xml:id", g.id(i)}
	}
	others := g.moves[i]
	if len(others) == 0 {
		if t.moved(i, g, parallel) {
			attrs = append(attrs, "type", "transposition")
		}
		return attrs
	}
	attrs = append(attrs, "type", "transposition") // whatever Row.Moved says: the other end points here
	refs := make([]string, len(others))
	for k, o := range others {
		refs[k] = "#" + g.id(o)
	}
	if !parallel {
		attrs = append(attrs, "xml:id", g.id(i))
	}
	return append(attrs, "corresp", strings.Join(refs, " "))
}

// moved reports whether row i is moved text of g's: the row's Moved, or,
// when parallel, a cell of g's versions moved.
func (t *teiWriter) moved(i int, g *teiGroup, parallel bool) bool {
	if !parallel {
		return t.rows[i].Moved
	}
	for _, v := range g.versions {
		if c := t.rows[i].Cells[v]; c != nil && (c.Moved || c.Placeholder) {
			return true
		}
	}
	return false
}
