package compare

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// movedShortSentences builds a pair with light unchanged paragraphs
// of about lightBytes and k short (two-word, >=12 letters) unique
// sentences each moved to the next edited paragraph.
func movedShortSentences(k, lightBytes int) (string, string) {
	var a, b []string
	filler := "The committee reviewed the annual statement of accounts and approved it without further comment from members."
	nLight := lightBytes / (len(filler) * 4)
	per := nLight / k
	for i := 0; i < k; i++ {
		for j := 0; j < per; j++ {
			p := fmt.Sprintf("Paragraph %d-%d. %s %s %s %s", i, j, filler, filler, filler, filler)
			a = append(a, p)
			b = append(b, p)
		}
		a = append(a, fmt.Sprintf("Edited paragraph number %d stays here with its words. The committee%04d.", i, i))
		b = append(b, fmt.Sprintf("The committee%04d. Edited paragraph number %d stays here with its words.", (i+1)%k, i))
	}
	return strings.Join(a, "\n\n"), strings.Join(b, "\n\n")
}

// BenchmarkShortMovedSentences compares 4 MB of unchanged paragraphs
// among which 8,000 short sentences, each said once, moved: each is
// looked up among the unchanged paragraphs' sentences.
func BenchmarkShortMovedSentences(b *testing.B) {
	x, y := movedShortSentences(8000, 5<<20)
	benchCompare(b, x, y)
}

// TestShortSentenceInLightParagraphOtherForm: as
// TestShortSentenceInUnchangedParagraph, with the other copy in the
// unchanged paragraph differing only in layout or, under IgnoreCase, in
// case: still said twice, and no move.
func TestShortSentenceInLightParagraphOtherForm(t *testing.T) {
	for _, tt := range []struct {
		name          string
		opts          Options
		moved, lightF string
	}{
		{"control: same bytes", Options{}, "Thank you.", "Thank you."},
		{"hard-wrapped line", Options{}, "Thank you.", "Thank\nyou."},
		{"two spaces", Options{}, "Thank you.", "Thank  you."},
		{"IgnoreCase", Options{IgnoreCase: true}, "Thank you.", "THANK YOU."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			first := tt.lightF + " The hall was full."
			a := rulesPara(first, "We agreed on the plan. "+tt.moved+" The next item is the budget.", "The chair closed the session quietly.")
			b := rulesPara(first, "We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. "+tt.moved)
			r := mustCompare(t, tt.opts, a, b)
			if mv := movesIn(r); len(mv) > 0 {
				t.Errorf("%q occurs twice in each version (once in an unchanged paragraph as %q), yet %q is a move",
					tt.moved, tt.lightF, describe(mv))
			}
		})
	}
}

// TestShortSentenceSubstringOfLightText: a moved sentence found inside a
// longer word of an unchanged paragraph ("Anna Smith." in "DeAnna
// Smith.") is not said there: it is still a move.
func TestShortSentenceSubstringOfLightText(t *testing.T) {
	a := rulesPara("The letter was signed by DeAnna Smith. The hall was full.",
		"We agreed on the plan. Anna Smith. The next item is the budget.", "The chair closed the session quietly.")
	b := rulesPara("The letter was signed by DeAnna Smith. The hall was full.",
		"We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. Anna Smith.")
	r := mustCompare(t, Options{}, a, b)
	if mv := movesIn(r); len(mv) != 1 {
		t.Errorf("\"Anna Smith.\" said once in each version is no move: %q", describe(nonTrivial(r)))
	}
}

func TestSentencesYears(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"ru 476 г.", "В 476 г. Западная Римская империя пала.", one("В 476 г. Западная Римская империя пала.")},
		{"ru 330 г.", "В 330 г. Константин перенёс столицу в Византий.", one("В 330 г. Константин перенёс столицу в Византий.")},
		{"uk 482 р.", "У 482 р. Кий заснував місто.", one("У 482 р. Кий заснував місто.")},
		{"pl 313 r.", "W 313 r. Konstantyn wydał edykt mediolański.", one("W 313 r. Konstantyn wydał edykt mediolański.")},
		{"ru 1941–45 гг.", "В 1941–45 гг. Советский Союз воевал.", one("В 1941–45 гг. Советский Союз воевал.")},
		{"ru 90-х гг.", "В конце 90-х гг. Россия пережила кризис.", one("В конце 90-х гг. Россия пережила кризис.")},
		{"pl 1918 r.", "W 1918 r. Polska odzyskała niepodległość.", one("W 1918 r. Polska odzyskała niepodległość.")},
	} {
		if got := spanTexts(c.text, Sentences(c.text)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestNumberRunsNoOverflow: random runs of number words and joiners
// read no negative value and do not panic.
func TestNumberRunsNoOverflow(t *testing.T) {
	words := map[string][]string{
		"en": strings.Fields("a one two nine ten twenty ninety hundred thousand million billion trillion and half"),
		"es": strings.Fields("un uno dos nueve diez veinte treinta noventa cien ciento doscientos novecientos mil millón millones billón billones y medio"),
		"it": strings.Fields("uno due sei nove dieci venti novanta cento duecento mille mila milione milioni miliardo miliardi e mezzo di"),
		"pt": strings.Fields("um dois nove dez vinte noventa cem cento duzentos mil milhão milhões bilhão bilhões e meio"),
		"de": strings.Fields("ein eins zwei neun zehn zwanzig hundert tausend million millionen milliarde milliarden billion billionen und halb"),
		"pl": strings.Fields("jeden dwa dziewięć dziesięć dwadzieścia sto dwieście tysiąc tysięcy milion milionów miliard miliardów bilion bilionów i pół"),
		"ru": strings.Fields("один два девять десять двадцать сто двести тысяча тысяч миллион миллионов миллиард миллиардов триллион триллионов и половиной"),
	}
	rng := newProbeRand(1)
	for lang, ws := range words {
		for n := 0; n < 20000; n++ {
			k := 2 + rng.next()%10
			var b []string
			for i := 0; i < k; i++ {
				b = append(b, ws[rng.next()%len(ws)])
			}
			text := strings.Join(b, " ")
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("%s %q: panic %v", lang, text, p)
					}
				}()
				for _, r := range numberWordRuns(text, lang) {
					if r.value < 0 || r.minutes < 0 {
						t.Fatalf("%s %q: read %v", lang, text, r.String())
					}
				}
			}()
		}
	}
}

