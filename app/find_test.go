package app

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFindOpensOnFirstMatchLater opens the find bar on a word (as a
// library search hit does) while the highlights are prepared in the
// background: the first match becomes current once they arrive.
func TestFindOpensOnFirstMatchLater(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	runJobs := queueBackground(mw)
	mw.find.openWith("Murat")
	if mw.find.count.Text != "…" {
		t.Errorf("count %q before the highlights arrived, want …", mw.find.count.Text)
	}
	runJobs()
	m := mw.View.MatchingRows()
	if len(m) == 0 || mw.View.Current() != m[0] || mw.find.count.Text != "1 of 1 row" {
		t.Errorf("current row %d, count %q; want the first of the matches %v", mw.View.Current(), mw.find.count.Text, m)
	}
}

// TestFindEnterBeforeHighlights types a new query and presses Enter
// before its highlights arrive: Enter goes to the new query's first
// match when they come, not to one of the previous query's.
func TestFindEnterBeforeHighlights(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	mw.find.open()
	mw.find.entry.SetText("Murat")
	runJobs := queueBackground(mw)
	mw.find.entry.SetText("Almaty")
	mw.find.next(1)
	if mw.View.Current() >= 0 {
		t.Errorf("Enter went to row %d before the matches arrived", mw.View.Current())
	}
	runJobs()
	if m := mw.View.MatchingRows(); len(m) == 0 || mw.View.Current() != m[0] {
		t.Errorf("current row %d, want the first Almaty match of %v", mw.View.Current(), m)
	}
}

// TestFindKeepsPlaceWhenRowsReturn goes to a match, reloads the notes
// (which installs the rows again) and presses Enter: the bar goes on from
// where it was.
func TestFindKeepsPlaceWhenRowsReturn(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	mw.find.openWith("the")
	mw.find.next(1)
	if len(mw.find.matches) < 3 || mw.find.at != 1 {
		t.Fatalf("at match %d of %d, want the second of three or more", mw.find.at, len(mw.find.matches))
	}
	if err := mw.VM.ReloadNotes(context.Background()); err != nil {
		t.Fatal(err)
	}
	mw.find.next(1)
	if mw.find.at != 2 {
		t.Errorf("Enter after the rows returned went to match %d (count %q), want the third", mw.find.at, mw.find.count.Text)
	}
}

// TestFindMovesTheCounter: going to a match makes its row current, and the
// status line and the toolbar's counter say where that is, as after Next.
func TestFindMovesTheCounter(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	mw.find.openWith("Almaty")
	v := mw.View
	if v.Current() < 0 {
		t.Fatal("no match gone to")
	}
	want := placeAmong(v.Stops(), v.Current(), v.Rows(), v.FollowedLabel())
	if mw.Status.Text != want {
		t.Errorf("status %q at the match, want %q", mw.Status.Text, want)
	}
	k := slices.Index(v.Stops(), v.Current())
	if counter := mw.bar.counter.Text; k >= 0 && counter != stepText(k, len(v.Stops())) {
		t.Errorf("counter %q at changed row %d", counter, k+1)
	}
}

// TestFindReopensWithTheQuerySelected: Ctrl+F again selects the last
// query, so that typing replaces it ("Oblonskypromising area" found
// nothing).
func TestFindReopensWithTheQuerySelected(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.find.openWith("Oblonsky")
	mw.find.close()
	mw.find.open()
	if got := mw.find.entry.SelectedText(); got != "Oblonsky" {
		t.Errorf("reopened, the query selected is %q, want the whole of it", got)
	}
	test.Type(mw.find.entry, "area")
	if got := mw.find.entry.Text; got != "area" {
		t.Errorf("typing after reopening: query %q, want \"area\"", got)
	}
}
