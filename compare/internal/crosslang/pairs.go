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

// matchPairs fills the pair weights for the units that beads inside b can
// join: a bead spans at most maxSpan units on a side.
func matchPairs(src, tgt *side, post [][]posting, nOcc int, b band) *pairs {
	n, m := len(src.units), len(tgt.units)
	p := &pairs{lo: make([]int, n), hi: make([]int, n), off: make([]int, n+1)}
	for i := 0; i < n; i++ {
		p.lo[i] = b.lo[max(0, i+1-maxSpan)]
		p.hi[i] = min(m, b.hi[min(n, i+maxSpan)])
		p.off[i+1] = p.off[i] + p.hi[i] - p.lo[i]
	}
	p.src = make([]float32, p.off[n])
	p.tgt = make([]float32, p.off[n])
	srcMark := make([]int32, m)    // the source occurrence that last matched unit j
	tgtMark := make([]int32, nOcc) // the source unit (+1) that last matched an occurrence
	occ := int32(0)
	for i := 0; i < n; i++ {
		lo, hi := p.lo[i], p.hi[i]
		row := p.off[i] - lo
		for _, id := range src.units[i].types {
			occ++
			t := &src.types[id]
			w := float32(t.weight)
			for _, k := range t.keys {
				list := post[k]
				x := sort.Search(len(list), func(x int) bool { return int(list[x].unit) >= lo })
				for ; x < len(list) && int(list[x].unit) < hi; x++ {
					e := list[x]
					j := int(e.unit)
					if srcMark[j] != occ {
						srcMark[j] = occ
						p.src[row+j] += w
					}
					if tgtMark[e.occ] != int32(i+1) {
						tgtMark[e.occ] = int32(i + 1)
						p.tgt[row+j] += e.weight
					}
				}
			}
		}
	}
	return p
}
