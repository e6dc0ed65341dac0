package compare

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchPairsDir, when set, makes TestWriteBenchPairs write the benchmark
// pairs there, for the script that times the peers on the same inputs.
var benchPairsDir = flag.String("benchpairs", "", "write the benchmark pairs (1mb, 10mb, shuffled, list, replies) into this folder")

// sampleText is a file of the bundled sample briefing.
func sampleText(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile("../assets/sample/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// samplePair reads the bundled sample: the blog post and its silent revision.
func samplePair(tb testing.TB) (string, string) {
	tb.Helper()
	a, err := os.ReadFile("../assets/sample/blog-en.txt")
	if err != nil {
		tb.Fatalf("reading sample: %v", err)
	}
	b, err := os.ReadFile("../assets/sample/revised-en.txt")
	if err != nil {
		tb.Fatalf("reading sample: %v", err)
	}
	return string(a), string(b)
}

// bigPair builds a pair of about size bytes by repeating the sample pair
// with a numbered heading per copy, so every copy carries the sample's
// edits (names, numbers, a moved paragraph, deleted and added sentences).
func bigPair(tb testing.TB, size int) (string, string) {
	a, b := samplePair(tb)
	var sa, sb strings.Builder
	for i := 1; sa.Len() < size; i++ {
		fmt.Fprintf(&sa, "Part %d\n\n%s\n\n", i, a)
		fmt.Fprintf(&sb, "Part %d\n\n%s\n\n", i, b)
	}
	return sa.String(), sb.String()
}

func benchCompare(b *testing.B, x, y string) {
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(context.Background(), []string{x, y}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompareSample(b *testing.B) {
	x, y := samplePair(b)
	benchCompare(b, x, y)
}

func BenchmarkCompare1MB(b *testing.B) {
	x, y := bigPair(b, 1<<20)
	benchCompare(b, x, y)
}

func BenchmarkCompare10MB(b *testing.B) {
	if testing.Short() {
		b.Skip("10 MB pair skipped in -short mode")
	}
	x, y := bigPair(b, 10<<20)
	benchCompare(b, x, y)
}

func BenchmarkSentences1MB(b *testing.B) {
	x, _ := bigPair(b, 1<<20)
	b.SetBytes(int64(len(x)))
	b.ReportAllocs()
	for b.Loop() {
		newDocument(context.Background(), x, paragraphs{spans: paragraphSpans(x)}, Options{}, false)
	}
}

// BenchmarkRevisionsEval runs the public revision pairs when ../shared is
// beside the repository.
func BenchmarkRevisionsEval(b *testing.B) {
	as, _ := filepath.Glob("../../shared/eval/revisions/*.a.txt")
	if len(as) == 0 {
		b.Skip("../shared/eval/revisions not found")
	}
	var pairs [][2]string
	for _, p := range as {
		x, err1 := os.ReadFile(p)
		y, err2 := os.ReadFile(strings.TrimSuffix(p, ".a.txt") + ".b.txt")
		if err1 != nil || err2 != nil {
			b.Fatal(err1, err2)
		}
		pairs = append(pairs, [2]string{string(x), string(y)})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pairs {
			if _, err := Compare(context.Background(), p[:], Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestWriteBenchPairs writes the benchmark pairs (benchPairs) for the
// peer comparison script; it does nothing unless -benchpairs is given.
func TestWriteBenchPairs(t *testing.T) {
	if *benchPairsDir == "" {
		t.Skip("no -benchpairs folder given")
	}
	for name, p := range benchPairs(t) {
		for side, text := range map[string]string{"a": p[0], "b": p[1]} {
			path := filepath.Join(*benchPairsDir, name+"."+side+".txt")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// BenchmarkSentencesRussian1MB segments and keys a megabyte of Russian,
// where no token takes the plain ASCII path.
func BenchmarkSentencesRussian1MB(b *testing.B) {
	ru, err := os.ReadFile("../assets/sample/ru.txt")
	if err != nil {
		b.Fatal(err)
	}
	x := strings.Repeat(string(ru)+"\n\n", (1<<20)/len(ru)+1)
	b.SetBytes(int64(len(x)))
	b.ReportAllocs()
	for b.Loop() {
		newDocument(context.Background(), x, paragraphs{spans: paragraphSpans(x)}, Options{}, false)
	}
}

// BenchmarkSentencesChinese1MB segments and keys a megabyte of Chinese-like
// text (common characters, a sentence end every 24, a paragraph every
// 10 sentences), where every character is a token.
func BenchmarkSentencesChinese1MB(b *testing.B) {
	chars := []rune("我们今天讨论了地区安全问题各国外长同意加强合作会议在阿拉木图举行俄罗斯说这是很好的结果他还回答关于欧洲")
	var sb strings.Builder
	for k := 0; sb.Len() < 1<<20; k++ {
		sb.WriteRune(chars[(k*7+k/3)%len(chars)])
		switch {
		case k%240 == 239:
			sb.WriteString("。\n\n")
		case k%24 == 23:
			sb.WriteString("。")
		}
	}
	x := sb.String()
	b.SetBytes(int64(len(x)))
	b.ReportAllocs()
	for b.Loop() {
		newDocument(context.Background(), x, paragraphs{spans: paragraphSpans(x)}, Options{}, false)
	}
}

// BenchmarkJoinedKey reads a long stretch with many words hyphenated at
// line breaks; the time per byte stays flat as the stretch grows.
func BenchmarkJoinedKey(b *testing.B) {
	k := newKeyer(Options{}, false)
	for _, n := range []int{1000, 16000} {
		s := strings.Repeat("Some words here and infor-\nmation there. ", n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				k.joinedKey(s)
			}
		})
	}
}
