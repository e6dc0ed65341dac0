package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/variorum/variorum/compare"
)

func TestWriteTMX(t *testing.T) {
	m := &TMX{
		SrcLang: "ru", TgtLang: "en", SegType: "sentence", Tool: "Variorum", ToolVersion: "0.1.0",
		Created: time.Date(2024, 6, 21, 10, 0, 0, 0, time.UTC),
		Props:   [][2]string{{"briefing", "Lavrov & the CSTO <Almaty>"}},
		Units: []TMXUnit{
			{Src: "Уважаемые коллеги,\nдобрый день!", Tgt: "Dear colleagues, good afternoon!", Props: [][2]string{{"row", "1"}}},
			{Src: "Только в источнике.", Tgt: ""},
			{Src: "Контроль\x01символы", Tgt: "Control\x1bcharacters"},
		},
	}
	var b bytes.Buffer
	if err := WriteTMX(&b, m); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Header  struct {
			SrcLang  string `xml:"srclang,attr"`
			SegType  string `xml:"segtype,attr"`
			Created  string `xml:"creationdate,attr"`
			DataType string `xml:"datatype,attr"`
			Props    []struct {
				Type  string `xml:"type,attr"`
				Value string `xml:",chardata"`
			} `xml:"prop"`
		} `xml:"header"`
		TUs []struct {
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not well-formed: %v\n%s", err, b.String())
	}
	if doc.Version != "1.4" || doc.Header.SrcLang != "ru" || doc.Header.SegType != "sentence" || doc.Header.DataType != "plaintext" || doc.Header.Created != "20240621T100000Z" {
		t.Errorf("header: %+v", doc.Header)
	}
	if len(doc.Header.Props) != 1 || doc.Header.Props[0].Type != "x-briefing" || doc.Header.Props[0].Value != "Lavrov & the CSTO <Almaty>" {
		t.Errorf("header props: %+v", doc.Header.Props)
	}
	if len(doc.TUs) != 2 {
		t.Fatalf("%d units, want 2 (a one-sided pair is left out)", len(doc.TUs))
	}
	tu := doc.TUs[0]
	if len(tu.TUVs) != 2 || tu.TUVs[0].Lang != "ru" || tu.TUVs[1].Lang != "en" || tu.TUVs[0].Seg != "Уважаемые коллеги, добрый день!" {
		t.Errorf("first unit: %+v", tu)
	}
	if s := doc.TUs[1].TUVs[1].Seg; s != "Controlcharacters" {
		t.Errorf("control characters kept: %q", s)
	}
	if !strings.HasPrefix(b.String(), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no XML declaration")
	}
}

func TestWriteTMXNeedsLanguages(t *testing.T) {
	if err := WriteTMX(&bytes.Buffer{}, &TMX{SrcLang: "ru"}); err == nil {
		t.Errorf("no error without a target language")
	}
}

