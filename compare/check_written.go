// How a text writes the numbers a translation check compares, for a
// finding to show them as written.

package compare

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNumberWords is the most words readWrittenForms takes for one number:
// "twenty-one thousand five hundred and six" is seven.
const maxNumberWords = 8

// readWrittenForms maps each number text, in language lang, writes where
// not in figures alone to how it first writes it: a run of number words
// ("vingt et un", "trois"), or a figure and the scale words after it ("45
// millions", "1,5 Mrd."). It reads text once, whatever the numbers asked
// of it.
func readWrittenForms(text, lang string) map[string]string {
	forms := map[string]string{}
	add := func(n, as string) {
		if _, ok := forms[n]; !ok {
			forms[n] = as
		}
	}
	readInWords(text, lang, add)
	readScaled(text, lang, add)
	return forms
}

// readInWords calls add for each run of number words of text with the
// number it reads as: the longest run from a number word that reads as
// one number, ending at a word that changes its reading ("un" in "vingt
// et un"), not at the words after it.
func readInWords(text, lang string, add func(n, as string)) {
	var starts, ends []int
	forEachWord(text, func(i, j int) { starts, ends = append(starts, i), append(ends, j) })
	reads := func(k, m int) string {
		runs := numberWordRuns(text[starts[k]:ends[m]], lang)
		if len(runs) != 1 || runs[0].clock {
			return ""
		}
		return runs[0].String()
	}
	forEachHanNumber(text, func(i, j int, v int64) { add(strconv.FormatInt(v, 10), text[i:j]) })
	for k := 0; k < len(starts); k++ {
		if r, _ := utf8.DecodeRuneInString(text[starts[k]:]); unicode.Is(unicode.Han, r) {
			continue // a run of ideographs, whose numerals are read above
		}
		if len(numberWordRuns(text[starts[k]:ends[k]], lang)) == 0 {
			continue
		}
		for m := min(len(starts), k+maxNumberWords) - 1; m >= k; m-- {
			if r := reads(k, m); r != "" && (m == k || reads(k, m-1) != r) {
				add(r, text[starts[k]:ends[m]])
				k = m // the words of the run start no other
				break
			}
		}
	}
}

// readScaled calls add for each figure of text followed by scale words
// ("45 millions", "2 Mio.") with the numbers the check reads from them.
func readScaled(text, lang string, add func(n, as string)) {
	for i := 0; i < len(text); i++ {
		if !isASCIIDigit(text[i]) || i > 0 && (isASCIIDigit(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			continue
		}
		j := i
		for j < len(text) && (isASCIIDigit(text[j]) || (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isASCIIDigit(text[j+1])) {
			j++
		}
		if end := scaleWordsEnd(text, j); end > j {
			r := numberReader{s: text[i:end], extra: numberWordsIn(lang), lang: lang}
			r.read()
			nums, _ := r.numbers()
			for _, n := range nums {
				add(n, text[i:end])
			}
		}
		i = j
	}
}

// maxScaleAbbreviation is the longest abbreviated scale word, in letters,
// whose full stop readScaled takes with it ("Mrd.", "млн."): a word
// written out ("тысяч.", "juta.") ends a sentence.
const maxScaleAbbreviation = 3

// scaleWordsEnd is the end of the scale words (scaleWords: "millions",
// "Mrd.", "млн") that follow text[:j], a figure, after white space, or of
// the scale written onto it (attachedScales: "亿"); j where there are
// none.
func scaleWordsEnd(text string, j int) int {
	if sc, ok := attachedScaleAt(text[j:lettersEnd(text, j)]); ok {
		end := j + len(sc.word) // "2500亿美元": the scale written onto the words after it
		if next, ok := attachedScaleAt(text[end:lettersEnd(text, end)]); ok && next.zeros > sc.zeros {
			end += len(next.word) // "126万亿"
		}
		return end
	}
	end := j
	for k := j; ; {
		i := k
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r != ' ' && r != '\u00a0' && r != '\u202f' {
				break
			}
			i += size
		}
		if i == k || i >= len(text) {
			return end
		}
		w := lettersEnd(text, i)
		if w == i {
			return end
		}
		word := strings.ToLower(text[i:w])
		if _, ok := scaleWords()[word]; !ok {
			return end
		}
		if w < len(text) && text[w] == '.' && utf8.RuneCountInString(word) <= maxScaleAbbreviation {
			w++ // an abbreviated scale: "Mrd.", "млн."
		}
		end, k = w, w
	}
}
