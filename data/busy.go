package data

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// busyDeadline is how long a write waits in all for other processes to
// release the library's write lock: twenty imports of large files queued
// behind each other finish well within it.
const busyDeadline = 60 * time.Second

// retryBusy runs fn until it returns something other than ErrBusy or
// deadline has passed since the first try, sleeping between tries with a
// backoff from 50 ms to 2 s. SQLite's own busy timeout already waits within
// each try; this outer loop also covers the cases where SQLite reports
// busy at once (WAL recovery, a lock taken between two statements). fn must
// be safe to repeat: a transaction rolled back and run again.
func retryBusy(ctx context.Context, deadline time.Duration, fn func() error) error {
	end := time.Now().Add(deadline)
	wait := 50 * time.Millisecond
	for {
		err := fn()
		if !errors.Is(err, ErrBusy) {
			return err
		}
		if time.Now().Add(wait).After(end) {
			return fmt.Errorf("%w (waited %v)", err, deadline.Round(time.Second))
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(wait*2, 2*time.Second)
	}
}
