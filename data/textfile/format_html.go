package textfile

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTML returns the article text of an HTML page: the largest
// <article>, else <main> (or role=main), else <body>, without scripts,
// styles, navigation, headers, footers, asides, forms, share bars and
// hidden elements. Block elements become paragraphs separated by blank
// lines. Nothing is executed or fetched. enc overrides the page's charset.
//
// The page is read as a stream of tokens, not parsed into a tree: a tree
// costs some 200 bytes an element, 40 times a page of dense markup, while
// the stream holds only the open elements and the text read.
func extractHTML(b []byte, enc string) (text, used string, err error) {
	valid := utf8.Valid(b)
	used = enc
	if used == "" {
		used = htmlCharset(b, valid)
	}
	s, err := decodeBytes(b, used, false, valid)
	if err != nil {
		return "", "", err
	}
	var r htmlReader
	if err := r.read(s); err != nil {
		return "", "", err
	}
	paras := r.content()
	if len(paras) == 0 {
		return "", "", fmt.Errorf("no article text found in the HTML page")
	}
	return strings.Join(paras, "\n\n") + "\n", used, nil
}

// maxHTMLDepth bounds the elements open at once, as the HTML parser of
// golang.org/x/net does (512). Inline formatting left open (<font> in
// every paragraph of an old page) is not counted: it holds no text.
const maxHTMLDepth = 512

// htmlReader gathers a page's paragraphs, the text of each block element
// with white space collapsed, <br> and line ends inside <pre> kept, and
// the paragraphs each candidate for the content (article, main) spans.
type htmlReader struct {
	paras []string
	cur   []byte         // the paragraph being read
	out   []byte         // flush's buffer
	open  []htmlOpen     // the open elements, innermost last
	count map[string]int // open elements by tag name, to match end tags at once
	// dropped is how many open elements leave their content out; pre and
	// inContent how many are <pre>, and <article> or <main>.
	dropped, pre, inContent int
	kept                    int // bytes of text kept so far (white space trimmed)
	elements                int // elements opened so far: their order
	article, main           htmlCandidate
}

// htmlOpen is an open element.
type htmlOpen struct {
	name                 string
	a                    atom.Atom
	dropped, block       bool
	candidate            int // 0, or candArticle or candMain
	firstPara, keptStart int // len(paras) and kept at its start
	order                int
}

const (
	candArticle = 1 + iota
	candMain
)

// htmlCandidate is an element that may hold the article: the paragraphs
// [from, to) and the bytes of text it holds.
type htmlCandidate struct {
	found          bool
	from, to, text int
	order          int
}

// better says whether c beats best: more text, or as much and first in
// document order (an element before the ones inside it).
func (c htmlCandidate) better(best htmlCandidate) bool {
	return !best.found || c.text > best.text || c.text == best.text && c.order < best.order
}

// read reads page s.
func (r *htmlReader) read(s string) error {
	r.count = map[string]int{}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			for len(r.open) > 0 {
				r.pop()
			}
			r.flush()
			return nil
		case html.TextToken:
			if r.dropped == 0 {
				r.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if err := r.start(z, tt == html.SelfClosingTagToken); err != nil {
				return err
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		}
	}
}

// text adds the text of a text token.
func (r *htmlReader) text(t []byte) {
	if r.pre > 0 {
		t = bytes.ReplaceAll(t, []byte("\n"), []byte(lineBreakMark))
	}
	r.cur = append(r.cur, t...)
	r.kept += len(bytes.TrimSpace(t))
}

// start reads a start tag.
func (r *htmlReader) start(z *html.Tokenizer, selfClosing bool) error {
	name, more := z.TagName()
	a := atom.Lookup(name)
	var attrs []html.Attribute
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
	}
	if r.dropped > 0 {
		// Only the end of the dropped element matters: count what opens
		// inside it (an <svg>'s <path/> closes itself).
		if !htmlVoid(a) && !selfClosing {
			return r.push(htmlOpen{name: string(name), a: a})
		}
		return nil
	}
	dropped := htmlDroppedTag(a, attrs, r.inContent > 0)
	switch {
	case a == atom.Br && !dropped:
		r.cur = append(r.cur, lineBreakMark...)
		return nil
	case htmlVoid(a):
		if htmlBlock(a) && !dropped {
			r.flush() // <hr>
		}
		return nil
	case inlineFormatting(a) && !dropped:
		return nil // holds no text of its own: its tags are left out
	}
	r.closeImplied(a)
	e := htmlOpen{name: string(name), a: a, dropped: dropped, block: htmlBlock(a), order: r.elements}
	r.elements++
	if e.block && !dropped {
		r.flush()
	}
	switch {
	case dropped:
	case a == atom.Article:
		e.candidate = candArticle
	case a == atom.Main || strings.EqualFold(htmlAttr(attrs, "role"), "main"):
		e.candidate = candMain
	}
	e.firstPara, e.keptStart = len(r.paras), r.kept
	if (a == atom.Td || a == atom.Th) && !dropped {
		r.cur = append(r.cur, '\t')
	}
	return r.push(e)
}

