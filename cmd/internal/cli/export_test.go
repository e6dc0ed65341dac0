package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// sampleLibrary makes a library holding the sample briefing and a note on
// the revision's new name, and returns its path.
func sampleLibrary(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	lib, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	b, err := lib.ImportSample(ctx, assets.Sample())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := lib.Versions(ctx, b.ID)
	if err != nil || len(vs) != 4 {
		t.Fatalf("sample versions: %v, %d", err, len(vs))
	}
	rev, err := lib.Version(ctx, vs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(rev.Text, "Murat")
	if _, err := lib.AddNote(ctx, data.Note{VersionID: rev.ID, Start: at, End: at + len("Murat"), Text: "Name corrected silently"}); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportSample exports the sample briefing, all four versions with
// blog-en as the base, in every format, and checks what a reader looks
// for: the name change, the moved paragraph, the changed date flagged as a
// number, the note.
func TestExportSample(t *testing.T) {
	lib := sampleLibrary(t)
	dir := t.TempDir()
	tests := []struct {
		format string
		check  func(t *testing.T, b []byte)
	}{
		{"html", checkHTML},
		{"csv", checkCSV},
		{"json", checkJSON},
		{"tei", checkTEI},
		{"md", checkMarkdown},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(dir, "sample."+tt.format)
			code, stdout, errs := runCLI(t, "--library", lib, "export", "--format", tt.format, "-o", out)
			if code != 0 || !strings.Contains(stdout, "4 versions") {
				t.Fatalf("exit %d: %q %q", code, stdout, errs)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, b)
		})
	}
}

func checkHTML(t *testing.T, b []byte) {
	s := string(b)
	for _, bad := range []string{"<script", "src=\"http", "href=\"http", "@import", "url(http"} {
		if strings.Contains(strings.ToLower(s), bad) {
			t.Errorf("the report holds %q: it must be self-contained", bad)
		}
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var cols, rows, numbers int
	var hasMurat, hasNote bool
	walk(doc, func(n *html.Node) {
		switch {
		case n.Type == html.ElementNode && n.Data == "table" && attr(n, "class") == "aligned":
			walk(n, func(m *html.Node) {
				switch {
				case m.Type == html.ElementNode && m.Data == "th":
					cols++
				case m.Type == html.ElementNode && m.Data == "tr":
					rows++
				case m.Type == html.ElementNode && m.Data == "span" && strings.Contains(attr(m, "class"), "num") && text(m) == "18":
					numbers++
				case m.Type == html.ElementNode && m.Data == "span" && attr(m, "class") == "ins" && text(m) == "Murat":
					hasMurat = true
				case m.Type == html.ElementNode && attr(m, "class") == "aside" && strings.Contains(text(m), "Name corrected"):
					hasNote = true
				}
			})
		}
	})
	if cols != 5 || rows < 100 {
		t.Errorf("aligned table: %d header cells (want row + 4 versions), %d rows", cols, rows)
	}
	if numbers == 0 || !hasMurat || !hasNote {
		t.Errorf("highlights: changed date 18 marked as a number %d times, Murat marked added %v, note on its row %v", numbers, hasMurat, hasNote)
	}
	if !strings.Contains(s, "@media print") || !strings.Contains(s, "content-visibility") {
		t.Errorf("no print CSS or no content-visibility")
	}
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(m *html.Node) {
		if m.Type == html.TextNode {
			b.WriteString(m.Data)
		}
	})
	return b.String()
}

func checkCSV(t *testing.T, b []byte) {
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := recs[0]
	col := func(name string) int {
		for i, h := range head {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, head)
		return -1
	}
	kind, flags, before, after, to, notes, row := col("kind"), col("flags"), col("before"), col("after"), col("to"), col("notes"), col("row")
	// 84 changes: rewritten sentences keep the runs of words they share
	// unchanged, which cuts a few replacements in two or three, a word
	// that stops opening its sentence stays (its capital a trivial
	// change), a word put elsewhere in its sentence is one move ("steps to
	// develop the CSTO further" -> "steps to further develop the CSTO"),
	// and the revised post splits a paragraph and joins two (trivial
	// changes); after the abridged post's "<...>" a sentence opens, so
	// its first word's capital is its sentence's and the words around
	// it are diffed apart.
	// The translation check's findings on the Russian original follow them.
	changes, findings := 0, 0
	for _, r := range recs[1:] {
		if r[flags] == "finding" {
			findings++
		} else if findings == 0 {
			changes++
		} else {
			t.Errorf("change %v after a finding: findings come last", r)
		}
	}
	if changes != 84 || findings == 0 {
		t.Errorf("%d changes and %d findings, want 84 and some", changes, findings)
	}
	if r := recs[1]; !strings.Contains(r[flags], "number") {
		t.Errorf("first change %v: numbers come first", r)
	}
	found := map[string]bool{}
	for _, r := range recs[1:] {
		switch {
		case r[to] == "revised-en" && r[before] == "19" && r[after] == "18" && strings.Contains(r[flags], "number"):
			found["date"] = true
		case r[to] == "revised-en" && r[before] == "Mikhail" && r[after] == "Murat":
			found["name"] = r[notes] == "Name corrected silently" && r[row] != "0"
		case r[to] == "revised-en" && r[kind] == "move" && strings.HasPrefix(r[after], "The Statement dedicated"):
			found["move"] = true
		}
	}
	if !found["date"] || !found["name"] || !found["move"] {
		t.Errorf("found %v; want the date, the name (with its note) and the move", found)
	}
}