type probeRand struct{ s uint64 }

func newProbeRand(seed uint64) *probeRand { return &probeRand{seed} }
func (r *probeRand) next() int {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return int(r.s >> 1)
}

// TestItalianSeiTimeOfDay: "sei" as the hour after "le" or "ore" is six,
// so a faithful rendering gets no dropped-number finding.
func TestItalianSeiTimeOfDay(t *testing.T) {
	for _, tc := range []struct{ s, t string }{
		{"It is 6 o'clock.", "Sono le sei."},
		{"We meet at 6 o'clock.", "Ci vediamo alle ore sei."},
		{"The train leaves at 6 today.", "Il treno parte oggi alle sei e un quarto."},
	} {
		res, err := Compare(context.Background(), []string{tc.s, tc.t}, Options{Languages: []string{"en", "it"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range Check(res) {
			if f.Kind == FindingNumber {
				got = append(got, f.Source+" | "+f.Target)
			}
		}
		if len(got) > 0 {
			t.Errorf("%q | %q: number findings %q, want none", tc.s, tc.t, got)
		}
	}
}

// TestWidenedOverWholeShortSentence: the widening takes in a whole
// short sentence before or after an edited moved one when each side has
// one (stopInside skips a stop at the piece's last token): "I agree." ->
// "I object." (different sentences) become a word change inside the move.
func TestWidenedOverWholeShortSentence(t *testing.T) {
	moved := "The budget for the new public library was approved by the council in March."
	movedB := "The budget for the new public library was approved by the council in April."
	a := rulesPara("The meeting opened at nine. I agree. "+moved+" Then we had lunch.", "The chair thanked everyone for coming.")
	b := rulesPara("The meeting opened at nine. Then we had lunch.", "The chair thanked everyone for coming. I object. "+movedB)
	r := mustCompare(t, Options{}, a, b)
	for _, m := range movesIn(r) {
		if strings.Contains(m.AText, "agree") {
			t.Errorf("the deleted sentence \"I agree.\" is inside the move %q -> %q (all: %q)", m.AText, m.BText, describe(nonTrivial(r)))
		}
	}
	t.Logf("%q", describe(nonTrivial(r)))
}

// TestRandomShortPiecesNoPanic: random revisions made of short
// sentences, pieces after abbreviations, stops at the text's start and
// end, and light paragraphs: no panic, invariants hold.
func TestRandomShortPiecesNoPanic(t *testing.T) {
	parts := []string{"Thank you.", "Good afternoon.", "prof.", "inż.", "Aleksandra Bobkowskiego.", ".", "Dear Colleagues,", "A.", "B. C.",
		"The plan was approved by the council in March.", "Il prof. Rossi ha parlato.", "W 1918 r.", "XIX в.", "vol. III", "\n\n", "\n\n", "Yes.", "No!", "ok"}
	rng := newProbeRand(7)
	gen := func() string {
		var b []string
		for i, n := 0, rng.next()%14; i < n; i++ {
			b = append(b, parts[rng.next()%len(parts)])
		}
		return strings.Join(b, " ")
	}
	for n := 0; n < 3000; n++ {
		common := gen()
		a, b := gen()+"\n\n"+common, common+"\n\n"+gen()
		if rng.next()%2 == 0 {
			a, b = common+"\n\n"+a, common+"\n\n"+b
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("%q vs %q: panic %v", a, b, p)
				}
			}()
			mustCompare(t, Options{}, a, b)
		}()
	}
}

// TestRandomSegmentationNoPanic: years, centuries, eras, titles and
// Roman numerals at a text's start and end and in odd orders: no panic.
func TestRandomSegmentationNoPanic(t *testing.T) {
	parts := []string{"476", "1812", "г.", "р.", "r.", "гг.", "XIX", "II", "в.", "ст.", "w.", "15", "il", "dell'", "dell’", "'", "prof.", "dott.",
		"Rossi", "a.", "C.", "d.C.", "a.C.", "vol.", "MD", "III", "p.", "Il", "Sono", ".", "?", "«", "»", "(", ")", "\n"}
	rng := newProbeRand(11)
	for n := 0; n < 50000; n++ {
		var b []string
		for i, k := 0, 1+rng.next()%8; i < k; i++ {
			b = append(b, parts[rng.next()%len(parts)])
		}
		sep := " "
		if rng.next()%3 == 0 {
			sep = ""
		}
		text := strings.Join(b, sep)
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("%q: panic %v", text, p)
				}
			}()
			Sentences(text)
		}()
	}
}
