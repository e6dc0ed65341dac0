package app

import (
	"context"
	"maps"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// TestChangeParts: a change's line in the side panel starts with what
// changed, which a narrow panel shows, and says where below it.
func TestChangeParts(t *testing.T) {
	cmp := Comparison{Columns: []data.Version{{Label: "blog-en"}, {Label: "revised-en"}, {Label: "ru"}}}
	tests := []struct {
		c           ChangeView
		what, where string
	}{
		{ChangeView{Kind: compare.Replace, Before: "19", After: "18", Number: true, Column: 1, Row: 4},
			"19 → 18", "row 5 · revised-en · replaced (number)"},
		{ChangeView{Kind: compare.Insert, After: "for approval", Column: 1, Row: 22},
			"for approval", "row 23 · revised-en · added"},
		{ChangeView{Kind: compare.Delete, Before: "very", Column: 2, Row: 0},
			"very", "row 1 · ru · removed"},
		{ChangeView{Kind: compare.Replace, Before: "'", After: "’", Trivial: true, Column: 1, Row: 9},
			"' → ’", "row 10 · revised-en · replaced (typography)"},
		{ChangeView{Kind: compare.Replace, Before: "Moscow", After: "MOSCOW", Case: true, Column: 1, Row: 2},
			"Moscow → MOSCOW", "row 3 · revised-en · replaced (letter case)"},
		{ChangeView{Kind: compare.Replace, Before: "Petrova", After: "Ivanova", Name: true, Column: 1, Row: 6},
			"Petrova → Ivanova", "row 7 · revised-en · replaced (name)"},
	}
	for _, tt := range tests {
		what, where := changeParts(tt.c, cmp)
		if what != tt.what || where != tt.where {
			t.Errorf("changeParts(%+v) = %q, %q; want %q, %q", tt.c, what, where, tt.what, tt.where)
		}
	}
	// With two columns the version goes without saying.
	if _, where := changeParts(tests[0].c, Comparison{Columns: cmp.Columns[:2]}); where != "row 5 · replaced (number)" {
		t.Errorf("two columns: %q", where)
	}
}

// TestChangeViewsFlagNames: a name put for another is flagged in the
// change list, as the engine flags it (compare.FlagName), and a number
// beside it is not taken for one.
func TestChangeViewsFlagNames(t *testing.T) {
	texts := []string{"Anna Petrova met the minister on Friday. They talked for 15 minutes.\n",
		"Anna Ivanova met the minister on Friday. They talked for 25 minutes.\n"}
	res, err := compare.Compare(context.Background(), texts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	table, _ := res.MovesInPlace()
	rows := BuildRows(res, table)
	got := map[string][2]bool{}
	for _, c := range changeViews(res, rows, table) {
		got[c.Before] = [2]bool{c.Name, c.Number}
	}
	if want := map[string][2]bool{"Petrova": {true, false}, "15": {false, true}}; !maps.Equal(got, want) {
		t.Errorf("changes (name, number) = %v, want %v", got, want)
	}
	if s := res.StatsFor(1); s.Names != 1 || s.Numbers != 1 {
		t.Errorf("stats %+v, want one name and one number", s)
	}
}

// TestStepTextNamesPassages: the toolbar's counter says it counts changed
// passages, which the change list beside it (counting changes) does not.
func TestStepTextNamesPassages(t *testing.T) {
	for _, tc := range []struct {
		k, n int
		want string
	}{{2, 16, "3 of 16 changed passages"}, {0, 1, "1 of 1 changed passage"}} {
		if got := stepText(tc.k, tc.n); got != tc.want {
			t.Errorf("stepText(%d, %d) = %q, want %q", tc.k, tc.n, got, tc.want)
		}
	}
}

// TestCounterKeepsItsWidth: stepping from "37 changed passages" to "3 of
// 37 changed passages" does not widen the toolbar's right-hand part,
// which would narrow the base's box beside it.
func TestCounterKeepsItsWidth(t *testing.T) {
	mw, _ := sampleWindow(t)
	// The container that holds the counter, and what holds that.
	var holder fyne.CanvasObject
	walkObjects(mw.bar.content, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				if x == mw.bar.counter || x == holder {
					holder = c
				}
			}
		}
	})
	if holder == nil {
		t.Fatal("no container holds the counter")
	}
	before := holder.MinSize().Width
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if after := holder.MinSize().Width; after != before || !strings.Contains(mw.bar.counter.Text, " of ") {
		t.Errorf("counter %q: the toolbar's part is %v wide, was %v", mw.bar.counter.Text, after, before)
	}
	// Another base, more passages: the bar is laid out anew, and the
	// counter stays inside the window.
	ru := versionByLabel(t, mw.VM, "ru")
	ids, _ := mw.VM.Columns()
	if err := mw.VM.SetColumns(ids, ru.ID); err != nil {
		t.Fatal(err)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	mw.Window.Canvas().Capture()
	at := mw.app.Driver().AbsolutePositionForObject(mw.bar.counter)
	if end := at.X + mw.bar.counter.Size().Width; end > mw.Window.Canvas().Size().Width+1 || mw.bar.counter.Size().Width < mw.bar.counter.MinSize().Width {
		t.Errorf("counter %q ends at %v, past the window's %v (%v wide for %v)", mw.bar.counter.Text, end, mw.Window.Canvas().Size().Width,
			mw.bar.counter.Size().Width, mw.bar.counter.MinSize().Width)
	}
}

// TestGoToTheNotes: Ctrl+Shift+N opens the notes tab, the panel shown
// again if hidden, with its list focused, which no Tab reaches; Ctrl+Shift+L
// goes back to the change list.
func TestGoToTheNotes(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.side.pane.toggle() // hidden
	for _, tc := range []struct {
		key  fyne.KeyName
		tab  int
		list *keyList
	}{{fyne.KeyN, 1, mw.side.notes}, {fyne.KeyL, 0, mw.side.changes}} {
		sc := &desktop.CustomShortcut{KeyName: tc.key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
		mw.Window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(sc)
		if !mw.side.pane.shown || mw.side.content.SelectedIndex() != tc.tab || mw.Window.Canvas().Focused() != tc.list {
			t.Errorf("Ctrl+Shift+%s: panel shown %v, tab %d, focus %T", tc.key, mw.side.pane.shown, mw.side.content.SelectedIndex(), mw.Window.Canvas().Focused())
		}
	}
}
