package compare

import (
	"context"
	"strings"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// SameLanguage reports whether two BCP 47 tags name one language, as
// Compare decides whether to word-diff two versions or align them: their
// primary subtags agree ("en-GB" and "en"). An unknown (empty) tag agrees
// with any, so versions without a language are compared word by word;
// undetermined languages agree where the rest of their tags does: their
// scripts ("und-Latn", "und-Cyrl") and a private use that tells two
// undetermined languages in one script apart ("und-Latn-x-other").
func SameLanguage(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	pa, pb := primarySubtag(a), primarySubtag(b)
	if !strings.EqualFold(pa, pb) {
		return false
	}
	if strings.EqualFold(pa, "und") && len(a) > 4 && len(b) > 4 {
		return strings.EqualFold(a[4:], b[4:])
	}
	return true
}

func primarySubtag(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i]
	}
	return tag
}

// translatePair aligns version b, a rendering of the base a in another
// language, paragraph by paragraph and then sentence by sentence, with the
// cross-language aligner. It reports no changes: across languages every
// word differs, and that is no edit.
func translatePair(ctx context.Context, a, b *document, ai, bi int) (*pairResult, error) {
	_, beads, loose, err := crosslang.AlignDocument(ctx, paragraphsOf(a), paragraphsOf(b))
	if err != nil {
		return nil, err
	}
	pr := &pairResult{a: a, b: b, ai: ai, bi: bi, groups: make([]group, 0, len(beads))}
	for _, i := range loose.Src {
		pr.loose.src = append(pr.loose.src, span{a.sents[i].start, a.sents[i].end})
	}
	for _, j := range loose.Tgt {
		pr.loose.tgt = append(pr.loose.tgt, span{b.sents[j].start, b.sents[j].end})
	}
	for _, bd := range beads {
		g := group{kind: gEdit, a0: bd.Src0, a1: bd.Src1, b0: bd.Tgt0, b1: bd.Tgt1}
		switch {
		case bd.Src0 == bd.Src1:
			g.kind = gInsert
		case bd.Tgt0 == bd.Tgt1:
			g.kind = gDelete
		}
		pr.groups = append(pr.groups, g)
	}
	return pr, nil
}

// paragraphsOf returns the text of d's sentences, paragraph by paragraph.
func paragraphsOf(d *document) [][]string {
	var out [][]string
	for k, s := range d.sents {
		if k == 0 || s.para != d.sents[k-1].para {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], d.text[s.start:s.end])
	}
	return out
}
