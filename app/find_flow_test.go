// Tests of the find bar and the view while rows and highlights are
// prepared in the background (long texts), each for a defect found once.

package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/data"
)

// jobQueue holds background jobs until the test runs them.
type jobQueue struct{ jobs []func() }

func (q *jobQueue) add(f func()) { q.jobs = append(q.jobs, f) }

// run runs every job, and those they queue.
func (q *jobQueue) run() {
	for len(q.jobs) > 0 {
		q.step()
	}
}

// step runs the first job.
func (q *jobQueue) step() {
	f := q.jobs[0]
	q.jobs = q.jobs[1:]
	f()
}

// longTexts: n one-sentence paragraphs. Every paragraph holds "apple";
// b changes every 4th, c every 5th; "kiwi" is in paragraph 1 only, the same
// in every version (an unchanged row).
func longTexts(n int) (a, b, c string) {
	var pa, pb, pc []string
	for i := range n {
		s := fmt.Sprintf("Paragraph %d says the apple lies on table number %d", i, i)
		if i == 1 {
			s += " beside a kiwi"
		}
		pa = append(pa, s+".")
		if i%4 == 0 {
			pb = append(pb, fmt.Sprintf("Paragraph %d says the apple rests on desk number %d.", i, i))
		} else {
			pb = append(pb, s+".")
		}
		if i%5 == 0 {
			pc = append(pc, fmt.Sprintf("Paragraph %d claims an apple sits on bench %d.", i, i))
		} else {
			pc = append(pc, s+".")
		}
	}
	return strings.Join(pa, "\n\n"), strings.Join(pb, "\n\n"), strings.Join(pc, "\n\n")
}

// openWindow opens a window on texts, the versions of one briefing
// (English, labelled a, b, c…), with the options o (its library and view
// model are set here). With q, every background job (comparisons, rows,
// highlights) waits in q, and rows are prepared as for a long text.
func openWindow(t *testing.T, a fyne.App, texts []string, o Options, q *jobQueue) *MainWindow {
	t.Helper()
	var vs []data.Version
	for k, text := range texts {
		vs = append(vs, data.Version{ID: int64(k + 1), BriefingID: 1, Label: string(rune('a' + k)), Language: "en", Text: text})
	}
	o.Library = &fixedLibrary{versions: vs}
	o.ViewModel = syncOptions()
	if q != nil {
		o.ViewModel.Background = q.add
	}
	mw, err := NewMainWindow(context.Background(), a, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mw.Window.Close)
	if q != nil {
		mw.View.asyncRows = 1
	}
	return mw
}

// longWindow opens versions 1 (base) and 2 of three long texts with the
// real engine; with queued, every background job waits in the queue.
func longWindow(t *testing.T, n int, queued bool) (*MainWindow, *jobQueue) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	ta, tb, tc := longTexts(n)
	q := &jobQueue{}
	wait := q
	if !queued {
		wait = nil
	}
	size := fyne.NewSize(1000, 400)
	mw := openWindow(t, a, []string{ta, tb, tc}, Options{Size: size, Base: 1, Other: 2}, wait)
	q.run()
	mw.Window.Resize(size)
	mw.Window.Canvas().Capture()
	return mw, q
}

// Find reopened on the same text after the rows changed while it was
// closed counts the new rows ("…" until they come), and Enter goes to the
// first new match (it once went to a stale one, out of range).
func TestFindReopenedOnChangedRows(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	q.run()
	mw.find.next(-1) // towards the end
	mw.find.next(-1)
	t.Logf("at %q before closing", mw.find.count.Text)
	mw.find.close()
	q.run()
	mw.VM.SetOnlyChanged(true)
	q.run()
	mw.find.open() // Ctrl+F: the entry still says "apple"
	if got := mw.find.count.Text; got != "…" {
		t.Errorf("count %q while the highlights are on their way, want …", got)
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("Enter before the highlights arrived panicked: %v", r)
			}
		}()
		mw.find.next(1)
	}()
	q.run()
	m := mw.View.MatchingRows()
	want := -1
	for _, r := range m {
		if r >= mw.View.topRow() {
			want = r
			break
		}
	}
	if want < 0 && len(m) > 0 {
		want = m[0]
	}
	if len(m) == 0 || mw.View.Current() != want {
		t.Errorf("current %d, want the first match at or below the top row, %d (count %q)", mw.View.Current(), want, mw.find.count.Text)
	}
}

