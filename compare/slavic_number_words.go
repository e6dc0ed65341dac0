package compare

import "strings"

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
func addPolishNumberWords(add wordAdder) {
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
	addPolishOrdinals(add)
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
func addUkrainianNumberWords(add wordAdder) {
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
	addUkrainianOrdinals(add)
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
