package compare

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An abbreviation's full stop may or may not end its sentence. One table,
// abbreviations, says what each abbreviation does; isAbbreviation reads
// it with the words around the full stop (a number before, a capital or
// a number after, the sentence's start) and decides.

// abbrevKind is what an abbreviation does to the full stop after it. An
// abbreviation may be of several kinds ("prof" is a title in any case and
// a degree's title).
type abbrevKind uint32

const (
	// abbrevTitle goes on even before a capitalised word, unless that
	// word opens sentences (sentenceOpeners): a title or a word before a
	// name or a noun ("Dr.", "им.", "z. B.").
	abbrevTitle abbrevKind = 1 << iota
	// abbrevCapitalTitle goes on as a title only where it is written with
	// a capital and follows no number ("Col. Smith", "Fr. Müller"): in
	// lower case, or after a number, it is a word or a unit that may end
	// a sentence ("le col.", "5 ft.", "5 Fr." francs).
	abbrevCapitalTitle
	// abbrevCloses usually closes a list or a time: a capitalised word
	// after it starts a sentence ("и т.д. Потом", "at 5 p.m. The").
	abbrevCloses
	// abbrevDating closes a Russian date as abbrevCloses does when
	// written in lower case ("в сентябре с.г. Вопрос"); in capitals it is
	// a name's initials ("им. Н. Э. Баумана").
	abbrevDating
	// abbrevBeforeNumber goes on before a number or a reference in
	// brackets ("Fig. 3", "Eq. (12)", "Art. 6 Abs. 1").
	abbrevBeforeNumber
	// abbrevMonth is an abbreviated month: it goes on before a number
	// ("Dez. 2023") and after an ordinal day ("31. Dez.").
	abbrevMonth
	// abbrevCites is a German word that cites the law: it goes on before
	// "§" or "Art." ("gem. § 46", "vgl. Art. 3").
	abbrevCites
	// abbrevCurrency goes on before a country's initials ("долл. США").
	abbrevCurrency
	// abbrevUnit is a unit after a number, which takes no full stop of
	// its own, so the stop ends the sentence ("3 см. Жителям"); elsewhere
	// it is an abbreviated word ("см. выше", see above).
	abbrevUnit
	// abbrevYear is the Russian year, "г." and "гг.": after a year
	// yearEndsSentence decides; elsewhere it is a title ("г. Москва").
	abbrevYear
	// abbrevVolumes numbers volumes after a number, before a place ("в 22
	// т. М.:").
	abbrevVolumes
	// abbrevTime is a time of day: before a weekday it goes on ("until 6
	// p.m. Sunday for…").
	abbrevTime
	// abbrevPart is a part of a text, written with a capital: it goes on
	// before its number, a reference in brackets, or the capital letter
	// that labels it ("Thm. 2", "App. B", "Fig. A"). In lower case it is
	// also a word ("the app.", "figs.") and ends a sentence as one.
	abbrevPart
	// abbrevDegree is a degree's Latin word, in lower case as German
	// writes it, after an abbreviated title or another degree ("Dr.
	// med.", "Dr. rer. nat."); abbrevDegreeTitle is such a title.
	abbrevDegree
	abbrevDegreeTitle
	// abbrevCompany goes on before a company's legal form (companyForms:
	// "GmbH & Co. KG", "Co. Ltd"); before other words it may end the
	// sentence ("sold to Smith & Co. Later they").
	abbrevCompany
	// abbrevNameTitle is a title that is also a word ("prof", French
	// for teacher; "gen", "arch"; "Mons", a Belgian city), which Italian
	// and Polish write in small letters: there, or where its capital
	// says nothing, it goes on only before a full name ("il prof. Carlo
	// Rossi", "Mons. Francisco Prieto", "gen. T. Rozwadowskiego").
	abbrevNameTitle
	// abbrevSmallOnly marks an abbreviation only in small letters
	// (Polish "ok.", about; "OK." is the English word).
	abbrevSmallOnly
	// abbrevCentury is a century after its number in Roman numerals
	// ("XVIII ст.", "XIX w."): there it is a date, as abbrevYear is.
	abbrevCentury
	// abbrevYearAfter is a year word only after a year (Lithuanian
	// "2025 m.", Armenian "2024 թ."), where yearEndsSentence decides as
	// for abbrevYear; elsewhere it is no abbreviation (a variable "m"
	// ends its sentence: "be m. A force").
	abbrevYearAfter
	// abbrevAfterName is a kind of place written after its name
	// ("Московская обл.", "в Закарпатській обл."): there its full stop
	// may end the sentence; before a name it is a title ("обл. Тверская").
	abbrevAfterName
)

func (k abbrevKind) has(kind abbrevKind) bool { return k&kind != 0 }

