package compare

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// Options tune a comparison.
type Options struct {
	// Base is the index of the version every other version is compared to.
	Base int
	// IgnoreCase folds letter case (Unicode case folding, so Cyrillic too;
	// as Turkish does in versions given as Turkish or Azerbaijani, where
	// I is the capital of ı and İ that of i).
	IgnoreCase bool
	// IgnorePunctuation drops punctuation tokens from the comparison.
	IgnorePunctuation bool
	// Languages are the versions' languages as BCP 47 tags ("ru", "en"),
	// one per version or none; "" is unknown. A version in another
	// language than the base is aligned with it across languages and gets
	// no word changes; versions in one language other than the base's are
	// word-diffed against the first of them (see Result.Reference).
	Languages []string
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
	// Changes lists every difference between each version and the version
	// it is compared with (Reference), ordered by version, then by position
	// in the version.
	Changes []Change `json:"changes"`
	// Reference gives, for each version, the version its word changes are
	// against: the base for a version in the base's language, the first
	// version in its language for a later rendering in another language,
	// and -1 for the base and for the first rendering in each other
	// language, which have no word changes.
	Reference []int `json:"reference"`
	// Translated is true for each version in another language than the
	// base: its rows come from the cross-language alignment.
	Translated []bool `json:"translated"`
	// Options are the options the comparison ran with (without Progress).
	Options Options `json:"-"`
	// loose holds, by version, the sentences of a rendering's alignment
	// that look unrendered (see Check).
	loose []looseSpans
	// sentStarts holds, by version, where the sentences the engine split
	// start: every paragraph but those identical everywhere (light),
	// which hold no change.
	sentStarts [][]int
	// paras holds, by version, its paragraphs as the engine cut them.
	paras [][]span
	// turkic holds, by version, whether its case folds as Turkish does
	// (see turkicVersions).
	turkic []bool
	// groupMark is the digit group mark (see groupMark) of every
	// version's language, where they all share one, else 0.
	groupMark byte
}

// Paragraphs returns the byte spans [start, end) of version v's
// paragraphs, as the engine cut them (runs of non-blank lines between
// blank lines): a report cites a change by its paragraph in the version's
// own text.
func (r *Result) Paragraphs(v int) [][2]int {
	if v < 0 || v >= len(r.paras) {
		return nil // a Result not made by Compare
	}
	out := make([][2]int, len(r.paras[v]))
	for i, p := range r.paras[v] {
		out[i] = [2]int{p.start, p.end}
	}
	return out
}

// SentenceStarts returns where the sentences of version v start, in
// order, in every paragraph that is not the same in all versions: the
// paragraphs that hold changes, which a report cites by sentence.
func (r *Result) SentenceStarts(v int) []int {
	if v < 0 || v >= len(r.sentStarts) {
		return nil // a Result not made by Compare
	}
	return r.sentStarts[v]
}

// SentencesIn returns how many of the engine's sentences cell c holds, in
// a paragraph that is not the same in all versions (see SentenceStarts),
// so that a view can mark a sentence split in two or two merged; 0 for a
// cell of a paragraph the same in all versions, or a Result not made by
// Compare.
func (r *Result) SentencesIn(c *Cell) int {
	starts := r.SentenceStarts(c.Version)
	return sort.SearchInts(starts, c.End) - sort.SearchInts(starts, c.Start)
}

