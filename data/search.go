package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Marks around the matched words in Hit.Snippet.
const (
	SnippetOpen  = "⟦"
	SnippetClose = "⟧"
)

// rankWindow bounds the ranking work of a query that matches very many
// versions: only the rankWindow most recently imported matches are ranked.
const rankWindow = 2000

// DefaultSearchLimit is how many hits Search returns when asked for none
// in particular: a screenful.
const DefaultSearchLimit = 20

// snippetWords is how many words a snippet shows; maxSnippetWords how
// many it shows of a long phrase it found (a Chinese sentence is a word a
// character).
const (
	snippetWords    = 16
	maxSnippetWords = 4 * snippetWords
)

// Hit is one version matching a search.
type Hit struct {
	BriefingID    int64  `json:"briefing_id"`
	BriefingSlug  string `json:"briefing_slug"`
	BriefingTitle string `json:"briefing_title"`
	VersionID     int64  `json:"version_id"`
	Label         string `json:"label"`
	Language      string `json:"language,omitempty"`
	Kind          string `json:"kind"`
	Snippet       string `json:"snippet"` // matched words between SnippetOpen and SnippetClose
	// Offset is the byte offset, in the version's text as the library
	// holds it, of the first word found (the snippet's first mark), or
	// -1 where the snippet marks none.
	Offset int     `json:"offset"`
	Rank   float64 `json:"rank"` // BM25, lower is better
}

// Search finds the versions whose text matches query, best first (BM25),
// at most limit (20 when limit <= 0). Words are matched case-insensitively
// and without diacritics (ё matches е, é matches e); all words must occur;
// "a phrase" in double quotes matches the words in order; word* matches a
// prefix; OR between terms makes them alternatives, and -word (or NOT
// word) leaves out the versions that hold it (see parseQuery). When more than rankWindow versions match, the rankWindow most
// recently imported are ranked, which keeps every search fast.
//
// The index holds each text in chunks (see chunkSize): a version matches
// when each term matches one of its chunks, and ranks by the sum, over the
// terms, of the term's best chunk score (BM25 sums over terms, so a version
// of one chunk ranks as it would whole). The snippet comes from the chunk
// that best matches the first term.
func (l *Library) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	terms := parseQuery(query)
	find, leave := wanted(terms) // what a hit holds (its snippet marks them), and what it may not
	if len(find) == 0 && len(leave) > 0 {
		return nil, fmt.Errorf("search %q: no words to search for, only words to leave out", clipQuery(query))
	}
	if len(terms) == 0 {
		if literal := strings.TrimSpace(strings.ReplaceAll(queryText(query), `"`, "")); literal != "" {
			// Signs with no word in them (a flag, "§", "№"), which the
			// index does not hold: looked for as they are written.
			return l.searchLiteral(ctx, literal, limit)
		}
		return nil, fmt.Errorf("search %q: no words to search for", clipQuery(query))
	}
	var chunks []int64
	scanHit := func(s scanner) (*Hit, error) {
		var h Hit
		var chunk int64
		err := s.Scan(&h.VersionID, &h.Label, &h.Language, &h.Kind, &h.BriefingID, &h.BriefingSlug, &h.BriefingTitle, &h.Rank, &chunk)
		chunks = append(chunks, chunk)
		return &h, err
	}
	// A phrase the index is asked only the start and the end of finds
	// texts that hold those: as many as ranking allows are asked for,
	// and those that hold it whole kept (keeps).
	cut := slices.ContainsFunc(terms, func(t queryTerm) bool { return t.cut })
	asked := limit
	var sets [][]queryTerm // read by keeps, for each hit
	if cut {
		asked, sets = rankWindow, clauses(find)
	}
	q, args := searchSQL(find, leave, asked)
	hits, err := queryAll(ctx, l.db, scanHit, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", clipQuery(query), err)
	}
	kept := hits[:0]
	for i, h := range hits {
		if len(kept) == limit {
			break
		}
		whole, err := true, error(nil)
		if cut {
			whole, err = l.keeps(ctx, h.VersionID, sets, leave)
		}
		if err == nil && whole {
			h.Snippet, h.Offset, err = l.chunkSnippet(ctx, chunks[i], find)
		}
		switch {
		case errors.Is(err, sql.ErrNoRows):
			continue // removed since it was found, by another process
		case err != nil:
			return nil, fmt.Errorf("search %q: %w", clipQuery(query), classify(err))
		case !whole:
			continue // the start of a long phrase, not the phrase
		}
		kept = append(kept, h)
	}
	return kept, nil
}