// abbreviations holds the abbreviations, lower case and without their
// full stop, by kind. Dotted forms are written without their spaces ("z.
// B." is "z.b").
var abbreviations = abbreviationTable([]abbreviationList{
	{abbrevTitle, `vs cf e.g i.e approx dept им ул пр проф акад ген тов гн г-н г-жа см ср
		напр т д обл р пос с пер просп пл наб св т.к т.е ред ст`},
	// Russian, Ukrainian and Polish years ("2024 г.", "1991 р.", "1920
	// r."); Lithuanian and Armenian ones only after a year ("2025 m.",
	// "2024 թ.").
	{abbrevYear, `г гг р рр r`},
	{abbrevYearAfter, `m թ წ`},
	{abbrevCentury, `ст в w`},
	// German. "vgl." is left out: the synthetic German set's gold cuts at
	// every full stop before a capital, and keeping "(vgl. S. 45)" whole
	// scored lower there.
	{abbrevTitle, `bzw ca z.b d.h u.a o.ä u.ä v.a s.o s.u evtl ggf inkl bzgl sog geb hl
		mio mrd str hrn zzgl`},
	// French.
	{abbrevTitle, `p.ex env coll`},
	// Spanish, Italian, Polish, Czech, Ukrainian and Greek titles and
	// words before a name or a noun. Words that also end sentences are
	// left out ("ok", Polish "około", goes on only before a number; "al",
	// Polish "aleja", as in "et al."; Czech "nám.", square, is also
	// "nám", to us). Italian and Polish write a title in small letters
	// ("il prof. Rossi", "il sen. Boccia", "gen. Rozwadowskiego",
	// "dell'arch. Gregotti"); those that are words elsewhere go on before
	// a full name only (abbrevNameTitle). Polish "św." (saint), "im."
	// (named after).
	{abbrevTitle, `sra srta dra dña pág avda sig sig.ra dott pag ul np ks tzw płk mjr arq
		např tzv ім вул κ κα δηλ avv inż św im`},
	// Dutch "dhr." (mister), "mevr." (missus), "drs.", "ir." and "zgn."
	// (so-called); Czech "sv." (saint), "mj." (among others) and "mld."
	// (billion, before "Kč"); Turkish "bkz." (see).
	{abbrevTitle, `dhr mevr drs ir zgn sv mj mld bkz`},
	// Bulgarian "т.нар." and Serbian "тзв." (so-called), Croatian "npr."
	// (for example), Latvian "piem." (for example), Indonesian "Jl."
	// (street) and "Kec." (district), Bengali "মো." (Mohammad) and "ডা."
	// (doctor); Georgian "წ." (year: "1991 წ. ივლისში"), "მლნ.",
	// "მლრდ.", "ათ." (million, billion, thousand) and "ძვ." (ancient, in
	// "ძვ. წ.", BC), which go on as titles do, as Georgian has no capital
	// to tell where a sentence starts.
	{abbrevTitle, `т.нар тзв npr piem jl kec মো ডা წ მლნ მლრდ ათ ძვ`},
	// Serbian and Bulgarian "бр." (number), Catalan "pàg." (page),
	// Latvian "plkst." (at an hour), Tamil "ரூ." (rupees) go on before
	// their number.
	{abbrevBeforeNumber, `бр pàg plkst ரூ`},
	// Bulgarian "гр." (town) before a name; after a number, grams.
	{abbrevUnit | abbrevTitle, `гр`},
	// Swedish "t.ex." (for example), "bl.a." (among others), "s.k."
	// (so-called), "dvs." (that is), "f.d." (former), "jfr" (compare);
	// Hungarian "ún." (so-called); Danish and Norwegian "f.eks." (for
	// example). Hungarian "pl.", Finnish "esim.", "ns." and "mm." are left
	// out: English ends sentences with them ("in the pl.", "an eSIM.",
	// "in mm.", "in ns.").
	{abbrevTitle, `t.ex bl.a s.k dvs f.d jfr ún f.eks`},
	// Swedish "osv.", "o.s.v." and "m.fl." (and others), Hungarian
	// "stb.", Romanian "ș.a.m.d." and "ș.a." close a list as "etc." does;
	// Swedish "d.v.s." (that is) goes on.
	{abbrevCloses, `osv o.s.v m.fl stb ș.a.m.d s.a.m.d ș.a`},
	{abbrevTitle, `d.v.s`},
	// Dutch "mr." (a lawyer's title), Portuguese "Eng." (engineer), Turkish
	// "Cad." (street): words elsewhere too. Portuguese "cap.", Czech and
	// Swedish "doc.", Finnish "dos." (docent) are left out: "a cap.", "a
	// doc. John Smith…" end English sentences, Spanish "dos." (two) ends
	// Spanish ones.
	{abbrevNameTitle, `prof dr sen gen arch mons mr eng cad`},
	// English titles; French "MM." (messieurs), but "5 mm." ends a
	// sentence; "Mme." and "Mlle." are also written with a full stop;
	// Spanish "Sr." (señor); German Herr, Frau, Fräulein, and the
	// engineer's "Ing." ("Dipl.-Ing. Karl Weber"); Romanian "Dl."
	// (domnul, mister).
	{abbrevCapitalTitle, `mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev hon messrs
		mt ft mm mme mmes mlle mgr sr hr fr frl ing excm excmo excma ilmo ilma dl
		av phdr mudr judr rndr paeddr doç`},
	// Words of abbreviated journal titles in references ("Proc. Natl.
	// Acad. Sci. USA", "Phys. Rev. Lett.").
	{abbrevCapitalTitle, `proc natl acad sci phys lett chem engl biol`},
	{abbrevCloses, `etc a.m p.m т.д т.п т.пр др usw`},
	// Greek: before and after Christ, before and after noon ("432 π.Χ.
	// Ήταν"); "π.χ." in small letters is "for example" (see
	// isAbbreviation).
	{abbrevCloses, `π.χ μ.χ π.μ μ.μ`},
	// Of this, the current, the last year, and of our era.
	// Above sea level, Ukrainian "над р. м." (Russian "над у. м."),
	// closes a height; in capitals, "Р. М." and "У. М." are initials.
	{abbrevDating, `с.г т.г п.г н.э ц.р н.е р.м у.м н.ст n.l`},
	// Before and after Christ in Spanish and Italian ("193 a. C.", "400
	// d.C."): the era closes a year.
	{abbrevCloses, `a.c d.c`},
	{abbrevBeforeNumber, `no nos art vol p pp ch sec para ст п ч № стр рис табл гл fig tab ed
		nr abb bd kap chap figs eq eqs ref refs`},
	// The numbered parts of a paper ("Thm. 2", "eqn. 5", "App. B"); those
	// that are also words ("the app.", "her ex.") only with a capital.
	{abbrevBeforeNumber | abbrevPart, `thm thms lem defn alg appx secs sect eqn eqns conj tbl`},
	{abbrevPart, `def prop props cor app ex exs rem`},
	{abbrevPart, `fig figs tab sec ch chap`},
	// German law and notes ("Art. 6 Abs. 1"), a volume's year ("Jg. 12"),
	// a telephone ("Tel. 030 12345"), tax ("inkl. MwSt. 19 Euro"); French
	// "alinéa" ("art. 5 al. 2"); about ("rd. 210 Mio.", "ок. 45 м",
	// Polish "ok. 25 mln", Ukrainian "бл. 25 млн", Hungarian "kb. 2000");
	// a flat ("кв. 12"); at an hour (Polish "godz. 16", Swedish "kl. 9");
	// Spanish "núm. 3".
	{abbrevBeforeNumber, `abs ziff abschn anm jg tel mwst al rd ок кв ok бл прибл godz núm wys aprox séc poč kb kl`},
	// After a number "kb" is kilobytes or kilobases, a unit: "512 kb. 20
	// users…" ends its sentence.
	{abbrevUnit, `kb`},
	{abbrevSmallOnly, `ok`},
	{abbrevMonth, `jan feb mar apr jun jul aug sep sept oct nov dec
		mär mrz okt dez janv févr fév avr juil déc
		янв февр фев мар апр авг сент сен окт нояб ноя дек`},
	// Elsewhere "gem" is the English word.
	{abbrevCites, `gem vgl lt s`},
	{abbrevCurrency, `долл руб дол`},
	// Units in more than one letter that are also abbreviations of words
	// (one-letter units after a number end a sentence anyway).
	{abbrevUnit, `см`},
	{abbrevVolumes, `т`},
	{abbrevTime, `a.m p.m`},
	// Other languages' words elsewhere (Swedish "med", Danish "nat").
	{abbrevDegree, `med phil rer nat jur theol habil hab oec pol dent vet sc`},
	{abbrevDegreeTitle, `dr prof dipl`},
	{abbrevCompany, `co`},
	{abbrevAfterName, `обл окр`},
})

