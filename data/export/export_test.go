package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/variorum/variorum/compare"
)

// smallReport compares two short texts, the second with a changed date,
// a changed word, a script tag and a note on the changed word.
func smallReport(t testing.TB) *Report {
	t.Helper()
	a := "The meeting was on 19 July.\n\nIt went well.\n"
	b := "The meeting was on 18 July.\n\nIt went <script>badly</script>.\n"
	res, err := compare.Compare(context.Background(), []string{a, b}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(b, "badly")
	return &Report{
		Briefing: Briefing{Title: "A <small> test", Date: "2024-07-19"},
		Versions: []Version{{Label: "first", SHA256: strings.Repeat("a", 64)}, {Label: "second"}},
		Result:   res,
		Notes:    []Note{{Version: 1, Start: at, End: at + 5, Text: "why \"badly\"?"}},
		Tool:     "Variorum test", Created: time.Date(2024, 7, 20, 0, 0, 0, 0, time.UTC),
	}
}

func TestWriteEveryFormat(t *testing.T) {
	r := smallReport(t)
	for _, f := range Formats() {
		if f == TMXMemory {
			continue // needs two languages: TestWriteReportTMX
		}
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, r, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			s := b.String()
			// CSV holds data, not markup; Markdown shows it in a code span.
			markup := f == HTML || f == TEI || f == JSON
			if markup && strings.Contains(s, "<script>") {
				t.Errorf("the version's <script> is not escaped")
			}
			if !strings.Contains(s, "18") || !strings.Contains(s, "first") {
				t.Errorf("no changed date or no label:\n%s", s)
			}
		})
	}
}

// csvRecords writes r as CSV and reads the records back.
func csvRecords(t *testing.T, r *Report) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, r, false); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestCSVNotesAndPositions(t *testing.T) {
	recs := csvRecords(t, smallReport(t))
	// header, the number change (first: numbers first), the word change
	if len(recs) != 3 {
		t.Fatalf("%d records: %q", len(recs), recs)
	}
	num, word := csvFields(recs[0], recs[1]), csvFields(recs[0], recs[2])
	if num["flags"] != "number" || num["before"] != "19" || num["after"] != "18" || num["row"] != "1" ||
		num["from_paragraph"] != "1" || num["from_sentence"] != "1" || num["to_paragraph"] != "1" || num["to_sentence"] != "1" {
		t.Errorf("number change: %q", num)
	}
	if word["after"] != "<script>badly</script>" || word["from_paragraph"] != "2" || word["to_paragraph"] != "2" || word["notes"] != `why "badly"?` {
		t.Errorf("word change (paragraph 2, with its note): %q", word)
	}
}

