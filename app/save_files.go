package app

import (
	"bytes"
	"context"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/variorum/variorum/data/export"
)

// Fyne's save dialog opens the chosen file with os.Create, emptying it
// before the callback runs: a report that then fails to build would leave
// the user with neither the old file nor a new one. keepFilesUntilWritten
// wraps the "file" repository so that a writer touches the disk only when
// it is closed, replacing the file atomically; a writer that is discarded
// leaves the file as it was.
//
// Without a file repository (no driver yet), or with one that lacks what
// the dialogs use, it does nothing.
func keepFilesUntilWritten() {
	base, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := base.(*deferredFiles); done {
		return
	}
	if files, ok := base.(fileRepository); ok {
		repository.Register("file", &deferredFiles{files})
	}
}

// fileRepository is what Fyne's file repository does and its dialogs
// and storage functions use.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// deferredFiles is the file repository with deferred, atomic writers;
// every other operation is the wrapped repository's.
type deferredFiles struct {
	fileRepository
}

// Writer returns a writer that holds the bytes until Close.
func (r *deferredFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &deferredWriter{uri: u}, nil
}

// deferredWriter keeps what is written in memory; Close replaces the
// file with it atomically, Discard drops it.
type deferredWriter struct {
	uri    fyne.URI
	buf    bytes.Buffer
	closed bool
}

var errClosedWriter = errors.New("write to a closed file")

func (w *deferredWriter) URI() fyne.URI { return w.uri }

func (w *deferredWriter) Write(p []byte) (int, error) {
	if w.closed {
		return 0, errClosedWriter
	}
	return w.buf.Write(p)
}

// Close writes the file: the old one stays whole until the new one is.
func (w *deferredWriter) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	return export.WriteFile(context.Background(), w.uri.Path(), true, func(out io.Writer) error {
		_, err := out.Write(w.buf.Bytes())
		return err
	})
}

// Discard closes w without touching the file.
func (w *deferredWriter) Discard() {
	w.closed = true
	w.buf = bytes.Buffer{}
}
