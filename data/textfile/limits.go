package textfile

import (
	"errors"
	"fmt"
	"io"
)

// Limits that keep the memory a file costs to a small multiple of its size,
// whatever its bytes claim: a ZIP entry may expand a thousandfold and markup
// may nest a million elements deep.
const (
	// maxExpansionRatio bounds a DOCX document part's size relative to the
	// whole file. Real documents compress 5 to 20 times.
	maxExpansionRatio = 50
	// minExpansionCap lets small files expand further than the ratio
	// allows: a 10 KB DOCX may hold 16 MB of XML, which costs nothing.
	minExpansionCap = 16 << 20
	// maxExpansion is the absolute cap on a document part, however large
	// the file.
	maxExpansion = 256 << 20
	// maxXMLDepth bounds element nesting in DOCX XML. Word nests tables in
	// tables and text boxes in paragraphs, but never beyond a few dozen.
	maxXMLDepth = 256
)

var (
	// ErrTooLarge is wrapped when a compressed part of a file expands
	// beyond what Variorum reads (see expansionCap).
	ErrTooLarge = errors.New("expands too much")
	// ErrTooDeep is wrapped when markup nests elements deeper than
	// Variorum reads.
	ErrTooDeep = errors.New("nested too deeply")
	// ErrFileTooLarge is wrapped when a file is larger than MaxSize.
	ErrFileTooLarge = errors.New("too large")
	// ErrNotRegular is wrapped when the path is a directory, device, FIFO
	// or socket rather than a file.
	ErrNotRegular = errors.New("not a regular file")
	// ErrInvalidUTF8 is wrapped when a file is mostly UTF-8 but has bytes
	// that are not: damaged, or in another encoding that should be named.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrBinary is wrapped when a file holds NUL bytes outside UTF-16:
	// binary data, or a damaged file.
	ErrBinary = errors.New("a binary or damaged file, not text")
	// ErrUnknownEncoding is wrapped when an encoding's name is none that
	// Variorum knows.
	ErrUnknownEncoding = errors.New("unknown encoding")
	// ErrUnsupportedFormat is wrapped when a file is a document in a
	// format Variorum does not read (PDF, RTF, OpenDocument).
	ErrUnsupportedFormat = errors.New("a format Variorum does not read")
)

// limitError is an error whose message is written for a person and which
// matches one of the limit sentinels with errors.Is.
type limitError struct {
	msg    string
	target error
}

func (e *limitError) Error() string        { return e.msg }
func (e *limitError) Is(target error) bool { return target == e.target }

// tooLarge says that part expands beyond limit bytes.
func tooLarge(part string, limit int64) error {
	return &limitError{msg: fmt.Sprintf("%s expands to more than %d MB: not read", part, limit>>20), target: ErrTooLarge}
}

// tooDeep says that markup nests beyond limit elements.
func tooDeep(what string, limit int) error {
	return &limitError{msg: fmt.Sprintf("%s nests elements more than %d deep: not imported", what, limit), target: ErrTooDeep}
}

// expansionCap is how many bytes a compressed part of a file of size
// bytes may expand to: maxExpansionRatio times the file, at least
// minExpansionCap, at most maxExpansion.
func expansionCap(size int64) int64 {
	return min(max(size*maxExpansionRatio, minExpansionCap), maxExpansion)
}

// cappedReader reads at most limit bytes from r, then fails with err
// instead of reporting a (misleading) end of file.
type cappedReader struct {
	r     io.Reader
	limit int64 // bytes still allowed
	err   error
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.limit < 0 {
		return 0, c.err
	}
	// Read one byte past the limit to tell "exactly limit" from "more".
	if int64(len(p)) > c.limit+1 {
		p = p[:c.limit+1]
	}
	n, err := c.r.Read(p)
	c.limit -= int64(n)
	if c.limit < 0 {
		return n + int(c.limit), c.err
	}
	return n, err
}
