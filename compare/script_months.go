package compare

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Month names of Arabic (the Egyptian and Gulf names and the Levantine
// ones), Persian (the Gregorian months), Hebrew, Hindi, Thai, Georgian
// (with its dative, genitive and locative: "15 მაისს", "ივლისში"), Armenian (with its endings
// ի and ին: "26 օգոստոսի"), Bengali and Tamil, for the
// translation check: "21 أغسطس" against "21 August" is one date. Chinese,
// Japanese, Korean and Vietnamese number their months (6月, 6월, tháng 6).

// scriptMonthNames are the names by month, January first. A Levantine
// name of two words is written with an underscore between them
// (كانون_الثاني) and read from its first word with the word after it
// (levantineMonth). Persian مه (May) is also "fog", and left out.
var scriptMonthNames = [12]string{
	`يناير كانون_الثاني ژانویه ינואר जनवरी มกราคม იანვარი იანვარს იანვრის հունվար জানুয়ারি জানুয়ারী ஜனவரி იანვარში`,
	`فبراير شباط فوریه פברואר फ़रवरी फरवरी กุมภาพันธ์ თებერვალი თებერვალს თებერვლის փետրվար ফেব্রুয়ারি ফেব্রুয়ারী பிப்ரவரி თებერვალში`,
	`مارس آذار מרץ מרס मार्च มีนาคม მარტი მარტს მარტის մարտ মার্চ மார்ச் მარტში`,
	`أبريل إبريل ابريل نيسان آوریل אפריל अप्रैल เมษายน აპრილი აპრილს აპრილის ապրիլ এপ্রিল ஏப்ரல் აპრილში`,
	`مايو أيار מאי मई พฤษภาคม მაისი მაისს მაისის մայիս মে மே მაისში`,
	`يونيو يونيه حزيران ژوئن יוני जून มิถุนายน ივნისი ივნისს ივნისის հունիս জুন ஜூன் ივნისში`,
	`يوليو يوليه تموز ژوئیه יולי जुलाई กรกฎาคม ივლისი ივლისს ივლისის հուլիս জুলাই ஜூலை ივლისში`,
	`أغسطس اغسطس آب اوت אוגוסט अगस्त สิงหาคม აგვისტო აგვისტოს օգոստոս আগস্ট আগষ্ট ஆகஸ்ட் აგვისტოში`,
	`سبتمبر أيلول سپتامبر ספטמבר सितंबर सितम्बर กันยายน სექტემბერი სექტემბერს სექტემბრის սեպտեմբեր সেপ্টেম্বর செப்டம்பர் სექტემბერში`,
	`أكتوبر اكتوبر تشرين_الأول اکتبر אוקטובר अक्टूबर अक्तूबर ตุลาคม ოქტომბერი ოქტომბერს ოქტომბრის հոկտեմբեր অক্টোবর அக்டோபர் ოქტომბერში`,
	`نوفمبر تشرين_الثاني نوامبر נובמבר नवंबर नवम्बर พฤศจิกายน ნოემბერი ნოემბერს ნოემბრის նոյեմբեր নভেম্বর நவம்பர் ნოემბერში`,
	`ديسمبر كانون_الأول دسامبر דצמבר दिसंबर दिसम्बर ธันวาคม დეკემბერი დეკემბერს დეკემბრის դեկտեմբեր ডিসেম্বর டிசம்பர் დეკემბერში`,
}

// hebrewPrefixes are the letters Hebrew writes onto a month's name: ב
// (in), ל (to), מ (from), ו (and), and ו with ב.
var hebrewPrefixes = []string{"ב", "ל", "מ", "ו", "וב"}

// scriptMonthWords maps each name of scriptMonthNames (in NFC, as texts are
// read; with Hebrew's prefixes, Arabic's و, and, and Armenian's endings)
// to its month; built on first use.
var scriptMonthWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for k, names := range scriptMonthNames {
		for _, w := range strings.Fields(names) {
			w = norm.NFC.String(strings.ReplaceAll(w, "_", " "))
			m[w] = k + 1
			switch r := []rune(w)[0]; {
			case unicode.Is(unicode.Hebrew, r):
				for _, p := range hebrewPrefixes {
					m[p+w] = k + 1
				}
			case unicode.Is(unicode.Arabic, r):
				m["و"+w] = k + 1
			case unicode.Is(unicode.Armenian, r):
				m[w+"ի"], m[w+"ին"] = k+1, k+1
			}
		}
	}
	return m
})

// scriptMonths returns the months w names in one of the scripts of
// scriptMonthNames: a Thai run of letters, which writes no space between
// words, may name several ("ตั้งแต่มกราคมถึงมีนาคม", from January to
// March), each read where it stands; a word of the other scripts names
// one only beside a figure (beside: after a day, or before a year), as
// several are also words: مارس (he practised), نيسان (Nissan), במרץ
// (vigorously), मार्च (a march).
func scriptMonths(w string, beside bool) []int {
	if w == "" || w[0] < utf8.RuneSelf {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Thai, r) {
		var out []int
		for i := 0; i < len(w); {
			if m, n := thaiMonthAt(w[i:]); m > 0 {
				out = append(out, m)
				i += n
				continue
			}
			_, size := utf8.DecodeRuneInString(w[i:])
			i += size
		}
		return out
	}
	if m := scriptMonthWords()[w]; m > 0 && beside {
		return []int{m}
	}
	return nil
}

// thaiMonthAt returns the month whose Thai name opens s, and its length,
// or 0.
func thaiMonthAt(s string) (month, n int) {
	for _, tm := range thaiMonths() {
		if strings.HasPrefix(s, tm.name) {
			return tm.month, len(tm.name)
		}
	}
	return 0, 0
}

// thaiMonth is a Thai name of scriptMonthNames and its month.
type thaiMonth struct {
	name  string
	month int
}

// thaiMonths are the Thai names of scriptMonthNames; built on first use.
var thaiMonths = sync.OnceValue(func() []thaiMonth {
	var out []thaiMonth
	for k, names := range scriptMonthNames {
		for _, name := range strings.Fields(names) {
			if r, _ := utf8.DecodeRuneInString(name); unicode.Is(unicode.Thai, r) {
				out = append(out, thaiMonth{name, k + 1})
			}
		}
	}
	return out
})

// scriptsFromByte is the first byte of UTF-8 of Armenian's block (and of
// the end of Cyrillic's supplement), the lowest of the scripts of
// scriptMonthNames: a word that opens below it (Latin, Greek, Cyrillic)
// is asked no further.
const scriptsFromByte = 0xD4

// hasByteFrom reports a byte of s from b up: a quick test, without
// decoding, for letters at or above the code point whose first byte b is.
func hasByteFrom(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= b {
			return true
		}
	}
	return false
}

// levantineFirst reports the first word of a Levantine month's name.
func levantineFirst(w string) bool {
	switch w {
	case "كانون", "تشرين", "وكانون", "وتشرين":
		return true
	}
	return false
}

// levantineMonth is the month the Levantine name of two words prev w
// names ("تشرين الأول", October), or 0.
func levantineMonth(prev, w string) int {
	if !levantineFirst(prev) {
		return 0
	}
	return scriptMonthWords()[strings.TrimPrefix(prev, "و")+" "+strings.ReplaceAll(w, "الاول", "الأول")]
}
