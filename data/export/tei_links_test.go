package export

// Tests of the TEI apparatus as a reader follows it: a moved passage's
// two ends joined, line breaks kept.

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/variorum/variorum/compare"
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

// teiParallel is what TestTEILinksTranslations reads of a TEI document:
// each <div> of the body with the witnesses it names and the xml:ids of
// the rows in it, the witnesses each reading gives, and the links.
type teiParallel struct {
	divs    []teiDiv
	links   [][]string // each link's targets, without "#"
	apps    [][]string // each app's witnesses, without "#"
	ids     map[string]int
	divOfID map[string]int // a row's xml:id -> its div
}

type teiDiv struct {
	id, lang  string
	witnesses []string
}

func readTEIParallel(t *testing.T, doc []byte) teiParallel {
	t.Helper()
	p := teiParallel{ids: map[string]int{}, divOfID: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	div := -1
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range el.Attr {
				attr[a.Name.Local] = a.Value
			}
			if id := attr["id"]; id != "" {
				p.ids[id]++
				if div >= 0 {
					p.divOfID[id] = div
				}
			}
			switch el.Name.Local {
			case "div":
				div = len(p.divs)
				p.divs = append(p.divs, teiDiv{id: attr["id"], lang: attr["lang"], witnesses: refs(attr["corresp"])})
			case "link":
				p.links = append(p.links, refs(attr["target"]))
			case "app":
				p.apps = append(p.apps, nil)
			case "rdg":
				p.apps[len(p.apps)-1] = append(p.apps[len(p.apps)-1], refs(attr["wit"])...)
			}
		case xml.EndElement:
			if el.Name.Local == "div" {
				div = -1
			}
		}
	}
	return p
}

// refs are the xml:ids a pointer list names.
func refs(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		out = append(out, strings.TrimPrefix(f, "#"))
	}
	return out
}

// TestTEILinksTranslations: versions in several languages are not
// collated together (a translation is no reading of its source): each
// language's versions are a <div> of their own, and links of type
// translation join a row of one to the row of the others the alignment
// pairs with it. Versions in one language stay one collation.
func TestTEILinksTranslations(t *testing.T) {
	ru := "Министр прибыл в Алматы в пятницу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n"
	en := "The minister arrived in Almaty on Friday morning.\n\nHe held talks with colleagues from five countries.\n\nThe meeting lasted four hours.\n"
	en2 := "The minister arrived in Almaty on Friday evening.\n\nHe held talks with colleagues from five countries.\n\nThe meeting lasted four hours.\n"
	de := "Der Minister traf am Freitagmorgen in Almaty ein.\n\nEr führte Gespräche mit Kollegen aus fünf Ländern.\n\nDas Treffen dauerte vier Stunden.\n"
	tests := []struct {
		name         string
		texts, langs []string
		base         int
		divs         [][]string // the witnesses of each div, in order
	}{
		{"one language", []string{en, en2}, []string{"en", "en"}, 0, nil},
		{"source the base", []string{ru, en, en2}, []string{"ru", "en", "en"}, 0, [][]string{{"w1"}, {"w2", "w3"}}},
		{"rendering the base", []string{ru, en, en2}, []string{"ru", "en", "en"}, 1, [][]string{{"w2", "w3"}, {"w1"}}},
		{"two versions in each language", []string{en, ru, en2, ru}, []string{"en", "ru", "en", "ru"}, 0, [][]string{{"w1", "w3"}, {"w2", "w4"}}},
		{"three languages", []string{en, ru, de}, []string{"en", "ru", "de"}, 0, [][]string{{"w1"}, {"w2"}, {"w3"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, tt.texts, []string{"a", "b", "c", "d"}[:len(tt.texts)], tt.langs, Briefing{})
			if tt.base != 0 {
				res, err := compare.Compare(context.Background(), tt.texts, compare.Options{Languages: tt.langs, Base: tt.base})
				if err != nil {
					t.Fatal(err)
				}
				r.Result = res
			}
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				t.Fatal(err)
			}
			p := readTEIParallel(t, buf.Bytes())
			if len(p.divs) != len(tt.divs) {
				t.Fatalf("%d divs, want %d:\n%s", len(p.divs), len(tt.divs), buf.String())
			}
			for k, d := range p.divs {
				if !slices.Equal(d.witnesses, tt.divs[k]) {
					t.Errorf("div %d names witnesses %v, want %v", k, d.witnesses, tt.divs[k])
				}
			}
			for id, n := range p.ids {
				if n > 1 {
					t.Errorf("xml:id %q given %d times", id, n)
				}
			}
			// No reading mixes languages: an app's witnesses are its div's.
			for _, wits := range p.apps {
				for _, w := range wits {
					if len(p.divs) > 0 && !slices.ContainsFunc(p.divs, func(d teiDiv) bool {
						return slices.Contains(d.witnesses, w) && slices.Contains(d.witnesses, wits[0])
					}) {
						t.Errorf("an apparatus entry gives readings of %v, in different divs", wits)
					}
				}
			}
			if len(tt.divs) == 0 {
				if len(p.links) > 0 {
					t.Errorf("one language, yet %d translation links", len(p.links))
				}
				return
			}
			// Three sentences rendered one for one: a link each, joining
			// a row of each div.
			if len(p.links) != 3 {
				t.Errorf("%d translation links, want 3:\n%s", len(p.links), buf.String())
			}
			every := make([]int, len(tt.divs))
			for d := range every {
				every[d] = d
			}
			for _, l := range p.links {
				var divs []int
				for _, id := range l {
					d, ok := p.divOfID[id]
					if !ok {
						t.Errorf("link target %q is no row of a div", id)
					}
					divs = append(divs, d)
				}
				if !slices.Equal(divs, every) {
					t.Errorf("link %v joins rows of divs %v, want one of each", l, divs)
				}
			}
		})
	}
}

