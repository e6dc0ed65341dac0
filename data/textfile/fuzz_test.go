package textfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// addFixtureSeeds adds every file of the format fixtures to the corpus.
func addFixtureSeeds(f *testing.F, add func(b []byte)) {
	paths, _ := filepath.Glob(filepath.Join(fixtures, "*"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			add(b)
		}
	}
	for _, s := range []string{"", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFFa", "PK\x03\x04", "<html><p>x", "# h\n\n*a*"} {
		add([]byte(s))
	}
}

// FuzzDetectEncoding checks that detection never panics and that what it
// detects decodes, UTF-8 unchanged.
func FuzzDetectEncoding(f *testing.F) {
	addFixtureSeeds(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, b []byte) {
		enc, err := DetectEncoding(b)
		if err != nil {
			return
		}
		s, err := DecodeBytes(b, enc)
		if err != nil {
			if enc == EncUTF16LE || enc == EncUTF16BE {
				return // odd length with a BOM: reported, fine
			}
			t.Fatalf("detected %s but decoding failed: %v", enc, err)
		}
		if !utf8.ValidString(s) {
			t.Fatalf("decoded %s to invalid UTF-8", enc)
		}
		if enc == EncUTF8 && s != string(b) {
			t.Fatal("UTF-8 changed by decoding")
		}
	})
}

// FuzzDecodeFormats feeds arbitrary bytes to every format reader and to
// sniffing: no panic, and any text returned is clean UTF-8, LF, NFC.
func FuzzDecodeFormats(f *testing.F) {
	addFixtureSeeds(f, func(b []byte) {
		for _, name := range []string{"x.txt", "x.md", "x.html", "x.docx", "x.unknown"} {
			f.Add(name, b)
		}
	})
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		ex, err := Extract(name, b, "", "")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if !utf8.ValidString(ex.Text) || strings.Contains(ex.Text, "\r") || !norm.NFC.IsNormalString(ex.Text) {
			t.Fatalf("text not UTF-8/LF/NFC: %q", ex.Text)
		}
		if checkText(ex.Text) != nil {
			t.Fatal("Extract returned text checkText rejects")
		}
	})
}

// FuzzDecodeMarkdown checks the Markdown reader alone.
func FuzzDecodeMarkdown(f *testing.F) {
	for _, s := range []string{"# T\n\n**b** _i_ [l](u) ![a](b)\n> q\n- a\n1. b\n```\nc\n```\n| a | b |\n|---|---|\n", "---\nx: y\n---\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if out := markdownText(s); !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
	})
}
