package compare

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// FindingKind names what a translation check found.
type FindingKind string

// The kinds of finding, as a translator's QA tool reports them.
const (
	// FindingNumber: a number or date of the source is missing from the
	// rendering's row, or the row has one the source lacks.
	FindingNumber FindingKind = "number"
	// FindingOmission: a source row with no rendering.
	FindingOmission FindingKind = "omission"
	// FindingAddition: a rendering's row with no source.
	FindingAddition FindingKind = "addition"
	// FindingUntranslated: the rendering repeats the source's words.
	FindingUntranslated FindingKind = "untranslated"
	// FindingName: one name of the source rendered in several ways
	// across the document.
	FindingName FindingKind = "name"
	// FindingPossibleOmission: a sentence of the source, aligned in one
	// row with its neighbours, that looks unrendered; Source holds it.
	FindingPossibleOmission FindingKind = "possible_omission"
	// FindingPossibleAddition: a sentence of the rendering, aligned in
	// one row with its neighbours, that looks to have no source; Target
	// holds it.
	FindingPossibleAddition FindingKind = "possible_addition"
	// FindingMoved: a passage the rendering moved, which the alignment
	// (in the order of both texts) leaves as an omission where the source
	// has it and an addition where the rendering has it: one finding at
	// each end, the other end in OtherRow and OtherLastRow.
	FindingMoved FindingKind = "moved"
)

// Finding is one thing a translator should look at, in one row of the
// alignment table and one rendering.
type Finding struct {
	Kind    FindingKind `json:"kind"`
	Version int         `json:"version"`
	Row     int         `json:"row"`
	// LastRow is the last row of a run of omissions or additions.
	LastRow int `json:"last_row"`
	// Source and Target say what differs: the numbers only one side has,
	// the name and its renderings.
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
	// OtherRow and OtherLastRow are, for a moved passage, the rows at its
	// other end.
	OtherRow     int `json:"-"`
	OtherLastRow int `json:"-"`
}

// String describes the finding for a person.
func (f Finding) String() string {
	switch f.Kind {
	case FindingNumber:
		// Source and Target are the numbers the other side lacks, not all
		// of each side's.
		return fmt.Sprintf("row %d: numbers differ: only the source has %s, only the rendering %s", f.Row+1, orNone(f.Source), orNone(f.Target))
	case FindingOmission:
		return fmt.Sprintf("%s: source text with no rendering", f.rows())
	case FindingAddition:
		return fmt.Sprintf("%s: rendering with no source text", f.rows())
	case FindingUntranslated:
		return fmt.Sprintf("row %d: not translated (the rendering repeats the source)", f.Row+1)
	case FindingName:
		return fmt.Sprintf("row %d: %s rendered as %s", f.Row+1, f.Source, f.Target)
	case FindingMoved:
		other := Finding{Row: f.OtherRow, LastRow: f.OtherLastRow}.rows()
		if f.Source != "" {
			return fmt.Sprintf("%s: moved in the rendering, to %s", f.rows(), other)
		}
		return fmt.Sprintf("%s: moved in the rendering, from %s of the source", f.rows(), other)
	case FindingPossibleOmission:
		return fmt.Sprintf("row %d: possibly not rendered: %q", f.Row+1, f.Source)
	case FindingPossibleAddition:
		return fmt.Sprintf("row %d: possibly not in the source: %q", f.Row+1, f.Target)
	}
	return fmt.Sprintf("row %d: %s", f.Row+1, f.Kind)
}

