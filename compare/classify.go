package compare

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// classify flags a non-trivial change so that the edits researchers look
// for first stand out: numbers and dates, names, case-only and
// punctuation-only changes.
func classify(k *keyer, a, b *document, da, db []token, aText, bText string) []string {
	return classifyKnown(k, a, b, da, db, aText, bText, nil)
}

// classifyJoined is classify for the replacement of the deleted tokens da
// by the inserted tokens db, classified apart before with flags del and
// ins. Deleted and inserted sentences of text rewritten throughout are
// joined by the thousand, and each was scanned once already.
func classifyJoined(k *keyer, a, b *document, da, db []token, aText, bText string, del, ins []string) []string {
	return classifyKnown(k, a, b, da, db, aText, bText, &[2][]string{del, ins})
}

// classifyKnown is classify, given when parts is not nil the flags that
// da and db got apart: a side's numbers or names are then looked for only
// when both sides have some, for otherwise the flags tell whether they
// differ.
func classifyKnown(k *keyer, a, b *document, da, db []token, aText, bText string, parts *[2][]string) []string {
	// A word the semantic cleanup folded into a replacement ("paid 5
	// dollars" -> "gave 5 euros") does not make it a number change: the
	// numbers (or names) on the two sides must differ.
	differ := func(flag string, keys func(*document, []token) []uint32) bool {
		if parts != nil {
			inA, inB := slices.Contains(parts[0], flag), slices.Contains(parts[1], flag)
			switch {
			case inA != inB:
				return true // only one side has some
			case !inA:
				return false // neither has any
			}
		}
		return !sameKeys(keys(a, da), keys(b, db))
	}
	var flags []string
	// A change of letter case alone changes no number ("XIV" → "xiv"). In
	// a Turkish text, capitals written with I for İ ("ILE" for "İLE", an
	// acronym) put in small letters are a case change too, though the
	// keys, strictly Turkish, tell them apart: I is read as İ where that
	// makes the two alike ("ISTANBUL", "İstanbul"), while a side's own İ
	// or ı still tells the letters apart ("SİNİR", "sınır").
	caseOnly := len(da) > 0 && len(db) > 0 && caseChanged(aText, bText) &&
		(k.equalFold(aText, bText) || k.turkic && k.equalFold(dottedCapitals(aText), dottedCapitals(bText)))
	if !caseOnly && numbersChanged(a, b, da, db, parts) {
		flags = append(flags, FlagNumber)
	}
	caseFlag := caseOnly || len(flags) > 0 && capitals(aText) != capitals(bText) && wordsCaseChanged(k, a, b, da, db, aText)
	if caseFlag {
		// Also where a number changed beside words set in other letter
		// case ("ANNUAL REPORT 2023" -> "Annual Report 2024"), which
		// changes the count of capitals (a cheap test first: a text
		// rewritten throughout has many changes flagged number).
		flags = append(flags, FlagCase)
	}
	marksOnly := sameWordRunes(aText, bText) // "U.S." -> "US"
	if (allPunct(da) && allPunct(db) || marksOnly) && !slices.Contains(flags, FlagNumber) {
		// Signs alone flagged number are an amount's (amountSign).
		flags = append(flags, FlagPunctuation)
	}
	// A change of case only, or of the marks between letters, names no
	// one new: in a line set in capitals every word is capitalised, name
	// or not.
	if !caseFlag && !marksOnly && differ(FlagName, names) {
		flags = append(flags, FlagName)
	}
	return flags
}

// wordsCaseChanged reports the sides da of a and db of b of a change
// whose words, numbers left aside, are the same but for letter case, as
// caseOnly reads them, and differ in it.
func wordsCaseChanged(k *keyer, a, b *document, da, db []token, aText string) bool {
	// Most changes are told apart by their caseless keys, without
	// building their texts; not in Turkish, whose keys tell I from İ,
	// nor in Greek, whose keys keep the accents its capitals drop.
	if !k.turkic && !strings.ContainsFunc(aText, isGreek) && !sameCaselessWords(a, b, da, db) {
		return false
	}
	x, y := wordsText(a, da), wordsText(b, db)
	return x != "" && caseChanged(x, y) && (k.equalFold(x, y) || k.turkic && k.equalFold(dottedCapitals(x), dottedCapitals(y)))
}

// sameCaselessWords reports whether da of a and db of b hold the same
// words by caseless key, in order, numbers and number words aside.
func sameCaselessWords(a, b *document, da, db []token) bool {
	next := func(d *document, ts []token, i int) int {
		for i < len(ts) && (ts[i].class != classWord || isNumberToken(d, ts[i])) {
			i++
		}
		return i
	}
	i, j := next(a, da, 0), next(b, db, 0)
	for i < len(da) && j < len(db) {
		if a.wordKey(da[i]) != b.wordKey(db[j]) {
			return false
		}
		i, j = next(a, da, i+1), next(b, db, j+1)
	}
	return i == len(da) && j == len(db)
}

// wordsText is the words of ts, tokens of d, but numbers and number
// words, one space between each.
func wordsText(d *document, ts []token) string {
	var b strings.Builder
	for _, t := range ts {
		if t.class != classWord || isNumberToken(d, t) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.text[t.start:t.end()])
	}
	return b.String()
}

// caseChanged reports texts, equal with letter case folded, that differ
// in letter case: the number of capitals differs ("Straße", "STRASSE";
// "ﬁrst", "First"), or the same letters stand in another case ("Ab",
// "aB"). Respellings that folding makes one while no letter changes case
// are not: Turkish ı and i, Greek ς and σ, ß and ss, a ligature and its
// letters, all in small letters ("sık", "sik"; "λόγος", "λόγοσ").
func caseChanged(x, y string) bool {
	if !hasSmall(x) && !hasSmall(y) {
		return false // both in capitals: "STRASSE", "STRAẞE" is a respelling
	}
	return capitals(x) != capitals(y) || x != y && strings.ToLower(x) == strings.ToLower(y)
}

// hasSmall reports a small letter in s.
func hasSmall(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// capitals counts the capital letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			n++
		}
	}
	return n
}

// FlagName marks a change that touches a capitalised word inside a
// sentence: usually a proper name.
const FlagName = "name"

