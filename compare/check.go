package compare

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// FindingRenamed: a source name that the document renders elsewhere
	// missing from a row whose rendering has another name instead.
	FindingRenamed FindingKind = "renamed"
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
	// other end; for a name rendered two ways, the row of the first
	// rendering (HasOtherRows).
	OtherRow     int `json:"-"`
	OtherLastRow int `json:"-"`
	// sourceShown and targetShown are Source and Target of a number
	// finding as Detail words them for a person (shownNumbers).
	sourceShown, targetShown string
}

// Focus returns the words of the finding's row that it is about, one on
// each side, as the row's text writes them, or "" where it has none: the
// first number only that side has ("апреля" for a month, "45" for 45
// millions), the source's name a renamed finding misses and the name put
// for it. A quote of a long row is centred on them.
func (f Finding) Focus() (source, target string) {
	switch f.Kind {
	case FindingNumber:
		return firstWritten(cmp.Or(f.sourceShown, f.Source)), firstWritten(cmp.Or(f.targetShown, f.Target))
	case FindingRenamed:
		s, _, _ := strings.Cut(f.Source, ", ")
		t, _, _ := strings.Cut(f.Target, ", ")
		return s, t
	}
	return "", ""
}

// NumbersShown returns, for a number finding, the numbers only each side
// has as Detail words them ("4 (апреля)", "45 millions"), or "".
func (f Finding) NumbersShown() (source, target string) {
	if f.Kind != FindingNumber {
		return "", ""
	}
	return cmp.Or(f.sourceShown, f.Source), cmp.Or(f.targetShown, f.Target)
}

// firstWritten is the first number of a side's numbers as shownNumbers
// words them: the month's word of "4 (апреля)", else the first word.
func firstWritten(shown string) string {
	fields := strings.Fields(shown)
	switch {
	case len(fields) == 0:
		return ""
	case len(fields) > 1 && strings.HasPrefix(fields[1], "("):
		return strings.Trim(fields[1], "(),")
	}
	return strings.TrimRight(fields[0], ",")
}

// HasOtherRows reports a finding that names other rows than its own
// (OtherRow, OtherLastRow): a moved passage's other end, a name's other
// rendering.
func (f Finding) HasOtherRows() bool { return f.Kind == FindingMoved || f.Kind == FindingName }

// String describes the finding for a person, its rows first.
func (f Finding) String() string {
	row := RowsLabel(f.Row, f.Row)
	switch f.Kind {
	case FindingOmission, FindingAddition, FindingMoved:
		row = f.rows()
	}
	return row + ": " + f.Detail()
}

// Detail describes the finding without naming its rows, for a view that
// shows it on its row.
func (f Finding) Detail() string {
	switch f.Kind {
	case FindingNumber:
		return numbersDiffer(cmp.Or(f.sourceShown, f.Source), cmp.Or(f.targetShown, f.Target))
	case FindingOmission:
		return "source text with no rendering"
	case FindingAddition:
		return "rendering with no source text"
	case FindingUntranslated:
		return "not translated (the rendering repeats the source)"
	case FindingName:
		// The finding is on the row of the second rendering; the first's
		// row is named, for a reader to find both.
		if x, y, ok := strings.Cut(f.Target, ", "); ok && f.OtherRow != f.Row {
			return fmt.Sprintf("%s rendered as %s (%s), %s", f.Source, x, RowsLabel(f.OtherRow, f.OtherRow), y)
		}
		return fmt.Sprintf("%s rendered as %s", f.Source, f.Target)
	case FindingRenamed:
		return fmt.Sprintf("name not rendered: %s, where the rendering has %s", f.Source, f.Target)
	case FindingMoved:
		other := Finding{Row: f.OtherRow, LastRow: f.OtherLastRow}.rows()
		if f.Source != "" {
			return "moved in the rendering, to " + other
		}
		return "moved in the rendering, from " + other + " of the source"
	case FindingPossibleOmission:
		return fmt.Sprintf("possibly not rendered: %q", f.Source)
	case FindingPossibleAddition:
		return fmt.Sprintf("possibly not in the source: %q", f.Target)
	}
	return string(f.Kind)
}

