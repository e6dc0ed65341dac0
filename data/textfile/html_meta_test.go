package textfile

import (
	"testing"
)

// A short Russian page (a headline and a dateline) saved in Windows-1251
// under a <meta> that still says windows-1252 or iso-8859-1 (a server
// recoded it, or the template's default charset was never changed). A
// user expects the Russian text. (The six-tenths share of letters above
// 0x7F already keeps a truthful Western <meta> on a short German or
// French page.)
func TestShortRussianPageUnderWesternMeta(t *testing.T) {
	text := "Заявление МИД России. Москва, 21 июня."
	for _, meta := range []string{"windows-1252", "iso-8859-1"} {
		page := []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=` + meta + `"></head><body><h1>`)
		page = append(page, encoderFor(t, EncWindows1251)(text)...)
		page = append(page, "</h1></body></html>"...)
		ex, err := Extract("page.html", page, "", "")
		if err != nil {
			t.Errorf("%s: %v", meta, err)
			continue
		}
		if ex.Text != text+"\n" {
			t.Errorf("Russian in Windows-1251 under <meta charset=%s>: read as %s: %q; want %q", meta, ex.Encoding, ex.Text, text)
		}
	}
}
