package cli

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/textfile"
)

// diffJSON is the machine-readable output of "variorum diff --format json".
type diffJSON struct {
	Versions  []export.DiffVersion `json:"versions"`
	Base      int                  `json:"base"`
	Changes   []compare.Change     `json:"changes"`
	Alignment []compare.Row        `json:"alignment"`
}

// runDiff compares two or more files without touching the library and
// prints the changes as JSON or as a word diff.
func runDiff(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "diff", "variorum diff [--format json|text] [--base N] [--ignore-case] [--ignore-punctuation] A B [C...]  (- for standard input)")
	format := fs.String("format", "text", "output format: json or text")
	base := fs.Int("base", 0, "index of the base version (0 is the first file)")
	ignoreCase := fs.Bool("ignore-case", false, "ignore differences in letter case (Unicode case folding)")
	ignorePunct := fs.Bool("ignore-punctuation", false, "ignore differences in punctuation")
	showTrivial := fs.Bool("show-trivial", false, "text format: mark typography-only changes too, as {~~old~>new~~}")
	color := fs.String("color", "auto", "text format: colour the output: auto, always or never")
	encoding := fs.String("encoding", "", encodingUsage)
	lang := fs.String("lang", "", "the files' languages, comma-separated in file order (ru,en,en; an empty one is detected: ,en), or one for all; detected when not given")
	files, code := parseInterspersed(e, fs, args)
	if code >= 0 {
		return code
	}
	if len(files) < 2 {
		return usageError(e, fs, "need two or more files")
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(e.stderr, "variorum diff: unknown format %q (want json or text)\n", *format)
		return 2
	}
	if *color != "auto" && *color != "always" && *color != "never" {
		return usageError(e, fs, "--color %q: want auto, always or never", *color)
	}
	if *base < 0 || *base >= len(files) {
		fmt.Fprintf(e.stderr, "variorum diff: --base %d out of range: %d files given\n", *base, len(files))
		return 2
	}
	texts, langs, verbatim, code := readVersions(ctx, e, fs, files, *encoding, *lang, *base, true)
	if code >= 0 {
		return code
	}
	defer budgetGC(texts)()
	res, err := compare.Compare(ctx, texts, compare.Options{Base: *base, IgnoreCase: *ignoreCase, IgnorePunctuation: *ignorePunct, Languages: langs})
	if err != nil {
		return fail(e, fs, err)
	}
	if *format == "json" {
		err = diffAsJSON(e.stdout, res, files, texts, langs, verbatim)
	} else {
		useColor := *color == "always" || *color == "auto" && colorTerminal(e.stdout)
		err = diffAsText(e.stdout, res, files, langs, useColor, *showTrivial)
	}
	if err != nil {
		return fail(e, fs, fmt.Errorf("writing the output: %w", err))
	}
	return 0
}

// diffAsJSON writes a comparison as "variorum diff --format json" does.
// verbatim tells the files whose offsets the texts' are.
func diffAsJSON(w io.Writer, res *compare.Result, files, texts, langs []string, verbatim []bool) error {
	// writeDiffJSON buffers its own writes.
	out := diffJSON{Base: res.Base, Changes: res.Changes, Alignment: res.Rows, Versions: make([]export.DiffVersion, len(files))}
	for i, f := range files {
		out.Versions[i] = export.DiffVersion{Index: i, Name: f, Bytes: len(texts[i]), Language: langs[i],
			Reference: res.Reference[i], Translated: res.Translated[i], FileOffsets: verbatim[i]}
	}
	return writeDiffJSON(w, out)
}

// diffAsText writes each version's word diff against its reference, as
// git diff --word-diff does, with a heading per pair when there are more
// than two versions.
func diffAsText(out io.Writer, res *compare.Result, files, langs []string, useColor, showTrivial bool) error {
	w := bufio.NewWriterSize(out, 1<<16)
	for v := range res.Texts {
		if v == res.Base {
			continue
		}
		ref := res.Reference[v]
		if ref < 0 {
			fmt.Fprintf(w, "=== %s ~ %s: %s and %s, aligned across languages; see variorum align or check ===\n",
				termName(files[res.Base]), termName(files[v]), langLabel(langs[res.Base]), langLabel(langs[v]))
			continue
		}
		if len(res.Texts) > 2 {
			fmt.Fprintf(w, "=== %s → %s ===\n", termName(files[ref]), termName(files[v]))
		}
		writeWordDiff(w, res, v, useColor, showTrivial)
	}
	return w.Flush()
}

// markers for the word diff, plain and coloured (as git diff --word-diff);
// a typography-only change, shown with --show-trivial, is a CriticMarkup
// substitution, {~~old~>new~~}, so that it reads apart from a real one.
type markers struct {
	delOpen, delClose, insOpen, insClose, movOpen, movClose string
	leftOpen, leftClose                                     string // where a moved passage left
	trivOpen, trivTo, trivClose                             string
}

var plainMarkers = markers{"[-", "-]", "{+", "+}", "{>", "<}", "{<", ">}", "{~~", "~>", "~~}"}
var colorMarkers = markers{"\x1b[31m[-", "-]\x1b[0m", "\x1b[32m{+", "+}\x1b[0m", "\x1b[36m{>", "<}\x1b[0m",
	"\x1b[2;36m{<", ">}\x1b[0m", "\x1b[2m{~~", "~>", "~~}\x1b[0m"}

