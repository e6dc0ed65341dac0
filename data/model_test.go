package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestCheckFields(t *testing.T) {
	for _, tc := range []struct {
		lang, date, kind string
		badLang          bool
		badDate          bool
		badKind          bool
	}{
		{"", "", "", false, false, false},
		{"ru", "2024-06-21", KindOriginal, false, false, false},
		{"en-GB", "2024-06", KindRevision, false, false, false},
		{"und-Latn", "2024", KindOther, false, false, false},
		{`e"n<&`, "21/06/2024", "Original", true, true, true},
		{"not a lang", "yesterday", "copy", true, true, true},
		{"en_", "2024-13-45", " other", true, true, true},
		{"zz-", "2024-02-30", "x", true, true, true},
	} {
		if err := CheckKind(tc.kind); errors.Is(err, ErrBadKind) != tc.badKind {
			t.Errorf("CheckKind(%q) = %v", tc.kind, err)
		}
		opt := ImportOptions{Lang: tc.lang, Date: tc.date, Kind: tc.kind}
		err := opt.Check()
		if errors.Is(err, ErrBadKind) != tc.badKind || errors.Is(err, ErrBadLanguage) != tc.badLang || errors.Is(err, ErrBadDate) != tc.badDate {
			t.Errorf("%+v.Check() = %v", opt, err)
		}
		if err := CheckLanguage(tc.lang); errors.Is(err, ErrBadLanguage) != tc.badLang {
			t.Errorf("CheckLanguage(%q) = %v", tc.lang, err)
		}
		if err := CheckDate(tc.date); errors.Is(err, ErrBadDate) != tc.badDate {
			t.Errorf("CheckDate(%q) = %v", tc.date, err)
		}
	}
}

