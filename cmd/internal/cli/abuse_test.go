package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileText holds an ESC sequence and U+202E among enough words to be
// text, not binary.
var hostileText = "Lavrov \x1b[2J said\u202e so. " + strings.Repeat("The minister answered questions. ", 20) + "\n"

// TestHostileNamesAreEscaped imports files whose names and text hold ESC,
// BEL, a newline and U+202E: what import, list, show, search and diff print
// escapes them, a newline cannot forge a row of list, and --json is exact.
func TestHostileNamesAreEscaped(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	name := "evil\x1b]0;pwned\x07\n  99999  forged\u202etxt.txt"
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(hostileText), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(other, []byte(strings.Replace(hostileText, "said", "told", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	runs := [][]string{
		{"import", "--new-briefing", "B", path},
		{"list"},
		{"show", "1"},
		{"search", "lavrov"},
		{"diff", path, other},
	}
	for _, args := range runs {
		_, out, errs := cli(args...)
		for _, bad := range []string{"\x1b", "\x07", "\u202e", "\n  99999"} {
			if strings.Contains(out+errs, bad) {
				t.Errorf("%s prints %q raw:\n%s%s", args[0], bad, out, errs)
			}
		}
		if args[0] == "list" && !strings.Contains(out, `\x0a  99999  forged\u202etxt`) {
			t.Errorf("list does not show the escaped name:\n%s", out)
		}
	}
	_, out, _ := cli("show", "1", "--json")
	var v struct {
		FileName string `json:"file_name"`
		Text     string `json:"text"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.FileName != name || v.Text != hostileText {
		t.Errorf("show --json changed the data: %q %q", v.FileName, v.Text)
	}
}

// TestImportNamesWhatItSkips imports folders holding nothing importable:
// each skipped file is named and the exit status is not 0.
func TestImportNamesWhatItSkips(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	empty := filepath.Join(dir, "empty")
	odd := filepath.Join(dir, "odd")
	for _, d := range []string{empty, odd} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(odd, "scan.pdf"), []byte("%PDF-1.4"), 0o644)
	os.WriteFile(filepath.Join(odd, ".hidden.txt"), []byte("x"), 0o644)
	code, out, errs := runCLI(t, "--library", lib, "import", empty)
	if code == 0 || !strings.Contains(out, "0 file(s)") {
		t.Errorf("empty folder: exit %d, %q %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "--library", lib, "import", odd)
	if code == 0 || !strings.Contains(errs, "scan.pdf: skipped: not a text") || !strings.Contains(errs, ".hidden.txt: skipped: hidden") {
		t.Errorf("folder of unsupported files: exit %d, %q %q", code, out, errs)
	}
}

// TestResumedImport re-runs an import of a folder of which part is in the
// library already (as after an interrupted run): the rest joins the same
// briefing, and the summary says so.
func TestResumedImport(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	folder := filepath.Join(dir, "talks")
	os.Mkdir(folder, 0o755)
	for _, n := range []string{"a", "b", "c"} {
		os.WriteFile(filepath.Join(folder, n+".txt"), []byte("Talk "+n+" went well.\n"), 0o644)
	}
	if code, out, errs := runCLI(t, "--library", lib, "import", "--new-briefing", "talks", filepath.Join(folder, "a.txt")); code != 0 {
		t.Fatalf("first import: %d %q %q", code, out, errs)
	}
	code, out, errs := runCLI(t, "--library", lib, "import", folder)
	if code != 0 || !strings.Contains(out, "1 already in briefing talks, 2 added") {
		t.Errorf("resumed import: exit %d, %q %q", code, out, errs)
	}
	_, out, _ = runCLI(t, "--library", lib, "list")
	if strings.Contains(out, "talks-2") {
		t.Errorf("a second briefing was made:\n%s", out)
	}
	// --date and --place describe a new briefing: with --briefing they
	// would be ignored, so they are refused.
	if code, _, errs := runCLI(t, "--library", lib, "import", "--briefing", "talks", "--date", "2024-06-21", folder); code != 2 || !strings.Contains(errs, "variorum briefing talks") {
		t.Errorf("import --briefing --date: exit %d, %q", code, errs)
	}
	// A file of the folder filed in another briefing is counted apart.
	os.WriteFile(filepath.Join(folder, "d.txt"), []byte("Talk d went well.\n"), 0o644)
	if code, out, errs := runCLI(t, "--library", lib, "import", "--new-briefing", "other", filepath.Join(folder, "d.txt")); code != 0 {
		t.Fatalf("import into another briefing: %d %q %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "--library", lib, "import", folder)
	if code != 0 || !strings.Contains(out, "4 file(s): 3 already in briefing talks, 0 added, 1 already in other briefings, 0 failed") {
		t.Errorf("import run again: exit %d, %q %q", code, out, errs)
	}
}

func TestSearchLeadingDash(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "library.db")
	if code, _, errs := runCLI(t, "--library", lib, "sample"); code != 0 {
		t.Fatal(errs)
	}
	// A query starting with a dash after "--": the word to leave out.
	code, out, errs := runCLI(t, "--library", lib, "search", "--", "-Murat", "Nurtleu")
	if code != 0 || !strings.Contains(out, "blog-en") || strings.Contains(out, "revised-en") {
		t.Errorf("search -- -Murat Nurtleu: exit %d, %q %q", code, out, errs)
	}
	for _, n := range []string{"0", "-1"} {
		if code, _, errs := runCLI(t, "--library", lib, "search", "--limit", n, "Nurtleu"); code != 2 || !strings.Contains(errs, "--limit") {
			t.Errorf("search --limit %s: exit %d, %q", n, code, errs)
		}
	}
}

// TestCheckAndAlignEscape: like import, list, show, search and diff
// (TestHostileNamesAreEscaped), what check and align print carries no
// ESC, BEL or U+202E raw, from a file's name or its text.
func TestCheckAndAlignEscape(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src\x1b]0;pwned\x07.txt")
	tgt := filepath.Join(dir, "tgt\u202etxt.txt")
	srcText := strings.Repeat("The meeting was held on 21 June 2024 with five ministers. ", 4) +
		"\n\nThe ministers \x1b]0;pwned\x07 discussed security at length and agreed on the next steps.\n"
	tgtText := "Встреча прошла 21 июня 2024 года с пятью министрами.\n\nМинистры подробно обсудили безопасность и согласовали дальнейшие шаги.\n"
	if err := os.WriteFile(src, []byte(srcText), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tgt, []byte(tgtText), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"check", src, tgt},
		{"align", "--format", "tsv", src, tgt},
		{"align", "--format", "ladder", src, tgt},
	}
	for _, args := range tests {
		t.Run(strings.Join(args[:len(args)-2], " "), func(t *testing.T) {
			code, out, errs := runCLI(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
				if strings.Contains(out+errs, bad) {
					t.Errorf("prints %q raw:\n%q", bad, out+errs)
				}
			}
		})
	}
}

// failingWriter fails every write, as stdout on a full disk (/dev/full)
// or a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestTextOutputWriteErrors: "variorum show 1 > copy.txt" on a full disk
// does not exit 0 with an empty copy, in any form of any command.
func TestTextOutputWriteErrors(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	if code, _, errs := runCLI(t, "--library", lib, "sample"); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errs)
	}
	a, b := "../../../assets/sample/blog-en.txt", "../../../assets/sample/revised-en.txt"
	tests := [][]string{
		{"diff", "--format", "json", a, b},
		{"show", "1", "--json"},
		{"diff", a, b},
		{"show", "1"},
		{"list"},
		{"search", "Lavrov"},
		{"check", "../../../assets/sample/ru.txt", a},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var errb bytes.Buffer
			code := run(context.Background(), &env{stdout: failingWriter{}, stderr: &errb, stdin: strings.NewReader(""), library: lib}, args)
			if code == 0 {
				t.Errorf("exit 0 although nothing could be written; stderr %q", errb.String())
			}
		})
	}
}
