package export

// Tests of what makes an export citable: anchors a reader can link to and
// links that land where they say.

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"github.com/variorum/variorum/compare"
)

// anchorReports are reports whose pages must be citable: a note, moves
// up, down and both ways, two versions moving one passage, and a
// translation check's findings, one of them a moved passage.
func anchorReports(t *testing.T) []struct {
	name string
	r    *Report
} {
	p := threeParagraphs
	a, rev := reversedPair()
	out := []struct {
		name string
		r    *Report
	}{
		{"a note", smallReport(t)},
		{"reversed paragraphs", textReport(t, []string{a, rev}, []string{"a", "b"}, nil, Briefing{})},
		{"two versions move", textReport(t, []string{a, p[2] + "\n\n" + p[0] + "\n\n" + p[1] + "\n",
			p[1] + "\n\n" + p[2] + "\n\n" + p[0] + "\n"}, []string{"a", "b", "c"}, nil, Briefing{})},
	}
	for _, tt := range movedParagraphs() {
		out = append(out, struct {
			name string
			r    *Report
		}{tt.name, textReport(t, []string{tt.a, tt.b}, []string{"a", "b"}, nil, Briefing{})})
	}
	ru := "Министр прибыл в Алматы в пятницу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n"
	en := "The minister arrived in Almaty on Friday morning.\n\nHe held talks with colleagues from five countries.\n\nThe meeting lasted 9 hours.\n"
	tr := textReport(t, []string{ru, en}, []string{"ru", "en"}, []string{"ru", "en"}, Briefing{})
	tr.Findings = append(compare.CheckTranslations(tr.Result),
		compare.Finding{Kind: compare.FindingMoved, Version: 1, Row: 0, LastRow: 0, Source: "x", OtherRow: 2, OtherLastRow: 2})
	out = append(out, struct {
		name string
		r    *Report
	}{"translation check", tr})
	return out
}

func parseHTML(t *testing.T, r *Report) *xhtml.Node {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	root, err := xhtml.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// elements returns the elements under n that match.
func elements(n *xhtml.Node, match func(*xhtml.Node) bool) []*xhtml.Node {
	var out []*xhtml.Node
	walkNodes(n, func(x *xhtml.Node) {
		if x.Type == xhtml.ElementNode && match(x) {
			out = append(out, x)
		}
	})
	return out
}

// hrefs are the fragment links under n, "#row-3" as "row-3".
func hrefs(n *xhtml.Node) []string {
	var out []string
	for _, a := range elements(n, func(x *xhtml.Node) bool { return x.Data == "a" }) {
		if h, ok := strings.CutPrefix(nodeAttr(a, "href"), "#"); ok {
			out = append(out, h)
		}
	}
	return out
}

// TestHTMLAnchorsResolve: the page is valid as to its anchors, ids
// unique, and every link within it lands on an element.
func TestHTMLAnchorsResolve(t *testing.T) {
	for _, tt := range anchorReports(t) {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, tt.r)
			ids := map[string]bool{}
			for _, x := range elements(root, func(x *xhtml.Node) bool { return nodeAttr(x, "id") != "" }) {
				id := nodeAttr(x, "id")
				if ids[id] {
					t.Errorf("id %q twice", id)
				}
				ids[id] = true
			}
			if len(ids) == 0 {
				t.Fatal("no ids")
			}
			for _, h := range hrefs(root) {
				if !ids[h] {
					t.Errorf("a link to #%s, which is nowhere", h)
				}
			}
		})
	}
}

// alignedRows are the rows of the aligned table.
func alignedRows(root *xhtml.Node) []*xhtml.Node {
	return elements(root, func(x *xhtml.Node) bool {
		return x.Data == "tr" && x.Parent.Data == "tbody" && nodeAttr(x.Parent.Parent, "class") == "aligned"
	})
}

// TestHTMLRowPermalinks: every row of the aligned text has the id
// row-N for the number it shows, and that number links to it, so that a
// reader copies the link to cite the row.
func TestHTMLRowPermalinks(t *testing.T) {
	for _, tt := range anchorReports(t) {
		t.Run(tt.name, func(t *testing.T) {
			rows := alignedRows(parseHTML(t, tt.r))
			if len(rows) == 0 {
				t.Fatal("no rows")
			}
			for i, tr := range rows {
				id := "row-" + strconv.Itoa(i+1)
				if got := nodeAttr(tr, "id"); got != id {
					t.Errorf("row %d has id %q, want %q", i+1, got, id)
				}
				n := elements(tr, func(x *xhtml.Node) bool { return x.Data == "td" && nodeAttr(x, "class") == "n" })
				if len(n) != 1 {
					t.Fatalf("row %d: %d number cells", i+1, len(n))
				}
				links := elements(n[0], func(x *xhtml.Node) bool { return x.Data == "a" })
				if len(links) != 1 || nodeAttr(links[0], "href") != "#"+id || nodeText(links[0]) != strconv.Itoa(i+1) {
					t.Errorf("row %d: its number is not a link to #%s", i+1, id)
				}
			}
		})
	}
}

