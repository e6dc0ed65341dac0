package textfile

import (
	"html"
	"regexp"
	"strings"
	"sync"
)

// mdRule is one inline Markdown construct and what replaces it.
type mdRule struct {
	re   *regexp.Regexp
	repl string
	// need holds the characters of which re's matches contain at least
	// one: a line holding none is left alone without running re.
	need string
}

// mdLine holds the line-level Markdown patterns.
type mdLine struct {
	heading, headClose, quote, list, rule, setext, refDef, fence, tableSep, frontKey *regexp.Regexp
	// codeSpan finds code spans, whose text is literal; entity finds
	// entities, which CommonMark reads only with their semicolon; br
	// finds line break tags.
	codeSpan, entity, br *regexp.Regexp
}

func markdownLineRules() mdLine {
	return mdLine{
		heading:   regexp.MustCompile(`^ {0,3}#{1,6}(\s+|$)`),
		headClose: regexp.MustCompile(`\s+#+\s*$`),
		quote:     regexp.MustCompile(`^ {0,3}>\s?`),
		list:      regexp.MustCompile(`^\s*([-*+]|(\d{1,9})[.)])\s+`),
		rule:      regexp.MustCompile(`^ {0,3}([-*_])(\s*[-*_]){2,}\s*$`),
		setext:    regexp.MustCompile(`^ {0,3}(=+|-+)\s*$`),
		refDef:    regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`),
		fence:     regexp.MustCompile("^ {0,3}(```|~~~)"),
		tableSep:  regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`),
		frontKey:  regexp.MustCompile(`^[A-Za-z_][\w-]*:(\s|$)`), // "title:" opening front matter, not "Chapter 1:"
		codeSpan:  regexp.MustCompile("`([^`]+)`"),
		entity:    regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`),
		br:        regexp.MustCompile(`(?i)<br\s*/?>`),
	}
}

// markdownInlineRules lists the inline constructs removed, in order.
func markdownInlineRules() []mdRule {
	return []mdRule{
		{regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`), "$1", "!"},            // images: alt text
		{regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`), "$1", "["},             // links: their text
		{regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`), "$1", "["},            // reference links
		{regexp.MustCompile(`<https?://[^>]+>`), "", "<"},                    // autolinks
		{regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`), "$2", "*_"}, // strong
		{regexp.MustCompile(`(^|[^\w*])\*(\S(?:.*?\S)?)\*`), "$1$2", "*"},    // emphasis
		{regexp.MustCompile(`(^|[^\w_])_(\S(?:.*?\S)?)_($|[^\w])`), "$1$2$3", "_"},
		{regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`), "$1", "~"}, // strike-through
		// Raw HTML: what a reader never sees (a comment, a script or a
		// style sheet on one line) goes, a line break breaks the line,
		// and other tags go but their text stays.
		{regexp.MustCompile(`<!--.*?-->`), "", "<"},
		{regexp.MustCompile(`(?i)<(script|style)\b[^>]*>.*?</(script|style)\s*>`), "", "<"},
		{regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>`), "", "<"}, // inline HTML tags
		{regexp.MustCompile(`\\([\\\x60*_{}\[\]()#+\-.!>|~])`), "$1", "\\"},    // escapes
	}
}

// markdownRules compiles the line and inline patterns on first use.
var markdownRules = sync.OnceValues(func() (mdLine, []mdRule) {
	return markdownLineRules(), markdownInlineRules()
})

// markdownText removes Markdown markup from s (already LF and NFC) and
// keeps its paragraphs: headings, list items, quotes and table rows become
// plain lines, emphasis, links and code marks are dropped, blank lines
// still separate paragraphs. Text inside code fences is kept as it is.
func markdownText(s string) string {
	md, rules := markdownRules()
	r := mdReader{md: md, rules: rules}
	for _, line := range withoutFrontMatter(strings.Split(s, "\n"), md.frontKey) {
		r.line(line)
	}
	r.flush()
	return strings.Join(r.paras, "\n\n") + "\n"
}

// mdReader reads a Markdown text line by line into paragraphs of plain
// text, for markdownText.
type mdReader struct {
	md    mdLine
	rules []mdRule
	paras []string // the paragraphs read
	cur   []string // the lines of the paragraph being read
	// inFence is set inside a code fence; inOrdered while the paragraph
	// being read is an item of an ordered list; hiddenEnd is the end mark
	// of the hidden HTML block being skipped.
	inFence, inOrdered bool
	hiddenEnd          string
}

// flush ends the paragraph being read, if any.
func (r *mdReader) flush() {
	if len(r.cur) > 0 {
		r.paras = append(r.paras, strings.Join(r.cur, "\n"))
		r.cur = nil
	}
}

// line reads the next line of the text.
func (r *mdReader) line(line string) {
	if r.md.fence.MatchString(line) && r.hiddenEnd == "" {
		r.inFence = !r.inFence
		return
	}
	if r.inFence {
		r.cur = append(r.cur, line)
		return
	}
	line, ok := r.visible(line)
	if !ok {
		return
	}
	if r.md.setext.MatchString(line) && len(r.cur) > 0 {
		r.flush() // the underline of a heading
		return
	}
	if r.md.separates(line) {
		r.flush()
		return
	}
	r.text(line)
}

// visible returns what of line a reader sees, outside hidden HTML blocks
// and comments, and false when that is nothing to read: the line is
// inside a hidden block, or opens one.
func (r *mdReader) visible(line string) (string, bool) {
	if r.hiddenEnd != "" {
		// What follows the end mark on its line is text again.
		k := strings.Index(strings.ToLower(line), r.hiddenEnd)
		if k < 0 {
			return "", false
		}
		line, r.hiddenEnd = line[k+len(r.hiddenEnd):], ""
		if strings.TrimSpace(line) == "" {
			return "", false
		}
	}
	if end := hiddenBlockEnd(r.md.unquoted(line)); end != "" && !strings.Contains(strings.ToLower(line), end) {
		r.flush()
		r.hiddenEnd = end
		return "", false
	}
	if i := openComment(line); i >= 0 {
		line, r.hiddenEnd = line[:i], "-->" // a comment inside a paragraph, closed on a later line
	}
	return line, true
}

// text reads a line of text, its markup removed: a heading is a
// paragraph of its own, a list item starts one, and any other line goes
// on the paragraph being read.
func (r *mdReader) text(line string) {
	line = r.md.unquoted(line)
	heading, item := false, false
	if r.md.heading.MatchString(line) {
		line = r.md.headClose.ReplaceAllString(r.md.heading.ReplaceAllString(line, ""), "")
		heading = true
	} else if m := r.md.list.FindStringSubmatchIndex(line); m != nil && startsItem(line, m, len(r.cur) > 0 && !r.inOrdered) {
		r.flush() // each list item is a paragraph of its own
		line = line[m[1]:]
		item = m[4] >= 0 // ordered
	}
	line = r.md.inlineText(r.md.tableCells(line), r.rules)
	if strings.TrimSpace(line) == "" {
		r.flush()
		return
	}
	if heading {
		r.flush()
		r.paras = append(r.paras, line)
		r.inOrdered = false
		return
	}
	if len(r.cur) == 0 {
		r.inOrdered = item
	}
	r.cur = append(r.cur, line)
}

// separates reports a line that ends a paragraph and holds no text: a
// thematic break, a link reference definition, or a table's header rule.
func (md *mdLine) separates(line string) bool {
	return md.rule.MatchString(line) || md.refDef.MatchString(line) ||
		(md.tableSep.MatchString(line) && strings.Contains(line, "-") && strings.Contains(line, "|"))
}

// unquoted is line without its block quote markers.
func (md *mdLine) unquoted(line string) string {
	for {
		m := md.quote.FindStringIndex(line)
		if m == nil {
			return line
		}
		line = line[m[1]:]
	}
}

// tableCells turns a table row into its cells separated by tabs; any
// other line is returned as it is.
func (md *mdLine) tableCells(line string) string {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "|") {
		return line
	}
	cells := strings.Split(strings.Trim(t, "|"), "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(md.br.ReplaceAllString(cells[i], " ")) // a row stays one line
	}
	return strings.Join(cells, "\t")
}

