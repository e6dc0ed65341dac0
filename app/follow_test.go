package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data/export"
)

// TestFollowOneVersion follows the changes of one version of the
// sample's four: the abridged copy lacks most rows, which makes every row
// a change of some version, and Next, "changes only", the counter, the
// change list and the status then follow the revision alone.
func TestFollowOneVersion(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	all := v.Changes()
	revised := versionByLabel(t, mw.VM, "revised-en")
	item := followItem(t, mw, "revised-en only")
	item.Action()
	mw.Window.Canvas().Capture()
	col := v.Followed()
	if ids, _ := mw.VM.Columns(); col < 0 || ids[col] != revised.ID {
		t.Fatalf("following column %d of %v, want revised-en's (%d)", col, ids, revised.ID)
	}
	changes := v.Changes()
	t.Logf("rows with changes: %d of every version, %d of revised-en", len(all), len(changes))
	if len(changes) == 0 || len(changes) >= len(all)/2 {
		t.Errorf("%d rows with revised-en's changes, of %d with any version's", len(changes), len(all))
	}
	// Every row stopped at holds a change of the revision, and every
	// change of the revision is on a row stopped at.
	cmp := mw.VM.Comparison()
	stops := map[int]bool{}
	for _, i := range changes {
		stops[v.ComparisonRow(i)] = true
		if c := v.Rows()[i].Cells[col]; !c.Changed && !slices.ContainsFunc(v.Rows()[i].Findings, func(f FindingView) bool { return f.Column == col }) {
			t.Errorf("row %d is stopped at without a change of revised-en", v.Rows()[i].Row+1)
		}
	}
	for _, c := range cmp.Changes {
		if c.Column == col && !stops[c.Row] && !(mw.VM.HideTrivial() && c.Trivial) {
			t.Errorf("revised-en's change %q → %q on row %d is not stopped at", c.Before, c.After, c.Row+1)
		}
	}
	if got := v.NextChange(1); !strings.Contains(got, " in revised-en (row ") {
		t.Errorf("status %q does not say whose changes it counts", got)
	}
	if mw.bar.filters.Text != "Filters (1 on)" {
		t.Errorf("Filters button %q while following one version", mw.bar.filters.Text)
	}
	if item := followItem(t, mw, "revised-en only"); !item.Checked {
		t.Error("the followed version is not ticked in the View menu")
	}
	for _, c := range mw.side.items {
		if c.Column != col {
			t.Errorf("the change list shows %q → %q of column %d", c.Before, c.After, c.Column)
		}
	}
	mw.VM.SetOnlyChanged(true)
	if got := len(v.Rows()); got != len(changes) {
		t.Errorf("changes only shows %d rows, want revised-en's %d", got, len(changes))
	}
	mw.VM.SetOnlyChanged(false)

	// The base's changes are what the others are compared with: making
	// the revision the base follows every version again, as does
	// hiding it.
	if err := mw.VM.SetBase(revised.ID); err != nil {
		t.Fatal(err)
	}
	if mw.VM.Followed() != 0 || v.Followed() >= 0 {
		t.Errorf("with revised-en the base: following %d (column %d)", mw.VM.Followed(), v.Followed())
	}
	blog := versionByLabel(t, mw.VM, "blog-en")
	if err := mw.VM.SetBase(blog.ID); err != nil {
		t.Fatal(err)
	}
	if v.Followed() >= 0 {
		t.Error("with blog-en the base again, revised-en is followed again without being chosen")
	}
	followItem(t, mw, "revised-en only").Action()
	if err := mw.VM.ToggleColumn(revised.ID); err != nil {
		t.Fatal(err)
	}
	if mw.VM.Followed() != 0 || v.Followed() >= 0 || mw.bar.filters.Text != "Filters" {
		t.Errorf("revised-en hidden: following %d (column %d), button %q", mw.VM.Followed(), v.Followed(), mw.bar.filters.Text)
	}
	if got := len(v.Changes()); got == 0 {
		t.Error("no changes left to go to")
	}
	if err := mw.VM.ToggleColumn(revised.ID); err != nil {
		t.Fatal(err)
	}
	if mw.VM.Followed() != 0 {
		t.Error("revised-en shown again is followed again without being chosen")
	}
	// Down to one version beside the base, there is nothing to choose
	// and nothing is followed.
	followItem(t, mw, "revised-en only").Action()
	showPair(t, mw, "blog-en", "revised-en")
	if mw.VM.Followed() != 0 || mw.bar.filters.Text != "Filters" || strings.Contains(mw.Status.Text, " in revised-en") {
		t.Errorf("a pair: following %d, button %q, status %q", mw.VM.Followed(), mw.bar.filters.Text, mw.Status.Text)
	}
}

