// Numbers and dates in a translation check, read alike in every language.

package compare

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// numberDifference returns the numbers (dates' months as numbers) that
// only s has and that only t has, each as a space-separated list.
func numberDifference(s, t string) (onlyS, onlyT string) { return numberDifferenceIn(s, t, "", "") }

// numberDifferenceIn is numberDifference for s in language sLang and t in
// tLang (BCP 47 tags, or "" where not known), which reads the number words
// of those languages that are other words elsewhere (German "elf").
func numberDifferenceIn(s, t, sLang, tLang string) (onlyS, onlyT string) {
	return sidesDiffer(readSide(s, sLang), readSide(t, tLang))
}

// sidesDiffer is numberDifferenceIn for the sides as read.
func sidesDiffer(ns, nt numberSide) (onlyS, onlyT string) {
	os, ot := pairedNumbers(ns, nt)
	os, ot = timesAsDecimals(os, ot, ns.clock)
	ot, os = timesAsDecimals(ot, os, nt.clock)
	os, ot = afternoonHours(os, ot, ns.afternoon)
	ot, os = afternoonHours(ot, os, nt.afternoon)
	os, ot = cancelledBy(os, nt.inWords(ns)), cancelledBy(ot, ns.inWords(nt))
	extraS, extraT := cancelled(ns.dated, nt.dated) // months one side dates more often
	os, ot = monthsNamed(os, extraS, nt.months), monthsNamed(ot, extraT, ns.months)
	if ms, mt := bareMonths(ns, nt.nums), bareMonths(nt, ns.nums); len(ms) > 0 && len(mt) > 0 {
		ms, mt = cancelled(ms, mt)
		if len(ms) > 0 && len(mt) > 0 {
			os, ot = append(os, ms...), append(ot, mt...)
		}
	}
	// Days of the week differ where each side names one the other does
	// not (see check_weekdays.go).
	if ds, dt := cancelled(ns.weekdays, nt.weekdays); len(ds) > 0 && len(dt) > 0 {
		os, ot = append(os, ds...), append(ot, dt...)
	}
	// Numbers in words count where the other side has a number of its own
	// left over: "три" against "four", or 3 against "four". A number in
	// words on one side alone is as often a rendering's wording ("both",
	// "a couple", "every third word") as an error, but a count the source
	// gives that the rendering drops ("с двенадцатью делегатами" as "the
	// delegates") is an omission (countsDropped).
	if ws, wt := wordsLeft(ns, nt), wordsLeft(nt, ns); (len(os) > 0 || len(ws) > 0) && (len(ot) > 0 || len(wt) > 0) {
		os, ot = append(os, ws...), append(ot, wt...)
	} else if len(ot) == 0 && len(wt) == 0 {
		os = append(os, countsDropped(ns, nt)...)
	}
	// Roman numerals differ from Roman numerals: "в XX веке" against "au
	// XIXe siècle". Against a number in words they do not: a king's or a
	// war's numeral beside "a fortnight" rendered "quinze jours".
	if rs, rt := romansLeft(ns, nt), romansLeft(nt, ns); len(rs) > 0 && len(rt) > 0 {
		os, ot = withAll(os, rs), withAll(ot, rt)
	}
	// Multiples that differ, in words or as a number of times: "Цены
	// выросли вдвое за два года" against "Prices tripled in two years",
	// "tripled in 2 years" against "вдвое за 3 года"; but not "Prices
	// doubled, while wages rose three times" against "Цены выросли в два
	// раза, а зарплаты втрое".
	if ms, mt := cancelled(ns.multiples(), nt.multiples()); len(ms) > 0 && len(mt) > 0 {
		os, ot = withAll(os, ms), withAll(ot, mt)
	}
	os, ot = halfHours(os, ot)
	ot, os = halfHours(ot, os)
	os, ot = centuriesAsYears(os, ot, ns.decades, nt.romans)
	ot, os = centuriesAsYears(ot, os, nt.decades, ns.romans)
	return strings.Join(os, " "), strings.Join(ot, " ")
}

// centuriesAsYears drops from xs each round hundred written as a decade
// (decades: "1500-talet", "1800-luvulla", "the 1500s") whose century the
// other side counts, in ys ("16th century", "16. Jahrhundert": 16 for
// 1500) or in Roman numerals (romans: "XVI век"), and that century from
// ys: Swedish, Danish, Norwegian and Finnish name a century by its first
// year.
func centuriesAsYears(xs, ys, decades, romans []string) ([]string, []string) {
	var keep []string
	for _, x := range xs {
		if len(x) != 4 || !strings.HasSuffix(x, "00") || !slices.Contains(decades, x) {
			keep = append(keep, x)
			continue
		}
		hundreds, _ := strconv.Atoi(x[:2])
		century := strconv.Itoa(hundreds + 1)
		if k := slices.Index(ys, century); k >= 0 {
			ys = slices.Delete(ys, k, k+1)
		} else if !slices.Contains(romans, century) {
			keep = append(keep, x)
		}
	}
	return keep, ys
}

// multiples returns the multiples side n writes: in words ("tripled",
// "вдвое") and as a number of times ("2,500 times", "в двадцать пять
// раз", "drei Mal"), as its readers marked them.
func (n numberSide) multiples() []string {
	var out []string
	for _, r := range n.words {
		if r.multiple || r.times && !r.clock && (r.value > 1 || r.value == 1 && r.half) {
			out = append(out, r.String())
		}
	}
	return append(out, n.times...)
}

// timesWords say that the number before them is a multiple: "3 times",
// "three times", "в 2 раза", "trois fois", "3 mal", "3mal", "drei Mal",
// "3-fold". Not multiples: once ("один раз"), an ordinal ("zum 25. Mal",
// "в пятый раз", "la vingt-cinquième fois"), a scale alone ("a thousand
// times") and a product ("3 times 2", factorAfter).
var timesWords = wordSet(`times раза раз fois mal fold`)

// factorLead reports the words before2 and before, lower case, that say
// the number after them is a multiple: "multiplié par 3", "a factor of
// three", "um den Faktor 3".
func factorLead(before2, before string) bool {
	return before == "par" && strings.HasPrefix(before2, "multipli") ||
		before == "of" && before2 == "factor" || before == "faktor"
}

// isOrdinalWord reports an ordinal number word, lower case: Russian
// (пятый, двадцать пятого, третьего), French (cinquième), English
// (fifth) and German (zweites).
func isOrdinalWord(w string) bool {
	if _, ok := germanOrdinal(w); ok {
		return true
	}
	return hasOrdinalEnding(w) || isGenitiveOrdinal(w) || strings.HasSuffix(w, "ième") || strings.HasSuffix(w, "th") ||
		w == "first" || w == "second" || w == "third"
}

// factorAfter reports a number right after a word of times, whose text
// goes on with rest, in figures or in words (extra holds the text's
// language's own, numberWordsIn): a product, "3 times 2", "elf mal elf",
// not a multiple.
func factorAfter(rest string, extra map[string]numberWord) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	if rest != "" && isASCIIDigit(rest[0]) {
		return true
	}
	w := strings.ToLower(rest[:lettersEnd(rest, 0)])
	if _, ok := numberWordOf(w); ok {
		return true
	}
	if nw, ok := extra[w]; ok && nw.anywhere() {
		return true
	}
	_, ok := compoundNumberWord(w)
	return ok
}

// halfAfterTimes reports the half that French writes after a word of
// times, in rest: "deux fois et demie" is 2.5 times.
func halfAfterTimes(rest string) bool {
	return strings.HasPrefix(strings.TrimLeft(rest, " \u00a0"), "et demi")
}

// withAll returns xs with those of ys it lacks appended.
func withAll(xs, ys []string) []string {
	for _, y := range ys {
		if !slices.Contains(xs, y) {
			xs = append(xs, y)
		}
	}
	return xs
}

// halfHours drops from xs each number and a half ("6.5", "в шесть с
// половиной") that ys has as half past the hour ("6:30", "half past
// six"), and that time from ys.
func halfHours(xs, ys []string) ([]string, []string) {
	var keep []string
	for _, x := range xs {
		h, ok := strings.CutSuffix(x, ".5")
		k := slices.Index(ys, h+":30")
		if !ok || k < 0 {
			keep = append(keep, x)
			continue
		}
		ys = slices.Delete(ys, k, k+1)
	}
	return keep, ys
}

// surplus returns the values xs has more often than ys, each kept at its
// first places in xs.
func surplus(xs, ys []string) []string {
	more := map[string]int{}
	for _, x := range xs {
		more[x]++
	}
	for _, y := range ys {
		more[y]--
	}
	var out []string
	for _, x := range xs {
		if more[x] > 0 {
			out = append(out, x)
			more[x]--
		}
	}
	return out
}

// numberSide is what one side of a row says in numbers, read once: its
// figures and dates (nums, see readNumbers), the numbers of times it
// writes in figures ("2,500 times"), the numbers it writes in words, the
// months it names and its Roman numerals.
type numberSide struct {
	nums   []string
	clock  map[string]bool
	times  []string
	words  []numberRun
	months []string
	// weekdays are the days the side's weekday names name (namedWeekdays).
	weekdays []string
	dated    []string // of months, those beside a figure, in nums
	bare     []string // and those not
	romans   []string
	// decades are the numbers of nums read as decades (decadeEnding).
	decades []string
	// afternoon: the side names the afternoon (namesAfternoon).
	afternoon bool
}

func readSide(s, lang string) numberSide {
	s = figuresInASCII(s)
	n := numberSide{words: numberWordRuns(s, lang), months: namedMonths(s), weekdays: namedWeekdays(s), afternoon: namesAfternoon(s)}
	r := numberReader{s: s, extra: numberWordsIn(lang), lang: lang}
	r.read()
	n.nums, n.dated = r.numbers()
	n.clock, n.times, n.decades = r.clock, r.times, r.decades
	n.bare, _ = cancelled(n.months, n.dated)
	n.readWords(s, lang)
	return n
}

// Thai dates count years in the Buddhist era, 543 years ahead of the
// common era's: 2567 is 2024. A Thai year of the recent past or near
// future after ปี (year), พ.ศ. or a month is read as the common era's.
const (
	buddhistEraOffset              = 543
	buddhistEraFrom, buddhistEraTo = 2400, 2700
)

