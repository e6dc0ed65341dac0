package textfile

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds the elements open at once, as the HTML parser of
// golang.org/x/net does (512). Only the elements that shape the text are
// counted (see htmlReader.start): inline formatting left open (<font> in
// every paragraph of an old page) holds no text of its own.
const maxHTMLDepth = 512

// htmlReader gathers a page's paragraphs from its tokens, without a tree:
// the text of each block element with white space collapsed, <br> and
// line ends inside <pre> kept, and the paragraphs each candidate for the
// content (article, main) spans. It keeps the open elements that shape
// the text (blocks, tables, lists, chrome to drop, candidates) and closes
// them where the HTML parser would, end tags or not: a paragraph at the
// next block, a list item at the next item, a cell at the next cell or
// row, the head at the first element of the body, an <svg> at an HTML
// element; an end tag does not close an element outside its table cell.
type htmlReader struct {
	paras []string
	// paraIn is, for each paragraph, the candidate read inside dropped
	// chrome (an <article> in an <aside>, a <main> in a <form>) that it
	// belongs to, by order, or -1: such a paragraph is text only of that
	// candidate and of those inside it, not of the page or of a candidate
	// around the chrome.
	paraIn []int32
	// within is the innermost candidate read inside dropped chrome that is
	// open, by order, or -1.
	within int
	cur    []byte         // the paragraph being read
	out    []byte         // flush's buffer
	attrs  []tagAttr      // start's buffer
	open   []htmlOpen     // the open elements, innermost last
	count  map[string]int // open elements by tag name, to match end tags at once
	// dropped is how many open elements leave their content out (an
	// <article> or <main> inside them starts afresh); pre, inContent and
	// foreign how many are <pre>, <article> or <main>, and <svg> or <math>.
	dropped, pre, inContent, foreign int
	inBody                           bool // past the head: a <title> is text
	// kept counts the bytes of text kept so far (white space trimmed) at
	// the current within: a candidate read inside chrome starts it afresh
	// and gives the old count back when it ends, so that a candidate's
	// text is what it owns, not what a candidate inside its chrome does.
	kept          int
	elements      int // elements opened so far: their order
	article, main htmlCandidate
}

// htmlOpen is an open element.
type htmlOpen struct {
	name                 string
	a                    atom.Atom
	dropped, block       bool
	closed               bool // a form's end tag came: it leaves the stack with the last element inside it
	candidate            int  // 0, or candArticle or candMain
	outerDropped         int  // a candidate's r.dropped outside it
	outerWithin          int  // r.within outside it
	outerKept            int  // r.kept outside it, when it is read inside chrome
	within               int  // r.within inside it
	firstPara, keptStart int  // len(paras) and kept at its start
	order                int
	// pAt and cellAt are the indexes in open of the <p> in button scope
	// and of the cell (td, th) in table scope, or -1: where a start tag
	// that ends them finds them, without a walk down the stack.
	pAt, cellAt int
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
	within         int // r.within inside it: its paragraphs are those with this paraIn
}

// better says whether c beats best: more text, or as much and first in
// document order (an element before the ones inside it).
func (c htmlCandidate) better(best htmlCandidate) bool {
	return !best.found || c.text > best.text || c.text == best.text && c.order < best.order
}

// read reads page s.
func (r *htmlReader) read(s string) error {
	r.count = map[string]int{}
	r.within = -1
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
			r.text(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			if err := r.start(z, tt == html.SelfClosingTagToken); err != nil {
				return err
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name), atom.Lookup(name))
		}
	}
}

// text adds the text of a text token.
func (r *htmlReader) text(t []byte) {
	if r.foreign > 0 {
		return
	}
	n := len(bytes.TrimSpace(t))
	if !r.inBody && n > 0 && r.betweenHeadElements() {
		r.enterBody() // text in the head (not in its <title>) ends it
	}
	if r.dropped > 0 {
		return
	}
	if bytes.IndexByte(t, 0) >= 0 || r.pre > 0 {
		t = bytes.ReplaceAll(t, []byte{0}, nil) // as the parser, which drops NUL in text
		if r.pre > 0 {
			t = bytes.ReplaceAll(t, []byte("\n"), []byte(lineBreakMark))
		}
		n = len(bytes.TrimSpace(t))
	}
	r.cur = append(r.cur, t...)
	r.kept += n
}

// betweenHeadElements reports whether the innermost open element is the
// head, the page, or none.
func (r *htmlReader) betweenHeadElements() bool {
	if len(r.open) == 0 {
		return true
	}
	a := r.open[len(r.open)-1].a
	return a == atom.Head || a == atom.Html
}

// enterBody closes the head, open or implied: what follows is the body.
func (r *htmlReader) enterBody() {
	r.inBody = true
	if r.count["head"] > 0 {
		r.popTo("head")
	}
}