// closeImplied closes the open elements a start tag of a ends without
// their end tags: a paragraph at a block, a list item at the next, a
// table cell at the next cell or row.
func (r *htmlReader) closeImplied(a atom.Atom) {
	for len(r.open) > 0 {
		top := r.open[len(r.open)-1].a
		switch {
		case top == atom.P && (htmlBlock(a) || a == atom.P),
			top == a && (a == atom.Li || a == atom.Dt || a == atom.Dd || a == atom.Tr || a == atom.Td || a == atom.Th || a == atom.Option),
			(top == atom.Dt || top == atom.Dd) && (a == atom.Dt || a == atom.Dd),
			(top == atom.Td || top == atom.Th) && (a == atom.Td || a == atom.Th || a == atom.Tr):
			r.pop()
		default:
			return
		}
	}
}

func (r *htmlReader) push(e htmlOpen) error {
	if len(r.open) >= maxHTMLDepth {
		return tooDeep("HTML page", maxHTMLDepth)
	}
	r.open = append(r.open, e)
	r.count[e.name]++
	if e.dropped {
		r.dropped++
	}
	if e.a == atom.Pre {
		r.pre++
	}
	if e.a == atom.Article || e.a == atom.Main {
		r.inContent++
	}
	return nil
}

// end reads an end tag: it closes the innermost open element of that
// name and those opened inside it; an end tag with none open is left
// out, as the parser does.
func (r *htmlReader) end(name string) {
	if r.count[name] == 0 {
		switch {
		case r.dropped > 0:
		case name == "br":
			r.cur = append(r.cur, lineBreakMark...) // </br> is read as <br>
		case name == "p":
			r.flush() // a stray </p> is read as <p></p>
		}
		return
	}
	for {
		e := r.pop()
		if e.name == name {
			return
		}
	}
}

// pop closes the innermost open element.
func (r *htmlReader) pop() htmlOpen {
	e := r.open[len(r.open)-1]
	r.open = r.open[:len(r.open)-1]
	r.count[e.name]--
	if e.dropped {
		r.dropped--
	}
	if e.a == atom.Pre {
		r.pre--
	}
	if e.a == atom.Article || e.a == atom.Main {
		r.inContent--
	}
	if r.dropped > 0 {
		return e
	}
	if e.block && !e.dropped {
		r.flush()
	}
	if e.candidate != 0 {
		c := htmlCandidate{found: true, from: e.firstPara, to: len(r.paras), text: r.kept - e.keptStart, order: e.order}
		best := &r.article
		if e.candidate == candMain {
			best = &r.main
		}
		if c.better(*best) {
			*best = c
		}
	}
	return e
}

// content returns the paragraphs of the article with the most text (when
// it has more than minArticleText), else of the main element with the
// most, else of the whole page.
func (r *htmlReader) content() []string {
	switch {
	case r.article.found && r.article.text > minArticleText:
		return r.paras[r.article.from:r.article.to]
	case r.main.found:
		return r.paras[r.main.from:r.main.to]
	}
	return r.paras
}

// flush ends the current paragraph: runs of white space become one
// space, and a line break mark a line end with no space around it.
func (r *htmlReader) flush() {
	out := r.out[:0]
	space, afterBreak := false, false
	for _, c := range string(r.cur) {
		switch c {
		case ' ', '\t', '\r', '\f', '\n':
			space = true
			continue
		case lineBreak:
			if len(out) > 0 {
				out = append(out, '\n')
			}
			space, afterBreak = false, true
			continue
		}
		if space && !afterBreak && len(out) > 0 {
			out = append(out, ' ')
		}
		space, afterBreak = false, false
		out = utf8.AppendRune(out, c)
	}
	out = bytes.TrimRight(out, "\n")
	if len(out) > 0 {
		r.paras = append(r.paras, string(out))
	}
	r.cur, r.out = r.cur[:0], out
}

// lineBreakMark stands for a <br> (or a line end inside <pre>) while white
// space is collapsed; it becomes '\n' in the paragraph.
const (
	lineBreak     = '\uE000'
	lineBreakMark = string(lineBreak)
)

