package compare

import (
	"context"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lightWords stands for the word count of an untokenized paragraph unit:
// the weight of a few long paragraphs, so that an equal paragraph counts
// for much in the sentence alignment, as its words would.
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
	// word is a light sentence's key number: its paragraph's hash is its
	// one word in the word bags.
	word uint32
}

// document is a text prepared for comparison: paragraphs, sentences and
// comparable tokens with keys. The text itself is never changed.
type document struct {
	text  string
	paras []span
	sents []sentence
	toks  []token
	opts  Options // the options the keys were made with
	// turkic folds case as Turkish does (see keyer), as the keys were
	// made.
	turkic bool
	// keys numbers the distinct key hashes of toks while the document is
	// made; unifyKeys renumbers the documents compared together and
	// drops it.
	keys *keyNumbers
	// caseless maps a key's number to the number of its case-folded key
	// (the same where case was ignored, or where the key has no
	// capitals), one table shared by the documents compared together; nil
	// before unifyKeys. Word bags are made of these, so that a version in
	// capitals (a cable, a heading) pairs its sentences with the
	// original's, whose word diff then shows the case.
	caseless []uint32
	// inner counts, by key, the words that stand inside a sentence (not
	// first), made on first use (innerCount), by whichever of a pair's
	// parallel parts asks first.
	innerOnce sync.Once
	inner     []int32
	// facts caches, by key, what a word's letters alone say about it as a
	// number (see wordFacts), made on first use.
	factsOnce sync.Once
	facts     wordFacts
	// items counts the lines that open with a list's number closed by a
	// full stop ([0]) or a bracket ([1]), made on first use (itemLines).
	itemsOnce sync.Once
	items     [2]int
	// lang is the text's language as the comparison was given it (a BCP
	// 47 tag), or "".
	lang string
	// groupMark is lang's digit group mark (see groupMark), or 0.
	groupMark byte
}

// innerCount is how often the word of key k stands inside a sentence in
// d (not first, nor first on a line: a list's lines without full stops
// are read as one sentence, and a verse's lines are capitalised): a word
// capitalised there more often than in lower case has a capital of its
// own (a name, a German noun), not its sentence's.
func (d *document) innerCount(k uint32) int32 {
	d.innerOnce.Do(func() {
		top := uint32(0)
		for _, t := range d.toks {
			top = max(top, t.key)
		}
		d.inner = make([]int32, top+1)
		for _, t := range d.toks {
			if !t.opens() && !atLineStart(d.text, int(t.start)) {
				d.inner[t.key]++
			}
		}
	})
	if int(k) < len(d.inner) {
		return d.inner[k]
	}
	return 0
}

// atLineStart reports text[i] as the first on its line, after spaces.
func atLineStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n' || text[i-1] == '\r'
}

// keyNumbers gives each distinct key hash a number from 1, in the order
// first seen. It is an open-addressing table with Fibonacci hashing
// rather than a map, whose lookups cost more: it is asked once per
// token. A slot holds only a number (its hash is in hashes), so that the
// table of a large vocabulary stays in cache.
type keyNumbers struct {
	slots  []uint32 // numbers; 0 marks an empty slot
	shift  uint     // 64 - log2(len(slots))
	hashes []uint64 // hashes[n-1] is the hash numbered n
	// folds[n-1] is the hash of key n case-folded: hashes[n-1] where the
	// key has no capitals. Only a document's numbering keeps them (see
	// caseless).
	folds []uint64
}

// keyNumbersStart is the least first size of the table; it doubles when
// half full.
const keyNumbersStart = 1 << 10

// newKeyNumbers sizes the table for about tokens tokens. Their distinct
// keys are estimated by Heaps' law, about vocabularyFactor·√tokens (18 to
// 30 times the root in Anna Karenina's English and Text+Berg's German and
// French from 4,000 tokens up, Russian's word forms up to 55), so that the
// table seldom grows: each size it passes through is memory the process
// touches once more.
func newKeyNumbers(tokens int) *keyNumbers {
	size := keyNumbersStart
	for want := 2 * vocabularyFactor * int(math.Sqrt(float64(tokens))); size < want; {
		size *= 2
	}
	kn := &keyNumbers{}
	kn.resize(size)
	return kn
}

