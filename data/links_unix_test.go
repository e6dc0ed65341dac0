//go:build unix

package data

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestExpandPathsLinks: a folder's walk imports a link to a file of a
// kind it reads, and skips, saying why, a link to a folder (which it does
// not follow) and a link to nothing.
func TestExpandPathsLinks(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	target := filepath.Join(outside, "a.txt")
	if err := os.WriteFile(target, []byte("A text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, to := range map[string]string{"linked.txt": target, "folder": outside, "gone.txt": filepath.Join(outside, "none.txt")} {
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	files, skipped, errs := expandPaths([]string{dir})
	if len(errs) != 0 || len(files) != 1 || filepath.Base(files[0]) != "linked.txt" {
		t.Errorf("files %v, errors %v; want linked.txt alone", files, errs)
	}
	why := map[string]error{}
	for _, s := range skipped {
		why[filepath.Base(s.Path)] = s.Err
	}
	if !errors.Is(why["folder"], errLink) || !errors.Is(why["gone.txt"], errBrokenLink) || len(why) != 2 {
		t.Errorf("skipped %v; want the folder's link and the broken one", why)
	}
}
