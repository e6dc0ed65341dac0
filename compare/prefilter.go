package compare

import (
	"hash/maphash"
)

// The prefilter finds paragraphs that are byte-for-byte identical and in
// the same order in the base and in every other version, the way git finds
// equal lines before it diffs words. Such paragraphs are not tokenized: each
// becomes one opaque unit in the sentence stream and one row of the table.
// Everything else (edited, moved, split or merged paragraphs) goes through
// the full sentence and word alignment, so results do not change; only the
// work on unchanged text is saved. A paragraph longer than a sentence may
// be (maxSentenceBytes) is segmented all the same, so that no row holds
// more: an unchanged megabyte with no sentence end is not one row.

// lightSalt keeps the hashes of opaque paragraph units apart from the key
// hashes of ordinary sentences.
const lightSalt = 0x9e3779b97f4a7c15

// paragraphHashes hashes the raw bytes of each paragraph.
func paragraphHashes(seed maphash.Seed, text string, paras []span) []uint64 {
	hs := make([]uint64, len(paras))
	for i, p := range paras {
		hs[i] = maphash.String(seed, text[p.start:p.end]) ^ lightSalt
		if hs[i] == 0 {
			hs[i] = 1
		}
	}
	return hs
}

// paragraphs are a text's paragraph spans, the hashes of their raw bytes
// and which of them are light: identical, in order, in every version.
type paragraphs struct {
	spans  []span
	hashes []uint64
	light  []bool // nil: none
}

// prefilter finds the paragraphs of every text and marks the light ones.
func prefilter(texts []string, base int) []paragraphs {
	seed := maphash.MakeSeed()
	pp := make([]paragraphs, len(texts))
	parallel(len(texts), func(v int) {
		pp[v].spans = paragraphSpans(texts[v])
		pp[v].hashes = paragraphHashes(seed, texts[v], pp[v].spans)
	})
	nb := len(pp[base].spans)
	count := make([]int, nb) // in how many other versions a base paragraph is matched
	partner := make([][]int, len(texts))
	for v := range texts {
		if v == base {
			continue
		}
		partner[v] = filled(len(pp[v].spans), -1)
		for i, j := range matches(diffSeq(pp[base].hashes, pp[v].hashes)) {
			partner[v][j] = i
			count[i]++
		}
	}
	light := make([][]bool, len(texts))
	light[base] = make([]bool, nb)
	for i, p := range pp[base].spans {
		light[base][i] = count[i] == len(texts)-1 && len(texts) > 1 && p.end-p.start <= maxSentenceBytes
	}
	for v := range texts {
		if v == base {
			continue
		}
		light[v] = make([]bool, len(pp[v].spans))
		for j, i := range partner[v] {
			light[v][j] = i >= 0 && light[base][i]
		}
	}
	for v := range pp {
		pp[v].light = light[v]
	}
	return pp
}
