package app

import (
	"bytes"
	"errors"
	"io"
	"sync"

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
// Without a file repository (no driver yet) it does nothing.
func keepFilesUntilWritten() {
	base, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := base.(*deferredFiles); done {
		return
	}
	repository.Register("file", &deferredFiles{base: base})
}

// errNotSupported is returned where the wrapped repository lacks a
// capability the caller asked for.
var errNotSupported = repository.ErrOperationNotSupported

// deferredFiles is the file repository with deferred, atomic writers;
// every other operation is the wrapped repository's.
type deferredFiles struct {
	base repository.Repository
}

// Writer returns a writer that holds the bytes until Close.
func (r *deferredFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &deferredWriter{uri: u}, nil
}

func (r *deferredFiles) Exists(u fyne.URI) (bool, error)               { return r.base.Exists(u) }
func (r *deferredFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) { return r.base.Reader(u) }
func (r *deferredFiles) CanRead(u fyne.URI) (bool, error)              { return r.base.CanRead(u) }
func (r *deferredFiles) Destroy(scheme string)                         { r.base.Destroy(scheme) }

func (r *deferredFiles) CanWrite(u fyne.URI) (bool, error) {
	if w, ok := r.base.(repository.WritableRepository); ok {
		return w.CanWrite(u)
	}
	return false, errNotSupported
}

func (r *deferredFiles) Delete(u fyne.URI) error {
	if w, ok := r.base.(repository.WritableRepository); ok {
		return w.Delete(u)
	}
	return errNotSupported
}

func (r *deferredFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if a, ok := r.base.(repository.AppendableRepository); ok {
		return a.Appender(u)
	}
	return nil, errNotSupported
}

func (r *deferredFiles) CanList(u fyne.URI) (bool, error) {
	if l, ok := r.base.(repository.ListableRepository); ok {
		return l.CanList(u)
	}
	return false, errNotSupported
}

func (r *deferredFiles) List(u fyne.URI) ([]fyne.URI, error) {
	if l, ok := r.base.(repository.ListableRepository); ok {
		return l.List(u)
	}
	return nil, errNotSupported
}

func (r *deferredFiles) CreateListable(u fyne.URI) error {
	if l, ok := r.base.(repository.ListableRepository); ok {
		return l.CreateListable(u)
	}
	return errNotSupported
}

func (r *deferredFiles) Parent(u fyne.URI) (fyne.URI, error) {
	if h, ok := r.base.(repository.HierarchicalRepository); ok {
		return h.Parent(u)
	}
	return repository.GenericParent(u)
}

func (r *deferredFiles) Child(u fyne.URI, name string) (fyne.URI, error) {
	if h, ok := r.base.(repository.HierarchicalRepository); ok {
		return h.Child(u, name)
	}
	return repository.GenericChild(u, name)
}

func (r *deferredFiles) Copy(src, dst fyne.URI) error {
	if c, ok := r.base.(repository.CopyableRepository); ok {
		return c.Copy(src, dst)
	}
	return repository.GenericCopy(src, dst)
}

func (r *deferredFiles) DeleteAll(u fyne.URI) error {
	if d, ok := r.base.(repository.DeleteAllRepository); ok {
		return d.DeleteAll(u)
	}
	return repository.GenericDeleteAll(u)
}

func (r *deferredFiles) Move(src, dst fyne.URI) error {
	if m, ok := r.base.(repository.MovableRepository); ok {
		return m.Move(src, dst)
	}
	return repository.GenericMove(src, dst)
}

// deferredWriter keeps what is written in memory; Close replaces the
// file with it atomically, Discard drops it.
type deferredWriter struct {
	uri fyne.URI

	mu     sync.Mutex
	buf    bytes.Buffer
	closed bool
}

var errClosedWriter = errors.New("write to a closed file")

func (w *deferredWriter) URI() fyne.URI { return w.uri }

func (w *deferredWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return 0, errClosedWriter
	}
	return w.buf.Write(p)
}

// Close writes the file: the old one stays whole until the new one is.
func (w *deferredWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	return export.WriteFile(w.uri.Path(), true, func(out io.Writer) error {
		_, err := out.Write(w.buf.Bytes())
		return err
	})
}

// Discard closes w without touching the file.
func (w *deferredWriter) Discard() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	w.buf = bytes.Buffer{}
}
