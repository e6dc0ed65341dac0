package export

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"time"

	"github.com/variorum/variorum/compare"
)

// The JSON export is "variorum diff --format json" (versions, base,
// changes, alignment: the same fields, so one reader serves both) with
// what the library knows besides: the briefing, each version's metadata,
// notes, the translation check's findings, each change's position and
// each row's readings.
type jsonReport struct {
	Tool      string        `json:"tool,omitempty"`
	Created   time.Time     `json:"created"`
	Briefing  jsonBriefing  `json:"briefing"`
	Options   jsonOptions   `json:"options"`
	Versions  []jsonVersion `json:"versions"`
	Base      int           `json:"base"`
	Changes   []jsonChange  `json:"changes"`
	Alignment []jsonRow     `json:"alignment"`
	Findings  []JSONFinding `json:"findings"`
	Notes     []jsonNote    `json:"notes"`
}

type jsonBriefing struct {
	Slug     string `json:"slug,omitempty"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"`
	Place    string `json:"place,omitempty"`
	Speakers string `json:"speakers,omitempty"`
	Note     string `json:"note,omitempty"`
}

type jsonOptions struct {
	IgnoreCase        bool `json:"ignore_case"`
	IgnorePunctuation bool `json:"ignore_punctuation"`
	HideTrivial       bool `json:"hide_trivial"`
}

// DiffVersion is a version as "variorum diff --format json" describes it
// (the diff contract); the JSON export's versions begin with its fields.
type DiffVersion struct {
	Index int    `json:"index"`
	Name  string `json:"name"`
	Bytes int    `json:"bytes"`
	// Language is the version's BCP 47 tag as compared, "" when not
	// known.
	Language string `json:"language"`
	// Reference is the version this one's changes are against, or -1.
	Reference int `json:"reference"`
	// Translated: aligned across languages with the base.
	Translated bool `json:"translated"`
	// FileOffsets: the offsets into this version are offsets into its
	// file, which was read as it is (textfile.Extracted.Verbatim); false
	// for a file decoding changed, and for a library's text.
	FileOffsets bool `json:"file_offsets"`
}

