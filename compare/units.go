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
// The table holds symbols (unitNames holds the commonest units' names,
// in the forms a count takes), and leaves out symbols that are also
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

// unitNames maps the names of the commonest units, spelt out, in small
// letters, to a symbol of their unit (read only): after a number they
// count as units do ("30 seconds" -> "30 minutes" changes the time as
// "30 s" -> "30 min" does), and a unit spelt out is its symbol ("5 km"
// -> "5 kilometres", "5 lb" -> "5 pounds" change nothing; see
// unitOf). English, German, French, Spanish, Portuguese, Italian and
// Russian, in the forms a count takes; left out are the forms that are
// also common words after a number (French an, once; Spanish pies,
// which English bakes; English ore).
var unitNames = func() map[string]string {
	m := map[string]string{}
	for symbol, names := range map[string]string{
		"s": `second seconds sekunde sekunden seconde secondes segundo segundos secondo secondi
			секунда секунды секунд`,
		"min": `minute minutes minuten minuto minutos minuti минута минуты минут`,
		"h":   `hour hours stunde stunden heure heures hora horas ora`,
		"ч":   `час часа часов`,
		"d":   `day days tag tage tagen jour jours día días dia dias giorno giorni день дня дней`,
		"wk":  `week weeks woche wochen semaine semaines semana semanas settimana settimane неделя недели недель`,
		"mo":  `month months monat monate monaten mois mes meses mês mese mesi месяц месяца месяцев`,
		"yr":  `year years jahr jahre jahren ans année années año años ano anos anno anni`,
		"г":   `год года году лет грамм грамма граммов`,
		"m":   `metre metres meter meters mètre mètres metro metros метр метра метров`,
		"km": `kilometre kilometres kilometer kilometers kilometern kilomètre kilomètres kilómetro kilómetros
			quilómetro quilómetros quilômetro quilômetros chilometro chilometri километр километра километров`,
		"cm": `centimetre centimetres centimeter centimeters zentimeter centimètre centimètres centímetro centímetros`,
		"mm": `millimetre millimetres millimeter millimeters millimètre millimètres milímetro milímetros`,
		"mi": `mile miles meile meilen milla millas milha milhas miglio miglia миля мили миль`,
		"ft": `foot feet fuß pied pieds pies`,
		"in": `inch inches zoll pouce pouces pulgada pulgadas polegada polegadas`,
		"yd": `yard yards`,
		"g":  `gram grams gramme grammes gramo gramos grama gramas grammo grammi`,
		"kg": `kilogram kilograms kilogramme kilogrammes kilogramm kilo kilos quilo quilos килограмм килограмма килограммов`,
		"lb": `pound pounds pfund libra libras фунт фунта фунтов`,
		"oz": `ounce ounces unze unzen onza onzas`,
		"t":  `ton tons tonne tonnes tonnen tonelada toneladas тонна тонны тонн`,
		"l":  `litre litres liter liters litro litros litri литр литра литров`,
	} {
		for _, n := range strings.Fields(names) {
			m[n] = symbol
		}
	}
	return m
}()

// unitOf returns the symbol of the unit w names, a symbol or a name
// (unitNames), in small letters, or "" where w names none: what a change
// compares of a unit, so that a unit spelt out is its symbol.
func unitOf(w string) string {
	lw := strings.ToLower(w)
	if s, ok := unitNames[lw]; ok {
		return s
	}
	if isUnitSymbol(w) {
		return strings.TrimSuffix(strings.TrimSuffix(lw, "s"), ".") // lbs is lb
	}
	return ""
}

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
