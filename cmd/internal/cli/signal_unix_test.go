//go:build unix

package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSignalStatus: a command stopped by a signal exits as shells report
// it, 128 plus the signal's number, whichever signal it was.
func TestSignalStatus(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		ctx, stop := signalContext(os.Interrupt, syscall.SIGTERM)
		if err := syscall.Kill(os.Getpid(), sig); err != nil {
			t.Fatal(err)
		}
		<-ctx.Done()
		cause := context.Cause(ctx)
		stop()
		if !errors.Is(cause, context.Canceled) {
			t.Errorf("%v: the cause %v does not match context.Canceled", sig, cause)
		}
		if got, want := signalStatus(cause), 128+int(sig); got != want {
			t.Errorf("%v: exit status %d, want %d", sig, got, want)
		}
	}
	if got := signalStatus(context.Canceled); got != exitInterrupted {
		t.Errorf("a cancellation without a signal: exit status %d, want %d", got, exitInterrupted)
	}
}

// TestDiffReadsNamedPipe: diff reads a named pipe given by name, as a
// shell's process substitution (diff a.txt <(…)) gives one.
func TestDiffReadsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	a, fifo := filepath.Join(dir, "a.txt"), filepath.Join(dir, "fifo")
	if err := os.WriteFile(a, []byte("The cat sat on the mat.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	go func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.WriteString("The dog sat on the mat.\n")
			f.Close()
		}
	}()
	code, out, errs := runCLI(t, "diff", "--color", "never", a, fifo)
	if code != 0 || !strings.Contains(out, "[-cat-]{+dog+}") {
		t.Errorf("exit %d, output %q, errors %q; want cat replaced by dog", code, out, errs)
	}
}