// shownNumbers words nums, a number finding's side, for a person: a
// month that text names by a word, beyond the figures it writes of that
// number, is shown with its word, "11 (ноябре)", as a reader would not
// know 11 for November; a number that text writes only inside a date or
// a time in figures is shown with it, "6 (21.06.2024)", as a bare 6 says
// nothing of where it stands; one it writes in words, or as a figure and
// a scale word, in language lang, is shown as written, "trois", "45
// millions", not as the 3 or 45000000 that the check compares.
func shownNumbers(nums, text, lang string) string {
	if nums == "" {
		return ""
	}
	text = figuresInASCII(text) // as the check read it: "３兆" is shown "3兆"
	within, figures := figuresWithin(text)
	months := map[string]string{} // a month's number: the first word naming it
	forEachWord(text, func(i, j int) {
		w := text[i:j]
		m := monthNumber(w)
		if m == 0 {
			if ms := scriptMonths(w, true); len(ms) == 1 {
				m = ms[0]
			}
		}
		if m > 0 {
			if k := strconv.Itoa(m); months[k] == "" {
				months[k] = w
			}
		}
	})
	parts := strings.Fields(nums)
	done := inFigures(parts, within, figures)
	var days map[string]string  // a weekday's mark: the first word naming it
	var forms map[string]string // how text writes its numbers, read when first needed
	for k, n := range parts {
		switch w := months[n]; {
		case isDayName(n):
			if days == nil {
				days = weekdayWords(text)
			}
			parts[k] = cmp.Or(days[n], n)
		case done[k]:
		case figures[n] > 0:
			figures[n]-- // "11 ноября": the first 11 is the day's figure
		case w != "":
			parts[k] = n + " (" + w + ")"
		default:
			if forms == nil {
				forms = readWrittenForms(text, lang)
			}
			if as := forms[n]; as != "" {
				parts[k] = as
			}
		}
	}
	return strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), " ")
}

// inFigures words the numbers of parts that the text writes only inside
// a date, a time or a range in figures (within, alone: figuresWithin):
// each with its figure, "6 (21.06.2024)", or the figure once where parts
// lists every number in it, "161-177" (the others left ""). done marks
// the parts it worded.
func inFigures(parts []string, within map[string]string, alone map[string]int) (done []bool) {
	done = make([]bool, len(parts))
	listed := map[string]int{} // a figure: how many of its numbers parts lists
	for _, n := range parts {
		if f := within[n]; f != "" && alone[n] == 0 {
			listed[f]++
		}
	}
	shown := map[string]bool{}
	for k, n := range parts {
		f := within[n]
		if f == "" || alone[n] > 0 {
			continue
		}
		done[k] = true
		switch {
		case listed[f] < len(figureParts(f)):
			parts[k] = n + " (" + f + ")"
		case shown[f]:
			parts[k] = ""
		default:
			parts[k], shown[f] = f, true
		}
	}
	return done
}

// figureParts are the numbers of a date, a time or a range in figures.
func figureParts(figure string) []string {
	return strings.FieldsFunc(figure, func(r rune) bool { return r < utf8.RuneSelf && isDateSeparator(byte(r)) })
}

// figuresWithin reads the figures of text: within maps a number written
// as a part of a date, a time or a range in figures ("21.06.2024",
// "2024-06-21", "21/06", "161-177") to the first such figure, alone
// counts the numbers written as figures of their own.
func figuresWithin(text string) (within map[string]string, alone map[string]int) {
	within, alone = map[string]string{}, map[string]int{}
	for i := 0; i < len(text); {
		if !isASCIIDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isASCIIDigit(text[j]) || isDateSeparator(text[j]) && j+1 < len(text) && isASCIIDigit(text[j+1])) {
			j++
		}
		figure := text[i:j]
		parts := figureParts(figure)
		for _, p := range parts {
			n := strings.TrimLeft(p, "0")
			if n == "" {
				n = "0"
			}
			switch {
			case len(parts) == 1:
				alone[n]++
			case within[n] == "":
				within[n] = figure
			}
		}
		i = j
	}
	return within, alone
}

// isDateSeparator reports a character that joins the parts of a date or
// time written in figures.
func isDateSeparator(b byte) bool { return b == '.' || b == '-' || b == '/' || b == ':' }

