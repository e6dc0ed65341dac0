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
	// html.Parse refuses more than 512 open elements (x/net v0.38 and
	// later), which also bounds the recursion of the walks below. Old
	// pages reach that with formatting left open (<font> in every
	// paragraph, which the parser reopens in the next): such a page is
	// read again without its inline tags, which hold no text.
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		doc, err = html.Parse(strings.NewReader(withoutInlineTags(s)))
	}
	if err != nil {
		return "", "", fmt.Errorf("unreadable HTML: %w", err)
	}
	root := htmlContentRoot(doc)
	if root == nil {
		return "", "", fmt.Errorf("HTML page without a body")
	}
	var t htmlText
	t.walk(root, false)
	t.flush()
	if len(t.paras) == 0 {
		return "", "", fmt.Errorf("no article text found in the HTML page")
	}
	return strings.Join(t.paras, "\n\n") + "\n", used, nil
}

// htmlText gathers a page's paragraphs: the text of each block element,
// white space collapsed, <br> and line ends inside <pre> kept.
type htmlText struct {
	paras []string
	cur   strings.Builder // the paragraph being read
}

// flush ends the current paragraph.
func (t *htmlText) flush() {
	p := collapseSpace(t.cur.String())
	p = strings.ReplaceAll(p, " "+lineBreakMark, lineBreakMark)
	p = strings.ReplaceAll(p, lineBreakMark+" ", lineBreakMark)
	p = strings.Trim(p, " "+lineBreakMark)
	p = strings.ReplaceAll(p, lineBreakMark, "\n")
	if p != "" {
		t.paras = append(t.paras, p)
	}
	t.cur.Reset()
}

// walk reads n and what it holds; pre says n is inside a <pre>.
func (t *htmlText) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			t.cur.WriteString(strings.ReplaceAll(n.Data, "\n", lineBreakMark))
		} else {
			t.cur.WriteString(n.Data)
		}
		return
	case html.ElementNode:
		if htmlDropped(n) {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && htmlBlock(n.DataAtom)
	if n.DataAtom == atom.Br {
		t.cur.WriteString(lineBreakMark)
		return
	}
	if block {
		t.flush()
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		t.cur.WriteString("\t")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c, pre || n.DataAtom == atom.Pre)
	}
	if block {
		t.flush()
	}
}

// lineBreakMark stands for a <br> (or a line end inside <pre>) while white
// space is collapsed; it becomes '\n' in the paragraph.
const lineBreakMark = "\uE000"

// collapseSpace turns runs of HTML white space (line ends included) into
// one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\r', '\f', '\n':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

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

// htmlContentRoot picks the element holding the article: the article
// with the most text (when it has more than minArticleText), else the
// main element with the most, else the body.
func htmlContentRoot(doc *html.Node) *html.Node {
	type candidate struct {
		n          *html.Node
		text, from int // text bytes; place in document order
	}
	var article, main candidate
	var body *html.Node
	// better says whether c beats best: more text, or as much and first
	// in document order (an element before the ones inside it).
	better := func(c, best candidate) bool {
		return best.n == nil || c.text > best.text || c.text == best.text && c.from < best.from
	}
	// walk returns the text bytes under n that would be kept, measuring
	// every element once however deeply candidates nest.
	seen := 0
	var walk func(n *html.Node) int
	walk = func(n *html.Node) int {
		if n.Type == html.TextNode {
			return len(strings.TrimSpace(n.Data))
		}
		from := seen
		seen++
		total := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += walk(c)
		}
		if n.Type != html.ElementNode {
			return total
		}
		if htmlDropped(n) {
			total = 0
		}
		switch {
		case n.DataAtom == atom.Article:
			if c := (candidate{n, total, from}); better(c, article) {
				article = c
			}
		case n.DataAtom == atom.Main || htmlAttr(n, "role") == "main":
			if c := (candidate{n, total, from}); better(c, main) {
				main = c
			}
		case n.DataAtom == atom.Body:
			body = n
		}
		return total
	}
	walk(doc)
	switch {
	case article.n != nil && article.text > minArticleText:
		return article.n
	case main.n != nil:
		return main.n
	case body != nil:
		return body
	}
	return doc
}

// htmlDropped reports whether an element is page chrome or non-text.
func htmlDropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Nav, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Menu,
		atom.Dialog, atom.Head, atom.Audio, atom.Video, atom.Picture, atom.Img, atom.Link, atom.Meta:
		return true
	case atom.Header:
		// A page header is chrome; an article's own header holds its title.
		for p := n.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
				return false
			}
		}
		return true
	}
	if _, ok := htmlAttrOK(n, "hidden"); ok || htmlAttr(n, "aria-hidden") == "true" {
		return true
	}
	if st := strings.ReplaceAll(strings.ToLower(htmlAttr(n, "style")), " ", ""); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	switch strings.ToLower(htmlAttr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar":
		return true
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(htmlAttr(n, "class")+" "+htmlAttr(n, "id")), func(r rune) bool {
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

func htmlAttr(n *html.Node, key string) string {
	v, _ := htmlAttrOK(n, key)
	return v
}

func htmlAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// withoutInlineTags returns the page s without the tags of inline
// formatting elements (their text stays), for a page that nests them too
// deeply to parse. A tag that hides its content (hidden, display:none, a
// skip link: see htmlDropped) is kept, and its end tag, so that what it
// hides stays out.
func withoutInlineTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	kept := map[atom.Atom]int{} // hiding tags kept open, by element
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			name, more := z.TagName()
			a := atom.Lookup(name)
			if inlineFormatting(a) {
				switch {
				case tt == html.EndTagToken && kept[a] > 0:
					kept[a]--
				case tt == html.EndTagToken:
					continue
				default:
					n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: string(name)}
					for more {
						var k, v []byte
						k, v, more = z.TagAttr()
						n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
					}
					if !htmlDropped(n) {
						continue
					}
					if tt == html.StartTagToken {
						kept[a]++
					}
				}
			}
		}
		b.Write(z.Raw())
	}
}

// inlineFormatting reports the inline elements that only format their
// text, which withoutInlineTags may leave out.
func inlineFormatting(a atom.Atom) bool {
	switch a {
	case atom.Font, atom.Span, atom.B, atom.I, atom.U, atom.S, atom.Strike, atom.Em, atom.Strong,
		atom.Small, atom.Big, atom.A, atom.Abbr, atom.Cite, atom.Mark, atom.Nobr, atom.Tt:
		return true
	}
	return false
}