// abbreviationList is abbreviations of one kind, separated by spaces.
type abbreviationList struct {
	kind  abbrevKind
	words string
}

func abbreviationTable(lists []abbreviationList) map[string]abbrevKind {
	t := map[string]abbrevKind{}
	for _, l := range lists {
		for _, w := range strings.Fields(l.words) {
			t[w] |= l.kind
		}
	}
	return t
}

// isAbbreviation reports whether the full stop at toks[i] follows an
// abbreviation or an initial, so that the sentence goes on at toks[next];
// the sentence starts at toks[lo], or lo is -1 where that is not known.
func isAbbreviation(text string, toks []rawToken, lo, i, next int) bool {
	w, lw, first, ok := wordBeforeStop(text, toks, i)
	if !ok {
		return false
	}
	kind := abbreviations[lw]
	switch {
	case lw == "π.χ" && !strings.ContainsRune(w, 'Χ'):
		kind = abbrevTitle // "π.χ. Αθήνα": for example; "π.Χ.": before Christ
	case kind.has(abbrevSmallOnly) && !unicode.IsLower(firstRune(w)):
		kind = 0
	case (lw == "a.c" || lw == "d.c") && !unicode.IsLower(firstRune(tokText(text, toks[first]))):
		kind = 0 // "A. C. Grayling", "D.C. Comics": initials; the era is "a. C.", "d.C."
	}
	if goesOn, decided := abbreviationInContext(text, toks, kind, i, next); decided {
		return goesOn
	}
	// A citing word that opens its sentence introduces what it cites
	// ("Vgl. BVerfGE 7, 198."). Other abbreviations may stand alone there
	// ("No. We refuse.", "Mm. They left.").
	if kind.has(abbrevCites) && lo >= 0 && opensFrom(toks, lo, first) && !opensSentence(text, toks[next]) {
		return true
	}
	// A reference in brackets after a known abbreviation is the
	// sentence's ("by Smith et al. [12] and", "etc. [3], which", "at 10
	// a.m. (EST) on"); after one that closes a list, a number in round
	// brackets before a capital numbers the next clause of a law ("the
	// spouse, etc. (2) The Minister…").
	if kind != 0 && referenceInBrackets(text, toks, next) && !(kind.has(abbrevCloses) && numbersClause(text, toks, next)) {
		return true
	}
	// Abbreviations that usually close a list, a time or a date end the
	// sentence when a capitalised word follows: "и т.д. Потом", "at 5
	// p.m. The", "в сентябре с.г. Вопрос". A date's goes on before a
	// year: "7 ноября н. ст. 1917 г.", but not before another number
	// ("в 480 г. до н. э. 300 спартанцев").
	if kind.has(abbrevDating) && !unicode.IsUpper(firstRune(w)) && yearNext(text, toks, next) {
		return true
	}
	if kind.has(abbrevCloses) || kind.has(abbrevDating) && !unicode.IsUpper(firstRune(w)) || opensSentence(text, toks[next]) {
		return false
	}
	n, afterNumber := quantityBefore(text, toks, i-1) // the number before the word, if any
	if goesOn, isDate := dateGoesOn(text, toks, kind, lo, i, n, afterNumber); isDate {
		return goesOn
	}
	if afterNumber && unitEnds(text, toks, w, kind, n, i, next) {
		return false
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter(firstRune(w)) {
		return letterGoesOn(text, toks, w, first, i, next)
	}
	if kind.has(abbrevTitle) || degreeAfterTitle(text, toks, i) {
		return true
	}
	if kind.has(abbrevCapitalTitle) && unicode.IsUpper(firstRune(w)) && !afterNumber {
		return true // "Fr. Müller", but "5 Fr. Das" (francs) may end
	}
	if kind.has(abbrevNameTitle) && !afterNumber && !afterEnglishDeterminer(text, toks, first) &&
		(fullNameAt(text, toks, next) || afterItalianArticle(text, toks, first)) {
		return true
	}
	// A German street before its number: "Goethestr. 12".
	if strings.HasSuffix(lw, "str") && len(lw) > len("str") && toks[next].class == classNumber {
		return true
	}
	// "Fig. 3", "Eq. (12)", "Refs. [4, 5]", "Fig. (a)", "App. B shows":
	// the number, the bracket that holds it, or the letter is the
	// abbreviation's; "no. (Nobody was…)" ends a sentence.
	numbered := toks[next].class == classNumber || referenceInBrackets(text, toks, next) || letterThenNumber(text, toks, next)
	if kind.has(abbrevBeforeNumber|abbrevMonth) && !(afterNumber && kind.has(abbrevUnit)) && (numbered || smallRomanNumeral(tokText(text, toks[next]))) ||
		kind.has(abbrevPart) && unicode.IsUpper(firstRune(w)) && (numbered || partLetter(text, toks, next)) {
		return true
	}
	return false
}

// yearNext reports a year at toks[k]: four digits, or a number before
// the word for a year ("1917", "988 г.").
func yearNext(text string, toks []rawToken, k int) bool {
	if toks[k].class != classNumber {
		return false
	}
	if n := tokText(text, toks[k]); len(n) == 4 && strings.Trim(n, "0123456789") == "" {
		return true
	}
	return k+1 < len(toks) && abbreviations[strings.ToLower(tokText(text, toks[k+1]))].has(abbrevYear)
}

// letterGoesOn decides the full stop at toks[i] after a single letter w,
// the last of the abbreviation that starts at toks[first]. A letter is an
// initial or part of U.S., e.g., т.е. — but not the pronouns I and Я, the
// end of a word after an apostrophe ("McDonald's.", "won't."), a part's
// label ("App. B."), nor, before an English article, a tight
// initialism's last letter ("in the U.S. The president"; "G. H. A.
// Kramers" goes on) or a variable ("for large n. The bound"; "Smith v.
// The State" goes on).
func letterGoesOn(text string, toks []rawToken, w string, first, i, next int) bool {
	if afterApostrophe(text, toks, i-1) {
		return false
	}
	if englishArticles[tokText(text, toks[next])] && !abbreviationAt(text, toks, next) { // "i. A.", "c. A.D."
		r := firstRune(w)
		switch {
		case first < i-1 && toks[i-2].end == toks[i-1].start && unicode.IsUpper(r):
			return false
		case first == i-1 && unicode.IsLower(r) && w != "v":
			return false
		}
	}
	return w != "I" && w != "Я" && !labelsPart(text, toks, i-1)
}

// labelsPart reports a capital letter at toks[k] after an abbreviated
// part of a text ("App. B."): a label, not an initial.
func labelsPart(text string, toks []rawToken, k int) bool {
	// The cheap tests first: initials ("В. В. Путин") stop at the second.
	if k < 2 || !partLetter(text, toks, k) || utf8.RuneCountInString(tokText(text, toks[k-2])) < 2 {
		return false
	}
	part, lpart, _, ok := wordBeforeStop(text, toks, k-1)
	return ok && unicode.IsUpper(firstRune(part)) && abbreviations[lpart].has(abbrevPart)
}

// partLetter reports a capital letter at toks[k], which after a part of a
// text labels it ("App. B shows", "in App. B. The proof…"), but for the
// words I and À.
func partLetter(text string, toks []rawToken, k int) bool {
	w := tokText(text, toks[k])
	return toks[k].class == classWord && utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) && w != "I" && w != "À"
}

