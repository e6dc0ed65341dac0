package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/variorum/variorum/cmd/internal/cli"
)

// installHint tells how to get variorum-desktop.
const installHint = "install it with: go install github.com/variorum/variorum/cmd/variorum-desktop@latest " +
	"(needs a C compiler and the X11/GL headers), or run `make build`"

// launchDesktop runs variorum-desktop with the user's arguments, the
// library passed on both as --library and as VARIORUM_LIBRARY, and this
// process's standard streams, and returns its exit status. Without it, it
// says how to get it and returns 2.
func launchDesktop(ctx context.Context, e cli.Env, w cli.Window) int {
	path, err := findDesktop()
	if err != nil {
		fmt.Fprintf(e.Stderr, "variorum: %v; %s\n", err, installHint)
		return 2
	}
	args := w.Args
	env := os.Environ()
	if w.Library != "" {
		args = append([]string{"--library", w.Library}, args...)
		env = append(env, "VARIORUM_LIBRARY="+w.Library)
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.Stdin, e.Stdout, e.Stderr
	// On Ctrl-C or SIGTERM the window gets the chance to close itself
	// before it is killed.
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
	// Exited, even on a cancelled context: it has said why itself.
	if st := cmd.ProcessState; st != nil && st.ExitCode() >= 0 {
		return st.ExitCode()
	}
	fmt.Fprintf(e.Stderr, "variorum: running %s: %v\n", path, err)
	return 1
}

// desktopName is the file name of the window's binary.
func desktopName() string {
	if runtime.GOOS == "windows" {
		return "variorum-desktop.exe"
	}
	return "variorum-desktop"
}

// findDesktop returns the path of variorum-desktop: the one next to this
// executable (symbolic links resolved), else the one on PATH.
func findDesktop() (string, error) {
	self, err := os.Executable()
	if err != nil {
		self = "this executable (" + err.Error() + ")"
	} else {
		if real, err := filepath.EvalSymlinks(self); err == nil {
			self = real
		}
		if p := filepath.Join(filepath.Dir(self), desktopName()); isExecutable(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath(desktopName()); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("the window is in %s, which was not found next to %s or on PATH", desktopName(), self)
}

// isExecutable reports whether p is a regular file this user may run.
func isExecutable(p string) bool {
	st, err := os.Stat(p)
	if err != nil || !st.Mode().IsRegular() {
		return false
	}
	return runtime.GOOS == "windows" || st.Mode().Perm()&0o111 != 0
}
