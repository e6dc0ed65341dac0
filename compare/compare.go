// Package compare aligns versions of one text and finds every wording
// change between them. It is pure Go with no user-interface or storage code:
// normalisation, segmentation, sentence alignment, word diff and change
// classification all live here.
package compare

import (
	"context"
	"fmt"
	"hash/maphash"
)

// Options tune a comparison.
type Options struct {
	// Base is the index of the version every other version is compared to.
	Base int
	// IgnoreCase folds letter case (Unicode case folding, so Cyrillic too).
	IgnoreCase bool
	// IgnorePunctuation drops punctuation tokens from the comparison.
	IgnorePunctuation bool
	// Progress, when set, is called with the share of work done (0..1).
	Progress func(done float64)
}

// Result is the alignment of N versions against a base version and the
// changes between the base and each other version.
type Result struct {
	// Texts are the versions as compared; every offset points into them.
	Texts []string `json:"-"`
	// Base is the index of the base version.
	Base int `json:"base"`
	// Rows is the alignment table: one row per aligned group of sentences.
	Rows []Row `json:"alignment"`
	// Changes lists every difference between the base and each other version,
	// ordered by version, then by position in the other version.
	Changes []Change `json:"changes"`
}

// Compare aligns texts against texts[opts.Base] and reports the changes.
// It honours ctx cancellation between versions and between large steps.
func Compare(ctx context.Context, texts []string, opts Options) (*Result, error) {
	if len(texts) < 1 {
		return nil, fmt.Errorf("compare: no versions given")
	}
	if opts.Base < 0 || opts.Base >= len(texts) {
		return nil, fmt.Errorf("compare: base version %d out of range (have %d versions)", opts.Base, len(texts))
	}
	res := &Result{Texts: texts, Base: opts.Base}
	seed := maphash.MakeSeed()
	light := prefilter(seed, texts, opts.Base)
	base := newDocument(texts[opts.Base], opts, light[opts.Base], seed)
	pairs := make([]*pairResult, len(texts))
	for v := range texts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("compare: %w", err)
		}
		if v == opts.Base {
			continue
		}
		other := newDocument(texts[v], opts, light[v], seed)
		pr, err := comparePair(ctx, base, other, opts.Base, v)
		if err != nil {
			return nil, err
		}
		pairs[v] = pr
		res.Changes = append(res.Changes, pr.changes...)
		if opts.Progress != nil {
			opts.Progress(float64(v+1) / float64(len(texts)))
		}
	}
	res.Rows = buildTable(base, pairs, len(texts), opts.Base)
	if opts.Progress != nil {
		opts.Progress(1)
	}
	return res, nil
}
