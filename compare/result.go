package compare

// Kind names what happened to a stretch of text between two versions.
type Kind string

// The kinds of change the engine reports.
const (
	Equal   Kind = "equal"
	Insert  Kind = "insert"
	Delete  Kind = "delete"
	Replace Kind = "replace"
	Move    Kind = "move"
)

// Flags qualify a change so that a reader can sort the noise from the edits.
const (
	FlagNumber      = "number"      // a number or date differs
	FlagCase        = "case"        // only letter case differs
	FlagPunctuation = "punctuation" // only punctuation differs
	// FlagTrivial names typography-only changes for views that filter by
	// flag; the engine marks them with Change.Trivial.
	FlagTrivial = "trivial"
)

// Change is one difference between version A (the base) and version B.
// Offsets are byte offsets into the texts as given to Compare.
type Change struct {
	Kind   Kind   `json:"kind"`
	A      int    `json:"a"` // index of the base version
	B      int    `json:"b"` // index of the other version
	AStart int    `json:"a_start"`
	AEnd   int    `json:"a_end"`
	BStart int    `json:"b_start"`
	BEnd   int    `json:"b_end"`
	AText  string `json:"a_text"`
	BText  string `json:"b_text"`
	// Trivial is true when the difference vanishes under typographic and
	// white-space folding (quote styles, dashes, line wraps, spacing).
	Trivial bool     `json:"trivial"`
	Flags   []string `json:"flags,omitempty"`
	// ANumbers and BNumbers are the spans of the numbers and dates inside
	// a change flagged number, in A and in B, so that a view can mark the
	// figures rather than the whole change. The flag is what JSON carries.
	ANumbers []Span `json:"-"`
	BNumbers []Span `json:"-"`
}

// Span is a byte range [Start, End) of a version's text.
type Span struct {
	Start, End int
}

// HasFlag reports whether c carries flag f.
func (c Change) HasFlag(f string) bool {
	for _, g := range c.Flags {
		if g == f {
			return true
		}
	}
	return false
}

// Cell is the part of one version that a row of the alignment table shows.
type Cell struct {
	Version int `json:"version"`
	Start   int `json:"start"`
	End     int `json:"end"`
	// Moved marks a version's text that sits elsewhere in the base (a
	// moved passage).
	Moved bool `json:"moved,omitempty"`
	// MovedRow is set by Result.MovesInPlace on a placeholder cell, one
	// with no text: the row (counted from 0) where the passage is shown.
	// On the base's placeholder it is the row the passage left; on the
	// other version's, the row it went to.
	MovedRow    int  `json:"moved_row,omitempty"`
	Placeholder bool `json:"placeholder,omitempty"`
}

// Row is one aligned group: a cell per version, nil where a version lacks
// the content.
type Row struct {
	Cells []*Cell `json:"cells"`
	// Moved is true when the row's content sits elsewhere in the base
	// version (a moved sentence or passage).
	Moved bool `json:"moved,omitempty"`
	// ParagraphStart is true when the row begins a paragraph of the base
	// version (or of the first version that has a cell in the row).
	ParagraphStart bool `json:"paragraph_start,omitempty"`
}
