package compare

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWeekdayFlags checks that a changed weekday is flagged as a date
// ("number") and never as a name, in English and Russian, while ordinary
// words that look like weekday abbreviations or stems are left alone; so
// are months and numbers in words, and a number put in figures or in
// words with its value kept, or a list item's number, is no number
// change.
func TestWeekdayFlags(t *testing.T) {
	tests := []struct {
		name       string
		lang       string // both versions', where given
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
		{name: "spanish", a: "Llegó el viernes por la tarde.", b: "Llegó el lunes por la tarde.", wantNumber: true},
		{name: "italian", a: "Arrivò venerdì sera.", b: "Arrivò lunedì sera.", wantNumber: true},
		{name: "polish", a: "Przyjechał w piątek wieczorem.", b: "Przyjechał w poniedziałek wieczorem.", wantNumber: true},
		{name: "ukrainian", a: "Приїхав у четвер увечері.", b: "Приїхав у понеділок увечері.", wantNumber: true},
		{name: "Domingo is a name", a: "Cantó Plácido Domingo ayer.", b: "Cantó Plácido Pérez ayer."},
		{name: "polish month in the locative", a: "Spotkanie odbyło się w maju.", b: "Spotkanie odbyło się w czerwcu.", wantNumber: true},
		{name: "ukrainian month in the locative", a: "Зустріч відбулася у травні.", b: "Зустріч відбулася у червні.", wantNumber: true},
		{name: "abbreviation opening a sentence before a date", a: "Mon, 5 June: meeting.", b: "Tue, 5 June: meeting.", wantNumber: true},
		{name: "german", a: "Wir trafen uns am Montag dort.", b: "Wir trafen uns am Dienstag dort.", wantNumber: true},
		{name: "german genitive", a: "Er kommt des Sonntags früh.", b: "Er kommt des Samstags früh.", wantNumber: true},
		{name: "german adverb", a: "Er arbeitet montags.", b: "Er arbeitet freitags.", wantNumber: true},
		{name: "german Sonnabend", a: "Das war am Sonnabend.", b: "Das war am Mittwoch.", wantNumber: true},
		{name: "french", a: "Nous venons lundi soir.", b: "Nous venons mardi soir.", wantNumber: true},
		{name: "french capitalised", a: "Réunion: Mercredi et Jeudi.", b: "Réunion: Mercredi et Vendredi.", wantNumber: true},
		{name: "russian inside a sentence", a: "Он пришёл в понедельник утром.", b: "Он пришёл во вторник утром.", wantNumber: true},
		{name: "german plural Montage is no weekday", a: "Die Montage dauerte lange.", b: "Die Reparatur dauerte lange."},
		// Months are dates beside a day, also past "de" or "of".
		{name: "spanish month after de", a: "Se celebró el 14 de marzo de 2023.", b: "Se celebró el 14 de octubre de 2023.", wantNumber: true},
		{name: "polish month", a: "Było to 11 listopada 1918 roku.", b: "Było to 11 października 1918 roku.", wantNumber: true},
		{name: "greek month", a: "Η γιορτή είναι στις 25 Μαρτίου.", b: "Η γιορτή είναι στις 25 Οκτωβρίου.", wantNumber: true},
		{name: "english month after of", a: "On the 19th of July we met.", b: "On the 19th of June we met.", wantNumber: true},
		// A full month name that is no other word is a date alone.
		{name: "english month alone", a: "The debate is in September.", b: "The debate is in October.", wantNumber: true},
		{name: "russian month alone", a: "Совет соберётся в сентябре.", b: "Совет соберётся в октябре.", wantNumber: true},
		{name: "french month alone", a: "Le débat aura lieu en septembre.", b: "Le débat aura lieu en octobre.", wantNumber: true},
		{name: "german month alone", a: "Die Debatte ist im September.", b: "Die Debatte ist im Oktober.", wantNumber: true},
		{name: "may alone is a verb", a: "They may leave.", b: "They will leave."},
		{name: "march alone is a verb", a: "They march on.", b: "They walk on."},
		{name: "jan alone is a name", a: "Jan wrote it.", b: "Piet wrote it."},
		{name: "english month after mid-", a: "We meet in mid-March.", b: "We meet in mid-April.", wantNumber: true},
		{name: "german month after im", a: "Wir treffen uns im März.", b: "Wir treffen uns im April.", wantNumber: true},
		// A capitalised month name with no preposition of time before it
		// is a name as often.
		{name: "june is a name", a: "June wrote it.", b: "Jane wrote it."},
		{name: "april is a name", a: "He wrote to April.", b: "He wrote to Alice."},
		{name: "mars is a planet", a: "They flew to Mars.", b: "They flew to Venus."},
		{name: "julio is a name", a: "He read Julio Cortázar.", b: "He read Jorge Borges."},
		{name: "augustus is a name", a: "Caesar Augustus ruled.", b: "Caesar Octavian ruled."},
		{name: "мартин is a name", a: "Выступил Мартин.", b: "Выступил Михаил."},
		{name: "марта is a name", a: "Пришла Марта.", b: "Пришла Мария."},
		// A month opening its sentence, or an English or German one
		// that names nothing else, wherever it stands, is a month.
		{name: "russian month opening", a: "Сентябрь выдался холодным.", b: "Октябрь выдался холодным.", wantNumber: true},
		{name: "french month opening", a: "Septembre fut froid.", b: "Octobre fut froid.", wantNumber: true},
		{name: "english month opening", a: "September was cold.", b: "October was cold.", wantNumber: true},
		{name: "english month after after", a: "They left after September.", b: "They left after October.", wantNumber: true},
		{name: "german month after vor", a: "Er kam vor Oktober.", b: "Er kam vor November.", wantNumber: true},
		{name: "may after in", a: "They left in May.", b: "They left in June.", wantNumber: true},
		{name: "мартин opening is a name", a: "Мартин пришёл.", b: "Михаил пришёл."},
		{name: "june opening is a name", a: "June said so.", b: "Jane said so."},
		{name: "марта opening is a name", a: "Марта пришла домой.", b: "Мария пришла домой."},
		{name: "julio opening is a name", a: "Julio llegó tarde.", b: "Jorge llegó tarde."},
		{name: "mars opening is a planet", a: "Mars est rouge.", b: "Vénus est rouge."},
		{name: "avril opening is a name", a: "Avril chante.", b: "Céline chante."},
		// Numbers in words and scales are numbers.
		{name: "scale word", a: "They paid $5 million for it.", b: "They paid $5 billion for it.", wantNumber: true},
		{name: "english number word", a: "He walked four miles today.", b: "He walked five miles today.", wantNumber: true},
		{name: "russian number word", a: "Пришли двадцать человек.", b: "Пришли тридцать человек.", wantNumber: true},
		{name: "russian scale abbreviation", a: "Бюджет 5 млн рублей.", b: "Бюджет 5 млрд рублей.", wantNumber: true},
		// A number put in figures, or in words, changes no number.
		{name: "a number word put in figures", a: "They waited twelve days.", b: "They waited 12 days."},
		{name: "a number word put in other figures", a: "They waited twelve days.", b: "They waited 13 days.", wantNumber: true},
		{name: "a russian number put in words", a: "Они ждали 12 дней.", b: "Они ждали двенадцать дней."},
		{name: "a german number put in figures", a: "Sie warteten zwölf Tage.", b: "Sie warteten 12 Tage."},
		{name: "a spanish number put in figures", lang: "es", a: "Esperaron doce días en la ciudad.", b: "Esperaron 12 días en la ciudad."},
		{name: "a spanish number word changed", lang: "es", a: "Esperaron doce días en la ciudad.", b: "Esperaron once días en la ciudad.", wantNumber: true},
		{name: "a spanish number word deleted", lang: "es", a: "Esperaron doce días en la ciudad.", b: "Esperaron días en la ciudad.", wantNumber: true},
		{name: "a spanish number put in other figures", lang: "es", a: "Esperaron doce días en la ciudad.", b: "Esperaron 13 días en la ciudad.", wantNumber: true},
		{name: "an ordinal put in figures", a: "It was the third time.", b: "It was the 3rd time.", wantNumber: true},
		// A list's item numbers are its place, not a number it states.
		{name: "an item renumbered", a: "Steps:\n3. Pay now.\n", b: "Steps:\n4. Pay now.\n"},
		{name: "an item with a bracket renumbered", a: "Steps:\n3) Pay now.\n", b: "Steps:\n4) Pay now.\n"},
		{name: "an item of a list renumbered", a: "Plan\n\n1. Pay now.\n2. Leave.\n", b: "Plan\n\n1. Pay now.\n3. Leave.\n"},
		{name: "an item before the next renumbered", a: "Plan\n\n2. Pay now.\n\n3. Leave.\n", b: "Plan\n\n1. Pay now.\n\n3. Leave.\n"},
		{name: "a date opening a line and a sentence", a: "Tagebuch.\n3. Juni. Wir fuhren los.\n", b: "Tagebuch.\n4. Juni. Wir fuhren los.\n", wantNumber: true},
		{name: "leading zeros", a: "The code is 007 here.", b: "The code is 7 here.", wantNumber: true},
		{name: "a currency changed", a: "The company invested €5m in the plant.", b: "The company invested £5m in the plant.", wantNumber: true},
		{name: "a currency after the figure changed", a: "It costs 5 € here.", b: "It costs 5 $ here.", wantNumber: true},
		{name: "per cent to per mille", a: "Growth was 3.5% this year.", b: "Growth was 3.5‰ this year.", wantNumber: true},
		// Number words, weekdays and months of more languages.
		{name: "dutch number word", a: "De vergadering duurde drie uur.", b: "De vergadering duurde zes uur.", wantNumber: true},
		{name: "dutch weekday", a: "We vergaderen op dinsdag weer.", b: "We vergaderen op woensdag weer.", wantNumber: true},
		{name: "swedish number word", a: "Mötet varade åtta timmar i går.", b: "Mötet varade nio timmar i går.", lang: "sv", wantNumber: true},
		{name: "swedish weekday", a: "Vi ses på tisdagen igen.", b: "Vi ses på onsdagen igen.", wantNumber: true},
		{name: "czech number word", a: "Schůze trvala tři hodiny.", b: "Schůze trvala šest hodin.", wantNumber: true},
		{name: "czech weekday", a: "Sejdeme se v úterý ráno.", b: "Sejdeme se ve středu ráno.", wantNumber: true},
		{name: "greek number word", a: "Η συνεδρίαση διήρκεσε τρεις ώρες.", b: "Η συνεδρίαση διήρκεσε έξι ώρες.", wantNumber: true},
		{name: "greek weekday", a: "Θα συναντηθούμε την Τρίτη το πρωί.", b: "Θα συναντηθούμε την Τετάρτη το πρωί.", wantNumber: true},
		{name: "greek month in the accusative", a: "Η έκθεση άνοιξε τον Σεπτέμβριο φέτος.", b: "Η έκθεση άνοιξε τον Οκτώβριο φέτος.", wantNumber: true},
		{name: "turkish number word", a: "Toplantı üç saat sürdü.", b: "Toplantı beş saat sürdü.", wantNumber: true},
		{name: "turkish weekday", a: "Toplantı Salı günü yapıldı.", b: "Toplantı Çarşamba günü yapıldı.", wantNumber: true},
		{name: "turkish month that is also a word, before ayında", a: "Toplantı Mart ayında yapılacak.", b: "Toplantı Nisan ayında yapılacak.", wantNumber: true},
		{name: "turkish month", a: "Toplantı Eylül ayında yapıldı.", b: "Toplantı Temmuz ayında yapıldı.", wantNumber: true},
		{name: "hungarian number word", a: "Az ülés három órán át tartott.", b: "Az ülés négy órán át tartott.", wantNumber: true},
		{name: "hungarian weekday", a: "Az ülést kedden tartották meg.", b: "Az ülést szerdán tartották meg.", wantNumber: true},
		{name: "portuguese weekday", a: "A reunião foi na terça-feira à tarde.", b: "A reunião foi na quarta-feira à tarde.", wantNumber: true},
		{name: "portuguese farm is no weekday", a: "Ele vive na quinta com a família.", b: "Ele vive na casa com a família."},
		{name: "italian nulla is no number", a: "Non ha detto nulla di nuovo.", b: "Non ha detto niente di nuovo."},
		{name: "spanish tiende is no number", a: "El precio tiende a subir cada año.", b: "El precio suele subir cada año."},
		{name: "french tien is no number", a: "Ce livre est le tien depuis hier.", b: "Ce livre est le sien depuis hier."},
		{name: "czech centre is no weekday", lang: "cs", a: "Bydlíme ve středu města už dlouho.", b: "Bydlíme v centru města už dlouho."},
		{name: "english sex is no number", a: "The survey asked their sex and age.", b: "The survey asked their gender and age."},
		{name: "romanian number word", a: "Proiectul a durat două luni.", b: "Proiectul a durat trei luni.", wantNumber: true},
		{name: "romanian month", a: "Măsura se aplică până la 31 martie 2023.", b: "Măsura se aplică până la 31 aprilie 2023.", wantNumber: true},
		{name: "romanian weekday with a cedilla", a: "Guvernul a aprobat marţi ordonanţa.", b: "Guvernul a aprobat miercuri ordonanţa.", wantNumber: true},
		{name: "romanian months are no weekday", a: "Am așteptat luni întregi acolo.", b: "Am așteptat ani întregi acolo."},
		{name: "croatian month", a: "Zagreb, 17. travnja 2024.", b: "Zagreb, 17. svibnja 2024.", wantNumber: true},
		{name: "croatian weekday", a: "Sabor je zakon izglasao u petak.", b: "Sabor je zakon izglasao u četvrtak.", wantNumber: true},
		{name: "slovak number word in a case", a: "Prezidentka ho podpíše do dvoch týždňov.", b: "Prezidentka ho podpíše do troch týždňov.", wantNumber: true},
		{name: "finnish weekday in the essive", a: "Eduskunta hyväksyi lain tiistaina.", b: "Eduskunta hyväksyi lain keskiviikkona.", wantNumber: true},
		{name: "finnish number word in the elative", a: "Tutkimukseen osallistui aikuisia viidestä sairaalasta.", b: "Tutkimukseen osallistui aikuisia kuudesta sairaalasta.", wantNumber: true},
		{name: "finnish rain is no hundred", a: "Ulkona sataa koko päivän.", b: "Ulkona paistaa koko päivän."},
		{name: "danish weekday", a: "Folketinget vedtog loven mandag.", b: "Folketinget vedtog loven tirsdag.", wantNumber: true},
		{name: "norwegian ordinal", a: "Avtalen gjennomføres innen utgangen av fjerde kvartal.", b: "Avtalen gjennomføres innen utgangen av tredje kvartal.", wantNumber: true},
		{name: "danish own number word", lang: "da", a: "Vi har to børn og en hund.", b: "Vi har tre børn og en hund.", wantNumber: true},
		{name: "indonesian month", a: "Harga BBM naik mulai 1 Agustus.", b: "Harga BBM naik mulai 1 September.", wantNumber: true},
		{name: "indonesian weekday", a: "Harga BBM naik mulai Sabtu.", b: "Harga BBM naik mulai Minggu.", wantNumber: true},
		{name: "indonesian minggu in small letters is a week", a: "Harga naik dua minggu lalu di Jakarta.", b: "Harga naik dua bulan lalu di Jakarta."},
		{name: "indonesian minggu opening a sentence is a week", a: "Minggu lalu harga naik di Jakarta.", b: "Bulan lalu harga naik di Jakarta."},
		{name: "indonesian number word", a: "Dia membeli tiga buku kemarin.", b: "Dia membeli lima buku kemarin.", wantNumber: true},
		// Words of one language that are another's numbers or weekdays.
		{name: "italian attende is no ordinal", a: "Il governo attende la risposta di Bruxelles.", b: "Il governo aspetta la risposta di Bruxelles."},
		{name: "turkish senin is no weekday", a: "Bu senin kitabın, dedi annesi.", b: "Bu onun kitabın, dedi annesi."},
		{name: "portuguese joia is no weekday", a: "Ela comprou uma joia cara na loja.", b: "Ela comprou uma pulseira cara na loja."},
		{name: "spanish lima is no number", a: "Compró una lima para las uñas.", b: "Compró una tijera para las uñas."},
		{name: "english firs are no number", a: "The cabin stood among tall firs near the lake.", b: "The cabin stood among tall pines near the lake."},
		// A unit is part of the amount its number states.
		{name: "a unit changed", a: "The road is 5 km long.", b: "The road is 5 m long.", wantNumber: true},
		{name: "a russian unit changed", a: "Груз весил 5 кг в итоге.", b: "Груз весил 5 г в итоге.", wantNumber: true},
		{name: "a unit in capitals changed", a: "The card holds 16 GB of data.", b: "The card holds 16 MB of data.", wantNumber: true},
		{name: "a unit on the next line changed", a: "The road is about 5\nkm long.", b: "The road is about 5\nm long.", wantNumber: true},
		{name: "an acronym after a year is no unit", a: "Since 2010 ATM fees rose.", b: "Since 2010 bank fees rose."},
		{name: "a word counted is no unit", a: "He has 5 dogs at home.", b: "He has 5 cats at home."},
		{name: "a unit symbol not after a number", a: "Press the m key now.", b: "Press the h key now."},
		{name: "a unit replaced by a word", a: "The road is 5 km long.", b: "The road is 5 miles long.", wantNumber: true},
		{name: "a word replaced by a unit", a: "The road is 5 miles long.", b: "The road is 5 km long.", wantNumber: true},
		{name: "a unit spelt out", a: "The road is 5 km long.", b: "The road is 5 kilometres long."},
		{name: "a unit spelt out from another word", a: "The bag weighs 5 lb in all.", b: "The bag weighs 5 pounds in all."},
		{name: "a german unit spelt out from another word", a: "Die Fahrt dauert 5 h insgesamt.", b: "Die Fahrt dauert 5 Stunden insgesamt."},
		{name: "a unit put for a unit's name", a: "The trip takes 5 h in all.", b: "The trip takes 5 seconds in all.", wantNumber: true},
		{name: "a unit's name changed", a: "It stopped after 30 seconds.", b: "It stopped after 30 minutes.", wantNumber: true},
		{name: "a german unit's name changed", a: "Es endete nach 30 Sekunden.", b: "Es endete nach 30 Minuten.", wantNumber: true},
		{name: "a russian unit's name changed", a: "Проект длился 5 лет.", b: "Проект длился 5 месяцев.", wantNumber: true},
		{name: "a unit put for a word no unit", a: "The bag weighs 5 oz in all.", b: "The bag weighs 5 units in all.", wantNumber: true},
		{name: "a russian unit spelt out from its symbol", lang: "ru", a: "Дорога длиной 5 км.", b: "Дорога длиной 5 километров."},
		{name: "a russian time unit spelt out", lang: "ru", a: "Ждали 10 мин.", b: "Ждали 10 минут."},
		{name: "milliseconds to metres", a: "The delay was 5 ms in all.", b: "The delay was 5 m in all.", wantNumber: true},
		{name: "a unit's name after a year", lang: "en", a: "In 2024 days were long.", b: "In 2024 we were long."},
		{name: "a unit's name opening a compound", lang: "en", a: "We visited the 3 second-hand shops.", b: "We visited the 3 antique shops."},
		{name: "another language's unit name", lang: "en", a: "She bought 5 tag sets.", b: "She bought 5 label sets."},
		{name: "a unit name of two languages", lang: "en", a: "It took 30 minutes in all.", b: "It took 30 hours in all.", wantNumber: true},
		{name: "a unit name of two languages, in the other", lang: "fr", a: "Cela a pris 30 minutes en tout.", b: "Cela a pris 30 heures en tout.", wantNumber: true},
		{name: "a length after a number that reads as a year", lang: "en", a: "The wall is 2000 metres long.", b: "The wall is 2000 feet long.", wantNumber: true},
		{name: "russian grams after a number that reads as a year", lang: "ru", a: "Он купил 2000 граммов сахара.", b: "Он купил 2000 яблок сахара.", wantNumber: true},
		{name: "russian grams spelt out", lang: "ru", a: "Он купил 5 г сахара.", b: "Он купил 5 граммов сахара."},
		{name: "russian years to months", lang: "ru", a: "Проект длился 5 лет.", b: "Проект длился 5 месяцев.", wantNumber: true},
		{name: "a russian unit spelt out", a: "Это было в 2024 г. летом.", b: "Это было в 2024 году летом."},
		{name: "a unit taken out of a range", a: "It is 10 km – 15 km away.", b: "It is 10–15 km away."},
		// A date written otherwise is the same date.
		{name: "a date padded with zeros", a: "It took effect on 1.7.2024 in all regions.", b: "It took effect on 01.07.2024 in all regions."},
		{name: "a date written year first", a: "It took effect on 21.06.2024 in all regions.", b: "It took effect on 2024-06-21 in all regions."},
		{name: "a date's day changed", a: "It took effect on 21.06.2024 in all regions.", b: "It took effect on 22.06.2024 in all regions.", wantNumber: true},
		{name: "a date read month first", a: "It took effect on 06/21/2024 in all regions.", b: "It took effect on 21.06.2024 in all regions.", wantNumber: true},
		{name: "a clause's number padded is no date", a: "See clause 1.2.3 below.", b: "See clause 01.02.3 below.", wantNumber: true},
		// A currency is a unit: its code, before or after the number, or its name.
		{name: "a currency code changed", a: "The price is 25 USD per copy.", b: "The price is 25 EUR per copy.", wantNumber: true},
		{name: "a currency code before the number", a: "The fee was GBP 3.5m last year.", b: "The fee was EUR 3.5m last year.", wantNumber: true},
		{name: "a currency code after a scale", a: "Бюджет составил 25 млн USD в прошлом году.", b: "Бюджет составил 25 млн EUR в прошлом году.", wantNumber: true},
		{name: "a currency's name changed", lang: "en", a: "It cost 25 dollars in all.", b: "It cost 25 euros in all.", wantNumber: true},
		{name: "a russian currency abbreviated after a scale", lang: "ru", a: "Бюджет составил 25 млн руб. в прошлом году.", b: "Бюджет составил 25 млн долл. в прошлом году.", wantNumber: true},
		{name: "a german currency after a scale word", lang: "de", a: "Es kostet 3 Millionen Euro.", b: "Es kostet 3 Millionen Dollar.", wantNumber: true},
		{name: "a currency's name put as its code", lang: "en", a: "It cost 25 dollars in all.", b: "It cost 25 USD in all."},
		{name: "a currency code not beside a number", a: "The USD fell sharply.", b: "The EUR fell sharply."},
		{name: "an acronym that is a code elsewhere", lang: "en", a: "The coast guard sent 3 SAR teams to the island.", b: "The coast guard sent 3 rescue teams to the island."},
		{name: "a currency's sign written out", lang: "en", a: "They paid $25 million for it.", b: "They paid 25 million dollars for it."},
		{name: "a code after a russian scale's full stop", lang: "ru", a: "Бюджет 25 млн. USD в год.", b: "Бюджет 25 млн. EUR в год.", wantNumber: true},
		{name: "renminbi in small letters", lang: "en", a: "It cost 25 Rmb in all.", b: "It cost 25 yuan in all."},
		{name: "a currency's sign put as another's name", lang: "en", a: "They paid $25 million for it.", b: "They paid 25 million euros for it.", wantNumber: true},
		{name: "a currency put beside an amount that had none", a: "The fee was 25 last year.", b: "The fee was 25 EUR last year."},
		{name: "a currency put beside an amount near another's", a: "They paid $5 and 10 last year.", b: "They paid $5 and 10 EUR last year."},
		{name: "a currency put beside an amount of another sentence", a: "Tax was 2. Fees were $5.", b: "Tax was 2 EUR. Fees were $5."},
		{name: "the dollar's sign put as one dollar's code", a: "The grant was $25 million.", b: "The grant was 25 million AUD."},
		{name: "a currency's code before another number", a: "It cost 25 EUR 2 years ago.", b: "It cost $25 2 years ago.", wantNumber: true},
		{name: "a weekday's abbreviation before a bar in a list of titles", a: "Sun | Mirror | Times\n", b: "Star | Mirror | Times\n"},
		{name: "a weekday alone in a tabbed row's first cell", a: "Day\tEvent\nMon\tTalks open\nTue\tFinal vote\n", b: "Day\tEvent\nMon\tTalks open\nWed\tFinal vote\n", wantNumber: true},
		{name: "a weekday alone in a pipe row's first cell", a: "| Day | Event |\n| Mon | Talks |\n| Tue | Vote |\n", b: "| Day | Event |\n| Mon | Talks |\n| Wed | Vote |\n", wantNumber: true},
		{name: "renminbi's two codes before the number", a: "It cost RMB 25 million.", b: "It cost CNY 25 million."},
		{name: "a sentence after an abbreviated scale", lang: "ru", a: "Выручка составила 25 млрд. Рубль при этом ослаб.", b: "Выручка составила 25 млрд. Доллар при этом ослаб."},
		{name: "renminbi by its two names", lang: "en", a: "It cost 25 yuan in all.", b: "It cost 25 RMB in all."},
		{name: "a currency after an abbreviated scale", lang: "de", a: "Es kostet 3 Mio. Euro im Jahr.", b: "Es kostet 3 Mio. Dollar im Jahr.", wantNumber: true},
		{name: "a currency after a russian scale of four letters", lang: "ru", a: "Бюджет 25 млрд. руб. в год.", b: "Бюджет 25 млрд. долл. в год.", wantNumber: true},
		{name: "a code in small letters is no currency", a: "We will try 5 try outs.", b: "We will try 5 more outs."},
		{name: "a short word after a number", a: "They came 5 in all today.", b: "They came 5 at all today."},
		{name: "a clause's number of two levels", a: "Terms:\n7.3. Payment is due.\n7.4. Disputes go to court.", b: "Terms:\n7.3. Payment is due.\n7.5. Disputes go to court.", wantNumber: true},
		{name: "a german date opening a line", lang: "de", a: "Termine:\n15.4. Treffen in Berlin.\n16.4. Rückreise nach Wien.", b: "Termine:\n15.4. Treffen in Berlin.\n17.4. Rückreise nach Wien.", wantNumber: true},
		{name: "a decimal inside an item", a: "Terms:\n15.3. Payment is due in 7.4. days.", b: "Terms:\n15.3. Payment is due in 7.5. days.", wantNumber: true},
		{name: "a number in an item", a: "Steps:\n1. Pay 30 euros.\n", b: "Steps:\n1. Pay 40 euros.\n", wantNumber: true},
		{name: "a numbered heading renumbered, text between", a: "Priorities\n\n1. Housing\n\nWe will build more homes.\n\n2. Transport\n\nWe will build more roads.\n",
			b: "Priorities\n\n1. Housing\n\nWe will build more homes.\n\n3. Transport\n\nWe will build more roads.\n"},
		{name: "a wrapped item renumbered", a: "1. Pay the rent before the end\nof the month.\n2. Leave the keys with the porter\nat the gate.\n",
			b: "1. Pay the rent before the end\nof the month.\n3. Leave the keys with the porter\nat the gate.\n"},
		{name: "a german ordinal opening a line alone", lang: "de", a: "Umsatzentwicklung\n\n2. Halbjahr 2024: Der Umsatz stieg um 3 %.", b: "Umsatzentwicklung\n\n1. Halbjahr 2024: Der Umsatz stieg um 3 %.", wantNumber: true},
		{name: "a german reading opening a line alone", lang: "de", a: "Der Bundestag beriet.\n3. Lesung im Mai.", b: "Der Bundestag beriet.\n2. Lesung im Mai.", wantNumber: true},
		{name: "a date after a wrapped line", a: "Wir treffen uns am\n12. Juni wieder.", b: "Wir treffen uns am\n13. Juni wieder.", wantNumber: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.lang != "" {
				opts.Languages = []string{tt.lang, tt.lang}
			}
			r := mustCompare(t, opts, tt.a, tt.b)
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

// TestSegmentsMarkNumbers checks that inside a change flagged number the
// segments cut out the numbers and dates (months next to a number,
// weekdays), in both columns, and nothing else.
func TestSegmentsMarkNumbers(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		wantBase  []string // the base column's segments marked Number
		wantOther []string // the other column's
	}{
		{name: "date reworded", a: "They met on 20 June, 2024 in Minsk.", b: "They met on 21 July, 2025 in Minsk.",
			wantBase: []string{"20", "June", "2024"}, wantOther: []string{"21", "July", "2025"}},
		{name: "number inside a rewording", a: "The fund paid 5 million dollars at once.", b: "The fund gave out 7 million euros at once.",
			wantBase: []string{"5", "dollars"}, wantOther: []string{"7", "euros"}}, // a currency is the amount's unit
		{name: "only the changed part of a date", a: "Signed 2024-06-20 in Minsk.", b: "Signed 2024-06-21 in Minsk.",
			wantBase: []string{"20"}, wantOther: []string{"21"}},
		{name: "inserted iso date is one run", a: "Signed in Minsk.", b: "Signed 2024-06-21 in Minsk.",
			wantOther: []string{"2024-06-21"}},
		{name: "inserted sentence", a: "They met.", b: "They met. The talks lasted 3 hours on Friday.",
			wantOther: []string{"3", "hours", "Friday"}}, // a unit is part of its amount, spelt out or not
		{name: "russian date", a: "Встреча прошла 21 июня в Минске.", b: "Встреча прошла 22 июля в Минске.",
			wantBase: []string{"21", "июня"}, wantOther: []string{"22", "июля"}},
		{name: "month without a number is a word", a: "In 2024 we hope to march on.", b: "In 2025 we hope to march on.",
			wantBase: []string{"2024"}, wantOther: []string{"2025"}},
		{name: "no number flag, no number runs", a: "The talks were long.", b: "The talks were short."},
		{name: "a deleted item's number is its place in the list", a: "Steps:\n1. Hold talks.\n2. Wait ninety days.\n3. Meet again.\n", b: "Steps:\n1. Hold talks.\n3. Meet again.\n",
			wantBase: []string{"ninety"}},
	}
	numbered := func(segs []Segment) []string {
		var out []string
		for _, s := range segs {
			if s.Number {
				if s.Kind == Equal || s.Trivial {
					t.Errorf("unchanged or trivial run %q marked as a number", s.Text)
				}
				out = append(out, s.Text)
			}
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			base := r.Segments(0, 1, 0, len(tt.a))
			other := r.Segments(1, 1, 0, len(tt.b))
			if got := numbered(base); !slices.Equal(got, tt.wantBase) {
				t.Errorf("base numbers = %q, want %q; changes %+v", got, tt.wantBase, r.Changes)
			}
			if got := numbered(other); !slices.Equal(got, tt.wantOther) {
				t.Errorf("other numbers = %q, want %q; changes %+v", got, tt.wantOther, r.Changes)
			}
			for v, segs := range [][]Segment{base, other} {
				var b strings.Builder
				for _, s := range segs {
					b.WriteString(s.Text)
				}
				if b.String() != r.Texts[v] {
					t.Errorf("segments of version %d do not rebuild its text: %q", v, b.String())
				}
			}
		})
	}
}

// TestReplacementFlagsFromBothSides checks that a deleted and an inserted
// passage reported as one replacement are flagged from what differs
// between them, not from what each side holds: the same number, name or
// ellipsis on both sides raises no flag.
func TestReplacementFlagsFromBothSides(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		wantFlags []string // flags of the one non-trivial change
	}{
		{name: "same number", a: "Intro line here.\n\nThe talks lasted 3 hours and ended well.\n\nOutro.",
			b: "Intro line here.\n\nNegotiators sat together for 3 hours before parting.\n\nOutro."},
		{name: "same name", a: "Intro line here.\n\nWe spoke with Lavrov about the weather today.\n\nOutro.",
			b: "Intro line here.\n\nA long talk was held, and Lavrov agreed to nothing.\n\nOutro."},
		{name: "changed number", a: "Intro line here.\n\nThe talks lasted 3 hours and ended well.\n\nOutro.",
			b: "Intro line here.\n\nNegotiators sat together for 4 hours before parting.\n\nOutro.", wantFlags: []string{FlagNumber}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			cs := nonTrivial(r)
			if len(cs) != 1 || cs[0].Kind != Replace {
				t.Fatalf("want one replacement, got %+v", cs)
			}
			if !slices.Equal(cs[0].Flags, tt.wantFlags) {
				t.Errorf("flags = %q, want %q", cs[0].Flags, tt.wantFlags)
			}
			// Runs are marked as numbers only inside a change flagged so.
			number := slices.Contains(tt.wantFlags, FlagNumber)
			for v, text := range r.Texts {
				for _, sg := range r.Segments(v, 1, 0, len(text)) {
					if sg.Number && !number {
						t.Errorf("version %d: run %q marked as a number in a change not flagged number", v, sg.Text)
					}
				}
			}
		})
	}
}

