package compare

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sameAmounts reports a replacement of tokens da of a by db of b that
// writes the same amounts otherwise: a scale abbreviated or spelt out
// ("$3.5bn" -> "$3.5 billion", "5 Mio." -> "5 Millionen", "25 млн" -> "25
// миллионов", "2 million" -> "2,000,000", "£300k" -> "£300,000"), or a per
// cent sign written out ("61%" -> "61 per cent", "3,5 %" -> "3,5
// Prozent"). Both sides are read as the translation check reads numbers
// (numberReader), with the figure a scale or a per cent word goes with
// when the change starts after it, and the sign of a sum before that
// figure ("$5m": "m" scales money alone). They must read the same
// numbers, at least one, with the same currency and per cent signs, and
// the same words but for the scale and per cent words: "5km" -> "5 mi",
// "$5m" -> "€5m" and "5m" -> "5 million" (metres) change the amount.
// Each is compared in its order, so that amounts that traded values
// ("3% (Fed), 5% (ECB)" -> "5 per cent (ECB), 3 per cent (Fed)") differ.
// Number words other than scales are left to numbersChanged ("two
// million" is read by words, not by the reader of figures), and so are
// a billion and a trillion in a language other than English, which
// spells them alike for a thousand times more ("milliards" -> "billions"
// in French), and changes with more than maxAmountWords other words a
// side, which rewrite more than an amount.
func sameAmounts(a, b *document, da, db []token) bool {
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	x, okA := readAmounts(a, da)
	y, okB := readAmounts(b, db)
	return okA && okB && len(x.nums) > 0 && len(x.words) <= maxAmountWords && !slices.Equal(x.notation, y.notation) &&
		shortScaleRead(a.lang, x.notation, y.notation) &&
		slices.Equal(x.nums, y.nums) && slices.Equal(x.signs, y.signs) && slices.Equal(x.words, y.words)
}

// maxAmountWords bounds the words of a change's side that sameAmounts
// reads besides its numbers, scales and signs: an amount's currency
// ("25 миллионов рублей") and a few words beside it.
const maxAmountWords = 3

// amounts is what readAmounts reads of a change, each part in the order
// of the text.
type amounts struct {
	nums  []string // the numbers, as numberReader writes them
	signs []string // currency, per cent and per mille signs; "%" for a per cent word
	words []string // the other words, in small letters, or their units ("unit rub" for "руб", "рублей")
	// notation is how the scales and per cents are written: the sides
	// must differ in it, for the reader's other readings are not asked
	// here ("007" -> "7", a date read month first).
	notation []string
}

// readAmounts reads the amounts of ts, a run of d's tokens, for
// sameAmounts; ok is false where a number word other than a scale would
// need reading.
func readAmounts(d *document, ts []token) (amounts, bool) {
	lo, ok := d.indexOf(ts[0])
	if !ok {
		return amounts{}, false
	}
	hi := lo + len(ts)
	if hi > len(d.toks) {
		return amounts{}, false
	}
	lo = amountStart(d, lo)
	var out amounts
	for i := lo; i < hi; i++ {
		t := d.toks[i]
		w := d.text[t.start:t.end()]
		lw := strings.ToLower(w)
		switch {
		case t.class == classNumber:
			switch suffix := strings.TrimLeft(lw, "0123456789.,"); {
			case suffix == "":
			case scaleSuffix(d, i, suffix):
				out.notation = append(out.notation, suffix) // "3.5bn"
			default:
				out.words = append(out.words, wordOrUnit(d, suffix)) // "5km"
			}
		case t.class == classPunct:
			if amountSignRune(w) {
				r, _ := referencedRune(w) // "&#37;" is "%"
				out.signs = append(out.signs, string(r))
				if r == '%' {
					out.notation = append(out.notation, "%")
				}
			}
		case percentWord(d, i, lw):
			out.signs, out.notation = append(out.signs, "%"), append(out.notation, lw)
		case percentLead(d, i, lw):
		case scaleWords()[lw] != 0 && figureJustBefore(d, i):
			out.notation = append(out.notation, lw)
		default:
			if _, number := numberWordOf(lw); number {
				return amounts{}, false
			}
			out.words = append(out.words, wordOrUnit(d, lw))
		}
	}
	span := d.text[d.toks[lo].start:d.toks[hi-1].end()]
	if strings.IndexByte(span, '&') >= 0 {
		span = html.UnescapeString(span) // "61&#37;" is 61, not 61 and 37
	}
	r := numberReader{s: span, extra: numberWordsIn(d.lang), lang: d.lang}
	r.read()
	out.nums, _ = r.numbers()
	return out, true
}

