package compare

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lightWords stands for the word count of an untokenized paragraph unit.
const lightWords = 1000

// sentence is one sentence of a document: its byte span, its comparable
// tokens in document.toks and the hash of their keys.
type sentence struct {
	start, end   int
	tokLo, tokHi int // comparable tokens toks[tokLo:tokHi]
	hash         uint64
	para         int  // paragraph index
	paraStart    bool // first sentence of its paragraph
	// light marks a whole paragraph left untokenized by the prefilter
	// because it is identical in every version.
	light bool
}

// document is a text prepared for comparison: paragraphs, sentences and
// comparable tokens with keys. The text itself is never changed.
type document struct {
	text  string
	paras []span
	sents []sentence
	toks  []token
	opts  Options // the options the keys were made with
}

// newDocument segments and tokenizes text. Tokens whose key is empty
// (invisible characters, or punctuation when it is ignored) are left out of
// the comparison; differences in them surface as trivial changes.
//
// pp are text's paragraphs as the prefilter found them; light ones are
// identical in every version and each becomes a single untokenized unit
// whose hash is the paragraph's raw hash.
func newDocument(text string, pp paragraphs, opts Options) *document {
	k := newKeyer(opts)
	light := pp.light
	d := &document{text: text, paras: pp.spans, opts: opts}
	// Room for the tokens of the paragraphs to tokenize: about 1.25 per
	// space in English and Russian prose, so 1.5 per space rarely grows
	// (counting spaces is a fast byte search), but never more than one
	// per three bytes, for text padded with spaces (tables, indents).
	// Text with few spaces (Chinese, Japanese: a token per character of
	// three bytes) gets the one per three bytes.
	heavy, spaces := 0, 0
	for pi, p := range d.paras {
		if light == nil || !light[pi] {
			heavy += p.end - p.start
			spaces += strings.Count(text[p.start:p.end], " ")
		}
	}
	room := spaces * 3 / 2
	if spaces < heavy/32 {
		room = heavy / 3
	}
	d.toks = make([]token, 0, min(room, heavy/3)+len(d.paras)+16)
	d.sents = make([]sentence, 0, heavy/100+len(d.paras)+1)
	var raw []rawToken
	for pi, p := range d.paras {
		if light != nil && light[pi] {
			d.sents = append(d.sents, sentence{start: p.start, end: p.end, tokLo: len(d.toks), tokHi: len(d.toks),
				hash: pp.hashes[pi], para: pi, paraStart: true, light: true})
			continue
		}
		raw = scanTokens(text, p.start, p.end, raw[:0])
		for si, r := range splitSentences(text, raw) {
			d.addSentence(k, raw[r[0]:r[1]], pi, si == 0)
		}
	}
	return d
}

// addSentence appends the sentence of raw tokens raw, in paragraph pi,
// with its comparable tokens and their hash.
func (d *document) addSentence(k *keyer, raw []rawToken, pi int, paraStart bool) {
	text, opts := d.text, d.opts
	s := sentence{
		start: raw[0].start, end: raw[len(raw)-1].end,
		tokLo: len(d.toks), para: pi, paraStart: paraStart,
	}
	h := uint64(fnvOffset)
	opening := true // the next word opens the sentence (or a clause after ":")
	for _, rt := range raw {
		tok := text[rt.start:rt.end]
		if rt.plain == plainNone && invisibleOnly(tok) {
			continue // no content: neither a word nor a boundary
		}
		opens := opening && rt.class == classWord
		opening = stillOpening(text, rt, opening)
		if rt.class == classPunct && opts.IgnorePunctuation && isPunctuation(tok) {
			continue
		}
		var kh uint64
		if rt.plain == plainASCII || rt.plain == plainCaseless || rt.plain == plainSimple && !opts.IgnoreCase {
			kh = k.hashPlain(tok)
		} else if kh = k.hash(tok); kh == 0 {
			continue
		}
		t := token{start: int32(rt.start), size: uint16(rt.end - rt.start), key: kh, class: rt.class}
		if opens {
			t.flags |= flagOpens
		}
		if startsUpper(text, rt) {
			t.flags |= flagUpper
		}
		d.toks = append(d.toks, t)
		h = (h ^ t.key) * fnvPrime
		h ^= h >> 29
	}
	s.tokHi = len(d.toks)
	s.hash = h
	d.sents = append(d.sents, s)
}

