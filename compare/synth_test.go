package compare

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// This file builds revision pairs with known edits from plain text in
// languages the public evaluation set does not cover (German and French
// from ../shared/eval/textberg-defr, Russian from the bundled sample), and
// scores the engine on them the way ../shared/eval/score_changes.py does:
// F1 over the non-space bytes that gold and engine mark as changed, and
// over the bytes of A inside moved sentences. Edits: replaced, inserted
// and deleted words, a changed letter case, deleted and inserted
// sentences, moved sentences, a changed sentence end (". " to "; "), merged
// and split paragraphs, hard line wraps and typographic quotes (the last
// three are not changes).

// synthWord is a word of a sentence: its text and whether it changed.
type synthWord struct {
	text    string
	changed bool
	sep     string // white space before the word in B, when not one space
}

// synthSent is a sentence; id links a sentence of B to its source in A.
type synthSent struct {
	id    int
	words []synthWord
	// whole marks a sentence deleted from A or inserted in B; moved one
	// that sits elsewhere in B; touched one that a word edit changed.
	whole, moved, touched bool
}

type synthPara struct {
	sents []*synthSent
	wrap  int // hard line wrap width in B, 0 for none
}

// synthDoc is A (never edited but for the marks) and B (a deep copy that
// the edits change).
type synthDoc struct {
	a, b  []*synthPara
	rng   *rand.Rand
	vocab []string
	spare [][]synthWord // sentences for insertion, from elsewhere in the corpus
	edits []string
}

// splitSynthSentences cuts a paragraph at a full stop, question or
// exclamation mark followed by a space and a capital letter, when the word
// before ends in five letters (not an initial or an abbreviation: "S.",
// "capt.").
func splitSynthSentences(p string) []string {
	words := strings.Fields(p)
	var out []string
	start := 0
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		last, _ := utf8.DecodeLastRuneInString(w)
		next, _ := utf8.DecodeRuneInString(words[i+1])
		if strings.ContainsRune(".?!", last) && unicode.IsUpper(next) && endsInLetters(w[:len(w)-1], 5) {
			out = append(out, strings.Join(words[start:i+1], " "))
			start = i + 1
		}
	}
	if start < len(words) {
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
}

