package textfile

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
)

// The WordprocessingML main namespace, as Word writes it ("Word Document")
// and in ISO 29500 Strict ("Strict Open XML Document").
const (
	wordML       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wordMLStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// errNoText is returned for a well-formed document without text.
var errNoText = errors.New("no text: the document holds no paragraph with text")

// extractDOCX returns the paragraphs of a Word (.docx) file's main document
// part, one per paragraph separated by blank lines, runs joined. Deleted
// text (tracked changes), field instructions and fallback copies of
// alternate content are skipped.
func extractDOCX(b []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("not a readable DOCX file: its ZIP archive is damaged or cut short (%w)", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
			break
		}
	}
	if doc == nil {
		for _, f := range zr.File {
			if f.Name == "content.xml" {
				return "", fmt.Errorf("an OpenDocument file (.odt), %w: save it as DOCX or text", ErrUnsupportedFormat)
			}
		}
		return "", errors.New("not a DOCX file: the ZIP archive has no word/document.xml")
	}
	limit := expansionCap(int64(len(b)))
	if doc.UncompressedSize64 > uint64(limit) { // the header may lie; the reader below checks too
		return "", tooLarge("word/document.xml", limit)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("damaged DOCX file: word/document.xml: %w", err)
	}
	defer rc.Close()
	text, err := docxParagraphs(&cappedReader{r: rc, limit: limit, err: tooLarge("word/document.xml", limit)})
	var le *limitError
	if errors.As(err, &le) || errors.Is(err, errNoText) {
		return "", err
	}
	if err != nil {
		return "", fmt.Errorf("damaged DOCX file: word/document.xml: %w", err)
	}
	return text, nil
}

// docxParagraphs walks WordprocessingML as a stream of tokens and collects
// paragraph text, refusing elements nested deeper than maxXMLDepth. The
// text is built in one buffer, so the memory it takes is about the text's
// size plus the open paragraphs.
func docxParagraphs(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		e, err := htmlindex.Get(label)
		if err != nil {
			return nil, err
		}
		return e.NewDecoder().Reader(in), nil
	}
	var w docxWalker
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if w.depth++; w.depth > maxXMLDepth {
				return "", tooDeep("word/document.xml", maxXMLDepth)
			}
			w.start(t.Name)
		case xml.EndElement:
			w.depth--
			w.end(t.Name)
		case xml.CharData:
			if w.skip == 0 && w.inText && len(w.stack) > 0 {
				w.stack[len(w.stack)-1].Write(t)
			}
		}
	}
	w.paragraph(w.carry.String()) // the last paragraph's mark was deleted
	if w.out.Len() == 0 {
		return "", errNoText
	}
	w.out.WriteByte('\n')
	return w.out.String(), nil
}

// docxWalker is what docxParagraphs knows at a point of the document.
type docxWalker struct {
	out      strings.Builder
	stack    []*strings.Builder // open paragraphs (text boxes nest them)
	depth    int
	skip     int    // depth inside skipped elements
	skipping string // the skipped element's name
	inText   bool
	// joinDepth is set by a deleted or moved paragraph mark (w:del or
	// w:moveFrom in the paragraph's properties) to the paragraph's depth
	// in stack: accepted, the change joins the paragraph with the next at
	// that depth (not with a text box's paragraph inside it), and its
	// text is carried over to that one.
	joinDepth  int
	carry      strings.Builder // built, not concatenated: a run of joined paragraphs stays linear
	carryDepth int
}

// start opens an element: a paragraph, a run of text, or a tab or a
// break written into the open paragraph. The document is read with its
// tracked changes accepted: deleted text and the old place of moved text
// (w:moveFrom) are skipped whole, as are field codes, properties and
// compatibility fallbacks.
func (w *docxWalker) start(name xml.Name) {
	if w.skip > 0 {
		w.skip++
		if w.skipping == "pPr" && (name.Local == "del" || name.Local == "moveFrom") && (name.Space == wordML || name.Space == wordMLStrict) {
			w.joinDepth = len(w.stack)
		}
		return
	}
	if name.Space == "http://schemas.openxmlformats.org/markup-compatibility/2006" && name.Local == "Fallback" {
		w.skip, w.skipping = 1, name.Local
		return
	}
	if name.Space != wordML && name.Space != wordMLStrict {
		return
	}
	switch name.Local {
	case "del", "delText", "moveFrom", "instrText", "rPr", "pPr":
		w.skip, w.skipping = 1, name.Local
	case "p":
		w.stack = append(w.stack, &strings.Builder{})
	case "t":
		w.inText = true
	case "tab":
		w.write('\t')
	case "br", "cr":
		w.write('\n')
	case "noBreakHyphen":
		w.write('-')
	}
}

// write adds c to the open paragraph, if any.
func (w *docxWalker) write(c byte) {
	if len(w.stack) > 0 {
		w.stack[len(w.stack)-1].WriteByte(c)
	}
}

// end closes an element; a paragraph with text joins the output.
func (w *docxWalker) end(name xml.Name) {
	if w.skip > 0 {
		w.skip--
		return
	}
	if name.Space != wordML && name.Space != wordMLStrict {
		return
	}
	switch name.Local {
	case "t":
		w.inText = false
	case "p":
		if len(w.stack) == 0 {
			return
		}
		depth := len(w.stack)
		p := w.stack[depth-1].String()
		w.stack = w.stack[:depth-1]
		joined := w.carry.Len() > 0 && w.carryDepth == depth
		if w.joinDepth == depth {
			w.joinDepth = 0
			if !joined {
				w.paragraph(w.carry.String()) // carried at another depth: a paragraph of its own
				w.carry.Reset()
			}
			w.carry.WriteString(p)
			w.carryDepth = depth
			return
		}
		if joined {
			w.carry.WriteString(p)
			p = w.carry.String()
			w.carry.Reset()
		}
		w.paragraph(p)
	}
}

// paragraph adds the text of a paragraph to the output, unless it is
// blank.
func (w *docxWalker) paragraph(p string) {
	if strings.TrimSpace(p) != "" {
		if w.out.Len() > 0 {
			w.out.WriteString("\n\n")
		}
		w.out.WriteString(p)
	}
}
