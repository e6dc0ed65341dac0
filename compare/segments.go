package compare

import (
	"slices"
	"sort"
)

// Segment is a run of a cell's text and how it differs from the other side.
type Segment struct {
	Start, End int    // byte offsets into the version's text
	Text       string // the bytes [Start, End)
	// Kind is Equal for unchanged text, else the kind of the change that
	// covers the run (Delete and Replace in the base, Insert and Replace in
	// the other version, Move for moved text without a word change).
	Kind    Kind
	Trivial bool
	Flags   []string
	// Number marks a run that is a number or date (see Change.ANumbers)
	// inside a change flagged number: the figures a view makes stand out.
	Number bool
}

// CaseOnly reports whether the run is a replacement by the same words in
// other letter case (a change flagged case that is not trivial): views
// draw it apart from removed and added text, as the words stayed.
func (s Segment) CaseOnly() bool {
	return s.Kind == Replace && !s.Trivial && slices.Contains(s.Flags, FlagCase)
}

// Segments splits the text of version v in [start, end) into runs marked
// with the changes between v and version other, where v is what other was
// compared with (the base, or a rendering that other, in its language,
// was word-diffed against), or between v and its reference (for any other
// version). It is what a two-column view shows in one cell.
func (r *Result) Segments(v, other, start, end int) []Segment {
	marks, moves := r.segmentMarks(v, other, start, end)
	e := segmenter{text: r.Texts[v], moves: moves}
	pos := start
	for _, m := range marks {
		if m.s < pos {
			m.s = pos
		}
		if m.s >= m.e {
			continue
		}
		e.plain(pos, m.s)
		// The numbers of a change flagged number are runs of their own.
		at := m.s
		for _, n := range m.nums {
			lo, hi := max(n.Start, at), min(n.End, m.e)
			if lo >= hi {
				continue
			}
			e.emit(at, lo, m.c.Kind, m.c)
			e.emit(lo, hi, m.c.Kind, m.c)
			e.out[len(e.out)-1].Number = true
			at = hi
		}
		e.emit(at, m.e, m.c.Kind, m.c)
		pos = m.e
	}
	e.plain(pos, end)
	return e.out
}

// segmentMark is a change's span on one side, cut to a cell.
type segmentMark struct {
	s, e int
	c    *Change
	nums []Span // the change's numbers on this side
}

// segmentMarks returns the spans in [start, end) of version v's changes
// (against other when v has no reference: the base, or a rendering
// aligned with it across languages), sorted: the word changes, and apart
// from them the moves, inside which unchanged text shows as moved.
func (r *Result) segmentMarks(v, other, start, end int) (marks, moves []segmentMark) {
	root := r.unreferenced(v)
	for i := range r.Changes {
		c := &r.Changes[i]
		var s, e int
		var nums []Span
		switch {
		case root && c.A == v && c.B == other:
			if c.Kind == Insert {
				continue
			}
			s, e, nums = c.AStart, c.AEnd, c.ANumbers
		case !root && c.B == v:
			if c.Kind == Delete {
				continue
			}
			s, e, nums = c.BStart, c.BEnd, c.BNumbers
		default:
			continue
		}
		if e <= start || s >= end || s >= e {
			continue
		}
		s, e = max(s, start), min(e, end)
		if c.Kind == Move {
			moves = append(moves, segmentMark{s, e, c, nil})
		} else {
			marks = append(marks, segmentMark{s, e, c, nums})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].s < marks[j].s })
	sort.Slice(moves, func(i, j int) bool { return moves[i].s < moves[j].s })
	return marks, moves
}

// segmenter writes a cell's segments left to right.
type segmenter struct {
	text  string
	out   []Segment
	moves []segmentMark // sorted; on one side they do not overlap
	mi    int           // the first move that may still lie ahead
}

func (g *segmenter) emit(s, e int, k Kind, c *Change) {
	if s >= e {
		return
	}
	seg := Segment{Start: s, End: e, Text: g.text[s:e], Kind: k}
	if c != nil {
		seg.Trivial, seg.Flags = c.Trivial, c.Flags
	}
	g.out = append(g.out, seg)
}

// plain writes unchanged text, which may still lie inside a moved
// passage. It is called left to right, so one cursor over the moves
// serves every call.
func (g *segmenter) plain(s, e int) {
	for s < e {
		for g.mi < len(g.moves) && g.moves[g.mi].e <= s {
			g.mi++
		}
		if g.mi < len(g.moves) && g.moves[g.mi].s <= s {
			stop := min(g.moves[g.mi].e, e)
			g.emit(s, stop, Move, g.moves[g.mi].c)
			s = stop
			continue
		}
		next := e
		if g.mi < len(g.moves) {
			next = min(next, g.moves[g.mi].s)
		}
		g.emit(s, next, Equal, nil)
		s = next
	}
}

