package cli

import "testing"

func TestEscapeControls(t *testing.T) {
	tests := []struct{ in, name, text string }{
		{"plain Лавров", "plain Лавров", "plain Лавров"},
		{"evil\x1b]0;pwned\x07.txt", `evil\x1b]0;pwned\x07.txt`, `evil\x1b]0;pwned\x07.txt`},
		{"a\nb\tc\rd", `a\x0ab\x09c\x0dd`, "a\nb\tc\\x0dd"},
		{"gnp.\u202etxt", `gnp.\u202etxt`, `gnp.\u202etxt`},
		{"x\u2066y\u2069z\u0085\x7f", `x\u2066y\u2069z\u0085\x7f`, `x\u2066y\u2069z\u0085\x7f`},
		{"€ — «ok»", "€ — «ok»", "€ — «ok»"},
		{"bad\xff\xfename.txt", `bad\xff\xfename.txt`, `bad\xff\xfename.txt`},
		{"kept \uFFFD, cut \xd0", "kept \uFFFD, cut \\xd0", "kept \uFFFD, cut \\xd0"},
	}
	for _, tt := range tests {
		if got := termName(tt.in); got != tt.name {
			t.Errorf("termName(%q) = %q, want %q", tt.in, got, tt.name)
		}
		if got := termText(tt.in); got != tt.text {
			t.Errorf("termText(%q) = %q, want %q", tt.in, got, tt.text)
		}
	}
}
