package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// rewritePair is a sentence and its rewording with the changed byte spans
// marked by hand (testdata/rewrites.txt).
type rewritePair struct {
	a, b         string
	goldA, goldB [][2]int
}

// unmark removes the braces from a marked line and returns the text and
// the spans that were inside braces.
func unmark(line string) (string, [][2]int, error) {
	var b strings.Builder
	var spans [][2]int
	open := -1
	for _, r := range line {
		switch r {
		case '{':
			if open >= 0 {
				return "", nil, fmt.Errorf("nested brace in %q", line)
			}
			open = b.Len()
		case '}':
			if open < 0 {
				return "", nil, fmt.Errorf("unopened brace in %q", line)
			}
			spans = append(spans, [2]int{open, b.Len()})
			open = -1
		default:
			b.WriteRune(r)
		}
	}
	if open >= 0 {
		return "", nil, fmt.Errorf("unclosed brace in %q", line)
	}
	return b.String(), spans, nil
}

func readRewrites(path string) ([]rewritePair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rewrite set: %w", err)
	}
	var out []rewritePair
	var cur rewritePair
	for _, l := range strings.Split(string(data), "\n") {
		var err error
		switch {
		case strings.HasPrefix(l, "A: "):
			cur = rewritePair{}
			cur.a, cur.goldA, err = unmark(l[3:])
		case strings.HasPrefix(l, "B: "):
			cur.b, cur.goldB, err = unmark(l[3:])
			out = append(out, cur)
		}
		if err != nil {
			return nil, fmt.Errorf("rewrite set: %w", err)
		}
	}
	return out, nil
}

// changedTokens returns the indexes of the tokens of text that touch one
// of spans (an empty span, an insertion point, touches none).
func changedTokens(text string, spans [][2]int) map[int]bool {
	out := map[int]bool{}
	for i, t := range Tokenize(text) {
		for _, s := range spans {
			if t.Start < s[1] && s[0] < t.End {
				out[i] = true
			}
		}
	}
	return out
}

// rewriteScore counts tokens the engine marks changed against the gold.
type rewriteScore struct{ tp, fp, fn int }

func (s *rewriteScore) add(gold, got map[int]bool) {
	for i := range got {
		if gold[i] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for i := range gold {
		if !got[i] {
			s.fn++
		}
	}
}

func (s rewriteScore) precision() float64 { return float64(s.tp) / float64(max(s.tp+s.fp, 1)) }
func (s rewriteScore) recall() float64    { return float64(s.tp) / float64(max(s.tp+s.fn, 1)) }

// TestRewrites scores the changed tokens of real-looking sentence rewrites
// against the hand-marked gold: a rewritten sentence must keep its
// untouched words unchanged (precision) and show every edit (recall).
// Run with -v for the figures; set REWRITE_DEBUG to see each pair.
func TestRewrites(t *testing.T) {
	pairs, err := readRewrites("testdata/rewrites.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sc rewriteScore
	for _, p := range pairs {
		r := mustCompare(t, Options{}, p.a, p.b)
		var ea, eb [][2]int
		for _, c := range r.Changes {
			if c.Trivial {
				continue
			}
			ea = append(ea, [2]int{c.AStart, c.AEnd})
			eb = append(eb, [2]int{c.BStart, c.BEnd})
		}
		var one rewriteScore
		one.add(changedTokens(p.a, p.goldA), changedTokens(p.a, ea))
		one.add(changedTokens(p.b, p.goldB), changedTokens(p.b, eb))
		if os.Getenv("REWRITE_DEBUG") != "" && (one.fp > 0 || one.fn > 0) {
			t.Logf("fp=%d fn=%d %q\n  %q", one.fp, one.fn, p.a, describe(nonTrivial(r)))
		}
		sc.tp, sc.fp, sc.fn = sc.tp+one.tp, sc.fp+one.fp, sc.fn+one.fn
	}
	t.Logf("rewrites: %d pairs, changed-token precision=%.4f recall=%.4f (tp=%d fp=%d fn=%d)",
		len(pairs), sc.precision(), sc.recall(), sc.tp, sc.fp, sc.fn)
	if sc.precision() < 0.95 || sc.recall() < 0.97 {
		t.Errorf("precision %.4f, recall %.4f: want at least 0.95 and 0.97", sc.precision(), sc.recall())
	}
}
