package compare

import "strings"

// Spanish, Italian and Portuguese number words. The forms that are other
// words in other languages are read only in a text in their language
// (languageNumberWords): Spanish "once" and "doce" (English once,
// Portuguese sweet), "quince" (the fruit), "dos" (French back), "mil"
// (English slang for a million) and "siete" (Italian you are); Italian
// "due" (English due), "sei" (German be, Portuguese I know, and Italian
// you are: see countsAsNumber), "sette" (Norwegian set) and "otto" (a
// name); Portuguese "dois" (French je dois, I must), "dez" (German Dez.,
// December), "doze" (English) and "sete" (Italian thirst). The articles
// (un, uno, una, um, uma) are left out as ein and une are, but after a
// ten ("treinta y un años", "vinte e uma"). Italian "venti" is also
// "winds", but stays in numberWords: the number is far the commoner, is
// no other word in another language, and no rule of the words around it
// tells the two apart ("i venti del nord", "i venti paesi").

// addSpanishNumberWords adds the Spanish cardinals, hundreds in both
// genders and scales ("mil millones", a thousand million, is read as
// 10^9). Spanish writes 16 to 29 as one word: dieciséis, veintitrés.
func addSpanishNumberWords(add wordAdder) {
	addCardinals(add, "cero - - tres cuatro cinco seis - ocho nueve diez - - trece catorce - "+
		"dieciséis diecisiete dieciocho diecinueve",
		"veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa", 20)
	for v, forms := range map[int64]string{16: "dieciseis", 21: "veintiuno veintiuna veintiún veintiun",
		22: "veintidós veintidos", 23: "veintitrés veintitres", 24: "veinticuatro", 25: "veinticinco",
		26: "veintiséis veintiseis", 27: "veintisiete", 28: "veintiocho", 29: "veintinueve"} {
		add(numUnit, v, forms)
	}
	add(numHundred, 100, "cien ciento")
	addStems(add, numHundred, map[int64]string{200: "doscient", 300: "trescient", 400: "cuatrocient", 500: "quinient",
		600: "seiscient", 700: "setecient", 800: "ochocient", 900: "novecient"}, "os as")
	add(numScale, 1000000, "millón millon millones")
	add(numScale, 1000000000000, "billón billones")
}

// addItalianNumberWords adds the Italian cardinals of one word below a
// hundred (italianBelowHundred) but those of languageNumberWords and
// "uno", an article; italianNumberWord reads the compounds Italian
// writes as one word from a hundred up (trecentoventi, duemila).
func addItalianNumberWords(add wordAdder) {
	for w, v := range italianBelowHundred {
		if _, own := languageNumberWords["it"][w]; !own && w != "uno" {
			add(numUnit, v, w)
		}
	}
	add(numHundred, 100, "cento")
	add(numScale, 1000000, "milione milioni")
	add(numScale, 1000000000, "miliardo miliardi")
}

// addPortugueseNumberWords adds the Portuguese cardinals (Brazil's and
// Portugal's 16, 17 and 19), hundreds in both genders and scales: bilhão
// is Brazil's 10^9, bilião Portugal's 10^12.
func addPortugueseNumberWords(add wordAdder) {
	addCardinals(add, "- - - três quatro cinco seis - oito nove - onze - treze catorze quinze "+
		"dezesseis dezessete dezoito dezenove",
		"vinte trinta quarenta cinquenta sessenta setenta oitenta noventa", 20)
	add(numUnit, 2, "duas")
	add(numUnit, 14, "quatorze")
	add(numUnit, 16, "dezasseis")
	add(numUnit, 17, "dezassete")
	add(numUnit, 19, "dezanove")
	add(numHundred, 100, "cem cento")
	addStems(add, numHundred, map[int64]string{200: "duzent", 300: "trezent", 400: "quatrocent", 500: "quinhent",
		600: "seiscent", 700: "setecent", 800: "oitocent", 900: "novecent"}, "os as")
	add(numScale, 1000000, "milhão milhões")
	add(numScale, 1000000000, "bilhão bilhões")
	add(numScale, 1000000000000, "bilião biliões")
}

// italianBelowHundred are the Italian cardinals from 1 to 99, each one
// word: a ten drops its vowel before "uno" and "otto" (ventuno,
// trentotto), "tre" after a ten is written "tré" or "tre", and "un"
// stands for "uno" before a noun (ventun anni).
var italianBelowHundred = func() map[string]int64 {
	m := map[string]int64{}
	units := strings.Fields(`uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici
		quattordici quindici sedici diciassette diciotto diciannove`)
	for v, w := range units {
		m[w] = int64(v + 1)
	}
	for k, ten := range strings.Fields(`venti trenta quaranta cinquanta sessanta settanta ottanta novanta`) {
		t := int64(20 + 10*k)
		m[ten] = t
		for u, w := range units[:9] {
			if w == "uno" || w == "otto" {
				m[ten[:len(ten)-1]+w] = t + int64(u+1)
			} else {
				m[ten+w] = t + int64(u+1)
			}
		}
		m[ten+"tré"] = t + 3
		m[ten[:len(ten)-1]+"un"] = t + 1
	}
	return m
}()

// italianNumberWord reads w, lower case, as an Italian cardinal written
// as one word from a hundred up ("trecentoventi", "duemila",
// "millenovecentottantaquattro"). One of italianBelowHundred is left to
// the tables, which read "due" and "otto" only in Italian.
func italianNumberWord(w string) (numberWord, bool) {
	if _, simple := italianBelowHundred[w]; simple || !strings.Contains(w, "cent") && !strings.Contains(w, "mil") {
		return numberWord{}, false
	}
	if head, rest, ok := strings.Cut(w, "mila"); ok {
		n, ok := italianBelowThousand(head) // duemila, ventimila, centomila
		if !ok || n < 2 {
			return numberWord{}, false
		}
		return italianThousands(n, rest)
	}
	if rest, ok := strings.CutPrefix(w, "mille"); ok {
		return italianThousands(1, rest)
	}
	v, ok := italianBelowThousand(w)
	return numberWord{kind: numUnit, value: v}, ok
}

// italianThousands is n thousand and the number below a thousand that
// rest writes, if any.
func italianThousands(n int64, rest string) (numberWord, bool) {
	v, ok := int64(0), true
	if rest != "" {
		v, ok = italianBelowThousand(rest)
	}
	return numberWord{kind: numUnit, value: n*1000 + v}, ok
}

// italianBelowThousand reads s as an Italian cardinal below a thousand:
// one of italianBelowHundred, or its hundreds ("cento", "trecento") and
// what follows them, where "cento" drops its "o" before "ottanta" and,
// as often as not, before "otto" (centottanta, centotto, centootto).
func italianBelowThousand(s string) (int64, bool) {
	head, rest, ok := strings.Cut(s, "cent")
	if !ok {
		v, ok := italianBelowHundred[s]
		return v, ok
	}
	n := int64(1)
	if head != "" {
		v, ok := italianBelowHundred[head]
		if !ok || v < 2 || v > 9 {
			return 0, false
		}
		n = v
	}
	if !strings.HasPrefix(rest, "ott") {
		if rest, ok = strings.CutPrefix(rest, "o"); !ok {
			return 0, false
		}
	}
	if rest == "" {
		return n * 100, true
	}
	v, ok := italianBelowHundred[rest]
	return n*100 + v, ok
}
