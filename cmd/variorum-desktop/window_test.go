package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/variorum/variorum/cmd/internal/cli"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/textfile"
)

// runDesktop runs the binary's entry point in-process and returns its exit
// status, standard output and standard error.
func runDesktop(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(context.Background(), cli.Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")}, args, openWindow)
	return code, out.String(), errb.String()
}

// TestGUIWithoutDisplay checks that the window path fails cleanly, before
// touching the library, when there is no display (GLFW would panic).
func TestGUIWithoutDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the DISPLAY check applies to X11 systems")
	}
	t.Setenv("DISPLAY", "")
	lib := filepath.Join(t.TempDir(), "library.db")
	for _, args := range [][]string{
		{"--library", lib},
		{"--library", lib, "a.txt", "b.txt"},
		{"--library", lib, "gui"},
	} {
		code, _, errs := runDesktop(t, args...)
		if code != 1 || !strings.Contains(errs, "no display") {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and a no-display message", args, code, errs)
		}
	}
	if _, err := os.Stat(lib); !os.IsNotExist(err) {
		t.Errorf("the library was created although no window could open: %v", err)
	}
	if code, _, errs := runDesktop(t, "--library", lib, "--size", "tiny"); code != 2 || !strings.Contains(errs, "--size") {
		t.Errorf("bad --size: exit %d, stderr %q", code, errs)
	}
}

// TestImportArgsKeepsReadableFiles: files on the command line that cannot
// be read are returned as failures naming each, and the others are still
// imported and shown, so that the window opens.
func TestImportArgsKeepsReadableFiles(t *testing.T) {
	const formats = "../../testdata/formats"
	good1, good2 := filepath.Join(formats, "blog-en.md"), filepath.Join(formats, "ru.cp1251.txt")
	empty, binary := filepath.Join(formats, "bad.empty.txt"), filepath.Join(formats, "bad.binary.txt")
	tests := []struct {
		name     string
		files    []string
		versions int     // how many versions to show
		failed   []error // what each failure wraps, in order
	}{
		{"one good, one bad", []string{good1, empty}, 2, []error{textfile.ErrEmpty}},
		{"bad between good", []string{good1, binary, good2}, 2, []error{textfile.ErrBinary}},
		{"all bad", []string{empty, binary}, 0, []error{textfile.ErrEmpty, textfile.ErrBinary}},
		{"all good", []string{good1, good2}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			lib, err := data.Open(ctx, filepath.Join(t.TempDir(), "library.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer lib.Close()
			ids, failed, err := importArgs(ctx, lib, tt.files)
			if err != nil {
				t.Fatalf("importArgs: %v", err)
			}
			if len(ids) != tt.versions {
				t.Errorf("versions %v, want %d", ids, tt.versions)
			}
			if len(failed) != len(tt.failed) {
				t.Fatalf("failures %v, want %d", failed, len(tt.failed))
			}
			for i, f := range failed {
				if !errors.Is(f.Err, tt.failed[i]) || !slices.Contains(tt.files, f.Path) || strings.Contains(f.Err.Error(), f.Path) {
					t.Errorf("failure %d: %s: %v; want %v, the file named once", i, f.Path, f.Err, tt.failed[i])
				}
			}
		})
	}
}
