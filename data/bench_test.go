package data

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchCorpus returns the words of the sample's English and Russian
// versions, to make realistic synthetic texts from.
func benchCorpus(b *testing.B) (en, ru []string) {
	b.Helper()
	return strings.Fields(string(sampleFile(b, "blog-en.txt"))), strings.Fields(string(sampleFile(b, "ru.txt")))
}

// synthText makes a text of about size bytes: runs of sample words in a
// random order, in paragraphs, with one unique marker word.
func synthText(rng *rand.Rand, words []string, size int, id int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Document marker%d.\n\n", id)
	for sb.Len() < size {
		start := rng.IntN(len(words) - 60)
		n := 20 + rng.IntN(40)
		sb.WriteString(strings.Join(words[start:start+n], " "))
		if rng.IntN(3) == 0 {
			sb.WriteString(" variant" + strconv.Itoa(rng.IntN(5000)))
		}
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkImport1000Files imports 1,000 files of 20 KB (half English,
// half Russian) from a folder into a new library, one transaction per
// file. A researcher's folder of that size should take under 10 s.
func BenchmarkImport1000Files(b *testing.B) {
	en, ru := benchCorpus(b)
	rng := rand.New(rand.NewPCG(1, 2))
	src := b.TempDir()
	const files = 1000
	for i := range files {
		words := en
		if i%2 == 1 {
			words = ru
		}
		os.WriteFile(filepath.Join(src, fmt.Sprintf("v%04d.txt", i)), []byte(synthText(rng, words, 20<<10, i)), 0o644)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		l, err := Open(ctx, filepath.Join(b.TempDir(), "library.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := l.ImportPaths(ctx, []string{src}, ImportOptions{}, nil)
		if err != nil || len(sum.Imported) != files {
			b.Fatalf("%d imported, %v, %v", len(sum.Imported), sum.Failed, err)
		}
		b.StopTimer()
		l.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/files, "ms/file")
}

// benchVersions is how many versions the search benchmark builds:
// VARIORUM_BENCH_VERSIONS, else 10,000 (about 200 MB of text).
func benchVersions() int {
	if n, err := strconv.Atoi(os.Getenv("VARIORUM_BENCH_VERSIONS")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// buildBenchLibrary fills a library with n versions of about 20 KB, in
// large transactions (the setup is not what is measured).
func buildBenchLibrary(b *testing.B, path string, n int) {
	b.Helper()
	ctx := context.Background()
	l, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	en, ru := benchCorpus(b)
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Now()
	for done := 0; done < n; {
		err := l.inTx(ctx, func(tx *sql.Tx) error {
			bid, err := createBriefing(ctx, tx, Briefing{Title: fmt.Sprintf("Briefing %d", done/4)})
			if err != nil {
				return err
			}
			for j := 0; j < 200 && done < n; j++ {
				words, lang := en, "en"
				if done%2 == 1 {
					words, lang = ru, "ru"
				}
				text := synthText(rng, words, 20<<10, done)
				if j%4 == 3 {
					bid, err = createBriefing(ctx, tx, Briefing{Title: fmt.Sprintf("Briefing %d", done)})
					if err != nil {
						return err
					}
				}
				v := &Version{BriefingID: bid, Label: fmt.Sprintf("v%d", done), Language: lang, Kind: KindOther,
					SHA256: fmt.Sprintf("%064d", done), Size: int64(len(text)), ImportedAt: time.Now(), Text: text}
				if err := insertVersion(ctx, tx, v, hashString(text)); err != nil {
					return err
				}
				done++
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if _, err := l.db.Exec("INSERT INTO chunks_fts(chunks_fts) VALUES ('optimize')"); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	b.Logf("built %d versions in %v; library %d MB", n, time.Since(start).Round(time.Second), st.Size()>>20)
}

// BenchmarkSearch searches a library of benchVersions() versions (10,000
// of 20 KB by default; skipped with -short). A search should answer as
// one types, under 50 ms.
func BenchmarkSearch(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 200 MB library; run without -short (VARIORUM_BENCH_VERSIONS sets the size)")
	}
	n := benchVersions()
	path := filepath.Join(b.TempDir(), "library.db")
	buildBenchLibrary(b, path, n)
	ctx := context.Background()
	l := openAt(b, path)
	for _, q := range []struct{ name, query string }{
		{"rare-word", fmt.Sprintf("marker%d", n/2)},
		{"uncommon-word", "variant1234"},
		{"common-en", "Nurtleu"},
		{"common-ru", "безопасности"},
		{"very-common", "the"},
		{"phrase", `"Collective Security Treaty"`},
		{"prefix", "Kazakh*"},
	} {
		b.Run(q.name, func(b *testing.B) {
			var hits []Hit
			var err error
			for i := 0; i < b.N; i++ {
				hits, err = l.Search(ctx, q.query, 20)
				if err != nil {
					b.Fatal(err)
				}
			}
			if len(hits) == 0 {
				b.Fatalf("no hits for %q", q.query)
			}
		})
	}
}

// BenchmarkOpen opens and closes an existing library holding the sample
// and 1,000 more versions, which the window does as it starts: under
// 100 ms.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "library.db")
	buildBenchLibrary(b, path, 1000)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := l.Briefings(ctx); err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
}

// BenchmarkRemoveStaleCreations tidies, as every writable open does, the
// folder of a library that shares it with many other files (a library
// kept in ~/Documents), with no creation left over and with a killed
// creation's fresh file, which stays.
func BenchmarkRemoveStaleCreations(b *testing.B) {
	for _, n := range []int{10_000, 50_000} {
		for _, leftover := range []bool{false, true} {
			b.Run(fmt.Sprintf("files=%d/leftover=%v", n, leftover), func(b *testing.B) {
				dir := b.TempDir()
				path := filepath.Join(dir, "library.db")
				openAt(b, path).Close()
				for i := range n {
					if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("note-%05d.txt", i)), nil, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				if leftover {
					if _, err := newCreationFile(path); err != nil {
						b.Fatal(err)
					}
				}
				for b.Loop() {
					removeStaleCreations(path)
				}
			})
		}
	}
}
