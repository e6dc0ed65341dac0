package compare

import (
	"math"
	"strings"
)

// Polish and Ukrainian number words: cardinals in their cases, hundreds,
// scales, and the ordinals a date is said with ("trzeciego maja",
// "першого вересня"). Polish "jeden" (German every) and "sto" (Italian I
// am) are read only in Polish (languageNumberWords), and "drugi" (second,
// and other in Polish as in Croatian, Serbian and Slovene: "z drugiej
// strony", on the other hand) only as a date's day in Polish ("drugiego
// maja"). Ukrainian shares many forms with Russian (сорок, сто, десяти),
// with the same values; its "другий" (second) is also "other", as Russian
// "другой", and is left out. Ukrainian writes an apostrophe inside a word
// (п'ять, сім'я: family), which forEachWord keeps in it and numberWordOf
// reads as "'".

// addPolishNumberWords adds the Polish cardinals, hundreds, scales and
// ordinals.
func addPolishNumberWords(add, ordinal wordAdder) {
	for v, forms := range map[int64]string{
		2: "dwa dwie dwóch dwom dwoma dwaj dwoje dwojga", 3: "trzy trzech trzem trzema trzej troje trojga",
		4: "cztery czterech czterem czterema czterej czworo czworga", 5: "pięć pięciu pięcioma pięcioro",
		6: "sześć sześciu sześcioma sześcioro", 7: "siedem siedmiu siedmioma siedmioro",
		8: "osiem ośmiu ośmioma ośmioro", 9: "dziewięć dziewięciu dziewięcioma",
		10: "dziesięć dziesięciu dziesięcioma", 20: "dwadzieścia dwudziestu dwudziestoma",
		30: "trzydzieści trzydziestu trzydziestoma", 40: "czterdzieści czterdziestu czterdziestoma",
	} {
		add(numUnit, v, forms)
	}
	for k, stem := range strings.Fields("jedena dwana trzyna czterna piętna szesna siedemna osiemna dziewiętna") {
		add(numUnit, int64(11+k), stem+"ście "+stem+"stu "+stem+"stoma") // jedenaście, jedenastu
	}
	for k, unit := range strings.Fields("pięć sześć siedem osiem dziewięć") {
		add(numUnit, int64(50+10*k), unit+"dziesiąt "+unit+"dziesięciu") // pięćdziesiąt, pięćdziesięciu
	}
	for v, forms := range map[int64]string{200: "dwieście dwustu", 300: "trzysta trzystu", 400: "czterysta czterystu",
		500: "pięćset pięciuset", 600: "sześćset sześciuset", 700: "siedemset siedmiuset", 800: "osiemset ośmiuset",
		900: "dziewięćset dziewięciuset"} {
		add(numHundred, v, forms)
	}
	add(numScale, 1000, "tysiąc tysiąca tysiące tysięcy tysiącem tysiącach tysiącom tysiącami")
	add(numScale, 1000000, "milion miliona miliony milionów milionem milionach milionom milionami")
	add(numScale, 1000000000, "miliard miliarda miliardy miliardów miliardem miliardach")
	addPolishOrdinals(ordinal)
}

// addPolishOrdinals adds the Polish ordinals from 1 to 19, 20 and 30 but
// "drugi" (see above) in an adjective's endings: "pierwszego", "trzeciego
// maja", "dwudziestym".
func addPolishOrdinals(add wordAdder) {
	addStems(add, numUnit, map[int64]string{1: "pierwsz", 4: "czwart", 5: "piąt", 6: "szóst", 7: "siódm", 8: "ósm",
		9: "dziewiąt", 10: "dziesiąt", 11: "jedenast", 12: "dwunast", 13: "trzynast", 14: "czternast",
		15: "piętnast", 16: "szesnast", 17: "siedemnast", 18: "osiemnast", 19: "dziewiętnast",
		20: "dwudziest", 30: "trzydziest"}, "y a e ego ej emu ym ą ych ymi")
	addStems(add, numUnit, map[int64]string{3: "trzec"}, polishSoftEndings)
}

// polishSoftEndings are the endings of a Polish adjective on a soft stem:
// trzeci, trzeciego, drugiej.
const polishSoftEndings = "i a ie iego iej iemu im ą ich imi"

// addUkrainianNumberWords adds the Ukrainian cardinals in their cases,
// collectives, hundreds, scales and ordinals.
func addUkrainianNumberWords(add, ordinal wordAdder) {
	for v, forms := range map[int64]string{
		1: "один одна одне одного одному одним одну одній одною", 2: "два дві двох двом двома двоє",
		3: "три трьох трьом трьома троє", 4: "чотири чотирьох чотирьом чотирма четверо",
		5: "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятеро", 6: "шість шести шістьох шістьом шістьма шестеро",
		7: "сім семи сімох сімом сьома семеро", 8: "вісім восьми вісьмох вісьмом вісьма вісьмома",
		9: "дев'ять дев'яти дев'ятьох дев'ятьма", 10: "десять десяти десятьох десятьма",
		40: "сорок сорока", 50: "п'ятдесят п'ятдесяти п'ятдесятьма", 60: "шістдесят шістдесяти",
		70: "сімдесят сімдесяти", 80: "вісімдесят вісімдесяти", 90: "дев'яносто дев'яноста",
	} {
		add(numUnit, v, forms)
	}
	addStems(add, numUnit, map[int64]string{11: "одинадцят", 12: "дванадцят", 13: "тринадцят", 14: "чотирнадцят",
		15: "п'ятнадцят", 16: "шістнадцят", 17: "сімнадцят", 18: "вісімнадцят", 19: "дев'ятнадцят",
		20: "двадцят", 30: "тридцят"}, "ь и ьох ьма") // одинадцять, одинадцяти
	for v, forms := range map[int64]string{100: "сто ста", 200: "двісті двохсот двомстам", 300: "триста трьохсот",
		400: "чотириста чотирьохсот", 500: "п'ятсот п'ятисот", 600: "шістсот шестисот", 700: "сімсот семисот",
		800: "вісімсот восьмисот", 900: "дев'ятсот дев'ятисот"} {
		add(numHundred, v, forms)
	}
	add(numScale, 1000, "тисяча тисячі тисяч тисячу тисячею тисячам тисячами")
	add(numScale, 1000000, "мільйон мільйона мільйону мільйони мільйонів мільйонам мільйонами")
	add(numScale, 1000000000, "мільярд мільярда мільярди мільярдів мільярдам")
	addUkrainianOrdinals(ordinal)
}