// writeWordDiff prints version v with the base's deleted words inline, like
// git diff --word-diff: [-deleted-]{+inserted+}, moved passages in {>…<}
// and, where a moved sentence or paragraph left, {<moved below: its first
// words…>}.
func writeWordDiff(w io.Writer, res *compare.Result, v int, useColor, showTrivial bool) {
	m := plainMarkers
	if useColor {
		m = colorMarkers
	}
	text := res.Texts[v]
	evs := wordDiffMarks(res, v, m, showTrivial)
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].pos != evs[j].pos {
			return evs[i].pos < evs[j].pos
		}
		if evs[i].order != evs[j].order {
			return evs[i].order < evs[j].order
		}
		return evs[i].from < evs[j].from
	})
	pos := 0
	for _, ev := range evs {
		if ev.pos > pos {
			io.WriteString(w, termText(text[pos:ev.pos]))
			pos = ev.pos
		}
		io.WriteString(w, ev.s)
		if ev.pos+ev.skip > pos {
			pos = ev.pos + ev.skip
		}
	}
	io.WriteString(w, termText(text[pos:]))
	if !strings.HasSuffix(text, "\n") {
		io.WriteString(w, "\n")
	}
}

// wordMark is what writeWordDiff prints at a place of the version's text.
type wordMark struct {
	pos int
	// order: at one position, a moved passage's close, then marks
	// that take no text (a deletion, where a passage left), then a
	// passage's open, then a change of the text there, which lies inside
	// the passage that opens with it.
	order int
	from  int // where in the reference the change was: marks at one place and of one order print in its order
	s     string
	skip  int  // bytes of text replaced by s
	glued bool // a mark that takes no text, after the text before it on its line (see placeAtParagraphs)
}

// wordDiffMarks returns the marks of version v's changes, unsorted.
func wordDiffMarks(res *compare.Result, v int, m markers, showTrivial bool) []wordMark {
	text := res.Texts[v]
	var evs []wordMark
	left := leftAt(res, v)
	var origins *origins // made for the first move within a sentence
	var moves *moveSpans // made for the first deletion
	for _, c := range res.Changes {
		if c.B != v || c.Trivial && !showTrivial {
			continue
		}
		if c.Kind != compare.Move {
			mark := editMark(res.Texts[c.A], text, c, m)
			mark.from = c.AStart
			if c.BText == "" {
				if moves == nil {
					moves = newMoveSpans(res, v)
				}
				mark.order = moves.deletionOrder(c, mark)
			}
			evs = append(evs, mark)
			continue
		}
		evs = append(evs, wordMark{pos: c.BStart, order: 2, from: c.AStart, s: m.movOpen}, wordMark{pos: c.BEnd, order: 0, from: c.AStart, s: m.movClose})
		if from, ok := left[c.BStart]; ok && c.A == res.Base {
			pos, s, glued := movedFrom(res.Texts[c.A], text, c, from, m)
			evs = append(evs, wordMark{pos: pos, order: 1, from: c.AStart, s: s, glued: glued})
		} else if !ok {
			if origins == nil {
				origins = newOrigins(res, v)
			}
			pos, s := movedWithin(text, c, origins.of(c), m)
			evs = append(evs, wordMark{pos: pos, order: 1, from: c.AStart, s: s})
		}
	}
	return placeAtParagraphs(res.Texts[res.Reference[v]], text, evs, m)
}

// placeAtParagraphs moves marks that take no text (deletions, where a
// passage left) from the end of a paragraph of b to the start of the
// next where what they mark followed a paragraph break in a, the
// reference: of the marks glued to one paragraph's end, in a's order,
// those from the first that opened a paragraph in a on ("The market
// opened.\n\n{<moved below: She thought…>} Since then…", not "The market
// opened. {<moved below…>}"). Their order stays a's.
func placeAtParagraphs(a, b string, evs []wordMark, m markers) []wordMark {
	first := map[int]int{} // paragraph end in b -> the least a place that opened a paragraph there
	opened := func(end, from int) {
		if f, ok := first[end]; !ok || from < f {
			first[end] = from
		}
	}
	// A mark glued to a paragraph's end, or printed as a paragraph of
	// its own after it ("\n\n{<moved below…>}").
	atEnd := func(ev wordMark) bool {
		return (ev.glued || strings.HasPrefix(ev.s, "\n\n")) && ev.pos > 0 && paragraphBreakAfter(b, ev.pos)
	}
	for _, ev := range evs {
		if ev.from > len(a) || !paragraphBreakBefore(a, ev.from) {
			continue
		}
		switch {
		case atEnd(ev):
			opened(ev.pos, ev.from)
		case !ev.glued && ev.skip == 0 && ev.pos > 0 && ev.pos < len(b) && paragraphBreakBefore(b, ev.pos):
			// An edit the engine placed at the next paragraph's start
			// already (the engine's placeAtLineStarts): the marks glued to
			// the end of the paragraph before that follow it in a go
			// with it.
			opened(len(strings.TrimRight(b[:ev.pos], " \t\r\n")), ev.from)
		}
	}
	for k, ev := range evs {
		f, ok := first[ev.pos]
		if !ok || !atEnd(ev) || ev.from < f {
			continue
		}
		next := len(b) - len(strings.TrimLeft(b[ev.pos:], " \t\r\n"))
		if next == len(b) {
			continue
		}
		if rest, ok := strings.CutPrefix(ev.s, "\n\n"); ok {
			evs[k].pos, evs[k].s, evs[k].glued = next, rest+"\n\n", false // a paragraph of its own
			continue
		}
		s := strings.TrimPrefix(ev.s, " ")
		if rest, ok := strings.CutPrefix(s, m.delOpen+" "); ok {
			s = m.delOpen + rest // the space a deletion took after the text before it
		}
		evs[k].pos, evs[k].s, evs[k].glued = next, s+" ", false
	}
	return evs
}

