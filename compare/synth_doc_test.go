package compare

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// synthWord is a word of a sentence: its text and whether it changed.
type synthWord struct {
	text    string
	changed bool
	sep     string // white space before the word in B, when not one space
	// part, when not zero, is the changed byte range of the word (an
	// inserted or deleted comma), else all of it changed.
	part [2]int
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

// splitSynthSentences cuts a paragraph at every full stop, question or
// exclamation mark followed by a space and a capital letter or a digit, as
// a naive reader would: after an abbreviation ("Prof."), an initial ("S."),
// an ordinal ("12. Juni") or a list number ("7."), too. The edits then move
// and delete passages whose edges are not where the engine cuts sentences,
// which is what text the engine was not tuned on does to it.
func splitSynthSentences(p string) []string {
	words := strings.Fields(p)
	var out []string
	start := 0
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		last, _ := utf8.DecodeLastRuneInString(w)
		next, _ := utf8.DecodeRuneInString(words[i+1])
		if strings.ContainsRune(".?!", last) && (unicode.IsUpper(next) || unicode.IsDigit(next)) {
			out = append(out, strings.Join(words[start:i+1], " "))
			start = i + 1
		}
	}
	if start < len(words) {
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
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
				switch {
				case !w.changed || s.whole:
				case w.part != [2]int{}:
					changed = append(changed, [2]int{start + w.part[0], start + w.part[1]})
				default:
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