// TestEmojiChanges checks that an emoji drawn with several code points (a
// flag, a skin tone, a ZWJ sequence, a variation selector) changes as one
// token, in one change, which is not flagged punctuation.
func TestEmojiChanges(t *testing.T) {
	tests := []struct {
		name, a, b   string
		wantA, wantB string
	}{
		{"flag", "Flag 🇺🇦 here.", "Flag 🇺🇸 here.", "🇺🇦", "🇺🇸"},
		{"skin tone", "Good 👍🏻 work.", "Good 👍🏿 work.", "👍🏻", "👍🏿"},
		{"skin tone added", "Good 👍 work.", "Good 👍🏿 work.", "👍", "👍🏿"},
		{"zwj sequence", "Our 👨\u200d👩\u200d👧 home.", "Our 👨\u200d👩\u200d👦 home.", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦"},
		{"variation selector", "I ❤️ it.", "I 💙 it.", "❤️", "💙"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))
			if len(cs) != 1 {
				t.Fatalf("want one change, got %+v", cs)
			}
			c := cs[0]
			if c.AText != tt.wantA || c.BText != tt.wantB {
				t.Errorf("change %q -> %q, want %q -> %q", c.AText, c.BText, tt.wantA, tt.wantB)
			}
			if c.HasFlag(FlagPunctuation) {
				t.Errorf("emoji change flagged punctuation: %+v", c)
			}
		})
	}
}