// moveSpans are the moves into version v, in the order of their starts
// in the text they came from, with reach[k] the furthest end among the
// first k+1 (a moved passage may hold a moved word): a deletion finds the
// moves that hold it by a search, not by reading every change.
type moveSpans struct {
	moves []compare.Change
	reach []int
}

func newMoveSpans(res *compare.Result, v int) *moveSpans {
	ms := &moveSpans{}
	for _, c := range res.Changes {
		if c.Kind == compare.Move && c.B == v {
			ms.moves = append(ms.moves, c)
		}
	}
	slices.SortFunc(ms.moves, func(x, y compare.Change) int { return cmp.Compare(x.AStart, y.AStart) })
	ms.reach = make([]int, len(ms.moves))
	for k, mv := range ms.moves {
		ms.reach[k] = mv.AEnd
		if k > 0 {
			ms.reach[k] = max(ms.reach[k], ms.reach[k-1])
		}
	}
	return ms
}

// deletionOrder is the order of mark, the deletion c prints: a deletion
// inside a moved passage (its words taken out of the moved text) prints
// inside the passage's marks at its ends, after its open or before its
// close; any other where marks that take no text do.
func (ms *moveSpans) deletionOrder(c compare.Change, mark wordMark) int {
	k := sort.Search(len(ms.moves), func(k int) bool { return ms.moves[k].AStart > c.AStart }) - 1
	for ; k >= 0 && ms.reach[k] >= c.AEnd; k-- {
		mv := ms.moves[k]
		if mv.A != c.A || c.AEnd > mv.AEnd {
			continue
		}
		switch mark.pos {
		case mv.BStart:
			return 3
		case mv.BEnd:
			return -1
		}
	}
	return mark.order
}

// editMark returns the mark of c, a change other than a move, from a to b:
// a trivial one as a substitution, a deletion where a had it, else the
// words deleted and inserted in place of b's.
func editMark(a, b string, c compare.Change, m markers) wordMark {
	switch {
	case c.Trivial && (c.Kind == compare.Replace || c.Kind == compare.Insert || c.Kind == compare.Delete):
		a, b := trivialSides(c.AText, c.BText)
		s := m.trivOpen + a + m.trivTo + b + m.trivClose
		return wordMark{pos: c.BStart, order: 3, s: s, skip: c.BEnd - c.BStart}
	case c.BText == "":
		pos, s, glued := deletionAt(a, b, c, m)
		return wordMark{pos: pos, order: 1, s: s, glued: glued}
	}
	var sb strings.Builder
	if c.AText != "" {
		sb.WriteString(m.delOpen + termText(c.AText) + m.delClose)
	}
	sb.WriteString(m.insOpen + termText(c.BText) + m.insClose)
	return wordMark{pos: c.BStart, order: 3, s: sb.String(), skip: c.BEnd - c.BStart}
}

// trivialSides are a and b, the sides of a typography-only change, for
// the terminal: white space within a line by name where a side holds
// other than plain spaces ("(space)" → "(no-break space)"), as a space
// made a no-break one would print as nothing changed; plain spaces, and
// line breaks, as they are, which show their number and keep the
// text's lines.
func trivialSides(a, b string) (string, string) {
	if (blankInLine(a) || a == "") && (blankInLine(b) || b == "") && (strings.Trim(a, " ") != "" || strings.Trim(b, " ") != "") {
		return spaceLabel(a), spaceLabel(b)
	}
	return termText(a), termText(b)
}

// blankInLine reports white space, and nothing else, within a line.
func blankInLine(s string) bool {
	_, ok := export.SpaceName(s)
	return ok && !strings.ContainsAny(s, "\n\r\v\f\u0085\u2028\u2029")
}

// spaceLabel names the spaces of s (export.SpaceName), or is "" for none.
func spaceLabel(s string) string {
	name, _ := export.SpaceName(s)
	return name
}

// leftAt maps the start of each sentence or paragraph of version v that
// moved away from its place in the base to the place in v it left: the
// end of v's text in place before it, in the base's order.
func leftAt(res *compare.Result, v int) map[int]int {
	at := map[int]int{}
	last := 0
	for _, row := range res.Rows {
		switch c := row.Cells[v]; {
		case c == nil:
		case c.Moved:
			if _, ok := at[c.Start]; !ok {
				at[c.Start] = last
			}
		default:
			last = c.End
		}
	}
	return at
}