func (f Finding) rows() string {
	if f.LastRow > f.Row {
		return fmt.Sprintf("rows %d-%d", f.Row+1, f.LastRow+1)
	}
	return fmt.Sprintf("row %d", f.Row+1)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// untranslatedShare is the least share of a rendering's words found
// among the source's for the row to count as not translated.
const untranslatedShare = 0.8

// CheckTranslations is Check's findings on the versions in another
// language than the base, nil when there is none: a version in the base's
// language has its word changes instead, and an omission there is no
// translator's fault.
func CheckTranslations(res *Result) []Finding {
	if !slices.Contains(res.Translated, true) { // none, or not set (no languages)
		return nil
	}
	return check(res, func(v int) bool { return res.Translated[v] })
}

// Check looks for what translators check before delivery in each version
// other than the base, row by row: numbers and dates that differ,
// omissions, additions, and, for versions in another language than the
// base, untranslated text and names rendered in several ways. Findings
// come by version, then row.
func Check(res *Result) []Finding {
	return check(res, func(int) bool { return true })
}

// check is Check on the versions other than the base for which want
// holds.
func check(res *Result, want func(v int) bool) []Finding {
	var out []Finding
	for v := range res.Texts {
		if v != res.Base && want(v) {
			out = checkVersion(out, res, v)
		}
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.Version != b.Version {
			return a.Version - b.Version
		}
		return a.Row - b.Row
	})
	return out
}

// checkVersion appends the findings on version v to out.
func checkVersion(out []Finding, res *Result, v int) []Finding {
	first := len(out)
	names := map[string]*nameForms{}
	for r, row := range res.Rows {
		src, tgt := row.Cells[res.Base], row.Cells[v]
		switch {
		case src == nil && tgt == nil:
			continue
		case tgt == nil:
			if hasLetters(res.cellText(src)) {
				out = appendRun(out, Finding{Kind: FindingOmission, Version: v, Row: r, LastRow: r})
			}
			continue
		case src == nil:
			if hasLetters(res.cellText(tgt)) {
				out = appendRun(out, Finding{Kind: FindingAddition, Version: v, Row: r, LastRow: r})
			}
			continue
		}
		s, t := res.cellText(src), res.cellText(tgt)
		if onlyS, onlyT := numberDifference(s, t); onlyS != "" || onlyT != "" {
			out = append(out, Finding{Kind: FindingNumber, Version: v, Row: r, LastRow: r, Source: onlyS, Target: onlyT})
		}
		if res.Translated[v] {
			if untranslated(s, t) {
				out = append(out, Finding{Kind: FindingUntranslated, Version: v, Row: r, LastRow: r})
			}
			collectNames(names, s, t, r)
		}
	}
	out = append(out, nameFindings(names, v)...)
	out = append(out, looseFindings(res, v)...)
	if res.Translated[v] {
		out = pairMoves(out[:first], out[first:], res, v)
	}
	return out
}

// minMoveEvidence is the least evidence (see moveEvidence) for an
// omission and an addition to be one passage moved: two shared names, or
// a name and a number, can join unrelated paragraphs of one text.
const minMoveEvidence = 3

// maxNumberEvidence is the most that agreeing numbers count for in
// moveEvidence: one date is three numbers, and a date alone is shared by
// unrelated paragraphs of one briefing.
const maxNumberEvidence = 2