// start reads a start tag.
func (r *htmlReader) start(z *html.Tokenizer, selfClosing bool) error {
	name, a, attrs := r.tag(z)
	if r.foreign > 0 {
		// Inside <svg> or <math> a <title> or <style> holds markup, not
		// raw text; an HTML element ends them, as in the parser.
		z.NextIsNotRawText()
		if !htmlBreaksOut(a, attrs) {
			if (a == atom.Svg || a == atom.Math) && !selfClosing {
				return r.push(htmlOpen{name: string(name), a: a, dropped: true})
			}
			return nil
		}
		for r.foreign > 0 {
			r.pop()
		}
	}
	if r.ignored(a) {
		return nil
	}
	if !r.inBody && a != atom.Html && a != atom.Head && !htmlHeadContent(a) && r.count["template"] == 0 {
		r.enterBody()
	}
	if a == atom.Form && r.inTableRows() {
		return nil // a form between table rows holds none of them
	}
	r.closeImplied(a)
	dropped := htmlDroppedTag(a, attrs, r.inContent > 0) || a == atom.Title && !r.inBody
	candidate := htmlCandidateKind(a, attrs, dropped)
	reading := r.dropped == 0 || candidate != 0
	switch {
	case a == atom.Br:
		if reading && !dropped {
			r.cur = append(r.cur, lineBreakMark...)
		}
		return nil
	case htmlVoid(a) || selfClosing && (a == atom.Svg || a == atom.Math):
		if reading && !dropped && htmlBlock(a) {
			r.flush() // <hr>
		}
		return nil
	case !dropped && candidate == 0 && !htmlSpecial(a) && a != atom.Option && a != atom.Optgroup && r.count[string(name)] == 0:
		return nil // an inline element: its text is the paragraph's
	}
	e := htmlOpen{name: string(name), a: a, dropped: dropped, candidate: candidate,
		block: htmlBlock(a) || candidate != 0, order: r.elements}
	r.elements++
	if reading && !dropped && e.block {
		r.flush()
	}
	if reading && !dropped && (a == atom.Td || a == atom.Th) {
		r.cur = append(r.cur, '\t')
	}
	return r.push(e)
}

// tag returns the start tag's name, atom and attributes (valid until the
// next token).
func (r *htmlReader) tag(z *html.Tokenizer) ([]byte, atom.Atom, []tagAttr) {
	name, more := z.TagName()
	attrs := r.attrs[:0]
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs = append(attrs, tagAttr{k, v})
	}
	r.attrs = attrs
	return name, atom.Lookup(name), attrs
}

// htmlCandidateKind tells whether an element may hold the article:
// candArticle, candMain (<main> or role=main), or 0.
func htmlCandidateKind(a atom.Atom, attrs []tagAttr, dropped bool) int {
	switch {
	case dropped:
		return 0
	case a == atom.Article:
		return candArticle
	case a == atom.Main || strings.EqualFold(htmlAttr(attrs, "role"), "main"):
		return candMain
	}
	return 0
}

// ignored reports the start tags the parser leaves out where they stand:
// a second <html>, <head> or <body>, and parts of a table outside one.
func (r *htmlReader) ignored(a atom.Atom) bool {
	switch {
	case a == atom.Html:
		return r.count["html"] > 0 || r.inBody
	case a == atom.Head:
		return r.count["head"] > 0 || r.inBody
	case a == atom.Body:
		return r.count["body"] > 0
	case htmlTablePart(a) && a != atom.Table:
		return r.count["table"] == 0
	}
	return false
}