const vocabularyFactor = 32

func (kn *keyNumbers) resize(size int) {
	kn.slots = make([]uint32, size)
	kn.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for i, h := range kn.hashes {
		kn.slots[kn.slot(h)] = uint32(i + 1)
	}
}

// slot is where h is, or the empty slot where it goes.
func (kn *keyNumbers) slot(h uint64) int {
	mask := len(kn.slots) - 1
	s := int((h * goldenRatio64) >> kn.shift)
	for n := kn.slots[s]; n != 0 && kn.hashes[n-1] != h; n = kn.slots[s] {
		s = (s + 1) & mask
	}
	return s
}

// of returns h's number, numbering it if it is new (its fold taken to be
// h until the caller says otherwise).
func (kn *keyNumbers) of(h uint64) uint32 {
	s := kn.slot(h)
	if n := kn.slots[s]; n != 0 {
		return n
	}
	kn.hashes = append(kn.hashes, h)
	kn.folds = append(kn.folds, h)
	n := uint32(len(kn.hashes))
	kn.slots[s] = n
	if 2*len(kn.hashes) > len(kn.slots) {
		kn.resize(2 * len(kn.slots))
	}
	return n
}

// unifyKeys renumbers the keys of docs so that equal keys have one number
// in all of them: docs[first]'s numbers stay, and the others' keys take
// the next numbers, in document order, then in the order first seen.
// Documents are made in parallel with their own numbers (a shared map
// would need a lock per token); this pass is one lookup per distinct key
// and one per token.
func unifyKeys(docs []*document, first int) {
	all := docs[first].keys
	renumbers := make([][]uint32, len(docs))
	for v, d := range docs {
		if v == first || d.keys == nil {
			continue
		}
		renumber := make([]uint32, len(d.keys.hashes)+1)
		for i, h := range d.keys.hashes {
			renumber[i+1] = all.of(h)
		}
		renumbers[v] = renumber
		for i := range d.toks {
			d.toks[i].key = renumber[d.toks[i].key]
		}
		for i := range d.sents {
			if d.sents[i].light {
				d.sents[i].word = renumber[d.sents[i].word]
			}
		}
	}
	caseless := caselessNumbers(docs, renumbers, all)
	for _, d := range docs {
		d.keys, d.caseless = nil, caseless
	}
}

// caselessNumbers returns, for each number of all, the number of its key
// case-folded: a number of all as well, new where the folded key occurs
// nowhere (NATO's "nato"). renumbers[v] maps docs[v]'s numbers to all's,
// nil for the document all is.
func caselessNumbers(docs []*document, renumbers [][]uint32, all *keyNumbers) []uint32 {
	if all == nil {
		return nil
	}
	known := len(all.hashes) // all grows below, with the folded keys it lacks
	caseless := make([]uint32, known+1)
	for n := range caseless {
		caseless[n] = uint32(n) // a key without capitals is its own
	}
	for v, d := range docs {
		if d.keys == nil {
			continue
		}
		for i, fold := range d.keys.folds[:min(len(d.keys.folds), known)] {
			if fold == d.keys.hashes[i] {
				continue
			}
			n := uint32(i + 1)
			if renumbers[v] != nil {
				n = renumbers[v][n]
			}
			caseless[n] = all.of(fold)
		}
	}
	// The numbers made for folded keys are theirs.
	for n := len(caseless); n <= len(all.hashes); n++ {
		caseless = append(caseless, uint32(n))
	}
	return caseless
}

