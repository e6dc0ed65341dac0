// Package export writes what Variorum shows in files that other tools and
// other people read without the app. It reads nothing and needs no
// library: package data/report fills plain structs (report.go) from the
// library for the command line and the window, so this package stays
// free of SQLite and Fyne.
//
// A Report is one comparison with everything a reader needs to trust it:
// the briefing, each version's source, language, import date and the
// SHA-256 of the bytes imported, the compare.Result, the translation
// check's findings, the researcher's notes and the options used. Its
// writers, each in the file named:
//
//   - html.go, report.html: one self-contained page (html/template, CSS
//     inline, no script, nothing fetched) with the aligned columns
//     highlighted and laid out as the window shows them (a moved passage
//     at both ends; every export and "variorum check" number rows in that
//     layout, layout.go), the change list numbers first,
//     findings and notes, and print CSS for A4 and Letter. A reader cites
//     a row or a change by its anchor (#row-27, #change-12); the change
//     list, findings, notes and placeholders link the rows they name. Rows come in
//     <tbody> chunks with content-visibility: auto, so a browser lays out
//     only what is near the viewport and a 10 MB pair stays usable.
//   - csv.go: one RFC 4180 record per change (LF line ends), with its row,
//     paragraph and sentence, byte offsets, notes and version numbers;
//     text that a spreadsheet would run as a formula (=HYPERLINK(…), a DDE
//     command) gets a leading apostrophe; optionally a UTF-8 BOM for Excel.
//   - json.go: the "variorum diff --format json" contract plus metadata,
//     positions, findings, notes and each row's readings.
//   - tei.go: TEI P5 parallel segmentation, a <witness> per version and an
//     <app> with one <rdg> per reading where the versions differ; a moved
//     passage's two ends point at each other (xml:id, corresp), and line
//     breaks stay <lb/>; versions in several languages are a <div> per
//     language, linked row by row (<linkGrp type="translation">).
//   - markdown.go: a summary for an issue tracker or an email.
//   - tmx.go: TMX translation memories for translators' CAT tools (OmegaT,
//     memoQ, Trados), from "variorum align"; tmx_report.go makes one of a
//     report's original and its rendering.
//
// readings.go letters each row's readings (compare.ReadingLetter) for
// JSON.
//
// format.go names the formats, their file extensions and Write, which
// picks the writer. index.go locates changes and notes, and
// compare.SliceSegments cuts highlights, by binary search, so that
// writing a report grows with its rows, not with rows times changes.
// clip.go puts a quoted text on one line and cuts it to a length, for
// summaries, lists and dialogs. atomic.go writes a file through a
// temporary one and a rename.
package export
