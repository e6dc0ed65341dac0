package compare

import (
	"slices"
	"strings"
	"testing"
)

func TestNumberWordValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"They walked four versts.", "4"},
		{"seventy-five roubles and twelve kopecks", "75 12"},
		{"two or three weeks", "2 3"},
		{"one hundred and five", "105"},
		{"four thousand two hundred men", "4200"},
		{"five million people", "5000000"},
		{"on the thirtieth of September", "30"},
		{"the twenty-first of June", "21"},
		{"двести рублей", "200"},
		{"четыре тысячи", "4000"},
		{"двадцать пятого июня", "25"},
		{"в тысяча девятьсот четырнадцатом году", "1914"},
		{"третьего дня, двое детей", "3 2"},
		{"Ёлка", ""},
		{"quatre-vingt-dix-sept ans, soixante-dix jours", "97 70"},
		{"la deuxième, cinquième et neuvième fois, le vingt et unième siècle", "2 5 9 21"},
		{"la cent unième course, la trentième et la millième", "101 30 1000"},
		{"zwölf Stunden und dreißig Minuten", "12 30"},
		{"fünfundzwanzig Menschen, einundzwanzig Tage", "25 21"},
		{"полтора часа, полторы тысячи, более полутора миллионов", "1.5 1500 1500000"},
		{"два с половиной процента, три с половиной миллиона, два миллиона с половиной", "2.5 3500000 2500000"},
		{"пять с двумя детьми, двадцать с лишним", "5 2 20"},
		{"two and a half percent, one and a half million, an hour and a half", "2.5 1500000"},
		{"two and a dog", "2"},
		{"anderthalb Stunden, eineinhalb Millionen, zweieinhalb Prozent", "1.5 1500000 2.5"},
		{"deux et demi, un million et demi, trois heures et demie", "2.5 1500000 3:30"},
		{"at half past six, at half-past seven; half of them past ten", "6:30 7:30 10"},
		{"quarter past four, a quarter to three, twelve", "4:15 2:45 12"},
		{"um halb sieben, um sieben, halb eins, halb so viel", "6:30 7 12:30"},
		{"Viertel nach vier, Viertel vor drei", "4:15 2:45"},
		{"в половине одиннадцатого, было четверть пятого, пять минут девятого, без четверти три", "10:30 4:15 5 2:45"},
		{"во второй половине девятнадцатого века, в первой четверти двадцатого", "2 19 1 20"},
		{"Половина третьего класса заболела.", "3"},
		{"à dix heures et demie, à huit heures et quart, dix heures du matin", "10:30 8:15 10"},
		{"à trois heures vingt, dix heures huit", "3 20 10 8"},
		{"Сейчас половина восьмого, перенесли на половину девятого, часы пробили четверть десятого", "7:30 8:30 9:15"},
		{"dix-sept, dix-huit, dix-neuvième, soixante-dix-sept", "17 18 19 77"},
		{"zweihundertdreißig Gäste, einhundert Jahre", "230 100"},
		{"dreitausendfünfhundert Meter, zweitausendvierundzwanzig", "3500 2024"},
		{"im Jahr neunzehnhundertachtzig", "1980"},
		{"hunderttausend Stimmen, zwei Millionen dreihunderttausend", "100000 2300000"},
		{"am dritten Mai, der fünfundzwanzigste Tag", "3 25"},
		{"die zweite, vierte, siebte, siebente, elfte und zwölfte Runde", "2 4 7 7 11 12"},
		{"im siebzehnten und achtzehnten Jahrhundert", "17 18"},
		{"der hundertste, hundertdritte und tausendste Gast", "100 103 1000"},
		{"der zwanzigsten, dreißigsten und millionsten Besucherin", "20 30 1000000"},
		// "erste" and "achte" alone are left out (zum ersten Mal; achten,
		// to heed), and words that only begin like a number are none.
		{"der dritthöchste Berg, die zweitgrößte Stadt, der fünfthöchsten, die zweitbeste, die achtgrößte", "3 2 5 2 8"},
		{"zum ersten Mal, wir achten darauf, der erstbeste, ein Drittel, zweitens, Viertklässler, die achtsamsten", ""},
		{"Viertel, Achtung, Dreistigkeit, tausendfach, hundertprozentig, einzigste, billigsten", ""},
		{"prices tripled; цены выросли вдесятеро; sie verdoppelten sich; twenty tripled", "3 10 2 20 3"},
		{"No numbers here, and none at all.", ""},
		{"at first, wait a second, an elf; thousands of people", ""},
		{"on the twenty-first and the thirty-second", "21 32"},
		{"тридцать восемь тысяч. Восемь вперед", "38000 8"},
		{"тридцать восемь тысяч восемь рублей", "38008"},
		{"ты ему подарил тысяч тридцать", "30000"},
		{"тысяча двести рублей", "1200"},
		{"в половине восьмого пришёл, в восемь ушёл", "7:30 8"},
		{"Был уже шестой час. Шесть часов прошло.", "6"},
	} {
		if got := strings.Join(numberWordValues(tc.text), " "); got != tc.want {
			t.Errorf("%q: read %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNumberDifferenceWords: a number in figures on one side and in words
// on the other is no difference; a number in words that differs still
// leaves the figure unmatched.
func TestNumberDifferenceWords(t *testing.T) {
	for _, tc := range []struct {
		s, t         string
		onlyS, onlyT string
	}{
		{"Он прошёл 4 версты.", "He walked four versts.", "", ""},
		{"Это стоило двести рублей.", "It cost 200 roubles.", "", ""},
		{"Через 3 недели, 30 сентября.", "Three weeks later, on the thirtieth of September.", "", ""},
		{"Он прошёл 4 версты.", "He walked five versts.", "4", "5"},
		{"В 1914 году.", "In 1941.", "1914", "1941"},
		{"Это произошло в XX веке.", "This happened in the 20th century.", "", ""},
		{"Глава XIV.", "Chapter 41.", "", "41"},
		{"Бюджет составил 5 млрд рублей.", "The budget was 5 million roubles.", "5000000000", "5000000"},
		{"Бюджет составил 5 млн рублей.", "The budget was five million roubles.", "", ""},
		{"Пришли 4 тысячи человек.", "4,000 people came.", "", ""},
		{"Er war zweiundzwanzig Jahre alt.", "He was 22 years old.", "", ""},
		{"Пришли полтора миллиона человек.", "1.5 million people came.", "", ""},
		{"Они купили полторы тысячи книг.", "They bought 1,500 books.", "", ""},
		{"Рост составил два с половиной процента.", "Growth was 2.5 percent.", "", ""},
		{"Рост составил два с половиной процента.", "Growth was 3.5 percent.", "2.5", "3.5"},
		{"Das Wachstum betrug zweieinhalb Prozent.", "Growth was two and a half percent.", "", ""},
		{"Es dauerte eineinhalb Stunden.", "It took 2.5 hours.", "1.5", "2.5"},
		{"-- в шесть с половиной на месте.", "You will be on the spot at half-past six.", "", ""},
		{"Встреча в 10:30.", "We meet at half past ten.", "", ""},
		{"Встреча в половине одиннадцатого.", "Wir treffen uns um halb elf.", "", ""},
		{"Встреча в половине одиннадцатого.", "We meet at half past eleven.", "10:30", "11:30"},
		{"Делегация прибыла в четверть пятого.", "Die Delegation traf um Viertel nach vier ein.", "", ""},
		{"Во второй половине девятнадцатого века.", "In the second half of the nineteenth century.", "", ""},
		{"Встреча в половине одиннадцатого.", "La réunion à dix heures et demie.", "", ""},
		{"Das Treffen um halb fünf.", "La réunion à 4 heures et demie.", "", ""},
		{"Встреча в 18:15.", "La réunion à 18 h et quart.", "", ""},
		{"Встреча в половине пятого.", "La réunion à 4\u00a0heures et demie.", "", ""},
		{"Встреча в 18:30.", "La réunion à 18 h et quart.", "18:30", "18:15"},
		{"Это заняло 4 часа.", "Cela a pris 4 heures et plus.", "", ""},
		{"Au dix-huitième siècle.", "Im achtzehnten Jahrhundert.", "", ""},
		{"Wir treffen uns um halb sieben.", "We meet at half past six.", "", ""},
		{"Он ездил в дом полтора месяца.", "He came to the house for six weeks.", "1.5", "6"},
		{"Рост составил полтора процента.", "Growth was two and a half percent.", "1.5", "2.5"},
		{"Он ездил в дом два с половиной месяца.", "He came to the house for six weeks.", "2.5", "6"},
		{"Er war zweiundzwanzig Jahre alt.", "He was 23 years old.", "22", "23"},
		{"Es geschah am fünfundzwanzigsten Dezember.", "It happened on December 25.", "", ""},
		{"Es geschah am fünfundzwanzigsten Dezember.", "Это случилось двадцать шестого декабря.", "25", "26"},
		{"La cent unième course.", "Die hunderterste Tour.", "", ""},
		{"Le Makalu, la cinquième montagne (8481 m).", "Der fünfthöchste Berg, der Makalu (8481 m).", "", ""},
		// Words that only now and then stand for a number match none.
		{"Собрание состоится 5 декабря.", "The meeting may take place in December.", "5", ""},
		{"Это стоило 600 рублей.", "Paid in DC.", "600", ""},
		{"Пострадали 5 человек.", "Five million people were hurt.", "5", "5000000"},
		// Times of day in 24 hours, in 12 with p.m., and the French way.
		{"Um 18:30 Uhr begann es.", "It began at 6:30 p.m.", "", ""},
		{"Um 22 Uhr begann es.", "It began at 10 p.m.", "", ""},
		{"Il a commencé à 22 h 30.", "It began at 10:30 pm.", "", ""},
		{"Il a commencé à 22h.", "It began at 10 PM.", "", ""},
		{"Um 18:30 Uhr begann es.", "It began at 6:30 a.m.", "18:30", "6:30"},
		{"Поезд прибывает в 6 вечера.", "The train arrives at 6 pm.", "", ""},
		{"Geöffnet von 14 bis 18 Uhr.", "Open from 2 to 6 pm.", "", ""},
		{"Entre 17 h et 19 h.", "Between 5 and 7 pm.", "", ""},
		{"Die Wanderung dauert 3 Stunden 30 Minuten.", "La randonnée dure 3 h 30.", "", ""},
		{"Перенесли к двадцати одному часу.", "Moved to 21:00.", "", ""},
		{"Пять минут девятого пришли 3 человека.", "At five past eight 3 people came.", "", ""},
		{"Он отдал половину двухсот рублей.", "He gave half of the 200 roubles.", "", ""},
		{"Погибли десять тысяч солдат.", "Twenty thousand soldiers died.", "10000", "20000"},
		// Numbers in words differ where both sides have one left over.
		{"Пострадали три человека.", "Four people were hurt.", "3", "4"},
		{"Пострадали 3 человека.", "Four people were hurt.", "3", "4"},
		{"Trois personnes ont été blessées.", "Three people were hurt.", "", ""},
		{"Пострадали двое.", "Both were hurt.", "", ""},
		{"Пришли 200 человек.", "Three hundred people came.", "200", "300"},
		{"Пришли 1000 человек.", "Thousands of people came.", "1000", ""},
		// Multiples, two among them: "вдвое" is no loose two.
		{"Цены выросли втрое.", "Prices tripled.", "", ""},
		{"Цены выросли втрое.", "Prices rose three times.", "", ""},
		{"Экспорт вырос вдвое.", "Exports tripled.", "2", "3"},
		{"Die Exporte haben sich verdoppelt.", "Экспорт вырос вдвое.", "", ""},
		{"Доходы выросли вдесятеро.", "Die Einkommen haben sich vervierfacht.", "10", "4"},
		{"Er rief dreimal an.", "Он трижды звонил.", "", ""},
		{"Twenty tripled.", "Двадцать утроились.", "", ""},
		{"Экспорт сократился вдвое.", "Exports were halved.", "", ""},
		{"Цены выросли вдвое за два года.", "Prices tripled in two years.", "2", "3"},
		{"Цены выросли вдвое за два года.", "Prices doubled in two years.", "", ""},
		// A multiple is also a number of times, in figures or in words.
		{"Prices doubled, while wages rose three times.", "Цены выросли в два раза, а зарплаты — втрое.", "", ""},
		{"Sales doubled and profits rose 3 times.", "Продажи выросли в 2 раза, а прибыль утроилась.", "", ""},
		{"The company was sold twice, and its value rose three times.", "Компанию продавали два раза, а её стоимость утроилась.", "", ""},
		{"Exports tripled and imports halved.", "Экспорт вырос в три раза, а импорт сократился вдвое.", "", ""},
		{"La veste doublée de soie coûte trois fois plus.", "Die Jacke kostet dreimal so viel.", "", ""},
		{"Prices tripled in 2 years.", "Цены выросли вдвое за 3 года.", "3", "2"},
		{"Die Preise haben sich in 3 Jahren verdoppelt.", "Die Preise stiegen in 2 Jahren 3-mal so stark.", "2", "3"},
		{"Prices rose 4 times.", "Цены выросли в 3 раза.", "4", "3"},
		{"Он в первый раз увидел, что цены выросли вдвое.", "For the first time he saw prices tripled.", "2", "3"},
		{"Он один раз сказал, что цены выросли втрое.", "Once he said prices tripled.", "", ""},
		{"Prices rose twenty-five times.", "Цены выросли в 25 раз.", "", ""},
		{"Цены выросли в сорок два раза.", "Die Preise stiegen um das 42-mal.", "", ""},
		{"Prices rose 2,500 times.", "Цены выросли в 2500 раз.", "", ""},
		{"Prices rose 2½ times.", "Цены выросли в 2,5 раза.", "", ""},
		{"Das Festival fand zum 25. Mal statt.", "Фестиваль прошёл в двадцать пятый раз.", "", ""},
		{"Er wurde zum 25. Mal Meister.", "Il est devenu champion pour la vingt-cinquième fois.", "", ""},
		{"3 times 2 is 6.", "2 mal 3 ist 6.", "", ""},
		{"Он тысячу тысяч раз обдумывал, что цены выросли вдвое.", "He had considered a thousand times that prices doubled.", "", ""},
		{"Цены выросли в двадцать тысяч раз.", "Prices rose 20,000 times.", "", ""},
		{"Prices rose 5 times in 25 years.", "Цены выросли в двадцать пять раз за 5 лет.", "5", "25"},
		{"Prices rose 1.5 times in 5 years.", "Цены выросли в 5 раз за 1,5 года.", "1.5", "5"},
		{"Prices rose two and a half times in three years.", "Цены выросли втрое за два с половиной года.", "2.5", "3"},
		{"Prices rose 1 ½ times in 3 years.", "Цены выросли втрое за полтора года.", "1.5", "3"},
		{"Die Preise stiegen fünfundzwanzig Mal in zwanzig Jahren.", "Prices rose twenty times in twenty-five years.", "25", "20"},
		{"Die Preise stiegen 3-mal in 4 Jahren.", "Prices rose 4 times in 3 years.", "3", "4"},
		{"Er kletterte ein zweites Mal, und die Preise stiegen dreimal.", "He climbed a second time, and prices rose four times.", "3", "4"},
		{"Les prix ont été multipliés par 3 en 4 ans.", "Prices rose 4 times in 3 years.", "3", "4"},
		{"Les prix ont été multipliés par trois en quatre ans.", "Цены выросли втрое за четыре года.", "", ""},
		{"The risk grew by a factor of 3 in 4 years.", "Риск вырос в 4 раза за 3 года.", "3", "4"},
		{"Die Kosten stiegen um den Faktor 3 in 4 Jahren.", "Costs rose 4-fold in 3 years.", "3", "4"},
		{"Die Kosten stiegen um den Faktor 3 in 4 Jahren.", "Costs rose threefold in four years.", "", ""},
		// A scale written onto a sum of money; minutes and years are no scale.
		{"Бюджет 5 млн.", "A budget of $5m.", "", ""},
		{"Бюджет 300 тыс.", "A budget of £300k.", "", ""},
		{"Стена 5 м.", "A 5m wall.", "", ""},
		{"dans 5 mn", "in 5 minutes", "", ""},
		{"В 2020 году пришёл миллион человек.", "In 2020 a million people came.", "", ""},
		// Months named without a figure differ where both sides name one.
		{"Саммит пройдёт в ноябре.", "The summit will be held in December.", "11", "12"},
		{"Саммит пройдёт в ноябре.", "The summit will be held in November.", "", ""},
		{"Саммит пройдёт в ноябре.", "The summit will be held this autumn.", "", ""},
		{"Встреча прошла в мае.", "The meeting was held in June.", "5", "6"},
		{"Встреча прошла в мае.", "The meeting may have been held in spring.", "", ""},
		// A month that is also a word, capitalised after a preposition of
		// time, is the month; "May" alone, a capital or not, is not.
		{"Le conseil se réunira en mars.", "The council will meet in May.", "3", "5"},
		{"Совет соберётся в мае.", "The council will meet until March.", "5", "3"},
		{"Rat tagt im Juni.", "The council meets early August.", "6", "8"},
		{"Совет соберётся в мае.", "The council will meet in May.", "", ""},
		{"Тереза Мэй выступит в июне.", "Theresa May will speak in June.", "", ""},
		{"Совет соберётся в июне.", "The council may meet in march order.", "", ""},
		{"Совет соберётся в июне.", "May the council meet, said Theresa May.", "", ""},
		{"Совет соберётся в середине июня.", "The council will meet in mid-March.", "6", "3"},
		{"Im November und im Dezember.", "En décembre et en novembre.", "", ""},
		{"Саммит пройдёт 5 ноября.", "The summit will be held on 5 November.", "", ""},
	} {
		os, ot := numberDifference(tc.s, tc.t)
		if os != tc.onlyS || ot != tc.onlyT {
			t.Errorf("%q / %q: only the source %q, only the rendering %q; want %q, %q", tc.s, tc.t, os, ot, tc.onlyS, tc.onlyT)
		}
	}
}

// TestNumberWordsOfALanguage checks the number words read only in a text
// known to be in their language: German and Dutch "elf" is 11, and the
// English word otherwise.
func TestNumberWordsOfALanguage(t *testing.T) {
	for _, tc := range []struct {
		s, t, sLang, tLang string
		onlyS, onlyT       string
	}{
		{"За 11 дней.", "In elf Tagen.", "ru", "de", "", ""},
		{"За 11 дней.", "In Elf Tagen.", "ru", "de-CH", "", ""},
		{"За 11 дней.", "In elf dagen.", "ru", "nl", "", ""},
		{"За 11 дней.", "In elf Tagen.", "ru", "", "11", ""},
		{"Он видел эльфа.", "He saw an elf.", "ru", "en", "", ""},
		{"Пришли двенадцать человек.", "Es kamen elf Leute.", "ru", "de", "12", "11"},
		{"В 11 часов.", "Um elf Uhr.", "", "de", "", ""},
		{"В 11 часов.", "Um elf Uhr.", "", "de_DE", "", ""},
		// English and French "double" and "triple" are multiples.
		{"Sein Schritt war doppelt so lang, auf vier Beinen.", "Son pas était le double du mien, à quatre pattes.", "de", "fr", "", ""},
		{"Экспорт вырос вдвое.", "Exports tripled, the triple of last year.", "ru", "en", "2", "3"},
		{"Экспорт вырос втрое.", "Exports reached the triple of last year.", "ru", "en", "", ""},
		// Numbers of times in each language's words: a range, a half, a
		// product, a date or a year before a particle.
		{"Цены выросли в пять-шесть раз за три года.", "Prices rose three times in five to six years.", "ru", "en", "6", "3"},
		{"Ich komme am 1.4.2025 mal vorbei, die Mieten sind dreimal so hoch.",
			"I'll drop by on 1 April 2025; rents are four times as high.", "de", "en", "3", "4"},
		{"Prices rose two and a half times.", "Les prix ont augmenté deux fois et demie.", "en", "fr", "", ""},
		{"Die Preise stiegen zweieinhalb Mal.", "Les prix ont augmenté deux fois et demie.", "de", "fr", "", ""},
		{"Der Raum misst elf mal elf Meter, die Miete ist dreimal so hoch.",
			"The room measures eleven by eleven metres; the rent is four times as high.", "de", "en", "3", "4"},
		{"Цены выросли в два с половиной раза за три года.", "Prices rose three times in two and a half years.", "ru", "en", "2.5", "3"},
		{"Он сдал экзамен с третьего раза, а цены на курсы выросли вдвое.",
			"He passed the exam at the third attempt, and course prices tripled.", "ru", "en", "2", "3"},
		{"Ich war 2019 mal in Berlin, die Mieten sind dreimal so hoch.",
			"I was in Berlin in 2019; rents are four times as high.", "de", "en", "3", "4"},
	} {
		os, ot := numberDifferenceIn(tc.s, tc.t, tc.sLang, tc.tLang)
		if os != tc.onlyS || ot != tc.onlyT {
			t.Errorf("%q (%s) / %q (%s): only the source %q, only the rendering %q; want %q, %q",
				tc.s, tc.sLang, tc.t, tc.tLang, os, ot, tc.onlyS, tc.onlyT)
		}
	}
}

// TestNumberWordsOfMoreLanguages checks the number words of Spanish,
// Italian, Portuguese, Polish and Ukrainian in a text in each language,
// and that those read only in their language (languageNumberWords) are
// none in another.
func TestNumberWordsOfMoreLanguages(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"cuatro mil personas, dos millones, ciento veinte, veintitrés, dieciséis", "es", "4000 2000000 120 23 16"},
		{"treinta y un años, un año, una casa, el primero de mayo", "es", "31 1"},
		{"dos mil millones, mil trescientos millones, doscientas, once, quince", "es", "2000000000 1300000000 200 11 15"},
		{"once, dos, mil, primero, quince", "en", ""},
		{"trecentoventi, duemilaventiquattro, millenovecentottantaquattro, centottanta, ventotto, ventitré", "it", "320 2024 1984 180 28 23"},
		{"due, sei anni, sette, otto e tre milioni duecentomila, il primo maggio", "it", "2 6 7 8 3200000 1"},
		{"due, sei, Otto, sette, percento, Camila, Milano, centimetri", "de", ""},
		{"vinte e um, vinte e uma, mil e duzentos, dois milhões, um dia, quinhentas", "pt", "21 21 1200 2000000 500"},
		{"dez, doze, dois", "pt", "10 12 2"},
		{"dez, doze, je dois", "fr", ""},
		{"dwa tysiące, pięć tysięcy, sto dwadzieścia, jedenastego listopada, pięćdziesiąt", "pl", "2000 5000 120 11 50"},
		{"trzeciego maja, dwudziestego piątego grudnia, jeden, drugiego maja, z drugiej strony", "pl", "3 25 1 2"},
		{"siete, sete, drugi", "es", "7"},
		{"siete, sete, drugi", "pt", "7"},
		{"siete, sete, drugiego maja", "it", ""},
		{"Sei in ritardo, tu sei bravo, sei anni, alle sei, di sei milioni, dei sei paesi", "it", "6 6 6000000 6"},
		{"jeden Tag, sto bene", "de", ""},
		{"п'ять, п’ять, пʼять, двадцять четвертого серпня, дві тисячі, три мільйони", "uk", "5 5 5 24 2000 3000000"},
		{"сім'я, сім’я, сім, дев'яносто дев'ять, одинадцяти", "uk", "7 99 11"},
	} {
		var got []string
		for _, r := range numberWordRuns(tc.text, tc.lang) {
			got = append(got, r.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q (%s): read %q, want %q", tc.text, tc.lang, g, tc.want)
		}
	}
}

// TestJoinersInRanges: a joiner ("y", "e", "and") joins the part after
// it to the run while that part is under the run's last scale or
// magnitude, and else stands between the two ends of a range.
func TestJoinersInRanges(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"entre mil y dos mil personas", "es", "1000 2000"},
		{"entre cien y doscientos, entre cien y mil, entre veinte y cien personas", "es", "100 200 100 1000 20 100"},
		{"tra un milione e due milioni", "it", "1000000 2000000"},
		{"tra mille e duemila persone", "it", "1000 2000"},
		{"entre mil e dois mil", "pt", "1000 2000"},
		{"one thousand and two thousand, one hundred and two hundred, twenty and two hundred", "en", "1000 2000 100 200 20 200"},
		// One number each, as before.
		{"treinta y dos, treinta y dos mil, ciento veinte", "es", "32 32000 120"},
		{"mil e duzentos, um milhão e duzentos mil, mil e cem, dois mil e quinhentos, vinte e cinco", "pt",
			"1200 1200000 1100 2500 25"},
		{"cento e venti, tre milioni e duecentomila", "it", "120 3200000"},
		{"two hundred and fifty thousand, a hundred and one thousand, two and a half thousand", "en", "250000 101000 2500"},
		{"one hundred and five, two thousand and five", "en", "105 2005"},
		{"soixante et onze, un million et demi", "fr", "71 1500000"},
	} {
		var got []string
		for _, r := range numberWordRuns(tc.text, tc.lang) {
			got = append(got, r.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q (%s): read %q, want %q", tc.text, tc.lang, g, tc.want)
		}
	}
}

// TestScaleProductsPastInt64: a bigger scale after a smaller one whose
// product does not fit an int64 starts a number of its own.
func TestScaleProductsPastInt64(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"a billion trillion stars", "1000000000 1000000000000"},
		{"ten million trillion", "10000000 1000000000000"},
		{"a thousand trillion", "1000000000000000"},
	} {
		var got []string
		for _, r := range numberWordRuns(tc.text, "en") {
			got = append(got, r.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: read %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestNumberWordOfDoesNotAllocate: the check reads every word through
// numberWordOf, which respells only a word with ё or an apostrophe.
func TestNumberWordOfDoesNotAllocate(t *testing.T) {
	numberWords()
	for _, w := range []string{"house", "дом", "пятьдесят"} {
		if n := testing.AllocsPerRun(100, func() { numberWordOf(w) }); n != 0 {
			t.Errorf("numberWordOf(%q) allocates %v times", w, n)
		}
	}
	if nw, ok := numberWordOf("п’ять"); !ok || nw.value != 5 {
		t.Errorf("numberWordOf(%q) = %+v, %v; want 5", "п’ять", nw, ok)
	}
}

// TestScalesAfterFiguresOfMoreLanguages checks the scale words a figure
// takes in a text in each language, and a bigger scale after a scale:
// "5 mil millones" is 5*10^9.
func TestScalesAfterFiguresOfMoreLanguages(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"5 mil millones, 20 mil personas, 3.000 millones", "es", "5000000000 20000 3000000000"},
		{"20 mila abitanti, 3 milioni", "it", "20000 3000000"},
		{"2 mil pessoas, 4 milhões", "pt", "2000 4000000"},
		{"2 miliony, 3 tysiące", "pl", "2000000 3000"},
		{"2 мільйони, 3 тисячі", "uk", "2000000 3000"},
		{"a 5 mil sheet, 5 thousand million, 5 million, thousand", "en", "5 5000000000 5000000"},
	} {
		if got := strings.Join(readSide(tc.text, tc.lang).nums, " "); got != tc.want {
			t.Errorf("%q (%s): figures %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

// TestMultiples checks the numbers of times each side's readers mark.
func TestMultiples(t *testing.T) {
	for _, tc := range []struct {
		s, lang string
		want    []string
	}{
		{"Цены выросли в пять-шесть раз.", "ru", []string{"6"}},
		{"Цены выросли в три-четыре раза.", "ru", []string{"4"}},
		{"Les prix ont augmenté deux-trois fois.", "fr", []string{"3"}},
		{"Die Preise stiegen zwei drei Mal.", "de", []string{"3"}},
		{"Цены выросли в 2-3 раза.", "ru", []string{"3"}},
		{"Ich komme am 1.4.2025 mal vorbei.", "de", nil}, // German "mal", a particle, after a date
		{"Komm am 21.06.24 mal vorbei.", "de", nil},
		{"Der Raum misst elf mal elf Meter.", "de", nil}, // products
		{"Das Feld misst fünfundzwanzig mal fünfundvierzig Meter.", "de", nil},
		{"Das Feld misst drei mal fünfundzwanzig Meter.", "de", nil},
		{"Das Feld misst 3 mal elf Meter.", "de", nil},
		{"Цены выросли в два с половиной раза.", "ru", []string{"2.5"}},
		{"Он сдал экзамен с третьего раза.", "ru", nil}, // an ordinal: at the third attempt
		{"Les prix ont augmenté deux fois et demie.", "fr", []string{"2.5"}},
		{"Les prix ont augmenté 2 fois et demie.", "fr", []string{"2.5"}},
		{"Ich war 2019 mal in Berlin.", "de", nil}, // a year, not 2019 times
		{"In 2008 times were hard.", "en", nil},
		{"It is 1000 times faster.", "en", []string{"1000"}},
		{"Prices rose 2,500 times.", "en", []string{"2500"}},
	} {
		if got := readSide(tc.s, tc.lang).multiples(); !slices.Equal(got, tc.want) {
			t.Errorf("readSide(%q, %q).multiples() = %q, want %q", tc.s, tc.lang, got, tc.want)
		}
	}
}

func TestRomanNumber(t *testing.T) {
	for w, want := range map[string]int{"XX": 20, "XIV": 14, "MCMXIV": 1914, "II": 2, "I": 0, "X": 0,
		"IIII": 0, "VX": 0, "IC": 0, "xx": 0, "OK": 0, "MMXXIV": 2024, "DC": 0, "CD": 0, "MD": 0, "XL": 0, "CDX": 410} {
		if got := romanNumber(w); got != want {
			t.Errorf("%q: %d, want %d", w, got, want)
		}
	}
}
