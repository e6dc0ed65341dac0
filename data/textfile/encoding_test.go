package textfile

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	xunicode "golang.org/x/text/encoding/unicode"
)

// encoderFor returns a function encoding a string to the named encoding.
func encoderFor(t testing.TB, name string) func(string) []byte {
	t.Helper()
	var f func(string) (string, error)
	switch name {
	case EncUTF8:
		return func(s string) []byte { return []byte(s) }
	case EncUTF8BOM:
		return func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }
	case EncUTF16LE:
		f = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String
	case EncUTF16BE:
		f = xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().String
	default:
		// The same encodings the library decodes with.
		e, _, err := LookupEncoding(name)
		if err != nil {
			t.Fatalf("no encoder for %s: %v", name, err)
		}
		f = e.NewEncoder().String
	}
	return func(s string) []byte {
		out, err := f(encodable(s, name))
		if err != nil {
			t.Fatalf("encoding %.40q as %s: %v", s, name, err)
		}
		return []byte(out)
	}
}

// encodable replaces the runes a single-byte code page lacks with '?'.
func encodable(s, name string) string {
	cm, ok := singleByteMaps()[name]
	if !ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if _, ok := cm.EncodeRune(r); !ok {
			return '?'
		}
		return r
	}, s)
}

func TestDetectEncoding(t *testing.T) {
	ruText := strings.Join(sampleParagraphs(t, "ru.txt")[:6], "\n\n")
	ruShort := "Уважаемые коллеги, добрый день! Завершилось заседание Совета министров."
	ruCaps := "ЗАЯВЛЕНИЕ МИД РОССИИ\n\nМосква выражает серьёзную обеспокоенность происходящим."
	fr := "Le ministre a déclaré que la réunion s'était très bien passée. Les délégués étaient présents à l'ouverture."
	de := "Der Außenminister sagte, dass die Gespräche über Sicherheit in Europa fortgesetzt würden. Grüße aus Köln."
	en := strings.Join(sampleParagraphs(t, "blog-en.txt")[:5], "\n\n") // has ’ (U+2019)
	zh := "我们今天讨论了地区安全问题。各国外长同意加强合作，并决定在阿斯塔纳举行下一次会议。\n\n" +
		"俄罗斯外长拉夫罗夫在记者会上说，这是一个很好的结果。他还回答了关于欧洲安全的问题。"
	zhHant := "我們今天討論了地區安全問題。各國外長同意加強合作，並決定在阿斯塔納舉行下一次會議。\n\n" +
		"俄羅斯外長拉夫羅夫在記者會上說，這是一個很好的結果。他還回答了關於歐洲安全的問題。"
	ja := "今日は地域の安全保障について話し合いました。外相たちは協力の強化に合意しました。\n\n" +
		"ラブロフ外相は記者会見で、これは良い結果だと述べました。次の会合はアスタナで開かれます。"
	ko := "회의는 알마티에서 열렸다. 장관들은 지역 안보를 논의했고 협력을 강화하기로 합의했다.\n\n" +
		"라브로프 외무장관은 기자회견에서 이것이 좋은 결과라고 말했다. 다음 회의는 아스타나에서 열린다."
	tests := []struct {
		name, text, enc string
	}{
		{"ru utf-8", ruText, EncUTF8},
		{"ru utf-8 bom", ruText, EncUTF8BOM},
		{"ru utf-16le", ruText, EncUTF16LE},
		{"ru utf-16be", ruText, EncUTF16BE},
		{"ru windows-1251", ruText, EncWindows1251},
		{"ru koi8-r", ruText, EncKOI8R},
		{"ru ibm866", ruText, EncIBM866},
		{"ru short windows-1251", ruShort, EncWindows1251},
		{"ru short koi8-r", ruShort, EncKOI8R},
		{"ru capitals windows-1251", ruCaps, EncWindows1251},
		{"ru capitals koi8-r", ruCaps, EncKOI8R},
		{"en windows-1252", en, EncWindows1252},
		{"en utf-16le", en, EncUTF16LE},
		{"fr iso-8859-1", fr, EncISO88591},
		{"de iso-8859-1", de, EncISO88591},
		{"fr windows-1252 quotes", fr + " «Oui» – dit-il…", EncWindows1252},
		{"ascii", "plain ASCII text", EncUTF8},
		{"zh gb18030", zh, EncGB18030},
		{"zh gb18030 short", "我们今天讨论了地区安全问题。", EncGB18030},
		{"zh big5", zhHant, EncBig5},
		{"ja shift_jis", ja, EncShiftJIS},
		{"ja euc-jp", ja, EncEUCJP},
		{"ja shift_jis short", "今日は地域の安全保障について話し合いました。", EncShiftJIS},
		{"ko euc-kr", ko, EncEUCKR},
		{"ko euc-kr short", "회의는 알마티에서 열렸다. 장관들은 지역 안보를 논의했다.", EncEUCKR},
		{"pl windows-1250", "Minister spraw zagranicznych powiedział, że spotkanie w Ałmaty było bardzo udane. " +
			"Nie jest to pierwsza taka rozmowa, ale oraz z innymi krajami na pewno się odbędzie.", EncWindows1250},
		{"cs windows-1250", "Ministr zahraničí řekl, že jednání v Almaty bylo velmi úspěšné. " +
			"Nebyl to první takový rozhovor a se sousedy jsou v kontaktu jako vždy.", EncWindows1250},
		{"fr with je and se", "Je pense que le ministre se trompe. Je ne sais pas si la réunion a été utile, mais je crois que oui.", EncISO88591},
		// Short lines so dense in accents that their share of high bytes
		// alone read as Cyrillic ("Йtй а Genиve").
		{"fr short, accents", "Été à Genève\n", EncISO88591},
		{"fr short, a name", "Hélène\n", EncISO88591},
		{"fr short, œ and quotes", "Œuvre, « élève » ; déjà\n", EncWindows1252},
		{"de short, umlauts", "Größe über Äußeres\n", EncISO88591},
		// Russian with Latin look-alikes typed among its letters (a, o,
		// e, c) is still Russian.
		{"ru with Latin look-alikes windows-1251", "Мoскoвский мэр скaзaл, чтo гoрoд гoтoв к зиме.\n", EncWindows1251},
		{"ru with Latin look-alikes koi8-r", "Зaкaз oфoрмлен, oжидaйте дoстaвку.\n", EncKOI8R},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := encoderFor(t, tt.enc)
			b := enc(tt.text)
			got, err := DetectEncoding(b)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.enc {
				t.Errorf("detected %s, want %s", got, tt.enc)
			}
			text, err := DecodeBytes(b, got)
			if err != nil || text != encodable(tt.text, tt.enc) {
				t.Errorf("round trip: %v, equal %v", err, text == tt.text)
			}
		})
	}
}

