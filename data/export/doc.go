// Package export writes what Variorum shows in files that other tools
// read: TMX translation memories for translators' CAT tools (OmegaT,
// memoQ, Trados). It reads nothing and needs no library: the command line
// and the window hand it aligned text.
package export
