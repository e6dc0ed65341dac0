package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

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
		code, _, errs := runCLI(t, args...)
		if code != 1 || !strings.Contains(errs, "no display") {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and a no-display message", args, code, errs)
		}
	}
	if _, err := os.Stat(lib); !os.IsNotExist(err) {
		t.Errorf("the library was created although no window could open: %v", err)
	}
	if code, _, errs := runCLI(t, "--library", lib, "--size", "tiny"); code != 2 || !strings.Contains(errs, "--size") {
		t.Errorf("bad --size: exit %d, stderr %q", code, errs)
	}
}
