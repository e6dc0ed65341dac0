package cli

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
)

// TestLibraryCommands drives the library subcommands end to end on a real
// SQLite file: sample, list, search, import (good, duplicate and bad
// files), show and rm.
func TestLibraryCommands(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "library.db")
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, out, errs := cli("sample"); code != 0 || !strings.Contains(out, "4 versions") {
		t.Fatalf("sample: exit %d, %q %q", code, out, errs)
	}
	code, out, errs := cli("list", "--json")
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, errs)
	}
	var briefings []struct {
		Slug        string `json:"slug"`
		VersionList []struct {
			ID    int64  `json:"id"`
			Label string `json:"label"`
		} `json:"version_list"`
	}
	if err := json.Unmarshal([]byte(out), &briefings); err != nil {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	if len(briefings) != 1 || len(briefings[0].VersionList) != 4 {
		t.Fatalf("list: want one briefing with 4 versions, got %+v", briefings)
	}
	if code, out, _ := cli("search", "Нуртлеу"); code != 0 || !strings.Contains(out, "ru") {
		t.Errorf("search in Russian: exit %d, %q", code, out)
	}
	if code, out, _ := cli("search", "Nurtleu"); code != 0 || !strings.Contains(out, "blog-en") {
		t.Errorf("search in English: exit %d, %q", code, out)
	}

	// Real files in other encodings and formats import; bad ones fail
	// with the file named and leave nothing behind.
	formats := "../../../testdata/formats/"
	code, out, errs = cli("import", "--new-briefing", "Formats", formats+"ru.saved-page.html", formats+"blog-en.docx")
	if code != 0 || !strings.Contains(out, "2 imported") {
		t.Fatalf("import: exit %d, %q %q", code, out, errs)
	}
	// The sample's text in another encoding is the sample's version.
	if code, _, errs := cli("import", formats+"ru.cp1251.txt"); code != 0 || !strings.Contains(errs, "already imported as version") {
		t.Errorf("the same text in Windows-1251: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := cli("import", "../../../assets/sample/ru.txt"); code != 0 || !strings.Contains(errs, "already imported") {
		t.Errorf("duplicate import: exit %d, stderr %q", code, errs)
	}
	for _, bad := range []string{"bad.empty.txt", "bad.binary.txt", "bad.invalid-utf8.txt", "bad.nul-bytes.txt", "bad.truncated.docx"} {
		code, _, errs := cli("import", formats+bad)
		if code == 0 || !strings.Contains(errs, bad) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%s: exit %d, stderr %q; want a one-line error naming the file", bad, code, errs)
		}
		// The command line says how to name an encoding; the library's
		// message, which the window shows too, does not.
		if hint := strings.Contains(errs, "--encoding"); hint != (bad == "bad.invalid-utf8.txt") {
			t.Errorf("%s: the --encoding hint is %v: %q", bad, hint, errs)
		}
	}
	code, out, _ = cli("list", "--json")
	briefings = nil
	if err := json.Unmarshal([]byte(out), &briefings); code != 0 || err != nil {
		t.Fatalf("list after import: %v", err)
	}
	total := 0
	for _, b := range briefings {
		total += len(b.VersionList)
	}
	if total != 6 {
		t.Errorf("after imports the library holds %d versions, want 6", total)
	}

	id := briefings[0].VersionList[0].ID
	if code, out, _ := cli("show", "1"); code != 0 || !strings.Contains(out, "Lavrov") {
		t.Errorf("show 1: exit %d, %.200q", code, out)
	}
	if code, _, _ := cli("rm", "999"); code == 0 {
		t.Errorf("rm of a missing version succeeded")
	}
	if code, _, errs := cli("rm", itoa(id)); code != 0 {
		t.Errorf("rm %d: exit %d: %s", id, code, errs)
	}
	if code, _, _ := cli("show", itoa(id)); code == 0 {
		t.Errorf("show of a removed version succeeded")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestImportReportAfterInterrupt: the summary of an import stopped by an
// interrupt names the briefing the files went into.
func TestImportReportAfterInterrupt(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Some text of "+name+".\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := data.Open(context.Background(), filepath.Join(dir, "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	sum, err := lib.ImportPaths(context.Background(), []string{dir}, data.ImportOptions{}, nil)
	if err != nil || len(sum.Imported) != 2 {
		t.Fatalf("import: %v, %+v", err, sum)
	}
	b, err := lib.Briefing(context.Background(), sum.BriefingID)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	sum.Total += 3 // as if the interrupt came before three more files
	reportImport(ctx, &env{stdout: &out, stderr: &errb}, lib, sum, "", "", false)
	if want := "into briefing " + b.Slug; !strings.Contains(out.String(), want) {
		t.Errorf("summary %q does not say %q", out.String(), want)
	}
	if !strings.Contains(out.String(), ", 3 not reached\n") {
		t.Errorf("summary %q does not count the files not reached", out.String())
	}
}

// TestImportEmptyFolder: a folder with nothing to import says so, naming
// it and what Variorum reads.
func TestImportEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	code, _, errs := runCLI(t, "--library", filepath.Join(dir, "lib.db"), "import", empty)
	if code != 1 || !strings.Contains(errs, empty+": no file to import (a folder is searched for .txt") {
		t.Errorf("exit %d, %q", code, errs)
	}
}

// TestDeleteEmptyBriefing: removing a briefing's last version says how to
// delete the briefing; briefing --delete deletes an empty one and refuses
// one that holds versions.
func TestDeleteEmptyBriefing(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	file := filepath.Join(dir, "solo.txt")
	if err := os.WriteFile(file, []byte("A text on its own.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cli := func(want int, args ...string) string {
		t.Helper()
		code, out, errs := runCLI(t, append([]string{"--library", lib}, args...)...)
		if code != want {
			t.Fatalf("%q: exit %d, want %d: %s%s", args, code, want, out, errs)
		}
		return out + errs
	}
	cli(0, "sample")
	cli(0, "import", "--new-briefing", "Solo", file)
	var list []struct {
		Slug     string `json:"slug"`
		Versions []struct {
			ID int64 `json:"id"`
		} `json:"version_list"`
	}
	if err := json.Unmarshal([]byte(cli(0, "list", "--json")), &list); err != nil || len(list) != 2 {
		t.Fatalf("list: %v, %+v", err, list)
	}
	solo, sample := list[1], list[0]
	if len(solo.Versions) != 1 {
		solo, sample = sample, solo
	}
	if out := cli(1, "briefing", sample.Slug, "--delete"); !strings.Contains(out, "still has versions") {
		t.Errorf("deleting a briefing with versions: %q", out)
	}
	if out := cli(0, "rm", strconv.FormatInt(solo.Versions[0].ID, 10)); !strings.Contains(out, "variorum briefing "+solo.Slug+" --delete") {
		t.Errorf("rm of the last version: %q", out)
	}
	cli(0, "briefing", solo.Slug, "--delete")
	if out := cli(0, "list"); strings.Contains(out, solo.Slug) || !strings.Contains(out, sample.Slug) {
		t.Errorf("list after deleting %s: %q", solo.Slug, out)
	}
}

// TestResumeHint: after an interrupt, files named one by one are told to
// go into the briefing the batch made (imported again they would make a
// new one); a folder resumes into its own when imported again.
func TestResumeHint(t *testing.T) {
	for _, folder := range []bool{false, true} {
		dir := t.TempDir()
		src := filepath.Join(dir, "speech")
		if err := os.Mkdir(src, 0o755); err != nil {
			t.Fatal(err)
		}
		var files []string
		for _, name := range []string{"a.txt", "b.txt"} {
			p := filepath.Join(src, name)
			if err := os.WriteFile(p, []byte("Some text of "+name+", long enough to import.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, p)
		}
		paths := files
		if folder {
			paths = []string{src}
		}
		lib, err := data.Open(context.Background(), filepath.Join(dir, "library.db"))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		sum, err := lib.ImportPaths(ctx, paths, data.ImportOptions{}, func(done, _ int, _ string) {
			if done == 1 {
				cancel()
			}
		})
		if !errors.Is(err, context.Canceled) || len(sum.Imported) != 1 {
			t.Fatalf("import: %v, %d imported", err, len(sum.Imported))
		}
		b, err := lib.Briefing(context.Background(), sum.BriefingID)
		if err != nil {
			t.Fatal(err)
		}
		hint := resumeHint(ctx, lib, sum)
		if named := strings.Contains(hint, "--briefing "+b.Slug); named == folder {
			t.Errorf("folder %v: hint %q", folder, hint)
		}
		lib.Close()
	}
}

// TestNoLibraryAtPath: a command that reads or changes what a library
// holds fails on a path with no library, naming it, and creates nothing
// there; import creates the library (in a folder that exists).
func TestNoLibraryAtPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "typo")
	lib := filepath.Join(dir, "library.db")
	for _, args := range [][]string{
		{"list"}, {"show", "1"}, {"search", "word"}, {"export", "-o", filepath.Join(t.TempDir(), "r.html")},
		{"rm", "1"}, {"edit", "1", "--label", "x"}, {"mv", "1", "other"}, {"briefing", "x", "--title", "T"},
	} {
		code, _, errs := runCLI(t, append([]string{"--library", lib}, args...)...)
		if code != 1 || !strings.Contains(errs, lib) || !strings.Contains(errs, "no library") {
			t.Errorf("%s: exit %d, %q; want 1 and an error naming %s", args[0], code, errs, lib)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s created %s", args[0], dir)
		}
	}
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, []byte("A text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil { // see TestLibraryInMissingFolderRefused
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "--library", lib, "import", file); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	if code, out, errs := runCLI(t, "--library", lib, "list"); code != 0 || !strings.Contains(out, "a") {
		t.Fatalf("list after import: exit %d, %q %q", code, out, errs)
	}
}

// TestLibraryAfterCommand: --library is taken after a library command's
// name too.
func TestLibraryAfterCommand(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := runCLI(t, "sample", "--library", lib); code != 0 {
		t.Fatalf("sample --library: exit %d: %s", code, errs)
	}
	code, out, errs := runCLI(t, "list", "--library="+lib)
	if code != 0 || !strings.Contains(out, "csto-2024-06-21") {
		t.Errorf("list --library=: exit %d, %q, %s", code, out, errs)
	}
	if code, _, errs := runCLI(t, "diff", "--library", lib, "a", "b"); code != 2 || !strings.Contains(errs, "library") {
		t.Errorf("diff --library: exit %d, %s; want a usage error (diff does not use the library)", code, errs)
	}
	// --library names the file: it is no change to make, nor an option
	// beside --delete.
	for _, tc := range []struct {
		args []string
		code int
		out  string // in the output, or in the error for a code other than 0
	}{
		{[]string{"edit", "1", "--library", lib}, 2, "nothing to change"},
		{[]string{"edit", "1", "--library", lib, "--kind", ""}, 2, "--kind needs one of"},
		{[]string{"edit", "1", "--library", lib, "--kind", "copy"}, 2, "not a kind of version"},
		{[]string{"edit", "1", "--library", lib, "--label", "Transcript"}, 0, "version 1 updated"},
		{[]string{"show", "1", "--library", lib}, 0, "Transcript"},
		{[]string{"briefing", "csto-2024-06-21", "--library", lib}, 0, "place:    Almaty"},
		{[]string{"briefing", "csto-2024-06-21", "--library", lib, "--place", "Almaty, Kazakhstan"}, 0, "Almaty, Kazakhstan"},
		{[]string{"briefing", "csto-2024-06-21", "--library", lib, "--delete"}, 1, "still has versions"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != 0 {
			out = errs
		}
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("%q: exit %d, %q; want %d and %q", tc.args, code, out, tc.code, tc.out)
		}
	}
}

// TestRemoveVersionWithChangedText: a version whose stored text fails its
// check is refused by show, and can still be removed, as the error says.
func TestRemoveVersionWithChangedText(t *testing.T) {
	path := sampleCLILibrary(t)
	changeStoredHash(t, path, 1)
	if code, _, _ := runCLI(t, "--library", path, "show", "1"); code == 0 {
		t.Error("show of a version whose text changed: exit 0")
	}
	if code, _, errs := runCLI(t, "--library", path, "rm", "1"); code != 0 {
		t.Errorf("rm of a version whose text changed: exit %d: %s", code, errs)
	}
}

// TestVerify: verify calls a sound library sound, and names the version
// whose text was changed by another program (exit 1).
func TestVerify(t *testing.T) {
	path := sampleCLILibrary(t)
	code, out, errs := runCLI(t, "--library", path, "verify")
	if code != 0 || !strings.Contains(out, "is sound") || !strings.Contains(out, "4 versions") {
		t.Fatalf("verify of the sample: exit %d, %q %q", code, out, errs)
	}
	changeStoredHash(t, path, 2)
	code, out, _ = runCLI(t, "--library", path, "verify")
	if code != 1 || !strings.Contains(out, "version 2 (") || !strings.Contains(out, "1 problem found") {
		t.Errorf("verify after a text changed: exit %d, %q", code, out)
	}
}

// sampleCLILibrary makes a library holding the sample with "variorum
// sample" and returns its path.
func sampleCLILibrary(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "library.db")
	if code, _, errs := runCLI(t, "--library", path, "sample"); code != 0 {
		t.Fatal(errs)
	}
	return path
}

// changeStoredHash makes version id's text fail its check, as a text
// changed by another program does.
func changeStoredHash(t *testing.T, path string, id int64) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `UPDATE versions SET text_sha256 = '00' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
}

// TestImportStandardInput: diff, check and align read "-" as
// standard input ("- for standard input" in diff's usage), so a user
// pipes a text into import the same way: import says that it does not
// read standard input, not "-: no such file or directory".
func TestImportStandardInput(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib.db")
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("The ministers met in Almaty on the second day.\n")}
	code := run(context.Background(), e, []string{"--library", lib, "import", "-"})
	if code == 0 {
		return // read from standard input: fine
	}
	if msg := errb.String(); strings.Contains(msg, "no such file") || !strings.Contains(msg, "standard input") {
		t.Errorf("import -: exit %d, %q; want standard input read, or an error saying import does not read it", code, msg)
	}
}

// TestReimportWithOtherEncoding: a user imports a Windows-1251 file
// with the wrong --encoding (koi8-r), sees mojibake, and imports it again
// with --encoding windows-1251. The bytes are the same, so the file is
// already imported; import fails (the decoding asked for is not what the
// library holds) and says the stored version was decoded as koi8-r and
// how to replace it.
func TestReimportWithOtherEncoding(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.db")
	text := "Министр иностранных дел провёл переговоры с коллегами в Алматы.\n"
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "ru.txt")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "--library", lib, "import", "--encoding", "koi8-r", file); code != 0 {
		t.Fatalf("first import: exit %d, %s", code, errs)
	}
	code, _, errs := runCLI(t, "--library", lib, "import", "--encoding", "windows-1251", file)
	_, shown, _ := runCLI(t, "--library", lib, "show", "1")
	_, shown2, _ := runCLI(t, "--library", lib, "show", "2")
	fixed := strings.Contains(shown, "провёл переговоры") || strings.Contains(shown2, "провёл переговоры")
	if !fixed && (code == 0 || !strings.Contains(errs, "koi8-r")) {
		t.Errorf("re-import with --encoding windows-1251: exit %d, %q; the library still holds the koi8-r reading and the user is not told", code, errs)
	}
}

// "variorum sample" is documented as idempotent. After the user renames
// the sample briefing's slug (variorum briefing csto-2024-06-21 --slug
// csto), running sample again creates a second, empty briefing with the
// same title and reports "sample briefing csto-2024-06-21 (0 versions)",
// exit 0: every sample file is skipped as already imported, into a
// briefing that is not theirs. A user expects the library unchanged (the
// sample is already there) and no empty look-alike briefing.
func TestSampleTwiceAfterSlugRename(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "library.db")
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, out, errs := cli("sample"); code != 0 {
		t.Fatalf("sample: exit %d, %q %q", code, out, errs)
	}
	if code, out, errs := cli("briefing", "csto-2024-06-21", "--slug", "csto"); code != 0 {
		t.Fatalf("rename: exit %d, %q %q", code, out, errs)
	}
	code, out, errs := cli("sample")
	t.Logf("sample again: exit %d, %q %q", code, out, errs)
	_, out, _ = cli("list", "--json")
	var bs []struct {
		Slug     string `json:"slug"`
		Versions int    `json:"versions"`
	}
	if err := json.Unmarshal([]byte(out), &bs); err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 {
		t.Errorf("after sample, rename, sample: %d briefings %+v, want the one sample briefing", len(bs), bs)
	}
}

// A briefing's title of only spaces is no title, as a version's label of
// only spaces is no label ("edit ID --label ' '" is refused: "the label
// cannot be empty"). "variorum briefing SLUG --title '   '" and
// "variorum import --new-briefing '   ' FILE" both succeed and leave a
// briefing whose title is blank in list and in every export's heading.
// A user expects the same refusal (or, for import, the file's label as
// the title, as when no title is given).
func TestBlankBriefingTitle(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	file := filepath.Join(dir, "statement.txt")
	if err := os.WriteFile(file, []byte("Заявление для прессы.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, out, errs := cli("import", "--new-briefing", "   ", file); code != 0 {
		t.Fatalf("import: exit %d %q %q", code, out, errs)
	}
	title := func() string {
		_, out, _ := cli("list", "--json")
		var bs []struct {
			Slug  string `json:"slug"`
			Title string `json:"title"`
		}
		if err := json.Unmarshal([]byte(out), &bs); err != nil || len(bs) != 1 {
			t.Fatalf("list: %v %q", err, out)
		}
		return bs[0].Title
	}
	if got := title(); strings.TrimSpace(got) == "" {
		t.Errorf("import --new-briefing '   ': briefing title %q, want a title (the label, as without --new-briefing)", got)
	}
	code, out, errs := cli("briefing", "briefing", "--title", "   ")
	if code == 0 && strings.TrimSpace(title()) == "" {
		t.Errorf("briefing --title '   ': exit 0 (%q %q) and the title is blank; want it refused like a blank label", out, errs)
	}
}

// TestLibraryInMissingFolderRefused: a library named in a folder that
// does not exist is not made with its folders (a mistyped path), and
// nothing is created; in a folder that exists it is made.
func TestLibraryInMissingFolderRefused(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("A text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "typo", "lib.db")
	for _, cmd := range []string{"import", "sample"} {
		args := []string{"--library", missing, cmd}
		if cmd == "import" {
			args = append(args, file)
		}
		code, _, errs := runCLI(t, args...)
		if code == 0 || !strings.Contains(errs, "no folder "+filepath.Join(dir, "typo")) {
			t.Errorf("%s into a missing folder: exit %d, %q", cmd, code, errs)
		}
	}
	if lib, err := OpenLibrary(context.Background(), missing); err == nil { // as the window opens it
		lib.Close()
		t.Error("OpenLibrary made a library in a missing folder")
	}
	if _, err := os.Stat(filepath.Join(dir, "typo")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the missing folder was made: %v", err)
	}
	if code, _, errs := runCLI(t, "--library", filepath.Join(dir, "lib.db"), "import", file); code != 0 {
		t.Errorf("import into an existing folder: exit %d, %q", code, errs)
	}
}

// TestImportWarnsOfLanguageOtherThanGiven: a text given --lang that reads
// as another language is imported as asked, with a warning naming the
// language it reads as; one that reads as given draws none.
func TestImportWarnsOfLanguageOtherThanGiven(t *testing.T) {
	dir := t.TempDir()
	ru, en := filepath.Join(dir, "ru.txt"), filepath.Join(dir, "en.txt")
	if err := os.WriteFile(ru, []byte("Министр иностранных дел провёл переговоры с коллегами в Москве.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(en, []byte("The foreign minister held talks with his colleagues in Moscow.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(dir, "lib.db")
	code, out, errs := runCLI(t, "--library", lib, "import", "--new-briefing", "T", "--lang", "en-GB", ru, en)
	if code != 0 || !strings.Contains(out, "ru.txt as version 1 (ru, en-GB,") {
		t.Fatalf("exit %d, %q %q", code, out, errs)
	}
	if !strings.Contains(errs, "ru.txt reads as ru, not en-GB") || strings.Contains(errs, "en.txt reads") {
		t.Errorf("warnings %q: want one for ru.txt alone", errs)
	}
}

// TestImportAlreadyElsewhere: a file whose text the library holds is
// named with its version and briefing; asked into another briefing,
// where it is not, the import exits 1 and says how to move it there.
// Imported again with no briefing asked, it is no failure.
func TestImportAlreadyElsewhere(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	text, err := fs.ReadFile(assets.Sample(), "blog-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "copy.txt")
	if err := os.WriteFile(file, text, 0o644); err != nil {
		t.Fatal(err)
	}
	solo := filepath.Join(dir, "solo.txt")
	if err := os.WriteFile(solo, []byte("A text on its own.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"sample"}, {"import", "--new-briefing", "Solo", solo}} {
		if code, out, errs := runCLI(t, append([]string{"--library", lib}, args...)...); code != 0 {
			t.Fatalf("%q: exit %d: %s%s", args, code, out, errs)
		}
	}
	code, _, errs := runCLI(t, "--library", lib, "import", "--briefing", "solo", file)
	if code != 1 || !strings.Contains(errs, "(blog-en) in briefing csto-2024-06-21; the library keeps a text once: variorum mv 1 solo moves it") {
		t.Errorf("into another briefing: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, "--library", lib, "import", "--new-briefing", "Copies", file)
	if code != 1 || !strings.Contains(errs, "(blog-en) in briefing csto-2024-06-21; the library keeps a text once: variorum mv 1 SLUG moves it") {
		t.Errorf("into a new briefing: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, "--library", lib, "import", file)
	if code != 0 || !strings.Contains(errs, "(blog-en) in briefing csto-2024-06-21\n") {
		t.Errorf("again, no briefing asked: exit %d, %q", code, errs)
	}
}