// numbersClause reports a number in round brackets at toks[k] followed
// by a capitalised word: "(2) The Minister may…".
func numbersClause(text string, toks []rawToken, k int) bool {
	return k+3 < len(toks) && tokText(text, toks[k]) == "(" && toks[k+1].class == classNumber &&
		tokText(text, toks[k+2]) == ")" && toks[k+3].class == classWord && unicode.IsUpper(firstRune(tokText(text, toks[k+3])))
}

// opensFrom reports that nothing but punctuation (an opening bracket or
// quote) stands in toks[lo:k], so that the word at toks[k] opens its
// sentence.
func opensFrom(toks []rawToken, lo, k int) bool {
	if k < lo {
		return false
	}
	for _, t := range toks[lo:k] {
		if t.class != classPunct {
			return false
		}
	}
	return true
}

// letterThenNumber reports a capital letter, a full stop and a number
// at toks[k]: the prefix of an article of a French code ("art. L.
// 121-1", "R. 123").
func letterThenNumber(text string, toks []rawToken, k int) bool {
	return k+2 < len(toks) && partLetter(text, toks, k) && tokText(text, toks[k+1]) == "." &&
		toks[k+1].start == toks[k].end && toks[k+2].class == classNumber
}

// unitEnds reports a unit w of kind, after the number at toks[n], whose
// full stop at toks[i] ends the sentence ("7000 m. Mais", "3 см.
// Жителям", "132 млн т. Такой"): units take no full stop of their own.
// Before a number the letter numbers a part ("ст. 5 п. 3"); before an era
// ("1150 n. Chr.") or a place of publication ("в 22 т. М.:", in 22
// volumes) it goes on.
func unitEnds(text string, toks []rawToken, w string, kind abbrevKind, n, i, next int) bool {
	era := eraWords[tokText(text, toks[next])] && (tokText(text, toks[next]) != "C" || w == "a" || w == "d")
	if toks[next].class == classNumber || era ||
		kind.has(abbrevVolumes) && n > 0 && strings.EqualFold(tokText(text, toks[n-1]), "в") && citesPlace(text, toks, next) {
		return false
	}
	return unicode.IsLower(firstRune(w)) && utf8.RuneCountInString(w) == 1 || kind.has(abbrevUnit) || afterDegreeSign(text, toks, i-1)
}

