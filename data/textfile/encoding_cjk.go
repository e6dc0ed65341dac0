package textfile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// East Asian multi-byte encodings the detector recognises.
const (
	EncShiftJIS = "shift_jis"
	EncEUCJP    = "euc-jp"
	EncEUCKR    = "euc-kr"
	EncGB18030  = "gb18030"
	EncBig5     = "big5"
)

// eastAsianSample is how much of a file the East Asian detector decodes.
const eastAsianSample = 64 << 10

// eastAsianLetters counts what a decoding of a sample gives.
type eastAsianLetters struct {
	runes, invalid      int // non-ASCII characters; of them U+FFFD (bytes the encoding rejects)
	spaces              int // ASCII spaces
	kana, hangul, top   int // hiragana and katakana, Hangul syllables, frequent Chinese characters
	topHangul           int // frequent Hangul syllables
	han, otherLetterish int // other Han characters; anything else non-ASCII
}

// Thresholds of detectEastAsian. The shares were set on the East Asian
// fixtures of TestDetectEncoding against Cyrillic in single-byte
// encodings; the short-text ones so that none of 20,000 random Russian
// phrases of one to five words (in CP1251 and KOI8-R) is taken for East
// Asian, as TestShortCyrillicIsNotEastAsian keeps.
const (
	// eastAsianReplacements: a decoding with more U+FFFD than one in
	// this many bytes (plus one) is plainly not the encoding.
	eastAsianReplacements = 400
	// eastAsianMinRunes is the fewest characters that tell an encoding.
	eastAsianMinRunes = 8
	// eastAsianInvalid: more than one undecodable character in this many
	// rules the encoding out.
	eastAsianInvalid = 200
	// eastAsianShort is the length below which a text must show
	// eastAsianStrong of its language's marks: a few Cyrillic words decode
	// cleanly by chance now and then, with a frequent character or two.
	eastAsianShort  = 32
	eastAsianStrong = 0.3
	// eastAsianSpacing: Chinese and Japanese put no spaces between words;
	// Cyrillic decoded as them has an ASCII space every few characters,
	// at least one in this many.
	eastAsianSpacing = 8
	// The least share of kana in Japanese, of Hangul and of frequent
	// syllables in Korean, and of frequent characters in Chinese.
	minKana, minHangul, minTopHangul, minTopChinese = 0.15, 0.4, 0.15, 0.2
	// minTopCount is the fewest frequent Chinese characters that count.
	minTopCount = 3
	// chineseBonus ranks a Chinese reading that passes above the others'
	// shares, which its own share is added to.
	chineseBonus = 0.5
)

// detectEastAsian names the East Asian encoding that b, which is neither
// UTF-8 nor UTF-16, is written in, or returns "". Each candidate decodes
// the first 64 KB; one that rejects bytes is out, and of the rest the
// decoding must read as the language: Japanese has many kana, Korean is
// mostly Hangul with its most frequent syllables (이, 다, 는…), and
// Chinese has its most frequent characters (的, 是, 在…)
// in a good part of the text, which a decoding in the wrong Chinese
// encoding, or of Cyrillic bytes, does not.
func detectEastAsian(b []byte) string {
	sample := b[:min(len(b), eastAsianSample)]
	cut := len(sample) < len(b)
	candidates := []struct {
		name string
		enc  encoding.Encoding
	}{
		{EncShiftJIS, japanese.ShiftJIS}, {EncEUCJP, japanese.EUCJP}, {EncEUCKR, korean.EUCKR},
		{EncGB18030, simplifiedchinese.GB18030}, {EncBig5, traditionalchinese.Big5},
	}
	sets := frequentSets{chinese: runeSet(frequentChinese), hangul: runeSet(frequentHangul)}
	best, bestScore := "", 0.0
	for _, c := range candidates {
		out, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil && !cut {
			continue
		}
		if strings.Count(string(out), "\uFFFD") > len(out)/eastAsianReplacements+1 {
			continue // plainly not this encoding: no need to classify every character
		}
		n := sets.count(string(out), cut)
		if n.runes < eastAsianMinRunes || n.invalid*eastAsianInvalid > n.runes {
			continue // too little to tell, or too much undecodable
		}
		r := float64(n.runes)
		strong := 0.0
		if n.runes < eastAsianShort {
			strong = eastAsianStrong
		}
		spaced := n.spaces*eastAsianSpacing >= n.runes
		var score float64
		switch c.name {
		case EncShiftJIS, EncEUCJP:
			if float64(n.kana) >= max(minKana, strong)*r && !spaced {
				score = float64(n.kana+n.han+n.top) / r
			}
		case EncEUCKR:
			if float64(n.hangul) >= minHangul*r && float64(n.topHangul) >= max(minTopHangul, strong)*r {
				score = float64(n.hangul+n.topHangul) / r
			}
		default:
			if n.top >= minTopCount && float64(n.top) >= max(minTopChinese, strong)*r && n.kana == 0 && n.hangul == 0 && !spaced {
				score = chineseBonus + float64(n.top)/r
			}
		}
		if score > bestScore {
			best, bestScore = c.name, score
		}
	}
	return best
}

// frequentSets are frequentChinese and frequentHangul as sets, made once
// per detection: looking each character up in the strings made the
// detector a third of the time of reading a Windows-1251 file.
type frequentSets struct{ chinese, hangul map[rune]bool }

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// count counts the non-ASCII characters of s by kind. A U+FFFD at the
// end of a cut sample is a character cut in two, not an error.
func (f frequentSets) count(s string, cut bool) eastAsianLetters {
	var n eastAsianLetters
	if cut {
		s = strings.TrimSuffix(s, "\uFFFD")
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r == ' ' {
				n.spaces++
			}
			continue
		}
		n.runes++
		switch {
		case r == utf8.RuneError:
			n.invalid++
		case r >= 0x3041 && r <= 0x30FF:
			// Hiragana and katakana, not the halfwidth katakana of
			// Shift_JIS's single bytes, which Cyrillic in KOI8-R decodes to.
			n.kana++
		case r >= 0xAC00 && r <= 0xD7A3:
			n.hangul++
			if f.hangul[r] {
				n.topHangul++
			}
		case f.chinese[r]:
			n.top++
		case unicode.Is(unicode.Han, r):
			n.han++
		default:
			n.otherLetterish++
		}
	}
	return n
}

// frequentChinese holds about 150 of the most frequent Chinese characters,
// in simplified and traditional forms: together they make some 40% of
// running Chinese text.
const frequentChinese = "的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出道也时時年" +
	"得就那要下以生会會自着去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于起还還发發成事只作当當" +
	"想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長样樣现現分将將外但身些与與" +
	"高意进進把法此实實回二理美点點月明其种種全工己话話者向情部正名定女问問力给給等很最新打位因重被走四第门" +
	"門相次东東政海口使教西再平真世气氣信北少关關并內内加化由却代军軍产產入先山五太水万萬市体體别別总總才场場"

// frequentHangul holds about 60 of the most frequent Hangul syllables,
// some 40% of running Korean text. A Korean decoding of Japanese or
// Chinese bytes gives Hangul too (CP949 takes most byte pairs), but rare
// syllables.
const frequentHangul = "이다는의에하고을가지한서기로리도사자대를으니정나시아수게인일들과적상해요구보어부주전만원제성장국" +
	"내그있없것위회우신경중년동여관되면않러라했었같우리까지마다르"
