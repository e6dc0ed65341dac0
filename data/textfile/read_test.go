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
	tests := []struct {
		file, problem string
		is            error // nil: none of the package's sentinels
	}{
		{"bad.empty.txt", "empty file", ErrEmpty},
		{"bad.binary.txt", "NUL byte", ErrBinary},
		{"bad.nul-bytes.txt", "NUL byte at offset 1010 (line 11)", ErrBinary},
		{"bad.invalid-utf8.txt", "invalid UTF-8 at byte 2010", ErrInvalidUTF8},
		{"bad.truncated.docx", "not a readable DOCX file", nil},
		{"missing.txt", "no such file", os.ErrNotExist},
		{".", "is a directory", ErrNotRegular},
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
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q does not match %v", msg, tt.is)
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

// zeros is an endless stream of NUL bytes that counts what was read.
type zeros struct{ n int }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += len(p)
	return len(p), nil
}

// TestReadFromBinaryStream: an endless binary stream is refused from its
// first bytes, not read to MaxSize; a long UTF-16 stream, whose bytes are
// half NUL, and a short one are read.
func TestReadFromBinaryStream(t *testing.T) {
	z := &zeros{}
	_, err := ReadFrom("standard input", z, "")
	if !errors.Is(err, ErrBinary) {
		t.Errorf("ReadFrom(zeros): %v, want a NUL byte error", err)
	}
	if z.n > streamProbe {
		t.Errorf("read %d bytes of an endless binary stream, want at most %d", z.n, streamProbe)
	}
	text := strings.Repeat("Сорок два — ответ; forty-two is the answer.\n", 4000)
	for _, b := range [][]byte{utf16LE(text), utf16LE(text[:200])} {
		ex, err := ReadFrom("standard input", strings.NewReader(string(b)), "")
		if err != nil || ex.Encoding != EncUTF16LE || len(ex.Text) == 0 {
			t.Errorf("ReadFrom(UTF-16LE, %d bytes): %v", len(b), err)
		}
	}
}

// TestReadAtMost: a file that grows while it is read (an endless stream
// here) is cut off at the limit, not read to the end of memory; one that
// ends is read whole, larger than it first seemed or not.
func TestReadAtMost(t *testing.T) {
	z := &zeros{}
	if _, err := readAtMost(z, 10, 1<<10); !errors.Is(err, ErrFileTooLarge) {
		t.Errorf("readAtMost(endless): %v, want ErrFileTooLarge", err)
	}
	if z.n > 2<<10 {
		t.Errorf("read %d bytes past a limit of 1 KB", z.n)
	}
	for _, size := range []int64{0, 10, 5000} {
		b, err := readAtMost(strings.NewReader(strings.Repeat("x", 3000)), size, 1<<12)
		if err != nil || len(b) != 3000 {
			t.Errorf("readAtMost(3000 bytes, size %d): %d bytes, %v", size, len(b), err)
		}
	}
}
