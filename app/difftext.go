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
	"golang.org/x/text/unicode/bidi"
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
	// lay and groups are the runs laid out at layWidth and laySize with
	// the measurer's generation layGen.
	lay               textLayout
	groups            []textGroup
	layWidth, laySize float32
	layGen            uint64
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
	d.setRuns(runs)
	d.Refresh()
}

// setRuns replaces the runs without redrawing, for a parent that refreshes
// its children anyway.
func (d *DiffText) setRuns(runs []TextRun) {
	d.mu.Lock()
	d.runs = runs
	d.layValid = false
	d.mu.Unlock()
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

// lineHeightOf is the distance between two baselines.
func lineHeightOf(m *Measurer, size float32) float32 {
	return m.LineHeight(size, false) + lineGap
}

// textHeight is the height of lines of text (at least one).
func textHeight(m *Measurer, lines int, size float32) float32 {
	return float32(max(lines, 1)) * lineHeightOf(m, size)
}

// layoutWith lays runs out at width and text size with m.
func layoutWith(m *Measurer, runs []TextRun, width, size float32) textLayout {
	return layoutRuns(runs, width, func(s string, run int) float32 {
		return m.Width(s, size, runs[run].Style.Number)
	})
}

// layoutFor returns the line layout at width and its drawing groups,
// cached for the last width and text size until the measurer is reset
// (a theme change may swap the font and keep the size).
func (d *DiffText) layoutFor(width float32) (textLayout, []textGroup) {
	size := d.textSize()
	gen := d.measurer.Generation()
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.layValid || d.layWidth != width || d.laySize != size || d.layGen != gen {
		d.lay = layoutWith(d.measurer, d.runs, width, size)
		if rightToLeft(d.runs) {
			d.groups = rtlGroups(d.lay.frags, d.runs, width, d.lay.paras, func(s string, bold bool) float32 { return d.measurer.Width(s, size, bold) })
		} else {
			d.groups = groupFragments(d.lay.frags, d.runs)
		}
		d.layWidth, d.laySize, d.layGen, d.layValid = width, size, gen, true
	}
	return d.lay, d.groups
}

// HeightFor returns the height the text needs when wrapped to width.
func (d *DiffText) HeightFor(width float32) float32 {
	return textHeight(d.measurer, d.Lines(width), d.textSize())
}

// Lines returns how many lines the text takes at width.
func (d *DiffText) Lines(width float32) int {
	lay, _ := d.layoutFor(width)
	return lay.lines
}

// NaturalWidth is the width of the text laid out on one line.
func (d *DiffText) NaturalWidth() float32 {
	lay, _ := d.layoutFor(nowrapWidth)
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
	if d.Nowrap {
		return fyne.NewSize(d.NaturalWidth(), d.HeightFor(nowrapWidth))
	}
	w := d.Size().Width
	if w <= 0 {
		return fyne.NewSize(40, lineHeightOf(d.measurer, d.textSize()))
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

// textGroup is what one canvas.Text draws: the fragments of a line that
// share a style (and, in right-to-left text, a direction: rtlGroups), and
// the extent of the highlight behind their words.
type textGroup struct {
	text           string // trailing spaces trimmed
	style          Style
	line           int
	x, w           float32
	mark           bool // a highlight spans markX0 to markX1
	markX0, markX1 float32
}

// groupFragments joins the fragments of a layout of runs into groups of
// one line and one style.
func groupFragments(frags []fragment, runs []TextRun) []textGroup {
	var groups []textGroup
	for i := 0; i < len(frags); {
		st := runs[frags[i].run].Style
		j := i + 1
		for j < len(frags) && frags[j].line == frags[i].line && runs[frags[j].run].Style == st {
			j++
		}
		group := frags[i:j]
		i = j
		first, last := group[0], group[len(group)-1]
		var b strings.Builder
		for _, f := range group {
			b.WriteString(f.text)
		}
		g := textGroup{
			text:  strings.TrimRight(b.String(), " "),
			style: st,
			line:  first.line,
			x:     first.x,
			w:     last.x + last.w - first.x,
		}
		// The highlight covers the group without its edge spaces.
		if st.Highlight != HighlightNone || st.Number {
			a, z := 0, len(group)-1
			for a <= z && group[a].space {
				a++
			}
			for z >= a && group[z].space {
				z--
			}
			if a <= z {
				g.mark = true
				g.markX0 = group[a].x - markPadX
				g.markX1 = group[z].x + group[z].w + markPadX
			}
		}
		groups = append(groups, g)
	}
	return groups
}

// rightToLeft reports runs whose first strong letter is written right to
// left (Hebrew, Arabic, Syriac, Thaana, N'Ko): the text's direction, as
// the Unicode bidirectional algorithm takes a paragraph's.
func rightToLeft(runs []TextRun) bool {
	for _, r := range runs {
		if rtl, ok := direction(r.Text); ok {
			return rtl
		}
	}
	return false
}

// direction reports whether the first strongly directed character of s
// (its bidirectional class L, R or AL) is written right to left, and
// whether s has one.
func direction(s string) (rtl, ok bool) {
	for i := 0; i < len(s); {
		p, n := bidi.LookupString(s[i:])
		switch p.Class() {
		case bidi.R, bidi.AL:
			return true, true
		case bidi.L:
			return false, true
		}
		i += max(n, 1)
	}
	return false, false
}

// Layout places one text object per group of same-styled words on a line,
// a rectangle behind each highlighted group and a line under it when its
// style calls for one.
func (r *diffTextRenderer) Layout(size fyne.Size) {
	d := r.d
	width := size.Width
	if d.Nowrap {
		width = nowrapWidth
	}
	_, groups := d.layoutFor(width)
	textSize := d.textSize()
	lh := lineHeightOf(d.measurer, textSize)
	fg := theme.ColorForWidget(theme.ColorNameForeground, d)
	pal := paletteFor(d)

	var rects, under, texts []fyne.CanvasObject
	nr, nt := 0, 0
	rect := func(fill color.Color, radius float32, pos fyne.Position, sz fyne.Size) *canvas.Rectangle {
		if nr == len(r.rects) {
			r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
		}
		rc := r.rects[nr]
		nr++
		rc.FillColor = fill
		rc.CornerRadius = radius
		rc.Move(pos)
		rc.Resize(sz)
		return rc
	}
	text := func() *canvas.Text {
		if nt == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", fg))
		}
		nt++
		return r.texts[nt-1]
	}

	for _, g := range groups {
		y := float32(g.line) * lh
		if g.mark {
			x0, x1 := g.markX0, g.markX1
			rects = append(rects, rect(pal.fill(g.style.Highlight), markRadius, fyne.NewPos(x0, y), fyne.NewSize(x1-x0, lh-1)))
			if line, thick := pal.underline(g.style); line != nil {
				under = append(under, rect(line, 0, fyne.NewPos(x0+markPadX, y+lh-2-thick), fyne.NewSize(x1-x0-2*markPadX, thick)))
			}
		}
		t := text()
		t.Text = g.text
		t.Color = fg
		t.TextSize = textSize
		t.TextStyle = fyne.TextStyle{Bold: g.style.Number}
		t.Move(fyne.NewPos(g.x, y+lineGap/2))
		t.Resize(fyne.NewSize(g.w, lh-lineGap))
		texts = append(texts, t)
	}

	objs := make([]fyne.CanvasObject, 0, len(rects)+len(under)+len(texts))
	objs = append(objs, rects...)
	objs = append(objs, under...)
	objs = append(objs, texts...)
	r.objects = objs
}
