package compare

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// nonTrivial returns the changes a reader would count as edits.
func nonTrivial(r *Result) []Change {
	var out []Change
	for _, c := range r.Changes {
		if !c.Trivial {
			out = append(out, c)
		}
	}
	return out
}

// describe writes each change as "kind:a_text>b_text", the form the tests
// compare.
func describe(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, string(c.Kind)+":"+c.AText+">"+c.BText)
	}
	return out
}

// spanTexts returns the texts of byte spans of text.
func spanTexts(text string, spans [][2]int) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}

// changeCase is a pair of texts and the non-trivial changes between them,
// as describe writes them, in order.
type changeCase struct {
	name string
	a, b string
	want []string
}

// checkChanges compares each case's texts and checks its changes, each
// case a subtest.
func checkChanges(t *testing.T, cases []changeCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(nonTrivial(mustCompare(t, Options{}, tt.a, tt.b))); !slices.Equal(got, tt.want) {
				t.Errorf("changes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func mustCompare(t testing.TB, opts Options, texts ...string) *Result {
	t.Helper()
	r, err := Compare(context.Background(), texts, opts)
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	checkInvariants(t, r)
	return r
}

// prepared returns texts made into documents as Compare makes them
// (prefiltered against opts.Base, keys numbered alike), for tests of the
// stages after.
func prepared(opts Options, texts ...string) []*document {
	pp := prefilter(texts, opts.Base)
	docs := make([]*document, len(texts))
	for v := range texts {
		docs[v] = newDocument(context.Background(), texts[v], pp[v], opts, false)
	}
	unifyKeys(docs, opts.Base)
	return docs
}

// checkInvariants verifies what every result must satisfy: offsets in
// bounds and on UTF-8 boundaries, texts that match the offsets, kinds that
// match the spans, no change but a move that reads the same on both
// sides, word changes that do not overlap, alignment cells in bounds, and
// segments that rebuild each text exactly.
func checkInvariants(t testing.TB, r *Result) {
	t.Helper()
	onBoundary := func(s string, i int) bool {
		return i == len(s) || i >= 0 && i < len(s) && utf8.RuneStart(s[i])
	}
	type sp struct{ s, e int }
	perSide := map[[2]int][]sp{}
	for _, c := range r.Changes {
		a, b := r.Texts[c.A], r.Texts[c.B]
		if c.AStart < 0 || c.AEnd > len(a) || c.AStart > c.AEnd || c.BStart < 0 || c.BEnd > len(b) || c.BStart > c.BEnd {
			t.Fatalf("change out of bounds: %+v (len a %d, b %d)", c, len(a), len(b))
		}
		for _, x := range []int{c.AStart, c.AEnd} {
			if !onBoundary(a, x) {
				t.Fatalf("offset %d not on a UTF-8 boundary in A: %+v", x, c)
			}
		}
		for _, x := range []int{c.BStart, c.BEnd} {
			if !onBoundary(b, x) {
				t.Fatalf("offset %d not on a UTF-8 boundary in B: %+v", x, c)
			}
		}
		if a[c.AStart:c.AEnd] != c.AText || b[c.BStart:c.BEnd] != c.BText {
			t.Fatalf("change text does not match its offsets: %+v", c)
		}
		switch c.Kind {
		case Insert:
			if c.AStart != c.AEnd || c.BStart == c.BEnd {
				t.Fatalf("bad insert spans: %+v", c)
			}
		case Delete:
			if c.BStart != c.BEnd || c.AStart == c.AEnd {
				t.Fatalf("bad delete spans: %+v", c)
			}
		case Replace:
			// An empty side is an insertion or a deletion, trivial or not.
			if c.AStart == c.AEnd || c.BStart == c.BEnd {
				t.Fatalf("a replace with an empty side: %+v", c)
			}
		}
		if c.Kind != Move && c.AText == c.BText {
			// Only a move may read the same on both sides: it changes
			// the place, not the words.
			t.Fatalf("a change that changes nothing: %+v", c)
		}
		if c.Kind != Move {
			perSide[[2]int{c.B, 0}] = append(perSide[[2]int{c.B, 0}], sp{c.AStart, c.AEnd})
			perSide[[2]int{c.B, 1}] = append(perSide[[2]int{c.B, 1}], sp{c.BStart, c.BEnd})
		}
	}
	for i := 1; i < len(r.Changes); i++ {
		p, c := r.Changes[i-1], r.Changes[i]
		if p.B > c.B || p.B == c.B && p.BStart > c.BStart {
			t.Fatalf("changes out of order: %+v before %+v", p, c)
		}
	}
	for k, spans := range perSide {
		// An insertion point at the start of a deleted span touches it
		// and is sorted before it.
		sort.Slice(spans, func(i, j int) bool {
			return spans[i].s < spans[j].s || spans[i].s == spans[j].s && spans[i].e < spans[j].e
		})
		for i := 1; i < len(spans); i++ {
			if spans[i].s < spans[i-1].e {
				t.Fatalf("overlapping changes on side %v: %v and %v", k, spans[i-1], spans[i])
			}
		}
	}
	checkMovesApart(t, r)
	covered := make([][]sp, len(r.Texts))
	for _, row := range r.Rows {
		for v, c := range row.Cells {
			if c != nil {
				covered[v] = append(covered[v], sp{c.Start, c.End})
			}
		}
	}
	for v, spans := range covered {
		sort.Slice(spans, func(i, j int) bool { return spans[i].s < spans[j].s })
		for i := 1; i < len(spans); i++ {
			if spans[i].s < spans[i-1].e {
				t.Fatalf("version %d: cells %v and %v overlap: text shown in two rows", v, spans[i-1], spans[i])
			}
		}
	}
	for _, row := range r.Rows {
		if len(row.Cells) != len(r.Texts) {
			t.Fatalf("row has %d cells for %d versions", len(row.Cells), len(r.Texts))
		}
		for v, c := range row.Cells {
			if c == nil {
				continue
			}
			if c.Version != v || c.Start < 0 || c.End > len(r.Texts[v]) || c.Start > c.End {
				t.Fatalf("bad cell %+v in version %d", c, v)
			}
		}
	}
	for v := range r.Texts {
		other := v
		if v == r.Base {
			other = (r.Base + 1) % len(r.Texts)
		}
		var b strings.Builder
		for _, s := range r.Segments(v, other, 0, len(r.Texts[v])) {
			b.WriteString(s.Text)
		}
		if b.String() != r.Texts[v] {
			t.Fatalf("segments of version %d do not rebuild its text", v)
		}
	}
}

func TestCompareBasics(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		opts    Options
		want    []string // "kind:a_text>b_text" of non-trivial changes, in order
		trivial int      // number of trivial changes at least
	}{
		{name: "both empty", a: "", b: ""},
		{name: "identical", a: "One. Two.\n\nThree.", b: "One. Two.\n\nThree."},
		{name: "one word", a: "word", b: "word"},
		{name: "one word changed", a: "word", b: "other", want: []string{"replace:word>other"}},
		{name: "empty vs text", a: "", b: "New text here.", want: []string{"insert:>New text here."}},
		{name: "text vs empty", a: "Old text here.", b: "", want: []string{"delete:Old text here.>"}},
		{name: "name change", a: "Chaired by Mikhail Nurtleu. It was fine.", b: "Chaired by Murat Nurtleu. It was fine.",
			want: []string{"replace:Mikhail>Murat"}},
		{name: "cyrillic", a: "Министр иностранных дел Казахстана Мурат Нуртлеу.", b: "Министр иностранных дел Казахстана Михаил Нуртлеу.",
			want: []string{"replace:Мурат>Михаил"}},
		{name: "curled quotes are trivial", a: `the Swiss "event" was held`, b: "the Swiss “event” was held", trivial: 1},
		{name: "dash and ellipsis trivial", a: "A - B...", b: "A — B…", trivial: 1},
		{name: "line wrap trivial", a: "one two three four", b: "one two\nthree four", trivial: 1},
		{name: "line endings", a: "One.\nTwo.\n\nThree.\n", b: "One.\r\nTwo.\r\n\r\nThree.\r\n", trivial: 1},
		{name: "paragraph split is typography", a: "First sentence. Second sentence.", b: "First sentence.\n\nSecond sentence.", trivial: 1},
		{name: "paragraphs joined are typography", a: "One here.\n\nTwo here. Three here.", b: "One here. Two here.\n\nThree here.", trivial: 2},
		{name: "case is a change by default", a: "the end", b: "The end", want: []string{"replace:the>The"}},
		{name: "digit groups are typography", a: "It cost 1 000 euros.", b: "It cost 1000 euros.", trivial: 1},
		{name: "paragraphs joined past a deleted sentence", a: "The plan costs 18 billion. Industry welcomed it.\n\nParliament votes in June.",
			b: "The plan costs 18 billion. Parliament votes in June.", want: []string{"delete:Industry welcomed it.>"}, trivial: 1},
		{name: "a paragraph deleted between two joined", a: "The plan costs 18 billion.\n\nIndustry welcomed it.\n\nParliament votes in June.",
			b: "The plan costs 18 billion. Parliament votes in June.", want: []string{"delete:Industry welcomed it.>"}},
		{name: "a paragraph split past an inserted sentence", a: "The plan costs 18 billion. Parliament votes in June.",
			b: "The plan costs 18 billion. Industry welcomed it.\n\nParliament votes in June.", want: []string{"insert:>Industry welcomed it."}, trivial: 1},
		{name: "a replacement holds the white space that differs beside it", a: "The committee met on Monday and it approved the budget.",
			b: "The committee met on Monday. Then it approved the budget.", want: []string{"replace: and>. Then"}},
		{name: "a unit set apart from its number is typography", a: "The road is 5 km long.", b: "The road is 5km long.", trivial: 1},
		{name: "a unit wrapped to the next line is typography", a: "The road is about 5\nkm long.", b: "The road is about 5km long.", trivial: 1},
		{name: "a word after a number is no unit", a: "In 2024 we met again.", b: "In 2024we met again.",
			want: []string{"replace:2024 we>2024we"}},
		{name: "a word joined to a number is no unit", a: "He read page 3 of 10.", b: "He read page 3of 10.",
			want: []string{"replace:3 of>3of"}},
		{name: "a per cent sign set apart with a no-break space", a: "Growth was 5\u00a0% here.", b: "Growth was 5% here.", trivial: 1},
		{name: "a unit on the next line is not typography", a: "The road is 5\n\nkm long.", b: "The road is 5km long.",
			want: []string{"replace:5\n\nkm>5km"}},
		{name: "digit groups with thin and no-break spaces", a: "Population: 1\u202f000\u00a0000.", b: "Population: 1000000.", trivial: 1},
		{name: "two numbers are not groups", a: "In 2024 100 people came.", b: "In 2024100 people came.",
			want: []string{"replace:2024 100>2024100"}},
		{name: "four digits are not a group", a: "It cost 1 0000 euros.", b: "It cost 10000 euros.",
			want: []string{"replace:1 0000>10000"}},
		{name: "a grouped number ends at a space it does not group", a: "Totals 1 000 2024 100 end.", b: "Totals 1000 2024100 end.",
			want: []string{"replace:1 000 2024 100>1000 2024100"}},
		{name: "full-width digit groups", a: "It cost 1 000 euros.", b: "It cost 1 ０００ euros.", trivial: 1},
		{name: "comma groups are typography", a: "It cost 1,200,000 dollars.", b: "It cost 1 200 000 dollars.", trivial: 1},
		{name: "comma and point groups", a: "Pay 12,345,678.90 now.", b: "Pay 12.345.678,90 now.", want: []string{"replace:12,345,678.90>12.345.678,90"}},
		{name: "point groups are typography", a: "Es kostet 1.200.000 Euro.", b: "Es kostet 1200000 Euro.", trivial: 1},
		{name: "one comma may be a decimal", a: "It cost 1,200 dollars.", b: "It cost 1 200 dollars.", want: []string{"replace:1,200>1 200"}},
		{name: "one comma groups in English", a: "It cost 1,200 dollars.", b: "It cost 1 200 dollars.",
			opts: Options{Languages: []string{"en", "en"}}, trivial: 1},
		{name: "one comma groups before a decimal point", a: "Pay 1,234.50 now.", b: "Pay 1234.50 now.",
			opts: Options{Languages: []string{"en-GB", "en"}}, trivial: 1},
		{name: "one point groups in German", a: "Es kostet 1.200 Euro.", b: "Es kostet 1 200 Euro.",
			opts: Options{Languages: []string{"de", "de"}}, trivial: 1},
		{name: "one comma is a decimal in Russian", a: "Рост 1,200 процента.", b: "Рост 1 200 процента.",
			opts: Options{Languages: []string{"ru", "ru"}}, want: []string{"replace:1,200>1 200"}},
		{name: "one point is a decimal in English", a: "It grew 1.200 times.", b: "It grew 1 200 times.",
			opts: Options{Languages: []string{"en", "en"}}, want: []string{"replace:1.200>1 200"}},
		{name: "one comma where a language is unknown", a: "It cost 1,200 dollars.", b: "It cost 1 200 dollars.",
			opts: Options{Languages: []string{"en", ""}}, want: []string{"replace:1,200>1 200"}},
		{name: "a list is no number", a: "Items 1,2,3 here.", b: "Items 123 here.", want: []string{"replace:1,2,3>123"}},
		{name: "a tab parts columns, not groups", a: "Row 1\t000 end.", b: "Row 1000 end.", want: []string{"replace:1\t000>1000"}},
		{name: "a letter before the digits is a name", a: "Take the A1 000 road.", b: "Take the A1000 road.",
			want: []string{"replace:A1 000>A1000"}},
		{name: "ё and е are trivial", a: "Он ещё придёт в Королёв.", b: "Он еще придет в Королев.", trivial: 1},
		{name: "Ё and Е are trivial", a: "Ёлка стоит.", b: "Елка стоит.", trivial: 1},
		{name: "Romanian cedilla and comma below are trivial", a: "Guvernul a aprobat ordonanța marți la București.", b: "Guvernul a aprobat ordonanţa marţi la Bucureşti.", trivial: 2},
		{name: "Ukrainian apostrophes are trivial", a: "Ми пам'ятали м’ячі.", b: "Ми памʼятали мʼячі.", trivial: 2},
		{name: "a right-to-left mark is trivial", a: "نحو 48 شخصا", b: "نحو \u200e48 شخصا", trivial: 1},
		{name: "Arabic-Indic digits are trivial", a: "في 12 مارس", b: "في ١٢ مارس", trivial: 1},
		{name: "Arabic punctuation is the Latin in Arabic", a: "قال الوزير، إن الاجتماع؛ سيعقد غدا بنسبة ٥٠٪؟", b: "قال الوزير, إن الاجتماع; سيعقد غدا بنسبة ٥٠%?", trivial: 3},
		{name: "the danda is a full stop", a: "प्रधानमंत्री ने रैली को संबोधित किया।", b: "प्रधानमंत्री ने रैली को संबोधित किया.", trivial: 1},
		{name: "the Armenian full stop is a full stop", a: "Նախարարը խոսեց։ Գնաճը ցածր է։", b: "Նախարարը խոսեց. Գնաճը ցածր է։", trivial: 1},
		{name: "Arabic short vowels are optional", a: "كتب الطالب الدرس وكان الطريق طويلا.", b: "كَتَبَ الطالب الدرس وكان الطريق طويلاً.", trivial: 2},
		{name: "Yiddish points tell words apart", a: "אַ מאַן", b: "אַ מאָן", want: []string{"replace:מאַן>מאָן"}},
		{name: "Yiddish points tell words apart, Yiddish given", a: "אַ מאַן", b: "אַ מאָן", opts: Options{Languages: []string{"yi", "yi"}}, want: []string{"replace:מאַן>מאָן"}},
		{name: "Hebrew points are optional in Hebrew", a: "שלום עולם גדול", b: "שָׁלוֹם עולם גדול", opts: Options{Languages: []string{"he", "he"}}, trivial: 1},
		{name: "Persian letters typed as Arabic", a: "بانک مرکزی ایران نرخ سود را افزایش داد.", b: "بانك مركزي ايران نرخ سود را افزايش داد.", trivial: 2},
		{name: "Persian half space typed as a space is typography", a: "رئیس‌جمهور گفت که می‌خواهم بروم.", b: "رئیس جمهور گفت که می خواهم بروم.", trivial: 2},
		{name: "Persian half space left out is typography", a: "رئیس‌جمهور گفت.", b: "رئیسجمهور گفت.", trivial: 1},
		{name: "Vietnamese tone placement is typography", a: "Chính phủ hoà giải xung đột thuỷ lợi.", b: "Chính phủ hòa giải xung đột thủy lợi.", trivial: 2},
		{name: "a Vietnamese tone changed is a word changed", a: "Chính phủ hòa giải.", b: "Chính phủ hóa giải.", want: []string{"replace:hòa>hóa"}},
		{name: "a Hebrew maqaf stays a dash", a: "בית־ספר גדול", b: "בית ספר גדול", want: []string{"delete:־>"}},
		{name: "Devanagari digits are trivial", a: "कीमत १२ रुपये है।", b: "कीमत 12 रुपये है।", trivial: 1},
		{name: "Thai digits are trivial", a: "ราคา ๔๕ บาท", b: "ราคา 45 บาท", trivial: 1},
		{name: "the Arabic decimal separator is typography", a: "بلغ ٣٫٥ مليون", b: "بلغ 3.5 مليون", trivial: 1},
		{name: "the Arabic thousands separator is typography", a: "حضر ٤٥٬٠٠٠ شخص", b: "حضر 45,000 شخص", trivial: 1},
		{name: "an Arabic decimal changed is one number", a: "بلغ ٣٫٥ مليون", b: "بلغ ٣٫٧ مليون", want: []string{"replace:٣٫٥>٣٫٧"}},
		{name: "a number grouped by a space changes whole", a: "Zapłacił 1 000 zł.", b: "Zapłacił 1 500 zł.", want: []string{"replace:1 000>1 500"}},
		{name: "a number grouped by a no-break space changes whole", a: "Il a payé 12 000 000 euros.", b: "Il a payé 12 500 000 euros.",
			want: []string{"replace:12 000 000>12 500 000"}},
		{name: "a number grouped by an apostrophe changes whole", a: "Er zahlte 1'000 Franken.", b: "Er zahlte 1'500 Franken.", want: []string{"replace:1'000>1'500"}},
		{name: "numbers side by side are not groups", a: "In 2024 100 people came.", b: "In 2024 150 people came.", want: []string{"replace:100>150"}},
		{name: "a year before a count is no group", a: "In 2024 100 people came.", b: "In 2025 100 people came.", want: []string{"replace:2024>2025"}},
		{name: "the first of numbers side by side", a: "Rooms 101 102 103 are free.", b: "Rooms 105 102 103 are free.", want: []string{"replace:101>105"}},
		{name: "a count before a compound", a: "He has 5 100-page books.", b: "He has 6 100-page books.", want: []string{"replace:5>6"}},
		{name: "a number led by three digits changes whole", a: "It cost 100 000 euros.", b: "It cost 100 500 euros.", want: []string{"replace:100 000>100 500"}},
		{name: "a number of three groups changes whole", a: "It holds 123 456 789 items.", b: "It holds 123 456 780 items.", want: []string{"replace:123 456 789>123 456 780"}},
		{name: "an en dash for a minus is typography", a: "It fell to –5 degrees.", b: "It fell to -5 degrees.", trivial: 1},
		{name: "a minus sign for an en dash", a: "From −12 to –5 °C.", b: "From –12 to −5 °C.", trivial: 1},
		{name: "an en dash before another number is a change", a: "It fell to –5 degrees.", b: "It fell to -7 degrees.",
			want: []string{"replace:–5>-7"}},
		{name: "a superscript is part of no number", a: "An area of 10² km.", b: "An area of 102 km.", want: []string{"replace:10²>102"}},
		{name: "ignore case folds cyrillic", a: "москва", b: "МОСКВА", opts: Options{IgnoreCase: true}, trivial: 1},
		{name: "ignore case folds greek capitals without accents", a: "Η Βουλή στην Αθήνα.", b: "Η ΒΟΥΛΗ στην ΑΘΗΝΑ.",
			opts: Options{IgnoreCase: true}, trivial: 2},
		{name: "an accent gone from a small greek letter is a change with case ignored", a: "Η Βουλή στην Αθήνα.", b: "Η βουλη στην Αθήνα.",
			opts: Options{IgnoreCase: true}, want: []string{"replace:Βουλή>βουλη"}},
		{name: "ignore case keeps Turkish dotless i a letter", a: "Kırmızı ışık yandı.", b: "Kirmizi ışık yandı.",
			opts: Options{IgnoreCase: true, Languages: []string{"tr", "tr"}}, want: []string{"replace:Kırmızı>Kirmizi"}},
		{name: "ignore case folds Turkish capitals", a: "Kırmızı ışık İzmir'de yandı.", b: "KIRMIZI IŞIK İZMİR'DE YANDI.",
			opts: Options{IgnoreCase: true, Languages: []string{"tr", "tr"}}, trivial: 1},
		{name: "ignore case tells Turkish I from İ", a: "KIRMIZI ışık.", b: "KİRMİZİ ışık.",
			opts: Options{IgnoreCase: true, Languages: []string{"tr", ""}}, want: []string{"replace:KIRMIZI>KİRMİZİ"}},
		{name: "ignore case outside Turkish reads ı and i as one", a: "Kırmızı ışık.", b: "KIRMIZI IŞIK.",
			opts: Options{IgnoreCase: true}, trivial: 1},
		{name: "ignore punctuation", a: "Good afternoon", b: "Good afternoon,", opts: Options{IgnorePunctuation: true}, trivial: 1},
		{name: "ignore punctuation keeps symbols and signs", a: "It was -5 degrees and cost $5 or 10%.", b: "It was 5 degrees and cost €5 or 10‰.",
			opts: Options{IgnorePunctuation: true}, want: []string{"replace:-5>5", "replace:$>€", "replace:%>‰"}},
		{name: "zero-width space separates words", a: "foo bar baz.", b: "foo\u200Bbar baz.", trivial: 1},
		{name: "zero-width joiner and soft hyphen stay inside a word", a: "information age", b: "infor\u00ADmation age", trivial: 1},
		{name: "word hyphenated across a line break", a: "The information age began.", b: "The infor-\nmation age began.", trivial: 1},
		{name: "soft hyphen at a line break", a: "The information age began.", b: "The infor\u00AD\n  mation age began.", trivial: 1},
		{name: "compound hyphenated at a line break", a: "A well-known fact.", b: "A well-\nknown fact.", trivial: 1},
		{name: "zero-width space inside a word", a: "foobar baz.", b: "foo\u200Bbar baz.", trivial: 1},
		{name: "zero-width space for a space", a: "The foo\u200Bbar was clear.", b: "The foo bar was clear.", trivial: 1},
		{name: "word hyphenated across a CRLF line break", a: "The infor-\r\nmation was clear.", b: "The information was clear.", trivial: 1},
		{name: "hyphenated word opening a sentence", a: "Infor-\nmation was clear.", b: "Information was clear.", trivial: 1},
		{name: "hyphen and a space before the line break", a: "The infor- \nmation was clear.", b: "The information was clear.", trivial: 1},
		{name: "a year and its preposition deleted", a: "Born in 1950 in Paris.", b: "Born in Paris.", want: []string{"delete:in 1950>"}},
		{name: "a year deleted without a full stop", a: "He was born in 1950 in Paris", b: "He was born in Paris", want: []string{"delete:in 1950>"}},
		{name: "a hyphen without a line break is a change", a: "The information age.", b: "The infor-mation age.",
			want: []string{"replace:information>infor-mation"}},
		{name: "a hyphen before a paragraph break is not joined", a: "It ends infor-\n\nmation starts here.", b: "It ends information starts here.",
			want: []string{"replace:infor-\n\nmation>information"}},
		{name: "a line of only a zero-width space is a paragraph break", a: "Line one.\n\u200B\nLine two.", b: "Line one.\nLine two."},
		{name: "a fraction and its NFKC form", a: "Add ½ cup of milk.", b: "Add 1⁄2 cup of milk.", trivial: 1},
		{name: "a double mark and its NFKC form", a: "Wait‼ Now.", b: "Wait!! Now.", trivial: 1},
		{name: "a bracketed digit and its NFKC form", a: "Take ⑴ first.", b: "Take (1) first.", trivial: 1},
		{name: "a removed space is a change", a: "We meet every day.", b: "We meet everyday.", want: []string{"replace:every day>everyday"}},
		{name: "doubled ascii quotes are trivial", a: "He said ``yes'' today.", b: "He said “yes” today.", trivial: 1},
		{name: "comma added", a: "Good afternoon\n\nNext.", b: "Good afternoon,\n\nNext.", want: []string{"insert:>,"}},
		{name: "sentence deleted", a: "Keep this one. Drop this other sentence now. Keep the last.",
			b: "Keep this one. Keep the last.", want: []string{"delete:Drop this other sentence now.>"}},
		// The full stop is the same on both sides: not part of the change.
		{name: "totally different", a: "Alpha beta gamma.", b: "Один два три.", want: []string{"replace:Alpha beta gamma>Один два три"}},
		{name: "mixed scripts", a: "The CSTO (ОДКБ) met in Almaty.", b: "The CSTO (ОДКБ) met in Алматы.", want: []string{"replace:Almaty>Алматы"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, tt.opts, tt.a, tt.b)
			got := describe(nonTrivial(r))
			trivial := len(r.Changes) - len(got)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("changes\n got %q\nwant %q", got, tt.want)
			}
			if trivial < tt.trivial {
				t.Errorf("got %d trivial changes, want at least %d", trivial, tt.trivial)
			}
			if tt.trivial == 0 && len(tt.want) == 0 && len(r.Changes) > 0 && tt.a == tt.b {
				t.Errorf("identical texts gave changes: %+v", r.Changes)
			}
		})
	}
}