// movedWords is how many words of a moved passage the mark where it left
// quotes: enough to find it by, not enough to read as text of its own.
const movedWords = 6

// movedFrom returns where in b, and as what, the place a moved passage c
// left is marked: after the text before it (at from), as a paragraph of
// its own when it was one in a, as a line of its own when it was one (a
// list's item); glued reports a mark after the text before it on its line,
// which placeAtParagraphs may move to the next paragraph.
func movedFrom(a, b string, c compare.Change, from int, m markers) (pos int, s string, glued bool) {
	from = beforeTrailingSpace(b, from)
	mark := movedMark(c, from, m)
	switch {
	case paragraphBreakBefore(a, c.AStart) && paragraphBreakAfter(a, c.AEnd):
		if from == 0 {
			return 0, mark + "\n\n", false
		}
		return from, "\n\n" + mark, false
	case lineBreakBefore(a, c.AStart) && lineBreakAfter(a, c.AEnd) && (from == len(b) || b[from] == '\n' || b[from] == '\r'):
		if from == 0 {
			return 0, mark + "\n", false
		}
		return from, "\n" + mark, false // a line of its own (a list's item), after the line before
	case from == 0:
		return 0, mark + " ", false
	}
	return from, " " + mark, true
}

// origins finds where in version b's text moved text left (of), from
// b's changes against its reference, read once: a and b read alike but
// for changes, so that past the last change before the place in a other
// than a move, the place in b is as far on, less the moved text that
// left a on the way and plus the moved text that came to b there.
type origins struct {
	b     string
	fixed []compare.Change // the changes other than moves, in the texts' order
	byA   []compare.Change // the moves, in a's order
	byB   []compare.Change // the moves, in b's order
}

func newOrigins(res *compare.Result, v int) *origins {
	o := &origins{b: res.Texts[v]}
	for _, c := range res.Changes {
		switch {
		case c.B != v || c.A != res.Reference[v]:
		case c.Kind == compare.Move:
			o.byA = append(o.byA, c)
		default:
			o.fixed = append(o.fixed, c)
		}
	}
	o.byB = slices.Clone(o.byA)
	slices.SortFunc(o.fixed, func(x, y compare.Change) int { return cmp.Compare(x.AEnd, y.AEnd) })
	slices.SortFunc(o.byA, func(x, y compare.Change) int { return cmp.Compare(x.AStart, y.AStart) })
	slices.SortFunc(o.byB, func(x, y compare.Change) int { return cmp.Compare(x.BStart, y.BStart) })
	return o
}

// of returns the place in b of the text that followed moved text c in a,
// at a word's edge.
func (o *origins) of(c compare.Change) int {
	aEnd, bEnd := 0, 0
	if k, _ := slices.BinarySearchFunc(o.fixed, c.AStart+1, func(d compare.Change, at int) int { return cmp.Compare(d.AEnd, at) }); k > 0 {
		aEnd, bEnd = o.fixed[k-1].AEnd, o.fixed[k-1].BEnd
	}
	pos := bEnd + c.AStart - aEnd
	k, _ := slices.BinarySearchFunc(o.byA, aEnd, func(d compare.Change, at int) int { return cmp.Compare(d.AStart, at) })
	for ; k < len(o.byA) && o.byA[k].AStart < c.AStart; k++ {
		if d := o.byA[k]; d.AEnd <= c.AStart {
			pos -= d.AEnd - d.AStart // left a before the place
		}
	}
	// Moved text that came to b before the place, c's own too when it
	// went back: b holds it before the text that followed it in a.
	k, _ = slices.BinarySearchFunc(o.byB, bEnd, func(d compare.Change, at int) int { return cmp.Compare(d.BStart, at) })
	for ; k < len(o.byB) && o.byB[k].BStart < pos; k++ {
		pos += o.byB[k].BEnd - o.byB[k].BStart
	}
	return spaceEdge(o.b, wordEdge(o.b, min(max(pos, 0), len(o.b))))
}

// spaceEdge moves pos, where it falls inside a run of white space, back
// to the run's start, after the text before it: a and b may space the
// place apart otherwise ("Sud byl. Slushanie idet.\n\nGosudarstvo"
// against "Sud byl.\n\nGosudarstvo", the moved sentence taking its space
// with it), so the offset counted in a can land between b's line breaks,
// and the mark there would split the paragraph break.
func spaceEdge(b string, pos int) int {
	if pos <= 0 || pos >= len(b) || !spaceByte(b[pos-1]) || !spaceByte(b[pos]) {
		return pos
	}
	return len(strings.TrimRight(b[:pos], " \t\r\n"))
}

