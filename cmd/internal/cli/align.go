package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// bitext is an alignment ready to print: both sides' units and the beads.
type bitext struct {
	srcFile, tgtFile string
	srcLang, tgtLang string
	unit             compare.Unit
	src, tgt         side // the units of each text
	beads            []compare.Bead
	// moved are the passages the target moved, as the translation check
	// pairs them (source text, target text): the beads, in the order of
	// both texts, leave them unpaired at both ends. Read for TMX only.
	moved [][2]string
}

// runAlign aligns a text with its translation and prints the beads.
func runAlign(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "align", "variorum align [--segmented] [--unit sentence|paragraph] [--format ladder|json|tsv|tmx] [--lang SRC,TGT] SRC TGT")
	segmented := fs.Bool("segmented", false, "every line of the input is one unit (a sentence-aligned corpus)")
	unitFlag := fs.String("unit", "sentence", "what to align: sentence or paragraph")
	format := fs.String("format", "ladder", "output: ladder ([0, 1]:[2] a bead), json, tsv or tmx")
	lang := fs.String("lang", "", "the two languages, SRC,TGT (ru,en); detected when not given")
	encoding := fs.String("encoding", "", encodingUsage)
	files, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if *lang != "" && strings.Count(*lang, ",") != 1 {
		return usageError(e, fs, "--lang %q: give the two languages, SRC,TGT (such as ru,en)", *lang)
	}
	if len(files) != 2 {
		return usageError(e, fs, "need a source and a target file")
	}
	unit := compare.UnitSentence
	switch *unitFlag {
	case "sentence":
	case "paragraph":
		unit = compare.UnitParagraph
	default:
		return usageError(e, fs, "unknown unit %q (want sentence or paragraph)", *unitFlag)
	}
	write, ok := bitextWriters[*format]
	if !ok {
		return usageError(e, fs, "unknown format %q (want ladder, json, tsv or tmx)", *format)
	}
	texts, langs, _, code := readVersions(ctx, e, fs, files, *encoding, *lang, 0, false)
	if code >= 0 {
		return code
	}
	bt := &bitext{srcFile: files[0], tgtFile: files[1], srcLang: langs[0], tgtLang: langs[1], unit: unit}
	var err error
	if *segmented {
		bt.src, bt.tgt = side{texts[0], lineSpans(texts[0])}, side{texts[1], lineSpans(texts[1])}
		bt.beads, err = compare.AlignUnits(ctx, bt.src.units(), bt.tgt.units(), unit)
	} else {
		var al *compare.Bitext
		al, err = compare.AlignTexts(ctx, texts[0], texts[1], unit)
		if err == nil {
			bt.src, bt.tgt, bt.beads = side{texts[0], al.Src}, side{texts[1], al.Tgt}, al.Beads
		}
		if err == nil && *format == "tmx" && unit == compare.UnitSentence && unpairedBothSides(bt.beads) {
			bt.moved, err = movedPairs(ctx, texts, langs)
		}
	}
	if err != nil {
		return fail(e, fs, err)
	}
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	if err := write(w, bt); err != nil {
		return fail(e, fs, err)
	}
	if err := w.Flush(); err != nil {
		return fail(e, fs, fmt.Errorf("writing: %w", err))
	}
	return 0
}

// side is one text of an alignment and the byte spans of its units.
type side struct {
	text  string
	spans [][2]int
}

func (s side) units() []string {
	out := make([]string, len(s.spans))
	for k, sp := range s.spans {
		out[k] = s.text[sp[0]:sp[1]]
	}
	return out
}

// join returns the text of units [r[0], r[1]) as the text has it, with
// what lies between them, on one line (export.OneLine): a translation
// memory's segment matches the document's words and spaces exactly.
func (s side) join(r [2]int) string {
	if r[0] == r[1] {
		return ""
	}
	return export.OneLine(s.text[s.spans[r[0]][0]:s.spans[r[1]-1][1]])
}

// lineSpans cuts a segmented corpus into its lines (a final line break
// ends the last line; it does not start an empty one).
func lineSpans(text string) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		out = append(out, [2]int{start, start + end})
		start += end + 1
	}
	return out
}

// bitextWriters print an alignment in each format align offers.
var bitextWriters = map[string]func(io.Writer, *bitext) error{
	"ladder": writeLadder,
	"json":   writeBitextJSON,
	"tsv":    writeBitextTSV,
	"tmx":    writeBitextTMX,
}

// writeLadder prints one bead a line, "[0, 1]:[2]", source first, as the
// Text+Berg and Bleualign gold files are written.
func writeLadder(w io.Writer, bt *bitext) error {
	for _, b := range bt.beads {
		if _, err := fmt.Fprintf(w, "%s:%s\n", idList(b.Src), idList(b.Tgt)); err != nil {
			return err
		}
	}
	return nil
}