// startsUpper reports a token that starts with an upper-case letter,
// without Unicode's tables for ASCII and Russian letters.
func startsUpper(text string, rt rawToken) bool {
	if c := text[rt.start]; c < 0x80 {
		return 'A' <= c && c <= 'Z'
	} else if r, _ := decodeRune(text, rt.start, rt.end); isSimpleLetter(r) {
		return r <= 0x42F // А-Я and Ё
	}
	return unicode.IsUpper(firstRune(text[rt.start:rt.end]))
}

// invisibleOnly reports a token of invisible characters and combining
// marks only (a stray variation selector), which has an empty key.
func invisibleOnly(tok string) bool {
	if tok == "" || tok[0] < utf8.RuneSelf {
		return tok == "" // an ASCII character is never invisible
	}
	return strings.TrimFunc(tok, func(r rune) bool { return isInvisible(r) || unicode.Is(unicode.Mn, r) }) == ""
}

// stillOpening says whether the word after token t still opens its
// sentence: quotes, dashes, brackets, symbols and invisible characters
// keep the state; a sentence end or a colon opens anew; anything else
// closes it.
func stillOpening(text string, t rawToken, opening bool) bool {
	if t.class != classPunct {
		return false
	}
	if c := text[t.start]; c < utf8.RuneSelf { // the same answers, without decoding
		switch c {
		case '.', '!', '?', ':':
			return true
		case '"', '\'', '`', '-', '(', '[':
			return opening
		}
		return false
	}
	r := firstRune(text[t.start:t.end])
	switch {
	case r == '.' || r == '!' || r == '?' || r == '…' || r == ':':
		return true
	case isQuote(r) || isDash(r) || r == '(' || r == '[' || unicode.Is(unicode.So, r) || isInvisible(r):
		return opening
	}
	return false
}

// sentToks returns the comparable tokens of sentences [lo, hi).
func (d *document) sentToks(lo, hi int) []token {
	if lo >= hi {
		return nil
	}
	return d.toks[d.sents[lo].tokLo:d.sents[hi-1].tokHi]
}

// tokenFrom returns the index of the first comparable token that starts
// at or after byte pos (len(d.toks) when none does). Tokens are in text
// order and do not overlap.
func (d *document) tokenFrom(pos int) int {
	return sort.Search(len(d.toks), func(k int) bool { return int(d.toks[k].start) >= pos })
}

// tokenStartingAt returns the token that starts at byte pos, if any.
func (d *document) tokenStartingAt(pos int) (token, bool) {
	if i := d.tokenFrom(pos); i < len(d.toks) && int(d.toks[i].start) == pos {
		return d.toks[i], true
	}
	return token{}, false
}

// tokenEndingAt returns the token that ends at byte pos, if any: the last
// one starting before pos.
func (d *document) tokenEndingAt(pos int) (token, bool) {
	if i := d.tokenFrom(pos) - 1; i >= 0 && int(d.toks[i].end()) == pos {
		return d.toks[i], true
	}
	return token{}, false
}

// tokensIn returns the comparable tokens that lie inside [start, end).
func (d *document) tokensIn(start, end int) []token {
	lo := d.tokenFrom(start)
	hi := lo
	for hi < len(d.toks) && int(d.toks[hi].end()) <= end {
		hi++
	}
	return d.toks[lo:hi]
}

// wordCount is the number of word and number tokens in sentence i.
func (d *document) wordCount(i int) int {
	if d.sents[i].light {
		return lightWords
	}
	n := 0
	for _, t := range d.toks[d.sents[i].tokLo:d.sents[i].tokHi] {
		if t.class != classPunct {
			n++
		}
	}
	return n
}

// isPunctuation reports a token made of punctuation marks only (Unicode P,
// plus invisible characters): what --ignore-punctuation drops. Currency,
// mathematical and other symbols ($, €, +) and signs such as % and № carry
// meaning and stay.
func isPunctuation(tok string) bool {
	for _, r := range tok {
		switch r {
		case '%', '‰', '‱', '#', '&', '@', '§', '№', '†':
			return false // Unicode calls these punctuation; they carry meaning
		}
		if !unicode.IsPunct(r) && !isInvisible(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}
