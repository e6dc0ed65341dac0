package compare

import "strings"

// Dutch, Swedish, Czech, Greek, Turkish and Hungarian number words (and
// those of addBalticSeaAndBalkanNumberWords): the cardinals of one word,
// a few ordinals and the scales.
//
// Left out, as "ein" and "une" are: the words that are also an article
// (Dutch een, Swedish en and ett, Greek ένα, Turkish bir, Hungarian egy)
// and the ordinals that are also other words (Dutch eerste, first, as
// "at first"). The forms that are other words in other languages are
// read only in a text in their language (languageNumberWords): Dutch nul
// (French null), twee (English), tien and tiende (Spanish tiene, tiende);
// Swedish sex, fem, tio, nio and sexton; Czech nula (Spanish "none"),
// jeden (German every), sto (Italian I am), osm and osmi (OSM, the map);
// Turkish on and bin (English), yüz (also face), altı (also its bottom)
// and elli (a name); Hungarian nulla (Italian nothing), hat (English)
// and hét (also week). Turkish yedi, seven, is also "ate" and is left
// out.

// addMoreNumberWords adds the number words of the languages above that
// are no other word elsewhere.
func addMoreNumberWords(add wordAdder) {
	// Dutch; vier, acht and elf are German's too.
	addCardinals(add, "- - - drie - vijf zes zeven - negen - - twaalf dertien veertien vijftien "+
		"zestien zeventien achttien negentien",
		"twintig dertig veertig vijftig zestig zeventig tachtig negentig", 20)
	add(numUnit, 1, "één")
	addCardinals(add, "- - tweede derde vierde vijfde zesde zevende achtste negende", "", 0) // ordinals
	add(numHundred, 100, "honderd")
	add(numScale, 1000, "duizend")
	add(numScale, 1000000, "miljoen miljoenen")
	add(numScale, 1000000000, "miljard miljarden")

	// Swedish; tre is Italian's too.
	addCardinals(add, "noll - två tre fyra - - sju åtta - - elva tolv tretton fjorton femton - sjutton arton nitton",
		"tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", 20)
	add(numHundred, 100, "hundra")
	add(numScale, 1000, "tusen")
	add(numScale, 1000000, "miljon miljoner")
	add(numScale, 1000000000, "miljarder")

	// Czech, with the cases of two to ten (dvou, třem, pěti).
	addCardinals(add, "- - dva tři čtyři pět šest sedm - devět deset jedenáct dvanáct třináct čtrnáct patnáct "+
		"šestnáct sedmnáct osmnáct devatenáct",
		"dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát", 20)
	for v, forms := range map[int64]string{2: "dvě dvou dvěma", 3: "tří třem třemi", 4: "čtyř čtyřem čtyřmi",
		5: "pěti", 6: "šesti", 7: "sedmi", 9: "devíti", 10: "deseti"} {
		add(numUnit, v, forms)
	}
	add(numScale, 1000, "tisíc tisíce")
	add(numScale, 1000000, "milionů miliony")
	add(numScale, 1000000000, "miliarda miliardy miliard")

	// Greek, also without accents, as capitals write them (ΤΡΙΑ).
	greek := func(kind numberWordKind, v int64, forms string) {
		add(kind, v, forms)
		add(kind, v, withoutGreekAccents(forms))
	}
	greek(numUnit, 0, "μηδέν")
	greek(numUnit, 2, "δύο")
	greek(numUnit, 3, "τρία τρεις")
	greek(numUnit, 4, "τέσσερα τέσσερις")
	greek(numUnit, 5, "πέντε")
	greek(numUnit, 6, "έξι")
	greek(numUnit, 7, "επτά εφτά")
	greek(numUnit, 8, "οκτώ οχτώ")
	greek(numUnit, 9, "εννέα εννιά")
	greek(numUnit, 10, "δέκα")
	greek(numUnit, 11, "έντεκα ένδεκα")
	greek(numUnit, 12, "δώδεκα")
	for k, w := range strings.Fields("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα") {
		greek(numUnit, int64(20+10*k), w)
	}
	greek(numHundred, 100, "εκατό")
	greek(numScale, 1000, "χίλια χιλιάδες")
	greek(numScale, 1000000, "εκατομμύριο εκατομμύρια")
	greek(numScale, 1000000000, "δισεκατομμύριο δισεκατομμύρια")

	// Turkish.
	addCardinals(add, "sıfır - iki üç dört beş", "yirmi otuz kırk - altmış yetmiş seksen doksan", 20)
	add(numUnit, 8, "sekiz")
	add(numUnit, 9, "dokuz")
	add(numScale, 1000000, "milyon")
	add(numScale, 1000000000, "milyar")

	// Hungarian, with its teens and twenties written as one word
	// (tizenkét, huszonöt).
	for v, forms := range map[int64]string{2: "kettő két", 3: "három", 4: "négy", 5: "öt", 8: "nyolc",
		9: "kilenc", 10: "tíz", 20: "húsz", 30: "harminc", 40: "negyven", 50: "ötven", 60: "hatvan",
		70: "hetven", 80: "nyolcvan", 90: "kilencven"} {
		add(numUnit, v, forms)
	}
	for v, unit := range []string{"egy", "kettő két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"} {
		for _, u := range strings.Fields(unit) {
			add(numUnit, int64(11+v), "tizen"+u)
			add(numUnit, int64(21+v), "huszon"+u)
		}
	}
	add(numHundred, 100, "száz")
	add(numScale, 1000, "ezer")
	add(numScale, 1000000, "millió")
	add(numScale, 1000000000, "milliárd")

	addBalticSeaAndBalkanNumberWords(add)
}