func checkJSON(t *testing.T, b []byte) {
	var doc struct {
		Versions []struct {
			Name   string `json:"name"`
			SHA256 string `json:"sha256"`
		} `json:"versions"`
		Base    int `json:"base"`
		Changes []struct {
			Kind  string   `json:"kind"`
			B     int      `json:"b"`
			AText string   `json:"a_text"`
			BText string   `json:"b_text"`
			Flags []string `json:"flags"`
			Row   int      `json:"row"`
		} `json:"changes"`
		Alignment []struct {
			Cells    []*struct{ Start, End int } `json:"cells"`
			Readings []*string                   `json:"readings"`
		} `json:"alignment"`
		Findings []struct {
			Version int `json:"version"`
		} `json:"findings"`
		Notes []struct{ Text string } `json:"notes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Versions) != 4 || doc.Versions[0].Name != "blog-en" || len(doc.Versions[0].SHA256) != 64 || doc.Base != 0 {
		t.Errorf("versions %+v base %d", doc.Versions, doc.Base)
	}
	var date, name, move bool
	for _, c := range doc.Changes {
		date = date || c.AText == "19" && c.BText == "18" && len(c.Flags) > 0 && c.Flags[0] == "number"
		name = name || c.AText == "Mikhail" && c.BText == "Murat"
		move = move || c.Kind == "move" && strings.HasPrefix(c.BText, "The Statement dedicated")
	}
	if !date || !name || !move {
		t.Errorf("date %v, name %v, move %v", date, name, move)
	}
	shared, differ := 0, 0
	for _, r := range doc.Alignment {
		if len(r.Readings) != 4 {
			t.Fatalf("a row with %d readings, want one per version", len(r.Readings))
		}
		if r.Readings[0] != nil && r.Readings[1] != nil {
			if *r.Readings[0] == *r.Readings[1] {
				shared++
			} else {
				differ++
			}
		}
	}
	if shared == 0 || differ == 0 {
		t.Errorf("blog-en and revised-en share %d readings, differ in %d", shared, differ)
	}
	for _, f := range doc.Findings {
		if f.Version != 2 {
			t.Errorf("a finding on version %d: only ru is a translation", f.Version)
		}
	}
	if len(doc.Findings) == 0 || len(doc.Notes) != 1 {
		t.Errorf("%d findings, %d notes", len(doc.Findings), len(doc.Notes))
	}
}

func checkTEI(t *testing.T, b []byte) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	witnesses := map[string]bool{}
	var refs []string
	var apps, rdgs, rdgsInApp int
	var root xml.Name
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if root.Local == "" {
				root = el.Name
			}
			switch el.Name.Local {
			case "witness":
				for _, a := range el.Attr {
					if a.Name.Local == "id" && a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
						witnesses[a.Value] = true
					}
				}
			case "app":
				apps++
				rdgsInApp = 0
			case "rdg":
				rdgs++
				rdgsInApp++
				for _, a := range el.Attr {
					if a.Name.Local == "wit" {
						refs = append(refs, strings.Fields(a.Value)...)
					}
				}
			}
		case xml.EndElement:
			if el.Name.Local == "app" && rdgsInApp < 2 {
				t.Errorf("an app with %d readings", rdgsInApp)
			}
		}
	}
	if root.Space != "http://www.tei-c.org/ns/1.0" || root.Local != "TEI" {
		t.Errorf("root %v", root)
	}
	if len(witnesses) != 4 || apps == 0 {
		t.Errorf("%d witnesses, %d apps", len(witnesses), apps)
	}
	for _, r := range refs {
		if !strings.HasPrefix(r, "#") || !witnesses[r[1:]] {
			t.Errorf("wit %q names no witness", r)
		}
	}
	if !strings.Contains(string(b), `<rdg wit="#w2" xml:lang="en">`) || !strings.Contains(string(b), "Murat Nurtleu") {
		t.Errorf("no reading of revised-en alone, or no Murat Nurtleu")
	}
}

func checkMarkdown(t *testing.T, b []byte) {
	s := string(b)
	for _, want := range []string{"# Sergey Lavrov", "| blog-en (base) |", "`19` → `18`", "`Mikhail` → `Murat`", "moved `The Statement dedicated", "## Translation check", "Name corrected silently"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the summary", want)
		}
	}
	if i, j := strings.Index(s, "`19` → `18`"), strings.Index(s, "`Mikhail` → `Murat`"); i > j {
		t.Errorf("the number change comes after the name change")
	}
}