// wordBeforeStop returns the word that the full stop at toks[i] touches,
// the form it is looked up by in abbreviations, lower case, and the index
// of that form's first token; ok is false where toks[i] is no full stop
// after a word. Dotted forms like "e.g.", "т.д." are looked up whole
// (from toks[i-3]), and so are those after a single letter with a space
// ("z. B.", "т. д.", "p. ex.") when known or when both are letters.
func wordBeforeStop(text string, toks []rawToken, i int) (w, lw string, first int, ok bool) {
	if tokText(text, toks[i]) != "." || i == 0 || toks[i-1].end != toks[i].start || toks[i-1].class == classPunct {
		return "", "", 0, false
	}
	prev := toks[i-1]
	w, lw, first = tokText(text, prev), strings.ToLower(tokText(text, prev)), i-1
	if i >= 3 && tokText(text, toks[i-2]) == "." && toks[i-3].end == toks[i-2].start && toks[i-3].class == classWord &&
		(toks[i-2].end == prev.start || utf8.RuneCountInString(tokText(text, toks[i-3])) == 1) {
		joined := strings.ToLower(tokText(text, toks[i-3])) + "." + lw
		// A word after a letter and a space is looked up alone unless
		// the two are a known form: "v r. Prof. Heyrovský" is a year's
		// abbreviation, then a title, and so is "U.S. Sen. Elizabeth
		// Warren" a country's initials, then a title.
		_, known := abbreviations[joined]
		unspaced := toks[i-2].end == prev.start
		if known || unspaced || utf8.RuneCountInString(w) == 1 {
			lw, first = joined, i-3
		}
		if !known && unspaced {
			if long, k := longerDottedForm(text, toks, i-3, joined); k >= 0 {
				lw, first = long, k
			}
		}
	}
	return w, lw, first, true
}

// maxDottedParts is the most letters or words a dotted form joins
// ("ș.a.m.d.", and so on).
const maxDottedParts = 4

// longerDottedForm looks for a known dotted form of three parts or more
// ending in form, whose first part is toks[k]: "o.s.v.", "ș.a.m.d.",
// written without spaces. It returns the form and the index of its first
// token, or k < 0 where there is none.
func longerDottedForm(text string, toks []rawToken, k int, form string) (string, int) {
	for parts := 3; parts <= maxDottedParts && k >= 2; parts++ {
		dot, word := toks[k-1], toks[k-2]
		if tokText(text, dot) != "." || dot.end != toks[k].start || word.end != dot.start || word.class != classWord {
			break
		}
		form, k = strings.ToLower(tokText(text, word))+"."+form, k-2
		if _, known := abbreviations[form]; known {
			return form, k
		}
	}
	return "", -1
}

// abbreviationInContext decides the full stop at toks[i] after an
// abbreviation of kind where the words around it do: a time before a
// weekday ("until 6 p.m. Sunday for…"), a citation of the law ("gem. §
// 46", "vgl. Art. 3"), a currency before its country's initials ("116,8
// млрд долл. США"), a French era ("av. J.-C."). decided is false where
// they say nothing.
func abbreviationInContext(text string, toks []rawToken, kind abbrevKind, i, next int) (goesOn, decided bool) {
	nextText := tokText(text, toks[next])
	switch {
	case kind.has(abbrevTime) && weekdayNames[strings.ToLower(nextText)] && weekdayGoesOn(text, toks, next+1):
		return true, true
	case kind.has(abbrevCites) && (nextText == "§" || nextText == "Art" && next+1 < len(toks) && tokText(text, toks[next+1]) == "."):
		return true, true
	case kind.has(abbrevCurrency) && countryInitials[nextText]:
		return true, true
	case kind.has(abbrevCompany) && companyForms[nextText]:
		return true, true
	case doubledInitial(tokText(text, toks[i-1])) && doubledInitial(nextText) &&
		next+1 < len(toks) && tokText(text, toks[next+1]) == "." && pairsBefore(text, toks, i-1)%2 == 0:
		return true, true // a Spanish plural's first half: "EE. UU.", "CC. OO."
	case kind.has(abbrevAfterName) && i >= 2 && toks[i-2].class == classWord &&
		unicode.IsUpper(firstRune(tokText(text, toks[i-2]))) && !fullNameAt(text, toks, next):
		return false, true // "в Закарпатській обл. Синоптики", but "Московской обл. Андрей Воробьёв"
	}
	switch frenchEra(text, toks, i) {
	case eraOpens:
		return true, true // "av. J.-C."
	case eraCloses:
		return false, true // the sentence may end after "J.-C."
	}
	return false, false
}

// afterItalianArticle reports an Italian article or articled preposition
// right before toks[k] ("il prof. Rossi", "dal sen. Boccia", "dell'arch.
// Gregotti"), before which a title in small letters goes on before a
// surname alone.
func afterItalianArticle(text string, toks []rawToken, k int) bool {
	if k >= 2 && (tokText(text, toks[k-1]) == "'" || tokText(text, toks[k-1]) == "’") && toks[k-1].end == toks[k].start {
		return italianArticles[strings.ToLower(tokText(text, toks[k-2]))+"'"]
	}
	return k >= 1 && italianArticles[strings.ToLower(tokText(text, toks[k-1]))]
}

