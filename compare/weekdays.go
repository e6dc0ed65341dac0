package compare

import "strings"

// Weekday names. The word diff reads a weekday as a date word (a change
// of one for another is a number change); the translation check reads it
// as the day it names (check_weekdays.go). Both read the one table below.

// dayForms are one weekday's names, in small letters, sorted by what else
// they may be.
type dayForms struct {
	// anywhere are weekdays wherever they stand: of English, German,
	// French, Russian, Greek (also without accents, as capitals write
	// them), Turkish and Indonesian, which capitalise them or have no
	// namesake, and of Arabic (also with و, and), Persian, Hindi,
	// Georgian, Armenian, Bengali and Tamil (the names with கிழமை, day;
	// alone they are also planets).
	// German plurals are left out ("Montage", assemblies), and Persian
	// شنبه (Saturday), which also closes the names of the days after it
	// (سه شنبه, Tuesday, typed with a space). The scripts that write no
	// space between words are read apart (scriptWeekdays).
	anywhere string
	// small are of languages that write weekdays in small letters
	// (Spanish, Italian, Polish, Ukrainian, Dutch, Swedish, Czech,
	// Slovak, Hungarian, Danish, Norwegian, Romanian, Croatian,
	// Bulgarian, Serbian, Lithuanian, Latvian, Estonian, Catalan;
	// Finnish's are finnishDayForms): capitalised inside a sentence, some
	// are names (Domingo, Domenica, Petak).
	small string
	// capitalised are weekdays only written with a capital, as their
	// language writes them: Indonesian "minggu" is also "week".
	capitalised string
	// nearNumber are also ordinary words (Russian "среда", environment;
	// Czech "ve středu města" and Slovak "v stredu mesta", in the town's
	// centre, and their plural středy and stredy; Slovak "piatka", a
	// five; Romanian "luni", months; Arabic الاثنين, the two; Bulgarian
	// and Serbian неделя, недеља, Georgian კვირა and Armenian շաբաթ,
	// also a week): a weekday
	// only next to a number ("в среду, 21 июня"). The translation check
	// reads none of them but Arabic Monday after a word for "day"
	// (arabicDay).
	nearNumber string
}

