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
	forEachWord(s, func(i, j int) {
		if d := weekdayOf(s[i:j]); d > 0 {
			out = append(out, dayNames[d-1])
		}
	})
	return out
}

// weekdayWords maps each day text names, by its dayNames ("Tuesday"), to
// the first word naming it ("вторник"), for shownNumbers.
func weekdayWords(text string) map[string]string {
	words := map[string]string{}
	forEachWord(text, func(i, j int) {
		if d := weekdayOf(text[i:j]); d > 0 {
			if k := dayNames[d-1]; words[k] == "" {
				words[k] = text[i:j]
			}
		}
	})
	return words
}
