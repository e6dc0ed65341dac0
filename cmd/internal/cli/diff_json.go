package cli

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// writeDiffJSON writes out as JSON, the same document encoding/json makes
// of diffJSON, but without reflection, which is several times slower on
// the tens of thousands of rows of a large pair's table.
func writeDiffJSON(w io.Writer, out diffJSON) error {
	b := make([]byte, 0, 1<<16)
	flush := func() error {
		if len(b) < 1<<15 {
			return nil
		}
		_, err := w.Write(b)
		b = b[:0]
		return err
	}
	b = append(b, `{"versions":[`...)
	for i, v := range out.Versions {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendVersion(b, v)
	}
	b = append(b, `],"base":`...)
	b = strconv.AppendInt(b, int64(out.Base), 10)
	b = append(b, `,"changes":[`...)
	for i, c := range out.Changes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendChange(b, c)
		if err := flush(); err != nil {
			return err
		}
	}
	b = append(b, `],"alignment":[`...)
	for i, r := range out.Alignment {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendRow(b, r)
		if err := flush(); err != nil {
			return err
		}
	}
	b = append(b, "]}\n"...)
	_, err := w.Write(b)
	return err
}

func appendVersion(b []byte, v export.DiffVersion) []byte {
	b = append(b, `{"index":`...)
	b = strconv.AppendInt(b, int64(v.Index), 10)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, v.Name)
	b = append(b, `,"bytes":`...)
	b = strconv.AppendInt(b, int64(v.Bytes), 10)
	b = append(b, `,"language":`...)
	b = appendJSONString(b, v.Language)
	b = append(b, `,"reference":`...)
	b = strconv.AppendInt(b, int64(v.Reference), 10)
	b = append(b, `,"translated":`...)
	b = strconv.AppendBool(b, v.Translated)
	b = append(b, `,"file_offsets":`...)
	b = strconv.AppendBool(b, v.FileOffsets)
	return append(b, '}')
}

func appendRow(b []byte, r compare.Row) []byte {
	b = append(b, `{"cells":[`...)
	for k, c := range r.Cells {
		if k > 0 {
			b = append(b, ',')
		}
		if c == nil {
			b = append(b, "null"...)
			continue
		}
		b = append(b, `{"version":`...)
		b = strconv.AppendInt(b, int64(c.Version), 10)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(c.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(c.End), 10)
		if c.Moved {
			b = append(b, `,"moved":true`...)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	if r.Moved {
		b = append(b, `,"moved":true`...)
	}
	if r.ParagraphStart {
		b = append(b, `,"paragraph_start":true`...)
	}
	return append(b, '}')
}

func appendChange(b []byte, c compare.Change) []byte {
	b = append(b, `{"kind":`...)
	b = appendJSONString(b, string(c.Kind))
	for _, f := range []struct {
		name string
		v    int
	}{{`,"a":`, c.A}, {`,"b":`, c.B}, {`,"a_start":`, c.AStart}, {`,"a_end":`, c.AEnd}, {`,"b_start":`, c.BStart}, {`,"b_end":`, c.BEnd}} {
		b = append(b, f.name...)
		b = strconv.AppendInt(b, int64(f.v), 10)
	}
	b = append(b, `,"a_text":`...)
	b = appendJSONString(b, c.AText)
	b = append(b, `,"b_text":`...)
	b = appendJSONString(b, c.BText)
	b = append(b, `,"trivial":`...)
	b = strconv.AppendBool(b, c.Trivial)
	if len(c.Flags) > 0 {
		b = append(b, `,"flags":[`...)
		for i, f := range c.Flags {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, f)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and
// U+2029 escaped as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