// addBalticSeaAndBalkanNumberWords adds the number words of Romanian,
// Croatian, Slovak, Finnish, Danish, Norwegian and Indonesian that are no
// other word elsewhere. Left out: Romanian opt (English) and nouă (also
// "new"), mie (also "to me"); Croatian pet (English) and jedan; Finnish
// kuusi (also a spruce); Indonesian puluh, which makes tens of two words
// ("dua puluh"), and lima (also a file, and Peru's capital). The Danish
// and Norwegian words that are others' too are read only in a text of
// theirs (danishOwnNumberWords), as are Finnish sata (also Croatian and
// Serbian "hours": "2 sata") and Croatian and Serbian pet, Bulgarian and
// Serbian шест (slavicOwnNumberWords). The detector
// names no language of Romanian, Croatian, Finnish or Indonesian, so
// their words here must be theirs alone. Romanian ș and ț are listed
// with the comma below and the cedilla, as texts write both.
func addBalticSeaAndBalkanNumberWords(add wordAdder) {
	romanian := func(kind numberWordKind, v int64, forms string) {
		add(kind, v, forms)
		add(kind, v, strings.NewReplacer("ș", "ş", "ț", "ţ").Replace(forms))
	}
	romanian(numUnit, 2, "doi două")
	for v, w := range strings.Fields("trei patru cinci șase șapte") {
		romanian(numUnit, int64(3+v), w)
	}
	romanian(numUnit, 10, "zece")
	for v, w := range strings.Fields("unsprezece doisprezece treisprezece paisprezece cincisprezece " +
		"șaisprezece șaptesprezece optsprezece nouăsprezece") {
		romanian(numUnit, int64(11+v), w)
	}
	romanian(numUnit, 12, "douăsprezece")
	for k, w := range strings.Fields("douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci") {
		romanian(numUnit, int64(20+10*k), w)
	}
	romanian(numHundred, 100, "sută sute")
	romanian(numScale, 1000, "mii")
	romanian(numScale, 1000000, "milion milioane")
	romanian(numScale, 1000000000, "miliard miliarde")

	// Croatian.
	addCardinals(add, "- - dvije tri četiri - - sedam osam devet - jedanaest dvanaest trinaest četrnaest petnaest "+
		"šesnaest sedamnaest osamnaest devetnaest",
		"dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset", 20)
	add(numUnit, 2, "dviju")
	add(numUnit, 3, "triju")
	add(numScale, 1000, "tisuću tisuća tisuće")
	add(numScale, 1000000, "milijun milijuna")
	add(numScale, 1000000000, "milijarda milijardi milijarde")

	// Slovak, with the cases of two to ten (dvoch, troch, piatich).
	addCardinals(add, "- - - - štyri päť šesť sedem osem deväť desať jedenásť dvanásť trinásť štrnásť pätnásť "+
		"šestnásť sedemnásť osemnásť devätnásť",
		"dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat", 20)
	for v, forms := range map[int64]string{2: "dvoch dvom dvoma", 3: "troch trom troma", 4: "štyroch štyrom štyrmi",
		5: "piatich piatim", 6: "šiestich", 7: "siedmich", 8: "ôsmich", 9: "deviatich", 10: "desiatich"} {
		add(numUnit, v, forms)
	}
	// The tens in the cases the units take above, and a ten and a unit
	// written as one word (dvadsaťdva, 22; dvadsiatich dvoch, of 22).
	for k, w := range strings.Fields("dvadsiatich tridsiatich štyridsiatich päťdesiatich šesťdesiatich sedemdesiatich osemdesiatich deväťdesiatich") {
		add(numUnit, int64(20+10*k), w)
	}
	for k, ten := range strings.Fields("dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat") {
		for u, unit := range strings.Fields("jeden dva tri štyri päť šesť sedem osem deväť") {
			add(numUnit, int64(20+10*k+1+u), ten+unit)
		}
		add(numUnit, int64(20+10*k+1), ten+"jedna")
		add(numUnit, int64(20+10*k+2), ten+"dve")
	}
	add(numScale, 1000000, "milión milióny miliónov")

	// Finnish, with the case endings on the stems (viidestä, kolmen).
	for v, w := range strings.Fields("- yksi kaksi kolme neljä viisi - seitsemän kahdeksan yhdeksän kymmenen") {
		if w != "-" {
			add(numUnit, int64(v), w)
		}
	}
	for v, stem := range strings.Fields("- yhde kahde kolme neljä viide - seitsemä kahdeksa yhdeksä kymmene") {
		if stem == "-" {
			continue
		}
		for _, e := range finnishNumberEndings {
			add(numUnit, int64(v), stem+e)
		}
	}
	add(numScale, 1000, "tuhat tuhatta")
	add(numScale, 1000000, "miljoona miljoonaa")
	add(numScale, 1000000000, "miljardi miljardia")

	// Danish and Norwegian (Bokmål), cardinals and ordinals but første
	// (as Dutch eerste) and anden, andre (also "other").
	for v, forms := range map[int64]string{7: "syv sju", 8: "otte åtte", 11: "elleve", 13: "tretten", 14: "fjorten",
		15: "femten", 16: "seksten", 17: "sytten", 18: "atten", 19: "nitten", 20: "tyve tjue", 30: "tredive tretti",
		40: "fyrre førti", 50: "halvtreds femti", 60: "seksti", 70: "halvfjerds sytti", 80: "åtti",
		90: "halvfems nitti"} {
		add(numUnit, v, forms)
	}
	for v, forms := range map[int64]string{3: "tredje", 4: "fjerde", 5: "femte", 6: "sjette", 7: "syvende sjuende",
		8: "ottende åttende", 9: "niende", 11: "ellevte", 12: "tolvte", 13: "trettende", 14: "fjortende",
		15: "femtende", 16: "sekstende", 17: "syttende", 19: "nittende", 20: "tyvende tjuende"} {
		add(numUnit, v, forms)
	}
	add(numHundred, 100, "hundrede hundre")
	add(numScale, 1000, "tusind")
	add(numScale, 1000000, "millioner")
	add(numScale, 1000000000, "milliarder")

	// Bulgarian and Serbian (Cyrillic), Macedonian's too: the words that
	// are no Russian or Ukrainian word (Russian шест is a pole: see
	// slavicOwnNumberWords).
	for v, forms := range map[int64]string{4: "четири", 5: "пет", 7: "седем седам", 8: "осем осам", 9: "девет",
		10: "десет", 20: "двадесет", 30: "тридесет", 40: "четиридесет четрдесет", 50: "петдесет педесет",
		60: "шестдесет шездесет", 70: "седемдесет седамдесет", 80: "осемдесет осамдесет", 90: "деветдесет деведесет"} {
		add(numUnit, v, forms)
	}
	add(numScale, 1000, "хиляда хиляди хиљада хиљаде хиљаду")
	add(numScale, 1000000, "милиона милиони")
	add(numScale, 1000000000, "милиарда милиарди милијарди милијарде")

	// Indonesian.
	addCardinals(add, "- satu dua tiga empat - enam tujuh delapan sembilan sepuluh sebelas", "", 0)
	add(numHundred, 100, "seratus")
	add(numScale, 1000, "seribu ribu")
	add(numScale, 1000000, "juta")
	add(numScale, 1000000000, "miliar")
}

