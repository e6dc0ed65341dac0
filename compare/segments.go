package compare

import "sort"

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

// Segments splits the text of version v in [start, end) into runs marked
// with the changes between the base and version other (for the base
// version) or between the base and v (for any other version). It is what a
// two-column view shows in one cell.
func (r *Result) Segments(v, other, start, end int) []Segment {
	text := r.Texts[v]
	type mark struct {
		s, e int
		c    *Change
		nums []Span // the change's numbers on this side
	}
	var marks []mark
	var moves []mark
	for i := range r.Changes {
		c := &r.Changes[i]
		var s, e int
		var nums []Span
		switch {
		case v == r.Base && c.A == v && c.B == other:
			if c.Kind == Insert {
				continue
			}
			s, e, nums = c.AStart, c.AEnd, c.ANumbers
		case v != r.Base && c.B == v:
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
			moves = append(moves, mark{s, e, c, nil})
		} else {
			marks = append(marks, mark{s, e, c, nums})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].s < marks[j].s })
	var out []Segment
	emit := func(s, e int, k Kind, c *Change) {
		if s >= e {
			return
		}
		seg := Segment{Start: s, End: e, Text: text[s:e], Kind: k}
		if c != nil {
			seg.Trivial, seg.Flags = c.Trivial, c.Flags
		}
		out = append(out, seg)
	}
	plain := func(s, e int) {
		// Unchanged text may still lie inside a moved passage.
		for s < e {
			var in *mark
			next := e
			for i := range moves {
				m := &moves[i]
				if m.s <= s && s < m.e {
					in = m
					break
				}
				if m.s > s && m.s < next {
					next = m.s
				}
			}
			if in != nil {
				stop := min(in.e, e)
				emit(s, stop, Move, in.c)
				s = stop
				continue
			}
			emit(s, next, Equal, nil)
			s = next
		}
	}
	pos := start
	for _, m := range marks {
		if m.s < pos {
			m.s = pos
		}
		if m.s >= m.e {
			continue
		}
		plain(pos, m.s)
		// The numbers of a change flagged number are runs of their own.
		at := m.s
		for _, n := range m.nums {
			lo, hi := max(n.Start, at), min(n.End, m.e)
			if lo >= hi {
				continue
			}
			emit(at, lo, m.c.Kind, m.c)
			emit(lo, hi, m.c.Kind, m.c)
			out[len(out)-1].Number = true
			at = hi
		}
		emit(at, m.e, m.c.Kind, m.c)
		pos = m.e
	}
	plain(pos, end)
	return out
}

// Stats counts the changes between the base and one other version.
type Stats struct {
	Inserts, Deletes, Replaces, Moves int
	Trivial                           int // changes that are typography only
	Numbers                           int // changes flagged as numbers
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
	}
	return s
}