// csvFields maps the CSV header's column names to rec's fields.
func csvFields(header, rec []string) map[string]string {
	m := make(map[string]string, len(header))
	for i, h := range header {
		if i < len(rec) {
			m[h] = rec[i]
		}
	}
	return m
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	put := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	failing := func(io.Writer) error { return errors.New("disk on fire") }
	tests := []struct {
		name    string
		force   bool
		write   func(io.Writer) error
		wantErr error
		want    string
	}{
		{"new file", false, put("one"), nil, "one"},
		{"exists", false, put("two"), ErrExists, "one"},
		{"forced", true, put("three"), nil, "three"},
		{"writer fails", true, failing, nil, "three"},
	}
	for _, tt := range tests {
		err := WriteFile(context.Background(), path, tt.force, tt.write)
		switch {
		case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.wantErr)
		case tt.wantErr == nil && tt.name != "writer fails" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.name == "writer fails" && err == nil:
			t.Errorf("%s: no error", tt.name)
		}
		if b, _ := os.ReadFile(path); string(b) != tt.want {
			t.Errorf("%s: file holds %q, want %q", tt.name, b, tt.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder: temporary files left", len(entries))
	}
	// A folder is refused, forced or not, and a missing folder is named.
	for _, force := range []bool{false, true} {
		if err := WriteFile(context.Background(), dir, force, put("x")); !errors.Is(err, ErrIsFolder) {
			t.Errorf("a folder (force %v): %v, want ErrIsFolder", force, err)
		}
	}
	missing := filepath.Join(dir, "no such folder")
	if err := WriteFile(context.Background(), filepath.Join(missing, "r.html"), false, put("x")); !errors.Is(err, fs.ErrNotExist) ||
		!strings.Contains(err.Error(), "in the folder "+missing+":") || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("a missing folder: %v", err)
	}
	// A new report has the mode of any new file here (0666 less the
	// umask); a report replacing a private file stays private.
	plain := filepath.Join(t.TempDir(), "plain")
	if err := os.WriteFile(plain, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	want, _ := os.Stat(plain)
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != want.Mode().Perm() {
		t.Errorf("mode %v, %v; want %v", st.Mode(), err, want.Mode().Perm())
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(context.Background(), path, true, put("four")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("a private report replaced: mode %v, %v; want 0600", st.Mode(), err)
	}
}

// TestWriteFileTargets: a report is written through a symbolic link
// (dangling or not), and never replaces a device, a pipe, a database or
// its journal, forced or not; a cancelled write leaves the old file.
func TestWriteFileTargets(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	put := func(w io.Writer) error { _, err := io.WriteString(w, "report"); return err }
	real := filepath.Join(dir, "real.html")
	os.WriteFile(real, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink("real.html", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := WriteFile(ctx, link, true, put); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st.Mode(), err)
	}
	if b, _ := os.ReadFile(real); string(b) != "report" {
		t.Errorf("the linked file holds %q", b)
	}
	dangling := filepath.Join(dir, "dangling.html")
	os.Symlink("new.html", dangling)
	if err := WriteFile(ctx, dangling, false, put); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "new.html")); string(b) != "report" {
		t.Errorf("through a dangling link: %q", b)
	}

	db := filepath.Join(dir, "library.db")
	os.WriteFile(db, append([]byte("SQLite format 3\x00"), make([]byte, 100)...), 0o644)
	os.WriteFile(db+"-wal", []byte("log"), 0o644)
	dbLink := filepath.Join(dir, "db-link.html")
	os.Symlink("library.db", dbLink)
	// A -journal that is not there yet would be read as the library's
	// hot journal.
	for _, path := range []string{db, db + "-wal", db + "-journal", dbLink} {
		for _, force := range []bool{false, true} {
			if err := WriteFile(ctx, path, force, put); !errors.Is(err, ErrDatabase) {
				t.Errorf("%s (force %v): %v, want ErrDatabase", filepath.Base(path), force, err)
			}
		}
	}
	if b, _ := os.ReadFile(db); !bytes.HasPrefix(b, []byte("SQLite format 3")) {
		t.Error("the database was replaced")
	}
	if _, err := os.Stat(db + "-journal"); err == nil {
		t.Error("a -journal was written beside the database")
	}
	// Beside a folder or a file that is no database, the names are free.
	os.Mkdir(filepath.Join(dir, "travel"), 0o755)
	if err := WriteFile(ctx, filepath.Join(dir, "travel-journal"), true, put); err != nil {
		t.Errorf("travel-journal beside a folder: %v", err)
	}
	if fifo := filepath.Join(dir, "fifo"); mkfifo(fifo) == nil {
		if err := WriteFile(ctx, fifo, true, put); !errors.Is(err, ErrNotRegular) {
			t.Errorf("a pipe: %v, want ErrNotRegular", err)
		}
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := WriteFile(cancelled, real, true, put); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if b, _ := os.ReadFile(real); string(b) != "report" {
		t.Errorf("a cancelled write changed the file: %q", b)
	}
	long := filepath.Join(dir, strings.Repeat("r", 250)+".html") // 255 bytes, the longest name
	if err := WriteFile(ctx, long, false, put); err != nil {
		t.Errorf("the longest name: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestNoResult(t *testing.T) {
	for _, f := range Formats() {
		if err := Write(io.Discard, f, &Report{}, WriteOptions{}); !errors.Is(err, ErrNoResult) {
			t.Errorf("%s: %v, want ErrNoResult", f, err)
		}
	}
}

func TestReadings(t *testing.T) {
	texts := []string{"One two.\n\nSame here.\n", "One three.\n\nSame  here.\n", "One two.\n"}
	res, err := compare.Compare(context.Background(), texts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := readings(&Report{Result: res, Versions: make([]Version, 3)}, res.Rows)
	want := [][]string{{"A", "B", "A"}, {"A", "A", ""}}
	if len(got) != len(want) {
		t.Fatalf("readings %q", got)
	}
	for i := range want {
		if strings.Join(got[i], ",") != strings.Join(want[i], ",") {
			t.Errorf("row %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	for in, want := range map[string]string{"x": "`x`", "a`b": "``a`b``", "`a": "`` `a ``", "": "``"} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mdText("a|b *c* <d>"); got != `a\|b \*c\* \<d\>` {
		t.Errorf("mdText: %q", got)
	}
	for in, want := range map[string]Format{"HTML": HTML, "markdown": Markdown, "tei": TEI} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Errorf("pdf parsed")
	}
}

// TestWriteReportTMX writes a translation memory of a source and its
// rendering, and refuses versions in one language.
func TestWriteReportTMX(t *testing.T) {
	texts := []string{"Встреча прошла 19 июля.\n\nСпасибо.", "The meeting took place on 19 July.\n\nThank you."}
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: []string{"ru", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	r := &Report{Briefing: Briefing{Title: "Talks & <news>"}, Result: res, Tool: "Variorum 0.1.0",
		Versions: []Version{{Label: "ru", Language: "ru", SHA256: "abc"}, {Label: "en", Language: "en"}}}
	var b bytes.Buffer
	if err := Write(&b, TMXMemory, r, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{`srclang="ru"`, `xml:lang="en"`, "Talks &amp; &lt;news&gt;", "Встреча прошла 19 июля.", "The meeting took place on 19 July.", `creationtoolversion="0.1.0"`} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%s", want, s)
		}
	}
	one, err := compare.Compare(context.Background(), texts[:1:1], compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Result, r.Versions = one, r.Versions[:1]
	if err := Write(&b, TMXMemory, r, WriteOptions{}); !errors.Is(err, ErrNoTranslation) {
		t.Errorf("one language: %v, want ErrNoTranslation", err)
	}
}

// TestTEIBodyNeverEmpty: TEI P5's <body> must hold at least one
// division or block (body.xml content model: a required choice of
// model.divLike+, model.div1Like+ or model.common+). When no version has
// a row (texts of nothing but zero-width spaces, which "variorum import"
// accepts), the body still holds an element.
func TestTEIBodyNeverEmpty(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
	}{
		{"zero-width spaces only", []string{"\u200b\n", "\u200b\u200b\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, tt.texts, []string{"a", "b"}, nil, Briefing{Title: "T"})
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				return // refusing is fine too
			}
			var doc struct {
				Body struct {
					Children []struct{ XMLName xml.Name } `xml:",any"`
				} `xml:"text>body"`
			}
			if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			if len(doc.Body.Children) == 0 {
				t.Errorf("<body> has no element (invalid TEI P5; want e.g. an empty <p/> or <div/>, or an error):\n%s", buf.String())
			}
		})
	}
}

// TestTEIKeepsEveryNote: a researcher's note must be in the TEI
// whatever byte it starts on, as in the HTML, JSON and Markdown exports
// (index.rowOf takes the cell before a position between cells): a note
// starting on the space between two sentences, an insertion-point note
// right after a sentence's full stop, or one at the end of the text.
func TestTEIKeepsEveryNote(t *testing.T) {
	texts := []string{"One two three. Four five six.\n\nSeven eight.\n", "One two four. Four five six.\n\nSeven eight.\n"}
	b := texts[1]
	space := strings.Index(b, " Four")
	afterSix := strings.Index(b, "six.") + len("six.")
	tests := []struct {
		name string
		note Note
	}{
		{"starts on the space between sentences", Note{Version: 1, Start: space, End: space + 5, Text: "NOTE-SPACE"}},
		{"insertion point after a full stop", Note{Version: 1, Start: afterSix, End: afterSix, Text: "NOTE-AFTER-STOP"}},
		{"spans a paragraph break", Note{Version: 1, Start: afterSix, End: afterSix + 7, Text: "NOTE-BREAK"}},
		{"at the end of the text", Note{Version: 1, Start: len(b), End: len(b), Text: "NOTE-EOF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, texts, []string{"a", "b"}, nil, Briefing{Title: "T"})
			r.Notes = []Note{tt.note}
			for _, f := range []Format{JSON, HTML, Markdown} { // the other exports keep it
				var buf bytes.Buffer
				if err := Write(&buf, f, r, WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(buf.String(), tt.note.Text) {
					t.Fatalf("%s lacks the note too: the test is wrong", f)
				}
			}
			var buf bytes.Buffer
			if err := WriteTEI(&buf, r); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tt.note.Text) {
				t.Errorf("the note %q (bytes %d-%d) is missing from the TEI", tt.note.Text, tt.note.Start, tt.note.End)
			}
		})
	}
}

// TestCSVGuardSpecialFloats: cell leaves a "+" or "-" cell alone only
// when a spreadsheet reads it as a number; Go's own spellings ("-Inf",
// "+Infinity", hex floats, digit-separating underscores) are formulas to
// Excel and LibreOffice and would show as #NAME?.
func TestCSVGuardSpecialFloats(t *testing.T) {
	for _, in := range []string{"-Inf", "+inf", "-Infinity", "-0x1p3", "+0x10p0", "+1_000"} {
		if got := cell(in); got != "'"+in {
			t.Errorf("cell(%q) = %q, want %q (a spreadsheet runs it as a formula)", in, got, "'"+in)
		}
	}
	// Sanity: real numbers stay numbers.
	for _, in := range []string{"-5", "+3.25", "-1e5"} {
		if got := cell(in); got != in {
			t.Errorf("cell(%q) = %q", in, got)
		}
	}
}

// TestHTMLNoControlCharacters: the page holds none of the C0 controls
// HTML forbids in a document ("control-character-in-input-stream" parse
// errors, shown as boxes), neither in the cells nor in a version's label,
// source and note, the briefing's title or the researcher's notes.
func TestHTMLNoControlCharacters(t *testing.T) {
	tests := []struct {
		name  string
		patch func(r *Report)
	}{
		{"label", func(r *Report) { r.Versions[1].Label = "Reuters\x01\x08" }},
		{"briefing title", func(r *Report) { r.Briefing.Title = "Briefing\x1b[31m" }},
		{"version note", func(r *Report) { r.Versions[0].Note = "pasted\x07" }},
		{"researcher's note", func(r *Report) { r.Notes = []Note{{Version: 0, Start: 0, End: 3, Text: "odd\x0b"}} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{"One two three.\n", "One two four.\n"}, []string{"a", "b"}, nil, Briefing{Title: "T"})
			tt.patch(r)
			var buf bytes.Buffer
			if err := WriteHTML(&buf, r); err != nil {
				t.Fatal(err)
			}
			for i, c := range buf.Bytes() {
				if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
					t.Errorf("control character %#x at byte %d of the HTML", c, i)
					break
				}
			}
		})
	}
}

// TestMarkdownOneLinePerItem: a label or title with a line break does
// not split its heading or list item, where what follows would be read
// as new Markdown: "---" a rule (or the line above a heading), "1. x" a
// new list, four spaces a code block.
func TestMarkdownOneLinePerItem(t *testing.T) {
	tests := []struct {
		name   string
		patch  func(r *Report)
		marker string
	}{
		{"label in the change list", func(r *Report) { r.Versions[1].Label = "wire\n\n---\n\n1. INJECTED" }, "INJECTED"},
		{"title", func(r *Report) { r.Briefing.Title = "Briefing\n\n    INJECTED code block" }, "INJECTED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := textReport(t, []string{"One two three.\n", "One two four.\n"}, []string{"a", "b"}, nil, Briefing{Title: "T"})
			tt.patch(r)
			var buf bytes.Buffer
			if err := WriteMarkdown(&buf, r, 0); err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(buf.String(), "\n") {
				if strings.Contains(line, tt.marker) && !strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "|") {
					t.Errorf("the text starts a line of its own: %q\n%s", line, buf.String())
				}
			}
		})
	}
}

