package app

import (
	"strings"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// Side says which column a cell is drawn in: the base version's or the
// other version's. The same Replace segment is a removal in the base column
// and an addition in the other.
type Side uint8

// The two columns.
const (
	SideBase Side = iota
	SideOther
)

// Highlight is how a run of text is marked.
type Highlight uint8

// The highlights a DiffText draws, each in its own colour (see palette).
const (
	HighlightNone    Highlight = iota // unchanged text
	HighlightRemoved                  // deleted or replaced: only in the base column
	HighlightAdded                    // inserted or replacing: only in the other column
	HighlightMoved                    // text that sits elsewhere in the other version
	HighlightTrivial                  // typography or white space only
	HighlightFinding                  // a translation check's note on the row
	HighlightMatch                    // text Find found
	HighlightNote                     // a researcher's note on the row
	HighlightCase                     // the same words in other letter case
)

// String names the highlight, for tests and debugging.
func (h Highlight) String() string {
	switch h {
	case HighlightRemoved:
		return "removed"
	case HighlightAdded:
		return "added"
	case HighlightMoved:
		return "moved"
	case HighlightTrivial:
		return "trivial"
	case HighlightFinding:
		return "finding"
	case HighlightMatch:
		return "match"
	case HighlightNote:
		return "note"
	case HighlightCase:
		return "case"
	}
	return "none"
}

// Style is how one run of text is drawn.
type Style struct {
	Highlight Highlight
	// Number marks a changed number or date: bold with an outline.
	Number bool
}

// TextRun is a piece of text with one style: what DiffText lays out.
type TextRun struct {
	Text  string
	Style Style
}

// StyleFor maps a compare.Segment to the style it is drawn with in the
// given column.
func StyleFor(seg compare.Segment, side Side) Style {
	var st Style
	switch seg.Kind {
	case compare.Equal:
		return st
	case compare.Delete:
		st.Highlight = HighlightRemoved
	case compare.Insert:
		st.Highlight = HighlightAdded
	case compare.Replace:
		if side == SideBase {
			st.Highlight = HighlightRemoved
		} else {
			st.Highlight = HighlightAdded
		}
	case compare.Move:
		st.Highlight = HighlightMoved
	default:
		return st
	}
	if seg.Trivial {
		st.Highlight = HighlightTrivial
		return st
	}
	if seg.CaseOnly() {
		// A line set in capitals drawn as removed and added would read as
		// rewritten.
		st.Highlight = HighlightCase
	}
	st.Number = seg.Number
	return st
}

// RunsFor turns the segments of one cell into styled runs for a column.
// Inside a change flagged as a number, compare gives the numbers and dates
// segments of their own, and only those are marked as numbers, so that a
// long reworded passage with a date in it does not turn bold as a whole.
//
// A line break that a change adds or removes draws nothing of its own, so
// a run of white space with line breaks in it gets lineBreakMark before
// each: a row whose only change is a line wrapped elsewhere would
// otherwise show nothing to see.
func RunsFor(segs []compare.Segment, side Side) []TextRun {
	runs := make([]TextRun, 0, len(segs))
	for _, s := range segs {
		if s.Text == "" {
			continue
		}
		st, text := StyleFor(s, side), s.Text
		if st.Highlight != HighlightNone && strings.Contains(text, "\n") && strings.TrimSpace(text) == "" {
			text = strings.ReplaceAll(text, "\n", lineBreakMark+"\n")
		}
		runs = append(runs, TextRun{Text: text, Style: st})
	}
	return runs
}

// lineBreakMark shows a changed line break (the pilcrow, which every
// font Variorum draws with has).
const lineBreakMark = "¶"

// FindingRuns are the runs that show a row's check findings below its
// text, one line each.
func FindingRuns(findings []string) []TextRun {
	runs := make([]TextRun, 0, len(findings))
	for _, f := range findings {
		runs = append(runs, TextRun{Text: "\n" + f, Style: Style{Highlight: HighlightFinding}})
	}
	return runs
}

// markMatches splits runs so that every occurrence of q (letter case,
// ё and Latin diacritics aside), within a run or across runs, is marked as
// a match.
func markMatches(runs []TextRun, q string) []TextRun {
	if q == "" {
		return runs
	}
	// The query is found in the cell's whole text, across the runs of
	// its highlights ("Murat Nurtleu" where only "Murat" changed), as the
	// library's search finds words, so that a search hit opened shows what
	// it found.
	var all strings.Builder
	for _, r := range runs {
		all.WriteString(r.Text)
	}
	spans := data.MatchSpans(all.String(), q)
	if len(spans) == 0 {
		return runs
	}
	var out []TextRun
	pos, si := 0, 0
	for _, r := range runs {
		start, end := pos, pos+len(r.Text)
		pos = end
		for cur := start; cur < end; {
			for si < len(spans) && spans[si][1] <= cur {
				si++
			}
			switch {
			case si == len(spans) || spans[si][0] >= end:
				out = append(out, TextRun{Text: r.Text[cur-start:], Style: r.Style})
				cur = end
			case spans[si][0] > cur:
				out = append(out, TextRun{Text: r.Text[cur-start : spans[si][0]-start], Style: r.Style})
				cur = spans[si][0]
			default:
				e := min(spans[si][1], end)
				m := r.Style
				m.Highlight = HighlightMatch
				out = append(out, TextRun{Text: r.Text[cur-start : e-start], Style: m})
				cur = e
			}
		}
	}
	return out
}
