package compare

import (
	"cmp"
	"slices"
	"strings"
)

// German writes a number below a million as one word ("einundzwanzig",
// "zweihundertdreißig", "neunzehnhundertachtzig") and an ordinal as its
// stem with an adjective's ending ("am dritten Mai", "der
// fünfundzwanzigste Tag"): too many forms to list in numberWords, so
// germanNumberWord reads them by their parts.

// germanNumberWord reads w, lower case, as a German compound number or
// ordinal that numberWords does not list. A cardinal of one part is left
// to numberWords, which knows "elf" as eleven only in German
// (languageNumberWords).
func germanNumberWord(w string) (numberWord, bool) {
	if v, ok := germanOrdinal(w); ok {
		return numberWord{kind: numUnit, value: v}, true
	}
	if head, ok := strings.CutSuffix(w, "einhalb"); ok && head != "" {
		v, ok := germanBelowThousand(head) // eineinhalb, zweieinhalb
		return numberWord{kind: numUnit, value: v, half: true}, ok
	}
	if _, simple := germanCardinals[w]; simple || w == "ein" {
		return numberWord{}, false
	}
	if v, ok := germanCardinal(w); ok {
		return numberWord{kind: numUnit, value: v}, true
	}
	return numberWord{}, false
}

// startsGermanNumber reports whether the lower-case word b starts as a
// German compound number or ordinal does, which rules out most words
// before germanNumberWord takes them apart.
func startsGermanNumber(b []byte) bool {
	if len(b) < len("elfte") {
		return false
	}
	switch string(b[:3]) {
	case "ein", "zwe", "dre", "dri", "vie", "fü", "sec", "sie", "ach", "neu", "zeh", "elf", "zwö", "zwa",
		"hun", "tau":
		return true
	}
	return false
}

// germanCardinal reads s as a German cardinal below a million.
func germanCardinal(s string) (int64, bool) {
	return germanTimes(s, "tausend", 1000, germanBelowThousand)
}

// germanBelowThousand reads s as a German cardinal below a thousand, or
// as a year's hundreds ("neunzehnhundert").
func germanBelowThousand(s string) (int64, bool) {
	return germanTimes(s, "hundert", 100, germanBelowHundred)
}

// germanTimes reads s as below does, or, where s holds word, as the
// number before word (one where there is none: "hundertzwei") times
// scale and the number after it (perhaps after "und": "hundertundeins"),
// each read by below.
func germanTimes(s, word string, scale int64, below func(string) (int64, bool)) (int64, bool) {
	head, rest, ok := strings.Cut(s, word)
	if !ok {
		return below(s)
	}
	n := int64(1)
	if head != "" {
		v, ok := below(head)
		if !ok {
			return 0, false
		}
		n = v
	}
	if rest = strings.TrimPrefix(rest, "und"); rest == "" {
		return n * scale, true
	}
	v, ok := below(rest)
	return n*scale + v, ok
}

// germanBelowHundred reads s as a German cardinal from 1 to 99: a word
// of germanCardinals, or a unit and a ten ("fünfundzwanzig"). "ein"
// stands before "und", "hundert" and "tausend" ("einhundert"), where it
// is no article.
func germanBelowHundred(s string) (int64, bool) {
	if s == "ein" {
		return 1, true
	}
	if v, ok := germanCardinals[s]; ok {
		return v, true
	}
	unit, ten, ok := strings.Cut(s, "und")
	if !ok {
		return 0, false
	}
	u, uok := germanCardinals[unit]
	if unit == "ein" {
		u, uok = 1, true
	}
	t, tok := germanCardinals[ten]
	return u + t, uok && tok && u >= 1 && u <= 9 && t >= 20 && t%10 == 0
}

// germanCardinals are the German cardinals from 1 to 19 and the tens.
var germanCardinals = func() map[string]int64 {
	m := map[string]int64{}
	for v, w := range strings.Fields(`eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
		dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn`) {
		m[w] = int64(v + 1)
	}
	for k, w := range strings.Fields(`zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig`) {
		m[w] = int64(20 + 10*k)
	}
	m["dreissig"] = 30 // Swiss spelling
	return m
}()

