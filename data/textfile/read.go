package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"unicode/utf8"
)

// MaxSize is the largest file Read and ReadBytes accept (256 MiB).
const MaxSize = 256 << 20

// Read reads and decodes the file at path, format and encoding detected
// unless enc names the encoding. The error starts with path.
func Read(path, enc string) (*Extracted, error) {
	b, err := ReadBytes(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	ex, err := extract(filepath.Base(path), b, "", enc, true) // b is not used again
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ex, nil
}

// ReadNamed is Read for a file the user named: a named pipe or a
// character device, which Read refuses (a folder's walk must not wait on
// one), is read as a stream, as ReadFrom reads standard input, so that a
// shell's process substitution, diff a.txt <(…), which names /dev/fd/63,
// is read. Opening a pipe waits for its writer.
func ReadNamed(path, enc string) (*Extracted, error) {
	st, err := os.Stat(path)
	if err != nil || st.Mode()&(fs.ModeNamedPipe|fs.ModeCharDevice) == 0 {
		return Read(path, enc)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	return ReadFrom(path, f, enc)
}

// ReadFrom reads and decodes what r holds, at most MaxSize bytes (standard
// input, for one), as Read does a file; errors start with name.
func ReadFrom(name string, r io.Reader, enc string) (*Extracted, error) {
	// The first bytes tell a binary stream (/dev/zero, a program's output)
	// at once, rather than after MaxSize bytes held in memory.
	head := make([]byte, streamProbe)
	n, err := io.ReadFull(r, head)
	head = head[:n]
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		r = bytes.NewReader(nil) // all of it is in head
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	case enc == "":
		if err := binaryStart(head); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	b, err := readAtMost(io.MultiReader(bytes.NewReader(head), r), int64(n), MaxSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	ex, err := extract("", b, "", enc, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ex, nil
}

// streamProbe is how much of a stream binaryStart looks at: more than
// sniffUTF16 reads, and even, as UTF-16 is.
const streamProbe = 64 << 10

// binaryStart returns the error DetectEncoding gives for a NUL byte when
// the first bytes of a longer text, head, hold one and are neither UTF-16
// nor a document whose bytes are binary (DOCX, or a PDF or RTF file, which
// extract refuses by name).
func binaryStart(head []byte) error {
	if sniffBinary(head) != "" || bomEncoding(head) != "" {
		return nil
	}
	if _, ok := sniffUTF16(head); ok {
		return nil
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return nulError(head, i)
	}
	return nil
}

// ReadBytes reads the bytes of a regular file of at most MaxSize bytes.
// The error does not name the file: callers name it themselves.
func ReadBytes(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory, %w", ErrNotRegular)
	}
	if !st.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("%w (%d bytes; the limit is %d)", ErrFileTooLarge, st.Size(), MaxSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	// The file may grow while it is read (a log being written): the limit
	// holds for what is read, not only for the size seen first.
	b, err := readAtMost(f, st.Size(), MaxSize)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	return b, nil
}

// readAtMost reads r to its end, expecting about size bytes, and fails
// with ErrFileTooLarge past limit bytes: a file that grows while it is
// read, or a stream, is not read to the end of memory.
//
// The bytes past size are read in chunks, each as large as all read
// before it, and joined once at the end: growing one slice would leave
// each smaller copy to the collector, and a stream that runs past the
// limit would hold several times the limit before it is refused.
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	var chunks [][]byte
	b := make([]byte, 0, min(size, limit)+1)
	total := int64(0)
	for total+int64(len(b)) <= limit {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			if chunks == nil {
				return b, nil
			}
			return slices.Concat(append(chunks, b)...), nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			chunks = append(chunks, b)
			total += int64(len(b))
			b = make([]byte, 0, min(max(total, minReadChunk), limit+1-total))
		}
	}
	return nil, fmt.Errorf("%w (more than the limit of %d bytes)", ErrFileTooLarge, limit)
}

// minReadChunk is the least chunk readAtMost reads into past the size
// it expected.
const minReadChunk = 64 << 10

// unwrapPathError drops the path from an *os.PathError, as callers name the
// file themselves.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadAround reads what Excerpt needs of the file at path for an excerpt
// of size bytes around byte at: the bytes from size before at to a little
// more than size after it, and where at falls in them, not the whole file (up to
// MaxSize) for a preview of a few lines. The window starts at an even
// offset, as UTF-16's code units do, and begins with the file's UTF-16
// byte-order mark when it has one and the window does not start the
// file, so that "utf-16" reads the file's byte order. The error does not
// name the file.
func ReadAround(path string, at, size int) (b []byte, offset int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, unwrapPathError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, unwrapPathError(err)
	}
	if !st.Mode().IsRegular() {
		return nil, 0, ErrNotRegular
	}
	length := int(min(st.Size(), MaxSize))
	at = min(max(at, 0), length)
	// A few bytes past size after at, as Excerpt cuts its end back to a
	// character's start, which it can only see in bytes it holds.
	lo, hi := max(0, at-size)&^1, min(length, at+size+utf8.UTFMax)
	var mark []byte
	if lo > 0 {
		head := make([]byte, 2)
		if n, _ := f.ReadAt(head, 0); n == 2 {
			if enc := bomEncoding(head); enc == EncUTF16LE || enc == EncUTF16BE {
				mark = head
			}
		}
	}
	b = make([]byte, len(mark), len(mark)+hi-lo)
	copy(b, mark)
	n, err := f.ReadAt(b[len(mark):cap(b)], int64(lo))
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, unwrapPathError(err)
	}
	return b[:len(mark)+n], at - lo + len(mark), nil
}
