package compare

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Numbers in Chinese and Japanese numerals. The word diff flags a
// numeral changed (countsAsHanNumber); the translation check reads the
// numbers they write:
// "签署了五项文件" against "signed three documents" is a count changed, as
// "пять документов" against "three documents" is. A run of numerals is
// read as a number only before a counter (a measure word: 五项, 二十名,
// 三个), as numerals are also parts of words everywhere: 统一 (unify),
// 十分 (very), 万一 (in case), 千万 (by all means), 百姓 (the people).

// hanDigits are the numerals' values below ten.
var hanDigits = map[rune]int64{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// hanUnits are the numerals that multiply the digit before them: ten,
// hundred, thousand within a section; 万 and 亿 close one.
var hanUnits = map[rune]int64{'十': 10, '百': 100, '千': 1000}

var hanSections = map[rune]int64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8}

// hanDateCounters are the counters of hanCounters that make a numeral
// a date's: 十月 is October, 五日 the fifth, which the check reads as
// months and days apart.
const hanDateCounters = "月日号號"

// forEachHanNumber calls f with the span and value of each run of
// Chinese or Japanese numerals in s that stands before a counter (before
// 成, tenths, its value is a per cent), after 百分之 (per cent), or holds
// a unit (withUnit).
func forEachHanNumber(s string, f func(i, j int, value int64)) {
	if !hasByteFrom(s, 0xE3) { // the first byte of 〇 and every ideograph after it
		return // every text the check reads asks this: most hold no ideograph
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHanNumeral(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isHanNumeral(r) {
				break
			}
			j += size
		}
		if i > 0 && isASCIIDigit(s[i-1]) {
			i = j // the scale of a figure (3千亿, 1万2千), which the figure reader takes
			continue
		}
		if beforeCounter(s, i, j) || strings.HasSuffix(s[:i], "百分之") || withUnit(s, i, j) {
			if v, ok := hanValue(s[i:j]); ok { // 百分之五: five per cent
				if strings.HasPrefix(s[j:], "成") {
					v *= 10 // 三成: three tenths, 30%
				}
				f(i, j, v)
			}
		}
		i = j
	}
}

// withUnit reports numerals s[i:j] that are a number without a counter:
// two or more, with a ten, hundred, thousand or a section among them
// (三百万农户, three million farming households), and no word that holds
// them (千万, by all means).
func withUnit(s string, i, j int) bool {
	w := s[i:j]
	if utf8.RuneCountInString(w) < 2 || !strings.ContainsFunc(w, func(r rune) bool { return hanUnits[r] > 0 || hanSections[r] > 0 }) {
		return false
	}
	return !slices.ContainsFunc(hanNumeralWords, func(word string) bool { return strings.Contains(word, w) || strings.HasPrefix(s[i:], word) })
}

// beforeCounter reports numerals s[i:j] before a counter (hanCounters
// but hanDateCounters), not in a word that holds them (十分重要, very
// important; but 十分钟, ten minutes).
func beforeCounter(s string, i, j int) bool {
	next, _ := utf8.DecodeRuneInString(s[j:])
	if !strings.ContainsRune(hanCounters, next) || strings.ContainsRune(hanDateCounters, next) {
		return false
	}
	if strings.HasPrefix(s[j:], "分钟") || strings.HasPrefix(s[j:], "分鐘") {
		return true
	}
	for _, w := range hanNumeralWords {
		if strings.HasPrefix(w, s[i:j]) && strings.HasPrefix(s[i:], w) {
			return false
		}
	}
	return true
}

// hanNumeralsFrom is the lowest code point of the numerals (〇).
const hanNumeralsFrom = '〇'

func isHanNumeral(r rune) bool {
	if r < hanNumeralsFrom {
		return false
	}
	_, digit := hanDigits[r]
	return digit || hanUnits[r] > 0 || hanSections[r] > 0
}