// wordEdge moves pos back to the start of the character it falls in, and
// of the word, where it falls inside one.
func wordEdge(b string, pos int) int {
	for pos > 0 && pos < len(b) && !utf8.RuneStart(b[pos]) {
		pos--
	}
	for pos > 0 && pos < len(b) {
		before, _ := utf8.DecodeLastRuneInString(b[:pos])
		after, _ := utf8.DecodeRuneInString(b[pos:])
		if !isWordRune(before) || !isWordRune(after) {
			break
		}
		pos -= utf8.RuneLen(before)
	}
	return pos
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func spaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// movedWithin returns where in b, and as what, the place that moved text
// c left inside a sentence is marked: at from (origins.of), beside the
// words around it.
func movedWithin(b string, c compare.Change, from int, m markers) (int, string) {
	from = beforeTrailingSpace(b, from)
	mark := movedMark(c, from, m)
	if from == 0 || spaceByte(b[from-1]) {
		return from, mark + " "
	}
	return from, " " + mark
}

// beforeTrailingSpace is from, or where b's text ends where only white
// space follows from: a passage moved away from the text's end is marked
// where it ended, before the last line break, not after it.
func beforeTrailingSpace(b string, from int) int {
	if from > 0 && strings.TrimSpace(b[from:]) == "" {
		return len(strings.TrimRightFunc(b[:from], unicode.IsSpace))
	}
	return from
}

// movedMark is the mark of the place moved text c left, at from in b:
// "{<moved below: the first words…>}".
func movedMark(c compare.Change, from int, m markers) string {
	where := "below"
	if c.BStart < from {
		where = "above"
	}
	return m.leftOpen + "moved " + where + ": " + termText(quotedWords(c.AText)) + m.leftClose
}

// quotedWords is the first movedWords words of s, "…" after them where s
// has more.
func quotedWords(s string) string {
	words := strings.Fields(s)
	quote := strings.Join(words[:min(len(words), movedWords)], " ")
	if len(words) > movedWords {
		quote += "…"
	}
	return quote
}

// deletionAt returns where in b, and as what, a deletion of a's text
// c.AText is printed, laid out as a had it: a deleted paragraph as a
// paragraph of its own rather than glued to the end of the one before
// ("presser.[-Little time…-]"), a deleted line (a list's item) as a line
// of its own, and a deleted word between two spaces after the first
// ("the [-high-] quality", not "the[-high-] quality"); glued reports a
// deletion after the text before it on its line, which
// placeAtParagraphs may move to the next paragraph.
func deletionAt(a, b string, c compare.Change, m markers) (pos int, s string, glued bool) {
	del := m.delOpen + termText(c.AText) + m.delClose
	pos = c.BStart
	// A line break before it counts as a space: a list's line joined to
	// the one before it ("- one\n- two" -> "- one two") reads "one [---] two".
	spaceBefore := c.AStart > 0 && strings.IndexByte(" \t\n", a[c.AStart-1]) >= 0
	switch {
	case paragraphBreakBefore(a, c.AStart) && paragraphBreakAfter(a, c.AEnd):
		if paragraphBreakAfter(b, pos) && pos > 0 {
			return pos, "\n\n" + del, false // after the paragraph it followed
		}
		return pos, del + "\n\n", false // before the paragraph it preceded
	case lineBreakBefore(a, c.AStart) && lineBreakAfter(a, c.AEnd):
		// A line of its own (a list's item): on a line of its own.
		switch {
		case pos > 0 && (pos == len(b) || b[pos] == '\n' || b[pos] == '\r'):
			return pos, "\n" + del, false // after the line it followed
		case pos < len(b) && (pos == 0 || b[pos-1] == '\n'):
			return pos, del + "\n", false // before the line it preceded
		}
	case pos < len(b) && lineBreakBefore(b, pos) && c.AEnd < len(a) && a[c.AEnd] == ' ':
		// At the line's start, where it was, or where the engine placed a
		// sentence's first words deleted as its paragraph was split off.
		return pos, del + " ", false
	case spaceBefore && pos < len(b) && b[pos] == ' ' && c.AEnd < len(a) && a[c.AEnd] == ' ':
		return pos + 1, del + " ", false
	case spaceBefore && pos > 0 && b[pos-1] == ' ' && pos < len(b) && b[pos] != ' ' && c.AEnd < len(a) && a[c.AEnd] == ' ':
		return pos, del + " ", false // placed after the space: "beta! [-Agreed-] 1316"
	case spaceBefore && (pos == 0 || b[pos-1] != ' '):
		return pos, m.delOpen + " " + termText(c.AText) + m.delClose, true
	}
	return pos, del, true
}

// lineBreakBefore reports whether only spaces and a line break (or the
// start of the text) come before text[i] on its line.
func lineBreakBefore(text string, i int) bool {
	t := strings.TrimRight(text[:i], " \t\r")
	return t == "" || strings.HasSuffix(t, "\n")
}

// lineBreakAfter reports whether only spaces and a line break (or the end
// of the text) come after text[i] on its line.
func lineBreakAfter(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " \t\r")
	return rest == "" || strings.HasPrefix(rest, "\n")
}

// paragraphBreakBefore reports whether only white space holding a blank
// line (or the start of the text) comes before text[i].
func paragraphBreakBefore(text string, i int) bool {
	t := strings.TrimRight(text[:i], " \t\r")
	if t == "" {
		return true
	}
	if !strings.HasSuffix(t, "\n") {
		return false
	}
	t = strings.TrimRight(t[:len(t)-1], " \t\r")
	return t == "" || strings.HasSuffix(t, "\n")
}