// afterEnglishDeterminer reports an English determiner right before
// toks[k], after which a title that is also a word is the word: "Ask
// your prof. Anna Weber knows."
func afterEnglishDeterminer(text string, toks []rawToken, k int) bool {
	return k >= 1 && englishDeterminers[strings.ToLower(tokText(text, toks[k-1]))]
}

// englishDeterminers are the English words that make the word after them
// a noun. "a" is left out: it is also Polish and Czech "and" ("a gen.
// Rozwadowski").
var englishDeterminers = wordSet(`the this that its my your his her our their`)

// italianArticles are the Italian definite articles and the prepositions
// joined with them, elided ones with their apostrophe.
var italianArticles = wordSet(`il lo del dello dal dallo al allo nel nello sul sullo col
	l' dell' dall' all' nell' sull'`)

// fullNameAt reports a person's name at toks[k]: two capitalised words
// ("Carlo Rossi") or an initial and a capitalised word ("И. Руденя",
// "T. Rozwadowskiego").
func fullNameAt(text string, toks []rawToken, k int) bool {
	capital := func(j int) bool {
		return j < len(toks) && toks[j].class == classWord && unicode.IsUpper(firstRune(tokText(text, toks[j])))
	}
	switch {
	case !capital(k) || k+1 >= len(toks):
		return false
	case utf8.RuneCountInString(tokText(text, toks[k])) == 1:
		return tokText(text, toks[k+1]) == "." && (capital(k+2) || // "K. de Groot"
			k+3 < len(toks) && nameParticles[tokText(text, toks[k+2])] && capital(k+3) && utf8.RuneCountInString(tokText(text, toks[k+3])) > 1)
	case tokText(text, toks[k+1]) == "." && toks[k].end == toks[k+1].start:
		return abbreviations[strings.ToLower(tokText(text, toks[k]))].has(abbrevCapitalTitle) // "doc. PhDr. Novotný"
	case k+2 < len(toks) && nameParticles[tokText(text, toks[k+1])]:
		return capital(k+2) && utf8.RuneCountInString(tokText(text, toks[k+2])) > 1 // "António de Spínola", not "What do I"
	}
	return toks[k+1].start > toks[k].end && capital(k+1)
}

// nameParticles are the small words inside a name ("António de Spínola",
// "Ludwig van Beethoven").
var nameParticles = wordSet(`de da do dos das di del della van von der den ten ter la le du`)

// pairsBefore counts the doubled initials with their full stops right
// before toks[k] ("EE. UU. CC." holds two before "CC"): an odd count makes
// toks[k] the second half of a pair.
func pairsBefore(text string, toks []rawToken, k int) int {
	n := 0
	for j := k - 2; j >= 0 && tokText(text, toks[j+1]) == "." && doubledInitial(tokText(text, toks[j])); j -= 2 {
		n++
	}
	return n
}

// doubledInitial reports a capital letter written twice ("EE", "UU"),
// which Spanish abbreviates a plural with ("EE. UU.", Estados Unidos;
// "CC. OO.", Comisiones Obreras).
func doubledInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return len(w) == 2*n && unicode.IsUpper(r) && w[n:] == w[:n]
}

// afterApostrophe reports a word at toks[k] right after an apostrophe
// that touches the word before it ("Fomin's", "won't"), after a slash
// that touches anything ("r/r", Polish year on year; "m³/s"), or a
// lower-case one after a hyphen and a word of two letters or more
// ("allons-y", but "c.-à-d." is an abbreviation).
func afterApostrophe(text string, toks []rawToken, k int) bool {
	if k < 2 || toks[k-1].end != toks[k].start || toks[k-2].end != toks[k-1].start {
		return false
	}
	word := toks[k-2].class == classWord
	switch tokText(text, toks[k-1]) {
	case "'", "’":
		return word
	case "/":
		return true
	case "-":
		return word && unicode.IsLower(firstRune(tokText(text, toks[k]))) && utf8.RuneCountInString(tokText(text, toks[k-2])) >= 2
	}
	return false
}

// companyForms are the legal forms written after "Co.": German, English
// and French.
var companyForms = wordSet(`KG KGaA OHG GmbH AG Ltd LTD Inc LLC LP LLP PLC Pty SA SARL`)

// englishArticles are the English articles, capitalised, which open a
// sentence after an initialism ("U.S.", "U.K.").
var englishArticles = map[string]bool{"The": true, "A": true, "An": true}

// weekdayGoesOn reports whether the sentence goes on after a weekday
// ending at toks[k]: with punctuation, or a word that continues a time
// ("6 p.m. Sunday for…", "Sunday night"); "Sunday is a day off" is a
// sentence of its own.
func weekdayGoesOn(text string, toks []rawToken, k int) bool {
	if k >= len(toks) {
		return true
	}
	return toks[k].class == classPunct || timeContinuations[tokText(text, toks[k])]
}

// timeContinuations are the words after a weekday that go on with a time.
var timeContinuations = map[string]bool{
	"for": true, "in": true, "at": true, "and": true, "or": true, "to": true, "until": true, "through": true,
	"night": true, "morning": true, "afternoon": true, "evening": true,
}

