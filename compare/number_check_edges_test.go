package compare

// Numbers a translator checks that the figure reader and the word reader
// must read alike on both sides: centuries in Roman numerals, figures
// equal to the number of a month both texts name.

import "testing"

// numberCheckCase is one row pair for numberDifferenceIn: flag says
// whether a translator expects a number finding on it.
type numberCheckCase struct {
	s, t         string
	sLang, tLang string
	flag         bool
	why          string
}

func runNumberCheckCases(t *testing.T, cases []numberCheckCase) {
	t.Helper()
	for _, tc := range cases {
		onlyS, onlyT := numberDifferenceIn(tc.s, tc.t, tc.sLang, tc.tLang)
		got := onlyS != "" || onlyT != ""
		if got != tc.flag {
			if tc.flag {
				t.Errorf("MISS %s: %q | %q: no number finding; a translator expects one (%s)", tc.sLang+"-"+tc.tLang, tc.s, tc.t, tc.why)
			} else {
				t.Errorf("FALSE ALARM %s: %q | %q: only source %q, only rendering %q; the rendering is faithful (%s)", tc.sLang+"-"+tc.tLang, tc.s, tc.t, onlyS, onlyT, tc.why)
			}
		}
	}
}

// TestDroppedFigureEqualToMonth: a figure the rendering drops is
// flagged, also where its value is the number of a month both texts
// name: the rendering's month ("November", 11) pairs with the source's
// own (ноябре), not with the source's figure (11%).
func TestDroppedFigureEqualToMonth(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"В ноябре 2022 года цены выросли на 11%.", "In November 2022, prices rose sharply.", "ru", "en", true, "11% dropped"},
		{"В октябре 2023 года к соглашению присоединились 10 стран.", "In October 2023, more countries joined the agreement.", "ru", "en", true, "10 countries dropped"},
		{"В декабре в саммите участвовали 12 стран.", "In December, countries took part in the summit.", "ru", "en", true, "12 countries dropped"},
		{"Im Oktober 2023 traten 10 Staaten dem Abkommen bei.", "In October 2023, several states joined the agreement.", "de", "en", true, "10 states dropped"},
	})
}

// TestRomanCenturies: French writes centuries in Roman numerals with an
// ordinal suffix (XIXe, XIXᵉ), Spanish and Russian in bare Roman
// numerals. XIXe is 19, so a faithful rendering of "19th century" is
// quiet, and a Roman numeral differs from another: XX rendered XIXe is
// flagged. Against a number in words a Roman numeral does not differ (a
// king's numeral beside "a fortnight" rendered "quinze jours").
func TestRomanCenturies(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		// false alarms
		{"in the 19th century", "au XIXe siècle", "en", "fr", false, "XIXe is 19th"},
		{"in the 19th century", "au XIXᵉ siècle", "en", "fr", false, "XIXᵉ is 19th"},
		{"Im 19. Jahrhundert lebten hier 2000 Menschen.", "Au XIXe siècle, 2000 personnes vivaient ici.", "de", "fr", false, "XIXe is 19."},
		{"в 19 веке", "au XIXe siècle", "ru", "fr", false, "XIXe is 19"},
		{"Au XXe siècle, la ville comptait 5000 habitants.", "Im 20. Jahrhundert zählte die Stadt 5000 Einwohner.", "fr", "de", false, "XXe is 20."},
		// misses
		{"Это произошло в XX веке.", "Cela s'est passé au XIXe siècle.", "ru", "fr", true, "XX -> XIXe"},
		{"Это произошло в XX веке.", "Esto ocurrió en el siglo XIX.", "ru", "es", true, "XX -> XIX"},
	})
}