// newDocument segments and tokenizes text. Tokens whose key is empty
// (invisible characters, or punctuation when it is ignored) are left out of
// the comparison; differences in them surface as trivial changes.
//
// pp are text's paragraphs as the prefilter found them; light ones are
// identical in every version and each becomes a single untokenized unit
// whose hash is the paragraph's raw hash.
func newDocument(ctx context.Context, text string, pp paragraphs, opts Options, turkic bool) *document {
	k := newKeyer(opts, turkic)
	light := pp.light
	d := &document{text: text, paras: pp.spans, opts: opts, turkic: turkic}
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
	d.sents = make([]sentence, 0, sentenceRoom(text, d.paras, light)+len(d.paras)+1)
	d.keys = newKeyNumbers(cap(d.toks))
	var raw []rawToken
	for pi, p := range d.paras {
		if pi%paragraphsPerCtxCheck == 0 && ctx.Err() != nil {
			break // the caller sees ctx cancelled and drops d
		}
		if light != nil && light[pi] {
			d.sents = append(d.sents, sentence{start: p.start, end: p.end, tokLo: len(d.toks), tokHi: len(d.toks),
				hash: pp.hashes[pi], para: pi, paraStart: true, light: true, word: d.keys.of(pp.hashes[pi])})
			continue
		}
		raw = d.addParagraph(k, raw, p, pi, tokenWindow)
	}
	d.toks, d.sents = clipped(d.toks), clipped(d.sents)
	return d
}

// paragraphsPerCtxCheck is how many paragraphs newDocument reads between
// looks at its context; a paragraph of prose takes some microseconds.
const paragraphsPerCtxCheck = 256

// addParagraph adds the sentences and tokens of paragraph pi, p, and
// returns raw, the buffer of raw tokens, for the next.
func (d *document) addParagraph(k *keyer, raw []rawToken, p span, pi, window int) []rawToken {
	first := true
	return eachSentence(d.text, p, window, raw, func(toks []rawToken) {
		d.addSentence(k, toks, pi, first)
		first = false
	})
}

// eachSentence calls f with the raw tokens of each sentence of paragraph
// p of text, in order, and returns raw, the buffer of raw tokens, for the
// next paragraph. A paragraph of megabytes (a text whose lines are its
// paragraphs, with no blank line between) is read window bytes at a time,
// so that its raw tokens are not all held at once: a window's last
// sentence may go on past it, so the next window starts there.
func eachSentence(text string, p span, window int, raw []rawToken, f func(toks []rawToken)) []rawToken {
	for from := p.start; from < p.end; {
		to := windowEnd(text, from, p.end, window)
		raw = scanTokens(text, from, to, slices.Grow(raw[:0], (to-from)/rawTokenBytes))
		spans := sentenceSpans(text, raw)
		next := to
		if to < p.end && len(spans) > 1 {
			// The last sentence as found, before a long one is cut: its
			// pieces are cut again from its start in the next window.
			last := spans[len(spans)-1]
			spans, next = spans[:len(spans)-1], int(raw[last[0]].start)
		}
		for _, r := range cutLongSentences(text, raw, spans) {
			f(raw[r[0]:r[1]])
		}
		from = next
	}
	return raw
}

// sentenceStarts returns where d's sentences start, but for light
// paragraphs, which are one unit each.
func (d *document) sentenceStarts() []int {
	out := make([]int, 0, len(d.sents))
	for _, s := range d.sents {
		if !s.light {
			out = append(out, s.start)
		}
	}
	return out
}

// tokenWindow is how much of a long paragraph newDocument reads at a
// time: about 250,000 raw tokens of 12 bytes. It must be some times
// maxSentenceBytes: a window with no sentence end is cut at its line
// breaks as one sentence, which only a sentence longer than that is.
const tokenWindow = 1 << 20

// windowEnd returns where the window of a paragraph's text that starts at
// from ends: at end, or at the first line break (else space) window bytes
// on, where no token goes on across.
func windowEnd(text string, from, end, window int) int {
	if end-from <= 2*window {
		return end
	}
	rest := text[from+window : end]
	if i := strings.IndexByte(rest, '\n'); i >= 0 && i < window {
		return from + window + i + 1
	}
	for i := 1; i < min(len(rest), window); i++ {
		if rest[i] == ' ' && rest[i-1] != '.' { // not inside ". . ."
			return from + window + i + 1
		}
	}
	return end
}

