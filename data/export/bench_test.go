package export

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/variorum/variorum/compare"
)

// revisions is the public evaluation set: NNN.a.txt and NNN.b.txt, 20
// pairs of about 50 KB.
const revisions = "../../../shared/eval/revisions"

// bigReport compares a 10 MB pair made by concatenating the revision
// pairs until each side reaches 10 MB; it skips without them.
func bigReport(b *testing.B) *Report {
	as, _ := filepath.Glob(filepath.Join(revisions, "*.a.txt"))
	if len(as) == 0 {
		b.Skip("no revision pairs in " + revisions)
	}
	var sa, sb strings.Builder
	for sa.Len() < 10<<20 {
		for _, a := range as {
			x, err1 := os.ReadFile(a)
			y, err2 := os.ReadFile(strings.TrimSuffix(a, ".a.txt") + ".b.txt")
			if err1 != nil || err2 != nil {
				b.Skip("unreadable pair ", a)
			}
			sa.Write(x)
			sa.WriteString("\n\n")
			sb.Write(y)
			sb.WriteString("\n\n")
		}
	}
	res, err := compare.Compare(context.Background(), []string{sa.String(), sb.String()}, compare.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return &Report{Result: res, Versions: []Version{{Label: "a"}, {Label: "b"}}, Tool: "Variorum bench"}
}

// BenchmarkExport10MB times each format on the 10 MB pair (the comparison
// itself excluded) and reports the file's size.
func BenchmarkExport10MB(b *testing.B) {
	r := bigReport(b)
	b.Logf("10 MB pair: %d and %d bytes, %d rows, %d changes", len(r.Result.Texts[0]), len(r.Result.Texts[1]), len(r.Result.Rows), len(r.Result.Changes))
	for _, f := range Formats() {
		if f == TMXMemory {
			continue // a revision pair has one language: see BenchmarkExportTMX
		}
		b.Run(string(f), func(b *testing.B) { benchWrite(b, f, r) })
	}
}

// BenchmarkExportTMX times the translation memory of Anna Karenina,
// volume 1, in English and Russian (about 1.0 and 1.6 MB), the comparison
// itself excluded; it skips without them.
func BenchmarkExportTMX(b *testing.B) {
	const books = "../../../shared/eval/enru-books/ak1."
	en, err1 := os.ReadFile(books + "en")
	ru, err2 := os.ReadFile(books + "ru")
	if err1 != nil || err2 != nil {
		b.Skip("no Anna Karenina in " + books + "{en,ru}")
	}
	res, err := compare.Compare(context.Background(), []string{string(ru), string(en)}, compare.Options{Languages: []string{"ru", "en"}})
	if err != nil {
		b.Fatal(err)
	}
	r := &Report{Result: res, Versions: []Version{{Label: "ru", Language: "ru", Kind: kindOriginal}, {Label: "en", Language: "en"}}, Tool: "Variorum bench"}
	benchWrite(b, TMXMemory, r)
}

// benchWrite times writing r in format f and reports the file's size.
func benchWrite(b *testing.B, f Format, r *Report) {
	var n countWriter
	for b.Loop() {
		n = 0
		if err := Write(&n, f, r, WriteOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/(1<<20), "MB")
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
