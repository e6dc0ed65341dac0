package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

var (
	// ErrExists is returned by WriteFile when the file is there already
	// and overwriting was not asked for.
	ErrExists = errors.New("file exists")
	// ErrIsFolder is returned by WriteFile when the path names a folder.
	ErrIsFolder = errors.New("is a folder: name a file to write")
)

// WriteFile writes a file atomically: write fills a temporary file in the
// same folder, which is synced and then renamed over path, so a reader (or
// a crash) never sees half a report, and an old report survives a failed
// export. An existing path is refused with ErrExists unless force is set.
func WriteFile(path string, force bool, write func(io.Writer) error) (err error) {
	switch st, err := os.Lstat(path); {
	case err == nil && st.IsDir():
		return fmt.Errorf("writing %s: %w", path, ErrIsFolder)
	case err == nil && !force:
		return fmt.Errorf("writing %s: %w", path, ErrExists)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("writing %s: %w", path, err)
	}
	f, err := createTemp(path)
	if err != nil {
		// The error names the temporary file, which the user never asked
		// for: name the folder instead.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("writing %s: in the folder %s: %w", path, filepath.Dir(path), err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := write(bw); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// A report replacing a file keeps that file's permissions (a private
	// report stays private); a new one has what the umask leaves of 0666,
	// as createTemp made it.
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		if err := f.Chmod(st.Mode().Perm()); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if !force {
		// Link fails if path appeared meanwhile, where rename would
		// silently replace it.
		if err := os.Link(f.Name(), path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("writing %s: %w", path, ErrExists)
			}
			if err := os.Rename(f.Name(), path); err != nil {
				return fmt.Errorf("writing %s: %w", path, err)
			}
			return nil
		}
		return os.Remove(f.Name())
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// createTemp creates a new file beside path, named after it, with mode
// 0666 less the umask (os.CreateTemp would make it 0600 whatever the
// umask).
func createTemp(path string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free name for a temporary file")
}