// commonEraYear is n, a figure of a text in lang after before, as a
// year of the common era where it is one of the Buddhist era: a part of
// a date in figures (inDate: 12/06/2567), or after พ.ศ., a word holding
// ปี (year: ในปี, ปีงบประมาณ) or a month, named or shortened (มิ.ย.).
func commonEraYear(n, before, lang string, inDate bool) string {
	if len(n) != 4 || !strings.EqualFold(primarySubtag(lang), "th") {
		return n
	}
	y, err := strconv.Atoi(n)
	if err != nil || y < buddhistEraFrom || y > buddhistEraTo {
		return n
	}
	if !inDate && !thaiYearBefore(strings.TrimRight(before, " \u00a0")) {
		return n
	}
	return strconv.Itoa(y - buddhistEraOffset)
}

// thaiMonthAbbreviations are the Thai months as dates shorten them.
var thaiMonthAbbreviations = strings.Fields("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.")

// thaiYearBefore reports text before a Thai figure that makes it a
// year: a date's day and month in figures, พ.ศ. (the Buddhist era), a
// phrase ending in ปี (year), ปีงบประมาณ (fiscal year) or a month, or a
// year read so and a dash (a range of years).
func thaiYearBefore(before string) bool {
	if dayAndMonthBefore(before) {
		return true // the year of a date in figures: 12/06/2567
	}
	if t := strings.TrimRight(strings.TrimSuffix(before, "–"), "- "); len(t) >= 4 && len(t) < len(before) {
		if y, err := strconv.Atoi(t[len(t)-4:]); err == nil && y >= buddhistEraFrom && y <= buddhistEraTo && (len(t) == 4 || !isASCIIDigit(t[len(t)-5])) {
			return thaiYearBefore(strings.TrimRight(t[:len(t)-4], " \u00a0")) // the second year of a range: ปี 2566-2567
		}
	}
	if strings.HasSuffix(before, "พ.ศ.") || strings.HasSuffix(before, "พ.ศ") ||
		slices.ContainsFunc(thaiMonthAbbreviations, func(m string) bool { return strings.HasSuffix(before, m) }) {
		return true
	}
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.Is(unicode.Thai, r) {
			break
		}
		k -= size
	}
	last := before[k:] // Thai writes no space between words: the phrase before the figure
	return strings.HasSuffix(last, "ปี") || strings.HasSuffix(last, "ปีงบประมาณ") ||
		slices.ContainsFunc(thaiMonths(), func(m thaiMonth) bool { return strings.HasSuffix(last, m.name) })
}

// dayAndMonthBefore reports a day and a month in figures, each of one or
// two digits and each followed by one separator, that end before (the
// "12/06/" of "12/06/2567"; not the "2000-" of a range).
func dayAndMonthBefore(before string) bool {
	k := len(before)
	for part := 0; part < 2; part++ {
		if k == 0 || strings.IndexByte("/.-", before[k-1]) < 0 {
			return false
		}
		k--
		n := 0
		for k > 0 && isASCIIDigit(before[k-1]) {
			k, n = k-1, n+1
		}
		if n < 1 || n > 2 {
			return false
		}
	}
	return k == 0 || !isASCIIDigit(before[k-1]) && strings.IndexByte("/.-", before[k-1]) < 0
}

// slashAfterMonth reports a slash or a bracket alone between the month's
// name that ended at end and s[i:] (كانون الثاني/يناير).
func slashAfterMonth(s string, end, i int) bool {
	if end < 0 || end > i {
		return false
	}
	gap := strings.TrimSpace(s[end:i])
	return gap == "/" || gap == "("
}

// dayBefore reports a figure that ended at end, before month s[i:j] but
// for spaces, hyphens and Arabic من (of): a day before its month
// ("4-जून", "7 من أكتوبر"). A month's name that is also a word (مارس,
// he practised; نيسان, Nissan) takes no من: "20 من نيسان" is 20 Nissans.
func dayBefore(s string, end, i, j int) bool {
	if end <= 0 || end > i {
		return false
	}
	gap := strings.TrimSpace(strings.ReplaceAll(s[end:i], "-", " "))
	return gap == "" || gap == "من" && !wordlikeMonths[s[i:j]]
}

// wordlikeMonths are the months of scriptMonthNames that are also other
// words (آب is also Persian for water, آذار a month of the Persian
// calendar).
var wordlikeMonths = map[string]bool{"مارس": true, "نيسان": true, "آب": true, "آذار": true}

// yearAfter reports a year in figures after s[:j], past spaces: four
// digits, not a part of a longer number ("أغسطس 2024", not "مارس 30",
// he put 30).
func yearAfter(s string, j int) bool {
	t := strings.TrimLeft(s[j:], " \u00a0")
	n := 0
	for n < len(t) && isASCIIDigit(t[n]) {
		n++
	}
	return n == 4 && (n == len(t) || t[n] != '.' && t[n] != ',' || n+1 == len(t) || !isASCIIDigit(t[n+1]))
}

// dayAfter reports a day's figure (one or two digits) after s[:j], past
// spaces: "հուլիսի 25-ին", "মে ২১" read as "মে 21".
func dayAfter(s string, j int) bool {
	t := strings.TrimLeft(s[j:], " \u00a0")
	n := 0
	for n < len(t) && isASCIIDigit(t[n]) {
		n++
	}
	return n >= 1 && n <= 2 && (n == len(t) || !isASCIIDigit(t[n]))
}

// monthBeforeDay reports a month name of a script whose language writes
// the month before the day (Armenian "հուլիսի 25-ին", Georgian, Bengali
// and Tamil may), where a scriptMonths name before a day is the month:
// none of their names is a word that stands before figures otherwise.
func monthBeforeDay(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.In(r, unicode.Armenian, unicode.Georgian, unicode.Bengali, unicode.Tamil)
}

// figureBefore reports a figure that ends s[i:k], but for spaces and a
// hyphen ("ב-28 באוגוסט").
func figureBefore(s string, i, k int) bool {
	return endsDigit(strings.TrimRight(s[i:k], " \u00a0-"))
}

// figuresInASCII is s with the digits of every script written as ASCII
// digits ("١٥", "५० लाख"), the full-width forms of ASCII as ASCII
// ("３．５％"), and the Arabic decimal and thousands separators and per
// cent sign as "." "," and "%", for the number reader, which reads ASCII
// figures.
func figuresInASCII(s string) string {
	if !strings.ContainsFunc(s, otherFigure) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - '！' + '!' // full-width: "３．５％" is "3.5%"
		case r == '٫':
			return '.'
		case r == '٬':
			return ','
		case r == '٪':
			return '%'
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			return '0' + rune(crosslang.DigitValue(r))
		}
		return r
	}, s)
}

// otherFigure reports a digit of another script than ASCII's, or an
// Arabic separator or per cent sign.
func otherFigure(r rune) bool {
	return r >= utf8.RuneSelf && (unicode.IsDigit(r) || r == '٫' || r == '٬' || r == '٪' || r >= '！' && r <= '～')
}

// readWords reads, in one walk, the words of s that name numbers outside
// the word reader's runs: Roman numerals (romanOrdinal) and decades. A
// decade counts as one in figures ("в девяностых" as "90-х", against "the
// 1990s"), not as the number the word reader may take it for (двадцатых,
// the twentieth), and an age ("in her late twenties") as the number of
// years in words. Days of a month ("в двадцатых числах") are neither.
func (n *numberSide) readWords(s, lang string) {
	french := strings.HasPrefix(lang, "fr")
	prev, prev2, prevEnd := "", "", 0
	forEachWord(s, func(i, j int) {
		if r := romanOrdinal(s[i:j], french); r > 0 {
			n.romans = append(n.romans, strconv.Itoa(r))
		}
		if strings.TrimFunc(s[prevEnd:i], unicode.IsSpace) != "" {
			prev, prev2 = "", "" // a word apart: "Ask her. Twenties were hard."
		}
		w := strings.ToLower(s[i:j])
		if d := decadeWord(w); d != "" && !strings.HasPrefix(nextWord(s, j), "числ") {
			n.dropWordRun(s, i, j, lang, d)
			if possessives[prev] || possessives[prev2] && ageSpans[prev] {
				// An age, as a number in words: it differs from another
				// count the other side has ("за тридцать"), not from a
				// rendering without one ("двадцатилетние").
				v, _ := strconv.ParseInt(d, 10, 64)
				n.words = append(n.words, numberRun{value: v})
			} else {
				n.nums, n.decades = append(n.nums, d), append(n.decades, d)
			}
		}
		prev, prev2, prevEnd = w, prev, j
	})
}

// dropWordRun takes out of n.words the run the word reader read at s[i:j],
// value d, if it read one: the runs of value d before it tell which.
func (n *numberSide) dropWordRun(s string, i, j int, lang, d string) {
	if len(numberWordRuns(s[i:j], lang)) == 0 {
		return
	}
	before := 0
	for _, r := range numberWordRuns(s[:i], lang) {
		if r.String() == d {
			before++
		}
	}
	for k, r := range n.words {
		if r.String() != d {
			continue
		}
		if before == 0 {
			n.words = slices.Delete(n.words, k, k+1)
			return
		}
		before--
	}
}

// possessives before a decade in words make it an age: "in her twenties",
// "in seinen Zwanzigern".
var possessives = wordSet(`my your his her its our their mein meinen meinem dein deinen deinem sein seinen seinem
	ihr ihren ihrem unser unseren unserem euer euren eurem`)

// ageSpans may stand between a possessive and an age: "in her late
// twenties".
var ageSpans = wordSet(`early mid late frühen späten mittleren`)

// nextWord is the word after the white space at s[j], in lower case.
func nextWord(s string, j int) string {
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += w
	}
	return strings.ToLower(s[j:lettersEnd(s, j)])
}

// decadeWord returns the decade a word names, "20" to "90" ("twenties",
// "девяностых", "Achtziger"), or "".
func decadeWord(w string) string {
	w = strings.ToLower(w)
	if d, ok := decadeWords[w]; ok {
		return d
	}
	if d, ok := decadeWords[strings.TrimSuffix(w, "n")]; ok && strings.HasSuffix(w, "ern") {
		return d // in den Achtzigern
	}
	// Not "-ым": the singular ordinal has it too ("двадцатым по счёту").
	for _, end := range []string{"ые", "ых", "ыми"} {
		if d, ok := russianDecadeStems[strings.TrimSuffix(w, end)]; ok && strings.HasSuffix(w, end) {
			return d
		}
	}
	return ""
}

