package textfile

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtures are copies of ../shared/samples/formats.
const fixtures = "../../testdata/formats"

// paragraphs returns the non-empty lines of s, as briefing.json counts
// paragraphs.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// sampleFile returns the bytes of a file of the bundled sample.
func sampleFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "sample", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sampleParagraphs(t testing.TB, name string) []string {
	t.Helper()
	return paragraphs(NormalizeText(string(sampleFile(t, name))))
}

func TestFormatsGiveTheOriginalParagraphs(t *testing.T) {
	blog := sampleParagraphs(t, "blog-en.txt")
	ru := sampleParagraphs(t, "ru.txt")
	tests := []struct {
		file, format, enc, lang string
		want                    []string
	}{
		{"blog-en.utf16le.txt", FormatText, EncUTF16LE, "en", blog},
		{"blog-en.docx", FormatDOCX, EncUTF8, "en", blog},
		{"ru.cp1251.txt", FormatText, EncWindows1251, "ru", ru},
		// The saved page carries the publication time under the title;
		// ru.txt does not.
		{"ru.saved-page.html", FormatHTML, EncUTF8, "ru", append([]string{ru[0], "21.06.2024 17:05"}, ru[1:]...)},
		// The Markdown file has a title and a date where the blog has its
		// two-paragraph introduction.
		{"blog-en.md", FormatMarkdown, EncUTF8, "en", append([]string{"Lavrov at the CSTO Council of Foreign Ministers, Almaty", "2024-06-21"}, blog[2:]...)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(fixtures, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			ex, err := Extract(tt.file, b, "", "")
			if err != nil {
				t.Fatal(err)
			}
			if ex.Format != tt.format || ex.Encoding != tt.enc {
				t.Errorf("format %s, encoding %s; want %s, %s", ex.Format, ex.Encoding, tt.format, tt.enc)
			}
			if lang := DetectLanguage(ex.Text); lang != tt.lang {
				t.Errorf("language %q, want %q", lang, tt.lang)
			}
			got := paragraphs(ex.Text)
			if len(got) != len(tt.want) {
				t.Errorf("%d paragraphs, want %d", len(got), len(tt.want))
			}
			for i := range min(len(got), len(tt.want)) {
				if got[i] != tt.want[i] {
					t.Errorf("paragraph %d:\n got %.200q\nwant %.200q", i, got[i], tt.want[i])
					break
				}
			}
			// The same with the extension hidden: sniffing must agree.
			ex2, err := Extract("noext.dat", b, "", "")
			if tt.format == FormatMarkdown {
				return // Markdown is not sniffed: read as plain text
			}
			if err != nil || ex2.Text != ex.Text {
				t.Errorf("sniffed without extension: %v, same text %v", err, err == nil && ex2.Text == ex.Text)
			}
		})
	}
}

