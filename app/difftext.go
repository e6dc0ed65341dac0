package app

import (
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
)

// Geometry of highlighted text, in Fyne units.
const (
	lineGap    = 3   // extra space between lines
	markPadX   = 1.5 // a highlight reaches this far beside its words
	markRadius = 3   // corner radius of a highlight
	numberLine = 2   // thickness of the line under a changed number
)

// DiffText draws a cell's text wrapped to its width, with a coloured
// background behind every changed run: words are measured once (through a
// shared Measurer), broken into lines at spaces (inside a word only when the
// word alone is wider than the line), and drawn as canvas.Text over
// canvas.Rectangle highlights. Its height depends on its width: HeightFor
// tells a list how tall a row must be.
type DiffText struct {
	widget.BaseWidget

	measurer *Measurer

	// Nowrap keeps the text on one line (hard newlines aside) and makes
	// MinSize as wide as the text, for labels such as the legend.
	Nowrap bool

	mu   sync.Mutex // guards runs and the cached layout
	runs []TextRun
	lay  textLayout
	// layKey is the width and text size the cached layout was made for.
	layWidth, laySize float32
	layValid          bool
}

// NewDiffText returns an empty DiffText measuring with m (a fresh cache
// when m is nil).
func NewDiffText(m *Measurer) *DiffText {
	if m == nil {
		m = NewMeasurer()
	}
	d := &DiffText{measurer: m}
	d.ExtendBaseWidget(d)
	return d
}

// SetSegments shows the segments of one cell as drawn in the given column.
func (d *DiffText) SetSegments(segs []compare.Segment, side Side) {
	d.SetRuns(RunsFor(segs, side))
}

// SetRuns shows styled runs and redraws.
func (d *DiffText) SetRuns(runs []TextRun) {
	d.mu.Lock()
	d.runs = runs
	d.layValid = false
	d.mu.Unlock()
	d.Refresh()
}

// Runs returns the runs shown.
func (d *DiffText) Runs() []TextRun {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.runs
}

// Text returns the plain text shown.
func (d *DiffText) Text() string {
	var b strings.Builder
	for _, r := range d.Runs() {
		b.WriteString(r.Text)
	}
	return b.String()
}

// textSize is the theme's text size for this widget.
func (d *DiffText) textSize() float32 {
	return theme.SizeForWidget(theme.SizeNameText, d)
}

// lineHeight is the distance between two baselines.
func (d *DiffText) lineHeight(size float32) float32 {
	return lineHeightOf(d.measurer, size)
}

func lineHeightOf(m *Measurer, size float32) float32 {
	return m.LineHeight(size, false) + lineGap
}

// layoutWith lays runs out at width and text size with m.
func layoutWith(m *Measurer, runs []TextRun, width, size float32) textLayout {
	return layoutRuns(runs, width, func(s string, run int) float32 {
		return m.Width(s, size, runs[run].Style.Number)
	})
}

// TextHeight is the height runs need when wrapped to width at the given
// text size: what a DiffText showing them would report from HeightFor.
func TextHeight(m *Measurer, runs []TextRun, width, size float32) float32 {
	lines := max(layoutWith(m, runs, width, size).lines, 1)
	return float32(lines) * lineHeightOf(m, size)
}

// layoutFor returns the line layout at width, cached for the last width.
func (d *DiffText) layoutFor(width float32) textLayout {
	size := d.textSize()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.layValid && d.layWidth == width && d.laySize == size {
		return d.lay
	}
	d.lay = layoutWith(d.measurer, d.runs, width, size)
	d.layWidth, d.laySize, d.layValid = width, size, true
	return d.lay
}

// HeightFor returns the height the text needs when wrapped to width.
func (d *DiffText) HeightFor(width float32) float32 {
	lay := d.layoutFor(width)
	lines := max(lay.lines, 1)
	return float32(lines) * d.lineHeight(d.textSize())
}

// Lines returns how many lines the text takes at width.
func (d *DiffText) Lines(width float32) int {
	return d.layoutFor(width).lines
}

// NaturalWidth is the width of the text laid out on one line.
func (d *DiffText) NaturalWidth() float32 {
	lay := d.layoutFor(nowrapWidth)
	var w float32
	for _, f := range lay.frags {
		w = max(w, f.x+f.w)
	}
	return w + 2*markPadX
}

// nowrapWidth is a width no line reaches.
const nowrapWidth = 1e9

