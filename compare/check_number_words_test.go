package compare

// Numbers written in words in Spanish, Italian, Portuguese, Polish,
// Ukrainian and Russian, through the translation check: a number in words matches
// its figure, a different one is flagged, and a word that is a number
// only in another language is read as none.

import (
	"context"
	"fmt"
	"maps"
	"strconv"
	"strings"
	"testing"
)

// TestCheckNumberWordsOfMoreLanguages runs Check on one-sentence texts in
// their languages and compares its number findings, written "source |
// rendering", with want ("" for none).
func TestCheckNumberWordsOfMoreLanguages(t *testing.T) {
	for _, tc := range []struct {
		langs [2]string
		s, t  string
		want  string
		why   string
	}{
		{[2]string{"en", "es"}, "4,000 people came and 2 million watched.", "Vinieron cuatro mil personas y dos millones lo vieron.", "", "match"},
		{[2]string{"en", "es"}, "It cost 5 billion euros over 31 years.", "Costó cinco mil millones de euros en treinta y un años.", "", "mil millones, y un"},
		{[2]string{"en", "es-MX"}, "11 people came.", "Vinieron once personas.", "", "once is 11 in Spanish"},
		{[2]string{"en", "es"}, "They stayed 6 days.", "Se quedaron cinco días.", "6 | 5", "mismatch"},
		{[2]string{"en", "hr"}, "The meeting lasted two hours.", "Sastanak je trajao dva sata.", "", "Croatian sata is hours, not Finnish hundred"},
		{[2]string{"en", "hr"}, "The meeting lasted 2 hours.", "Sastanak je trajao 2 sata.", "", "2 sata"},
		{[2]string{"en", "sr"}, "The court sentenced him to six years.", "Суд га је осудио на пет година.", "6 | 5", "Serbian пет"},
		{[2]string{"en", "bg"}, "The court sentenced him to five years.", "Съдът го осъди на шест години.", "5 | 6", "Bulgarian шест"},
		{[2]string{"en", "bg"}, "Revenue reached 5 million levs.", "Приходите достигнаха пет милиона лева.", "", "Bulgarian пет милиона"},
		{[2]string{"en", "ru"}, "He took a pole.", "Он взял шест.", "", "Russian шест is a pole"},
		{[2]string{"en", "id"}, "Some 7,000 people attended.", "Sebanyak tujuh ribu orang hadir.", "", "Indonesian ribu, thousand"},
		{[2]string{"en", "sk"}, "The team won with 22 points.", "Tím vyhral so ziskom dvadsiatich dvoch bodov.", "", "Slovak declined 22"},
		{[2]string{"en", "sk"}, "The match was watched by 22,000 spectators.", "Zápas sledovalo dvadsaťdva tisíc divákov.", "", "Slovak 22 in one word"},
		{[2]string{"en", "es"}, "I met her once, 3 years ago.", "La conocí hace 4 años.", "3 | 4", "English once is no 11"},
		{[2]string{"en", "it"}, "8 people and 320 soldiers came.", "Arrivarono otto persone e trecentoventi soldati.", "", "match"},
		{[2]string{"en", "it"}, "It was founded in 1984 by 2,000 settlers.", "Fu fondata nel millenovecentottantaquattro da duemila coloni.", "", "compounds"},
		{[2]string{"en", "it"}, "They stayed 6 days.", "Sono rimasti sette giorni.", "6 | 7", "mismatch"},
		{[2]string{"en", "it"}, "The payment is due now.", "Il pagamento scade tra 2 giorni.", " | 2", "English due is no 2"},
		{[2]string{"en", "pt-BR"}, "1,200 people and 2 million viewers.", "Mil e duzentas pessoas e dois milhões de espectadores.", "", "match"},
		{[2]string{"en", "pt"}, "They stayed 21 days.", "Ficaram vinte e dois dias.", "21 | 22", "mismatch"},
		{[2]string{"en", "pt"}, "I often doze on the train.", "Cochilo muitas vezes no comboio das 12.", " | 12", "English doze is no 12"},
		{[2]string{"en", "pl"}, "2,000 people came on 3 May.", "Trzeciego maja przyszło dwa tysiące osób.", "", "match"},
		{[2]string{"en", "pl"}, "They stayed 6 days.", "Zostali pięć dni.", "6 | 5", "mismatch"},
		{[2]string{"it", "pl"}, "Sto arrivando con 3 amici.", "Idę z 4 przyjaciółmi.", "3 | 4", "Italian sto is no 100"},
		{[2]string{"en", "uk"}, "5 people came on 24 August with 2,000 hryvnias.", "П'ять людей прийшли двадцять четвертого серпня з двома тисячами гривень.", "", "match"},
		{[2]string{"en", "uk"}, "They stayed 6 days.", "Вони пробули сім днів.", "6 | 7", "mismatch"},
		{[2]string{"en", "uk"}, "A family of 5 arrived.", "Прибула сім’я з 6 осіб.", "5 | 6", "сім’я is a family, no 7"},
		// Words that are numbers in another language only, and Italian
		// "sei" (you are) and Polish "drugi" (other) in their own, leave
		// a number the rendering dropped or changed reported.
		{[2]string{"en", "it"}, "All 7 of you are invited.", "Siete tutti invitati.", "7 | ", "Italian siete is no 7"},
		{[2]string{"en", "it"}, "You are all 7 minutes late.", "Siete tutti in ritardo di 8 minuti.", "7 | 8", "Italian siete"},
		{[2]string{"en", "it"}, "I was thirsty for 7 hours.", "Ho avuto sete per 8 ore.", "7 | 8", "Italian sete is thirst"},
		{[2]string{"en", "es"}, "They stayed 7 days.", "Se quedaron siete días.", "", "Spanish siete"},
		{[2]string{"en", "pt"}, "They stayed 7 days.", "Ficaram sete dias.", "", "Portuguese sete"},
		{[2]string{"en", "it"}, "You are 6 minutes late.", "Sei in ritardo di 7 minuti.", "6 | 7", "sei is you are"},
		{[2]string{"en", "it"}, "They stayed 6 years.", "Sono rimasti sei anni.", "", "sei before what it counts"},
		{[2]string{"en", "it"}, "We meet at 6 with 6 million.", "Ci vediamo alle sei con sei milioni.", "", "sei after alle, before a scale"},
		{[2]string{"en", "pl"}, "On the other hand, 2 days passed.", "Z drugiej strony minęły dni.", "2 | ", "drugiej strony is other"},
		{[2]string{"en", "pl"}, "On the other hand, 2 people came.", "Z drugiej strony przyszły 3 osoby.", "2 | 3", "drugiej strony"},
		{[2]string{"en", "pl"}, "It happened on 2 May.", "Stało się drugiego maja.", "", "drugiego maja is a date"},
		// A joiner between the two ends of a range is no sum.
		{[2]string{"en", "es"}, "Between 1,000 and 2,000 people came.", "Vinieron entre mil y dos mil personas.", "", "range"},
		{[2]string{"en", "es"}, "Between 100 and 200 people came.", "Vinieron entre cien y doscientas personas.", "", "range"},
		{[2]string{"en", "pt"}, "Between 1,000 and 2,000 people came.", "Vieram entre mil e dois mil pessoas.", "", "range"},
		// A count in words the rendering drops is an omission; one or two,
		// an ordinal, a vague scale or a count the rendering writes as part
		// of a compound is not.
		{[2]string{"ru", "en"}, "Он встретился с двенадцатью делегатами.", "He met the delegates.", "12 | ", "dropped count"},
		{[2]string{"ru", "en"}, "Они говорили о трёх проблемах.", "They discussed problems.", "3 | ", "dropped count, ё"},
		{[2]string{"ru", "en"}, "Он отказал пятерым.", "He refused them all.", "5 | ", "a collective"},
		{[2]string{"de", "fr"}, "Vier Mitglieder erreichten den Gipfel.", "Les membres atteignirent le sommet.", "4 | ", "German"},
		{[2]string{"ru", "en"}, "Они пришли вдвоём и сели за два стола.", "They came and sat down.", "", "two is loose"},
		{[2]string{"ru", "en"}, "Мужа третий день не было дома.", "The husband stayed away all day.", "", "an ordinal"},
		{[2]string{"en", "ru"}, "He was the mother of an eight-year-old son.", "Она была матерью восьмилетнего сына.", "", "восьмилетнего is 8"},
		{[2]string{"en", "ru"}, "He was a man of thirty-four.", "Он был тридцатичетырехлетним человеком.", "", "тридцатичетырехлетним is 34"},
		{[2]string{"en", "ru"}, "He had a ten-storey house.", "У него был трехэтажный дом.", "10 | 3", "a compound differs"},
		{[2]string{"ru", "en"}, "Он тысячу тысяч раз обдумывал это.", "He had thought of it many times.", "", "scales alone are vague"},
		{[2]string{"ru", "en"}, "Он встретил 3 людей и трёх собак.", "He met 3 people and dogs.", "3 | ", "each number answers one"},
		{[2]string{"ru", "en"}, "За последнее десятилетие город вырос.", "Over the last decade the city grew.", "", "a decade"},
		{[2]string{"ru", "en"}, "Прошло столетие.", "A century passed.", "", "a century"},
		{[2]string{"ru", "en"}, "Это был десятилетний план.", "It was a long-term plan.", "", "a compound is no count dropped"},
	} {
		res, err := Compare(context.Background(), []string{tc.s, tc.t}, Options{Languages: tc.langs[:]})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range Check(res) {
			if f.Kind == FindingNumber {
				got = append(got, f.Source+" | "+f.Target)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s %q | %s %q (%s): number findings %q, want %q", tc.langs[0], tc.s, tc.langs[1], tc.t, tc.why, g, tc.want)
		}
	}
}

// TestNumberFindingShowsMonths: a number finding shows a month named by a
// word with its word, beyond the figures of that number the text writes;
// the finding's Source and Target stay the numbers.
func TestNumberFindingShowsMonths(t *testing.T) {
	for _, tc := range []struct {
		s, t, detail, source string
	}{
		{"Саммит пройдёт в ноябре в Астане.", "The summit will be held in Astana in December.",
			"numbers differ: only the source has 11 (ноябре), only the rendering 12 (December)", "11"},
		{"Саммит пройдёт 11 ноября в Астане.", "The summit will be held in Astana on 12 December.",
			"numbers differ: only the source has 11 11 (ноября), only the rendering 12 12 (December)", "11 11"},
		{"Они встретились 3 раза.", "They met 4 times.", "numbers differ: only the source has 3, only the rendering 4", "3"},
		// A part of a date or a time in figures is shown with it.
		{"Встреча состоялась 21.06.2024 в Алматы.", "The meeting took place on 22.06.2024 in Almaty.",
			"numbers differ: only the source has 21 (21.06.2024), only the rendering 22 (22.06.2024)", "21"},
		{"Встреча состоялась 21.06.2024 в Алматы.", "The meeting took place on June 22, 2024 in Almaty.",
			"numbers differ: only the source has 21 (21.06.2024), only the rendering 22", "21"},
		{"Заседание начнётся в 14:30.", "The meeting will start at 14:40.",
			"numbers differ: only the source has 14:30, only the rendering 14:40", "14:30"},
		// Every number of a range: the range once.
		{"См. страницы 161-177.", "See the pages.", "numbers differ: only the source has 161-177", "161 177"},
		// A number in words, or a figure with a scale word, as written.
		{"Пришли 12 из 1.5 тысяч.", "12 of 1.6 thousand came.",
			"numbers differ: only the source has 1.5 тысяч, only the rendering 1.6 thousand", "1500"},
		{"Они встретились три раза.", "They met four times.",
			"numbers differ: only the source has три, only the rendering four", "3"},
	} {
		wantOneNumberFinding(t, tc.s, tc.t, "ru", tc.detail, tc.source)
	}
}

// wantOneNumberFinding checks that source s, in lang, and its English
// rendering r give one number finding, worded detail, whose Source is
// source.
func wantOneNumberFinding(t *testing.T, s, r, lang, detail, source string) {
	t.Helper()
	res, err := Compare(context.Background(), []string{s, r}, Options{Languages: []string{lang, "en"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []Finding
	for _, f := range Check(res) {
		if f.Kind == FindingNumber {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Detail() != detail || got[0].Source != source {
		t.Errorf("%q | %q: findings %+v, want one reading %q with source %q", s, r, got, detail, source)
	}
}

// TestNumberFindingShowsWritten: a number the check reads from words, or
// from a figure and a scale word, is shown as the text writes it, not as
// the figure it compares ("45 millions", not 45000000; "trois", not 3);
// French "vingt et un" is 21, not 20 and a stray "un".
func TestNumberFindingShowsWritten(t *testing.T) {
	for _, tc := range []struct {
		s, t, detail, source string
	}{
		{"Le budget est de 45 millions d’euros.", "The budget is 54 million euros.",
			"numbers differ: only the source has 45 millions, only the rendering 54 million", "45000000"},
		{"Le chantier a pris trois semaines de retard.", "The site is four weeks behind schedule.",
			"numbers differ: only the source has trois, only the rendering four", "3"},
		{"Le projet emploie vingt et un ingénieurs.", "The project employs twenty-two engineers.",
			"numbers differ: only the source has vingt et un, only the rendering twenty-two", "21"},
		{"Le projet coûte 1,5 milliard d’euros.", "The project costs 2.5 billion euros.",
			"numbers differ: only the source has 1,5 milliard, only the rendering 2.5 billion", "1500000000"},
		{"Das Projekt kostet 1,5 Mrd. Euro.", "The project costs 2.5 billion euros.",
			"numbers differ: only the source has 1,5 Mrd., only the rendering 2.5 billion", "1500000000"},
		// Figures alone stay as they are.
		{"Il y avait 14 délégations.", "There were 12 delegations.", "numbers differ: only the source has 14, only the rendering 12", "14"},
	} {
		lang := "fr"
		if strings.HasPrefix(tc.s, "Das") {
			lang = "de"
		}
		wantOneNumberFinding(t, tc.s, tc.t, lang, tc.detail, tc.source)
	}
	// "trente un soir" is thirty, one evening: no 31.
	if only, _ := numberDifferenceIn("Nous étions trente un soir de juin.", "There were 30 of us one evening in June.", "fr", "en"); only != "" {
		t.Errorf("trente un soir: only the source has %q", only)
	}
}

// BenchmarkShownNumbersLongRow times showing a long row's numbers as
// written: one reading of the row, not one a number.
func BenchmarkShownNumbersLongRow(b *testing.B) {
	var sb strings.Builder
	var nums []string
	for i := range 300 {
		fmt.Fprintf(&sb, "Le lot %d a coûté %d millions et pris trois semaines. ", i, i+1)
		nums = append(nums, strconv.Itoa((i+1)*1000000))
	}
	text, n := sb.String(), strings.Join(nums, " ")
	for b.Loop() {
		shownNumbers(n, text, "fr")
	}
}

func TestFiguresWithin(t *testing.T) {
	for _, tc := range []struct {
		text   string
		within map[string]string
		alone  []string
	}{
		{"21.06.2024 и 2024-06-22", map[string]string{"21": "21.06.2024", "6": "21.06.2024", "2024": "21.06.2024", "22": "2024-06-22"}, nil},
		{"в 14:30, 12 человек.", map[string]string{"14": "14:30", "30": "14:30"}, []string{"12"}},
		{"5. Пункт -3 и 007", map[string]string{}, []string{"5", "3", "7"}},
		{"1/2 or 21/06.", map[string]string{"1": "1/2", "2": "1/2", "21": "21/06", "6": "21/06"}, nil},
	} {
		within, alone := figuresWithin(tc.text)
		if !maps.Equal(within, tc.within) {
			t.Errorf("figuresWithin(%q) within %v, want %v", tc.text, within, tc.within)
		}
		for _, n := range tc.alone {
			if alone[n] == 0 {
				t.Errorf("figuresWithin(%q): %s not alone in %v", tc.text, n, alone)
			}
		}
	}
}

// TestFrenchAndSpanishCompounds: "quatre-vingts" after hundreds, a one
// after a hundred, and a one after a ten only where joined to it.
func TestFrenchAndSpanishCompounds(t *testing.T) {
	for _, tc := range []struct{ s, lang, want string }{
		{"mille neuf cent quatre-vingt-neuf", "fr", "1989"},
		{"deux cent quatre-vingts", "fr", "280"},
		{"cent quatre-vingt-dix-neuf", "fr", "199"},
		{"mille neuf cent quatre-vingt-un", "fr", "1981"},
		{"deux cent un", "fr", "201"},
		{"ciento un", "es", "101"},
		{"vingt et un, trente-et-un", "fr", "21 31"},
		{"trente un soir, trente - un soir", "fr", "30 30"},
		{"il avait vingt-\nun ans", "fr", "21"},
		{"deux cents une heure plus tard, trois cents un peu partout", "fr", "200 300"},
		{"costó cien una vez, tiene doscientos un empleados, doscientos uno", "es", "100 201 201"},
		{"cento e um, duzentos e uma, cem um", "pt", "101 201 100"},
		{"cent et un, vingt-\r\nun", "fr", "101 21"},
	} {
		var got []string
		for _, r := range numberWordRuns(tc.s, tc.lang) {
			got = append(got, r.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q (%s) reads %q, want %q", tc.s, tc.lang, g, tc.want)
		}
	}
}