// closeImplied closes the open elements that a start tag of a ends
// without their end tags, as the HTML parser does.
func (r *htmlReader) closeImplied(a atom.Atom) {
	top := func() atom.Atom {
		if len(r.open) == 0 {
			return 0
		}
		return r.open[len(r.open)-1].a
	}
	if htmlTablePart(a) && r.count["table"] > 0 {
		r.closeBetweenRows(a)
	}
	switch a {
	case atom.A:
		if r.count["a"] > 0 {
			r.popTo("a") // a link left open ends at the next
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if htmlHeading(top()) {
			r.pop()
		}
	case atom.Li:
		r.closeItem(atom.Li, 0)
	case atom.Dd, atom.Dt:
		r.closeItem(atom.Dd, atom.Dt)
	case atom.Td, atom.Th:
		r.closeCell()
	case atom.Tr:
		r.closeCell()
		r.closeInTable(atom.Tr)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		r.closeCell()
		r.closeInTable(atom.Tr)
		r.closeInTable(atom.Tbody, atom.Thead, atom.Tfoot)
	case atom.Option:
		if top() == atom.Option {
			r.pop()
		}
	case atom.Optgroup:
		if top() == atom.Option {
			r.pop()
		}
		if top() == atom.Optgroup {
			r.pop()
		}
	}
	if htmlClosesP(a) && len(r.open) > 0 {
		if at := r.open[len(r.open)-1].pAt; at >= 0 {
			r.popAbove(at)
			r.pop()
		}
	}
}

// closeBetweenRows closes, at a start tag of a part of a table a, what
// stands between the table's rows: what is not part of the table stands
// before it in the parser's tree (foster parenting), and the next part of
// the table closes it. A table there closes the table.
func (r *htmlReader) closeBetweenRows(a atom.Atom) {
	for n := len(r.open); n > 0 && r.open[n-1].cellAt < 0 && !htmlTablePart(r.open[n-1].a); n = len(r.open) {
		r.pop()
	}
	if a == atom.Table && r.inTableRows() {
		r.popTo("table")
	}
}

// closeItem closes the list item (x or y) a new item ends: the innermost
// open one, unless a block other than a <div>, <address> or <p> (a nested
// list) lies above it.
func (r *htmlReader) closeItem(x, y atom.Atom) {
	if r.count[x.String()] == 0 && (y == 0 || r.count[y.String()] == 0) {
		return
	}
	for i := len(r.open) - 1; i >= 0; i-- {
		switch e := r.open[i]; {
		case e.a == x || y != 0 && e.a == y:
			r.popAbove(i)
			r.pop()
			return
		case htmlSpecial(e.a) && e.a != atom.Address && e.a != atom.Div && e.a != atom.P:
			return
		}
	}
}

// closeCell closes the table cell open in table scope.
func (r *htmlReader) closeCell() {
	if len(r.open) > 0 {
		if at := r.open[len(r.open)-1].cellAt; at >= 0 {
			r.popAbove(at)
			r.pop()
		}
	}
}

// closeInTable closes the innermost open element among as, unless a
// table lies above it.
func (r *htmlReader) closeInTable(as ...atom.Atom) {
	for i := len(r.open) - 1; i >= 0; i-- {
		e := r.open[i]
		for _, a := range as {
			if e.a == a {
				r.popAbove(i)
				r.pop()
				return
			}
		}
		if e.a == atom.Table || e.a == atom.Html || e.a == atom.Template {
			return
		}
	}
}

// inTableRows reports whether the innermost open element is a table or
// a part of one between its cells.
func (r *htmlReader) inTableRows() bool {
	if len(r.open) == 0 {
		return false
	}
	switch r.open[len(r.open)-1].a {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr:
		return true
	}
	return false
}

func (r *htmlReader) push(e htmlOpen) error {
	if len(r.open) >= maxHTMLDepth {
		return tooDeep("HTML page", maxHTMLDepth)
	}
	e.pAt, e.cellAt = -1, -1
	if n := len(r.open); n > 0 {
		e.pAt, e.cellAt = r.open[n-1].pAt, r.open[n-1].cellAt
	}
	switch {
	case e.a == atom.P:
		e.pAt = len(r.open)
	case htmlScopeBoundary(e.a) || e.a == atom.Button:
		e.pAt = -1
	}
	switch e.a {
	case atom.Td, atom.Th:
		e.cellAt = len(r.open)
	case atom.Table, atom.Html, atom.Template:
		e.cellAt = -1
	}
	e.firstPara = len(r.paras)
	if e.candidate != 0 {
		e.outerWithin = r.within
		if r.dropped > 0 {
			r.within = e.order
			e.outerKept, r.kept = r.kept, 0
		}
		e.within = r.within
		e.outerDropped, r.dropped = r.dropped, 0
		e.keptStart = r.kept
	}
	r.open = append(r.open, e)
	r.count[e.name]++
	if e.dropped {
		r.dropped++
	}
	switch e.a {
	case atom.Pre:
		r.pre++
	case atom.Article, atom.Main:
		r.inContent++
	case atom.Svg, atom.Math:
		r.foreign++
	}
	return nil
}

// end reads an end tag: it closes the innermost open element of that
// name and those opened inside it, unless it lies outside the table cell
// the end tag is in; an end tag with none open is left out, as the
// parser does, but for </br> and </p>.
func (r *htmlReader) end(name string, a atom.Atom) {
	if r.foreign > 0 && name != "svg" && name != "math" {
		return // inside <svg> or <math> only their own ends are kept
	}
	if htmlHeading(a) && r.count[name] == 0 {
		for i := len(r.open) - 1; i >= 0 && !htmlScopeBoundary(r.open[i].a); i-- {
			if htmlHeading(r.open[i].a) {
				name = r.open[i].name // </h3> closes an open <h2>, as in the parser
				break
			}
		}
	}
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
	crossesCells := htmlTablePart(a) // a heading renamed above is no part of a table either
	for i := len(r.open) - 1; i >= 0; i-- {
		e := r.open[i]
		if e.name == name && !e.closed {
			if name == "form" && i < len(r.open)-1 {
				// The parser takes a form off the stack alone: what is
				// open inside it stays open, and still inside it.
				r.open[i].closed = true
				r.count[name]--
				return
			}
			r.popAbove(i)
			r.pop()
			return
		}
		if htmlScopeBoundary(e.a) && !crossesCells {
			return
		}
	}
}

// popTo closes the innermost open element named name and those above it.
func (r *htmlReader) popTo(name string) {
	for len(r.open) > 0 && r.pop().name != name {
	}
}

// popAbove closes the open elements above index i.
func (r *htmlReader) popAbove(i int) {
	for len(r.open) > i+1 {
		r.pop()
	}
}

// pop closes the innermost open element.
func (r *htmlReader) pop() htmlOpen {
	e := r.popOne()
	for len(r.open) > 0 && r.open[len(r.open)-1].closed {
		r.popOne() // a form whose end tag came while it held open elements
	}
	return e
}

// popOne closes the innermost open element.
func (r *htmlReader) popOne() htmlOpen {
	e := r.open[len(r.open)-1]
	r.open = r.open[:len(r.open)-1]
	if !e.closed {
		r.count[e.name]--
	}
	if e.dropped {
		r.dropped--
	}
	switch e.a {
	case atom.Pre:
		r.pre--
	case atom.Article, atom.Main:
		r.inContent--
	case atom.Svg, atom.Math:
		r.foreign--
	}
	if r.dropped > 0 {
		return e
	}
	if e.block && !e.dropped {
		r.flush()
	}
	if e.candidate != 0 {
		c := htmlCandidate{found: true, from: e.firstPara, to: len(r.paras), text: r.kept - e.keptStart, order: e.order, within: e.within}
		best := &r.article
		if e.candidate == candMain {
			best = &r.main
		}
		if c.better(*best) {
			*best = c
		}
		if e.within == e.order { // read inside chrome: its text is its own
			r.kept = e.outerKept
		}
		r.dropped, r.within = e.outerDropped, e.outerWithin
	}
	return e
}

// content returns the paragraphs of the article with the most text (when
// it has more than minArticleText), else of the main element with the
// most, else of the whole page.
func (r *htmlReader) content() []string {
	from, to, within := 0, len(r.paras), -1
	switch {
	case r.article.found && r.article.text > minArticleText:
		from, to, within = r.article.from, r.article.to, r.article.within
	case r.main.found:
		from, to, within = r.main.from, r.main.to, r.main.within
	}
	out := r.paras[from:from] // filtered in place: the reader is done with them
	for i := from; i < to; i++ {
		if int(r.paraIn[i]) == within {
			out = append(out, r.paras[i])
		}
	}
	return out
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
		r.paraIn = append(r.paraIn, int32(r.within))
	}
	r.cur, r.out = r.cur[:0], out
}

