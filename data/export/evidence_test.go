package export

// Tests of the exports against their consumers and specifications: TEI
// P5's parallel segmentation, HTML's direction rules, Unicode TR #36.

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	xhtml "golang.org/x/net/html"
)

// threeParagraphs are three distinct paragraphs for move tests.
var threeParagraphs = []string{
	"The ministers met in Almaty on Friday to prepare the November summit in Astana.",
	"They approved a statement on the eightieth anniversary of the liberation of Belarus.",
	"The next meeting of the council will be held in Minsk in the spring of next year.",
}

// reversedPair is a text of paragraphs P1 P2 P3 and a version that
// reverses them: P3 P2 P1, the simplest reordering an editor makes.
func reversedPair() (a, b string) {
	p := threeParagraphs
	return p[0] + "\n\n" + p[1] + "\n\n" + p[2] + "\n", p[2] + "\n\n" + p[1] + "\n\n" + p[0] + "\n"
}

// TestTEIReversedParagraphsKeepWitnessOrder: each witness's text is the
// common text plus the readings that name it (TEI P5 12.2.3), in its own
// order: P1 P2 P3 against P3 P2 P1 gives w2 P3 P2 P1.
func TestTEIReversedParagraphsKeepWitnessOrder(t *testing.T) {
	a, b := reversedPair()
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	got := teiWitnesses(t, buf.Bytes(), 2)
	for v, text := range []string{a, b} {
		if want := strings.Join(strings.Fields(text), " "); got[v] != want {
			t.Errorf("TEI witness w%d reads\n  %q\nthe version is\n  %q", v+1, got[v], want)
		}
	}
}

// TestHTMLReversedParagraphsKeepColumnOrder: each column of the report
// reads in its version's order, P3 P2 P1 for the reversed version.
func TestHTMLReversedParagraphsKeepColumnOrder(t *testing.T) {
	a, b := reversedPair()
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	got := htmlColumns(t, buf.Bytes(), 2)
	for v, text := range []string{a, b} {
		if want := strings.Join(strings.Fields(text), " "); got[v] != want {
			t.Errorf("HTML column %d reads\n  %q\nthe version is\n  %q", v+1, got[v], want)
		}
	}
}

// TestTEIDeclaresNormalization: versions differing in typography alone
// share one reading, so a witness may read another's quotes; the header
// declares it (TEI P5 2.3.3, <editorialDecl>/<normalization>).
func TestTEIDeclaresNormalization(t *testing.T) {
	a := "The settlement was “thrown away” after the decision.\n"
	b := "The settlement was \"thrown away\" after the decision.\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	got := teiWitnesses(t, buf.Bytes(), 2)
	if got[1] != strings.TrimSpace(b) && !strings.Contains(doc, "<normalization") {
		t.Errorf("witness w2 reads %q (its text is %q) and the header declares no <normalization>; it says: %q",
			got[1], strings.TrimSpace(b), between(doc, "<publicationStmt>", "</publicationStmt>"))
	}
}

// TestHTMLRightToLeftCells: a version given as Hebrew is laid out right
// to left even where a cell opens with a Latin acronym (dir=auto would
// follow the "N" of NATO), and the change list's cells find their own
// direction.
func TestHTMLRightToLeftCells(t *testing.T) {
	a := "NATO הודיעה היום על הסכם חדש עם שכנותיה.\n"
	b := "NATO הודיעה אתמול על הסכם חדש עם שכנותיה.\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, []string{"he", "he"}, Briefing{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	root, err := xhtml.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	walkNodes(root, func(n *xhtml.Node) {
		if n.Type != xhtml.ElementNode || n.Data != "td" {
			return
		}
		text := nodeText(n)
		if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Hebrew, r) }) {
			return
		}
		if dir := resolvedDir(n); dir != "rtl" {
			t.Errorf("a cell of Hebrew text %q is laid out %s (dir=%q, lang=%q)", text, dir, nodeAttr(n, "dir"), nodeAttr(n, "lang"))
		}
	})
}

