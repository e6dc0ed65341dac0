package export

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/variorum/variorum/compare"
)

// defaultMarkdownChanges is how many changes a Markdown summary lists when
// not told: about a screenful of an issue or an email.
const defaultMarkdownChanges = 50

// WriteMarkdown writes a summary to paste into an issue tracker or an
// email: the versions, the counts, the first maxChanges changes (numbers
// first; 0 means defaultMarkdownChanges), the findings and the notes. It is
// a summary: the HTML report or the CSV holds every change.
func WriteMarkdown(w io.Writer, r *Report, maxChanges int) error {
	if err := r.check(); err != nil {
		return err
	}
	if maxChanges <= 0 {
		maxChanges = defaultMarkdownChanges
	}
	bw := bufio.NewWriter(w)
	ix := newIndex(r)
	fmt.Fprintf(bw, "# %s\n\n", mdText(r.title()))
	for _, meta := range []string{briefingLine(r.Briefing), r.Briefing.Note} {
		if meta != "" {
			fmt.Fprintf(bw, "%s\n\n", mdText(meta))
		}
	}
	writeMarkdownTables(bw, r)
	writeMarkdownChanges(bw, r, ix, maxChanges)
	writeMarkdownFindingsAndNotes(bw, r, ix)
	fmt.Fprintf(bw, "\n_%s_\n", mdText(optionsLine(r)))
	return bw.Flush()
}

// writeMarkdownTables writes the summary's tables: the versions, the
// base marked, and the changes counted pair by pair.
func writeMarkdownTables(bw *bufio.Writer, r *Report) {
	bw.WriteString("## Versions\n\n| # | label | source | language | kind | retrieved | imported | SHA-256 | note |\n|---|---|---|---|---|---|---|---|---|\n")
	for i, v := range r.Versions {
		base := ""
		if i == r.Result.Base {
			base = " (base)"
		}
		fmt.Fprintf(bw, "| %d | %s%s | %s | %s | %s | %s | %s | `%s` | %s |\n", i+1, mdText(r.label(i)), base, mdSource(v),
			mdText(v.Language), mdText(v.Kind), mdText(v.RetrievedAt), dateOf(v.ImportedAt), shortHash(v.SHA256), mdText(v.Note))
	}
	bw.WriteString("\n## Changes\n\n| from | to | inserted | deleted | replaced | moved | numbers | names | letter case | trivial |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, s := range r.stats() {
		fmt.Fprintf(bw, "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", mdText(s.From), mdText(s.To),
			s.Inserts, s.Deletes, s.Replaces, s.Moves, s.Numbers, s.Names, s.Case, s.Trivial)
	}
}

// mdSource is a version's source with its address, which a reader
// citing it needs: an autolink where the address is a web one a link can
// hold, else the address as text.
func mdSource(v Version) string {
	src := mdText(v.Source)
	if v.URL == "" {
		return src
	}
	link := mdText(v.URL)
	if u, err := url.Parse(v.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") &&
		!strings.ContainsAny(v.URL, " <>|`\\") {
		link = "<" + v.URL + ">"
	}
	if src == "" {
		return link
	}
	return src + " " + link
}

// writeMarkdownChanges lists the first maxChanges changes, each with where
// it is. Typography-only changes are counted in the table, not listed: a
// summary is for what a person reworded.
func writeMarkdownChanges(bw *bufio.Writer, r *Report, ix *index, maxChanges int) {
	var changes []numberedChange
	for _, c := range r.numbered() {
		if !c.Trivial {
			changes = append(changes, c)
		}
	}
	if len(changes) > 0 {
		fmt.Fprintf(bw, "\n%s\n\n", listHeading(len(changes), maxChanges))
	}
	for k, c := range changes {
		if k == maxChanges {
			break
		}
		p := ix.position(c.Change)
		// "#3", not "3.": a number and a full stop after the bullet would
		// open an ordered list inside it.
		fmt.Fprintf(bw, "- #%d **%s** %s → %s, row %d (%s)%s: %s\n", c.N, changeWords(c.Change),
			mdText(r.label(c.A)), mdText(r.label(c.B)), p.Row, mdPlaces(p), flagWords(c.Change), beforeAfter(c.Change))
	}
}

// mdPlaces is where a change is in its two versions, in words:
// "paragraph 6, sentence 2 → paragraph 10, sentence 1", or "paragraph 6,
// sentence 2 in both".
func mdPlaces(p Position) string {
	place := func(q Place) string { return fmt.Sprintf("paragraph %d, sentence %d", q.Paragraph, q.Sentence) }
	if p.From == p.To {
		return place(p.From) + " in both"
	}
	return place(p.From) + " → " + place(p.To)
}

// writeMarkdownFindingsAndNotes lists the translation check's findings
// and the notes, each note with its row, under headings of their own when
// there are any.
func writeMarkdownFindingsAndNotes(bw *bufio.Writer, r *Report, ix *index) {
	if len(r.Findings) > 0 {
		bw.WriteString("\n## Translation check\n\n")
		for _, f := range LaidOut(r.Findings, ix.laidAt) {
			fmt.Fprintf(bw, "- %s: %s\n", mdText(r.label(f.Version)), mdText(f.String()))
		}
	}
	if len(r.Notes) > 0 {
		bw.WriteString("\n## Notes\n\n")
		for _, n := range r.Notes {
			fmt.Fprintf(bw, "- %s, row %d: %s\n", mdText(r.label(n.Version)), ix.rowOf(n.Version, n.Start)+1, mdText(n.Text))
		}
	}
}

func listHeading(n, max int) string {
	if n > max {
		return fmt.Sprintf("The first %d of %d changes, numbers first (typography only left out):", max, n)
	}
	return fmt.Sprintf("%d changes, numbers first (typography only left out):", n)
}

// beforeAfter shows a change's texts as inline code, ~~deleted~~ → added.
func beforeAfter(c compare.Change) string {
	a, b := mdCode(Clip(c.AText, summaryRunes+1)), mdCode(Clip(c.BText, summaryRunes+1))
	switch {
	case c.Kind == compare.Move:
		return "moved " + b
	case c.AText == "":
		return "added " + b
	case c.BText == "":
		return "removed " + a
	}
	return a + " → " + b
}

// changeWords names a change's kind for a person.
func changeWords(c compare.Change) string {
	switch c.Kind {
	case compare.Insert:
		return "inserted"
	case compare.Delete:
		return "deleted"
	case compare.Move:
		return "moved"
	}
	return "replaced"
}

func flagWords(c compare.Change) string {
	fl := append([]string(nil), c.Flags...)
	if c.Trivial {
		fl = append(fl, compare.FlagTrivial)
	}
	if len(fl) == 0 {
		return ""
	}
	return " [" + strings.Join(fl, ", ") + "]"
}

// summaryRunes is how much of a long text a summary line quotes, the
// ellipsis aside (Clip's n counts it).
const summaryRunes = 160

// mdCode puts s in a code span long enough not to be closed by a
// backtick run inside it.
func mdCode(s string) string {
	if s == "" {
		return "``"
	}
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// mdText is s on one line (a heading, a list item or a table cell
// ends at a line break, and what follows would be read as new Markdown),
// its characters that Markdown would read as markup escaped, and HTML's
// angle brackets, which trackers would otherwise render.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range Squeeze(s) {
		if strings.ContainsRune("\\`*_[]<>#|~!", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}
