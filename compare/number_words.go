// Numbers written as words, for the translation check: a rendering may
// spell out what its source writes in figures ("four versts" for "4
// версты"), or the other way round.

package compare

import (
	"fmt"
	"maps"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// numberWordKind is the part a number word plays in a number.
type numberWordKind uint8

const (
	numUnit    numberWordKind = iota + 1 // 0 to 99 and collectives (двое): added
	numHundred                           // "hundred" (times what comes before), or сто, двести…: added
	numScale                             // thousand, million, billion: what comes before, times it
	numTwenty                            // French vingt: times a unit right before it (quatre-vingts)
	numTimes                             // a multiple (tripled, втрое, dreimal): a number of its own
)

// numberWord is what one word form says.
type numberWord struct {
	kind  numberWordKind
	value int64 // a trillion does not fit a 32-bit int
	half  bool  // and a half more: полтора, anderthalb, zweieinhalb
	// afterTen marks an article that is a unit only after a ten:
	// "treinta y un", "vinte e uma" (languageNumberWords).
	afterTen bool
	// counting marks a word that is a number only where it counts
	// something (countsAsNumber): Italian "sei", also "you are".
	counting bool
	// dayOfMonth marks an ordinal that is a number only as the day of a
	// date, before a month's name: Polish "drugiego maja", where "z
	// drugiej strony" is "on the other hand".
	dayOfMonth bool
	// ordinal marks a Slavic ordinal, which isOrdinalWord's endings do
	// not all tell ("двадцатых", "третья").
	ordinal bool
	// compound marks the number that begins a compound word
	// (восьмилетний, russianCompoundNumber).
	compound bool
}

// anywhere reports a number word that is one wherever it stands in a
// text in its language.
func (nw numberWord) anywhere() bool {
	return !nw.afterTen && !nw.counting && !nw.dayOfMonth
}

// wordAdder adds the space-separated forms as number words of a kind and
// value.
type wordAdder func(kind numberWordKind, value int64, forms string)

// addStems adds, for each value's stem, the stem with each of endings
// (separated by spaces): the cases of a teen ("одиннадцат" + "ь и ью"),
// an ordinal's adjective endings, a hundred's genders ("doscient" + "os
// as").
func addStems(add wordAdder, kind numberWordKind, stems map[int64]string, endings string) {
	ends := strings.Fields(endings)
	for v, stem := range stems {
		for _, e := range ends {
			add(kind, v, stem+e)
		}
	}
}

// addCardinals adds units from 0 ("-" skips one) and tens from firstTen
// up.
func addCardinals(add wordAdder, units, tens string, firstTen int) {
	for v, w := range strings.Fields(units) {
		if w != "-" {
			add(numUnit, int64(v), w)
		}
	}
	for k, w := range strings.Fields(tens) {
		add(numUnit, int64(firstTen+10*k), w)
	}
}

// numberWords maps the lower-case forms of number words (ё as е) of
// English, Russian, German and French, and of Spanish, Italian,
// Portuguese, Polish and Ukrainian (romance_number_words.go,
// slavic_number_words.go) and Dutch, Swedish, Czech, Greek, Turkish and
// Hungarian (more_number_words.go), to their values: cardinals, the Slavic cases,
// and the ordinals a date is spelled with ("the thirtieth of September",
// "тридцатого сентября"). Words that are also articles (ein, un, une,
// uno, um) are left out: a stray "one" must not stand for a figure.
// The table is built on first use: only the translation check reads it,
// and every start of the binary would otherwise pay for it.
var numberWords = sync.OnceValue(func() map[string]numberWord {
	m := map[string]numberWord{}
	add := func(kind numberWordKind, value int64, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] = numberWord{kind: kind, value: value}
		}
	}
	ordinal := func(kind numberWordKind, value int64, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] = numberWord{kind: kind, value: value, ordinal: true}
		}
	}
	units := []string{
		"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	}
	for v, w := range units {
		add(numUnit, int64(v), w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for k, w := range tens {
		add(numUnit, int64(20+10*k), w)
	}
	// English ordinals: first, second, third, fifth, eighth, ninth,
	// twelfth, twentieth…, else the cardinal and "th".
	special := map[string]string{"one": "first", "two": "second", "three": "third", "five": "fifth",
		"eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
	for v, w := range append(units[1:], tens...) {
		o, ok := special[w]
		switch {
		case ok:
		case strings.HasSuffix(w, "y"):
			o = strings.TrimSuffix(w, "y") + "ieth"
		default:
			o = w + "th"
		}
		if v < len(units)-1 {
			add(numUnit, int64(v+1), o)
		} else {
			add(numUnit, int64(20+10*(v-len(units)+1)), o)
		}
	}
	add(numHundred, 100, "hundred hundredth")
	add(numScale, 1000, "thousand thousandth")
	add(numScale, 1000000, "million")
	add(numScale, 1000000000, "billion")
	add(numScale, 1000000000000, "trillion")
	add(numUnit, 12, "dozen")
	// Words that are numbers only now and then: "at first", "a second",
	// an elf; "thousands of people" is no figure.
	for _, w := range []string{"first", "second", "elf"} {
		delete(m, w)
	}

	// Russian cardinals in their cases, and collectives.
	for v, forms := range map[int64]string{
		0: "ноль нуль", 1: "один одна одно одного одной одному одним одном одну",
		2: "два две двух двум двумя двое двоих двоим двоими", 3: "три трех трем тремя трое троих троим троими",
		4: "четыре четырех четырем четырьмя четверо четверых четверым четверыми",
		5: "пять пяти пятью пятеро пятерых пятерым пятерыми",
		6: "шесть шести шестью шестеро шестерых шестерым шестерыми",
		7: "семь семи семеро семерых семерым семерыми", 8: "восемь восьми восемью восьмью",
		9: "девять девяти девятью", 10: "десять десяти десятью", 40: "сорок сорока",
		90: "девяносто девяноста", 100: "сто ста",
	} {
		kind := numUnit
		if v == 100 {
			kind = numHundred
		}
		add(kind, v, forms)
	}
	addStems(add, numUnit, map[int64]string{11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
		15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
		20: "двадцат", 30: "тридцат"}, "ь и ью")
	for v, forms := range map[int64]string{50: "пятьдесят пятидесяти пятьюдесятью", 60: "шестьдесят шестидесяти",
		70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти"} {
		add(numUnit, v, forms)
	}
	for v, forms := range map[int64]string{200: "двести двухсот двумстам", 300: "триста трехсот тремстам",
		400: "четыреста четырехсот", 500: "пятьсот пятисот", 600: "шестьсот шестисот",
		700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот"} {
		add(numHundred, v, forms)
	}
	add(numScale, 1000, "тысяча тысячи тысяч тысячу тысячей тысячам тысячами")
	add(numScale, 1000000, "миллион миллиона миллионов миллионы миллионам")
	add(numScale, 1000000000, "миллиард миллиарда миллиардов миллиарды")
	add(numScale, 1000000000000, "триллион триллиона триллионов триллионы")
	// Russian ordinals: a stem and an adjective's ending.
	addStems(ordinal, numUnit, map[int64]string{1: "перв", 2: "втор", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм",
		8: "восьм", 9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат",
		14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат",
		19: "девятнадцат", 20: "двадцат", 30: "тридцат", 40: "сороков"},
		"ый ой ий ая яя ое ее ого его ому ему ым им ом ем ую юю ые ие ых их")
	ordinal(numUnit, 3, "третий третья третье третьего третьему третьим третьем третью третьей третьи третьих")
	for _, f := range strings.Fields("полтора полторы полутора anderthalb") {
		m[f] = numberWord{kind: numUnit, value: 1, half: true} // one and a half
	}

	// German and French cardinals (germanNumberWord reads the compounds
	// German writes as one word, einundzwanzig; French "un" is an
	// article).
	addCardinals(add, "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "+
		"dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
		"zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig", 20)
	add(numHundred, 100, "hundert")
	add(numScale, 1000, "tausend")
	// A mountain of so many thousand metres, which French and English
	// write "un 8000", "an 8000er" or in figures: Achttausender,
	// Sechstausendern.
	for v, w := range strings.Fields("drei vier fünf sechs sieben acht") {
		for _, end := range []string{"", "n", "s"} {
			add(numUnit, int64(v+3)*1000, w+"tausender"+end)
		}
	}
	add(numScale, 1000000, "million millionen")
	add(numScale, 1000000000, "milliarde milliarden")
	add(numScale, 1000000000000, "billionen") // the singular is also English "billion"
	addCardinals(add, "zéro - deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
		"trente quarante cinquante soixante", 30)
	add(numTwenty, 20, "vingt vingts")
	add(numHundred, 100, "cent cents")
	add(numScale, 1000, "mille")
	add(numScale, 1000000, "millions")
	add(numScale, 1000000000, "milliard milliards")
	add(numUnit, 1, "premier première")
	// French ordinals: the cardinal and "ième" ("unième" only in
	// compounds: "vingt et unième", "cent unième").
	for _, w := range strings.Fields(`deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
		quinze seize vingt trente quarante cinquante soixante cent mille million milliard`) {
		o := frenchOrdinal(w)
		m[o], m[o+"s"] = m[w], m[w]
	}
	add(numUnit, 1, "unième unièmes")
	// Multiples: "prices tripled" renders "цены выросли втрое" and "die
	// Preise haben sich verdreifacht" ("double" and "triple" are in
	// languageNumberWords). Left out: "doppelt" (die doppelte
	// Staatsbürgerschaft, doppelt gemoppelt) and "tausendfach" (tausendfach
	// bewährt), as often no number.
	for v, forms := range map[int64]string{
		2: `twice doubled doubling twofold дважды вдвое вдвойне двукратно удвоил удвоила удвоили удвоило
			удвоился удвоилась удвоились удвоилось verdoppelt verdoppelte verdoppelten verdoppeln zweimal
			doublé doublée doublés doublées`,
		3: `thrice tripled tripling threefold трижды втрое трехкратно утроил утроила утроили утроило утроился
			утроилась утроились утроилось verdreifacht verdreifachte verdreifachten verdreifachen dreimal
			triplé triplée triplés triplées tripler`,
		4: `quadrupled quadrupling fourfold четырежды вчетверо четырехкратно учетверил учетверила учетверили
			учетверилось vervierfacht vervierfachte vervierfachten viermal quadruplé quadruplée quadruplés
			quadrupler`,
		5:   "quintupled fivefold впятеро пятикратно verfünffacht fünfmal quintuplé",
		6:   "sixfold вшестеро sechsmal",
		7:   "sevenfold всемеро siebenmal",
		8:   "eightfold ввосьмеро achtmal",
		9:   "ninefold вдевятеро neunmal",
		10:  "tenfold вдесятеро десятикратно verzehnfacht zehnmal décuplé décuplée décupler",
		100: "hundredfold",
	} {
		add(numTimes, v, forms)
	}
	// German "-fach" in every ending: dreifach, das Dreifache, ein
	// dreifacher Sieger.
	for v, stem := range map[int64]string{2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben",
		8: "acht", 9: "neun", 10: "zehn", 100: "hundert"} {
		for _, end := range []string{"", "e", "en", "er", "es", "em"} {
			add(numTimes, v, stem+"fach"+end)
		}
	}
	delete(m, "elf") // German eleven, and an English word: see languageNumberWords
	addSpanishNumberWords(add)
	addItalianNumberWords(add)
	addPortugueseNumberWords(add)
	addPolishNumberWords(add, ordinal)
	addUkrainianNumberWords(add, ordinal)
	addMoreNumberWords(add)
	return m
})

// numberWordOf looks the lower-case word w up in numberWords, which
// spells ё as е and a Ukrainian apostrophe as "'". The check reads every
// word of a text through it: a word without those letters, nearly every
// one, is looked up as it is, for the replacer would copy it.
func numberWordOf(w string) (numberWord, bool) {
	if strings.ContainsAny(w, "ё’ʼ") {
		w = numberWordSpelling.Replace(w)
	}
	nw, ok := numberWords()[w]
	return nw, ok
}

// numberWordSpelling spells a word as numberWords does.
var numberWordSpelling = strings.NewReplacer("ё", "е", "’", "'", "ʼ", "'")

// frenchOrdinal returns the ordinal of the French cardinal w.
func frenchOrdinal(w string) string {
	switch {
	case w == "cinq":
		return "cinquième"
	case w == "neuf":
		return "neuvième"
	case strings.HasSuffix(w, "e"):
		return strings.TrimSuffix(w, "e") + "ième" // quatrième, onzième, trentième, millième
	}
	return w + "ième" // deuxième, vingtième, centième, millionième
}

// clockLeads are the Russian words before "половине" or "четверть" of a
// time of day: prepositions of time and "было", "сейчас", "пробило".
var clockLeads = wordSet(`в во к около после до с со на по было уже ровно примерно почти сейчас пробило пробили`)

// languageNumberWords are number words that are other words in other
// languages, read as numbers only in a text known to be in the language
// (by its base tag): German and Dutch "elf", eleven, an English word;
// English and French "double" and "triple", which German also writes
// (das Doppel, ein Triple); the Spanish, Italian, Portuguese and Polish
// number words that are other words elsewhere (see
// romance_number_words.go and slavic_number_words.go), the articles
// that are a unit after a ten (afterTen), Italian "sei", six only where
// it counts (counting), Polish "drugi", second only as a date's day
// (dayOfMonth), and the ordinal of the first day of a month ("el primero
// de mayo", "il primo maggio"), as often "first" as English "first" is.
var languageNumberWords = map[string]map[string]numberWord{
	"de": {"elf": {kind: numUnit, value: 11}},
	"nl": dutchOwnNumberWords,
	"sv": swedishOwnNumberWords,
	"cs": czechOwnNumberWords,
	"tr": turkishOwnNumberWords,
	"hu": hungarianOwnNumberWords,
	"fi": finnishOwnNumberWords,
	"hr": slavicOwnNumberWords,
	"sr": slavicOwnNumberWords,
	"bs": slavicOwnNumberWords,
	"bg": slavicOwnNumberWords,
	"mk": slavicOwnNumberWords,
	"da": danishOwnNumberWords,
	"nb": danishOwnNumberWords,
	"no": danishOwnNumberWords,
	"fr": {"double": {kind: numTimes, value: 2}, "triple": {kind: numTimes, value: 3},
		"un": {kind: numUnit, value: 1, afterTen: true}, "une": {kind: numUnit, value: 1, afterTen: true}},
	"en": {"double": {kind: numTimes, value: 2}, "triple": {kind: numTimes, value: 3}},
	"es": {"dos": {kind: numUnit, value: 2}, "once": {kind: numUnit, value: 11}, "doce": {kind: numUnit, value: 12},
		"quince": {kind: numUnit, value: 15}, "mil": {kind: numScale, value: 1000}, "primero": {kind: numUnit, value: 1},
		"un": {kind: numUnit, value: 1, afterTen: true}, "uno": {kind: numUnit, value: 1, afterTen: true},
		"una": {kind: numUnit, value: 1, afterTen: true}, "siete": {kind: numUnit, value: 7}},
	"it": {"due": {kind: numUnit, value: 2}, "sei": {kind: numUnit, value: 6, counting: true}, "sette": {kind: numUnit, value: 7},
		"otto": {kind: numUnit, value: 8}, "mila": {kind: numScale, value: 1000}, "primo": {kind: numUnit, value: 1}},
	"pt": {"dois": {kind: numUnit, value: 2}, "dez": {kind: numUnit, value: 10}, "doze": {kind: numUnit, value: 12},
		"mil": {kind: numScale, value: 1000}, "primeiro": {kind: numUnit, value: 1},
		"um": {kind: numUnit, value: 1, afterTen: true}, "uma": {kind: numUnit, value: 1, afterTen: true},
		"sete": {kind: numUnit, value: 7}},
	"pl": polishOwnNumberWords(),
}

// polishOwnNumberWords are the Polish forms of one, also German "jeden"
// (every) and Czech, of a hundred, also Italian "sto" (I am), and of the
// ordinal "drugi", also "other" (see slavic_number_words.go), read only as
// a date's day.
func polishOwnNumberWords() map[string]numberWord {
	m := map[string]numberWord{}
	for _, w := range strings.Fields("jeden jedna jedno jednego jednej jednemu jednym jedną") {
		m[w] = numberWord{kind: numUnit, value: 1}
	}
	for _, e := range strings.Fields(polishSoftEndings) {
		m["drug"+e] = numberWord{kind: numUnit, value: 2, dayOfMonth: true} // drugi, drugiego, drugiej
	}
	m["sto"], m["stu"] = numberWord{kind: numHundred, value: 100}, numberWord{kind: numHundred, value: 100}
	return m
}

// numberWordsIn returns the number words known in a text in lang, a BCP
// 47 tag or "" where the language is not known, beyond numberWords.
func numberWordsIn(lang string) map[string]numberWord {
	return languageNumberWords[baseLanguage(lang)]
}

// numberWordValues returns the numbers s writes in words, as numbersIn
// writes them: each run of number words ("four thousand two hundred",
// "двадцать пятого", "quatre-vingt-dix") read as one number. A run ends at
// punctuation other than a hyphen ("тридцать восемь тысяч. Восемь" is two
// numbers). Russian writes an approximate number with its scale first
// ("тысяч тридцать", about thirty thousand), read as thirty thousand. A
// time of day said in words is read as a clock writes it: "half past
// seven", "в половине восьмого" and "halb acht" are 7:30, "quarter to
// three" 2:45; Russian times by minutes into the hour under way ("пять
// минут девятого") and "шестой час" (past five) are not read.
func numberWordValues(s string) []string {
	var out []string
	for _, r := range numberWordRuns(s, "") {
		out = append(out, r.String())
	}
	return out
}

// numberRun is a number read from words; bareScale marks scale words
// alone ("thousands", "a million reasons"), which say little.
type numberRun struct {
	value    int64
	half     bool  // and a half: "two and a half", "два с половиной"
	minutes  int64 // past the hour value, for a time of day (clock)
	clock    bool  // a time of day: "half past ten", "halb elf"
	multiple bool  // a multiple: "tripled", "вдвое"
	// times marks a number of times: a run right before a word of times
	// ("twenty-five times", "в двадцать пять раз"; timesWords) or after
	// a factor's lead ("multiplié par trois"; factorLead).
	times     bool
	bareScale bool
	ordinal   bool // its last word is an ordinal: "third", "третий"
	compound  bool // it was read from a compound's first part: "восьмилетний"
}

// String writes r as readNumbers writes figures: "2", "2.5", "10:30".
func (r numberRun) String() string {
	if r.clock {
		return fmt.Sprintf("%d:%02d", r.value, r.minutes)
	}
	s := strconv.FormatInt(r.value, 10)
	if r.half {
		s += ".5"
	}
	return s
}

// spokenTime is a time of day said in words: minutes past an hour, which
// is the number read or, for back, the hour before it ("quarter to
// three", "halb drei", "в половине третьего").
type spokenTime struct {
	set     bool
	minutes int64
	back    bool
}

// clockBefore returns the time of day that the words w, after before,
// open before the number of an hour: "half past", "quarter past",
// "quarter to", German "halb", "Viertel nach", "Viertel vor", Russian
// "без четверти".
func clockBefore(w, before string) (spokenTime, bool) {
	switch {
	case w == "past" && before == "half":
		return spokenTime{set: true, minutes: 30}, true
	case w == "past" && before == "quarter" || w == "nach" && before == "viertel":
		return spokenTime{set: true, minutes: 15}, true
	case w == "to" && before == "quarter" || w == "vor" && before == "viertel" || w == "четверти" && before == "без":
		return spokenTime{set: true, minutes: 45, back: true}, true
	case w == "halb":
		return spokenTime{set: true, minutes: 30, back: true}, true
	}
	return spokenTime{}, false
}

// russianClock returns the time of day of a Russian genitive ordinal
// after before2 and before: "в половине восьмого" is 7:30, "было
// четверть девятого" 8:15 (the hour under way). Only after a word of
// clockLeads: "во второй половине девятнадцатого века" is a century,
// "Половина третьего класса" a class.
func russianClock(w, before, before2 string) (spokenTime, bool) {
	if !isGenitiveOrdinal(w) || !clockLeads[before2] {
		return spokenTime{}, false
	}
	switch {
	case strings.HasPrefix(before, "половин"):
		return spokenTime{set: true, minutes: 30, back: true}, true
	case strings.HasPrefix(before, "четверт"):
		return spokenTime{set: true, minutes: 15, back: true}, true
	}
	return spokenTime{}, false
}

// isGenitiveOrdinal reports a Russian ordinal's genitive ending, by which
// a time names the hour under way ("восьмого").
func isGenitiveOrdinal(w string) bool {
	return strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "его")
}

// numberWordRuns reads the numbers s, a text in lang (or ""), writes in
// words (see numberWordValues), and in Chinese or Japanese numerals
// (forEachHanNumber).
func numberWordRuns(s, lang string) []numberRun {
	r := runReader{extra: numberWordsIn(lang)}
	lower := strings.ToLower(s)
	before, before2, end := "", "", 0 // the two words before, and where the first ended
	forEachWord(lower, func(i, j int) {
		w := lower[i:j]
		if strings.Trim(lower[end:i], " -\u00a0\r\n") != "" {
			r.flush() // punctuation between: another number
		}
		// "quatre-vingt-un", also broken at the hyphen, not "trente - un"
		r.hyphened = end > 0 && strings.TrimRight(lower[end:i], "\r\n") == "-"
		r.word(w, before, before2, lower[j:])
		before, before2, end = w, before, j
	})
	r.flush()
	forEachHanNumber(s, func(_, _ int, v int64) { r.out = append(r.out, numberRun{value: v}) })
	return r.out
}

// runReader reads runs of number words, one word at a time.
type runReader struct {
	extra                 map[string]numberWord // the text's language's own (numberWordsIn)
	out                   []numberRun
	total, cur, inverted  int64
	scale                 int64 // the last scale word's value
	prev                  numberWordKind
	run, skip, scaleAlone bool
	unscaled              bool // the run has a number word other than a scale
	ordinal               bool // its last word is an ordinal (isOrdinalWord)
	compound              bool // it has a compound's number (numberWord.compound)
	times                 bool // the run is a number of times (numberRun.times)
	half                  bool // the run has a half more
	// halfNext is set after a word that may stand before a half ("с" in
	// "два с половиной"): the run goes on only if one follows.
	halfNext bool
	// pending is the time of day that words before a number opened
	// ("half past"); clock is the run's own.
	pending, clock spokenTime
	// hours is set after French "heures": "et demie" or "et quart" may
	// follow; hoursNext until the next word, which ends the run unless
	// it is "et" ("trois heures vingt" is two numbers).
	hours, hoursNext bool
	// hyphened is set when the word read is joined to the one before by a
	// hyphen ("quatre-vingt-un").
	hyphened bool
	// joinBelow is set over the number words right after a joiner
	// ("and", "y", "e"): the magnitude of the run's end before it, which
	// they must stay under to go on with the run (joinSplits); joinCur
	// is the run's current part at the joiner.
	joinBelow, joinCur int64
}

func (r *runReader) flush() {
	if r.run && !r.skip {
		if r.inverted > 0 && r.cur > 0 {
			r.total, r.cur = r.cur*r.inverted, 0
		} else if r.inverted > 0 {
			r.total = r.inverted
		}
		run := numberRun{value: r.total + r.cur, half: r.half, bareScale: r.scaleAlone, times: r.times, ordinal: r.ordinal, compound: r.compound}
		if hour := run.value; r.clock.set && !r.half && hour >= 1 && hour <= 24 {
			if r.clock.back {
				if hour--; hour == 0 {
					hour = 12 // halb eins is 12:30
				}
			}
			run = numberRun{value: hour, minutes: r.clock.minutes, clock: true}
		}
		r.out = append(r.out, run)
	}
	*r = runReader{out: r.out, extra: r.extra}
}

// word reads w, which comes after the words before2 and before; the text
// goes on with rest.
func (r *runReader) word(w, before, before2, rest string) {
	if r.hoursNext {
		r.hoursNext = false
		if w != "et" {
			r.flush()
		}
	}
	if r.halfNext {
		r.halfNext = false
		if !isHalf(w, before) {
			r.flush() // "пять с двумя": two numbers
		}
	}
	if nw, ok := r.lookup(w, before, rest); ok {
		r.number(nw, w, before, before2)
	} else {
		r.other(w, before, rest)
	}
}

// lookup returns what the word w, after before and before rest, says as
// a number word, if anything.
func (r *runReader) lookup(w, before, rest string) (numberWord, bool) {
	if v, after := ordinalsAfterTens[w]; after && r.afterTen() {
		return numberWord{kind: numUnit, value: v}, true // twenty-first
	}
	if nw, ok := numberWordOf(w); ok {
		return nw, true
	}
	if nw, ok := r.extra[w]; ok && r.fits(nw, before, rest) {
		return nw, true
	}
	return compoundNumberWord(w)
}

// fits reports whether nw, a number word of the text's language's own, is
// a number after before and before rest: an article after a ten
// (afterTen), a counting word where it counts (countsAsNumber), a day's
// ordinal before a month.
func (r *runReader) fits(nw numberWord, before, rest string) bool {
	switch {
	case nw.afterTen:
		// A one after a ten is joined to it: "vingt et un", "treinta y
		// un", "quatre-vingt-un"; "trente un soir" is thirty, one evening.
		// After a hundred it goes on with it where the hundred's word
		// takes a unit (takesUnit) or a joiner joins them ("cento e um");
		// after "deux cents" or "cien", "un" is an article.
		return r.afterTen() && (r.hyphened || joiners[before]) || r.afterHundred() && (takesUnit(before) || joiners[before])
	case nw.counting:
		return countsAsNumber(before, rest, r.extra)
	case nw.dayOfMonth:
		return isMonth(nextWord(rest, 0))
	}
	return true
}

// countsAsNumber reports whether a counting word (Italian "sei", six and
// "you are") after before and before rest counts something: after a
// preposition or an article ("di sei", "alle sei", "i sei"), before a
// word it counts ("sei anni") or a scale word ("sei milioni"). Else it is
// the verb: "sei in ritardo", "non sei solo". After "le" it is the hour
// where the clause ends or goes on with its minutes ("sono le sei.").
// "Sono sei" (they are six) and "ne ho sei" are lost.
func countsAsNumber(before, rest string, extra map[string]numberWord) bool {
	if countLeads[before] {
		return true
	}
	next := nextWord(rest, 0)
	if before == "le" && (next == "" || next == "e") {
		return true // the hour: "sono le sei.", "le sei e mezza"
	}
	if countedWords[next] {
		return true
	}
	nw, ok := numberWordOf(next)
	if !ok {
		nw, ok = extra[next]
	}
	return ok && nw.kind == numScale
}

// countLeads are the Italian prepositions and articles after which "sei"
// is six: no verb follows them ("gli" and "le" are also pronouns: "le sei
// vicino", you are close to her).
var countLeads = wordSet(`di a da in con per tra fra i dei ai dai nei sui coi alle delle dalle nelle sulle ore`)

// countedWords are the Italian words most often counted, after which
// "sei" is six: time, people, money, measures.
var countedWords = wordSet(`anni anno mesi giorni ore minuti secondi settimane secoli volte persone uomini donne
	figli bambini euro dollari chilometri metri chili punti gol paesi posti`)

// joiners join the parts of a number in words: "one hundred and five",
// "vingt et un", "treinta y dos", "mil e duzentos".
var joiners = map[string]bool{"and": true, "et": true, "y": true, "e": true}

// takesUnit reports whether w, the word of a round hundred, takes a one
// after it without a joiner: French "cent" ("deux cent un"; "deux cents",
// which ends a number, does not: "deux cents une heure plus tard") and
// Spanish hundreds but "cien" ("ciento un", "doscientos un empleados").
// Portuguese joins it with "e" ("cento e um"), as French may ("cent et
// un").
func takesUnit(w string) bool {
	return w == "cent" || w == "ciento" || strings.HasSuffix(w, "cientos") || strings.HasSuffix(w, "cientas") ||
		w == "quinientos" || w == "quinientas"
}

// afterHundred reports a run that ends in a round hundred, which a one
// may follow: "deux cent un", "ciento un".
func (r *runReader) afterHundred() bool {
	return r.run && r.prev == numHundred && r.cur%100 == 0 && r.cur > 0
}

// afterTen reports a run that ends in a round ten from twenty up, which a
// unit may follow: "twenty-first", "treinta y un", "vingt et un".
func (r *runReader) afterTen() bool {
	return r.run && (r.prev == numUnit || r.prev == numTwenty) && r.cur%10 == 0 && r.cur%100 >= 20
}

// compoundNumberWord reads w, lower case, as a number written as one word
// of its parts: German (germanNumberWord), Italian (italianNumberWord), or
// the first part of a Russian compound (russianCompoundNumber).
func compoundNumberWord(w string) (numberWord, bool) {
	if nw, ok := germanNumberWord(w); ok {
		return nw, true
	}
	if nw, ok := italianNumberWord(w); ok {
		return nw, true
	}
	if strings.Contains(w, "ё") {
		w = numberWordSpelling.Replace(w)
	}
	return russianCompoundNumber(w)
}

// other reads w, a word that is no number word, after before and before
// rest: it may join the run ("and", "с половиной") or open a time of day
// ("half past"); else it ends the run, a number of times if w is a word
// of times.
func (r *runReader) other(w, before, rest string) {
	r.joinBelow = 0 // "two and a half thousand": a word between ends the watch
	switch {
	case !r.run:
		if c, ok := clockBefore(w, before); ok {
			r.flush()
			r.pending = c
			return
		}
	case joiners[w]:
		r.join() // one hundred and five; vingt et un; treinta y dos; mil e duzentos
		return
	case w == "heures" || w == "heure":
		r.hours, r.hoursNext = true, true // "dix heures et demie" is 10:30
		return
	case r.hours && before == "et" && (w == "demie" || w == "quart"):
		r.clock = spokenTime{set: true, minutes: 15}
		if w == "demie" {
			r.clock.minutes = 30
		}
		return
	case w == "с" || w == "a" && before == "and":
		r.halfNext = true // два с половиной; two and a half
		return
	case isHalf(w, before):
		r.addHalf()
		return
	case strings.HasPrefix(w, "час") && hasOrdinalEnding(before):
		r.skip = true // "шестой час", past five: the hour under way
	case timesWords[w]:
		// "a thousand times", "тысячу тысяч раз": a way of speaking
		r.times = r.times || r.unscaled && !r.ordinal && !factorAfter(rest, r.extra)
		if r.times && halfAfterTimes(rest) {
			r.addHalf() // "deux fois et demie"
		}
	}
	r.flush()
}

// number reads the number word w, saying nw, after before2 and before.
func (r *runReader) number(nw numberWord, w, before, before2 string) {
	if nw.kind == numTimes {
		r.flush() // "twenty tripled" is no 23
		r.out = append(r.out, numberRun{value: nw.value, multiple: true})
		return
	}
	if r.joinBelow > 0 && r.joinSplits(nw) {
		r.splitAtJoiner() // "entre mil y dos mil": a range
	}
	if !r.run {
		r.open(nw, w, before, before2)
	} else {
		r.scaleAlone = r.scaleAlone && nw.kind == numScale // "тысячу тысяч раз" is as vague as one
	}
	r.add(nw, w)
	if nw.kind == numScale {
		r.joinBelow = 0 // "two hundred and fifty thousand": the part is scaled
	}
	r.prev, r.run = nw.kind, true
	// After add: a unit that starts a number of its own ("пять-шесть")
	// flushes the run before it.
	r.unscaled = r.unscaled || nw.kind != numScale
	r.ordinal = nw.ordinal || isOrdinalWord(w)
	r.compound = r.compound || nw.compound
}

// join notes a joiner ("and", "et", "y", "e") in the run: the magnitude
// of its end, which the number words after it must stay under to go on
// with it (joinSplits): its last scale right after one ("mil y"), else
// the power of ten of its current part (a hundred after "cien y", ten
// after "treinta y").
func (r *runReader) join() {
	r.joinCur = r.cur
	if r.prev == numScale {
		r.joinBelow = r.scale
		return
	}
	r.joinBelow = 10
	for r.joinBelow <= r.cur/10 {
		r.joinBelow *= 10
	}
}

// joinSplits reports whether the number word nw, after a joiner (join),
// starts a number of its own, for a joiner also stands between the two
// ends of a range: "entre mil y dos mil" is 1000 to 2000, no 3000, and
// "entre cien y doscientos" 100 to 200. A scale right after the joiner
// starts one ("cien y mil"), as does a part after it that reaches the
// run's last scale ("dos mil" after "mil y") or its magnitude
// ("doscientos" after "cien y", "duemila" after "mille e"). A part under
// it goes on with the run ("treinta y dos", "mil e duzentos", "cento e
// venti"), scaled with it by a scale after it ("two hundred and fifty
// thousand", "treinta y dos mil"); units that cannot follow each other
// are told apart by add ("veinte y treinta").
func (r *runReader) joinSplits(nw numberWord) bool {
	part := r.cur - r.joinCur
	switch nw.kind {
	case numScale:
		return part == 0 || r.joinBelow >= 1000 && nw.value >= r.joinBelow
	case numHundred:
		if nw.value == 100 && part > 0 && r.prev == numUnit {
			return part*100 >= r.joinBelow // "one hundred and two hundred"
		}
		return nw.value >= r.joinBelow
	case numUnit:
		return nw.value >= 100 && nw.value >= r.joinBelow
	}
	return false
}

// splitAtJoiner reads the run up to its joiner as a number of its own
// and goes on with the part read after it as a new run.
func (r *runReader) splitAtJoiner() {
	part, prev := r.cur-r.joinCur, r.prev
	r.cur = r.joinCur
	r.flush()
	if part > 0 {
		r.run, r.cur, r.prev, r.unscaled = true, part, prev, true
	}
}

// open sets up the run that the number word w, saying nw, starts after
// before2 and before: the time of day the words before it name, whether
// it is skipped, a bare scale word, or a number of times.
func (r *runReader) open(nw numberWord, w, before, before2 string) {
	// "в половине восьмого", "четверть девятого": the hour under way, in
	// the genitive ordinal. "пять минут девятого" is not read.
	r.clock = r.pending
	if c, ok := russianClock(w, before, before2); ok {
		r.clock = c
	}
	r.skip = strings.HasPrefix(before, "минут") && isGenitiveOrdinal(w)
	r.scaleAlone = nw.kind == numScale
	r.times = factorLead(before2, before) && !isOrdinalWord(w)
}

// add adds the value of the number word w, saying nw, to the run: a unit
// adds to it; "hundred" and vingt right after a unit multiply the run's
// current part ("five hundred", "quatre-vingts"), else add to it; a
// scale word multiplies that part into the total, and one that opens an
// approximate number (approximateScales) multiplies what follows. A unit
// that cannot follow the one before starts a new run.
func (r *runReader) add(nw numberWord, w string) {
	switch nw.kind {
	case numUnit:
		if r.run && r.prev == numUnit && !unitGoesOn(r.cur, nw.value) {
			r.flush() // "two three" is two numbers
		}
		r.cur += nw.value
		if nw.half {
			r.addHalf()
		}
	case numHundred:
		if nw.value == 100 && r.run && r.prev == numUnit {
			r.cur *= 100
		} else {
			r.cur += nw.value
		}
	case numTwenty:
		// "quatre-vingts": the unit before it, after any hundreds ("neuf
		// cent quatre-vingt-neuf"), times twenty.
		if u := r.cur % 100; r.run && r.prev == numUnit && u > 0 && u < 10 {
			r.cur += u * 19
		} else {
			r.cur += 20
		}
	case numScale:
		if !r.run && approximateScales[w] {
			r.inverted = nw.value
			return
		}
		r.addScale(nw.value)
	}
}

// addScale multiplies the run's current part (one where there is none)
// by a scale word's value v into its total. A scale after a smaller one
// multiplies the part of the total below it as well: "mil millones", a
// thousand million, is 10^9, "dos mil trescientos millones" 2.3*10^9. A
// product past int64 ("a billion trillion", a way of speaking) is no
// figure any text writes: the run ends before the scale word, which
// starts one of its own.
func (r *runReader) addScale(v int64) {
	total, part := r.total, r.cur
	if r.scale > 0 && v > r.scale {
		low := total % v
		total, part = total-low, part+low
	}
	if part == 0 {
		part = 1
	}
	if part > math.MaxInt64/v || total > math.MaxInt64-part*v {
		r.flush()
		r.run, r.scaleAlone, r.total, r.scale = true, true, v, v
		return
	}
	r.total = total + part*v
	if r.half {
		r.total += v / 2 // полторы тысячи, two and a half million
	}
	r.cur, r.half, r.scale = 0, false, v
}

// addHalf adds a half to the run: of its last scale right after it ("два
// миллиона с половиной", "un million et demi"), else of one.
func (r *runReader) addHalf() {
	if r.prev == numScale && r.cur == 0 {
		r.total += r.scale / 2
		return
	}
	r.half = true
}

// isHalf reports the word of a half after a number: "and a half", "с
// половиной", "et demi".
func isHalf(w, before string) bool {
	return w == "half" && before == "a" || w == "половиной" && before == "с" ||
		(w == "demi" || w == "demie") && before == "et"
}

// forEachWord calls f with the span of each run of letters of s, in
// order, with an apostrophe between Cyrillic letters, as Ukrainian writes
// one (п'ять, сім'я: family), inside its word.
func forEachWord(s string, f func(i, j int)) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := lettersEnd(s, i)
		for a := cyrillicApostrophe(s, j); a > 0; a = cyrillicApostrophe(s, j) {
			j = lettersEnd(s, j+a)
		}
		f(i, j)
		i = j
	}
}

