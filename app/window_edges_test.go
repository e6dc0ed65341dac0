// Window behaviour at its edges: find across highlights and with ё,
// a version deleted while shown, a right click while a column goes, the
// change list's whitespace changes, long export names, F1 in the find
// bar, and what the rows area says when nothing is shown.

package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// twoTextWindow opens a window (real comparison engine) on texts, the
// versions of one briefing labelled a, b, c…, in the given language.
func twoTextWindow(t *testing.T, texts ...string) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	mw := openWindow(t, a, texts, Options{Size: fyne.NewSize(1000, 600)}, nil)
	mw.Window.Resize(fyne.NewSize(1000, 600))
	mw.Window.Canvas().Capture()
	return mw
}

// Find (Ctrl+F) in a Russian text: a reader types "еще" (as most Russian
// is typed, without the dots) and expects to find "ещё". The comparison
// itself treats ё as е (README: "Russian ё printed as е" is typography),
// and the library search (Ctrl+Shift+F) folds ё to е too, so a library
// search hit for "еще" opens the version where the find bar must find it.
func TestFindFoldsYo(t *testing.T) {
	mw := twoTextWindow(t, "Мы ещё вернёмся к этому вопросу.", "Мы ещё вернёмся к этому вопросу позже.")
	mw.find.openWith("еще")
	if got := len(mw.find.matches); got != 1 {
		t.Errorf("find \"еще\" in a row holding \"ещё\": %d matching rows, count %q; want 1 row", got, mw.find.count.Text)
	}
	mw.find.close()
	mw.find.openWith("ВЕРНЕМСЯ")
	if got := len(mw.find.matches); got != 1 {
		t.Errorf("find \"ВЕРНЕМСЯ\" in a row holding \"вернёмся\": %d matching rows, count %q; want 1 row", got, mw.find.count.Text)
	}
}

// Library panel → a version's menu → Delete… → Delete, on the only version
// shown. The version, its text and its notes leave the library; the user
// expects it to leave the screen too (an empty comparison, or the
// briefing's remaining versions), the window title and Export… too.
func TestDeletingTheShownVersionLeavesItOnScreen(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := versionByLabel(t, mw.VM, "revised-en")
	if err := mw.VM.SetColumns([]int64{v.ID}, v.ID); err != nil {
		t.Fatal(err)
	}
	mw.confirmDelete(v)
	tapDialogButton(t, mw, "Delete")
	if _, ok := mw.VM.VersionByID(v.ID); ok {
		t.Fatal("the version was not deleted")
	}
	cmp := mw.VM.Comparison()
	if slices.ContainsFunc(cmp.Columns, func(c data.Version) bool { return c.ID == v.ID }) {
		t.Errorf("after deleting %q the comparison still shows it as a column (%d rows)", v.Label, len(cmp.Rows))
	}
	if title := mw.Window.Title(); strings.Contains(title, v.Label) {
		t.Errorf("window title %q still names the deleted version", title)
	}
}

// Find a phrase that runs over a highlighted (changed) word: the reader
// sees "Minister Murat Nurtleu" in the revised column and searches for
// exactly that. The highlights split the cell into runs; Find looks
// across them.
func TestFindPhraseAcrossAChange(t *testing.T) {
	mw := twoTextWindow(t,
		"We concluded the meeting chaired by Deputy Prime Minister Mikhail Nurtleu.",
		"We concluded the meeting chaired by Deputy Prime Minister Murat Nurtleu.")
	for _, q := range []string{"Murat Nurtleu", "Minister Mikhail"} {
		mw.find.close()
		mw.find.openWith(q)
		if got := len(mw.find.matches); got != 1 {
			t.Errorf("find %q: %d matching rows, count %q; want the one row that reads it", q, got, mw.find.count.Text)
		}
	}
}

// The change list beside the rows (sample briefing, blog-en against
// revised-en, no filters): each line says what changed, a line broken or
// a paragraph split too, not a bare "→".
func TestChangeListSaysWhatChanged(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	cmp := mw.VM.Comparison()
	for _, l := range mw.side.lines {
		if l.change < 0 {
			continue
		}
		c := mw.side.items[l.change]
		what, where := c.parts(cmp)
		if strings.Trim(what, "→ ") == "" {
			t.Errorf("change list line %q / %q says nothing about what changed", what, where)
		}
	}
}

// File → Export… suggests "<base label>-vs-<other label>.html". Labels
// default to the imported file's name, and Russian file names are long
// (two bytes a letter): with two versions imported from
// "Выступление и ответы на вопросы СМИ Министра иностранных дел ….txt"
// the two labels alone are over the 255 bytes a file name may have on
// Linux, macOS and Windows: the suggestion is shortened to a name that
// can be saved.
func TestExportSuggestsASavableName(t *testing.T) {
	base := "Выступление и ответы на вопросы СМИ Министра иностранных дел С.В.Лаврова, Алматы, 21 июня 2024 года"
	other := "Выступление и ответы на вопросы СМИ Министра иностранных дел С.В.Лаврова, Алматы (исправленный)"
	name := fileName(base, other, export.HTML)
	if len(name) > 255 {
		t.Errorf("suggested export name is %d bytes, more than a file name may have (255): %q", len(name), name)
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), name), []byte("x"), 0o644); err != nil {
		t.Errorf("saving under the suggested name fails: %v", err)
	}
}

