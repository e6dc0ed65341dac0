package app

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestViewModelTranslation opens the Russian transcript beside the revised
// English post: the rows pair each Russian passage with its English
// rendering, nothing is highlighted across the languages, and the changed
// date is a finding on its row.
func TestViewModelTranslation(t *testing.T) {
	lib := sampleLibrary(t)
	m := NewViewModel(lib, syncOptions())
	if err := m.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	ru, revised := versionByLabel(t, m, "ru"), versionByLabel(t, m, "revised-en")
	if err := m.SetPair(ru.ID, revised.ID); err != nil {
		t.Fatal(err)
	}
	cmp := m.Comparison()
	if cmp.Err != nil || !cmp.AnyTranslated() {
		t.Fatalf("err %v, translated %v", cmp.Err, cmp.Translated)
	}
	both := 0
	var notes, shorts []string
	for _, r := range cmp.Rows {
		if r.Cells[0].Has && r.Cells[1].Has {
			both++
		}
		for _, f := range r.Findings {
			notes, shorts = append(notes, f.Text), append(shorts, f.Short)
			if f.Column != 1 {
				t.Errorf("a finding in column %d, not the rendering's", f.Column)
			}
		}
	}
	if both < len(cmp.Rows)*3/4 {
		t.Errorf("%d of %d rows hold both languages", both, len(cmp.Rows))
	}
	if h := highlighted(cmp.Rows, SideOther); len(h) != 0 {
		t.Errorf("highlights across languages: %q", h)
	}
	// The paragraph revised-en moved shows at both ends; under the
	// source's text the note names the rendering.
	movedIn := slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, "Moved in revised-en, to row ") })
	movedHere := slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, "Moved here from rows ") })
	if !movedIn || !movedHere || slices.Contains(notes, "Not rendered") {
		t.Errorf("the moved paragraph's notes: %q", notes)
	}
	if !slices.Contains(notes, "Numbers differ: only the source has 19, only the rendering 18") {
		t.Errorf("no finding for the changed date among %q", notes)
	}
	// The change list says it with the numbers first, which a narrow
	// panel would otherwise cut off after "Numbers differ: only the".
	if !slices.Contains(shorts, "19 ≠ 18") {
		t.Errorf("the change list's words for the changed date: %q", shorts)
	}
	if cmp.Findings == 0 || statusText(cmp) == "" {
		t.Errorf("findings %d, status %q", cmp.Findings, statusText(cmp))
	}
	t.Log(statusText(cmp))
}