// cyrillicApostrophe returns the length of an apostrophe (' or ’) at s[j]
// between Cyrillic letters, else 0.
func cyrillicApostrophe(s string, j int) int {
	a := 0
	switch {
	case strings.HasPrefix(s[j:], "'"):
		a = 1
	case strings.HasPrefix(s[j:], "’"):
		a = len("’")
	default:
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(s[:j])
	next, _ := utf8.DecodeRuneInString(s[j+a:])
	if !unicode.Is(unicode.Cyrillic, last) || !unicode.Is(unicode.Cyrillic, next) {
		return 0
	}
	return a
}

// hasOrdinalEnding reports a Russian ordinal's ending (шестой, седьмом,
// десятого).
func hasOrdinalEnding(w string) bool {
	for _, e := range []string{"ой", "ый", "ий", "ом", "ого"} { // not "ому": одному is a cardinal
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// approximateScales are the Russian scales in the genitive plural, which
// open an approximate number ("тысяч тридцать"); in the singular they
// open an exact one ("тысяча двести", 1,200).
var approximateScales = map[string]bool{"тысяч": true, "миллионов": true, "миллиардов": true}

// ordinalsAfterTens are ordinals left out of numberWords as common words
// ("at first", "a second") that are numbers after a ten: "twenty-first".
var ordinalsAfterTens = map[string]int64{"first": 1, "second": 2}

// unitGoesOn reports whether a unit worth v, after number words worth
// cur, is part of the same number: "twenty five", and the French
// "dix-huit", "soixante-dix" and "quatre-vingt-dix-sept".
func unitGoesOn(cur, v int64) bool {
	r := cur % 100
	return r >= 20 && r%10 == 0 && v < 10 || (r == 60 || r == 80) && v >= 10 && v < 20 || r == 10 && v >= 7 && v <= 9
}

// wordMonths are month names that are also words ("may", "march",
// "august"), which stand for a month away from a figure too rarely to
// match one; dayFirstMonths are such words of other languages.
var wordMonths = func() map[string]bool {
	m := wordSet(`may march mar august`)
	maps.Copy(m, dayFirstMonths)
	return m
}()

// romanNumber is the value of w written in upper-case Roman numerals in
// their usual form (XX, XIV, MCMXIV), else 0. A single letter is not read
// ("I" is a word, "V" and "X" are often letters), nor two letters but I,
// V and X: "CD", "DC" and "MD" are abbreviations.
func romanNumber(w string) int {
	if len(w) < 2 || len(w) == 2 && strings.Trim(w, "IVX") != "" {
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		v := romanDigit(w[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(w) && romanDigit(w[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n >= 4000 || roman(n) != w {
		return 0 // "IIII", "VX", "IC": not how a number is written
	}
	return n
}

func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

// roman writes n (1 to 3999) in Roman numerals.
func roman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
		{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= p.v; n -= p.v {
			b.WriteString(p.s)
		}
	}
	return b.String()
}
