// Names in a translation check: one source name rendered several ways.

package compare

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/variorum/variorum/compare/internal/crosslang"
)

// nameForms collects how one source name is rendered across a document.
type nameForms struct {
	source string
	forms  []string // distinct renderings, in order of first use
	rows   []int    // the row of each form's first use
	// rendered counts the rows where the name has a rendering.
	rendered int
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
		found := closestRenderings(w, targets[p])
		if len(found) > 0 {
			nf.rendered++
		}
		for _, f := range found {
			if len(nf.forms) < maxNameForms && !slices.ContainsFunc(nf.forms, func(g string) bool { return sameName(g, f) }) {
				nf.forms = append(nf.forms, f)
				nf.rows = append(nf.rows, row)
			}
		}
	}
}

// maxNameForms bounds the renderings kept of one name: a translator's
// inconsistency shows in the first few, and a text that gives a name
// hundreds of forms (a word list, a damaged file) would cost the square of
// their number, each compared with each.
const maxNameForms = 12

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
	for _, field := range strings.Fields(s) {
		parts := casedParts(field)
		mixed := len(parts) != 1 || parts[0] != field // a script without case opens no sentence with a capital
		for _, f := range parts {
			w := withoutInitials(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
			if w == "" {
				continue
			}
			first, _ := utf8.DecodeRuneInString(w)
			acronym := strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 1
			if unicode.IsUpper(first) && (!names || !opening || mixed || acronym) && !romanNumeral(w) {
				out = append(out, stripPossessive(w))
			}
		}
		opening = strings.ContainsAny(field[len(field)-1:], ".!?")
	}
	return out
}

// casedParts cuts a word of s at the letters of scripts without case
// (Han, kana, Hangul, Arabic, Thai…), which write Latin names into their
// words: "会见了Samsung的代表" holds "Samsung", "Samsung의" (Samsung's)
// too. A word without such letters is one part.
func casedParts(w string) []string {
	if !hasByteFrom(w, scriptsFromByte) || !strings.ContainsFunc(w, caselessLetter) {
		return []string{w}
	}
	return strings.FieldsFunc(w, caselessLetter)
}

// caselessLetter reports a letter of a script without case: not of the
// scripts with case, nor one of the modifier letters they write with
// (Мʼясо, Oʻahu), which all stand below Hebrew's block but for the
// extended Latin, Greek and Cyrillic letters; the modifiers of the
// scripts without case (the katakana ー of スーパー, the Arabic tatweel)
// are theirs.
func caselessLetter(r rune) bool {
	return r >= 0x0590 && unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r) &&
		!unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Georgian)
}

// withoutInitials is w without the initials written onto it (В.В.Путин is
// Путин), or w.
func withoutInitials(w string) string {
	i := strings.LastIndexByte(w, '.')
	if i < 0 {
		return w
	}
	for _, p := range strings.Split(w[:i], ".") {
		if utf8.RuneCountInString(p) != 1 {
			return w
		}
	}
	return w[i+1:]
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

// sameSurname reports two romanisations of one Russian surname in its
// forms (Vronsky, Vronskaya, the Vronskys; Karenin, Karenina; LEVIN'S): a
// romanisation keeps the gender and the plural that Russian writes.
func sameSurname(a, b string) bool {
	return surnameStem(a) == surnameStem(b)
}

func surnameStem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.TrimSuffix(w, "s")
	for _, e := range []string{"aya", "oy", "iy", "y", "a"} {
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 3 {
			return stem
		}
	}
	return w
}

// sameCaseForms reports two Cyrillic renderings that are one name in
// two grammatical cases: "Zelensky" rendered as Зеленского and
// Зеленскому, an adjectival surname whose endings differ by more letters
// than sameName allows.
func sameCaseForms(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	return startsCyrillic(la) && startsCyrillic(lb) && nameStem(a) == nameStem(b)
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
				if !sameName(x, y) && !(startsCyrillic(strings.ToLower(nf.source)) && sameSurname(x, y)) &&
					!sameCaseForms(x, y) && LetterDistance(strings.ToLower(x), strings.ToLower(y)) <= maxNameEdits {
					out = append(out, Finding{Kind: FindingName, Version: v, Row: nf.rows[b], LastRow: nf.rows[b], Source: nf.source, Target: x + ", " + y,
						OtherRow: nf.rows[a], OtherLastRow: nf.rows[a]})
				}
			}
		}
	}
	return out
}