// TestDeletedYearFlaggedNumber checks that a year deleted with its
// preposition is one deletion, "in 1950", flagged number.
func TestDeletedYearFlaggedNumber(t *testing.T) {
	for _, tc := range [][2]string{
		{"Born in 1950 in Paris.", "Born in Paris."},
		{"Geboren 1950 in Paris.", "Geboren in Paris."},
		{"Родился в 1950 г. в Париже.", "Родился в Париже."},
	} {
		cs := nonTrivial(mustCompare(t, Options{}, tc[0], tc[1]))
		if len(cs) != 1 || cs[0].Kind != Delete || !cs[0].HasFlag(FlagNumber) {
			t.Errorf("%q -> %q: want one deletion flagged number, got %+v", tc[0], tc[1], cs)
		}
	}
}

func TestMayNameADay(t *testing.T) {
	// Every month and weekday name, in any case, passes the prefilter.
	for _, set := range dateWordSets {
		for w := range set {
			r, n := utf8.DecodeRuneInString(w)
			for _, form := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
				if len(form) >= 3 && !mayNameADay(form) {
					t.Errorf("mayNameADay(%q) = false", form)
				}
			}
		}
	}
	for _, w := range []string{"Январе", "сентябрь", "März", "août", "Décembre"} {
		if !mayNameADay(w) {
			t.Errorf("mayNameADay(%q) = false", w)
		}
	}
	for _, w := range []string{"the", "house", "Oblonsky", "дом", "Haus", "été", "1950", "a-b", "[x]"} {
		if mayNameADay(w) {
			t.Errorf("mayNameADay(%q) = true", w)
		}
	}
}