// germanNoun reports a capitalised word t of d, a text given as German,
// after a German determiner, perhaps with adjectives between ("der
// Hund", "die neue Regierung", "zur Schule"), a title ("Kanzler"), or
// one with a noun's ending ("über Sicherheit", "Regierung"): a noun,
// which German capitalises, not a name, unless in capitals ("von der
// SPD"). A name with an article ("die Schweiz") goes unflagged with the
// nouns. Other nouns without an article ("über Handel") are still read
// as names: a text's articles elsewhere are no evidence, as German
// writes countries and companies with one ("die Ukraine", "die
// Lufthansa"), and telling the two apart takes a lexicon.
func germanNoun(d *document, t token) bool {
	w := d.text[t.start:t.end()]
	if baseLanguage(d.lang) != "de" || isAcronym(w) {
		return false
	}
	if germanNounEnding(d, t, w) || germanTitle(strings.ToLower(w)) {
		return true // "über Sicherheit", "Kanzler"
	}
	k := d.tokenFrom(int(t.start)) - 1
	if k >= 1 && d.text[d.toks[k].start:d.toks[k].end()] == "-" && d.toks[k].start == d.toks[k-1].end() &&
		d.toks[k].end() == t.start && d.toks[k-1].class == classWord {
		return germanNoun(d, d.toks[k-1]) // the later part of a compound is what its first is: "Photovoltaik-Anlage"
	}
	if k >= 0 && countBefore(d, d.toks[k]) {
		return true // what a count counts: "12 Prozent", "drei Stunden"
	}
	for adjectives := 0; k >= 0 && d.toks[k].class == classWord; adjectives++ {
		p := d.toks[k]
		w := d.text[p.start:p.end()]
		switch {
		case germanDeterminers[strings.ToLower(w)]:
			return true
		case p.upper() || adjectives == maxNounAdjectives || !hasGermanAdjectiveEnding(w):
			return false
		}
		k--
	}
	return false
}

// countBefore reports token p of d, before a capitalised word, as a count
// of it: a number word, or a figure of at most three digits or written
// with a separator ("12", "1,5"). Four or five digits alone are as often
// a year or a postcode before a name ("1860 München", "10115 Berlin").
func countBefore(d *document, p token) bool {
	w := d.text[p.start:p.end()]
	if p.class != classNumber {
		return isNumberWord(w)
	}
	return len(w) <= 3 || strings.Trim(w, "0123456789") != ""
}

// isAcronym reports a word in capitals ("SPD", "USA"): a name, not a
// noun, after an article too ("von der SPD").
func isAcronym(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// maxNounAdjectives is how many adjectives germanNoun looks past.
const maxNounAdjectives = 2

// hasGermanAdjectiveEnding reports a word that ends as a German adjective
// after a determiner does ("neue", "großen", "wichtiges").
func hasGermanAdjectiveEnding(w string) bool {
	for _, e := range germanAdjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+1 {
			return true
		}
	}
	return false
}

// germanDeterminers are the German articles, determiners and contracted
// prepositions that stand before a noun, lower case. "am" is left out:
// it is also English, and German writes places after it ("am Rhein").
var germanDeterminers = wordSet(`der die das den dem des ein eine einen einem einer eines
	kein keine keinen keinem keiner keines mein meine meinen meinem meiner meines
	dein deine deinen deinem deiner deines sein seine seinen seinem seiner seines
	ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres
	euer eure euren eurem eurer eures jeder jede jeden jedem jedes dieser diese diesen
	diesem dieses jener jene jenen jenem jenes welcher welche welchen welchem welches
	im zum zur vom beim ins ans aufs`)

// numbersChanged reports whether the deleted tokens da of a and the
// inserted db of b say other numbers: other number tokens (month names
// next to a number, a date: "July 19", "21 июня"; weekday names, for a
// changed weekday moves an event to another day as a changed date does),
// read by key ("FOUR" for "four" is a change of case only), unless their
// values are the same ("twelve" -> "12") or only an amount sign went or
// came, or they write the same amounts otherwise (sameAmounts: "$3.5bn"
// -> "$3.5 billion", "61%" -> "61 per cent"). parts, when not nil, holds
// the flags da and db got apart (classifyKnown).
func numbersChanged(a, b *document, da, db []token, parts *[2][]string) bool {
	if len(da) > 0 && len(db) > 0 {
		x, y := a.text[da[0].start:da[len(da)-1].end()], b.text[db[0].start:db[len(db)-1].end()]
		if sameDate(x, y) || sameClock(x, y, a, da[0]) {
			return false // "1.7.2024" -> "01.07.2024", "14h30" -> "14:30": the date or the time stays
		}
	}
	sameSides := true
	if parts != nil {
		inA, inB := slices.Contains(parts[0], FlagNumber), slices.Contains(parts[1], FlagNumber)
		if !inA && !inB {
			return false
		}
		sameSides = inA == inB
	}
	x, y := changeNumbersOf(a, da), changeNumbersOf(b, db)
	if sameSides && sameKeys(x.keys(), y.keys()) {
		return false
	}
	changed := !sameNumberValues(x, y) && !signAlone(x, y) || unitReplaced(x, y, db) || unitReplaced(y, x, da)
	return changed && !sameAmounts(a, b, da, db)
}

// sameDate reports x and y that each write one date in figures, day,
// month and year with full stops, slashes or hyphens between (or the
// year first: "2024-06-21"), and the same date.
func sameDate(x, y string) bool {
	if len(x) > len("2024-06-21") || len(y) > len("2024-06-21") || x == "" || y == "" || !isASCIIDigit(x[0]) || !isASCIIDigit(y[0]) {
		return false // most changes, at once
	}
	dx, ok := figureDate(x)
	dy, ok2 := figureDate(y)
	return ok && ok2 && dx == dy
}

// figureDate reads s as a date in figures, day.month.year (or with
// slashes or hyphens, one kind in a date) or year-month-day, and returns
// it as year, month and day.
func figureDate(s string) ([3]int, bool) {
	var parts []string
	for _, sep := range []string{".", "/", "-"} {
		if parts = strings.Split(s, sep); len(parts) == 3 {
			break
		}
	}
	if len(parts) != 3 {
		return [3]int{}, false
	}
	var n [3]int
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] == '+' || p[0] == '-' {
			return [3]int{}, false
		}
		n[k] = v
	}
	if len(parts[0]) == 4 {
		n[0], n[2] = n[2], n[0] // the year first: "2024-06-21"
	} else if len(parts[2]) != 4 {
		return [3]int{}, false
	}
	if n[0] < 1 || n[0] > 31 || n[1] < 1 || n[1] > 12 {
		return [3]int{}, false
	}
	return [3]int{n[2], n[1], n[0]}, true
}

// changeNumbers are the tokens of one side of a change that say numbers:
// nums, its number tokens (isNumberToken) but a list item's number, and
// own, the words that name a number in its document's language alone
// (Spanish doce), which isNumberToken does not know. A change's tokens
// are read once for all the number tests.
type changeNumbers struct {
	d         *document
	nums, own []token
}

func changeNumbersOf(d *document, ts []token) changeNumbers {
	n := changeNumbers{d: d}
	own := ownNumbers(d.lang)
	for _, t := range ts {
		switch {
		case isNumberToken(d, t):
			if !listMarker(d, t) {
				n.nums = append(n.nums, t)
			}
		case own && t.class == classWord && d.wordFacts(t, d.text[t.start:t.end()])&factOwnNumber != 0:
			n.own = append(n.own, t)
		}
	}
	return n
}

// keys returns the caseless keys of n's number tokens and number words.
func (n changeNumbers) keys() []uint32 {
	out := make([]uint32, 0, len(n.nums)+len(n.own))
	for _, t := range n.nums {
		out = append(out, n.d.wordKey(t))
	}
	for _, t := range n.own {
		out = append(out, n.d.wordKey(t))
	}
	return out
}

