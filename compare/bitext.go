package compare

import (
	"context"
	"strings"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// Unit is what a bitext alignment pairs.
type Unit int

const (
	UnitSentence  Unit = iota // sentences, inside aligned paragraphs
	UnitParagraph             // paragraphs
)

// Bead pairs source units [Src[0], Src[1]) with target units [Tgt[0],
// Tgt[1]); either range may be empty (an omission or an addition).
type Bead struct {
	Src [2]int `json:"src"`
	Tgt [2]int `json:"tgt"`
}

// Bitext is a text and its translation aligned: the byte spans of each
// side's units and the beads that pair them, in order; together the beads
// cover every unit of both sides once.
type Bitext struct {
	Src, Tgt [][2]int
	Beads    []Bead
}

// AlignUnits aligns units already cut (one sentence or paragraph each, as
// in a segmented corpus) across languages.
func AlignUnits(ctx context.Context, src, tgt []string, unit Unit) ([]Bead, error) {
	u := crosslang.Sentences
	if unit == UnitParagraph {
		u = crosslang.Paragraphs
	}
	beads, err := crosslang.Align(ctx, src, tgt, u)
	return fromCrosslang(beads), err
}

// AlignTexts cuts a text and its translation into paragraphs and sentences
// and aligns them: paragraphs first, then, for UnitSentence, sentences
// inside the aligned paragraphs.
func AlignTexts(ctx context.Context, src, tgt string, unit Unit) (*Bitext, error) {
	sp, ss := unitsOf(src)
	tp, ts := unitsOf(tgt)
	paras, sents, _, err := crosslang.AlignDocument(ctx, textsOf(src, ss), textsOf(tgt, ts))
	if err != nil {
		return nil, err
	}
	if unit == UnitParagraph {
		return &Bitext{Src: sp, Tgt: tp, Beads: fromCrosslang(paras)}, nil
	}
	return &Bitext{Src: flatten(ss), Tgt: flatten(ts), Beads: fromCrosslang(sents)}, nil
}

// unitsOf returns the paragraph spans of text and, for each, the spans of
// its sentences.
func unitsOf(text string) (paras [][2]int, sents [][][2]int) {
	var raw []rawToken
	for _, p := range paragraphSpans(text) {
		paras = append(paras, [2]int{p.start, p.end})
		var ps [][2]int
		raw = eachSentence(text, p, tokenWindow, raw, func(toks []rawToken) {
			ps = append(ps, [2]int{int(toks[0].start), int(toks[len(toks)-1].end)})
		})
		if len(ps) == 0 {
			ps = append(ps, [2]int{p.start, p.end})
		}
		sents = append(sents, ps)
	}
	return paras, sents
}

func textsOf(text string, sents [][][2]int) [][]string {
	out := make([][]string, len(sents))
	for k, p := range sents {
		for _, s := range p {
			out[k] = append(out[k], strings.TrimSpace(text[s[0]:s[1]]))
		}
	}
	return out
}

func flatten(sents [][][2]int) [][2]int {
	var out [][2]int
	for _, p := range sents {
		out = append(out, p...)
	}
	return out
}

func fromCrosslang(beads []crosslang.Bead) []Bead {
	out := make([]Bead, len(beads))
	for k, b := range beads {
		out[k] = Bead{Src: [2]int{b.Src0, b.Src1}, Tgt: [2]int{b.Tgt0, b.Tgt1}}
	}
	return out
}