// yearEndsSentence reports whether a capital after a Russian year, the
// number at toks[n] before "г." or "гг." ("2024 г.", "1941–1945 гг.") in
// the sentence that starts at toks[lo], starts a sentence. A year that
// opens its sentence or clause, after nothing but the words of a date
// ("В 2024 г. Москва…", "С 1 по 5 сентября 2024 г. Москва…", "Как
// известно, летом 1812 г. Наполеон…"), is a time before the subject; a
// year after the clause's own words ("…началось в конце 2022 г. Сроки…")
// ends it.
// dateGoesOn decides the full stop at toks[i] after a year's word (kind
// abbrevYear), or a century's after a Roman numeral ("XVIII ст."): the
// year or century toks[n] opens the sentence or ends it (see
// yearEndsSentence). Before a city ("г. Москва", "р. Дніпро"), or where
// the sentence's start is not known, it goes on. isDate is false for
// other words.
func dateGoesOn(text string, toks []rawToken, kind abbrevKind, lo, i, n int, afterNumber bool) (goesOn, isDate bool) {
	switch {
	case kind.has(abbrevYear) && !afterApostrophe(text, toks, i-1): // "r/r" is year on year
		if afterNumber && !yearAt(text, toks, n, i) {
			return false, false // "100 р." (roubles), "100 г." (grams): a unit
		}
		return !afterNumber || lo < 0 || !yearEndsSentence(text, toks, lo, n), true
	case kind.has(abbrevYearAfter) && afterNumber && yearAt(text, toks, n, i):
		// Georgian, with no capital to tell, goes on: its "წ." stands
		// inside sentences far more often than at their end ("2012 წ.
		// საპარლამენტო არჩევნებში", in the 2012 parliamentary elections),
		// where a year closing a sentence is mostly written out (1991
		// წელს).
		georgian := unicode.Is(unicode.Georgian, firstRune(tokText(text, toks[i-1])))
		return lo < 0 || !yearEndsSentence(text, toks, lo, n) || georgian, true
	case kind.has(abbrevCentury) && i >= 2 && isRomanNumeral(tokText(text, toks[i-2])) && toks[i-2].end < toks[i-1].start &&
		unicode.IsLower(firstRune(tokText(text, toks[i-1]))) && toks[i+1].class != classNumber:
		return lo < 0 || !yearEndsSentence(text, toks, lo, i-2), true
	}
	return false, false
}

// isRomanNumeral reports a number in Roman numerals, in capitals, of
// two letters or more or a single V or X ("XVIII", "IV", "V"): the
// other single capitals are more often initials, and I a pronoun.
func isRomanNumeral(w string) bool {
	if w == "" || strings.Trim(w, "IVXLCDM") != "" {
		return false
	}
	return len(w) > 1 || w == "V" || w == "X"
}

// yearAt reports whether the number at toks[n], before the year word
// that the full stop at toks[i] ends, is a year: the word is plural
// ("гг.", "рр."), the number ends a range ("1941–45 гг.") or is a decade
// ("90-х гг."), follows a word of a date ("В 476 г.", "W 313 r."), or
// is from 500 to 2199 (1812). After other numbers the year words are
// units ("Итого: 100 р.", roubles; "100 г.", grams).
func yearAt(text string, toks []rawToken, n, i int) bool {
	switch lw := strings.ToLower(tokText(text, toks[i-1])); {
	case lw == "гг" || lw == "рр":
		return true
	case n+1 < i && tokText(text, toks[n+1]) == "-":
		return true // a decade's case ending
	case n >= 2 && (tokText(text, toks[n-1]) == "–" || tokText(text, toks[n-1]) == "-") && toks[n-2].class == classNumber:
		return true
	case n >= 1 && yearPhraseWords[strings.ToLower(tokText(text, toks[n-1]))] && toks[n-1].class == classWord:
		return true
	}
	y, err := strconv.Atoi(tokText(text, toks[n]))
	return err == nil && y >= 500 && y < 2200
}

// smallRomanNumeral reports a Roman numeral of I, V, X and L only, as a
// volume's or a chapter's is ("vol. III", "Kap. XIV"), and not an
// acronym of the same letters ("MD", "CD", "DVD", "LLC").
func smallRomanNumeral(w string) bool {
	return isRomanNumeral(w) && strings.Trim(w, "IVXL") == ""
}

func yearEndsSentence(text string, toks []rawToken, lo, n int) bool {
	for k := n - 1; k >= lo; k-- {
		t := strings.ToLower(tokText(text, toks[k]))
		switch {
		case (t == "," || t == ":" || t == ";") && k-lo <= introMaxTokens:
			return false // the year opens a clause after a short opening ("Как известно,")
		case toks[k].class == classPunct && t != "," && t != ":" && t != ";":
			// Quotes, brackets, dashes, a list number's stop: «В 2024 г. …»
		case toks[k].class == classNumber, yearPhraseWords[t], isMonth(t), isRomanNumeral(tokText(text, toks[k])):
		default:
			return true
		}
	}
	return false
}

// introMaxTokens is how many tokens an opening before a comma may hold
// for the year after it to open a clause ("Как известно, летом 1812 г.
// Наполеон…"); after a longer one the comma parts a clause of the
// sentence's own ("Он родился в Твери, в 1950 г. Его отец…").
const introMaxTokens = 3

// citesPlace reports a bibliographic place after a number of volumes at
// toks[k]: a short abbreviated city and a colon ("М.:", "СПб.:").
func citesPlace(text string, toks []rawToken, k int) bool {
	return k+2 < len(toks) && toks[k].class == classWord && utf8.RuneCountInString(tokText(text, toks[k])) <= 3 &&
		tokText(text, toks[k+1]) == "." && tokText(text, toks[k+2]) == ":"
}

// yearPhraseWords are the Russian, Ukrainian and Polish words of a date
// before a year, lower case: prepositions, conjunctions, and nouns of a
// period or season.
var yearPhraseWords = wordSet(`в во с со по до к от на за из около между и а но
	период году годах годы начале конце середине течение летом зимой весной осенью
	концу началу итогам том тот же уже ещё еще только лишь затем однако даже именно
	у із зі від між та й році роках роки початку кінці середині протягом влітку взимку
	навесні восени той вже ще тільки лише потім проте навіть
	w we z ze od po na za między i oraz ale roku latach lata początku końcu połowie ciągu
	latem zimą wiosną jesienią tym tego samym samego już jeszcze tylko potem jednak nawet właśnie
	половине первой второй четверти трети рубеже конца начала середины
	половині першій другій чверті наприкінці кінця початку середини межі зламі
	a pod koniec końca pierwszej drugiej połowy ćwierci przełomie schyłku`)