func TestCompareFlags(t *testing.T) {
	r := mustCompare(t, Options{}, "On July 19, a meeting. Chaired by Mikhail Nurtleu.", "On July 18, a meeting. Chaired by Murat Nurtleu.")
	cs := nonTrivial(r)
	if len(cs) != 2 {
		t.Fatalf("want 2 changes, got %+v", cs)
	}
	if !cs[0].HasFlag(FlagNumber) {
		t.Errorf("date change not flagged as number: %+v", cs[0])
	}
	if !cs[1].HasFlag(FlagName) {
		t.Errorf("name change not flagged as name: %+v", cs[1])
	}
	for _, tc := range [][2]string{
		{"The meeting is on July 19 in Almaty.", "The meeting is on June 19 in Almaty."},
		{"Встреча пройдёт 21 июня в Алматы.", "Встреча пройдёт 21 июля в Алматы."},
		// Months of other scripts, next to the day.
		{"سيعقد الاجتماع في 21 أكتوبر.", "سيعقد الاجتماع في 21 نوفمبر."},
		{"मतगणना 4 जून को होगी।", "मतगणना 4 जुलाई को होगी।"},
		{"Զեկույցը կհրապարակվի օգոստոսի 26-ին։", "Զեկույցը կհրապարակվի սեպտեմբերի 26-ին։"},
		{"სხდომა 12 ივნისს გაიმართება.", "სხდომა 12 ივლისს გაიმართება."},
		{"ولد يوم 7 من أكتوبر.", "ولد يوم 7 من نوفمبر."},
		{"ولد في أكتوبر 2024م في القاهرة.", "ولد في نوفمبر 2024م في القاهرة."},
		{"২১শে মে এসেছিল।", "২১শে জুন এসেছিল।"},
		{"وصل في أكتوبر 1446هـ.", "وصل في نوفمبر 1446هـ."},
		{"Զեկույցը կհրապարակվի օգոստոսի 26ին։", "Զեկույցը կհրապարակվի սեպտեմբերի 26ին։"},
	} {
		r := mustCompare(t, Options{}, tc[0], tc[1])
		if cs := nonTrivial(r); len(cs) != 1 || !cs[0].HasFlag(FlagNumber) || cs[0].HasFlag(FlagName) {
			t.Errorf("%q -> %q: a changed month is a date change: %+v", tc[0], tc[1], cs)
		}
	}
	for _, tc := range [][2]string{
		{"He paid 5 coins for the apples.", "He gave 5 tokens for the apples."},
		{"The old Smith house burned.", "The new Smith barn burned."},
		{"Then I left.", "Then we left."},
		// The word that opens an Armenian sentence, after its full stop.
		{"Նախարարը խոսեց։ Գնաճը ցածր է։", "Նախարարը խոսեց։ Աճը ցածր է։"},
	} {
		r := mustCompare(t, Options{}, tc[0], tc[1])
		for _, c := range nonTrivial(r) {
			if c.HasFlag(FlagNumber) || c.HasFlag(FlagName) {
				t.Errorf("%q -> %q: unchanged number or name flagged: %+v", tc[0], tc[1], c)
			}
		}
	}
	// Words that a month or weekday of another language spells: no date.
	for _, tc := range [][2]string{
		{"Juna lähti aamulla.", "Bussi lähti aamulla."},              // Finnish train, Serbian June's genitive
		{"Maija tuli kotiin.", "Anna tuli kotiin."},                  // a name, Latvian May's genitive
		{"Juulia tuli kotiin.", "Anna tuli kotiin."},                 // a name, Estonian July with an ending
		{"Het schip lag op de reede.", "Het schip lag in de haven."}, // Dutch roadstead, Estonian Friday
		{"ეს კვირის ამბავია.", "ეს თვის ამბავია."},                   // Georgian "of the week"
		{"مارس 5 رياضات.", "لعب 5 رياضات."},                          // Arabic "practised", before a count
		{"هوای آب ۳۰ درجه است.", "هوای دریا ۳۰ درجه است."},           // Persian water, Arabic August
		{"במאי 3 סרטים.", "תסריטאי 3 סרטים."},                        // Hebrew director, "in May"
		{"मार्च 2 घंटे चला।", "जुलूस 2 घंटे चला।"},                   // Hindi a march
		{"مارس 3,000 شخص الرياضة.", "يمارس 3,000 شخص الرياضة."},      // a count with a separator is no year
		{"במאי 2.000 סרטים.", "הבמאי 2.000 סרטים."},
		{"قال إن 3 من مارس الرياضة يوميا.", "قال إن 3 من يمارس الرياضة يوميا."}, // مارس after من: practised
		{"צפינו בסרט 3D במאי צעיר מאוד.", "צפינו בסרט 3D בבימוי צעיר מאוד."},    // a figure with a unit
		{"टीम ने 5km मार्च किया।", "टीम ने 5km यात्रा किया।"},
	} {
		r := mustCompare(t, Options{}, tc[0], tc[1])
		for _, c := range nonTrivial(r) {
			if c.HasFlag(FlagNumber) {
				t.Errorf("%q -> %q: a word flagged as a date: %+v", tc[0], tc[1], c)
			}
		}
	}
	r = mustCompare(t, Options{}, "the end of it", "The end of it")
	if c := nonTrivial(r); len(c) != 1 || !c[0].HasFlag(FlagCase) {
		t.Errorf("case-only change not flagged: %+v", c)
	}
	r = mustCompare(t, Options{}, "Hello there. Bye.", "Hello there; Bye.")
	if c := nonTrivial(r); len(c) != 1 || !c[0].HasFlag(FlagPunctuation) {
		t.Errorf("punctuation-only change not flagged: %+v", c)
	}
}

