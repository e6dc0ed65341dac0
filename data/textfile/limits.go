package textfile

import (
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
	return &limitError{msg: fmt.Sprintf("%s nests elements more than %d deep: not read", what, limit), target: ErrTooDeep}
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
