// Package assets holds the files Variorum ships inside its binary: the
// application icon and the bundled sample briefing that a new library is
// seeded with on first run.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed icon.png
var iconPNG []byte

//go:embed sample/*.txt sample/briefing.json
var sampleFS embed.FS

// Icon returns the application icon as PNG bytes.
func Icon() []byte { return iconPNG }

// Sample returns the bundled sample briefing: briefing.json (metadata and
// gold paragraph alignment) and one UTF-8 text file per version.
func Sample() fs.FS {
	sub, err := fs.Sub(sampleFS, "sample")
	if err != nil {
		// fs.Sub only fails on an invalid path; "sample" is a constant.
		panic(err)
	}
	return sub
}
