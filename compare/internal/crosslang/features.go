package crosslang

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cognateLetters is how many leading letters, after transliteration and
// diacritic folding, two words must share to count as the same name or
// cognate (Simard, Foster and Isabelle's four-letter prefixes). Three
// matched too many unrelated German and French words on the Text+Berg dev
// set; five lost names such as Oblonsky/Облонский's inflected forms.
const cognateLetters = 4

// side holds the features of the units of one text.
type side struct {
	units  []unit
	types  []wordType       // by type id
	byWord map[string]int32 // folded word -> type id
	stems  []string         // by stem id
}

// unit is one sentence or paragraph: its distinct word types and length.
type unit struct {
	types  []int32 // distinct type ids, in order of first occurrence
	chars  int     // letters, digits and marks: the length that survives translation
	mass   float64 // chars against the side's median, at most 1: short units weigh less
	weight float64 // sum of the weights of types
	// cuts are where the unit's clauses part (a dash, a semicolon, a
	// colon), as the share of its chars before the mark: where a
	// translator may have cut it in two.
	cuts []float32
}

// wordType is one distinct word (or kept mark) of a side.
type wordType struct {
	word   string
	stem   int32   // the word's first stemLetters letters, for the lexicon
	keys   []int32 // match keys: exact form and cognate prefix (source side: translations too)
	df     int     // units holding the word
	weight float64 // inverse document frequency
	number bool
}

// keyTable interns match keys shared by both sides.
type keyTable struct {
	ids map[string]int32
}

func (k *keyTable) id(s string) int32 {
	if id, ok := k.ids[s]; ok {
		return id
	}
	id := int32(len(k.ids))
	k.ids[s] = id
	return id
}

// newSide extracts the features of units. Keys are interned in kt.
func newSide(units []string, kt *keyTable) *side {
	s := &side{units: make([]unit, len(units)), byWord: make(map[string]int32)}
	stemIDs := make(map[string]int32)
	var buf []byte
	seen := make(map[int32]bool)
	for i, text := range units {
		u := &s.units[i]
		clear(seen)
		forEachWord(text, &buf, func(w string, number bool) {
			id, ok := s.byWord[w]
			if !ok {
				id = int32(len(s.types))
				s.byWord[w] = id
				st := stemOf(w)
				sid, ok := stemIDs[st]
				if !ok {
					sid = int32(len(s.stems))
					stemIDs[st] = sid
					s.stems = append(s.stems, st)
				}
				keys := wordKeys(w, number, kt)
				if !number {
					keys = append(keys, kt.id("^"+st))
				}
				s.types = append(s.types, wordType{word: w, stem: sid, keys: keys, number: number})
			}
			if !seen[id] {
				seen[id] = true
				u.types = append(u.types, id)
				s.types[id].df++
			}
		})
		u.chars, u.cuts = charsAndCuts(text)
	}
	setMass(s.units)
	n := float64(len(units))
	for id := range s.types {
		t := &s.types[id]
		t.weight = math.Log(1 + n/float64(t.df))
	}
	for i := range s.units {
		u := &s.units[i]
		for _, id := range u.types {
			u.weight += s.types[id].weight
		}
	}
	return s
}

// charsAndCuts counts text's letters, digits and marks (all but white
// space), each as its charWeight, and returns where its clauses part, as
// the share of those chars before each dash, semicolon or colon inside
// it. Hyphens count as a dash only with spaces around them ("a - b", "a
// -- b", not "когда-нибудь").
func charsAndCuts(text string) (int, []float32) {
	var at []int // chars before each mark
	n := 0
	for i, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		spaced := false
		if r == '-' && i > 0 && text[i-1] == ' ' {
			rest := strings.TrimLeft(text[i:], "-")
			spaced = strings.HasPrefix(rest, " ") // "a - b", "a -- b"
		}
		if r == ';' || r == ':' || r == '–' || r == '—' || spaced {
			at = append(at, n)
		}
		n += charWeight(r)
	}
	var cuts []float32
	for _, k := range at {
		if f := float32(k) / float32(n); f > 0 && f < 1 {
			cuts = append(cuts, f)
		}
	}
	return n, cuts
}

