package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/variorum/variorum/cmd/internal/cli"
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