// searchLiteral finds the versions whose text holds needle as it is
// written, newest first, with a snippet around its first occurrence. It
// reads every text: it serves the queries the index cannot (no words),
// which are short and rare.
func (l *Library) searchLiteral(ctx context.Context, needle string, limit int) ([]Hit, error) {
	var texts []string
	scan := func(s scanner) (*Hit, error) {
		var h Hit
		var text string
		err := s.Scan(&h.VersionID, &h.Label, &h.Language, &h.Kind, &h.BriefingID, &h.BriefingSlug, &h.BriefingTitle, &text)
		texts = append(texts, text)
		return &h, err
	}
	hits, err := queryAll(ctx, l.db, scan, `SELECT v.id, v.label, v.language, v.kind, b.id, b.slug, b.title, v.text
		FROM versions v JOIN briefings b ON b.id = v.briefing_id
		WHERE instr(v.text, ?) > 0 ORDER BY v.id DESC LIMIT ?`, needle, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", clipQuery(needle), classify(err))
	}
	for i := range hits {
		hits[i].Snippet, hits[i].Offset = literalSnippet(texts[i], needle)
	}
	return hits, nil
}

// literalSnippet is the words around the first needle in text, the
// needle marked, snippetWords words in all at most, and where in text
// that needle is (-1, with "", where text has none).
func literalSnippet(text, needle string) (snippet string, at int) {
	at = strings.Index(text, needle)
	if at < 0 {
		return "", -1
	}
	// The words near it only: a sign found in a long text is not a
	// reason to split the whole text into words.
	end := at + len(needle)
	lo, hi := max(0, at-literalContext), min(len(text), end+literalContext)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	before, after := strings.Fields(text[lo:at]), strings.Fields(text[end:hi])
	// A word the window cuts is left out, unless it is all there is (a
	// run of Chinese, written without spaces).
	if lo > 0 && !unicode.IsSpace(lastRune(text[:lo])) && len(before) > 1 {
		before = before[1:]
	}
	if hi < len(text) && !unicode.IsSpace(firstRune(text[hi:])) && len(after) > 1 {
		after = after[:len(after)-1]
	}
	// The needle's own word, where it sits inside one ("KZ🇰🇿"), stays whole.
	head, tail := "", ""
	if at > 0 && !unicode.IsSpace(lastRune(text[:at])) && len(before) > 0 {
		head, before = before[len(before)-1], before[:len(before)-1]
	}
	if end < len(text) && !unicode.IsSpace(firstRune(text[end:])) && len(after) > 0 {
		tail, after = after[0], after[1:]
	}
	// A word it sits in is kept whole, up to literalRunes characters on
	// each side (a Chinese run has no spaces to stop at).
	if r := []rune(head); len(r) > literalRunes {
		head, before = "…"+string(r[len(r)-literalRunes:]), nil
	}
	if r := []rune(tail); len(r) > literalRunes {
		tail, after = string(r[:literalRunes])+"…", nil
	}
	keep := snippetWords / 2
	var b strings.Builder
	if len(before) > keep {
		before = before[len(before)-keep:]
		b.WriteString("…")
	}
	for _, w := range before {
		b.WriteString(w + " ")
	}
	b.WriteString(head + SnippetOpen + needle + SnippetClose + tail)
	for i, w := range after {
		if i == keep {
			b.WriteString(" …")
			break
		}
		b.WriteString(" " + w)
	}
	return b.String(), at
}

// literalContext is how many bytes on each side of a sign found
// literalSnippet reads words from: more than snippetWords/2 words of
// any language.
const literalContext = 1024

// literalRunes is the most characters of the word a sign sits in that a
// literal snippet shows on each side of it.
const literalRunes = 30

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// keeps reports whether version id is a hit where the query has a long
// phrase (queryTerm.cut): its text holds, of each set of alternatives
// (clauses) that has one, one alternative whole, and none of the long
// phrases to leave out whole (the index left out the versions holding
// the short terms to leave out).
func (l *Library) keeps(ctx context.Context, id int64, sets [][]queryTerm, leave []queryTerm) (bool, error) {
	var text string
	if err := l.db.QueryRowContext(ctx, `SELECT text FROM versions WHERE id = ?`, id).Scan(&text); err != nil {
		return false, err
	}
	for _, c := range sets {
		if slices.ContainsFunc(c, func(t queryTerm) bool { return t.cut }) &&
			!slices.ContainsFunc(c, func(t queryTerm) bool { return holdsWhole(text, t) }) {
			return false, nil
		}
	}
	for _, t := range leave {
		if t.cut && holdsWhole(text, t) {
			return false, nil
		}
	}
	return true, nil
}