// Compare aligns texts against texts[opts.Base] and reports the changes.
// It looks at ctx between its stages and inside the long ones (reading
// the documents, pairing gaps, the word diffs), so that a comparison the
// caller gave up stops soon; cancelled, it returns ctx's error and no
// result.
func Compare(ctx context.Context, texts []string, opts Options) (*Result, error) {
	if err := checkOptions(len(texts), opts); err != nil {
		return nil, err
	}
	res := &Result{Texts: texts, Base: opts.Base, Options: opts}
	res.Options.Progress, res.Options.Languages = nil, slices.Clone(opts.Languages)
	res.Reference, res.Translated = references(opts.Languages, len(texts), opts.Base)
	res.turkic = turkicVersions(opts.Languages, res.Reference, opts.Base)
	paras := prefilter(texts, opts.Base)
	// Documents are prepared, and versions compared with the base, in
	// parallel: the base document is only read by the pairs.
	docs := make([]*document, len(texts))
	parallel(len(texts), func(v int) {
		docs[v] = newDocument(ctx, texts[v], paras[v], opts, res.turkic[v])
		docs[v].lang = opts.language(v)
		docs[v].groupMark = groupMark(docs[v].lang)
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	res.groupMark = docs[0].groupMark
	for _, d := range docs[1:] {
		if d.groupMark != res.groupMark {
			res.groupMark = 0
		}
	}
	res.sentStarts, res.paras = make([][]int, len(docs)), make([][]span, len(docs))
	for v, d := range docs {
		res.sentStarts[v], res.paras[v] = d.sentenceStarts(), d.paras
	}
	unifyKeys(docs, opts.Base)
	pairs, err := comparePairs(ctx, docs, res, opts.Progress)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	res.Changes = gatherChanges(pairs)
	res.loose = make([]looseSpans, len(texts))
	for v, pr := range pairs {
		if pr != nil {
			res.loose[v] = pr.loose
		}
	}
	res.Rows = buildTable(docs[opts.Base], pairs, len(texts), opts.Base)
	if opts.Progress != nil {
		opts.Progress(1)
	}
	return res, nil
}

// checkOptions rejects options that do not fit n versions.
func checkOptions(n int, opts Options) error {
	if n < 1 {
		return fmt.Errorf("compare: no versions given")
	}
	if opts.Base < 0 || opts.Base >= n {
		return fmt.Errorf("compare: base version %d out of range (have %d versions)", opts.Base, n)
	}
	if len(opts.Languages) != 0 && len(opts.Languages) != n {
		return fmt.Errorf("compare: %d languages given for %d versions", len(opts.Languages), n)
	}
	return nil
}

// comparePairs aligns every version with the base, in parallel, and
// returns pairs[v] for each version other than the base: its alignment
// with the base and its word changes, which for a rendering in another
// language are against the first rendering in its language (res.Reference).
// progress, when not nil, hears of each version done.
func comparePairs(ctx context.Context, docs []*document, res *Result, progress func(float64)) ([]*pairResult, error) {
	n, base := len(docs), res.Base
	pairs := make([]*pairResult, n)
	errs := make([]error, n)
	var mu sync.Mutex
	done := 0
	parallel(n, func(v int) {
		if v == base {
			return
		}
		if res.Translated[v] {
			pairs[v], errs[v] = translatePair(ctx, docs[base], docs[v], base, v)
			if r := res.Reference[v]; r >= 0 && errs[v] == nil {
				var extra *pairResult
				if extra, errs[v] = comparePair(ctx, docs[r], docs[v], r, v); errs[v] == nil {
					pairs[v].changes = extra.changes
				}
			}
		} else {
			pairs[v], errs[v] = comparePair(ctx, docs[base], docs[v], base, v)
		}
		if progress != nil {
			mu.Lock()
			done++
			progress(float64(done) / float64(n))
			mu.Unlock()
		}
	})
	if err := cmp.Or(errs...); err != nil {
		return nil, err
	}
	return pairs, nil
}

// gatherChanges joins the pairs' changes in reading order of each other
// version; a move comes before the word changes inside it. The pairs leave
// them in that order, so the sort usually has nothing to do.
func gatherChanges(pairs []*pairResult) []Change {
	n := 0
	for _, pr := range pairs {
		if pr != nil {
			n += len(pr.changes)
		}
	}
	out := make([]Change, 0, n)
	for _, pr := range pairs {
		if pr != nil {
			out = append(out, pr.changes...)
		}
	}
	if !slices.IsSortedFunc(out, readingOrder) {
		sortStable(out, readingOrder)
	}
	return out
}

// sortStable sorts s as slices.SortStableFunc does, moving each element
// once: it sorts the elements' indexes (the index breaking ties, which
// keeps equal elements in their order) and then moves the elements along
// the permutation's cycles. The standard stable sort swaps elements
// O(n log n) times, and a Change is 168 bytes: with a million changes the
// swaps are the sort's cost.
func sortStable[S ~[]E, E any](s S, order func(x, y E) int) {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := order(s[i], s[j]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	// s[k] becomes the element at idx[k]; a position is done once idx
	// says it holds its own element.
	for k := range idx {
		if idx[k] == k {
			continue
		}
		first, j := s[k], k
		for idx[j] != k {
			s[j], idx[j], j = s[idx[j]], j, idx[j]
		}
		s[j], idx[j] = first, j
	}
}

// readingOrder orders changes by the version they are in, then by where
// they start in it, a move before the changes it holds, then by where
// they start in the version compared with (a deletion before the
// insertion that follows it there).
func readingOrder(x, y Change) int {
	switch {
	case x.B != y.B:
		return cmp.Compare(x.B, y.B)
	case x.BStart != y.BStart:
		return cmp.Compare(x.BStart, y.BStart)
	case x.Kind == Move && y.Kind != Move:
		return -1
	case y.Kind == Move && x.Kind != Move:
		return 1
	}
	return cmp.Compare(x.AStart, y.AStart)
}

// references returns, for each version, the version its word changes are
// against (or -1) and whether it is in another language than the base.
func references(langs []string, n, base int) (ref []int, translated []bool) {
	ref, translated = make([]int, n), make([]bool, n)
	for v := range n {
		ref[v] = base
		if v == base {
			ref[v] = -1
			continue
		}
		if langs == nil || SameLanguage(langs[v], langs[base]) {
			continue
		}
		translated[v] = true
		ref[v] = -1
		for r := 0; r < v; r++ {
			if r != base && translated[r] && SameLanguage(langs[r], langs[v]) && ref[r] == -1 {
				ref[v] = r
				break
			}
		}
	}
	return ref, translated
}

// turkicVersions tells, by version, which fold case as Turkish does
// (turkicFold): the versions word-diffed together (the base and those in
// its language, or the renderings in one other language, which ref
// gives) share one fold, so that their keys meet, and it is Turkish when
// any of them is given as Turkish. A version in no language given agrees
// with the base's.
func turkicVersions(langs []string, ref []int, base int) []bool {
	n := len(ref)
	out := make([]bool, n)
	if langs == nil {
		return out
	}
	head := func(v int) int { // the first version of v's group
		switch {
		case v == base || ref[v] == base:
			return base
		case ref[v] >= 0:
			return ref[v]
		}
		return v
	}
	groups := make([]bool, n)
	for v := range n {
		groups[head(v)] = groups[head(v)] || turkicFold(langs[v])
	}
	for v := range n {
		out[v] = groups[head(v)]
	}
	return out
}

// parallel runs f(0..n-1) on up to GOMAXPROCS goroutines and waits.
func parallel(n int, f func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// chunkTasks is how many small tasks forChunks hands a worker at once, so
// that thousands of paragraph-sized tasks do not each pay for a channel
// send.
const chunkTasks = 32

// forChunks runs f(0..n-1) in parallel, chunkTasks at a time.
func forChunks(n int, f func(i int)) {
	parallel((n+chunkTasks-1)/chunkTasks, func(c int) {
		for i := c * chunkTasks; i < min((c+1)*chunkTasks, n); i++ {
			f(i)
		}
	})
}
