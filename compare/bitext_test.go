package compare

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestAlignTexts aligns the sample's English blog post with the Russian
// transcript sentence by sentence: beads cover both sides in order, and
// sentences that share a figure sit in one bead.
func TestAlignTexts(t *testing.T) {
	en, err := os.ReadFile("../assets/sample/blog-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	ru, err := os.ReadFile("../assets/sample/ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []Unit{UnitSentence, UnitParagraph} {
		bt, err := AlignTexts(context.Background(), string(en), string(ru), unit)
		if err != nil {
			t.Fatal(err)
		}
		i, j := 0, 0
		for _, b := range bt.Beads {
			if b.Src[0] != i || b.Tgt[0] != j {
				t.Fatalf("unit %d: bead %v does not follow (%d, %d)", unit, b, i, j)
			}
			i, j = b.Src[1], b.Tgt[1]
		}
		if i != len(bt.Src) || j != len(bt.Tgt) {
			t.Fatalf("unit %d: beads end at (%d, %d), want (%d, %d)", unit, i, j, len(bt.Src), len(bt.Tgt))
		}
		// "On July 19, a meeting of the UN Security Council…" and its
		// rendering "19 июля …" share a bead.
		found := false
		for _, b := range bt.Beads {
			var s, g string
			for k := b.Src[0]; k < b.Src[1]; k++ {
				s += string(en[bt.Src[k][0]:bt.Src[k][1]])
			}
			for k := b.Tgt[0]; k < b.Tgt[1]; k++ {
				g += string(ru[bt.Tgt[k][0]:bt.Tgt[k][1]])
			}
			if containsAll(s, "July 19") && containsAll(g, "19 июля") {
				found = true
			}
		}
		if !found {
			t.Errorf("unit %d: no bead holds both July 19 and 19 июля", unit)
		}
	}
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
