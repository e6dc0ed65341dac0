// Package textfile reads the files people keep versions of a text in and
// turns them into the one form Variorum compares and stores: UTF-8, LF line
// ends, Unicode NFC.
//
// A file's format is named by its extension or sniffed from its first bytes
// (DetectFormat): plain text, Markdown (its markup stripped), HTML (the
// article's text, page chrome dropped, read as a stream of tokens that
// closes elements where the HTML parser would: html_reader.go) and DOCX (the paragraphs of
// word/document.xml, tracked deletions skipped); PDF and RTF are recognised
// and refused with a hint. The encoding of text is detected (DetectEncoding)
// or given: UTF-8 and UTF-16 with or without a byte-order mark, the Cyrillic
// code pages (Windows-1251, KOI8-R, IBM866), Western and Central European
// (Windows-1252, ISO-8859-1, Windows-1250) and East Asian ones (Shift_JIS,
// EUC-JP, EUC-KR, GB18030, Big5); any other that the WHATWG or IANA
// registries name can be given with LookupEncoding's names. Text that is
// not text (NUL bytes, broken UTF-8, mostly control characters) is refused
// with the offset of the problem (for broken UTF-8, an InvalidUTF8Error);
// damaged UTF-8 is read, when asked, with its bad bytes replaced
// (EncUTF8Replace), and Excerpt previews a file in one encoding or another.
//
// Read and Extract are the entry points: Read for a path, Extract for bytes
// already in memory. The package is pure Go, keeps no mutable state, and
// knows nothing of the library: the SQLite library (package data) and
// "variorum diff" both read files through it.
package textfile
