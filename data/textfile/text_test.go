package textfile

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
		{"32 printable bytes", strings.Repeat("abcdefgh", 4)},
		{"control after 32 printable bytes", strings.Repeat("abcdefgh", 4) + "\x01"},
		{"control in the fourth word", strings.Repeat("abcdefgh", 3) + "abc\x02defg" + strings.Repeat("abcdefgh", 4)},
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

func TestIsNFC(t *testing.T) {
	long := strings.Repeat("plain ASCII text. ", 4)
	tests := []struct {
		name string
		s    string
	}{
		{"empty", ""},
		{"ascii", long},
		{"composed", long + "café naïve Ёлка" + long},
		{"decomposed after ASCII", long + "cafe\u0301" + long},
		{"decomposed at start", "e\u0301" + long},
		{"combining mark alone at start", "\u0301abc"},
		{"decomposed Cyrillic", long + "Е\u0308лка"},
		{"marks out of order", long + "a\u0323\u0302b"},
		{"marks in order", long + "ạ\u0302b"},
		{"curly quotes and dashes", long + "“quoted” — dash… " + long},
		{"Hangul jamo", long + "\u1100\u1161" + long},
		{"singleton decomposition", long + "\u212b" + long},
		{"non-ASCII at the very end", long + "e\u0301"},
		{"Russian", "Ёлка, йод и ёж. " + long},
		{"decomposed й after Russian", "Мой и\u0306од"},
		{"combining mark after ё", "ёж ё\u0301"},
		{"lone lead byte", "Ёл\xd0"},
		// ASCII runs that end the text on a word boundary of the
		// four-word scan.
		{"32 ASCII bytes", strings.Repeat("abcdefgh", 4)},
		{"64 ASCII bytes", strings.Repeat("abcdefgh", 8)},
		{"32 ASCII bytes after a quote", "“" + strings.Repeat("abcdefgh", 4)},
		{"40 ASCII bytes after Russian", "Ёлка" + strings.Repeat("abcdefgh", 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := isNFC(tt.s), norm.NFC.IsNormalString(tt.s); got != want {
				t.Errorf("isNFC(%q) = %v, want %v", tt.s, got, want)
			}
		})
	}
}

func FuzzIsNFC(f *testing.F) {
	for _, s := range []string{"abc", "cafe\u0301", "a\u0323\u0302b", "\u0301x", "x\u212by", "Мой и\u0306од ёж", "ё\u0301\xd1",
		strings.Repeat("abcdefgh", 4), "“" + strings.Repeat("abcdefgh", 8)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFC(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkIsNFC(b *testing.B) {
	sample := sampleFile(b, "blog-en.txt")
	for _, in := range []struct{ name, s string }{
		{"sample-en", strings.Repeat(string(sample), 50)}, // 9 non-ASCII characters in 20 KB
		{"dense", strings.Repeat("The ministers met in Almaty on “21 June”. They said — nothing.\n", 16000)},
		{"ru", strings.Repeat("Министры встретились в Алматы 21 июня. «Да», — сказал он.\n", 16000)},
	} {
		b.Run(in.name+"/isNFC", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			for b.Loop() {
				isNFC(in.s)
			}
		})
		b.Run(in.name+"/IsNormalString", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			for b.Loop() {
				norm.NFC.IsNormalString(in.s)
			}
		})
	}
}