// TestTMXLanguageTags: a memory's languages are BCP 47 tags, which CAT
// tools need: "en_US" is written en-US, and what is no tag is refused.
func TestTMXLanguageTags(t *testing.T) {
	for _, tc := range []struct {
		tag, want string
		err       bool
	}{
		{"en_US", "en-US", false},
		{"EN", "en", false},
		{"und-Latn", "und-Latn", false},
		{"english", "", true},
	} {
		var buf bytes.Buffer
		err := WriteTMX(&buf, &TMX{SrcLang: "ru", TgtLang: tc.tag, SegType: "sentence", Tool: "Variorum", ToolVersion: "0",
			Created: time.Unix(0, 0), Units: []TMXUnit{{Src: "Привет.", Tgt: "Hello."}}})
		if tc.err {
			if !errors.Is(err, ErrLanguageTag) {
				t.Errorf("%q: error %v, want ErrLanguageTag", tc.tag, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", tc.tag, err)
		}
		if want := `<tuv xml:lang="` + tc.want + `">`; !strings.Contains(buf.String(), want) {
			t.Errorf("%q: no %s in\n%s", tc.tag, want, buf.String())
		}
	}
}

func TestOneLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0» 15\u202f000", "Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0» 15\u202f000"},
		{"two  spaces\tand a tab", "two  spaces\tand a tab"},
		{"a wrapped\nparagraph", "a wrapped paragraph"},
		{"trailing \n  leading", "trailing leading"},
		{"two\n\nparagraphs\r\nand\u2028more", "two paragraphs and more"},
		{"\nedges\n", "edges"},
		{"今天天气很好。\n我们去公园散步。", "今天天气很好。我们去公园散步。"},
		{"日本語\nand English", "日本語 and English"},
		{"", ""},
	} {
		if got := OneLine(tc.in); got != tc.want {
			t.Errorf("OneLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// tmxUnits is what the tests read back of a memory: its units' notes and
// segments.
type tmxUnits struct {
	TUs []struct {
		Notes []string `xml:"note"`
		TUVs  []struct {
			Seg string `xml:"seg"`
		} `xml:"tuv"`
	} `xml:"body>tu"`
}

// readTMXUnits parses memory, failing t when it is not well-formed.
func readTMXUnits(t *testing.T, memory []byte) tmxUnits {
	t.Helper()
	var doc tmxUnits
	if err := xml.Unmarshal(memory, &doc); err != nil {
		t.Fatalf("not well-formed: %v\n%s", err, memory)
	}
	return doc
}

// TestTMXFindingNotes: a unit whose row the translation check flagged
// carries the finding as a note, which CAT tools show beside it; the
// other units carry none.
func TestTMXFindingNotes(t *testing.T) {
	ru := "Министр прибыл в Алматы в пятницу утром.\n\nОн провёл переговоры с коллегами из пяти стран.\n\nВстреча продолжалась четыре часа.\n"
	en := "The minister arrived in Almaty on Friday morning.\n\nHe held talks with colleagues from five countries.\n\nThe meeting lasted 9 hours.\n"
	for _, base := range []int{0, 1} {
		texts, labels, langs := []string{ru, en}, []string{"ru", "en"}, []string{"ru", "en"}
		if base == 1 {
			texts, labels, langs = []string{en, ru}, []string{"en", "ru"}, []string{"en", "ru"}
		}
		r := textReport(t, texts, labels, langs, Briefing{})
		r.Versions[base].Kind = kindOriginal // ru is the source either way
		r.Findings = compare.CheckTranslations(r.Result)
		var b bytes.Buffer
		if err := WriteReportTMX(&b, r); err != nil {
			t.Fatal(err)
		}
		doc := readTMXUnits(t, b.Bytes())
		noted := 0
		for _, tu := range doc.TUs {
			if len(tu.TUVs) != 2 {
				t.Fatalf("base %d: unit %+v", base, tu)
			}
			if strings.Contains(tu.TUVs[1].Seg, "9 hours") {
				// The check takes the base as the source: with en as the
				// base, the memory's target is what the note calls source.
				want := "numbers differ: only the source has четыре, only the rendering 9"
				if base == 1 {
					want = "checked with en as the source: numbers differ: only the source has 9, only the rendering четыре"
				}
				if len(tu.Notes) != 1 || tu.Notes[0] != want {
					t.Errorf("base %d: the unit with 9 hours has notes %q, want %q", base, tu.Notes, want)
				}
			}
			noted += len(tu.Notes)
			if !strings.HasPrefix(tu.TUVs[0].Seg, "Министр") && !strings.HasPrefix(tu.TUVs[0].Seg, "Он") && !strings.HasPrefix(tu.TUVs[0].Seg, "Встреча") {
				t.Errorf("base %d: source segment %q is not the Russian", base, tu.TUVs[0].Seg)
			}
		}
		if noted != 1 {
			t.Errorf("base %d: %d notes in all, want 1\n%s", base, noted, b.String())
		}
	}
}

// FuzzWriteTMX: whatever a version's text or a finding holds (control
// characters, broken UTF-8, markup), the memory is well-formed XML that
// gives the segments and notes back as the writer made them safe.
func FuzzWriteTMX(f *testing.F) {
	f.Add("Встреча прошла 19 июля.", "The meeting took place <on> 19 July & later.", "numbers differ: only the source has 19")
	f.Add("a\x00b\x1bc", "\xff\xfe broken", "possibly not in the source: \"]]>\"")
	f.Add("line\nbreak\r\n", "\u2028sep\ufffe", "")
	f.Fuzz(func(t *testing.T, src, tgt, note string) {
		m := &TMX{SrcLang: "ru", TgtLang: "en", SegType: "sentence", Tool: "Variorum", ToolVersion: "0.1.0",
			Units: []TMXUnit{{Src: src, Tgt: tgt, Notes: []string{note}, Props: [][2]string{{"row", note}}}}}
		var b bytes.Buffer
		if err := WriteTMX(&b, m); err != nil {
			t.Fatal(err)
		}
		doc := readTMXUnits(t, b.Bytes())
		wantSrc, wantTgt := segText(src), segText(tgt)
		if wantSrc == "" || wantTgt == "" {
			if len(doc.TUs) != 0 {
				t.Fatalf("a unit with an empty side was written: %+v", doc.TUs)
			}
			return
		}
		if len(doc.TUs) != 1 || len(doc.TUs[0].TUVs) != 2 {
			t.Fatalf("units %+v, want one of two variants", doc.TUs)
		}
		tu := doc.TUs[0]
		if got := tu.TUVs[0].Seg; got != wantSrc {
			t.Errorf("source segment %q, want %q", got, wantSrc)
		}
		if got := tu.TUVs[1].Seg; got != wantTgt {
			t.Errorf("target segment %q, want %q", got, wantTgt)
		}
		if len(tu.Notes) != 1 || tu.Notes[0] != xmlSafe(note) {
			t.Errorf("notes %q, want [%q]", tu.Notes, xmlSafe(note))
		}
	})
}

// TestReportTMXLanguageDetermined: a translation memory is only of
// use to a CAT tool when its srclang and each <tuv xml:lang> name real
// languages. When a version's language is not known the comparison gives
// it an undetermined one of its script ("und-Latn"), which OmegaT, memoQ
// and Trados match to no project language: the memory is refused, as
// "variorum align --format tmx" refuses it.
func TestReportTMXLanguageDetermined(t *testing.T) {
	tests := []struct {
		name         string
		langs        []string // as the comparison took them
		versionLangs []string // as the library holds them
		texts        []string
	}{
		{"target undetermined", []string{"ru", "und-Latn"}, []string{"ru", ""},
			[]string{"Да, 19 июля.\n", "Yes, 19 July.\n"}},
		{"source undetermined", []string{"und-Cyrl", "en"}, []string{"", "en"},
			[]string{"Да, 19 июля.\n", "Yes, 19 July.\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, tt.texts, []string{"a", "b"}, tt.langs, Briefing{Title: "T"})
			for i, l := range tt.versionLangs {
				r.Versions[i].Language = l
			}
			var buf bytes.Buffer
			if err := WriteReportTMX(&buf, r); !errors.Is(err, ErrLanguageUnknown) {
				t.Errorf("WriteReportTMX: %v, want ErrLanguageUnknown; wrote:\n%s", err, buf.String())
			}
		})
	}
}

// TestTMXUnitSegType marks a unit of several sentences in a memory of
// sentences, as TMX 1.4b has a unit cut otherwise than its header say so.
func TestTMXUnitSegType(t *testing.T) {
	m := &TMX{SrcLang: "ru", TgtLang: "en", SegType: "sentence", Tool: "Variorum", Units: []TMXUnit{
		{Src: "Видим здесь хороший потенциал.", Tgt: "We see good potential here."},
		{Src: "Переговоры прошли. Все согласились.", Tgt: "The talks went well and everyone agreed."},
	}}
	var b bytes.Buffer
	if err := WriteTMX(&b, m); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TUs []struct {
			SegType string `xml:"segtype,attr"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.TUs) != 2 || doc.TUs[0].SegType != "" || doc.TUs[1].SegType != "block" {
		t.Errorf("units' segtype %+v, want none then block\n%s", doc.TUs, b.String())
	}
}

// TestTMXKeepsUnitlessFindings: a source sentence with no rendering makes
// no unit, and what the check found there (an omission) goes in the
// header, with its row, worded as "variorum check" words it, and the
// text it is on.
func TestTMXKeepsUnitlessFindings(t *testing.T) {
	fr := "Le conseil s'est réuni lundi à Lyon. Il a voté le budget de la ville après un long débat. La séance a été levée à midi.\n"
	en := "The council met on Monday in Lyon. The session was closed at noon.\n"
	r := textReport(t, []string{fr, en}, []string{"fr", "en"}, []string{"fr", "en"}, Briefing{})
	r.Findings = compare.CheckTranslations(r.Result)
	var b bytes.Buffer
	if err := WriteReportTMX(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Notes []string `xml:"header>note"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 1 || r.Findings[0].Kind != compare.FindingOmission {
		t.Fatalf("findings %v, want one omission", r.Findings)
	}
	c := r.Result.Rows[r.Findings[0].Row].Cells[0]
	if want := r.Findings[0].String() + ": “" + r.Result.Texts[0][c.Start:c.End] + "”"; len(doc.Notes) != 1 || doc.Notes[0] != want {
		t.Errorf("header notes %q, want %q", doc.Notes, want)
	}
}

// TestTMXLeavesOutDisagreeingLengths: a unit whose sides' lengths
// disagree, as a title paired with a caption, is left out of the memory
// and named in its header; units of the memory's usual ratio, and short
// ones whatever their ratio, stay.
func TestTMXLeavesOutDisagreeingLengths(t *testing.T) {
	m := &TMX{SrcLang: "ru", TgtLang: "en", SegType: "sentence", Tool: "Variorum", Created: time.Unix(0, 0)}
	for i := range 10 {
		m.Units = append(m.Units, TMXUnit{Src: fmt.Sprintf("Министр провёл переговоры с коллегами из соседних стран, номер %d.", i),
			Tgt: fmt.Sprintf("The minister held talks with his colleagues from neighbouring countries, number %d.", i)})
	}
	m.Units = append(m.Units,
		TMXUnit{Src: "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова по итогам заседания Совета министров иностранных дел ОДКБ, Алматы, 21 июня 2024 года",
			Tgt: "date 2024-06-21 Lavrov has a dour look as he awaits the start of the presser.", Props: [][2]string{{"row", "1"}}},
		TMXUnit{Src: "Да.", Tgt: "Yes, of course, that is what we agreed."})
	var b bytes.Buffer
	if err := WriteTMX(&b, m); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if got := strings.Count(s, "<tu>") + strings.Count(s, "<tu "); got != 11 {
		t.Errorf("%d units, want 11: the ten, and the short one", got)
	}
	if strings.Contains(s, "dour look") || !strings.Contains(s, "row 1: left out, its lengths disagree (178 and 77 characters)") {
		t.Errorf("the title beside a caption is not left out and named:\n%s", s)
	}
	m.Units = m.Units[len(m.Units)-2:] // too few units to judge by
	b.Reset()
	if err := WriteTMX(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "dour look") {
		t.Errorf("with two units, one was left out")
	}
}