// maxQueryShown is the most characters of a query an error message
// repeats: a pasted page is named by its start.
const maxQueryShown = 80

// clipQuery is q as an error message names it: its first maxQueryShown
// characters, and "…" where it goes on.
func clipQuery(q string) string {
	n := 0
	for i := range q {
		if n == maxQueryShown {
			return q[:i] + "…"
		}
		n++
	}
	return q
}

// searchSQL writes the query Search runs and its arguments: for each
// term to find, the best chunk score of every version it matches; the
// versions every term matches and no term to leave out (wanted), the
// rankWindow newest of them; the limit best.
func searchSQL(find, leave []queryTerm, limit int) (string, []any) {
	groups := termGroups(find)
	var b strings.Builder
	args := make([]any, 0, len(groups)+3)
	b.WriteString("WITH ")
	for i, g := range groups {
		// MATERIALIZED: bm25() only works in a query on chunks_fts
		// alone, not flattened into the join. min() makes the bare
		// column c.id that of the best chunk.
		fmt.Fprintf(&b, `f%[1]d AS MATERIALIZED (
			SELECT rowid AS id, bm25(chunks_fts) AS score FROM chunks_fts WHERE chunks_fts MATCH ?
		), t%[1]d AS (
			SELECT c.version_id AS v, min(f.score) AS score, c.id AS chunk
			FROM f%[1]d f JOIN version_chunks c ON c.id = f.id GROUP BY c.version_id
		), `, i)
		args = append(args, ftsQuery(g))
	}
	b.WriteString("top AS (SELECT id, score, chunk FROM (SELECT t0.v AS id, t0.score")
	for i := 1; i < len(groups); i++ {
		fmt.Fprintf(&b, " + t%d.score", i)
	}
	b.WriteString(" AS score, t0.chunk AS chunk FROM t0")
	for i := 1; i < len(groups); i++ {
		fmt.Fprintf(&b, " JOIN t%d ON t%d.v = t0.v", i, i)
	}
	// The terms to leave out, but long phrases, which the index holds
	// only the ends of (keeps reads the texts for them).
	leave = slices.DeleteFunc(slices.Clone(leave), func(t queryTerm) bool { return t.cut }) // the caller's stay whole
	if len(leave) > 0 {
		b.WriteString(` WHERE t0.v NOT IN (SELECT c.version_id FROM chunks_fts JOIN version_chunks c
			ON c.id = chunks_fts.rowid WHERE chunks_fts MATCH ?)`)
		args = append(args, ftsQuery([][]queryTerm{leave}))
	}
	b.WriteString(` ORDER BY t0.v DESC LIMIT ?) ORDER BY score LIMIT ?)
		SELECT v.id, v.label, v.language, v.kind, b.id, b.slug, b.title, top.score, top.chunk
		FROM top JOIN versions v ON v.id = top.id JOIN briefings b ON b.id = v.briefing_id
		ORDER BY top.score, v.id DESC`)
	args = append(args, rankWindow, limit)
	return b.String(), args
}

// maxTermJoins is the most terms searched each on its own and joined:
// SQLite joins at most 64 tables in one query, and a pasted paragraph has
// more words than that.
const maxTermJoins = 32

// clauses are the sets of alternatives the terms make (terms joined by
// OR; a term alone is a set of one), in order, each distinct set once
// ("the" twice in a pasted sentence).
func clauses(terms []queryTerm) [][]queryTerm {
	var out [][]queryTerm
	for _, t := range terms {
		if t.or && len(out) > 0 {
			out[len(out)-1] = append(out[len(out)-1], t)
			continue
		}
		out = append(out, []queryTerm{t})
	}
	seen := map[string]bool{}
	return slices.DeleteFunc(out, func(c []queryTerm) bool {
		key := fmt.Sprint(c)
		dup := seen[key]
		seen[key] = true
		return dup
	})
}

