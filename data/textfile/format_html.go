package textfile

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// extractHTML returns the article text of an HTML page: the largest
// <article>, else <main> (or role=main), else <body>, without scripts,
// styles, navigation, headers, footers, asides, forms, share bars and
// hidden elements. Block elements become paragraphs separated by blank
// lines. Nothing is executed or fetched. enc overrides the page's charset.
//
// The page is read as a stream of tokens, not parsed into a tree: a tree
// costs a node per element, many times a page of dense markup, while the
// stream holds only the open elements and the text read.
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
	if enc, ok := sniffUTF16(b); ok {
		return enc // saved without a byte-order mark
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
			switch {
			case canon == EncUTF8 && valid:
				return canon
			case canon != EncUTF8:
				if enc, ok := metaOverruled(htmlTextBytes(b), canon); ok {
					return enc
				}
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

// metaOverruled returns the code page the page's text, text (see
// htmlTextBytes), is in where a <meta> names a single-byte one, canon,
// that the text is not in: Russian in Windows-1251 under a <meta>
// that still says koi8-r or iso-8859-1 (a server recoded the page and a
// browser saved it). Any bytes decode in such a code page, so the text
// decides where there is enough of it: Russian under a Western <meta>
// (most of its letters above 0x7F, cyrillicShareTenths, and a few words'
// worth, westernMinHighBytes), or, with a sentence or two
// (metaMinHighBytes), a Cyrillic code page scoring clearly better than
// the declared Cyrillic one (metaOutscored), which on a few words the
// detector may guess wrong.
func metaOverruled(text []byte, canon string) (string, bool) {
	if _, single := singleByteMaps()[canon]; !single {
		return "", false
	}
	var high, letters int
	for _, c := range text {
		switch {
		case c >= 0x80:
			high++
			letters++
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			letters++
		}
	}
	if high < westernMinHighBytes {
		return "", false
	}
	enc, err := DetectEncoding(text)
	if err != nil || enc == canon || !isCyrillicPage(enc) {
		return "", false
	}
	if !isCyrillicPage(canon) {
		return enc, high*10 >= letters*cyrillicShareTenths // Russian text under a Western <meta>
	}
	if high < metaMinHighBytes {
		return "", false
	}
	got, declared := cyrillicScore(text, enc), cyrillicScore(text, canon)
	return enc, got > declared+metaOutscored*math.Abs(declared)
}

// Limits of metaOverruled. A Russian text has nearly all its letters
// above 0x7F and a Western one a few (French, German and Polish under
// two tenths), so six tenths tell them apart. metaOutscored is how much
// better, as a share of the declared code page's score, the detected one
// must score: on the sentences tried, the right code page's cost (its
// negative log-likelihood) was 0.7 to 0.8 of a wrong one's, so only a
// clear case overrules the <meta>.
const (
	westernMinHighBytes = 10 // "Été" alone keeps its <meta>
	metaMinHighBytes    = 40
	cyrillicShareTenths = 6
	metaOutscored       = 0.25
)

// isCyrillicPage reports the Cyrillic single-byte code pages the detector
// tells apart.
func isCyrillicPage(enc string) bool {
	return enc == EncWindows1251 || enc == EncKOI8R || enc == EncIBM866
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
func htmlDroppedTag(a atom.Atom, attrs []tagAttr, inContent bool) bool {
	switch a {
	case atom.Html, atom.Body:
		return false // the page itself, whatever its classes say ("sidebar-visible")
	case atom.Script, atom.Style, atom.Noscript, atom.Noframes, atom.Noembed, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Nav, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Menu,
		atom.Dialog, atom.Head, atom.Audio, atom.Video, atom.Picture, atom.Img, atom.Link, atom.Meta:
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
	for _, key := range []string{"class", "id"} {
		v, _ := htmlAttrOf(attrs, key)
		for len(v) > 0 {
			i := bytes.IndexAny(v, " -_\t\n")
			if i < 0 {
				i = len(v)
			}
			if htmlChromeWord(v[:i]) {
				return true
			}
			v = v[min(i+1, len(v)):]
		}
	}
	return false
}

// htmlChromeWord reports a word of a class or id that names page chrome
// ("share-bar", "site_footer"), in any case. It is asked of every
// element's class words, so ASCII words are lowered without allocating.
func htmlChromeWord(w []byte) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return htmlChromeName(strings.ToLower(string(w)))
	}
	for i, c := range w {
		switch {
		case c >= utf8.RuneSelf:
			return htmlChromeName(strings.ToLower(string(w))) // "K" (Kelvin) lowers to "k"
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return htmlChromeName(string(buf[:len(w)]))
}

// htmlChromeName reports a lower-case word that names page chrome.
func htmlChromeName(w string) bool {
	switch w {
	case "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing",
		"social", "footer", "sidebar", "comments", "comment", "cookie", "cookies", "banner",
		"advert", "ads", "ad", "promo", "related", "subscribe", "newsletter", "popup", "modal",
		"skip", "toolbar", "masthead", "pagination", "print":
		return true
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

// tagAttr is an attribute of a tag as the tokenizer reads it: its bytes
// last until the next token.
type tagAttr struct{ key, val []byte }

// htmlAttr returns the value of attribute key, or "".
func htmlAttr(attrs []tagAttr, key string) string {
	v, _ := htmlAttrOf(attrs, key)
	return string(v)
}

// htmlAttrOf returns the value of attribute key and whether it is there.
func htmlAttrOf(attrs []tagAttr, key string) ([]byte, bool) {
	for _, a := range attrs {
		if bytes.EqualFold(a.key, []byte(key)) {
			return a.val, true
		}
	}
	return nil, false
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
