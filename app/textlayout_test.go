package app

import (
	"context"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/variorum/variorum/compare"
)

// tenPerRune measures every character as 10 units wide.
func tenPerRune(s string, _ int) float32 { return 10 * float32(utf8.RuneCountInString(s)) }

// lines renders a layout as one string per line, fragments joined as
// drawn.
func lines(lay textLayout) []string {
	out := make([]string, lay.lines)
	for _, f := range lay.frags {
		out[f.line] += f.text
	}
	return out
}

func plain(s string) []TextRun { return []TextRun{{Text: s}} }

func TestLayoutWrapsAtSpaces(t *testing.T) {
	lay := layoutRuns(plain("one two three four"), 100, tenPerRune)
	got := lines(lay)
	want := []string{"one two", "three four"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines = %q, want %q", got, want)
	}
	for _, f := range lay.frags {
		if f.x+f.w > 100 {
			t.Errorf("fragment %q ends at %v, beyond the width", f.text, f.x+f.w)
		}
	}
}

func TestLayoutNarrowerMeansMoreLines(t *testing.T) {
	text := plain("We concluded the meeting of the Council of Foreign Ministers of the Collective Security Treaty Organisation.")
	prev := 0
	for _, w := range []float32{2000, 600, 300, 150} {
		n := layoutRuns(text, w, tenPerRune).lines
		if n < prev {
			t.Errorf("width %v: %d lines, fewer than %d at a wider width", w, n, prev)
		}
		prev = n
	}
	if prev < 7 {
		t.Errorf("at width 150 got %d lines, want at least 7", prev)
	}
}

func TestLayoutBreaksLongWordsByCharacter(t *testing.T) {
	long := strings.Repeat("x", 25)
	lay := layoutRuns(plain("a "+long+" b"), 100, tenPerRune)
	got := lines(lay)
	want := []string{"a", "xxxxxxxxx-", "xxxxxxxxx-", "xxxxxxx b"} // a hyphen drawn at each break
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines = %q, want %q", got, want)
	}
}