// termGroups are the groups of sets of alternatives (clauses) searchSQL
// matches one query each: every set alone, except that past
// maxTermJoins-1 sets the rest are matched together, in one chunk (a
// pasted passage stands in one place).
func termGroups(terms []queryTerm) [][][]queryTerm {
	var groups [][][]queryTerm
	var cs [][]queryTerm
	for _, c := range clauses(terms) {
		cs = append(cs, c)
		// A long phrase required is asked for by its end too, in a chunk
		// of its own (it may cross chunks): fewer texts are then read.
		if len(c) == 1 && c[0].cut && c[0].end != "" {
			cs = append(cs, []queryTerm{{fts: c[0].end, words: c[0].words, prefix: c[0].prefix}})
		}
	}
	for _, c := range cs {
		if len(groups) < maxTermJoins {
			groups = append(groups, [][]queryTerm{c})
		} else {
			groups[maxTermJoins-1] = append(groups[maxTermJoins-1], c)
		}
	}
	return groups
}

// chunkSnippet makes a hit's snippet (see snippet) from the chunk of its
// text that matched, so a search reads a chunk, not the text.
func (l *Library) chunkSnippet(ctx context.Context, chunk int64, terms []queryTerm) (string, int, error) {
	var text string
	var start int
	err := l.db.QueryRowContext(ctx, `SELECT text, start FROM version_chunks WHERE id = ?`, chunk).Scan(&text, &start)
	if err != nil {
		return "", -1, err
	}
	s, at := snippet(text, terms)
	if start > 0 && !strings.HasPrefix(s, "…") {
		s = "…" + s
	}
	if at >= 0 {
		at += start
	}
	return s, at, nil
}

// holdsWhole reports whether text holds term t's words side by side, in
// order, as its words are read (wordSpans, foldWord). It reads text a
// word at a time, keeping the last len(t.words) folded.
func holdsWhole(text string, t queryTerm) bool {
	n := len(t.words)
	last := make([]string, n) // a ring of the words read last
	count, found := 0, false
	eachWordSpan(text, func(w wordSpan) bool {
		last[count%n] = foldWord(text[w.start:w.end])
		count++
		if count < n {
			return true
		}
		for j := range n {
			if !t.wordMatches(j, last[(count-n+j)%n]) {
				return true
			}
		}
		found = true
		return false
	})
	return found
}

// queryTerm is one word or phrase of a query. FTS5 splits it into words
// as it split the texts it indexed, so what a text holds is found as it
// is written ("CO₂", "नमस्ते"); the words as this package cuts and folds
// them mark the matches in a snippet.
type queryTerm struct {
	fts    string   // as typed, ё folded, without quotes
	words  []string // folded, for snippets
	prefix bool     // the last word is a prefix
	// cut is set where fts holds only the first maxPhraseWords words:
	// a hit must then hold the whole phrase in its text (holdsWhole).
	// end holds its last phraseEndWords words.
	cut bool
	end string
	// or joins the term to the one before it as an alternative ("Lavrov
	// OR Putin"); not leaves out the versions that hold it ("-Putin",
	// "NOT Putin").
	or, not bool
}

// isTokenRune reports whether r belongs to a word, as FTS5's unicode61
// tokenizer sees it: letters, numbers of every kind (CO₂, м²), private
// use characters, and the combining diacritics it removes; other marks
// (a Devanagari vowel sign, Hebrew points) separate words. Its Unicode
// tables are older than Go's, so a few newer characters differ: the
// index itself splits what a query asks for (see queryTerm), and only a
// snippet's highlighting follows this.
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) ||
		unicode.Is(unicode.Mn, r) && r >= 0x300 && r <= 0x36F
}

// lastWords joins the last n of fields that hold a word (not marks
// alone: "* * *" is no word to the index), or "" where none does.
func lastWords(fields []string, n int) string {
	var out []string
	for i := len(fields) - 1; i >= 0 && len(out) < n; i-- {
		if strings.ContainsFunc(fields[i], isTokenRune) {
			out = append(out, fields[i])
		}
	}
	slices.Reverse(out)
	return strings.Join(out, " ")
}

// maxPhraseWords is the most words of a phrase the index is asked for: a
// passage pasted whole (a Chinese paragraph is a word a character) is
// found by its start and, where it is no alternative, its last
// phraseEndWords words, which cost the index far less than its length,
// and only the versions that hold both are read.
const (
	maxPhraseWords = 64
	phraseEndWords = 8
)