// decadeWords are the English and German words for the decades of a
// century.
var decadeWords = map[string]string{
	"twenties": "20", "thirties": "30", "forties": "40", "fifties": "50",
	"sixties": "60", "seventies": "70", "eighties": "80", "nineties": "90",
	"zwanziger": "20", "dreißiger": "30", "vierziger": "40", "fünfziger": "50",
	"sechziger": "60", "siebziger": "70", "achtziger": "80", "neunziger": "90",
}

// russianDecadeStems are the stems of the Russian decades, which take the
// endings of a plural adjective: двадцатые, в девяностых.
var russianDecadeStems = map[string]string{
	"двадцат": "20", "тридцат": "30", "сороков": "40", "пятидесят": "50",
	"шестидесят": "60", "семидесят": "70", "восьмидесят": "80", "девяност": "90",
}

// wordValues returns the side's numbers in words.
func (n numberSide) wordValues() []string {
	out := make([]string, len(n.words))
	for k, r := range n.words {
		out[k] = r.String()
	}
	return out
}

// inWords returns what the side says of numbers other than in figures:
// its numbers in words ("the thirtieth of September" for 30), the months
// it names away from a figure ("сентября" for 9) and its Roman numerals,
// which match the other side's figures that its own figures lack. A month
// named beside a figure is among the figures already ("In November 2022"
// holds 11): counted again, it would stand for the other side's 11% that
// this side dropped; so is one the other side names too away from a
// figure ("В декабре … 12 стран" against "In December, countries …").
func (n numberSide) inWords(other numberSide) []string {
	months, _ := cancelled(n.bare, other.bare)
	return slices.Concat(n.wordValues(), months, n.romans)
}

// monthsNamed drops from xs, one side's numbers left over, the months
// that side dates more often than the other (dated) and the other names
// (named): "am 10. Juli … am 11. Juli" against "le 10 juillet … le 11 au
// matin". Where both sides date a month as often, a number of its value
// left over is a figure ("в ноябре 2022 … на 11%" against "In November
// 2022").
func monthsNamed(xs, dated, named []string) []string {
	dated, named = slices.Clone(dated), slices.Clone(named)
	var keep []string
	for _, x := range xs {
		d, n := slices.Index(dated, x), slices.Index(named, x)
		if d < 0 || n < 0 {
			keep = append(keep, x)
			continue
		}
		dated, named = slices.Delete(dated, d, d+1), slices.Delete(named, n, n+1)
	}
	return keep
}

// romansLeft returns the Roman numerals of side n that the other side
// writes neither as a figure, in words nor as a Roman numeral.
func romansLeft(n, other numberSide) []string {
	rs, _ := cancelled(n.romans, other.nums)
	rs, _ = cancelled(rs, other.wordValues())
	rs, _ = cancelled(rs, other.romans)
	return rs
}

// romanOrdinal is the value of a Roman numeral, also one with the
// French ordinal ending of a century ("XIXe", "XIXᵉ"), and, in a text
// known to be French, of one letter ("Ier", "Ve République", "Xe
// siècle": elsewhere "Ve" is Czech "in" or Turkish "and", "Xe" xenon),
// else 0.
func romanOrdinal(w string, french bool) int {
	if r := romanNumber(w); r > 0 {
		return r
	}
	for _, e := range []string{"ᵉ", "ème", "er", "e"} {
		head, ok := strings.CutSuffix(w, e)
		switch {
		case !ok:
		case head == "I" || head == "V" || head == "X":
			if !french {
				return 0
			}
			// One letter with an ending: "Ier", "Ve République", "Xe
			// siècle". Not C, L or M: "Ce", "Le" and "Me" are words.
			return romanDigit(head[0])
		default:
			return romanNumber(head)
		}
	}
	return 0
}

// cancelledBy drops from xs those ys has (each of ys once).
func cancelledBy(xs, ys []string) []string {
	if len(xs) == 0 {
		return xs
	}
	keep, _ := cancelled(xs, ys)
	return keep
}

// countsDropped returns the counts the source ns writes in words that the
// rendering nt writes in no way: cardinals of three or more, neither a
// fraction, a time, a number of times, a scale alone ("a hundred
// reasons") nor a compound's first part (десятилетний), which a rendering
// words loosely. Each of the rendering's numbers answers one of the
// source's, in figures or in words: "3 людей и трёх собак" against "3
// people and dogs" has dropped a three.
func countsDropped(ns, nt numberSide) []string {
	var counts []string
	for _, r := range ns.words {
		if r.value >= minDroppedCount && !r.ordinal && !r.half && !r.clock && !r.times && !r.multiple && !r.bareScale && !r.compound {
			counts = append(counts, r.String())
		}
	}
	if len(counts) == 0 {
		return nil
	}
	left := cancelledBy(slices.Concat(ns.nums, ns.wordValues()), slices.Concat(nt.nums, nt.wordValues()))
	return cancelledBy(counts, cancelledBy(counts, left)) // the counts among those left
}

// minDroppedCount is the least count in words whose omission is flagged:
// one and two are as often "a" and "both" as counts.
const minDroppedCount = 3

// wordsLeft returns the numbers side n writes in words that the other
// side writes neither in figures nor in words. One and two are left out,
// as words that count loosely (одна as "a", оба as "both", "one of us",
// "twice" for "on two occasions"), but not one and a half, which a rate
// or a share is as often as a loose span ("полтора процента"; "полтора
// месяца" for "six weeks" is then flagged), and a scale alone (thousand,
// million): after a figure it is read with it ("5 million"), and without
// one it is vague ("a million reasons").
func wordsLeft(n, other numberSide) []string {
	var ws []string
	for _, r := range n.words {
		if (r.value > 2 || r.half || r.clock) && !r.bareScale {
			ws = append(ws, r.String())
		}
	}
	if len(ws) == 0 {
		return nil
	}
	// A decade of two digits the other side names is no count of things:
	// "twenty people" against "в двадцатые … тридцать".
	others, _ := cancelled(other.nums, slices.DeleteFunc(slices.Clone(other.decades), func(d string) bool { return len(d) != 2 }))
	ws, _ = cancelled(ws, others)
	ws, _ = cancelled(ws, other.wordValues())
	return ws
}

// bareMonths returns the months side n names with no figure of its own
// (its nums hold its dates' months) and that the other side's numbers
// lack: "в ноябре" against "in December". Such months differ only where
// both sides name one the other lacks: a month named on one side alone is
// as often a rendering's way of dating ("this autumn") as an error.
func bareMonths(n numberSide, other []string) []string {
	var out []string
	for _, m := range n.months {
		if !slices.Contains(n.nums, m) && !slices.Contains(other, m) {
			out = append(out, m)
		}
	}
	return out
}

// namedMonths returns the numbers of the months s names, as numbersIn
// writes them, but for those that are also common words ("may",
// "march"), which name a month too rarely to count unless a capital and
// a preposition of time before them make them one (monthAfter).
func namedMonths(s string) []string {
	var out []string
	prev, prevStart, prevEnd := "", -1, -1
	lastEnd := -1 // where the last month's name ended
	add := func(m, start, end int) {
		// كانون الثاني/يناير: one month in two calendars' names
		if k := strconv.Itoa(m); len(out) == 0 || out[len(out)-1] != k || !slashAfterMonth(s, lastEnd, start) {
			out = append(out, k)
		}
		lastEnd = end
	}
	forEachWord(s, func(i, j int) {
		w := s[i:j]
		if m := monthNumber(w); m > 0 && (!wordMonths[strings.ToLower(w)] || monthAfter(prev, s[max(prevEnd, 0):i], w)) {
			add(m, i, j)
		} else if w[0] >= scriptsFromByte {
			// Whether a figure stands by is asked of a month's name only
			// (a Thai run reads its months wherever they stand).
			beside := scriptMonthWords()[w] > 0 && (yearAfter(s, j) || figureBefore(s, max(prevEnd, 0), i) ||
				monthBeforeDay(w) && dayAfter(s, j) ||
				prev == "من" && !wordlikeMonths[w] && figureBefore(s, 0, prevStart)) // "7 من أكتوبر"
			if months := scriptMonths(w, beside); len(months) > 0 {
				for _, m := range months {
					add(m, i, j)
				}
			} else if m := levantineMonth(prev, w); m > 0 && (yearAfter(s, j) || prevStart >= 0 && figureBefore(s, 0, prevStart)) {
				add(m, prevStart, j)
			}
		}
		prev, prevStart, prevEnd = w, i, j
	})
	return out
}

// monthAfter reports whether w, a month name that is also a word ("May",
// "March", "August"), names the month after the word prev, with gap
// between them: capitalised, right after a preposition of time ("in
// May", "until March"). A capital alone is a name as often ("Theresa
// May", "the March on Rome"), and a small letter the verb or adjective.
func monthAfter(prev, gap, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (strings.TrimSpace(gap) == "" && gap != "" || gap == "-" && strings.EqualFold(prev, "mid")) &&
		monthPrepositions[strings.ToLower(prev)]
}

// monthPrepositions are the English and German words of time that a
// month follows ("in May", "since March", "by March", "early August",
// "im Oktober", "Anfang Juni"); their own month names that are words
// (Spanish "marca") are dated by a day (dayFirstMonths).
var monthPrepositions = wordSet(`in since until till through during before after by early late mid last next this
	im seit bis ab anfang mitte ende vor nach`)

// pairedNumbers returns the numbers of each side the other lacks, a
// decade of two digits matched with one of four (centuryLeftOut) before
// or after equal numbers are, whichever leaves fewer: "в двадцать раз в
// двадцатых" against "20 times in the 1920s" wants the decades paired
// first, "в 80-х, в 1980 году" against "in the 1980s, in '80" after.
func pairedNumbers(ns, nt numberSide) (onlyS, onlyT []string) {
	os, ot := surplus(ns.nums, nt.nums), surplus(nt.nums, ns.nums)
	os, ot = centuryLeftOut(os, ot, ns, nt)
	ot, os = centuryLeftOut(ot, os, nt, ns)
	if len(ns.decades) == 0 && len(nt.decades) == 0 {
		return os, ot
	}
	sn, tn := centuryLeftOut(ns.nums, nt.nums, ns, nt)
	tn, sn = centuryLeftOut(tn, sn, nt, ns)
	ps, pt := surplus(sn, tn), surplus(tn, sn)
	// Counted as sidesDiffer will leave them, once numbers in words have
	// cancelled figures.
	left := func(xs, ys []string) int {
		return len(cancelledBy(xs, nt.inWords(ns))) + len(cancelledBy(ys, ns.inWords(nt)))
	}
	if left(ps, pt) < left(os, ot) {
		return ps, pt
	}
	return os, ot
}

