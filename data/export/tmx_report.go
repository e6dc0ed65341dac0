package export

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/variorum/variorum/compare"
)

// ErrNoTranslation is returned when a translation memory is asked of
// versions that are all in the base's language.
var ErrNoTranslation = errors.New("a translation memory needs a version in another language than the base")

// ErrLanguageUnknown is wrapped when a version of a translation memory
// has no language a CAT tool could match: an undetermined one ("und-Latn")
// or none.
var ErrLanguageUnknown = errors.New("a translation memory needs both versions' languages")

// kindOriginal is the kind of a version in the language it was first
// written or spoken in (data.KindOriginal).
const kindOriginal = "original"

// WriteReportTMX writes the aligned rows of the base and the first version
// in another language as a TMX translation memory, with the briefing's
// metadata and both versions' labels and SHA-256 in its header, and on
// each unit, as notes, the translation check's findings on its row (a
// number only one side has, a sentence possibly not rendered), so that a
// translator can review those units before trusting them. Its source
// language is the base's, or the other's when that is the original and
// the base is not.
func WriteReportTMX(w io.Writer, r *Report) error {
	if err := r.check(); err != nil {
		return err
	}
	res := r.Result
	from, to, err := TMXPair(r)
	if err != nil {
		return err
	}
	src, dst := r.Versions[from], r.Versions[to]
	for _, v := range []int{from, to} {
		if l := r.language(v); l == "" || l == "und" || strings.HasPrefix(l, "und-") {
			return fmt.Errorf("%w: %s's could not be told; set it (variorum edit VERSION --lang L) and export again",
				ErrLanguageUnknown, r.Versions[v].Label)
		}
	}
	m := &TMX{SrcLang: r.language(from), TgtLang: r.language(to), SegType: "sentence", Tool: "Variorum",
		ToolVersion: toolVersion(r.Tool), Created: r.Created}
	for _, p := range [][2]string{
		{"briefing", r.Briefing.Title}, {"briefing-slug", r.Briefing.Slug}, {"date", r.Briefing.Date},
		{"place", r.Briefing.Place}, {"source-label", src.Label}, {"source-sha256", src.SHA256},
		{"target-label", dst.Label}, {"target-sha256", dst.SHA256},
	} {
		if p[1] != "" {
			m.Props = append(m.Props, p)
		}
	}
	// The check's findings are on the version that is not the base, and
	// word the base as the source: where the memory translates from that
	// version, its notes say so.
	rendering, frame := to, ""
	if to == res.Base {
		rendering, frame = from, "checked with "+dst.Label+" as the source: "
	}
	_, rowOf := res.MovesInPlace()
	notes := r.findingsByRow(rendering, frame, rowOf)
	moved := movedFindings(r.Findings, rendering)
	unitless := map[string]bool{} // the notes of rows that make no unit, said once in the header
	for i, row := range res.Rows {
		a, b := row.Cells[from], row.Cells[to]
		if a != nil && b != nil {
			m.Units = append(m.Units, TMXUnit{Src: res.Texts[from][a.Start:a.End], Tgt: res.Texts[to][b.Start:b.End],
				Props: [][2]string{{"row", strconv.Itoa(rowOf[i] + 1)}}, Notes: notes[i]})
		} else if len(moved[i]) == 0 {
			// A sentence one side lacks makes no unit; what the check
			// found there (an omission, an addition) goes in the header,
			// which CAT tools show with the memory, not lost with it.
			for _, n := range notes[i] {
				if !unitless[n] {
					unitless[n] = true
					m.Notes = append(m.Notes, "row "+strconv.Itoa(rowOf[i]+1)+": "+n+": “"+Clip(cellOf(res, a, b), unitlessQuote)+"”")
				}
			}
		}
		for _, f := range moved[i] {
			// The passage where the source has it, with its rendering from
			// where the rendering put it: the rows the alignment could not
			// pair, in the order of both texts, are no less a translation.
			src, tgt := movedPair(res, rendering, f)
			if from != res.Base {
				src, tgt = tgt, src
			}
			m.Units = append(m.Units, TMXUnit{Src: src, Tgt: tgt,
				Props: [][2]string{{"row", strconv.Itoa(rowOf[i] + 1)}}, Notes: notes[i]})
		}
	}
	if err := WriteTMX(w, m); err != nil {
		return fmt.Errorf("tmx of %s and %s: %w", src.Label, dst.Label, err)
	}
	return nil
}