// Enter with no match gone to finds from the row at the top, not from the
// start of the text; Shift+Enter the last match above it.
func TestFindFromTheRowOnScreen(t *testing.T) {
	mw, _ := longWindow(t, 40, false)
	mw.View.scrollTo(20)
	top := mw.View.topRow()
	mw.find.open()
	mw.find.entry.SetText("apple")
	mw.find.next(1)
	if cur := mw.View.Current(); cur < top {
		t.Errorf("Enter from row %d went up to row %d", top, cur)
	}
	mw.find.close()
	mw.View.scrollTo(20)
	mw.find.open()
	mw.find.entry.SetText("apples") // another query: no match gone to
	mw.find.entry.SetText("apple")
	mw.find.next(-1)
	if cur := mw.View.Current(); cur >= top {
		t.Errorf("Shift+Enter from row %d went down to row %d", top, cur)
	}
}

// Enter pressed before the highlights of a query that is not found is
// forgotten once the count says so: a later install (a filter turned off)
// does not jump.
func TestFindEnterOnNotFoundIsForgotten(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.VM.SetOnlyChanged(true)
	q.run()
	mw.find.open()
	mw.find.entry.SetText("kiwi") // only in an unchanged row
	mw.find.next(1)               // Enter before the highlights come
	q.run()
	// The filter hides the row that holds it, which the count says:
	// "not found" would read as absent.
	if got := mw.find.count.Text; got != "in 1 row hidden" {
		t.Fatalf("count %q, want in 1 row hidden", got)
	}
	mw.find.entry.SetText("durian") // in no row, hidden or shown
	q.run()
	if got := mw.find.count.Text; got != "not found" {
		t.Errorf("count %q for a word in no row, want not found", got)
	}
	mw.find.entry.SetText("kiwi")
	mw.find.next(1)
	q.run()
	mw.VM.SetOnlyChanged(false)
	q.run()
	if cur := mw.View.Current(); cur >= 0 {
		t.Errorf("showing every row went to match row %d (count %q): an Enter answered by \"not found\" fired late", cur, mw.find.count.Text)
	}
}

// Escape while a library hit's highlights are on their way forgets the
// pending jump: a later Ctrl+F on the same text does not jump.
func TestFindCloseForgetsEnter(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	mw.find.close() // Escape before the highlights came
	q.run()
	mw.View.scrollTo(20)
	mw.find.open() // Ctrl+F later
	q.run()
	if cur := mw.View.Current(); cur >= 0 {
		t.Errorf("Ctrl+F went to row %d: the closed bar's goFirst fired", cur)
	}
}

// Previous with no match gone to goes to the last match.
func TestFindPreviousFromNoneGoesToLast(t *testing.T) {
	mw, _ := longWindow(t, 40, false)
	mw.find.open()
	mw.find.entry.SetText("apple")
	mw.find.next(-1)
	n := len(mw.find.matches)
	if mw.find.at != n-1 {
		t.Errorf("previous from no match went to match %d of %d (%q), want the last", mw.find.at+1, n, mw.find.count.Text)
	}
}

// After the rows return without the match gone to (a filter hid it),
// Previous goes to the match just above it.
func TestFindPreviousAfterRowsReturn(t *testing.T) {
	mw, _ := longWindow(t, 40, false)
	mw.find.open()
	mw.find.entry.SetText("apple")
	// Go to comparison row 10 (unchanged in a-b; 8 is the changed row above it).
	for mw.find.atRow != 10 {
		mw.find.next(1)
	}
	mw.VM.SetOnlyChanged(true)
	mw.find.next(-1)
	if got := mw.View.ComparisonRow(mw.View.Current()); got != 8 {
		t.Errorf("previous from row 10 went to comparison row %d (count %q), want 8, the changed row above", got, mw.find.count.Text)
	}
}

