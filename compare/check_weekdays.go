package compare

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Weekdays in a translation check. A rendering that puts Thursday for
// вторник has moved an event to another day as surely as one that puts
// 22 June for 21 June. Each side's weekday names are read as the day they
// name (weekdayOf), and the days one side names that the other does
// not are a number finding when the other names a day of its own: a
// rendering without the weekday is no error ("on Tuesday, 21 June" as "on
// 21 June").

// dayNames are the weekdays as the check's numbers write them, Monday
// first: a finding's Source and Target, which exports and JSON give as
// they are, read "5 Tuesday"; Detail words each as its text names it
// (shownNumbers: "вторник").
var dayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// isDayName reports one of dayNames.
func isDayName(s string) bool { return slices.Contains(dayNames[:], s) }

// weekdayNumbers maps each weekday form the check reads, in small
// letters, to its day: weekdayTable's and finnishDayForms but those that
// are also ordinary words (its nearNumber); built on first use, as the
// check alone reads it.
var weekdayNumbers = sync.OnceValue(func() map[string]checkDay {
	m := map[string]checkDay{}
	add := func(forms []string, day checkDay) {
		for _, w := range forms {
			m[w] = day
		}
	}
	for d, f := range weekdayTable {
		add(strings.Fields(f.anywhere+" "+f.small), checkDay{number: d + 1})
		add(strings.Fields(f.capitalised), checkDay{number: d + 1, capital: true})
		add(finnishDayForms(d), checkDay{number: d + 1})
	}
	return m
})

// checkDay is a weekday form's day, Monday 1, and whether it names it
// only capitalised.
type checkDay struct {
	number  int
	capital bool
}

// weekdayOf is the day word w names (Monday 1), or 0.
func weekdayOf(w string) int {
	d := weekdayNumbers()[strings.ToLower(w)]
	if r, _ := utf8.DecodeRuneInString(w); d.capital && !unicode.IsUpper(r) {
		return 0
	}
	return d.number
}

// namedWeekdays returns the days the weekday names of s name, each as
// its dayNames ("Tuesday"), in the order s names them.
func namedWeekdays(s string) []string {
	var out []string
	forEachWeekday(s, func(_, _, d int) { out = append(out, dayNames[d-1]) })
	return out
}

// weekdayWords maps each day text names, by its dayNames ("Tuesday"), to
// the first word naming it ("вторник"), for shownNumbers.
func weekdayWords(text string) map[string]string {
	words := map[string]string{}
	forEachWeekday(text, func(i, j, d int) {
		if k := dayNames[d-1]; words[k] == "" {
			words[k] = text[i:j]
		}
	})
	return words
}

// forEachWeekday calls f with the span and day (Monday 1) of each weekday
// name of s, in order: its words (weekdayOf), and the names of
// scriptWeekdays inside its runs of letters.
func forEachWeekday(s string, f func(i, j, day int)) {
	prev := ""
	forEachWord(s, func(i, j int) {
		before := prev
		prev = s[i:j]
		if d := weekdayOf(s[i:j]); d > 0 {
			f(i, j, d)
			return
		}
		if d := arabicNearNumberDays()[s[i:j]]; d > 0 && arabicDay[before] {
			f(i, j, d) // يوم الاثنين: Monday, where الاثنين alone is "the two"
			return
		}
		if d, end := vietnameseWeekday(s, i, j); d > 0 {
			f(i, end, d)
			return
		}
		// The scripts of scriptWeekdays have their letters from U+0800
		// up, three bytes each from 0xE0: a word of Latin, Cyrillic,
		// Greek or Arabic letters alone is asked no table.
		if !hasByteFrom(s[i:j], 0xE0) || !strings.ContainsFunc(s[i:j], func(r rune) bool {
			return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Thai, unicode.Hiragana, unicode.Katakana)
		}) {
			return // "iPhone将于星期五发布": a run of letters may open with Latin ones
		}
		for k := i; k < j; {
			d, n := scriptWeekdayAt(s[k:j])
			if d > 0 {
				f(k, k+n, d)
				k += n
				continue
			}
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		}
	})
}