// shortScaleOnly reports the English scale words that other languages
// write for a thousand times more (French "billion", 10¹²).
var shortScaleOnly = wordSet(`billion billions trillion trillions`)

// englishScales are the scale words and letters English writes after a
// figure.
var englishScales = wordSet(`k m mn bn tn thousand thousands million millions billion billions trillion trillions`)

// shortScaleRead reports whether the reader's short-scale reading of x
// and y, two sides' notations in a text of language lang, holds: where
// either writes a billion or a trillion, in English, or in a text of no
// known language where both write English scales alone ("$3.5bn" ->
// "$3.5 billion"; not "2 milliards" -> "2 billions").
func shortScaleRead(lang string, x, y []string) bool {
	all := slices.Concat(x, y)
	if !slices.ContainsFunc(all, func(w string) bool { return shortScaleOnly[w] }) {
		return true
	}
	switch baseLanguage(lang) {
	case "en":
		return true
	case "":
		return !slices.ContainsFunc(all, func(w string) bool { return scaleWords()[w] != 0 && !englishScales[w] })
	}
	return false
}

// wordOrUnit is lw, a word of d in small letters, or the unit it names
// (unitOf: "руб" and "рублей" are both "unit rub").
func wordOrUnit(d *document, lw string) string {
	if u := unitOf(lw, d.lang); u != "" {
		return "unit " + u
	}
	return lw
}

// amountSignRune reports a currency, per cent or per mille sign w, or a
// reference to one ("&euro;").
func amountSignRune(w string) bool {
	r, _ := referencedRune(w)
	return unicode.Is(unicode.Sc, r) || strings.ContainsRune("%‰‱", r)
}

// amountStart returns where the amount that token i of d is part of
// starts, reading back: the figure before a scale, a per cent word or an
// amount's sign ("3.5 bn", "61 per cent", "61%"), and a currency sign
// touching the figure ("$5m").
func amountStart(d *document, i int) int {
	w := strings.ToLower(d.text[d.toks[i].start:d.toks[i].end()])
	if t := d.toks[i]; figureJustBefore(d, i) &&
		(t.class == classWord && (scaleWords()[w] != 0 || percentWord(d, i, w) || percentLead(d, i, w)) ||
			t.class == classPunct && amountSignRune(w)) {
		i--
	}
	if i > 0 && d.toks[i].class == classNumber && d.toks[i-1].class == classPunct && d.toks[i-1].end() == d.toks[i].start {
		if r, _ := utf8.DecodeRuneInString(d.text[d.toks[i-1].start:]); unicode.Is(unicode.Sc, r) {
			i--
		}
	}
	return i
}

// figureJustBefore reports a number right before token i of d, touching it
// or parted by white space within a paragraph.
func figureJustBefore(d *document, i int) bool {
	return i > 0 && d.toks[i-1].class == classNumber && tightGap(d.text[d.toks[i-1].end():d.toks[i].start])
}

// scaleSuffix reports letters s written onto a figure, token i of d,
// that scale it: a scale word ("3.5bn") or, onto a sum of money, "m" or
// "k" ("$5m"; "5m" alone is as often metres).
func scaleSuffix(d *document, i int, s string) bool {
	if scaleWords()[s] != 0 {
		return true
	}
	if _, ok := moneyScales[s]; !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.text[d.toks[amountStart(d, i)].start:])
	return unicode.Is(unicode.Sc, r)
}

// percentWords write a per cent sign out after a number, in small
// letters ("61 percent", "3,5 Prozent", "61 процента"); percentLeads are
// the words before the second word of those written in two ("per cent",
// "pour cent", "por ciento", "per cento", "por cento").
var (
	percentWords = wordSet(`percent pct prozent procent prosent percento процент процента процентов процентах
		процентами відсоток відсотка відсотків відсотки`)
	percentLeads = map[string][]string{"cent": {"per", "pour"}, "ciento": {"por"}, "cento": {"per", "por"}}
)