// TestHTMLLegendSaysWhoseRemovals: with Russian as the base, the English
// repost's column marks what the English revision removed, and the
// legend says so; with the repost as the base, the base column does.
func TestHTMLLegendSaysWhoseRemovals(t *testing.T) {
	texts := []string{"Министр встретился с коллегами в Москве.", "The minister met his colleagues in Moscow.",
		"The minister met colleagues in Moscow."}
	versions := []Version{{Label: "ru", Language: "ru"}, {Label: "blog-en", Language: "en"}, {Label: "revised-en", Language: "en"}}
	for _, tc := range []struct {
		base int
		want string
	}{
		{0, "The blog-en column marks what revised-en removed or changed."},
		{1, "The base column marks what revised-en removed or changed."},
	} {
		res, err := compare.Compare(context.Background(), texts, compare.Options{Base: tc.base, Languages: []string{"ru", "en", "en"}})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := Write(&b, HTML, &Report{Result: res, Versions: versions, Tool: "Variorum test"}, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		if !strings.Contains(s, tc.want) {
			t.Errorf("base %d: the legend does not say %q", tc.base, tc.want)
		}
		// In the aligned table, not only in the list of changes.
		table := s[strings.Index(s, `class="aligned"`):]
		table = table[:strings.Index(table, "</table>")]
		if !strings.Contains(table, `<span class="del">his</span>`) {
			t.Errorf("base %d: the removed word is not marked as removed in the table", tc.base)
		}
	}
}

// TestHTMLNamesWhiteSpaceChanges: a change of white space alone (a line
// re-wrapped, a paragraph split) is named in the report's list of
// changes, where its cells were empty.
func TestHTMLNamesWhiteSpaceChanges(t *testing.T) {
	r := textReport(t, []string{"One two three four.\n\nFive six seven. Eight nine.\n", "One two\nthree four.\n\nFive six seven.\n\nEight nine.\n"},
		[]string{"a", "b"}, nil, Briefing{Title: "T"})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{`<span class="ws" title="white space only">(space)</span>`,
		`<span class="ws" title="white space only">(line break)</span>`,
		`<span class="ws" title="white space only">(paragraph break)</span>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the report does not hold %s", want)
		}
	}
	if strings.Contains(page, `<span class="del"></span></td><td class="text" dir="ltr"><span class="ins"></span>`) {
		t.Error("a change with both cells empty")
	}
}

func TestSpaceName(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		ok      bool
	}{
		{"", "", false}, {"a b", "", false}, {" ", "(space)", true}, {"\n", "(line break)", true},
		{" \n\n", "(paragraph break)", true}, {"\u00a0 ", "(no-break space, space)", true}, {"\u2003", "(space U+2003)", true},
		{"\r\n", "(line break)", true}, {"\u2028", "(line break)", true}, {"\u2029", "(paragraph break)", true}, {"\r\n\r\n", "(paragraph break)", true},
		{"  ", "(2 × space)", true}, {"\u200b", "(U+200B)", true},
	} {
		if got, ok := SpaceName(tc.s); got != tc.want || ok != tc.ok {
			t.Errorf("SpaceName(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
		}
	}
}

// TestMarkdownVersionsCiteTheirAddress: the versions table gives each
// version's address beside its source, a link where it is a web one.
func TestMarkdownVersionsCiteTheirAddress(t *testing.T) {
	for _, tc := range []struct {
		source, url, want string
	}{
		{"MFA", "https://example.org/a?id=1", "| MFA <https://example.org/a?id=1> |"},
		{"", "http://example.org/b", "| <http://example.org/b> |"},
		{"Archive", "file:///home/x/a|b.txt", `| Archive file:///home/x/a\|b.txt |`},
		{"Blog", "", "| Blog |"},
	} {
		r := smallReport(t)
		r.Versions[0].Source, r.Versions[0].URL = tc.source, tc.url
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, r, 0); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tc.want) {
			t.Errorf("source %q, URL %q: no %q in\n%s", tc.source, tc.url, tc.want, buf.String())
		}
	}
}
