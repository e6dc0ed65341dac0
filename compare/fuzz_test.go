package compare

import (
	"context"
	"fmt"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith. Yes.", "В.В. Путин сказал. Да.", "<...> a... B", "3.5. 4,000!? «Да.» Нет", "\u00ad\ufe0f\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s[0] < prev || s[0] >= s[1] || s[1] > len(text) {
				t.Fatalf("bad sentence span %v (prev end %d, len %d)", s, prev, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[s[0]]) || s[1] < len(text) && !utf8.RuneStart(text[s[1]])) {
				t.Fatalf("sentence span %v not on rune boundaries", s)
			}
			prev = s[1]
		}
		for _, tk := range Tokenize(text) {
			if tk.Start >= tk.End || tk.End > len(text) {
				t.Fatalf("bad token %+v", tk)
			}
		}
	})
}

func FuzzCompare(f *testing.F) {
	seeds := [][2]string{
		{"", ""},
		{"One. Two.", "Two. One."},
		{"Mikhail Nurtleu chaired.", "Murat Nurtleu chaired."},
		{"a \"b\" c", "a “b” c"},
		{"Москва. Алматы.\n\nАстана.", "Алматы. Москва.\n\nАстана!"},
		{"x\r\ny", "x\ny"},
		{"1,000 3.5", "1 000 3,5"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], false, false)
	}
	f.Fuzz(func(t *testing.T, a, b string, ignoreCase, ignorePunct bool) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip("texts reach the engine as valid UTF-8")
		}
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				panic(fmt.Sprintf("slow input: %q %q %v %v", a, b, ignoreCase, ignorePunct))
			}
		}()
		r, err := Compare(context.Background(), []string{a, b}, Options{IgnoreCase: ignoreCase, IgnorePunctuation: ignorePunct})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, r)
	})
}
