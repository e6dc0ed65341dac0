package compare

import (
	"testing"
)

// TestWeekdayFlags checks that a changed weekday is flagged as a date
// ("number") and never as a name, in English and Russian, while ordinary
// words that look like weekday abbreviations or stems are left alone.
func TestWeekdayFlags(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		wantNumber bool
	}{
		{name: "english", a: "We met on Monday.", b: "We met on Tuesday.", wantNumber: true},
		{name: "english lower case", a: "We met on monday.", b: "We met on friday.", wantNumber: true},
		{name: "english upper case", a: "We met on WEDNESDAY.", b: "We met on THURSDAY.", wantNumber: true},
		{name: "english abbreviation", a: "Open from Mon to Fri.", b: "Open from Tue to Fri.", wantNumber: true},
		{name: "english weekend", a: "Closed on Saturday and Sunday.", b: "Closed on Saturday and Thursday.", wantNumber: true},
		{name: "russian accusative", a: "Встреча прошла в среду.", b: "Встреча прошла в пятницу.", wantNumber: true},
		{name: "russian nominative", a: "Сегодня понедельник, совещание.", b: "Сегодня вторник, совещание.", wantNumber: true},
		{name: "russian capitalised", a: "Совещание: Суббота и Воскресенье.", b: "Совещание: Суббота и Четверг.", wantNumber: true},
		{name: "russian inflected", a: "До субботы осталось мало.", b: "До воскресенья осталось мало.", wantNumber: true},
		{name: "verb sat is no weekday", a: "The cat sat on the mat.", b: "The cat stood on the mat."},
		{name: "sun is no weekday", a: "The sun rose early.", b: "The moon rose early."},
		{name: "среди is no weekday", a: "Он был среди друзей.", b: "Он был возле друзей."},
		{name: "a real name stays a name", a: "We met Smith today.", b: "We met Jones today."},
		{name: "sat opening a sentence is a verb", a: "Sat by the fire.", b: "Stood by the fire."},
		{name: "SUN in capitals is no weekday", a: "The SUN rose.", b: "The MOON rose."},
		{name: "surname Субботин", a: "Выступил Субботин.", b: "Выступил Иванов."},
		{name: "субботник is no weekday", a: "Был субботник.", b: "Был праздник."},
		{name: "среда as environment", a: "Окружающая среда важна.", b: "Окружающая природа важна."},
		{name: "среда before a date", a: "Встреча в среду, 19 июня.", b: "Встреча в полдень, 19 июня.", wantNumber: true},
		{name: "abbreviation opening a sentence before a date", a: "Mon, 5 June: meeting.", b: "Tue, 5 June: meeting.", wantNumber: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			cs := nonTrivial(r)
			if len(cs) == 0 {
				t.Fatalf("no change found")
			}
			number := false
			for _, c := range cs {
				number = number || c.HasFlag(FlagNumber)
				if c.HasFlag(FlagName) && tt.wantNumber {
					t.Errorf("weekday change flagged as name: %+v", c)
				}
			}
			if number != tt.wantNumber {
				t.Errorf("number flag = %v, want %v: %+v", number, tt.wantNumber, cs)
			}
		})
	}
}