// TestClassifyJoined checks that a deletion and an insertion classified
// apart, then joined, get the flags of the replacement classified whole.
func TestClassifyJoined(t *testing.T) {
	x, y := samplePair(t)
	x += " On Monday, 3 June, Lavrov met Blinken. Prices rose 5%."
	y += " On Tuesday, 4 June, Lavrov met Wang Yi. Prices rose 5%."
	pp := prefilter([]string{x, y}, 0)
	opts := Options{}
	a, b := newDocument(context.Background(), x, paragraphs{spans: pp[0].spans, hashes: pp[0].hashes}, opts, false),
		newDocument(context.Background(), y, paragraphs{spans: pp[1].spans, hashes: pp[1].hashes}, opts, false)
	unifyKeys([]*document{a, b}, 0)
	k := newKeyer(opts, false)
	text := func(d *document, ts []token) string {
		if len(ts) == 0 {
			return ""
		}
		return d.text[ts[0].start:ts[len(ts)-1].end()]
	}
	r := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 3000; trial++ {
		i, j := r.IntN(len(a.toks)), r.IntN(len(b.toks))
		da, db := a.toks[i:min(len(a.toks), i+r.IntN(40))], b.toks[j:min(len(b.toks), j+r.IntN(40))]
		if trial%10 == 0 { // the same text on both sides
			da, db = a.toks[len(a.toks)-9:], b.toks[len(b.toks)-9:]
		}
		at, bt := text(a, da), text(b, db)
		del := classify(k, a, b, da, nil, at, "")
		ins := classify(k, a, b, nil, db, "", bt)
		want := classify(k, a, b, da, db, at, bt)
		if got := classifyJoined(k, a, b, da, db, at, bt, del, ins); !slices.Equal(got, want) {
			t.Fatalf("%q -> %q: joined %v, whole %v (apart %v, %v)", at, bt, got, want, del, ins)
		}
	}
}