// TestFollowMarksRemovals follows the abridged copy: the base's column
// then marks what it removed, where it marked the revision's removals
// (the first version compared with it), and the status says so.
func TestFollowMarksRemovals(t *testing.T) {
	mw, _ := sampleWindow(t)
	const removed = "activities in the field of"
	marked := func() bool {
		for _, r := range mw.VM.Comparison().Rows {
			for _, c := range r.Cells {
				if !c.Base {
					continue
				}
				for _, s := range c.Segs {
					if s.Kind != compare.Equal && strings.Contains(s.Text, removed) {
						return true
					}
				}
			}
		}
		return false
	}
	if marked() || !strings.Contains(mw.Status.Text, "removed words: revised-en's") {
		t.Fatalf("before following: %q marked %v, status %q", removed, marked(), mw.Status.Text)
	}
	followItem(t, mw, "abridged-en only").Action()
	if !marked() || !strings.Contains(mw.Status.Text, "removed words: abridged-en's") {
		t.Errorf("following abridged-en: %q marked %v, status %q", removed, marked(), mw.Status.Text)
	}
	followItem(t, mw, "Every version").Action()
	if marked() {
		t.Errorf("following every version again, %q is still marked", removed)
	}
}

// TestFollowNeedsTwoVersions offers no choice of whose changes to follow
// with one version compared with the base.
func TestFollowNeedsTwoVersions(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	if items := followItems(mw.VM); len(items) != 0 {
		t.Errorf("with two versions shown the follow menu offers %d items", len(items))
	}
	if !mw.follow.Disabled {
		t.Error("the View menu's follow item is enabled with nothing to choose")
	}
}

// followItem is the item labelled label of the View menu's "Follow
// changes of".
func followItem(t *testing.T, mw *MainWindow, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range mw.follow.ChildMenu.Items {
		if it.Label == label {
			return it
		}
	}
	var labels []string
	for _, it := range mw.follow.ChildMenu.Items {
		labels = append(labels, it.Label)
	}
	t.Fatalf("no %q among %q", label, labels)
	return nil
}

// TestChangesOnlyKeepsCurrent turns "changes only" on and off at a
// change: it stays the current row, and the counter says where it is.
func TestChangesOnlyKeepsCurrent(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	v := mw.View
	v.GoToChange(8)
	row := v.ComparisonRow(v.Current())
	for _, only := range []bool{true, false} {
		mw.VM.SetOnlyChanged(only)
		if got := v.ComparisonRow(v.Current()); got != row || mw.bar.counter.Text != stepText(7, len(v.Stops())) {
			t.Errorf("changes only %v: current row %d (want %d), counter %q", only, got, row, mw.bar.counter.Text)
		}
	}
}