func TestHTMLDropsChrome(t *testing.T) {
	page := `<!doctype html><html><head><title>T</title><script>alert(1)</script><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav><header>Site name</header>
<div class="share-bar">Share on X</div>
<article><header><h1>Title here</h1></header><p>First <b>bold</b>
paragraph, with a<br>line break.</p><div hidden>secret</div><p>Second &amp; last paragraph of the article, long enough to count as the main text of this page.</p>
<aside>Related stories</aside><div class="comments">Comment</div></article>
<footer>(c) 2024</footer><script>track()</script></body></html>`
	ex, err := Extract("page.html", []byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := "Title here\n\nFirst bold paragraph, with a\nline break.\n\nSecond & last paragraph of the article, long enough to count as the main text of this page.\n"
	if ex.Text != want {
		t.Errorf("got %q\nwant %q", ex.Text, want)
	}
}

// TestHTMLContentRoot: the article with the most text is the content,
// the outer one of nested articles holding the same text, an inner one
// when the outer holds less besides a larger aside; short articles yield
// to main.
func TestHTMLContentRoot(t *testing.T) {
	long := strings.Repeat("A sentence of the article that is long enough. ", 6)
	for _, tc := range []struct{ name, body, want string }{
		{"nested, same text", "<article><p>Intro.</p><article><p>" + long + "</p></article></article>", "Intro.\n\n" + long},
		{"two articles", "<article><p>Short.</p></article><article><p>" + long + "</p></article>", long},
		{"short article, main", "<main><p>Main text.</p><article><p>Short.</p></article></main>", "Main text.\n\nShort."},
		{"deep nesting", strings.Repeat("<article>", 300) + "<p>" + long + "</p>" + strings.Repeat("</article>", 300), long},
	} {
		page := "<html><body><p>Chrome outside.</p>" + tc.body + "</body></html>"
		ex, err := Extract("page.html", []byte(page), "", "")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := strings.TrimSpace(ex.Text); got != strings.TrimSpace(tc.want) {
			t.Errorf("%s: got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// BenchmarkHTMLNestedArticles: 300 nested articles around 7 MB of inline
// elements cost one read of the page, not one an article.
func BenchmarkHTMLNestedArticles(b *testing.B) {
	page := []byte("<html><body>" + strings.Repeat("<article>", 300) + "<p>" +
		strings.Repeat(`<i class="a">word</i> `, 50000) + "</p>" + strings.Repeat("</article>", 300) + "</body></html>")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Extract("page.html", page, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHTMLCharsetFromMeta(t *testing.T) {
	body := "<p>Привет, мир! Это проверка кодировки страницы.</p>"
	enc := encoderFor(t, EncWindows1251)
	page := []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>`)
	page = append(page, enc(body)...)
	ex, err := Extract("p.htm", page, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Encoding != EncWindows1251 || !strings.Contains(ex.Text, "Привет, мир!") {
		t.Errorf("got %s %q", ex.Encoding, ex.Text)
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Title #\n\nSome *emphasis*, **strong** and `code`.\n", "Title\n\nSome emphasis, strong and code.\n"},
		{"A [link](http://x) and ![img](i.png) here\nsoft break\n", "A link and img here\nsoft break\n"},
		{"- one\n- two\n\n1. three\n", "one\n\ntwo\n\nthree\n"},
		{"> quoted\n> text\n\n---\n\nafter\n", "quoted\ntext\n\nafter\n"},
		{"---\ntitle: x\n---\nBody\n", "Body\n"},
		{"Heading\n=======\nText\n", "Heading\n\nText\n"},
		{"```\ncode *kept*\n```\n", "code *kept*\n"},
		{"snake_case_word and 2*3*4\n", "snake_case_word and 2*3*4\n"},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("markdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDOCXSkipsDeletedText(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del><w:ins><w:r><w:t>added</w:t></w:r></w:ins><w:r><w:tab/><w:t>x</w:t></w:r></w:p>
<w:p></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>`
	got, err := docxParagraphs(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kept added\tx\n\ncell\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDOCXVariants: a document saved as "Strict Open XML Document" (its
// own namespace) is read; one without text is refused as such, not as a
// damaged file.
func TestDOCXVariants(t *testing.T) {
	strict := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" w:conformance="strict"><w:body>` +
		`<w:p><w:r><w:t>Hello strict world</w:t></w:r></w:p></w:body></w:document>`
	got, err := docxParagraphs(strings.NewReader(strict))
	if err != nil || got != "Hello strict world\n" {
		t.Errorf("strict: %q, %v", got, err)
	}
	empty := docxWith(t, func(w io.Writer) { io.WriteString(w, "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>") })
	_, err = Extract("x.docx", empty, "", "")
	if !errors.Is(err, errNoText) {
		t.Errorf("empty: %v, want errNoText", err)
	}
}

// zipWith returns a ZIP archive holding one small file called name.
func zipWith(t *testing.T, name string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("x"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniffedFormatsAndClearErrors(t *testing.T) {
	docx, err := os.ReadFile(filepath.Join(fixtures, "blog-en.docx"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		content []byte
		format  string // expected format, or "" for an error
		problem string
	}{
		{"saved.txt", docx, FormatDOCX, ""}, // a Word file named .txt
		{"page.dat", []byte("<!DOCTYPE html><html><body><article><p>" + strings.Repeat("Text of the article. ", 20) + "</p></article></body></html>"), FormatHTML, ""},
		{"notes", []byte("Just some notes.\n"), FormatText, ""},
		{"paper.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "", "a PDF file"},
		{"letter.txt", []byte(`{\rtf1\ansi Hello}`), "", "an RTF file"},
		{"report.odt", zipWith(t, "content.xml"), "", "an OpenDocument file"},
		{"archive.zip", zipWith(t, "readme.txt"), "", "no word/document.xml"},
	}
	for _, tt := range tests {
		ex, err := Extract(tt.name, tt.content, "", "")
		switch {
		case tt.format == "" && (err == nil || !strings.Contains(err.Error(), tt.problem)):
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.problem)
		case tt.format == "" && errors.Is(err, ErrUnsupportedFormat) != (tt.name != "archive.zip"):
			t.Errorf("%s: error %v: ErrUnsupportedFormat %v", tt.name, err, errors.Is(err, ErrUnsupportedFormat))
		case tt.format != "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.format != "" && ex.Format != tt.format:
			t.Errorf("%s: format %s, want %s", tt.name, ex.Format, tt.format)
		}
	}
}

func TestHTMLCharsetMetaThatLies(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<html><head><meta charset="windows-1251"></head><body><p>Уважаемые коллеги!</p></body></html>`, "Уважаемые коллеги!\n"},
		{`<html><head><meta charset="utf-16"></head><body><p>Plain ASCII.</p></body></html>`, "Plain ASCII.\n"},
	}
	for _, tt := range tests {
		ex, err := Extract("p.html", []byte(tt.page), "", "")
		if err != nil || ex.Text != tt.want || ex.Encoding != EncUTF8 {
			t.Errorf("got %+v %v, want %q in utf-8", ex, err, tt.want)
		}
	}
}

func TestHTMLInWindows1251WithoutCharset(t *testing.T) {
	enc := encoderFor(t, EncWindows1251)
	markup := `<html><head><script>var analytics = {track: function(event, label){ return event + label; }};</script>` +
		`<style>.navigation-menu-item{display:inline-block;margin:0 4px;font-family:Helvetica,Arial,sans-serif}</style></head>` +
		`<body><div class="container"><div class="row"><div class="column-main"><article><h1>`
	page := append([]byte(markup), enc("Заявление МИД России")...)
	page = append(page, []byte(`</h1><p class="lead-paragraph">`)...)
	page = append(page, enc("Министр провёл переговоры с коллегами. Стороны обсудили вопросы безопасности в регионе и договорились продолжить консультации.")...)
	page = append(page, []byte(`</p></article></div></div></div></body></html>`)...)
	ex, err := Extract("page.html", page, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Encoding != EncWindows1251 || !strings.HasPrefix(ex.Text, "Заявление МИД России\n\nМинистр провёл") {
		t.Errorf("got %s %q", ex.Encoding, ex.Text)
	}
}

// TestMarkdownKeepsTheText: what Markdown markup removes is markup, never
// words or numbers of the text. "---" and a blank line is a thematic
// break, not front matter (Pandoc's rule); an ordered list interrupts a
// paragraph only when it starts at 1 (CommonMark's), so a wrapped line
// "2024. …" continues its paragraph.
func TestMarkdownKeepsTheText(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"thematic break first",
			"---\n\nFirst paragraph.\n\nSecond paragraph.\n\n---\n\nThird paragraph.\n",
			"First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"},
		{"front matter",
			"---\ntitle: Briefing\ndate: 2024-06-21\n---\n\nFirst paragraph.\n",
			"First paragraph.\n"},
		{"no closing line",
			"---\ntitle: Briefing\n\nFirst paragraph.\n",
			"title: Briefing\n\nFirst paragraph.\n"},
		{"a year opens a wrapped line",
			"The treaty was signed in the spring of\n2024. The ministers met again.\n",
			"The treaty was signed in the spring of\n2024. The ministers met again.\n"},
		{"a list after a paragraph starts at 1",
			"Points:\n1. First\n2. Second\n",
			"Points:\n\nFirst\n\nSecond\n"},
		{"a list after a blank line",
			"Points:\n\n3. Third\n4) Fourth\n- Bullet\n",
			"Points:\n\nThird\n\nFourth\n\nBullet\n"},
	} {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("%s: markdownText(%q)\n = %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestHTMLUnclosedFormatting: an old page that leaves <font> open in every
// paragraph, each of another colour, would nest them past maxHTMLDepth
// (a parser reopens them all in the next paragraph); inline tags are not
// counted, and every paragraph is kept.
func TestHTMLUnclosedFormatting(t *testing.T) {
	var page strings.Builder
	page.WriteString("<html><body>")
	for i := range 600 {
		fmt.Fprintf(&page, `<p><font color="#%06x">Paragraph %d of the old page.`+"\n", i, i)
	}
	page.WriteString("</body></html>")
	ex, err := Extract("old.html", []byte(page.String()), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(ex.Text, "of the old page."); n != 600 || !strings.Contains(ex.Text, "Paragraph 599 of") {
		t.Errorf("%d paragraphs read, want 600", n)
	}
}

// TestHTMLInlineHiddenStaysOut: inline tags are left out, but not those
// that hide their text (htmlDroppedTag), on a page shallow or deep.
func TestHTMLInlineHiddenStaysOut(t *testing.T) {
	hidden := `<span style="display:none">HIDDEN-A</span><a class="skip" href="#x">HIDDEN-B</a><span aria-hidden="true">HIDDEN-C</span>`
	tests := []struct {
		name  string
		paras int // paragraphs with an unclosed <font>
	}{
		{"shallow page", 10},
		{"page nesting past 512", 600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var page strings.Builder
			page.WriteString("<html><body><p>Intro " + hidden + " text.</p>")
			for i := range tt.paras {
				fmt.Fprintf(&page, `<p><font color="#%06x">Paragraph %d of the old page.`+"\n", i, i)
			}
			page.WriteString("</body></html>")
			ex, err := Extract("old.html", []byte(page.String()), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(ex.Text, "HIDDEN") {
				t.Errorf("hidden text read: %q", ex.Text[:min(len(ex.Text), 80)])
			}
		})
	}
}

// TestMarkdownKeepsTextInListsAndAfterRule: "2024." that wraps a
// paragraph is kept as text, and so is one that wraps a list item
// (CommonMark: an ordered list interrupting a paragraph must start at 1,
// in an item as outside it); and front matter is still taken from a
// thematic break followed by prose with a colon.
func TestMarkdownKeepsTextInListsAndAfterRule(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"bullet item, lazy line", "- The town was founded in\n2024. It grew fast.\n", "2024. It grew fast."},
		{"bullet item, indented line", "Intro.\n\n- The town was founded in\n  2024. It grew fast.\n", "2024. It grew fast."},
		{"rule, then a heading-like line", "---\nChapter 1: The storm\n\nIt was dark.\n\n---\n\nLater that night.\n", "It was dark."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownText(tt.md); !strings.Contains(got, tt.want) {
				t.Errorf("markdownText(%q) = %q, want it to keep %q", tt.md, got, tt.want)
			}
		})
	}
}

// TestHTMLStructure: paragraphs end where a browser ends them, end tags
// or not.
func TestHTMLStructure(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"implied paragraph ends", "<p>One<p>Two<div>Three</div>Four</p>Five", "One\n\nTwo\n\nThree\n\nFour\n\nFive\n"},
		{"stray end of paragraph", "Before</p>After", "Before\n\nAfter\n"},
		{"nested lists", "<ul><li>a<ul><li>b</ul><li>c</ul>", "a\n\nb\n\nc\n"},
		{"table cells and rows", "<table><tr><td>a<td>b<tr><td>c</table>", "a b\n\nc\n"},
		{"hidden block inside a paragraph", "<p>a<div hidden>x</div>b</p>", "a\n\nb\n"},
		{"line breaks in pre", "<pre>\nline one\nline  two</pre>after", "line one\nline two\n\nafter\n"},
		{"rule between texts", "alpha<hr>beta", "alpha\n\nbeta\n"},
		{"header outside and inside content", "<header>Site</header><main><header>Own title</header><p>Body text.</p></main>", "Own title\n\nBody text.\n"},
		{"svg with its own title", `<p>Text <svg><title>icon</title><path d="M0"/></svg>goes on.</p>`, "Text goes on.\n"},
		// As the HTML parser builds the tree (the review of the stream reader):
		{"main inside a form", `<form id="aspnetForm"><div><main><h1>Briefing</h1><p>Good afternoon.</p></main></div></form>`, "Briefing\n\nGood afternoon.\n"},
		{"main inside chrome", `<div class="layout with-sidebar"><main><p>Main text.</p></main><div>Side</div></div>`, "Main text.\n"},
		{"head never closed", `<head><title>T</title><meta charset=utf-8><body><p>Para one.<p>Para two.`, "Para one.\n\nPara two.\n"},
		{"text in the head", `<head><title>T</title>Stray text<p>Para one.</p></head><body><p>Para two.`, "Stray text\n\nPara one.\n\nPara two.\n"},
		{"title in the body", `<title>In body</title><p>Text</p>`, "In body\n\nText\n"},
		{"navigation cell", `<table><tr><td class="nav"><a href=a>Home</a><br><a href=b>News</a><td>The content.<p>Second para.</table>`, "The content.\n\nSecond para.\n"},
		{"hidden list item", `<ul><li hidden>Hidden item<li>Visible one<li>Visible two</ul>`, "Visible one\n\nVisible two\n"},
		{"share bar paragraph", `<p class="share">Share this page<p>First.<p>Second.`, "First.\n\nSecond.\n"},
		{"advert span in a paragraph", `<p><span hidden>x</span>a</p><p><span class="ad">Ad<p>Visible`, "a\n\nVisible\n"},
		{"600 options", "<p>Choose below.</p><form><select>" + strings.Repeat("<option>Country", 600) + "</select></form><p>After.", "Choose below.\n\nAfter.\n"},
		{"svg never closed", `<h1>Title</h1><span><svg viewBox="0 0 1 1"><path d="M0"></span><p>One.</p><p>Two.</p>`, "Title\n\nOne.\n\nTwo.\n"},
		{"svg title closing itself", `<p>Before<svg><title/><path d="M0"/></svg></p><p>After.</p>`, "Before\n\nAfter.\n"},
		{"main in a cell", `<table><tr><td>Menu<td role="main"><p>Para 1</p>Last words</td></tr></table><p>Footer`, "Para 1\n\nLast words\n"},
		{"stray end tag in a cell", `<div><p>Before.</p><table><tr><td>cell</div>b</td></tr></table><p>After.</p></div>`, "Before.\n\ncellb\n\nAfter.\n"},
		{"NUL in text", "<p>Hello\x00 world</p>", "Hello world\n"},
		{"form between table rows", `<table><form action=x><tr><td>Name</td><td>Value</td></tr></form></table><p>After`, "Name Value\n\nAfter\n"},
		{"aside in a paragraph", `<p>Intro<aside>Aside</aside>Body text</p>`, "Intro\n\nBody text\n"},
		// The second review:
		{"related article in an aside", `<main><p>Main text</p><aside class="related"><article><h3>Other story</h3><p>Teaser</p></article></aside></main>`, "Main text\n"},
		{"teaser article in an aside", `<aside><article>Related teaser story</article></aside><p>Main body text here.</p>`, "Main body text here.\n"},
		{"template in the head", `<head><template><div class="card"><p>Template card</p></div></template></head><body><p>Body text</p>`, "Body text\n"},
		{"skip link left open", `<a class=skip href=#c>Skip<p>Para one <a href=x>link</a> more</p><p>After</p>`, "link more\n\nAfter\n"},
		{"table in a table's rows", `<table class="nav"><tr><td>Home | About</td></tr><table><tr><td>Story text</td></tr></table><p>More story`, "Story text\n\nMore story\n"},
		{"heading closed by another level", `<h2 class="share">Share</h3><p>Content`, "Content\n"},
		{"heading left open", `<h1 class="banner">Site<h2>Story title</h2><p>Story`, "Story title\n\nStory\n"},
		{"page tags in an advert", `<div class="ad"><html><body>ad</div><p>content`, "content\n"},
		{"body tag in a paragraph", `<p>text<body class="x">more</p>`, "textmore\n"},
		{"cell outside a table", `<div class="ad"><td>ad</div><p>content`, "content\n"},
		{"advert between table rows", `<table><div class="ad"><tr><td>content</td></tr></div></table>`, "content\n"},
		{"2000 body tags", strings.Repeat("<body>", 2000) + "<p>x</p>", "x\n"},
		// The third review: a candidate's size is the text it owns.
		{"main in chrome in a main", `<div role="main"><div class="with-sidebar"><main><p>Story</p></main></div></div>`, "Story\n"},
		{"main in chrome in a main with a heading", `<div role="main"><h2>News</h2><div class="with-sidebar"><main><p>Story text is longer</p></main></div></div>`, "Story text is longer\n"},
		{"article holding only an aside's articles", "<article><p>" + strings.Repeat("Story sentence here. ", 13) + "</p></article><article><p>More from us.</p><aside><article>" +
			strings.Repeat("Teaser words here. ", 13) + "</article></aside></article>", strings.Repeat("Story sentence here. ", 13)[:272] + "\n"},
		{"main in a footer in a main", `<main><footer><main>text`, "text\n"},
		{"form closed inside a main it holds", `<form><div role="main"><p>A</p></form><p>B</p></div>`, "A\n\nB\n"},
		{"form closed inside a div it holds", `<p>Before.</p><form><div><p>In the form</p></form><p>Still in it</p></div><p>After.</p>`, "Before.\n\nAfter.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body>" + tt.body + "</body></html>"
			if strings.HasPrefix(tt.body, "<head>") {
				page = "<html>" + tt.body
			}
			ex, err := Extract("page.html", []byte(page), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if ex.Text != tt.want {
				t.Errorf("got %q, want %q", ex.Text, tt.want)
			}
		})
	}
}

// TestDOCXTrackedChanges: the version imported from a DOCX with
// tracked changes is the document as it reads with the changes accepted,
// as for w:del. A tracked move leaves the text in a w:moveFrom at its old
// place (runs with w:t, ISO 29500 17.13.5.22) and in a w:moveTo at its
// new one: the moved sentence must appear once, at its new place, not
// twice. A deleted paragraph mark (w:del in the paragraph mark's run
// properties) joins the paragraph with the next, as Word shows it once
// the change is accepted: the comparison aligns paragraphs, so a split
// that is not in the document shows up as a change.
func TestDOCXTrackedChanges(t *testing.T) {
	tests := []docxBodyCase{
		{"moved sentence appears once",
			`<w:p><w:moveFrom w:id="1" w:author="A" w:date="2024-06-21T00:00:00Z"><w:r><w:t xml:space="preserve">Moved sentence. </w:t></w:r></w:moveFrom>` +
				`<w:r><w:t xml:space="preserve">Stays here. </w:t></w:r>` +
				`<w:moveTo w:id="2" w:author="A" w:date="2024-06-21T00:00:00Z"><w:r><w:t>Moved sentence.</w:t></w:r></w:moveTo></w:p>`,
			"Stays here. Moved sentence.\n"},
		{"moved paragraph appears once",
			`<w:p><w:moveFrom w:id="1" w:author="A"><w:r><w:t>Second paragraph, moved up.</w:t></w:r></w:moveFrom></w:p>` +
				`<w:p><w:r><w:t>First paragraph.</w:t></w:r></w:p>` +
				`<w:p><w:moveTo w:id="2" w:author="A"><w:r><w:t>Second paragraph, moved up.</w:t></w:r></w:moveTo></w:p>`,
			"First paragraph.\n\nSecond paragraph, moved up.\n"},
		{"deleted paragraph mark joins paragraphs",
			`<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>The ministers met</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t xml:space="preserve"> in Almaty.</w:t></w:r></w:p>`,
			"The ministers met in Almaty.\n"},
		{"several deleted paragraph marks in a row, the last one's too",
			`<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">One </w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:rPr><w:del w:id="2" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">two </w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>three.</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Four.</w:t></w:r></w:p>`,
			"One two three.\n\nFour.\n"},
	}
	checkDOCXBodies(t, tests)
}

// TestHTMLRawTextElementsNotImported: <noframes> and <noembed> are
// never shown by a browser that shows frames and embedded content (all of
// them), and their content is raw text to the tokenizer: imported, it
// brings markup ("<p>…</p>") into the version as if it were words of the
// text. Like <noscript>, their content must stay out.
func TestHTMLRawTextElementsNotImported(t *testing.T) {
	tests := []struct{ name, page string }{
		{"noframes", `<html><body><p>The ministers met in Almaty.</p><noframes><p>Your browser does not support frames.</p></noframes></body></html>`},
		{"noembed", `<html><body><p>The ministers met in Almaty.</p><noembed><p>No plugin installed.</p></noembed></body></html>`},
	}
	for _, tt := range tests {
		ex, err := Extract("page.html", []byte(tt.page), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if want := "The ministers met in Almaty.\n"; ex.Text != want {
			t.Errorf("%s: got %q, want %q", tt.name, ex.Text, want)
		}
	}
}

// TestHTMLSingleByteMetaThatLies: a saved page whose <meta> names a
// single-byte code page its bytes are not in (an old Russian site served
// as Windows-1251 by the server, which recoded it, while its <meta> still
// says koi8-r or iso-8859-1; saved to disk, only the <meta> remains).
// The text is read in the code page its bytes are in, not as mojibake
// ("оПХБЕР", "Ïðèâåò").
func TestHTMLSingleByteMetaThatLies(t *testing.T) {
	text := "Министр иностранных дел провёл переговоры с коллегами. Стороны обсудили вопросы безопасности в регионе и договорились продолжить консультации."
	body := encoderFor(t, EncWindows1251)(text)
	for _, meta := range []string{"koi8-r", "iso-8859-1", "ibm866"} {
		page := append([]byte(`<html><head><meta charset="`+meta+`"></head><body><p>`), body...)
		page = append(page, "</p></body></html>"...)
		ex, err := Extract("saved.html", page, "", "")
		if err != nil {
			t.Errorf("meta %s: %v", meta, err)
			continue
		}
		if ex.Text != text+"\n" {
			t.Errorf("meta %s over Windows-1251 bytes: read as %s: %q, want the Russian text", meta, ex.Encoding, ex.Text)
		}
	}
}

// TestMarkdownHTMLIsMarkup: raw HTML in a Markdown file is markup,
// rendered as HTML is. A <script> or <style> block's content, and an HTML
// comment (an editor's "<!-- draft: remove -->"), are never shown, so
// they must not become words of the version; a <br> is a line break, not
// nothing ("said.<br>Then" is not the one word "said.Then"); and an
// entity (&amp;, &nbsp;, &mdash;) is its character,
// as CommonMark says: "AT&amp;T" must compare equal to "AT&T" in the
// same text saved as plain text or HTML.
func TestMarkdownHTMLIsMarkup(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"script block", "The ministers met.\n\n<script>\nvar tracker = 'secret';\n</script>\n\nThey talked.\n", "The ministers met.\n\nThey talked.\n"},
		{"style block", "The ministers met.\n\n<style>\np { color: red }\n</style>\n\nThey talked.\n", "The ministers met.\n\nThey talked.\n"},
		{"comment", "The ministers met.\n\n<!-- draft: check the date with the desk -->\n\nThey talked.\n", "The ministers met.\n\nThey talked.\n"},
		{"br", "Lavrov said.<br>Then he left.\n", "Lavrov said.\nThen he left.\n"},
		{"entities", "AT&amp;T &mdash; Procter &amp; Gamble\n", "AT&T — Procter & Gamble\n"},
	}
	for _, tt := range tests {
		ex, err := Extract("notes.md", []byte(tt.in), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if ex.Text != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, ex.Text, tt.want)
		}
	}
}

// TestLegacyWordMessages: Word 97-2003 documents (.doc) and
// password-protected DOCX files are OLE compound files (D0 CF 11 E0 A1 B1
// 1A E1), the most common "wrong format" a user of Russian official texts
// meets. Like PDF, RTF and ODT they are named, with a hint ("save it as
// DOCX"), not called "a binary or damaged file" or "a damaged or
// truncated ZIP": ErrUnsupportedFormat, and a message naming Word
// 97-2003 or encryption.
func TestLegacyWordMessages(t *testing.T) {
	cfb := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	cfb = append(cfb, bytes.Repeat([]byte{0, 1, 2, 3, 0xFF}, 200)...)
	for _, name := range []string{"statement.doc", "statement.docx"} {
		_, err := Extract(name, cfb, "", "")
		if err == nil {
			t.Errorf("%s: read", name)
			continue
		}
		msg := strings.ToLower(err.Error())
		if !errors.Is(err, ErrUnsupportedFormat) || strings.Contains(msg, "damaged") ||
			!(strings.Contains(msg, "97") || strings.Contains(msg, "encrypt") || strings.Contains(msg, "password") || strings.Contains(msg, ".doc ")) {
			t.Errorf("%s (OLE compound file): %q; want it named as a Word 97-2003 or encrypted document, with a hint", name, err)
		}
	}
}

// TestHTMLInUTF16WithoutBOM: an HTML page in UTF-16 without a byte-order
// mark is recognised (sniffUTF16), as a .txt file is. Its bytes (ASCII
// with a NUL after each) also pass as valid UTF-8, where the tokenizer
// would see no tags in "<\x00p\x00>\x00" and import the markup as text.
func TestHTMLInUTF16WithoutBOM(t *testing.T) {
	tests := []struct{ page, want string }{
		{"<html><body><p>The ministers met in Almaty.</p></body></html>", "The ministers met in Almaty.\n"},
		{"<html><body><p>Министр провёл переговоры.</p><p>The ministers met.</p></body></html>", "Министр провёл переговоры.\n\nThe ministers met.\n"},
	}
	for _, tt := range tests {
		b := encoderFor(t, EncUTF16LE)(tt.page)[2:] // without the BOM
		ex, err := Extract("page.html", b, "", "")
		if err != nil {
			t.Errorf("UTF-16LE page without BOM: %v; want %q", err, tt.want)
			continue
		}
		if ex.Text != tt.want {
			t.Errorf("UTF-16LE page without BOM: read as %s: %q, want %q", ex.Encoding, ex.Text, tt.want)
		}
	}
}
