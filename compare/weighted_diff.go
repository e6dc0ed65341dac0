package compare

import "unicode/utf8"

// A light paragraph (see prefilter.go) is one unit in the sentence stream,
// however many sentences it holds. Diffed as one unit, a moved edited
// paragraph of five sentences would outweigh the two unchanged paragraphs
// it jumped over, and those would be reported as moved. weightedDiff
// counts a light paragraph as many times as it has sentences.

// maxLightWeight bounds how many units one light paragraph counts as.
const maxLightWeight = 32

// weightedDiff diffs the sentence keys ka and kb of a and b with each light
// paragraph weighted by its number of sentences, and returns the edit
// script over sentences. A light paragraph is equal only as a whole.
//
// The plain diff comes first. When it keeps every light paragraph, no
// weighting can do better (the weights only add to what it keeps). When
// it drops some, the light paragraphs it kept stay anchors, and only the
// stretches between anchors that hold a dropped one are diffed again,
// weighted: the weighted diff is several times longer, and on a long
// document with repeated text it would cost more than the rest.
func weightedDiff(a, b *document, ka, kb []uint64) []op {
	plain := diffSeq(ka, kb)
	matchA, dropped := plainMatches(a, plain, len(ka))
	if !dropped {
		return plain
	}
	rematchBetweenAnchors(a, b, ka, kb, matchA)
	return matchOps(matchA, len(kb))
}

// plainMatches returns, for each of the na sentences of a, the sentence
// of b the edit script plain keeps it equal to, or -1, and whether plain
// deletes a light paragraph.
func plainMatches(a *document, plain []op, na int) (matchA []int, dropped bool) {
	matchA = filled(na, -1)
	i, j := 0, 0
	for _, o := range plain {
		switch o.kind {
		case opEqual:
			for k := 0; k < o.n; k++ {
				matchA[i+k] = j + k
			}
			i, j = i+o.n, j+o.n
		case opDelete:
			for k := i; k < i+o.n; k++ {
				dropped = dropped || a.sents[k].light
			}
			i += o.n
		case opInsert:
			j += o.n
		}
	}
	return matchA, dropped
}

// rematchBetweenAnchors diffs again, weighted, each stretch between two
// anchors (light paragraphs matchA keeps equal, and the ends) that holds
// a light paragraph on either side, and writes the matches found there
// into matchA.
func rematchBetweenAnchors(a, b *document, ka, kb []uint64, matchA []int) {
	pa, pb := -1, -1 // the last anchor: a light sentence kept equal
	for i := 0; i <= len(ka); i++ {
		if i < len(ka) && !(a.sents[i].light && matchA[i] >= 0) {
			continue
		}
		qb := len(kb)
		if i < len(ka) {
			qb = matchA[i]
		}
		a0, a1, b0, b1 := pa+1, i, pb+1, qb
		if anyLight(a, a0, a1) || anyLight(b, b0, b1) {
			sub := weightedMatches(ka[a0:a1], kb[b0:b1], lightWeights(a, a0, a1), lightWeights(b, b0, b1))
			for k, m := range sub {
				matchA[a0+k] = -1
				if m >= 0 {
					matchA[a0+k] = b0 + m
				}
			}
		}
		pa, pb = i, qb
	}
}

// matchOps is the edit script that keeps equal the sentences matchA
// pairs (in order) with the nb sentences of b and deletes and inserts the
// rest, deletions first between two equal ones.
func matchOps(matchA []int, nb int) []op {
	var out []op
	i, j := 0, 0
	for i < len(matchA) || j < nb {
		switch {
		case i < len(matchA) && (matchA[i] < 0 || j >= nb): // (the second never happens: matches go forward)
			emitOp(&out, opDelete, 1)
			i++
		case i < len(matchA) && matchA[i] == j:
			emitOp(&out, opEqual, 1)
			i, j = i+1, j+1
		default:
			emitOp(&out, opInsert, 1)
			j++
		}
	}
	return out
}

// weightedMatches diffs ka and kb with key i counted wa[i] (or wb[i])
// times and returns, for each index of ka, the index of kb it is equal to
// (all its units matched to all units of that one), or -1.
func weightedMatches(ka, kb []uint64, wa, wb []int) []int {
	ea, ownA := expandKeys(ka, wa)
	eb, ownB := expandKeys(kb, wb)
	matchA := filled(len(ka), -1)
	units := make([]int, len(ka)) // matched units of each key of ka
	x, y := 0, 0
	for _, o := range diffSeq(ea, eb) {
		switch o.kind {
		case opEqual:
			for k := 0; k < o.n; k++ {
				i, j := ownA[x+k], ownB[y+k]
				switch {
				case units[i] == 0:
					matchA[i], units[i] = j, 1
				case matchA[i] == j:
					units[i]++
				default:
					units[i] = -len(ea) // units matched to two keys: never whole
				}
			}
			x, y = x+o.n, y+o.n
		case opDelete:
			x += o.n
		case opInsert:
			y += o.n
		}
	}
	taken := make([]bool, len(kb))
	for i, j := range matchA {
		if j >= 0 && units[i] == wa[i] && wb[j] == wa[i] && !taken[j] {
			taken[j] = true
		} else {
			matchA[i] = -1
		}
	}
	return matchA
}

// anyLight reports whether sentences [lo, hi) of d hold a light one.
func anyLight(d *document, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if d.sents[i].light {
			return true
		}
	}
	return false
}

// lightWeights returns the weight of each of sentences [lo, hi) of d: 1,
// or the number of sentences of a light paragraph.
func lightWeights(d *document, lo, hi int) []int {
	w := make([]int, hi-lo)
	for i := range w {
		w[i] = 1
		if s := d.sents[lo+i]; s.light {
			w[i] = min(sentenceEnds(d.text[s.start:s.end])+1, maxLightWeight)
		}
	}
	return w
}

// sentenceEnds counts the full stops, question and exclamation marks and
// ellipses followed by a space or a line break in text, and the Chinese and
// Japanese sentence ends: about the number of its sentences, in one pass
// and without tokenizing it.
func sentenceEnds(text string) int {
	n := 0
	for i, r := range text {
		switch {
		case isSpacelessEnd(r):
			n++
		case r == '.' || r == '!' || r == '?' || r == '…':
			if j := i + utf8.RuneLen(r); j < len(text) && (text[j] == ' ' || text[j] == '\n') {
				n++
			}
		}
	}
	return n
}

// expandKeys repeats each key w[i] times (salted, so that the copies
// differ) and returns the expanded keys with the index each came from.
func expandKeys(keys []uint64, w []int) ([]uint64, []int) {
	n := 0
	for _, x := range w {
		n += x
	}
	out, own := make([]uint64, 0, n), make([]int, 0, n)
	for i, k := range keys {
		for c := range w[i] {
			out = append(out, k^uint64(c)*0xbf58476d1ce4e5b9) // not lightSalt: copy 1 must not be the raw paragraph hash
			own = append(own, i)
		}
	}
	return out, own
}
