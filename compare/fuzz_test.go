package compare

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith. Yes.", "В.В. Путин сказал. Да.", "<...> a... B", "Don't -5 --- .. ... 1,000.5 x-ray ABC abc", "Ёлка ёж Йод 3-й ЖКХ Е\u0308 e\u0301 ΑΒΓ çé", "3.5. 4,000!? «Да.» Нет", "\u00ad\ufe0f\u200b", "&quot;Да&quot; &#8212; &nbsp;&amp &#x;&eacute; AT&T;"} {
		f.Add(s)
	}
	// Past maxSentenceBytes with no sentence end: cut at line breaks, and
	// where there are none, by content.
	f.Add(strings.Repeat("a line of verse\n", 400))
	f.Add(strings.Repeat("run on words ", 700))
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s[0] < prev || s[0] >= s[1] || s[1] > len(text) {
				t.Fatalf("bad sentence span %v (prev end %d, len %d)", s, prev, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[s[0]]) || s[1] < len(text) && !utf8.RuneStart(text[s[1]])) {
				t.Fatalf("sentence span %v not on rune boundaries", s)
			}
			prev = s[1]
		}
		for _, tk := range Tokenize(text) {
			if tk.Start >= tk.End || tk.End > len(text) {
				t.Fatalf("bad token %+v", tk)
			}
		}
		// A plain token's bytes are its key: the fast hash must agree
		// with the general one, with and without case folding.
		for _, k := range []*keyer{newKeyer(Options{}, false), newKeyer(Options{IgnoreCase: true}, false)} {
			for _, rt := range scanTokens(text, 0, len(text), nil) {
				tok := text[rt.start:rt.end]
				fast := rt.plain == plainASCII || rt.plain == plainSimple && !k.ignoreCase
				if fast && k.hashPlain(tok) != k.hash(tok) {
					t.Fatalf("plain token %q: fast hash differs from its key's hash (ignore case %v)", tok, k.ignoreCase)
				}
			}
		}
	})
}

func FuzzCompare(f *testing.F) {
	seeds := [][2]string{
		{"", ""},
		{"One. Two.", "Two. One."},
		{"Mikhail Nurtleu chaired.", "Murat Nurtleu chaired."},
		{"a \"b\" c", "a “b” c"},
		{"Москва. Алматы.\n\nАстана.", "Алматы. Москва.\n\nАстана!"},
		{"x\r\ny", "x\ny"},
		{"1,000 3.5", "1 000 3,5"},
		// Run-on text past maxSentenceBytes, cut by content, with an edit.
		{strings.Repeat("run on words ", 700), "an edit " + strings.Repeat("run on words ", 700)},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], false, false)
	}
	// Punctuation ignored: a comma kept while the space after it wraps,
	// and one added before a paragraph break.
	f.Add("units, including them.", "units,\nincluding them.", false, true)
	f.Add("Good afternoon\n\nWe met.", "Good afternoon,\n\nWe met.", false, true)
	f.Fuzz(func(t *testing.T, a, b string, ignoreCase, ignorePunct bool) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip("texts reach the engine as valid UTF-8")
		}
		if fuzzing() {
			// Only while fuzzing (never as a unit test): an input that
			// takes seconds is a finding, saved like a crash.
			done := make(chan struct{})
			defer close(done)
			go func() {
				select {
				case <-done:
				case <-time.After(5 * time.Second):
					panic(fmt.Sprintf("slow input (over 5 s): %q %q %v %v", a, b, ignoreCase, ignorePunct))
				}
			}()
		}
		r, err := Compare(context.Background(), []string{a, b}, Options{IgnoreCase: ignoreCase, IgnorePunctuation: ignorePunct})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, r)
	})
}

// fuzzing reports whether the test binary runs with -test.fuzz, so that a
// watchdog for slow inputs never applies to ordinary test runs.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// FuzzCheck: a translation check of any pair of texts never panics, and
// every finding, and a moved one's other end, lies inside the table.
func FuzzCheck(f *testing.F) {
	seeds := [][2]string{
		{"", ""},
		{"Министры встретились 21.06.2024. Оно было хорошо подготовлено.", "Ministers met on 21 June 2024."},
		{"Делегация Словакии прибыла.\n\nГлава XXVI.", "The delegation of Slovenia arrived.\n\nChapter XXVI."},
		{"А. Б. В.\n\nГ 80 Беларусь Газа Африка.", "Г 80 Belarus Gaza Africa.\n\nA. B. C."},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip("texts reach the engine as valid UTF-8")
		}
		r, err := Compare(context.Background(), []string{a, b}, Options{Languages: []string{"ru", "en"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range Check(r) {
			in := func(row int) bool { return row >= 0 && row < len(r.Rows) }
			if !in(fd.Row) || !in(fd.LastRow) || fd.LastRow < fd.Row ||
				fd.Kind == FindingMoved && (!in(fd.OtherRow) || !in(fd.OtherLastRow)) {
				t.Fatalf("finding %+v outside the %d rows", fd, len(r.Rows))
			}
		}
	})
}

// FuzzNumberDifference reads numbers, dates and weekdays of a source in
// one of the languages whose readers differ (Thai years, Arabic months,
// Han numerals, attached scales) against an English rendering: no panic,
// and each side's numbers are read the same way twice.
func FuzzNumberDifference(f *testing.F) {
	langs := []string{"", "th", "ar", "fa", "he", "hi", "zh", "ja", "ko", "vi", "ru"}
	seeds := []string{
		"การประชุมจัดขึ้นเมื่อวันที่ 12/06/2567 ราคา 2000-2500 บาท ปี 2566-2567 5 พันล้านบาท",
		"سيعقد الاجتماع في 7 من أكتوبر و15 كانون الثاني/يناير 2024 بقيمة ٥٠ مليون دولار يوم الاثنين",
		"政府は来年度予算に３兆円、1万2千人、一万二千亿元、百分之五、三成、星期五",
		"5월 수출이 581억 5천만 달러, 제1조, 3조 원, 금요일에",
		"मतगणना 4-जून को 5 लाख 1.8 करोड़ शुक्रवार",
		"Cuộc họp vào thứ Sáu, 50 triệu đồng",
	}
	for k, s := range seeds {
		f.Add(s, "The meeting on Friday, 12 June 2024, cost 50 million.", uint8(k))
	}
	f.Fuzz(func(t *testing.T, s, tr string, lang uint8) {
		if !utf8.ValidString(s) || !utf8.ValidString(tr) {
			t.Skip("texts reach the check as valid UTF-8")
		}
		l := langs[int(lang)%len(langs)]
		a1, b1 := numberDifferenceIn(s, tr, l, "en")
		a2, b2 := numberDifferenceIn(s, tr, l, "en")
		if a1 != a2 || b1 != b2 {
			t.Fatalf("read twice: %q %q, then %q %q", a1, b1, a2, b2)
		}
		shownNumbers(a1, s, l)
	})
}