// parseQuery splits what a user typed into words and "quoted phrases";
// a trailing * makes a word a prefix, and so does a Korean ending: Korean
// writes its particles and endings onto the word, so that "서울" must find
// "서울에서" and "서울은". OR between two terms makes them alternatives;
// NOT, or a minus before a word or a phrase ("-Putin", -"two words"),
// leaves out the versions that hold the next term (a dash between spaces
// is punctuation: "Lavrov - the minister"); AND is what terms
// side by side mean already. The operators are written in capitals, as
// FTS5 and web search engines take them; in small letters ("or", "not")
// they are words. An operator with no term to act on is left out. NEAR
// is a word.
func parseQuery(q string) []queryTerm {
	q = queryText(q)
	var terms []queryTerm
	var or, not bool // the operators before the next term
	term := func(s string, prefix bool) {
		var ws []string
		for _, w := range wordSpans(s) {
			ws = append(ws, foldWord(s[w.start:w.end]))
		}
		if len(ws) == 0 {
			return // punctuation alone
		}
		// An alternative to a term left out, or one left out itself,
		// is a term of its own: "-a OR b" is "-a b".
		or = or && !not && len(terms) > 0 && !terms[len(terms)-1].not
		t := queryTerm{words: ws, prefix: prefix, or: or, not: not}
		or, not = false, false
		fts := strings.Fields(indexForm(s))
		if len(fts) <= maxPhraseWords {
			t.fts = strings.Join(fts, " ")
			terms = append(terms, t)
			return
		}
		// A pasted passage: the index is asked for its start and its
		// last words, and a version's text tells whether it holds it
		// whole (holdsWhole).
		t.fts, t.cut, t.end = strings.Join(fts[:maxPhraseWords], " "), true, lastWords(fts, phraseEndWords)
		terms = append(terms, t)
	}
	parts := strings.Split(q, `"`)
	for i, part := range parts {
		if i%2 == 1 { // inside quotes: a phrase
			term(part, false)
			continue
		}
		fields := strings.Fields(part)
		for k, f := range fields {
			switch {
			case f == "OR":
				or = true
				continue
			case f == "AND":
				continue
			case f == "NOT":
				not = true
				continue
			case f == "-" && k == len(fields)-1 && strings.HasSuffix(part, "-") && i+1 < len(parts):
				not = true // -"a phrase"; a dash between words is punctuation
				continue
			case len(f) > 1 && f[0] == '-' && startsWithLetter(f[1:]):
				not, f = true, f[1:]
			}
			w := strings.TrimRight(f, "*")
			term(w, strings.HasSuffix(f, "*") || endsInHangul(w))
		}
	}
	return terms
}

// startsWithLetter reports s starting with a letter: "-Putin" leaves
// Putin out, "-5" and "--" are searched as written.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// wanted returns the terms a hit must hold (or one of each set of
// alternatives), and the terms that leave a version out.
func wanted(terms []queryTerm) (find, leave []queryTerm) {
	for _, t := range terms {
		if t.not {
			leave = append(leave, t)
		} else {
			find = append(find, t)
		}
	}
	return find, leave
}

// endsInHangul reports whether the last word of w ends in a Korean
// letter, where a particle or an ending would follow ("K팝" in "K팝에서");
// punctuation typed after it ("서울,", "(서울)") does not count.
func endsInHangul(w string) bool {
	end := strings.LastIndexFunc(w, isTokenRune)
	if end < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[end:])
	return unicode.Is(unicode.Hangul, r)
}

// queryText is a query as the library reads it: in NFC, as the texts
// are stored, so that one typed or pasted decomposed ("и" and a combining
// breve for "й") finds them, with each control character (a NUL, which
// FTS5 would read as the query's end) a space.
func queryText(q string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == punctWord {
			return ' '
		}
		return r
	}, norm.NFC.String(q))
}