// countryInitials are the initials of countries a currency may be
// written with ("долл. США", "руб. РФ").
var countryInitials = map[string]bool{"США": true, "РФ": true, "СССР": true, "КНР": true}

// referenceInBrackets reports whether toks[i] opens brackets, "(" or
// "[", that hold a reference and close: a number or a list of them
// ("(12)", "[4, 5]"), a single letter (a figure's panel, "(b)") or a word
// in capitals (a placeholder, "[REF]"). A bracketed sentence ("(I checked
// it.)", "(NATO won.)") goes on past its first word.
func referenceInBrackets(text string, toks []rawToken, i int) bool {
	j := i
	for j < len(toks) && (tokText(text, toks[j]) == "(" || tokText(text, toks[j]) == "[") {
		j++
	}
	if j == i || j == len(toks) {
		return false
	}
	t, w := toks[j], tokText(text, toks[j])
	if t.class != classNumber && !(t.class == classWord && (utf8.RuneCountInString(w) == 1 || w == strings.ToUpper(w) && w != strings.ToLower(w))) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+maxReferenceTokens; k++ {
		switch x := tokText(text, toks[k]); {
		case x == ")" || x == "]":
			return true
		case toks[k].class != classNumber && x != "," && x != "-" && x != "–":
			return false
		}
	}
	return false
}

// quantityBefore reports whether the word toks[k] follows a number, with
// a space between and perhaps a scale word ("5 m", "132 млн т") or a
// degree sign ("8,9 °C"), and returns the number's index.
func quantityBefore(text string, toks []rawToken, k int) (int, bool) {
	n := k - 1
	if n >= 1 && toks[n-1].class == classNumber && toks[n].class == classWord && scaleWords()[strings.ToLower(tokText(text, toks[n]))] != 0 {
		n-- // the number is looked at first: lowering a word allocates
	}
	if afterDegreeSign(text, toks, k) {
		n-- // "8,9 °C"
	} else if n >= 0 && toks[n].end == toks[k].start {
		return 0, false
	}
	if n >= 2 && toks[n].class == classWord && tokText(text, toks[n-1]) == "-" && toks[n-1].end == toks[n].start &&
		toks[n-2].end == toks[n-1].start {
		n -= 2 // a number's case ending: "1560-х гг."
	}
	if n < 0 || toks[n].class != classNumber {
		return 0, false
	}
	return n, true
}

// afterDegreeSign reports that the word toks[k] follows a degree sign
// ("°C", "°F"): a unit, though a capital.
func afterDegreeSign(text string, toks []rawToken, k int) bool {
	return k >= 1 && tokText(text, toks[k-1]) == "°" && toks[k-1].end == toks[k].start
}

// eraMark is what a full stop does in a French era, "av. J.-C." or
// "apr. J.-C." (before and after Christ).
type eraMark int

const (
	eraNone   eraMark = iota
	eraOpens          // after "av" or "apr": the era goes on
	eraCloses         // after "J.-C.": a sentence may end (unlike "J.-C. Decaux", a name)
)

// frenchEra returns what the full stop at toks[i] does in a French era.
func frenchEra(text string, toks []rawToken, i int) eraMark {
	at := func(k int, s string) bool { return k >= 0 && k < len(toks) && tokText(text, toks[k]) == s }
	era := func(k int) bool { return at(k, "av") || at(k, "apr") }
	switch {
	case era(i-1) && at(i+1, "J") && at(i+2, ".") && at(i+3, "-") && at(i+4, "C"):
		return eraOpens
	case at(i-1, "C") && at(i-2, "-") && at(i-3, ".") && at(i-4, "J") && at(i-5, ".") && era(i-6):
		return eraCloses
	}
	return eraNone
}

// eraWords are the second words of eras after a year, German ("1150 n.
// Chr.", "v. u. Z."), Spanish and Italian ("193 a. C."), before which a
// letter after a number is not a unit.
var eraWords = map[string]bool{"Chr": true, "u": true, "C": true}

// abbreviationAt reports a short word at toks[k] with a full stop right
// after it ("Dez.").
func abbreviationAt(text string, toks []rawToken, k int) bool {
	return k+1 < len(toks) && toks[k].class == classWord && utf8.RuneCountInString(tokText(text, toks[k])) <= 4 &&
		tokText(text, toks[k+1]) == "." && toks[k+1].start == toks[k].end
}

// degreeAfterTitle reports that the word before the full stop at toks[i]
// is a degree, in lower case as German writes it, after an abbreviated
// title or another degree ("Dr. med.", "Dr. rer. nat."; not "Dr. Phil.
// Millions…").
func degreeAfterTitle(text string, toks []rawToken, i int) bool {
	if i < 2 || !abbreviations[tokText(text, toks[i-1])].has(abbrevDegree) {
		return false
	}
	// The title before the degree, a space between: with its full stop
	// ("Dr. med."), or without, as Polish writes a word's first and
	// last letters ("dr hab.").
	k := i - 2
	if toks[k].end == toks[i-1].start {
		return false
	}
	if tokText(text, toks[k]) == "." {
		if k < 1 || toks[k-1].end != toks[k].start {
			return false
		}
		k--
	}
	return abbreviations[strings.ToLower(tokText(text, toks[k]))].has(abbrevDegreeTitle | abbrevDegree)
}

// maxReferenceTokens is how many tokens of a list of numbers may follow a
// reference's first before its bracket closes ("[4, 5, 7-9]").
const maxReferenceTokens = 8