// TestChangeListEnter picks a change with Enter, as with Space, once Tab
// has brought the keys to the list.
func TestChangeListEnter(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	c := mw.Window.Canvas()
	c.Focus(mw.side.changes)
	for range 3 {
		mw.side.changes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	mw.side.changes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	want := mw.side.lines[3].row
	if cur := mw.View.Current(); cur < 0 || mw.View.ComparisonRow(cur) != want {
		t.Errorf("after Enter on the fourth line: current row %d, want comparison row %d", mw.View.ComparisonRow(cur), want)
	}
}

// TestReplacementListedAtItsStart: the abridged copy replaced the blog's
// opening paragraphs with its own title line; the change list's line
// goes to the row where what it replaced starts, not to the title's row
// below, where the base's column is empty, and names the rows down to
// the title's.
func TestReplacementListedAtItsStart(t *testing.T) {
	mw, _ := sampleWindow(t)
	cmp := mw.VM.Comparison()
	for _, c := range cmp.Changes {
		if c.Kind != compare.Replace || !strings.HasPrefix(c.Before, "date 2024-06-21") {
			continue
		}
		base := cmp.Rows[c.Row].Cells[cmp.Base]
		if len(base.Segs) == 0 || !strings.HasPrefix(base.Segs[0].Text, "date 2024-06-21") {
			t.Errorf("%q → %q is listed on row %d, whose base cell reads %+v", c.Before[:20], c.After[:20], c.Row+1, base.Segs)
		}
		// The list names the rows down to the one that holds the title,
		// "rows 1-8", so that a reader knows where the new text is.
		title := cmp.Rows[c.LastRow].Cells[c.Column]
		if c.LastRow <= c.Row || !title.Has {
			t.Errorf("the replacement spans rows %d-%d; the last, in %s's column: %+v", c.Row+1, c.LastRow+1, cmp.Columns[c.Column].Label, title.Segs)
		}
		if _, where := changeParts(c, cmp); !strings.HasPrefix(where, fmt.Sprintf("rows %d-%d", c.Row+1, c.LastRow+1)) {
			t.Errorf("the change list places it at %q, want its rows", where)
		}
		return
	}
	t.Fatal("no replacement of the blog's opening in the sample")
}

// TestExportOffersFollowedPair: following a version, the export dialog
// offers, ticked, the base and that version alone; otherwise it does not.
func TestExportOffersFollowedPair(t *testing.T) {
	mw, _ := sampleWindow(t)
	ex := &exporter{mw: mw}
	find := func() *dialogCheck {
		var got *dialogCheck
		walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if c, ok := o.(*dialogCheck); ok && strings.HasPrefix(c.Text, "Only ") {
				got = c
			}
		})
		return got
	}
	ex.start()
	if c := find(); c != nil {
		t.Errorf("following every version, the dialog offers %q", c.Text)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	followItem(t, mw, "abridged-en only").Action()
	ex.start()
	c := find()
	if c == nil || !c.Checked || c.Text != "Only blog-en and abridged-en, the version followed (rows numbered for the two)" {
		t.Errorf("following abridged-en, the dialog offers %+v", c)
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// TestFollowKeepsCurrent: following another version lays the same rows
// out again; the current row stays current.
func TestFollowKeepsCurrent(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	followItem(t, mw, "revised-en only").Action()
	v.GoToChange(3)
	row := v.ComparisonRow(v.Current())
	followItem(t, mw, "Every version").Action()
	if got := v.ComparisonRow(v.Current()); got != row {
		t.Errorf("current row %d after following every version, want %d", got, row)
	}
}

// TestChangeListMarksCurrentRow: the change list sets the lines of the
// current row in bold, and only those.
func TestChangeListMarksCurrentRow(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	mw.View.GoToChange(3)
	row := mw.View.ComparisonRow(mw.View.Current())
	bold := 0
	for i, l := range mw.side.lines {
		item := mw.side.changes.CreateItem()
		mw.side.changes.UpdateItem(i, item)
		head := item.(*fyne.Container).Objects[0].(*widget.Label)
		if head.TextStyle.Bold != (l.row == row) {
			t.Errorf("line %d (row %d) bold %v, the current row is %d", i, l.row+1, head.TextStyle.Bold, row+1)
		}
		if head.TextStyle.Bold {
			bold++
		}
	}
	if bold == 0 {
		t.Error("no line of the current row in bold")
	}
}

// TestFollowedWithoutChanges: "changes only" while following a version
// that changed nothing says so, not that the versions read the same.
func TestFollowedWithoutChanges(t *testing.T) {
	mw := twoTextWindow(t, "One two three. Four five six.\n", "One two three. Four five six.\n", "One two three. Four five seven.\n")
	cols := mw.VM.Comparison().Columns
	if len(cols) != 3 {
		t.Fatalf("%d columns", len(cols))
	}
	mw.VM.SetFollowed(cols[1].ID)
	mw.VM.SetOnlyChanged(true)
	if got, want := mw.View.message.Text, "No changes of "+cols[1].Label+" to show"; !strings.HasPrefix(got, want) {
		t.Errorf("message %q, want it to start %q", got, want)
	}
	mw.VM.SetFollowed(0)
	if got := len(mw.View.Rows()); got != 1 || mw.View.message.Text != "" {
		t.Errorf("following every version: %d rows, message %q", got, mw.View.message.Text)
	}
}

// TestExportTMXOfFollowedPair: following an English revision, the pair
// ticked holds no translation, so choosing TMX unticks it (every version
// shown, the Russian among them, makes the memory); with the pair ticked
// again, Save says what a memory needs before any file is chosen.
func TestExportTMXOfFollowedPair(t *testing.T) {
	mw, _ := sampleWindow(t)
	ex := &exporter{mw: mw}
	followItem(t, mw, "abridged-en only").Action()
	ex.start()
	var pair *dialogCheck
	var sel *dialogSelect
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *dialogCheck:
			if strings.HasPrefix(x.Text, "Only ") {
				pair = x
			}
		case *dialogSelect:
			sel = x
		}
	})
	if pair == nil || sel == nil || !pair.Checked {
		t.Fatalf("following abridged-en: pair %+v, format choice %v", pair, sel != nil)
	}
	sel.SetSelectedIndex(slices.Index(export.Formats(), export.TMXMemory))
	if pair.Checked {
		t.Error("TMX chosen: the pair of English versions is still ticked, which holds no translation")
	}
	pair.SetChecked(true)
	tapDialogButton(t, mw, "Save as…")
	top := mw.Window.Canvas().Overlays().Top()
	var said string
	walkObjects(top, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			said += x.Text
		case *widget.RichText:
			said += x.String()
		}
	})
	if !strings.Contains(said, "another language") || !strings.Contains(said, "untick") {
		t.Errorf("Save with the English pair ticked for TMX: the dialog on top says %q; want what a memory needs, before a file is chosen", said)
	}
	if ex.format != export.TMXMemory {
		t.Errorf("the format remembered is %q, want TMX", ex.format)
	}
	// A new session's export dialog offers it too (the preferences).
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	(&exporter{mw: mw}).start()
	sel = nil
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if x, ok := o.(*dialogSelect); ok {
			sel = x
		}
	})
	if sel == nil || sel.SelectedIndex() != slices.Index(export.Formats(), export.TMXMemory) {
		t.Errorf("a new exporter offers format %d, want TMX's", sel.SelectedIndex())
	}
}