// centuryLeftOut drops from the unmatched numbers of one side, xs, each
// decade of two digits (of side xn) whose decade of four the other side,
// yn, has among its unmatched numbers, ys, and those from ys: "в 80-х"
// against "in the 1980s", and in another century where the side names it
// in Roman numerals ("в 90-х годах XIX века" against "the 1890s").
func centuryLeftOut(xs, ys []string, xn, yn numberSide) ([]string, []string) {
	var keep []string
	for _, x := range xs {
		k := -1
		if len(x) == 2 && slices.Contains(xn.decades, x) {
			k = slices.IndexFunc(ys, func(y string) bool {
				return len(y) == 4 && y[2:] == x && (y[:2] == "19" || y[:2] == "20" || namesCentury(xn.romans, y[:2])) &&
					slices.Contains(yn.decades, y)
			})
		}
		if k < 0 {
			keep = append(keep, x)
			continue
		}
		ys = slices.Delete(slices.Clone(ys), k, k+1)
	}
	return keep, ys
}

// namesCentury reports a Roman numeral among romans for the century whose
// years start with prefix: XIX for 18xx.
func namesCentury(romans []string, prefix string) bool {
	p, err := strconv.Atoi(prefix)
	return err == nil && slices.Contains(romans, strconv.Itoa(p+1))
}

// timesAsDecimals drops from the unmatched numbers of one side, xs, each
// decimal that may be a time (clock, see readNumbers) and is a time of
// day of the other side's, ys, written with a point ("at 10.30", read
// 10.3, against "в 10:30", read 10:30), and those times from ys.
func timesAsDecimals(xs, ys []string, clock map[string]bool) ([]string, []string) {
	var keep []string
	for _, x := range xs {
		h, frac, ok := strings.Cut(x, ".")
		ok = ok && clock[x]
		if ok && len(frac) == 1 {
			frac += "0"
		}
		k := slices.Index(ys, h+":"+frac)
		if !ok || len(frac) != 2 || k < 0 {
			keep = append(keep, x)
			continue
		}
		ys = slices.Delete(ys, k, k+1)
	}
	return keep, ys
}

// numbersIn returns the numbers of s, normalised: group separators
// dropped (1 000, 1,000, 1.000 and 1.000.000 are 1000 and 1000000), a
// decimal comma made a point, leading zeros dropped (06 is 6), ordinal
// endings dropped (19th, 19-го), dates written with points (21.06.2024)
// and times of day after a preposition (в 10.30, at 10:30) read as their
// parts, and each month name beside a number (or beside "of" or "de"
// beside one) as its number, so that "21 June", "the 21st of June", "21
// июня", "21.06.2024" and "2024-06-21" agree while "May I ask" has none.
func numbersIn(s string) []string {
	nums, _ := readNumbers(s)
	return nums
}

// readNumbers is numbersIn, also returning the decimals it read that may
// be a time of day written with a point where no preposition said so (an
// English "at 10.30", read 10.3; not "10.30 евро").
func readNumbers(s string) (nums []string, clock map[string]bool) {
	r := numberReader{s: s}
	r.read()
	nums, _ = r.numbers()
	return nums, r.clock
}

// read reads r.s.
func (r *numberReader) read() {
	s := r.s
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case c >= '0' && c <= '9':
			i = r.figures(i)
		case unicode.IsLetter(c):
			i = r.word(i)
		case vulgarFractions[c] != "":
			r.items = append(r.items, numberItem{kind: itemNumber, text: "0" + vulgarFractions[c]})
			i += w
			r.afterFigure, r.ordinal, r.figureEnd, r.single = true, false, i, true
		default:
			if !unicode.IsSpace(c) {
				r.prev, r.prev2 = "", "" // "from $1.50": the word is not right before the number
				r.afterFigure, r.scaled = false, 0
			}
			i += w
		}
	}
}

// numberReader holds what readNumbers has read of s so far: its numbers,
// and its words where they make a month a date.
type numberReader struct {
	s           string
	items       []numberItem
	prev, prev2 string                // the last word and the one before, lower case
	afterFigure bool                  // only spaces since a number in figures
	figureEnd   int                   // where the last number in figures ended
	single      bool                  // that number is no date or time of day
	ordinal     bool                  // it has an ordinal ending (3rd, 3-й)
	clock       map[string]bool       // decimals that may be a time of day
	times       []string              // numbers of times: "2,500 times", "3mal"
	decades     []string              // numbers read as decades: "1980s", "80-х"
	lang        string                // the text's language, or ""
	betweenEnd  int                   // where the last "between" ended, or 0
	extra       map[string]numberWord // the text's language's number words (numberWordsIn), for factorAfter
	scaled      int                   // the zeros of a scale word that was the last word, scaling a figure, or 0
	// carry is the zeros of the scale of the number before the figure
	// just read, where only spaces part them (581억 5천만), or 0.
	carry int
	// levantineLead: the last word opens a Levantine month's name of two
	// words (تشرين) after a day; wordStart is where the last word began.
	levantineLead bool
	wordStart     int
}

// numberItem is a word or number of the text numberReader reads.
type numberItem struct {
	kind     numberItemKind
	text     string // a number's value, or a month's number
	dayFirst bool   // a month that is a date only after its day (dayFirstMonths)
}

type numberItemKind int

const (
	itemWord numberItemKind = iota
	itemNumber
	itemMonth
	itemConnector // "of": the 19th of July
)

// figures reads the number, date or time of day in figures at s[i] and
// returns where it ends.
func (r *numberReader) figures(i int) int {
	s := r.s
	r.ordinal = false
	r.carry, r.scaled = r.scaled, 0
	lead := factorLead(r.prev2, r.prev)
	parts, end := dateOrTime(s, i, r.prev, r.lang, r.afterBetween(i))
	hour := false // one or two digits, no ordinal: may be an hour ("la 1re heure et demie" is none)
	if parts == nil {
		var n string
		n, end = scanNumber(s, i)
		parts = []string{n}
		if c := clockAt(s, i); c.ok && c.sep == '.' {
			if r.clock == nil {
				r.clock = map[string]bool{}
			}
			r.clock[n] = true
		}
		hour = end-i <= 2
		if (decadeLeads[r.prev] || decadeLeads[r.prev2] && decadeJoins[r.prev]) && roundDecade(n) {
			r.decades = append(r.decades, n)
		} else if e := decadeEnding(s, n, end); e != end {
			// "20-е" is a decade or the twentieth day.
			r.decades = append(r.decades, n)
			end, hour, r.ordinal = e, false, afterOrdinalEnding(s, end) != end
		} else if e := afterOrdinalEnding(s, end); e != end {
			end, hour, r.ordinal = e, false, true
		}
	}
	if len(parts) == 1 {
		t, e, ok := "", 0, false
		if hour {
			t, e, ok = halfHourAfter(s, parts[0], end)
		}
		if !ok {
			t, e = clockSuffixes(s, parts[0], end, r.prev, r.lang)
		}
		parts[0], end = t, e
		parts[0], end = withFraction(s, parts[0], end)
	}
	for k := range parts {
		parts[k] = commonEraYear(parts[k], s[:i], r.lang, len(parts) > 1)
	}
	for _, p := range parts {
		r.items = append(r.items, numberItem{kind: itemNumber, text: p})
	}
	if lead && len(parts) == 1 {
		r.addTimes(parts[0])
	}
	r.afterFigure, r.figureEnd, r.single = true, end, len(parts) == 1
	return end
}

// afterBetween reports a "between" a few words before s[i], with no
// number since: "between 3.30 and 4.15 pm", "between the hours of 3.30".
func (r *numberReader) afterBetween(i int) bool {
	const near = 32 // bytes: a few short words
	return r.betweenEnd > 0 && i-r.betweenEnd <= near &&
		strings.IndexFunc(r.s[r.betweenEnd:i], unicode.IsDigit) < 0
}

// timesAfter reads the word of times that ends at s[j] right after a
// number in figures (timesWords): "2,500 times", "2½ times", "3mal",
// "3-mal", "2 fois et demie", but not "3rd time", "zum 25. Mal", "3
// times 2", a date ("am 1.4.2025 mal") or a year ("2019 mal", "In 2008
// times were hard").
func (r *numberReader) timesAfter(j int) {
	n := r.items[len(r.items)-1].text
	if !r.single || factorAfter(r.s[j:], r.extra) || isYear(n) && !strings.HasSuffix(n, "00") {
		return
	}
	if halfAfterTimes(r.s[j:]) && !strings.ContainsAny(n, ".+") {
		n += ".5"
	}
	r.addTimes(n)
}

// addTimes adds the number n, just read, to the numbers of times, unless
// it is an ordinal or no more than one.
func (r *numberReader) addTimes(n string) {
	if f, err := strconv.ParseFloat(n, 64); err == nil && f > 1 && !r.ordinal {
		r.times = append(r.times, n)
	}
}

