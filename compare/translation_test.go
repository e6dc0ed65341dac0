package compare

import (
	"context"
	"os"
	"slices"
	"testing"
)

func TestReferences(t *testing.T) {
	tests := []struct {
		langs      []string
		base       int
		ref        []int
		translated []bool
	}{
		{nil, 0, []int{-1, 0, 0}, []bool{false, false, false}},
		{[]string{"ru", "en", "en-GB", "de", "en"}, 0, []int{-1, -1, 1, -1, 1}, []bool{false, true, true, true, true}},
		{[]string{"en", "ru", "en", ""}, 1, []int{-1, -1, 0, 1}, []bool{true, false, true, false}},
	}
	for _, tt := range tests {
		n := len(tt.ref)
		ref, tr := references(tt.langs, n, tt.base)
		if !slices.Equal(ref, tt.ref) || !slices.Equal(tr, tt.translated) {
			t.Errorf("references(%v, base %d) = %v, %v; want %v, %v", tt.langs, tt.base, ref, tr, tt.ref, tt.translated)
		}
	}
}

// TestCompareTranslation compares the sample's Russian transcript with its
// English renderings: every row holds the Russian and its English
// rendering where both have the content, no change is reported between
// the languages, and the two English versions are word-diffed.
func TestCompareTranslation(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("../assets/sample/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	texts := []string{read("ru.txt"), read("blog-en.txt"), read("revised-en.txt")}
	res, err := Compare(context.Background(), texts, Options{Languages: []string{"ru", "en", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Reference, []int{-1, -1, 1}) {
		t.Errorf("Reference = %v", res.Reference)
	}
	both, ruOnly, enOnly := 0, 0, 0
	for _, r := range res.Rows {
		switch {
		case r.Cells[0] != nil && r.Cells[1] != nil:
			both++
		case r.Cells[0] != nil:
			ruOnly++
		case r.Cells[1] != nil:
			enOnly++
		}
	}
	t.Logf("%d rows: %d with both, %d Russian only, %d English only", len(res.Rows), both, ruOnly, enOnly)
	if both < 60 || ruOnly > 5 || enOnly > 10 {
		t.Errorf("%d rows with Russian and English, %d Russian only, %d English only", both, ruOnly, enOnly)
	}
	for _, c := range res.Changes {
		if c.A == 0 || c.B == 1 {
			t.Fatalf("a change between languages: %+v", c)
		}
	}
	var blog, revised []Change
	for _, c := range res.Changes {
		if c.A == 1 && c.B == 2 {
			revised = append(revised, c)
		}
	}
	plain, err := Compare(context.Background(), texts[1:], Options{})
	if err != nil {
		t.Fatal(err)
	}
	blog = plain.Changes
	if len(revised) != len(blog) {
		t.Errorf("%d changes from blog-en to revised-en beside the Russian, %d alone", len(revised), len(blog))
	}
}

func TestSameLanguage(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"en", "en-GB", true},
		{"en", "", true},
		{"", "ru", true},
		{"en", "ru", false},
		{"und-Latn", "und-Latn", true},
		{"und-Latn", "und-Cyrl", false},
		{"und-Latn", "en", false},
		{"und", "und-Latn", true},
		{"und-Latn-x-other", "und-Latn-x-other", true},
		{"und-Latn-x-other", "und-latn-X-OTHER", true},
		{"und-Latn-x-other", "und-Latn", false},
		{"und-Latn-x-other", "und-Cyrl-x-other", false},
	} {
		if got := SameLanguage(tc.a, tc.b); got != tc.want {
			t.Errorf("SameLanguage(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