// percentWord reports token i of d, lw in small letters, as a per cent
// written out: a word of percentWords, or the second of two.
func percentWord(d *document, i int, lw string) bool {
	if percentWords[lw] {
		return true
	}
	leads, ok := percentLeads[lw]
	if !ok || i == 0 || d.toks[i-1].class != classWord {
		return false
	}
	return slices.Contains(leads, strings.ToLower(d.text[d.toks[i-1].start:d.toks[i-1].end()]))
}

// percentBesideNumber reports a word of percentWords, t of d, written w,
// after a number: a German noun in capitals, no name, in a text whose
// language is not known ("3,5 Prozent").
func percentBesideNumber(d *document, t token, w string) bool {
	i, ok := d.indexOf(t)
	return ok && percentWords[strings.ToLower(w)] && figureJustBefore(d, i)
}

// percentLead reports token i of d, lw in small letters, as the first of
// the two words of a per cent written out ("per" of "per cent").
func percentLead(d *document, i int, lw string) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].class != classWord || !onlySpace(d.text[d.toks[i].end():d.toks[i+1].start]) {
		return false
	}
	next := strings.ToLower(d.text[d.toks[i+1].start:d.toks[i+1].end()])
	return slices.Contains(percentLeads[next], lw)
}

// sameClock reports x and y, the two sides of a change, that each write
// one time of day and the same one, with a colon or the French h
// ("14:30", "14h30", "14 h 30"; "14h" is "14:00"); first is x's first
// token, of a. A colon also parts minutes and seconds ("a personal best
// of 1:57"), so a side written with one reads as a time of day only
// after a preposition of time (clockPrepositions). A point is left to
// numbersChanged, which reads it a time only where no quantity follows
// ("10.30 euro"; see clockAt).
func sameClock(x, y string, a *document, first token) bool {
	hx, mx, okX := clockReading(x)
	hy, my, okY := clockReading(y)
	if !okX || !okY || hx != hy || mx != my || x == y {
		return false
	}
	if !strings.Contains(x+y, ":") {
		return true
	}
	k := a.tokenFrom(int(first.start))
	return k > 0 && clockPrepositions[strings.ToLower(a.text[a.toks[k-1].start:a.toks[k-1].end()])]
}

// clockPrepositions are the words a time of day follows in English,
// French, German, Spanish and Russian ("at 14:30", "à 14:30", "um
// 14:30", "a las 14:30", "в 14:30"). Not French de, which leads a
// duration as often ("un chrono de 3:31").
var clockPrepositions = wordSet(`at from to until till by before after around about between à vers dès avant après
	jusqu entre um ab bis gegen seit las desde hasta в во к с со до около от после`)

// clockReading reads s, all of it, as a time of day: clockAt's with a
// colon, or an hour up to 23, an h (with spaces around it) and two
// figures of minutes up to 59, or an hour and an h alone.
func clockReading(s string) (hour, minutes int, ok bool) {
	if len(s) > len("23 h 59") || s == "" || !isASCIIDigit(s[0]) {
		return 0, 0, false // most changes, at once
	}
	if c := clockAt(s, 0); c.ok && c.end == len(s) {
		if c.sep != ':' {
			return 0, 0, false
		}
		h, _ := strconv.Atoi(c.hour)
		m, _ := strconv.Atoi(c.minutes)
		return h, m, true
	}
	i := 0
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	h, err := strconv.Atoi(s[:i])
	rest := strings.TrimLeft(s[i:], " \u00a0\u202f")
	if err != nil || i > 2 || h > 23 || rest == "" || rest[0] != 'h' && rest[0] != 'H' {
		return 0, 0, false
	}
	m := strings.TrimLeft(rest[1:], " \u00a0\u202f")
	switch {
	case m == "":
		return h, 0, true // "14h"
	case len(m) != 2 || !isASCIIDigit(m[0]) || !isASCIIDigit(m[1]) || m[0] > '5':
		return 0, 0, false
	}
	return h, int(m[0]-'0')*10 + int(m[1]-'0'), true
}