// numbersDiffer words a number finding: source and target are the
// numbers each side has that the other lacks, either of them none.
func numbersDiffer(source, target string) string {
	return numbersDifferNamed(source, target, "the source", "the rendering")
}

// numbersDifferNamed is numbersDiffer with the sides named.
func numbersDifferNamed(source, target, sourceName, targetName string) string {
	switch {
	case source == "":
		return "numbers differ: only " + targetName + " has " + target
	case target == "":
		return "numbers differ: only " + sourceName + " has " + source
	}
	return fmt.Sprintf("numbers differ: only %s has %s, only %s %s", sourceName, source, targetName, target)
}

// DetailNamed is Detail for a number finding with its sides named (a
// view names the versions, or words the original as such); other
// findings' Detail.
func (f Finding) DetailNamed(source, rendering string) string {
	if f.Kind != FindingNumber {
		return f.Detail()
	}
	return numbersDifferNamed(cmp.Or(f.sourceShown, f.Source), cmp.Or(f.targetShown, f.Target), source, rendering)
}

func (f Finding) rows() string { return RowsLabel(f.Row, f.LastRow) }

// RowsLabel names rows first to last (counted from 0) for a person: "row
// 3", "rows 3-5".
func RowsLabel(first, last int) string {
	if last > first {
		return fmt.Sprintf("rows %d-%d", first+1, last+1)
	}
	return fmt.Sprintf("row %d", first+1)
}

// untranslatedShare is the least share of a rendering's words found
// among the source's for the row to count as not translated.
const untranslatedShare = 0.8

// CheckTranslations is Check's findings on the versions in another
// language than the base, nil when there is none: a version in the base's
// language has its word changes instead, and an omission there is no
// translator's fault.
func CheckTranslations(res *Result) []Finding {
	out, _ := CheckTranslationsContext(context.Background(), res)
	return out
}

// CheckTranslationsContext is CheckTranslations, stopping with ctx's error
// when ctx is done.
func CheckTranslationsContext(ctx context.Context, res *Result) ([]Finding, error) {
	if !slices.Contains(res.Translated, true) { // none, or not set (no languages)
		return nil, nil
	}
	return check(ctx, res, func(v int) bool { return res.Translated[v] })
}

// Check looks for what translators check before delivery in each version
// other than the base, row by row: numbers and dates that differ,
// omissions, additions, and, for versions in another language than the
// base, untranslated text, names rendered in several ways and names put
// for others. Findings come by version, then row.
func Check(res *Result) []Finding {
	out, _ := CheckContext(context.Background(), res)
	return out
}

// CheckContext is Check, stopping with ctx's error when ctx is done: a
// long text takes a second or more.
func CheckContext(ctx context.Context, res *Result) ([]Finding, error) {
	return check(ctx, res, func(int) bool { return true })
}

// check is Check on the versions other than the base for which want
// holds.
func check(ctx context.Context, res *Result, want func(v int) bool) ([]Finding, error) {
	var out []Finding
	for v := range res.Texts {
		if v != res.Base && want(v) {
			var err error
			if out, err = checkVersion(ctx, out, res, v); err != nil {
				return nil, err
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.Version != b.Version {
			return a.Version - b.Version
		}
		return a.Row - b.Row
	})
	return out, nil
}

// checkRowsBetweenStops is how many rows checkVersion reads between looks
// at its context: a few milliseconds of work.
const checkRowsBetweenStops = 256

// checkVersion appends the findings on version v to out.
func checkVersion(ctx context.Context, out []Finding, res *Result, v int) ([]Finding, error) {
	first := len(out)
	names := map[string]*nameForms{}
	for r, row := range res.Rows {
		if r%checkRowsBetweenStops == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("check: %w", err)
			}
		}
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
		if onlyS, onlyT := numberDifferenceIn(s, t, res.language(res.Base), res.language(v)); onlyS != "" || onlyT != "" {
			out = append(out, Finding{Kind: FindingNumber, Version: v, Row: r, LastRow: r, Source: onlyS, Target: onlyT,
				sourceShown: shownNumbers(onlyS, s, res.language(res.Base)), targetShown: shownNumbers(onlyT, t, res.language(v))})
		}
		if res.Translated[v] {
			if untranslated(s, t) {
				out = append(out, Finding{Kind: FindingUntranslated, Version: v, Row: r, LastRow: r})
			}
			collectNames(names, s, t, r)
		}
	}
	out = append(out[:first], neighbourNumbers(out[first:])...)
	out = append(out, nameFindings(names, v)...)
	if res.Translated[v] {
		out = append(out, renamedFindings(res, v, names)...)
	}
	out = append(out, looseFindings(res, v)...)
	if res.Translated[v] {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("check: %w", err)
		}
		out = pairMoves(out[:first], out[first:], res, v)
	}
	return out, nil
}