// word reads the word at s[i]: a scale that multiplies the number before
// it, a word of times after one (timesAfter), a month, a connector of
// dates or another word. It returns where the word ends.
func (r *numberReader) word(i int) int {
	s := r.s
	j := lettersEnd(s, i)
	var sc attachedScale
	attached := false
	if r.afterFigure || r.scaled > 0 {
		sc, attached = attachedScaleAt(s[i:j])
	}
	article := attached && (sc.notAfter != "" && r.prev == sc.notAfter || sc.inAmount && r.carry <= sc.zeros) // "제1조": a law's article
	if attached && !article {
		j = i + len(sc.word) // "5000万元": the scale, then the words it runs into ("126万亿元": the next scale)
	}
	r.prev, r.prev2 = strings.ToLower(s[i:j]), r.prev
	if r.prev == "between" {
		r.betweenEnd = j
	}
	// A year takes no scale, nor does a fraction character's ratio ("⅑
	// bn" is no number of billions). A bigger scale right after a scale
	// multiplies the figure again: "5 mil millones" is 5*10^9.
	scaled := r.scaled
	r.scaled = 0
	// A scale written onto a figure makes it no year: "2000亿".
	if zeros, ok := scaleAfter(s, i, j, r.afterFigure || scaled > 0, r.extra); ok && !article && zeros > scaled &&
		(attached || !isYear(r.items[len(r.items)-1].text)) && !strings.Contains(r.items[len(r.items)-1].text, "+") {
		last := &r.items[len(r.items)-1]
		last.text = timesTenTo(last.text, zeros) // 5 млн is 5000000, as 5 million, $5m and 5,000,000 are
		if attached && r.carry > zeros && len(r.items) >= 2 && r.items[len(r.items)-2].kind == itemNumber {
			// "581억 5천만", "3亿5千万": one number in parts, each smaller
			// scale's after the larger's.
			r.items[len(r.items)-2].text = addDecimals(r.items[len(r.items)-2].text, last.text)
			r.items = r.items[:len(r.items)-1]
			zeros = r.carry
		}
		r.afterFigure, r.scaled, r.carry = false, zeros, 0
		return j
	}
	if timesWords[r.prev] && r.figureEnd > 0 && strings.Trim(s[r.figureEnd:i], " \u00a0-") == "" {
		r.timesAfter(j)
	}
	afterFigure, lead := r.afterFigure, r.levantineLead
	r.afterFigure, r.levantineLead = false, false
	m, start := monthNumber(s[i:j]), i // start: where the month's name begins
	if m == 0 && s[i] >= scriptsFromByte {
		m, start = r.scriptMonth(i, j, afterFigure, lead)
	}
	r.wordStart = i
	switch {
	case m > 0 && r.sameMonth(m, start):
		r.items = append(r.items, numberItem{kind: itemWord}) // كانون الثاني/يناير: one month in two calendars' names
	case m > 0:
		r.items = append(r.items, numberItem{kind: itemMonth, text: strconv.Itoa(m), dayFirst: dayFirstMonths[r.prev]})
	case dateConnectors[r.prev]:
		r.items = append(r.items, numberItem{kind: itemConnector})
	default:
		r.items = append(r.items, numberItem{kind: itemWord})
	}
	return j
}

// scriptMonth reads the month s[i:j] names in a script of
// scriptMonthNames, the word after a figure or not (afterFigure), after
// the first word of a Levantine name beside a day or not (lead): its
// number, or 0, and where its name begins.
func (r *numberReader) scriptMonth(i, j int, afterFigure, lead bool) (m, start int) {
	s := r.s
	// A script's month is one only after a day or before a year, or
	// before a day where its language puts the month first.
	beside := afterFigure || dayBefore(s, r.figureEnd, i, j) || yearAfter(s, j) || monthBeforeDay(s[i:j]) && dayAfter(s, j)
	months := scriptMonths(s[i:j], beside)
	for _, k := range months[:max(0, len(months)-1)] { // "ตั้งแต่มกราคมถึงมีนาคม": from January to March
		r.items = append(r.items, numberItem{kind: itemMonth, text: strconv.Itoa(k)})
	}
	if len(months) > 0 {
		m = months[len(months)-1]
	}
	start = i
	if lm := levantineMonth(r.prev2, s[i:j]); m == 0 && lm > 0 && (lead || yearAfter(s, j)) &&
		len(r.items) > 0 && r.items[len(r.items)-1].kind == itemWord {
		r.items = r.items[:len(r.items)-1] // تشرين, read as a word, and الأول are one month
		m, start = lm, r.wordStart
	}
	r.levantineLead = beside && levantineFirst(s[i:j])
	return m, start
}

// sameMonth reports month m, named at s[i:], as the month just named,
// with a slash or a bracket between: Arabic names a month by its
// Levantine and its Egyptian name together (كانون الثاني/يناير).
func (r *numberReader) sameMonth(m, i int) bool {
	n := len(r.items)
	if n == 0 || r.items[n-1].kind != itemMonth || r.items[n-1].text != strconv.Itoa(m) {
		return false
	}
	k := i
	for k > 0 {
		c, size := utf8.DecodeLastRuneInString(r.s[:k])
		if !strings.ContainsRune(" /()", c) {
			break
		}
		k -= size
	}
	return k < i && strings.ContainsAny(r.s[k:i], "/(")
}

// numbers returns the numbers read, and the months next to a number (a
// month only before one where it is a date only after its day); dated
// are those months, as numbers.
func (r *numberReader) numbers() (nums, dated []string) {
	for k, it := range r.items {
		switch {
		case it.kind == itemNumber:
			nums = append(nums, it.text)
		case it.kind == itemMonth && (r.near(k, -1) == itemNumber || r.near(k, 1) == itemNumber && !it.dayFirst):
			nums, dated = append(nums, it.text), append(dated, it.text)
		}
	}
	return nums, dated
}

// near returns the kind of the item next to item k in direction d, past a
// connector.
func (r *numberReader) near(k, d int) numberItemKind {
	k += d
	if k >= 0 && k < len(r.items) && r.items[k].kind == itemConnector {
		k += d
	}
	if k < 0 || k >= len(r.items) {
		return itemWord
	}
	return r.items[k].kind
}

// vulgarFractions gives the fraction characters their value after the
// whole number: a decimal part where it ends ("1 ½" reads 1.5, as "1,5"
// and "1.5" do), else a ratio, which only the same fraction matches.
var vulgarFractions = map[rune]string{
	'½': ".5", '¼': ".25", '¾': ".75", '⅕': ".2", '⅖': ".4", '⅗': ".6", '⅘': ".8",
	'⅛': ".125", '⅜': ".375", '⅝': ".625", '⅞': ".875", '⅒': ".1",
	'⅓': "+1/3", '⅔': "+2/3", '⅙': "+1/6", '⅚': "+5/6", '⅐': "+1/7", '⅑': "+1/9",
}

// withFraction reads a fraction character written after a whole number n
// that ends at s[end], directly or after a space ("2¾", "1 ½"), into n.
func withFraction(s, n string, end int) (string, int) {
	if strings.ContainsAny(n, ".:+") {
		return n, end // a decimal or a time of day already
	}
	j := end
	for {
		r, w := utf8.DecodeRuneInString(s[j:])
		switch {
		case isNumberSpace(r):
			j += w
			continue
		case vulgarFractions[r] != "":
			return n + vulgarFractions[r], j + w
		}
		return n, end
	}
}

// clockSuffixes reads what may follow a number n ending at s[end] to make
// it a time of day: a word for hours and the minutes after a preposition
// of time, prev (hourMarkAt: "à 22 h 30", "22 h. 30" or "22h", "в 16 ч 30
// мин", read 22:30 and 16:30), and an English "p.m." after an hour of 1 to 11 ("6:30 p.m."
// is 18:30, "10 pm" is 22), so that they agree with "18:30 Uhr" and "22
// Uhr". It returns the number as read and the offset after what it read.
func clockSuffixes(s, n string, end int, prev, lang string) (string, int) {
	j := end
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if mark := hourMarkAt(s, j, prev); mark > j && !strings.Contains(n, ":") {
		if h, err := strconv.Atoi(n); err == nil && h <= 24 {
			k := mark
			if k < len(s) && s[k] == '.' {
				k++ // "20 h. 30", as older French print has it
			}
			k = clockSpacesEnd(s, k)
			if k+2 <= len(s) && isASCIIDigit(s[k]) && isASCIIDigit(s[k+1]) && (k+2 == len(s) || !isASCIIDigit(s[k+2])) {
				if s[k:k+2] == "00" {
					return n, k + 2
				}
				return n + ":" + s[k:k+2], k + 2
			}
			return n, mark
		}
	}
	lower := strings.ToLower(s[j:min(len(s), j+5)])
	for _, pm := range []string{"p.m.", "p. m", "pm"} {
		if !strings.HasPrefix(lower, pm) || len(lower) > len(pm) && unicode.IsLetter(rune(lower[len(pm)])) ||
			pm == "pm" && j > end && !bareMeridiem(lang, true) {
			continue
		}
		hour, minutes, _ := strings.Cut(n, ":")
		if h, err := strconv.Atoi(hour); err == nil && h >= 1 && h <= 11 {
			n = strconv.Itoa(h + 12)
			if minutes != "" {
				n += ":" + minutes
			}
		}
		return n, j + len(pm)
	}
	return n, end
}

// hourMarkAt returns the offset after a word for hours at s[j] that a
// time of day writes between its hour and its minutes, after a preposition
// of time, prev: French "à 22 h 30", Russian "в 16 ч 30 мин", German "um
// 16 Uhr 30". It returns j where there is none ("dure 3 h 30" is a
// duration).
func hourMarkAt(s string, j int, prev string) int {
	k := lettersEnd(s, j)
	switch s[j:k] {
	case "h":
		if frenchTimePrepositions[prev] {
			return k
		}
	case "Uhr": // a time of day, never a duration
		if pointTimePrepositions[prev] {
			return k
		}
	case "ч":
		if hourMarkPrepositions[prev] {
			return k
		}
	}
	return j
}

// hourMarkPrepositions come before a Russian time of day written "16 ч 30
// мин"; "около" and "до" come before durations as often ("около 3 ч 20
// мин", about three hours and twenty minutes).
var hourMarkPrepositions = wordSet(`в во к с со`)

// halfHourAfter reads an hour n (one or two digits, as the caller
// checks), ending at s[end], followed by its half or quarter in words, as
// the words alone are read ("quatre heures et demie"): "4 heures et
// demie" is 4:30, "18 h et quart" 18:15. It returns the time and the
// offset after it, or false.
func halfHourAfter(s, n string, end int) (string, int, bool) {
	if h, err := strconv.Atoi(n); err != nil || h > 24 {
		return n, end, false
	}
	// "heures", "et" and "demie", each after at least one space but the
	// first ("4heures").
	words := [3]string{}
	k := end
	for w := range words {
		i := clockSpacesEnd(s, k)
		if i == k && w > 0 || i == len(s) {
			return n, end, false
		}
		k = lettersEnd(s, i)
		words[w] = strings.ToLower(s[i:k])
	}
	if words[0] != "h" && words[0] != "heure" && words[0] != "heures" || words[1] != "et" {
		return n, end, false
	}
	switch words[2] {
	case "demie":
		return n + ":30", k, true
	case "quart":
		return n + ":15", k, true
	}
	return n, end, false
}

// clockSpacesEnd returns where the spaces at s[i] end (isNumberSpace: French
// sets no-break ones in "4 h 30").
func clockSpacesEnd(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isNumberSpace(r) {
			break
		}
		i += w
	}
	return i
}

// frenchTimePrepositions come before a time of day written "22 h 30".
var frenchTimePrepositions = wordSet(`à a vers dès avant après jusqu entre et de`)

// afternoonWords say that the hours of 1 to 11 near them are past noon:
// "6 pm", "в 6 вечера", "um 6 Uhr abends", "à 6 heures du soir".
var afternoonWords = wordSet(`pm вечера дня abends nachmittags soir après-midi`)