// germanOrdinal reads w as a German ordinal with an adjective's ending:
// a cardinal and "st" from twenty up ("zwanzigsten", "hundertste"), else
// an ordinal stem of germanOrdinalStems, perhaps after hundreds or
// thousands ("dritte", "hundertdritte"). "erste" and "achte" alone are
// left out: "zum ersten Mal" is as often no number as "at first", and
// "achten" is also a verb (to heed).
func germanOrdinal(w string) (int64, bool) {
	stem := ""
	for _, e := range germanAdjectiveEndings {
		if s, ok := strings.CutSuffix(w, e); ok && s != "" {
			stem = s
			break
		}
	}
	if stem == "" {
		return 0, false
	}
	if card, ok := strings.CutSuffix(stem, "st"); ok && hasGermanRoundEnd(card) {
		if v, ok := germanCardinal(card); ok {
			return v, true
		}
		if nw, ok := numberWords()[card]; ok && nw.kind == numScale {
			return nw.value, true // millionste
		}
		return 0, false
	}
	if v, ok := germanOrdinalSuperlative(w); ok {
		return v, true
	}
	for _, o := range germanOrdinalStems {
		head, ok := strings.CutSuffix(stem, o.stem)
		if !ok {
			continue
		}
		if head == "" {
			return o.value, o.value != 1 && o.value != 8
		}
		if !strings.HasSuffix(head, "hundert") && !strings.HasSuffix(head, "tausend") &&
			!strings.HasSuffix(head, "hundertund") && !strings.HasSuffix(head, "tausendund") {
			return 0, false
		}
		v, ok := germanCardinal(strings.TrimSuffix(head, "und"))
		return v + o.value, ok
	}
	return 0, false
}

// germanOrdinalSuperlative reads an ordinal joined to a superlative, as
// German ranks ("der dritthöchste Berg", "die zweitgrößte Stadt", "am
// fünftlängsten"): an ordinal stem, then a word of at least
// minSuperlativeBytes that ends in "st" (or "ßt") and an ending.
// "erstbeste" (any old) is no rank, nor are "achtsamsten" and
// "achtbarste" (most mindful, most respectable).
func germanOrdinalSuperlative(w string) (int64, bool) {
	for _, o := range germanOrdinalStems {
		rest, ok := strings.CutPrefix(w, o.stem)
		if !ok || o.value == 1 || len(rest) < minSuperlativeBytes || o.value == 8 && (strings.HasPrefix(rest, "sam") || strings.HasPrefix(rest, "bar")) {
			continue
		}
		for _, e := range germanAdjectiveEndings {
			if strings.HasSuffix(rest, "st"+e) || strings.HasSuffix(rest, "ßt"+e) { // größte
				return o.value, true
			}
		}
		return 0, false
	}
	return 0, false
}

// minSuperlativeBytes is the shortest superlative after an ordinal stem
// ("beste"); shorter rests are other words ("Drittel", "zweitens").
const minSuperlativeBytes = len("beste")

// germanAdjectiveEndings are the endings of an ordinal, longest first.
var germanAdjectiveEndings = []string{"en", "er", "es", "em", "e"}

// hasGermanRoundEnd reports a cardinal that takes "st" in its ordinal: one
// that ends in a ten, hundert or tausend ("zwanzigste", "hundertste").
func hasGermanRoundEnd(card string) bool {
	for _, end := range []string{"zig", "ßig", "ssig", "hundert", "tausend", "million", "millionen"} {
		if strings.HasSuffix(card, end) {
			return true
		}
	}
	return false
}

// germanOrdinalStems are the stems of the German ordinals below twenty,
// longest first, so that "siebzehnt" is not read as "zehnt".
var germanOrdinalStems = func() []ordinalStem {
	out := []ordinalStem{{"erst", 1}, {"zweit", 2}, {"dritt", 3}, {"siebent", 7}, {"siebt", 7}, {"acht", 8}}
	for w, v := range germanCardinals {
		if v >= 4 && v <= 19 && v != 7 && v != 8 {
			out = append(out, ordinalStem{w + "t", v})
		}
	}
	slices.SortFunc(out, func(a, b ordinalStem) int {
		return cmp.Or(len(b.stem)-len(a.stem), strings.Compare(a.stem, b.stem))
	})
	return out
}()

// ordinalStem is an ordinal's stem, before its ending, and its value.
type ordinalStem struct {
	stem  string
	value int64
}