// TestRemovalNoColumnShowsIsAChange: a version that only removed words
// in a row shows nothing there when the base's column marks another
// version's removals; the row is a change all the same, where Next stops
// and "Changes only" keeps it, as the change list lists it.
func TestRemovalNoColumnShowsIsAChange(t *testing.T) {
	mw, _ := sampleWindow(t)
	blog, abridged, revised := versionByLabel(t, mw.VM, "blog-en"), versionByLabel(t, mw.VM, "abridged-en"), versionByLabel(t, mw.VM, "revised-en")
	if err := mw.VM.SetColumns([]int64{blog.ID, abridged.ID, revised.ID}, blog.ID); err != nil {
		t.Fatal(err)
	}
	cmp := mw.VM.Comparison()
	found := false
	for _, c := range cmp.Changes {
		if c.Column != 2 || c.Kind != compare.Delete || c.Before != "very" {
			continue
		}
		found = true
		if r := cmp.Rows[c.Row]; !IsChange(r, false) || !ChangesOf(r, false, 2) {
			t.Errorf("row %d, where revised-en removed %q, is no change: Changed %v, revised-en's cell %+v", c.Row+1, c.Before, r.Changed, r.Cells[2].Changed)
		}
	}
	if !found {
		t.Fatal("no removal of \"very\" by revised-en in the sample")
	}
}

// TestKeyListFocusGoesToStart: a list that Tab brings the keyboard to
// puts its focus on the item start names (the current row, its line in
// the change list), so that Space or Enter picks that one, not the top.
func TestKeyListFocusGoesToStart(t *testing.T) {
	for _, n := range []int{10, 10000} {
		var picked []int
		l := &keyList{}
		fillLabelList(l, func() int { return n }, func(i int) string { return fmt.Sprint("item ", i) }, func(i int) { picked = append(picked, i) })
		l.ExtendBaseWidget(l)
		w := test.NewWindow(l)
		w.Resize(fyne.NewSize(300, 400))
		target := n - 2
		l.start = func() int { return target }
		w.Canvas().Focus(l)
		if got := l.marked(target, "x"); got != cursorMark+"x" {
			t.Errorf("%d items: the item the cursor is on reads %q, want it marked", n, got)
		}
		l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		l.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		l.Select(min(target+1, n-1)) // a click on the item the cursor is on
		if want := []int{target, min(target+1, n-1), min(target+1, n-1)}; !slices.Equal(picked, want) {
			t.Errorf("%d items: Enter, Down, Space, a click picked %v, want %v", n, picked, want)
		}
		w.Close()
	}
}

