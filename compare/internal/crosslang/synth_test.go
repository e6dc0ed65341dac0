package crosslang

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// synthParagraphs builds a paragraph-level alignment task from a sentence
// set with gold beads: consecutive beads are grouped into paragraphs of one
// to eight beads; the rendering then loses some paragraphs (an abridged
// repost), merges or splits others, and gains a heading or a line of its
// own. It returns both sides' paragraphs and the gold paragraph beads.
func synthParagraphs(src, tgt []string, gold []Bead, seed uint64) (sp, tp []string, want []Bead) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	type para struct{ s, t []string }
	var paras []para
	for k := 0; k < len(gold); {
		n := 1 + r.IntN(8)
		var p para
		for _, b := range gold[k:min(len(gold), k+n)] {
			p.s = append(p.s, src[b.Src0:b.Src1]...)
			p.t = append(p.t, tgt[b.Tgt0:b.Tgt1]...)
		}
		k += n
		if len(p.s) > 0 && len(p.t) > 0 {
			paras = append(paras, p)
		}
	}
	extra := []string{"Read more on our channel.", "# Photo gallery", "(Translated by the editors)", "* * *", "Subscribe: t.me/example"}
	for k := 0; k < len(paras); k++ {
		p := paras[k]
		i := len(sp)
		sp = append(sp, strings.Join(p.s, " "))
		switch x := r.Float64(); {
		case x < 0.15: // omitted
			want = append(want, Bead{i, i + 1, len(tp), len(tp)})
		case x < 0.22 && k+1 < len(paras): // two source paragraphs, one rendering
			q := paras[k+1]
			sp = append(sp, strings.Join(q.s, " "))
			want = append(want, Bead{i, i + 2, len(tp), len(tp) + 1})
			tp = append(tp, strings.Join(append(append([]string{}, p.t...), q.t...), " "))
			k++
		case x < 0.29 && len(p.t) > 1: // split in two
			h := len(p.t) / 2
			want = append(want, Bead{i, i + 1, len(tp), len(tp) + 2})
			tp = append(tp, strings.Join(p.t[:h], " "), strings.Join(p.t[h:], " "))
		case x < 0.33: // a line of the rendering's own before it
			want = append(want, Bead{i, i, len(tp), len(tp) + 1}, Bead{i, i + 1, len(tp) + 1, len(tp) + 2})
			tp = append(tp, extra[r.IntN(len(extra))], strings.Join(p.t, " "))
		default:
			want = append(want, Bead{i, i + 1, len(tp), len(tp) + 1})
			tp = append(tp, strings.Join(p.t, " "))
		}
	}
	return sp, tp, want
}

// TestSynthParagraphs scores paragraph alignment on paragraphs made from
// the public sentence sets (Anna Karenina EN–RU, Text+Berg dev DE–FR).
func TestSynthParagraphs(t *testing.T) {
	sets := []struct{ name, src, tgt, gold string }{
		{"ak1", "enru-books/ak1.en", "enru-books/ak1.ru", "enru-books/ak1.enru"},
		{"textberg-dev", "textberg-defr/dev.de", "textberg-defr/dev.fr", "textberg-defr/dev.defr"},
	}
	p := testParagraphParams(t)
	for _, set := range sets {
		src := readLines(t, filepath.Join(sharedEval, set.src))
		tgt := readLines(t, filepath.Join(sharedEval, set.tgt))
		gold := parseLadder(t, readLines(t, filepath.Join(sharedEval, set.gold)))
		var total counts
		for seed := uint64(1); seed <= 5; seed++ {
			sp, tp, want := synthParagraphs(src, tgt, gold, seed)
			if set.name == "ak1" { // a document, not a book: 300 paragraphs
				sp, tp, want = cut(sp, tp, want, 300)
			}
			got, err := align(context.Background(), sp, tp, p)
			if err != nil {
				t.Fatal(err)
			}
			checkCover(t, got, len(sp), len(tp))
			total = total.add(tally(want, got))
		}
		t.Logf("%s paragraphs: strict %.4f lax %.4f", set.name, total.strict(), total.lax())
		if s := total.strict(); s < 0.9 {
			t.Errorf("%s paragraphs: strict F1 %.4f, want at least 0.9", set.name, s)
		}
	}
}

// cut keeps the beads (and units) before the n-th source unit.
func cut(sp, tp []string, want []Bead, n int) ([]string, []string, []Bead) {
	for k, b := range want {
		if b.Src1 > n {
			want = want[:k]
			break
		}
	}
	last := want[len(want)-1]
	return sp[:last.Src1], tp[:last.Tgt1], want
}

func testParagraphParams(t testing.TB) *params {
	p := defaultParams(Paragraphs)
	if env := os.Getenv("ALIGN_PP"); env != "" {
		t.Setenv("ALIGN_P", env)
		q := testParams(t)
		if q.size == sizeCount {
			q.size = p.size
		}
		return q
	}
	return p
}