// TestEqualFold: the ASCII walk gives full case folding's answer, also
// where a side turns to other characters midway or folds to more bytes.
func TestEqualFold(t *testing.T) {
	k := newKeyer(Options{}, false)
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"", "", true},
		{"Moscow", "MOSCOW", true},
		{"Moscow", "Moscow.", false},
		{"Moscow", "Moskau", false},
		{"Straße", "STRASSE", true},
		{"the Straße", "THE STRASSE", true},
		{"the Straße", "THE STRASSEN", false},
		{"Москва", "МОСКВА", true},
		{"in Москва", "IN МОСКВА", true},
		{"in Москва", "IN Москве", false},
		{"ǅ", "ǆ", true},
	} {
		if got := k.equalFold(tt.x, tt.y); got != tt.want {
			t.Errorf("equalFold(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if ref := k.fold(tt.x) == k.fold(tt.y); ref != tt.want {
			t.Errorf("the table is wrong for %q, %q: folding says %v", tt.x, tt.y, ref)
		}
	}
}

// TestSameWordsShortcut: lettersDiffer never decides against the joined
// keys. Random stretches mix line breaks, hyphens, case, digits and
// characters that NFKC or folding change (ligatures, full-width letters,
// combining accents, zero-width spaces).
func TestSameWordsShortcut(t *testing.T) {
	parts := []string{"infor", "mation", "-", "\n", " ", "In", "in", "7", ".", "'", "é", "e\u0301", "ﬁ", "fi", "Ａ", "a", "\u200B", "ß", "ss", "\u00AD"}
	rng := rand.New(rand.NewPCG(7, 11))
	gen := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		return b.String()
	}
	for _, ignoreCase := range []bool{false, true} {
		k := newKeyer(Options{IgnoreCase: ignoreCase}, false)
		decided := 0
		for range 20000 {
			x, y := gen(), gen()
			if rng.IntN(4) == 0 {
				y = strings.ReplaceAll(x, "\n", " ") // often the same words
			}
			want := k.joinedKey(x) == k.joinedKey(y)
			if k.lettersDiffer(x, y) {
				decided++
				if want {
					t.Fatalf("ignoreCase %v: lettersDiffer(%q, %q) but the joined keys are equal", ignoreCase, x, y)
				}
			}
		}
		if decided == 0 {
			t.Errorf("ignoreCase %v: lettersDiffer never decided", ignoreCase)
		}
	}
}