// The kinds of element the reader tells apart, after the HTML standard's
// tree construction (html.spec.whatwg.org, 13.2.4 and 13.2.6).

// htmlSpecial reports the elements of the "special" category: those that
// shape the text, which the reader keeps open.
func htmlSpecial(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont,
		atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center,
		atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame,
		atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li,
		atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed,
		atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext,
		atom.Pre, atom.Script, atom.Search, atom.Section, atom.Select, atom.Source, atom.Style,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot,
		atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}

// htmlClosesP reports the start tags that close an open <p>.
func htmlClosesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Table, atom.Hr, atom.Xmp,
		atom.Plaintext, atom.Li, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// htmlScopeBoundary reports the elements an end tag (or a <p> or cell
// looked for) does not reach past: a table, a cell, an embedded object.
func htmlScopeBoundary(a atom.Atom) bool {
	switch a {
	case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee,
		atom.Object, atom.Template:
		return true
	}
	return false
}

// htmlTablePart reports the elements of a table's structure, whose end
// tags close what is open in their cells.
func htmlTablePart(a atom.Atom) bool {
	switch a {
	case atom.Caption, atom.Col, atom.Colgroup, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr:
		return true
	}
	return false
}

// htmlHeadContent reports the elements that belong in the head: before
// the body, they do not start it.
func htmlHeadContent(a atom.Atom) bool {
	switch a {
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes,
		atom.Script, atom.Style, atom.Template, atom.Title, atom.Noscript:
		return true
	}
	return false
}

// htmlBreaksOut reports the HTML elements that end an open <svg> or
// <math>.
func htmlBreaksOut(a atom.Atom, attrs []tagAttr) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd,
		atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta,
		atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong,
		atom.Strike, atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	case atom.Font:
		for _, k := range []string{"color", "face", "size"} {
			if _, ok := htmlAttrOf(attrs, k); ok {
				return true
			}
		}
	}
	return false
}

// htmlHeading reports h1 to h6.
func htmlHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