// namesAfternoon reports whether s names the afternoon (afternoonWords,
// "p.m.").
func namesAfternoon(s string) bool {
	lower := strings.ToLower(s)
	pm := strings.Contains(lower, "p.m.")
	forEachWord(lower, func(i, j int) { pm = pm || afternoonWords[lower[i:j]] })
	return pm
}

// afternoonHours drops from the unmatched numbers of one side, xs, each
// hour of 1 to 11 whose afternoon hour the other side has, ys, when the
// side names the afternoon, pm ("from 2 to 6 pm" against "von 14 bis 18
// Uhr"), and those hours from ys.
func afternoonHours(xs, ys []string, pm bool) ([]string, []string) {
	if !pm {
		return xs, ys
	}
	var keep []string
	for _, x := range xs {
		hour, minutes, _ := strings.Cut(x, ":")
		h, err := strconv.Atoi(hour)
		later := strconv.Itoa(h + 12)
		if minutes != "" {
			later += ":" + minutes
		}
		if k := slices.Index(ys, later); err == nil && h >= 1 && h <= 11 && k >= 0 {
			ys = slices.Delete(ys, k, k+1)
			continue
		}
		keep = append(keep, x)
	}
	return keep, ys
}

// dayFirstMonths are month names that are also common words (Spanish and
// Portuguese "marca", brand; English "mart"; Turkish "ocak", stove, and
// "aralık", gap): their languages write the day first ("11 marca", "1
// Ocak"), so only a number before one makes it a date.
var dayFirstMonths = wordSet(`marca mart ocak aralık ekim nisan`)

// dateConnectors join a day and its month: "the 19th of July", "19 de
// julio", "7 من أكتوبر".
var dateConnectors = wordSet(`of de del من`)

// pointTimePrepositions come before a time of day in the languages that
// write it with a point (в 10.30, um 10.30); English writes a decimal so
// ("by 0.25 points") and a time with a colon, which is read as a time
// anywhere.
var pointTimePrepositions = wordSet(`в во с со до к около um ab bis gegen`)

// notTimePrefixes start the words after a number with a point that make it a
// quantity, not a time, even after one of pointTimePrepositions ("в 2.50
// раза", "um 2.50 Prozent").
var notTimePrefixes = []string{"раз", "проц", "процент", "prozent", "percent", "euro", "евро", "доллар", "рубл", "dollar", "mal"}

// dateOrTime reads a date written with points (21.06.2024) at s[i], or a
// time of day (10:30, or 10.30 after one of pointTimePrepositions, prev),
// and returns its numbers normalised, a time as one ("10:30", or "9" on
// the hour), and the offset after it; nil when s[i] starts neither.
func dateOrTime(s string, i int, prev, lang string, between bool) ([]string, int) {
	digits := func(j int) int {
		n := 0
		for j+n < len(s) && s[j+n] >= '0' && s[j+n] <= '9' {
			n++
		}
		return n
	}
	ends := func(j int) bool { // no number goes on at s[j]
		return j >= len(s) || !(s[j] >= '0' && s[j] <= '9') &&
			!((s[j] == '.' || s[j] == ',' || s[j] == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9')
	}
	a := digits(i)
	if a < 1 || a > 2 || i+a >= len(s) {
		return nil, 0
	}
	sep, j := s[i+a], i+a+1
	b := digits(j)
	first, _ := strconv.Atoi(s[i : i+a])
	second, _ := strconv.Atoi(s[j : j+b])
	if sep == '.' && b >= 1 && b <= 2 && j+b < len(s) && s[j+b] == '.' {
		if c := digits(j + b + 1); (c == 2 || c == 4) && ends(j+b+1+c) && first >= 1 && first <= 31 && second >= 1 && second <= 12 {
			end := j + b + 1 + c
			return []string{trimZeros(s[i : i+a]), trimZeros(s[j : j+b]), trimZeros(s[j+b+1 : end])}, end
		}
	}
	if c := clockAt(s, i); c.ok && (c.sep == ':' || pointTimePrepositions[prev] ||
		!afterCurrency(s, i) && (meridiemAt(s, c.end, lang) || meridiemAfterRange(s, c.end, lang, between))) {
		if c.minutes == "00" { // 9.00, 9:00 and 9 a.m. are one time
			return []string{c.hour}, c.end
		}
		return []string{c.hour + ":" + c.minutes}, c.end // one time, 10:30
	}
	return nil, 0
}

// meridiemAt reports "am", "a.m.", "pm" or "p.m." after the spaces at
// s[i], which make a decimal before them a time of day, as British print
// writes it: "3.30pm", "11.15 a.m.". A bare "am" or "pm" apart from the
// number counts only where bareMeridiem says.
func meridiemAt(s string, i int, lang string) bool {
	j := clockSpacesEnd(s, i)
	if j+2 > len(s) || s[j]|0x20 != 'a' && s[j]|0x20 != 'p' {
		return false
	}
	k := j + 1
	dotted := s[k] == '.'
	if dotted {
		k = clockSpacesEnd(s, k+1)
	}
	if k >= len(s) || s[k]|0x20 != 'm' || lettersEnd(s, k+1) != k+1 {
		return false
	}
	return dotted || j == i || bareMeridiem(lang, s[j]|0x20 == 'p')
}

// bareMeridiem reports whether a bare "pm" (pm) or "am" apart from a time
// marks it in language lang: in English and where the language is not
// known, and "pm" in Spanish; elsewhere they are words ("am Tag") or
// abbreviations (Italian "pm", the prosecutor).
func bareMeridiem(lang string, pm bool) bool {
	switch baseLanguage(lang) {
	case "", "en", "und":
		return true
	case "es":
		return pm
	}
	return false
}

// meridiemAfterRange reports the end of a range of times of day after the
// spaces at s[i], with "am" or "pm" after it (meridiemAt), which makes the
// decimal before s[i] a time as well: "3.30-4.15pm", "3.30 to 4.15 pm",
// and, after between, "between 3.30 and 4.15 pm" ("9.30 and 4.15 pm" may
// join a price to a time).
func meridiemAfterRange(s string, i int, lang string, between bool) bool {
	j := clockSpacesEnd(s, i)
	switch {
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "–"), strings.HasPrefix(s[j:], "—"):
		j += len("–")
	default:
		k := lettersEnd(s, j)
		if w := strings.ToLower(s[j:k]); w != "to" && w != "till" && w != "until" && (w != "and" || !between) {
			return false
		}
		j = k
	}
	j = clockSpacesEnd(s, j)
	if c := clockAt(s, j); c.ok {
		return meridiemAt(s, c.end, lang)
	}
	k := j
	for k < len(s) && k-j < 2 && isASCIIDigit(s[k]) {
		k++
	}
	return k > j && (k == len(s) || !isASCIIDigit(s[k])) && meridiemAt(s, k, lang)
}

// clockTime is a time of day written at some s[i]: hour, separator, minutes.
type clockTime struct {
	hour, minutes string // "9" and "05"
	sep           byte   // ':' or '.'
	end           int    // the offset after it
	ok            bool
}

// clockAt reads at s[i] what may be a time of day: an hour up to 23, a
// colon or a point, and two digits of minutes up to 59, with no number
// going on after them and, after a point, no quantity (10.30 евро).
func clockAt(s string, i int) clockTime {
	digit := func(k int) bool { return k < len(s) && s[k] >= '0' && s[k] <= '9' }
	a := 0
	for a < 3 && digit(i+a) {
		a++
	}
	p := i + a
	if a < 1 || a > 2 || p+3 > len(s) || (s[p] != '.' && s[p] != ':') || !digit(p+1) || !digit(p+2) || digit(p+3) ||
		p+4 < len(s) && (s[p+3] == '.' || s[p+3] == ',' || s[p+3] == ':') && digit(p+4) ||
		s[p] == '.' && quantityAfter(s[p+3:]) {
		return clockTime{}
	}
	h, _ := strconv.Atoi(s[i:p])
	m, _ := strconv.Atoi(s[p+1 : p+3])
	if h > 23 || m > 59 {
		return clockTime{}
	}
	return clockTime{hour: trimZeros(s[i:p]), minutes: s[p+1 : p+3], sep: s[p], end: p + 3, ok: true}
}

// quantityAfter reports a percent sign or a word of notTimePrefixes at the
// start of rest (after spaces): what follows a quantity, not a time.
func quantityAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	if strings.HasPrefix(rest, "%") {
		return true
	}
	w := strings.ToLower(rest)
	for _, p := range notTimePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// afterOrdinalEnding returns the offset after an ordinal ending written
// onto the number that ends at s[i] ("19th", "1er", "19-го", "2-й"), or
// i when none follows.
func afterOrdinalEnding(s string, i int) int {
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	k := lettersEnd(s, j)
	if k > j && ordinalEndings[strings.ToLower(s[j:k])] && (j == i) == !startsCyrillic(s[j:k]) {
		return k
	}
	return i
}

// decadeEnding returns the offset after an ending written onto a number
// n, ending at s[i], that makes it a decade ("the 1980s", "the '80s", "in
// den 80er Jahren", "в 80-х годах", "80-е"), or i when none follows. A
// decade is a round number of two or four digits.
func decadeEnding(s, n string, i int) int {
	if !roundDecade(n) {
		return i
	}
	j := i
	switch {
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "'"):
		j++
	case strings.HasPrefix(s[j:], "’"):
		j += len("’")
	}
	k := lettersEnd(s, j)
	if decadeEndings[s[j:k]] && (j > i) == startsCyrillic(s[j:k]) || j > i && s[j-1] != '-' && s[j:k] == "s" ||
		j > i && s[j-1] == '-' && nordicDecadeEndings[strings.ToLower(s[j:k])] {
		return k
	}
	return i
}

// nordicDecadeEndings are the Swedish, Danish, Norwegian and Finnish
// endings written after a hyphen onto a round number to make it a decade
// or, on a round hundred, a century ("1950-talet", "1800-tallet",
// "1990-luvulla").
var nordicDecadeEndings = wordSet(`talet tallet talets tallets tal luku luvulla luvun luvulta luvulle luvusta luvuilla`)

// roundDecade reports a round number of two or four digits, which may
// be a decade.
func roundDecade(n string) bool {
	return (len(n) == 2 || len(n) == 4) && n[len(n)-1] == '0' && !strings.ContainsRune(n, '.')
}

// decadeLeads are the words for years before a round number that make it
// a decade: "les années 80", "los años 80", "gli anni 80".
var decadeLeads = wordSet(`années annees años anos anni`)