// TestNameAfterAbbreviation: a full stop inside a sentence (a title, an
// initial) does not make the next word a sentence's first, so a changed
// name after it is flagged name; a list number and Spanish ¿ keep the
// first word first. A sentence's first word is a name where the text
// writes it capitalised inside its sentences.
func TestNameAfterAbbreviation(t *testing.T) {
	tests := []struct {
		name, a, b string
		lang       string // both versions', where given
		wantName   bool
		wantCase   bool
	}{
		{name: "after Mr.", a: "We met Mr. John Parker there.", b: "We met Mr. Robert Parker there.", wantName: true},
		{name: "after an initial", a: "Poems by A. S. Pushkin are read.", b: "Poems by A. S. Lermontov are read.", wantName: true},
		{name: "after Sra.", a: "Habló la Sra. María López.", b: "Habló la Sra. Carmen López.", wantName: true},
		{name: "list item's first word", a: "Steps:\n1. Open it now.", b: "Steps:\n1. Close it now."},
		{name: "a name after a year opening the sentence", a: "1848 Paris rose up.", b: "1848 Vienna rose up.", wantName: true},
		{name: "a bullet's first word", a: "Priorities:\n\n• Housing for all\n• Health care", b: "Priorities:\n\n• Transport for all\n• Health care"},
		{name: "a Markdown bullet's first word", a: "Priorities:\n\n* Housing for all\n* Health care", b: "Priorities:\n\n* Transport for all\n* Health care"},
		{name: "a heading's first word", a: "## Housing for all\n\nText.", b: "## Transport for all\n\nText."},
		{name: "a table cell's first word", a: "| Sector | Share |\n| Housing | 10 |", b: "| Sector | Share |\n| Transport | 10 |"},
		{name: "a quoted line's first word", a: "> Housing for all\n", b: "> Transport for all\n"},
		{name: "an item numbered in Roman numerals", a: "Goals:\n(iv) Housing for all", b: "Goals:\n(iv) Transport for all"},
		{name: "a clause of three levels", a: "Scope:\n1.2.3 Housing for all", b: "Scope:\n1.2.3 Transport for all"},
		{name: "a table cell's name, named inside a sentence", a: "We met in Paris.\n| City | Share |\n| Paris | 10 |",
			b: "We met in Paris.\n| City | Share |\n| Berlin | 10 |", wantName: true},
		{name: "a tabbed row's first word", a: "Sector\t2024\nRoads\t19,900\n", b: "Sector\t2024\nRoads\t19,900\nHealth\t5,250\n"},
		{name: "a name on a wrapped line ending in a tab", a: "The talks were held on Monday with\nLavrov and his deputy in Moscow.\t\n", b: "The talks were held on Monday with\nBlinken and his deputy in Moscow.\t\n", wantName: true},
		{name: "a name before a tab in a line of prose", a: "The report, filed by\nReuters\ton Monday, said so.", b: "The report, filed by\nBloomberg\ton Monday, said so.", wantName: true},
		{name: "a clause of two figures' levels", a: "Terms\n\n11.12 Contractor shall pay the fee.", b: "Terms\n\n11.12 Supplier shall pay the fee."},
		{name: "a name in a later cell", a: "| Talks | Host |\n| Trade | Lavrov |", b: "| Talks | Host |\n| Trade | Blinken |", wantName: true},
		{name: "a name after a bar in a line", a: "Ceasefire talks resume | Reuters", b: "Ceasefire talks resume | Bloomberg", wantName: true},
		{name: "a name after a time opening a line", a: "Programme\n\n10.30 Lavrov arrives in Almaty.", b: "Programme\n\n10.30 Blinken arrives in Almaty.", wantName: true},
		{name: "a clause of two levels opening a line", a: "Terms\n\n3.12 Payment is due monthly.", b: "Terms\n\n3.12 Rent is due monthly."},
		{name: "a name after a time of two figures", a: "Updates\n\n14.35 Lavrov arrives in Almaty.", b: "Updates\n\n14.35 Blinken arrives in Almaty.", wantName: true},
		{name: "a name after a time of one figure", a: "Programme\n\n9.15 Lavrov arrives in Almaty.", b: "Programme\n\n9.15 Blinken arrives in Almaty.", wantName: true},
		{name: "a name after a date opening a line", a: "21.06.2024 Лавров встретился с коллегами.", b: "21.06.2024 Блинкен встретился с коллегами.", wantName: true},
		{name: "after ¿", a: "Dime: ¿vienes mañana?", b: "Dime: ¿Vienes mañana?", wantCase: true},
		{name: "a German noun after an article", lang: "de", a: "Gestern bellte der Hund laut.", b: "Gestern bellte der Fuchs laut."},
		{name: "a German noun after an adjective", lang: "de", a: "Sie sah eine neue Regierung kommen.", b: "Sie sah eine neue Koalition kommen."},
		{name: "a German noun after a contraction", lang: "de", a: "Er ging zur Schule.", b: "Er ging zur Arbeit."},
		{name: "a German name", lang: "de", a: "Gestern traf Merkel den Gast.", b: "Gestern traf Scholz den Gast.", wantName: true},
		{name: "a German compound's later part", lang: "de", a: "Sie baut eine neue Photovoltaik-Anlage auf.", b: "Sie baut eine neue Photovoltaikanlage auf."},
		{name: "a German noun after a figure", lang: "de", a: "Die Quote liegt bei 12 % im Jahr.", b: "Die Quote liegt bei 12 Prozent im Jahr."},
		{name: "a German noun after a number word", lang: "de", a: "Es dauerte drei Stunden lang.", b: "Es dauerte drei Tage lang."},
		{name: "a German name after a title", lang: "de", a: "Gestern sprach Frau Weber dort.", b: "Gestern sprach Frau Schneider dort.", wantName: true},
		{name: "a German city after a postcode", lang: "de", a: "Die Anschrift lautet 10115 Berlin, Hauptstraße.", b: "Die Anschrift lautet 10115 Potsdam, Hauptstraße.", wantName: true},
		{name: "a German place after am", lang: "de", a: "Er wohnt am Rhein.", b: "Er wohnt am Main.", wantName: true},
		{name: "a German acronym after an article", lang: "de", a: "Er kam von der SPD her.", b: "Er kam von der CDU her.", wantName: true},
		{name: "a German noun in a text given no language", a: "Gestern bellte der Hund laut.", b: "Gestern bellte der Fuchs laut.", wantName: true},
		{name: "an English name after the", a: "We met the Smiths there.", b: "We met the Joneses there.", wantName: true},
		{name: "a name opening its sentence, named inside one", a: "Talks ended. Lavrov spoke. Then Lavrov left.",
			b: "Talks ended. Shoigu spoke. Then Lavrov left.", wantName: true},
		{name: "a Russian name opening its sentence, named inside one", a: "Было поздно. Анна вышла. Потом Анна вернулась.",
			b: "Было поздно. Мария вышла. Потом Анна вернулась.", wantName: true},
		{name: "a name opening its sentence alone", a: "Talks ended. Lavrov spoke.", b: "Talks ended. Shoigu spoke."},
		{name: "a word opening its sentence, small inside one", a: "Talks ended. Ministers spoke. The ministers left.",
			b: "Talks ended. Diplomats spoke. The ministers left."},
		{name: "a middle initial deleted", a: "The poem was written by A. S. Pushkin in 1825.", b: "The poem was written by A. Pushkin in 1825.", wantName: true},
		{name: "a Russian middle initial deleted", a: "Стихи написал А. С. Пушкин в 1825 году.", b: "Стихи написал А. Пушкин в 1825 году.", wantName: true},
		{name: "an initial changed", a: "Written by J. Smith today.", b: "Written by K. Smith today.", wantName: true},
		{name: "a letter ending a sentence", a: "Plan A. Then we go.", b: "Plan B. Then we go."},
		{name: "a line in capitals with a number word changed", a: "THE MEETING OF THE COUNCIL STARTED AT TEN IN THE MORNING.",
			b: "The meeting of the council started at eleven in the morning.", wantCase: true},
		{name: "a greek heading in capitals with its year changed", a: "ΕΤΗΣΙΑ ΕΚΘΕΣΗ 2023\n\nΗ χρονιά πήγε καλά.", b: "Ετήσια Έκθεση 2024\n\nΗ χρονιά πήγε καλά.", wantCase: true},
		{name: "a heading in capitals with its year changed", a: "ANNUAL REPORT 2023\n\nThe year went well.", b: "Annual Report 2024\n\nThe year went well.", wantCase: true},
		{name: "a title changed", a: "The talk was given by Prof. Weber today.", b: "The talk was given by Dr. Weber today."},
		{name: "a portuguese title changed", a: "Estiveram presentes o Eng. Carlos Mota e outros.", b: "Estiveram presentes o Arq. Carlos Mota e outros."},
		{name: "a name after a title changed", a: "The talk was given by Prof. Weber today.", b: "The talk was given by Prof. Fischer today.", wantName: true},
		{name: "a letter before an article", a: "See section A. The rest is here.", b: "See section B. The rest is here."},
		{name: "an initial before a name with particles", a: "The song was sung by J. De la Cruz today.", b: "The song was sung by L. De la Cruz today.", wantName: true},
		{name: "an initial before a name with an article", a: "Marine, or M. Le Pen, spoke.", b: "Marine, or N. Le Pen, spoke.", wantName: true},
		{name: "a German noun opening its sentence", lang: "de", a: "Wir sehen die Kinder. Kinder spielen draußen.", b: "Wir sehen die Kinder. Hunde spielen draußen."},
		{name: "a particle inside a name changed", a: "The report was written by Anna van der Berg in Leiden.", b: "The report was written by Anna van den Berg in Leiden.", wantName: true},
		{name: "a particle alone between names changed", lang: "fr", a: "Hier a parlé Charles de Gaulle.", b: "Hier a parlé Charles du Gaulle."},
		{name: "an italian preposition put for another between names", lang: "it", a: "Il volo di Lavrov da Mosca a Minsk è partito tardi.", b: "Il volo di Lavrov di Mosca a Minsk è partito tardi."},
		{name: "a german preposition between names", lang: "de", a: "Der Flug von Lawrow von Moskau nach Minsk war spät.", b: "Der Flug von Lawrow aus Moskau nach Minsk war spät."},
		{name: "an article between German nouns", lang: "de", a: "Er ist Mitglied der Partei seit Jahren.", b: "Er ist Mitglied die Partei seit Jahren."},
		{name: "a spanish preposition between a name and a place", lang: "es", a: "El vuelo de Lavrov de Moscú a Minsk salió tarde.", b: "El vuelo de Lavrov desde Moscú a Minsk salió tarde."},
		{name: "a portuguese preposition between a name and a country", lang: "pt", a: "O voo de Lavrov da Rússia chegou tarde.", b: "O voo de Lavrov na Rússia chegou tarde."},
		{name: "a run of particles after a given name opening the sentence", a: "Anna van der Berg arrived in Leiden.", b: "Anna van den Berg arrived in Leiden.", wantName: true},
		{name: "a run of particles inside a name changed", a: "The song was sung by Maria de la Cruz today.", b: "The song was sung by Maria de las Cruz today.", wantName: true},
		{name: "a particle after a name, before a small word", a: "We asked Anna de facto to leave.", b: "We asked Anna da facto to leave."},
		{name: "an item's first word after a bracketed number", a: "Terms:\n(4) Payment is due monthly.\n(5) Late fees apply.", b: "Terms:\n(4) Rent is due monthly.\n(5) Late fees apply."},
		{name: "an item's first word after a letter and bracket", a: "Terms: a) Payment is due monthly. b) Late fees apply.", b: "Terms: a) Rent is due monthly. b) Late fees apply."},
		{name: "a capital after a bracketed number inside a sentence", a: "We saw the list (4) Payment is due monthly.", b: "We saw the list (4) Rent is due monthly.", wantName: true},
		{name: "a line's first word in a list without full stops", a: "Shopping\n\nBuy milk\nBuy bread\nCall mom\n", b: "Shopping\n\nGet milk\nBuy bread\nCall mom\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.lang != "" {
				opts.Languages = []string{tt.lang, tt.lang}
			}
			cs := nonTrivial(mustCompare(t, opts, tt.a, tt.b))
			if len(cs) != 1 {
				t.Fatalf("changes %+v, want one", cs)
			}
			if got := cs[0].HasFlag(FlagName); got != tt.wantName {
				t.Errorf("name flag %v, want %v: %+v", got, tt.wantName, cs[0])
			}
			if got := cs[0].HasFlag(FlagCase); got != tt.wantCase {
				t.Errorf("case flag %v, want %v: %+v", got, tt.wantCase, cs[0])
			}
		})
	}
}