// listMarker reports a number token t of d that numbers a list's item:
// it opens its sentence at a line's start, its full stop or bracket
// touching it and a space after ("3. Mehr Transparenz", "3) Lower
// costs"), in a list: another line of d opens so too, or the line
// before introduces it with a colon ("Steps:"). It is the item's place
// in the list, which a deleted or reordered item takes with it, not a
// number the item states (listNumber). A line alone that opens so
// states one: a German ordinal ("2. Halbjahr 2024: …", the second half
// of the year). A date at a line's start inside a sentence ("am\n12.
// Juni") opens no sentence.
func listMarker(d *document, t token) bool {
	e := int(t.end())
	if t.class != classNumber || !listNumber(d.text[t.start:e]) || e+1 >= len(d.text) || d.text[e] != '.' && d.text[e] != ')' || !isSpaceRune(rune(d.text[e+1])) {
		return false
	}
	if !atLineStart(d.text, int(t.start)) || d.itemLines(d.text[e]) < 2 && !afterColon(d.text, int(t.start)) {
		return false
	}
	k, ok := d.indexOf(t)
	if !ok || k+2 < len(d.toks) && isMonth(d.text[d.toks[k+2].start:d.toks[k+2].end()]) {
		return false // a date opening a line: "3. Juni"
	}
	return d.firstOfSentence(k)
}

// itemLines is how many lines of d open, past spaces, with a list's
// number (listNumber) closed by mark, a full stop or a bracket, and a
// space.
func (d *document) itemLines(mark byte) int {
	d.itemsOnce.Do(func() {
		for line := range strings.Lines(d.text) {
			line = strings.TrimLeft(line, " \t")
			n := 0
			for n < len(line) && isASCIIDigit(line[n]) {
				n++
			}
			if n > 0 && listNumber(line[:n]) && n+1 < len(line) && isSpaceRune(rune(line[n+1])) {
				switch line[n] {
				case '.':
					d.items[0]++
				case ')':
					d.items[1]++
				}
			}
		}
	})
	if mark == '.' {
		return d.items[0]
	}
	return d.items[1]
}

// afterColon reports whether the line before the one holding text[i],
// past blank lines, ends with a colon, which introduces a list.
func afterColon(text string, i int) bool {
	before := strings.TrimRight(text[:strings.LastIndexByte(text[:i], '\n')+1], " \t\r\n")
	return strings.HasSuffix(before, ":")
}