// Previous pressed before the highlights come leaves openWith's jump to
// the first match in place.
func TestFindPreviousBeforeHighlights(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	mw.find.next(-1)
	q.run()
	if mw.View.Current() < 0 {
		t.Errorf("neither the first (openWith) nor the last (Previous) match was gone to; count %q", mw.find.count.Text)
	}
}

// A library hit on the word the bar already holds, opening another pair,
// goes to that pair's first match, not on from the old pair's place.
func TestFindHitOnSameWordInOtherPair(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	q.run()
	for range 5 {
		mw.find.next(1)
	}
	mw.openHit(data.Hit{VersionID: 3}, "apple", nil)
	q.run()
	if ids, _ := mw.VM.Columns(); !slices.Contains(ids, 3) {
		t.Fatalf("columns %v", ids)
	}
	m := mw.View.MatchingRows()
	if len(m) == 0 || mw.View.Current() != m[0] {
		t.Errorf("current row %d (count %q), want the first match %d of the new pair", mw.View.Current(), mw.find.count.Text, m[0])
	}
}

// Another pair shown with Find open: the count names no match gone to,
// as none has been in that comparison.
func TestFindPlaceDroppedForOtherPair(t *testing.T) {
	mw, _ := longWindow(t, 40, false)
	mw.find.open()
	mw.find.entry.SetText("apple")
	for range 6 {
		mw.find.next(1)
	}
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	if got, want := mw.find.count.Text, plural(len(mw.find.matches), "row", "rows"); got != want {
		t.Errorf("count %q after another pair came, want %q", got, want)
	}
}

// Enter in Find while a filter's rows are on their way: the match gone
// to stays current in the new rows, by its comparison row.
func TestCurrentRowFollowsPendingRows(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	q.run()
	mw.VM.SetOnlyChanged(true)
	mw.find.next(1) // Enter while "Laying out…"
	mw.find.next(1)
	want := mw.find.atRow
	q.run()
	cur := mw.View.Current()
	if cur >= 0 && mw.View.ComparisonRow(cur) != want {
		t.Errorf("current row %d is comparison row %d; the match gone to was comparison row %d (count %q)",
			cur, mw.View.ComparisonRow(cur), want, mw.find.count.Text)
	}
}

// Next change (Alt+Down) while a filter's rows are on their way: the
// row gone to stays current in the new rows, by its comparison row.
func TestNextChangeWhileRowsPending(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.VM.SetOnlyChanged(true)
	q.run()
	mw.VM.SetOnlyChanged(false)
	mw.View.NextChange(1)
	mw.View.NextChange(1)
	q.run()
	cur := mw.View.Current()
	if cur >= 0 && !slices.Contains(mw.View.Changes(), cur) {
		t.Errorf("current row %d (comparison row %d) is not a changed row: %v", cur, mw.View.ComparisonRow(cur), mw.View.Changes())
	}
}

// A click on an unchanged row in the change list, while only changed
// rows are shown on a long text, makes that row current once the rows
// come.
func TestJumpToHiddenRowWhileRowsPending(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.VM.SetOnlyChanged(true)
	q.run()
	mw.View.JumpToRow(10) // unchanged in a-b
	q.run()
	if got := mw.View.ComparisonRow(mw.View.Current()); got != 10 {
		t.Errorf("JumpToRow(10) made comparison row %d current (row %d shown)", got, mw.View.Current())
	}
}

// The place remembered from the last run survives a filter toggled
// before the first rows arrive.
func TestRestoredPlaceSurvivesFilterWhilePending(t *testing.T) {
	ta, tb, _ := longTexts(60)
	q := &jobQueue{}
	mw := openWindow(t, test.NewTempApp(t), []string{ta, tb}, Options{Size: fyne.NewSize(1000, 400)}, q)
	mw.View.restoreTop = 40 // as restoreOptions does from the preferences
	q.step()                // the comparison comes; its rows are queued
	if !mw.View.rowsPending {
		t.Fatal("rows not pending")
	}
	mw.VM.SetHideTrivial(true) // a filter toggled while "Laying out…"
	q.run()
	mw.Window.Canvas().Capture()
	if got := mw.View.TopComparisonRow(); got < 30 {
		t.Errorf("top row %d, want the remembered 40", got)
	}
}

