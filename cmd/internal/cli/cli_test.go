package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestVersionMatchesFyneApp checks that Version is the version the fyne
// tool packages, from cmd/variorum-desktop/FyneApp.toml.
func TestVersionMatchesFyneApp(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "variorum-desktop", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var version, section string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			section = line
		}
		if k, v, ok := strings.Cut(line, "="); ok && section == "[Details]" && strings.TrimSpace(k) == "Version" {
			version = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	if version != Version {
		t.Errorf("FyneApp.toml has Version %q, cli.Version is %q: keep them equal", version, Version)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-version"}, {"--library", "x.db", "--version"}} {
		if code, out, _ := runCLI(t, args...); code != 0 || out != "variorum "+Version+"\n" {
			t.Errorf("%q: exit %d, %q", args, code, out)
		}
	}
}

// TestWindowRequest checks what the window is handed for each way of
// asking for it.
func TestWindowRequest(t *testing.T) {
	t.Setenv("VARIORUM_LIBRARY", "env.db")
	tests := []struct {
		args []string
		want Window
	}{
		{nil, Window{Args: []string{}, Library: "env.db", Files: nil}},
		{[]string{"--library", "l.db", "a.txt", "--size", "900x700", "b.txt"},
			Window{Args: []string{"a.txt", "--size", "900x700", "b.txt"}, Library: "l.db", Files: []string{"a.txt", "b.txt"}, Width: 900, Height: 700}},
		{[]string{"gui", "--", "diff"}, Window{Args: []string{"gui", "--", "diff"}, Library: "env.db", Files: []string{"diff"}}},
	}
	for _, tt := range tests {
		var got Window
		window := func(_ context.Context, e Env, w Window) int {
			got = w
			return 7
		}
		var out bytes.Buffer
		if code := Main(context.Background(), Env{Stdout: &out, Stderr: &out}, tt.args, window); code != 7 {
			t.Errorf("%q: exit %d, want the window's 7: %s", tt.args, code, out.String())
		}
		if got.Args == nil {
			got.Args = []string{}
		}
		if tt.want.Args == nil {
			tt.want.Args = []string{}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: window got %+v, want %+v", tt.args, got, tt.want)
		}
	}
}

func TestWindowErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"none linked in", []string{"a.txt"}, "no window"},
		{"bad size", []string{"--size", "tiny"}, "--size"},
		{"small size", []string{"gui", "--size", "10x10"}, "--size"},
		{"unknown option", []string{"gui", "--frobnicate"}, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errs := runCLI(t, tt.args...); code != 2 || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit 2 mentioning %q", code, errs, tt.msg)
			}
		})
	}
}

// TestUnknownCommand: a mistyped subcommand or option is named as such
// (with the nearest one), not taken for a file to open in the window or
// answered with the window's usage; a word that names a file, and the
// window's own options, still open the window.
func TestUnknownCommand(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes"), []byte("text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"difff", "a", "b"}, `unknown command "difff" (did you mean "diff"?)`},
		{[]string{"lsit"}, `unknown command "lsit" (did you mean "list"?)`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"; see`},
		{[]string{"--versoin"}, `unknown option "--versoin" (did you mean "--version"?); see`},
		{[]string{"-x", "a.txt"}, `unknown option "-x"; see`},
		{[]string{"--size=900x700", "a.txt"}, "this binary has no window"},
		{[]string{"-change", "2"}, "this binary has no window"},
		{[]string{"notes"}, "this binary has no window"},
		{[]string{"a.txt", "b.txt"}, "this binary has no window"},
	} {
		code, _, errs := runCLI(t, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// TestWindowGetsTheStreams: launchDesktop hands Env.Stdout to exec.Cmd,
// which connects a child straight to an *os.File but through a pipe and a
// copying goroutine to anything else. "variorum gui" must pass the user's
// stdout, not the errWriter that runCommand wraps round it, so that
// variorum-desktop writes to the user's terminal or file as "variorum"
// does.
func TestWindowGetsTheStreams(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"plain", nil},
		{"gui", []string{"gui"}},
		{"gui with a file", []string{"gui", "a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Create(filepath.Join(t.TempDir(), "out"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var got io.Writer
			window := func(ctx context.Context, e Env, w Window) int { got = e.Stdout; return 0 }
			var errb bytes.Buffer
			if code := run(context.Background(), &env{stdout: f, stderr: &errb, stdin: strings.NewReader(""), window: window}, tt.args); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			if _, ok := got.(*os.File); !ok {
				t.Errorf("the window's stdout is a %T, want the *os.File given", got)
			}
		})
	}
}
