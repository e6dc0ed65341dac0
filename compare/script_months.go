package compare

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Month names of Arabic (the Egyptian and Gulf names and the Levantine
// ones), Persian (the Gregorian months), Hebrew, Hindi and Thai, for the
// translation check: "21 أغسطس" against "21 August" is one date. Chinese,
// Japanese, Korean and Vietnamese number their months (6月, 6월, tháng 6).

// scriptMonthNames are the names by month, January first. A Levantine
// name of two words is given by its first (كانون, تشرين), read with the
// word after it (levantineMonth). Persian مه (May) is also "fog", and
// left out.
var scriptMonthNames = [12]string{
	`يناير كانون_الثاني ژانویه ינואר जनवरी มกราคม`,
	`فبراير شباط فوریه פברואר फ़रवरी फरवरी กุมภาพันธ์`,
	`مارس آذار מרץ מרס मार्च มีนาคม`,
	`أبريل إبريل ابريل نيسان آوریل אפריל अप्रैल เมษายน`,
	`مايو أيار מאי मई พฤษภาคม`,
	`يونيو يونيه حزيران ژوئن יוני जून มิถุนายน`,
	`يوليو يوليه تموز ژوئیه יולי जुलाई กรกฎาคม`,
	`أغسطس اغسطس آب اوت אוגוסט अगस्त สิงหาคม`,
	`سبتمبر أيلول سپتامبر ספטמבר सितंबर सितम्बर กันยายน`,
	`أكتوبر اكتوبر تشرين_الأول اکتبر אוקטובר अक्टूबर अक्तूबर ตุลาคม`,
	`نوفمبر تشرين_الثاني نوامبر נובמבר नवंबर नवम्बर พฤศจิกายน`,
	`ديسمبر كانون_الأول دسامبر דצמבר दिसंबर दिसम्बर ธันวาคม`,
}

// hebrewPrefixes are the letters Hebrew writes onto a month's name: ב
// (in), ל (to), מ (from), ו (and), and ו with ב.
var hebrewPrefixes = []string{"ב", "ל", "מ", "ו", "וב"}

// scriptMonths maps each name of scriptMonthNames (in NFC, as texts are
// read; with Hebrew's prefixes, and Arabic's و, and) to its month; built on
// first use.
var scriptMonths = sync.OnceValue(func() map[string]int {
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
			}
		}
	}
	return m
})

// scriptMonth is the month word w names in one of the scripts of
// scriptMonthNames, or 0. A Thai name is read inside a run of Thai
// letters, which writes no space between words ("เดือนมิถุนายน").
func scriptMonth(w string) int {
	if m := scriptMonths()[w]; m > 0 {
		return m
	}
	r := []rune(w)
	if len(r) == 0 || !unicode.Is(unicode.Thai, r[0]) {
		return 0
	}
	for k, names := range scriptMonthNames {
		for _, name := range strings.Fields(names) {
			if unicode.Is(unicode.Thai, []rune(name)[0]) && strings.Contains(w, name) {
				return k + 1
			}
		}
	}
	return 0
}

// levantineMonth is the month the Levantine name of two words prev w
// names ("تشرين الأول", October), or 0.
func levantineMonth(prev, w string) int {
	if prev != "كانون" && prev != "تشرين" && prev != "وكانون" && prev != "وتشرين" {
		return 0
	}
	return scriptMonths()[strings.TrimPrefix(prev, "و")+" "+strings.ReplaceAll(w, "الاول", "الأول")]
}