// A filter toggled while another pair's rows are on their way leaves
// the new pair opening at its top.
func TestOtherPairOpensAtTopWhilePending(t *testing.T) {
	mw, q := longWindow(t, 60, true)
	mw.View.scrollTo(40)
	mw.Window.Canvas().Capture()
	if mw.View.TopComparisonRow() < 30 {
		t.Fatalf("top %d", mw.View.TopComparisonRow())
	}
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.step() // the comparison; its rows (to the top: other columns) queued
	if !mw.View.rowsPending {
		t.Fatal("rows not pending")
	}
	mw.VM.SetHideTrivial(true)
	q.run()
	mw.Window.Canvas().Capture()
	if got := mw.View.TopComparisonRow(); got != 0 {
		t.Errorf("the new pair opened at row %d, the old pair's place; without the toggle it opens at the top", got)
	}
}

// "No differences" stays through an Update that changes no rows.
func TestNoDifferencesMessageStays(t *testing.T) {
	ta, _, _ := longTexts(10)
	mw := openWindow(t, test.NewTempApp(t), []string{ta, ta}, Options{}, nil)
	mw.VM.SetOnlyChanged(true)
	if !strings.HasPrefix(mw.View.message.Text, "No differences") {
		t.Fatalf("message %q", mw.View.message.Text)
	}
	if err := mw.VM.Load(context.Background()); err != nil { // the library changed elsewhere
		t.Fatal(err)
	}
	mw.update()
	if !strings.HasPrefix(mw.View.message.Text, "No differences") {
		t.Errorf("message %q after an update that changed nothing", mw.View.message.Text)
	}
}

// A library hit on the word Find last held, after the rows changed while
// the bar was closed, waits for the new matches and goes to the first.
func TestFindHitAfterCloseStartsAfresh(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	q.run()
	mw.find.next(-1)
	mw.find.next(-1) // match 39 of 40
	mw.find.close()
	q.run()
	mw.VM.SetOnlyChanged(true) // 10 rows now
	q.run()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("opening a library hit panicked: %v", r)
		}
	}()
	mw.openHit(data.Hit{VersionID: 3}, "apple", nil)
	q.run()
}

// Typing fast on a long text: the count follows the last query.
func TestFindTypingFast(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.open()
	for _, s := range []string{"k", "ki", "kiw", "kiwi"} {
		mw.find.entry.SetText(s)
	}
	mw.find.next(1)
	q.run()
	if mw.find.count.Text != "1 of 1 row" || mw.View.ComparisonRow(mw.View.Current()) != 1 {
		t.Errorf("count %q current %d", mw.find.count.Text, mw.View.Current())
	}
	mw.find.entry.SetText("")
	q.run()
	if mw.find.count.Text != "" || len(mw.View.MatchingRows()) != 0 {
		t.Errorf("count %q after clearing", mw.find.count.Text)
	}
}

// Closing the window while the first rows are laid out saves the place
// remembered from the last run, not row 0.
func TestPlaceSavedWhileRowsPending(t *testing.T) {
	a := test.NewTempApp(t)
	ta, tb, _ := longTexts(60)
	a.Preferences().SetString(prefPlace+":lib", "40")
	q := &jobQueue{}
	mw := openWindow(t, a, []string{ta, tb}, Options{RememberAs: "lib", Size: fyne.NewSize(1000, 400)}, q)
	q.step() // the comparison; its rows queued
	mw.saveState()
	if got := mw.pref(prefPlace); got != "40" {
		t.Errorf("place saved %q while the rows were on their way, want 40", got)
	}
}

