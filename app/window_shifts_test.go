package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/compare"
)

// Three versions of a statement: b reads as the base a does, c differs
// from it in typography alone (quotes, a dash). With "Hide typography"
// and "Changes only" on, every row is hidden, and the rows area says
// that the filters hide typography, though only c's differs (the
// comparison's counts are the first other column's).
func TestFiltersHidingTypographyOfThirdColumn(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	texts := []string{"He said «yes» — and left.", "He said «yes» — and left.", "He said \"yes\" - and left."}
	mw := openWindow(t, a, texts, Options{Size: fyne.NewSize(1000, 600), Versions: []int64{1, 2, 3}}, nil)
	mw.Window.Resize(fyne.NewSize(1000, 600))
	mw.Window.Canvas().Capture()
	cmp := mw.VM.Comparison()
	if len(cmp.Columns) != 3 {
		t.Fatalf("%d columns shown, want 3", len(cmp.Columns))
	}
	trivial := false
	for _, c := range cmp.Changes {
		trivial = trivial || c.Trivial && c.Column == 2
	}
	if !trivial {
		t.Fatalf("no typography change of c found: %+v", cmp.Changes)
	}
	checkFiltersHideTypography(t, mw)
}

// The change list names a change of white space by its kinds: a space
// made a no-break one reads "(space) → (no-break space)", not "(space) →
// (space)".
func TestChangeListNamesSpaceKinds(t *testing.T) {
	mw := twoTextWindow(t, "One two three. Four five.", "One two\u00a0three.\u2009Four five.")
	cmp := mw.VM.Comparison()
	if len(cmp.Changes) == 0 {
		t.Fatal("no change found between a space and a no-break space")
	}
	for _, c := range cmp.Changes {
		what, where := changeParts(c, cmp)
		if c.Before != "" && c.Before == c.After {
			t.Errorf("change list line %q / %q: both sides read %q; want the kinds of space named apart", what, where, c.Before)
		}
	}
}

// A change of the white space between two sentences is listed at the row
// of the sentence before it, where the exports (CSV, JSON) place it too.
func TestSpaceBetweenSentencesListedAtTheRowBefore(t *testing.T) {
	mw := twoTextWindow(t, "One two three. Four five.", "One two three.\u2009Four five.")
	cmp := mw.VM.Comparison()
	if len(cmp.Changes) != 1 {
		t.Fatalf("changes %+v, want the space between the sentences", cmp.Changes)
	}
	if got := cmp.Changes[0].Row; got != 0 {
		t.Errorf("the change is listed at row %d, want 0 (\"One two three.\")", got)
	}
}

// A moved passage is listed at the row that shows it, though its cells
// stand out of the text's order.
func TestMoveListedAtItsRow(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	for _, c := range mw.VM.Comparison().Changes {
		if c.Kind != compare.Move {
			continue
		}
		if got := mw.View.RowTexts(c.Row); len(got) < 2 || got[1] != c.After {
			t.Errorf("the move %q is listed at row %d, which reads %q", c.After, c.Row, got)
		}
		return
	}
	t.Fatal("no move in the change list")
}

// Three versions a, b, c shown; the user hides b, the middle column
// (library panel), and while the comparison of a and c runs the rows of
// a, b, c stay on screen. A right click in the middle column (b's text)
// offers "Copy c" (it copies b's text) and "Add a note…", which would be
// saved on c with the span of b's cell. A user expects the menu of a
// column to name and annotate the version whose text it shows, or no
// label nor note while the columns change.
func TestRightClickWhileTheMiddleColumnGoes(t *testing.T) {
	mw := hidingColumnOfThree(t, 2) // b, the middle column
	if n := len(mw.View.RowTexts(0)); n != 3 {
		t.Fatalf("the rows on screen have %d texts after hiding b, want the old 3 while the comparison runs", n)
	}
	m := mw.rowMenu(0, 1)
	if m == nil {
		t.Fatal("no menu for the row")
	}
	for _, it := range m.Items {
		if it.Label == "Copy c" || it.Label == "Add a note…" {
			t.Errorf("right click in the column showing b's text, while b's column goes: the menu offers %q", it.Label)
		}
	}
}
