package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/variorum/variorum/assets"
)

// TestWritesRefusedOnDamagedLibrary checks that a library whose file is
// damaged (a page of its versions' tree overwritten) takes no write: an
// edit, a removal, a move and an import each fail with ErrNotLibrary and
// leave the file as it was, though the damage lies where none of them
// reads.
func TestWritesRefusedOnDamagedLibrary(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	l, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := l.Versions(ctx, b.ID)
	if err != nil || len(vs) < 2 {
		t.Fatalf("versions %v, %v", vs, err)
	}
	var pageSize int
	if err := l.db.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		t.Fatal(err)
	}
	if _, err := l.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	l.Close()
	damaged, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copy(damaged[2*pageSize:3*pageSize], bytes.Repeat([]byte{0xff}, pageSize)) // page 3
	if err := os.WriteFile(path, damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	writes := []struct {
		name  string
		write func(*Library) error
	}{
		{"edit", func(l *Library) error { v := vs[0]; v.Note = "edited"; v.read = nil; return l.UpdateVersion(ctx, &v) }},
		{"remove", func(l *Library) error { return l.DeleteVersion(ctx, vs[1].ID) }},
		{"move", func(l *Library) error { return l.MoveVersion(ctx, vs[1].ID, b.ID) }},
		{"import", func(l *Library) error { _, err := l.ImportSample(ctx, assets.Sample()); return err }},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			l, err := Open(ctx, path)
			if err == nil {
				err = w.write(l)
				l.Close()
			}
			if !errors.Is(err, ErrNotLibrary) {
				t.Errorf("%s on a damaged library: %v, want ErrNotLibrary", w.name, err)
			}
			if now, err := os.ReadFile(path); err != nil || !bytes.Equal(now, damaged) {
				t.Errorf("%s changed the damaged library's file (%v)", w.name, err)
			}
		})
	}
}