// decadeJoins join a second decade to one after decadeLeads: "los años
// 20 y 30", "les années 60 et 70".
var decadeJoins = wordSet(`y e et and und и o ou or`)

// decadeEndings make a round number a decade: English "s" and German "er"
// directly (1980s, 80er), Russian ones after a hyphen (80-х, 80-е, 80-ые,
// 80-ми); an apostrophe before "s" is read too (1980's).
var decadeEndings = wordSet(`s er х е ые ых ым ыми ми`)

// ordinalEndings are the endings written onto a number to make it an
// ordinal: English, French, Spanish, Italian, Portuguese and Greek ones
// directly (19th, 1er, 1º, 25η), Russian ones after a hyphen (19-го, 2-й).
var ordinalEndings = wordSet(`st nd rd th er re e ème eme º ª η ης ο ου ος α го й я е ое ого ый ий ая ую м ом му`)

func startsCyrillic(e string) bool {
	r, _ := utf8.DecodeRuneInString(e)
	return unicode.Is(unicode.Cyrillic, r)
}

// scanNumber reads the number starting at s[i] and returns it normalised
// with the offset after it.
func scanNumber(s string, i int) (string, int) {
	var digits strings.Builder
	j := i
	for j < len(s) {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		digits.WriteString(s[j:k])
		j = k
		// A separator joins more digits: three after it for a group
		// separator, else a decimal mark.
		sep, sw := utf8.DecodeRuneInString(s[j:])
		if sep != ',' && sep != '.' && !isNumberSpace(sep) {
			break
		}
		k = j + sw
		n := 0
		for k+n < len(s) && s[k+n] >= '0' && s[k+n] <= '9' {
			n++
		}
		switch {
		case n == 3 && !(sep == '.' && strings.ContainsRune(digits.String(), '.')) && !oddGroupAfter(s, k+n, sep):
			j = k // a group of thousands
		case n > 0 && (sep == ',' || sep == '.') && !strings.ContainsRune(digits.String(), '.'):
			digits.WriteByte('.')
			j = k
		default:
			return trimZeros(digits.String()), j
		}
	}
	return trimZeros(digits.String()), j
}

// isNumberSpace reports the spaces written inside a number: a space, a
// no-break, narrow no-break or thin space ("1 000", "1 ½").
func isNumberSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// oddGroupAfter reports a separator sep at s[i] followed by a run of
// digits other than three long: "1.000.5" is no grouped number.
func oddGroupAfter(s string, i int, sep rune) bool {
	if i >= len(s) || rune(s[i]) != sep {
		return false
	}
	n := 0
	for i+1+n < len(s) && s[i+1+n] >= '0' && s[i+1+n] <= '9' {
		n++
	}
	return n > 0 && n != 3
}

// scaleWords are the words (lower case) that multiply the figure before
// them, with the power of ten each stands for: the scale words of
// numberWords (thousand, миллиона, Milliarden…), and the plurals and
// abbreviations written after figures.
var scaleWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for w, nw := range numberWords() {
		if nw.kind == numScale && !strings.HasSuffix(w, "th") { // "thousandth" scales nothing
			m[w] = len(strconv.FormatInt(nw.value, 10)) - 1
		}
	}
	for zeros, words := range map[int]string{
		// Swedish, Danish and Norwegian, Finnish and Hungarian too:
		// "9 miljoner", "3 millioner", "2 miljoonaa", "33 mrd". Danish
		// "mia." is left out: Italian writes "alle 5 mia madre", English
		// "80 MIA" (missing in action).
		// Arabic, Persian, Hebrew, Hindi and Vietnamese too, and Indian
		// English's lakh and crore. Hindi अरब, a billion, is also
		// "Arab" (22 अरब देश), and left out. Estonian, Latvian,
		// Lithuanian, Catalan, Indonesian, Georgian, Armenian, Bengali
		// and Tamil too ("250 miljonit", "2 mlrd.", "120 milions", "7
		// ribu", "1,6 տրիլիոն", "৫ লাখ কোটি").
		3:  "thousands тыс tusen tusind tuhatta ezer ألف آلاف هزار אלף हज़ार हजार nghìn ngàn tuhat tuhande tūkst tūkstančių tūkstoši milers ribu ათასი ათას հազար হাজার ஆயிரம்",
		5:  "lakh lakhs लाख লাখ লক্ষ லட்சம்",
		6:  "millions mln млн mio miljon miljoner millioner miljoonaa millió مليون ملايين میلیون מיליון मिलियन triệu miljonit miljoni miljonus milijonų milijonai milions juta მილიონი მილიონ միլիոն মিলিয়ন மில்லியன்",
		7:  "crore crores करोड़ কোটি கோடி",
		9:  "billions bn млрд mrd mdr miljard miljarder milliard milliarder miljardia milliárd مليار مليارات میلیارد מיליארד बिलियन tỷ tỉ miljardit miljardi miljardus milijardų milijardai mlrd miliards miliar მილიარდი მილიარდ միլիարդ বিলিয়ন பில்லியன்",
		12: "trillions трлн triljonų bilions triliun ტრილიონი ტრილიონ տրիլիոն ট্রিলিয়ন",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = zeros
		}
	}
	return m
})

// attachedScale is a scale word of a script that writes no space
// between words, which runs into the words after it ("5000万元", 50
// million yuan; "3兆円"; "50 ล้านบาท", 50 million baht).
type attachedScale struct {
	word  string
	zeros int
	// before, when not empty, lists what may follow the scale (nothing,
	// a mark or a figure may too): the word it is also the first
	// syllable of is none of them (Thai พันธุ์, variety; 兆 is "mega" in
	// Chinese units, 5兆瓦).
	before []string
	// notAfter is the word that makes the figure before the scale
	// something else: Korean 제 makes 제1조 a law's first article.
	notAfter string
	// inAmount: a scale only after a figure with a larger scale, inside
	// an amount in parts (1万2千, 12 thousand; 5千米 is 5 kilometres).
	inAmount bool
}

// attachedScales are the scale words of Chinese, Japanese, Korean and
// Thai, the longer first where one begins another. Chinese and Japanese
// 千 (thousand) alone is read only inside an amount in parts, "5千米"
// being 5 kilometres.
var attachedScales = []attachedScale{
	{word: "千亿", zeros: 11}, {word: "千億", zeros: 11}, {word: "천억", zeros: 11},
	{word: "百亿", zeros: 10}, {word: "百億", zeros: 10}, {word: "백억", zeros: 10},
	{word: "十亿", zeros: 9}, {word: "十億", zeros: 9}, {word: "십억", zeros: 9},
	{word: "千万", zeros: 7}, {word: "千萬", zeros: 7}, {word: "천만", zeros: 7},
	{word: "百万", zeros: 6}, {word: "百萬", zeros: 6}, {word: "백만", zeros: 6},
	{word: "万", zeros: 4}, {word: "萬", zeros: 4}, {word: "만", zeros: 4},
	{word: "亿", zeros: 8}, {word: "億", zeros: 8}, {word: "억", zeros: 8},
	{word: "兆", zeros: 12, before: []string{"円", "ドル", "ユーロ", "元", "美元", "人"}},
	{word: "조", zeros: 12, notAfter: "제"},
	{word: "千", zeros: 3, inAmount: true}, {word: "천", zeros: 3, inAmount: true},
	{word: "พัน", zeros: 3, before: thaiScaleFollowers},
	{word: "หมื่น", zeros: 4, before: thaiScaleFollowers},
	{word: "แสน", zeros: 5, before: thaiScaleFollowers},
	{word: "ล้าน", zeros: 6, before: thaiScaleFollowers},
}

// thaiScaleFollowers are what a Thai scale stands before in an amount:
// another scale, the currencies, people, tonnes, rai, times, units.
var thaiScaleFollowers = []string{"พัน", "หมื่น", "แสน", "ล้าน", "บาท", "ดอลลาร์", "คน", "ราย", "ตัน", "ไร่", "ครั้ง", "หน่วย", "ครัวเรือน"}

// attachedScaleAt returns the scale of attachedScales that opens the run
// of letters w.
func attachedScaleAt(w string) (attachedScale, bool) {
	for _, sc := range attachedScales {
		rest, ok := strings.CutPrefix(w, sc.word)
		if !ok {
			continue
		}
		if rest == "" || len(sc.before) == 0 || slices.ContainsFunc(sc.before, func(b string) bool { return strings.HasPrefix(rest, b) }) {
			return sc, true
		}
	}
	return attachedScale{}, false
}

// scaleAfter reports the power of ten that the word s[i:j] stands for
// after a figure (afterFigure: only spaces between): a word of scaleWords
// or of the text's language's own, extra ("20 mil", "20 mila"), or "m" or
// "k" written onto a sum of money ("$5m", "£300k"; "5m" alone is as often
// metres).
func scaleAfter(s string, i, j int, afterFigure bool, extra map[string]numberWord) (int, bool) {
	if !afterFigure {
		return 0, false
	}
	w := strings.ToLower(s[i:j])
	if zeros, ok := scaleWords()[w]; ok {
		return zeros, true
	}
	if sc, ok := attachedScaleAt(w); ok && sc.word == w {
		return sc.zeros, true
	}
	if nw, ok := extra[w]; ok && nw.kind == numScale {
		return len(strconv.FormatInt(nw.value, 10)) - 1, true
	}
	if zeros, ok := moneyScales[w]; ok && i > 0 && isASCIIDigit(s[i-1]) && afterCurrency(s, i) {
		return zeros, true
	}
	return 0, false
}

// moneyScales are the letters written onto a sum to scale it.
var moneyScales = map[string]int{"k": 3, "m": 6, "bn": 9}

