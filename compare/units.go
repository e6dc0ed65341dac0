package compare

import (
	"slices"
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

// currencyCodes are the ISO 4217 codes of the currencies most often
// named, written in capitals as codes are ("25 USD", "USD 25", "25 млн
// EUR"): beside a number a code is what the amount counts, as a unit is,
// so that "25 USD" -> "25 EUR" changes the amount (and the code there is
// no name). Left out are the codes that are words, acronyms or names too,
// as a text in capitals writes them (ILS, NOK, COP, CAD, SAR, AED, RON,
// HUF, ARS, ZAR, MYR, KES, ISK, TRY, ALL, PEN, GEL, TOP, CUP, MAD, BOB,
// PHP, KGS, AMD).
var currencyCodes = wordSet(`USD EUR GBP CHF JPY CNY RMB RUB UAH KZT BYN INR AUD NZD SEK DKK PLN CZK BGN RSD MDL
	BRL MXN CLP KRW SGD HKD TWD QAR KWD EGP NGN IDR THB VND PKR AZN UZS`)

// currencyUnit is the unit a currency's code stands for, in small
// letters: its own, but renminbi's, which two codes name (RMB, CNY).
func currencyUnit(code string) string {
	if code == "RMB" {
		return "cny"
	}
	return strings.ToLower(code)
}

// currencyBeside returns the currency that token i of d names beside a
// number, by its sign ("$25"), its code or its name ("25 USD", "25
// dollars"), as its code in small letters (a sign of several
// currencies, as their codes parted by spaces: signCurrencies), and the
// figure of the amount; "" where it names none.
func currencyBeside(d *document, i int) (cur, figure string) {
	t := d.toks[i]
	w := d.text[t.start:t.end()]
	switch t.class {
	case classPunct:
		if cur = signCurrencies[w]; cur == "" || !amountSign(d, t) {
			return "", ""
		}
	case classWord:
		if d.wordFacts(t, w)&factUnit == 0 { // most words, from a cache
			return "", ""
		}
		if cur = unitOf(w, d.lang); !currencyCodes[strings.ToUpper(cur)] || !unitBesideNumber(d, t) {
			return "", ""
		}
	default:
		return "", ""
	}
	// A unit's figure comes before it, but a code's may come after
	// ("USD 25"), a sign's after or before ("$25", "25 $").
	order := []int{scaleBefore(d, i), i + 1}
	if t.class == classPunct || currencyCodes[w] && !(order[0] >= 0 && d.toks[order[0]].class == classNumber) {
		order = []int{i + 1, i - 1}
	}
	for _, k := range order {
		if k >= 0 && k < len(d.toks) && d.toks[k].class == classNumber {
			return cur, d.text[d.toks[k].start:d.toks[k].end()]
		}
	}
	return "", ""
}

// sameCurrency reports currencies x and y (codes in small letters, or a
// sign's several) that may be the same.
func sameCurrency(x, y string) bool {
	for _, c := range strings.Fields(x) {
		if slices.Contains(strings.Fields(y), c) {
			return true
		}
	}
	return false
}

// signCurrencies are the currencies a sign names, by their codes in small
// letters: the dollar's sign names several (not ¥, yen and yuan).
var signCurrencies = map[string]string{"$": "usd aud nzd cad hkd sgd twd mxn clp", "€": "eur", "£": "gbp", "₽": "rub",
	"₴": "uah", "₹": "inr", "₸": "kzt", "₩": "krw"}

// unitNames maps the names of the commonest units, spelt out, in small
// letters, to a symbol of their unit and the language of the name (read
// only): after a number they count as units do ("30 seconds" -> "30
// minutes" changes the time as "30 s" -> "30 min" does), and a unit
// spelt out is its symbol ("5 km" -> "5 kilometres", "5 lb" -> "5
// pounds", "5 км" -> "5 километров" change nothing; see unitOf). A name
// is read in a text of its language, or of none detected (unitNameIn),
// not before a hyphen ("3 second-hand shops"), and a name of time not
// after a year ("In 2024 days were long": timeUnits). Left out are the forms that are common words
// after a number too (French an, once; Spanish pies, which English bakes;
// English ore). Currencies are units too, by their codes ("25 dollars" ->
// "25 USD" changes nothing, "25 dollars" -> "25 euros" the amount);
// English pounds weigh. Russian writes a year and a gram alike, "г"; its names of
// a year compare as "год", so "2024 г." -> "2024 года" is no change of
// unit by the first letter (unitReplaced) and "5 г" -> "5 граммов" by
// the symbol.
var unitNames = func() map[string]unitName {
	m := map[string]unitName{}
	for lang, units := range map[string]map[string]string{
		"en": {"s": "second seconds", "min": "minute minutes", "h": "hour hours", "d": "day days", "wk": "week weeks",
			"mo": "month months", "yr": "year years", "m": "metre metres meter meters", "km": "kilometre kilometres kilometer kilometers",
			"cm": "centimetre centimetres centimeter centimeters", "mm": "millimetre millimetres millimeter millimeters",
			"mi": "mile miles", "ft": "foot feet", "in": "inch inches", "yd": "yard yards", "g": "gram grams gramme grammes",
			"kg": "kilogram kilograms kilogramme kilogrammes kilo kilos", "lb": "pound pounds", "oz": "ounce ounces",
			"t": "ton tons tonne tonnes", "l": "litre litres liter liters", "usd": "dollar dollars", "eur": "euro euros",
			"rub": "rouble roubles ruble rubles", "jpy": "yen", "cny": "yuan renminbi rmb", "chf": "franc francs",
			"inr": "rupee rupees", "uah": "hryvnia hryvnias"},
		"de": {"s": "sekunde sekunden", "min": "minute minuten", "h": "stunde stunden", "d": "tag tage tagen", "wk": "woche wochen",
			"mo": "monat monate monaten", "yr": "jahr jahre jahren", "m": "meter", "km": "kilometer kilometern", "cm": "zentimeter",
			"mm": "millimeter", "mi": "meile meilen", "ft": "fuß", "in": "zoll", "g": "gramm", "kg": "kilogramm kilo",
			"lb": "pfund", "oz": "unze unzen", "t": "tonne tonnen", "l": "liter", "usd": "dollar", "eur": "euro",
			"rub": "rubel", "jpy": "yen", "cny": "yuan", "chf": "franken"},
		"fr": {"s": "seconde secondes", "min": "minute minutes", "h": "heure heures", "d": "jour jours", "wk": "semaine semaines",
			"mo": "mois", "yr": "ans année années", "m": "mètre mètres", "km": "kilomètre kilomètres", "cm": "centimètre centimètres",
			"mm": "millimètre millimètres", "ft": "pied pieds", "in": "pouce pouces", "g": "gramme grammes",
			"kg": "kilogramme kilogrammes kilo kilos", "t": "tonne tonnes", "l": "litre litres", "usd": "dollar dollars",
			"eur": "euro euros", "rub": "rouble roubles", "jpy": "yen yens", "cny": "yuan yuans", "chf": "franc francs"},
		"es": {"s": "segundo segundos", "min": "minuto minutos", "h": "hora horas", "d": "día días", "wk": "semana semanas",
			"mo": "mes meses", "yr": "año años", "m": "metro metros", "km": "kilómetro kilómetros", "cm": "centímetro centímetros",
			"mm": "milímetro milímetros", "mi": "milla millas", "in": "pulgada pulgadas", "g": "gramo gramos", "kg": "kilo kilos",
			"lb": "libra libras", "oz": "onza onzas", "t": "tonelada toneladas", "l": "litro litros", "usd": "dólar dólares",
			"eur": "euro euros", "rub": "rublo rublos", "jpy": "yen yenes", "cny": "yuan yuanes"},
		"pt": {"s": "segundo segundos", "min": "minuto minutos", "h": "hora horas", "d": "dia dias", "wk": "semana semanas",
			"mo": "mês meses", "yr": "ano anos", "m": "metro metros", "km": "quilómetro quilómetros quilômetro quilômetros",
			"mi": "milha milhas", "in": "polegada polegadas", "g": "grama gramas", "kg": "quilo quilos", "t": "tonelada toneladas",
			"l": "litro litros", "usd": "dólar dólares", "eur": "euro euros", "rub": "rublo rublos"},
		"it": {"s": "secondo secondi", "min": "minuto minuti", "h": "ora", "d": "giorno giorni", "wk": "settimana settimane",
			"mo": "mese mesi", "yr": "anno anni", "m": "metro metri", "km": "chilometro chilometri", "mi": "miglio miglia",
			"g": "grammo grammi", "kg": "chilo chili", "t": "tonnellata tonnellate", "l": "litro litri",
			"usd": "dollaro dollari", "eur": "euro", "rub": "rublo rubli"},
		"ru": {"сек": "секунда секунды секунд", "мин": "минута минуты минут", "ч": "час часа часов", "d": "день дня дней",
			"wk": "неделя недели недель", "mo": "месяц месяца месяцев", "год": "год года году лет", "г": "грамм грамма граммов",
			"м": "метр метра метров", "км": "километр километра километров", "mi": "миля мили миль",
			"кг": "килограмм килограмма килограммов", "т": "тонна тонны тонн", "л": "литр литра литров", "lb": "фунт фунта фунтов",
			"usd": "доллар доллара долларов долл", "eur": "евро", "rub": "рубль рубля рублей руб", "jpy": "иена иены иен",
			"cny": "юань юаня юаней", "chf": "франк франка франков", "uah": "гривна гривны гривен"},
	} {
		for symbol, names := range units {
			for _, n := range strings.Fields(names) {
				u := m[n] // a name of several languages ("minutes", "metros") is each's
				u.symbol, u.langs = symbol, append(u.langs, lang)
				m[n] = u
			}
		}
	}
	return m
}()

// unitName is a unit's name's symbol and languages (see unitNames).
type unitName struct {
	symbol string
	langs  []string
}

// unitNameIn returns the symbol of the unit w names in a text of
// language lang ("" where not known), or "".
func unitNameIn(w, lang string) string {
	u, ok := unitNames[strings.ToLower(w)]
	if !ok || lang != "" && !slices.Contains(u.langs, baseLanguage(lang)) {
		return ""
	}
	return u.symbol
}

// timeUnits are the symbols of unitNames' units of time, whose names
// follow a year as often as a count ("In 2024 days were long", "в 2024
// году"): a unit after a year only where it is no time.
var timeUnits = wordSet(`s min h d wk mo yr сек мин ч год`)

// unitOf returns the symbol of the unit w names in a text of language
// lang, a symbol or a name (unitNameIn), in small letters, or "" where
// w names none: what a change compares of a unit, so that a unit spelt
// out is its symbol.
func unitOf(w, lang string) string {
	if s := unitNameIn(w, lang); s != "" {
		return s
	}
	if currencyCodes[w] {
		return currencyUnit(w)
	}
	if isUnitSymbol(w) {
		lw := strings.ToLower(w)
		if lw == "lbs" {
			return "lb"
		}
		return lw
	}
	return ""
}

// isUnitSymbol reports a word that is a unit symbol, in any case
// ("KM", "Km").
func isUnitSymbol(w string) bool {
	if len(w) > len("квт·ч") {
		return false
	}
	return unitSymbols[strings.ToLower(w)] || currencyCodes[w]
}

// unitBesideNumber reports a unit t of d (factUnit: a symbol, or a name
// as unitNames reads it) written right after a number, touching it or
// parted by white space with no blank line ("5 km", "5\u00A0km", "5\nkm"
// wrapped), perhaps with a scale word between ("25 млн руб.", "3 Mio.
// Euro"): a unit the number counts in. A currency's code counts before
// the number too ("USD 25", "EUR 3.5m").
func unitBesideNumber(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok {
		return false
	}
	w := d.text[t.start:t.end()]
	if currencyCodes[w] && i+1 < len(d.toks) && d.toks[i+1].class == classNumber && tightGap(d.text[t.end():d.toks[i+1].start]) {
		return true
	}
	p := scaleBefore(d, i)
	if p < 0 || d.toks[p].class != classNumber || !tightGap(d.text[d.toks[i-1].end():t.start]) {
		return false
	}
	if isUnitSymbol(w) {
		return true
	}
	// A unit's name (unitNames): in the text's language, not after a
	// year, not the first part of a compound.
	e := int(t.end())
	u := unitNameIn(w, d.lang)
	return u != "" && !(timeUnits[u] && isYear(d.text[d.toks[p].start:d.toks[p].end()])) && (e == len(d.text) || d.text[e] != '-')
}

// scaleBefore returns the index of the token before token i of d, or of
// the token before the scale word there, written out or abbreviated,
// when a number precedes the scale ("25 млн", "3 Mio."). An abbreviated
// scale's full stop may end a sentence, whose next word is no unit ("25
// млрд. Рубль при этом ослаб").
func scaleBefore(d *document, i int) int {
	p := i - 1
	if p >= 1 && d.text[d.toks[p].start:d.toks[p].end()] == "." && d.toks[p-1].end() == d.toks[p].start &&
		(!d.firstOfSentence(i) || currencyCodes[d.text[d.toks[i].start:d.toks[i].end()]]) {
		p-- // "Mio.", "млрд.", and "млн. USD", where the sentences were cut before the code
	}
	if p >= 1 && d.toks[p].class == classWord && figureJustBefore(d, p) &&
		scaleWords()[strings.ToLower(d.text[d.toks[p].start:d.toks[p].end()])] != 0 {
		return p - 1
	}
	return i - 1
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