// TestBadFieldsRefused: a language that is no tag or a date that is no
// date is refused by import and by the edits, and nothing is written.
func TestBadFieldsRefused(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	if _, err := l.ImportBytes(ctx, "a.txt", []byte("A text.\n"), ImportOptions{Lang: "not a lang"}); !errors.Is(err, ErrBadLanguage) {
		t.Errorf("import with a bad language: %v", err)
	}
	if _, err := l.ImportBytes(ctx, "a.txt", []byte("A text.\n"), ImportOptions{NewBriefingTitle: "T", Date: "21/06/2024"}); !errors.Is(err, ErrBadDate) {
		t.Errorf("import with a bad date: %v", err)
	}
	if bs, err := l.Briefings(ctx); err != nil || len(bs) != 0 {
		t.Fatalf("after refused imports: %d briefings, %v", len(bs), err)
	}
	v, err := l.ImportBytes(ctx, "a.txt", []byte("A text.\n"), ImportOptions{NewBriefingTitle: "T", Date: "2024-06"})
	if err != nil {
		t.Fatal(err)
	}
	v.Language = `e"n<&`
	if err := l.UpdateVersion(ctx, v); !errors.Is(err, ErrBadLanguage) {
		t.Errorf("UpdateVersion with a bad language: %v", err)
	}
	b, err := l.Briefing(ctx, v.BriefingID)
	if err != nil {
		t.Fatal(err)
	}
	b.Date = "2024-13-45"
	if err := l.UpdateBriefing(ctx, b); !errors.Is(err, ErrBadDate) {
		t.Errorf("UpdateBriefing with a bad date: %v", err)
	}
	if _, err := l.CreateBriefing(ctx, Briefing{Title: "U", Date: "yesterday"}); !errors.Is(err, ErrBadDate) {
		t.Errorf("CreateBriefing with a bad date: %v", err)
	}
	if _, err := l.ImportBytes(ctx, "b.txt", []byte("B text.\n"), ImportOptions{RetrievedAt: "2024-99-99"}); !errors.Is(err, ErrBadDate) {
		t.Errorf("import with a bad retrieval date: %v", err)
	}
	got, err := l.Version(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Language == v.Language {
		t.Errorf("the refused language was saved: %q", got.Language)
	}
	got.RetrievedAt = "yesterday"
	if err := l.UpdateVersion(ctx, got); !errors.Is(err, ErrBadDate) {
		t.Errorf("UpdateVersion with a bad retrieval date: %v", err)
	}
	if got, err = l.Version(ctx, v.ID); err != nil || got.RetrievedAt != "" {
		t.Errorf("the refused retrieval date was saved: %q, %v", got.RetrievedAt, err)
	}
}

// TestCheckRetrieved: a version's retrieval is a date as a briefing's, or
// a date with a time.
func TestCheckRetrieved(t *testing.T) {
	for _, tc := range []struct {
		d   string
		bad bool
	}{
		{"", false},
		{"2024-06-21", false},
		{"2024-06", false},
		{"2024-06-21 17:05", false},
		{"2024-06-21 17:05:09", false},
		{"2024-06-21T17:05", false},
		{"2024-06-21T17:05:09+03:00", false},
		{"2024-99-99", true},
		{"yesterday", true},
		{"21.06.2024", true},
		{"2024-06-21 25:00", true},
	} {
		if err := CheckRetrieved(tc.d); errors.Is(err, ErrBadDate) != tc.bad {
			t.Errorf("CheckRetrieved(%q) = %v", tc.d, err)
		}
	}
}

// TestOldFieldsKeptOnEdit: a language or date stored free-form before the
// library checked them does not stop an edit of another field, and stays
// as it was; changing it to another bad value is still refused.
func TestOldFieldsKeptOnEdit(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("A text.\n"), ImportOptions{NewBriefingTitle: "T"})
	if err != nil {
		t.Fatal(err)
	}
	// As an older Variorum stored them.
	if _, err := l.db.Exec(`UPDATE versions SET language = 'English'; UPDATE briefings SET date = '21/06/2024'`); err != nil {
		t.Fatal(err)
	}
	if v, err = l.Version(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	v.Label = "renamed"
	if err := l.UpdateVersion(ctx, v); err != nil {
		t.Errorf("a new label with the old language left alone: %v", err)
	}
	b, err := l.Briefing(ctx, v.BriefingID)
	if err != nil {
		t.Fatal(err)
	}
	b.Title = "Renamed"
	if err := l.UpdateBriefing(ctx, b); err != nil {
		t.Errorf("a new title with the old date left alone: %v", err)
	}
	if got, err := l.Version(ctx, v.ID); err != nil || got.Label != "renamed" || got.Language != "English" {
		t.Errorf("after the edit: %+v, %v", got, err)
	}
	if got, err := l.Briefing(ctx, b.ID); err != nil || got.Title != "Renamed" || got.Date != "21/06/2024" {
		t.Errorf("after the edit: %+v, %v", got, err)
	}
	v.Language = "Englisch"
	if err := l.UpdateVersion(ctx, v); !errors.Is(err, ErrBadLanguage) {
		t.Errorf("a changed language, still no tag: %v", err)
	}
	b.Date = "22/06/2024"
	if err := l.UpdateBriefing(ctx, b); !errors.Is(err, ErrBadDate) {
		t.Errorf("a changed date, still no date: %v", err)
	}
}

// TestImportLabelsReadApart: a file whose name without its extension is
// already a version's label in the briefing is labelled with its whole
// name, then with a number; a label given is kept.
func TestImportLabelsReadApart(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	first, err := l.ImportBytes(ctx, "blog-en.txt", []byte("One text.\n"), ImportOptions{NewBriefingTitle: "T"})
	if err != nil {
		t.Fatal(err)
	}
	into := ImportOptions{BriefingSlug: "t"}
	var labels []string
	for i, name := range []string{"blog-en.md", "blog-en.md", "blog-en.markdown"} {
		v, err := l.ImportBytes(ctx, name, []byte(fmt.Sprintf("Text number %d.\n", i)), into)
		if err != nil {
			t.Fatal(err)
		}
		labels = append(labels, v.Label)
	}
	if got := strings.Join(labels, ", "); got != "blog-en.md, blog-en (2), blog-en.markdown" || first.Label != "blog-en" {
		t.Errorf("labels %s (first %s)", got, first.Label)
	}
	v, err := l.ImportBytes(ctx, "x.txt", []byte("Another text.\n"), ImportOptions{BriefingSlug: "t", Label: "blog-en"})
	if err != nil || v.Label != "blog-en" {
		t.Errorf("a label given: %q, %v", v.Label, err)
	}
	// Another briefing may use the label again.
	w, err := l.ImportBytes(ctx, "blog-en.txt", []byte("A third text.\n"), ImportOptions{NewBriefingTitle: "U"})
	if err != nil || w.Label != "blog-en" {
		t.Errorf("in another briefing: %q, %v", w.Label, err)
	}
}

// TestLanguagesStoredCanonical: a language given as "fra", "EN" or
// "en_US" is stored as "fr", "en", "en-US", so that one language compares
// as one.
func TestLanguagesStoredCanonical(t *testing.T) {
	ctx := context.Background()
	l := openTemp(t)
	v, err := l.ImportBytes(ctx, "a.txt", []byte("Un texte.\n"), ImportOptions{Lang: "fra"})
	if err != nil || v.Language != "fr" {
		t.Fatalf("import --lang fra: %q, %v", v.Language, err)
	}
	for in, want := range map[string]string{"EN": "en", "en_US": "en-US", "deu": "de"} {
		v.Language = in
		if err := l.UpdateVersion(ctx, v); err != nil {
			t.Fatal(err)
		}
		got, err := l.Version(ctx, v.ID)
		if err != nil || got.Language != want {
			t.Errorf("language %q stored as %q, want %q (%v)", in, got.Language, want, err)
		}
	}
}
