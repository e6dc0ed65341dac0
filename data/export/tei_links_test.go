package export

// Tests of the TEI apparatus as a reader follows it: a moved passage's
// two ends joined, line breaks kept.

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
)

// teiApp is an <app> of a TEI body, as far as its links go.
type teiApp struct {
	Type    string `xml:"type,attr"`
	ID      string `xml:"http://www.w3.org/XML/1998/namespace id,attr"`
	Corresp string `xml:"corresp,attr"`
}

// teiApps reads the apparatus entries of doc, and every xml:id in it.
func teiApps(t *testing.T, doc []byte) ([]teiApp, map[string]int) {
	t.Helper()
	var apps []teiApp
	ids := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range se.Attr {
			if a.Name.Local == "id" {
				ids[a.Value]++
			}
		}
		if se.Name.Local == "app" {
			var a teiApp
			if err := dec.DecodeElement(&a, &se); err != nil {
				t.Fatal(err)
			}
			apps = append(apps, a)
		}
	}
	return apps, ids
}

// TestTEITranspositionsPointAtEachOther: the two ends of a moved passage
// are apparatus entries of type transposition, each with an xml:id and a
// corresp naming the other, so that a reader of the TEI (or a tool) joins
// them, as TEI P5 links any two elements (att.global.linking).
func TestTEITranspositionsPointAtEachOther(t *testing.T) {
	for _, tt := range anchorReports(t) {
		if !strings.Contains(tt.name, "move") && !strings.Contains(tt.name, "reversed") {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteTEI(&buf, tt.r); err != nil {
				t.Fatal(err)
			}
			apps, ids := teiApps(t, buf.Bytes())
			for id, n := range ids {
				if n > 1 {
					t.Errorf("xml:id %q %d times", id, n)
				}
			}
			byID := map[string]teiApp{}
			moves := 0
			for _, a := range apps {
				if a.Type != "transposition" {
					continue
				}
				moves++
				if a.ID == "" || a.Corresp == "" {
					t.Errorf("a transposition without xml:id or corresp: %+v", a)
				}
				byID[a.ID] = a
			}
			if moves < 2 {
				t.Fatalf("%d transpositions", moves)
			}
			for id, a := range byID {
				for _, ref := range strings.Fields(a.Corresp) {
					other, ok := byID[strings.TrimPrefix(ref, "#")]
					if !ok || !strings.HasPrefix(ref, "#") {
						t.Errorf("%s points at %s, no transposition", id, ref)
						continue
					}
					if !slices.Contains(strings.Fields(other.Corresp), "#"+id) {
						t.Errorf("%s points at %s, which points at %q", id, ref, other.Corresp)
					}
				}
			}
		})
	}
}

// TestTEIKeepsLineBreaks: a line break inside a paragraph ("Dear
// Colleagues," and "Good afternoon" on their own lines) is an <lb/>, in
// a text all versions share and in a reading, not a space that merges
// the lines; spaces around it and blank lines do not add more.
func TestTEIKeepsLineBreaks(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string
	}{
		{"shared", "Dear Colleagues,\nGood afternoon.\n\nThe talks went on.\n", "Dear Colleagues,\nGood afternoon.\n\nThe talks went well.\n",
			[]string{`<seg>Dear Colleagues,<lb/>Good afternoon.</seg>`}},
		{"read differently", "Dear Colleagues,  \n  Good afternoon.\n", "Dear Colleagues,\nGood evening.\n",
			[]string{`<rdg wit="#w1">Dear Colleagues,<lb/>Good afternoon.</rdg>`, `<rdg wit="#w2">Dear Colleagues,<lb/>Good evening.</rdg>`}},
		{"Chinese", "尊敬的\n同事们。\n", "尊敬的\n朋友们。\n",
			[]string{`尊敬的<lb break="no"/>同事们。`, `尊敬的<lb break="no"/>朋友们。`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{tt.a, tt.b}, []string{"a", "b"}, nil, Briefing{})
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %s in\n%s", w, out[strings.Index(out, "<text>"):])
				}
			}
			var doc struct{ XMLName xml.Name }
			if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Errorf("not well-formed: %v", err)
			}
		})
	}
}