// TestTimesAndDecadesWrittenOtherwise: a time of day with a point before
// "pm" or "a.m." (alone or ending a range), an hour and its minutes with a
// word for hours between them, and a decade of two digits against one of
// four are the same numbers; a changed time, decade or duration is still
// flagged, and a price per month or a duration is no time.
func TestTimesAndDecadesWrittenOtherwise(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"Встреча началась в 15:30 в Москве.", "The meeting began at 3.30pm in Moscow.", "ru", "en", false, "British time"},
		{"Встреча началась в 11:15.", "The meeting began at 11.15 a.m.", "ru", "en", false, "British morning time"},
		{"Встреча началась в 15:45 в Москве.", "The meeting began at 3.30pm in Moscow.", "ru", "en", true, "another time"},
		{"Цены выросли на 3.30 процента.", "Prices rose 3.30 per cent.", "ru", "en", false, "a decimal stays a decimal"},
		{"Поезд прибыл в 4 ч 45 мин.", "The train arrived at 4:45.", "ru", "en", false, "Russian hours and minutes"},
		{"Поезд прибыл в 4 ч 45 мин.", "The train arrived at 4:15.", "ru", "en", true, "other minutes"},
		{"Поезд шёл 4 ч 45 мин.", "The train took 4:45.", "ru", "en", true, "a duration is not read as a time"},
		{"Der Zug kam um 16 Uhr 30 an.", "The train arrived at 4.30pm.", "de", "en", false, "German hours and minutes"},
		{"Рост начался в 80-х годах.", "Growth began in the 1980s.", "ru", "en", false, "decade of two digits"},
		{"Это было в 80-е годы.", "That was in the '80s.", "ru", "en", false, "decade written alike"},
		{"In den 90er Jahren wuchs die Stadt.", "The city grew in the 1990s.", "de", "en", false, "German decade"},
		{"Рост начался в 70-х годах.", "Growth began in the 1980s.", "ru", "en", true, "another decade"},
		{"Рост составил 80 процентов.", "Growth began in the 1980s.", "ru", "en", true, "a percentage is no decade"},
		{"Он родился в 1980 году.", "He was born in the 80s.", "ru", "en", true, "a year is no decade"},
		{"Полёт длился около 3 ч 20 мин.", "The flight lasted about 3 hours 20 minutes.", "ru", "en", false, "a duration after около"},
		{"Время в пути — до 2 ч 30 мин.", "The journey takes up to 2 h 30 min.", "ru", "en", false, "a duration after до"},
		{"Membership costs £9.50 pm.", "Членство стоит 9,50 фунта в месяц.", "en", "ru", false, "pm is per month after a price"},
		{"Der Eintritt kostet Fr. 4.50 am Tag.", "Вход стоит 4,50 франка в день.", "de", "ru", false, "German am is an dem"},
		{"The meeting ran from 3.30 to 4.15pm.", "Встреча шла с 15:30 до 16:15.", "en", "ru", false, "a range of British times"},
		{"The meeting ran 3.30-4.15pm.", "Встреча шла с 15:30 до 16:15.", "en", "ru", false, "a range of British times, hyphen"},
		{"The meeting ran 3.30-4.15pm.", "Встреча шла с 14:30 до 16:15.", "en", "ru", true, "the range's start changed"},
		{"La ville a grandi dans les années 80.", "The city grew in the 1980s.", "fr", "en", false, "French decade"},
		{"La ciudad creció en los años 80.", "The city grew in the 1980s.", "es", "en", false, "Spanish decade"},
		{"La ville a grandi dans les années 80.", "The city grew in the 1990s.", "fr", "en", true, "another decade"},
		{"Встреча в 15.30 в пятницу, Москва.", "Meeting at 3.30 pm on Friday, Moscow.", "ru", "und-Latn", false, "pm in a language not told"},
		{"Reunión a las 4.30 pm.", "Meeting at 4.30 pm.", "es", "en", false, "Spanish pm"},
		{"en los años 20 y 30", "in the 1920s and 1930s", "es", "en", false, "two decades joined"},
		{"dans les années 60 et 70", "in the 1960s and 1970s", "fr", "en", false, "two decades joined"},
		{"en los años 20 y 40", "in the 1920s and 1930s", "es", "en", true, "the second decade changed"},
		{"Он работал с 15.30 до 16.15.", "He worked between 3.30 and 4.15 pm.", "ru", "en", false, "a range with between"},
		{"Он работал с 15.30 до 16.15.", "He worked 3.30—4.15 pm.", "ru", "en", false, "a range with an em dash"},
		{"Он приехал в начале девяностых.", "He came in the early 1990s.", "ru", "en", false, "a decade in words"},
		{"Это было в восьмидесятые годы.", "That was in the eighties.", "ru", "en", false, "decades in words both"},
		{"В двадцатых годах город рос.", "The city grew in the 1920s.", "ru", "en", false, "a decade in words read as an ordinal"},
		{"In den Achtzigern wuchs die Stadt.", "The city grew in the 1980s.", "de", "en", false, "a German decade in words"},
		{"В двадцатых годах город рос.", "The city grew in the 1930s.", "ru", "en", true, "another decade"},
		{"Двадцать человек пришли.", "Twenty people came.", "ru", "en", false, "twenty is no decade"},
		{"Alle 9.30 pm e avvocati erano già in aula.", "At 9.30 prosecutors and lawyers were already in court.", "it", "en", false, "Italian pm, the prosecutor"},
		{"Il tasso è salito al 2.30 pm secondo i dati.", "The rate rose to 2.30 according to the data.", "it", "en", false, "Italian pm after a decimal"},
		{"Встреча в 21.30.", "Meeting at 9.30 pm.", "ru", "en", false, "English pm after an hour"},
		{"Цена 9.30 евро, магазин закрыт до 16.15.", "The price is 9.30 and 4.15 pm the shop closes.", "ru", "en", false, "and joins a price to a time"},
		{"In the twenties twenty people came.", "В 1920-е годы пришли тридцать человек.", "en", "ru", true, "twenty -> тридцать"},
		{"Twenty people came in the twenties.", "В 1920-е годы пришли тридцать человек.", "en", "ru", true, "twenty -> тридцать"},
		{"Выплаты начнутся в двадцатых числах мая.", "Payments will start in late May.", "ru", "en", false, "days 20-29 of May"},
		{"Выплаты начнутся в двадцатых числах мая.", "Payments will start in the 1920s.", "ru", "en", true, "days of May are no decade"},
		{"Он стал двадцатым по счёту.", "He was the 1920s.", "ru", "en", true, "ordinal instrumental singular -ым"},
		{"She married in her twenties.", "Она вышла замуж в 1920-х годах.", "en", "ru", true, "an age is no decade of years"},
		{"Это было в девяностых годах XIX века.", "That was in the 1890s.", "ru", "en", false, "XIX century + 90s = 1890s"},
		{"He worked between the hours of 3.30 and 4.15 pm.", "Он работал с 15.30 до 16.15.", "en", "ru", false, "between ... and, words between"},
		{"Он работал с 15.30 до 16.15.", "He worked between about 3.30 and 4.15 pm.", "ru", "en", false, "between about"},
		{"Это было в 80-х, а точнее в 1980 году.", "It was in the 1980s, in '80 to be exact.", "ru", "en", false, "80s=1980s, 1980='80"},
		{"In the 1920s twenty people came.", "В тысяча девятьсот двадцатых годах пришло двадцать человек.", "en", "ru", false, "1920s in words, 20 people"},
		{"They were in their twenties.", "Это были двадцатилетние.", "en", "ru", false, "twenties = двадцатилетние"},
		{"Это было в 80-х годах XX века.", "That was in the 1880s.", "ru", "en", true, "XX century 80s = 1980s, not 1880s"},
		{"В 60-х годах XX века", "In the 1860s", "ru", "en", true, "XX century 60s = 1960s"},
		{"Это было в восьмидесятых годах XX века.", "That was in the 1880s.", "ru", "en", true, "XX century 80s = 1980s"},
		{"Au XXe siècle, dans les années 60", "In the 20th century, in the 1860s", "fr", "en", true, "XXe = 1900s"},
		{"en los años 80 del siglo XX", "in the 1880s", "es", "en", true, "siglo XX = 1900s"},
		{"В 90-х годах правил Николай II.", "In the 1790s Nicholas II ruled.", "ru", "en", true, "II is a tsar, not a century"},
		{"В 80-х годах, при Александре III,", "In the 1780s, under Alexander III,", "ru", "en", true, "III is a tsar"},
		{"Ask her. Twenties were hard.", "Спроси её. Двадцатые были трудными.", "en", "ru", false, "her ends a sentence; Twenties is a decade"},
		{"In seinen Zwanzigern lebte er in Paris.", "In his twenties he lived in Paris.", "de", "en", false, "an age both sides"},
		{"In ihren Zwanzigern reisten sie viel.", "In their twenties they travelled a lot.", "de", "en", false, "an age both sides"},
		{"She is in her twenties.", "Ей за тридцать.", "en", "ru", true, "twenties -> over thirty"},
		{"In her twenties she lived in Paris.", "В тридцать лет она жила в Париже.", "en", "ru", true, "twenties -> thirty"},
		{"In her late twenties she moved.", "В конце 1920-х годов она переехала.", "en", "ru", true, "an age is no decade"},
		{"Выплаты начнутся в двадцатых\u00a0числах мая.", "Payments will start in late May.", "ru", "en", false, "days 20-29, NBSP"},
		{"Выплаты начнутся в двадцатых\nчислах мая.", "Payments will start in late May.", "ru", "en", false, "days 20-29, line break"},
		{"In the twenties twenty people came.", "В двадцатые пришли тридцать человек.", "en", "ru", true, "twenty -> тридцать"},
		{"Двадцать человек пришли в двадцатых.", "Thirty people came in the twenties.", "ru", "en", true, "двадцать -> thirty"},
		{"In den Zwanzigern kamen zwanzig Leute.", "In the twenties thirty people came.", "de", "en", true, "zwanzig -> thirty"},
		{"Цены выросли в двадцать раз в двадцатых годах.", "Prices rose thirty times in the twenties.", "ru", "en", true, "20 times -> 30 times"},
		{"Цены выросли в двадцать раз в двадцатых годах.", "Prices rose 20 times in the 1920s.", "ru", "en", false, "faithful"},
	})
}

// TestCenturyByItsFirstYear: Swedish, Danish, Norwegian and Finnish name
// a century by its first year ("1500-talet", the 16th century) and a
// decade the same way; a rendering's ordinal century or decade in figures
// is no number finding, but another century or a plain number is.
func TestCenturyByItsFirstYear(t *testing.T) {
	runNumberCheckCases(t, []numberCheckCase{
		{"Redan på 1500-talet föreslogs en kanal.", "As early as the 16th century, a canal was proposed.", "sv", "en", false, "1500-talet is the 16th century"},
		{"I 1800-tallet voksede byen.", "In the 19th century the town grew.", "da", "en", false, "1800-tallet is the 19th century"},
		{"Sukellusvene rakennettiin 1900-luvulla.", "Подводная лодка построена в XX веке.", "fi", "ru", false, "1900-luvulla is the 20th century"},
		{"Trafiken var störst på 1870-talet.", "Traffic peaked in the 1870s.", "sv", "en", false, "a decade"},
		{"Redan på 1500-talet föreslogs en kanal.", "As early as the 17th century, a canal was proposed.", "sv", "en", true, "the 17th century is another"},
		{"Han hade 1500 soldater.", "He had 16 soldiers.", "sv", "en", true, "a plain number is no century"},
	})
}