// rawTokenBytes is fewer bytes than a token takes with its space in most
// text (about 5 in English and Russian prose, 6 in a word list), so that
// the tokens of a long paragraph seldom outgrow the room made for them.
const rawTokenBytes = 4

// sentenceRoom estimates the sentences of the paragraphs to tokenize:
// about one per 100 bytes of prose, but a paragraph longer than
// maxSentenceBytes may be cut at each of its line breaks (a list, verse, a
// column of figures: a sentence a line), so there its line breaks count.
// Growing an array of a million sentences by appending copies it a dozen
// times over.
func sentenceRoom(text string, paras []span, light []bool) int {
	n := 0
	for pi, p := range paras {
		if light != nil && light[pi] {
			continue
		}
		size := p.end - p.start
		if size > maxSentenceBytes {
			n += max(size/100, strings.Count(text[p.start:p.end], "\n")+1)
		} else {
			n += size / 100
		}
	}
	return n
}

// clipped returns s, or a copy without its spare capacity when that is
// more than 1/clipShare of its length and clipLeast elements. The room
// newDocument reserves is an estimate kept generous (growing an array of
// millions of tokens copies it); a copy made now, while the comparison
// holds little else, costs less than the room held to its end. Below
// clipLeast (a megabyte of tokens or so) the copy would cost more memory
// than it gives back: the collector leaves a small input's garbage be.
func clipped[S ~[]E, E any](s S) S {
	if spare := cap(s) - len(s); spare > len(s)/clipShare && spare > clipLeast {
		return slices.Clone(s)
	}
	return s
}

const (
	clipShare = 8
	clipLeast = 1 << 16
)

// addSentence appends the sentence of raw tokens raw, in paragraph pi,
// with its comparable tokens and their hash.
func (d *document) addSentence(k *keyer, raw []rawToken, pi int, paraStart bool) {
	text, opts := d.text, d.opts
	s := sentence{
		start: int(raw[0].start), end: int(raw[len(raw)-1].end),
		tokLo: len(d.toks), para: pi, paraStart: paraStart,
	}
	h := uint64(fnvOffset)
	opening := true      // the next word opens the sentence (or a clause after ":")
	markerOpens := false // the token before opened the sentence as a list's marker may
	for j, rt := range raw {
		tok := text[rt.start:rt.end]
		if rt.plain == plainNone && invisibleOnly(tok) {
			continue // no content: neither a word nor a boundary
		}
		if rt.class == classWord && tabbedRowStart(text, int(rt.start)) {
			opening = true // a table's row, its cells parted by tabs (Markdown's and HTML's tables read so)
		}
		opens := opening && rt.class == classWord
		before := opening
		// The full stop of an abbreviation or an initial right before a
		// word ("Mr. John Parker") leaves that word no sentence's first;
		// a quote after the stop ("can't.' 'Never") is dialogue.
		if !(j+1 < len(raw) && raw[j+1].class == classWord && isAbbreviation(text, raw, -1, j, j+1)) {
			opening = stillOpening(text, rt, opening)
		}
		// A list's marker closed by a bracket, where a sentence opens
		// ("(4) Payment is due", "a) Rent", "(iv) Housing"), leaves the
		// next word its first, as a clause's number ("1.2.3 Scope") and
		// the bar that opens a table's row do.
		if markerOpens && tok == ")" && raw[j-1].end == rt.start {
			opening = true
		}
		if before && rt.class == classNumber && clauseNumber(tok) || tok == "|" && atLineStart(text, int(rt.start)) {
			opening = true // a table's row opens as a sentence does, its later cells not
		}
		markerOpens = before && (isListMarker(text, rt) || romanMarker(tok))
		if rt.class == classPunct && opts.IgnorePunctuation && isPunctuation(tok) {
			continue
		}
		var kh uint64
		if rt.plain == plainASCII || rt.plain == plainCaseless || rt.plain == plainSimple && !opts.IgnoreCase {
			kh = k.hashPlain(tok)
		} else if kh = k.hash(tok); kh == 0 {
			continue
		}
		known := len(d.keys.hashes)
		t := token{start: rt.start, size: uint16(rt.end - rt.start), key: d.keys.of(kh), class: rt.class}
		if int(t.key) > known && !opts.IgnoreCase {
			d.keys.folds[t.key-1] = k.caselessHash(tok, rt, kh)
		}
		if opens {
			t.flags |= flagOpens
		}
		if startsUpper(text, rt) {
			t.flags |= flagUpper
		}
		d.toks = append(d.toks, t)
		h = (h ^ kh) * fnvPrime
		h ^= h >> 29
	}
	s.tokHi = len(d.toks)
	s.hash = h
	d.sents = append(d.sents, s)
}

