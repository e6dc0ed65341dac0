//go:build unix

package cli

import (
	"context"
	"errors"
	"os"
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