// addUkrainianOrdinals adds the Ukrainian ordinals but "другий" (see
// above) in an adjective's endings: "першого", "двадцять четвертого
// серпня", "третій".
func addUkrainianOrdinals(add wordAdder) {
	addStems(add, numUnit, map[int64]string{1: "перш", 4: "четверт", 5: "п'ят", 6: "шост", 7: "сьом", 8: "восьм",
		9: "дев'ят", 10: "десят", 11: "одинадцят", 12: "дванадцят", 13: "тринадцят", 14: "чотирнадцят",
		15: "п'ятнадцят", 16: "шістнадцят", 17: "сімнадцят", 18: "вісімнадцят", 19: "дев'ятнадцят",
		20: "двадцят", 30: "тридцят", 40: "сороков"}, "ий ого ому им ім а ої ій у ою е і их ими")
	add(numUnit, 3, "третій третього третьому третім третя третьої третю третє треті третіх третіми")
}

// russianCompoundNumber reads a Russian adjective or noun whose first part
// is a number in the genitive (восьмилетний, eight-year-old;
// тридцатичетырехлетнего, of thirty-four; двухэтажный; пятипроцентный;
// столетие): the count an English or French rendering writes as a word of
// its own ("an eight-year-old son"), so that the check finds it on both
// sides. The number's parts must make up the whole first part, and one of
// compoundHeads must follow.
func russianCompoundNumber(w string) (numberWord, bool) {
	if len(w) < 2 || w[0] != 0xD0 && w[0] != 0xD1 { // not Cyrillic: most words asked
		return numberWord{}, false
	}
	for _, head := range compoundHeads {
		i := strings.Index(w, head)
		if i <= 0 {
			continue
		}
		if v, ok := genitiveNumber(w[:i]); ok {
			return numberWord{kind: numUnit, value: v, compound: true}, true
		}
	}
	return numberWord{}, false
}

// compoundHeads are the second parts of Russian adjectives with a number
// before them: of years, days, weeks, months, hours, minutes, storeys,
// per cent, tonnes, metres, times, volumes, seats and rooms. Not the nouns
// of years (десятилетие, столетие: a decade, a century), which English
// names without a number.
var compoundHeads = [...]string{"летн", "дневн", "недельн", "месячн", "часов", "минутн", "этажн",
	"процентн", "тонн", "метров", "кратн", "томн", "местн", "комнатн"}

// genitiveNumber reads s, numbers in the genitive one after another as a
// compound's first part writes them ("тридцатичетырех" is 34, "двух" 2,
// "сто" 100), longest part first, each smaller than the one before (not
// "пятипяти"); ok is false unless they make up all of s.
func genitiveNumber(s string) (int64, bool) {
	var total int64
	last := int64(math.MaxInt64)
	for s != "" {
		best, v := 0, int64(0)
		for _, p := range genitiveParts {
			if len(p.part) > best && strings.HasPrefix(s, p.part) {
				best, v = len(p.part), p.value
			}
		}
		if best == 0 || v >= last || last < 100 && v >= 10 {
			return 0, false // "пятипяти"; "тридцатисорока"
		}
		total, last = total+v, v
		s = s[best:]
	}
	return total, total > 0
}

// genitiveParts are the genitives of the Russian numbers as compounds
// begin with them.
var genitiveParts = [...]struct {
	part  string
	value int64
}{
	{"одно", 1}, {"дву", 2}, {"двух", 2}, {"трех", 3}, {"четырех", 4}, {"пяти", 5}, {"шести", 6}, {"семи", 7},
	{"восьми", 8}, {"девяти", 9}, {"десяти", 10}, {"одиннадцати", 11}, {"двенадцати", 12}, {"тринадцати", 13},
	{"четырнадцати", 14}, {"пятнадцати", 15}, {"шестнадцати", 16}, {"семнадцати", 17}, {"восемнадцати", 18},
	{"девятнадцати", 19}, {"двадцати", 20}, {"тридцати", 30}, {"сорока", 40}, {"пятидесяти", 50},
	{"шестидесяти", 60}, {"семидесяти", 70}, {"восьмидесяти", 80}, {"девяноста", 90}, {"сто", 100},
	{"двухсот", 200}, {"трехсот", 300}, {"четырехсот", 400}, {"пятисот", 500}, {"тысяче", 1000},
}