// TestLayoutBreaksLongWordsAtHyphens: a word too long for the line breaks
// after its last hyphen that fits, else between characters, with a
// hyphen drawn between letters; a non-breaking hyphen holds.
func TestLayoutBreaksLongWordsAtHyphens(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width float32
		want  string
	}{
		{"военно-политическое", 150, "военно-|политическое"},
		{"a военно-политическое", 150, "a|военно-|политическое"},
		{"north-north-westerly", 150, "north-north-|westerly"},
		{"xx-yyyyyyyyyyyyyyy", 100, "xx-|yyyyyyyyy-|yyyyyy"},
		{"военно\u2011политическое", 150, "военно\u2011политич-|еское"},
		{"-xxxxxxxxxxxxxx", 100, "-xxxxxxxx-|xxxxxx"},
		// A hyphen is drawn only between two letters of an alphabet.
		{"Выступление", 60, "Высту-|пление"},
		{"12345678901234", 100, "1234567890|1234"},
		{"中华人民共和国外交部发言人", 100, "中华人民共和国外交部|发言人"},
		{"กระทรวงการต่างประเทศ", 100, "กระทรวงการ|ต่างประเทศ"},
		{"وزارةالخارجيةالروسية", 100, "وزارةالخار|جيةالروسية"},
		{"Υπουργείο", 50, "Υπου-|ργείο"},
		{"x", 5, "x"},
	} {
		if got := strings.Join(lines(layoutRuns(plain(tc.text), tc.width, tenPerRune)), "|"); got != tc.want {
			t.Errorf("%q at %v: lines %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}

func TestLayoutKeepsWordsAcrossRunsTogether(t *testing.T) {
	// "Nurtleu" changed, "." unchanged: the full stop must not start a line.
	runs := []TextRun{
		{Text: "aaaa bbbb "},
		{Text: "Nurtleu", Style: Style{Highlight: HighlightAdded}},
		{Text: "."},
	}
	lay := layoutRuns(runs, 150, tenPerRune)
	got := lines(lay)
	if len(got) != 2 || got[1] != "Nurtleu." {
		t.Fatalf("lines = %q, want the word and its full stop together on line 2", got)
	}
	if lay.frags[len(lay.frags)-1].run != 2 || lay.frags[len(lay.frags)-2].run != 1 {
		t.Errorf("fragments lost their runs: %+v", lay.frags)
	}
}

func TestLayoutNewlines(t *testing.T) {
	lay := layoutRuns(plain("\nfirst line\nsecond\n\nafter a blank\n\n"), 1000, tenPerRune)
	got := lines(lay)
	want := []string{"first line", "second", "", "after a blank"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines = %q, want %q", got, want)
	}
}

func TestLayoutCyrillicAndSpaces(t *testing.T) {
	lay := layoutRuns(plain("Сергей  Лавров\tи коллеги"), 130, tenPerRune)
	got := lines(lay)
	// Two spaces stay two spaces, a tab becomes four; lines never start
	// with a space.
	want := []string{"Сергей", "Лавров    и", "коллеги"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines = %q, want %q", got, want)
	}
}

func TestLayoutNoBreakSpaceJoins(t *testing.T) {
	lay := layoutRuns(plain("aaaa 1\u00a0000 bb"), 90, tenPerRune)
	got := lines(lay)
	if got[1] != "1\u00a0000 bb" && got[1] != "1\u00a0000" {
		t.Fatalf("lines = %q: a no-break space must not break", got)
	}
}

func TestLayoutEmpty(t *testing.T) {
	if lay := layoutRuns(nil, 100, tenPerRune); lay.lines != 0 || len(lay.frags) != 0 {
		t.Errorf("empty runs: %+v", lay)
	}
	if lay := layoutRuns(plain("   \n "), 100, tenPerRune); len(lay.frags) != 0 {
		t.Errorf("white space only: %+v", lay)
	}
	// A zero width still makes progress: one character per line.
	if lay := layoutRuns(plain("abc"), 0, tenPerRune); lay.lines != 3 {
		t.Errorf("zero width: %d lines, want 3", lay.lines)
	}
}

func TestCountLinesMatchesLayout(t *testing.T) {
	texts := []string{
		"", "one", "\n\nlead in\n", "one two three four five six seven eight nine ten",
		"a  b\tc\n\nd e f g h i j k l m n o p q r s t u v w x y z",
		"Сергей Лавров ответил на вопросы СМИ по итогам заседания.\nВторая строка.  ",
		"word  \n  \n spaced   out   words   at   the   end   ",
	}
	for _, s := range texts {
		runs := []TextRun{{Text: s}, {Text: " tail.", Style: Style{Highlight: HighlightAdded}}}
		toks := measureTokens(nil, runs, tenPerRune)
		for w := float32(40); w <= 800; w += 30 {
			want := layoutRuns(runs, w, tenPerRune).lines
			got, ok := countLines(toks, w)
			if !ok {
				continue // a word wider than the line: layoutRuns decides
			}
			if got != want {
				t.Errorf("%q at width %v: countLines = %d, layoutRuns = %d", s, w, got, want)
			}
		}
	}
	if _, ok := countLines(measureTokens(nil, plain(strings.Repeat("x", 50)), tenPerRune), 100); ok {
		t.Error("a word wider than the line should defer to layoutRuns")
	}
	// A word too long to measure (wordWidth's +Inf), alone or joined to a
	// piece of another run: still a word, deferring to layoutRuns.
	long := strings.Repeat("x", maxMeasuredWord+1)
	for _, runs := range [][]TextRun{plain(long), plain("a " + long + " b"), {{Text: "ab"}, {Text: long}, {Text: " z"}}} {
		if n, ok := countLines(measureTokens(nil, runs, tenPerRune), 300); ok {
			t.Errorf("a word of %d bytes counted as %d lines, not left to layoutRuns", len(long), n)
		}
	}
}

func TestRunsForMarksNumberSegments(t *testing.T) {
	// Real segments from compare: only the date's figures and month are
	// numbers, in both columns; the rest of the change is plain.
	res, err := compare.Compare(context.Background(), []string{"They met on 20 June, 2024 in Minsk.", "They met on 21 July, 2025 in Minsk."}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		side Side
		v    int
		want []string
	}{
		{SideBase, 0, []string{"They met on ", "#-20", "- ", "#-June", "-, ", "#-2024", " in Minsk."}},
		{SideOther, 1, []string{"They met on ", "#+21", "+ ", "#+July", "+, ", "#+2025", " in Minsk."}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range RunsFor(res.Segments(tt.v, 1, 0, len(res.Texts[tt.v])), tt.side) {
			mark := ""
			if r.Style.Number {
				mark = "#"
			}
			switch r.Style.Highlight {
			case HighlightAdded:
				mark += "+"
			case HighlightRemoved:
				mark += "-"
			}
			got = append(got, mark+r.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("side %d: runs = %q, want %q", tt.side, got, tt.want)
		}
	}
}

// TestRunsForMarksLineBreaks: a line break that only moved (a line
// wrapped elsewhere) is marked where it was, or there would be nothing
// to see; a line break in unchanged text is not.
func TestRunsForMarksLineBreaks(t *testing.T) {
	base, other := "The delegates met in Minsk\nand agreed on a plan.\nThey left.", "The delegates met in Minsk and\nagreed on a plan.\nThey left."
	res, err := compare.Compare(context.Background(), []string{base, other}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, r := range RunsFor(res.Segments(0, 1, 0, len(base)), SideBase) {
		got.WriteString(r.Text)
	}
	if want := "The delegates met in Minsk" + lineBreakMark + "\nand agreed on a plan.\nThey left."; got.String() != want {
		t.Errorf("base runs read %q, want %q", got.String(), want)
	}
}

// TestMeasuredToken: kinds and widths read back exactly from the packed
// form, zero widths included, and a joined piece adds to a token's width.
func TestMeasuredToken(t *testing.T) {
	for _, tc := range []struct {
		kind tokenKind
		w    float32
	}{
		{tokWord, 0}, {tokWord, 3.1234567}, {tokWord, 1e6},
		{tokSpace, 0}, {tokSpace, 2.7182817}, {tokNewline, 0},
	} {
		tok := newMeasuredToken(tc.kind, tc.w)
		if kind, w := tok.read(); kind != tc.kind || w != tc.w {
			t.Errorf("(%v, %v) reads back as (%v, %v)", tc.kind, tc.w, kind, w)
		}
		if tc.kind == tokNewline {
			continue
		}
		if kind, w := tok.plus(1.5).read(); kind != tc.kind || w != tc.w+1.5 {
			t.Errorf("(%v, %v) plus 1.5 reads back as (%v, %v)", tc.kind, tc.w, kind, w)
		}
	}
	// A word with no width to trust is the widest there is, still a word.
	negZero := float32(0)
	negZero = -negZero
	for _, w := range []float32{float32(math.Inf(1)), float32(math.NaN()), -3, negZero} {
		kind, got := newMeasuredToken(tokWord, w).read()
		if kind != tokWord {
			t.Errorf("a word of width %v reads back as kind %v", w, kind)
		}
		if want := float32(math.MaxFloat32); w != 0 && got != want {
			t.Errorf("a word of width %v reads back as width %v, want %v", w, got, want)
		}
		if kind, _ := newMeasuredToken(tokWord, w).plus(1).read(); kind != tokWord {
			t.Errorf("a word of width %v, joined, reads back as kind %v", w, kind)
		}
	}
}

// FuzzCountLinesMatchesLayout: the line count from measured tokens is
// the layout's whenever it gives one, for any runs and width. Runs are
// the input cut at '|'; every other run is highlighted.
func FuzzCountLinesMatchesLayout(f *testing.F) {
	for _, s := range []string{"", "one two", "a  b\tc\n\nd|e f", "lead\n|x y|\nz ", "ab|yyyyyyyy| z", "Сергей|\u00a0Лавров\u200b!"} {
		f.Add(s, uint16(120))
	}
	f.Fuzz(func(t *testing.T, s string, width uint16) {
		var runs []TextRun
		for k, part := range strings.Split(s, "|") {
			r := TextRun{Text: part}
			if k%2 == 1 {
				r.Style.Highlight = HighlightAdded
			}
			runs = append(runs, r)
		}
		w := float32(width%2000) + 1
		got, ok := countLines(measureTokens(nil, runs, tenPerRune), w)
		if want := layoutRuns(runs, w, tenPerRune).lines; ok && got != want {
			t.Errorf("%q at width %v: countLines = %d, layoutRuns = %d", s, w, got, want)
		}
	})
}