// TestChangeListTabGoesOnFromTheCurrentRow: F7 to a change, then Tab to
// the change list and Enter: the comparison goes on from that row, to
// the first line of the list that starts there or below, not back to the
// list's top.
func TestChangeListTabGoesOnFromTheCurrentRow(t *testing.T) {
	mw, _ := sampleWindow(t)
	for _, steps := range []int{6, 20} {
		for range steps {
			mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
		}
		before := mw.View.ComparisonRow(mw.View.Current())
		// Lines whose rows run over the current one are in bold, those
		// starting above it too ("rows 1-8" at row 6).
		for i, l := range mw.side.lines {
			if on := l.row <= before && before <= max(l.row, l.last); mw.side.onCurrentRow(l.row, l.last) != on {
				t.Errorf("line %d (rows %d-%d) at row %d: bold %v, want %v", i, l.row+1, l.last+1, before+1, !on, on)
			}
		}
		want := -1
		for _, l := range mw.side.lines {
			if l.row >= before {
				want = l.row
				break
			}
		}
		mw.Window.Canvas().Focus(mw.side.changes)
		mw.side.changes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if after := mw.View.ComparisonRow(mw.View.Current()); after != want {
			t.Errorf("F7 to row %d, Tab to the change list, Enter: row %d, want %d", before+1, after+1, want+1)
		}
		mw.Window.Canvas().Unfocus()
	}
}

// TestNewComparisonListsStartAtTop: the change list of another comparison
// starts at its top, not where the last one was scrolled to.
func TestNewComparisonListsStartAtTop(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.side.changes.ScrollToBottom()
	if mw.side.changes.GetScrollOffset() == 0 {
		t.Fatal("the change list does not scroll: the test needs it to")
	}
	showPair(t, mw, "blog-en", "revised-en")
	if off := mw.side.changes.GetScrollOffset(); off != 0 {
		t.Errorf("another comparison's change list is scrolled to %v, want its top", off)
	}
}

// TestOptionKeepsCurrentRow: ignoring letter case compares anew, with
// rows of their own; the current row stays on the same text, as it does
// when a filter is turned on or off.
func TestOptionKeepsCurrentRow(t *testing.T) {
	mw, _ := sampleWindow(t)
	for range 12 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	cur := mw.View.Current()
	before := mw.View.RowTexts(cur)[0]
	if err := mw.VM.SetOptions(CompareOptions{IgnoreCase: true}); err != nil {
		t.Fatal(err)
	}
	mw.update()
	cur = mw.View.Current()
	if cur < 0 {
		t.Fatal("letter case ignored: no current row")
	}
	if after := mw.View.RowTexts(cur)[0]; after != before {
		t.Errorf("letter case ignored: the current row reads %q, want %q", export.Clip(after, 60), export.Clip(before, 60))
	}
}

// TestRowsTabThenDownGoesOn: Tab to the rows, then Down, scrolls on from
// where the reader is, as Down does with nothing focused, rather than
// moving the list's own focus from its first row.
func TestRowsTabThenDownGoesOn(t *testing.T) {
	mw, _ := sampleWindow(t)
	for range 10 {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	}
	before, top := mw.View.Current(), mw.View.topRow()
	mw.Window.Canvas().Focus(mw.View.list)
	mw.View.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if after := mw.View.Current(); after < before-1 || after > before+2 {
		t.Errorf("F7 to row %d, Tab to the rows, Down: current row %d", before+1, after+1)
	}
	if now := mw.View.topRow(); now < top || now > top+1 {
		t.Errorf("F7 to row %d (row %d at the top), Tab to the rows, Down: row %d at the top", before+1, top+1, now+1)
	}
}