// clauseNumber reports a clause's number of several levels, "1.2" or
// "1.2.3", each of one or two figures: not a date ("21.06.2024") nor a
// time, which an agenda's line opens with before a name ("10.30",
// "9.15": clockAt's, minutes a multiple of five; "3.12" and "11.12" are
// clauses, as a contract numbers them far more often than a live blog
// stamps "14.37").
func clauseNumber(tok string) bool {
	if strings.IndexByte(tok, '.') < 0 {
		return false // most numbers opening a sentence, before a split
	}
	if c := clockAt(tok, 0); c.ok && c.end == len(tok) && (c.minutes[1] == '0' || c.minutes[1] == '5') {
		return false
	}
	levels := strings.Split(tok, ".")
	if len(levels) < 2 {
		return false
	}
	for _, l := range levels {
		if l == "" || len(l) > 2 || strings.Trim(l, "0123456789") != "" {
			return false
		}
	}
	return true
}

// tabbedRowStart reports a word at a line's start, text[i:], on a line
// whose cells tabs part, beside another such line: a table's row (a tab
// in a line of prose, or at its end, makes none).
func tabbedRowStart(text string, i int) bool {
	if !atLineStart(text, i) || !tabbedLine(text, i) {
		return false
	}
	start := strings.LastIndexByte(text[:i], '\n') // the line's start is past it
	if start > 0 && tabbedLine(text, strings.LastIndexByte(text[:start], '\n')+1) {
		return true
	}
	end := strings.IndexByte(text[i:], '\n')
	return end >= 0 && tabbedLine(text, i+end+1)
}

// tabbedLine reports whether the line of text that starts at i holds a
// tab between its cells, not at its end.
func tabbedLine(text string, i int) bool {
	line := text[i:]
	if end := strings.IndexByte(line, '\n'); end >= 0 {
		line = line[:end]
	}
	return strings.IndexByte(strings.TrimRight(line, " \t\r"), '\t') > 0
}

// romanMarker reports a list's marker in small Roman numerals, i to
// xxxix, as "(iv)" and "iv)" number items.
func romanMarker(tok string) bool {
	if tok == "i" || tok == "v" || tok == "x" {
		return true // romanNumber reads two letters and more
	}
	n := romanNumber(strings.ToUpper(tok))
	return n > 0 && n < 40 && strings.ToLower(tok) == tok
}

// caselessHash is the hash of tok's key case-folded, given kh, the hash of
// its key: kh itself where tok has no capitals. It is asked once per
// distinct key, of a keyer that keeps case.
func (k *keyer) caselessHash(tok string, rt rawToken, kh uint64) uint64 {
	switch rt.plain {
	case plainCaseless:
		return kh
	case plainASCII:
		if strings.IndexFunc(tok, func(r rune) bool { return 'A' <= r && r <= 'Z' }) < 0 {
			return kh
		}
	default:
		if !strings.ContainsFunc(tok, unicode.IsUpper) {
			return kh
		}
	}
	if k.caseless == nil {
		k.caseless = &keyer{ignoreCase: true, turkic: k.turkic, hebrewPoints: k.hebrewPoints}
	}
	if rt.plain == plainASCII {
		return k.caseless.hashPlain(tok)
	}
	if h := k.caseless.hash(tok); h != 0 {
		return h
	}
	return kh
}