// TestUTF16WithoutBOM: UTF-16 without a byte-order mark is recognised in
// Latin, Cyrillic and Greek, either byte order (Cyrillic has 0x04 high
// bytes, not zeros); binary data with zero bytes is still refused.
func TestUTF16WithoutBOM(t *testing.T) {
	ru := strings.Repeat("Привет мир, это тест.\n", 20)
	el := strings.Repeat("Γειά σου κόσμε.\n", 20)
	for _, tt := range []struct{ name, text, enc string }{
		{"mixed utf-16le", "Hello, world. Привет, мир.", EncUTF16LE},
		{"en utf-16le", strings.Repeat("Hello world.\n", 20), EncUTF16LE},
		{"en utf-16be", strings.Repeat("Hello world.\n", 20), EncUTF16BE},
		{"ru utf-16le", ru, EncUTF16LE},
		{"ru utf-16be", ru, EncUTF16BE},
		{"el utf-16le", el, EncUTF16LE},
		{"short ru utf-16le", "Привет, мир!\n", EncUTF16LE},
		{"short en utf-16be", "Hello, world!\n", EncUTF16BE},
	} {
		b := encoderFor(t, tt.enc)(tt.text)[2:] // drop the BOM
		ex, err := Extract("x.txt", b, "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if ex.Encoding != tt.enc || ex.Text != tt.text {
			t.Errorf("%s: encoding %s, text %.30q; want %s, %.30q", tt.name, ex.Encoding, ex.Text, tt.enc, tt.text)
		}
	}
	ints := make([]byte, 4096) // little-endian 32-bit integers below 256
	for i := 0; i < len(ints); i += 4 {
		ints[i] = byte(i / 4)
	}
	// A short file with a NUL byte is too short to read as UTF-16: its
	// few high bytes would all count as its alphabet's.
	for name, b := range map[string][]byte{"integers": ints, "zeros": make([]byte, 64), "short with a NUL": []byte("abc\x00def\n")} {
		if enc, err := DetectEncoding(b); err == nil {
			t.Errorf("%s: detected as %s, want an error", name, enc)
		}
	}
}