// htmlCharset names the encoding of an HTML page: its BOM, else a
// <meta charset> the bytes agree with, else the detector's guess. valid
// says whether b is valid UTF-8.
func htmlCharset(b []byte, valid bool) string {
	if enc := bomEncoding(b); enc != "" {
		return enc
	}
	// Valid UTF-8 with non-ASCII bytes is UTF-8 whatever a <meta> says
	// (pages re-saved by a browser or an editor often keep the old
	// charset): text in a single-byte code page is almost never valid
	// UTF-8.
	if valid && bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
		return EncUTF8
	}
	if m := metaCharset().FindSubmatch(b[:min(len(b), 4096)]); m != nil {
		// As in browsers, a <meta> cannot declare UTF-16: the bytes
		// read it, so they are ASCII-compatible.
		if _, canon, err := LookupEncoding(string(m[1])); err == nil && !strings.HasPrefix(canon, "utf-16") {
			if canon != EncUTF8 || valid {
				return canon
			}
		}
	}
	if valid {
		return EncUTF8
	}
	// Detect from the text between the tags: markup is ASCII and would
	// drown the letters the detector weighs.
	enc, err := DetectEncoding(htmlTextBytes(b))
	if err != nil {
		return EncUTF8 // decoding will report the problem
	}
	return enc
}

// metaCharset matches a <meta> charset declaration; compiled on first use.
var metaCharset = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)`)
})

// htmlTextBytes returns b without its tags, comments and script or style
// contents, roughly: enough for encoding detection.
func htmlTextBytes(b []byte) []byte {
	out := make([]byte, 0, len(b)/2)
	lower := bytes.ToLower(b)
	for i := 0; i < len(b); {
		if b[i] != '<' {
			out = append(out, b[i])
			i++
			continue
		}
		end := []byte(">")
		switch {
		case bytes.HasPrefix(lower[i:], []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(lower[i:], []byte("<script")):
			end = []byte("</script>")
		case bytes.HasPrefix(lower[i:], []byte("<style")):
			end = []byte("</style>")
		}
		j := bytes.Index(lower[i:], end)
		if j < 0 {
			break
		}
		out = append(out, ' ')
		i += j + len(end)
	}
	if len(out) == 0 {
		return b
	}
	return out
}

// minArticleText is the fewest bytes of text (a few sentences) an
// <article> needs to be taken for the page's content: pages mark teasers
// and comments as articles too.
const minArticleText = 200

// htmlDroppedTag reports whether an element a with attributes attrs is
// page chrome or non-text; inContent says it is inside an <article> or
// <main>.
func htmlDroppedTag(a atom.Atom, attrs []html.Attribute, inContent bool) bool {
	switch a {
	case atom.Html, atom.Body:
		return false // the page itself, whatever its classes say ("sidebar-visible")
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Nav, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Menu,
		atom.Dialog, atom.Head, atom.Title, atom.Audio, atom.Video, atom.Picture, atom.Img, atom.Link, atom.Meta:
		return true
	case atom.Header:
		// A page header is chrome; an article's own header holds its title.
		return !inContent
	}
	if _, ok := htmlAttrOf(attrs, "hidden"); ok || htmlAttr(attrs, "aria-hidden") == "true" {
		return true
	}
	if st := strings.ReplaceAll(strings.ToLower(htmlAttr(attrs, "style")), " ", ""); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	switch strings.ToLower(htmlAttr(attrs, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar":
		return true
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(htmlAttr(attrs, "class")+" "+htmlAttr(attrs, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		switch tok {
		case "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing",
			"social", "footer", "sidebar", "comments", "comment", "cookie", "cookies", "banner",
			"advert", "ads", "ad", "promo", "related", "subscribe", "newsletter", "popup", "modal",
			"skip", "toolbar", "masthead", "pagination", "print":
			return true
		}
	}
	return false
}

// htmlBlock reports whether an element starts a new paragraph.
func htmlBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Blockquote, atom.Pre, atom.Tr, atom.Section, atom.Article, atom.Main, atom.Dd, atom.Dt,
		atom.Figcaption, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Header, atom.Address,
		atom.Hr, atom.Figure, atom.Caption, atom.Body, atom.Html:
		return true
	}
	return false
}

func htmlAttr(attrs []html.Attribute, key string) string {
	v, _ := htmlAttrOf(attrs, key)
	return v
}

// htmlAttrOf returns the value of attribute key and whether it is there.
func htmlAttrOf(attrs []html.Attribute, key string) (string, bool) {
	for _, a := range attrs {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// htmlVoid reports the elements that have no end tag and hold nothing.
func htmlVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

// inlineFormatting reports the inline elements that only format their
// text, whose tags the reader leaves out.
func inlineFormatting(a atom.Atom) bool {
	switch a {
	case atom.Font, atom.Span, atom.B, atom.I, atom.U, atom.S, atom.Strike, atom.Em, atom.Strong,
		atom.Small, atom.Big, atom.A, atom.Abbr, atom.Cite, atom.Mark, atom.Nobr, atom.Tt:
		return true
	}
	return false
}
