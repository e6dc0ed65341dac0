package compare

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// Numbers in the digits of other scripts, and the scale words of
// languages that write them onto the next word or in their own script.
func TestNumberDifferenceOtherScripts(t *testing.T) {
	for _, c := range []struct {
		s, t, sLang, tLang string
		onlyS, onlyT       string
	}{
		{"وقدمت البلاد مساعدات لـ ٥٠ عائلة في عام ٢٠٢٤.", "The country provided aid to 50 families in 2024.", "ar", "en", "", ""},
		{"وقدمت البلاد مساعدات لـ ٥٠ عائلة في عام ٢٠٢٤.", "The country provided aid to 60 families in 2024.", "ar", "en", "50", "60"},
		{"该国２０２４年向５０个家庭提供了援助。", "The country provided aid to 50 families in 2024.", "zh", "en", "", ""},
		{"इस वर्ष कृषि बजट १५ प्रतिशत बढ़ाया गया है।", "This year the agriculture budget has been increased by 15 percent.", "hi", "en", "", ""},
		{"نرخ تورم ۱۲٫۵٪ بود.", "The inflation rate was 12.5%.", "fa", "en", "", ""},
		{"2024年两国贸易额达到2500亿美元。", "In 2024, bilateral trade reached 250 billion US dollars.", "zh", "en", "", ""},
		{"中国已向有关国家提供了价值5000万元的援助。", "China has provided aid worth 50 million yuan.", "zh", "en", "", ""},
		{"中国已向有关国家提供了价值5000万元的援助。", "China has provided aid worth 5 million yuan.", "zh", "en", "50000000", "5000000"},
		{"政府は来年度予算に３兆円を計上する方針だ。", "The government plans to allocate 3 trillion yen.", "ja", "en", "", ""},
		{"정부는 5000만 원을 지원하기로 했다.", "The government decided to provide 50 million won.", "ko", "en", "", ""},
		{"وقدمت بلاده مساعدات بقيمة 50 مليون دولار.", "His country provided aid worth 50 million dollars.", "ar", "en", "", ""},
		{"सरकार ने 50 लाख रुपये दिए।", "The government gave 5 million rupees.", "hi", "en", "", ""},
		{"รัฐบาลให้เงิน 50 ล้านบาท", "The government gave 50 million baht.", "th", "en", "", ""},
		{"电站装机容量为5兆瓦。", "The plant's capacity is 5 megawatts.", "zh", "en", "", ""}, // 兆 before a unit is "mega"
		// Numerals before a counter, and not in words that hold them.
		{"双方签署了五项合作文件。", "The two sides signed three cooperation documents.", "zh", "en", "5", "3"},
		{"双方签署了五项合作文件。", "The two sides signed five cooperation documents.", "zh", "en", "", ""},
		{"会议共有一百二十人出席。", "150 people attended the meeting.", "zh", "en", "120", "150"},
		{"二〇二四年，双方签署了协议。", "In 2023, the two sides signed an agreement.", "zh", "en", "2024", "2023"},
		{"这件事十分重要，千万不要忘记。", "This matters a great deal; never forget it.", "zh", "en", "", ""},
		{"会议定于十月举行。", "The meeting is set for October.", "zh", "en", "", ""},
		{"会议持续了十分钟。", "The meeting lasted fifteen minutes.", "zh", "en", "10", "15"},
		{"失业率上升了两个百分点，达到百分之五。", "Unemployment rose by two percentage points to 5 percent.", "zh", "en", "", ""},
		{"全国春播粮食已完成三成以上，约有三百万农户参加了农业保险。", "More than 30% of spring grain sowing has been completed, and about three million farming households took out insurance.", "zh", "en", "", ""},
		{"两国约九成的贸易结算使用卢布和人民币。", "About 90% of trade between the two is settled in roubles and yuan.", "zh", "en", "", ""},
		{"千万不要忘记这一点。", "Never forget this.", "zh", "en", "", ""},
		// Scales after scales, scales that are also other words' first
		// syllables or other words, and full-width figures.
		{"全年经济总量达126万亿元。", "The economy reached 126 trillion yuan this year.", "zh", "en", "", ""},
		{"รัฐบาลลงทุน 5 พันล้านบาท", "The government invested 5 billion baht.", "th", "en", "", ""},
		{"เกษตรกรปลูกข้าว 3 พันธุ์", "Farmers grow 3 varieties of rice.", "th", "en", "", ""},
		{"22 अरब देशों के प्रतिनिधि आए।", "Representatives of 22 Arab countries came.", "hi", "en", "", ""},
		{"加速器的能量为500兆电子伏。", "The accelerator's energy is 500 MeV.", "zh", "en", "", ""},
		{"项目投资5千万元。", "The project cost 50 million yuan.", "zh", "en", "", ""},
		{"两国贸易额为2000亿美元。", "Trade between the two was 200 billion dollars.", "zh", "en", "", ""},
		{"成長率は３．５％だった。", "Growth was 3.5%.", "ja", "en", "", ""},
		{"정부는 3조 원을 투입한다.", "The government will put in 3 trillion won.", "ko", "en", "", ""},
		{"5월 수출이 581억 5천만 달러로 증가했다.", "Exports in May rose to 58.15 billion dollars.", "ko", "en", "", ""},
		{"项目投资3亿5千万元。", "The project cost 350 million yuan.", "zh", "en", "", ""},
		{"총사업비는 1조 2천억 원이다.", "The total cost is 1.2 trillion won.", "ko", "en", "", ""},
		{"投资3千亿元。", "An investment of 300 billion yuan.", "zh", "en", "", ""},
		{"来場者は1万2千人だった。", "There were 12,000 visitors.", "ja", "en", "", ""},
		{"投资一万二千亿元。", "An investment of 1.2 trillion yuan.", "zh", "en", "", ""},
		{"在3月之前完成。", "To be completed before March.", "zh", "en", "", ""},
		{"最終的な投資額は来年3月までに確定する見通しだ。", "The final amount is expected to be settled by March next year.", "ja", "en", "", ""},
		{"제1조에 따라 위원회가 설치된다.", "Under Article 1 the committee is set up.", "ko", "en", "", ""},
		{"Chính phủ chi 50 triệu đồng.", "The government spent 50 million dong.", "vi", "en", "", ""},
		{"Streda 21. júna bude zasadnutie výboru.", "Thursday 21 June will see the committee meeting.", "sk", "en", "Wednesday", "Thursday"},
		// Months named in other scripts, and Thai years of the Buddhist era.
		{"ومن المقرر أن تعلن الشركة نتائجها في ٦ أغسطس.", "The company will announce its results on August 6.", "ar", "en", "", ""},
		{"ومن المقرر أن تعلن الشركة نتائجها في ٦ أغسطس.", "The company will announce its results on September 6.", "ar", "en", "8", "9"},
		{"سيعقد الاجتماع في 21 تشرين الأول 2024.", "The meeting will be held on 21 October 2024.", "ar", "en", "", ""},
		{"ההחלטה תפורסם ב-6 באוגוסט.", "The decision will be published on August 6.", "he", "en", "", ""},
		{"मतगणना 4 जून को होगी।", "Votes will be counted on June 4.", "hi", "en", "", ""},
		{"نشست در ۱۲ ژوئن برگزار شد.", "The meeting was held on 12 June.", "fa", "en", "", ""},
		{"การประชุมจัดขึ้นเมื่อวันที่ 12 มิถุนายน 2567", "The meeting was held on 12 June 2024.", "th", "en", "", ""},
		// Month names that are other words, away from a figure; a Thai
		// run naming two months; Thai figures that are no years.
		{"مارس 30 نائبا ضغوطا على الحكومة.", "30 deputies put pressure on the government.", "ar", "en", "", ""},
		{"أعلنت شركة نيسان عن طرازين جديدين.", "Nissan announced 4 new models.", "ar", "en", "", "4"},
		{"עבדו במרץ 12 שעות ביום.", "They worked vigorously 12 hours a day.", "he", "en", "", ""},
		{"मार्च 2 दिन चला।", "The march lasted 2 days.", "hi", "en", "", ""},
		{"ตั้งแต่มกราคมถึงมีนาคม 2567", "From January to March 2024.", "th", "en", "", ""},
		{"ราคา 2500 บาท", "It costs 2,500 baht.", "th", "en", "", ""},
		{"سيعقد الاجتماع في 21 تشرين الأول بحضور 10 مندوبين.", "The meeting will be held on 21 October, with 10 delegates.", "ar", "en", "", ""},
		{"การประชุมจัดขึ้นเมื่อวันที่ 12 มิถุนายน พ.ศ. 2567", "The meeting was held on 12 June 2024.", "th", "en", "", ""},
		{"การประชุมจัดขึ้นเมื่อวันที่ 12/06/2567", "The meeting was held on 12/06/2024.", "th", "en", "", ""},
		{"ในปีงบประมาณ 2567", "In fiscal year 2024", "th", "en", "", ""},
		{"ปี 2566-2567", "In 2023-2024.", "th", "en", "", ""},
		{"ราคา 2000-2500 บาท", "It costs 2,000-2,500 baht.", "th", "en", "", ""},
		{"ปีนเขาสูง 2500 เมตร", "They climbed to 2,500 metres.", "th", "en", "", ""},
		{"โทร 02-2500-1234", "Call 02-2500-1234", "th", "en", "", ""},
		{"باع 20 من نيسان هذا العام.", "He sold 20 Nissans this year.", "ar", "en", "", ""},
		{"اشترى سيارة تويوتا/نيسان الشهر الماضي.", "He bought a Toyota/Nissan car last month.", "ar", "en", "", ""},
		{"من 15 يناير إلى 20 يناير/كانون الثاني 2024.", "From 15 to 20 January 2024.", "ar", "en", "", ""},
		{"سيعقد الاجتماع في 7 من أكتوبر.", "The meeting will be held on 7 October.", "ar", "en", "", ""},
		{"عقد الاجتماع في 15 كانون الثاني/يناير 2024.", "The meeting was held on 15 January 2024.", "ar", "en", "", ""},
		{"عقد الاجتماع في تشرين الأول 2024.", "The meeting was held in November 2024.", "ar", "en", "10", "11"},
		{"मतगणना 4-जून को होगी।", "Votes will be counted on July 4.", "hi", "en", "6", "7"},
		// Months, weekdays and scales of languages a review of thirteen
		// new pairs found unread.
		{"Брифингът е на 27 юни.", "The briefing is on 27 June.", "bg", "en", "", ""},
		{"Брифингът е на 27 юли.", "The briefing is on 27 June.", "bg", "en", "7", "6"},
		{"Седница је 27. априла.", "The session is on 27 April.", "sr", "en", "", ""},
		{"Sednica je 27. aprila.", "The session is on 27 April.", "sr", "en", "", ""},
		{"Rungtynės vyks rugpjūčio 29 d.", "The match is on 29 August.", "lt", "en", "", ""},
		{"Koncerts notiks 7. jūlijā.", "The concert is on 7 July.", "lv", "en", "", ""},
		{"Istung toimub 20. juunil.", "The sitting is on 20 June.", "et", "en", "", ""},
		{"El pla entrarà en vigor l'1 de setembre.", "El plan entrará en vigor el 1 de septiembre.", "ca", "es", "", ""},
		{"სხდომა 12 ივნისს გაიმართება.", "The session will be held on 12 June.", "ka", "en", "", ""},
		{"Զեկույցը կհրապարակվի օգոստոսի 26-ին։", "The report will be published on 26 August.", "hy", "en", "", ""},
		{"Զեկույցը կհրապարակվի օգոստոսի 26-ին։", "The report will be published on 26 September.", "hy", "en", "8", "9"},
		{"সভা ২১ জুন অনুষ্ঠিত হবে।", "The meeting will be held on 21 June.", "bn", "en", "", ""},
		{"Срещата е в четвъртък.", "The meeting is on Friday.", "bg", "en", "Thursday", "Friday"},
		{"Susitikimas vyks ketvirtadienį.", "The meeting is on Thursday.", "lt", "en", "", ""},
		{"La reunió serà dimecres.", "La reunión será el jueves.", "ca", "es", "Wednesday", "Thursday"},
		{"სხდომა ოთხშაბათს გაიმართება.", "The session will be held on Wednesday.", "ka", "en", "", ""},
		{"সভা শুক্রবার হবে।", "The meeting will be on Saturday.", "bn", "en", "Friday", "Saturday"},
		{"Valitsus kavatseb kärpida 250 miljoni euro võrra.", "The government plans to cut 250 million euros.", "et", "en", "", ""},
		{"El pressupost és de 120 milions d'euros.", "El presupuesto es de 120 millones de euros.", "ca", "es", "", ""},
		{"Eksportas sudarė 2 mlrd. eurų.", "Exports came to 2 billion euros.", "lt", "en", "", ""},
		{"Եկամուտները կազմել են 1,6 տրիլիոն դրամ։", "Revenues amounted to 1.6 trillion drams.", "hy", "en", "", ""},
		{"বাজেট ৫ লাখ কোটি টাকা।", "The budget is 5 lakh crore taka.", "bn", "en", "", ""},
	} {
		if s, tg := numberDifferenceIn(c.s, c.t, c.sLang, c.tLang); s != c.onlyS || tg != c.onlyT {
			t.Errorf("%q / %q: only the source has %q, only the rendering %q; want %q, %q", c.s, c.t, s, tg, c.onlyS, c.onlyT)
		}
	}
}