// MinSize is one line high and narrow until the widget has a width; then
// it is as high as the text wrapped to that width. With Nowrap it is the
// size of the text on one line.
func (d *DiffText) MinSize() fyne.Size {
	d.ExtendBaseWidget(d)
	if d.Nowrap {
		return fyne.NewSize(d.NaturalWidth(), d.HeightFor(nowrapWidth))
	}
	w := d.Size().Width
	if w <= 0 {
		return fyne.NewSize(40, d.lineHeight(d.textSize()))
	}
	return fyne.NewSize(40, d.HeightFor(w))
}

// CreateRenderer is part of fyne.Widget.
func (d *DiffText) CreateRenderer() fyne.WidgetRenderer {
	d.ExtendBaseWidget(d)
	return &diffTextRenderer{d: d}
}

// diffTextRenderer keeps pools of rectangles and texts and rebuilds its
// object list on every layout.
type diffTextRenderer struct {
	d       *DiffText
	rects   []*canvas.Rectangle
	texts   []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *diffTextRenderer) Destroy() {}

func (r *diffTextRenderer) MinSize() fyne.Size { return r.d.MinSize() }

func (r *diffTextRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *diffTextRenderer) Refresh() {
	r.Layout(r.d.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// Layout places one text object per run of same-styled words on a line,
// and a rectangle behind each highlighted run.
func (r *diffTextRenderer) Layout(size fyne.Size) {
	d := r.d
	width := size.Width
	if d.Nowrap {
		width = nowrapWidth
	}
	lay := d.layoutFor(width)
	runs := d.Runs()
	textSize := d.textSize()
	lh := d.lineHeight(textSize)
	fg := theme.ColorForWidget(theme.ColorNameForeground, d)
	pal := paletteFor(d)

	var rects, under []fyne.CanvasObject
	var texts []fyne.CanvasObject
	nr, nt := 0, 0
	rect := func() *canvas.Rectangle {
		if nr == len(r.rects) {
			r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
		}
		nr++
		return r.rects[nr-1]
	}
	text := func() *canvas.Text {
		if nt == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", fg))
		}
		nt++
		return r.texts[nt-1]
	}

	frags := lay.frags
	for i := 0; i < len(frags); {
		st := runs[frags[i].run].Style
		j := i + 1
		for j < len(frags) && frags[j].line == frags[i].line && runs[frags[j].run].Style == st {
			j++
		}
		group := frags[i:j]
		y := float32(group[0].line) * lh

		// The highlight covers the group without its edge spaces.
		if st.Highlight != HighlightNone || st.Number {
			a, b := 0, len(group)-1
			for a <= b && group[a].space {
				a++
			}
			for b >= a && group[b].space {
				b--
			}
			if a <= b {
				x0 := group[a].x - markPadX
				x1 := group[b].x + group[b].w + markPadX
				bg := rect()
				bg.FillColor = pal.fill(st.Highlight)
				bg.CornerRadius = markRadius
				bg.StrokeWidth = 0
				bg.StrokeColor = color.Transparent
				bg.Move(fyne.NewPos(x0, y))
				bg.Resize(fyne.NewSize(x1-x0, lh-1))
				rects = append(rects, bg)
				// Typography-only changes get a thin grey underline,
				// changed numbers a thick orange one.
				var line color.Color
				var thick float32
				switch {
				case st.Number:
					line, thick = pal.number, numberLine
				case st.Highlight == HighlightTrivial:
					line, thick = pal.trivialLine, 1
				}
				if line != nil {
					ul := rect()
					ul.FillColor = line
					ul.CornerRadius = 0
					ul.StrokeWidth = 0
					ul.StrokeColor = color.Transparent
					ul.Move(fyne.NewPos(x0+markPadX, y+lh-2-thick))
					ul.Resize(fyne.NewSize(x1-x0-2*markPadX, thick))
					under = append(under, ul)
				}
			}
		}

		var b strings.Builder
		for _, f := range group {
			b.WriteString(f.text)
		}
		t := text()
		t.Text = strings.TrimRight(b.String(), " ")
		t.Color = fg
		t.TextSize = textSize
		t.TextStyle = fyne.TextStyle{Bold: st.Number}
		t.Move(fyne.NewPos(group[0].x, y+lineGap/2))
		t.Resize(fyne.NewSize(group[len(group)-1].x+group[len(group)-1].w-group[0].x, lh-lineGap))
		texts = append(texts, t)
		i = j
	}

	objs := make([]fyne.CanvasObject, 0, len(rects)+len(under)+len(texts))
	objs = append(objs, rects...)
	objs = append(objs, under...)
	objs = append(objs, texts...)
	r.objects = objs
}