// TestTEIParagraphsOfADiv: a div's paragraphs are its versions' own: a
// sentence one rendering added inside a paragraph does not cut the
// paragraph of the others.
func TestTEIParagraphsOfADiv(t *testing.T) {
	ru := "Министр прибыл в Алматы. Он провёл переговоры с коллегами.\n\nВстреча продолжалась четыре часа.\n"
	en := "The minister arrived in Almaty. He held talks with colleagues.\n\nThe meeting lasted four hours.\n"
	en2 := "The minister arrived in Almaty. Our allies expressed their full understanding of our position on the new treaty. He held talks with colleagues.\n\nThe meeting lasted four hours.\n"
	r := textReport(t, []string{ru, en, en2}, []string{"ru", "en", "en2"}, []string{"ru", "en", "en"}, Briefing{})
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	i := strings.Index(doc, `<div xml:id="text-w2"`)
	if i < 0 {
		t.Fatalf("no div led by w2:\n%s", doc)
	}
	div := doc[i : i+strings.Index(doc[i:], "</div>")]
	if n := strings.Count(div, "<p>"); n != 2 {
		t.Errorf("the English div has %d paragraphs, want the two its versions have:\n%s", n, div)
	}
}

// TestTEILinksMovedPassage: a passage the rendering moved, which its row
// leaves alone, is linked to its source as the translation check pairs
// them (type moved), as the TMX pairs them in a unit.
func TestTEILinksMovedPassage(t *testing.T) {
	ru, en := movedPassagePair()
	r := textReport(t, []string{ru, en}, []string{"ru", "en"}, []string{"ru", "en"}, Briefing{})
	r.Findings = compare.CheckTranslations(r.Result)
	var buf bytes.Buffer
	if err := WriteTEI(&buf, r); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	idOf := func(prefix string) string { // the xml:id of the element whose text starts so
		i := strings.Index(doc, ">"+prefix)
		if i < 0 {
			return ""
		}
		j := strings.LastIndex(doc[:i], `xml:id="`)
		if j < 0 {
			return ""
		}
		return doc[j+len(`xml:id="`) : j+len(`xml:id="`)+strings.Index(doc[j+len(`xml:id="`):], `"`)]
	}
	src, tgt := idOf("Одобрено Заявление"), idOf("The Statement of Lavrov")
	want := `<link type="moved" target="#` + src + ` #` + tgt + `">`
	if src == "" || tgt == "" || !strings.Contains(doc, want) {
		t.Errorf("no %s in:\n%s", want, doc)
	}
}

// FuzzWriteTEI: the TEI of any three texts, two of them in one language
// and one in another, with the translation check's findings, is well
// formed, gives each xml:id once, and every pointer names one of them.
func FuzzWriteTEI(f *testing.F) {
	f.Add("Министр прибыл в Алматы.\n\nВстреча продолжалась четыре часа.\n",
		"The minister arrived in Almaty.\n\nThe meeting lasted four hours.\n",
		"The meeting lasted four hours.\n\nThe minister arrived in Almaty.\n", 0)
	f.Add("Один. Два.", "One. Two. Three.", "One.", 1)
	f.Add("", "a", "<b>&", 2)
	f.Fuzz(func(t *testing.T, ru, en, en2 string, base int) {
		texts, langs := []string{ru, en, en2}, []string{"ru", "en", "en"}
		base = (base%3 + 3) % 3
		res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: langs, Base: base})
		if err != nil {
			return
		}
		r := &Report{Result: res, Findings: compare.CheckTranslations(res), Tool: "Variorum 0.1.0",
			Versions: []Version{{Label: "ru", Language: "ru"}, {Label: "en", Language: "en"}, {Label: "en2", Language: "en"}}}
		var buf bytes.Buffer
		if err := WriteTEI(&buf, r); err != nil {
			t.Fatal(err)
		}
		ids := map[string]int{}
		var pointers []string
		dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not well formed: %v\n%s", err, buf.String())
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					switch a.Name.Local {
					case "id":
						ids[a.Value]++
					case "target", "corresp", "wit":
						pointers = append(pointers, refs(a.Value)...)
					}
				}
			}
		}
		for id, n := range ids {
			if n > 1 {
				t.Errorf("xml:id %q given %d times", id, n)
			}
		}
		for _, p := range pointers {
			if ids[p] == 0 {
				t.Errorf("a pointer names %q, no element's xml:id:\n%s", p, buf.String())
			}
		}
	})
}