// Characters of scripts that write a syllable or a word in one carry
// more than a letter does, and the length penalty compares lengths as
// if every language wrote alike: a Chinese text is a third as long as
// its English rendering in characters. Each weight is the English
// characters (not spaces) a character of the script renders into, over
// the pairs of messages in the system's gettext catalogues
// (/usr/share/locale, English messages of 40 characters or more against
// translations mostly in the script): Han 2.9 to 3.0 (Chinese), Hangul
// 2.2, kana about 1.3 beside Han at 3 (Japanese); Arabic, Hebrew,
// Devanagari and Thai 0.95 to 1.3, as Cyrillic's 0.85, are one.
const (
	hanWeight    = 3
	hangulWeight = 2
)

// charWeight is how many characters r counts as in a unit's length.
func charWeight(r rune) int {
	switch {
	case r < 0x1100:
		return 1
	case unicode.Is(unicode.Han, r):
		return hanWeight
	case r >= 0xAC00 && r <= 0xD7A3:
		return hangulWeight // syllables; the jamo are letters
	}
	return 1
}

// forEachWord calls f with each word of text, lower-cased, and with each
// mark that survives translation (? ! : ; quotes and brackets, folded to
// one form each). Digits run together as a number ("1 000" stays two),
// written in ASCII digits whatever the script's ("１７" and "١٧" are 17).
func forEachWord(text string, buf *[]byte, f func(w string, number bool)) {
	b := (*buf)[:0]
	number := false
	flush := func() {
		if len(b) > 0 {
			f(string(b), number)
			b = b[:0]
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			if len(b) > 0 && !number {
				flush()
			}
			number = true
			b = append(b, '0'+DigitValue(r))
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if number {
				flush()
			}
			number = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
		default:
			flush()
			number = false
			if m := keptMark(r); m != 0 {
				f(string(m), false)
			}
		}
	}
	flush()
	*buf = b
}

// keptMark folds the marks that translations keep to one form each, or
// returns 0 for marks that carry no evidence (full stops, commas, dashes).
func keptMark(r rune) rune {
	switch r {
	case '?', '¿', '？':
		return '?'
	case '!', '¡', '！':
		return '!'
	case ':', '：':
		return ':'
	case ';':
		return ';'
	case '(', ')', '[', ']':
		return '('
	case '"', '«', '»', '„', '“', '”', '‹', '›', '‚', '‘', '’':
		return '"'
	}
	return 0
}

// stemLetters is how many leading letters stand for a word in the
// lexicon, so that the inflected forms of a word (Вронский, Вронского,
// Вронскому) are counted together. Tuned on Anna Karenina (EN–RU) and the
// Text+Berg dev set.
const stemLetters = 5

// stemOf returns the first stemLetters letters of w.
func stemOf(w string) string {
	n := 0
	for k := range w {
		if n == stemLetters {
			return w[:k]
		}
		n++
	}
	return w
}

// wordKeys returns the match keys of a word: the word itself and, for a
// word of at least cognateLetters letters, its transliterated and folded
// prefix.
func wordKeys(w string, number bool, kt *keyTable) []int32 {
	keys := []int32{kt.id("=" + w)}
	if number {
		return keys
	}
	if p, ok := cognatePrefix(w); ok {
		keys = append(keys, kt.id("~"+p))
	}
	return keys
}

// cognatePrefix returns the first cognateLetters letters of w after
// romanisation, when w has that many.
func cognatePrefix(w string) (string, bool) {
	if utf8.RuneCountInString(w) < cognateLetters {
		return "", false
	}
	p := Romanize(w)
	if utf8.RuneCountInString(p) < cognateLetters {
		return "", false
	}
	n := 0
	for k := range p {
		if n == cognateLetters {
			return p[:k], true
		}
		n++
	}
	return p, true
}

// setMass gives each unit its mass: its length against the median length
// of the side's units, at most 1. A greeting of two words beside long
// paragraphs, or "No." among long sentences, weighs little, so that where
// it goes sways the score little either way.
func setMass(units []unit) {
	lens := make([]int, len(units))
	for k, u := range units {
		lens[k] = u.chars
	}
	slices.Sort(lens)
	median := float64(max(1, lens[len(lens)/2]))
	for k := range units {
		units[k].mass = min(1, float64(units[k].chars)/median)
	}
}

// DigitValue is the value of r, a decimal digit (unicode.IsDigit). Every
// script's digits stand in a run of ten code points from zero, and runs
// that adjoin (the mathematical digits) are whole runs of ten, so the
// value is the distance from the start of the run, modulo ten.
func DigitValue(r rune) byte {
	if r >= '0' && r <= '9' {
		return byte(r - '0')
	}
	k := 0
	for unicode.IsDigit(r - rune(k) - 1) {
		k++
	}
	return byte(k % 10)
}