// Stats counts the changes between the base and one other version.
type Stats struct {
	Inserts, Deletes, Replaces, Moves int
	Trivial                           int // changes that are typography only
	Numbers                           int // changes flagged as numbers
	Names                             int // changes flagged as names
	Case                              int // changes of letter case only
}

// Total is the number of non-trivial changes.
func (s Stats) Total() int { return s.Inserts + s.Deletes + s.Replaces + s.Moves }

// StatsFor counts the changes between the base and version other.
func (r *Result) StatsFor(other int) Stats {
	var s Stats
	for _, c := range r.Changes {
		if c.B != other {
			continue
		}
		if c.Trivial {
			s.Trivial++
			continue
		}
		switch c.Kind {
		case Insert:
			s.Inserts++
		case Delete:
			s.Deletes++
		case Replace:
			s.Replaces++
		case Move:
			s.Moves++
		}
		if c.HasFlag(FlagNumber) {
			s.Numbers++
		}
		if c.HasFlag(FlagName) {
			s.Names++
		}
		if c.HasFlag(FlagCase) {
			s.Case++
		}
	}
	return s
}

// MarksAgainst is the version a view marks the base's text against: the
// first version word-diffed against the base, so that the base's column
// shows what it lost, or -1 when every other version is a rendering in
// another language (which has no word changes to show).
func (r *Result) MarksAgainst() int {
	for v, ref := range r.Reference {
		if v != r.Base && ref == r.Base {
			return v
		}
	}
	return -1
}

// MarkedAgainst is the version whose removals a view marks in version v's
// text: for the base, MarksAgainst; for a rendering in another language,
// the first version of its language word-diffed against it (with Russian
// as the base, the English repost's column shows what the edited English
// copy removed); -1 for a version marked with its own changes against its
// reference, and where no version was compared with v.
func (r *Result) MarkedAgainst(v int) int {
	switch {
	case v == r.Base:
		return r.MarksAgainst()
	case !r.unreferenced(v):
		return -1
	}
	for w, ref := range r.Reference {
		if w != v && ref == v {
			return w
		}
	}
	return -1
}

// MarkedAgainstFollowing is MarkedAgainst, except that where version f
// was word-diffed against v (the base, or a rendering f revises), v marks
// f's removals: a view that follows f's changes shows what f took out.
func (r *Result) MarkedAgainstFollowing(v, f int) int {
	if f >= 0 && f < len(r.Reference) && f != v && r.Reference[f] == v && r.unreferenced(v) {
		return f
	}
	return r.MarkedAgainst(v)
}

// unreferenced reports a version compared with no other as its
// reference: the base, or a rendering aligned with it across languages.
func (r *Result) unreferenced(v int) bool {
	return v == r.Base || v < len(r.Reference) && r.Reference[v] < 0
}

// TextSegments segments the whole text of every version as Segments
// does, each against MarkedAgainst (a version with nothing to mark
// against left plain), every other version against its reference. A
// view segments once and cuts its cells out with SliceSegments.
func (r *Result) TextSegments() [][]Segment {
	marks := make([]int, len(r.Texts))
	for v := range marks {
		marks[v] = r.MarkedAgainst(v)
	}
	return r.TextSegmentsMarking(marks)
}

// TextSegmentsMarking is TextSegments with each version compared with no
// other marked against marks[v] (-1: left plain), for a view that
// chooses whose removals each column shows (MarkedAgainstFollowing).
func (r *Result) TextSegmentsMarking(marks []int) [][]Segment {
	out := make([][]Segment, len(r.Texts))
	for v, text := range r.Texts {
		against := v
		if r.unreferenced(v) {
			against = -1
			if v < len(marks) {
				against = marks[v]
			}
		}
		out[v] = r.Segments(v, against, 0, len(text))
	}
	return out
}

// SliceSegments returns the parts of segs (as Segments returns them:
// sorted, not overlapping) that fall in [start, end), cut at its ends. A
// view segments each text once and slices its cells out of it, which
// costs a search per cell where Segments costs a scan of every change.
func SliceSegments(segs []Segment, start, end int) []Segment {
	i := sort.Search(len(segs), func(i int) bool { return segs[i].End > start })
	var out []Segment
	for ; i < len(segs) && segs[i].Start < end; i++ {
		s := segs[i]
		if s.Start < start || s.End > end {
			lo, hi := max(s.Start, start), min(s.End, end)
			s.Text = s.Text[lo-s.Start : hi-s.Start]
			s.Start, s.End = lo, hi
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}