// unitlessQuote is the most characters of its text a header note on a
// row that makes no unit quotes: enough to find it.
const unitlessQuote = 80

// cellOf is the text of whichever of cells a and b is there.
func cellOf(res *compare.Result, a, b *compare.Cell) string {
	if a == nil {
		a = b
	}
	if a == nil {
		return ""
	}
	return res.Texts[a.Version][a.Start:a.End]
}

// MovedPairs returns the passages version v (a rendering) moved, as the
// translation check's findings pair them, each as the base's text and
// v's, in the base's order: a translation memory's units that the
// alignment, in the order of both texts, leaves unpaired at both ends.
func MovedPairs(res *compare.Result, findings []compare.Finding, v int) [][2]string {
	moved := movedFindings(findings, v)
	var out [][2]string
	for i := range res.Rows {
		for _, f := range moved[i] {
			src, tgt := movedPair(res, v, f)
			out = append(out, [2]string{src, tgt})
		}
	}
	return out
}

// movedPair is moved finding f's passage, the base's text and version v's.
func movedPair(res *compare.Result, v int, f compare.Finding) (src, tgt string) {
	return rowsSpan(res, res.Base, f.Row, f.LastRow).of(res.Texts[res.Base]),
		rowsSpan(res, v, f.OtherRow, f.OtherLastRow).of(res.Texts[v])
}

// movedFindings returns the translation check's moved passages of
// version v by the first row the source has them in: the findings at the
// source's end, whose other end is where v has them.
func movedFindings(findings []compare.Finding, v int) map[int][]compare.Finding {
	out := map[int][]compare.Finding{}
	for _, f := range findings {
		if f.Kind == compare.FindingMoved && f.Version == v && f.Source != "" {
			out[f.Row] = append(out[f.Row], f)
		}
	}
	return out
}

// findingsByRow describes the translation check's findings on version v,
// each after prefix, by the table rows they are on (a run of rows has its
// finding on each). The rows a finding names besides its own (a moved
// passage's other end, a name's other rendering) are those laid out
// (rowOf, LaidOut), as the unit's row property and every export count.
func (r *Report) findingsByRow(v int, prefix string, rowOf []int) map[int][]string {
	out := map[int][]string{}
	laid := LaidOut(r.Findings, rowOf)
	for i, f := range r.Findings {
		if f.Version != v {
			continue
		}
		for row := f.Row; row <= max(f.Row, f.LastRow); row++ {
			out[row] = append(out[row], prefix+laid[i].Detail())
		}
	}
	return out
}

// TMXPair returns the versions a translation memory of r pairs, source
// first: the base and the first version in another language, the other
// way round when that one is the original and the base is not; or
// ErrNoTranslation.
func TMXPair(r *Report) (from, to int, err error) {
	base := r.Result.Base
	for v, t := range r.Result.Translated {
		if !t {
			continue
		}
		if r.Versions[v].Kind == kindOriginal && r.Versions[base].Kind != kindOriginal {
			return v, base, nil // a memory translates from the original
		}
		return base, v, nil
	}
	return -1, -1, ErrNoTranslation
}

// language is version v's language as the comparison took it: the
// version's own, or the undetermined language of its script that the
// comparison gave a version without one.
func (r *Report) language(v int) string {
	if l := r.Versions[v].Language; l != "" {
		return l
	}
	if langs := r.Result.Options.Languages; v < len(langs) {
		return langs[v]
	}
	return ""
}

// toolVersion is the version in "Variorum 0.1.0", or "".
func toolVersion(tool string) string {
	if i := strings.LastIndexByte(tool, ' '); i >= 0 {
		return tool[i+1:]
	}
	return ""
}