// ftsQuery writes a group of sets of alternatives (termGroups) as an
// FTS5 query that cannot be a syntax error: every word quoted, the
// alternatives of a set ORed, the sets ANDed.
func ftsQuery(group [][]queryTerm) string {
	var b strings.Builder
	for i, c := range group {
		if i > 0 {
			b.WriteString(" AND ")
		}
		if len(c) > 1 {
			b.WriteByte('(')
		}
		for k, t := range c {
			if k > 0 {
				b.WriteString(" OR ")
			}
			t.writeFTS(&b)
		}
		if len(c) > 1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}

// writeFTS writes t as ftsQuery does: a long phrase by its start (a
// prefix would be at its end), which keeps reads the texts for whole.
func (t queryTerm) writeFTS(b *strings.Builder) {
	b.WriteString(`"` + t.fts + `"`)
	if t.prefix && !t.cut {
		b.WriteByte('*')
	}
}

// foldWord lower-cases a word, removes the diacritics of Latin letters and
// folds ё to е and full-width letters to ASCII, the way the search index
// sees words (FTS5's unicode61 removes diacritics from Latin letters only;
// the index folds the rest itself: see indexForm).
func foldWord(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii && !upper {
		return w
	}
	if ascii {
		return strings.ToLower(w)
	}
	w = strings.Map(func(r rune) rune { return caseFold(foldWidth(r)) }, w)
	plain := true
	for _, r := range w {
		if r == 'ё' || (r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r)) || unicode.Is(unicode.Mn, r) {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b []byte
	for _, r := range w {
		b = appendFolded(b, r)
	}
	return string(b)
}

// plainMark is the ASCII quote or hyphen for a typographic quote or dash
// r, or 0.
func plainMark(r rune) byte {
	switch r {
	case '’', '‘', 'ʼ', '´', '′':
		return '\''
	case '“', '”', '«', '»', '„', '‟', '″':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return 0
}

// caseFold is r in lower case as Unicode's case folding has it, which the
// index's tokenizer follows: ſ is s, final ς is σ, µ is μ. Turkish dotless
// ı stays itself, as it does there.
func caseFold(r rune) rune {
	if r == 'ı' {
		return r
	}
	return unicode.ToLower(unicode.ToUpper(r))
}

// appendFolded appends r to b as foldWord reads it: ё as е, a Latin
// letter without its diacritics, a combining mark not at all. The caller
// lower-cases.
func appendFolded(b []byte, r rune) []byte {
	switch {
	case r == 'ё':
		return utf8.AppendRune(b, 'е')
	case r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r):
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b = utf8.AppendRune(b, d)
			}
		}
		return b
	case unicode.Is(unicode.Mn, r):
		return b // unicode61 drops it with remove_diacritics
	}
	return utf8.AppendRune(b, r)
}

// MatchSpans returns the byte spans of text where q occurs, read as the
// library's search reads words: letter case (as Unicode folds it: ſ is s,
// ς is σ), ё against е, the diacritics of Latin letters, the width of
// full-width letters and the kind of quote or dash aside ("sergei" finds
// "Sergéi", "l'homme" finds "l’homme", "NATO" finds "ＮＡＴＯ").
// A view marks with it what a search hit it opens has found. A span covers
// whole characters, with the combining marks after them.
func MatchSpans(text, q string) [][2]int {
	q = queryText(q)
	if isASCII(text) && isASCII(q) {
		return asciiSpans(text, q) // an English cell: offsets need no map
	}
	f := matchFolder{decomposed: map[rune][]byte{}}
	fq := f.fold(nil, q, nil, nil)
	if len(fq) == 0 {
		return nil
	}
	// The folded text, and for each of its bytes where the character it
	// came from starts and ends in text.
	starts, ends := make([]int32, 0, len(text)), make([]int32, 0, len(text))
	folded := f.fold(make([]byte, 0, len(text)), text, &starts, &ends)
	var spans [][2]int
	for i := 0; i < len(folded); {
		j := bytes.Index(folded[i:], fq)
		if j < 0 {
			break
		}
		a, b := i+j, i+j+len(fq)
		spans = append(spans, [2]int{int(starts[a]), int(ends[b-1])})
		i = b
	}
	return spans
}