// startsUpper reports a token that starts with an upper-case letter,
// without Unicode's tables for ASCII and Russian letters.
func startsUpper(text string, rt rawToken) bool {
	if c := text[rt.start]; c < 0x80 {
		return 'A' <= c && c <= 'Z'
	} else if r, _ := decodeRune(text, int(rt.start), int(rt.end)); isSimpleLetter(r) {
		return r <= 0x42F // А-Я
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
// sentence: quotes, dashes, brackets, Spanish ¿ and ¡, symbols and
// invisible characters keep the state; a sentence end or a colon opens
// anew (addSentence keeps the state past the full stop of an
// abbreviation); anything else closes it.
func stillOpening(text string, t rawToken, opening bool) bool {
	if t.class != classPunct {
		return false
	}
	if c := text[t.start]; c < utf8.RuneSelf { // the same answers, without decoding
		switch c {
		case '.', '!', '?', ':':
			return true
		case '"', '\'', '`', '-', '(', '[', '*', '+', '#', '>', '|':
			return opening // and Markdown's bullets, headings, quotes and a table's first bar
		}
		return false
	}
	r := firstRune(text[t.start:t.end])
	switch {
	case r == '.' || r == '!' || r == '?' || r == '…' || r == ':':
		return true
	case r == '¿' || r == '¡' || isQuote(r) || isDash(r) || r == '(' || r == '[' || isBullet(r) || unicode.Is(unicode.So, r) || isInvisible(r):
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

// indexOf returns the index of token t in d.toks, and whether t is one of
// d's tokens.
func (d *document) indexOf(t token) (int, bool) {
	i := d.tokenFrom(int(t.start))
	return i, i < len(d.toks) && d.toks[i].start == t.start
}

// sentenceHolding returns the index in d.toks of the first token of ts,
// a run of d's tokens, and the sentence that holds that token; ok is
// false for an empty run.
func (d *document) sentenceHolding(ts []token) (lo, i int, ok bool) {
	if len(ts) == 0 {
		return 0, 0, false
	}
	lo = d.tokenFrom(int(ts[0].start))
	i = sort.Search(len(d.sents), func(k int) bool { return d.sents[k].tokHi > lo })
	return lo, i, i < len(d.sents)
}

// firstOfSentence reports whether token k of d is its sentence's first.
func (d *document) firstOfSentence(k int) bool {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].tokHi > k })
	return i < len(d.sents) && d.sents[i].tokLo == k
}

// wholeSentence returns the index of the sentence whose tokens are ts,
// a run of d's tokens, if they make one whole.
func (d *document) wholeSentence(ts []token) (int, bool) {
	lo, i, ok := d.sentenceHolding(ts)
	if !ok || d.sents[i].tokLo != lo || d.sents[i].tokHi != lo+len(ts) {
		return 0, false
	}
	return i, true
}

// pieceAfterStop reports whether ts, a run of d's tokens, starts inside a
// sentence right after a full stop: a piece that an editor cut at an
// abbreviation the engine reads through ("inż. | Aleksandra
// Bobkowskiego.").
func (d *document) pieceAfterStop(ts []token) bool {
	lo, i, ok := d.sentenceHolding(ts)
	return ok && lo > 0 && d.text[d.toks[lo-1].start:d.toks[lo-1].end()] == "." && d.sents[i].tokLo < lo
}

// looseSentence reports whether ts, a run of d's tokens, is a sentence
// whole or the end of one from a full stop inside it (pieceAfterStop).
func (d *document) looseSentence(ts []token) bool {
	lo, i, ok := d.sentenceHolding(ts)
	return ok && d.sents[i].tokHi == lo+len(ts) && (d.sents[i].tokLo == lo || d.pieceAfterStop(ts))
}

// stopInside reports whether one of d's sentences ends among ts, a run
// of d's tokens, before the last.
func (d *document) stopInside(ts []token) bool {
	lo, i, ok := d.sentenceHolding(ts)
	return ok && len(ts) >= 2 && d.sents[i].tokHi < lo+len(ts)
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
