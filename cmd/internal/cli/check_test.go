package cli

import (
	"strings"
	"testing"
)

// TestCheckQuotesWhatItFound: a long row is quoted around the number
// the finding is about, which a quote of its first 100 characters cut
// off; a short row is quoted whole.
func TestCheckQuotesWhatItFound(t *testing.T) {
	dir := t.TempDir()
	ru := writeFile(t, dir, "ru.txt", "Министр иностранных дел Российской Федерации провёл переговоры с коллегами из Казахстана, "+
		"Киргизии и Таджикистана, после чего совместная комиссия назначила следующее заседание на 12 апреля в Астане.\n")
	en := writeFile(t, dir, "en.txt", "The Minister of Foreign Affairs of the Russian Federation held talks with his colleagues from Kazakhstan, "+
		"Kyrgyzstan and Tajikistan, after which the joint commission scheduled the next meeting for 12 May in Astana.\n")
	code, out, errs := runCLI(t, "check", ru, en)
	if code != 1 && code != 0 || errs != "" {
		t.Fatalf("check: exit %d, %q", code, errs)
	}
	for _, want := range []string{"ru: …", "12 апреля в Астане.\n", "en: …", "12 May in Astana.\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	// A number as the text writes it, digit groups and all, and not
	// inside a longer one.
	long := strings.Repeat("слово ", 20)
	for _, tc := range []struct {
		s, word string
		at      int
	}{
		{"С 1945 года " + long + "45 млн рублей", "45", strings.Index("С 1945 года "+long+"45 млн рублей", " 45 ") + 1},
		{long + "выделила 12 500 рублей", "12500", strings.Index(long+"выделила 12 500 рублей", "12 500")},
		{long + "рост 3,5 %", "3.5", strings.Index(long+"рост 3,5 %", "3,5")},
		{"Пришли 35 человек. " + long + "рост 3,5 %", "3.5", strings.Index("Пришли 35 человек. "+long+"рост 3,5 %", "3,5")},
		{"Из 12,500 рублей", "12500", strings.Index("Из 12,500 рублей", "12,500")},
		{"код A45 и 45 рублей", "45", strings.LastIndex("код A45 и 45 рублей", "45")},
		{"в апрелевке и в апреле", "апреле", strings.LastIndex("в апрелевке и в апреле", "апреле")},
	} {
		if got, _ := focusSpan(tc.s, tc.word); got != tc.at {
			t.Errorf("focusSpan(…%q, %q) = %d, want %d", tc.s[max(0, len(tc.s)-30):], tc.word, got, tc.at)
		}
	}
	for _, tc := range []struct{ s, word, want, holds string }{
		{"Short row with 12 May.", "May", "Short row with 12 May.", "May"},
		{strings.Repeat("word ", 30) + "the 12 May meeting " + strings.Repeat("more ", 30), "May", "…", "May"},
		{strings.Repeat("word ", 30), "absent", strings.Repeat("word ", 19) + "word…", ""},
		{strings.Repeat("word ", 30), "", strings.Repeat("word ", 19) + "word…", ""}, // a finding about no word
		{strings.Repeat("а", 90) + " 1 234 567 рублей " + strings.Repeat("б", 30), "1234567", "…", "1 234 567"},
	} {
		got := clipAround(tc.s, tc.word, 100)
		if !strings.HasPrefix(got, tc.want) || !strings.Contains(got, tc.holds) || len([]rune(got)) > 100 {
			t.Errorf("clipAround(%.30q…, %q) = %q", tc.s, tc.word, got)
		}
	}
}
