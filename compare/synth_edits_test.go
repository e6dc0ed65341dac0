package compare

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The edits the synthetic revision pairs are made of (see synth_test.go).
// Each changes B, the copy of the document that is revised, and marks in A
// what the gold counts as changed or moved. They take sentence s, the
// i-th of paragraph p of B, and a, its source in A.

// edit applies one random edit to B and marks what changed in A and B.
// Each edit draws from the random stream only as it needs, so that a seed
// always gives the same pair. The mix follows the public eval's gold
// (../shared/eval/revisions: of 363 edits, 20% replaced words, 18%
// deleted and 18% inserted text, 12% moves, 11% case, 9% rewraps, 9%
// merged paragraphs), with rarer kinds of its own.
func (d *synthDoc) edit() {
	p, i, s := d.pick()
	if s == nil {
		return
	}
	a := d.aSent(s.id)
	// Weights in twentieths; a pair of kinds shares one twentieth.
	type edit func(d *synthDoc, p *synthPara, i int, s, a *synthSent)
	either := func(x, y edit) edit {
		return func(d *synthDoc, p *synthPara, i int, s, a *synthSent) {
			if d.rng.IntN(2) == 0 {
				x(d, p, i, s, a)
			} else {
				y(d, p, i, s, a)
			}
		}
	}
	mix := []struct {
		weight int
		do     edit
	}{
		{4, (*synthDoc).replaceWord},
		{2, (*synthDoc).changeCase},
		{2, (*synthDoc).insertWords},
		{1, (*synthDoc).deleteWord},
		{2, (*synthDoc).deleteSentence},
		{1, (*synthDoc).insertSentence},
		{1, (*synthDoc).moveWholeSentence},
		{1, (*synthDoc).moveEditedSentence},
		{1, either((*synthDoc).moveParagraph, (*synthDoc).changeSentenceEnd)},
		{2, (*synthDoc).restructure},
		{1, (*synthDoc).typography},
		{1, (*synthDoc).splitAtComma},
		{1, either((*synthDoc).changeNumber, (*synthDoc).addOrDropComma)},
	}
	k := d.rng.IntN(20)
	for _, m := range mix {
		if k < m.weight {
			m.do(d, p, i, s, a)
			return
		}
		k -= m.weight
	}
}

// replaceWord: replace a word.
func (d *synthDoc) replaceWord(p *synthPara, i int, s, a *synthSent) {
	if k := d.wordAt(s, false); k >= 0 {
		w := caseLike(d.vocab[d.rng.IntN(len(d.vocab))], s.words[k].text)
		if strings.EqualFold(w, s.words[k].text) {
			return
		}
		d.edits = append(d.edits, fmt.Sprintf("replace %q -> %q", s.words[k].text, w))
		s.words[k] = synthWord{text: w, changed: true}
		a.words[k].changed = true
		s.touched = true
	}
}

// changeCase: change the case of a word.
func (d *synthDoc) changeCase(p *synthPara, i int, s, a *synthSent) {
	if k := d.wordAt(s, true); k >= 0 {
		w := s.words[k].text
		r, size := utf8.DecodeRuneInString(w)
		s.words[k] = synthWord{text: string(unicode.ToUpper(r)) + w[size:], changed: true}
		a.words[k].changed = true
		s.touched = true
		d.edits = append(d.edits, "case "+w)
	}
}

// insertWords: insert words.
func (d *synthDoc) insertWords(p *synthPara, i int, s, a *synthSent) {
	k := 1 + d.rng.IntN(len(s.words)-1)
	n := 1 + d.rng.IntN(3)
	var ins []synthWord
	for range n {
		ins = append(ins, synthWord{text: d.vocab[d.rng.IntN(len(d.vocab))], changed: true})
	}
	s.words = append(s.words[:k], append(ins, s.words[k:]...)...)
	// Keep A's words parallel: B's words after k moved by n.
	s.touched = true
	s.id = -1 - s.id // word positions no longer parallel: no more word edits here
	d.edits = append(d.edits, "insert words")
}

// deleteWord: delete a word.
func (d *synthDoc) deleteWord(p *synthPara, i int, s, a *synthSent) {
	if k := d.wordAt(s, false); k >= 0 && len(s.words) > 5 {
		d.edits = append(d.edits, "delete "+s.words[k].text)
		s.words = append(s.words[:k], s.words[k+1:]...)
		a.words[k].changed = true
		s.touched = true
		s.id = -1 - s.id
	}
}