func TestCompareMove(t *testing.T) {
	a := "First paragraph stays here.\n\nThe moved sentence travels far away now.\n\nSecond stays too. Third stays as well.\n\nFourth stays in place."
	b := "First paragraph stays here.\n\nSecond stays too. Third stays as well.\n\nFourth stays in place.\n\nThe moved sentence travels far away now."
	r := mustCompare(t, Options{}, a, b)
	cs := nonTrivial(r)
	if len(cs) != 1 || cs[0].Kind != Move {
		t.Fatalf("want one move, got %+v", cs)
	}
	if cs[0].AText != "The moved sentence travels far away now." || cs[0].BText != cs[0].AText {
		t.Errorf("move spans wrong: %+v", cs[0])
	}
	// A moved sentence with a small edit is still a move, with the word change inside.
	b2 := strings.Replace(b, "travels far away now", "travels very far away now", 1)
	r = mustCompare(t, Options{}, a, b2)
	kinds := map[Kind]int{}
	for _, c := range nonTrivial(r) {
		kinds[c.Kind]++
	}
	if kinds[Move] != 1 || kinds[Insert] != 1 || len(nonTrivial(r)) != 2 {
		t.Errorf("edited move: got %+v", nonTrivial(r))
	}
	moved := false
	for _, row := range r.Rows {
		moved = moved || row.Moved
	}
	if !moved {
		t.Errorf("no row marked moved")
	}
}

