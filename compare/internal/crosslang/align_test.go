package crosslang

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// parallel is a short Russian text and its English rendering, sentence by
// sentence, written for these tests.
var parallel = [][2]string{
	{"Сергей Лавров прибыл в Алматы 21 июня.", "Sergey Lavrov arrived in Almaty on 21 June."},
	{"Министры обсудили подготовку к саммиту ОДКБ в Астане.", "The ministers discussed preparations for the CSTO summit in Astana."},
	{"Саммит пройдёт в ноябре.", "The summit will take place in November."},
	{"Мы удовлетворены проектами документов, которые будут вынесены на рассмотрение глав государств.", "We are satisfied with the draft documents that will be submitted to the heads of state."},
	{"Почему это важно?", "Why does this matter?"},
	{"Потому что угрозы безопасности растут: терроризм, наркотрафик, киберпреступность.", "Because threats to security are growing: terrorism, drug trafficking, cybercrime."},
	{"В 2023 году было пресечено 150 попыток контрабанды.", "In 2023, 150 smuggling attempts were stopped."},
	{"Генеральный секретарь ОДКБ Имангали Тасмагамбетов выступит в Совете Безопасности ООН.", "CSTO Secretary General Imangali Tasmagambetov will speak at the UN Security Council."},
	{"Заседание состоится 19 июля в Нью-Йорке.", "The meeting will be held on 19 July in New York."},
	{"Мы пригласили также генеральных секретарей СНГ и ШОС.", "We have also invited the secretaries general of the CIS and the SCO."},
	{"Министры подписали заявление о миротворческой деятельности.", "The ministers signed a statement on peacekeeping."},
	{"Это очень перспективное направление.", "This is a very promising area."},
	{"Следующее заседание пройдёт в Минске.", "The next meeting will be held in Minsk."},
	{"Спасибо за внимание.", "Thank you for your attention."},
}

func sides() (ru, en []string) {
	for _, p := range parallel {
		ru = append(ru, p[0])
		en = append(en, p[1])
	}
	return ru, en
}

// TestAlignBeadKinds builds renderings with each kind of bead from the
// parallel text and wants exactly the beads built.
func TestAlignBeadKinds(t *testing.T) {
	ru, en := sides()
	tests := []struct {
		name string
		// edit makes the target and returns the beads expected.
		edit func() ([]string, []Bead)
	}{
		{"1:1", func() ([]string, []Bead) { return en, oneToOne(len(en), 0, 0) }},
		{"2:1 merge", func() ([]string, []Bead) {
			tgt := join(en, 2, 4)
			return tgt, []Bead{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 4, 2, 3}, {4, 5, 3, 4}, {5, 6, 4, 5}, {6, 7, 5, 6}, {7, 8, 6, 7}, {8, 9, 7, 8}, {9, 10, 8, 9}, {10, 11, 9, 10}, {11, 12, 10, 11}, {12, 13, 11, 12}, {13, 14, 12, 13}}
		}},
		{"1:2 split", func() ([]string, []Bead) {
			tgt := slices.Clone(en)
			tgt = slices.Replace(tgt, 5, 6, "Because threats to security are growing.", "They are terrorism, drug trafficking and cybercrime.")
			want := append(oneToOne(5, 0, 0), Bead{5, 6, 5, 7})
			return tgt, append(want, oneToOne(8, 6, 7)...)
		}},
		{"1:0 omission", func() ([]string, []Bead) {
			tgt := slices.Delete(slices.Clone(en), 7, 9)
			want := append(oneToOne(7, 0, 0), Bead{7, 8, 7, 7}, Bead{8, 9, 7, 7})
			return tgt, append(want, oneToOne(5, 9, 7)...)
		}},
		{"0:1 addition", func() ([]string, []Bead) {
			tgt := slices.Insert(slices.Clone(en), 8, "Photographers and camera crews filled the back of the hall while the delegations took their seats.")
			want := append(oneToOne(8, 0, 0), Bead{8, 8, 8, 9})
			return tgt, append(want, oneToOne(6, 8, 9)...)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tgt, want := tt.edit()
			got, err := Align(context.Background(), ru, tgt, Sentences)
			if err != nil {
				t.Fatal(err)
			}
			checkCover(t, got, len(ru), len(tgt))
			if !slices.Equal(got, want) {
				t.Errorf("got  %v\nwant %v", got, want)
			}
		})
	}
}