// deleteSentence: delete the sentence.
func (d *synthDoc) deleteSentence(p *synthPara, i int, s, a *synthSent) {
	if len(p.sents) < 2 {
		return
	}
	p.sents = append(p.sents[:i], p.sents[i+1:]...)
	a.whole = true
	d.edits = append(d.edits, "delete sentence")
}

// insertSentence: insert a sentence from elsewhere.
func (d *synthDoc) insertSentence(p *synthPara, i int, s, a *synthSent) {
	if len(d.spare) == 0 {
		return
	}
	ws := d.spare[0]
	d.spare = d.spare[1:]
	for k := range ws {
		ws[k].changed = true
	}
	ns := &synthSent{id: -1 << 20, words: ws, whole: true}
	p.sents = append(p.sents[:i], append([]*synthSent{ns}, p.sents[i:]...)...)
	d.edits = append(d.edits, "insert sentence")
}

// moveWholeSentence: move the sentence at least two paragraphs away.
func (d *synthDoc) moveWholeSentence(p *synthPara, i int, s, a *synthSent) {
	if !endsSentence(s) || !unicode.IsUpper(firstRune(s.words[0].text)) {
		return // a fragment ("... puissant:") is no sentence to move
	}
	if d.moveSentence(p, i, s) {
		a.moved = true
		d.edits = append(d.edits, "move sentence")
	}
}

// changeSentenceEnd: a sentence end changed: "word." becomes "word;".
func (d *synthDoc) changeSentenceEnd(p *synthPara, i int, s, a *synthSent) {
	last := &s.words[len(s.words)-1]
	if !strings.HasSuffix(last.text, ".") || i == len(p.sents)-1 || !isLetters(strings.TrimSuffix(last.text, ".")) {
		return
	}
	next := p.sents[i+1]
	if next.moved || next.whole || next.id < 0 || d.movedBetween(s.id, next.id) {
		return // the engine cannot join sentences that a move separates
	}
	next.touched = true // joined to this one now: keep it in place
	last.text = strings.TrimSuffix(last.text, ".") + ";"
	last.changed = true
	a.words[len(a.words)-1].changed = true
	s.touched = true
	d.edits = append(d.edits, "punct")
}

// moveEditedSentence: move the sentence and reword it.
func (d *synthDoc) moveEditedSentence(p *synthPara, i int, s, a *synthSent) {
	if !endsSentence(s) || !unicode.IsUpper(firstRune(s.words[0].text)) || len(s.words) < 8 {
		return
	}
	k := d.wordAt(s, false)
	if k < 0 {
		return
	}
	w := caseLike(d.vocab[d.rng.IntN(len(d.vocab))], s.words[k].text)
	if strings.EqualFold(w, s.words[k].text) {
		return
	}
	old := s.words[k]
	s.words[k] = synthWord{text: w, changed: true}
	if !d.moveSentence(p, i, s) {
		s.words[k] = old
		return
	}
	a.words[k].changed = true
	a.moved = true
	d.edits = append(d.edits, "move edited sentence")
}

// typography: typography only: a no-break space, a dash, quotes.
func (d *synthDoc) typography(p *synthPara, i int, s, a *synthSent) {
	k := 1 + d.rng.IntN(len(s.words)-1)
	w := &s.words[k]
	switch {
	case w.text == "-" || w.text == "--":
		w.text = "–"
	case strings.ContainsAny(w.text, "«»„“”\""):
		w.text = strings.NewReplacer("«", "\"", "»", "\"", "„", "\"", "“", "\"", "”", "\"", "\"", "“").Replace(w.text)
	default:
		w.sep = "\u00a0"
	}
	d.edits = append(d.edits, "typography")
}

// moveParagraph: move a whole untouched paragraph over more than twice its sentences.
func (d *synthDoc) moveParagraph(p *synthPara, i int, s, a *synthSent) {
	pi := d.paraIndex(p)
	if len(p.sents) < 2 || len(d.b) < 6 {
		return
	}
	for _, x := range p.sents {
		if x.id < 0 || x.moved || x.touched || x.whole || !endsSentence(x) {
			return
		}
	}
	t := d.rng.IntN(len(d.b))
	between := 0
	for u := min(t, pi) + 1; u < max(t, pi); u++ {
		between += len(d.b[u].sents)
	}
	if t > pi-3 && t < pi+3 || between < 2*len(p.sents)+2 {
		return // what it jumps over must be the larger block
	}
	for u := min(t, pi) + 1; u < max(t, pi); u++ {
		for _, x := range d.b[u].sents {
			x.touched = true // and must stay so: no later move or deletion
		}
	}
	d.b = append(d.b[:pi], d.b[pi+1:]...)
	if t > pi {
		t--
	}
	d.b = append(d.b[:t], append([]*synthPara{p}, d.b[t:]...)...)
	for _, x := range p.sents {
		x.moved = true
		d.aSent(x.id).moved = true
	}
	d.edits = append(d.edits, "move paragraph")
}