// TestHTMLCountsColspan: the empty-state row of the counts table spans
// all its columns.
func TestHTMLCountsColspan(t *testing.T) {
	r := textReport(t, []string{"Министр прибыл в Алматы в пятницу.\n", "The minister arrived in Almaty on Friday.\n"},
		[]string{"ru", "en"}, []string{"ru", "en"}, Briefing{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	counts := between(buf.String(), `<table class="counts">`, "</table>")
	if ths := strings.Count(counts, "<th>"); strings.Contains(counts, `colspan="8"`) && ths != 8 {
		t.Errorf("the counts table has %d columns, its empty-state row spans 8", ths)
	}
}

// resolvedDir is the direction HTML gives n: its dir, or for dir=auto
// (or none, inherited ltr here) the first strong character's.
func resolvedDir(n *xhtml.Node) string {
	switch nodeAttr(n, "dir") {
	case "rtl":
		return "rtl"
	case "ltr":
		return "ltr"
	case "auto":
		for _, r := range nodeText(n) {
			switch {
			case unicode.In(r, unicode.Hebrew, unicode.Arabic):
				return "rtl"
			case unicode.IsLetter(r):
				return "ltr"
			}
		}
	}
	return "ltr (inherited from <html>)"
}

func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	s = s[i:]
	if j := strings.Index(s, to); j >= 0 {
		return s[:j+len(to)]
	}
	return s
}

func walkNodes(n *xhtml.Node, f func(*xhtml.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, f)
	}
}

func nodeAttr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func nodeText(n *xhtml.Node) string {
	var b strings.Builder
	walkNodes(n, func(x *xhtml.Node) {
		if x.Type == xhtml.TextNode {
			b.WriteString(x.Data)
		}
	})
	return b.String()
}

// htmlColumns reads each version's column of the aligned table,
// asides (notes, findings, placeholders) left out.
func htmlColumns(t *testing.T, doc []byte, n int) []string {
	t.Helper()
	root, err := xhtml.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	parts := make([][]string, n)
	walkNodes(root, func(x *xhtml.Node) {
		if x.Type != xhtml.ElementNode || x.Data != "tr" || x.Parent == nil || x.Parent.Data != "tbody" ||
			nodeAttr(x.Parent.Parent, "class") != "aligned" {
			return
		}
		k := -1
		for td := x.FirstChild; td != nil; td = td.NextSibling {
			if td.Type != xhtml.ElementNode || td.Data != "td" {
				continue
			}
			if k >= 0 && k < n {
				var b strings.Builder
				var rec func(*xhtml.Node)
				rec = func(y *xhtml.Node) {
					if y.Type == xhtml.ElementNode && y.Data == "div" {
						return
					}
					if y.Type == xhtml.TextNode {
						b.WriteString(y.Data)
					}
					for c := y.FirstChild; c != nil; c = c.NextSibling {
						rec(c)
					}
				}
				rec(td)
				parts[k] = append(parts[k], b.String())
			}
			k++
		}
	})
	out := make([]string, n)
	for v := range out {
		out[v] = strings.Join(strings.Fields(strings.Join(parts[v], " ")), " ")
	}
	return out
}

// TestHTMLShowsBidiControls: a bidirectional override in a version
// ("\u202e0021\u202c", shown as "1200") is written as its code point, not
// obeyed, so a changed figure does not look like the old one (Unicode TR
// #36, bidirectional spoofing).
func TestHTMLShowsBidiControls(t *testing.T) {
	a := "The budget for next year is 1200 million roubles, the minister said.\n"
	b := "The budget for next year is \u202e0021\u202c million roubles, the minister said.\n"
	var buf bytes.Buffer
	if err := WriteHTML(&buf, textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})); err != nil {
		t.Fatal(err)
	}
	for _, c := range []rune{'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'} {
		if n := strings.Count(buf.String(), string(c)); n > 0 {
			t.Errorf("%d raw U+%04X in the page: the change 1200 → \\u202e0021\\u202c shows as 1200 → 1200", n, c)
		}
	}
}