// paragraphBreakAfter reports whether only white space holding a blank
// line (or the end of the text) comes from text[i].
func paragraphBreakAfter(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " \t\r")
	if rest == "" {
		return true
	}
	if !strings.HasPrefix(rest, "\n") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " \t\r")
	return rest == "" || strings.HasPrefix(rest, "\n")
}

// tellApart tells, for each version of marked, that its language could
// not be told and why it is aligned as a translation: why, with the
// base's file name, for a version beside the base, whyBase for the base.
func tellApart(e *env, fs *flag.FlagSet, files []string, base int, marked []int, why, whyBase string) {
	for _, i := range marked {
		reason := fmt.Sprintf(why, termName(files[base]))
		if i == base {
			reason = whyBase
		}
		fmt.Fprintf(e.stderr, "variorum %s: could not tell the language of %s; %s. Name the languages with --lang.\n",
			fs.Name(), termName(files[i]), reason)
	}
}

// encodingUsage describes the --encoding flag of the commands that read
// files (encodings).
const encodingUsage = "decode the files from this encoding instead of detecting it (windows-1251): one for all, or one per file in their order, empty to detect one (windows-1251,)"

// readVersions reads and decodes files and finds their languages (from
// the --lang flag's value, else detected), with huge pages advised for
// what the command makes of them; on failure it reports and returns the
// exit status, else -1. With shared, a version that shares most of the
// base's words is compared with it word by word whatever its detected
// language (textfile.SharedWording), as diff does: the notices say what
// was decided in the end, not a step that a later one undid. verbatim
// tells the texts that are their files' bytes as they are
// (textfile.Extracted.Verbatim).
func readVersions(ctx context.Context, e *env, fs *flag.FlagSet, files []string, encoding, lang string, base int, shared bool) (texts, langs []string, verbatim []bool, code int) {
	encs, err := encodings(encoding, len(files))
	if err != nil {
		return nil, nil, nil, usageError(e, fs, "%v", err)
	}
	if n := slices.Index(files, "-"); n >= 0 && slices.Contains(files[n+1:], "-") {
		return nil, nil, nil, usageError(e, fs, "standard input (-) can be read once")
	}
	adviseHugePages(fileSizes(files)) // before the texts and all that is made of them
	read, err := readTexts(ctx, files, encs, e.stdin)
	if err != nil {
		return nil, nil, nil, fail(e, fs, withIDHint(err, fs.Name(), files))
	}
	texts, verbatim = make([]string, len(read)), make([]bool, len(read))
	misread := make([]bool, len(read))
	for i, x := range read {
		texts[i], misread[i], verbatim[i] = x.Text, x.MisreadUTF8, x.Verbatim
	}
	warnMisread(e, fs, files, encs, misread)
	langs, given, err := languages(texts, lang)
	if err != nil {
		return nil, nil, nil, usageError(e, fs, "%v", err)
	}
	if slices.Contains(given, false) {
		markDetected(e, fs, files, texts, langs, given, base, shared)
	}
	return texts, langs, verbatim, -1
}

// markDetected gives the texts whose language was detected (not given)
// what they are compared as when the detector could not tell, or misread a
// heavy edit (textfile.MarkApart, and with shared textfile.SharedWording),
// and says so on stderr. A language given with --lang stays as given, and
// a detected base that shares most of its words with a text given its
// language takes that language.
func markDetected(e *env, fs *flag.FlagSet, files, texts, langs []string, given []bool, base int, shared bool) {
	asGiven := slices.Clone(langs)
	keep := func(marked []int) []int {
		return slices.DeleteFunc(marked, func(i int) bool { return given[i] })
	}
	byScript, byWording := textfile.MarkApart(texts, langs, base)
	var alike []int
	if shared {
		alike = textfile.SharedWording(texts, langs, base)
	}
	for i := range langs {
		if given[i] {
			langs[i] = asGiven[i]
		}
	}
	// A text given its language that shares most of a detected base's
	// words tells what the base is in: the detector misread the base.
	corrected := false
	if k := slices.IndexFunc(alike, func(i int) bool { return given[i] }); k >= 0 && !given[base] {
		i, old := alike[k], langs[base]
		// The detected texts that share most of the base's words go with
		// it; a translation in the language the base was misread as stays.
		probe := slices.Clone(langs)
		for j := range probe {
			if j != base && !given[j] && probe[j] == old {
				probe[j] = misreadProbe
			}
		}
		for _, j := range textfile.SharedWording(texts, probe, base) {
			if !given[j] {
				langs[j] = langs[i]
			}
		}
		langs[base], corrected = langs[i], true
		fmt.Fprintf(e.stderr, "variorum %s: %s reads as another language than %s (%s, as given) but shares most of its words, so it is compared word by word as %s. Name its language with --lang to align it as a translation.\n",
			fs.Name(), termName(files[base]), termName(files[i]), langs[i], langs[i])
	}
	tellApart(e, fs, files, base, stillApart(keep(byScript), langs, base), "it is in another script than %s, so it is aligned with it as a translation",
		"the versions beside it are in another script, so they are aligned with it as translations")
	tellApart(e, fs, files, base, stillApart(keep(byWording), langs, base), "it shares almost no words with %s, so it is aligned with it as a translation",
		"versions beside it that share almost none of its words are aligned with it as translations")
	for _, i := range keep(alike) {
		if corrected {
			break // said of the base instead: it was the one misread
		}
		fmt.Fprintf(e.stderr, "variorum %s: %s reads as another language than %s but shares most of its words, so it is compared word by word. Name the languages with --lang to align it as a translation.\n",
			fs.Name(), termName(files[i]), termName(files[base]))
	}
}