// weekdayTable holds the weekday names the engine knows, Monday first.
// Left out are forms that are mostly other words: Turkish "pazar", also a
// market; Indonesian "senin", Monday, Turkish "your"; Romanian "joia",
// Portuguese "jewel"; the Portuguese days, ordinals but before "-feira"
// (feiraDays); Ukrainian п'ятниця, which the word reader cuts at its
// apostrophe.
var weekdayTable = [7]dayForms{
	{
		anywhere: `monday mondays montag montags lundi lundis pazartesi δευτέρα δευτέρας δευτερα δευτερας
			دوشنبه सोमवार
			понедельник понедельника понедельнику понедельником понедельнике понедельники понедельников понедельникам понедельниками понедельниках
			ორშაბათი ორშაბათს ორშაბათის երկուշաբթի երկուշաբթին সোমবার সোমবারে திங்கட்கிழமை திங்கள்கிழமை`,
		small: `lunes lunedì lunedi lunea poniedziałek poniedziałku poniedziałki poniedziałków понеділок понеділка понеділку понеділки
			maandag maandagen maandags måndag måndagen måndags mandag mandagen mandager mandags
			pondělí pondelok pondelka ponedjeljak ponedjeljka ponedjeljkom hétfő hétfőn
			понеделник понеделника понедељак понедељка ponedeljak ponedeljka pirmadienis pirmadienį pirmadienio pirmdiena pirmdien pirmdienas esmaspäev esmaspäeval esmaspäeva dilluns`,
		nearNumber: `luni الاثنين الإثنين والاثنين والإثنين`,
	},
	{
		anywhere: `tuesday tuesdays dienstag dienstags mardi mardis salı selasa τρίτη τρίτης τριτη τριτης
			الثلاثاء والثلاثاء سه‌شنبه سهشنبه मंगलवार
			вторник вторника вторнику вторником вторнике вторники вторников вторникам вторниками вторниках
			სამშაბათი სამშაბათს სამშაბათის երեքշաբթի երեքշաբթին মঙ্গলবার মঙ্গলবারে செவ்வாய்க்கிழமை`,
		small: `martes martedì martedi wtorek wtorku wtorki wtorków вівторок вівторка вівторку вівторки
			dinsdag dinsdagen dinsdags tisdag tisdagen tisdags tirsdag tirsdagen tirsdager tirsdags
			úterý utorok utorak utorka utorkom marți marţi marțea marţea kedd kedden
			уторак уторка utorak utorka antradienis antradienį antradienio otrdiena otrdien otrdienas teisipäev teisipäeval teisipäeva dimarts`,
	},
	{
		anywhere: `wednesday wednesdays mittwoch mittwochs mercredi mercredis çarşamba rabu τετάρτη τετάρτης τεταρτη τεταρτης
			الأربعاء الاربعاء والأربعاء والاربعاء چهارشنبه چهار‌شنبه बुधवार
			ოთხშაბათი ოთხშაბათს ოთხშაბათის չորեքշաբթի չորեքշաբթին বুধবার বুধবারে புதன்கிழமை`,
		small: `miércoles mercoledì mercoledi środa środy środę środzie środą woensdag woensdagen woensdags
			onsdag onsdagen onsdager onsdags středa středou srijeda srijedu srijede srijedom
			miercuri miercurea szerda szerdán streda
			сряда trečiadienis trečiadienį trečiadienio trešdiena trešdien trešdienas kolmapäev kolmapäeval kolmapäeva dimecres sreda sredu srede`,
		nearNumber: `среда среды среде среду средой средою сред средам средами средах середа середи середу середою
			středu středě středy stredu stredy`,
	},
	{
		anywhere: `thursday thursdays donnerstag donnerstags jeudi jeudis perşembe kamis πέμπτη πέμπτης πεμπτη πεμπτης
			الخميس والخميس پنجشنبه پنج‌شنبه गुरुवार बृहस्पतिवार
			четверг четверга четвергу четвергом четверге четверги четвергов четвергам четвергами четвергах
			ხუთშაბათი ხუთშაბათს ხუთშაბათის հինգշաբթի հինգշաբթին বৃহস্পতিবার বৃহস্পতিবারে வியாழக்கிழமை`,
		small: `jueves giovedì giovedi czwartek czwartku czwartki czwartków четвер
			donderdag donderdagen donderdags torsdag torsdagen torsdager torsdags
			čtvrtek čtvrtku čtvrtkem štvrtok štvrtka četvrtak četvrtka četvrtkom joi csütörtök csütörtökön
			четвъртък четвъртъка четвртак четвртка ketvirtadienis ketvirtadienį ketvirtadienio ceturtdiena ceturtdien ceturtdienas neljapäev neljapäeval neljapäeva dijous`,
	},
	{
		anywhere: `friday fridays freitag freitags vendredi vendredis cuma jumat παρασκευή παρασκευής παρασκευη παρασκευης
			الجمعة والجمعة جمعه शुक्रवार
			пятница пятницы пятнице пятницу пятницей пятницею пятниц пятницам пятницами пятницах
			პარასკევი პარასკევს პარასკევის ուրբաթ ուրբաթին শুক্রবার শুক্রবারে வெள்ளிக்கிழமை`,
		small: `viernes venerdì venerdi piątek piątku piątki piątków vrijdag vrijdagen vrijdags fredag fredagen fredager fredags
			pátek pátku pátkem piatok petak petka petkom vineri vinerea péntek pénteken
			петък петъка петак петка penktadienis penktadienį penktadienio piektdiena piektdien piektdienas reedel divendres`,
		nearNumber: `piatka`,
	},
	{
		anywhere: `saturday saturdays samstag samstags sonnabend sonnabends samedi samedis cumartesi sabtu السبت والسبت शनिवार
			σάββατο σαββάτου σαββατο σαββατου суббота субботы субботе субботу субботой субботою суббот субботам субботами субботах
			შაბათი შაბათს შაბათის শনিবার শনিবারে சனிக்கிழமை`,
		small: `sábado sábados sabato sabati sobota soboty sobotę sobotu sobocie sobotą sobotou субота суботи суботу суботою
			zaterdag zaterdagen zaterdags lördag lördagen lördags lørdag lørdagen lørdager lørdags
			subota subotu subote subotom sâmbătă sâmbăta szombat szombaton
			събота съботата šeštadienis šeštadienį šeštadienio sestdiena sestdien sestdienas laupäev laupäeval laupäeva dissabte`,
		nearNumber: `շաբաթ`,
	},
	{
		anywhere: `sunday sundays sonntag sonntags dimanche dimanches κυριακή κυριακής κυριακη κυριακης
			الأحد الاحد والأحد والاحد یکشنبه یک‌شنبه रविवार
			воскресенье воскресенья воскресенью воскресеньем воскресений воскресеньям воскресеньями воскресеньях
			կիրակի կիրակին রবিবার রবিবারে রোববার ஞாயிற்றுக்கிழமை`,
		small: `domingo domingos domenica domeniche niedziela niedzieli niedzielę niedzielą niedziele неділя неділі неділю неділею
			zondag zondagen zondags söndag söndagen söndags søndag søndagen søndager søndags
			neděle neděli nedělí nedeľa nedeľu nedele nedjelja nedjelju nedjelje nedjeljom duminică duminica vasárnap
			sekmadienis sekmadienį sekmadienio svētdiena svētdien svētdienas pühapäev pühapäeval pühapäeva diumenge`,
		nearNumber:  `неделя неделята недеља недељу nedelja nedelju კვირა კვირას კვირის`,
		capitalised: `minggu`,
	},
}

