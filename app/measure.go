package app

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Measurer measures text widths as Fyne draws them and caches them by
// string, size and weight: with its own shaper over the theme's font
// (wordShaper), which gives fyne.MeasureText's widths, or with
// fyne.MeasureText for what that shaper leaves. One Measurer is shared by
// every DiffText of a window, so a word that appears a thousand times is
// measured once. It is safe for concurrent use.
type Measurer struct {
	mu    sync.Mutex
	cache map[measureKey]float32
	lines map[lineKey]float32
	gen   uint64 // counts Resets, so that layouts made before one are redone
	// shapers measure what the theme's font covers; they are made on
	// first use and dropped by Reset.
	shapeMu sync.Mutex
	shapers [2]*wordShaper // regular, bold
}

type measureKey struct {
	text string
	size float32
	bold bool
}

type lineKey struct {
	size float32
	bold bool
}

// NewMeasurer returns an empty cache.
func NewMeasurer() *Measurer {
	return &Measurer{cache: map[measureKey]float32{}, lines: map[lineKey]float32{}}
}

// maxCachedLen bounds the length of strings kept in the cache; longer ones
// (rare: a very long word) are measured every time.
const maxCachedLen = 64

// Width returns the rendered width of s at the given text size.
func (m *Measurer) Width(s string, size float32, bold bool) float32 {
	if s == "" {
		return 0
	}
	k := measureKey{s, size, bold}
	m.mu.Lock()
	w, ok := m.cache[k]
	gen := m.gen
	m.mu.Unlock()
	if ok {
		return w
	}
	if w, ok = m.shaped(s, size, bold); !ok {
		w = fyne.MeasureText(s, size, fyne.TextStyle{Bold: bold}).Width
	}
	if len(s) <= maxCachedLen {
		m.mu.Lock()
		if m.gen == gen { // measured with the fonts of before a Reset: not kept
			m.cache[k] = w
		}
		m.mu.Unlock()
	}
	return w
}

// LineHeight returns the height of one line of text at the given size.
func (m *Measurer) LineHeight(size float32, bold bool) float32 {
	k := lineKey{size, bold}
	m.mu.Lock()
	h, ok := m.lines[k]
	m.mu.Unlock()
	if ok {
		return h
	}
	// Latin and Cyrillic capitals with a descender give a full line box.
	h = fyne.MeasureText("ÅgЙ", size, fyne.TextStyle{Bold: bold}).Height
	m.mu.Lock()
	m.lines[k] = h
	m.mu.Unlock()
	return h
}

// Reset forgets every measurement, for example after a theme change that
// swapped the font.
func (m *Measurer) Reset() {
	m.mu.Lock()
	m.cache = map[measureKey]float32{}
	m.lines = map[lineKey]float32{}
	m.gen++
	m.mu.Unlock()
	m.shapeMu.Lock()
	m.shapers = [2]*wordShaper{}
	m.shapeMu.Unlock()
}

// Generation counts the Resets so far: a layout made with an older
// generation used measurements that may no longer hold.
func (m *Measurer) Generation() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.gen
}

// shaped measures s with the theme's font the way Fyne's painter does,
// with a shaper kept for every call; false when s needs what only Fyne's
// own measurement handles (a character the theme's font lacks, which
// Fyne takes from a fallback font, or a tab).
func (m *Measurer) shaped(s string, size float32, bold bool) (float32, bool) {
	m.shapeMu.Lock()
	defer m.shapeMu.Unlock()
	k := 0
	if bold {
		k = 1
	}
	if m.shapers[k] == nil {
		m.shapers[k] = newWordShaper(fyne.TextStyle{Bold: bold})
	}
	return m.shapers[k].width(s, size)
}