// splitAtComma: split the sentence at a comma: "word, next" -> "word. Next".
// The word after the comma keeps its place and its letters: only its
// capital changes, which is the new sentence's, not the word's (people
// who mark edits leave it unmarked), so it is no edit.
func (d *synthDoc) splitAtComma(p *synthPara, i int, s, a *synthSent) {
	for k := 1; k+2 < len(s.words); k++ {
		w, next := s.words[k].text, s.words[k+1].text
		if k < 3 || !strings.HasSuffix(w, ",") || !isLetters(strings.TrimSuffix(w, ",")) || !isLetters(next) ||
			!unicode.IsLower(firstRune(next)) || len(s.words)-k < 4 {
			continue
		}
		r, size := utf8.DecodeRuneInString(next)
		s.words[k] = synthWord{text: strings.TrimSuffix(w, ",") + ".", changed: true}
		s.words[k+1] = synthWord{text: string(unicode.ToUpper(r)) + next[size:]}
		a.words[k].changed = true
		s.touched = true
		d.edits = append(d.edits, "split sentence")
		return
	}
}

// restructure: structure and typography only.
func (d *synthDoc) restructure(p *synthPara, i int, s, a *synthSent) {
	pi := d.paraIndex(p)
	switch d.rng.IntN(3) {
	case 0:
		if pi+1 < len(d.b) {
			p.sents = append(p.sents, d.b[pi+1].sents...)
			p.wrap = max(p.wrap, d.b[pi+1].wrap)
			d.b = append(d.b[:pi+1], d.b[pi+2:]...)
			d.edits = append(d.edits, "merge paragraphs")
		}
	case 1:
		if len(p.sents) >= 2 {
			k := 1 + d.rng.IntN(len(p.sents)-1)
			np := &synthPara{sents: append([]*synthSent(nil), p.sents[k:]...), wrap: p.wrap}
			p.sents = p.sents[:k]
			d.b = append(d.b[:pi+1], append([]*synthPara{np}, d.b[pi+1:]...)...)
			d.edits = append(d.edits, "split paragraph")
		}
	case 2:
		p.wrap = 64 + d.rng.IntN(24)
		d.edits = append(d.edits, "rewrap paragraph")
	}
}

// changeNumber: a number written in digits changes ("1955" -> "1956").
func (d *synthDoc) changeNumber(p *synthPara, i int, s, a *synthSent) {
	for k, w := range s.words {
		if len(w.text) < 2 || strings.Trim(w.text, "0123456789") != "" {
			continue
		}
		last := w.text[len(w.text)-1]
		next := byte('0' + (int(last-'0')+1+d.rng.IntN(8))%10)
		s.words[k] = synthWord{text: w.text[:len(w.text)-1] + string(next), changed: true}
		a.words[k].changed = true
		s.touched = true
		d.edits = append(d.edits, "number "+w.text)
		return
	}
}

// addOrDropComma: a comma is added after a word or dropped after one
// ("today and" <-> "today, and"): only the comma changes.
func (d *synthDoc) addOrDropComma(p *synthPara, i int, s, a *synthSent) {
	k := 1 + d.rng.IntN(len(s.words)-2)
	w := s.words[k].text
	switch {
	case strings.HasSuffix(w, ",") && isLetters(strings.TrimSuffix(w, ",")):
		s.words[k].text = strings.TrimSuffix(w, ",")
		a.words[k].changed, a.words[k].part = true, [2]int{len(w) - 1, len(w)}
		d.edits = append(d.edits, "drop comma")
	case isLetters(w) && isLetters(s.words[k+1].text):
		s.words[k] = synthWord{text: w + ",", changed: true, part: [2]int{len(w), len(w) + 1}}
		d.edits = append(d.edits, "add comma")
	default:
		return
	}
	s.touched = true
}

// caseLike gives word w the capital of old when old starts with one, as a
// writer replacing a capitalised word (a name, a sentence's first word)
// would.
func caseLike(w, old string) string {
	if !unicode.IsUpper(firstRune(old)) {
		return w
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}