// hanValue reads a run of numerals: 五 5, 二十五 25, 十二 12, 三百零五
// 305, 两千 2000, 三万五千 35000, and a year written digit by digit
// (二〇二四 2024, 一九九八 1998). Other digits side by side (五五) are
// no number as written.
func hanValue(w string) (int64, bool) {
	if !strings.ContainsFunc(w, func(r rune) bool { return hanUnits[r] > 0 || hanSections[r] > 0 }) {
		return hanDigitByDigit(w)
	}
	var total, section, digit, last int64 // last: the last section's size
	hasDigit := false
	for _, r := range w {
		switch {
		case hanUnits[r] > 0:
			if !hasDigit {
				digit = 1 // 十二: ten and two
			}
			section += digit * hanUnits[r]
			digit, hasDigit = 0, false
		case hanSections[r] > 0:
			section += digit
			if section == 0 && total == 0 {
				return 0, false
			}
			if unit := hanSections[r]; last > 0 && last < unit {
				total = (total + section) * unit // 一万二千亿: (10000 + 2000) hundred millions
			} else {
				total += section * unit
			}
			last = hanSections[r]
			section, digit, hasDigit = 0, 0, false
		default:
			if hasDigit && digit != 0 {
				return 0, false // 三五百: "three or five hundred", no one number
			}
			digit, hasDigit = hanDigits[r], true
		}
	}
	return total + section + digit, true
}

// hanDigitByDigit reads numerals without a unit: one digit, or a year's
// four (or any run with a zero, which only such writing has).
func hanDigitByDigit(w string) (int64, bool) {
	n := utf8.RuneCountInString(w)
	if n > 1 && n != 4 && !strings.ContainsAny(w, "〇零") {
		return 0, false
	}
	var v int64
	for _, r := range w {
		v = v*10 + hanDigits[r]
	}
	return v, true
}

// hanNumeral reports a word made of Chinese or Japanese numerals
// (isHanNumeral), such as 三 or 二十, but for 一, so often part of a word
// (一起, 统一). An ideographic text is a token per character, so a change
// from 三 to 四 is a change of one token each.
func hanNumeral(w string) bool {
	if w == "" || w[0] < utf8.RuneSelf {
		return false
	}
	for _, r := range w {
		if !isHanNumeral(r) || r == '一' {
			return false
		}
	}
	return true
}

// hanNumeralWords are common words that hold a numeral but name no
// number.
var hanNumeralWords = []string{"十分", "百分", "千万", "万一", "万万", "万分", "万岁", "百姓", "四川", "九州", "三明治", "百度", "八卦", "七夕",
	"乱七八糟", "七上八下", "三心二意", "八成", "十足", "万年筆", "八百屋", "百货", "百貨", "十字", "三角", "四方", "八方"}

// hanCounters are the counters and units a Chinese or Japanese numeral
// stands before: 三本书, 五个人, 二十一日, 兩萬元, 三冊.
const hanCounters = "个個本只隻条條张張位名人次回年月日号號天岁歲元円块塊倍分秒点點时時周週家件部台辆輛架艘座所项項种種届屆期层層米公斤吨噸里度成半多余餘冊枚匹つ歳"

// countsAsHanNumber reports whether the Chinese or Japanese numeral at
// text[i:j] (a token of its own, as every character is) writes a number:
// beside another numeral or a figure, after 第 (an ordinal) or before a
// counter or unit (三本, 二十日, 五元), and not in a word that holds it
// (四川, 三明治, 十分 "very", 千万 "by all means").
func countsAsHanNumber(text string, i, j int) bool {
	for _, w := range hanNumeralWords {
		for k := strings.Index(w, text[i:j]); k >= 0; k = nextIndex(w, text[i:j], k) {
			if i-k >= 0 && strings.HasPrefix(text[i-k:], w) {
				return false
			}
		}
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	return before == '第' || hanNumeral(string(before)) || hanNumeral(string(after)) ||
		isASCIIDigit(byte(after)) && after < utf8.RuneSelf || strings.ContainsRune(hanCounters, after)
}

// nextIndex is the offset of the next occurrence of sub in w after offset k,
// or -1.
func nextIndex(w, sub string, k int) int {
	if n := strings.Index(w[k+len(sub):], sub); n >= 0 {
		return k + len(sub) + n
	}
	return -1
}