func TestHanValue(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int64
		ok   bool
	}{
		{"五", 5, true}, {"十", 10, true}, {"十二", 12, true}, {"二十五", 25, true}, {"三百零五", 305, true},
		{"两千", 2000, true}, {"三万五千", 35000, true}, {"一亿", 1e8, true}, {"二〇二四", 2024, true},
		{"一万二千亿", 1.2e12, true}, {"三亿五千万", 3.5e8, true},
		{"一九九八", 1998, true}, {"五五", 0, false}, {"三五百", 0, false}, {"万", 0, false},
	} {
		if got, ok := hanValue(c.w); got != c.want || ok != c.ok {
			t.Errorf("hanValue(%q) = %d, %v; want %d, %v", c.w, got, ok, c.want, c.ok)
		}
	}
}

// A finding words a number as its text writes it, scale and all, in
// ASCII digits as the check reads them.
func TestShownNumbersOtherScripts(t *testing.T) {
	for _, c := range []struct{ nums, text, lang, want string }{
		{"3000000000000", "政府は来年度予算に３兆円を計上する方針だ。", "ja", "3兆"},
		{"250000000000", "2024年两国贸易额达到2500亿美元。", "zh", "2500亿"},
		{"50000000", "وقدمت بلاده مساعدات بقيمة 50 مليون دولار.", "ar", "50 مليون"},
		{"15", "इस वर्ष कृषि बजट १५ प्रतिशत बढ़ाया गया है।", "hi", "15"},
	} {
		if got := shownNumbers(c.nums, c.text, c.lang); got != c.want {
			t.Errorf("shownNumbers(%q, %q) = %q, want %q", c.nums, c.text, got, c.want)
		}
	}
}

