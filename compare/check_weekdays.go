package compare

import (
	"slices"
	"strings"
	"sync"
)

// Weekdays in a translation check. A rendering that puts Thursday for
// вторник has moved an event to another day as surely as one that puts
// 22 June for 21 June. Each side's weekday names are read as the day they
// name (weekdayNumber), and the days one side names that the other does
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

// weekdayForms are the weekday names, Monday first, in small letters: of
// English, German, French, Russian, Ukrainian, Polish, Spanish, Italian,
// Dutch, Swedish, Danish and Norwegian, Czech, Slovak, Croatian,
// Romanian, Hungarian, Turkish, Greek and Indonesian, in the forms a
// date takes (Finnish's: finnishDayForms). Left out are the forms that are also other words
// (see ambiguousWeekdays: Russian среда, also "environment", Czech and
// Slovak středu and stredu, Romanian luni, months, Indonesian minggu,
// week; Turkish pazar, a market; Indonesian senin, Turkish "your";
// Romanian joia, Portuguese "jewel"), the Portuguese days, which are
// ordinals but before "-feira", and Ukrainian п'ятниця, which the word
// reader cuts at its apostrophe.
var weekdayForms = [7]string{
	`monday mondays montag montags lundi понедельник понедельника понедельнику понедельником понедельнике
	понеділок понеділка понеділку poniedziałek poniedziałku lunes lunedì lunedi maandag måndag måndagen
	mandag mandagen pondělí pondelok pondelka ponedjeljak ponedjeljka hétfő hétfőn
	pazartesi δευτέρα δευτερα δευτέρας`,
	`tuesday tuesdays dienstag dienstags mardi вторник вторника вторнику вторником вторнике вівторок вівторка
	вівторку wtorek wtorku martes martedì martedi dinsdag tisdag tisdagen tirsdag tirsdagen úterý utorok
	utorak utorka marți marţi marțea marţea kedd kedden salı τρίτη τριτη τρίτης selasa`,
	`wednesday wednesdays mittwoch mittwochs mercredi środa środy środę środzie miércoles mercoledì mercoledi
	woensdag onsdag onsdagen středa streda srijeda srijedu miercuri miercurea szerda szerdán çarşamba τετάρτη τεταρτη τετάρτης rabu`,
	`thursday thursdays donnerstag donnerstags jeudi четверг четверга четвергу четвергом четверге четвер
	czwartek czwartku jueves giovedì giovedi donderdag torsdag torsdagen čtvrtek štvrtok četvrtak joi
	csütörtök csütörtökön perşembe πέμπτη πεμπτη πέμπτης kamis`,
	`friday fridays freitag freitags vendredi пятница пятницы пятнице пятницу пятницей piątek piątku viernes
	venerdì venerdi vrijdag fredag fredagen pátek piatok petak petka vineri vinerea péntek pénteken
	 cuma παρασκευή παρασκευη παρασκευής jumat`,
	`saturday saturdays samstag samstags sonnabend samedi суббота субботы субботе субботу субботой субота
	суботу sobota soboty sobotę sobotu sábado sabato zaterdag lördag lördagen lørdag lørdagen subota subotu
	sâmbătă sâmbăta szombat szombaton cumartesi σάββατο σαββατο sabtu`,
	`sunday sundays sonntag sonntags dimanche воскресенье воскресенья неділя неділю niedziela niedzieli
	niedzielę domingo domenica zondag söndag söndagen søndag søndagen neděle neděli nedeľa nedeľu nedjelja
	nedjelju duminică duminica vasárnap κυριακή κυριακη κυριακής`,
}

// weekdayNumbers maps each of weekdayForms to its day, Monday 1; built
// on first use, as the check alone reads it.
var weekdayNumbers = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for d, forms := range weekdayForms {
		for _, f := range strings.Fields(forms) {
			m[f] = d + 1
		}
		for _, f := range finnishDayForms(d) {
			m[f] = d + 1
		}
	}
	return m
})

// namedWeekdays returns the days the weekday names of s name, each as
// its dayNames ("Tuesday"), in the order s names them.
func namedWeekdays(s string) []string {
	var out []string
	forEachWord(s, func(i, j int) {
		if d := weekdayNumbers()[strings.ToLower(s[i:j])]; d > 0 {
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
		if d := weekdayNumbers()[strings.ToLower(text[i:j])]; d > 0 {
			if k := dayNames[d-1]; words[k] == "" {
				words[k] = text[i:j]
			}
		}
	})
	return words
}
