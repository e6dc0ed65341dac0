package textfile

// Edge cases of the encoding detector, the <meta> of HTML pages, hidden
// HTML in Markdown and tracked changes in DOCX.

import (
	"strings"
	"testing"
	"unicode"
)

func hasCyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

// TestLatinTextNotReadAsCyrillic: a Polish, Czech or French text in its
// single-byte code page has words whose accented letters and punctuation
// stand three in a row ("część", "příští", "nejvyšší", "déjà…”"); they
// are no words of another alphabet (highWords), and the text keeps its
// Latin letters.
func TestLatinTextNotReadAsCyrillic(t *testing.T) {
	tests := []struct {
		name    string
		cm      string
		text    string
		wantEnc string // "" when only "no Cyrillic" is asked
	}{
		{"polish windows-1250", "windows-1250", "Część pierwsza. Nie jest to łatwe, ale jest w tym sens.", EncWindows1250},
		{"french windows-1252", "windows-1252", "Elle dit “déjà…” et partit.", EncWindows1252},
		{"czech windows-1250", "windows-1250", "Ceny budou příští rok vyšší. Nejvyšší soud rozhodl, že příští jednání bude v úterý.", ""},
		{"czech iso-8859-2", "iso-8859-2", "Ceny budou příští rok vyšší. Nejvyšší soud rozhodl, že příští jednání bude v úterý.", ""},
	}
	for _, tt := range tests {
		ex, err := Extract("text.txt", encoderFor(t, tt.cm)(tt.text), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if hasCyrillic(ex.Text) || tt.wantEnc != "" && (ex.Encoding != tt.wantEnc || strings.TrimSpace(ex.Text) != tt.text) {
			t.Errorf("%s: read as %s: %q; want Latin text (encoding %q)", tt.name, ex.Encoding, ex.Text, tt.wantEnc)
		}
	}
}

// TestShortKOI8RSmallLetters: "Я люблю тебя." in KOI8-R reads in
// Windows-1251 as "с МАВМА ФЕВС.", words in capitals among small ones,
// whose letters are commoner than the right reading's (ю, б, я): the
// shape of the text keeps the right code page (textShape).
func TestShortKOI8RSmallLetters(t *testing.T) {
	for _, text := range []string{"Я люблю тебя."} {
		enc, err := DetectEncoding(encoderFor(t, "koi8-r")(text))
		if err != nil || enc != EncKOI8R {
			t.Errorf("%q in KOI8-R: detected %q (%v), want koi8-r", text, enc, err)
		}
	}
}

// TestRussianCapitalsBothCodePages: a telegram or headline in capitals
// is read in its code page, in either: each one's capitals are the
// other's small letters.
func TestRussianCapitalsBothCodePages(t *testing.T) {
	tests := []struct {
		cm   string
		enc  string
		text string
	}{
		{"windows-1251", EncWindows1251, "ПРИБЫВАЮ ЗАВТРА ПОЕЗДОМ ВСТРЕЧАЙТЕ ЦЕЛУЮ МАМА"},
		{"windows-1251", EncWindows1251, "ПЕРВАЯ ЛЮБОВЬ. ПОВЕСТЬ"},
		{"koi8-r", EncKOI8R, "СРОЧНО В НОМЕР"},
	}
	for _, tt := range tests {
		ex, err := Extract("wire.txt", encoderFor(t, tt.cm)(tt.text), "", "")
		if err != nil {
			t.Errorf("%q: %v", tt.text, err)
			continue
		}
		if ex.Encoding != tt.enc {
			t.Errorf("%q in %s: read as %s: %q", tt.text, tt.enc, ex.Encoding, ex.Text)
		}
	}
}

// TestHTMLTruthfulMetaKept: a page whose <meta> tells the truth keeps it,
// however few its words; the text overrules a <meta> only where there is
// enough of it to tell (metaOverruled).
func TestHTMLTruthfulMetaKept(t *testing.T) {
	tests := []struct {
		cm   string
		meta string
		text string
	}{
		{"windows-1252", "windows-1252", "Été à Noël"},
		{"iso-8859-1", "iso-8859-1", "Größe, Füße, Grüße"},
		{"windows-1252", "windows-1252", "Elle dit “déjà…” et partit."},
		{"windows-1250", "windows-1250", "Część pierwsza. Nie jest to łatwe, ale jest w tym sens."},
		{"koi8-r", "koi8-r", "Я ЛЮБЛЮ ТЕБЯ"},
		{"windows-1251", "windows-1251", "МУМУ"},
	}
	for _, tt := range tests {
		page := []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=` + tt.meta + `"></head><body><h1>`)
		page = append(page, encoderFor(t, tt.cm)(tt.text)...)
		page = append(page, "</h1></body></html>"...)
		ex, err := Extract("page.html", page, "", "")
		if err != nil {
			t.Errorf("%s %q: %v", tt.meta, tt.text, err)
			continue
		}
		if ex.Encoding != tt.meta || ex.Text != tt.text+"\n" {
			t.Errorf("<meta charset=%s> %q: read as %s: %q", tt.meta, tt.text, ex.Encoding, ex.Text)
		}
	}
}

// TestMarkdownHiddenBlocks: raw HTML a reader never sees is left out of a
// Markdown text, and nothing else: a tag whose name only starts like
// "script" is text, an entity needs its semicolon, code spans are
// literal, and a <br> in a table cell keeps the row on one line.
func TestMarkdownHiddenBlocks(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		// CommonMark's HTML block of kind 1 needs the tag's name to end
		// (a space, ">" or the line's end): "<scriptname>" is text.
		{"placeholder <scriptname>", "Usage\n\n<scriptname> is the file to run.\n\nSecond paragraph.\n",
			"Usage\n\n is the file to run.\n\nSecond paragraph.\n"},
		{"placeholder <stylesheet>", "<stylesheet> names the CSS file.\n\nThe rest of the manual.\n",
			" names the CSS file.\n\nThe rest of the manual.\n"},
		// An entity needs its semicolon: a URL keeps "&param" and
		// "&region".
		{"entity without semicolon", "See https://example.com/search?q=1&param=2&region=eu for details.\n",
			"See https://example.com/search?q=1&param=2&region=eu for details.\n"},
		// A code span is literal: its comment and entities stay.
		{"comment in code span", "Write `<!-- x -->` for a comment.\n", "Write <!-- x --> for a comment.\n"},
		{"entity in code span", "Use `a &amp;&amp; b` here.\n", "Use a &amp;&amp; b here.\n"},
		// A comment that opens inside a paragraph and closes on a later
		// line is left in the text, markers and all; so is a comment
		// in a block quote. A reader never sees either.
		{"comment across lines", "Text before <!-- a note\nthat spans lines --> text after.\n",
			"Text before\ntext after.\n"},
		{"comment in block quote", "> Quoted\n>\n> <!--\n> hidden note\n> -->\n", "Quoted\n"},
		// <br> in a table cell keeps the row on one line.
		{"<br> in a table cell", "| a | b |\n|---|---|\n| one<br>two | three |\n", "a\tb\n\none two\tthree\n"},
	}
	for _, tt := range tests {
		ex, err := Extract("text.md", []byte(tt.md), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if tt.name == "<br> in a table cell" { // any single-line row with the words apart will do
			ok := strings.Contains(ex.Text, "\tthree") && !strings.Contains(ex.Text, "one\ntwo") && !strings.Contains(ex.Text, "onetwo")
			if !ok {
				t.Errorf("%s: got %q, want the row on one line, like %q", tt.name, ex.Text, tt.want)
			}
			continue
		}
		if collapse(ex.Text) != collapse(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, ex.Text, tt.want)
		}
	}
}