var rowNamed = regexp.MustCompile(`rows? (\d+)`)

// TestHTMLPlaceholdersLinkTheirRow: "moved down to row N" and "in the
// base at row N" link to row N.
func TestHTMLPlaceholdersLinkTheirRow(t *testing.T) {
	for _, tt := range anchorReports(t) {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, tt.r)
			seen := 0
			for _, td := range elements(root, func(x *xhtml.Node) bool { return x.Data == "td" && nodeAttr(x, "class") == "empty" }) {
				for _, aside := range elements(td, func(x *xhtml.Node) bool { return x.Data == "div" }) {
					text := nodeText(aside)
					if !strings.Contains(text, "moved") && !strings.Contains(text, "in the base at") {
						continue
					}
					seen++
					m := rowNamed.FindStringSubmatch(text)
					if m == nil {
						t.Errorf("placeholder %q names no row", text)
						continue
					}
					if !slices.Contains(hrefs(aside), "row-"+m[1]) {
						t.Errorf("placeholder %q does not link to #row-%s", text, m[1])
					}
				}
			}
			if strings.Contains(tt.name, "move") && seen == 0 {
				t.Error("no placeholders")
			}
		})
	}
}

// TestHTMLChangesLinked: every change listed has an id, change-K, its
// number linking to it, and links to the row it is on.
func TestHTMLChangesLinked(t *testing.T) {
	for _, tt := range anchorReports(t) {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, tt.r)
			changes := elements(root, func(x *xhtml.Node) bool {
				return x.Data == "tr" && strings.HasPrefix(nodeAttr(x, "id"), "change-")
			})
			if len(changes) != tt.r.ListedCount() {
				t.Fatalf("%d changes with an id, %d listed", len(changes), tt.r.ListedCount())
			}
			rows := len(alignedRows(root))
			for k, tr := range changes {
				id := "change-" + strconv.Itoa(k+1)
				if nodeAttr(tr, "id") != id {
					t.Errorf("change %d has id %q", k+1, nodeAttr(tr, "id"))
				}
				hs := hrefs(tr)
				if !slices.Contains(hs, id) {
					t.Errorf("change %d does not link to itself: %q", k+1, hs)
				}
				onRow := 0
				for _, h := range hs {
					if n, ok := strings.CutPrefix(h, "row-"); ok {
						if i, err := strconv.Atoi(n); err != nil || i < 1 || i > rows {
							t.Errorf("change %d links to %s", k+1, h)
						}
						onRow++
					}
				}
				if onRow != 1 {
					t.Errorf("change %d links to %d rows: %q", k+1, onRow, hs)
				}
			}
		})
	}
}

// TestHTMLFindingsLinkTheirRows: each finding of the translation check
// links to the rows it names, a moved passage to both its ends, in the
// list and on the row.
func TestHTMLFindingsLinkTheirRows(t *testing.T) {
	var r *Report
	for _, tt := range anchorReports(t) {
		if tt.name == "translation check" {
			r = tt.r
		}
	}
	root := parseHTML(t, r)
	items := elements(root, func(x *xhtml.Node) bool {
		return x.Data == "li" && x.Parent != nil && nodeAttr(x.Parent, "class") == "findings"
	})
	if len(items) != len(r.Findings) {
		t.Fatalf("%d findings listed, %d found", len(items), len(r.Findings))
	}
	for _, li := range items {
		text := nodeText(li)
		var want []string
		for _, m := range rowNamed.FindAllStringSubmatch(text, -1) {
			want = append(want, "row-"+m[1])
		}
		if got := hrefs(li); len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("finding %q links to %q, want %q", text, got, want)
		}
	}
	// The moved passage's aside on row 1, in its version's column.
	found := false
	for _, div := range elements(alignedRows(root)[0], func(x *xhtml.Node) bool { return x.Data == "div" }) {
		if strings.Contains(nodeText(div), "moved in the rendering") {
			found = true
			if hs := hrefs(div); !slices.Equal(hs, []string{"row-3"}) {
				t.Errorf("aside %q links to %q, want row-3", nodeText(div), hs)
			}
		}
	}
	if !found {
		t.Error("no aside for the moved passage on row 1")
	}
}

// TestHTMLNotesLinkTheirRow: the list of notes links each to its row.
func TestHTMLNotesLinkTheirRow(t *testing.T) {
	root := parseHTML(t, smallReport(t))
	items := elements(root, func(x *xhtml.Node) bool {
		return x.Data == "li" && x.Parent != nil && nodeAttr(x.Parent, "class") == "notes"
	})
	if len(items) != 1 {
		t.Fatalf("%d notes listed", len(items))
	}
	m := rowNamed.FindStringSubmatch(nodeText(items[0]))
	if m == nil || !slices.Equal(hrefs(items[0]), []string{"row-" + m[1]}) {
		t.Errorf("note %q links to %q", nodeText(items[0]), hrefs(items[0]))
	}
}
