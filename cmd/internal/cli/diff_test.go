package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/variorum/variorum/compare"
)

// runCLI runs the binary's entry point in-process and returns its exit
// status, standard output and standard error.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}, args)
	return code, out.String(), errb.String()
}

func TestDiffJSONSample(t *testing.T) {
	a, b := "../../../assets/sample/blog-en.txt", "../../../assets/sample/revised-en.txt"
	code, out, errs := runCLI(t, "diff", "--format", "json", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Versions  []struct{ Name string } `json:"versions"`
		Changes   []compare.Change        `json:"changes"`
		Alignment []compare.Row           `json:"alignment"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	found := false
	for _, c := range res.Changes {
		if c.Kind == "replace" && c.AText == "Mikhail" && c.BText == "Murat" {
			found = true
			if string(ab[c.AStart:c.AEnd]) != "Mikhail" || string(bb[c.BStart:c.BEnd]) != "Murat" {
				t.Errorf("offsets do not point at the name in the files: %+v", c)
			}
		}
	}
	if !found {
		t.Errorf("name change Mikhail -> Murat not reported as a replace")
	}
	if len(res.Versions) != 2 || len(res.Alignment) == 0 || len(res.Alignment[0].Cells) != 2 {
		t.Errorf("versions or alignment missing: %d versions, %d rows", len(res.Versions), len(res.Alignment))
	}
}

func TestDiffText(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("The meeting was on July 19 in Almaty. It went well.\n"), 0o644)
	os.WriteFile(b, []byte("The meeting was on July 18 in Almaty. It went well.\n"), 0o644)
	code, out, errs := runCLI(t, "diff", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "The meeting was on July [-19-]{+18+} in Almaty. It went well.\n"; out != want {
		t.Errorf("text diff\n got %q\nwant %q", out, want)
	}
}

func TestDiffErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "blob.txt")
	os.WriteFile(binary, []byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0}, 0o644)
	good := "../../../assets/sample/blog-en.txt"
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"one file", []string{"diff", good}, 2, "need two or more files"},
		{"bad format", []string{"diff", "--format", "xml", good, good}, 2, "unknown format"},
		{"bad colour", []string{"diff", "--color", "bogus", good, good}, 2, `--color "bogus": want auto, always or never`},
		{"bad encoding", []string{"diff", "--encoding", "bogus", good, good}, 2, `unknown encoding "bogus"`},
		{"bad base", []string{"diff", "--base", "5", good, good}, 2, "out of range"},
		{"missing file", []string{"diff", good, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"empty file", []string{"diff", good, empty}, 1, "empty.txt"},
		{"binary file", []string{"diff", good, binary}, 1, "blob.txt"},
		{"unknown option", []string{"--frobnicate"}, 2, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.msg)
			}
		})
	}
}

func TestDiffThreeVersions(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, s := range []string{"One here. Two here.", "One here. Two there.", "Zero. One here. Two here."} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte(s), 0o644)
		files = append(files, p)
	}
	code, out, errs := runCLI(t, append([]string{"diff", "--format", "json", "--base", "1"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Base    int `json:"base"`
		Changes []struct{ A, B int }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Base != 1 || len(res.Changes) < 2 {
		t.Fatalf("base %d, %d changes", res.Base, len(res.Changes))
	}
	for _, c := range res.Changes {
		if c.A != 1 || c.B == 1 {
			t.Errorf("change not against base 1: %+v", c)
		}
	}
}

// TestDiffRestoresGC: a diff budgets the collector for its texts and puts
// its settings back, since Main may run in a process that goes on.
func TestDiffRestoresGC(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("One sentence here. Another one.\n"), 0o644)
	os.WriteFile(b, []byte("One sentence there. Another one.\n"), 0o644)
	percent := debug.SetGCPercent(77)
	limit := debug.SetMemoryLimit(1 << 40)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	var out, errOut strings.Builder
	if code := Main(context.Background(), Env{Stdout: &out, Stderr: &errOut}, []string{"diff", a, b}, nil); code != 0 {
		t.Fatalf("diff: exit %d: %s", code, errOut.String())
	}
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("GC percent after a diff: %d, want 77", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("memory limit after a diff: %d, want %d", got, int64(1<<40))
	}
}
