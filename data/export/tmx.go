package export

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/variorum/variorum/compare"
)

// TMX is a translation memory: pairs of segments in two languages with the
// metadata of where they come from.
type TMX struct {
	// SrcLang and TgtLang are BCP 47 tags ("ru", "en-GB").
	SrcLang, TgtLang string
	// SegType is "sentence" or "paragraph".
	SegType string
	// Tool and ToolVersion name the program that made the memory.
	Tool, ToolVersion string
	// Created is when the memory was made.
	Created time.Time
	// Props are the briefing's metadata (title, date, place, source
	// files), written as <prop type="x-NAME"> in the header, in order.
	Props [][2]string
	// Notes are written in the header: what the translation check found
	// on rows that make no unit (a source sentence with no rendering).
	Notes []string
	// Units are the segment pairs; a pair with an empty side is left out,
	// as a translation memory holds only translations.
	Units []TMXUnit
}

// TMXUnit is one translation unit: a source segment and its rendering.
type TMXUnit struct {
	Src, Tgt string
	// Props are written on the unit (row number, version labels).
	Props [][2]string
	// Notes are written on the unit as <note>, which CAT tools show beside
	// it: what the translation check found on its row.
	Notes []string
}

// Units whose two sides' lengths disagree, as no rendering's do, are
// left out of a memory, as CAT tools' own aligners and memory cleaners
// leave them (a length filter): most are two texts paired for want of
// better, a caption beside a title. A unit is judged where both its
// sides have minJudgedRunes characters, against the memory's median
// ratio of the target's length to the source's, which the language pair
// sets. On Anna Karenina's gold sentence pairs (9,245, English against
// Russian) the bounds leave out 23 (0.25%); 0.5 and 2.0 left out 39, 0.4
// and 2.5 kept a title beside a caption at 0.42.
const (
	minJudgedRunes                  = 40
	lengthRatioLow, lengthRatioHigh = 0.45, 2.2
	// minUnitsForRatio is the least units a median ratio is taken of.
	minUnitsForRatio = 8
)

// lengthsAgree returns the units whose lengths agree, and a note for the
// header on each of the others, which it leaves out.
func lengthsAgree(units []TMXUnit) (kept []TMXUnit, notes []string) {
	var ratios []float64
	for _, u := range units {
		if s, t := utf8.RuneCountInString(u.Src), utf8.RuneCountInString(u.Tgt); s > 0 && t > 0 {
			ratios = append(ratios, float64(t)/float64(s))
		}
	}
	if len(ratios) < minUnitsForRatio {
		return units, nil
	}
	slices.Sort(ratios)
	median := ratios[len(ratios)/2]
	kept = make([]TMXUnit, 0, len(units))
	for _, u := range units {
		s, t := utf8.RuneCountInString(u.Src), utf8.RuneCountInString(u.Tgt)
		if r := float64(t) / float64(max(s, 1)) / median; min(s, t) >= minJudgedRunes && (r < lengthRatioLow || r > lengthRatioHigh) {
			where := ""
			for _, p := range u.Props {
				if p[0] == "row" {
					where = "row " + p[1] + ": "
				}
			}
			notes = append(notes, fmt.Sprintf("%sleft out, its lengths disagree (%d and %d characters): “%s”", where, s, t, Clip(u.Src, unitlessQuote)))
			continue
		}
		kept = append(kept, u)
	}
	return kept, notes
}

// tmx mirrors the TMX 1.4b document structure for encoding/xml.
type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Body    []tmxTU   `xml:"body>tu"`
}