// asciiSpans is MatchSpans for ASCII text and query, where folding is
// lower-casing and keeps every offset.
func asciiSpans(text, q string) [][2]int {
	lt, lq := strings.ToLower(text), strings.ToLower(q)
	if lq == "" {
		return nil
	}
	var spans [][2]int
	for i := 0; ; {
		j := strings.Index(lt[i:], lq)
		if j < 0 {
			return spans
		}
		spans = append(spans, [2]int{i + j, i + j + len(lq)})
		i += j + len(lq)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// matchFolder folds texts for MatchSpans, keeping the Latin letters it
// has decomposed.
type matchFolder struct {
	decomposed map[rune][]byte
}

// fold appends s, folded, to b; with starts and ends, it appends for each
// byte appended where its character starts and ends in s.
func (f *matchFolder) fold(b []byte, s string, starts, ends *[]int32) []byte {
	for i := 0; i < len(s); {
		n := len(b)
		r, w := rune(s[i]), 1
		switch {
		case (r == '\n' || r == '\r' || r == ' ' || r == '\t') && lineInIdeographs(s, i, b):
			// A Chinese or Japanese word wrapped at a line break (or
			// spaced out) is found whole, as the index finds it.
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		default:
			r, w = utf8.DecodeRuneInString(s[i:])
			r = caseFold(foldWidth(r))
			switch {
			case r < utf8.RuneSelf: // a full-width letter, digit or sign, or the ideographic space
				b = append(b, byte(r))
			case r == 'ё':
				b = append(b, "е"...)
			case r >= 0x430 && r <= 0x4FF: // Cyrillic small letters, most of a Russian text
				b = utf8.AppendRune(b, r)
			case plainMark(r) != 0:
				b = append(b, plainMark(r))
			case unicode.Is(unicode.Latin, r):
				d, ok := f.decomposed[r]
				if !ok {
					d = appendFolded(nil, r)
					f.decomposed[r] = d
				}
				b = append(b, d...)
			default:
				b = appendFolded(b, r)
			}
		}
		end := int32(i + w)
		if starts != nil {
			if len(b) == n && n > 0 {
				(*ends)[n-1] = end // a dropped mark belongs to the letter before it
			}
			for range len(b) - n {
				*starts, *ends = append(*starts, int32(i)), append(*ends, end)
			}
		}
		i += w
	}
	return b
}

// lineInIdeographs reports white space at s[i] between two Chinese or
// Japanese characters: the last that b, s folded so far, holds and the
// next but white space in s.
func lineInIdeographs(s string, i int, b []byte) bool {
	before, _ := utf8.DecodeLastRune(b)
	if !isIdeograph(before) {
		return false
	}
	j := i
	for j < len(s) && (s[j] == '\n' || s[j] == '\r' || s[j] == ' ' || s[j] == '\t') {
		j++
	}
	after, _ := utf8.DecodeRuneInString(s[j:])
	return isIdeograph(after)
}

// snippet shows about snippetWords words of text around the first word
// that matches one of terms, with matching words between SnippetOpen and
// SnippetClose, and "…" where text was cut; the first words of text when
// none matches.
func snippet(text string, terms []queryTerm) (s string, at int) {
	if s, at, ok := matchSnippet(text, terms); ok {
		return s, at
	}
	return snippetPlain(text, snippetWords), -1
}

// matchSnippet is snippet, with the offset in text of its first marked
// word, reporting false when no word of text matches.
// A phrase marks its words only where they stand together in order; when
// no term matches whole (a phrase FTS found across a chunk's edge), the
// words of any term are marked. Words are folded only as far as the
// snippet needs: a match is usually near the chunk's start.
func matchSnippet(text string, terms []queryTerm) (string, int, bool) {
	toks := wordSpans(text)
	m := newTermMatcher(terms)
	folded := make([]string, 0, len(toks))
	foldTo := func(n int) { // folds words [len(folded), n)
		for k := len(folded); k < n; k++ {
			f := ""
			if w := text[toks[k].start:toks[k].end]; len(w) >= m.shortest {
				f = foldWord(w)
			}
			folded = append(folded, f)
		}
	}
	first, whole, matchEnd := -1, false, -1
	for k := range toks {
		foldTo(k + 1)
		if first = m.wholeEndingAt(folded, k); first >= 0 {
			whole, matchEnd = true, k
			break
		}
	}
	if !whole {
		first = slices.IndexFunc(folded, func(f string) bool { return f != "" && m.matchesAny(f) })
		if first < 0 {
			return "", -1, false
		}
	}
	lo := max(0, first-snippetWords/4)
	hi := min(len(toks), lo+snippetWords)
	if whole {
		// A long phrase shows whole, up to maxSnippetWords.
		hi = min(len(toks), max(hi, min(matchEnd+1+snippetWords/4, lo+maxSnippetWords)))
	}
	foldTo(hi)
	marked := make([]bool, hi-lo)
	if whole {
		m.markPhrases(folded[lo:hi], marked)
	} else {
		for k, f := range folded[lo:hi] {
			marked[k] = f != "" && m.matchesAny(f)
		}
	}
	at := -1
	if k := slices.Index(marked, true); k >= 0 {
		at = toks[lo+k].start
	}
	return snippetOf(text, toks[lo:hi], marked), at, true
}

// wordSpans lists the words of text, as FTS5's tokenizer cuts the text
// indexed (see indexForm): a Chinese or Japanese character is a word.
func wordSpans(text string) []wordSpan {
	var toks []wordSpan
	eachWordSpan(text, func(w wordSpan) bool {
		toks = append(toks, w)
		return true
	})
	return toks
}

// eachWordSpan calls f with each word of text, as wordSpans lists them,
// until f returns false.
func eachWordSpan(text string, f func(wordSpan) bool) {
	start := -1
	afterIdeograph := false
	for i, r := range text {
		if afterIdeograph && partsIdeographs(text, i, r) {
			if !f(wordSpan{i, i}) { // no word, but the phrase breaks here, as in the index
				return
			}
		}
		if !unicode.IsSpace(r) {
			afterIdeograph = isIdeograph(r)
		}
		switch {
		case isIdeograph(r):
			if start >= 0 {
				if !f(wordSpan{start, i}) {
					return
				}
				start = -1
			}
			if !f(wordSpan{i, i + utf8.RuneLen(r)}) {
				return
			}
		case isTokenRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if !f(wordSpan{start, i}) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		f(wordSpan{start, len(text)})
	}
}

// wordSpan is a word's byte span in a text.
type wordSpan struct{ start, end int }

// termMatcher tells the words a query's terms match.
type termMatcher struct {
	terms    []queryTerm
	shortest int // folding never lengthens a word: shorter words cannot match
}

func newTermMatcher(terms []queryTerm) termMatcher {
	m := termMatcher{terms: terms, shortest: -1}
	for _, t := range terms {
		for _, tw := range t.words {
			if m.shortest < 0 || len(tw) < m.shortest {
				m.shortest = len(tw)
			}
		}
	}
	return m
}

// markPhrases marks in marked the words of folded ("" for a word too
// short to match) where a term matches whole: all its words, in order,
// side by side.
func (m termMatcher) markPhrases(folded []string, marked []bool) {
	for _, t := range m.terms {
		for k := 0; k+len(t.words) <= len(folded); k++ {
			if t.matchesAt(folded, k) {
				for x := k; x < k+len(t.words); x++ {
					marked[x] = true
				}
			}
		}
	}
}

// wholeEndingAt is where a term that matches whole and ends at folded[k]
// starts, or -1.
func (m termMatcher) wholeEndingAt(folded []string, k int) int {
	for _, t := range m.terms {
		if start := k + 1 - len(t.words); start >= 0 && t.matchesAt(folded, start) {
			return start
		}
	}
	return -1
}

// matchesAt reports whether the term's words are folded[k:] in order.
func (t queryTerm) matchesAt(folded []string, k int) bool {
	for j := range t.words {
		if !t.wordMatches(j, folded[k+j]) {
			return false
		}
	}
	return true
}

// wordMatches reports whether the folded word f is the term's word j.
func (t queryTerm) wordMatches(j int, f string) bool {
	tw := t.words[j]
	return f == tw || (t.prefix && j == len(t.words)-1 && strings.HasPrefix(f, tw))
}

// matchesAny reports whether the folded word f is any word of any term.
func (m termMatcher) matchesAny(f string) bool {
	for _, t := range m.terms {
		for j := range t.words {
			if t.wordMatches(j, f) {
				return true
			}
		}
	}
	return false
}

// snippetOf is the text of words toks (a run of text's words), those
// marked between SnippetOpen and SnippetClose, with "…" where text goes
// on before or after, on one line.
func snippetOf(text string, toks []wordSpan, marked []bool) string {
	var b strings.Builder
	if strings.TrimSpace(text[:toks[0].start]) != "" {
		b.WriteString("…")
	}
	pos := toks[0].start
	for k, t := range toks {
		b.WriteString(text[pos:t.start])
		// Marked words side by side with nothing between (the characters
		// of a Chinese word) are marked as one.
		if marked[k] && !(k > 0 && marked[k-1] && pos == t.start) {
			b.WriteString(SnippetOpen)
		}
		b.WriteString(text[t.start:t.end])
		if marked[k] && !(k+1 < len(toks) && marked[k+1] && toks[k+1].start == t.end) {
			b.WriteString(SnippetClose)
		}
		pos = t.end
	}
	rest := text[pos:]
	if cut := strings.IndexFunc(rest, isTokenRune); cut >= 0 {
		b.WriteString(rest[:cut])
		b.WriteString("…")
	} else {
		b.WriteString(rest)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// snippetPlain returns the first n words of text.
func snippetPlain(text string, n int) string {
	f := strings.Fields(text)
	if len(f) > n {
		return strings.Join(f[:n], " ") + " …"
	}
	return strings.Join(f, " ")
}