// runJob runs the k-th queued job (0 first) ahead of the others, as a
// background goroutine finishing first would.
func (q *jobQueue) runJob(k int) {
	f := q.jobs[k]
	q.jobs = slices.Delete(q.jobs, k, k+1)
	f()
}

// Next change on the old rows while another pair's rows are on their
// way: no row of the new pair is current when they come.
func TestCurrentRowNotCarriedIntoOtherPair(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.step() // the comparison of 1-3; its rows queued
	if !mw.View.rowsPending {
		t.Fatal("rows not pending")
	}
	mw.View.NextChange(1)
	mw.View.NextChange(1) // comparison row 4 of pair 1-2
	q.run()
	if cur := mw.View.Current(); cur >= 0 {
		t.Errorf("pair 1-3 came with row %d (comparison row %d) current, a place in pair 1-2; changed rows of 1-3: %v",
			cur, mw.View.ComparisonRow(cur), mw.View.Changes()[:3])
	}
}

// Enter in Find while another pair's rows are on their way: the place
// gone to is not kept in the new pair.
func TestFindPlaceNotCarriedIntoOtherPair(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.find.openWith("apple")
	q.run()
	for range 5 {
		mw.find.next(1)
	}
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.step()        // the comparison of 1-3; its rows queued
	mw.find.next(1) // Enter on the old rows while "Laying out…"
	q.run()
	if got, want := mw.find.count.Text, plural(len(mw.find.matches), "row", "rows"); got != want {
		t.Errorf("count %q in pair 1-3, want %q (place of pair 1-2 carried over; atRow %d)", got, want, mw.find.atRow)
	}
}

// A filter's rows pending with a kept top, then another pair whose
// comparison comes first: the new pair opens at its top.
func TestPendingPlaceNotCarriedIntoOtherPair(t *testing.T) {
	mw, q := longWindow(t, 60, true)
	mw.View.scrollTo(40)
	mw.Window.Canvas().Capture()
	if mw.View.TopComparisonRow() < 30 {
		t.Fatalf("top %d", mw.View.TopComparisonRow())
	}
	mw.VM.SetHideTrivial(true) // rows of 1-2 queued, kept at 40
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.runJob(1) // the comparison of 1-3 finishes before the rows of 1-2
	q.run()
	mw.Window.Canvas().Capture()
	if got := mw.View.TopComparisonRow(); got != 0 {
		t.Errorf("pair 1-3 opened at row %d, pair 1-2's place; without the pending rows it opens at the top", got)
	}
}

// A click on a hidden row, then another pair: the jump is not made in
// the other comparison.
func TestPendingJumpDroppedForOtherPair(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.VM.SetOnlyChanged(true)
	q.run()
	mw.View.JumpToRow(10) // rows of every row queued, jumpTo 10
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.runJob(1) // the comparison of 1-3 first
	q.run()
	if cur := mw.View.Current(); cur >= 0 {
		t.Errorf("pair 1-3 came with comparison row %d current: a click made in pair 1-2", mw.View.ComparisonRow(cur))
	}
}

// A filtered identical pair says "No differences"; another pair's
// changed rows arriving from the background clear it.
func TestNoDifferencesNotOverNewRows(t *testing.T) {
	ta, tb, _ := longTexts(40)
	q := &jobQueue{}
	mw := openWindow(t, test.NewTempApp(t), []string{ta, ta, tb}, Options{Size: fyne.NewSize(1000, 400), Base: 1, Other: 2}, q)
	q.run()
	mw.VM.SetOnlyChanged(true)
	q.run()
	if mw.View.message.Text == "" {
		t.Fatalf("no message for an identical pair filtered")
	}
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.run()
	if n := len(mw.View.Rows()); n == 0 || mw.View.message.Text != "" {
		t.Errorf("%d changed rows shown under %q", n, mw.View.message.Text)
	}
}

