package crosslang

import "sort"

// pairs holds, for every source unit i and the target units j near it in
// the band, how much of each side's word weight finds a match on the other:
// src[i][j] is the weight of i's words with a match in j, tgt[i][j] the
// weight of j's words with a match in i.
type pairs struct {
	lo, hi   []int // target range [lo[i], hi[i]) of source unit i
	off      []int // offset of row i in src and tgt
	src, tgt []float32
}

// posting is one target word occurrence under a key.
type posting struct {
	unit   int32 // target unit
	occ    int32 // index of the occurrence among all target occurrences
	weight float32
}

// index lists, for each key, the target word occurrences that carry it, in
// unit order.
func index(tgt *side, nKeys int) [][]posting {
	post := make([][]posting, nKeys)
	occ := int32(0)
	for j := range tgt.units {
		for _, id := range tgt.units[j].types {
			t := &tgt.types[id]
			for _, k := range t.keys {
				post[k] = append(post[k], posting{unit: int32(j), occ: occ, weight: float32(t.weight)})
			}
			occ++
		}
	}
	return post
}

// pairFiller computes the pair weights of source units in order, one row
// at a time: the marks that keep a word from counting twice in a row
// number the rows and the source occurrences as they come.
type pairFiller struct {
	src, tgt *side
	post     [][]posting
	srcMark  []int32 // the source occurrence that last matched unit j
	tgtMark  []int32 // the source unit (+1) that last matched an occurrence
	occ      int32
}

func newPairFiller(src, tgt *side, post [][]posting, nOcc int) *pairFiller {
	return &pairFiller{src: src, tgt: tgt, post: post,
		srcMark: make([]int32, len(tgt.units)), tgtMark: make([]int32, nOcc)}
}

// fill adds the weights of source unit i against target units [lo, hi)
// to srcRow and tgtRow (indexed from lo). Rows are filled in order, each
// once.
func (f *pairFiller) fill(i, lo, hi int, srcRow, tgtRow []float32) {
	for _, id := range f.src.units[i].types {
		f.occ++
		t := &f.src.types[id]
		w := float32(t.weight)
		for _, k := range t.keys {
			list := f.post[k]
			x := sort.Search(len(list), func(x int) bool { return int(list[x].unit) >= lo })
			for ; x < len(list) && int(list[x].unit) < hi; x++ {
				e := list[x]
				j := int(e.unit)
				if f.srcMark[j] != f.occ {
					f.srcMark[j] = f.occ
					srcRow[j-lo] += w
				}
				if f.tgtMark[e.occ] != int32(i+1) {
					f.tgtMark[e.occ] = int32(i + 1)
					tgtRow[j-lo] += e.weight
				}
			}
		}
	}
}

// setRanges sets the target range of each source unit: those that beads
// inside b can join it with (a bead spans at most maxSpan units on a
// side). It returns the widest.
func (p *pairs) setRanges(n, m int, b band) (width int) {
	p.lo, p.hi, p.off = resize(p.lo, n), resize(p.hi, n), resize(p.off, n+1)
	for i := 0; i < n; i++ {
		p.lo[i] = b.lo[max(0, i+1-maxSpan)]
		p.hi[i] = min(m, b.hi[min(n, i+maxSpan)])
		width = max(width, p.hi[i]-p.lo[i])
	}
	return width
}

// matchPairs fills p with the pair weights of every source unit for the
// target units that beads inside b can join it with.
func matchPairs(f *pairFiller, b band, p *pairs) {
	n := len(f.src.units)
	p.setRanges(n, len(f.tgt.units), b)
	p.off[0] = 0
	for i := 0; i < n; i++ {
		p.off[i+1] = p.off[i] + p.hi[i] - p.lo[i]
	}
	p.src, p.tgt = resize(p.src, p.off[n]), resize(p.tgt, p.off[n])
	clear(p.src)
	clear(p.tgt)
	for i := 0; i < n; i++ {
		f.fill(i, p.lo[i], p.hi[i], p.src[p.off[i]:p.off[i+1]], p.tgt[p.off[i]:p.off[i+1]])
	}
}

// ringPairs makes p hold the weights of maxSpan source units at a time,
// the most a bead reaches back from the row a search is on: row x sits in
// slot x mod maxSpan, and next fills the next row. A search of a wide
// band would otherwise hold eight bytes a node for weights it reads only
// while it is near.
type ringPairs struct {
	p     *pairs
	f     *pairFiller
	width int
	next  int // the next row to fill
}

func newRingPairs(f *pairFiller, b band, p *pairs) *ringPairs {
	width := p.setRanges(len(f.src.units), len(f.tgt.units), b)
	p.src, p.tgt = resize(p.src, maxSpan*width), resize(p.tgt, maxSpan*width)
	return &ringPairs{p: p, f: f, width: width}
}

// fillNext fills the next row, over the oldest.
func (r *ringPairs) fillNext() {
	x, p := r.next, r.p
	r.next++
	p.off[x] = (x % maxSpan) * r.width
	n := p.hi[x] - p.lo[x]
	src, tgt := p.src[p.off[x]:p.off[x]+n], p.tgt[p.off[x]:p.off[x]+n]
	clear(src)
	clear(tgt)
	r.f.fill(x, p.lo[x], p.hi[x], src, tgt)
}

// resize returns s with length n, reusing its array when it is large
// enough; the contents are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