func TestEncodingOverride(t *testing.T) {
	enc := encoderFor(t, EncKOI8R)
	b := enc("Короткий текст")
	for _, name := range []string{"koi8-r", "KOI8-R", "koi8"} {
		ex, err := Extract("x.txt", b, "", name)
		if err != nil || ex.Text != "Короткий текст" || ex.Encoding != EncKOI8R {
			t.Errorf("%s: %+v %v", name, ex, err)
		}
	}
	for _, name := range []string{"cp1251", "windows-1251", "latin1", "utf-16le", "utf8"} {
		if _, _, err := LookupEncoding(name); err != nil {
			t.Errorf("LookupEncoding(%q): %v", name, err)
		}
	}
	if _, _, err := LookupEncoding("no-such-encoding"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("LookupEncoding of an unknown encoding: %v", err)
	}
	// A wrong override of invalid UTF-8 is an error, not a silent import.
	if _, err := Extract("x.txt", []byte{0xff, 'a'}, "", "utf-8"); err == nil {
		t.Error("invalid UTF-8 accepted with --encoding utf-8")
	}
}

// TestMisreadUTF8: an encoding given for bytes that are valid UTF-8
// beyond ASCII is used as asked, and the misreading is reported for a
// caller to warn; bytes that encoding fits, ASCII and UTF-8 asked for
// are not.
func TestMisreadUTF8(t *testing.T) {
	utf8Cyrillic := []byte("Короткий текст, “в кавычках”.")
	tests := []struct {
		name string
		b    []byte
		enc  string
		want bool
	}{
		{"UTF-8 read as windows-1251", utf8Cyrillic, "windows-1251", true},
		{"UTF-8 read as windows-1252", []byte("Lavrov’s subordinates"), "windows-1252", true},
		{"windows-1251 read as such", encoderFor(t, EncWindows1251)("Короткий текст"), "windows-1251", false},
		{"ASCII read as windows-1251", []byte("plain text"), "windows-1251", false},
		{"UTF-8 read as UTF-8", utf8Cyrillic, "utf-8", false},
		{"UTF-8 read as UTF-8 after a mark", utf8Cyrillic, "utf-8-bom", false},
		{"UTF-8 with a byte order mark read as windows-1251", append([]byte("\uFEFF"), utf8Cyrillic...), "windows-1251", true},
		{"detected", utf8Cyrillic, "", false},
		{"HTML in UTF-8 read as windows-1251", []byte("<html><body><p>Короткий текст.</p></body></html>"), "windows-1251", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "x.txt"
			if bytes.HasPrefix(tt.b, []byte("<html>")) {
				name = "x.html"
			}
			ex, err := Extract(name, tt.b, "", tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			if ex.MisreadUTF8 != tt.want {
				t.Errorf("MisreadUTF8 %v, want %v (decoded as %s: %q)", ex.MisreadUTF8, tt.want, ex.Encoding, ex.Text)
			}
		})
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"\uFEFFe\u0301", "é"},
		{"й", "й"},
		{"line one\vline two\n", "line one\nline two\n"}, // Word's manual line break
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Уважаемые коллеги, добрый день! Мы обсудили вопросы безопасности.", "ru"},
		// HTML character references copied from a page's source are no
		// Latin words.
		{"&laquo;Нет&raquo; &mdash; ответил он.", "ru"},
		{"Шановні колеги, добрий день! Ми обговорили питання безпеки і співпраці, її розвиток.", "uk"},
		{"The meeting of the ministers was held in Almaty and the results were good.", "en"},
		{"Die Sitzung der Minister fand in Almaty statt und die Ergebnisse sind gut, das ist nicht neu.", "de"},
		{"La réunion des ministres a eu lieu à Almaty et les résultats sont bons, dans une ambiance calme.", "fr"},
		{"Spotkanie ministrów odbyło się w Ałmaty i nie przyniosło przełomu, ale jest to krok naprzód oraz sygnał dla regionu.", "pl"},
		{"Setkání ministrů se konalo v Almaty a výsledky jsou dobré, protože se dohodli na plánu pro region.", "cs"},
		{"Bakanlar toplantısı Almatı'da yapıldı ve bu toplantı bölge için daha iyi bir plan ile sona erdi.", "tr"},
		{"A reunião dos ministros foi em Almaty e os resultados com a região são uma boa notícia, mais do que se esperava.", "pt"},
		{"De vergadering van de ministers was in Almaty en het resultaat is goed, maar niet voor iedereen een verrassing.", "nl"},
		{"Mötet med ministrarna hölls i Almaty och det var ett möte som inte gav mycket, men att de talade är bra.", "sv"},
		{"La reunión de los ministros se celebró en Almaty y los resultados son buenos para la región.", "es"},
		{"Kentin ilk kuruluşu antik çağa dayanır ve bu dönemde önemli bir ticaret merkezi oldu; daha sonra Osmanlı başkenti ise oldu.", "tr"},
		// Two short German sentences: "sich" and "die" against the "in"
		// German shares with English.
		{"Am 12. Juni trafen sich 1.200 Teilnehmer in Berlin. Die Sitzung dauerte zwei Stunden.", "de"},
		{"Er hat sich auf eine Reise im Mai gefreut.", "de"},
		// One or two short sentences, whose words several of these
		// languages share ("la", "des", "del", "en"): each is told by the
		// words only it uses, and one that holds too few such words is
		// no language rather than a wrong one.
		{"Die Sitzung des Gemeinderats wurde wegen des Streiks verschoben.", "de"},
		{"La riunione del consiglio comunale è stata rinviata a causa dello sciopero.", "it"},
		{"La réunion du conseil municipal a été reportée en raison de la grève.", "fr"},
		{"La réunion a eu lieu à Paris. Elle a duré deux heures.", "fr"},
		{"La riunione si è svolta a Roma con il ministro degli esteri e il suo omologo.", "it"},
		{"Io e te andiamo al mare domani con gli amici.", "it"},
		{"La niña y su madre fueron al mercado.", "es"},
		{"O ministro encontrou o seu homólogo em Genebra para falar da crise.", "pt"},
		{"The council will meet on 3 March.", "en"},
		{"What do you want from me?", "en"},
		{"Der Rat tritt am 3. März zusammen.", "de"},
		{"Il se lève tôt et se couche tard.", "fr"},
		// Words of one language that another lists too: French "je"
		// (Czech), Polish "po" and "ze" (Czech); and Danish, which the
		// Swedish words would otherwise claim.
		{"Je crois que je vais le faire.", "fr"},
		{"Le di el libro a mi hermano y a su mujer.", "es"},
		{"Poszedł do sklepu po chleb i wrócił do domu, ale nie jest to dla niego łatwe.", "pl"},
		{"Han blev valgt af folket efter krigen og flyttede til København.", "da"},
		{"Mötet med ministrarna hölls i Almaty och det var ett möte som inte gav mycket.", "sv"},
		// Too few telling words: no language rather than a wrong one;
		// and languages the detector does not tell (Croatian, Slovenian)
		// take none of those that share their words. Slovak has its own.
		// Letters of one language tell it where its short words are
		// other languages' too (Polish "to", "do", "we"); letters and
		// words of languages the detector does not name make none.
		{"Prezydent powiedział, że to dobry budżet. Opozycja zapowiedziała skargę do wojewody. Sesja odbędzie się we wtorek.", "pl"},
		{"Guvernul a aprobat ordonanța de urgență pentru buget. Ministrul a spus că este o lege bună pentru toți.", ""},
		{"Pretilost je bila češća kod muškaraca nego kod žena. Rezultati su u skladu s ranijim studijama.", ""},
		// Names with such letters tell nothing.
		{"Il ministro ha visitato Łódź, Gdańsk e Poznań la settimana scorsa con il suo omologo.", "it"},
		{"Il presidente Erdoğan ha incontrato Davutoğlu ad Ankara con il ministro degli esteri.", "it"},
		{"Se lo di a ella.", ""},
		{"Han kan ikke komme.", ""},
		{"On je rekao da ne može doći jer je bolestan.", ""},
		{"Ako želiš, možeš doći sa mnom na more.", ""},
		{"Der er en mand ved døren.", ""},
		{"Razgovarao je sa ocem o poslu. Sutra ide sa sestrom u grad, a onda na more.", ""},
		{"Han sier at der er mange folk i byen.", ""},
		{"To je res lepo, ampak ne vem, če je prav.", ""},
		{"Po obede sme išli do mesta, ale nie na dlho.", "sk"},
		{"De man en de vrouw gaan om acht uur naar de markt.", "nl"},
		{"12345 !!!", ""},
		// Scripts of one language each, and Arabic's letters that tell
		// Persian and Urdu from Arabic; Vietnamese by its marks.
		// Names in Latin letters in a Chinese text weigh less than its
		// characters, each of which renders into about three letters.
		{"会见了Samsung Electronics的代表，并支持Nvidia。", "zh"}, // 24 Latin letters, 9 characters
		{"삼성전자는 Samsung Galaxy S24를 발표했다.", "ko"},
		{"政府는 經濟 發展을 위하여 새로운 政策을 發表하였다.", "ko"}, // Korean with Hanja
		{"सरकार ने किसानों के लिए नई योजना की घोषणा की है।", "hi"},
		{"รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร", "th"},
		{"وقال الوزير إن الحكومة ستقدم مساعدات جديدة للمزارعين.", "ar"},
		{"وزیر گفت که دولت کمک‌های جدیدی به کشاورزان خواهد کرد.", "fa"},
		{"وزیر نے کہا کہ حکومت کسانوں کو نئی امداد دے گی۔", "ur"},
		{"Chính phủ đã công bố các biện pháp mới để hỗ trợ nông dân trong năm nay.", "vi"},
		{"Министерството на финансите обяви, че бюджетният дефицит е намалял във второто тримесечие.", "bg"},
		{"Объявлен съезд партии.", "ru"}, // a Russian line with ъ and none of ы э ё
		{"Подъезд закрыт. Съезд отменен. Объявление висит у входа.", "ru"},
		{"Докладчики: А. Е. Петров, Е. Е. Сидоров.", "ru"},                                      // Е., an initial
		{"Всѣ счастливыя семьи похожи другъ на друга. Все смѣшалось въ домѣ Облонскихъ.", "ru"}, // before 1918
		{"Съѣздъ объѣхалъ подъѣздъ.", "ru"},
		{"София е столицата на България. Тя е най-големият град в страната.", "bg"},
		{"БЪЛГАРИЯ Е ДЪРЖАВА В ЮГОИЗТОЧНА ЕВРОПА.", "bg"},
		{"Беларусь — дзяржава ва Усходняй Еўропе. Сталіца — горад Мінск.", "be"},
		{"Я жыву ў Мінску.", "be"},
		{"В Минске выступил писатель Васіль Быкаў.", "ru"},
		{"Українські читачі люблять повість Васіля Быкава «Сотнікаў».", "uk"},
		{"Пісьменнік Васіль Быкаў чытаў раман «Преступление и наказание».", "be"}, // quoting a Russian title
		{"На фестывалі паказалі фільм Никиты Михалкова «Утомлённые солнцем». Глядачы доўга апладзіравалі.", "be"},
		{"Читачі у Львові люблять повість «Сотнікаў».", "uk"},
		{"Він прочитав «Сотнікаў» за один вечір.", "uk"},
		{"Я прочёл повесть «Сотнікаў» за один вечер.", "ru"},
		{"Мы были у Быкаў.", "ru"},
		{"Вы читали Быкаў?", "ru"},
		{"Я читав «Сотнікаў» двічі.", "uk"},
		{"Македонија е држава на Балканот. Луѓето зборуваат македонски јазик.", "mk"},
		// Catalan's words that are others' too vote for no language.
		{"Ciao Marco, come va oggi? Io ho finito il lavoro presto, e lei va al mercato con sua madre.", "it"},
		{"Mi hermano se va mañana. Ella va a la tienda con su madre y nadie va a llegar tarde.", "es"},
		{"Er hat uns gestern geholfen. Sie hat uns am Abend angerufen, und für uns ist das wichtig.", "de"},
		{"Влада Србије је усвојила нови закон о буџету, рекао је министар финансија.", "sr"},
		{"Владата на Северна Македонија ќе ги зголеми платите, изјави министерот.", "mk"},
		{"Mesa del Parlament va aprovar ahir els pressupostos amb els vots dels grups del govern.", ""}, // Catalan, no Spanish
		{"მთავრობამ ახალი ბიუჯეტი დაამტკიცა.", "ka"},
		{"Կառավարությունը հաստատեց նոր բյուջեն։", "hy"},
		{"সরকার নতুন বাজেট অনুমোদন করেছে।", "bn"},
		{"அரசு புதிய வரவு செலவுத் திட்டத்தை அங்கீகரித்தது.", "ta"},
		{"Thủ tướng cho biết kinh tế tăng trưởng ổn định.", "vi"},
		{"Ọmọ náà lọ sí ilé ẹ̀kọ́ ní àárọ̀ òní pẹ̀lú ìyá rẹ̀.", ""}, // Yoruba: its dotted vowels are no Vietnamese
		{"ער האָט געזען אַ מאַן אין דער שטאָט, און ער איז געגאַנגען אַהיים.", "yi"},
		{"הוא אמר שלום לכולם היום, והם ענו לו בשמחה.", "he"},
		{"בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ", "he"}, // pointed Hebrew
		// English names and a few stop words beside more (one-letter)
		// Russian words than English ones: the Russian words are no
		// English words that lack stop words.
		{"Lavrov, Wang Yi and the ministers of Almaty, Astana, Minsk, Baku, Yerevan, Tashkent, Bishkek, Dushanbe " +
			strings.Repeat("и в к с о у ", 10), "en"},
		// base64 spells a few short stop words ("de", "la", "y") among
		// hundreds of letter runs: no language.
		{"PJeLIV7qmnmglBCbA+jWeEKNOzH+t3iK1ox5ZaPcJjuiJt7thWO9A6vGECjC9ZcKTccH0t1EeZi46+BjtsnrbWW6zZNx9u8i4F0YCSJ+N0L3rG/HoNpNa4HVYpJZiJVolTvnVq7q7Qfb" +
			"R/2bq7IpstxT9ornkpEatqc2otT8kkRIHxB72qP9exZYzFp5SYFS23Eat8eC5qdwgtsK5ZUjeHs+eBPP8JTwETG5mJCPIy+GhKnEMnsAr63lZQXPUj5dxgYHXehWKk3Ziujxqe+f" +
			"DPgUVuori3PO9Nb/pChU2MVgLJavyUUAVgnZahIg+ioFV3Wq3qWpu0R7x9BZYP9K0F9l5AoHRMl5lRLV0vUMJe2JhDTMlgGsXQBviRr7whT4A4p81EPVMvrW+mshgamVLy" +
			"VazVOXDP2/UrFFa9pjfikXNFOckeCIf1MFDO1taTLt1HV87TpBXOnliWIWtKhMvZRXZYompKa5FoCetpJzMBevHV4Z/8gm+P8/zttzgIvnTWwKm/hPZJi1fjOtwR25b4SR7PPgsI5" +
			"la y de el Qgoe3PRuNvxnvjQ+MU96QLtMTPf8upT90nbPA8WRAXpll8FmOa/cVYIA8+e1p17/3KWqwkcGUrOyEr3snpGbl4yYpGH+/e+qyhPNxlrjbLyJEwDIllYNQ7zvZsIn0x0urtNppmN", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestShortCyrillicIsNotEastAsian checks a few words of Russian whose
// bytes happen to decode cleanly as an East Asian encoding (review finds).
func TestShortCyrillicIsNotEastAsian(t *testing.T) {
	tests := []struct{ text, enc string }{
		{"голова друг", EncKOI8R},
		{"ГЛАЗ ТОЛЬКО", EncWindows1251},
		{"именно то", EncIBM866},
		{"МЫ КОГДА", EncIBM866},
		{"СМОТРЕТЬ СЕБЯ ДРУГ ДЕЛО", EncWindows1251},
	}
	for _, tt := range tests {
		got, err := DetectEncoding(encoderFor(t, tt.enc)(tt.text))
		if err != nil || got == EncShiftJIS || got == EncEUCJP || got == EncEUCKR || got == EncGB18030 || got == EncBig5 {
			t.Errorf("%q in %s detected as %s (%v), want a Cyrillic code page", tt.text, tt.enc, got, err)
		}
	}
}

// TestDetectEncodingShortCyrillic checks the code-page detector on the
// first 20, 40 and 80 letters of every paragraph of the Russian sample.
func TestDetectEncodingShortCyrillic(t *testing.T) {
	ru := sampleParagraphs(t, "ru.txt")
	for _, enc := range []string{EncWindows1251, EncKOI8R, EncIBM866} {
		e := encoderFor(t, enc)
		wrong := 0
		for _, p := range ru {
			for _, n := range []int{20, 40, 80} {
				s := []rune(p)
				s = s[:min(n, len(s))]
				if got, err := DetectEncoding(e(string(s))); err != nil || got != enc {
					wrong++
					t.Logf("%s: %q detected as %s %v", enc, string(s), got, err)
				}
			}
		}
		if wrong > 0 {
			t.Errorf("%s: %d of %d short texts misdetected", enc, wrong, 3*len(ru))
		}
	}
}

// BenchmarkDetectEncoding times detection on 2 MB of Russian in
// Windows-1251 (which the East Asian detector must reject first) and of
// English in Windows-1252 (which the Central European vote reads).
func BenchmarkDetectEncoding(b *testing.B) {
	for _, c := range []struct{ file, enc string }{{"ru.txt", EncWindows1251}, {"blog-en.txt", EncWindows1252}} {
		text := strings.Join(sampleParagraphs(b, c.file), "\n\n")
		data := encoderFor(b, c.enc)(strings.Repeat(text+"\n\n", 2<<20/len(text)+1))
		b.Run(c.enc, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if enc, err := DetectEncoding(data); err != nil || enc != c.enc {
					b.Fatalf("detected %s, %v", enc, err)
				}
			}
		})
	}
}

