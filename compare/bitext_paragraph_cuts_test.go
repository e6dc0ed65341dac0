package compare

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// loneBeads counts the beads with an empty side.
func loneBeads(beads []Bead) int {
	n := 0
	for _, b := range beads {
		if b.Src[0] == b.Src[1] || b.Tgt[0] == b.Tgt[1] {
			n++
		}
	}
	return n
}

// sentencePerParagraph rewrites text with a blank line after every
// sentence (as AlignTexts cuts them): the same sentences, in order.
func sentencePerParagraph(text string) string {
	_, sents := unitsOf(text)
	var out []string
	for _, p := range sents {
		for _, s := range p {
			out = append(out, text[s[0]:s[1]])
		}
	}
	return strings.Join(out, "\n\n")
}

// TestAlignTextsSentencePerParagraph: the sample's Russian transcript
// rewritten with a blank line after every sentence (a subtitle-like or
// CAT-tool export) holds the same sentences in the same order, so
// `variorum align blog-en.txt ru.txt` pairs its sentences about as it
// pairs the original's.
func TestAlignTextsSentencePerParagraph(t *testing.T) {
	en, ru := sampleText(t, "blog-en.txt"), sampleText(t, "ru.txt")
	ctx := context.Background()
	base, err := AlignTexts(ctx, en, ru, UnitSentence)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, src, tgt string }{
		{"ru a sentence a paragraph", en, sentencePerParagraph(ru)},
		{"en a sentence a paragraph", sentencePerParagraph(en), ru},
	} {
		bt, err := AlignTexts(ctx, c.src, c.tgt, UnitSentence)
		if err != nil {
			t.Fatal(err)
		}
		if len(bt.Src) != len(base.Src) || len(bt.Tgt) != len(base.Tgt) {
			t.Fatalf("%s: %d and %d sentences, the original %d and %d", c.name, len(bt.Src), len(bt.Tgt), len(base.Src), len(base.Tgt))
		}
		if got, limit := loneBeads(bt.Beads), loneBeads(base.Beads)+5; got > limit {
			t.Errorf("%s: %d of %d sentence beads have no counterpart, want at most %d (the original has %d)",
				c.name, got, len(bt.Beads), limit, loneBeads(base.Beads))
		}
	}
}

// TestAlignTextsMovedParagraphBreak: a translator often moves a
// paragraph break by a sentence. For each Russian paragraph k of the
// sample, the first sentence of paragraph k+1 is moved to the end of
// paragraph k; the sentences and their order do not change, so a sentence
// seldom loses its counterpart (no more beads with an empty side than for
// the original text). The few that do lose it beside a bead the original
// already has alone.
func TestAlignTextsMovedParagraphBreak(t *testing.T) {
	en, ru := sampleText(t, "blog-en.txt"), sampleText(t, "ru.txt")
	ctx := context.Background()
	base, err := AlignTexts(ctx, en, ru, UnitSentence)
	if err != nil {
		t.Fatal(err)
	}
	paras, sents := unitsOf(ru)
	var bad []string
	tried := 0
	for k := 0; k+1 < len(paras); k++ {
		if len(sents[k+1]) < 2 {
			continue
		}
		first := sents[k+1][0]
		moved := ru[:paras[k][1]] + " " + ru[first[0]:first[1]] + "\n\n" + ru[sents[k+1][1][0]:]
		bt, err := AlignTexts(ctx, en, moved, UnitSentence)
		if err != nil {
			t.Fatal(err)
		}
		if len(bt.Tgt) != len(base.Tgt) {
			continue // the sentences were cut otherwise
		}
		tried++
		if loneBeads(bt.Beads) > loneBeads(base.Beads) {
			bad = append(bad, fmt.Sprint(k))
		}
	}
	if len(bad)*10 > tried {
		t.Errorf("a sentence lost its counterpart when moved to the paragraph before, in %d of %d cases (paragraph k = %s)",
			len(bad), tried, strings.Join(bad, ", "))
	}
}
