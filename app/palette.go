package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// palette holds the colours of the diff view for one theme brightness.
// Backgrounds are soft enough for black (or, in the dark theme, white) text
// to stay legible on them.
type palette struct {
	removed, added, moved, trivial color.Color
	caseOnly                       color.Color // behind the same words in other letter case
	trivialLine                    color.Color // underline under typography-only changes
	number                         color.Color // line under changed numbers
	emptyCell, emptyHatch          color.Color // a version lacks the content
	paragraphRule                  color.Color // line above a new paragraph
	movedBar                       color.Color // gutter bar of a moved row
	changedBar                     color.Color // gutter bar of a changed row
	columnRule                     color.Color // line between the columns
	finding                        color.Color // behind a translation check's note
	note                           color.Color // behind a researcher's note
	current                        color.Color // outline of the current change
	match                          color.Color // behind text Find found
	viewBand                       color.Color // the part in view, on the overview bar
	readings                       []color.Color
}

// reading is the colour of reading k's mark.
func (p palette) reading(k int) color.Color {
	if len(p.readings) == 0 {
		return color.Black
	}
	return p.readings[k%len(p.readings)]
}

func lightPalette() palette {
	return palette{
		removed:       color.NRGBA{R: 0xff, G: 0xcc, B: 0xc9, A: 0xff},
		added:         color.NRGBA{R: 0xc3, G: 0xef, B: 0xc9, A: 0xff},
		moved:         color.NRGBA{R: 0xd9, G: 0xd4, B: 0xff, A: 0xff},
		trivial:       color.NRGBA{R: 0xec, G: 0xec, B: 0xec, A: 0xff},
		caseOnly:      color.NRGBA{R: 0xc4, G: 0xec, B: 0xf2, A: 0xff},
		trivialLine:   color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff},
		number:        color.NRGBA{R: 0xe0, G: 0x7b, B: 0x00, A: 0xff},
		emptyCell:     color.NRGBA{R: 0xf3, G: 0xf3, B: 0xf3, A: 0xff},
		emptyHatch:    color.NRGBA{R: 0xe2, G: 0xe2, B: 0xe2, A: 0xff},
		paragraphRule: color.NRGBA{R: 0xd0, G: 0xd0, B: 0xd0, A: 0xff},
		movedBar:      color.NRGBA{R: 0x7b, G: 0x6c, B: 0xf0, A: 0xff},
		changedBar:    color.NRGBA{R: 0xf0, G: 0xa0, B: 0x40, A: 0xff},
		columnRule:    color.NRGBA{R: 0xd8, G: 0xd8, B: 0xd8, A: 0xff},
		finding:       color.NRGBA{R: 0xff, G: 0xe8, B: 0xa8, A: 0xff},
		note:          color.NRGBA{R: 0xd6, G: 0xea, B: 0xf8, A: 0xff},
		current:       color.NRGBA{R: 0x1a, G: 0x73, B: 0xe8, A: 0xff},
		match:         color.NRGBA{R: 0xff, G: 0xc1, B: 0x07, A: 0xff},
		viewBand:      color.NRGBA{R: 0x1a, G: 0x73, B: 0xe8, A: 0x30},
		readings: []color.Color{
			color.NRGBA{R: 0x1a, G: 0x5f, B: 0xb4, A: 0xff}, color.NRGBA{R: 0xc0, G: 0x39, B: 0x2b, A: 0xff},
			color.NRGBA{R: 0x1e, G: 0x84, B: 0x49, A: 0xff}, color.NRGBA{R: 0x8e, G: 0x44, B: 0xad, A: 0xff},
			color.NRGBA{R: 0xb9, G: 0x77, B: 0x0e, A: 0xff}, color.NRGBA{R: 0x16, G: 0x7d, B: 0x7f, A: 0xff},
		},
	}
}

