package export

import (
	"sort"
	"strings"

	"github.com/variorum/variorum/compare"
)

// segmenter cuts cells into highlighted runs with compare's Segments, but
// hands it only the changes near the cell: Segments scans every change it
// is given, and a report segments every cell, so on a 10 MB pair the full
// list would cost changes × cells.
type segmenter struct {
	res *compare.Result
	// sides[k] are the changes seen from one side of one pair, keyed by
	// (version shown, version compared).
	sides map[[2]int]*side
}

// side holds one pair's changes as seen in one version, word changes and
// moves apart (a move covers word changes inside it).
type side struct{ words, moves intervals }

// intervals are changes by start on one side, with the running maximum of
// their ends, so that the changes overlapping a span are found by binary
// search. Changes of one kind on one side hardly overlap, so the range
// found is tight.
type intervals struct {
	changes []compare.Change
	start   []int // changes[i]'s start on this side
	maxEnd  []int // the largest end among changes[:i+1]
	end     []int // changes[i]'s end, until sorted
}

func (iv *intervals) add(c compare.Change, start, end int) {
	iv.changes = append(iv.changes, c)
	iv.start = append(iv.start, start)
	iv.end = append(iv.end, end)
}

func (iv *intervals) sort() {
	idx := make([]int, len(iv.changes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return iv.start[idx[i]] < iv.start[idx[j]] })
	changes, start := make([]compare.Change, len(idx)), make([]int, len(idx))
	iv.maxEnd = make([]int, len(idx))
	for k, i := range idx {
		changes[k], start[k], iv.maxEnd[k] = iv.changes[i], iv.start[i], iv.end[i]
		if k > 0 {
			iv.maxEnd[k] = max(iv.maxEnd[k], iv.maxEnd[k-1])
		}
	}
	iv.changes, iv.start, iv.end = changes, start, nil
}

// overlapping appends the changes that may overlap [start, end) to out.
func (iv *intervals) overlapping(out []compare.Change, start, end int) []compare.Change {
	lo := sort.SearchInts(iv.maxEnd, start+1) // first that may end past start
	hi := sort.SearchInts(iv.start, end)      // from here on they start at or after end
	if lo < hi {
		out = append(out, iv.changes[lo:hi]...)
	}
	return out
}

func newSegmenter(res *compare.Result) *segmenter {
	sg := &segmenter{res: res, sides: map[[2]int]*side{}}
	for _, c := range res.Changes {
		// Every version shows its own changes from the B side; the base
		// shows each pair's from the A side.
		sg.add([2]int{c.B, -1}, c, c.BStart, c.BEnd)
		if c.A == res.Base {
			sg.add([2]int{c.A, c.B}, c, c.AStart, c.AEnd)
		}
	}
	for _, s := range sg.sides {
		s.words.sort()
		s.moves.sort()
	}
	return sg
}

func (sg *segmenter) add(key [2]int, c compare.Change, start, end int) {
	s := sg.sides[key]
	if s == nil {
		s = &side{}
		sg.sides[key] = s
	}
	if c.Kind == compare.Move {
		s.moves.add(c, start, end)
	} else {
		s.words.add(c, start, end)
	}
}

// segments returns the runs of version v in [start, end), marked against
// other when v is the base (and against its own reference otherwise).
func (sg *segmenter) segments(v, other, start, end int) []compare.Segment {
	key := [2]int{v, -1}
	if v == sg.res.Base {
		key = [2]int{v, other}
	}
	s := sg.sides[key]
	if s == nil {
		return []compare.Segment{{Start: start, End: end, Text: sg.res.Texts[v][start:end], Kind: compare.Equal}}
	}
	near := s.words.overlapping(nil, start, end)
	near = s.moves.overlapping(near, start, end)
	sub := compare.Result{Texts: sg.res.Texts, Base: sg.res.Base, Changes: near}
	return sub.Segments(v, other, start, end)
}

// readings gives each version's reading of every row: versions whose
// cells read the same (white space collapsed, case folded when the
// comparison ignored case) share a letter, A for the first reading met,
// base first. A version without a cell has the empty reading "".
func readings(r *Report) [][]string {
	res := r.Result
	out := make([][]string, len(res.Rows))
	order := make([]int, 0, len(res.Texts))
	order = append(order, res.Base)
	for v := range res.Texts {
		if v != res.Base {
			order = append(order, v)
		}
	}
	for i, row := range res.Rows {
		rd := make([]string, len(res.Texts))
		var seen []string // normalised texts, by letter
		for _, v := range order {
			c := row.Cells[v]
			if c == nil {
				continue
			}
			key := readingKey(res.Texts[v][c.Start:c.End], r.Options.IgnoreCase)
			k := 0
			for k < len(seen) && seen[k] != key {
				k++
			}
			if k == len(seen) {
				seen = append(seen, key)
			}
			rd[v] = letter(k)
		}
		out[i] = rd
	}
	return out
}

func readingKey(s string, foldCase bool) string {
	s = oneLine(s)
	if foldCase {
		s = strings.ToLower(s)
	}
	return s
}

// letter names reading k: A…Z, then AA, AB…
func letter(k int) string {
	if k < 26 {
		return string(rune('A' + k))
	}
	return letter(k/26-1) + letter(k%26)
}
