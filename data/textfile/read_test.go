package textfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	ex, err := Read(filepath.Join(fixtures, "ru.cp1251.txt"), "")
	if err != nil || ex.Encoding != EncWindows1251 || !strings.HasPrefix(ex.Text, "Выступление") || strings.Contains(ex.Text, "\r") {
		t.Fatalf("Read: %v %+v", err, ex)
	}
	if _, err := Read(filepath.Join(fixtures, "missing.txt"), ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Read(missing): %v", err)
	}
}

// TestReadRefuses checks that what is not a readable text fails with one
// line starting with the path and naming the problem.
func TestReadRefuses(t *testing.T) {
	tests := []struct{ file, problem string }{
		{"bad.empty.txt", "empty file"},
		{"bad.binary.txt", "NUL byte"},
		{"bad.nul-bytes.txt", "NUL byte at offset 1010 (line 11)"},
		{"bad.invalid-utf8.txt", "invalid UTF-8 at byte 2010"},
		{"bad.truncated.docx", "not a readable DOCX file"},
		{"missing.txt", "no such file"},
		{".", "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(fixtures, tt.file)
			ex, err := Read(path, "")
			if err == nil {
				t.Fatalf("read %d bytes of text", len(ex.Text))
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, tt.problem) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line starting with the path and naming %q", msg, tt.problem)
			}
		})
	}
	if _, err := Read(".", ""); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a directory: %v, want ErrNotRegular", err)
	}
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	err = f.Truncate(MaxSize + 1) // sparse: no disk space taken
	f.Close()
	if err != nil {
		t.Skip(err)
	}
	if _, err := Read(big, ""); !errors.Is(err, ErrFileTooLarge) || !strings.HasPrefix(err.Error(), big+": too large") {
		t.Errorf("a file over MaxSize: %v, want ErrFileTooLarge", err)
	}
}
