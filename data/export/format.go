package export

import (
	"fmt"
	"io"
	"strings"
)

// Format names a kind of file a report can be written as.
type Format string

// The formats Write knows.
const (
	HTML     Format = "html"
	CSV      Format = "csv"
	JSON     Format = "json"
	TEI      Format = "tei"
	Markdown Format = "md"
	// TMXMemory is a translation memory of a source and its rendering.
	TMXMemory Format = "tmx"
)

// Formats lists every report format, in the order menus offer them.
func Formats() []Format { return []Format{HTML, CSV, JSON, TEI, Markdown, TMXMemory} }

// Extension is the file name extension for f, dot included.
func (f Format) Extension() string {
	switch f {
	case TEI:
		return ".tei.xml"
	case Markdown:
		return ".md"
	}
	return "." + string(f)
}

// Describe names f for a person choosing it.
func (f Format) Describe() string {
	switch f {
	case HTML:
		return "HTML report (prints on A4 and Letter)"
	case CSV:
		return "CSV of changes (spreadsheets)"
	case JSON:
		return "JSON (the diff contract with metadata)"
	case TEI:
		return "TEI P5 parallel segmentation"
	case Markdown:
		return "Markdown summary (issue trackers, email)"
	case TMXMemory:
		return "TMX translation memory (CAT tools: OmegaT, memoQ)"
	}
	return string(f)
}

// ParseFormat reads a format's name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	if strings.EqualFold(s, "markdown") {
		return Markdown, nil
	}
	return "", fmt.Errorf("unknown format %q (want html, csv, json, tei, md or tmx)", s)
}

// WriteOptions tune how a report is written.
type WriteOptions struct {
	// BOM starts a CSV file with a UTF-8 byte order mark, which Excel
	// needs to read UTF-8.
	BOM bool
	// MaxChanges caps the Markdown change list (0: defaultMarkdownChanges, 50).
	MaxChanges int
}

// Write writes r in format f to w.
// Each writer checks r first.
func Write(w io.Writer, f Format, r *Report, opts WriteOptions) error {
	switch f {
	case HTML:
		return WriteHTML(w, r)
	case CSV:
		return WriteCSV(w, r, opts.BOM)
	case JSON:
		return WriteJSON(w, r)
	case TEI:
		return WriteTEI(w, r)
	case Markdown:
		return WriteMarkdown(w, r, opts.MaxChanges)
	case TMXMemory:
		return WriteReportTMX(w, r)
	}
	return fmt.Errorf("export: unknown format %q", f)
}