// pairMoves appends to out version v's findings, with each omission and
// addition that hold the same passage made a pair of moved findings. The
// alignment across languages keeps both texts' order, so it shows a
// paragraph the rendering moved as an omission and an addition; what
// tells them apart from a true omission and an unrelated addition is
// their numbers and names. The best evidence pairs first; each finding
// pairs once.
func pairMoves(out, found []Finding, res *Result, v int) []Finding {
	type cand struct{ o, a, score int }
	var cands []cand
	for o, fo := range found {
		if fo.Kind != FindingOmission {
			continue
		}
		src := rowsText(res, res.Base, fo)
		for a, fa := range found {
			if fa.Kind == FindingAddition && alignedBetween(res, v, fo, fa) {
				if sc := moveEvidence(src, rowsText(res, v, fa)); sc >= minMoveEvidence {
					cands = append(cands, cand{o, a, sc})
				}
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return y.score - x.score })
	for _, c := range cands {
		fo, fa := &found[c.o], &found[c.a]
		if fo.Kind != FindingOmission || fa.Kind != FindingAddition {
			continue // paired already
		}
		fo.Kind, fa.Kind = FindingMoved, FindingMoved
		fo.Source = firstWords(rowsText(res, res.Base, *fo))
		fa.Target = firstWords(rowsText(res, v, *fa))
		fo.OtherRow, fo.OtherLastRow = fa.Row, fa.LastRow
		fa.OtherRow, fa.OtherLastRow = fo.Row, fo.LastRow
	}
	return append(out, found...)
}

// alignedBetween reports a row between findings f and g where the base
// and version v are aligned: a passage moved lies elsewhere, while an
// omission beside an addition is one stretch the alignment could not
// pair (and may well hold a true omission).
func alignedBetween(res *Result, v int, f, g Finding) bool {
	lo, hi := min(f.LastRow, g.LastRow), max(f.Row, g.Row)
	for r := lo + 1; r < hi; r++ {
		if row := res.Rows[r]; row.Cells[res.Base] != nil && row.Cells[v] != nil {
			return true
		}
	}
	return false
}

// rowsText is the text of column col in f's rows.
func rowsText(res *Result, col int, f Finding) string {
	var b strings.Builder
	for r := f.Row; r <= f.LastRow; r++ {
		if c := res.Rows[r].Cells[col]; c != nil {
			b.WriteString(res.cellText(c))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// moveEvidence counts what a source passage and a rendering share that
// does not depend on the language: the names they both hold (by their
// first romanised letters), at least one, and their distinct numbers when
// they agree, up to maxNumberEvidence; 0 when their numbers differ or
// they share no name.
func moveEvidence(src, tgt string) int {
	if onlyS, onlyT := numberDifference(src, tgt); onlyS != "" || onlyT != "" {
		return 0
	}
	distinct := map[string]bool{}
	for _, x := range numbersIn(src) {
		distinct[x] = true
	}
	n := min(len(distinct), maxNumberEvidence)
	names := map[string]bool{}
	for _, w := range capitalised(src, true) {
		if p := namePrefix(w); p != "" {
			names[p] = true
		}
	}
	shared := map[string]bool{}
	for _, w := range capitalised(tgt, false) {
		if p := namePrefix(w); names[p] {
			shared[p] = true
		}
	}
	if len(shared) == 0 {
		return 0
	}
	return n + len(shared)
}

// firstWords is the start of a passage, enough to recognise it.
func firstWords(s string) string {
	const most = 8
	w := strings.Fields(s)
	if len(w) > most {
		return strings.Join(w[:most], " ") + " …"
	}
	return strings.Join(w, " ")
}

// looseFindings are the possible omissions and additions of version v:
// its loose sentences, each on the row whose cell holds it.
func looseFindings(res *Result, v int) []Finding {
	if v >= len(res.loose) {
		return nil
	}
	var out []Finding
	find := func(col int, sp span, kind FindingKind) {
		for r, row := range res.Rows {
			if c := row.Cells[col]; c != nil && c.Start <= sp.start && sp.end <= c.End {
				f := Finding{Kind: kind, Version: v, Row: r, LastRow: r}
				if text := res.Texts[col][sp.start:sp.end]; kind == FindingPossibleOmission {
					f.Source = text
				} else {
					f.Target = text
				}
				out = append(out, f)
				return
			}
		}
	}
	for _, sp := range res.loose[v].src {
		find(res.Base, sp, FindingPossibleOmission)
	}
	for _, sp := range res.loose[v].tgt {
		find(v, sp, FindingPossibleAddition)
	}
	return out
}

// appendRun appends f, or extends the last finding when f continues its
// run of rows of the same kind.
func appendRun(out []Finding, f Finding) []Finding {
	if n := len(out); n > 0 && out[n-1].Kind == f.Kind && out[n-1].Version == f.Version && out[n-1].LastRow == f.Row-1 {
		out[n-1].LastRow = f.Row
		return out
	}
	return append(out, f)
}

func (res *Result) cellText(c *Cell) string { return res.Texts[c.Version][c.Start:c.End] }

func hasLetters(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// numberDifference returns the numbers (dates' months as numbers) that
// only s has and that only t has, each as a space-separated list.
func numberDifference(s, t string) (onlyS, onlyT string) {
	a, b := numbersIn(s), numbersIn(t)
	count := map[string]int{}
	for _, x := range a {
		count[x]++
	}
	for _, x := range b {
		count[x]--
	}
	var os, ot []string
	for _, x := range a {
		if count[x] > 0 {
			os = append(os, x)
			count[x]--
		}
	}
	for k := range count {
		count[k] = 0
	}
	for _, x := range a {
		count[x]--
	}
	for _, x := range b {
		count[x]++
	}
	for _, x := range b {
		if count[x] > 0 {
			ot = append(ot, x)
			count[x]--
		}
	}
	os, ot = timesAsDecimals(os, ot)
	ot, os = timesAsDecimals(ot, os)
	return strings.Join(os, " "), strings.Join(ot, " ")
}

// timesAsDecimals drops from the unmatched numbers of one side, xs, each
// decimal that is the other side's unmatched hour and minutes written
// with a point ("at 10.30", read 10.3, against "в 10:30", read 10 and
// 30), and those from ys.
func timesAsDecimals(xs, ys []string) ([]string, []string) {
	var keep []string
	for _, x := range xs {
		h, frac, ok := strings.Cut(x, ".")
		if ok && len(frac) == 1 {
			frac += "0"
		}
		m := trimZeros(frac)
		ih, iy := slices.Index(ys, h), slices.Index(ys, m)
		if !ok || len(frac) != 2 || frac > "59" || ih < 0 || iy < 0 || ih == iy {
			keep = append(keep, x)
			continue
		}
		ys = slices.Delete(ys, max(ih, iy), max(ih, iy)+1)
		ys = slices.Delete(ys, min(ih, iy), min(ih, iy)+1)
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
	const (
		word = iota
		number
		month
		connector // "of": the 19th of July
	)
	type item struct {
		kind int
		text string
	}
	var items []item
	prev := "" // the last word, lower case
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			parts, end := dateOrTime(s, i, prev)
			if parts == nil {
				var n string
				n, end = scanNumber(s, i)
				parts = []string{n}
				end = afterOrdinalEnding(s, end)
			}
			for _, p := range parts {
				items = append(items, item{number, p})
			}
			i = end
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				q, qw := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(q) {
					break
				}
				j += qw
			}
			prev = strings.ToLower(s[i:j])
			switch m := monthNumber(s[i:j]); {
			case m > 0:
				items = append(items, item{month, strconv.Itoa(m)})
			case dateConnectors[prev]:
				items = append(items, item{connector, ""})
			default:
				items = append(items, item{word, ""})
			}
			i = j
		default:
			if !unicode.IsSpace(r) {
				prev = "" // "from $1.50": the word is not right before the number
			}
			i += w
		}
	}
	// near returns the kind of the item next to k in direction d, past a
	// connector.
	near := func(k, d int) int {
		k += d
		if k >= 0 && k < len(items) && items[k].kind == connector {
			k += d
		}
		if k < 0 || k >= len(items) {
			return word
		}
		return items[k].kind
	}
	var out []string
	for k, it := range items {
		if it.kind == number || it.kind == month && (near(k, -1) == number || near(k, 1) == number) {
			out = append(out, it.text)
		}
	}
	return out
}

// dateConnectors join a day and its month: "the 19th of July", "19 de
// julio".
var dateConnectors = wordSet(`of de del`)

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
// and returns its numbers normalised (no minutes on the hour) and the
// offset after it; nil when s[i] starts neither.
func dateOrTime(s string, i int, prev string) ([]string, int) {
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
	if b == 2 && ends(j+b) && first <= 23 && second <= 59 &&
		(sep == ':' || sep == '.' && pointTimePrepositions[prev] && !quantityAfter(s[j+b:])) {
		if second == 0 { // 9.00, 9:00 and 9 a.m. are one time
			return []string{trimZeros(s[i : i+a])}, j + b
		}
		return []string{trimZeros(s[i : i+a]), trimZeros(s[j : j+b])}, j + b
	}
	return nil, 0
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
	k := j
	for k < len(s) {
		q, qw := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(q) {
			break
		}
		k += qw
	}
	if k > j && ordinalEndings[strings.ToLower(s[j:k])] && (j == i) == !cyrillicEnding(s[j:k]) {
		return k
	}
	return i
}

// ordinalEndings are the endings written onto a number to make it an
// ordinal: English and French ones directly (19th, 1er), Russian ones
// after a hyphen (19-го, 2-й).
var ordinalEndings = wordSet(`st nd rd th er re e ème eme го й я е ое ого ый ий ая ую м ом му`)

func cyrillicEnding(e string) bool {
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
		if sep != ',' && sep != '.' && sep != ' ' && sep != '\u00a0' && sep != '\u202f' && sep != '\u2009' {
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
// French, Spanish, Italian, Russian and Ukrainian, January first. A
// month name is a word that starts with one and is at most a few letters
// longer (case forms: "июня", "Juni", "juin").
var monthStems = [12][]string{
	{"jan", "janv", "ene", "genn", "январ", "янв", "січ"},
	{"feb", "févr", "fevr", "febb", "феврал", "фев", "лют"},
	{"mar", "mär", "mars", "marz", "март", "берез"},
	{"apr", "avr", "abr", "апрел", "апр", "квіт"},
	{"may", "mai", "mayo", "magg", "ма", "трав"},
	{"jun", "juin", "giu", "июн", "черв"},
	{"jul", "juil", "lug", "июл", "лип"},
	{"aug", "août", "aout", "ago", "авг", "серп"},
	{"sep", "sept", "set", "сентябр", "сен", "верес"},
	{"oct", "okt", "ott", "октябр", "окт", "жовт"},
	{"nov", "noy", "ноябр", "ноя", "листоп"},
	{"dec", "dez", "déc", "dic", "декабр", "дек", "груд"},
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
	січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
	янв фев февр апр авг сен сент окт ноя нояб дек`)

// monthNumber returns 1..12 for a month name, else 0.
func monthNumber(w string) int {
	lw := strings.ToLower(w)
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

// untranslated reports a rendering whose words are mostly the source's.
func untranslated(s, t string) bool {
	sw := wordsOf(s)
	tw := wordsOf(t)
	if len(tw) < 2 {
		return false
	}
	have := map[string]bool{}
	for _, w := range sw {
		have[w] = true
	}
	n := 0
	for _, w := range tw {
		if have[w] {
			n++
		}
	}
	return float64(n) >= untranslatedShare*float64(len(tw))
}

// wordsOf returns the lower-case words of s with letters (numbers left
// out: they are the same in any language).
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// nameForms collects how one source name is rendered across a document.
type nameForms struct {
	source string
	forms  []string // distinct renderings, in order of first use
	rows   []int    // the row of each form's first use
}

// collectNames pairs each name of the source (a capitalised word not
// opening a sentence, or an acronym) with the words of the rendering
// that romanise to the same first letters, and records the forms used.
func collectNames(names map[string]*nameForms, s, t string, row int) {
	targets := map[string][]string{} // romanised prefix -> rendering's words
	for _, w := range capitalised(t, false) {
		p := namePrefix(w)
		if p != "" && !slices.Contains(targets[p], w) {
			targets[p] = append(targets[p], w)
		}
	}
	for _, w := range capitalised(s, true) {
		p := namePrefix(w)
		if p == "" {
			continue
		}
		// Different names may share their first letters (Словакия,
		// Словения): each source name (all its case forms) is its own
		// entry, and takes the renderings that share the most letters
		// with it.
		st := nameStem(w)
		nf := names[st]
		if nf == nil {
			nf = &nameForms{source: w}
			names[st] = nf
		}
		for _, f := range closestRenderings(w, targets[p]) {
			if !slices.ContainsFunc(nf.forms, func(g string) bool { return sameName(g, f) }) {
				nf.forms = append(nf.forms, f)
				nf.rows = append(nf.rows, row)
			}
		}
	}
}

// closestRenderings returns the words of targets whose romanisation
// shares the longest prefix with name's.
func closestRenderings(name string, targets []string) []string {
	rn := []rune(strings.ToLower(crosslang.Romanize(name)))
	var out []string
	best := 0
	for _, t := range targets {
		rt := []rune(strings.ToLower(crosslang.Romanize(t)))
		n := 0
		for n < len(rn) && n < len(rt) && rn[n] == rt[n] {
			n++
		}
		switch {
		case n > best:
			out, best = []string{t}, n
		case n == best:
			out = append(out, t)
		}
	}
	return out
}

// nameLetters is how many romanised letters stand for a name when its
// renderings are collected.
const nameLetters = 4

func namePrefix(w string) string {
	p := crosslang.Romanize(w)
	if utf8.RuneCountInString(p) < nameLetters {
		return ""
	}
	return string([]rune(p)[:nameLetters])
}

// capitalised returns the words of s that start with a capital letter;
// with names set, those that open a sentence are left out (unless written
// in capitals throughout, as acronyms are).
func capitalised(s string, names bool) []string {
	var out []string
	opening := true
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" {
			first, _ := utf8.DecodeRuneInString(w)
			acronym := strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 1
			if unicode.IsUpper(first) && (!names || !opening || acronym) && !romanNumeral(w) {
				out = append(out, stripPossessive(w))
			}
		}
		opening = strings.ContainsAny(f[len(f)-1:], ".!?")
	}
	return out
}

// romanNumeral reports a word of Roman numerals only (a chapter's
// "XXVI"): a number, not a name.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLCDM") == ""
}

func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// sameName reports two renderings of one name: equal, or differing by a
// case ending. Names in Cyrillic decline (Лавров, Лаврова, Лаврову,
// Москва, Москве): the last letter may change and two more follow. In
// other scripts only one letter may follow (German "Lavrovs").
func sameName(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	k := 0
	for k < len(ra) && ra[k] == rb[k] {
		k++
	}
	if strings.IndexFunc(a+b, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0 {
		return len(ra)-k <= 1 && len(rb)-k <= 2
	}
	return k == len(ra) && len(rb)-k <= 1
}

// maxNameEdits is the most letters two renderings of one name differ
// by: more, and they are different words sharing a beginning (Ukraine,
// Ukrainian).
const maxNameEdits = 2

func nameFindings(names map[string]*nameForms, v int) []Finding {
	var out []Finding
	for _, st := range slices.Sorted(maps.Keys(names)) {
		nf := names[st]
		for a := 0; a < len(nf.forms); a++ {
			for b := a + 1; b < len(nf.forms); b++ {
				x, y := nf.forms[a], nf.forms[b]
				if !sameName(x, y) && LetterDistance(strings.ToLower(x), strings.ToLower(y)) <= maxNameEdits {
					out = append(out, Finding{Kind: FindingName, Version: v, Row: nf.rows[b], LastRow: nf.rows[b], Source: nf.source, Target: x + ", " + y})
				}
			}
		}
	}
	return out
}

// nameStem is what the case forms of a name have in common: a Cyrillic
// name without its case ending (Вронский, Вронского and Вронская are
// вронск; Лавров and Лаврова are лавров), any other in lower case.
func nameStem(w string) string {
	lw := strings.ToLower(w)
	if !cyrillicEnding(lw) {
		return lw
	}
	for _, e := range russianNameEndings {
		if stem, ok := strings.CutSuffix(lw, e); ok && utf8.RuneCountInString(stem) >= 3 {
			return stem
		}
	}
	return lw
}

// russianNameEndings are the case endings of Russian names and
// adjectival surnames, longest first.
var russianNameEndings = []string{"ого", "его", "ому", "ему", "ими", "ыми",
	"ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ым", "им", "ом", "ем",
	"ие", "ые", "ии", "ия", "ию", "и", "ы", "а", "я", "у", "ю", "е", "о"}

// LetterDistance is the Levenshtein distance between a and b in runes:
// how many letters to insert, delete or replace to make one the other.
func LetterDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = 1 + min(c, prev[j], cur[j-1])
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