// misreadProbe stands, in markDetected, for the language of the texts
// read as a misread base was: another than the base's, so that
// textfile.SharedWording says which share its words.
const misreadProbe = "und-x-probe"

// stillApart keeps of marked the texts still aligned as translations once
// every language is given: a version in another language than the base,
// or the base while one stands beside it.
func stillApart(marked []int, langs []string, base int) []int {
	apart := func(j int) bool { return j != base && !compare.SameLanguage(langs[j], langs[base]) }
	baseApart := false // a version stands apart beside the base
	for j := range langs {
		baseApart = baseApart || apart(j)
	}
	var out []int
	for _, i := range marked {
		if apart(i) || i == base && baseApart {
			out = append(out, i)
		}
	}
	return out
}

// withIDHint adds to err, a file not found by command, how to compare
// versions of the library when the files named look like version ids
// ("diff 1 2").
func withIDHint(err error, command string, files []string) error {
	if !errors.Is(err, iofs.ErrNotExist) {
		return err
	}
	for _, f := range files {
		if f == "" || strings.Trim(f, "0123456789") != "" {
			return err
		}
	}
	return fmt.Errorf("%w (%s reads files; versions of the library are compared in the window, or by variorum export --versions %s)",
		err, command, strings.Join(files, ","))
}

// readTexts reads and decodes files in parallel (each with its encoding
// in encs, or detecting it), "-" from stdin; the first error in file
// order is returned. A cancelled ctx returns at once: a read of standard input
// waits for its writer, or a terminal's Ctrl+D, and the process is about
// to end.
func readTexts(ctx context.Context, files, encs []string, stdin io.Reader) ([]*textfile.Extracted, error) {
	if n := slices.Index(files, "-"); n >= 0 && slices.Index(files[n+1:], "-") >= 0 {
		return nil, errors.New("standard input (-) can be read once")
	}
	// Not the results: a read still running when ctx ends writes here.
	read := make([]*textfile.Extracted, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			readOne := func() (*textfile.Extracted, error) { return textfile.ReadNamed(f, encs[i]) }
			if f == "-" {
				readOne = func() (*textfile.Extracted, error) { return textfile.ReadFrom("standard input", stdin, encs[i]) }
			}
			read[i], errs[i] = readOne()
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		if err := cmp.Or(errs...); err != nil {
			return nil, err
		}
		return read, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// perFile reads a flag that gives n files one value each: one for all,
// or a comma-separated list in file order (spaces around each trimmed);
// false when the list has another length.
func perFile(flag string, n int) ([]string, bool) {
	given := strings.Split(flag, ",")
	out := make([]string, n)
	switch len(given) {
	case 1:
		for i := range out {
			out[i] = strings.TrimSpace(given[0])
		}
	case n:
		for i, g := range given {
			out[i] = strings.TrimSpace(g)
		}
	default:
		return nil, false
	}
	return out, true
}

// encodings returns each file's encoding from the --encoding flag: one
// for all, or a comma-separated list in file order, where an empty one
// (or none given) is detected.
func encodings(flag string, n int) ([]string, error) {
	if flag == "" {
		return make([]string, n), nil
	}
	encs, ok := perFile(flag, n)
	if !ok {
		return nil, fmt.Errorf("--encoding %q: %d encodings for %d files (give one for all, or one per file in their order, empty to detect one)",
			flag, strings.Count(flag, ",")+1, n)
	}
	for _, enc := range encs {
		if enc == "" {
			continue
		}
		if _, _, err := textfile.LookupEncoding(enc); err != nil {
			return nil, err
		}
	}
	return encs, nil
}

// warnMisread warns of each file decoded as --encoding asked that is
// valid UTF-8 beyond ASCII, which that encoding garbles, and says how to
// decode only the others so.
func warnMisread(e *env, fs *flag.FlagSet, files, encs []string, misread []bool) {
	if !slices.Contains(misread, true) {
		return
	}
	fixed := slices.Clone(encs)
	for i, m := range misread {
		if m {
			fixed[i] = ""
		}
	}
	hint := "leave --encoding out to detect each file's"
	if slices.ContainsFunc(fixed, func(enc string) bool { return enc != "" }) {
		hint = "to decode only the others so, give one encoding per file in their order: --encoding " + strings.Join(fixed, ",")
	}
	for i, m := range misread {
		if m {
			fmt.Fprintf(e.stderr, "variorum %s: warning: %s is valid UTF-8, which %s garbles (as --encoding asks); %s\n",
				fs.Name(), termName(files[i]), encs[i], hint)
		}
	}
}

// languages returns each text's language and whether it was given: from
// flag, a comma-separated list in text order (where an entry left empty is
// detected) or one tag for all, else detected from the texts (in
// parallel: each reads its first kilobytes).
func languages(texts []string, flag string) (langs []string, given []bool, err error) {
	langs, given = make([]string, len(texts)), make([]bool, len(texts))
	if flag != "" {
		var ok bool
		if langs, ok = perFile(flag, len(texts)); !ok {
			return nil, nil, fmt.Errorf("--lang %q: %d languages for %d files", flag, strings.Count(flag, ",")+1, len(texts))
		}
	}
	for i, l := range langs {
		if l == "" {
			continue
		}
		t, err := language.Parse(l)
		if err != nil {
			return nil, nil, fmt.Errorf("--lang %q: %q is not a language tag (such as ru, en or en-US)", flag, l)
		}
		langs[i], given[i] = t.String(), true // "fra" is "fr", so that it compares as French
	}
	var wg sync.WaitGroup
	for i := range langs {
		if !given[i] {
			wg.Go(func() { langs[i] = textfile.DetectLanguage(texts[i]) })
		}
	}
	wg.Wait()
	return langs, given, nil
}

// Garbage collection during a diff. A diff is one short burst of
// allocation in a fresh process, where collecting while the heap is small
// (the runtime starts at 4 MB) is most of the collector's cost. So the
// collector waits until the heap nears gcBudgetFactor times the input (at
// least gcBudgetMin), which holds a revision pair's peak to about that
// multiple of the input; waiting longer costs memory, and each page the
// heap grows by is a fault (fewer on huge pages: see adviseHugePages),
// while most of the heap (tokens, texts) holds no pointers and is cheap to
// collect. A pair rewritten throughout keeps more than the budget live:
// after each collection the next one is set where the heap reaches
// gcRaise times what is live, so that it does not collect without end.
//
// The goal is set through the GC percent, not a memory limit: near a
// limit the runtime hands free pages back to the system before large
// allocations, and the heap faults them in again (the kernel clearing
// pages it had just taken back). A user's GOMEMLIMIT still holds.
//
// The budget and the steps were timed on the bench pairs
// (.ci/bench-peers), with huge pages advised, in alternating runs: the
// budget against 3 and 4 (the 10 MB pair's time was the same, its peak
// grew with the budget), the floor of 16 MB against 8, 32 and 64 (below
// 16 a 1 MB pair collects more often for nothing), and the raise against
// 1.2, 1.3 and 1.5 (higher is hardly faster on the shuffled pair and
// peaks higher).
const (
	gcBudgetFactor = 3.5
	gcBudgetMin    = 16 << 20
	gcRaise        = 1.25    // the next goal, as a multiple of the live heap, past the budget
	runtimeMinHeap = 4 << 20 // the runtime's least goal at GC percent 100
)

// budgetGC sets the collector's goal for texts, until the returned
// restore puts back the GC percent it found: Main also runs in a process
// that goes on (the tests, a window's).
func budgetGC(texts []string) (restore func()) {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	w := &gcWatch{budget: max(gcBudgetMin, uint64(gcBudgetFactor*float64(size)))}
	percent := debug.SetGCPercent(w.percentFor(liveHeap()))
	w.arm()
	return func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.stopped = true
		debug.SetGCPercent(percent)
	}
}

// fileSizes adds up the sizes of the regular files among files, which
// readTexts is about to read; what it cannot stat (standard input, a
// missing file) or will refuse (larger than textfile.MaxSize) counts
// nothing.
func fileSizes(files []string) int {
	n := 0
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() && f != "-" && st.Size() <= textfile.MaxSize {
			n += int(st.Size())
		}
	}
	return n
}

