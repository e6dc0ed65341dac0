package data

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// controlCharsSlow is the plain per-character definition controlChars
// must agree with.
func controlCharsSlow(s string) (ctrl, total int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\t' || r == '\r' || r == '\f':
		case r == utf8.RuneError || unicode.IsControl(r):
			ctrl++
		}
		total++
		i += size
	}
	return ctrl, total
}

func TestControlChars(t *testing.T) {
	long := strings.Repeat("plain ASCII text, long enough for whole words. ", 3)
	tests := []struct {
		name string
		s    string
	}{
		{"empty", ""},
		{"ascii", long},
		{"ascii with tabs and line ends", "a\tb\r\nc\fd\n" + long},
		{"C0 controls", long + "\x01\x02\x1b" + long},
		{"DEL", long + "\x7f"},
		{"C1 control", long + "\u0085\u009f" + long},
		{"no-break space is not C1", long + "\u00a0\u00ad"},
		{"replacement character", long + "\ufffd" + long},
		{"Cyrillic", strings.Repeat("Привет, мир! ", 10)},
		{"control at every offset mod 8", "abcdefg\x01abcdefgh\x02abcdefgh\x7fabcdefg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, n := controlChars(tt.s)
			wc, wn := controlCharsSlow(tt.s)
			if c != wc || n != wn {
				t.Errorf("controlChars(%q) = %d, %d; want %d, %d", tt.s, c, n, wc, wn)
			}
		})
	}
}

func FuzzControlChars(f *testing.F) {
	f.Add("abcdefgh\x01\u0085ijklmnop\ufffd")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		c, n := controlChars(s)
		if wc, wn := controlCharsSlow(s); c != wc || n != wn {
			t.Fatalf("controlChars(%q) = %d, %d; want %d, %d", s, c, n, wc, wn)
		}
	})
}

func BenchmarkControlChars(b *testing.B) {
	s := strings.Repeat("The ministers met in Almaty on 21 June. «Да», — сказал он.\n", 20000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		controlChars(s)
	}
}

func BenchmarkControlCharsEnglish(b *testing.B) {
	s := strings.Repeat("The ministers met in Almaty on “21 June”. They said — nothing.\n", 20000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		controlChars(s)
	}
}