func darkPalette() palette {
	return palette{
		removed:       color.NRGBA{R: 0x6e, G: 0x2a, B: 0x2e, A: 0xff},
		added:         color.NRGBA{R: 0x1f, G: 0x5a, B: 0x32, A: 0xff},
		moved:         color.NRGBA{R: 0x45, G: 0x3b, B: 0x7a, A: 0xff},
		trivial:       color.NRGBA{R: 0x44, G: 0x44, B: 0x48, A: 0xff},
		caseOnly:      color.NRGBA{R: 0x1d, G: 0x4e, B: 0x58, A: 0xff},
		trivialLine:   color.NRGBA{R: 0x88, G: 0x88, B: 0x8c, A: 0xff},
		number:        color.NRGBA{R: 0xff, G: 0xa5, B: 0x3d, A: 0xff},
		emptyCell:     color.NRGBA{R: 0x2a, G: 0x2a, B: 0x2e, A: 0xff},
		emptyHatch:    color.NRGBA{R: 0x36, G: 0x36, B: 0x3b, A: 0xff},
		paragraphRule: color.NRGBA{R: 0x50, G: 0x50, B: 0x55, A: 0xff},
		movedBar:      color.NRGBA{R: 0x9d, G: 0x8f, B: 0xff, A: 0xff},
		changedBar:    color.NRGBA{R: 0xf0, G: 0xa0, B: 0x40, A: 0xff},
		columnRule:    color.NRGBA{R: 0x48, G: 0x48, B: 0x4c, A: 0xff},
		finding:       color.NRGBA{R: 0x5c, G: 0x4a, B: 0x14, A: 0xff},
		note:          color.NRGBA{R: 0x1f, G: 0x3f, B: 0x5c, A: 0xff},
		current:       color.NRGBA{R: 0x64, G: 0xa8, B: 0xff, A: 0xff},
		match:         color.NRGBA{R: 0x9a, G: 0x6b, B: 0x00, A: 0xff},
		viewBand:      color.NRGBA{R: 0x64, G: 0xa8, B: 0xff, A: 0x30},
		readings: []color.Color{
			color.NRGBA{R: 0x6c, G: 0xb0, B: 0xff, A: 0xff}, color.NRGBA{R: 0xff, G: 0x85, B: 0x75, A: 0xff},
			color.NRGBA{R: 0x6f, G: 0xd6, B: 0x8e, A: 0xff}, color.NRGBA{R: 0xc9, G: 0x9b, B: 0xff, A: 0xff},
			color.NRGBA{R: 0xff, G: 0xc8, B: 0x57, A: 0xff}, color.NRGBA{R: 0x5f, G: 0xd3, B: 0xd6, A: 0xff},
		},
	}
}

// paletteFor picks the palette that suits the theme of w (or the current
// theme when w is nil) by the brightness of its background, so custom
// themes work too.
func paletteFor(w fyne.Widget) palette {
	var bg color.Color
	if w != nil {
		bg = theme.ColorForWidget(theme.ColorNameBackground, w)
	} else {
		bg = theme.Color(theme.ColorNameBackground)
	}
	if isDark(bg) {
		return darkPalette()
	}
	return lightPalette()
}

// isDark reports whether c is closer to black than to white.
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	// Rec. 601 luma on 16-bit channels.
	y := (299*r + 587*g + 114*b) / 1000
	return y < 0x8000
}

// fill returns the background of a highlight.
func (p palette) fill(h Highlight) color.Color {
	switch h {
	case HighlightRemoved:
		return p.removed
	case HighlightAdded:
		return p.added
	case HighlightMoved:
		return p.moved
	case HighlightTrivial:
		return p.trivial
	case HighlightCase:
		return p.caseOnly
	case HighlightFinding:
		return p.finding
	case HighlightNote:
		return p.note
	case HighlightMatch:
		return p.match
	}
	return color.Transparent
}

// underline returns the line drawn under a highlight of style st and its
// thickness: a thick one under changed numbers, a thin grey one under
// typography-only changes, none (nil) otherwise.
func (p palette) underline(st Style) (color.Color, float32) {
	switch {
	case st.Number:
		return p.number, numberLine
	case st.Highlight == HighlightTrivial:
		return p.trivialLine, 1
	}
	return nil, 0
}
