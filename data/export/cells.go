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

// side holds one pair's changes as seen in one version: word changes by
// start, with the running maximum of their ends so that every change
// overlapping a span is found by binary search, and moves apart (they are
// few and long).
type side struct {
	words  []spanned
	start  []int // words[i].start, for sort.SearchInts
	maxEnd []int // the largest end among words[:i+1]
	moves  []compare.Change
}

// spanned is a change with its span on the side it is seen from.
type spanned struct {
	c          compare.Change
	start, end int
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
		sort.SliceStable(s.words, func(i, j int) bool { return s.words[i].start < s.words[j].start })
		s.start, s.maxEnd = make([]int, len(s.words)), make([]int, len(s.words))
		for k, w := range s.words {
			s.start[k], s.maxEnd[k] = w.start, w.end
			if k > 0 {
				s.maxEnd[k] = max(w.end, s.maxEnd[k-1])
			}
		}
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
		s.moves = append(s.moves, c)
		return
	}
	s.words = append(s.words, spanned{c, start, end})
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
	lo := sort.SearchInts(s.maxEnd, start+1) // first change that may end past start
	hi := sort.SearchInts(s.start, end)      // changes from here on start at or after end
	near := make([]compare.Change, 0, max(hi-lo, 0)+len(s.moves))
	for _, w := range s.words[lo:max(lo, hi)] {
		near = append(near, w.c)
	}
	near = append(near, s.moves...)
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
	s = strings.Join(strings.Fields(s), " ")
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