// hiddenBlockEnd returns the end mark of an HTML block that opens at
// line and whose content a reader never sees: a comment, a script or a
// style sheet (CommonMark's HTML blocks of kinds 1 and 2). It is "" for
// any other line.
func hiddenBlockEnd(line string) string {
	t := strings.ToLower(line)
	if len(t)-len(strings.TrimLeft(t, " ")) > 3 {
		return "" // indented code
	}
	t = strings.TrimLeft(t, " ")
	if strings.HasPrefix(t, "<!--") {
		return "-->"
	}
	for _, tag := range []string{"script", "style"} {
		// The tag's name ends there: "<scriptname>" is text.
		if rest, ok := strings.CutPrefix(t, "<"+tag); ok && (rest == "" || strings.ContainsAny(rest[:1], " \t>")) {
			return "</" + tag + ">"
		}
	}
	return ""
}

// openComment returns where line opens an HTML comment that it does not
// close, outside a code span, or -1.
func openComment(line string) int {
	i := strings.LastIndex(line, "<!--")
	if i < 0 || strings.Contains(line[i:], "-->") || strings.Count(line[:i], "`")%2 == 1 {
		return -1
	}
	return i
}

// inlineText is line without its hard-break marks and inline markup
// (emphasis, links, images, HTML tags) as rules remove them, a <br> made
// a line break, and entities ("&amp;", "&mdash;") read as their
// characters; the text of code spans is kept as it is written.
func (md *mdLine) inlineText(line string, rules []mdRule) string {
	line = strings.TrimRight(line, " \t\\")
	var b strings.Builder
	last := 0
	for _, m := range md.codeSpan.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(md.markupText(line[last:m[0]], rules))
		b.WriteString(line[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(md.markupText(line[last:], rules))
	return b.String()
}

// markupText is text outside code spans without its markup.
func (md *mdLine) markupText(s string, rules []mdRule) string {
	if strings.Contains(s, "<") {
		s = md.br.ReplaceAllString(s, "\n") // before the tags go
	}
	for _, r := range rules {
		if strings.ContainsAny(s, r.need) {
			s = r.re.ReplaceAllString(s, r.repl)
		}
	}
	if strings.Contains(s, "&") {
		s = md.entity.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	return s
}

// startsItem reports whether line, whose list marker md.list matched at
// m, starts a list item. An ordered item that would interrupt a paragraph
// other than an ordered list's item must start at 1, as in CommonMark:
// "2024." opening a wrapped line of prose, or of a bullet item, is a
// year, not an item.
func startsItem(line string, m []int, inParagraph bool) bool {
	if !inParagraph || m[4] < 0 {
		return true // after a blank line, in a list, or a bullet
	}
	return strings.TrimLeft(line[m[4]:m[5]], "0") == "1"
}

// withoutFrontMatter drops YAML front matter: a line "---" first, then
// "key:" right under it (not a blank line: "---" and a blank line is a
// thematic break), up to a line "---" or "...". Without a closing line
// there is none.
func withoutFrontMatter(lines []string, key *regexp.Regexp) []string {
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" || !key.MatchString(lines[1]) {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
			return lines[i+1:]
		}
	}
	return lines
}