// gcWatch sets the GC percent after each collection, for the goal that
// follows from the heap it left live.
type gcWatch struct {
	mu      sync.Mutex // the finalizer goroutine and restore
	budget  uint64
	stopped bool // restored: the watch neither sets nor re-arms
}

// gcSentinel is allocated for its finalizer, which runs after the next
// collection (it holds a pointer so that it is not a tiny allocation,
// whose finalizers may not run).
type gcSentinel struct{ _ *int }

func (w *gcWatch) arm() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.stopped {
			return
		}
		w.check()
		w.arm()
	})
}

func (w *gcWatch) check() { debug.SetGCPercent(w.percentFor(liveHeap())) }

// percentFor is the GC percent whose goal is the budget, or gcRaise times
// live where that is more. The runtime's goal is the heap left live by
// the last collection times 1+percent/100, and at least runtimeMinHeap
// times percent/100; a percent point of the live heap is the most it
// overshoots.
func (w *gcWatch) percentFor(live uint64) int {
	goal := max(w.budget, uint64(gcRaise*float64(live)))
	if live < runtimeMinHeap {
		return int((goal*100 + runtimeMinHeap - 1) / runtimeMinHeap)
	}
	return int(((goal-live)*100 + live - 1) / live) // rounded up: the goal is never short
}

// liveHeap is the heap the last collection left live, or 0 where the
// runtime does not say.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}