// TestRightToLeftLanguages: languages whose script the language tables
// do not give, or give as one of the rarer right-to-left scripts, read
// right to left.
func TestRightToLeftLanguages(t *testing.T) {
	for _, tag := range []string{"prs", "syc", "hbo", "jrb", "jpr", "tmr", "ku-Yezi", "arc", "mid", "sam"} {
		if !rightToLeft(tag) {
			t.Errorf("rightToLeft(%q) = false, want true (written right to left)", tag)
		}
	}
}

// TestChangeListRightToLeft: the change list's cells take their
// versions' direction, so Hebrew opening with a Latin acronym reads right
// to left there too.
func TestChangeListRightToLeft(t *testing.T) {
	a := "הממשלה הודיעה היום כי NATO תחתום על הסכם חדש עם שכנותיה.\n"
	b := "הממשלה הודיעה היום כי EU חתמה על הסכם חדש עם שכנותיה.\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, []string{"he", "he"}, Briefing{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	root, err := xhtml.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	walkNodes(root, func(n *xhtml.Node) {
		if n.Type != xhtml.ElementNode || n.Data != "td" || nodeAttr(n, "class") != "text" {
			return
		}
		text := nodeText(n)
		if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Hebrew, r) }) {
			return
		}
		if dir := resolvedDir(n); dir != "rtl" {
			t.Errorf("change-list cell of Hebrew text %q is laid out %s (dir=%q)", text, dir, nodeAttr(n, "dir"))
		}
	})
}

// TestShownBidiControlKeepsCellDirection: a direction control shown as
// its code point does not set the direction of a cell that finds its
// own: an Arabic cell opening with one reads right to left.
func TestShownBidiControlKeepsCellDirection(t *testing.T) {
	a := "\u202bأعلنت الوزارة اليوم عن اتفاق جديد مع الجيران.\u202c\n"
	b := "\u202bأعلنت الوزارة أمس عن اتفاق جديد مع الجيران.\u202c\n"
	r := textReport(t, []string{a, b}, []string{"a", "b"}, nil, Briefing{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	root, err := xhtml.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	walkNodes(root, func(n *xhtml.Node) {
		if n.Type != xhtml.ElementNode || n.Data != "td" || nodeAttr(n, "class") == "text" { // the aligned columns
			return
		}
		text := nodeText(n)
		if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
			return
		}
		if dir := autoDirSkippingDirSpans(n); dir != "rtl" {
			t.Errorf("a cell of Arabic text %q is laid out %s (dir=%q)", text, dir, nodeAttr(n, "dir"))
		}
	})
}

// autoDirSkippingDirSpans is HTML's dir=auto: the first strong character
// of the text, skipping descendants with a dir attribute (and bdi).
func autoDirSkippingDirSpans(n *xhtml.Node) string {
	switch nodeAttr(n, "dir") {
	case "rtl":
		return "rtl"
	case "ltr":
		return "ltr"
	case "auto":
	default:
		return "ltr (inherited)"
	}
	var out string
	var rec func(*xhtml.Node)
	rec = func(x *xhtml.Node) {
		if out != "" {
			return
		}
		if x != n && x.Type == xhtml.ElementNode && (x.Data == "bdi" || nodeAttr(x, "dir") != "") {
			return
		}
		if x.Type == xhtml.TextNode {
			for _, r := range x.Data {
				switch {
				case unicode.In(r, unicode.Hebrew, unicode.Arabic):
					out = "rtl"
					return
				case unicode.IsLetter(r):
					out = "ltr"
					return
				}
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	if out == "" {
		return "ltr (no strong character)"
	}
	return out
}