// feiraDays are the Portuguese weekdays named by an ordinal before
// "-feira" ("terça-feira", Tuesday), which alone are ordinals ("a
// segunda vez") or other words ("a quinta", the farm): a weekday only
// before "-feira" (read only).
var feiraDays = wordSet(`segunda terça quarta quinta sexta`)

// beforeFeira reports whether "-feira" follows token t of d.
func beforeFeira(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok || i+2 >= len(d.toks) {
		return false
	}
	h, f := d.toks[i+1], d.toks[i+2]
	return h.start == t.end() && f.start == h.end() && d.text[h.start:h.end()] == "-" &&
		strings.EqualFold(d.text[f.start:f.end()], "feira")
}

// weekdayAbbreviations are English abbreviations that are also words ("sat",
// "sun", "wed"): a weekday only written "Mon" and not opening a sentence.
var weekdayAbbreviations = wordSet(`mon tue tues wed thu thur thurs fri sat sun`)

// isWeekday reports whether word token t of d names a day of the week
// ("Monday", "в пятницу", "Mon" inside a sentence, "в среду, 21 июня").
func isWeekday(d *document, t token) bool {
	w := d.text[t.start:t.end()]
	lw := strings.ToLower(w)
	switch {
	case weekdayNames[lw]:
		return true
	case ambiguousWeekdays[lw]:
		return nearDate(d, t)
	case smallWeekdays[lw]:
		return !t.upper() || t.opens()
	case capitalisedWeekdays[lw]:
		return t.upper() && (!t.opens() || nearDate(d, t)) // "Minggu lalu", last week, opens a sentence too
	case feiraDays[lw]:
		return beforeFeira(d, t)
	case weekdayAbbreviations[lw]:
		// "Mon", not "MON" or "mon"; opening a sentence only before a
		// date ("Mon, 5 June") or alone in a table's cell, as "Sat by
		// the fire" is a verb.
		return t.upper() && w[1:] == lw[1:] && (!t.opens() || nearDate(d, t) || aloneInCell(d.text, int(t.start), int(t.end())))
	}
	return false
}

// aloneInCell reports a word, text[i:j], alone in a table's cell: a bar
// comes before it on its line and a bar after it, or it opens a row of
// cells parted by tabs and a tab follows ("| Tue | Vote |", "Tue\tVote";
// not "Sun | Mirror", a list of titles).
func aloneInCell(text string, i, j int) bool {
	rest := strings.TrimLeft(text[j:], " ")
	if rest == "" {
		return false
	}
	switch rest[0] {
	case '|':
		line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
		return strings.TrimSpace(line) == "|" || strings.HasSuffix(strings.TrimRight(line, " "), "|")
	case '\t':
		return tabbedRowStart(text, i)
	}
	return false
}

// nearDate reports whether a number follows token t of d, directly or
// after a comma ("в среду, 19 июня"), or precedes it.
func nearDate(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok {
		return false
	}
	return besideNumber(d, i) ||
		i+2 < len(d.toks) && d.text[d.toks[i+1].start:d.toks[i+1].end()] == "," && d.toks[i+2].class == classNumber
}

// weekdaySets are weekdayTable's forms of every day by what else they may
// be, for isWeekday (read only).
var weekdayNames, smallWeekdays, capitalisedWeekdays, ambiguousWeekdays = weekdaySets()

func weekdaySets() (anywhere, small, capitalised, nearNumber map[string]bool) {
	var all [4][]string
	for d, f := range weekdayTable {
		all[0] = append(all[0], f.anywhere)
		all[1] = append(all[1], f.small)
		all[1] = append(all[1], finnishDayForms(d)...)
		all[2] = append(all[2], f.capitalised)
		all[3] = append(all[3], f.nearNumber)
	}
	set := func(i int) map[string]bool { return wordSet(strings.Join(all[i], " ")) }
	return set(0), set(1), set(2), set(3)
}

// finnishDays are the Finnish weekdays, Monday first.
var finnishDays = [7]string{"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"}

// finnishDayForms are Finnish weekday d's forms (Monday 0), with the case
// endings a day takes ("tiistaina", on Tuesday; "keskiviikosta", from
// Wednesday, whose stem softens).
func finnishDayForms(d int) []string {
	day := finnishDays[d]
	var out []string
	for _, e := range []string{"", "na", "n", "sta", "hin", "sin"} {
		out = append(out, day+e)
	}
	if day == "keskiviikko" {
		out = append(out, "keskiviikon", "keskiviikosta", "keskiviikkoon")
	}
	return out
}
