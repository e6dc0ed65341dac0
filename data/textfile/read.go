package textfile

import (
	"errors"
	"fmt"
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

// ReadBytes reads the bytes of a regular file of at most MaxSize bytes.
// The error does not name the file: callers name it themselves.
func ReadBytes(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("too large (%d bytes; the limit is %d)", st.Size(), MaxSize)
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