// A Chinese text is a third as long as its English rendering in
// characters: the aligner must pair its paragraphs all the same, so that
// the check finds what the rendering changed and nothing else.
func TestCheckChineseRendering(t *testing.T) {
	zh := strings.Join([]string{
		"外交部发言人毛宁6月21日在例行记者会上表示，中方支持联合国在维护和平方面发挥核心作用。",
		"她说，中国已向有关国家提供了价值5000万元的人道主义援助。今年前五个月，中欧班列开行8000列。",
		"毛宁还表示，王毅外长将于下周访问俄罗斯，与俄方举行会谈。双方将讨论双边关系和共同关心的国际问题。",
	}, "\n\n")
	en := strings.Join([]string{
		"Foreign Ministry spokesperson Mao Ning said at a regular press conference on 22 June that China supports the central role of the United Nations in maintaining peace.",
		"She said that China has provided humanitarian aid worth 50 million yuan to the countries concerned.",
		"Mao Ning also said that Foreign Minister Wang Yi will visit Russia next week and hold talks with the Russian side. The two sides will discuss bilateral relations and international issues of common concern.",
	}, "\n\n")
	res, err := Compare(context.Background(), []string{zh, en}, Options{Languages: []string{"zh", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Check(res) {
		got = append(got, f.String())
	}
	want := []string{
		"row 1: numbers differ: only the source has 21, only the rendering 22",
		"row 3: source text with no rendering",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Latin names written into the words of a script without case are
// names, wherever they stand in the sentence.
func TestCapitalisedInCaselessScripts(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"部长会见了Samsung的代表。", []string{"Samsung"}},
		{"Nvidia也支持该声明。随后，Samsung提议举行新的会晤。", []string{"Nvidia", "Samsung"}},
		{"Samsung과 Nvidia는 협정에 서명했다.", []string{"Samsung", "Nvidia"}},
		{"ソニーはSonyの名で知られる。", []string{"Sony"}},
		{"新型スーパーAEONが開店した。", []string{"AEON"}},
		{"Мʼясо подорожчало. Visitors love Oʻahu. El Nº 5 ganó.", []string{"Oʻahu", "Nº"}},
		{"The minister met Samsung. Then Nvidia spoke.", []string{"Samsung", "Nvidia"}},
	} {
		if got := capitalised(c.s, true); !slices.Equal(got, c.want) {
			t.Errorf("capitalised(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