// looseFindings are the possible omissions and additions of version v:
// its loose sentences, each on the row whose cell holds it.
func looseFindings(res *Result, v int) []Finding {
	if v >= len(res.loose) {
		return nil
	}
	var out []Finding
	src, tgt := res.loose[v].src, res.loose[v].tgt
	for k, r := range res.rowsHolding(res.Base, src) {
		if r >= 0 {
			out = append(out, Finding{Kind: FindingPossibleOmission, Version: v, Row: r, LastRow: r, Source: res.Texts[res.Base][src[k].start:src[k].end]})
		}
	}
	for k, r := range res.rowsHolding(v, tgt) {
		if r >= 0 {
			out = append(out, Finding{Kind: FindingPossibleAddition, Version: v, Row: r, LastRow: r, Target: res.Texts[v][tgt[k].start:tgt[k].end]})
		}
	}
	return out
}

// rowsHolding returns, for each of spans (sorted), the row whose cell of
// version col holds it, or -1, in one walk down the table: a version's
// cells follow its text down the rows.
func (res *Result) rowsHolding(col int, spans []span) []int {
	out := filled(len(spans), -1)
	k := 0
	for r, row := range res.Rows {
		c := row.Cells[col]
		for ; c != nil && k < len(spans) && spans[k].start < c.End; k++ {
			if c.Start <= spans[k].start && spans[k].end <= c.End {
				out[k] = r
			}
		}
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

// language is version v's language as the comparison was given it, or ""
// where it was given none.
func (res *Result) language(v int) string { return res.Options.language(v) }

// language is version v's language as o gives it, or "".
func (o Options) language(v int) string {
	if v < len(o.Languages) {
		return o.Languages[v]
	}
	return ""
}

// baseLanguage is tag's language subtag, lower case: "de" for "de-CH",
// "de_DE" and "DE".
func baseLanguage(tag string) string { return strings.ToLower(primarySubtag(tag)) }

func hasLetters(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
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

// neighbourNumbers drops from the number findings of fs (one version's,
// by row) a number that only the source has in one row and only the
// rendering has in the next, or the other way round, where each row lacks
// numbers on that one side: where the two texts
// cut their sentences differently, a figure lands a row off, and it is
// rendered all the same. A finding left with no number is dropped.
func neighbourNumbers(fs []Finding) []Finding {
	var prev *Finding
	for i := range fs {
		f := &fs[i]
		if f.Kind != FindingNumber {
			continue
		}
		// Only one-sided findings: two rows that each read another number
		// (5 and 6 swapped between them) are two differences.
		if prev != nil && prev.Row+1 == f.Row {
			switch {
			case prev.Target == "" && f.Source == "":
				prev.Source, f.Target = cancelNumbers(prev.Source, f.Target)
			case prev.Source == "" && f.Target == "":
				prev.Target, f.Source = cancelNumbers(prev.Target, f.Source)
			}
		}
		prev = f
	}
	return slices.DeleteFunc(fs, func(f Finding) bool {
		return f.Kind == FindingNumber && f.Source == "" && f.Target == ""
	})
}

// cancelNumbers drops from a and b (space-separated numbers) those both
// have, each once.
func cancelNumbers(a, b string) (string, string) {
	xs, ys := cancelled(strings.Fields(a), strings.Fields(b))
	return strings.Join(xs, " "), strings.Join(ys, " ")
}

// cancelled drops from xs and ys the numbers both have, each once.
func cancelled(xs, ys []string) (restX, restY []string) {
	ys = slices.Clone(ys) // the caller's ys stay as they are
	for _, x := range xs {
		if k := slices.Index(ys, x); k >= 0 {
			ys = slices.Delete(ys, k, k+1)
			continue
		}
		restX = append(restX, x)
	}
	return restX, ys
}