func TestCompareSwappedEditedSentences(t *testing.T) {
	a := "The meeting opened at nine. The minister reviewed the results of the previous year in great detail. He then thanked the delegations for their constructive work during the talks. Questions followed."
	b := "The meeting opened at nine. He then thanked all delegations for their constructive work during the talks. The minister reviewed the results of the previous year in detail. Questions followed."
	r := mustCompare(t, Options{}, a, b)
	got := describe(nonTrivial(r))
	moves := 0
	for _, c := range nonTrivial(r) {
		if c.Kind == Move {
			moves++
		}
	}
	if moves != 1 || len(got) != 3 {
		t.Errorf("swapped edited sentences: want one move and two word changes, got %q", got)
	}
}

func TestCompareSplitMerge(t *testing.T) {
	a := "We met today, and we agreed on the plan for the year. Nothing else was said."
	b := "We met today. We agreed on the plan for the year. Nothing else was said."
	r := mustCompare(t, Options{}, a, b)
	// "we" stays: its capital is the new sentence's, a trivial change.
	cs := nonTrivial(r)
	if len(cs) != 1 || cs[0].Kind != Replace || cs[0].AText != "today, and" || cs[0].BText != "today." {
		t.Errorf("sentence split: got %+v", cs)
	}
	if !slices.ContainsFunc(r.Changes, func(c Change) bool {
		return c.Trivial && c.AText == "we" && c.BText == "We" && slices.Contains(c.Flags, FlagCase)
	}) {
		t.Errorf("sentence split: no trivial case change of we, in %+v", r.Changes)
	}
	// The split sentence stays in one row with its two halves.
	if len(r.Rows) != 2 {
		t.Errorf("want 2 rows (1:2 group and the equal sentence), got %d", len(r.Rows))
	}
}

// TestCompareMergeBesideMove checks a merge ("rivals. Among them" ->
// "rivals; Among them") in a paragraph whose edited first sentence and a
// sentence moved away make the alignment take a second pass: the merge is
// still found, so only the mark (with its word) and the dropped word are
// changes.
func TestCompareMergeBesideMove(t *testing.T) {
	a := "Intro paragraph that stays here for sure.\n\n" +
		"NATO wants to privatise every security mechanism in the region. It builds small formats there that are the seeds of closed military blocs. " +
		"They are aimed at those NATO considers rivals or simply competitors. Among them China, Korea and Russia. " +
		"We discussed this in our relations with various organisations.\n\nOutro paragraph that stays."
	b := "Intro paragraph that stays here for sure. We discussed this in our relations with various organisations.\n\n" +
		"NATO Wants to privatise every security mechanism in the region. " +
		"They are aimed at those NATO considers rivals or simply competitors; Among them China, Korea Russia.\n\nOutro paragraph that stays."
	got := describe(nonTrivial(mustCompare(t, Options{}, a, b)))
	want := []string{"move:We discussed this in our relations with various organisations.>We discussed this in our relations with various organisations.",
		"replace:wants>Wants", "delete:It builds small formats there that are the seeds of closed military blocs.>", "replace:competitors.>competitors;", "delete:and>"}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %q,\nwant %q", got, want)
	}
}

// TestCompareMoveAgainstEditsInPlace: a sentence moved and edited (its
// full stop) is the one move, where the sentences it passed are edited
// too (the full stop that went with it): the second pass counts the
// edits in place as matches as it counts the moved one, so the two that
// stayed in order are no move.
func TestCompareMoveAgainstEditsInPlace(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Alpha went home early. Beta stayed at the office. Gamma called the minister",
			"Gamma called the minister. Alpha went home early. Beta stayed at the office"},
		{"Альфа ушла домой рано. Бета осталась в офисе. Гамма позвонила министру",
			"Гамма позвонила министру. Альфа ушла домой рано. Бета осталась в офисе"},
	} {
		var moves []string
		for _, c := range nonTrivial(mustCompare(t, Options{}, tc.a, tc.b)) {
			if c.Kind == Move {
				moves = append(moves, c.AText)
			}
		}
		if want := tc.a[strings.LastIndex(tc.a, ". ")+2:]; len(moves) != 1 || moves[0] != want {
			t.Errorf("moves %q, want %q alone", moves, want)
		}
	}
}

