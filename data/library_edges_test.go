package data

import (
	"context"
	"strings"
	"testing"
)

// A long Hindi transcript in one paragraph (no line break in 64 KB, as a
// pasted web page or a DOCX paragraph gives) holds the name "राम" once,
// where the index cuts its first chunk. The name is written र + the vowel
// sign ा (U+093E, a spacing mark, Mc) + म. A user expects a word copied
// from the text to be found.
func TestSearchWordAtChunkEdgeWithSpacingMark(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	word := "राम"
	head := "रा" // र + ा, 6 bytes
	var b strings.Builder
	for b.Len()+len("क ") <= chunkSize-len(head) {
		b.WriteString("क ")
	}
	for b.Len() < chunkSize-len(head) {
		b.WriteString(" ")
	}
	b.WriteString(word)
	for b.Len() < chunkSize+4096 {
		b.WriteString(" क")
	}
	b.WriteString("\n")
	text := b.String()
	start := chunkSize - len(head)
	t.Logf("the word spans bytes %d-%d; the first chunk ends at %d", start, start+len(word), chunkEnd(text, chunkSize))
	v, err := l.ImportBytes(ctx, "hi.txt", []byte(text), ImportOptions{Label: "hi", NewBriefingTitle: "Hindi"})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := l.Search(ctx, word, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.VersionID == v.ID {
			return
		}
	}
	t.Errorf("search %q: %d hits, none in the version that holds the word once (at the first chunk's edge)", word, len(hits))
}

// A briefing whose stored title is blank (made by a manifest with a slug
// alone, or by an older Variorum) must stay editable: a user expects an
// edit of the date to be saved, as UpdateBriefing
// already does for a stored date or language it would not accept now
// (asBefore: "one stored before the library checked them stays as it
// is, so that saving a new label does not first demand a fixed date").
func TestEditDateOfBriefingWithBlankTitle(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	b, err := l.CreateBriefing(ctx, Briefing{Slug: "talks"})
	if err != nil {
		t.Fatal(err)
	}
	b.Date = "2024-06-21"
	if err := l.UpdateBriefing(ctx, b); err != nil {
		t.Errorf("setting the date of briefing %q (stored title %q): %v; want it saved", b.Slug, b.Title, err)
	}
}
