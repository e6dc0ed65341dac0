package cli

// The command line at a terminal and in a pipe: NO_COLOR, help on
// stdout, standard input named twice.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPTY returns the two ends of a new pseudo-terminal (Linux only), so
// that a command's standard output is a terminal as in an interactive
// shell.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("pseudo-terminal helper is Linux-only")
	}
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		m.Close()
		t.Skipf("unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		m.Close()
		t.Skipf("ptsname: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open pts: %v", err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// runOnTerminal runs args with standard output on a pseudo-terminal and
// returns what the terminal received.
func runOnTerminal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	master, tty := openPTY(t)
	got := make(chan []byte, 1)
	go func() {
		var buf bytes.Buffer
		b := make([]byte, 4096)
		for {
			master.SetReadDeadline(time.Now().Add(2 * time.Second))
			n, err := master.Read(b)
			buf.Write(b[:n])
			if err != nil {
				break
			}
		}
		got <- buf.Bytes()
	}()
	var errb bytes.Buffer
	code := run(context.Background(), &env{stdout: tty, stderr: &errb, stdin: strings.NewReader("")}, args)
	tty.Close()
	return code, string(<-got), errb.String()
}

// TestNoColorAtTerminal: NO_COLOR (https://no-color.org) is the
// convention every user who cannot read, or does not want, ANSI colours
// sets once in their shell profile; with it set, "auto" colouring must
// print no escape sequences even on a terminal. diff --color auto and
// search (which has no --color at all, so NO_COLOR is the only way out)
// colour their output regardless.
func TestNoColorAtTerminal(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "one two three\n")
	b := writeFile(t, dir, "b.txt", "one two four\n")
	lib := sampleCLILibrary(t)
	t.Setenv("NO_COLOR", "1")
	for _, args := range [][]string{
		{"diff", a, b},
		{"--library", lib, "search", "Lavrov", "--limit", "1"},
	} {
		code, out, errs := runOnTerminal(t, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%q with NO_COLOR=1 on a terminal printed ANSI escapes: %q; want plain markers", args, out)
		}
	}
}

// TestSubcommandHelpOnStdout: "variorum --help" prints to standard
// output, so "variorum --help | less" works; a new user then tries
// "variorum diff --help | less" or "| grep color", and gets an empty pager
// because a subcommand's requested help (exit 0, not an error) goes to
// standard error. Asked-for help belongs on stdout, as git and the top
// level do; only help printed for a usage error belongs on stderr.
func TestSubcommandHelpOnStdout(t *testing.T) {
	for _, cmd := range []string{"diff", "align", "check", "export", "list", "show", "search"} {
		for _, h := range []string{"--help", "-h"} {
			code, out, _ := runCLI(t, cmd, h)
			if code != 0 {
				t.Errorf("%s %s: exit %d, want 0", cmd, h, code)
			}
			if !strings.Contains(out, "usage: variorum "+cmd) {
				t.Errorf("%s %s: standard output %q; want the usage there (variorum --help prints to stdout)", cmd, h, out)
			}
		}
	}
}

// TestStdinTwiceIsUsageError: "--help" promises exit status 2 on a
// usage error and 1 on an error. Naming standard input twice ("- -") is a
// mistake in how the command was called, detected before anything is
// read, so a script that tells bad invocations from failed runs by the
// status should see 2.
func TestStdinTwiceIsUsageError(t *testing.T) {
	for _, args := range [][]string{
		{"diff", "-", "-"},
		{"check", "-", "-"},
		{"align", "-", "-"},
	} {
		code, _, errs := runCLI(t, args...)
		if code != 2 {
			t.Errorf("%q: exit %d (%s); want 2, a usage error", args, code, strings.TrimSpace(errs))
		}
	}
}

// TestExportToDevStdout: a researcher scripting in a shell writes
// "-o /dev/stdout" (the usual idiom for tools without "-"). The README
// says export never writes to a device; refusing is fine, but the reason
// given must be the real one. Here /dev/stdout is a pipe (as in
// "variorum export -o /dev/stdout | less"), reached through links
// (/dev/stdout -> /proc/self/fd/1 -> pipe:[N]): the message says it is
// not a regular file and that -o - writes to standard output, not "in
// the folder /proc/PID/fd: no such file or directory".
func TestExportToDevStdout(t *testing.T) {
	lib := sampleCLILibrary(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	go io.Copy(io.Discard, r)
	link := filepath.Join(t.TempDir(), "stdout")
	if err := os.Symlink(fmt.Sprintf("/proc/self/fd/%d", w.Fd()), link); err != nil {
		t.Skip(err)
	}
	code, _, errs := runCLI(t, "--library", lib, "export", "--format", "md", "-o", link)
	if code == 0 || strings.Contains(errs, "no such file or directory") || !strings.Contains(errs, "-o -") || !strings.Contains(errs, "not a regular file") {
		t.Errorf("export -o /dev/stdout (a pipe): exit %d, %q; want it said that this is not a regular file (use -o -)", code, strings.TrimSpace(errs))
	}
}