// oneToOne returns n 1:1 beads from source i and target j on.
func oneToOne(n, i, j int) []Bead {
	out := make([]Bead, n)
	for k := range out {
		out[k] = Bead{i + k, i + k + 1, j + k, j + k + 1}
	}
	return out
}

// join returns units with units[i] and units[i+1] ... units[j-1] joined.
func join(units []string, i, j int) []string {
	out := slices.Clone(units[:i])
	out = append(out, strings.Join(units[i:j], " "))
	return append(out, units[j:]...)
}

// TestAbridged aligns, as documents of paragraphs, a rendering that drops
// whole paragraphs and a sentence of one it keeps: the omissions come out
// as 1:0 beads, paragraphs and sentences.
func TestAbridged(t *testing.T) {
	ru, en := sides()
	cuts := []int{0, 3, 6, 9, 12, 14}
	var src, tgt [][]string
	for k := 1; k < len(cuts); k++ {
		src = append(src, ru[cuts[k-1]:cuts[k]])
	}
	tgt = append(tgt, en[3:6], slices.Delete(slices.Clone(en[9:12]), 1, 2))
	paras, sents, _, err := AlignDocument(context.Background(), src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	wantParas := []Bead{{0, 1, 0, 0}, {1, 2, 0, 1}, {2, 3, 1, 1}, {3, 4, 1, 2}, {4, 5, 2, 2}}
	wantSents := []Bead{{0, 1, 0, 0}, {1, 2, 0, 0}, {2, 3, 0, 0}, {3, 4, 0, 1}, {4, 5, 1, 2}, {5, 6, 2, 3},
		{6, 7, 3, 3}, {7, 8, 3, 3}, {8, 9, 3, 3}, {9, 10, 3, 4}, {10, 11, 4, 4}, {11, 12, 4, 5}, {12, 13, 5, 5}, {13, 14, 5, 5}}
	if !slices.Equal(paras, wantParas) {
		t.Errorf("paragraphs: got %v\nwant %v", paras, wantParas)
	}
	if !slices.Equal(sents, wantSents) {
		t.Errorf("sentences: got %v\nwant %v", sents, wantSents)
	}
}

// TestNumbersAnchor: where lengths mislead, a shared number and name keep a
// sentence with its rendering, whatever digits each script writes; a
// number in many sentences anchors nothing.
func TestNumbersAnchor(t *testing.T) {
	src := []string{
		"Встреча длилась 3 часа.",
		"Участвовали 3 делегации и 3 наблюдателя из разных стран мира, а также журналисты и эксперты.",
		"Итоговый документ подписан 17 мая в Женеве.",
	}
	tgt := []string{
		"The meeting lasted 3 hours, with 3 delegations, 3 observers from many countries of the world, and also journalists and experts taking part.",
		"The final document was signed on 17 May in Geneva.",
	}
	chinese := []string{
		"会议持续了3个小时，共有3个代表团、3名来自世界各国的观察员以及记者和专家参加。",
		"最终文件于5月17日在日内瓦签署。",
	}
	digits := func(zero rune, text []string) []string {
		var out []string
		for _, s := range text {
			out = append(out, strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r - '0' + zero
				}
				return r
			}, s))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		tgt  []string
	}{
		{"English", tgt},
		{"Chinese", chinese},
		{"Chinese, full-width digits", digits('０', chinese)},
		{"English, Arabic-Indic digits", digits('٠', tgt)},
		{"English, mathematical digits", digits('𝟬', tgt)},
	} {
		got, err := Align(context.Background(), src, tc.tgt, Sentences)
		if err != nil {
			t.Fatal(err)
		}
		want := []Bead{{0, 2, 0, 1}, {2, 3, 1, 2}}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, want)
		}
	}
}

func TestCognatePrefix(t *testing.T) {
	tests := []struct{ a, b string }{
		{"лавров", "lavrov"},
		{"вронский", "vronsky"},
		{"облонского", "oblonsky"},
		{"expédition", "expedition"},
		{"straße", "strasse"},
		{"μακεδονία", "makedonia"},
		{"йорке", "york"},     // й is "y", not the "i" of и
		{"йемена", "yemen"},   //
		{"їжака", "yizhak"},   // Ukrainian ї is "yi"
		{"αθήνα", "athina"},   // a Greek accent dropped
		{"ﬁnance", "finance"}, // a ligature is no letter of the table
	}
	for _, tt := range tests {
		pa, oka := cognatePrefix(tt.a)
		pb, okb := cognatePrefix(tt.b)
		if !oka || !okb || pa != pb {
			t.Errorf("cognatePrefix(%q) = %q, cognatePrefix(%q) = %q: want equal", tt.a, pa, tt.b, pb)
		}
	}
	if _, ok := cognatePrefix("оон"); ok {
		t.Errorf("a three-letter word has a cognate prefix")
	}
}

