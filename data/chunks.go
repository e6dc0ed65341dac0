package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// chunkSize is the most bytes of a version's text one search-index row
// holds. The index is fed a chunk at a time so that indexing a text costs
// memory in proportion to the chunk, not to the text (FTS5 holds a row's
// terms in memory while it indexes it), and a snippet reads one chunk.
// Tuned by importing a large text with 16, 64 and 256 KB chunks: the peak
// is the same (the text itself dominates), smaller chunks import slower
// into a larger library, and 64 KB keeps a snippet's read small.
const chunkSize = 64 << 10

// chunkEnd returns where the chunk that starts text ends: len(text) when
// text fits in size bytes, else the last paragraph break, line break or
// non-word character in the second half of the first size bytes, so that
// no word (and rarely a phrase) is split between two chunks; a rune
// boundary when that half holds none of them.
func chunkEnd(text string, size int) int {
	if len(text) <= size {
		return len(text)
	}
	half := size / 2
	window := text[half:size]
	if i := strings.LastIndex(window, "\n\n"); i >= 0 {
		return half + i + 2
	}
	if i := strings.LastIndexByte(window, '\n'); i >= 0 {
		return half + i + 1
	}
	// Cut after a character that belongs to no word, nor joins two
	// (a vowel sign or other mark, which the index takes as a break but
	// a word as written runs through).
	for end := size; end > half; {
		r, n := utf8.DecodeLastRuneInString(text[:end])
		next, _ := utf8.DecodeRuneInString(text[end:])
		if r != utf8.RuneError && !isTokenRune(r) && !unicode.IsMark(r) && !unicode.IsMark(next) {
			return end
		}
		end -= n
	}
	end := size
	for end > 0 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// FoldYo folds ё to е, as the library's index and its queries see words
// (FTS5's unicode61 tokenizer removes diacritics from Latin letters only).
// A view that marks what a search found folds its text the same way;
// both letters are two bytes, so offsets in the folded text are the text's.
func FoldYo(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "ё", "е"), "Ё", "Е")
}

