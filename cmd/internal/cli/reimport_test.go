package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// docxOfText is a minimal DOCX whose body holds one paragraph of text.
func docxOfText(t *testing.T, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A folder of Russian transcripts, text files in Windows-1251 and a DOCX,
// is imported with --encoding windows-1251 (the text files need it; a
// DOCX is XML, always UTF-8, and --encoding does not apply to it). The
// import is interrupted, or simply run again: "Importing the same paths
// again adds the rest", as Variorum itself advises, and the run says both
// files are there, without advising to re-import the DOCX.
func TestReimportFolderWithDOCXAndEncoding(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.db")
	src := filepath.Join(dir, "briefing")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	ru, err := charmap.Windows1251.NewEncoder().Bytes([]byte("Министр иностранных дел провёл переговоры с коллегами в Алматы.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "ru.txt"), ru, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "en.docx"), docxOfText(t, "The minister held talks with colleagues in Almaty."), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "--library", lib, "import", "--encoding", "windows-1251", src); code != 0 {
		t.Fatalf("first import: exit %d, %s", code, errs)
	}
	code, _, errs := runCLI(t, "--library", lib, "import", "--encoding", "windows-1251", src)
	if code != 0 || strings.Contains(errs, "variorum rm") {
		t.Errorf("the same import again: exit %d, stderr %q; want exit 0 and no advice to remove the DOCX version (it would be read as UTF-8 again)", code, errs)
	}
}