// TestUnifyEditsBesideMovesWindow: the second pass unifies the edits in
// place near a move's ends, not every edit of the gap that holds one (in
// a text rewritten throughout, that gap runs to thousands of sentences).
func TestUnifyEditsBesideMovesWindow(t *testing.T) {
	const n = 3 * besideMoveWindow
	var x, y strings.Builder
	for i := range n {
		fmt.Fprintf(&x, "Sentence %d was written first. ", i)
		fmt.Fprintf(&y, "Sentence %d was written again. ", i)
	}
	a := newDocument(context.Background(), x.String(), paragraphs{spans: paragraphSpans(x.String())}, Options{}, false)
	b := newDocument(context.Background(), y.String(), paragraphs{spans: paragraphSpans(y.String())}, Options{}, false)
	if len(a.sents) != n || len(b.sents) != n {
		t.Fatalf("%d and %d sentences, want %d", len(a.sents), len(b.sents), n)
	}
	segs := []segment{{a0: 0, a1: n, b0: 0, b1: n}}
	var its []item
	for i := range n {
		its = append(its, item{kind: itemPair, a0: i, a1: i + 1, b0: i, b1: i + 1})
	}
	unify := map[int]int{0: 0} // the first sentence moved, its end in the gap
	unifyEditsBesideMoves(a, b, segs, [][]item{its}, unify)
	for i := range n {
		if _, ok := unify[i]; ok != (i <= besideMoveWindow) {
			t.Errorf("sentence %d unified %v, want %v", i, ok, !ok)
		}
	}
}

// TestCompareGroupNeedsEveryEdge checks that a deleted sentence and an
// edited sentence moved into its place are not taken for a re-cut pair of
// sentences (a 2:2 group) because of a long edited neighbour and a few
// shared small words: the moved sentence is reported as moved.
func TestCompareGroupNeedsEveryEdge(t *testing.T) {
	x := "Everyone, including the Americans and the Europeans, said that they sought a just settlement based on the Charter as the only criterion to follow."
	s := "Out of this whole document they pick only the principle of territorial integrity and nothing else at all, and they do so on purpose, " +
		"because the other principles of the same document, such as the right of peoples to decide their own future and the duty to respect " +
		"human rights without distinction of race, sex, language or religion, would lead them to conclusions they do not like in the least."
	m := "We could not ignore the threats that are building up not only in the west but in the east of the continent."
	m2 := "We could not ignore the threats that are building up not only in the west but in the south of the continent."
	fill := []string{"The first paragraph stays where it was.", "A second paragraph stays too.", "So does a third one here.", "And a fourth one as well."}
	a := strings.Join([]string{fill[0], x + " " + s, fill[1], fill[2], m, fill[3]}, "\n\n")
	s2 := strings.Replace(s, "whole document", "entire document", 1) // edited in place
	b := strings.Join([]string{fill[0], m2 + " " + s2, fill[1], fill[2], fill[3]}, "\n\n")
	got := describe(nonTrivial(mustCompare(t, Options{}, a, b)))
	// The deletion's place in b is the paragraph's start, where the moved
	// sentence starts, and a move comes first in reading order.
	want := []string{"move:" + m + ">" + m2, "delete:" + x + ">", "replace:east>south", "replace:whole>entire"}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %q,\nwant %q", got, want)
	}
}

// TestCompareScriptsWithoutSpaces checks that Chinese and Japanese, which
// write words without spaces, are compared character by character and cut
// into sentences at 。！？, so that a changed word is reported alone.
func TestCompareScriptsWithoutSpaces(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string
		rows       int
	}{
		{name: "chinese", a: "我们今天讨论了地区安全问题。各国外长同意加强合作。会议在阿拉木图举行。",
			b:    "我们今天讨论了全球安全问题。各国外长同意加强合作。会议在阿斯塔纳举行。",
			want: []string{"replace:地区>全球", "replace:拉木图>斯塔纳"}, rows: 3},
		{name: "japanese", a: "今日は地域の安全保障について話し合いました。外相たちは協力の強化に合意しました。",
			b:    "今日は世界の安全保障について話し合いました。外相たちは協力の強化に合意しました。",
			want: []string{"replace:地域>世界"}, rows: 2},
		{name: "latin next to han", a: "COVID疫情已经结束。", b: "SARS疫情已经结束。", want: []string{"replace:COVID>SARS"}, rows: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			if got := describe(nonTrivial(r)); !slices.Equal(got, tt.want) {
				t.Errorf("changes = %q, want %q", got, tt.want)
			}
			if len(r.Rows) != tt.rows {
				t.Errorf("%d rows, want %d sentences", len(r.Rows), tt.rows)
			}
		})
	}
}

// TestCompareUnifiedPairsInLargeGap checks a block of edited sentences
// that stays in place while a larger deleted block before it and a moved
// block make the gap beside it too large to pair whole: the edited block
// is not reported as moved (the edited pairs anchor the alignment).
func TestCompareUnifiedPairsInLargeGap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func() string {
		ws := make([]string, 12)
		for k := range ws {
			var b strings.Builder
			for range 2 + rng.IntN(3) {
				b.WriteByte("bcdfghklmnprstvz"[rng.IntN(16)])
				b.WriteByte("aeiou"[rng.IntN(5)])
			}
			ws[k] = b.String()
		}
		return "The " + strings.Join(ws, " ") + " colour."
	}
	block := func(n int) []string {
		out := make([]string, n)
		for k := range out {
			out[k] = sentence()
		}
		return out
	}
	paras := func(ss []string) string {
		var ps []string
		for k := 0; k < len(ss); k += 4 {
			ps = append(ps, strings.Join(ss[k:min(k+4, len(ss))], " "))
		}
		return strings.Join(ps, "\n\n")
	}
	m, del, x := block(120), block(260), block(60)
	edited := make([]string, len(m))
	for k, s := range m {
		edited[k] = strings.Replace(s, "colour", "color", 1)
	}
	r := mustCompare(t, Options{}, paras(m)+"\n\n"+paras(del)+"\n\n"+paras(x), paras(x)+"\n\n"+paras(edited))
	moves := 0
	for _, c := range r.Changes {
		if c.Kind == Move {
			moves++
		}
	}
	if moves != 1 {
		t.Errorf("%d moves, want 1 (the block of 60 sentences moved to the front)", moves)
	}
}

// TestCompareSteepGap compares a paragraph of 21 sentences with one of
// 2,200 unrelated ones: the gap is too large for one programme and has no
// paragraphs to align, so it is paired in chunks of about two sentences
// against 180, steeper than the band around a chunk's diagonal: the
// comparison must finish (the band widens to the slope, see
// TestPairDPRunSteepBand).
func TestCompareSteepGap(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	paragraph := func(n int) string {
		ss := make([]string, n)
		for k := range ss {
			ws := make([]string, 8)
			for w := range ws {
				ws[w] = fmt.Sprintf("w%d", rng.IntN(100_000))
			}
			ss[k] = "W" + strings.Join(ws, " ")[1:] + "."
		}
		return strings.Join(ss, " ")
	}
	r := mustCompare(t, Options{}, paragraph(21), paragraph(2200))
	if len(r.Changes) == 0 {
		t.Error("no changes between unrelated texts")
	}
}

// TestPairDPRunSteepBand pairs 2 sentences with 200 in a banded
// programme, the first and the last of them rewordings of the two: a path
// must cross the band from corner to corner for both pairs to be found,
// so the band must be at least as wide as the slope.
func TestPairDPRunSteepBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	sentence := func() string {
		ws := make([]string, 10)
		for k := range ws {
			ws[k] = fmt.Sprintf("w%d", rng.IntN(100_000))
		}
		return "W" + strings.Join(ws, " ")[1:] + "."
	}
	first, last := sentence(), sentence()
	b := []string{strings.Replace(first, ".", " today.", 1)}
	for range 198 {
		b = append(b, sentence())
	}
	b = append(b, strings.Replace(last, ".", " again.", 1))
	docs := prepared(Options{}, first+" "+last, strings.Join(b, " "))
	da, db := docs[0], docs[1]
	as, bs := []int{0, 1}, make([]int, len(db.sents))
	for j := range bs {
		bs[j] = j
	}
	pairs := 0
	for _, it := range pairDPRun(newSide(da), newSide(db), as, bs, chunkBand) {
		if it.kind == itemPair {
			pairs++
		}
	}
	if len(db.sents) != 200 || pairs != 2 {
		t.Errorf("%d pairs among 2 and %d sentences, want 2", pairs, len(db.sents))
	}
}

// TestCompareShapes compares texts of shapes far from prose: they must
// finish with the invariants kept. At full size (100,000 one-word
// paragraphs a side) the one-word paragraphs take the path
// TestCompareSteepGap covers.
func TestCompareShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	words := func(n int) []string {
		ws := make([]string, n)
		for k := range ws {
			ws[k] = fmt.Sprintf("w%d", rng.IntN(50_000))
		}
		return ws
	}
	sentences := func(n int) string {
		ss := make([]string, n)
		for k := range ss {
			ss[k] = "W" + strings.Join(words(8), " ")[1:] + "."
		}
		return strings.Join(ss, " ")
	}
	long := words(30_000)
	shuffled := slices.Clone(long)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	same := strings.Repeat("The same sentence again. ", 4000)
	for _, tt := range []struct{ name, a, b string }{
		{"one sentence against many", "One sentence here.", sentences(5000)},
		{"many sentences against one", sentences(5000), "One sentence here."},
		{"one-word paragraphs", strings.Join(words(20_000), "\n\n"), strings.Join(words(20_000), "\n\n")},
		{"a sentence without an end, shuffled", strings.Join(long, " "), strings.Join(shuffled, " ")},
		{"one sentence repeated", same, same[:len(same)/2] + "A different one. " + same[len(same)/2:]},
		{"no spaces", strings.Repeat("a", 200_000), strings.Repeat("a", 100_000) + "b" + strings.Repeat("a", 100_000)},
		{"punctuation only", strings.Repeat(". ", 100_000), strings.Repeat(", ", 100_000)},
		{"lines shuffled", strings.Join(long[:20_000], "\n"), strings.Join(shuffled[:20_000], "\n")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mustCompare(t, Options{}, tt.a, tt.b)
		})
	}
}