// jsonVersion is a version of the JSON export: the diff contract's fields,
// then the library's.
type jsonVersion struct {
	DiffVersion
	// VersionID and Briefing name the version in the library ("variorum
	// show ID"), and the slug of its briefing.
	VersionID int64  `json:"version_id,omitempty"`
	Briefing  string `json:"briefing,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Kind      string `json:"kind,omitempty"`
	FileName  string `json:"file_name,omitempty"`
	// SHA256 is the imported file's; TextSHA256 the text's that the
	// offsets count bytes of, as the library holds it (decoded to
	// UTF-8), which "variorum show ID --json" gives as text.
	SHA256     string     `json:"sha256,omitempty"`
	TextSHA256 string     `json:"text_sha256"`
	Size       int64      `json:"size,omitempty"`
	ImportedAt *time.Time `json:"imported_at,omitempty"`
	Retrieved  string     `json:"retrieved,omitempty"`
	Note       string     `json:"note,omitempty"`
}

type jsonChange struct {
	compare.Change
	// Number is the change's in every export (change-N in the HTML
	// report): the list is in the text's order, the numbers are not.
	Number int `json:"number"`
	Row    int `json:"row"`
	// The change's place in each version (Position).
	FromParagraph int      `json:"from_paragraph"`
	FromSentence  int      `json:"from_sentence"`
	ToParagraph   int      `json:"to_paragraph"`
	ToSentence    int      `json:"to_sentence"`
	Notes         []string `json:"notes,omitempty"`
}

// jsonRow is a row of the alignment, as the window lays it out, with
// readings[v], version v's reading ("A", "B"…; null where the version
// has no text in the row).
type jsonRow struct {
	Cells          []*jsonCell `json:"cells"`
	Moved          bool        `json:"moved,omitempty"`
	ParagraphStart bool        `json:"paragraph_start,omitempty"`
	Readings       []*string   `json:"readings"`
}

// jsonCell is a cell of the alignment: compare.Cell's fields, a
// placeholder's moved_row counted from 1 as every row of the export is
// (the row at the passage's other end).
type jsonCell struct {
	Version     int  `json:"version"`
	Start       int  `json:"start"`
	End         int  `json:"end"`
	Moved       bool `json:"moved,omitempty"`
	Placeholder bool `json:"placeholder,omitempty"`
	MovedRow    int  `json:"moved_row,omitempty"`
}

func newJSONRow(row compare.Row, readings []*string) jsonRow {
	jr := jsonRow{Cells: make([]*jsonCell, len(row.Cells)), Moved: row.Moved, ParagraphStart: row.ParagraphStart, Readings: readings}
	for v, c := range row.Cells {
		if c == nil {
			continue
		}
		jc := &jsonCell{Version: c.Version, Start: c.Start, End: c.End, Moved: c.Moved, Placeholder: c.Placeholder}
		if c.Placeholder {
			jc.MovedRow = c.MovedRow + 1
		}
		jr.Cells[v] = jc
	}
	return jr
}

// JSONFinding is a translation check's finding as JSON shows it, with its
// rows counted from 1, as a change's row is and the window, the HTML
// report and "variorum check" show them: alignment[row-1] is the row.
// Its findings are LaidOut: compare's Finding counts rows of the table
// before moved passages are laid out at both ends, and from 0.
type JSONFinding struct {
	compare.Finding
	Row     int `json:"row"`
	LastRow int `json:"last_row"`
	// OtherRow and OtherLastRow are a moved passage's other end, or the
	// row of a name's other rendering.
	OtherRow     int `json:"other_row,omitempty"`
	OtherLastRow int `json:"other_last_row,omitempty"`
}

// JSONFindings returns findings as JSON shows them.
func JSONFindings(findings []compare.Finding) []JSONFinding {
	out := make([]JSONFinding, len(findings))
	for i, f := range findings {
		out[i] = JSONFinding{Finding: f, Row: f.Row + 1, LastRow: f.LastRow + 1}
		if f.HasOtherRows() {
			out[i].OtherRow, out[i].OtherLastRow = f.OtherRow+1, f.OtherLastRow+1
		}
	}
	return out
}

type jsonNote struct {
	Version   int       `json:"version"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// WriteJSON writes r as one JSON document.
func WriteJSON(w io.Writer, r *Report) error {
	if err := r.check(); err != nil {
		return err
	}
	res := r.Result
	ix := newIndex(r)
	rows, rowOf := ix.rows, ix.laidAt
	b := r.Briefing
	out := jsonReport{Tool: r.Tool, Created: r.Created.UTC(), Base: res.Base,
		Briefing: jsonBriefing{Slug: b.Slug, Title: b.Title, Date: b.Date, Place: b.Place, Speakers: b.Speakers, Note: b.Note},
		Options:  jsonOptions{r.Options.IgnoreCase, r.Options.IgnorePunctuation, r.Options.HideTrivial},
		Findings: JSONFindings(LaidOut(r.Findings, rowOf)), Notes: make([]jsonNote, 0, len(r.Notes)),
		Versions: make([]jsonVersion, len(r.Versions)), Changes: make([]jsonChange, 0, len(res.Changes)),
		Alignment: make([]jsonRow, len(rows))}
	for i, v := range r.Versions {
		jv := jsonVersion{DiffVersion: DiffVersion{Index: i, Name: r.label(i), Bytes: len(res.Texts[i]), Language: v.Language,
			Reference: res.Reference[i], Translated: res.Translated[i]}, VersionID: v.ID, Briefing: v.Briefing, Source: v.Source, URL: v.URL,
			Kind: v.Kind, FileName: v.FileName, SHA256: v.SHA256, TextSHA256: v.textHash(res.Texts[i]),
			Size: v.Size, Retrieved: v.RetrievedAt, Note: v.Note}
		if !v.ImportedAt.IsZero() {
			t := v.ImportedAt.UTC()
			jv.ImportedAt = &t
		}
		out.Versions[i] = jv
	}
	numbers := make([]int, len(res.Changes))
	for _, nc := range r.numbered() {
		numbers[nc.index] = nc.N
	}
	for i, c := range res.Changes {
		if !r.listed(c) {
			continue
		}
		p := ix.position(c)
		jc := jsonChange{Change: c, Number: numbers[i], Row: p.Row,
			FromParagraph: p.From.Paragraph, FromSentence: p.From.Sentence, ToParagraph: p.To.Paragraph, ToSentence: p.To.Sentence}
		for _, n := range ix.notesOnChange(c) {
			jc.Notes = append(jc.Notes, n.Text)
		}
		out.Changes = append(out.Changes, jc)
	}
	for i, rd := range readings(r, rows) {
		letters := make([]*string, len(rd))
		for v := range rd {
			if rd[v] != "" {
				letters[v] = &rd[v]
			}
		}
		out.Alignment[i] = newJSONRow(rows[i], letters)
	}
	for _, n := range r.Notes {
		out.Notes = append(out.Notes, jsonNote{n.Version, n.Start, n.End, n.Text, n.CreatedAt.UTC(), n.UpdatedAt.UTC()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

// textHash is the hex SHA-256 of v's text, as the library checked it
// when it read the text, else hashed here.
func (v Version) textHash(text string) string {
	if v.TextSHA256 != "" {
		return v.TextSHA256
	}
	return textSHA256(text)
}

// textSHA256 is the hex SHA-256 of a version's text.
func textSHA256(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
