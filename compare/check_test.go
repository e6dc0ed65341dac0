package compare

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestNumbersIn(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"On 21 June 2024 at 10.30", []string{"21", "6", "2024", "10.3"}},
		{"в 10.30 по местному времени, at 10:30, в 9.00, at 9:00, um 9.05", []string{"10:30", "10:30", "9", "9", "9:05"}},
		{"by 0.25 points, from $1.50, в 2.50 раза, um 2.50 Prozent", []string{"0.25", "1.5", "2.5", "2.5"}},
		{"a rate of 10.30 per cent", []string{"10.3"}},
		{"1 ½ m, 2¾ km, ½ Liter, 1⅓ Tage, 3 ½", []string{"1.5", "2.75", "0.5", "1+1/3", "3.5"}},
		{"On the 19th of July, on 14th June, 19 de julio", []string{"19", "7", "14", "6", "19", "7"}},
		{"к 19-му числу, 2-й этап", []string{"19", "2"}},
		{"состоялась 21.06.2024, 01.02.24", []string{"21", "6", "2024", "1", "2", "24"}},
		{"21 окт. 2024 г. и 1 янв.", []string{"21", "10", "2024", "1", "1"}},
		{"1.000.000 раз, 1,000,000 times, 1 000 000", []string{"1000000", "1000000", "1000000"}},
		{"21 июня 2024 года", []string{"21", "6", "2024"}},
		{"date 2024-06-21", []string{"2024", "6", "21"}},
		{"1 000 people, 1,000 people, 1.000 Leute", []string{"1000", "1000", "1000"}},
		{"3,5 % and 3.5 %", []string{"3.5", "3.5"}},
		{"12. Juni, 19. Juli", []string{"12", "6", "19", "7"}},
		{"à 4 heures et demie, à 18 h et quart, à 4heures\u00a0et\u202fdemie, 7 Heures et Demie", []string{"4:30", "18:15", "4:30", "7:30"}},
		{"4 heures et plus, 3 h et 20, 30 heures et demie, 4 heures et demiej", []string{"4", "3", "20", "30", "4"}},
		{"pendant la 1re heure et demie, à 007 heures et demie", []string{"1", "7"}},
		{"May I ask? Mark my words.", nil},
		{"the 007 agent", []string{"7"}},
		// Months of the languages the detector tells, in their date forms.
		{"28. října 1918, 21. prosince, 1. července, 3. června", []string{"28", "10", "1918", "21", "12", "1", "7", "3", "6"}},
		{"11 listopada 1918 r., 3 maja", []string{"11", "11", "1918", "3", "5"}},
		{"25η Μαρτίου, 28ης Οκτωβρίου, 15 Αυγούστου", []string{"25", "3", "28", "10", "15", "8"}},
		{"14 de março de 2023, 1º de maio", []string{"14", "3", "2023", "1", "5"}},
		{"29 Ekim 1923, 19 Mayıs", []string{"29", "10", "1923", "19", "5"}},
		{"5 mei 2024, 6 juni", []string{"5", "5", "2024", "6", "6"}},
		{"3 maart 2024, 15 Μαίου 2024, 5 de novembro de 2020", []string{"3", "3", "2024", "15", "5", "2024", "5", "11", "2020"}},
		// A scale word multiplies the figure right before it.
		{"5 млн рублей, 5 million, 1,5 млрд, 2.25 thousand, 4 тыс. человек", []string{"5000000", "5000000", "1500000000", "2250", "4000"}},
		{"0.5 Mio. Euro, 3 Mrd. Franken, 7 mille habitants", []string{"500000", "3000000000", "7000"}},
		{"9 miljoner riksdaler, 1,1 mdr kr, 3 millioner, 2 miljoonaa, 33 milliárd Ft", []string{"9000000", "1100000000", "3000000", "2000000", "33000000000"}},
		{"Alle 5 mia madre arriva; 80 MIA were never found", []string{"5", "80"}},
		// Hungarian and Finnish months take endings.
		{"1820 decemberében, 1849 januárjában, 1842. augusztus 24-én", []string{"1820", "12", "1849", "1", "1842", "8", "24"}},
		{"6. joulukuuta 1917, kesäkuussa 2024, den 14. juni 1998, 3. marts", []string{"6", "12", "1917", "6", "2024", "14", "6", "1998", "3", "3"}},
		{"5 m long, a million people, 12 (thousand)", []string{"5", "12"}},
		// A month that is also a word is a date only after its day.
		{"la marca 3 de coches, K mart 24 hours, 11 marca", []string{"3", "24", "11", "3"}},
	}
	for _, tt := range tests {
		if got := numbersIn(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("numbersIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Lavrov", "Lavrov", true},
		{"Лавров", "Лаврова", true},
		{"Лавров", "Лаврову", true},
		{"Nurtleu", "Nurtleuov", false},
		{"Tasmagambetov", "Tasmagambetow", false},
		{"Москва", "Москве", true},
		{"Mikhail", "Murat", false},
		{"Lavrov", "Lavrovs", true},
		{"Almaty", "Almaata", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestSameSurname(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Vronsky", "Vronskaya", true},
		{"Tverskoy", "Tverskaya", true},
		{"Vronskij", "Vronsky", false},
		{"Karenin", "Karenins", true},
		{"Karenina", "Karenin", true},
		{"Shcherbatskys", "Shcherbatskaya", true},
		{"Levin", "LEVIN'S", true},
		{"Dolly", "Dolli", false},
		{"Anna", "Anne", false},
		{"Almaty", "Almaata", false},
	} {
		if got := sameSurname(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSurname(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// TestCheck checks a Russian source against an English rendering with a
// changed date, a dropped sentence, an added one, a sentence left in
// Russian and a name rendered two ways.
func TestCheck(t *testing.T) {
	ru := strings.Join([]string{
		"Министр Лавров прибыл в Алматы 21 июня.",
		"Министры обсудили подготовку к саммиту ОДКБ в Астане, который пройдёт в ноябре.",
		"Генеральный секретарь Тасмагамбетов выступит в Совете Безопасности ООН 19 июля.",
		"Мы высоко оцениваем работу секретариата.",
		"Это очень перспективное направление сотрудничества.",
		"Следующее заседание пройдёт в Минске, и Тасмагамбетов там тоже выступит.",
	}, "\n\n")
	en := strings.Join([]string{
		"Minister Lavrov arrived in Almaty on 21 June.",
		"The ministers discussed preparations for the CSTO summit in Astana, which will take place in November.",
		"Secretary General Tasmagambetov will speak at the UN Security Council on 18 July.",
		"Это очень перспективное направление сотрудничества.",
		"Photographers and camera crews filled the back of the hall while the delegations took their seats.",
		"The next meeting will be held in Minsk, and Tasmagambetow will speak there too.",
	}, "\n\n")
	res := compareRuEn(t, ru, en)
	var kinds []string
	for _, f := range Check(res) {
		kinds = append(kinds, string(f.Kind)+" "+f.Source+"|"+f.Target)
		t.Log(f)
	}
	for _, want := range []string{"number 19|18", "omission |", "addition |", "untranslated |", "name Тасмагамбетов|Tasmagambetov, Tasmagambetow"} {
		if !slices.Contains(kinds, want) {
			t.Errorf("no finding %q in %q", want, kinds)
		}
	}
	if len(kinds) != 5 {
		t.Errorf("%d findings, want 5: %q", len(kinds), kinds)
	}
}

// TestCheckSample checks the sample's English blog post against the
// Russian transcript: all numbers and dates agree (the alignment pairs
// every figure with its rendering), the blogger's introduction is an
// addition, and "Organisation" and "Organization" are both used for one
// Russian word.
func TestCheckSample(t *testing.T) {
	ru := sampleText(t, "ru.txt")
	en := sampleText(t, "blog-en.txt")
	res := compareRuEn(t, ru, en)
	var numbers, additions, names int
	for _, f := range Check(res) {
		t.Log(f)
		switch f.Kind {
		case FindingNumber:
			numbers++
		case FindingAddition:
			additions++
		case FindingName:
			if f.Target == "Organisation, Organization" {
				names++
			}
		}
	}
	if numbers != 0 || additions == 0 || names != 1 {
		t.Errorf("%d number findings (want 0), %d additions (want some), %d Organisation/Organization (want 1)", numbers, additions, names)
	}
}

// TestCheckTranslations: with the base, a rendering in its language and
// one in another, only the other language's findings are kept, and they
// are Check's findings on that version.
func TestCheckTranslations(t *testing.T) {
	ru := "Министр Лавров прибыл в Алматы 21 июня.\n\nМы высоко оцениваем работу секретариата."
	ru2 := "Министр Лавров прибыл в Алматы 22 июня."
	en := "Minister Lavrov arrived in Almaty on 23 June."
	for _, tc := range []struct {
		texts, langs []string
		want         int // the version whose findings are kept; -1 for none
	}{
		{[]string{ru, ru2, en}, []string{"ru", "ru", "en"}, 2},
		{[]string{ru, en, ru2}, []string{"ru", "en", "ru"}, 1},
		{[]string{ru, ru2}, []string{"ru", "ru"}, -1},
	} {
		res, err := Compare(context.Background(), tc.texts, Options{Languages: tc.langs})
		if err != nil {
			t.Fatal(err)
		}
		all, got := Check(res), CheckTranslations(res)
		want := slices.DeleteFunc(slices.Clone(all), func(f Finding) bool { return f.Version != tc.want })
		if tc.want >= 0 && len(want) == 0 || len(want) == len(all) {
			t.Fatalf("%q: Check found %v; the case needs findings on more than one version", tc.langs, all)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: CheckTranslations = %v, want %v", tc.langs, got, want)
		}
	}
	// A result whose languages are not known, as the window's for two
	// identical texts, has no translation to check.
	if got := CheckTranslations(&Result{Texts: []string{ru, ru2}}); got != nil {
		t.Errorf("without languages: %v", got)
	}
}

// TestDistinctNamesNotInconsistent: names that share their first letters
// (Словакия, Словения; Нигер, Нигерия) are different names, each rendered one way, and
// chapter numbers (XXVI, XXVIII) are no names.
func TestDistinctNamesNotInconsistent(t *testing.T) {
	ru := strings.Join([]string{
		"Делегация Словакии прибыла в Москву во вторник.",
		"Делегация Словении прибыла в Минск в среду.",
		"Глава XXVI. Он уехал.",
		"Глава XXVIII. Она уехала.",
		"Президент Нигера встретился с министром.",
		"Президент Нигерии встретился с послом.",
	}, "\n\n")
	en := strings.Join([]string{
		"The delegation of Slovakia arrived in Moscow on Tuesday.",
		"The delegation of Slovenia arrived in Minsk on Wednesday.",
		"Chapter XXVI. He left.",
		"Chapter XXVIII. She left.",
		"The President of Niger met the minister.",
		"The President of Nigeria met the ambassador.",
	}, "\n\n")
	res := compareRuEn(t, ru, en)
	for _, f := range Check(res) {
		if f.Kind == FindingName {
			t.Errorf("false name finding: %v", f)
		}
	}
}

// TestRenamedOnceRendered: a name swapped for another of the text's
// people is flagged where the source name in Cyrillic is rendered in one
// other row. A source name in Latin letters needs two such rows: in
// English a capital also marks titles (Princess), which a word of one row
// may seem to render by sharing its first letters.
func TestRenamedOnceRendered(t *testing.T) {
	for _, tc := range []struct {
		name       string
		langs      [2]string
		src, tgt   []string
		wantSource string // "" for no finding
	}{
		{"Cyrillic surname as another person's", [2]string{"ru", "en"},
			[]string{"Министр Антон Силуанов представил бюджет.", "Премьер Михаил Мишустин поблагодарил всех.", "Заседание длилось два часа.", "Затем Силуанов ответил на вопросы."},
			[]string{"Minister Anton Siluanov presented the budget.", "Prime Minister Mikhail Mishustin thanked everyone.", "The meeting lasted two hours.", "Then Mishustin answered the questions."},
			"Силуанов"},
		{"Latin surname rendered once", [2]string{"en", "ru"},
			[]string{"Minister Anton Siluanov presented the budget.", "Prime Minister Mikhail Mishustin thanked everyone.", "The meeting lasted two hours.", "Then Siluanov answered the questions."},
			[]string{"Министр Антон Силуанов представил бюджет.", "Премьер Михаил Мишустин поблагодарил всех.", "Заседание длилось два часа.", "Затем Мишустин ответил на вопросы."},
			""},
	} {
		res, err := Compare(context.Background(), []string{strings.Join(tc.src, "\n\n"), strings.Join(tc.tgt, "\n\n")}, Options{Languages: tc.langs[:]})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range Check(res) {
			if f.Kind == FindingRenamed {
				got = append(got, f.Source)
			}
		}
		if want := []string{tc.wantSource}; tc.wantSource == "" && len(got) > 0 || tc.wantSource != "" && !slices.Equal(got, want) {
			t.Errorf("%s: renamed findings for %q, want %q", tc.name, got, tc.wantSource)
		}
	}
}

// TestCheckMovedParagraph: the sample's revised rendering moves a
// paragraph up. The alignment across languages keeps both texts' order,
// so the check pairs the omission and the addition it leaves into a move,
// by their numbers and names; the abridged rendering's omissions and the
// blog's own additions stay what they are.
func TestCheckMovedParagraph(t *testing.T) {
	read := func(name string) string { return sampleText(t, name) }
	ru := read("ru.txt")
	for _, tc := range []struct {
		file  string
		moves int
	}{{"revised-en.txt", 2}, {"abridged-en.txt", 0}, {"blog-en.txt", 0}} {
		res := compareRuEn(t, ru, read(tc.file))
		var moved []Finding
		for _, f := range Check(res) {
			if f.Kind == FindingMoved {
				moved = append(moved, f)
			}
		}
		if len(moved) != tc.moves {
			t.Fatalf("%s: %d moved findings, want %d: %v", tc.file, len(moved), tc.moves, moved)
		}
		if tc.moves == 0 {
			continue
		}
		from, to := moved[0], moved[1]
		if from.Row > to.Row {
			from, to = to, from
		}
		if from.OtherRow != to.Row || to.OtherRow != from.Row || !strings.Contains(rowsText(res, 0, to), "80-летием") {
			t.Errorf("%s: moved findings %v and %v do not name each other, or miss the 80th anniversary", tc.file, from, to)
		}
	}
}

// FuzzNumbersIn: reading the numbers of any text never panics, and every
// number read is digits with at most one decimal point or colon (a time),
// or a whole number and a ratio from a fraction character ("2+1/3").
func FuzzNumbersIn(f *testing.F) {
	for _, s := range []string{"On 21 June 2024 at 10.30", "в 10.30, 21.06.2024, 1.000.000", "the 19th of July", "19-го", "1.2.3", "в 1.", "31.12.", "at 9:", "5 мая 2024 г.", "2⅓ and 1 ½ cups", "⅑"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range numbersIn(s) {
			if !wellReadNumber(n) {
				t.Fatalf("numbersIn(%q) read %q", s, n)
			}
		}
	})
}

// wellReadNumber reports whether n is a number as numbersIn reads them.
func wellReadNumber(n string) bool {
	digits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	if whole, ratio, ok := strings.Cut(n, "+"); ok {
		num, den, ok := strings.Cut(ratio, "/")
		return digits(whole) && ok && digits(num) && digits(den)
	}
	return n != "" && strings.Count(n, ".")+strings.Count(n, ":") <= 1 && strings.Trim(n, "0123456789.:") == ""
}

// TestNumberDifferenceTimes: a time of day written with a point in one
// language and a colon in the other is one time, and a decimal after an
// English preposition is no time.
func TestNumberDifferenceTimes(t *testing.T) {
	for _, c := range [][2]string{
		{"Пресс-конференция начнётся в 10.30.", "The press conference begins at 10.30."},
		{"Пресс-конференция начнётся в 10:30.", "The press conference begins at 10.30."},
		{"Пресс-конференция начнётся в 10.30.", "The press conference begins at 10:30."},
		{"Встреча началась в 9.00.", "The meeting began at 9 a.m."},
		{"Ставка выросла на 0,25 пункта.", "The rate rose by 0.25 points."},
		{"Цены выросли с 1,50 до 2,50 доллара.", "Prices rose from $1.50 to $2.50."},
		{"Hier war das Wasser etwa 1 ½ m tief.", "Ici l'eau avait environ 1,5 m de profondeur."},
		{"Um 20.30 Uhr waren sie bei etwa 7500 m.", "A 20 h. 30 ils étaient à 7500 m environ."},
		{"Es blieben zwei Achttausender und drei Siebentausendern.", "Il restait deux « 8000 » et trois 7000."},
	} {
		if s, tg := numberDifference(c[0], c[1]); s != "" || tg != "" {
			t.Errorf("%q / %q: only the source has %q, only the rendering %q", c[0], c[1], s, tg)
		}
	}
	if s, tg := numberDifference("в 10.30", "at 10.45"); s == "" && tg == "" {
		t.Error("10.30 and 10.45 read as one time")
	}
}

// TestNumberDifferenceWeekdays: a day of the week rendered as another is
// a number difference; one rendered alike, in any language the check
// knows, or left out is not.
func TestNumberDifferenceWeekdays(t *testing.T) {
	for _, c := range []struct{ s, t, onlyS, onlyT string }{
		{"Сессия состоится во вторник, 21 июня.", "The session will take place on Thursday, 21 June.", "Tuesday", "Thursday"},
		{"Kolejna sesja odbędzie się we wtorek.", "The next session will take place on Thursday.", "Tuesday", "Thursday"},
		{"Die Sitzung findet am Freitag statt.", "La séance a lieu samedi.", "Friday", "Saturday"},
		{"Сессия состоится во вторник, 21 июня.", "The session will take place on Tuesday, 21 June.", "", ""},
		{"Kolejna sesja odbędzie się we wtorek.", "La prochaine séance aura lieu mardi.", "", ""},
		{"Сессия состоится во вторник, 21 июня.", "The session will take place on 21 June.", "", ""},
		{"Сессия состоится в среду, 21 июня.", "The session will take place on Thursday, 21 June.", "", ""}, // среда: also "environment"
		{"Сессия прошла в прошлые вторники.", "The sessions took place on past Thursdays.", "Tuesday", "Thursday"},
		{"Sesja odbyła się w sobocie.", "The session took place on Friday.", "Saturday", "Friday"},
		{"Rapat digelar pada hari Minggu.", "The meeting was held on Saturday.", "Sunday", "Saturday"},
		{"Rapat digelar dua minggu lalu.", "The meeting was held two weeks ago on Saturday.", "", ""}, // minggu: also "week"
		{"سيعقد الاجتماع يوم الخميس.", "The meeting will be held on Friday.", "Thursday", "Friday"},
		{"سيعقد الاجتماع يوم الاثنين.", "The meeting will be held on Tuesday.", "Monday", "Tuesday"},
		{"سيعقد الاجتماع صباح الاثنين.", "The meeting will be held on Tuesday morning.", "Monday", "Tuesday"},
		{"سيعقد الاجتماع ليلة الاثنين.", "The meeting will be held on Sunday night.", "", ""}, // the night before Monday
		{"اتفق الاثنان، بين الاثنين يوم الثلاثاء.", "The two agreed, on Monday.", "Tuesday", "Monday"},
		{"نشست روز سه‌شنبه برگزار شد.", "The meeting was held on Tuesday.", "", ""},
		{"نشست روز سه‌شنبه برگزار شد.", "The meeting was held on Saturday.", "Tuesday", "Saturday"},
		{"बैठक शुक्रवार को होगी।", "The meeting will be on Thursday.", "Friday", "Thursday"},
		{"会议于星期五举行。", "The meeting was held on Thursday.", "Friday", "Thursday"},
		{"他每周三次去健身房，星期四休息。", "He goes to the gym three times a week and rests on Wednesday.", "Thursday", "Wednesday"},
		{"iPhone将于星期五发布。", "The iPhone will be launched on Thursday.", "Friday", "Thursday"},
		{"会議は金曜日に開かれた。", "The meeting was held on Friday.", "", ""},
		{"会議は金曜日に開かれた。", "The meeting was held on Thursday.", "Friday", "Thursday"},
		{"회의는 금요일에 열렸다.", "The meeting was held on Thursday.", "Friday", "Thursday"},
		{"การประชุมจัดขึ้นในวันศุกร์", "The meeting was held on Thursday.", "Friday", "Thursday"},
		{"Cuộc họp diễn ra vào thứ Sáu tuần trước.", "The meeting took place last Thursday.", "Friday", "Thursday"},
		{"Cuộc họp diễn ra vào Chủ nhật.", "The meeting took place on Sunday.", "", ""},
		{"Đây là lần thứ hai cuộc họp diễn ra vào thứ Sáu.", "This is the second time the meeting is held on Friday.", "", ""},
	} {
		if s, tg := numberDifference(c.s, c.t); s != c.onlyS || tg != c.onlyT {
			t.Errorf("%q / %q: only the source has %q, only the rendering %q; want %q, %q", c.s, c.t, s, tg, c.onlyS, c.onlyT)
		}
	}
	f := Finding{Kind: FindingNumber, Source: "Tuesday", Target: "Thursday"}
	f.sourceShown = shownNumbers(f.Source, "Сессия состоится во вторник.", "ru")
	f.targetShown = shownNumbers(f.Target, "It takes place on Thursday.", "en")
	if got := f.Detail(); !strings.Contains(got, "вторник") || !strings.Contains(got, "Thursday") {
		t.Errorf("a weekday finding reads %q", got)
	}
}

// A single shared date (three numbers) must not be enough to call an
// omitted paragraph and an unrelated added one a move.
func TestMoveNotPairedByOneSharedDate(t *testing.T) {
	ru := strings.Join([]string{
		"Министерство иностранных дел опубликовало заявление о переговорах в столице.",
		"Стороны обсудили вопросы торговли, энергетики и транспорта.",
		"Делегации договорились продолжить консультации на уровне экспертов.",
		"Пожар на складе в Самаре 21 июня 2024 года уничтожил партию зерна.",
		"Следующая встреча запланирована на осень.",
		"Пресс-служба поблагодарила журналистов за внимание.",
	}, "\n\n")
	en := strings.Join([]string{
		"The Ministry of Foreign Affairs published a statement on the talks in the capital.",
		"The parties discussed trade, energy and transport.",
		"The delegations agreed to continue consultations at expert level.",
		"The next meeting is planned for the autumn.",
		"The press service thanked the journalists for their attention.",
		"A football festival for children opened in the park on 21 June 2024, with teams from twelve schools taking part and parents watching from the stands.",
	}, "\n\n")
	res := compareRuEn(t, ru, en)
	var om, ad int
	for _, f := range Check(res) {
		switch f.Kind {
		case FindingMoved:
			t.Errorf("unrelated paragraphs reported as a move: %v", f)
		case FindingOmission:
			om++
		case FindingAddition:
			ad++
		}
	}
	if om != 1 || ad != 1 {
		t.Errorf("want one omission and one addition, got %d and %d", om, ad)
	}
}

// TestDroppedSentenceIsNoMove: a sentence dropped from a rendering can
// leave an omission right beside an addition that share names and
// numbers (the alignment could not pair the stretch); they are no move,
// which would hide the omission.
func TestDroppedSentenceIsNoMove(t *testing.T) {
	ru := sampleText(t, "ru.txt")
	en := sampleText(t, "blog-en.txt")
	const dropped = "I have no doubt that there are still serious politicians"
	i := strings.Index(en, dropped)
	if i < 0 {
		t.Fatal("the sample changed")
	}
	j := i + strings.IndexAny(en[i:], ".!?") + 1
	res := compareRuEn(t, ru, en[:i]+en[j:])
	for _, f := range Check(res) {
		if f.Kind == FindingMoved {
			t.Errorf("a dropped sentence reported as a move: %v", f)
		}
	}
}

// TestNameStem: the case forms of a name share a stem, different names
// do not.
func TestNameStem(t *testing.T) {
	same := [][]string{
		{"Вронский", "Вронского", "Вронскому", "Вронская"},
		{"Лавров", "Лаврова", "Лаврову", "Лавровым"},
		{"Россия", "России", "Россию", "Россией"},
		{"Беларусь", "Беларуси"},
		{"Нигерия", "Нигерии"},
		{"Нигер", "Нигера", "Нигеру"},
	}
	for _, forms := range same {
		for _, f := range forms[1:] {
			if nameStem(f) != nameStem(forms[0]) {
				t.Errorf("%s: stem %q, %s: %q", forms[0], nameStem(forms[0]), f, nameStem(f))
			}
		}
	}
	for _, pair := range [][2]string{{"Нигера", "Нигерии"}, {"Словакии", "Словении"}} {
		if nameStem(pair[0]) == nameStem(pair[1]) {
			t.Errorf("%s and %s share the stem %q", pair[0], pair[1], nameStem(pair[0]))
		}
	}
}

// A masculine name in -ий keeps one stem across its cases.
func TestNameStemMasculineIj(t *testing.T) {
	for _, forms := range [][]string{
		{"Дмитрий", "Дмитрия", "Дмитрию", "Дмитрием"},
		{"Василий", "Василия"},
		{"Алексей", "Алексея"},
	} {
		for _, f := range forms[1:] {
			if nameStem(f) != nameStem(forms[0]) {
				t.Errorf("%s: stem %q, %s: %q", forms[0], nameStem(forms[0]), f, nameStem(f))
			}
		}
	}
}

// One name rendered two ways across its cases is found: Дмитрий as
// Dmitri, Дмитрия as Dmitry.
func TestInconsistentDmitryReported(t *testing.T) {
	ru := strings.Join([]string{"Вечером Дмитрий приехал в город.", "Мы долго ждали гостей у ворот.", "Утром пришло письмо от Дмитрия."}, "\n\n")
	en := strings.Join([]string{"In the evening Dmitri arrived in the town.", "We waited a long time for the guests at the gate.", "The letter from Dmitry came in the morning."}, "\n\n")
	res := compareRuEn(t, ru, en)
	for _, f := range Check(res) {
		if f.Kind == FindingName {
			return
		}
	}
	t.Error("Дмитрий rendered as Dmitri and Dmitry: no name finding")
}

// A decimal is matched as a time written with a point only against a
// time of the other side, and not when it is a quantity (10.30 евро).
func TestDecimalNotCancelledByTwoNumbers(t *testing.T) {
	for _, p := range [][2]string{
		{"Население выросло до 10,3 млн.", "The population grew to 10 million, up 30 percent."},
		{"Он выиграл 10 из 30 матчей.", "He won 10.3 of the matches."},
		{"Цена составила 10.30 евро.", "The meeting began at 10:30."},
	} {
		if s, tg := numberDifference(p[0], p[1]); s == "" && tg == "" {
			t.Errorf("%q vs %q: no numbers differ", p[0], p[1])
		}
	}
}

// Times whose minutes are swapped differ.
func TestSwappedMinutesReported(t *testing.T) {
	s, tg := numberDifference("Встречи в 10:30 и в 11:45.", "Meetings at 10.45 and 11.30.")
	if s == "" && tg == "" {
		t.Error("10:30 and 11:45 against 10.45 and 11.30: no numbers differ")
	}
}

// A time whose minutes equal its hour (10:10) matches its writing with a
// point.
func TestTimeHourEqualsMinutes(t *testing.T) {
	for _, p := range [][2]string{
		{"Встреча в 10:10.", "The meeting at 10.10."},
		{"Встреча в 9:09.", "The meeting at 9.09."},
		{"Die Sitzung um 12:12 Uhr.", "The meeting at 12.12."},
	} {
		if s, tg := numberDifference(p[0], p[1]); s != "" || tg != "" {
			t.Errorf("%q vs %q: numbers differ: %q / %q", p[0], p[1], s, tg)
		}
	}
}

// A name written with its initials glued on (С.В.Лавров, as the sample
// writes it) is the name after them, and its renderings are compared.
func TestGluedInitialsName(t *testing.T) {
	ru := strings.Join([]string{"Вчера министр С.В.Лавров прибыл в город.", "Мы долго ждали гостей у ворот.", "Сегодня министр С.В.Лавров уехал из города."}, "\n\n")
	en := strings.Join([]string{"Yesterday Minister Sergei Lavrov arrived in the town.", "We waited a long time for the guests at the gate.", "Today Minister Sergei Lavrow left the town."}, "\n\n")
	res := compareRuEn(t, ru, en)
	for _, f := range Check(res) {
		if f.Kind == FindingName {
			return
		}
	}
	t.Errorf("С.В.Лавров rendered as Lavrov and Lavrow: no name finding (prefix %q)", namePrefix("С.В.Лавров"))
}

// compareRuEn compares a Russian source with an English rendering.
func compareRuEn(t *testing.T, ru, en string) *Result {
	t.Helper()
	res, err := Compare(context.Background(), []string{ru, en}, Options{Languages: []string{"ru", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestFindingWords(t *testing.T) {
	for _, tc := range []struct {
		f    Finding
		want string
	}{
		{Finding{Kind: FindingNumber, Row: 3, Source: "5", Target: "6"}, "row 4: numbers differ: only the source has 5, only the rendering 6"},
		{Finding{Kind: FindingNumber, Row: 3, Target: "6"}, "row 4: numbers differ: only the rendering has 6"},
		{Finding{Kind: FindingNumber, Row: 3, Source: "5"}, "row 4: numbers differ: only the source has 5"},
		{Finding{Kind: FindingOmission, Row: 1, LastRow: 2}, "rows 2-3: source text with no rendering"},
		{Finding{Kind: FindingMoved, Row: 0, OtherRow: 4, OtherLastRow: 4, Source: "x"}, "row 1: moved in the rendering, to row 5"},
		{Finding{Kind: FindingPossibleAddition, Row: 0, Target: "[My Emphasis]"}, `row 1: possibly not in the source: "[My Emphasis]"`},
		{Finding{Kind: FindingRenamed, Row: 7, Source: "Армения", Target: "Belarus"}, "row 8: name not rendered: Армения, where the rendering has Belarus"},
	} {
		if got := tc.f.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
		if !strings.HasSuffix(tc.want, ": "+tc.f.Detail()) {
			t.Errorf("Detail() = %q, not the end of %q", tc.f.Detail(), tc.want)
		}
	}
}

// TestEveryMonthWordHasItsMonth: each month name the check knows names a
// month, the one its stems say.
func TestEveryMonthWordHasItsMonth(t *testing.T) {
	for w := range monthWords {
		if m := monthNumber(w); m < 1 || m > 12 {
			t.Errorf("monthNumber(%q) = %d", w, m)
		}
	}
	for w, want := range map[string]int{"decemberében": 12, "januárjában": 1, "márciusban": 3, "joulukuuta": 12, "kesäkuussa": 6,
		"marraskuun": 11, "decemberi": 12, "márciusától": 3, "júniusáig": 6, "decemberét": 12, "januárja": 1, "novembernek": 11,
		"szeptemberétől": 9, "októberére": 10, "tammikuuksi": 1, "marts": 3, "marsh": 0, "novemberhilfe": 0, "decemberists": 0, "decemberdag": 0, "májusfa": 0,
		"decemberestéken": 0, "července": 7, "červen": 6, "června": 6, "października": 10, "listopada": 11, "maart": 3, "maj": 5, "μαΐου": 5, "αυγούστου": 8} {
		if got := monthNumber(w); got != want {
			t.Errorf("monthNumber(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestRenamedName: a row whose rendering puts another of the document's
// names for the source's (Belarus for Армения) is flagged there; the
// faithful rendering is not, and neither is a name the rendering always
// puts for another (a patronymic rendered as the surname).
func TestRenamedName(t *testing.T) {
	ru := strings.Join([]string{
		"Министр встретился с послом Армении.",
		"Позицию Армении поддержали все.",
		"Беларусь также поддержала заявление.",
		"Посол Беларуси прибыл в Москву.",
		"Армения и Беларусь подписали договор.",
		"Степан Аркадьич вернулся домой.",
		"Степан Аркадьич уехал на службу.",
		"Затем Армения предложила новую встречу.",
	}, "\n\n")
	en := []string{
		"The minister met the ambassador of Armenia.",
		"Everyone supported the position of Armenia.",
		"Belarus also supported the statement.",
		"The ambassador of Belarus arrived in Moscow.",
		"Armenia and Belarus signed the treaty.",
		"Oblonsky came back home.",
		"Oblonsky left for the office.",
		"Then Armenia proposed a new meeting.",
	}
	renamed := func(en []string) []Finding {
		var out []Finding
		for _, f := range Check(compareRuEn(t, ru, strings.Join(en, "\n\n"))) {
			if f.Kind == FindingRenamed {
				out = append(out, f)
			}
		}
		return out
	}
	if fs := renamed(en); len(fs) != 0 {
		t.Errorf("the faithful rendering: %v", fs)
	}
	en[7] = "Then Belarus proposed a new meeting."
	fs := renamed(en)
	if len(fs) != 1 || fs[0].Row != 7 || fs[0].Source != "Армения" || fs[0].Target != "Belarus" {
		t.Errorf("Belarus for Армения in row 8: %v", fs)
	}
}

// TestRenamedAmidTheName: a name put for another is flagged where the
// rows around it name it too, on both sides (a passage about Armenia
// names it in sentence after sentence), and a case form whose ending
// falls in the first letters ("Анны" rendered "Anna") is a rendering.
func TestRenamedAmidTheName(t *testing.T) {
	ru := strings.Join([]string{
		"Беларусь также поддержала заявление.",
		"Посол Беларуси прибыл в Москву.",
		"Вчера Анна приехала в Москву.",
		"Потом Анна уехала домой.",
		"Министр встретился с послом Армении.",
		"Сегодня министр Армении не присутствовал.",
		"Документа от Армении не было.",
		"Сын Анны спал весь день.",
	}, "\n\n")
	en := []string{
		"Belarus also supported the statement.",
		"The ambassador of Belarus arrived in Moscow.",
		"Yesterday Anna came to Moscow.",
		"Then Anna went home.",
		"The minister met the ambassador of Armenia.",
		"Today the minister of Belarus was not present.",
		"There was no document from Armenia.",
		"Anna's son slept all day.",
	}
	var got []string
	for _, f := range Check(compareRuEn(t, ru, strings.Join(en, "\n\n"))) {
		if f.Kind == FindingRenamed {
			got = append(got, fmt.Sprintf("%d %s>%s", f.Row, f.Source, f.Target))
		}
	}
	if want := []string{"5 Армении>Belarus"}; !slices.Equal(got, want) {
		t.Errorf("renamed: %q, want %q", got, want)
	}
}

// TestRenamedBesideNouns: in German, whose nouns are capitalised, a name
// put for another is found though a noun of the row shares its first
// letters (Schneider, Schulen).
func TestRenamedBesideNouns(t *testing.T) {
	de := "Herr Weber eröffnete die Sitzung um 10 Uhr. Frau Schneider begrüßte die Gäste aus Lyon. " +
		"Herr Weber stellte den Haushalt vor. Frau Schneider widersprach ihm in zwei Punkten. " +
		"Danach sprach Herr Weber über die Schulen. Zum Schluss dankte Frau Schneider allen Beteiligten."
	fr := "M. Weber a ouvert la séance à 10 heures. Mme Schneider a salué les invités venus de Lyon. " +
		"M. Weber a présenté le budget. Mme Schneider l'a contredit sur deux points. " +
		"Ensuite, Mme Schneider a parlé des écoles. Pour finir, Mme Schneider a remercié tous les participants."
	res, err := Compare(context.Background(), []string{de, fr}, Options{Languages: []string{"de", "fr"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Check(res) {
		if f.Kind == FindingRenamed {
			got = append(got, fmt.Sprintf("%d %s>%s", f.Row, f.Source, f.Target))
		}
	}
	if want := []string{"4 Weber>Schneider"}; !slices.Equal(got, want) {
		t.Errorf("renamed: %q, want %q", got, want)
	}
}

// TestNeighbourNumbers: a figure one side has a row off from the other
// is no finding; one two rows off, or of a non-number finding, stays.
func TestNeighbourNumbers(t *testing.T) {
	num := func(row int, s, t string) Finding {
		return Finding{Kind: FindingNumber, Row: row, LastRow: row, Source: s, Target: t}
	}
	for _, tc := range []struct {
		name   string
		in     []Finding
		expect []Finding
	}{
		{"a row off", []Finding{num(3, "1956", ""), num(4, "", "1956")}, nil},
		{"a row off, the other way", []Finding{num(3, "", "17 5"), num(4, "17", "")}, []Finding{num(3, "", "5")}},
		{"two rows off", []Finding{num(3, "1956", ""), num(5, "", "1956")}, []Finding{num(3, "1956", ""), num(5, "", "1956")}},
		{"same side", []Finding{num(3, "1956", ""), num(4, "1956", "")}, []Finding{num(3, "1956", ""), num(4, "1956", "")}},
		{"a real difference stays", []Finding{num(3, "1914", "1941"), num(4, "", "1914")}, []Finding{num(3, "1914", "1941"), num(4, "", "1914")}},
		{"numbers swapped between rows", []Finding{num(3, "5", "6"), num(4, "6", "5")}, []Finding{num(3, "5", "6"), num(4, "6", "5")}},
		{"past another kind", []Finding{num(3, "7", ""), {Kind: FindingOmission, Row: 4, LastRow: 4}, num(4, "", "7")},
			[]Finding{{Kind: FindingOmission, Row: 4, LastRow: 4}}},
	} {
		got := neighbourNumbers(slices.Clone(tc.in))
		if !slices.Equal(got, tc.expect) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.expect)
		}
	}
}

// TestRenamedAcrossRows: names that move with their clauses across a
// sentence boundary (the rendering cuts its sentences elsewhere) are
// rendered, not put for each other.
func TestRenamedAcrossRows(t *testing.T) {
	ru := strings.Join([]string{
		"Министр встретился с послом Армении.",
		"Позицию Армении поддержали все.",
		"Посол Беларуси прибыл в Москву.",
		"Делегация Беларуси прибыла позже.",
		"Вчера встретились министры Армении.",
		"Они обсудили поставки зерна из Беларуси.",
	}, "\n\n")
	en := strings.Join([]string{
		"The minister met the ambassador of Armenia.",
		"Everyone supported the position of Armenia.",
		"The ambassador of Belarus arrived in Moscow.",
		"The delegation of Belarus arrived later.",
		"Yesterday the ministers met and discussed grain supplies from Belarus.",
		"They were the ministers of Armenia.",
	}, "\n\n")
	for _, f := range Check(compareRuEn(t, ru, en)) {
		if f.Kind == FindingRenamed {
			t.Errorf("names a row off: %v", f)
		}
	}
}

// TestCheckSplitAndFoldedReplies: a sentence rendered as two where its
// clauses part, and a one-word reply folded into the next sentence, are
// no possible omission or addition (how many real ones are still found
// is TestOmissionRecall's).
func TestCheckSplitAndFoldedReplies(t *testing.T) {
	ru := strings.Join([]string{
		"-- Длинная история. Я расскажу когда-нибудь, -- сказал Левин, но сейчас же стал рассказывать.",
		"-- Но в чем же? -- спросила Анна, стараясь удержать улыбку.",
		"Она насквозь видит людей; но этого мало, она знает, что будет, особенно по части браков.",
	}, "\n\n")
	en := strings.Join([]string{
		"'It's a long story – I'll tell you some other time,' said Levin, but at once began telling it.",
		"'Why? What is the matter?' asked Anna, trying to suppress a smile.",
		"She sees people through and through! But more than that, she knows what is going to happen, especially with marriages.",
	}, "\n\n")
	res := compareRuEn(t, ru, en)
	for _, f := range Check(res) {
		if f.Kind == FindingPossibleOmission || f.Kind == FindingPossibleAddition {
			t.Errorf("finding %s", f)
		}
	}
}

// TestCheckStops: a check whose context is done stops with its error.
func TestCheckStops(t *testing.T) {
	res := compareRuEn(t, "Министр прибыл в Алматы 21 июня.", "The minister arrived in Almaty on 21 June.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CheckContext(ctx, res); !errors.Is(err, context.Canceled) {
		t.Errorf("CheckContext: %v, want context.Canceled", err)
	}
	if _, err := CheckTranslationsContext(ctx, res); !errors.Is(err, context.Canceled) {
		t.Errorf("CheckTranslationsContext: %v, want context.Canceled", err)
	}
	if got, err := CheckContext(context.Background(), res); err != nil || !slices.Equal(got, Check(res)) {
		t.Errorf("CheckContext %v, %v; Check %v", got, err, Check(res))
	}
}

// TestShortTranslationMoveIsFound: in a short rendering whose paragraphs
// pair one to one by count and length, a paragraph moved two places down
// was paired with the paragraphs that took its place, each pair reported
// as numbers differing; the numbers written once on each side now keep
// the alignment from pairing a sentence with another's, and the move is
// found (translator review).
func TestShortTranslationMoveIsFound(t *testing.T) {
	it := strings.Join([]string{
		"Il governo ha approvato ieri un nuovo piano per la qualità dell'aria nelle grandi città italiane.",
		"Secondo il ministro Luca Ferri, le emissioni dovranno calare del 18 % entro il 2030. Il ministro ha citato i dati del 2023.",
		"Nuove zone a basse emissioni saranno create a Napoli e a Palermo.",
		"Legambiente ha accolto il piano con favore, ma chiede controlli più severi.",
		"Il piano costerà 94 milioni di euro in tre anni.",
		"La prossima riunione è prevista per settembre.",
	}, "\n\n")
	en := strings.Join([]string{
		"Yesterday the government approved a new plan for air quality in Italy's large cities.",
		"New low-emission zones will be created in Naples and Palermo.",
		"Legambiente welcomed the plan, but asks for stricter controls.",
		"According to minister Luca Ferri, emissions must fall by 18% by 2030. The minister cited data from 2023.",
		"The plan will cost 94 million euros over three years.",
		"The next meeting is planned for September.",
	}, "\n\n")
	res, err := Compare(context.Background(), []string{it, en}, Options{Languages: []string{"it", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	moved := 0
	for _, f := range Check(res) {
		switch f.Kind {
		case FindingMoved:
			moved++
		case FindingNumber:
			t.Errorf("a pair of other sentences: %v", f)
		}
	}
	if moved != 2 {
		t.Errorf("%d moved findings, want the move at both its ends", moved)
	}
}

// TestSwappedSentencesWithNumbersNotCrossPaired: two sentences a
// rendering swapped, each with a number, are not paired each with the
// other's rendering (a "numbers differ" finding on each row).
func TestSwappedSentencesWithNumbersNotCrossPaired(t *testing.T) {
	de := "Die Firma wurde in Berlin gegründet. Sie hat 1995 ihre erste Fabrik eröffnet. Heute hat sie 2400 Mitarbeiter. Der Sitz ist in Hamburg."
	en := "The company was founded in Berlin. Today it has 2400 employees. It opened its first factory in 1995. Its headquarters are in Hamburg."
	res, err := Compare(context.Background(), []string{de, en}, Options{Languages: []string{"de", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Check(res) {
		if f.Kind == FindingNumber {
			t.Errorf("swapped sentences cross-paired: %v", f)
		}
	}
}

// TestRenamedBesideItsAnchor: a surname put for another after a name
// both sides render (a given name, a country) is flagged though the
// document names it once; a given name in its own language's form, a
// patronymic left out, another transliteration and a translated
// phrase are not.
func TestRenamedBesideItsAnchor(t *testing.T) {
	for _, tc := range []struct {
		ru, en string
		want   string
	}{
		{"Сегодня не присутствовал министр иностранных дел Армении А.С.Мирзоян.",
			"Today, Foreign Minister of Armenia Ararat Grigoryan was not present.", "Мирзоян>Grigoryan"},
		{"Сегодня не присутствовал министр иностранных дел Армении А.С.Мирзоян.",
			"Today, Foreign Minister of Armenia Ararat Mirzoyan was not present.", ""},
		{"Вчера выступил Сергей Лавров.", "Yesterday Sergey Shoigu spoke.", "Лавров>Shoigu"},
		{"Вчера выступил Сергей Викторович Лавров.", "Yesterday Sergey Lavrov spoke.", ""},
		// The anchor opening the sentence: a speaker's label.
		{"Сергей Лавров сказал, что угрозы исходят из Афганистана.", "Sergey Shoigu said that threats emanate from Afghanistan.", "Лавров>Shoigu"},
		{"Сергей Лавров: Я упомянул угрозы.", "Sergey Shoigu: I mentioned the threats.", "Лавров>Shoigu"},
		{"Сергей Лавров: Я упомянул угрозы.", "Sergey Lavrov: I mentioned the threats.", ""},
		// Initials for the anchor: a speaker's label as transcripts write it.
		{"С.В.Лавров: Я упомянул угрозы.", "Sergey Shoigu: I mentioned the threats.", "Лавров>Shoigu"},
		{"С.В.Лавров: Я упомянул угрозы.", "Sergey Lavrov: I mentioned the threats.", ""},
		{"Встречу провёл В.В.Путин в Кремле.", "Vladimir Putin held the meeting in the Kremlin.", ""},
		{"С.В.Лавров: Я упомянул угрозы.", "Lavrov: I mentioned the threats.", ""},
		{"С.В.Лавров: Переговоры начнутся во вторник.", "S.V. Shoigu: The talks will begin on Tuesday.", "Лавров>Shoigu"},
		{"Вопрос: Что вы скажете? С.В.Лавров: Мы уже всё сказали в Совбезе.", "Question: What do you say? Answer: We have said everything at the Security Council.", ""},
		{"С.В.Лавров сказал это журналистам.", "Sergey Viktorovich said so to the journalists.", ""},
		{"С.В.Лавров: Мы не согласны.", "Surely Moscow disagrees.", ""},
		{"Это была операция Буря в пустыне.", "It was Operation Desert Storm.", ""},
		// A title for the anchor, in any case.
		{"Он встретился с генералом Ивановым.", "He met General Petrov.", "Ивановым>Petrov"},
		{"Выступил депутат Иванов.", "Deputy Petrov spoke.", "Иванов>Petrov"},
		{"Статья вышла после Иванова.", "The article ran in the Post Petrov wrote for.", ""},
		{"Переговоры провёл министр Лавров.", "The talks were held by Minister Shoigu.", "Лавров>Shoigu"},
		{"Это сын графа Кирилла Ивановича Вронского.", "This is the son of Count Cyril Ivanovich Vronsky.", ""},
		{"Мисс Гуль зовет чай пить.", "Miss Hull is calling you to tea.", ""},
		{"Ее и Aline Шталь все знают.", "Everybody knows her and Aline Stahl.", ""},
		{"И ещё несколько стран Глобального Юга.", "And a few more countries in the Global South.", ""},
		// Short European names are read too.
		{"Вчера на пресс-конференции в Москве выступил Лев Толстой.", "Yesterday at a press conference in Moscow Lev Dostoevsky spoke.", "Толстой>Dostoevsky"},
		{"Вчера выступила Аня Иванова.", "Yesterday Anya Petrova spoke.", "Иванова>Petrova"},
		{"Вчера выступил Иван Петров.", "Yesterday Ivan Sidorov spoke.", "Петров>Sidorov"},
		// East Asian names, transliterated by other rules in each.
		{"Вчера выступил Дэн Сяопин.", "Yesterday Deng Xiaoping spoke.", ""},
		{"Вчера выступил Си Цзиньпин.", "Yesterday Xi Jinping spoke.", ""},
		{"Вчера выступила Чжан Мэн.", "Yesterday Zhang Meng spoke.", ""},
		{"Вчера выступил Нгуен Фу Чонг.", "Yesterday Nguyen Phu Trong spoke.", ""},
		{"Вчера выступил Нгуен Суан Фук.", "Yesterday Nguyen Xuan Phuc spoke.", ""},
		{"Вчера выступил Ли Хуэй.", "Yesterday Li Hui spoke.", ""},
		{"Вчера выступил Ма Ин-цзю.", "Yesterday Ma Ying-jeou spoke.", ""},
		{"Вчера выступил Ким Чен Ын.", "Yesterday Kim Jong Un spoke.", ""},
		{"Об этом сказал Мао Цзэдун.", "Mao Zedong said so.", ""},
		{"Выступил премьер Ли Кэцян.", "Premier Li Keqiang spoke.", ""},
		// A soft or hard sign romanises to nothing: no initial.
		{"Мягкий знак пишется после л, как в слове ь.", "The soft sign follows l, as in the word ь.", ""},
		{"Письмо подписал Ъ.Иванов вчера.", "The letter was signed by Ivanov yesterday.", ""},
		{"Письмо подписал Ъ. Иванов вчера.", "The letter was signed by Ъ. Ivanov yesterday.", ""},
	} {
		var got []string
		for _, f := range Check(compareRuEn(t, tc.ru, tc.en)) {
			if f.Kind == FindingRenamed {
				got = append(got, f.Source+">"+f.Target)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q / %q: renamed %q, want %q", tc.ru, tc.en, got, tc.want)
		}
	}
}

// TestRenamedLabelOfANameRenderedElsewhere: a speaker's label given
// another name is flagged where the document renders the name rightly
// in other rows, which makes it a name the row misses before the
// anchored pair is read.
func TestRenamedLabelOfANameRenderedElsewhere(t *testing.T) {
	ru := "Министр Лавров прибыл в Алматы.\n\nВстречу открыл министр Лавров.\n\nСергей Лавров: Я упомянул угрозы из Афганистана."
	en := "Minister Lavrov arrived in Almaty.\n\nMinister Lavrov opened the meeting.\n\nSergey Shoigu: I mentioned the threats from Afghanistan."
	var got []string
	for _, f := range Check(compareRuEn(t, ru, en)) {
		if f.Kind == FindingRenamed {
			got = append(got, fmt.Sprintf("%d %s>%s", f.Row, f.Source, f.Target))
		}
	}
	if want := []string{"2 Лавров>Shoigu"}; !slices.Equal(got, want) {
		t.Errorf("renamed: %q, want %q", got, want)
	}
}

// BenchmarkBesideRenamedListRow: an 18 KB row that names the same two
// people 250 times on each side, as a list of participants does.
func BenchmarkBesideRenamedListRow(b *testing.B) {
	s := strings.Repeat("Встретились Иван Петров и Сергей Лавров, ", 250)
	t := strings.Repeat("They met Ivan Sidorov and Sergey Shoigu, ", 250)
	for b.Loop() {
		besideRenamed(s, t)
	}
}