// listNumber reports the number of a list's item: up to three digits.
// A number of several levels ("7.4.", "15.4.") is not one: a clause's
// number is as often a date, day and month, in a German list of
// appointments ("16.4. Rückreise"), and a changed one is shown.
func listNumber(w string) bool {
	return len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// isNumberToken reports whether token t of d is a number, a number
// word, a month name next to a number, a weekday name, or an amount's
// sign or unit beside its number: what a change flagged number is about.
func isNumberToken(d *document, t token) bool {
	if t.class == classNumber {
		return true
	}
	if t.class == classPunct {
		return amountSign(d, t)
	}
	if t.class != classWord {
		return false
	}
	w := d.text[t.start:t.end()]
	facts := d.wordFacts(t, w)
	return facts&factDateWord != 0 && (facts&factMonth != 0 && (nextToNumber(d, t) || namesMonthAlone(d, t, w)) || isWeekday(d, t)) ||
		facts&factNumberWord != 0 || facts&factUnit != 0 && unitBesideNumber(d, t) || isRoman(d, t) ||
		hanNumeral(w) && countsAsHanNumber(d.text, int(t.start), int(t.end())) || scriptMonthBeside(d, t, w)
}

// scriptMonthBeside reports a month named in one of the scripts of
// scriptMonthNames (Arabic, Hebrew, Devanagari, Georgian, Armenian…)
// where the translation check reads one: after a day's figure (or a day
// and Arabic من: "7 من أكتوبر", not for the months that are also words),
// before a year (four digits, with the era's letter: "2024م"), or
// before a day's figure in the languages that put the month first
// (monthBeforeDay). Elsewhere several are other words, also before a
// count (مارس 5 رياضات, he practised 5 sports; במאי 3 סרטים, director of
// 3 films; मार्च 2 घंटे, a march of 2 hours).
func scriptMonthBeside(d *document, t token, w string) bool {
	if w == "" || w[0] < scriptsFromByte || scriptMonthWords()[w] == 0 {
		return false
	}
	i, ok := d.indexOf(t)
	if !ok {
		return false
	}
	switch n := figureDigits(d, t, i+1); {
	case figureDigits(d, t, i-1) > 0:
		return true // "21 أكتوبر"
	case i >= 2 && d.text[d.toks[i-1].start:d.toks[i-1].end()] == "من" && d.toks[i-2].class == classNumber && !wordlikeMonths[w]:
		return true // "7 من أكتوبر"
	case n == 4, n > 0 && n <= 2 && monthBeforeDay(w):
		return true // "أكتوبر 2024", "օգոստոսի 26-ին"
	}
	return false
}

// figureDigits returns how many digits token k of d holds, where it is a
// figure of digits (of any script) with at most letters after them, not
// Latin ones (an ending or an era: "২১শে", "26ին", "2024م", "1446هـ"; not
// a unit: "5km", "2L") that only spaces or
// a hyphen part from token t; else 0. A figure with a separator
// ("3,000", "2.000") is no day and no year.
func figureDigits(d *document, t token, k int) int {
	if k < 0 || k >= len(d.toks) || d.toks[k].class != classNumber {
		return 0
	}
	lo, hi := int(d.toks[k].end()), int(t.start)
	if d.toks[k].start > t.start { // after t
		lo, hi = int(t.end()), int(d.toks[k].start)
	}
	if strings.Trim(d.text[lo:hi], " \u00a0-") != "" {
		return 0
	}
	n, letters := 0, false
	for _, r := range d.text[d.toks[k].start:d.toks[k].end()] {
		switch {
		case unicode.IsDigit(r) && !letters:
			n++
		case (unicode.IsLetter(r) || unicode.IsMark(r)) && !unicode.Is(unicode.Latin, r):
			letters = true // past the digits: letters only from here; Latin ones are a unit ("5km", "3D")
		default:
			return 0
		}
	}
	return n
}

// wordFacts caches, by key number, what the letters of a word alone say
// of it as a number, for isNumberToken: a text rewritten throughout has
// every word of every sentence classified, most of them more than once,
// and its words repeat. One key may stand for words spelt apart (in case,
// where case is ignored, or in Unicode normal form), so an entry tells
// which word its facts were read from: one in ASCII, whose key is its own
// spelling up to case (which the facts ignore), serves every word in
// ASCII with that key; another serves the words spelt as the one at its
// place in the text (start<<32 | size<<16 | facts). The entries are
// atomic: the pairs of a comparison and their parallel parts share a
// document, and any of them may fill an entry, each alike.
type wordFacts []atomic.Uint64

// The facts of a word: factSet marks an entry filled, factASCII one read
// from a word in ASCII. They take an entry's low 16 bits (factBits), the
// word's size (a token's, below 1<<16) the next 16.
const (
	factSet        = 1 << iota
	factASCII      //
	factNumberWord // isNumberWord
	factDateWord   // mayNameADay
	factOwnNumber  // a number word of the document's language alone (numberWordsIn)
	factUnit       // isUnitSymbol, or a unit's name (unitNames)
	factMonth      // isMonth
	factPronoun    // pronounOrArticle
	factStageNote  // a word of stageNoteWords
	factPolite     // politePronoun
	factBits       = 1<<16 - 1
)

// wordFacts returns the facts of token t of d, whose text is w.
func (d *document) wordFacts(t token, w string) uint64 {
	d.factsOnce.Do(func() { d.facts = make(wordFacts, len(d.caseless)) })
	ascii := isASCII(w)
	var slot *atomic.Uint64
	if int(t.key) < len(d.facts) {
		slot = &d.facts[t.key]
		switch e := slot.Load(); {
		case e&factSet == 0:
		case e&factASCII != 0:
			if ascii {
				return e & factBits
			}
		case e>>16&0xffff == uint64(len(w)) && d.text[e>>32:e>>32+uint64(len(w))] == w:
			return e & factBits
		}
	}
	facts := uint64(factSet)
	if ascii {
		facts |= factASCII
	}
	if isNumberWord(w) {
		facts |= factNumberWord
	}
	if mayNameADay(w) {
		facts |= factDateWord
		if isMonth(w) {
			facts |= factMonth
		}
	}
	lw := strings.ToLower(w) // once for the lookups below, on a key's first word only
	if _, name := unitNames[lw]; isUnitSymbol(w) || name {
		facts |= factUnit
	}
	if own := numberWordsIn(d.lang); own != nil {
		if _, ok := own[lw]; ok {
			facts |= factOwnNumber
		}
	}
	if inLanguageSets(pronounsAndArticles, d.lang, lw) {
		facts |= factPronoun
	}
	if stageNoteWords[lw] {
		facts |= factStageNote
	}
	if inLanguageSets(politePronouns, d.lang, lw) {
		facts |= factPolite
	}
	if slot != nil {
		slot.Store(uint64(t.start)<<32 | uint64(len(w))<<16 | facts)
	}
	return facts
}

// isASCII reports a word of ASCII characters alone.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// dottedCapitals is s with each capital I read as İ, as Turkish typed
// without İ writes it; s as it is where it writes İ or ı anywhere: typed
// with both letters, its I is ı ("KIR İÇİN" is "kır için").
func dottedCapitals(s string) string {
	if strings.IndexByte(s, 'I') < 0 || strings.ContainsAny(s, "İı") {
		return s
	}
	return strings.ReplaceAll(s, "I", "İ")
}

// isRoman reports a Roman numeral of two letters or more up to
// maxRomanFlagged, or one with the French ending of an ordinal ("XIV",
// "XIVe"; one letter with an ending, "Ier", only in a text given as
// French): a century, a king, a chapter.
func isRoman(d *document, t token) bool {
	if !t.upper() {
		return false
	}
	w := d.text[t.start:t.end()]
	if len(w) < 2 || strings.IndexByte("IVXLC", w[0]) < 0 || strings.IndexByte(romanSecondBytes, w[1]) < 0 {
		return false
	}
	v := romanOrdinal(w, baseLanguage(d.lang) == "fr")
	return v > 0 && v <= maxRomanFlagged
}

// romanSecondBytes are the bytes a Roman numeral's second may be, for
// isRoman to rule out most capitalised words at once: two Roman letters
// open a numeral of two or more, and one opens an ordinal only before its
// ending, e, è or ᵉ (whose UTF-8 starts with 0xC3 and 0xE1; other letters
// starting so pass, for romanOrdinal to refuse).
const romanSecondBytes = "IVXLCDMe\xc3\xe1"

// maxRomanFlagged is the largest Roman numeral flagged as a number: the
// centuries, kings and chapters prose numbers so, while larger ones in
// capitals are as often words and acronyms ("MIX", "DIX", "CLI").
const maxRomanFlagged = 100

// isNumberWord reports a number written in words (four, двести, vingt,
// zweiundzwanzig, trecentoventi) but one, an ordinal (third, третьего,
// dritten) or a scale (million, млрд): a change from "$5 million" to "$5
// billion", or from four to five, is a number change as much as one of
// figures. A Ukrainian number written with an apostrophe (п'ять, п’ять,
// пʼять) never reaches it whole: the tokens cut a word at each of the
// three (isWordRune), so "п'ять" -> "дев'ять" is a change of "п" to
// "дев", neither a number. Flagging it would take tokens that keep the
// apostrophe, a change to every diff, which is not made here.
//
// It is asked of every word of every change (all of a text rewritten
// throughout), so the word is lowered into a buffer on the stack, which
// the map lookups read without allocating.
func isNumberWord(w string) bool {
	var buf [64]byte // longer than any number word
	if len(w) > len(buf)-utf8.UTFMax {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			b = append(b, lowerASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r = unicode.ToLower(r); r == 'ё' {
			r = 'е'
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	ws := numberWordSet()
	if h := numberWordHash(b); ws.sig[h/64]&(1<<(h%64)) != 0 && ws.words[string(b)] {
		return true // most words fail the hash's bit, before a map lookup
	}
	if startsGermanNumber(b) {
		nw, ok := germanNumberWord(string(b))
		return ok && (nw.value != 1 || nw.half)
	}
	if !bytes.Contains(b, []byte("cent")) && !bytes.Contains(b, []byte("mil")) {
		return false // no Italian compound: trecentoventi, duemila
	}
	_, ok := italianNumberWord(string(b))
	return ok
}

// numberWordSet is what isNumberWord looks words up in: the number words
// but one ("the one", "одна из": as often a pronoun or an article) and
// the multiples that are as often other words (multipleSenses), and the
// scale words, and a bit for each of their hashes.
var numberWordSet = sync.OnceValue(func() *numberWordBits {
	ws := &numberWordBits{words: map[string]bool{}}
	add := func(w string) {
		ws.words[w] = true
		h := numberWordHash([]byte(w))
		ws.sig[h/64] |= 1 << (h % 64)
	}
	for w, nw := range numberWords() {
		if (nw.value != 1 || nw.half) && !multipleSenses[w] {
			add(w)
		}
	}
	for w := range scaleWords() {
		add(w)
	}
	return ws
})

// multipleSenses are multiples that a change flags as no number: "he
// doubled over in pain", "le film est doublé" (dubbed), "a twofold aim".
// "doubled -> tripled" is still a number change: "tripled" is one.
var multipleSenses = wordSet(`doubled doubling twofold doublé doublée doublés doublées`)

// numberWordBits is a set of words with a bit set for the hash of
// each (numberWordHash), which rules out nearly every other word at once.
type numberWordBits struct {
	sig   [1 << 16 / 64]uint64
	words map[string]bool
}

// numberWordHash is a 16-bit hash of a word's length and first and last
// two bytes (a Cyrillic letter's are two).
func numberWordHash(b []byte) uint {
	if len(b) == 0 {
		return 0
	}
	h := uint(len(b))
	for _, c := range [4]byte{b[0], b[min(1, len(b)-1)], b[max(0, len(b)-2)], b[len(b)-1]} {
		h = h*131 + uint(c)
	}
	return h & (1<<16 - 1)
}

// dateWordSets are the sets of month and weekday names isMonth and
// isWeekday look words up in (read only); the Russian month stems are
// apart.
var dateWordSets = []map[string]bool{monthWords, russianMayForms, weekdayNames, ambiguousWeekdays, smallWeekdays, capitalisedWeekdays, feiraDays, weekdayAbbreviations}

// datePrefixRunes is how many leading letters of a word dateWordPrefixes
// holds: three tell every month and weekday name apart from nearly every
// other word, so most words are ruled out without a set lookup.
const datePrefixRunes = 3

// dateWordPrefixes holds the first datePrefixRunes letters (lower case) of
// every month and weekday name isMonth and isWeekday know, or the whole of
// a shorter one; read only.
var dateWordPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range dateWordSets {
		for w := range set {
			m[string(appendDatePrefix(nil, w))] = true
		}
	}
	for stem := range endingMonths {
		m[string(appendDatePrefix(nil, stem))] = true
	}
	return m
}()

// maxDateWordBytes is the length in bytes of the longest month or weekday
// name isMonth and isWeekday know, a month's longest ending included (see
// endingMonths); read only.
var maxDateWordBytes = func() int {
	n := 0
	for _, set := range dateWordSets {
		for w := range set {
			n = max(n, len(w))
		}
	}
	for stem, ending := range endingMonths {
		n = max(n, len(stem)+ending)
	}
	return n
}()

// endingMonths yields the month names that take endings, each with the
// most bytes an ending adds: the Russian stems (two letters), the
// Hungarian and Finnish names (maxMonthEnding) and the Estonian ones.
func endingMonths(yield func(stem string, ending int) bool) {
	for _, stem := range russianMonthStems {
		if !yield(stem, 2*utf8.UTFMax) {
			return
		}
	}
	for m, names := range inflectedMonths {
		for _, name := range names {
			if !yield(name, maxMonthEnding) {
				return
			}
		}
		if estonianMonths[m] != "" && !yield(estonianMonths[m], maxEstonianMonthEnding) {
			return
		}
	}
}

// appendDatePrefix appends w's first datePrefixRunes letters in lower
// case to buf.
func appendDatePrefix(buf []byte, w string) []byte {
	n := 0
	for _, r := range w {
		if n == datePrefixRunes {
			break
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		n++
	}
	return buf
}

// mayNameADay rules out, from its length and first letters, most words
// that cannot be a month or weekday name, before the lookups that lower
// its case: every word of every change is asked.
func mayNameADay(w string) bool {
	if len(w) < 3 || len(w) > maxDateWordBytes {
		return false
	}
	if i, ok := asciiPrefixIndex(w); ok {
		return asciiDatePrefixes[i]
	}
	var buf [utf8.UTFMax * datePrefixRunes]byte
	return dateWordPrefixes[string(appendDatePrefix(buf[:0], w))]
}

// asciiPrefixIndex numbers the first three letters of w, in either case,
// when they are ASCII letters: the common case, answered from
// asciiDatePrefixes without a map lookup.
func asciiPrefixIndex(w string) (int, bool) {
	i := 0
	for k := 0; k < datePrefixRunes; k++ {
		c := w[k] | 0x20 // lower case, for letters
		if c < 'a' || c > 'z' {
			return 0, false
		}
		i = i*26 + int(c-'a')
	}
	return i, true
}

// asciiDatePrefixes marks, by asciiPrefixIndex, the ASCII prefixes in
// dateWordPrefixes; read only.
var asciiDatePrefixes = func() []bool {
	t := make([]bool, 26*26*26)
	for p := range dateWordPrefixes {
		if len(p) != datePrefixRunes {
			continue // a shorter word, or a prefix outside ASCII
		}
		if i, ok := asciiPrefixIndex(p); ok {
			t[i] = true
		}
	}
	return t
}()

// numberSpans returns the byte spans of the number and date tokens among
// ts (see isNumberToken), but a list's item numbers (listMarker), which
// no number flag counts either, with neighbours that only punctuation
// joins ("2024-06-21", "10/12") merged into one span, so a view can mark
// the figures inside a longer change.
func numberSpans(d *document, ts []token) []Span {
	var out []Span
	for _, t := range ts {
		if !isNumberToken(d, t) || t.class == classNumber && listMarker(d, t) {
			continue
		}
		s, e := int(t.start), int(t.end())
		if n := len(out); n > 0 && joinedByPunctuation(d.text[out[n-1].End:s]) {
			out[n-1].End = e
			continue
		}
		out = append(out, Span{Start: s, End: e})
	}
	return out
}

// joinedByPunctuation reports a short stretch of ASCII punctuation with no
// white space, such as the hyphens of a date or the slash of a fraction.
func joinedByPunctuation(gap string) bool {
	if gap == "" || len(gap) > 2 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c >= utf8.RuneSelf || asciiClass[c] != asciiPunct {
			return false
		}
	}
	return true
}

// isMonth reports a month name: one of monthWords (the names the number
// check reads as dates), a Russian month in any case form, or a
// Hungarian, Finnish or Estonian one with its ending (inflectedMonths,
// estonianMonths).
func isMonth(w string) bool {
	lw := strings.ToLower(w)
	if monthWords[lw] || russianMayForms[lw] {
		return true
	}
	for _, p := range russianMonthStems {
		if strings.HasPrefix(lw, p) && utf8.RuneCountInString(lw) <= utf8.RuneCountInString(p)+2 {
			return true
		}
	}
	return inflectedMonth(lw) > 0
}

// namesMonthAlone reports whether w, a month name, names the month with
// no day beside it ("in September", "в сентябре"): a full name that is no
// common word (wordMonths: "may", "march") or abbreviation ("Jan", a name
// too), written small, as the languages that write months small write
// them (their names, capitalised, are names: Марта, Julio, Mars);
// capitalised, one of the English and German names that name nothing
// else (capitalMonths), or any month word opening its sentence (Сентябрь
// выдался холодным) or after a preposition of time ("in April", "im
// August"), except the given names April, June and Maja alone.
func namesMonthAlone(d *document, t token, w string) bool {
	lw := strings.ToLower(w)
	if wordMonths[lw] && !t.upper() || monthNamesakes[lw] {
		return false
	}
	switch {
	case !t.upper():
		return true
	case capitalMonths[lw]:
		return true
	case afterMonthPreposition(d, t) || beforeMonthWord(d, t):
		return true
	case givenNameMonths[lw] || wordMonths[lw]:
		return false
	}
	return t.opens() && exactMonthForm(lw)
}

// afterMonthPreposition reports whether token t of d follows a
// preposition of time ("in", "until", "im", "mid-").
func afterMonthPreposition(d *document, t token) bool {
	i := d.tokenFrom(int(t.start))
	if i >= 2 && d.text[d.toks[i-1].start:d.toks[i-1].end()] == "-" {
		i-- // "mid-September"
	}
	return i >= 1 && d.toks[i-1].class == classWord && monthPrepositions[strings.ToLower(d.text[d.toks[i-1].start:d.toks[i-1].end()])]
}

// beforeMonthWord reports whether token t of d is a Turkish month that a
// word saying "month" follows ("Mart ayında", in the month of March).
func beforeMonthWord(d *document, t token) bool {
	if !turkishMonths[strings.ToLower(d.text[t.start:t.end()])] {
		return false
	}
	i, ok := d.indexOf(t)
	return ok && i+1 < len(d.toks) && d.toks[i+1].class == classWord &&
		monthWordsAfter[strings.ToLower(d.text[d.toks[i+1].start:d.toks[i+1].end()])]
}

// turkishMonths are the Turkish month names, lower case (read only).
var turkishMonths = wordSet(`ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık`)

// monthWordsAfter are the Turkish forms of "ay" (month) after a month's
// name (read only).
var monthWordsAfter = wordSet(`ay ayı ayın ayında ayına ayından ayındaki ayıdır`)

// exactMonthForm reports a month word (lower case) in one of its own
// forms: listed, or a Russian month's stem with a case ending, not a
// longer word on it (Мартин, Августин).
func exactMonthForm(lw string) bool {
	if monthWords[lw] || russianMayForms[lw] || inflectedMonth(lw) > 0 {
		return true
	}
	for _, p := range russianMonthStems {
		if rest, ok := strings.CutPrefix(lw, p); ok && russianMonthEndings[rest] {
			return true
		}
	}
	return false
}

// russianMonthEndings are what follows a Russian month's stem in its
// case forms (сентябрь, сентября, сентябре, сентябрём; март, марта).
var russianMonthEndings = wordSet(`ь я е ю ем ём а у ом`)

// capitalMonths are the English, German, Turkish and Greek month names,
// lower case, that name nothing else: capitalised wherever they stand
// (read only). Greek Αύγουστος is also a given name, and the Turkish
// months Ocak, Mart, Nisan, Ekim, Kasım and Aralık other words.
var capitalMonths = wordSet(`january february july september october november december
	januar februar märz juni juli oktober dezember
	şubat mayıs haziran temmuz ağustos eylül
	ιανουάριος ιανουαρίου ιανουάριο φεβρουάριος φεβρουαρίου φεβρουάριο μάρτιος μαρτίου μάρτιο
	απρίλιος απριλίου απρίλιο μάιος μαΐου μαίου μάιο ιούνιος ιουνίου ιούνιο ιούλιος ιουλίου ιούλιο
	σεπτέμβριος σεπτεμβρίου σεπτέμβριο οκτώβριος οκτωβρίου οκτώβριο νοέμβριος νοεμβρίου νοέμβριο
	δεκέμβριος δεκεμβρίου δεκέμβριο`)

// givenNameMonths are month words that are as often given names (or a
// planet: French "mars"), lower case: capitalised, a month after a
// preposition of time only, opening a sentence or not (read only). The
// Russian ones are the genitive, which a month takes after its day.
var givenNameMonths = wordSet(`april june avril julio mars mai augustus marta
	марта августа мая`)

// monthNamesakes are the month abbreviations and the month names that are
// as often a given name or another word (Polish "Maja"), lower case (read
// only): they are a month beside a day only.
var monthNamesakes = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec maja`)

// russianMonthStems are the stems of the Russian month names but "май",
// whose forms are russianMayForms: a word with two letters more at most
// is the month (read only).
var russianMonthStems = []string{"январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}

// englishMonths are the English month names and abbreviations (read
// only), which monthWords holds too. Some are also words ("May",
// "March"), which sentences.go's ordinal dates take into account.
var englishMonths = wordSet(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// russianMayForms are the case forms of "май", too short for a stem
// (read only); the other Russian months are matched by stem in isMonth.
var russianMayForms = wordSet(`май мая мае`)

func wordSet(words string) map[string]bool {
	fields := strings.Fields(words)
	m := make(map[string]bool, len(fields)) // sized: built at start-up, for every run
	for _, w := range fields {
		m[w] = true
	}
	return m
}

// nextToNumber reports whether the token before or after t in its document
// is a number.
func nextToNumber(d *document, t token) bool {
	i, ok := d.indexOf(t)
	if !ok {
		return false
	}
	if besideNumber(d, i) {
		return true
	}
	// A day joined to its month: "14 de marzo", "the 19th of July".
	connects := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].class == classWord && dateConnectors[strings.ToLower(d.text[d.toks[k].start:d.toks[k].end()])]
	}
	return connects(i-1) && i >= 2 && d.toks[i-2].class == classNumber ||
		connects(i+1) && i+2 < len(d.toks) && d.toks[i+2].class == classNumber
}

// signAlone reports a change whose only numbers are amount signs or units
// on one side: a sign or unit put in or taken out ("10%–15%" -> "10–15%",
// "10 km – 15 km" -> "10–15 km") leaves the amount as it reads; one sign
// for another ("€" -> "£", "km" -> "m") does not. A currency's sign
// taken out and its name put in are two changes, each alone ("$25
// million" -> "25 million dollars", the same amount; "$25" -> "25 EUR"
// is not told from it).
func signAlone(x, y changeNumbers) bool {
	signs := func(n changeNumbers) (count int, only bool) {
		if len(n.own) > 0 {
			return 0, false
		}
		for _, t := range n.nums {
			if t.class != classPunct && (t.class != classWord || n.d.wordFacts(t, n.d.text[t.start:t.end()])&factUnit == 0) {
				return 0, false
			}
			if r, _ := referencedRune(n.d.text[t.start:t.end()]); r == '−' {
				return 0, false // the number's own sign: its value changes
			}
			count++
		}
		return count, true
	}
	na, okA := signs(x)
	nb, okB := signs(y)
	return okA && okB && (na == 0) != (nb == 0)
}

// unitReplaced reports a unit symbol of x (in letters: "km") that the
// other side of the change, its tokens other, replaces by a word after
// the number which does not spell the unit out ("5 km" -> "5 miles";
// not "5 km" -> "5 kilometres", "2024 г." -> "2024 года"; a unit's name,
// "5 lb" -> "5 pounds", is a unit: see unitNames): signAlone
// reads a unit taken out, and the amount then reads as another.
func unitReplaced(x, y changeNumbers, other []token) bool {
	if len(y.nums) > 0 || len(y.own) > 0 {
		return false // numbersChanged weighed the numbers of both sides
	}
	var initials []rune
	for _, t := range x.nums {
		w := x.d.text[t.start:t.end()]
		if t.class == classWord && x.d.wordFacts(t, w)&factUnit != 0 {
			r, _ := utf8.DecodeRuneInString(w)
			initials = append(initials, unicode.ToLower(r))
		}
	}
	if len(initials) == 0 {
		return false
	}
	for _, t := range other {
		k, ok := y.d.indexOf(t)
		if !ok || t.class != classWord || k == 0 || y.d.toks[k-1].class != classNumber ||
			!onlySpace(y.d.text[y.d.toks[k-1].end():t.start]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(y.d.text[t.start:t.end()])
		if !slices.Contains(initials, unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// amountSign reports a currency sign or a per cent or per mille sign of
// d, t, beside a number ("€5m", "5 $", "3.5%"): what the number counts,
// so that "€5m" -> "£5m" changes an amount as "5" -> "6" does, and is no
// change of punctuation. So is a minus sign before a number, apart from
// it or written as a reference ("− 15", "&minus;0.5"; one written onto
// its number is part of the number's token), not one between numbers
// ("2019 − 2020"), and a sign written as a character reference
// ("&euro;").
func amountSign(d *document, t token) bool {
	c := d.text[t.start]
	if c < utf8.RuneSelf && c != '$' && c != '%' && c != '&' { // every punctuation mark of a change is asked
		return false
	}
	r, one := referencedRune(d.text[t.start:t.end()]) // "&euro;" is "€"
	if !one {
		return false
	}
	if !unicode.Is(unicode.Sc, r) && !strings.ContainsRune("%‰‱−", r) {
		return false
	}
	i, ok := d.indexOf(t)
	if ok && r == '−' {
		return minusSign(d, i)
	}
	return ok && besideNumber(d, i)
}

// minusSign reports a minus, token i of d, that is the sign of the number
// right after it, on its line ("to − 15", "&minus;0.5"): not a range's
// or a difference's dash, with a number among the rangeReach tokens
// before it ("2019 − 2020", "10 Uhr − 18 Uhr", "1. − 5. Juni"), nor a
// bullet opening a line ("− 2 Tote").
func minusSign(d *document, i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].class != classNumber || !tightGap(d.text[d.toks[i].end():d.toks[i+1].start]) ||
		strings.ContainsAny(d.text[d.toks[i].end():d.toks[i+1].start], "\n\r") || atLineStart(d.text, int(d.toks[i].start)) {
		return false
	}
	for k := max(0, i-rangeReach); k < i; k++ {
		if d.toks[k].class == classNumber {
			return false
		}
	}
	return true
}

// rangeReach is how many tokens before a minus minusSign looks for the
// number a range starts with: the number, its unit or mark, and a word
// ("5 °C − 7 °C", "10 Uhr − 18 Uhr").
const rangeReach = 3

// besideNumber reports whether token i of d has a number just before or
// after it.
func besideNumber(d *document, i int) bool {
	return i > 0 && d.toks[i-1].class == classNumber || i+1 < len(d.toks) && d.toks[i+1].class == classNumber
}

// sameKeys reports whether x and y hold the same keys as multisets.
func sameKeys(x, y []uint32) bool {
	if len(x) != len(y) {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// sameNumberValues reports sides x and y of a change that write the same
// numbers, in figures or in words, one word a number ("twelve" -> "12",
// "двенадцать" -> "12"): no number changed. A number written otherwise (a
// date's month, a Roman numeral, "twenty-one") counts by its key.
func sameNumberValues(x, y changeNumbers) bool {
	vx, vy := x.values(), y.values()
	slices.Sort(vx)
	slices.Sort(vy)
	return slices.Equal(vx, vy)
}

// values returns n's numbers by value where one word or figure says it
// ("12" for "twelve" and for "12"), else by key.
func (n changeNumbers) values() []string {
	var out []string
	for _, t := range n.own {
		if v, ok := numberWordValue(n.d, t, n.d.text[t.start:t.end()]); ok {
			out = append(out, strconv.FormatInt(v, 10))
		} else {
			// A scale of the language's own ("5 millones" -> "5 mil
			// millones"): by key, as a word of nums without a value.
			out = append(out, "key "+strconv.FormatUint(uint64(n.d.wordKey(t)), 10))
		}
	}
	for _, t := range n.nums {
		w := n.d.text[t.start:t.end()]
		if v, ok := numberWordValue(n.d, t, w); ok {
			out = append(out, strconv.FormatInt(v, 10))
		} else if c := clockAt(n.d.text, int(t.start)); c.ok && c.end == int(t.end()) {
			// "20.30" and "20:30" are one time: a decimal "20.30" reads
			// the same, which matters only against a time written with
			// a colon, where the notation is what changed.
			out = append(out, "time "+c.hour+":"+c.minutes)
		} else if t.class == classNumber && strings.Trim(w, "0123456789") == "" && (len(w) == 1 || w[0] != '0') {
			out = append(out, w) // as a number word's value is written
		} else if u := unitOf(w, n.d.lang); t.class == classWord && u != "" {
			out = append(out, "unit "+u) // "km" and "kilometres" alike
		} else {
			out = append(out, "key "+strconv.FormatUint(uint64(n.d.wordKey(t)), 10))
		}
	}
	return out
}

// ownNumbers reports a language with number words of its own that are
// one number each (Spanish doce; not English double, a multiple), which
// numberValues reads beside the words of every language.
func ownNumbers(lang string) bool {
	for _, nw := range numberWordsIn(lang) {
		if nw.kind == numUnit || nw.kind == numHundred {
			return true
		}
	}
	return false
}

// numberWordValue is the value of w, token t of d, where it is a number
// word that is one number (a unit, or hundreds: not a scale, which counts
// what comes before it), in any language or in d's own (Spanish once,
// doce and quince, other words elsewhere).
func numberWordValue(d *document, t token, w string) (int64, bool) {
	if t.class != classWord {
		return 0, false
	}
	lw := strings.ToLower(w)
	nw, ok := numberWordOf(lw)
	if !ok {
		nw, ok = numberWordsIn(d.lang)[lw]
	}
	return nw.value, ok && (nw.kind == numUnit || nw.kind == numHundred) && !nw.half
}

// ownCapital reports a capitalised word t of d that d writes capitalised
// inside its sentences, and more often so than in small letters.
//
// German capitalises its nouns inside sentences too, so a German text's
// capitals tell no name.
func ownCapital(d *document, t token) bool {
	if baseLanguage(d.lang) == "de" {
		return false
	}
	n := d.innerCount(t.key)
	return n > 0 && n > d.innerCount(d.wordKey(t))
}

// sameWordRunes reports texts whose letters and digits, read in order,
// are the same and some: only the marks between them differ ("n.º" ->
// "nº", "U.S." -> "US", "co-operate" -> "cooperate").
func sameWordRunes(x, y string) bool {
	some := false
	for {
		rx, nx := nextWordRune(x)
		ry, ny := nextWordRune(y)
		switch {
		case nx == 0 || ny == 0:
			return nx == ny && some
		case rx != ry:
			return false
		}
		some = true
		x, y = x[nx:], y[ny:]
	}
}

// nextWordRune returns the first letter or digit of s and the length of
// s up to its end; n is 0 where there is none.
func nextWordRune(s string) (r rune, n int) {
	for i, c := range s {
		if isWordRune(c) {
			return c, i + utf8.RuneLen(c)
		}
	}
	return 0, 0
}

func allPunct(ts []token) bool {
	for _, t := range ts {
		if t.class != classPunct {
			return false
		}
	}
	return true
}

// names returns the caseless keys of the capitalised words among ts
// (usually proper names): inside a sentence, or opening one where the
// document writes the word capitalised inside its sentences more often
// than not ("Lavrov spoke" where Lavrov is named elsewhere), as a name
// is. A one-letter word ("I", "Я"), a month, a weekday, a unit after
// its number ("16 GB") and a title's abbreviation ("Prof.") are not
// names.
func names(d *document, ts []token) []uint32 {
	var out []uint32
	for i, t := range ts {
		// The cheap tests first: this is asked of every word of every
		// change (all of a text rewritten throughout), and a word's
		// letters are read only where its size and case allow a name,
		// and a particle's where a capitalised word is next to it (ts is
		// a run of d's tokens: its edges' neighbours are not in it).
		if t.class != classWord {
			continue
		}
		if t.upper() && (capitalName(d, t) || t.size <= utf8.UTFMax && nameInitial(d, t)) ||
			!t.upper() && int(t.size) <= maxParticleBytes && (i == 0 || i == len(ts)-1 || ts[i-1].upper() || ts[i+1].upper()) &&
				particleInName(d, t) {
			out = append(out, d.wordKey(t))
		}
	}
	return out
}

// capitalName reports a capitalised word of d that names (see names):
// not one capitalised for where it stands, opening a sentence, unless
// the text writes it capitalised inside sentences too (ownCapital), and
// not one whose letters and neighbours say it names nothing
// (capitalNoName). A quotation's first word is read as any other word
// inside a sentence: a quoted headline or a quotation opens with a name
// as often as with another word ("“Starmer wins by a landslide”").
func capitalName(d *document, t token) bool {
	if t.class != classWord || !t.upper() {
		return false
	}
	w := d.text[t.start:t.end()]
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	if t.opens() && !ownCapital(d, t) {
		return false
	}
	return !capitalNoName(d, t, w)
}

// capitalNoName reports a capitalised word t of d, written w, that names
// nothing wherever it stands: a month or a weekday, a German noun, a
// Roman numeral, a unit or a per cent beside a number, a title, a pronoun
// opening a quotation, a stage note (notAName).
func capitalNoName(d *document, t token, w string) bool {
	facts := d.wordFacts(t, w)
	switch {
	case facts&factDateWord != 0 && (facts&factMonth != 0 || isWeekday(d, t)),
		facts&factUnit != 0 && unitBesideNumber(d, t):
		return true
	}
	return germanNoun(d, t) || isRoman(d, t) || titleAbbreviation(d, t, w) || percentBesideNumber(d, t, w) || notAName(d, t, w)
}

// particleInName reports a small word of a name written in small letters
// (nameParticles: "Anna van der Berg", "Charles de Gaulle") between two
// names, in a run of particles: "van der" -> "van den" changes the name
// written. Both sides must be names by capitalName, which a German noun
// is not ("Mitglied der Partei").
func particleInName(d *document, t token) bool {
	if t.class != classWord || t.upper() || !mayBeParticle(d.text[t.start:t.end()]) {
		return false
	}
	k, ok := d.indexOf(t)
	if !ok {
		return false
	}
	before, m := nameBeyondParticles(d, k, -1)
	after, n := nameBeyondParticles(d, k, 1)
	// A particle alone between two names is as often a preposition
	// ("el vuelo de Lavrov de Moscú", "der Flug von Lawrow von Moskau"):
	// it counts in a run of particles only ("van der", "de la").
	return before && after && m+n > 0
}

// mayBeParticle reports a word of nameParticles, the cheap tests first.
func mayBeParticle(w string) bool {
	return len(w) >= 2 && len(w) <= maxParticleBytes && strings.IndexByte("dvtl", w[0]) >= 0 && nameParticles[w]
}

// maxParticleBytes is the length of the longest of nameParticles.
const maxParticleBytes = len("della")

// nameBeyondParticles finds the word beyond the particles next to token
// k of d in direction step (-1 or 1), across white space alone, and
// reports it a name (capitalName) and how many particles it passed.
func nameBeyondParticles(d *document, k, step int) (bool, int) {
	for i, hops := k+step, 0; i >= 0 && i < len(d.toks) && hops < maxNameParticles; i, hops = i+step, hops+1 {
		u, near := d.toks[i], d.toks[i-step]
		gap := d.text[min(u.end(), near.end()):max(u.start, near.start)]
		if u.class != classWord || gap == "" || !tightGap(gap) {
			return false, hops
		}
		if !mayBeParticle(d.text[u.start:u.end()]) {
			// A given name opening the sentence before a run of
			// particles is a name too ("Anna van der Berg arrived").
			return capitalName(d, u) || step < 0 && hops > 0 && u.upper() && u.opens(), hops
		}
	}
	return false, maxNameParticles
}

// maxNameParticles bounds the small words read in a row inside a name
// ("Maria de la Cruz" has two; "van de" and "van der" are the longest in use).
const maxNameParticles = 3

// titleAbbreviation reports a title or another abbreviation the
// sentence splitter knows (abbreviations), written with its full stop
// ("Eng. Carlos Mota", "Prof. Weber"): a person's title changed
// ("Eng." -> "Arq.") is no other name.
func titleAbbreviation(d *document, t token, w string) bool {
	e := int(t.end())
	return e < len(d.text) && d.text[e] == '.' && abbreviations[strings.ToLower(w)] != 0
}

// nameInitial reports a capital letter of d, t, that is the initial of a
// name: its full stop touching it, and a capitalised word, or another
// initial, next in the same sentence ("A. S. Pushkin", "J. Smith"; not
// "Plan A. Then…", nor "section A. The rest", whose capital is an
// article before a word in small letters). A deleted middle initial
// changes the name written.
func nameInitial(d *document, t token) bool {
	w := d.text[t.start:t.end()]
	if t.class != classWord || !t.upper() || utf8.RuneCountInString(w) != 1 {
		return false
	}
	k, ok := d.indexOf(t)
	if !ok || k+2 >= len(d.toks) {
		return false
	}
	stop, next := d.toks[k+1], d.toks[k+2]
	if after := k + 3; after < len(d.toks) && isFunctionWord(next, d.text) && d.toks[after].class == classWord &&
		!d.toks[after].upper() && !isFunctionWord(d.toks[after], d.text) {
		return false // "see section A. The rest", but "M. Le Pen", "J. De la Cruz"
	}
	return stop.start == t.end() && d.text[stop.start:stop.end()] == "." && next.class == classWord && next.upper() &&
		!next.opens() && onlySpace(d.text[stop.end():next.start]) && next.start > stop.end()
}