// indexText adds the text of version id to the search index, a chunk at
// a time: each chunk is stored as it is in version_chunks (snippets are
// made from it) and indexed in chunks_fts as indexForm makes it, under
// the chunk's id.
func indexText(ctx context.Context, tx *sql.Tx, id int64, text string) error {
	addChunk, err := tx.PrepareContext(ctx, `INSERT INTO version_chunks (version_id, seq, start, text) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer addChunk.Close()
	addIndex, err := tx.PrepareContext(ctx, `INSERT INTO chunks_fts (rowid, text) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer addIndex.Close()
	for seq, start := 0, 0; start < len(text); seq++ {
		end := start + chunkEnd(text[start:], chunkSize)
		chunk := text[start:end]
		res, err := addChunk.ExecContext(ctx, id, seq, start, chunk)
		if err != nil {
			return fmt.Errorf("indexing version %d: %w", id, err)
		}
		cid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := addIndex.ExecContext(ctx, cid, indexForm(chunk)); err != nil {
			return fmt.Errorf("indexing version %d: %w", id, err)
		}
		start = end
	}
	return nil
}

// indexForm is a text as the search index reads it: ё folded to е,
// full-width Latin letters and digits as ASCII (foldWidth), and each
// Chinese or Japanese character a word of its own (isIdeograph),
// which FTS5's tokenizer would read, without spaces between them, as one
// word a run long. A query is cut the same way (parseQuery), and a word
// of such a text is then found as a phrase of its characters.
func indexForm(text string) string {
	text = FoldYo(text)
	if strings.ContainsFunc(text, hasNarrowForm) {
		text = strings.Map(foldWidth, text)
	}
	if !strings.ContainsFunc(text, isIdeograph) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/2)
	afterIdeograph := false // the last character but white space was one
	for i, r := range text {
		switch {
		case isIdeograph(r):
			b.WriteByte(' ')
			b.WriteRune(r)
			b.WriteByte(' ')
			afterIdeograph = true
			continue
		case r == punctWord:
			b.WriteByte(' ') // a text's own: it would read as the mark
			continue
		case afterIdeograph && partsIdeographs(text, i, r):
			// FTS5 passes over punctuation inside a phrase: "大学" would
			// be found in "很大，学生". A word no one types stands in for
			// the mark, so that a phrase across it meets it.
			b.WriteString(" " + string(punctWord) + " ")
		}
		if !unicode.IsSpace(r) {
			afterIdeograph = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// partsIdeographs reports that r, a character at text[i] after a Chinese
// or Japanese one, is a punctuation mark that parts it from the next
// such character ("大，学"): not a middle dot, which joins the parts of a
// foreign name (ジョン・スミス, 迈克尔·杰克逊), nor an invisible character.
func partsIdeographs(text string, i int, r rune) bool {
	if !partingMark(r) {
		return false
	}
	j := i + utf8.RuneLen(r)
	for j < len(text) {
		n, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(n) && !partingMark(n) && !unicode.In(n, unicode.Mn, unicode.Me, unicode.Cf) { // "。”学", "……学", "❤️", "#️⃣", "👨‍👩"
			if isNameHyphen(r) {
				// Between katakana, the double hyphen of a foreign name
				// (レヴィ＝ストロース); elsewhere an equals sign (速度＝距離).
				before, _ := utf8.DecodeLastRuneInString(text[:i])
				return !(isKatakana(before) && isKatakana(n))
			}
			return isIdeograph(n)
		}
		j += size
	}
	return false
}

// partingMark reports a punctuation mark or a symbol (｜, →, ★, ＝) other
// than a middle dot, which joins the parts of a foreign name (ジョン・スミス).
func partingMark(r rune) bool {
	return (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !strings.ContainsRune("·・･‧", r)
}

// isNameHyphen reports a double hyphen or an equals sign, which Japanese
// sets between the parts of a foreign name.
func isNameHyphen(r rune) bool { return r == '＝' || r == '゠' || r == '=' }

// isKatakana reports a katakana letter or the mark of length.
func isKatakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

// punctWord stands in the index for a punctuation mark between Chinese or
// Japanese characters (see indexForm): a character of the second private
// use plane, which FTS5's tokenizer reads as a word, no query holds
// (queryText takes it out) and texts all but never do.
const punctWord = '\U000FFFFD'

// isIdeograph reports a character of Chinese or Japanese writing, which
// runs on without spaces between words: Han, hiragana, katakana, and the
// marks of length and repetition (ー, 々).
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々')
}

// foldWidth is r at its usual width: a full-width letter, digit or sign
// (ＮＡＴＯ, ２０２４, ＄), which Chinese and Japanese texts set among their
// characters and their writers' keyboards type, as its ASCII or Latin-1
// form, and the ideographic space as a space. FTS5's tokenizer reads
// them apart, so that "NATO" would not find "ＮＡＴＯ"; the index, its
// queries and the marking of matches fold them alike. Half-width katakana
// is left: its voiced marks are separate characters, which only NFKC
// would join, and NFKC would change far more ("CO₂", "①").
func foldWidth(r rune) rune {
	if r < '\u3000' {
		return r
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
		return p.Folded()
	}
	return r
}

// hasNarrowForm reports a character that foldWidth changes.
func hasNarrowForm(r rune) bool { return foldWidth(r) != r }

// reindexIdeographs indexes again, as indexForm now makes it, each chunk
// that holds a Chinese or Japanese character.
func reindexIdeographs(ctx context.Context, tx *sql.Tx) error {
	return reindexHolding(ctx, tx, isIdeograph)
}

// reindexWidths indexes again each chunk that holds a full-width letter,
// digit or sign.
func reindexWidths(ctx context.Context, tx *sql.Tx) error {
	return reindexHolding(ctx, tx, hasNarrowForm)
}

// reindexHolding indexes again, as indexForm now makes it, each chunk
// that holds a character of which holds reports true.
// The chunks are read reindexBatch at a time, so that the step's memory
// stays that of a batch, whatever the library holds.
func reindexHolding(ctx context.Context, tx *sql.Tx, holds func(rune) bool) error {
	type chunk struct {
		id   int64
		text string
	}
	for last := int64(-1); ; {
		rows, err := tx.QueryContext(ctx, `SELECT id, text FROM version_chunks WHERE id > ? ORDER BY id LIMIT ?`, last, reindexBatch)
		if err != nil {
			return err
		}
		var todo []chunk
		n := 0
		for rows.Next() {
			var c chunk
			if err := rows.Scan(&c.id, &c.text); err != nil {
				rows.Close()
				return err
			}
			n, last = n+1, c.id
			if strings.ContainsFunc(c.text, holds) {
				todo = append(todo, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range todo {
			if _, err := tx.ExecContext(ctx, `DELETE FROM chunks_fts WHERE rowid = ?`, c.id); err != nil {
				return fmt.Errorf("indexing chunk %d again: %w", c.id, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO chunks_fts (rowid, text) VALUES (?, ?)`, c.id, indexForm(c.text)); err != nil {
				return fmt.Errorf("indexing chunk %d again: %w", c.id, err)
			}
		}
		if n < reindexBatch {
			return nil
		}
	}
}

// reindexBatch is how many chunks reindexIdeographs reads at a time:
// about 4 MB of text.
const reindexBatch = 64

// reindexAll indexes the text of every version, one at a time (the
// migration to chunked search runs it on an existing library).
func reindexAll(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM versions ORDER BY id`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		var text string
		if err := tx.QueryRowContext(ctx, `SELECT text FROM versions WHERE id = ?`, id).Scan(&text); err != nil {
			return fmt.Errorf("reading version %d: %w", id, err)
		}
		if err := indexText(ctx, tx, id, text); err != nil {
			return err
		}
	}
	return nil
}