// finnishNumberEndings are the case endings of a Finnish number on its
// stem, in both vowel harmonies: genitive, inessive, elative, adessive,
// allative, ablative, translative, essive.
var finnishNumberEndings = strings.Fields("n ssa ssä sta stä lla llä lle lta ltä ksi na nä")

// The number words of the languages above read only in a text in their
// language (see the file's comment), for languageNumberWords.
var (
	dutchOwnNumberWords = map[string]numberWord{"elf": {kind: numUnit, value: 11}, "nul": {kind: numUnit, value: 0},
		"twee": {kind: numUnit, value: 2}, "tien": {kind: numUnit, value: 10}, "tiende": {kind: numUnit, value: 10}}
	swedishOwnNumberWords = map[string]numberWord{"fem": {kind: numUnit, value: 5}, "sex": {kind: numUnit, value: 6},
		"nio": {kind: numUnit, value: 9}, "tio": {kind: numUnit, value: 10}, "sexton": {kind: numUnit, value: 16}}
	czechOwnNumberWords = map[string]numberWord{"nula": {kind: numUnit, value: 0}, "jeden": {kind: numUnit, value: 1},
		"jedna": {kind: numUnit, value: 1}, "sto": {kind: numHundred, value: 100}, "osm": {kind: numUnit, value: 8},
		"osmi": {kind: numUnit, value: 8}}
	turkishOwnNumberWords = map[string]numberWord{"on": {kind: numUnit, value: 10}, "bin": {kind: numScale, value: 1000},
		"yüz": {kind: numHundred, value: 100}, "altı": {kind: numUnit, value: 6}, "elli": {kind: numUnit, value: 50}}
	hungarianOwnNumberWords = map[string]numberWord{"nulla": {kind: numUnit, value: 0}, "hat": {kind: numUnit, value: 6},
		"hét": {kind: numUnit, value: 7}}
	finnishOwnNumberWords = map[string]numberWord{"sata": {kind: numHundred, value: 100}}
	slavicOwnNumberWords  = map[string]numberWord{"pet": {kind: numUnit, value: 5}, "шест": {kind: numUnit, value: 6}}
	// danishOwnNumberWords: Danish and Norwegian to (English), fire
	// (English), fem (Swedish's own too), seks, ni (French), ti and tiende
	// (Italian, Spanish), firs (English), attende (Italian, waits), tolv
	// and tre being everyone's already.
	danishOwnNumberWords = map[string]numberWord{"to": {kind: numUnit, value: 2}, "fire": {kind: numUnit, value: 4},
		"fem": {kind: numUnit, value: 5}, "seks": {kind: numUnit, value: 6}, "ni": {kind: numUnit, value: 9},
		"ti": {kind: numUnit, value: 10}, "tiende": {kind: numUnit, value: 10}, "firs": {kind: numUnit, value: 80},
		"attende": {kind: numUnit, value: 18}}
)