// afterCurrency reports a currency sign right before the figure that ends
// at s[i].
func afterCurrency(s string, i int) bool {
	k := i
	for k > 0 && (isASCIIDigit(s[k-1]) || s[k-1] == '.' || s[k-1] == ',') {
		k--
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return strings.ContainsRune("$£€¥₽", r)
}

// isYear reports a figure that reads as a year (1900 to 2099): "в 2020
// миллион человек" multiplies no year.
func isYear(n string) bool {
	v, err := strconv.Atoi(n)
	return err == nil && len(n) == 4 && v >= 1900 && v <= 2099
}

// timesTenTo is the number n (normalised, as scanNumber writes it) times
// ten to the power zeros, written the same way: "1.5" and 9 make
// "1500000000".
// addDecimals is the sum of two numbers written as the reader writes
// them ("58100000000", "50000000"), in its writing; x where either is
// none.
func addDecimals(x, y string) string {
	a, errA := strconv.ParseFloat(x, 64)
	b, errB := strconv.ParseFloat(y, 64)
	if errA != nil || errB != nil {
		return x
	}
	return trimZeros(strconv.FormatFloat(a+b, 'f', -1, 64))
}

func timesTenTo(n string, zeros int) string {
	whole, frac, _ := strings.Cut(n, ".")
	for ; zeros > 0; zeros-- {
		if frac != "" {
			whole, frac = whole+frac[:1], frac[1:]
		} else {
			whole += "0"
		}
	}
	if frac != "" {
		whole += "." + frac
	}
	return trimZeros(whole)
}

func trimZeros(n string) string {
	if strings.Contains(n, ".") {
		n = strings.TrimRight(strings.TrimRight(n, "0"), ".")
	}
	t := strings.TrimLeft(n, "0")
	if t == "" || t[0] == '.' {
		t = "0" + t
	}
	return t
}

// monthStems are the month names' first letters in English, German,
// French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Czech,
// Turkish, Greek, Russian, Ukrainian, Bulgarian, Serbian, Lithuanian,
// Latvian, Estonian and Catalan, January first. A month name is a
// word of monthWords (or a Russian month's form) that starts with one;
// the longest stem that fits names the month (Czech "července", July,
// over "červen", June).
var monthStems = [12][]string{
	{"jan", "janv", "ene", "genn", "stycz", "led", "ocak", "ιαν", "январ", "янв", "січ", "ian", "siječ", "януар", "јан", "saus", "gen", "jaan"},
	{"feb", "févr", "fevr", "febb", "fev", "lut", "únor", "úno", "şubat", "φεβ", "феврал", "фев", "лют", "velja", "февруар", "феб", "vasar", "veebr"},
	{"mar", "mär", "mars", "marz", "maart", "břez", "μαρτ", "μάρτ", "март", "берез", "ožuj", "kov"},
	{"apr", "avr", "abr", "kwie", "dub", "nisan", "απρ", "апрел", "апр", "квіт", "trav", "baland"},
	{"may", "mai", "mayo", "magg", "mei", "maj", "květ", "mayıs", "μαΐ", "μαι", "μάι", "μαί", "ма", "трав", "svib", "máj", "мај", "gegu", "maij"},
	{"jun", "juin", "giu", "czerw", "červen", "červn", "haziran", "ιουν", "ιούν", "июн", "черв", "iun", "lipan", "lipnj", "jún", "юн", "јун", "birž", "jūn"},
	{"jul", "juil", "lug", "lip", "července", "červenec", "temmuz", "ιουλ", "ιούλ", "июл", "лип", "iul", "srpan", "srpnj", "júl", "юл", "јул", "liep", "jūl"},
	{"aug", "août", "aout", "ago", "sierp", "srp", "ağustos", "αυγ", "αύγ", "авг", "серп", "agu", "kolovoz", "avg", "rugpj"},
	{"sep", "sept", "set", "wrze", "září", "eylül", "σεπτ", "сентябр", "сен", "верес", "ruj", "септемв", "сеп", "rugs"},
	{"oct", "okt", "ott", "out", "paźdz", "říj", "ekim", "οκτ", "октябр", "окт", "жовт", "spal"},
	{"nov", "noy", "listop", "kasım", "νοε", "νοέ", "ноябр", "ноя", "листоп", "noi", "studen", "ноемв", "нов", "lapkr"},
	{"dec", "dez", "déc", "dic", "grud", "prosin", "aralık", "δεκ", "декабр", "дек", "груд", "des", "дец", "gruod", "dets"},
}

// monthWords are the full month names and their abbreviations, lower case, for telling a month
// from a word that starts like one ("mark", "may I"): a word must start
// with a month's stem and be one of these or an inflection of a Slavic
// name.
var monthWords = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	januar februar märz mai juni juli oktober dezember
	janvier février mars avril juin juillet août septembre octobre novembre décembre
	enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
	gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
	janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
	januari februari maart mei augustus augusti maj marts
	styczeń stycznia luty lutego marzec marca kwiecień kwietnia maja czerwiec czerwca lipiec lipca
	sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia
	styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu
	leden ledna únor února březen března duben dubna květen května červen června červenec července
	srpen srpna září říjen října listopadu prosinec prosince
	ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
	ιανουάριος ιανουαρίου φεβρουάριος φεβρουαρίου μάρτιος μαρτίου απρίλιος απριλίου μάιος μαΐου μαίου
	ιούνιος ιουνίου ιούλιος ιουλίου αύγουστος αυγούστου σεπτέμβριος σεπτεμβρίου οκτώβριος οκτωβρίου
	νοέμβριος νοεμβρίου δεκέμβριος δεκεμβρίου
	ιανουάριο φεβρουάριο μάρτιο απρίλιο μάιο ιούνιο ιούλιο αύγουστο σεπτέμβριο οκτώβριο νοέμβριο δεκέμβριο
	січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
	січень березень квітень травень червень липень серпень вересень жовтень листопад грудень
	січні березні квітні травні червні липні серпні вересні жовтні листопаді грудні
	янв фев февр апр авг сен сент окт ноя нояб дек
	ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
	siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja
	srpanj srpnja kolovoz kolovoza rujan rujna studenoga studenog prosinac prosinca
	január januára február februára marec marca apríl apríla máj mája jún júna júl júla augusta
	septembra októbra novembra decembra
	desember maret agustus
	януари февруари април юни юли септември октомври ноември декември
	јануар јануара фебруар фебруара марта април априла мај маја јун јуна јул јула август августа
	септембар септембра октобар октобра новембар новембра децембар децембра
	januar januara februar februara mart marta aprila maja jula avgust avgusta
	septembar oktobar novembar decembar
	sausis sausio vasaris vasario kovas kovo balandis balandžio gegužė gegužės birželis birželio
	liepa liepos rugpjūtis rugpjūčio rugsėjis rugsėjo spalis spalio lapkritis lapkričio gruodis gruodžio
	janvāris janvārī janvāra februāris februārī februāra marts martā aprīlis aprīlī aprīļa maijs maijā
	jūnijs jūnijā jūnija jūlijs jūlijā jūlija augusts augustā septembris septembrī oktobris oktobrī oktobra
	novembris novembrī decembris decembrī
	jaanuar veebruar märts aprill oktoober detsember
	gener febrer març maig juny juliol agost setembre octubre novembre desembre`)

// inflectedMonths are the Hungarian and Finnish month names, which take
// endings onto the name ("decemberében", in December; "joulukuuta", of
// December): a word that is one of them with one of monthEndings is the
// month (read only).
var inflectedMonths = [12][]string{
	{"január", "tammikuu"}, {"február", "helmikuu"}, {"március", "maaliskuu"}, {"április", "huhtikuu"},
	{"május", "toukokuu"}, {"június", "kesäkuu"}, {"július", "heinäkuu"}, {"augusztus", "elokuu"},
	{"szeptember", "syyskuu"}, {"október", "lokakuu"}, {"november", "marraskuu"}, {"december", "joulukuu"},
}

// estonianMonths are the Estonian month names in the form its cases build
// on (the genitive: "juunil", in June; "märtsist", from March), which
// take only estonianMonthEndings: the Hungarian and Finnish endings would
// make names of them ("Juulia"). August is left out: "augusti" is
// Swedish's August already.
var estonianMonths = [12]string{"jaanuari", "veebruari", "märtsi", "aprilli", "", "juuni", "juuli", "",
	"septembri", "oktoobri", "novembri", "detsembri"}

// estonianMonthEndings are the case endings Estonian puts on a month's
// genitive: adessive, inessive, elative, terminative, translative.
var estonianMonthEndings = wordSet(`l s st ni ks`)

// maxEstonianMonthEnding is the longest of estonianMonthEndings, in bytes.
const maxEstonianMonthEnding = len("ks")

// monthEndings are the case endings Hungarian and Finnish put on a month
// ("januárjában", "decemberben", "decemberi", "kesäkuussa", "joulukuuta"):
// only these, so that "Novemberhilfe", "decemberdag" or "májusfa"
// (maypole) are no month.
var monthEndings = wordSet(`ban ben ában ében jában jében i ig tól től ra re on en án én t at et ját jét
	át ét a e ja je ától étől jától jétől áig éig jáig jéig ára ére jára jére nak nek ának ének jának jének
	ta ssa sta n lle lla lta hun na ksi`)

// maxMonthEnding is the longest of monthEndings, in bytes.
const maxMonthEnding = len("jétől")

// inflectedMonth returns 1..12 for lw, in lower case, when it is one of
// inflectedMonths, alone or with one of monthEndings, or one of
// estonianMonths with one of estonianMonthEndings, else 0.
func inflectedMonth(lw string) int {
	for m, names := range inflectedMonths {
		for _, name := range names {
			if e, ok := strings.CutPrefix(lw, name); ok && (e == "" || monthEndings[e]) {
				return m + 1
			}
		}
		if e, ok := strings.CutPrefix(lw, estonianMonths[m]); ok && estonianMonths[m] != "" && (e == "" || estonianMonthEndings[e]) {
			return m + 1
		}
	}
	return 0
}

// monthNumber returns 1..12 for a month name, else 0.
func monthNumber(w string) int {
	lw := strings.ToLower(w)
	if m := inflectedMonth(lw); m > 0 {
		return m
	}
	cyrillic := strings.IndexFunc(lw, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
	if !monthWords[lw] && !(cyrillic && isMonth(lw)) {
		return 0
	}
	best, bestLen := 0, 0
	for m, stems := range monthStems {
		for _, st := range stems {
			if strings.HasPrefix(lw, st) && len(st) > bestLen {
				best, bestLen = m+1, len(st)
			}
		}
	}
	return best
}

// zwnj is the zero-width non-joiner, which Persian sets inside a word
// between its parts (سه‌شنبه, Tuesday).
const zwnj = '\u200c'

// lettersEnd is the offset just past the run of letters (and the marks on
// them) of s that starts at i (i itself when s[i:] does not start with a
// letter).
func lettersEnd(s string, i int) int {
	for k := i; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && (k == i || !unicode.Is(unicode.M, r) && r != zwnj) {
			break // a mark after a letter is the letter's (Devanagari's vowels, a decomposed accent), and so is Persian's half space
		}
		i += w
	}
	return i
}