func TestEmptySides(t *testing.T) {
	tests := []struct {
		src, tgt []string
		want     []Bead
	}{
		{nil, nil, nil},
		{[]string{"a", "b"}, nil, []Bead{{0, 2, 0, 0}}},
		{nil, []string{"a"}, []Bead{{0, 0, 0, 1}}},
		{[]string{""}, []string{""}, []Bead{{0, 1, 0, 1}}},
	}
	for _, tt := range tests {
		got, err := Align(context.Background(), tt.src, tt.tgt, Sentences)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("Align(%q, %q) = %v, %v; want %v", tt.src, tt.tgt, got, err, tt.want)
		}
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ru, en := sides()
	if _, err := Align(ctx, ru, en, Sentences); err == nil {
		t.Errorf("Align on a cancelled context: no error")
	}
}

// FuzzAlign checks that beads cover both sides in order, each unit once.
func FuzzAlign(f *testing.F) {
	ru, en := sides()
	f.Add(strings.Join(ru, "\n"), strings.Join(en, "\n"))
	f.Add("a\nb\nc", "")
	f.Add("1 2 3\n\n?", "3 2 1\n!\n\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		src, tgt := strings.Split(a, "\n"), strings.Split(b, "\n")
		if len(src) > 300 || len(tgt) > 300 {
			return
		}
		got, err := Align(context.Background(), src, tgt, Sentences)
		if err != nil {
			t.Fatal(err)
		}
		checkCover(t, got, len(src), len(tgt))
		if _, _, _, err := AlignDocument(context.Background(), [][]string{src}, [][]string{tgt, src}); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkAlignSmall(b *testing.B) {
	ru, en := sides()
	for b.Loop() {
		if _, err := Align(context.Background(), ru, en, Sentences); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOneParagraphDocument: a document of one sentence a line and no
// blank line is one paragraph; its sentences are searched around the
// anchors, not over the whole grid, and align as the same sentences given
// as a list do.
func TestOneParagraphDocument(t *testing.T) {
	src, tgt := akOpening(t, 2000)
	_, sents, _, searched, err := alignDocument(context.Background(), [][]string{src}, [][]string{tgt})
	if err != nil {
		t.Fatal(err)
	}
	n, m := len(src), len(tgt)
	if limit := 400 * (n + m); searched > limit {
		t.Errorf("searched %d cells of the %d×%d grid, want at most %d", searched, n, m, limit)
	}
	list, err := Align(context.Background(), src, tgt, Sentences)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sents, list) {
		t.Errorf("the one-paragraph document aligns otherwise than its sentences as a list (%d and %d beads)", len(sents), len(list))
	}
}

// TestLostParagraphBreaks: a rendering that lost its paragraph breaks
// (one paragraph against the source's hundreds) matches no paragraph; its
// sentences are aligned as lists, not all reported as unrendered.
func TestLostParagraphBreaks(t *testing.T) {
	src, tgt := akOpening(t, 1000)
	var paras [][]string
	for i := 0; i < len(src); i += 5 {
		paras = append(paras, src[i:min(i+5, len(src))])
	}
	_, sents, _, err := AlignDocument(context.Background(), paras, [][]string{tgt})
	if err != nil {
		t.Fatal(err)
	}
	list, err := Align(context.Background(), src, tgt, Sentences)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sents, list) {
		alone := 0
		for _, b := range sents {
			if b.Src0 == b.Src1 || b.Tgt0 == b.Tgt1 {
				alone++
			}
		}
		t.Errorf("%d beads, %d of them without a counterpart; the sentences as lists align in %d", len(sents), alone, len(list))
	}
}

// akOpening returns the English and Russian sentences of the first beads
// gold beads of Anna Karenina vol. 1.
func akOpening(t *testing.T, beads int) (en, ru []string) {
	t.Helper()
	base := filepath.Join(sharedEval, "enru-books", "ak1")
	en, ru = readLines(t, base+".en"), readLines(t, base+".ru")
	gold := parseLadder(t, readLines(t, base+".enru"))
	end := gold[min(beads, len(gold)-1)]
	return en[:end.Src0], ru[:end.Tgt0]
}
