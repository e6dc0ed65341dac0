package compare

import (
	"os"
	"testing"
)

func BenchmarkZZSentSegs(b *testing.B) {
	ta, _ := os.ReadFile("/tmp/bp/1mb.a.txt")
	tb, _ := os.ReadFile("/tmp/bp/1mb.b.txt")
	texts := []string{string(ta), string(tb)}
	pp := prefilter(texts, 0)
	a, bd := newDocument(texts[0], pp[0], Options{}), newDocument(texts[1], pp[1], Options{})
	b.ResetTimer()
	for b.Loop() {
		sentenceSegments(a, bd, nil)
	}
}

func BenchmarkZZExact(b *testing.B) {
	ta, _ := os.ReadFile("/tmp/bp/1mb.a.txt")
	tb, _ := os.ReadFile("/tmp/bp/1mb.b.txt")
	texts := []string{string(ta), string(tb)}
	pp := prefilter(texts, 0)
	a, bd := newDocument(texts[0], pp[0], Options{}), newDocument(texts[1], pp[1], Options{})
	segs := sentenceSegments(a, bd, nil)
	b.ResetTimer()
	for b.Loop() {
		sa, sb := newSide(a), newSide(bd)
		findExactMoves(sa, sb, segs, filled(len(a.sents), -1), filled(len(bd.sents), -1))
	}
}
