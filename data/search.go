package data

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Marks around the matched words in Hit.Snippet.
const (
	SnippetOpen  = "⟦"
	SnippetClose = "⟧"
)

// Hit is one version matching a search.
type Hit struct {
	BriefingID    int64   `json:"briefing_id"`
	BriefingSlug  string  `json:"briefing_slug"`
	BriefingTitle string  `json:"briefing_title"`
	VersionID     int64   `json:"version_id"`
	Label         string  `json:"label"`
	Language      string  `json:"language,omitempty"`
	Kind          string  `json:"kind"`
	Snippet       string  `json:"snippet"` // matched words between SnippetOpen and SnippetClose
	Rank          float64 `json:"rank"`    // BM25, lower is better
}

// Search finds the versions whose text matches query, best first, at most
// limit (20 when limit <= 0). Words are matched case-insensitively and
// without diacritics (ё matches е, é matches e; snippets show ё as е);
// all words
// must occur; "a phrase" in double quotes matches the words in order;
// word* matches a prefix.
func (l *Library) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	fq := ftsQuery(strings.NewReplacer("ё", "е", "Ё", "Е").Replace(query))
	if fq == "" {
		return nil, fmt.Errorf("search %q: no words to search for", query)
	}
	// Rank in the FTS table first, then build snippets only for the hits
	// returned.
	rows, err := l.db.QueryContext(ctx, `
		WITH top AS (
			SELECT rowid AS id, rank FROM versions_fts WHERE versions_fts MATCH ?1 ORDER BY rank LIMIT ?2
		)
		SELECT v.id, v.label, v.language, v.kind, b.id, b.slug, b.title, top.rank,
			(SELECT snippet(versions_fts, 0, ?3, ?4, '…', 16) FROM versions_fts
				WHERE versions_fts MATCH ?1 AND rowid = top.id)
		FROM top JOIN versions v ON v.id = top.id JOIN briefings b ON b.id = v.briefing_id
		ORDER BY top.rank`, fq, limit, SnippetOpen, SnippetClose)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, classify(err))
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.VersionID, &h.Label, &h.Language, &h.Kind, &h.BriefingID, &h.BriefingSlug, &h.BriefingTitle, &h.Rank, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, classify(err))
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, classify(err))
	}
	return hits, nil
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: each word becomes a quoted term (kept as a prefix when it
// ends in *), text in double quotes a quoted phrase; terms are ANDed.
func ftsQuery(q string) string {
	var terms []string
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	words := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) })
	}
	parts := strings.Split(q, `"`)
	for i, part := range parts {
		if i%2 == 1 { // inside quotes: a phrase
			if ws := words(part); len(ws) > 0 {
				terms = append(terms, `"`+strings.Join(ws, " ")+`"`)
			}
			continue
		}
		for _, f := range strings.Fields(part) {
			prefix := strings.HasSuffix(f, "*")
			for j, w := range words(f) {
				t := `"` + w + `"`
				if prefix && j == len(words(f))-1 {
					t += "*"
				}
				terms = append(terms, t)
			}
		}
	}
	return strings.Join(terms, " ")
}
