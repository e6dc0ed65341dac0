package textfile

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// docxHead opens word/document.xml with the namespaces of WordprocessingML
// and of the text boxes Word writes (markup compatibility, wps, VML).
const docxHead = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
	` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
	` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
	` xmlns:v="urn:schemas-microsoft-com:vml"><w:body>`

// docxBodyCase is a DOCX document body and the text Extract should read
// from it.
type docxBodyCase struct{ name, body, want string }

// checkDOCXBodies extracts each case's body as a DOCX and checks its text.
func checkDOCXBodies(t *testing.T, cases []docxBodyCase) {
	t.Helper()
	for _, tt := range cases {
		ex, err := Extract("changes.docx", docxOf(t, tt.body), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if ex.Text != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, ex.Text, tt.want)
		}
	}
}

// docxOf builds a DOCX whose document body is body.
func docxOf(t *testing.T, body string) []byte {
	return docxWith(t, func(w io.Writer) { io.WriteString(w, body) })
}

// docxWith builds a DOCX whose word/document.xml is written by body.
func docxWith(t *testing.T, body func(w io.Writer)) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, docxHead)
	body(w)
	io.WriteString(w, "</w:body></w:document>")
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// repeat writes s n times.
func repeat(w io.Writer, s string, n int) {
	b := []byte(strings.Repeat(s, 1000))
	for ; n >= 1000; n -= 1000 {
		w.Write(b)
	}
	io.WriteString(w, strings.Repeat(s, n))
}

func TestExtractRefusesHostileDOCX(t *testing.T) {
	para := "<w:p><w:r><w:t>" + strings.Repeat("A", 1000) + "</w:t></w:r></w:p>"
	tests := []struct {
		name   string
		body   func(w io.Writer)
		target error
		msg    string
	}{
		// 40 MB of XML in about 100 KB: more than 50 times the file and
		// more than the 16 MB any file may expand to.
		{"zip bomb", func(w io.Writer) { repeat(w, para, 40_000) }, ErrTooLarge, "expands to more than 16 MB: not read"},
		// A million nested paragraphs in a few kilobytes.
		{"nested", func(w io.Writer) { repeat(w, "<w:p>", 1_000_000); repeat(w, "</w:p>", 1_000_000) }, ErrTooDeep, "nests elements more than 256 deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := docxWith(t, tt.body)
			start := time.Now()
			_, err := Extract("x.docx", b, "", "")
			if !errors.Is(err, tt.target) {
				t.Fatalf("Extract(%d bytes) = %v, want %v", len(b), err, tt.target)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not say %q", err, tt.msg)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to refuse", d)
			}
		})
	}
}

func TestDOCXWithinLimitsReads(t *testing.T) {
	// 250 levels of nesting and 10 MB of XML are within the limits.
	b := docxWith(t, func(w io.Writer) {
		repeat(w, "<w:p><w:r><w:t>"+strings.Repeat("word ", 200)+"</w:t></w:r></w:p>", 10_000)
		repeat(w, "<w:tbl>", 250)
		io.WriteString(w, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>")
		repeat(w, "</w:tbl>", 250)
	})
	ex, err := Extract("x.docx", b, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(ex.Text, "\n\ndeep\n") {
		t.Errorf("text ends %q", ex.Text[len(ex.Text)-20:])
	}
}

func TestExpansionCap(t *testing.T) {
	for _, tt := range []struct{ size, want int64 }{
		{0, 16 << 20},
		{100 << 10, 16 << 20},
		{1 << 20, 50 << 20},
		{4 << 20, 200 << 20},
		{100 << 20, 256 << 20},
	} {
		if got := expansionCap(tt.size); got != tt.want {
			t.Errorf("expansionCap(%d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

func TestCappedReader(t *testing.T) {
	errCap := errors.New("cap")
	for _, tt := range []struct {
		n, limit int
		err      error
	}{{10, 10, nil}, {11, 10, errCap}, {0, 0, nil}, {5, 0, errCap}} {
		r := &cappedReader{r: strings.NewReader(strings.Repeat("x", tt.n)), limit: int64(tt.limit), err: errCap}
		got, err := io.ReadAll(r)
		if err != tt.err || len(got) > tt.limit {
			t.Errorf("%d bytes, limit %d: read %d, %v; want at most %d, %v", tt.n, tt.limit, len(got), err, tt.limit, tt.err)
		}
	}
}

func TestExtractRefusesDeepHTML(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 1_000_000) + "x"
	start := time.Now()
	if _, err := Extract("x.html", []byte(page), "", ""); err == nil {
		t.Fatal("a million nested <div>s read without error")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to refuse", d)
	}
}

// TestHTMLMemoryOnDenseMarkup: a page whose every word has its own
// element costs memory in proportion to the page, not a tree of its
// elements (about 200 bytes each: it allocated 22 and 40 times these
// pages).
func TestHTMLMemoryOnDenseMarkup(t *testing.T) {
	words := []string{"alpha", "beta", "gamma", "delta"}
	for _, tt := range []struct {
		name     string
		word     func(w string) string
		maxRatio float64
	}{
		{"inline elements", func(w string) string { return "<span><b><i>" + w + "</i></b></span> " }, 8},
		{"a paragraph a word", func(w string) string { return "<p>" + w + "</p>\n" }, 16},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var page strings.Builder
			page.WriteString("<html><body><article>")
			for i := 0; page.Len() < 2<<20; i++ {
				page.WriteString(tt.word(words[i%len(words)]))
			}
			page.WriteString("</article></body></html>")
			b := []byte(page.String())
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			ex, err := Extract("dense.html", b, "", "")
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(ex.Text, "alpha") {
				t.Fatalf("text starts %q", ex.Text[:min(len(ex.Text), 40)])
			}
			if r := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(b)); r > tt.maxRatio {
				t.Errorf("allocated %.1f times the page, want at most %v", r, tt.maxRatio)
			}
		})
	}
}