// BenchmarkDetectLanguage times the language guess on English and
// Russian, each longer than the languageSample it reads.
func BenchmarkDetectLanguage(b *testing.B) {
	for _, c := range []struct{ file, lang string }{{"blog-en.txt", "en"}, {"ru.txt", "ru"}} {
		text := strings.Join(sampleParagraphs(b, c.file), "\n\n")
		text = strings.Repeat(text+"\n\n", 2*languageSample/len(text)+1)
		b.Run(c.lang, func(b *testing.B) {
			for b.Loop() {
				if got := DetectLanguage(text); got != c.lang {
					b.Fatalf("detected %q", got)
				}
			}
		})
	}
}

// TestInvalidUTF8AfterBOM: the offset of a bad byte counts the file's
// bytes, its byte-order mark too, and the line is named.
func TestInvalidUTF8AfterBOM(t *testing.T) {
	b := append([]byte{0xEF, 0xBB, 0xBF}, "ab\ncd\xffef\n"...)
	_, err := Extract("x.txt", b, "", "")
	if !errors.Is(err, ErrInvalidUTF8) || !strings.Contains(err.Error(), "invalid UTF-8 at byte 8 (line 2)") {
		t.Errorf("got %v, want ErrInvalidUTF8 at byte 8, line 2", err)
	}
}