type tmxHeader struct {
	CreationTool        string    `xml:"creationtool,attr"`
	CreationToolVersion string    `xml:"creationtoolversion,attr"`
	SegType             string    `xml:"segtype,attr"`
	OTMF                string    `xml:"o-tmf,attr"`
	AdminLang           string    `xml:"adminlang,attr"`
	SrcLang             string    `xml:"srclang,attr"`
	DataType            string    `xml:"datatype,attr"`
	CreationDate        string    `xml:"creationdate,attr"`
	Notes               []string  `xml:"note"`
	Props               []tmxProp `xml:"prop"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// tmxTU holds its notes and props before its variants, as TMX orders them.
type tmxTU struct {
	// SegType is set where the unit is cut otherwise than the header
	// says: several sentences in a memory of sentences.
	SegType string    `xml:"segtype,attr,omitempty"`
	Notes   []string  `xml:"note"`
	Props   []tmxProp `xml:"prop"`
	TUVs    []tmxTUV  `xml:"tuv"`
}

type tmxTUV struct {
	Lang string `xml:"xml:lang,attr"`
	Seg  string `xml:"seg"`
}

// WriteTMX writes m as a TMX 1.4b document to w.
func WriteTMX(w io.Writer, m *TMX) error {
	if m.SrcLang == "" || m.TgtLang == "" {
		return fmt.Errorf("tmx: both languages are needed (source %q, target %q)", m.SrcLang, m.TgtLang)
	}
	srcLang, err := tmxLanguage(m.SrcLang)
	if err != nil {
		return err
	}
	tgtLang, err := tmxLanguage(m.TgtLang)
	if err != nil {
		return err
	}
	doc := tmxDoc{Version: "1.4", Header: tmxHeader{
		CreationTool: m.Tool, CreationToolVersion: m.ToolVersion, SegType: m.SegType,
		OTMF: m.Tool, AdminLang: "en", SrcLang: srcLang, DataType: "plaintext",
		CreationDate: m.Created.UTC().Format("20060102T150405Z"),
	}}
	for _, p := range m.Props {
		doc.Header.Props = append(doc.Header.Props, tmxProp{Type: "x-" + p[0], Value: xmlSafe(p[1])})
	}
	units, left := lengthsAgree(m.Units)
	for _, n := range slices.Concat(m.Notes, left) {
		doc.Header.Notes = append(doc.Header.Notes, xmlSafe(n))
	}
	for _, u := range units {
		src, tgt := segText(u.Src), segText(u.Tgt)
		if src == "" || tgt == "" {
			continue
		}
		tu := tmxTU{TUVs: []tmxTUV{{Lang: srcLang, Seg: src}, {Lang: tgtLang, Seg: tgt}}}
		if m.SegType == "sentence" && (len(compare.Sentences(u.Src)) > 1 || len(compare.Sentences(u.Tgt)) > 1) {
			// A CAT tool trusts a memory of sentences not to need
			// cutting; TMX 1.4b names a unit cut otherwise on the unit.
			tu.SegType = "block"
		}
		for _, n := range u.Notes {
			tu.Notes = append(tu.Notes, xmlSafe(n))
		}
		for _, p := range u.Props {
			tu.Props = append(tu.Props, tmxProp{Type: "x-" + p[0], Value: xmlSafe(p[1])})
		}
		doc.Body = append(doc.Body, tu)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("tmx: %w", err)
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// segText is a segment as a memory holds it: on one line (OneLine), and
// characters XML cannot carry dropped.
func segText(s string) string {
	return xmlSafe(OneLine(s))
}

// xmlSafe drops the characters XML 1.0 forbids (most C0 controls, lone
// surrogates, U+FFFE and U+FFFF), which encoding/xml would otherwise
// replace or reject.
func xmlSafe(s string) string {
	if xmlClean(s) {
		return s // the common case, told by bytes: every cell of a report is asked
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
}

// xmlClean reports whether s is valid UTF-8 with none of the characters
// xmlSafe drops: no C0 control but tab, line feed and carriage return,
// and no U+FFFE or U+FFFF (EF BF BE, EF BF BF).
func xmlClean(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			return false
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] >= 0xBE:
			return false
		}
	}
	return utf8.ValidString(s)
}

// ErrLanguageTag is wrapped when a language is not a BCP 47 tag, which a
// translation memory's xml:lang must be (TMX 1.4b: RFC 3066) for a CAT
// tool to take it.
var ErrLanguageTag = errors.New("not a language tag")

// tmxLanguage returns tag in its canonical BCP 47 form ("en_US" is
// en-US), or an error for what is not a language tag ("english").
func tmxLanguage(tag string) (string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("tmx: %q: %w (BCP 47, such as en or en-US): %w", tag, ErrLanguageTag, err)
	}
	return t.String(), nil
}