// TestSharpSNotCase: ß respelled ss is a spelling revision, not a change
// of case; ß against capital SS is one.
func TestSharpSNotCase(t *testing.T) {
	for _, tt := range []struct {
		a, b     string
		wantCase bool
	}{
		{"Ich weiß, daß er kommt.", "Ich weiß, dass er kommt.", false},
		{"Die großen Städte.", "Die grossen Städte.", false},
		{"Die Straße ist lang.", "Die STRASSE ist lang.", true},
	} {
		cs := nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))
		if len(cs) != 1 || cs[0].HasFlag(FlagCase) != tt.wantCase {
			t.Errorf("%q -> %q: %+v, want one change, flagged case: %v", tt.a, tt.b, cs, tt.wantCase)
		}
	}
}

// TestMultipleNumberFlag: a changed multiple is a number change, a
// multiple in its other sense ("doubled over", "doublé", dubbed) is not.
func TestMultipleNumberFlag(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Prices doubled.", "Prices tripled.", true},
		{"Цены выросли вдвое.", "Цены выросли втрое.", true},
		{"Er rief dreimal an.", "Er rief viermal an.", true},
		{"He doubled over in pain.", "He bent over in pain.", false},
		{"Le film est doublé.", "Le film est sous-titré.", false},
	} {
		cs := nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))
		if len(cs) != 1 || cs[0].HasFlag(FlagNumber) != tt.want {
			t.Errorf("%q -> %q: %+v, want one change, number %v", tt.a, tt.b, cs, tt.want)
		}
	}
}

// TestNumberFlagOnOtherNumerals: a vulgar fraction, a superscript or a
// Roman numeral character changed is a number changed.
func TestNumberFlagOnOtherNumerals(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Add ½ cup of flour.", "Add ⅓ cup of flour."},
		{"The hall is 120 м² in size.", "The hall is 120 м³ in size."},
		{"Chapter Ⅻ begins here.", "Chapter Ⅺ begins here."},
		{"Nel XIV secolo la città crebbe.", "Nel XV secolo la città crebbe."},
		{"В XIV веке город рос.", "В XV веке город рос."},
		{"Au XIVe siècle la ville grandit.", "Au XVe siècle la ville grandit."},
		{"他买了三本书。", "他买了四本书。"},
		{"会议于六月二十一日举行。", "会议于六月二十二日举行。"},
		{"彼は三冊の本を買った。", "彼は五冊の本を買った。"},
		{"價格是兩萬元。", "價格是三萬元。"},
	} {
		r := mustCompare(t, Options{}, tc.a, tc.b)
		if len(r.Changes) != 1 || !r.Changes[0].HasFlag(FlagNumber) {
			t.Errorf("%q -> %q: changes %+v, want one flagged %s", tc.a, tc.b, r.Changes, FlagNumber)
		}
	}
}

