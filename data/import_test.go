package data

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// fixtures are copies of ../shared/samples/formats.
const fixtures = "../testdata/formats"

// TestBadFilesFailCleanly checks that a file the reader refuses fails its
// import with one line naming the file, and leaves nothing in the library.
func TestBadFilesFailCleanly(t *testing.T) {
	tests := []struct{ file, problem string }{
		{"bad.empty.txt", "empty file"},
		{"bad.binary.txt", "NUL byte"},
		{"bad.nul-bytes.txt", "NUL byte at offset 1010 (line 11)"},
		{"bad.invalid-utf8.txt", "invalid UTF-8 at byte 2010"},
		{"bad.truncated.docx", "not a readable DOCX file"},
	}
	ctx := context.Background()
	l := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(fixtures, tt.file)
			v, err := l.ImportFile(ctx, path, ImportOptions{})
			if err == nil {
				t.Fatalf("imported as version %d", v.ID)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, tt.problem) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line starting with the path and naming %q", msg, tt.problem)
			}
			var fe FileError
			if !errors.As(err, &fe) || fe.Path != path || strings.Contains(fe.Err.Error(), path) {
				t.Errorf("error %q: want a FileError for %s whose problem does not repeat it", msg, path)
			}
		})
	}
	if empty, err := l.Empty(ctx); err != nil || !empty {
		t.Errorf("library not empty after failed imports: %v %v", empty, err)
	}
	bs, _ := l.Briefings(ctx)
	if len(bs) != 0 {
		t.Errorf("failed imports left %d briefings", len(bs))
	}
}
