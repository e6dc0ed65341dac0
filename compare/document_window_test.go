package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLongParagraphWindows: a long paragraph read a window at a time
// gives the sentences and tokens it gives read whole, with windows that
// end at line breaks and at spaces.
func TestLongParagraphWindows(t *testing.T) {
	b, err := os.ReadFile(benchSourcePath)
	if err != nil {
		t.Skip("no ../shared:", err)
	}
	lines := strings.Split(string(b), "\n")[:3000]
	// Verse: sentences of a hundred lines, longer than maxSentenceBytes
	// and so cut at their line breaks.
	var verse strings.Builder
	verse.WriteString(strings.Repeat("x", 4500) + "\n")
	for i := range 2000 {
		fmt.Fprintf(&verse, "And the river runs along the hill, line %d", i)
		if i%100 == 99 {
			verse.WriteString(".")
		}
		verse.WriteString("\n")
	}
	for _, text := range []string{strings.Join(lines, "\n"), strings.Join(lines, " "), verse.String()} {
		p := span{0, len(text)}
		whole := &document{text: text, keys: newKeyNumbers(1 << 10)}
		whole.addParagraph(newKeyer(Options{}, false), nil, p, 0, len(text))
		for window := 3 * maxSentenceBytes; window < 6*maxSentenceBytes; window += 997 {
			w := &document{text: text, keys: newKeyNumbers(1 << 10)}
			w.addParagraph(newKeyer(Options{}, false), nil, p, 0, window)
			if !slices.Equal(w.sents, whole.sents) || !slices.Equal(w.toks, whole.toks) {
				t.Errorf("window %d: %d sentences, %d tokens; read whole %d, %d", window, len(w.sents), len(w.toks), len(whole.sents), len(whole.toks))
			}
		}
	}
}