// While rows are laid out again for a query (after a font change), the
// top row is the one still shown, so closing the window keeps it.
func TestTopRowWhileRelayoutPending(t *testing.T) {
	mw, _ := longWindow(t, 60, true)
	mw.View.scrollTo(40)
	mw.Window.Canvas().Capture()
	top := mw.View.TopComparisonRow()
	mw.View.forgetMeasurements() // e.g. before the refresh after a theme change
	mw.View.SetQuery("apple")
	if !mw.View.rowsPending {
		t.Skip("not pending")
	}
	if got := mw.View.TopComparisonRow(); got != top {
		t.Errorf("TopComparisonRow %d while a relayout for a query is pending, want %d", got, top)
	}
}

// A filter toggled while another pair is being compared: the new pair
// opens at its top, not at the old pair's place.
func TestFilterWhileOtherPairCompared(t *testing.T) {
	mw, q := longWindow(t, 60, true)
	mw.View.asyncRows = 1 << 20 // rows laid out at once: not about pending rows
	mw.View.scrollTo(40)
	mw.Window.Canvas().Capture()
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	mw.VM.SetHideTrivial(true) // while "comparing"
	q.run()
	mw.Window.Canvas().Capture()
	if got := mw.View.TopComparisonRow(); got != 0 {
		t.Errorf("pair 1-3 opened at row %d, pair 1-2's place", got)
	}
}

// A click naming a hidden row of the pair shown (a placeholder), made
// while another pair's rows are being laid out, makes no row of the
// other pair current.
func TestJumpOnOldRowsNotMadeInOtherPair(t *testing.T) {
	mw, q := longWindow(t, 40, true)
	mw.VM.SetOnlyChanged(true)
	q.run()
	if err := mw.VM.SetOther(3); err != nil {
		t.Fatal(err)
	}
	q.step() // a-c compared; its rows queued, a-b's still shown
	if !mw.View.rowsPending {
		t.Fatal("rows not pending")
	}
	mw.View.JumpToRow(10) // a-b's row 10 (unchanged there, hidden)
	q.run()
	if cur := mw.View.Current(); cur >= 0 {
		t.Errorf("a click on a-b's row 10 made a-c's row %d current", mw.View.ComparisonRow(cur))
	}
}

// TestFindShiftEnterGoesBack: Enter in the find bar goes to the next
// match, Shift+Enter to the previous one.
func TestFindShiftEnterGoesBack(t *testing.T) {
	mw, _ := longWindow(t, 40, false)
	mw.find.open()
	mw.find.entry.SetText("apple")
	e := mw.find.entry
	enter := &fyne.KeyEvent{Name: fyne.KeyReturn}
	e.TypedKey(enter)
	e.TypedKey(enter)
	if mw.find.at != 1 {
		t.Fatalf("two Enters went to match %d, want 2", mw.find.at+1)
	}
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.TypedKey(enter)
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if mw.find.at != 0 {
		t.Errorf("Shift+Enter went to match %d, want 1", mw.find.at+1)
	}
	e.TypedKey(enter)
	if mw.find.at != 1 {
		t.Errorf("Enter after Shift was let go went to match %d, want 2", mw.find.at+1)
	}
	// Shift let go while focus was elsewhere (Ctrl+Shift+F) is not held.
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.FocusLost()
	e.FocusGained()
	e.TypedKey(enter)
	if mw.find.at != 2 {
		t.Errorf("Enter after focus came back went to match %d, want 3", mw.find.at+1)
	}
}

// TestFoundWord: a search hit opened is found by the word its snippet
// marks, not by a word the query leaves out or an operator.
func TestFoundWord(t *testing.T) {
	mark := func(w string) string { return data.SnippetOpen + w + data.SnippetClose }
	for _, tt := range []struct{ snippet, query, want string }{
		{"talks in " + mark("Almaty") + " went on", "-Putin Almaty", "Almaty"},
		{"the " + mark("Café") + " opened", "cafe", "Café"},
		{"no mark here", `"collective security" OR treaty`, "collective"},
		{"", "", ""},
	} {
		if got := foundWord(tt.snippet, tt.query); got != tt.want {
			t.Errorf("foundWord(%q, %q) = %q, want %q", tt.snippet, tt.query, got, tt.want)
		}
	}
}