// scriptWeekdays are the weekday names, Monday first, of the scripts
// that write no space between words, or write words onto them (Korean
// 금요일에, on Friday): Chinese (星期 and 礼拜 with the day's numeral; 周
// with it is as often a week's count: 每周三次, three times a week),
// Japanese, Korean and Thai (with วัน, day: จันทร์ alone is also the
// moon). A name is read wherever it stands in a run of letters.
var scriptWeekdays = [7]string{
	"星期一 礼拜一 禮拜一 月曜日 월요일 วันจันทร์",
	"星期二 礼拜二 禮拜二 火曜日 화요일 วันอังคาร",
	"星期三 礼拜三 禮拜三 水曜日 수요일 วันพุธ",
	"星期四 礼拜四 禮拜四 木曜日 목요일 วันพฤหัสบดี วันพฤหัส",
	"星期五 礼拜五 禮拜五 金曜日 금요일 วันศุกร์",
	"星期六 礼拜六 禮拜六 土曜日 토요일 วันเสาร์",
	"星期日 星期天 礼拜日 禮拜日 礼拜天 禮拜天 日曜日 일요일 วันอาทิตย์",
}

// scriptDay is a name of scriptWeekdays and its day, Monday 1.
type scriptDay struct {
	name string
	day  int
}

// scriptDays are the names of scriptWeekdays by their first letter,
// built on first use.
var scriptDays = sync.OnceValue(func() map[rune][]scriptDay {
	m := map[rune][]scriptDay{}
	for d, names := range scriptWeekdays {
		for _, name := range strings.Fields(names) {
			r, _ := utf8.DecodeRuneInString(name)
			m[r] = append(m[r], scriptDay{name, d + 1})
		}
	}
	return m
})

// scriptWeekdayAt returns the day of the name of scriptWeekdays that
// opens s, and its length, or 0.
func scriptWeekdayAt(s string) (day, n int) {
	r, _ := utf8.DecodeRuneInString(s)
	for _, sd := range scriptDays()[r] {
		if strings.HasPrefix(s, sd.name) && len(sd.name) > n {
			day, n = sd.day, len(sd.name)
		}
	}
	return day, n
}

// arabicDay are the Arabic words for a day or a part of one that a
// weekday's name follows (يوم الاثنين, on Monday; صباح الاثنين, on Monday
// morning); not ليلة, night, as ليلة الاثنين is the night before Monday.
var arabicDay = map[string]bool{"يوم": true, "اليوم": true, "ويوم": true, "صباح": true, "مساء": true, "ظهر": true}

// arabicNearNumberDays maps the Arabic names of weekdayTable's
// nearNumber forms (Monday's, which are also "the two") to their day:
// the check reads them after a word for a day (arabicDay); built on first
// use.
var arabicNearNumberDays = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for d, f := range weekdayTable {
		for _, w := range strings.Fields(f.nearNumber) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Arabic, r) {
				m[w] = d + 1
			}
		}
	}
	return m
})

// vietnameseDays are the words after "thứ" that name the days Monday to
// Saturday, written with a capital, as a day's name is: "thứ hai" in
// small letters is "second".
var vietnameseDays = [6]string{"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"}

// vietnameseWeekday reads a Vietnamese weekday of two words from s[i:j],
// the first ("thứ Sáu", Friday; "Chủ nhật", Sunday): its day and end, or 0.
func vietnameseWeekday(s string, i, j int) (day, end int) {
	rest, ok := strings.CutPrefix(s[j:], " ")
	if !ok {
		return 0, 0
	}
	switch w := s[i:j]; w {
	case "thứ", "Thứ":
		for d, name := range vietnameseDays {
			if after, ok := strings.CutPrefix(rest, name); ok && lettersEnd(after, 0) == 0 {
				return d + 1, j + 1 + len(name)
			}
		}
	case "Chủ", "chủ":
		for _, name := range []string{"nhật", "Nhật"} {
			if after, ok := strings.CutPrefix(rest, name); ok && lettersEnd(after, 0) == 0 {
				return 7, j + 1 + len(name)
			}
		}
	}
	return 0, 0
}
