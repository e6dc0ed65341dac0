package compare

import (
	"math/bits"
	"slices"
)

// lcsLength is the length of the longest common subsequence of x and y,
// by the bit-parallel algorithm of Allison and Dix (1986) in Hyyrö's form
// (2004): a bit per element of x, a few word operations per element of y,
// so O(|x|·|y|/64) whatever the two have in common. The sentence pairer asks
// it for groups of sentences, where an O(N·D) search is slowest on exactly
// the dissimilar groups it most often has to rule out.
func lcsLength(x, y []uint64) int {
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	nw := (len(x) + 63) / 64
	// keys is x's distinct elements sorted; masks[k*nw:(k+1)*nw] marks
	// where keys[k] occurs in x.
	keys := slices.Clone(x)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	masks := make([]uint64, len(keys)*nw)
	for i, v := range x {
		k, _ := slices.BinarySearch(keys, v)
		masks[k*nw+i/64] |= 1 << (i % 64)
	}
	v := make([]uint64, nw)
	for w := range v {
		v[w] = ^uint64(0)
	}
	for _, c := range y {
		k, found := slices.BinarySearch(keys, c)
		if !found {
			continue // no match: V is unchanged
		}
		m := masks[k*nw : (k+1)*nw]
		// V = (V + U) | (V - U) with U = V & M, carried across words.
		var carry, borrow uint64
		for w := range v {
			u := v[w] & m[w]
			sum, c1 := bits.Add64(v[w], u, carry)
			diff, b1 := bits.Sub64(v[w], u, borrow)
			v[w], carry, borrow = sum|diff, c1, b1
		}
	}
	zeros := 0
	for w, word := range v {
		if w == nw-1 && len(x)%64 != 0 {
			word |= ^uint64(0) << (len(x) % 64) // bits past x's end
		}
		zeros += bits.OnesCount64(^word)
	}
	return zeros
}