// F1 is the shortcut the Help menu shows for "Keyboard". It works from
// the rows, the library and the change list (windowKey), and from the
// find bar too: a user who just pressed Ctrl+F may wonder how to go to
// the previous match.
func TestF1FromTheFindBar(t *testing.T) {
	mw := twoTextWindow(t, "One two three.", "One two four.")
	mw.find.open()
	if mw.Window.Canvas().Focused() != mw.find.entry {
		t.Fatal("the find bar does not have the keyboard after Ctrl+F")
	}
	test.Type(mw.find.entry, "two")
	mw.Window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if mw.dialogs.open == nil {
		t.Error("F1 in the find bar opened no Keyboard dialog; the Help menu lists F1 for it")
	}
}

// With one version shown (the others unticked in the library) and
// "Changes only" on, nothing was compared: one version cannot differ
// from anything, and the rows area says that a second version is needed
// (as the status line does), not "No differences: the versions read the
// same.", which a user would take as a result about the texts.
func TestChangesOnlyWithOneVersion(t *testing.T) {
	mw := twoTextWindow(t, "One two three.", "One two four.")
	if err := mw.VM.SetColumns([]int64{1}, 1); err != nil {
		t.Fatal(err)
	}
	mw.VM.SetOnlyChanged(true)
	if msg := mw.View.message.Text; strings.Contains(msg, "read the same") {
		t.Errorf("one version shown, changes only: the view says %q", msg)
	}
}

// Hiding a column (library panel: click a shown version) starts a new
// comparison; on a long text it runs for seconds, and meanwhile the rows
// of the previous comparison stay on screen, with one column more than
// the comparison now has. A right click in that last column during those
// seconds (to copy its text or add a note) must offer the row's menu, not
// crash the application.
func TestRightClickWhileAColumnGoes(t *testing.T) {
	mw := hidingColumnOfThree(t, 3)
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("right click in the third column while the comparison runs: panic: %v", r)
		}
	}()
	if m := mw.rowMenu(0, 2); m == nil {
		t.Error("no menu for the row")
	}
}

// Filters that hide every row: two versions that differ only in
// typography (quotes, a dash), with "Hide typography" and "Changes only"
// on. The rows area is empty and says that the filters hide the rows,
// not "No differences: the versions read the same.", which is not true.
func TestFiltersHidingEverythingSaySo(t *testing.T) {
	mw := twoTextWindow(t, "He said «yes» — and left.", "He said \"yes\" - and left.")
	if s := mw.VM.Comparison().Stats; s.Trivial == 0 {
		t.Fatalf("no typography changes found: %+v", s)
	}
	checkFiltersHideTypography(t, mw)
}

// hidingColumnOfThree opens three long versions side by side and hides
// version v (library panel), leaving the comparison of the other two
// queued, so that the rows of all three stay on screen while it runs.
func hidingColumnOfThree(t *testing.T, v int64) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(lightTheme())
	ta, tb, tc := longTexts(30)
	q := &jobQueue{}
	mw := openWindow(t, a, []string{ta, tb, tc}, Options{Size: fyne.NewSize(1000, 500), Versions: []int64{1, 2, 3}}, q)
	q.run()
	mw.Window.Canvas().Capture()
	if n := len(mw.View.Rows()[0].Cells); n != 3 {
		t.Fatalf("rows have %d cells, want 3", n)
	}
	if err := mw.VM.ToggleColumn(v); err != nil {
		t.Fatal(err)
	}
	return mw
}

// checkFiltersHideTypography turns on Hide typography and Changes only
// in mw, whose versions differ in typography alone, and checks that the
// rows area, empty, does not say that the versions read the same.
func checkFiltersHideTypography(t *testing.T, mw *MainWindow) {
	t.Helper()
	mw.VM.SetHideTrivial(true)
	mw.VM.SetOnlyChanged(true)
	if n := len(mw.View.Rows()); n != 0 {
		t.Fatalf("%d rows shown, want none", n)
	}
	if msg := mw.View.message.Text; strings.Contains(msg, "read the same") {
		t.Errorf("typography-only differences hidden by the filters: the view says %q", msg)
	}
}

// F7, F1, the page keys and Escape work from every focused list, tree and
// toolbar button, and from the toolbar's Base choice, which Tab reaches
// too: one Tab does not turn them off.
func TestWindowKeysFromTheBaseChoice(t *testing.T) {
	mw, _ := sampleWindow(t)
	showPair(t, mw, "blog-en", "revised-en")
	c := mw.Window.Canvas()
	c.Focus(mw.bar.base)
	pressKey(c, fyne.KeyF7)
	if mw.View.Current() < 0 {
		t.Errorf("F7 with the Base choice focused went to no change (counter %q)", mw.bar.counter.Text)
	}
	pressKey(c, fyne.KeyF1)
	if mw.dialogs.open == nil {
		t.Error("F1 with the Base choice focused opened no Keyboard dialog")
	} else {
		pressKey(c, fyne.KeyEscape)
	}
	c.Focus(mw.bar.base)
	pressKey(c, fyne.KeyEscape)
	if c.Focused() != nil {
		t.Errorf("Escape left the keys with %T, not the rows", c.Focused())
	}
}