// TestUTF8BOMBeforeOtherEncoding: a CP1251 body saved with a UTF-8
// byte-order mark is refused as UTF-8 (with ErrInvalidUTF8, which the CLI
// answers with its --encoding hint), and read with --encoding the mark is
// dropped, not read as "п»ї".
func TestUTF8BOMBeforeOtherEncoding(t *testing.T) {
	b := append([]byte{0xEF, 0xBB, 0xBF}, encoderFor(t, EncWindows1251)("Привет, мир.\n")...)
	if _, err := Extract("x.txt", b, "", ""); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("detected: %v, want ErrInvalidUTF8", err)
	}
	ex, err := Extract("x.txt", b, "", "windows-1251")
	if err != nil || ex.Text != "Привет, мир.\n" {
		t.Errorf("with windows-1251: %q, %v", ex.Text, err)
	}
}

// TestManualLineBreaksAreText: a text saved from Word with many manual
// line breaks (vertical tabs) is text, not binary data.
func TestManualLineBreaksAreText(t *testing.T) {
	text := strings.Repeat("A short line\vanother line\v", 200) + "\n"
	ex, err := Extract("x.txt", []byte(text), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(ex.Text, '\v') {
		t.Errorf("vertical tabs kept: %.40q", ex.Text)
	}
}

// utf16LE encodes s as UTF-16LE without a byte-order mark.
func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestUTF16WithoutBOMMixedBlocks: UTF-16 without a byte-order mark whose
// letters use two high bytes besides 0x00 (Vietnamese: 0x01 and 0x1E) is
// read as UTF-16, not refused as binary ("NUL byte").
func TestUTF16WithoutBOMMixedBlocks(t *testing.T) {
	tests := []struct{ name, text string }{
		{"vi", "Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi. " +
			"Mọi con người đều được tạo hóa ban cho lý trí và lương tâm và cần phải đối xử với nhau trong tình anh em.\n"},
		{"ru dialogue", strings.Repeat("— Привет, — сказал он. — Как дела?\n— Хорошо… — ответила она.\n", 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := DetectEncoding(utf16LE(tt.text))
			if err != nil || enc != EncUTF16LE {
				t.Errorf("DetectEncoding = %q, %v; want %q", enc, err, EncUTF16LE)
			}
		})
	}
}

// DecodeBytes is decodeBytes for a buffer the caller keeps, not known to
// be valid.
func DecodeBytes(b []byte, enc string) (string, error) {
	return decodeBytes(b, enc, false, false)
}

// TestDetectAllCapsCyrillic: a text in capitals (a TASS wire, a
// headline, a telegram) is as much Russian as one in lower case. Each
// code page's capitals are the other's small letters, so read in the
// wrong one it is lower-case gibberish ("гюъбкемхе").
func TestDetectAllCapsCyrillic(t *testing.T) {
	text := "ЗАЯВЛЕНИЕ МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ О ВСТРЕЧЕ МИНИСТРОВ В АЛМАТЫ. " +
		"СТОРОНЫ ОБСУДИЛИ ВОПРОСЫ БЕЗОПАСНОСТИ В РЕГИОНЕ И ДОГОВОРИЛИСЬ ПРОДОЛЖИТЬ КОНСУЛЬТАЦИИ.\n"
	for _, enc := range []string{EncWindows1251, EncKOI8R} {
		ex, err := Extract("wire.txt", encoderFor(t, enc)(text), "", "")
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		if ex.Encoding != enc || ex.Text != text {
			t.Errorf("all-caps Russian in %s: detected %s, text %q", enc, ex.Encoding, ex.Text[:min(60, len(ex.Text))])
		}
	}
}

// TestDetectEnglishWithRussianWords: an English rendering saved by
// a Russian Windows in its ANSI code page (Windows-1251) that quotes a
// few Russian words or names. Fewer than 3 in 10 letters are above 0x7F,
// as in a Western text, but whole words of them are not accented Latin
// letters ("Ñåðãåé Ëàâðîâ"): the Cyrillic reading wins.
func TestDetectEnglishWithRussianWords(t *testing.T) {
	texts := []string{
		"The minister Sergey Lavrov (Сергей Лавров) said the talks went well and the parties agreed to continue.\n",
		"Minister Lavrov said: \"Мы готовы к диалогу\". The ministers met in Almaty on the second day.\n",
	}
	for _, text := range texts {
		for _, enc := range []string{EncWindows1251, EncKOI8R} {
			ex, err := Extract("en.txt", encoderFor(t, enc)(text), "", "")
			if err != nil {
				t.Errorf("%s: %v", enc, err)
				continue
			}
			if ex.Text != text {
				t.Errorf("English with Russian words in %s: detected %s, got %q", enc, ex.Encoding, ex.Text)
			}
		}
	}
}

// TestTruncatedUTF16WithoutBOM: a UTF-16 file without a byte-order
// mark that lost its last byte (a copy cut short) has an odd length: it
// is named as truncated UTF-16, as it is with a BOM, not "NUL byte at
// offset 1: a binary or damaged file".
func TestTruncatedUTF16WithoutBOM(t *testing.T) {
	full := encoderFor(t, EncUTF16LE)("The ministers met in Almaty on the second day of the summit.\n")
	noBOM := full[2:]
	_, err := Extract("cut.txt", noBOM[:len(noBOM)-1], "", "")
	if !errors.Is(err, ErrTruncated) || errors.Is(err, ErrBinary) {
		t.Errorf("truncated UTF-16LE without BOM: %v; want it named as truncated UTF-16", err)
	}
}

// TestMixedEncodingsRefused: a file of UTF-8 and Windows-1251 (two files
// joined, a UTF-8 title over a Windows-1251 body) is refused as damaged
// UTF-8, where it was read whole as KOI8-R, every letter wrong; the same
// bodies in one encoding each are read as before.
func TestMixedEncodingsRefused(t *testing.T) {
	body := strings.Repeat("Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.\n\n", 15)
	cp1251 := encoderFor(t, EncWindows1251)
	for _, tc := range []struct {
		name  string
		b     []byte
		mixed bool
	}{
		{"UTF-8 then Windows-1251", append([]byte(body), cp1251(body)...), true},
		{"a UTF-8 title", append([]byte("Заголовок статьи\n\n"), cp1251(body)...), true},
		{"Windows-1251", cp1251(body), false},
		{"KOI8-R", encoderFor(t, EncKOI8R)(body), false},
		{"IBM866", encoderFor(t, EncIBM866)(body), false},
		{"Ukrainian in Windows-1251", cp1251(strings.Repeat("Рівне і Київ: Бібліотека імені Івана Франка. ", 40)), false},
	} {
		_, err := DetectEncoding(tc.b)
		var bad *InvalidUTF8Error
		if got := errors.As(err, &bad); got != tc.mixed {
			t.Errorf("%s: error %v, want one of mixed encodings: %v", tc.name, err, tc.mixed)
		}
	}
}
