package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Units of measure written as symbols after a number ("5 km", "3,5 кг",
// "16 GB"). What a number counts is part of the amount it states: "5 km"
// -> "5 m" changes the distance as "5" -> "6" does, so a unit changed
// beside a number flags the change number (isNumberToken), and "5 km" ->
// "5km" is a difference of spacing alone (joinedKey).
//
// The table holds symbols, not words ("kilometres", "километров"), whose
// forms every language inflects, and leaves out symbols that are also
// common short words after a number in some language: a, e, i, o, y, s,
// in, v, w, b, ma, bar, atm, и, в, с, к, у, о, а ("5 a 10", "5 in all",
// Czech "5 v Praze", "2010 ATM fees", "5 и 6").
var unitSymbols = wordSet(`
	nm µm μm mm cm dm m km mi ft yd
	mg g kg t lb lbs oz ct
	ml cl dl l hl
	ms µs μs ns min h
	kb mb gb tb pb kib mib gib tib kbit mbit gbit bps kbps mbps gbps
	hz khz mhz ghz
	kw mw gw kwh mwh gwh twh wh
	kv mv mah
	ha km² m² cm² km2 m2 m³ m3
	pa kpa hpa mpa mbar
	cal kcal kj mj
	db ppm ppb rpm mph kph
	мм см дм м км мг г кг ц т мл л мин ч сек
	кб мб гб тб
	гц кгц мгц ггц
	вт квт мвт гвт квт·ч
	кв мв га
	`)

// isUnitSymbol reports a word that is a unit symbol, in any case
// ("KM", "Km").
func isUnitSymbol(w string) bool {
	if len(w) > len("квт·ч") {
		return false
	}
	return unitSymbols[strings.ToLower(w)]
}

// unitAfterNumber reports a unit symbol t of d (factUnit) written right
// after a number, touching it or parted by white space with no blank
// line ("5 km", "5\u00A0km", "5\nkm" wrapped): a unit the number counts in.
func unitAfterNumber(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok || i == 0 {
		return false
	}
	p := d.toks[i-1]
	gap := d.text[p.end():t.start]
	return p.class == classNumber && onlySpace(gap) && !hasParagraphBreak(gap)
}

// spacedUnit reports a number's last digit and a unit parted from it by
// white space with no blank line ("5 km", "3 %", "10 €", "5\nkm"), which
// joinedKey joins: the same amount set with the space or without it.
func spacedUnit(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if isASCIIDigit(s[i]) {
			if j := spaceEnd(s, i+1); j > i+1 && unitAt(s[j:]) && !hasParagraphBreak(s[i+1:j]) {
				return true
			}
		}
	}
	return false
}

// unitAt reports whether s starts with a unit after a number: a per cent
// or per mille sign, a degree sign, a currency sign, or a word of
// unitSymbols ("km", "GB", "m²"), not a longer word ("5 dogs", "2024 we").
func unitAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("%‰‱°", r) || unicode.Is(unicode.Sc, r) {
		return true
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune("²³·", r) })
	if end < 0 {
		end = len(s)
	}
	if end == 0 {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsDigit(next) {
		return false // "m3" as a name: "5 A4" is no amount
	}
	return isUnitSymbol(s[:end])
}