// TestCompareMovedParagraphOverUnchanged checks that an edited paragraph
// of five sentences moved below two unchanged paragraphs of three is the
// move, not the two paragraphs it jumped over: unchanged paragraphs,
// compared whole (prefilter.go), weigh as many sentences as they hold.
func TestCompareMovedParagraphOverUnchanged(t *testing.T) {
	x := "The ministers met in Almaty. They spoke about security. They spoke about trade. They agreed on a plan. They will meet again."
	x2 := strings.Replace(x, "trade", "transport", 1)
	l1 := "The weather was fine that day. The hall was full. Journalists waited outside."
	l2 := "Lunch was served at noon. Nobody complained about it. Then the talks went on."
	a := strings.Join([]string{"Intro stays first.", x, l1, l2, "Outro stays last."}, "\n\n")
	b := strings.Join([]string{"Intro stays first.", l1, l2, x2, "Outro stays last."}, "\n\n")
	got := describe(nonTrivial(mustCompare(t, Options{}, a, b)))
	want := []string{"move:" + x + ">" + x2, "replace:trade>transport"}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %q,\nwant %q", got, want)
	}
}

func TestCompareSplitInThree(t *testing.T) {
	a := "We met today, we agreed on the plan for the year, and we signed the joint statement. Nothing else."
	b := "We met today. We agreed on the plan for the year. And we signed the joint statement. Nothing else."
	r := mustCompare(t, Options{}, a, b)
	if len(r.Rows) != 2 {
		t.Fatalf("want the 1:3 split in one row and the equal sentence in another, got %d rows", len(r.Rows))
	}
	for _, c := range nonTrivial(r) {
		if c.Kind != Replace || len(strings.Fields(c.AText)) > 2 {
			t.Errorf("split in three: unexpected change %+v", c)
		}
	}
}

func TestTableCellsDoNotOverlap(t *testing.T) {
	s := []string{"Alpha beta gamma delta.", "The cat sat on the mat.", "Dogs bark at the moon loudly.",
		"Rain falls in the spring often.", "Birds sing in the morning light.", "Fish swim in the deep sea."}
	x, y := "A brand new sentence appears here.", "Another fresh line was written."
	join := func(parts ...string) string { return strings.Join(parts, " ") }
	a := join(s...)
	b := join(s[0], s[2], s[3], s[4], x, s[1], y, s[5])
	r := mustCompare(t, Options{}, a, b) // checkInvariants fails on overlapping cells
	moved := 0
	for _, row := range r.Rows {
		if row.Moved {
			moved++
			if c := row.Cells[1]; c == nil || b[c.Start:c.End] != s[1] {
				t.Errorf("moved row should hold exactly the moved sentence, got %+v", c)
			}
		}
	}
	if moved != 1 {
		t.Errorf("want one moved row, got %d", moved)
	}
	// Three versions: one merges two base sentences, the other moves one of them.
	v1 := join(s[0], "The cat sat on the mat, and dogs bark at the moon loudly.", s[3], s[4], s[5])
	v2 := join(s[0], s[1], s[3], s[4], s[5], s[2])
	mustCompare(t, Options{}, a, v1, v2)
}

func TestCompareNVersions(t *testing.T) {
	base := "One sentence here. Two sentence here. Three sentence here."
	v1 := "One sentence here. Two sentences here. Three sentence here."
	v2 := "One sentence here. Three sentence here. Four is new here."
	r := mustCompare(t, Options{}, base, v1, v2)
	if len(r.Rows) != 4 {
		t.Fatalf("want 4 rows, got %d: %+v", len(r.Rows), r.Rows)
	}
	if r.Rows[1].Cells[2] != nil {
		t.Errorf("version 2 lacks the second sentence, got a cell")
	}
	if c := r.Rows[3].Cells; c[0] != nil || c[2] == nil {
		t.Errorf("last row should hold only version 2's new sentence: %+v", c)
	}
	s1, s2 := r.StatsFor(1), r.StatsFor(2)
	if s1.Replaces != 1 || s2.Deletes != 1 || s2.Inserts != 1 {
		t.Errorf("stats: %+v %+v", s1, s2)
	}
	r2 := mustCompare(t, Options{Base: 2}, base, v1, v2)
	if r2.Base != 2 {
		t.Errorf("base not honoured")
	}
	if _, err := Compare(context.Background(), []string{"a"}, Options{Base: 3}); err == nil {
		t.Errorf("out-of-range base accepted")
	}
}

func TestCompareLongLine(t *testing.T) {
	words := make([]string, 0, 20000)
	for i := 0; len(strings.Join(words, " ")) < 100000; i++ {
		words = append(words, "слово", "word")
	}
	a := strings.Join(words, " ")
	words[5000] = "changed"
	b := strings.Join(words, " ")
	r := mustCompare(t, Options{}, a, b)
	if cs := nonTrivial(r); len(cs) != 1 || cs[0].BText != "changed" {
		t.Errorf("long line: got %d changes", len(cs))
	}
}

// TestCompareRepeatedParagraphs compares lists whose items repeat: a
// paragraph a word, from a vocabulary of a few dozen (answers, speakers'
// names, tags), with one item in a hundred replaced, deleted or inserted.
// The few items unique on both sides are then edits, not anchors; taken
// as anchors they made thousands of items read as moved.
func TestCompareRepeatedParagraphs(t *testing.T) {
	vocab := strings.Fields("yes no maybe the of and to in he she it was that his her you with " +
		"for had as not but on at by from they this be one said all which were have we there " +
		"an so if would been or what when up out")
	for _, n := range []int{2_000, 10_000} {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		a := make([]string, n)
		for i := range a {
			a[i] = vocab[r.IntN(len(vocab))]
		}
		edits := n / 100
		b := editItems(r, a, vocab, edits)
		res := mustCompare(t, Options{}, strings.Join(a, "\n\n"), strings.Join(b, "\n\n"))
		moves := 0
		for _, c := range res.Changes {
			if c.Kind == Move {
				moves++
			}
		}
		if moves > 0 || len(res.Changes) > 2*edits { // an edit beside a repeat may read as two
			t.Errorf("%d items, %d edits: %d changes, %d of them moves", n, edits, len(res.Changes), moves)
		}
	}
}

// TestCompareLongWord compares texts holding a "word" longer than a
// token may be (maxTokenBytes), as a base64 blob or a line of digits is:
// it is cut into tokens, offsets stay valid, and an edit inside is found.
func TestCompareLongWord(t *testing.T) {
	long := strings.Repeat("ab", 70000) // 140,000 bytes
	cyr := strings.Repeat("жы", 40000)  // 160,000 bytes, cuts land inside runes
	for _, tt := range []struct{ name, a, b string }{
		{"ascii", "Start " + long + " end.", "Start " + long[:90000] + "X" + long[90001:] + " end."},
		{"cyrillic", "Начало " + cyr + " конец.", "Начало " + cyr + "ф конец."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			checkInvariants(t, r)
			if len(nonTrivial(r)) == 0 {
				t.Fatal("the edit inside the long word was not found")
			}
			for _, tk := range Tokenize(tt.b) {
				if tk.End-tk.Start > maxTokenBytes || !utf8.RuneStart(tt.b[tk.Start]) {
					t.Fatalf("token %d-%d: longer than %d bytes or not on a rune boundary", tk.Start, tk.End, maxTokenBytes)
				}
			}
		})
	}
}

func TestCompareCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Compare(ctx, []string{"a b", "a c"}, Options{}); err == nil {
		t.Errorf("cancelled context not honoured")
	}
}

// countdownCtx is a context that is cancelled once its Err has been
// asked n times: a cancellation at every point where Compare looks,
// without timing.
type countdownCtx struct {
	context.Context
	mu sync.Mutex
	n  int
}

func (c *countdownCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestCompareCancelledMidway cancels Compare at each place it looks at
// its context in turn, on a pair with many segments: it returns an error
// that is context.Canceled, or, cancelled after its last look, the whole
// result; never a part of it.
func TestCompareCancelledMidway(t *testing.T) {
	a, b := bigPair(t, 64<<10)
	want := mustCompare(t, Options{}, a, b)
	for n := 0; ; n++ {
		ctx := &countdownCtx{Context: context.Background(), n: n}
		res, err := Compare(ctx, []string{a, b}, Options{})
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("cancelled after %d looks: %v, want context.Canceled", n, err)
			}
			continue
		}
		if !reflect.DeepEqual(res.Changes, want.Changes) {
			t.Fatalf("cancelled after %d looks: a result that differs from the whole one", n)
		}
		if n < 3 {
			t.Fatalf("finished after %d looks at the context", n)
		}
		return
	}
}