// endsInLetters reports whether w ends in n letters.
func endsInLetters(w string, n int) bool {
	rs := []rune(w)
	if len(rs) < n {
		return false
	}
	for _, r := range rs[len(rs)-n:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// detokenize undoes textberg's spaces around punctuation.
func detokenize(line string) string {
	r := strings.NewReplacer(" ,", ",", " .", ".", " ;", ";", " :", ":", " !", "!", " ?", "?", " )", ")", "( ", "(", " '", "'", "' ", "'")
	return strings.TrimSpace(r.Replace(line))
}

func newSynthDoc(paras []string, spare []string, seed uint64) *synthDoc {
	d := &synthDoc{rng: rand.New(rand.NewPCG(seed, 7))}
	id := 0
	seen := map[string]bool{}
	for _, p := range paras {
		ap, bp := &synthPara{}, &synthPara{}
		for _, s := range splitSynthSentences(p) {
			var ws []synthWord
			for _, w := range strings.Fields(s) {
				ws = append(ws, synthWord{text: w})
				if isLetters(w) && utf8.RuneCountInString(w) >= 3 && !seen[w] {
					seen[w] = true
					d.vocab = append(d.vocab, strings.ToLower(w))
				}
			}
			ap.sents = append(ap.sents, &synthSent{id: id, words: ws})
			bp.sents = append(bp.sents, &synthSent{id: id, words: append([]synthWord(nil), ws...)})
			id++
		}
		if len(ap.sents) > 0 {
			d.a, d.b = append(d.a, ap), append(d.b, bp)
		}
	}
	for _, s := range spare {
		var ws []synthWord
		for _, w := range strings.Fields(s) {
			ws = append(ws, synthWord{text: w})
		}
		if len(ws) >= 4 {
			d.spare = append(d.spare, ws)
		}
	}
	return d
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// aSent finds the sentence of A with the given id.
func (d *synthDoc) aSent(id int) *synthSent {
	for _, p := range d.a {
		for _, s := range p.sents {
			if s.id == id {
				return s
			}
		}
	}
	return nil
}

// pick returns a random untouched sentence of B that has a source in A,
// with its paragraph and index, or nil.
func (d *synthDoc) pick() (*synthPara, int, *synthSent) {
	for try := 0; try < 50; try++ {
		p := d.b[d.rng.IntN(len(d.b))]
		if len(p.sents) == 0 {
			continue
		}
		i := d.rng.IntN(len(p.sents))
		if s := p.sents[i]; s.id >= 0 && !s.moved && !s.touched && len(s.words) >= 4 {
			return p, i, s
		}
	}
	return nil, 0, nil
}

// wordAt returns the index of a random word made of letters only, not the
// first of the sentence, or -1.
func (d *synthDoc) wordAt(s *synthSent, lower bool) int {
	for try := 0; try < 20; try++ {
		k := 1 + d.rng.IntN(len(s.words)-1)
		w := s.words[k].text
		if isLetters(w) && (!lower || unicode.IsLower(firstRune(w))) {
			return k
		}
	}
	return -1
}

// edit applies one random edit to B and marks what changed in A and B.
func (d *synthDoc) edit() {
	p, i, s := d.pick()
	if s == nil {
		return
	}
	a := d.aSent(s.id)
	switch d.rng.IntN(16) {
	case 0, 1: // replace a word
		if k := d.wordAt(s, false); k >= 0 {
			w := d.vocab[d.rng.IntN(len(d.vocab))]
			if strings.EqualFold(w, s.words[k].text) {
				return
			}
			d.edits = append(d.edits, fmt.Sprintf("replace %q -> %q", s.words[k].text, w))
			s.words[k] = synthWord{text: w, changed: true}
			a.words[k].changed = true
			s.touched = true
		}
	case 2: // change the case of a word
		if k := d.wordAt(s, true); k >= 0 {
			w := s.words[k].text
			r, size := utf8.DecodeRuneInString(w)
			s.words[k] = synthWord{text: string(unicode.ToUpper(r)) + w[size:], changed: true}
			a.words[k].changed = true
			s.touched = true
			d.edits = append(d.edits, "case "+w)
		}
	case 3: // insert words
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
	case 4: // delete a word
		if k := d.wordAt(s, false); k >= 0 && len(s.words) > 5 {
			d.edits = append(d.edits, "delete "+s.words[k].text)
			s.words = append(s.words[:k], s.words[k+1:]...)
			a.words[k].changed = true
			s.touched = true
			s.id = -1 - s.id
		}
	case 5, 6: // delete the sentence
		if len(p.sents) < 2 {
			return
		}
		p.sents = append(p.sents[:i], p.sents[i+1:]...)
		a.whole = true
		d.edits = append(d.edits, "delete sentence")
	case 7: // insert a sentence from elsewhere
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
	case 8, 9: // move the sentence at least two paragraphs away
		if !endsSentence(s) || !unicode.IsUpper(firstRune(s.words[0].text)) {
			return // a fragment ("... puissant:") is no sentence to move
		}
		if d.moveSentence(p, i, s) {
			a.moved = true
			d.edits = append(d.edits, "move sentence")
		}
	case 10: // a sentence end changed: "word." becomes "word;"
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
	case 12: // move the sentence and reword it
		if !endsSentence(s) || !unicode.IsUpper(firstRune(s.words[0].text)) || len(s.words) < 8 {
			return
		}
		k := d.wordAt(s, false)
		if k < 0 {
			return
		}
		w := d.vocab[d.rng.IntN(len(d.vocab))]
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
	case 13: // typography only: a no-break space, a dash, quotes
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
	case 14: // move a whole untouched paragraph over more than twice its sentences
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
	case 15: // split the sentence at a comma: "word, next" -> "word. Next"
		for k := 1; k+2 < len(s.words); k++ {
			w, next := s.words[k].text, s.words[k+1].text
			if k < 3 || !strings.HasSuffix(w, ",") || !isLetters(strings.TrimSuffix(w, ",")) || !isLetters(next) ||
				!unicode.IsLower(firstRune(next)) || len(s.words)-k < 4 {
				continue
			}
			r, size := utf8.DecodeRuneInString(next)
			s.words[k] = synthWord{text: strings.TrimSuffix(w, ",") + ".", changed: true}
			s.words[k+1] = synthWord{text: string(unicode.ToUpper(r)) + next[size:], changed: true}
			a.words[k].changed, a.words[k+1].changed = true, true
			s.touched = true
			d.edits = append(d.edits, "split sentence")
			return
		}
	case 11: // structure and typography only
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
}

// moveSentence moves sentence s, the i-th of paragraph p, at least two
// paragraphs and four sentences away (so that the sentence, not what it
// jumps over, is the smaller move), not after a sentence it would join.
func (d *synthDoc) moveSentence(p *synthPara, i int, s *synthSent) bool {
	pi := d.paraIndex(p)
	var targets []int
	for t := range d.b {
		between := 0
		for u := min(t, pi) + 1; u < max(t, pi); u++ {
			between += len(d.b[u].sents)
		}
		if (t < pi-1 || t > pi+1) && between >= 4 {
			targets = append(targets, t)
		}
	}
	if len(targets) == 0 || len(p.sents) < 2 {
		return false
	}
	q := d.b[targets[d.rng.IntN(len(targets))]]
	j := d.rng.IntN(len(q.sents) + 1)
	if j > 0 && !endsSentence(q.sents[j-1]) || j < len(q.sents) && !unicode.IsUpper(firstRune(q.sents[j].words[0].text)) {
		return false // it would join the sentence before ("word;") or after ("équipe du ...")
	}
	p.sents = append(p.sents[:i], p.sents[i+1:]...)
	s.moved = true
	q.sents = append(q.sents[:j], append([]*synthSent{s}, q.sents[j:]...)...)
	return true
}

// movedBetween reports whether a sentence of A between the sentences
// with ids x and y has moved.
func (d *synthDoc) movedBetween(x, y int) bool {
	in := false
	for _, p := range d.a {
		for _, s := range p.sents {
			switch {
			case s.id == x || s.id == y:
				if in {
					return false
				}
				in = true
			case in && s.moved:
				return true
			}
		}
	}
	return false
}

// endsSentence reports a sentence that ends with a full stop, question
// or exclamation mark (perhaps before a closing quote or bracket).
func endsSentence(s *synthSent) bool {
	last := strings.TrimRight(s.words[len(s.words)-1].text, "»\"')”")
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!")
}

func (d *synthDoc) paraIndex(p *synthPara) int {
	for i, q := range d.b {
		if q == p {
			return i
		}
	}
	return -1
}

// synthText renders paragraphs and returns the text, the spans of changed
// words (or whole sentences) and, for each moved sentence, its span by id.
func synthText(paras []*synthPara, wrapped bool) (string, [][2]int, map[int][2]int) {
	var b strings.Builder
	var changed [][2]int
	moved := map[int][2]int{}
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		col := 0
		for si, s := range p.sents {
			sStart := b.Len()
			for wi, w := range s.words {
				if si > 0 || wi > 0 {
					if wrapped && p.wrap > 0 && col+1+len(w.text) > p.wrap {
						b.WriteByte('\n')
						col = 0
					} else if wrapped && w.sep != "" {
						b.WriteString(w.sep)
						col++
					} else {
						b.WriteByte(' ')
						col++
					}
				}
				start := b.Len()
				b.WriteString(w.text)
				col += len(w.text)
				if w.changed && !s.whole {
					changed = append(changed, [2]int{start, b.Len()})
				}
			}
			if s.whole {
				changed = append(changed, [2]int{sStart, b.Len()})
			}
			if s.moved {
				moved[s.id] = [2]int{sStart, b.Len()}
			}
		}
	}
	return b.String(), changed, moved
}

// synthScore counts, like score_changes.py, the non-space bytes marked
// changed by gold and by the engine, and the bytes of A inside moves.
type synthScore struct{ tp, fp, fn, mtp, mfp, mfn int }

func nonSpaceBytes(spans [][2]int, text string) map[int]bool {
	out := map[int]bool{}
	for _, sp := range spans {
		for i := max(sp[0], 0); i < min(sp[1], len(text)); i++ {
			if c := text[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				out[i] = true
			}
		}
	}
	return out
}

func (sc *synthScore) add(gold, got map[int]bool, tp, fp, fn *int) {
	for i := range got {
		if gold[i] {
			*tp++
		} else {
			*fp++
		}
	}
	for i := range gold {
		if !got[i] {
			*fn++
		}
	}
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		if fp == 0 && fn == 0 {
			return 1
		}
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// scorePair runs the engine on one synthetic pair and adds its counts.
func (sc *synthScore) scorePair(t *testing.T, d *synthDoc) {
	t.Helper()
	a, goldA, _ := synthText(d.a, false)
	b, goldB, movedB := synthText(d.b, true)
	_, _, movedA := synthText(d.a, false)
	var goldMoves [][2]int
	for id, sp := range movedA {
		if _, ok := movedB[id]; ok {
			goldMoves = append(goldMoves, sp)
		}
	}
	if dir := os.Getenv("SYNTH_DUMP"); dir != "" {
		name := filepath.Join(dir, fmt.Sprintf("%s-%d", strings.ReplaceAll(t.Name(), "/", "-"), d.rng.Uint32()%1000))
		os.WriteFile(name+".a.txt", []byte(a), 0o644)
		os.WriteFile(name+".b.txt", []byte(b), 0o644)
	}
	res, err := Compare(context.Background(), []string{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pa, pb, pm [][2]int
	for _, c := range res.Changes {
		switch {
		case c.Trivial:
		case c.Kind == Move:
			pm = append(pm, [2]int{c.AStart, c.AEnd})
		default:
			if c.Kind != Insert {
				pa = append(pa, [2]int{c.AStart, c.AEnd})
			}
			if c.Kind != Delete {
				pb = append(pb, [2]int{c.BStart, c.BEnd})
			}
		}
	}
	sc.add(nonSpaceBytes(goldA, a), nonSpaceBytes(pa, a), &sc.tp, &sc.fp, &sc.fn)
	sc.add(nonSpaceBytes(goldB, b), nonSpaceBytes(pb, b), &sc.tp, &sc.fp, &sc.fn)
	sc.add(nonSpaceBytes(goldMoves, a), nonSpaceBytes(pm, a), &sc.mtp, &sc.mfp, &sc.mfn)
	if testing.Verbose() && os.Getenv("SYNTH_DEBUG") != "" {
		gotA, gA := nonSpaceBytes(pa, a), nonSpaceBytes(goldA, a)
		gB0 := nonSpaceBytes(goldB, b)
		for _, c := range res.Changes {
			if c.Trivial || c.Kind == Move {
				continue
			}
			extra := 0
			for i := range nonSpaceBytes([][2]int{{c.AStart, c.AEnd}}, a) {
				if !gA[i] && c.Kind != Insert {
					extra++
				}
			}
			for i := range nonSpaceBytes([][2]int{{c.BStart, c.BEnd}}, b) {
				if !gB0[i] && c.Kind != Delete {
					extra++
				}
			}
			if extra > 0 {
				t.Logf("false change (%d bytes): %s %q -> %q %v", extra, c.Kind, c.AText, c.BText, c.Flags)
			}
		}
		for _, sp := range goldA {
			lo := sp[0] + len(a[sp[0]:sp[1]]) - len(strings.TrimLeft(a[sp[0]:sp[1]], " \n"))
			if lo < sp[1] && !gotA[lo] {
				t.Logf("missed in A: %q", a[lo:sp[1]])
			}
		}
		gotB, gB := nonSpaceBytes(pb, b), nonSpaceBytes(goldB, b)
		for _, c := range res.Changes {
			if !c.Trivial && c.Kind != Move && c.Kind != Delete && !gB[c.BStart] && !gB[c.BEnd-1] {
				t.Logf("false change in B: %s %q -> %q %v", c.Kind, c.AText, c.BText, c.Flags)
			}
		}
		for _, sp := range goldB {
			lo := sp[0] + len(b[sp[0]:sp[1]]) - len(strings.TrimLeft(b[sp[0]:sp[1]], " \n"))
			if lo < sp[1] && !gotB[lo] {
				t.Logf("missed in B: %q", b[lo:sp[1]])
			}
		}
		gm, em := nonSpaceBytes(goldMoves, a), nonSpaceBytes(pm, a)
		for _, c := range res.Changes {
			if c.Kind == Move && !gm[c.AStart] {
				t.Logf("false move: %q", c.AText)
			}
		}
		for _, sp := range goldMoves {
			lo := sp[0] + len(a[sp[0]:sp[1]]) - len(strings.TrimLeft(a[sp[0]:sp[1]], " \n"))
			if !em[lo] {
				t.Logf("missed move: %q", a[lo:sp[1]])
			}
		}
	}
}

// synthSources returns paragraphs and spare sentences per language.
func synthSources(t *testing.T) map[string][2][]string {
	out := map[string][2][]string{}
	dir := "../../shared/eval/textberg-defr"
	for _, lang := range []string{"de", "fr"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*."+lang))
		var lines []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(b), "\n") {
				// Lines that open in lower case continue a line cut off
				// by the corpus (a caption, a page break): left out.
				if l = detokenize(l); len(strings.Fields(l)) >= 5 && !unicode.IsLower(firstRune(l)) {
					lines = append(lines, l)
				}
			}
		}
		if len(lines) < 200 {
			continue
		}
		// Paragraphs of four to six lines; the last hundred lines are
		// spare sentences to insert.
		var paras []string
		body := lines[:len(lines)-100]
		for i := 0; i < len(body); {
			n := min(4+i%3, len(body)-i)
			paras = append(paras, strings.Join(body[i:i+n], " "))
			i += n
		}
		out[lang] = [2][]string{paras, lines[len(lines)-100:]}
	}
	if b, err := os.ReadFile("../assets/sample/ru.txt"); err == nil {
		var paras []string
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.Join(strings.Fields(p), " "); len(strings.Fields(p)) >= 8 {
				paras = append(paras, p)
			}
		}
		// Spare sentences from the second half, which the pairs leave out.
		half := len(paras) / 2
		var spare []string
		for _, p := range paras[half:] {
			spare = append(spare, splitSynthSentences(p)...)
		}
		out["ru"] = [2][]string{paras[:half], spare}
	}
	return out
}

// TestSyntheticRevisions scores the engine on generated revision pairs in
// German, French and Russian (run with -v for the figures). The floors sit
// a little under what the engine scores on ../shared/eval/revisions.
func TestSyntheticRevisions(t *testing.T) {
	sources := synthSources(t)
	if len(sources) == 0 {
		t.Skip("no source texts (../shared/eval/textberg-defr or assets/sample/ru.txt)")
	}
	for _, lang := range []string{"de", "fr", "ru"} {
		src, ok := sources[lang]
		if !ok {
			continue
		}
		t.Run(lang, func(t *testing.T) {
			var sc synthScore
			const pairs = 20
			for p := range pairs {
				// Each pair takes a window of about 25 paragraphs.
				paras := src[0]
				start := p * len(paras) / pairs
				win := paras[start:min(start+25, len(paras))]
				d := newSynthDoc(win, src[1], uint64(p+1))
				for range 12 + p%12 {
					d.edit()
				}
				sc.scorePair(t, d)
			}
			content, move := f1(sc.tp, sc.fp, sc.fn), f1(sc.mtp, sc.mfp, sc.mfn)
			t.Logf("%s: content_f1=%.4f (tp=%d fp=%d fn=%d) move_f1=%.4f (tp=%d fp=%d fn=%d)",
				lang, content, sc.tp, sc.fp, sc.fn, move, sc.mtp, sc.mfp, sc.mfn)
			if content < 0.97 || move < 0.95 {
				t.Errorf("%s: content_f1=%.4f move_f1=%.4f, want at least 0.97 and 0.95", lang, content, move)
			}
		})
	}
}
