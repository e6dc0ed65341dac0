package textfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInvalidUTF8Error: damaged UTF-8 fails with an *InvalidUTF8Error,
// matched with errors.As, that says where the first bad byte is and how
// many there are, and still matches ErrInvalidUTF8.
func TestInvalidUTF8Error(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join(fixtures, "bad.invalid-utf8.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    []byte
		enc  string
		want InvalidUTF8Error
	}{
		// \xff\xfe\xc3 on line 17, \xe2\x82 after it.
		{"sample", sample, "", InvalidUTF8Error{Offset: 2010, Line: 17, Invalid: 5, Size: 4024}},
		{"after a byte-order mark", []byte("\xEF\xBB\xBFab\ncd\xffef\n"), "", InvalidUTF8Error{Offset: 8, Line: 2, Invalid: 1, Size: 12}},
		{"UTF-8 named", []byte("é\xffé\n\xfe\n"), EncUTF8, InvalidUTF8Error{Offset: 2, Line: 1, Invalid: 2, Size: 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract("x.txt", tt.b, "", tt.enc)
			var got *InvalidUTF8Error
			if !errors.As(err, &got) || *got != tt.want || !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("error %v (%+v), want %+v matching ErrInvalidUTF8", err, got, tt.want)
			}
		})
	}
}

// TestUTF8Replace: utf-8-replace reads damaged UTF-8 with each run of bad
// bytes as one U+FFFD and the rest as UTF-8 (’ stays ’, where a Cyrillic
// reading gives вЂ™).
func TestUTF8Replace(t *testing.T) {
	// Text of a few bad bytes among many: the text check refuses more
	// than 1% undecodable characters.
	words := strings.Repeat("words ", 50) + "\n"
	tests := []struct{ name, in, want string }{
		{"runs of bad bytes", "cha\xff\xfe\xc3( broken \xe2\x82llenge’s\n", "cha\uFFFD( broken \uFFFDllenge’s\n"},
		{"byte-order mark dropped", "\xEF\xBB\xBFab\xff\n", "ab\uFFFD\n"},
		{"valid text unchanged", "Лавров’s\n", "Лавров’s\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := Extract("x.txt", []byte(tt.in+words), "", "UTF8-replace")
			if err != nil || ex.Text != tt.want+words || ex.Encoding != EncUTF8Replace {
				t.Errorf("got %+v, %v; want %q in %s", ex, err, tt.want, EncUTF8Replace)
			}
		})
	}
	ex, err := Read(filepath.Join(fixtures, "bad.invalid-utf8.txt"), EncUTF8Replace)
	if err != nil || strings.Count(ex.Text, "\uFFFD") != 2 || !strings.Contains(ex.Text, "’") || strings.Contains(ex.Text, "вЂ") {
		t.Errorf("the sample read with replacement: %v, %d U+FFFD", err, strings.Count(ex.Text, "\uFFFD"))
	}
}

// TestExcerpt: an excerpt starts at its line when that is near, cuts
// between characters, and decodes as the whole file would.
func TestExcerpt(t *testing.T) {
	damaged := []byte("line one\nline two cha\xff\xfe ok\r\nline three\n")
	bad := strings.IndexByte(string(damaged), 0xff)
	accents := []byte("ab\n" + strings.Repeat("é", 20))
	utf16 := encoderFor(t, EncUTF16LE)("hello\nworld and more\n")
	utf16BE := encoderFor(t, EncUTF16BE)("hello\nworld and more\n") // each with its byte-order mark
	tests := []struct {
		name      string
		b         []byte
		at, size  int
		enc, want string
		err       error
	}{
		{"from the line, replaced", damaged, bad, 64, EncUTF8Replace, "line two cha\uFFFD ok\nline three\n", nil},
		{"from the line, Cyrillic", damaged, bad, 64, EncWindows1251, "line two chaяю ok\nline three\n", nil},
		{"cut to size", damaged, bad, 16, EncUTF8Replace, " two cha\uFFFD ok\nl", nil},
		{"between characters", accents, 14, 8, EncUTF8Replace, "ééé", nil},
		{"UTF-16 code units", utf16, 13, 20, EncUTF16LE, "world and", nil},
		{"UTF-16 by its mark, big-endian", utf16BE, 15, 20, "utf-16", "world and ", nil},
		{"UTF-16 by its mark, little-endian", utf16, 15, 20, "utf-16", "world and", nil},
		{"past the end", damaged, 1000, 8, EncUTF8Replace, "", nil},
		{"rejected as UTF-8", damaged, bad, 64, EncUTF8, "", ErrInvalidUTF8},
		{"unknown encoding", damaged, bad, 64, "no-such", "", ErrUnknownEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Excerpt(tt.b, tt.at, tt.size, tt.enc)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("Excerpt(at %d, %d bytes, %s) = %q, %v; want %q, %v", tt.at, tt.size, tt.enc, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestReadAround: the window ReadAround reads gives the excerpt the
// whole file gives, in UTF-8 and in UTF-16 told by its byte-order mark,
// and holds about twice the excerpt's size, not the file.
func TestReadAround(t *testing.T) {
	text := strings.Repeat("Строка текста, довольно длинная, чтобы окно её резало.\n", 200)
	for _, enc := range []string{EncUTF8Replace, EncUTF16LE, EncUTF16BE} {
		b := encoderFor(t, enc)(text)
		if enc == EncUTF8Replace {
			b = []byte(text)
		}
		path := filepath.Join(t.TempDir(), "f.txt")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		asked := enc
		if enc != EncUTF8Replace {
			asked = "utf-16" // the byte order from the mark
		}
		for _, at := range []int{0, 7, len(b) / 2, len(b) - 3} {
			w, off, err := ReadAround(path, at, 240)
			if err != nil {
				t.Fatal(err)
			}
			if len(w) > 2*240+8 {
				t.Errorf("%s at %d: read %d bytes", enc, at, len(w))
			}
			whole, err1 := Excerpt(b, at, 240, asked)
			got, err2 := Excerpt(w, off, 240, asked)
			if got != whole || err1 != nil || err2 != nil {
				t.Errorf("%s at %d: %q (%v), want %q (%v)", enc, at, got, err2, whole, err1)
			}
		}
	}
	if _, _, err := ReadAround(t.TempDir(), 0, 240); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a folder: %v, want ErrNotRegular", err)
	}
}
