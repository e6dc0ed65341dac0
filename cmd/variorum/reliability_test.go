package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// buildCLI builds this command into a temporary folder.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "variorum")
	build := exec.Command(needGo(t), "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKillDuringImportThenResume starts "variorum import" of a folder of
// 50 files, kills it (SIGKILL) after a random delay, runs the same import
// again, and checks that the library is intact and holds every file once,
// all in one briefing: the second run resumed the first. Twenty rounds,
// each with a new library and another delay.
func TestKillDuringImportThenResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it 40 times")
	}
	bin := buildCLI(t)
	src := filepath.Join(t.TempDir(), "briefing")
	os.Mkdir(src, 0o755)
	const files = 50
	for i := range files {
		text := fmt.Sprintf("File %d.\n\n%s\n", i, strings.Repeat(fmt.Sprintf("The minister answered question %d. ", i), 40))
		os.WriteFile(filepath.Join(src, fmt.Sprintf("f%02d.txt", i)), []byte(text), 0o644)
	}
	// Time an import that runs to the end, to kill the others within it.
	start := time.Now()
	if out, err := exec.Command(bin, "--library", filepath.Join(t.TempDir(), "library.db"), "import", src).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	whole := time.Since(start)
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 13))
	t.Logf("seed %d; a whole import takes %v", seed, whole)
	resumed := 0
	for round := range 20 {
		lib := filepath.Join(t.TempDir(), "library.db")
		cmd := exec.Command(bin, "--library", lib, "import", src)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.Int64N(int64(whole)))
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()

		out, err := exec.Command(bin, "--library", lib, "import", src).CombinedOutput()
		if err != nil {
			t.Fatalf("round %d (killed after %v): resuming: %v\n%s", round, delay, err, out)
		}
		if strings.Contains(string(out), "already in briefing") {
			resumed++
		}
		checkComplete(t, bin, lib, files, fmt.Sprintf("round %d (killed after %v)", round, delay))
	}
	t.Logf("%d of 20 rounds were killed with part of the folder imported, then resumed", resumed)
}

// checkComplete checks that the library at lib holds one briefing with n
// versions.
func checkComplete(t *testing.T, bin, lib string, n int, what string) {
	t.Helper()
	out, err := exec.Command(bin, "--library", lib, "list", "--json").Output()
	if err != nil {
		t.Fatalf("%s: list: %v", what, err)
	}
	var bs []struct {
		Slug     string            `json:"slug"`
		Versions []json.RawMessage `json:"version_list"`
	}
	if err := json.Unmarshal(out, &bs); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if len(bs) != 1 || len(bs[0].Versions) != n {
		var got []string
		for _, b := range bs {
			got = append(got, fmt.Sprintf("%s: %d", b.Slug, len(b.Versions)))
		}
		t.Errorf("%s: briefings %v, want one with %d versions", what, got, n)
	}
}

// TestInterruptExitStatus: a command stopped by an interrupt exits with
// 130, as a shell reports a process killed by SIGINT, whichever command
// it was.
func TestInterruptExitStatus(t *testing.T) {
	bin := buildCLI(t)
	dir := t.TempDir()
	// Two texts of rewritten paragraphs, long enough to take a while.
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the ministers met in the capital and agreed on a plan for the region while others waited outside for news of it")
	var a, b strings.Builder
	for p := range 20000 {
		var ws []string
		for range 30 {
			ws = append(ws, words[rng.IntN(len(words))])
		}
		fmt.Fprintf(&a, "%d %s.\n\n", p, strings.Join(ws, " "))
		rng.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
		fmt.Fprintf(&b, "%d %s.\n\n", p, strings.Join(ws, " "))
	}
	fa, fb := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(fa, []byte(a.String()), 0o644)
	os.WriteFile(fb, []byte(b.String()), 0o644)
	cmd := exec.Command(bin, "diff", "--format", "json", fa, fb)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		if code == 0 {
			t.Skip("the diff ended before the interrupt")
		}
		t.Errorf("exit status %d after an interrupt, want 130", code)
	}
}
