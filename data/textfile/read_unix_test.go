//go:build unix

package textfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadNamedPipe: a named pipe given by name (as a shell's process
// substitution names /dev/fd/63) is read as a stream, which Read refuses;
// a character device with binary bytes is refused by its first bytes.
func TestReadNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		f.WriteString("Привет, мир. Вторая фраза.\n")
	}()
	ex, err := ReadNamed(fifo, "")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Text != "Привет, мир. Вторая фраза.\n" {
		t.Errorf("read %q", ex.Text)
	}
	if _, err := Read(fifo, ""); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Read of a pipe: %v, want ErrNotRegular", err)
	}
	_, err = ReadNamed("/dev/zero", "")
	if !errors.Is(err, ErrBinary) || !strings.HasPrefix(err.Error(), "/dev/zero: ") {
		t.Errorf("/dev/zero: %v, want ErrBinary naming it", err)
	}
	if _, err := ReadNamed("missing.txt", ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v, want ErrNotExist", err)
	}
}