// collapse compares texts without caring about runs of spaces left where
// markup was.
func collapse(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

// textBoxOf is a text box as Word writes it: a DrawingML copy in
// mc:Choice and a VML copy of the same paragraphs in mc:Fallback.
func textBoxOf(inner string) string {
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>` + inner +
		`</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + inner +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

const deletedMark = `<w:pPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>`

// TestDOCXParagraphMarks: a deleted or moved paragraph mark joins its
// paragraph with the next at its own level, not with a text box's
// paragraph inside it, and a tracked deletion inside a text box's
// fallback copy joins nothing.
func TestDOCXParagraphMarks(t *testing.T) {
	tests := []docxBodyCase{
		// A tracked deletion inside a text box's fallback copy is no
		// deleted paragraph mark.
		{"deletion inside a text box",
			`<w:p><w:r><w:t>First paragraph.</w:t></w:r>` +
				textBoxOf(`<w:p><w:r><w:t xml:space="preserve">Box one </w:t></w:r><w:del w:id="3" w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del></w:p>`+
					`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Box two</w:t></w:r></w:p>`) + `</w:p>` +
				`<w:p><w:r><w:t>Second paragraph.</w:t></w:r></w:p>`,
			"Box one \n\nBox two\n\nFirst paragraph.\n\nSecond paragraph.\n"},
		// A deleted mark joins its paragraph with the next at its level,
		// whose text box's paragraph stays apart.
		{"deleted mark before a paragraph with a text box",
			`<w:p>` + deletedMark + `<w:r><w:t>The ministers met</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t xml:space="preserve"> in Almaty.</w:t></w:r>` + textBoxOf(`<w:p><w:r><w:t>Caption.</w:t></w:r></w:p>`) + `</w:p>`,
			"Caption.\n\nThe ministers met in Almaty.\n"},
		// The same inside out: the paragraph whose mark is deleted holds
		// the text box; the box's paragraph takes the join, and the
		// paragraph is not joined with the next.
		{"deleted mark on a paragraph with a text box",
			`<w:p>` + deletedMark + `<w:r><w:t>The ministers met</w:t></w:r>` + textBoxOf(`<w:p><w:r><w:t>Caption.</w:t></w:r></w:p>`) + `</w:p>` +
				`<w:p><w:r><w:t xml:space="preserve"> in Almaty.</w:t></w:r></w:p>`,
			"Caption.\n\nThe ministers met in Almaty.\n"},
		// A moved paragraph mark (w:moveFrom in the mark's run
		// properties, ISO 29500 17.13.5.21 "Move Source Paragraph"):
		// accepted, the paragraph's contents are combined with the
		// following paragraph, as for a deleted mark. The commit skips
		// moved text but keeps the mark: "Stays " and "and continues."
		// remain two paragraphs.
		{"moved paragraph mark",
			`<w:p><w:pPr><w:rPr><w:moveFrom w:id="2" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Stays </w:t></w:r>` +
				`<w:moveFrom w:id="3" w:author="A"><w:r><w:t>moved away.</w:t></w:r></w:moveFrom></w:p>` +
				`<w:p><w:r><w:t>and continues.</w:t></w:r></w:p>`,
			"Stays and continues.\n"},
	}
	checkDOCXBodies(t, tests)
}