// TestNumberFlagOnWordsOfOtherLanguages: a word that is a number word
// in one language only and an ordinary word in another (Spanish "siete",
// Italian you are; Portuguese "sete", Italian thirst; Polish "drugi",
// also other, as Croatian "drugi" is) makes no number change; an Italian
// compound does.
func TestNumberFlagOnWordsOfOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Siete tutti invitati alla festa.", "Siamo tutti invitati alla festa.", false},
		{"Dopo la corsa ho sete e caldo.", "Dopo la corsa ho fame e caldo.", false},
		{"Z drugiej strony, to nie jest łatwe.", "Z innej strony, to nie jest łatwe.", false},
		{"Drugi ljudi su došli kasnije.", "Neki ljudi su došli kasnije.", false},
		{"Arrivarono trecentoventi soldati.", "Arrivarono trecentotrenta soldati.", true},
		{"Arrivarono duemila soldati.", "Arrivarono tremila soldati.", true},
	} {
		number := false
		for _, c := range nonTrivial(mustCompare(t, Options{}, tc.a, tc.b)) {
			number = number || c.HasFlag(FlagNumber)
		}
		if number != tc.want {
			t.Errorf("%q -> %q: flagged number %v, want %v", tc.a, tc.b, number, tc.want)
		}
	}
}

// TestIsNumberWordItalianCompounds: isNumberWord reads an Italian
// compound as the check's reader does, and no word that only holds the
// letters of one.
func TestIsNumberWordItalianCompounds(t *testing.T) {
	for w, want := range map[string]bool{"trecentoventi": true, "duemila": true, "Millenovecentottantaquattro": true, "centimetri": false,
		"Milano": false, "percento": false, "military": false} {
		if got := isNumberWord(w); got != want {
			t.Errorf("isNumberWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHanWordsNotNumbers: a change of ideographs that are no numerals,
// of a word that holds a numeral (四川, 十分 "very"), of a capitalised
// word that reads as a Roman numeral, or of a Roman numeral's case, is
// no number change.
func TestHanWordsNotNumbers(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"我们一起去学校。", "我们一同去学校。"},
		{"The MIX label closed.", "The MAX label closed."},
		{"Run the CLI now.", "Run the GUI now."},
		{"十分好。", "非常好。"},
		{"三明治很好吃。", "汉堡很好吃。"},
		{"他去了四川。", "他去了广东。"},
		{"九州岛很美。", "本州岛很美。"},
		{"千万不要去。", "一定不要去。"},
		{"Louis XIV ruled.", "Louis xiv ruled."},
		{"Read chapter IV now.", "Read chapter iv now."},
		{"他买了书。", "他卖了书。"},
	} {
		r := mustCompare(t, Options{}, tc.a, tc.b)
		if len(r.Changes) != 1 || r.Changes[0].HasFlag(FlagNumber) {
			t.Errorf("%q -> %q: changes %+v, want one not flagged %s", tc.a, tc.b, r.Changes, FlagNumber)
		}
	}
}

// TestTurkicCapitalsFlaggedCase: in a text given as Turkish, a word in
// capitals written with I (an acronym, or Turkish typed without İ) put in
// small letters is flagged case, not name.
func TestTurkicCapitalsFlaggedCase(t *testing.T) {
	for _, p := range [][2]string{
		{"Ali ILE Veli.", "Ali ile Veli."},
		{"The INDIA office.", "The india office."},
		{"Toplantı ISTANBUL şehrinde yapıldı.", "Toplantı İstanbul şehrinde yapıldı."},
		{"Heyet IZMIR limanına geldi.", "Heyet İzmir limanına geldi."},
	} {
		cs := nonTrivial(mustCompare(t, Options{Languages: []string{"tr", "tr"}}, p[0], p[1]))
		if len(cs) != 1 || cs[0].HasFlag(FlagName) || !cs[0].HasFlag(FlagCase) {
			t.Errorf("%q -> %q: %+v, want one change flagged case, not name", p[0], p[1], cs)
		}
	}
}

// TestNumberTokenBySpelling: words spelt apart that share a key (a
// full-width word and its ASCII letters, a letter composed and
// decomposed, capitals where case is ignored) are each read as their own
// spelling says, whichever of them the document's cache of word facts
// met first.
func TestNumberTokenBySpelling(t *testing.T) {
	decomposed := "девяты" + "и\u0306" // девятый, its й as и and a breve
	tests := []struct {
		words      []string
		want       []bool
		ignoreCase bool
	}{
		{[]string{"five", "ｆｉｖｅ", "five"}, []bool{true, false, true}, false},
		{[]string{"ｆｉｖｅ", "five", "ｆｉｖｅ"}, []bool{false, true, false}, false},
		{[]string{"девятый", decomposed, "девятый"}, []bool{true, false, true}, false},
		{[]string{decomposed, "девятый", decomposed}, []bool{false, true, false}, false},
		{[]string{"FIVE", "five", "Five"}, []bool{true, true, true}, true},
		// Spellings of one length, where case is ignored.
		{[]string{"dreißig", "dreissig", "dreißig"}, []bool{true, false, true}, true},
		{[]string{"dreissig", "dreißig", "dreissig"}, []bool{false, true, false}, true},
		{[]string{"FİVE", "fıve", "FİVE"}, []bool{true, false, true}, true},
		{[]string{"fıve", "FİVE", "fıve"}, []bool{false, true, false}, true},
		{[]string{"house", "HOUSE", "house"}, []bool{false, false, false}, true},
	}
	for _, tc := range tests {
		text := strings.Join(tc.words, " ") + "."
		d := newDocument(context.Background(), text, paragraphs{spans: paragraphSpans(text)}, Options{IgnoreCase: tc.ignoreCase}, false)
		unifyKeys([]*document{d}, 0)
		var words []token
		for _, tok := range d.toks {
			if tok.class == classWord {
				words = append(words, tok)
			}
		}
		if len(words) != len(tc.words) {
			t.Fatalf("%q: %d words, want %d", text, len(words), len(tc.words))
		}
		if words[0].key != words[1].key {
			t.Fatalf("%q: the first two words have keys apart: the case tests nothing", text)
		}
		for i, tok := range words {
			w := text[tok.start:tok.end()]
			if got, want := isNumberToken(d, tok), tc.want[i]; got != want {
				t.Errorf("%q: isNumberToken(%q) = %v, want %v", text, w, got, want)
			}
		}
	}
}

// TestMarksOnly checks that a change of the marks between letters alone
// ("n.º" -> "nº", a time "20.30" -> "20:30") is flagged punctuation, and
// not name or number, while a number's digits regrouped by a mark stay a
// number change.
func TestMarksOnly(t *testing.T) {
	tests := []struct {
		a, b string
		want []string
	}{
		{"O artigo n.º 5 da lei mudou.", "O artigo nº 5 da lei mudou.", []string{FlagPunctuation}},
		{"The U.S. team won.", "The US team won.", []string{FlagPunctuation}},
		{"They co-operate well.", "They cooperate well.", []string{FlagPunctuation}},
		{"It grew 3.5 times.", "It grew 35 times.", []string{FlagNumber}},
		{"Het concert begint om 20.30 uur.", "Het concert begint om 20:30 uur.", []string{FlagPunctuation}},
		{"It costs 10.30 euro.", "It costs 10:30 euro.", []string{FlagNumber}},
		{"It starts at 20.30 today.", "It starts at 20.45 today.", []string{FlagNumber}},
		{"The U.S. team won.", "The UK team won.", []string{FlagName}},
	}
	for _, tt := range tests {
		cs := nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))
		if len(cs) != 1 || !slices.Equal(cs[0].Flags, tt.want) {
			t.Errorf("%q -> %q: %q, want one change flagged %q", tt.a, tt.b, describe(cs), tt.want)
			if len(cs) == 1 {
				t.Logf("flags %q", cs[0].Flags)
			}
		}
	}
}
