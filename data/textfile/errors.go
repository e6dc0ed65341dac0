package textfile

import (
	"errors"
	"fmt"
)

// The errors a file's reading wraps, to be matched with errors.Is; their
// messages, with the file's name and what was found, are written for the
// person who chose the file.
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
	// ErrEmpty is returned for a file of no bytes.
	ErrEmpty = errors.New("empty file")
	// ErrTruncated is wrapped when a file ends inside a character: UTF-16
	// of an odd number of bytes, a copy cut short.
	ErrTruncated = errors.New("truncated")
)

// InvalidUTF8Error is the error of text that is UTF-8 but for some bytes
// (damaged, or mixing in another encoding): where the first of them is
// and how many there are, for a reader to judge whether to read the text
// with them replaced (EncUTF8Replace) or in another encoding. It matches
// ErrInvalidUTF8.
type InvalidUTF8Error struct {
	// Offset is the first invalid byte's, from 0, a byte-order mark
	// counted.
	Offset int
	// Line is the line of that byte, from 1.
	Line int
	// Invalid counts the bytes that are not UTF-8, Size all the bytes.
	Invalid, Size int
}

// Error says where the first invalid byte is: "invalid UTF-8 at byte 2010
// (line 17)".
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("%v at byte %d (line %d)", ErrInvalidUTF8, e.Offset, e.Line)
}

// Is matches ErrInvalidUTF8.
func (e *InvalidUTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }
