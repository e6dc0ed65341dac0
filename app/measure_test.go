package app

import (
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/assets"
)

// TestMeasurerMatchesFyne: the Measurer's own shaping gives exactly the
// widths fyne.MeasureText gives, for every word of the sample briefing
// (Russian and English) and for letters, ligatures and symbols of other
// languages; what the theme's font lacks goes to Fyne's measurement.
func TestMeasurerMatchesFyne(t *testing.T) {
	test.NewTempApp(t)
	words := []string{
		"Straße", "naïve", "œuvre", "Ærø", "«Ёлка»", "—", "…", "1,234.56", "fi", "ffl", "office",
		"AV", "To", "Wa", "Ελληνικά", "İstanbul", "Zürich’s", "(2024)", "§", "№ 5", "½", "x²",
		"a b", "  ", "\u00a0", "🇺🇦", "中文", "עברית", "\t", "tab\there", "cr\r",
	}
	err := fs.WalkDir(assets.Sample(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(assets.Sample(), path)
		words = append(words, strings.Fields(string(b))...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m := NewMeasurer()
	if _, ok := m.shaped("Hello", 14, false); !ok {
		t.Fatal("the theme's font did not measure Hello")
	}
	shaped := 0
	for _, size := range []float32{12, 14, 17.5} {
		for _, bold := range []bool{false, true} {
			for _, w := range words {
				if _, ok := m.shaped(w, size, bold); ok {
					shaped++
				}
				got := m.Width(w, size, bold)
				want := fyne.MeasureText(w, size, fyne.TextStyle{Bold: bold}).Width
				if got != want {
					t.Fatalf("Width(%q, %v, bold %v) = %v, Fyne measures %v", w, size, bold, got, want)
				}
			}
		}
	}
	if shaped < len(words)*6*9/10 {
		t.Errorf("only %d of %d measurements shaped by the Measurer", shaped, len(words)*6)
	}
}
