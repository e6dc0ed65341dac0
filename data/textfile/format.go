package textfile

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// File formats Extract reads.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatDOCX     = "docx"
)

// DetectFormat names the format of a file from its extension, or, for an
// unknown extension, from its first bytes: a ZIP holding word/document.xml
// is DOCX, markup starting with <!DOCTYPE html>, <html> or another common
// HTML tag is HTML, anything else is plain text. A ZIP archive, PDF or RTF
// file named .txt or .md is sniffed too, so that it gets a clear error or
// its text rather than a "binary file" complaint.
func DetectFormat(name string, b []byte) string {
	if bytes.HasPrefix(b, []byte(oleSignature)) {
		return formatUnsupported // whatever its name: a .doc, or an encrypted .docx
	}
	var format string
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		format = FormatText
	case ".md", ".markdown", ".mdown":
		format = FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".docx":
		return FormatDOCX
	default:
		return SniffFormat(b)
	}
	if f := sniffBinary(b); f != "" {
		return f
	}
	return format
}

// formatUnsupported marks files recognised as a format Variorum cannot
// read (PDF, RTF, Word 97-2003); Extract explains.
const formatUnsupported = "unsupported"

// oleSignature opens an OLE compound file: a Word 97-2003 document (.doc)
// or an Office file encrypted with a password, which is one whatever its
// extension.
const oleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

// sniffBinary recognises the document formats that are not text: a ZIP
// (DOCX, or another format extraction will name), PDF and RTF.
func sniffBinary(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return FormatDOCX // only DOCX is supported; extraction says if not
	case bytes.HasPrefix(b, []byte("%PDF-")), bytes.HasPrefix(b, []byte(`{\rtf`)), bytes.HasPrefix(b, []byte(oleSignature)):
		return formatUnsupported
	}
	return ""
}

// SniffFormat names the format of b from its content alone.
func SniffFormat(b []byte) string {
	if f := sniffBinary(b); f != "" {
		return f
	}
	head := b[:min(len(b), 1024)]
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version=\"1.0\"?>\n<!doctype html", "<meta", "<article", "<p>", "<div"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return FormatHTML
		}
	}
	return FormatText
}

// Extracted is a file's text as Extract read it.
type Extracted struct {
	// Text is UTF-8, LF, NFC.
	Text string
	// Encoding the bytes (or, for DOCX, the XML) were decoded from.
	Encoding string
	// Format is one of the Format constants.
	Format string
	// MisreadUTF8 is set where an encoding was given, not UTF-8, for
	// bytes that are valid UTF-8 and hold more than ASCII: almost
	// certainly UTF-8, which that encoding garbles ("вЂ™" for "’"). The
	// text is decoded as asked; a caller warns.
	MisreadUTF8 bool
	// Verbatim: Text is the file's bytes as they are (plain text in
	// UTF-8 without a byte-order mark, CR or a character NFC changes),
	// so that an offset into it is an offset into the file.
	Verbatim bool
}

// Extract reads a file's bytes as the given format (DetectFormat's answer
// when format is "") and returns its text normalised for storage. enc
// overrides encoding detection when not empty. The error describes the
// problem without the file name.
func Extract(name string, b []byte, format, enc string) (*Extracted, error) {
	return extract(name, b, format, enc, false)
}

// ExtractOwned is Extract for a buffer the caller hands over: the text may
// share b's memory instead of copying it (a large file then costs one
// copy fewer), so b must never be written again.
func ExtractOwned(name string, b []byte, format, enc string) (*Extracted, error) {
	return extract(name, b, format, enc, true)
}

// extract is Extract; owned says b is the caller's own buffer, never
// written again, which text may then share (see decodeBytes).
func extract(name string, b []byte, format, enc string, owned bool) (*Extracted, error) {
	if len(b) == 0 {
		return nil, ErrEmpty
	}
	if format == "" {
		format = DetectFormat(name, b)
	}
	if enc != "" {
		_, canon, err := LookupEncoding(enc)
		if err != nil {
			return nil, err
		}
		enc = canon
	}
	var text, used string
	var err error
	// An encoding given for what reads as UTF-8 garbles it: said, and done
	// as asked (a DOCX's XML says its own encoding, whatever is given).
	misread := enc != "" && !isUTF8(enc) && format != FormatDOCX && !isASCII(b) && readsAsUTF8(b)
	switch format {
	case FormatDOCX:
		text, err = extractDOCX(b)
		used = EncUTF8
	case FormatHTML:
		text, used, err = extractHTML(b, enc)
	case formatUnsupported:
		switch {
		case bytes.HasPrefix(b, []byte("%PDF-")):
			err = fmt.Errorf("a PDF file, %w: it reads text, Markdown, HTML and DOCX; save or export the document in one of those", ErrUnsupportedFormat)
		case bytes.HasPrefix(b, []byte(oleSignature)):
			err = fmt.Errorf("a Word 97-2003 document (.doc) or an Office file encrypted with a password, %w: save it as DOCX without a password, or as text", ErrUnsupportedFormat)
		default:
			err = fmt.Errorf("an RTF file, %w: it reads text, Markdown, HTML and DOCX; save the document as DOCX or text", ErrUnsupportedFormat)
		}
	case FormatMarkdown, FormatText:
		used = enc
		if used == "" {
			used, err = DetectEncoding(b)
		}
		if err == nil {
			// DetectEncoding names EncUTF8 only after checking every byte.
			text, err = decodeBytes(b, used, owned, enc == "" && used == EncUTF8)
		}
		if err == nil && format == FormatMarkdown {
			text = markdownText(NormalizeText(text))
		}
	default:
		err = fmt.Errorf("unknown format %q", format)
	}
	if err != nil {
		return nil, err
	}
	text = NormalizeText(text)
	if err := checkText(text); err != nil {
		return nil, err
	}
	verbatim := format == FormatText && len(text) == len(b) && text == string(b)
	return &Extracted{Text: text, Encoding: used, Format: format, MisreadUTF8: misread, Verbatim: verbatim}, nil
}

// readsAsUTF8 reports whether DetectEncoding takes b for UTF-8.
func readsAsUTF8(b []byte) bool {
	enc, err := DetectEncoding(b)
	return err == nil && isUTF8(enc)
}

// isUTF8 reports whether enc reads UTF-8: plain, after a byte order
// mark, or with damaged bytes replaced.
func isUTF8(enc string) bool { return enc == EncUTF8 || enc == EncUTF8BOM || enc == EncUTF8Replace }

// isASCII reports whether b holds ASCII alone, which every encoding
// Variorum reads but UTF-16 and UTF-32 decodes alike.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
