package export

import (
	"github.com/variorum/variorum/compare"
)

// segmenter cuts cells into highlighted runs: each version's text is
// segmented once (compare's Segments) against each version it is shown
// against, and cells are sliced out of that, as the window does. Segments
// for every cell would scan every change each time: changes × cells on a
// 10 MB pair. It is not safe for concurrent use.
type segmenter struct {
	res  *compare.Result
	segs map[[2]int][]compare.Segment // by (version, version marked against)
}

func newSegmenter(res *compare.Result) *segmenter {
	return &segmenter{res: res, segs: map[[2]int][]compare.Segment{}}
}

// segments returns the runs of version v in [start, end), marked against
// other when v is the base (and against its own reference otherwise).
func (sg *segmenter) segments(v, other, start, end int) []compare.Segment {
	if v != sg.res.Base {
		other = v // Segments marks v against its reference whatever other is
	}
	key := [2]int{v, other}
	segs, ok := sg.segs[key]
	if !ok {
		segs = sg.res.Segments(v, other, 0, len(sg.res.Texts[v]))
		sg.segs[key] = segs
	}
	return compare.SliceSegments(segs, start, end)
}

// readings gives each version's reading of every row as a letter, A for
// the first reading met in version order: compare's Readings, which the
// window shows too. A version without text in the row has "".
func readings(r *Report) [][]string {
	res := r.Result
	out := make([][]string, len(res.Rows))
	for i, row := range res.Rows {
		rd := make([]string, len(res.Texts))
		for v, k := range res.Readings(row) {
			if k >= 0 {
				rd[v] = letter(k)
			}
		}
		out[i] = rd
	}
	return out
}

// letter names reading k: A…Z, then AA, AB…
func letter(k int) string {
	if k < 26 {
		return string(rune('A' + k))
	}
	return letter(k/26-1) + letter(k%26)
}
