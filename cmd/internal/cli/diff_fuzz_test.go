package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/variorum/variorum/compare"
)

// FuzzWordDiffText: the word diff's text of any two texts holds the second
// whole: with what it marks as deleted and where moved text left taken
// out, and the other marks unwrapped, it holds the second text, white
// space aside. Texts
// holding the markers' own characters are left out, as their output is
// ambiguous by design (see the README); so are controls, which the
// output escapes.
func FuzzWordDiffText(f *testing.F) {
	for _, p := range [][2]string{
		{"We took specific steps to further develop the organisation. It was good.", "We took practical steps to develop the organisation further. It was good."},
		{"Alpha beta gamma delta epsilon zeta extraordinarily.", "Alpha beta gamma delta extraordinarily epsilon zeta."},
		{"Мы будем развивать организацию дальше.", "Мы будем дальше развивать организацию."},
		{"One. Two. Three.\n\nFour five six.", "Four five six.\n\nOne. Three. Two."},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !plainText(a) || !plainText(b) || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
			return
		}
		res, err := compare.Compare(context.Background(), []string{a, b}, compare.Options{})
		if err != nil {
			return
		}
		var out bytes.Buffer
		writeWordDiff(&out, res, 1, false, false)
		// The marks bring their own spaces and line breaks (a deleted
		// paragraph on its own, a space before a mark at a full stop):
		// what is not white space is compared.
		if got := strings.Join(strings.Fields(unmarked(out.String())), ""); got != strings.Join(strings.Fields(b), "") {
			t.Errorf("a %q\nb %q\nword diff %q\nunmarked %q, want b's text", a, b, out.String(), got)
		}
	})
}

// plainText reports text the word diff prints as it is, without the
// markers' characters.
func plainText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsAny(s, "[]{}<>~") &&
		!strings.ContainsFunc(s, func(r rune) bool { return r != '\n' && r != '\t' && !unicode.IsPrint(r) })
}

// unmarked takes a plain word diff's deletions and moved-from marks out
// and unwraps its insertions and moved text.
func unmarked(s string) string {
	var b strings.Builder
	for s != "" {
		switch {
		case strings.HasPrefix(s, "[-"):
			s = s[strings.Index(s, "-]")+2:]
		case strings.HasPrefix(s, "{<"):
			s = s[strings.Index(s, ">}")+2:]
		case strings.HasPrefix(s, "{+"), strings.HasPrefix(s, "{>"):
			s = s[2:]
		case strings.HasPrefix(s, "+}"), strings.HasPrefix(s, "<}"):
			s = s[2:]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	return b.String()
}