// TestSampleRevision checks the bundled sample pair against its gold: every
// edit found with the right kind, nothing else non-trivial.
func TestSampleRevision(t *testing.T) {
	a, errA := os.ReadFile("../assets/sample/blog-en.txt")
	b, errB := os.ReadFile("../assets/sample/revised-en.txt")
	if errA != nil || errB != nil {
		t.Fatalf("reading sample: %v %v", errA, errB)
	}
	r := mustCompare(t, Options{}, string(a), string(b))
	want := []string{
		"delete:Lavrov’s subordinates carried the torch.>",
		"insert:>,",
		"replace:Mikhail>Murat",
		"delete:very>",
		"replace:to be held in the course of the>for later this",
		"replace:19>18",
		"insert:>Our allies expressed understanding of our position.",
		"replace:developed>cultivated",
		"replace:Kiev>Kyiv",
		"delete:[My Emphasis]>",
		"move:" + string(a[2882:3397]) + ">" + string(a[2882:3397]),
	}
	got := describe(nonTrivial(r))
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sample changes\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var quotes int
	for _, c := range r.Changes {
		if c.Trivial && strings.ContainsAny(c.BText, "“”") {
			quotes++
		}
	}
	if quotes < 4 {
		t.Errorf("curled quotes: %d trivial changes, want 4", quotes)
	}
}

// TestUnifyKeys: after unifyKeys, two tokens of any of the documents have
// one key number exactly when their comparison keys are equal, whichever
// document saw a word first; the table grows past its first size.
func TestUnifyKeys(t *testing.T) {
	var many strings.Builder
	for i := range 3 * keyNumbersStart {
		fmt.Fprintf(&many, "w%d ", i)
	}
	texts := []string{
		"The cat sat on the mat. The MAT was red.",
		"A dog sat on the mat, and the cat left!",
		many.String() + "cat dog mat.",
		"Кошка сидела на ковре. Ковёр был красный.",
	}
	for _, opts := range []Options{{}, {IgnoreCase: true}, {Base: 2}} {
		docs := prepared(opts, texts...)
		k := newKeyer(opts, false)
		byKey, byNumber := map[string]uint32{}, map[uint32]string{}
		for _, d := range docs {
			for _, tk := range d.toks {
				key := k.key(d.text[tk.start:tk.end()])
				if n, ok := byKey[key]; ok && n != tk.key {
					t.Fatalf("%+v: %q numbered %d and %d", opts, key, n, tk.key)
				}
				if s, ok := byNumber[tk.key]; ok && s != key {
					t.Fatalf("%+v: %q and %q both numbered %d", opts, s, key, tk.key)
				}
				byKey[key], byNumber[tk.key] = tk.key, key
			}
		}
	}
}

// TestSortStable checks sortStable against the standard library's stable
// sort on elements with many equal keys, whose order must be kept.
func TestSortStable(t *testing.T) {
	type elem struct{ key, pos int }
	for _, n := range []int{0, 1, 2, 7, 100, 5_000} {
		for _, keys := range []int{1, 3, n + 1} {
			r := rand.New(rand.NewPCG(uint64(n), uint64(keys)))
			s := make([]elem, n)
			for i := range s {
				s[i] = elem{r.IntN(keys), i}
			}
			order := func(x, y elem) int { return x.key - y.key }
			want := slices.Clone(s)
			slices.SortStableFunc(want, order)
			sortStable(s, order)
			if !slices.Equal(s, want) {
				t.Errorf("%d elements, %d keys: not the stable order", n, keys)
			}
		}
	}
}