// TestExportOptions: overwriting needs --force, --bom, --versions by
// label and ID, --base, and mistakes reported.
func TestExportOptions(t *testing.T) {
	lib := sampleLibrary(t)
	out := filepath.Join(t.TempDir(), "changes.csv")
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib, "export"}, args...)...)
	}
	if code, _, errs := cli("--versions", "blog-en,2", "--bom", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if !bytes.HasPrefix(b, []byte("\uFEFFfrom,to,")) || bytes.Contains(b, []byte("abridged-en")) {
		t.Errorf("want a BOM and two versions: %.80q", b)
	}
	if code, _, errs := cli("-o", out); code != 1 || !strings.Contains(errs, "exists") || !strings.Contains(errs, "--force") {
		t.Errorf("overwrite without --force: exit %d, %q", code, errs)
	}
	if after, _ := os.ReadFile(out); !bytes.Equal(after, b) {
		t.Errorf("the refused export changed the file")
	}
	if code, _, errs := cli("--force", "--base", "1", "--versions", "blog-en,revised-en", "-o", out); code != 0 {
		t.Errorf("--force: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("from,to,")) || !bytes.Contains(b, []byte("revised-en,blog-en,")) {
		t.Errorf("base revised-en: %.120q", b)
	}
	// The summary counts the changes written.
	js := filepath.Join(t.TempDir(), "r.json")
	code, said, errs := cli("--hide-trivial", "--versions", "blog-en,revised-en", "-o", js)
	if code != 0 {
		t.Fatalf("--hide-trivial: exit %d, %q", code, errs)
	}
	var rep struct {
		Changes []json.RawMessage `json:"changes"`
	}
	if b, err := os.ReadFile(js); err != nil || json.Unmarshal(b, &rep) != nil {
		t.Fatalf("reading %s: %v", js, err)
	}
	if want := fmt.Sprintf(", %d changes", len(rep.Changes)); !strings.Contains(said, want) {
		t.Errorf("--hide-trivial: said %q, wrote %d changes", said, len(rep.Changes))
	}
	other := strings.TrimSuffix(out, ".csv") + "-2.csv"
	for _, bad := range []struct {
		args []string
		code int // 2 for a mistake in the call, 1 for what the library lacks
		msg  string
	}{
		{[]string{"--format", "pdf", "-o", out}, 2, "pdf"},
		{[]string{"--versions", "nope", "-o", other}, 1, "nope"},
		{[]string{"--briefing", "nope", "-o", other}, 1, "nope"},
		{[]string{"--base", "7", "-o", other}, 2, "--base 7 out of range"},
		{[]string{"--format", "md"}, 2, "-o"},
	} {
		if code, _, errs := cli(bad.args...); code != bad.code || !strings.Contains(errs, bad.msg) {
			t.Errorf("%v: exit %d, %q; want exit %d and %q", bad.args, code, errs, bad.code, bad.msg)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("%d files left in the folder, want the one report (no temporary files)", len(entries))
	}
}

// TestExportTMX writes the sample's Russian transcript and the blog's
// English as a translation memory: well-formed TMX, the briefing's title
// in its header, and the greeting as one unit.
func TestExportTMX(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := runCLI(t, "--library", lib, "sample"); code != 0 {
		t.Fatalf("sample: %s", errs)
	}
	out := filepath.Join(t.TempDir(), "memory.tmx")
	code, _, errs := runCLI(t, "--library", lib, "export", "--versions", "ru,blog-en", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var tmx struct {
		Header struct {
			SrcLang string `xml:"srclang,attr"`
			Props   []struct {
				Type  string `xml:"type,attr"`
				Value string `xml:",chardata"`
			} `xml:"prop"`
		} `xml:"header"`
		TUs []struct {
			Segs []string `xml:"tuv>seg"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(b, &tmx); err != nil {
		t.Fatalf("not well-formed: %v", err)
	}
	title := ""
	for _, p := range tmx.Header.Props {
		if p.Type == "x-briefing" {
			title = p.Value
		}
	}
	if tmx.Header.SrcLang != "ru" || !strings.Contains(title, "Lavrov") || len(tmx.TUs) < 50 {
		t.Fatalf("srclang %q, briefing %q, %d units", tmx.Header.SrcLang, title, len(tmx.TUs))
	}
	found := false
	for _, tu := range tmx.TUs {
		found = found || strings.HasPrefix(tu.Segs[0], "Уважаемые коллеги") && strings.Contains(tu.Segs[1], "Colleagues")
	}
	if !found {
		t.Error("no unit holds the greeting in both languages")
	}
	// Versions all in one language make no memory.
	code, _, errs = runCLI(t, "--library", lib, "export", "--versions", "blog-en,revised-en", "--force", "-o", out)
	if code == 0 || !strings.Contains(errs, "another language") {
		t.Errorf("English only: exit %d, %q", code, errs)
	}
}

// TestPickVersions: versions are named by ID or label; a label two
// versions share is refused with their IDs instead of taking the first.
func TestPickVersions(t *testing.T) {
	all := []data.Version{{ID: 1, Label: "report"}, {ID: 2, Label: "report"}, {ID: 3, Label: "ru"}, {ID: 24, Label: "2"}, {ID: 25, Label: "12"}}
	library := map[int64]bool{1: true, 2: true, 3: true, 12: true, 24: true, 25: true}
	for _, tc := range []struct {
		names   []string
		ids     map[int64]bool
		wantIDs []int64
		wantErr string
	}{
		{nil, nil, []int64{1, 2, 3, 24, 25}, ""},
		{[]string{"3", "1"}, nil, []int64{3, 1}, ""},
		{[]string{"ru", "1"}, nil, []int64{3, 1}, ""},
		{[]string{"report"}, nil, nil, `2 versions are labelled "report" (IDs 1, 2): give an ID`},
		{[]string{"nope"}, nil, nil, `no version "nope"`},
		// A label of digits that is another version's ID, here or
		// elsewhere in the library, is refused, not read two ways.
		{[]string{"2", "3"}, nil, nil, `"2" is version 24's label and version 2's ID`},
		{[]string{"12", "3"}, library, nil, `"12" is version 25's label and version 12's ID`},
		{[]string{"12", "3"}, map[int64]bool{3: true, 25: true}, []int64{25, 3}, ""},
		{[]string{"24", "25"}, library, []int64{24, 25}, ""},
	} {
		got, err := pickVersions(all, tc.names, tc.ids)
		var ids []int64
		for _, v := range got {
			ids = append(ids, v.ID)
		}
		if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) || tc.wantErr == "" && (err != nil || !slices.Equal(ids, tc.wantIDs)) {
			t.Errorf("%q: %v, %v; want %v, %q", tc.names, ids, err, tc.wantIDs, tc.wantErr)
		}
	}
}

// TestExportTMXSummary: the line after a TMX export says what the memory
// holds (the base and its rendering), not the comparison's versions and
// changes, which a memory does not hold.
func TestExportTMXSummary(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := runCLI(t, "--library", lib, "sample"); code != 0 {
		t.Fatalf("sample: %s", errs)
	}
	out := filepath.Join(t.TempDir(), "m.tmx")
	code, stdout, errs := runCLI(t, "--library", lib, "export", "--format", "tmx", "--base", "2", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "translation memory of ru and ") || strings.Contains(stdout, " changes") {
		t.Errorf("summary for a TMX: %q", strings.TrimSpace(stdout))
	}
	// From an English base, the memory still translates from the Russian
	// original.
	code, stdout, errs = runCLI(t, "--library", lib, "export", "--force", "--format", "tmx", "--versions", "blog-en,ru", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(stdout, "translation memory of ru and blog-en") || !bytes.Contains(b, []byte(`srclang="ru"`)) {
		t.Errorf("memory from an English base: %q, %.300s", strings.TrimSpace(stdout), b)
	}
}

// TestExportPicksVersions: without --briefing, export takes the first
// briefing with two versions to compare (not a newer one holding one),
// and versions named by ID may come from several briefings; a version
// named twice is refused.
func TestExportPicksVersions(t *testing.T) {
	lib := sampleLibrary(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "later.txt")
	if err := os.WriteFile(file, []byte("A later briefing, with one version.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, _, errs := cli("import", "--new-briefing", "Later", "--date", "2030-01-01", file); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	if code, out, errs := cli("export", "-o", filepath.Join(dir, "a.json")); code != 0 || !strings.Contains(out, "4 versions") {
		t.Fatalf("export of the default briefing: exit %d, %q %q", code, out, errs)
	}
	code, out, errs := cli("list", "--json")
	if code != 0 {
		t.Fatalf("list: %s", errs)
	}
	var bs []struct {
		Slug     string `json:"slug"`
		Versions []struct {
			ID int64 `json:"id"`
		} `json:"version_list"`
	}
	if err := json.Unmarshal([]byte(out), &bs); err != nil || len(bs) != 2 {
		t.Fatalf("list --json: %v, %d briefings", err, len(bs))
	}
	ids := []string{}
	for _, b := range bs {
		ids = append(ids, strconv.FormatInt(b.Versions[0].ID, 10))
	}
	across := strings.Join(ids, ",")
	if code, out, errs := cli("export", "--versions", across, "-o", filepath.Join(dir, "b.json")); code != 0 || !strings.Contains(out, "2 versions") {
		t.Errorf("export --versions %s across briefings: exit %d, %q %q", across, code, out, errs)
	}
	if code, _, errs := cli("export", "--versions", ids[0]+","+ids[0], "-o", filepath.Join(dir, "c.json")); code != 1 || !strings.Contains(errs, "twice") {
		t.Errorf("export of one version twice: exit %d, %q", code, errs)
	}
}

// TestExportProvenance: what a citation needs of a version (when it was
// retrieved, the user's note on it) and the briefing's note are in every
// report format.
func TestExportProvenance(t *testing.T) {
	lib := sampleLibrary(t)
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, _, errs := cli("edit", "2", "--retrieved", "2024-06-22", "--note", "Saved from the ministry's site & checked"); code != 0 {
		t.Fatalf("edit: %s", errs)
	}
	if code, _, errs := cli("briefing", "csto-2024-06-21", "--note", "Transcript <official>"); code != 0 {
		t.Fatalf("briefing: %s", errs)
	}
	dir := t.TempDir()
	for _, f := range []string{"json", "html", "md", "tei"} {
		out := filepath.Join(dir, "r."+f)
		if code, _, errs := cli("export", "--format", f, "-o", out); code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if f == "json" {
			var js struct {
				Briefing struct{ Note string } `json:"briefing"`
				Versions []struct {
					Retrieved string `json:"retrieved"`
					Note      string `json:"note"`
				} `json:"versions"`
			}
			if err := json.Unmarshal(b, &js); err != nil {
				t.Fatal(err)
			}
			text = js.Briefing.Note + "|" + js.Versions[1].Retrieved + "|" + js.Versions[1].Note
		} else if f == "md" {
			text = strings.ReplaceAll(text, `\`, "") // Markdown's escapes
		} else {
			text = html.UnescapeString(text)
		}
		for _, want := range []string{"2024-06-22", "Saved from the ministry's site & checked", "Transcript <official>"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s export lacks %q", f, want)
			}
		}
	}
}

// TestExportLabelsInDefaultBriefing: labels every briefing may have
// ("ru", "blog-en") name the default briefing's versions first.
func TestExportLabelsInDefaultBriefing(t *testing.T) {
	lib := sampleLibrary(t)
	dir := t.TempDir()
	for _, name := range []string{"ru.txt", "blog-en.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Another briefing's "+name+" text.\n"), 0o644)
	}
	cli := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--library", lib}, args...)...)
	}
	if code, _, errs := cli("import", "--new-briefing", "Other", "--date", "2020-01-01", filepath.Join(dir, "ru.txt"), filepath.Join(dir, "blog-en.txt")); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	if code, out, errs := cli("export", "--versions", "ru,blog-en", "-o", filepath.Join(dir, "r.json")); code != 0 || !strings.Contains(out, "2 versions") {
		t.Errorf("export --versions ru,blog-en: exit %d, %q %q", code, out, errs)
	}
}

// TestExportNeverReplacesLibrary: export -o naming the library (or a link
// to it), even with --force, is refused and the library stays whole.
func TestExportNeverReplacesLibrary(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "library.db")
	if code, _, errs := runCLI(t, "--library", lib, "sample"); code != 0 {
		t.Fatalf("sample: %s", errs)
	}
	link := filepath.Join(dir, "report.html")
	if err := os.Symlink("library.db", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	for _, out := range []string{lib, link} {
		code, _, errs := runCLI(t, "--library", lib, "export", "--format", "html", "--force", "-o", out)
		if code != 1 || !strings.Contains(errs, "a report must not replace") {
			t.Errorf("-o %s: exit %d, %q", filepath.Base(out), code, errs)
		}
	}
	if code, out, errs := runCLI(t, "--library", lib, "list"); code != 0 || !strings.Contains(out, "revised-en") {
		t.Errorf("the library after the refused exports: exit %d, %q %q", code, out, errs)
	}
}

// importFiles writes files (name -> content) and imports them into a new
// library as one briefing; it returns the library's path.
func importFiles(t *testing.T, files [][2]string, extra ...string) string {
	t.Helper()
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.db")
	args := append([]string{"--library", lib, "import", "--new-briefing", "Review"}, extra...)
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	if code, _, errs := runCLI(t, args...); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	return lib
}

// TestExportTMXUndeterminedLanguage: a Russian transcript (its
// language detected) and a short English rendering whose language import
// could not tell. The memory's English side would be <tuv
// xml:lang="und-Latn">, which no CAT tool matches to English: export
// refuses, as "variorum align --format tmx" does, rather than write a
// memory that never matches.
func TestExportTMXUndeterminedLanguage(t *testing.T) {
	lib := importFiles(t, [][2]string{{"ru.txt", "Да, 19 июля.\n"}, {"en.txt", "Yes, 19 July.\n"}})
	code, out, errs := runCLI(t, "--library", lib, "export", "--format", "tmx", "-o", "-")
	if code != 1 || strings.Contains(out, `lang="und`) || !strings.Contains(errs, "edit") {
		t.Errorf("exit %d (want 1, and how to set the language), stderr %q, memory:\n%s", code, errs, out)
	}
}

// TestExportTEINoteAtSentenceEnd: the researcher's note that the
// sample's revision silently changed a name, placed as an insertion point
// right after the sentence (where a note "a sentence is missing here"
// goes), is in every export, the TEI too.
func TestExportTEINoteAtSentenceEnd(t *testing.T) {
	lib := sampleLibrary(t)
	ctx := context.Background()
	l, err := data.Open(ctx, lib)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := l.Briefings(ctx)
	if err != nil || len(bs) == 0 {
		t.Fatal(err)
	}
	vs, err := l.Versions(ctx, bs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := l.Version(ctx, vs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(rev.Text, "Murat")
	at += strings.IndexByte(rev.Text[at:], '.') + 1 // just after the sentence's full stop
	if _, err := l.AddNote(ctx, data.Note{VersionID: rev.ID, Start: at, End: at, Text: "NOTE-AFTER-STOP sentence missing here?"}); err != nil {
		t.Fatal(err)
	}
	l.Close()
	for _, f := range []string{"json", "html", "md", "tei"} {
		code, out, errs := runCLI(t, "--library", lib, "export", "--format", f, "-o", "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errs)
		}
		if !strings.Contains(out, "NOTE-AFTER-STOP") {
			t.Errorf("%s export lacks the note at byte %d of %s", f, at, rev.Label)
		}
	}
}

// TestFormatFor: the format comes from --format, else from the file's
// extension; a name without one (standard output) is HTML, and an
// extension no format has is refused, not written as HTML.
func TestFormatFor(t *testing.T) {
	for _, tc := range []struct {
		flag, path string
		want       export.Format
		fails      bool
	}{
		{"", "report.html", export.HTML, false},
		{"", "report.HTM", export.HTML, false},
		{"", "report", export.HTML, false},
		{"", "-", export.HTML, false},
		{"", "changes.csv", export.CSV, false},
		{"", "edition.tei.xml", export.TEI, false},
		{"", "memory.tmx", export.TMXMemory, false},
		{"", "out.xlsx", "", true},
		{"", "out.txt", "", true},
		{"csv", "out.txt", export.CSV, false},
		{"pdf", "out.html", "", true},
	} {
		got, err := formatFor(tc.flag, tc.path)
		if (err != nil) != tc.fails || got != tc.want {
			t.Errorf("formatFor(%q, %q) = %q, %v; want %q, failing %v", tc.flag, tc.path, got, err, tc.want, tc.fails)
		}
	}
}
