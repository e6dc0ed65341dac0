package app

import (
	"bytes"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// wordShaper measures text as Fyne's painter does (go-text's HarfBuzz
// shaper over the theme's font, run by run as go-text's segmenter splits
// the text, advances summed as Fyne sums them), but keeps its shaper
// and parsed font from one call to the next: fyne.MeasureText makes a
// new shaper, and so a new HarfBuzz font, for every string, and a large
// comparison has a hundred thousand distinct words to measure.
//
// It measures only text whose every character the theme's font has (so
// that Fyne would resolve the same face for it) and that holds no tab or
// carriage return (which Fyne handles apart); the rest goes to
// fyne.MeasureText.
type wordShaper struct {
	face   *font.Face // nil when the theme's font could not be read
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	runes  []rune
}

func newWordShaper(style fyne.TextStyle) *wordShaper {
	ws := &wordShaper{}
	// The shaper's font cache holds nothing until it is given a size: a
	// new HarfBuzz font per string is what this type is here to avoid.
	ws.shaper.SetFontCacheSize(1)
	res := theme.Current().Font(style)
	if res == nil {
		return ws
	}
	face, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		// Every word then goes to fyne.MeasureText: right, but slow.
		fyne.LogError("reading the theme's font "+res.Name()+" to measure text", err)
		return ws
	}
	ws.face = face
	return ws
}

// ResolveFace makes wordShaper the segmenter's font map: width lets
// through only text its one face covers.
func (ws *wordShaper) ResolveFace(rune) *font.Face { return ws.face }

// width is s's advance at size, as fyne.MeasureText's Width, or false
// when s is not for this shaper.
func (ws *wordShaper) width(s string, size float32) (float32, bool) {
	if ws.face == nil {
		return 0, false
	}
	ws.runes = ws.runes[:0]
	for _, r := range s {
		if r == '\t' || r == '\r' {
			return 0, false
		}
		if _, ok := ws.face.NominalGlyph(r); !ok {
			return 0, false
		}
		ws.runes = append(ws.runes, r)
	}
	in := shaping.Input{
		Text: ws.runes, RunStart: 0, RunEnd: len(ws.runes),
		Direction: di.DirectionLTR, Face: ws.face,
		Size: fixed.Int26_6(float64(size) * (1 << 6)),
	}
	x := float32(0)
	for _, run := range ws.seg.Split(in, ws) {
		adv := fixed.I(0)
		for _, g := range ws.shaper.Shape(run).Glyphs {
			if g.GlyphID == 0 {
				return 0, false // Fyne draws and counts a missing glyph apart
			}
			adv += g.XAdvance
		}
		x += fixedToFloat(adv)
	}
	return x, true
}

func fixedToFloat(i fixed.Int26_6) float32 { return float32(float64(i) / (1 << 6)) }
