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
		return "", fmt.Errorf("not a readable DOCX file (damaged or truncated ZIP: %v)", err)
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
				return "", errors.New("an OpenDocument file (.odt), not DOCX: save it as DOCX or text")
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
	var out strings.Builder
	var stack []*strings.Builder // open paragraphs (text boxes nest them)
	depth := 0
	skip := 0 // depth inside skipped elements
	inText := false
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
			if depth++; depth > maxXMLDepth {
				return "", tooDeep("word/document.xml", maxXMLDepth)
			}
			if skip > 0 {
				skip++
				continue
			}
			local, space := t.Name.Local, t.Name.Space
			if space == "http://schemas.openxmlformats.org/markup-compatibility/2006" && local == "Fallback" {
				skip = 1
				continue
			}
			if space != wordML && space != wordMLStrict {
				continue
			}
			switch local {
			case "del", "delText", "instrText", "rPr", "pPr":
				skip = 1
			case "p":
				stack = append(stack, &strings.Builder{})
			case "t":
				inText = true
			case "tab":
				if len(stack) > 0 {
					stack[len(stack)-1].WriteByte('\t')
				}
			case "br", "cr":
				if len(stack) > 0 {
					stack[len(stack)-1].WriteByte('\n')
				}
			case "noBreakHyphen":
				if len(stack) > 0 {
					stack[len(stack)-1].WriteByte('-')
				}
			}
		case xml.EndElement:
			depth--
			if skip > 0 {
				skip--
				continue
			}
			if t.Name.Space != wordML && t.Name.Space != wordMLStrict {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if len(stack) == 0 {
					continue
				}
				p := stack[len(stack)-1].String()
				stack = stack[:len(stack)-1]
				if strings.TrimSpace(p) != "" {
					if out.Len() > 0 {
						out.WriteString("\n\n")
					}
					out.WriteString(p)
				}
			}
		case xml.CharData:
			if skip == 0 && inText && len(stack) > 0 {
				stack[len(stack)-1].Write(t)
			}
		}
	}
	if out.Len() == 0 {
		return "", errNoText
	}
	out.WriteByte('\n')
	return out.String(), nil
}