// TestSentencesIn: a cell counts the engine's sentences it holds, so that
// a view marks a sentence split in two; a cell of a paragraph the same in
// every version counts none.
func TestSentencesIn(t *testing.T) {
	a := "Same paragraph here.\n\nThe minister arrived on Friday. He met his colleagues and they talked."
	b := "Same paragraph here.\n\nThe minister arrived on Friday. He met his colleagues. They talked."
	res, err := Compare(context.Background(), []string{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var counts [][2]int
	for _, r := range res.Rows {
		var n [2]int
		for v := range 2 {
			if c := r.Cells[v]; c != nil && !c.Placeholder {
				n[v] = res.SentencesIn(c)
			}
		}
		counts = append(counts, n)
	}
	if want := [][2]int{{0, 0}, {1, 1}, {1, 2}}; !slices.Equal(counts, want) {
		t.Errorf("sentences in each row's cells %v, want %v", counts, want)
	}
}

// TestTurkicVersions: the versions word-diffed together share one case
// fold, Turkish where any of them is given as Turkish.
func TestTurkicVersions(t *testing.T) {
	for _, tt := range []struct {
		langs []string
		base  int
		want  []bool
	}{
		{nil, 0, []bool{false, false}},
		{[]string{"en", "tr", "tr", "en"}, 0, []bool{false, true, true, false}},
		{[]string{"tr", "en", "", "az-Latn"}, 0, []bool{true, false, true, true}},
		{[]string{"", "tr"}, 0, []bool{true, true}},
		{[]string{"ru", "kk-Latn", "kk"}, 0, []bool{false, true, true}},
		{[]string{"en", "de", "tr-TR"}, 1, []bool{false, false, true}},
	} {
		n := len(tt.want)
		ref, _ := references(tt.langs, n, tt.base)
		if got := turkicVersions(tt.langs, ref, tt.base); !slices.Equal(got, tt.want) {
			t.Errorf("%q, base %d: %v, want %v", tt.langs, tt.base, got, tt.want)
		}
	}
}

// TestUnspacedScripts: Thai, Khmer and Myanmar write words without
// spaces; a changed word is marked with at most a cluster or two around
// it, not the whole run up to the next space, and a moved Thai sentence
// is a move.
func TestUnspacedScripts(t *testing.T) {
	for _, tc := range []struct{ name, a, b, word string }{
		{"thai", "ฉันชอบกินข้าวผัดมาก แต่เพื่อนชอบก๋วยเตี๋ยว", "ฉันชอบกินข้าวต้มมาก แต่เพื่อนชอบก๋วยเตี๋ยว", "ผัด"},
		{"khmer", "ខ្ញុំចូលចិត្តញ៉ាំបាយណាស់ ។", "ខ្ញុំចូលចិត្តញ៉ាំមីណាស់ ។", "បាយ"},
		{"myanmar", "ကျွန်တော်ထမင်းစားတယ်။", "ကျွန်တော်ခေါက်ဆွဲစားတယ်။", "ထမင်း"},
	} {
		cs := nonTrivial(mustCompare(t, Options{}, tc.a, tc.b))
		if len(cs) == 0 {
			t.Errorf("%s: no change found", tc.name)
		}
		for _, c := range cs {
			if utf8.RuneCountInString(c.AText) > utf8.RuneCountInString(tc.word)+4 {
				t.Errorf("%s: one word changed (%q), but the change covers %q -> %q", tc.name, tc.word, c.AText, c.BText)
			}
		}
	}
	s := []string{"เชียงใหม่เป็นเมืองใหญ่ทางภาคเหนือของประเทศไทย", "ดอยสุเทพเป็นภูเขาที่อยู่ทางทิศตะวันตกของเมือง",
		"ข้าวซอยเป็นอาหารที่มีชื่อเสียงที่สุด", "ตลาดกลางคืนเปิดทุกวันจนถึงเที่ยงคืน"}
	r := mustCompare(t, Options{}, strings.Join(s, " "), strings.Join([]string{s[0], s[2], s[3], s[1]}, " "))
	if got := describe(nonTrivial(r)); len(got) != 1 || !strings.HasPrefix(got[0], "move:") {
		t.Errorf("one Thai sentence moved: got %q, want one move", got)
	}
}

// TestGreekCapitalsAndEras: Greek sets capitals without accents, so a
// line in capitals against its original is flagged a change of case, not
// of a name, with case ignored or not; an accent changed in small letters
// is a change either way, as it tells words apart ("πού" where, "που"
// that). "π.Χ." (B.C.) before a capital ends its sentence, so that
// sentences swapped around it are moves; "π.χ." (for example) does not.
func TestGreekCapitalsAndEras(t *testing.T) {
	a, b := "ΤΟ ΜΟΥΣΕΙΟ ΑΝΟΙΞΕ ΤΟ 2009.", "Το μουσείο άνοιξε το 2009."
	for _, opts := range []Options{{}, {IgnoreCase: true}} {
		for _, c := range nonTrivial(mustCompare(t, opts, a, b)) {
			if c.HasFlag(FlagName) || !c.HasFlag(FlagCase) {
				t.Errorf("%+v: %q -> %q flagged %v, want case, not name", opts, c.AText, c.BText, c.Flags)
			}
		}
	}
	for _, opts := range []Options{{}, {IgnoreCase: true}} {
		for _, p := range [][2]string{{"Δεν ξέρω πού πήγε.", "Δεν ξέρω που πήγε."}, {"καὶ ἡ πόλις ἦν μεγάλη.", "καὶ ἢ πόλις ἦν μεγάλη."}} {
			if cs := nonTrivial(mustCompare(t, opts, p[0], p[1])); len(cs) != 1 {
				t.Errorf("%+v: an accent changed in small letters, %q -> %q: %q, want one change", opts, p[0], p[1], describe(cs))
			}
		}
	}
	text := "Πολλές πόλεις, π.χ. Αθήνα και Πάτρα, έχουν μετρό. Άλλες όχι."
	if got := spanTexts(text, Sentences(text)); len(got) != 2 {
		t.Errorf("π.χ. (for example) before a name: sentences %q, want 2", got)
	}
	a = "Ο ναός ολοκληρώθηκε το 432 π.Χ. Ήταν αφιερωμένος στη θεά Αθηνά. Πότε θα επιστρέψουν τα γλυπτά; Κανείς δεν ξέρει."
	b = "Ήταν αφιερωμένος στη θεά Αθηνά. Ο ναός ολοκληρώθηκε το 432 π.Χ. Κανείς δεν ξέρει. Πότε θα επιστρέψουν τα γλυπτά;"
	for _, c := range nonTrivial(mustCompare(t, Options{}, a, b)) {
		if c.Kind != Move {
			t.Errorf("sentences swapped around π.Χ.: %q, want moves only", describe(nonTrivial(mustCompare(t, Options{}, a, b))))
			break
		}
	}
}

// TestWideningKeepsToMoves: a replacement widened over a number's groups
// or a hyphen stays apart from a moved passage beside it, which no byte
// may share (found by a randomized run of Thai and Khmer edits).
func TestWideningKeepsToMoves(t *testing.T) {
	for _, tc := range []struct {
		opts Options
		a, b string
	}{
		{Options{}, "中\n\n1องเมืองต้มเป็นខ្ញុំ1 0", "องเมืองต้มเป็นខ្ញុំ1หDๅကနลลวကနខ中2。中\n\n1 00"},
		{Options{IgnoreCase: true}, "1 0องด中ຂອຍ”ๅแล้hone,๕๐๐,ๆแล้วข้าวผัด1", "1 hone,๕๐๐,ๆแล้วข้าวผัด1-0มองผด中ຂອຍ”ๅแล้,ๆ"},
	} {
		t.Run("", func(t *testing.T) { mustCompare(t, tc.opts, tc.a, tc.b) })
	}
}

// TestCompoundNumberNotWidenedBack: figures a hyphen joins to a word
// ("100-page") are no digit group of the number before them.
func TestCompoundNumberNotWidenedBack(t *testing.T) {
	r := mustCompare(t, Options{}, "He has 5 100-page books.", "He has 5 200-page books.")
	if got := describe(nonTrivial(r)); !slices.Equal(got, []string{"replace:100>200"}) {
		t.Errorf("got %q, want [replace:100>200]", got)
	}
}

// TestTurkishDottedCapitalIsALetterChange: in a text given as Turkish, a
// side that writes İ or ı tells the two letters apart: "SİNİR" →
// "sınır" is a change of letters, not of case.
func TestTurkishDottedCapitalIsALetterChange(t *testing.T) {
	cs := nonTrivial(mustCompare(t, Options{Languages: []string{"tr", "tr"}}, "Bu SİNİR hastalığı.", "Bu sınır hastalığı."))
	for _, c := range cs {
		if c.HasFlag(FlagCase) {
			t.Errorf("%q -> %q flagged %v: a change of letters (İ→ı) is not a case change in Turkish", c.AText, c.BText, c.Flags)
		}
	}
}

// TestHanIdiomsNotNumbers: common words made with numerals name no
// number (乱七八糟 "a mess", 八百屋 "a greengrocer").
func TestHanIdiomsNotNumbers(t *testing.T) {
	for _, p := range [][2]string{
		{"房间乱七八糟。", "房间很乱。"},    // a mess
		{"我万万没想到。", "我真没想到。"},   // never (emphatic)
		{"非常感谢你。", "万分感谢你。"},    // extremely
		{"他八成不会来。", "他可能不会来。"},  // probably
		{"他去八百屋买菜。", "他去店买菜。"},  // greengrocer (ja)
		{"万年筆で書いた。", "鉛筆で書いた。"}, // fountain pen (ja)
	} {
		for _, c := range nonTrivial(mustCompare(t, Options{}, p[0], p[1])) {
			if c.HasFlag(FlagNumber) {
				t.Errorf("%q -> %q: %q>%q flagged number", p[0], p[1], c.AText, c.BText)
			}
		}
	}
}

// TestIdenticalCellsShareAReading: cells alike byte for byte share a
// reading where their own case folds find them none (a Turkish cell in
// capitals beside English ones).
func TestIdenticalCellsShareAReading(t *testing.T) {
	for _, tc := range []struct {
		langs []string
		texts []string
	}{
		{[]string{"en", "en", "tr"}, []string{"IRAN is here.", "Iran is here.", "IRAN is here."}},
		{[]string{"en", "tr", "tr", "de"}, []string{"The capital.", "ISTANBUL.", "Istanbul.", "ISTANBUL."}},
	} {
		r := mustCompare(t, Options{IgnoreCase: true, Languages: tc.langs}, tc.texts...)
		for _, row := range r.Rows {
			got := r.Readings(row)
			for i, ci := range row.Cells {
				for j, cj := range row.Cells {
					if i < j && ci != nil && cj != nil && got[i] >= 0 && got[j] >= 0 &&
						r.Texts[ci.Version][ci.Start:ci.End] == r.Texts[cj.Version][cj.Start:cj.End] && got[i] != got[j] {
						t.Errorf("%q: versions %d and %d read %q alike byte for byte, readings %v", tc.texts, ci.Version, cj.Version, r.Texts[ci.Version][ci.Start:ci.End], got)
					}
				}
			}
		}
	}
}

// TestGreekNameAccentFlagged: an accent moved in a name ("Νίκος" →
// "Νικός") is flagged name, with case ignored or not.
func TestGreekNameAccentFlagged(t *testing.T) {
	for _, opts := range []Options{{}, {IgnoreCase: true}} {
		cs := nonTrivial(mustCompare(t, opts, "Χθες ήρθε ο Νίκος με το τρένο.", "Χθες ήρθε ο Νικός με το τρένο."))
		if len(cs) != 1 || !cs[0].HasFlag(FlagName) {
			t.Errorf("%+v: %q, want one change flagged name", opts, describe(cs))
		}
	}
}

// TestTurkishOwnDottedCapital: a side that writes İ writes ı as I, so
// "KISMİ" → "kismi" is a change of letters, not of case.
func TestTurkishOwnDottedCapital(t *testing.T) {
	for _, p := range [][2]string{
		{"Ali KISMİ bir cevap verdi.", "Ali kismi bir cevap verdi."},
		{"Bu KIR İÇİN güzel.", "Bu kir için güzel."},
	} {
		for _, c := range nonTrivial(mustCompare(t, Options{Languages: []string{"tr", "tr"}}, p[0], p[1])) {
			if c.HasFlag(FlagCase) {
				t.Errorf("%q -> %q flagged %v: ı changed to i, not only case", c.AText, c.BText, c.Flags)
			}
		}
	}
}

// TestReadingsSameBytesOneLanguage: cells of one language alike byte
// for byte share a reading, in any order of the versions.
func TestReadingsSameBytesOneLanguage(t *testing.T) {
	langs := []string{"en", "tr", "tr", "tr"}
	texts := []string{"IRAN is here.", "IRAN is here.", "Iran is here.", "IRAN is here."}
	r := mustCompare(t, Options{IgnoreCase: true, Languages: langs}, texts...)
	for _, row := range r.Rows {
		got := r.Readings(row)
		if len(got) == 4 && got[1] >= 0 && got[3] >= 0 && got[1] != got[3] {
			t.Errorf("Turkish versions 1 and 3 both read %q: readings %v, want equal", texts[1], got)
		}
	}
}

// TestSentenceBreaksBesideEdits: the white space between two sentences
// that changed (a paragraph split or joined, a line wrapped, a space
// doubled) is a trivial change whether the sentences beside it are equal
// or edited, and it is one change, not also part of another.
func TestSentenceBreaksBesideEdits(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string // every change, trivial ones too
	}{
		{"split after an edit", "They were enrolled. Participants gave samples.", "They were enlisted.\n\nParticipants gave samples.",
			[]string{"replace:enrolled>enlisted", "replace: >\n\n"}},
		{"split before an edit", "They were enrolled. Participants gave samples.", "They were enrolled.\n\nParticipants gave blood.",
			[]string{"replace: >\n\n", "replace:samples>blood"}},
		{"joined between edits", "They were enrolled.\n\nParticipants gave samples.", "They were enlisted. Participants gave blood.",
			[]string{"replace:enrolled>enlisted", "replace:\n\n> ", "replace:samples>blood"}},
		{"wrapped beside an edit", "It was in May. Participants gave samples.", "It was in June.\nParticipants gave samples.",
			[]string{"replace:May>June", "replace: >\n"}},
		{"a space doubled beside an edit", "They were enrolled. Participants gave samples.", "They were enlisted.  Participants gave samples.",
			[]string{"replace:enrolled>enlisted", "replace: >  "}},
		{"split between equal sentences", "They were enrolled. Participants gave samples.", "They were enrolled.\n\nParticipants gave samples.",
			[]string{"replace: >\n\n"}},
		{"the same breaks", "They were enrolled.\n\nParticipants gave samples.", "They were enlisted.\n\nParticipants gave samples.",
			[]string{"replace:enrolled>enlisted"}},
	}
	for _, tc := range tests {
		cs := mustCompare(t, Options{}, tc.a, tc.b).Changes
		slices.SortFunc(cs, func(x, y Change) int { return cmp.Compare(x.AStart, y.AStart) })
		if got := describe(cs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: changes %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestGreekCapitalsOnly(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"Βουλή", "ΒΟΥΛΗ", true},
		{"ΠΟΥ", "πού", true},
		{"Άρης", "ΑΡΗΣ", true},
		{"Η Βουλή στην Αθήνα", "Η ΒΟΥΛΗ ΣΤΗΝ ΑΘΗΝΑ", true},
		{"Βουλή", "βουλη", false}, // an accent gone from a small letter
		{"Νίκος", "Νικός", false}, // an accent moved
		{"πού", "που", false},
		{"Βουλή", "ΒΟΥΛΕΣ", false},
		{"Moscow", "MOSCOW", false}, // no Greek: the keys settle it
	}
	for _, tt := range tests {
		if got := greekCapitalsOnly(tt.x, tt.y); got != tt.want {
			t.Errorf("greekCapitalsOnly(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}