func idList(r [2]int) string {
	var sb strings.Builder
	sb.WriteByte('[')
	for k := r[0]; k < r[1]; k++ {
		if k > r[0] {
			sb.WriteString(", ")
		}
		sb.WriteString(strconv.Itoa(k))
	}
	sb.WriteByte(']')
	return sb.String()
}

func writeBitextTSV(w io.Writer, bt *bitext) error {
	for _, b := range bt.beads {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", tsvField(bt.src.join(b.Src)), tsvField(bt.tgt.join(b.Tgt))); err != nil {
			return err
		}
	}
	return nil
}

func writeBitextJSON(w io.Writer, bt *bitext) error {
	type text struct {
		File     string `json:"file"`
		Language string `json:"language,omitempty"`
		Units    int    `json:"units"`
	}
	type bead struct {
		Src     []int  `json:"src"`
		Tgt     []int  `json:"tgt"`
		SrcText string `json:"src_text"`
		TgtText string `json:"tgt_text"`
	}
	out := struct {
		Unit   string `json:"unit"`
		Source text   `json:"source"`
		Target text   `json:"target"`
		Beads  []bead `json:"beads"`
	}{Unit: unitName(bt.unit), Source: text{bt.srcFile, bt.srcLang, len(bt.src.spans)}, Target: text{bt.tgtFile, bt.tgtLang, len(bt.tgt.spans)}}
	ids := func(r [2]int) []int {
		s := make([]int, 0, r[1]-r[0])
		for k := r[0]; k < r[1]; k++ {
			s = append(s, k)
		}
		return s
	}
	for _, b := range bt.beads {
		out.Beads = append(out.Beads, bead{ids(b.Src), ids(b.Tgt), bt.src.join(b.Src), bt.tgt.join(b.Tgt)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeBitextTMX(w io.Writer, bt *bitext) error {
	m := &export.TMX{SrcLang: bt.srcLang, TgtLang: bt.tgtLang, SegType: unitName(bt.unit),
		Tool: "Variorum", ToolVersion: Version, Created: time.Now(),
		Props: [][2]string{{"source-file", filepath.Base(bt.srcFile)}, {"target-file", filepath.Base(bt.tgtFile)}}}
	if m.SrcLang == "" || m.TgtLang == "" {
		return usageErr{errors.New("TMX needs both languages: give them with --lang SRC,TGT")}
	}
	for _, side := range [][2]string{{m.SrcLang, bt.srcFile}, {m.TgtLang, bt.tgtFile}} {
		if l := side[0]; l == "und" || strings.HasPrefix(l, "und-") {
			return usageErr{fmt.Errorf("TMX needs both languages, and that of %s could not be told: give them with --lang SRC,TGT", termName(side[1]))}
		}
	}
	if m.SrcLang == m.TgtLang {
		return usageErr{fmt.Errorf("TMX pairs two languages, and both texts are %s: give them with --lang SRC,TGT", m.SrcLang)}
	}
	for _, b := range bt.beads {
		m.Units = append(m.Units, export.TMXUnit{Src: bt.src.join(b.Src), Tgt: bt.tgt.join(b.Tgt)})
	}
	for _, p := range bt.moved {
		m.Units = append(m.Units, export.TMXUnit{Src: p[0], Tgt: p[1], Notes: []string{"moved in the rendering"}})
	}
	return export.WriteTMX(w, m)
}

// unpairedBothSides reports whether beads leave a unit of each text
// unpaired, where a passage the target moved may be.
func unpairedBothSides(beads []compare.Bead) bool {
	src := slices.ContainsFunc(beads, func(b compare.Bead) bool { return b.Tgt[0] == b.Tgt[1] && b.Src[0] < b.Src[1] })
	tgt := slices.ContainsFunc(beads, func(b compare.Bead) bool { return b.Src[0] == b.Src[1] && b.Tgt[0] < b.Tgt[1] })
	return src && tgt
}

// movedPairs returns the passages the second text moved, with their
// source, as the translation check pairs them (export.MovedPairs).
func movedPairs(ctx context.Context, texts, langs []string) ([][2]string, error) {
	res, err := compare.Compare(ctx, texts, compare.Options{Languages: langs})
	if err != nil {
		return nil, err
	}
	findings, err := compare.CheckTranslationsContext(ctx, res)
	if err != nil {
		return nil, err
	}
	return export.MovedPairs(res, findings, 1), nil
}

func unitName(u compare.Unit) string {
	if u == compare.UnitParagraph {
		return "paragraph"
	}
	return "sentence"
}

// tsvField escapes s as all text printed is (termName: a tab as \x09,
// control and bidi characters as \xNN and \uNNNN), and a backslash as
// \\, so that the escapes read back unambiguously. JSON and TMX carry
// the text as it is.
func tsvField(s string) string {
	return termName(strings.ReplaceAll(s, `\`, `\\`))
}