// nameStem is what the case forms of a name have in common: a Cyrillic
// name without its case ending (Вронский, Вронского and Вронская are
// вронск; Лавров and Лаврова are лавров), any other in lower case. A name
// in -ия keeps its и (Нигерия, Нигерии: нигери), which tells it from one
// without (Нигер, Нигера: нигер).
func nameStem(w string) string {
	lw := strings.ToLower(w)
	if !startsCyrillic(lw) {
		return lw
	}
	for _, e := range russianNameEndings {
		stem, ok := strings.CutSuffix(lw, e[0])
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if e[0] == "ий" && strings.ContainsAny(lastRune(stem), "кгхц") {
			return stem // an adjectival surname: Вронский, Вронского
		}
		return stem + e[1]
	}
	return lw
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// russianNameEndings are the case endings of Russian names and adjectival
// surnames, longest first, each with what of it stays in the stem: the и
// of names in -ий and -ия (Дмитрий, Дмитрия: дмитри; Нигерия, Нигерии:
// нигери, apart from Нигер, Нигера: нигер), the е of names in -ей
// (Сергей, Сергея: серге).
var russianNameEndings = [][2]string{
	{"ого", ""}, {"его", ""}, {"ому", ""}, {"ему", ""}, {"ими", ""}, {"ыми", ""},
	{"ией", "и"}, {"ием", "и"},
	{"ий", "и"}, {"ия", "и"}, {"ию", "и"}, {"ии", "и"}, {"ей", "е"},
	{"ой", ""}, {"ою", ""}, {"ею", ""}, {"ый", ""}, {"ая", ""}, {"яя", ""}, {"ое", ""}, {"ее", ""}, {"ую", ""}, {"юю", ""},
	{"ым", ""}, {"им", ""}, {"ом", ""}, {"ем", ""}, {"ие", ""}, {"ые", ""},
	{"и", ""}, {"ы", ""}, {"а", ""}, {"я", ""}, {"у", ""}, {"ю", ""}, {"е", ""}, {"о", ""}, {"ь", ""},
}

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

// minRenderedName is how many rows must render a source name alike
// before a row where it is missing and another name stands is flagged:
// the document has shown how the name is rendered. A name in Cyrillic
// needs one such row (minRenderedCyrillicName): in Russian a capital
// marks a name, so one rendering shows it, and a name swapped for
// another of the text's people ("Затем Силуанов ответил" as "Then
// Mishustin answered") is seldom given more than twice. In English and
// German a capital also marks titles and nouns (Princess, Minister),
// which a capitalised word of one row may seem to render by sharing its
// first letters: at one row, the Anna Karenina check from English
// flagged "Princess" in four rows that write "княгиня".
const (
	minRenderedName         = 2
	minRenderedCyrillicName = 1
)

// shownRendered reports whether the document renders the source name w
// (nf) often enough to flag a row that renders it as another name.
func shownRendered(w string, nf *nameForms) bool {
	if startsCyrillic(w) {
		return nf.rendered >= minRenderedCyrillicName
	}
	return nf.rendered >= minRenderedName
}

// renamedFindings flags the rows of version v where a source name that
// the rest of the document renders (names, from collectNames) has no
// rendering, while the rendering has another of the document's names
// that the source row has no word for: "Армения" rendered as "Belarus".
// One side alone is no finding: a rendering may put a pronoun for a name,
// or a name for a pronoun. A pair that comes back in another row is the
// rendering's way with the name, not a slip (Степан Аркадьич as
// "Oblonsky").
func renamedFindings(res *Result, v int, names map[string]*nameForms) []Finding {
	known := knownRenderings(names, res.Texts[v])
	type candidate struct {
		row              int
		missing, instead []string
	}
	var cands []candidate
	pairs := map[[2]string]int{} // rows that put a name for a source name (its stem)
	for r, row := range res.Rows {
		src, tgt := row.Cells[res.Base], row.Cells[v]
		if src == nil || tgt == nil {
			continue
		}
		c := candidate{row: r}
		st, tt := res.cellText(src), res.cellText(tgt)
		c.missing, c.instead = renamedIn(st, tt, names, known)
		for _, p := range besideRenamed(st, tt) {
			if !slices.Contains(c.missing, p[0]) {
				c.missing = append(c.missing, p[0])
			}
			if !slices.Contains(c.instead, p[1]) {
				c.instead = append(c.instead, p[1])
			}
		}
		for _, m := range c.missing {
			for _, x := range c.instead {
				pairs[[2]string{nameStem(m), x}]++
			}
		}
		cands = append(cands, c)
	}
	usual := func(m, x string) bool { return pairs[[2]string{nameStem(m), x}] > 1 }
	var out []Finding
	for _, c := range cands {
		// A name the next or previous row holds, where that row's other
		// side does not, moved across a sentence boundary with its
		// clause: rendered, not replaced. Where both sides of that row
		// hold it, it is that row's own (a text about Armenia names it
		// in sentence after sentence).
		near := neighbourCells(res, c.row, v)
		missing := slices.DeleteFunc(slices.Clone(c.missing), func(m string) bool {
			return slices.ContainsFunc(c.instead, func(x string) bool { return usual(m, x) }) ||
				slices.ContainsFunc(near, func(n [2]string) bool { return rendersName(m, n[1]) && !rendersName(m, n[0]) })
		})
		instead := slices.DeleteFunc(c.instead, func(x string) bool {
			return slices.ContainsFunc(c.missing, func(m string) bool { return usual(m, x) }) ||
				slices.ContainsFunc(near, func(n [2]string) bool {
					return anyLikeName(x, romanizedWords(n[0])) && !anyLikeName(x, romanizedWords(n[1]))
				})
		})
		if len(missing) > 0 && len(instead) > 0 {
			out = append(out, Finding{Kind: FindingRenamed, Version: v, Row: c.row, LastRow: c.row,
				Source: strings.Join(missing, ", "), Target: strings.Join(instead, ", ")})
		}
	}
	return out
}

// neighbourCells are the source's and version v's texts in the rows
// next to row r ("" where a row has no cell of one).
func neighbourCells(res *Result, r, v int) [][2]string {
	var out [][2]string
	for _, k := range []int{r - 1, r + 1} {
		if k < 0 || k >= len(res.Rows) {
			continue
		}
		var n [2]string
		for i, c := range []*Cell{res.Rows[k].Cells[res.Base], res.Rows[k].Cells[v]} {
			if c != nil {
				n[i] = res.cellText(c)
			}
		}
		out = append(out, n)
	}
	return out
}

// rendersName reports a capitalised word of t that romanises to name's
// first letters.
func rendersName(name, t string) bool {
	p := namePrefix(name)
	return p != "" && slices.ContainsFunc(capitalised(t, false), func(w string) bool { return namePrefix(w) == p })
}

// knownRenderings are the words (lower case) that render a source name
// somewhere in the rendering, text: only such a name can stand for
// another. A title or a people's name (Princess, English) renders no
// name of the source, and a word the rendering also writes in lower case
// is no name.
func knownRenderings(names map[string]*nameForms, text string) map[string]bool {
	known := map[string]bool{}
	for _, nf := range names {
		for _, f := range nf.forms {
			known[strings.ToLower(f)] = true
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			delete(known, w)
		}
	}
	return known
}

// renamedIn returns the names of the source row s that the document
// renders elsewhere but t does not, and the names of t (known, in lower
// case, as rendering other source names) that s has no word for.
func renamedIn(s, t string, names map[string]*nameForms, known map[string]bool) (missing, instead []string) {
	// A word of t like the name renders it, its case ending aside
	// ("Анны" as "Anna").
	var tw []string
	for _, w := range capitalised(t, false) {
		tw = append(tw, strings.ToLower(crosslang.Romanize(w)))
	}
	for _, w := range capitalised(s, true) {
		nf := names[nameStem(w)]
		if nf != nil && shownRendered(w, nf) && !anyLikeName(w, tw) && !slices.Contains(missing, w) {
			missing = append(missing, w)
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	sw := romanizedWords(s)
	for _, w := range capitalised(t, true) {
		if known[strings.ToLower(w)] && !anyLikeName(w, sw) && !slices.Contains(instead, w) {
			instead = append(instead, w)
		}
	}
	return missing, instead
}

// besideRenamed returns the surnames of the source row s that t renders
// as another name after a name both render: "Игорь Тасмагамбетов" as
// "Igor Ivanov", "министр Лавров" as "Minister Shoigu", the anchor
// opening the sentence or not, capitalised or not (a title). The name kept
// anchors the pair, so a name the document gives once is checked too.
// Only a name after its anchor: a given name before a surname is often
// rendered by its own language's form (Филипп as Philip, Николай as
// Nicholas). The other name must be like no word of s, and the source's
// like no capitalised word of t (a patronymic left out: "Сергей
// Викторович Лавров" as "Sergey Lavrov"), Г read as H too (Гуль as
// Hull). Words in capitals (a heading, an acronym) are left out. Only a
// source name in Cyrillic is read so: in Russian a capital marks a name,
// where German capitalises every noun and English titles and peoples.
func besideRenamed(s, t string) [][2]string {
	sw, tw := nameWords(s), nameWords(t)
	if len(sw) < 2 || len(tw) < 2 {
		return nil
	}
	sRoman := romanizedWords(s)
	tRoman := make([]string, len(tw))
	for k, w := range tw {
		tRoman[k] = strings.ToLower(crosslang.Romanize(w.text))
	}
	tCaps := romanizedWords(strings.Join(capitalised(t, false), " "))
	tCaps = append(tCaps, strings.Fields(strings.ReplaceAll(strings.Join(tCaps, " "), "h", "g"))...)
	var out [][2]string
	// A row naming one pair again (a list of names, a speaker's every
	// turn) reads it once: each pair costs a look through the rendering.
	seen := map[string]bool{}
	for i := 0; i+1 < len(sw); i++ {
		kept, other := sw[i], sw[i+1]
		key := kept.text + "\x00" + other.text + "\x00" + strings.Join(other.initials, "")
		if seen[key] {
			continue
		}
		seen[key] = true
		if kept.text == "" || !kept.capitalised() && !russianTitle(kept.text) || !other.name() || !startsCyrillic(strings.ToLower(other.text)) || russianAdjective(kept.text) ||
			!longEnough(utf8.RuneCountInString(kept.text), utf8.RuneCountInString(other.text)) ||
			anyLikeName(other.text, tCaps) || spelledAlike(other.text, tCaps) || spelledAlikeRoman(pinyinLike(other.text), tCaps) {
			continue
		}
		kr := strings.ToLower(crosslang.Romanize(stripPossessive(kept.text)))
		for k := 0; k+1 < len(tw); k++ {
			if !tw[k].capitalised() || !anyLikeRomanized(kr, tRoman[k:k+1]) {
				continue
			}
			// The given names the source writes as initials (А. С.
			// Мирзоян) may be written out: "Ararat Mirzoyan".
			l := k + 1
			for _, in := range other.initials {
				if l+1 < len(tw) && tw[l].name() && tw[l+1].name() && strings.HasPrefix(tRoman[l], in) {
					l++
				}
			}
			if tw[l].name() && !anyLikeName(tw[l].text, sRoman) && !spelledAlike(tw[l].text, sRoman) {
				out = append(out, [2]string{other.text, tw[l].text})
				break
			}
		}
	}
	if !isLabel(s) || !isLabel(t) {
		return out
	}
	for _, p := range initialsRenamed(sw, tw, tRoman, sRoman, tCaps) {
		if !slices.ContainsFunc(out, func(q [2]string) bool { return q[0] == p[0] }) {
			out = append(out, p)
		}
	}
	return out
}

// isLabel reports a row that opens with a speaker's label: a name of at
// most maxLabelWords words, then a colon ("С.В.Лавров:", "Sergey
// Shoigu:").
func isLabel(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	return ok && head != "" && len(strings.Fields(head)) <= maxLabelWords && !strings.ContainsAny(head, "!?\n")
}

// maxLabelWords is the most words of a speaker's label ("Sergey
// Viktorovich Lavrov", "S.V. Shoigu").
const maxLabelWords = 3

// initialsRenamed is besideRenamed for a speaker's label: a surname
// after its initials opening the row, "С.В.Лавров:", rendered "Sergey
// Shoigu:" or "S.V. Shoigu:", the initials the anchor. The rendering's
// row opens with the name too, its first initial or given name as the
// source's first initial, and its surname is another, like no word of
// the source, while the source's is like no capitalised word of the
// rendering. A name inside the row is besideRenamed's: initials there
// anchor too little ("Security Council" begins with С too).
func initialsRenamed(sw, tw []nameWord, tRoman, sRoman, tCaps []string) [][2]string {
	if len(sw) == 0 || len(tw) < 2 {
		return nil
	}
	other, first := sw[0], tw[0]
	if len(other.initials) == 0 || !other.capitalised() || !first.capitalised() ||
		!startsCyrillic(strings.ToLower(other.text)) || utf8.RuneCountInString(other.text) < 4 ||
		anyLikeName(other.text, tCaps) || spelledAlike(other.text, tCaps) {
		return nil
	}
	renamed := func(w nameWord) [][2]string {
		if anyLikeName(w.text, sRoman) || spelledAlike(w.text, sRoman) {
			return nil
		}
		return [][2]string{{other.text, w.text}}
	}
	if len(first.initials) > 0 { // "S.V. Shoigu:"
		if !slices.Equal(first.initials, other.initials[:min(len(other.initials), len(first.initials))]) {
			return nil
		}
		return renamed(first)
	}
	if !strings.HasPrefix(tRoman[0], other.initials[0]) {
		return nil
	}
	// "Sergey Shoigu:", or "Sergey Viktorovich Shoigu:"; but "Sergey
	// Viktorovich said" gives the patronymic for the surname left out.
	l := 1
	if len(other.initials) > 1 && strings.HasPrefix(tRoman[1], other.initials[1]) {
		if len(tw) < 3 || !tw[2].name() {
			return nil
		}
		l = 2
	}
	if !tw[l].name() || l+1 < len(tw) && tw[l+1].name() {
		return nil
	}
	return renamed(tw[l])
}

// russianTitle reports a title in small letters that stands before a
// surname in Russian and that a rendering writes as a capitalised word
// romanised alike ("министр Лавров", "Minister Lavrov"), in any case
// (генералом, депутату): the anchors of besideRenamed in small letters.
// Another word in small letters is no anchor: a name translated after it
// ("операция Буря", "Operation Desert Storm") is no name put for another.
func russianTitle(w string) bool {
	for _, stem := range russianTitleStems {
		if rest, ok := strings.CutPrefix(w, stem); ok && utf8.RuneCountInString(rest) <= 2 {
			return true
		}
	}
	return false
}

// russianTitleStems are the titles russianTitle reads, by their stems
// (read only): those that romanise as their English title begins (not
// мэр, Mayor, nor посол, Ambassador, whose stems also begin после and
// послал).
var russianTitleStems = strings.Fields(`министр президент премьер генерал канцлер сенатор профессор доктор
	кардинал адмирал губернатор депутат спикер майор`)

// longEnough reports whether a kept name of kept letters and the other of
// other letters are read by besideRenamed: both of four letters or more,
// or a kept one of three (Лев, Аня) beside one of five or more (Толстой).
// East Asian names are of one-syllable parts (Ким Чен Ын, Нгуен Фу Чонг,
// Ли Хуэй) that Russian transliterates by other rules than English does
// (Kim Jong Un, Nguyen Phu Trong, Li Hui); a longer Chinese given name is
// compared as pinyin too (pinyinLike).
func longEnough(kept, other int) bool {
	return kept >= 4 && other >= 4 || kept >= 3 && other >= 5
}

// nameWord is a word of a text as besideRenamed reads it.
type nameWord struct {
	text             string
	capital, opening bool     // capitalised; first of its sentence
	initials         []string // romanised, lower case: those written before it (А. С. Пушкин)
}

// russianAdjective reports a Cyrillic word with an adjective's ending
// (Глобального, Европейский), which a rendering translates as a word
// (Global, European), not a name; an adjectival surname (Вронского,
// Достоевский) ends in -ский or -цкий and is a name.
func russianAdjective(w string) bool {
	lw := strings.ToLower(w)
	if !startsCyrillic(lw) {
		return false
	}
	for _, e := range []string{"ого", "его", "ому", "ему", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "ую", "юю", "ий"} {
		stem, ok := strings.CutSuffix(lw, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if e == "ий" && !strings.ContainsAny(lastRune(stem), "гкхжшчщн") {
			return false // Дмитрий, Юрий
		}
		return !strings.HasSuffix(stem, "ск") && !strings.HasSuffix(stem, "цк")
	}
	return false
}

// spelledAlike reports a word of words (romanised, lower case) within
// half the letters of name's romanisation: one name transliterated
// another way (Шталь as Stahl, Мирзоян as Mirzoian).
func spelledAlike(name string, words []string) bool {
	return spelledAlikeRoman(strings.ToLower(crosslang.Romanize(name)), words)
}

// spelledAlikeRoman is spelledAlike for a name romanised, lower case.
func spelledAlikeRoman(n string, words []string) bool {
	most := max(1, utf8.RuneCountInString(n)/2)
	return slices.ContainsFunc(words, func(w string) bool { return LetterDistance(n, w) <= most })
}

// pinyinLike is name romanised, lower case, with the Russian (Palladius)
// spellings of Chinese syllables put as pinyin spells them: Цзэдун as
// zedun (Zedong), Кэцян as keqyan (Keqiang), Чжан as zhan, Сяопин as
// xaopin.
func pinyinLike(name string) string {
	return palladiusPinyin.Replace(strings.ToLower(crosslang.Romanize(name)))
}

// palladiusPinyin puts the romanised Palladius spellings of Chinese
// initials as pinyin writes them (read only).
var palladiusPinyin = strings.NewReplacer("tsz", "z", "chzh", "zh", "ts", "q", "sy", "x")

// name reports a word that may be a name: capitalised, not in capitals
// throughout, not opening its sentence.
func (w nameWord) name() bool { return w.capitalised() && !w.opening }

// capitalised reports a word that may be a name where it opens its
// sentence too: the anchor of besideRenamed, which the rendering must
// write alike ("Сергей Лавров сказал" as "Sergey Shoigu said").
func (w nameWord) capitalised() bool { return w.capital && strings.ToUpper(w.text) != w.text }

// nameWords are the words of s in order, a word's neighbours being the
// words next to it in the text: a punctuation mark other than a hyphen
// or an apostrophe between two words parts them (an empty word stands
// between), and initials are left out (А. С. Пушкин: Пушкин).
func nameWords(s string) []nameWord {
	var out []nameWord
	var initials []string
	opening := true
	for _, f := range strings.Fields(s) {
		whole := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		w := withoutInitials(whole)
		for _, in := range strings.Split(whole[:len(whole)-len(w)], ".") {
			if i := initialOf(in); i != "" {
				initials = append(initials, i)
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		initial := utf8.RuneCountInString(w) == 1 && strings.HasSuffix(f, ".")
		switch {
		case w == "":
		case initial:
			if i := initialOf(w); i != "" {
				initials = append(initials, i)
			}
			continue
		default:
			if lead, _ := utf8.DecodeRuneInString(f); !unicode.IsLetter(lead) && len(out) > 0 {
				out = append(out, nameWord{}) // "(" or a quote before it
			}
			out = append(out, nameWord{text: stripPossessive(w), capital: unicode.IsUpper(r) && !romanNumeral(w), opening: opening, initials: initials})
			initials = nil
			if last, _ := utf8.DecodeLastRuneInString(f); !unicode.IsLetter(last) {
				out = append(out, nameWord{}) // a comma, a full stop after it
			}
		}
		if w != "" || strings.ContainsAny(f[len(f)-1:], ".!?") {
			opening = strings.ContainsAny(f[len(f)-1:], ".!?") // a dash or a quote alone opens nothing
		}
	}
	return out
}

// initialOf is the first letter of w romanised, in lower case, or ""
// where it romanises to none (ъ, ь).
func initialOf(w string) string {
	r := strings.ToLower(crosslang.Romanize(w))
	_, size := utf8.DecodeRuneInString(r)
	return r[:size]
}

// romanizedWords are the words of s, romanised and in lower case.
func romanizedWords(s string) []string {
	var out []string
	for _, w := range wordsOf(s) {
		out = append(out, strings.ToLower(crosslang.Romanize(w)))
	}
	return out
}

// anyLikeName reports whether a word of words (romanised, lower case) may
// be what name renders: the same first letters, all but a case ending
// (Анны and Anna) and at most maxLikePrefix (Петербургский and
// Petersburg), or few letters apart. Three letters alone made Schneider
// a Schulen.
func anyLikeName(name string, words []string) bool {
	return anyLikeRomanized(strings.ToLower(crosslang.Romanize(stripPossessive(name))), words)
}

// anyLikeRomanized is anyLikeName for a name already romanised, in lower
// case.
func anyLikeRomanized(n string, words []string) bool {
	rn := []rune(n)
	need := min(maxLikePrefix, max(minLikePrefix, len(rn)-maxCaseEnding))
	for _, w := range words {
		rw := []rune(w)
		k := 0
		for k < len(rn) && k < len(rw) && rn[k] == rw[k] {
			k++
		}
		if k >= need || k == len(rn) || LetterDistance(n, w) <= len(rn)/3 {
			return true
		}
	}
	return false
}

// A name's romanisation and its rendering share at least minLikePrefix
// letters, and all but maxCaseEnding (the longest case endings: -ого,
// -ами, -ией), but need not share more than maxLikePrefix: a derived word
// or a transliteration differs past it (Аркадьича, Arkadyevich; Korean,
// Корейскую). Set on Anna Karenina vol. 1 and the sample, whose renamed
// findings stay as with three, and on German names beside German nouns.
const minLikePrefix, maxCaseEnding, maxLikePrefix = 3, 3, 4
