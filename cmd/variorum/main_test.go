package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/variorum/variorum/cmd/internal/cli"
)

// TestNoWindowToolkit checks that the command line links no Fyne, so that
// it builds with CGO_ENABLED=0 and without the X11/GL headers.
func TestNoWindowToolkit(t *testing.T) {
	goTool := needGo(t)
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "fyne") || strings.Contains(pkg, "go-gl") {
			t.Errorf("cmd/variorum depends on %s", pkg)
		}
	}
}

// needGo returns the go command's path, skipping the test without one.
func needGo(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	return p
}

// fakeDesktop writes a variorum-desktop into dir that records its
// arguments, VARIORUM_LIBRARY and a line of its standard input into the
// file $FAKE_OUT, says hello on standard output and exits 3. It uses shell
// built-ins only, so that it runs with an empty PATH.
func fakeDesktop(t *testing.T, dir string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake variorum-desktop is a shell script")
	}
	script := `#!/bin/sh
printf '%s\n' "$@" > "$FAKE_OUT"
printf 'VARIORUM_LIBRARY=%s\n' "$VARIORUM_LIBRARY" >> "$FAKE_OUT"
read -r line
printf 'stdin=%s\n' "$line" >> "$FAKE_OUT"
echo "hello from the window"
exit 3
`
	if err := os.WriteFile(filepath.Join(dir, "variorum-desktop"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

// checkLaunched checks what the fake variorum-desktop recorded.
func checkLaunched(t *testing.T, outFile string, wantArgs []string, lib string) {
	t.Helper()
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatalf("variorum-desktop did not run: %v", err)
	}
	want := strings.Join(wantArgs, "\n") + "\nVARIORUM_LIBRARY=" + lib + "\nstdin=typed\n"
	if string(b) != want {
		t.Errorf("variorum-desktop got\n%s\nwant\n%s", b, want)
	}
}

func TestLaunchFromPath(t *testing.T) {
	dir := t.TempDir()
	fakeDesktop(t, dir)
	out := filepath.Join(t.TempDir(), "launched")
	t.Setenv("FAKE_OUT", out)
	t.Setenv("PATH", dir)
	t.Setenv("VARIORUM_LIBRARY", "")
	lib := filepath.Join(dir, "library.db")
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"files", []string{"--library", lib, "a.txt", "--size", "900x700", "b.txt"},
			[]string{"--library", lib, "a.txt", "--size", "900x700", "b.txt"}},
		{"gui", []string{"--library=" + lib, "gui", "diff"}, []string{"--library", lib, "gui", "diff"}},
		{"plain", []string{"--library", lib}, []string{"--library", lib}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			e := cli.Env{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("typed\n")}
			if code := cli.Main(context.Background(), e, tt.args, launchDesktop); code != 3 {
				t.Errorf("exit %d, want the window's 3; stderr %q", code, stderr.String())
			}
			if stdout.String() != "hello from the window\n" {
				t.Errorf("stdout %q not passed on", stdout.String())
			}
			checkLaunched(t, out, tt.want, lib)
		})
	}
}

func TestLaunchWithoutDesktop(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, args := range [][]string{nil, {"a.txt", "b.txt"}, {"gui"}} {
		var stdout, stderr bytes.Buffer
		code := cli.Main(context.Background(), cli.Env{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")}, args, launchDesktop)
		msg := stderr.String()
		if code != 2 || !strings.Contains(msg, "variorum-desktop, which was not found next to ") ||
			!strings.Contains(msg, "go install github.com/variorum/variorum/cmd/variorum-desktop@latest") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and how to install variorum-desktop", args, code, msg)
		}
	}
	// A mistake in the window's options is reported without looking for it.
	var stderr bytes.Buffer
	if code := cli.Main(context.Background(), cli.Env{Stdout: &stderr, Stderr: &stderr}, []string{"--size", "tiny"}, launchDesktop); code != 2 || !strings.Contains(stderr.String(), "--size") {
		t.Errorf("bad --size: exit %d, %q", code, stderr.String())
	}
}

// TestLaunchNextToExecutable builds the real binary and runs it through a
// symbolic link, with an empty PATH: the variorum-desktop beside the
// binary it links to is the one run.
func TestLaunchNextToExecutable(t *testing.T) {
	goTool := needGo(t)
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin, link := filepath.Join(dir, "bin"), filepath.Join(dir, "link")
	for _, d := range []string{bin, link} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fakeDesktop(t, bin)
	build := exec.Command(goTool, "build", "-o", filepath.Join(bin, "variorum"), ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if err := os.Symlink(filepath.Join(bin, "variorum"), filepath.Join(link, "variorum")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "launched")
	lib := filepath.Join(dir, "library.db")
	cmd := exec.Command(filepath.Join(link, "variorum"), "a.txt")
	cmd.Env = []string{"PATH=" + link, "FAKE_OUT=" + out, "VARIORUM_LIBRARY=" + lib}
	cmd.Stdin = strings.NewReader("typed\n")
	stdout, err := cmd.Output()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 || string(stdout) != "hello from the window\n" {
		t.Fatalf("variorum a.txt: %v, stdout %q; want exit 3 and the window's output", err, stdout)
	}
	checkLaunched(t, out, []string{"--library", lib, "a.txt"}, lib)
}
