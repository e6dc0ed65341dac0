package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// TestWriteDiffJSONMatchesEncodingJSON checks the hand-written encoder
// against encoding/json on real results and awkward strings.
func TestWriteDiffJSONMatchesEncodingJSON(t *testing.T) {
	texts := []string{
		"He said \"no\" \\ then\tleft.\n\nЛавров — министр. Line\u2028sep. Bell\x07 here. Bad \xff byte.",
		"He said “yes” / then\tstayed.\n\nЛавров – министр! Line sep. Bell here. Bad byte.",
		"",
	}
	res, err := compare.Compare(context.Background(), texts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := diffJSON{Base: 0, Changes: res.Changes, Alignment: res.Rows,
		Versions: []export.DiffVersion{{Index: 0, Name: "a \"quoted\".txt", Bytes: 1, Reference: -1}, {Index: 1, Name: "b/ü.txt", Bytes: 2, Language: "en", Reference: -1, Translated: true}, {Index: 2, Name: "c", Reference: 1, FileOffsets: true}}}
	var mine bytes.Buffer
	if err := writeDiffJSON(&mine, out); err != nil {
		t.Fatal(err)
	}
	std, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal(mine.Bytes(), &a); err != nil {
		t.Fatalf("hand-written JSON does not parse: %v\n%s", err, mine.String())
	}
	if err := json.Unmarshal(std, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("documents differ\nmine: %s\n std: %s", mine.String(), std)
	}
}

// TestDiffJSONFileOffsets: a version's offsets are said to be its file's
// only where decoding left the file's bytes as they were.
func TestDiffJSONFileOffsets(t *testing.T) {
	dir := t.TempDir()
	files := []struct {
		name, text string
		want       bool
	}{
		{"utf8.txt", "Café au lait.\nSecond line.\n", true},
		{"crlf.txt", "Café au lait.\r\nSecond line.\r\n", false},
		{"nfd.txt", "Cafe\u0301 au lait.\nSecond line.\n", false},
		{"bom.txt", "\uFEFFCafé au lait.\nSecond line.\n", false},
		{"page.html", "<p>Café au lait.</p><p>Second line.</p>", false},
	}
	var args []string
	for _, f := range files {
		args = append(args, writeFile(t, dir, f.name, f.text))
	}
	got, _ := diffJSONOf(t, args...)
	for i, f := range files {
		if v := got.Versions[i]; v.FileOffsets != f.want {
			t.Errorf("%s: file_offsets %v, want %v", f.name, v.FileOffsets, f.want)
		}
	}
}
