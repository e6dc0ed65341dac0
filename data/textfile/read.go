package textfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// ReadFrom reads and decodes what r holds, at most MaxSize bytes (standard
// input, for one), as Read does a file; errors start with name.
func ReadFrom(name string, r io.Reader, enc string) (*Extracted, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%s: %w (more than the limit of %d bytes)", name, ErrFileTooLarge, MaxSize)
	}
	ex, err := extract("", b, "", enc, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ex, nil
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
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	return b, nil
}

// unwrapPathError drops the path from an *os.PathError, as callers name the
// file themselves.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
