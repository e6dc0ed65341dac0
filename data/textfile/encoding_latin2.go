package textfile

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// EncWindows1250 is the Windows code page of Central European languages
// (Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Romanian).
const EncWindows1250 = "windows-1250"

// centralEuropean reports whether b, mostly ASCII letters with a few high
// bytes, reads as a Central European language in Windows-1250 rather
// than a Western one in Windows-1252. The accented letters alone cannot
// tell (Czech "č" is French "è", the same byte), so the short words
// vote: "się", "nie", "je", "se", "v", "z" against "the", "le", "der",
// "el"; and Windows-1250 must give letters, inside words, that Windows-
// 1252 gives as symbols ("ł" is "³", "ą" is "¹") or as letters foreign to
// the Western languages.
func centralEuropean(b []byte) bool {
	// The first 64 KB tell as well as the whole file; a single-byte
	// decoder cannot be cut in the middle of a character.
	text, err := charmap.Windows1250.NewDecoder().Bytes(b[:min(len(b), eastAsianSample)])
	if err != nil {
		return false
	}
	central, western, letters := 0, 0, 0
	for _, w := range strings.FieldsFunc(string(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		switch {
		case centralWords[lw]:
			central++
		case westernWords[lw]:
			western++
		}
		for _, r := range lw {
			if r >= 0x100 && strings.ContainsRune(centralLetters, r) { // all of them are above Latin-1
				letters++
			}
		}
	}
	return letters >= 2 && central > 2*western && central >= 3
}

// centralLetters are letters of Windows-1250 that no Western language
// written in Windows-1252 uses.
const centralLetters = "ąęłśźżćńěčřůťďňőűĺľŕăşţ"

// centralWords and westernWords are frequent short words of the
// languages of each code page (read only).
var centralWords = wordSet(`się nie jest czy jak ale oraz przez jsou jako pro byl bylo byla
	že od po v w z s ve ze jsem jej jeho hogy nem egy az és za kao`)

var westernWords = wordSet(`the and of is that this le la les de et des est une que du un pour dans
	der die und das ist den mit nicht ein eine el los las y es por il che di per con`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
