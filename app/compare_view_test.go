package app

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// TestWithQueryMatchesFullPreparation checks the find bar's shortcut (only
// the cells whose highlights change are measured again) against preparing
// every row anew with the query, for a query typed, extended, changed and
// cleared.
func TestWithQueryMatchesFullPreparation(t *testing.T) {
	res := largeResult(t, 64<<10)
	table, _ := res.MovesInPlace()
	rows := BuildRows(res, table)
	m := NewMeasurer()
	const size = 14
	p := prepareRowsFinding(m, rows, size, "")
	for _, q := range []string{"Mos", "Moscow", "the", "1,000", "", "zzz-not-there"} {
		p = p.withQuery(m, q)
		want := prepareRowsFinding(m, rows, size, q)
		if !reflect.DeepEqual(p.runs, want.runs) || !reflect.DeepEqual(p.cells, want.cells) {
			t.Fatalf("query %q: the shortcut's rows differ from a full preparation", q)
		}
	}
}

// queueBackground makes the view model's Background queue its jobs, and
// returns a function that runs them in order: rows are prepared as for a
// long text, and the test chooses when they arrive.
func queueBackground(mw *MainWindow) (runJobs func()) {
	q := &jobQueue{}
	mw.VM.opts.Background = q.add
	mw.View.asyncRows = 1
	return q.run
}

// TestQueryWhileRowsArePrepared types a query while new rows (only the
// changed ones) are on their way: the new rows arrive, with the query
// highlighted, and the matches are reported once they are shown.
func TestQueryWhileRowsArePrepared(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	v := mw.View
	runJobs := queueBackground(mw)
	var reported []int
	v.OnRowsShown = func() { reported = v.MatchingRows() }
	mw.VM.SetOnlyChanged(true)
	v.SetQuery("Murat")
	runJobs()
	if len(v.Rows()) != 5 || len(v.index) != 5 {
		t.Fatalf("%d rows shown (index %d), want the 5 changed rows", len(v.Rows()), len(v.index))
	}
	if got := v.MatchingRows(); len(got) == 0 || !slices.Equal(reported, got) {
		t.Errorf("matches reported %v, rows holding the query %v", reported, got)
	}
}

// TestQueryInBackgroundKeepsTop types a query on a long text (highlights
// prepared in the background): the matches are reported when they are
// shown, and the view stays where it was.
func TestQueryInBackgroundKeepsTop(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 300))
	v := mw.View
	mw.Window.Canvas().Capture()
	v.scrollTo(len(v.Rows()) - 3)
	top := v.TopComparisonRow()
	runJobs := queueBackground(mw)
	reported := []int{-1}
	v.OnRowsShown = func() { reported = v.MatchingRows() }
	v.SetQuery("the")
	if !slices.Equal(reported, []int{-1}) {
		t.Errorf("matches %v reported before the highlights were shown", reported)
	}
	runJobs()
	mw.Window.Canvas().Capture()
	if got := v.MatchingRows(); len(got) == 0 || !slices.Equal(reported, got) {
		t.Errorf("matches reported %v, rows holding the query %v", reported, got)
	}
	if got := v.TopComparisonRow(); got != top {
		t.Errorf("top row moved from %d to %d", top, got)
	}
}

// TestQueryAfterFontChange types a query after the measurer forgot its
// measurements (a theme change): every cell is measured again, not only
// those whose highlights change.
func TestQueryAfterFontChange(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 560))
	v := mw.View
	v.measurer.Reset()
	v.SetQuery("Murat")
	if v.measuredGen != v.measurer.Generation() {
		t.Errorf("cells measured in generation %d, the measurer is in %d", v.measuredGen, v.measurer.Generation())
	}
}

// queuedWindow opens a window on a fixed comparison whose every
// background job (the comparison, then its rows) waits in a queue; the
// returned function runs them. With change above 0 it opens on that
// changed row, as --change does.
func queuedWindow(t *testing.T, change int) (*MainWindow, func()) {
	t.Helper()
	q := &jobQueue{}
	mw := openWindow(t, test.NewTempApp(t), []string{goldenBase, goldenOther}, Options{Change: change}, q)
	return mw, q.run
}

// TestCounterAfterBackgroundRows opens a comparison whose rows are
// prepared in the background: the toolbar counts the changes once the
// rows arrive, not the none there were when the comparison came.
func TestCounterAfterBackgroundRows(t *testing.T) {
	mw, runJobs := queuedWindow(t, 0)
	runJobs()
	n := len(mw.View.Stops())
	if want := plural(n, "changed passage", "changed passages"); n == 0 || mw.bar.counter.Text != want {
		t.Errorf("counter %q, want %q", mw.bar.counter.Text, want)
	}
}

// TestGoToChangeAfterBackgroundRows opens on the second changed row (as
// --change 2 does) a comparison whose rows arrive from the background.
func TestGoToChangeAfterBackgroundRows(t *testing.T) {
	mw, runJobs := queuedWindow(t, 2)
	runJobs()
	if ch := mw.View.Stops(); len(ch) < 2 || mw.View.Current() != ch[1] {
		t.Errorf("current row %d, want the second changed passage of %v (status %q)", mw.View.Current(), ch, mw.Status.Text)
	}
}

// TestHighlightsKeepAScrollMadeMeanwhile scrolls while a query's
// highlights are prepared in the background: their arrival leaves the
// view where it was scrolled to.
func TestHighlightsKeepAScrollMadeMeanwhile(t *testing.T) {
	mw := fixedWindow(t, fyne.NewSize(1000, 300))
	v := mw.View
	mw.Window.Canvas().Capture()
	v.scrollTo(len(v.Rows()) - 3)
	runJobs := queueBackground(mw)
	v.SetQuery("the")
	v.scrollTo(0)
	mw.Window.Canvas().Capture()
	top := v.TopComparisonRow()
	runJobs()
	mw.Window.Canvas().Capture()
	if got := v.TopComparisonRow(); got != top {
		t.Errorf("the highlights' arrival scrolled the view from row %d to %d", top, got)
	}
}

// TestFindingNoteSaysOnly: a number finding's note says "only the source
// has …, only the rendering …", as the command line does: Source and
// Target are the numbers the other side lacks, so "source 2024, rendering
// none" would misread a rendering that has the other numbers (21).
func TestFindingNoteSaysOnly(t *testing.T) {
	tests := []struct{ src, tgt string }{
		{"Министр прибыл в Алматы 21 июня 2024 года.", "The minister arrived in Almaty on 21 June."},
	}
	for _, tt := range tests {
		res, err := compare.Compare(context.Background(), []string{tt.src, tt.tgt}, compare.Options{Languages: []string{"ru", "en"}})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range compare.CheckTranslations(res) {
			if f.Kind != compare.FindingNumber {
				continue
			}
			found = true
			if note := findingNote(f, ""); !strings.Contains(note, "only") {
				t.Errorf("finding %+v reads %q in the window; the command line says %q", f, note, f.String())
			}
		}
		if !found {
			t.Fatalf("no number finding for %q / %q", tt.src, tt.tgt)
		}
	}
}

// TestNotesAndFindingsLookApart: a researcher's note and a translation
// check's finding on one row are drawn in colours of their own.
func TestNotesAndFindingsLookApart(t *testing.T) {
	r := RowView{
		Cells:    []CellView{{Has: true, MovedTo: -1}, {Has: true, MovedTo: -1}},
		Notes:    []NoteView{{Column: 1, Text: "checked against the video"}},
		Findings: []FindingView{{Column: 1, Text: "Not in the source"}},
	}
	kinds := map[string]Highlight{}
	for _, run := range runsOfRow(r)[1] {
		kinds[strings.TrimSpace(run.Text)] = run.Style.Highlight
	}
	note, finding := kinds["Note: checked against the video"], kinds["Not in the source"]
	if note != HighlightNote || finding != HighlightFinding {
		t.Fatalf("note drawn as %v, finding as %v", note, finding)
	}
	for _, p := range []palette{lightPalette(), darkPalette()} {
		if p.fill(note) == p.fill(finding) {
			t.Error("a note and a finding share a colour")
		}
	}
}

// TestShownNames: versions shown with one label are told apart by id, as
// their column titles do; an omission names which one lacks the text.
func TestShownNames(t *testing.T) {
	names := shownNames([]string{"speech", "ru", "ru"}, []int64{1, 7, 9})
	if !slices.Equal(names, []string{"speech", "ru #7", "ru #9"}) {
		t.Errorf("names %q", names)
	}
	rows := []RowView{{Cells: []CellView{{Has: true, MovedTo: -1}, {MovedTo: -1}, {MovedTo: -1}}}}
	attachFindings(rows, []int{0}, []compare.Finding{
		{Kind: compare.FindingOmission, Version: 1}, {Kind: compare.FindingOmission, Version: 2},
	}, findingWords{names: names})
	if fs := rows[0].Findings; len(fs) != 2 || fs[0].Text != "Not rendered in ru #7" || fs[1].Text != "Not rendered in ru #9" {
		t.Errorf("omissions read %+v", fs)
	}
}

// TestFindingsOnTheOriginal: checked against a base that renders it, the
// original is not blamed for what the base added or left out: the check
// words the base as the source, and the notes turn that round. Against
// an original base, or with no original, they read as the check says.
func TestFindingsOnTheOriginal(t *testing.T) {
	findings := []compare.Finding{
		{Kind: compare.FindingOmission, Version: 1},
		{Kind: compare.FindingAddition, Version: 1},
		{Kind: compare.FindingNumber, Version: 1, Source: "18", Target: "19"},
		{Kind: compare.FindingPossibleOmission, Version: 1, Source: "Our allies expressed understanding."},
		{Kind: compare.FindingUntranslated, Version: 1},
		{Kind: compare.FindingRenamed, Version: 1, Source: "Lavroff", Target: "Лавров"},
	}
	tests := []struct {
		name      string
		originals []bool
		base      int
		want      []string
	}{
		{"the original a rendering", []bool{false, true}, 0, []string{
			"Not in ru, the original", "Not rendered in revised-en",
			"Numbers differ: only revised-en has 18, only ru, the original, 19",
			"Possibly not in ru, the original: “Our allies expressed understanding.”",
			"Not translated in revised-en (it repeats the original's words)",
			"Name changed in revised-en: Lavroff, where ru, the original, has Лавров"}},
		{"no original", []bool{false, false}, 0, []string{
			"Not rendered in ru", "Not in the source",
			"Numbers differ: only the source has 18, only the rendering 19",
			"Possibly not rendered in ru: “Our allies expressed understanding.”",
			"Not translated", "Lavroff not rendered in ru, where it has Лавров"}},
		{"both originals", []bool{true, true}, 0, []string{
			"Not rendered in ru", "Not in the source",
			"Numbers differ: only the source has 18, only the rendering 19",
			"Possibly not rendered in ru: “Our allies expressed understanding.”",
			"Not translated", "Lavroff not rendered in ru, where it has Лавров"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := []RowView{{Cells: []CellView{{Has: true, Base: true}, {Has: true}}}}
			attachFindings(rows, []int{0}, findings, findingWords{names: []string{"revised-en", "ru"}, originals: tt.originals, base: tt.base})
			var got []string
			for _, f := range rows[0].Findings {
				got = append(got, f.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("notes\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestListHeightsMatchRows: the list is given only the heights that
// differ from the most common one, which is the rows' own; scrolled to
// the bottom, it must end where the rows' heights say.
func TestListHeightsMatchRows(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	common := commonHeight(v.heights)
	same := 0
	for _, h := range v.heights {
		if h == common {
			same++
		}
	}
	if same < 2 || same == len(v.heights) {
		t.Fatalf("%d of %d rows at the common height %v: the sample should have both kinds", same, len(v.heights), common)
	}
	v.list.ScrollToBottom()
	want := v.contentHeight() - v.rowGap() - v.list.Size().Height
	if got := v.list.GetScrollOffset(); got < want-1 || got > want+1 {
		t.Errorf("the list scrolls to %v at the bottom, the rows' heights say %v", got, want)
	}
}

func TestCommonHeight(t *testing.T) {
	for _, tc := range []struct {
		heights []float32
		want    float32
	}{
		{nil, 0},
		{[]float32{30}, 30},
		{[]float32{30, 52, 30, 74}, 30},
		{[]float32{52, 30, 52, 30}, 30}, // equally common: the least
		{[]float32{74, 52, 52, 30, 30, 52}, 52},
	} {
		if got := commonHeight(tc.heights); got != tc.want {
			t.Errorf("commonHeight(%v) = %v, want %v", tc.heights, got, tc.want)
		}
	}
}

// TestLongListLandsOnChange goes to a change deep in a list of 100,000
// one-line rows: the row must be drawn in the view. The view sums row
// heights one by one and Fyne's list multiplies out those of the common
// height; with fractions of a pixel the two drifted apart by dozens of
// rows that far down.
func TestLongListLandsOnChange(t *testing.T) {
	const n = 100_000
	var a, b strings.Builder
	for i := range n {
		fmt.Fprintf(&a, "Item %d of the list.\n\n", i)
		if i%1000 == 999 {
			fmt.Fprintf(&b, "Item %d of the lists.\n\n", i)
		} else {
			fmt.Fprintf(&b, "Item %d of the list.\n\n", i)
		}
	}
	mw := pairWindow(t, a.String(), b.String())
	mw.Window.Resize(fyne.NewSize(1100, 700))
	mw.Window.Canvas().Capture()
	v := mw.View
	for _, k := range []int{90, 100, 50} {
		v.GoToChange(k)
		mw.Window.Canvas().Capture()
		if !rowDrawn(v, v.Current()) {
			t.Errorf("change %d (row %d) is not drawn in the view", k, v.Current())
		}
	}
}

// rowDrawn reports whether row i of the view is drawn inside the list's
// visible area.
func rowDrawn(v *CompareView, i int) bool {
	d := fyne.CurrentApp().Driver()
	top, height := d.AbsolutePositionForObject(v.list).Y, v.list.Size().Height
	drawn := false
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		if it, ok := o.(*rowItem); ok {
			y := d.AbsolutePositionForObject(it).Y
			drawn = drawn || it.index == i && y >= top-1 && y < top+height
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(v.list)
	return drawn
}

// TestBaseMarkedAgainstSameLanguage: with a translation in the second
// column and a revision in the third, the base's column still shows the
// words the revision removed (it is marked against the revision, not the
// translation, which has no word changes).
func TestBaseMarkedAgainstSameLanguage(t *testing.T) {
	texts := []string{
		"The ministers met in Almaty. Lavrov's subordinates carried the torch.\n",
		"Министры встретились в Алматы. Подчинённые Лаврова несли факел.\n",
		"The ministers met in Almaty.\n",
	}
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: []string{"en", "ru", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.MarksAgainst(); got != 2 {
		t.Fatalf("MarksAgainst = %d, want 2 (the revision)", got)
	}
	table, _ := res.MovesInPlace()
	removed := ""
	for _, r := range BuildRows(res, table) {
		for _, s := range r.Cells[0].Segs {
			if s.Kind != compare.Equal {
				removed += texts[0][s.Start:s.End]
			}
		}
	}
	if !strings.Contains(removed, "subordinates") {
		t.Errorf("the base's column marks %q, want the removed sentence", removed)
	}
}

// TestRenderingMarkedAgainstItsRevision: with Russian as the base and the
// English revision followed, the English rendering's column shows, in
// the removed colour, the words the revision removed, and the revision's
// column what it put in their place. Not followed, the rendering's
// column is left plain: its words are right beside the source.
func TestRenderingMarkedAgainstItsRevision(t *testing.T) {
	texts := []string{
		"Министры встретились в Алматы под председательством Михаила Нуртлеу.\n",
		"The ministers met in Almaty chaired by Mikhail Nurtleu.\n",
		"The ministers met in Almaty chaired by Murat Nurtleu.\n",
	}
	res, err := compare.Compare(context.Background(), texts, compare.Options{Languages: []string{"ru", "en", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	table, _ := res.MovesInPlace()
	marked := func(rows []RowView) map[Highlight]string {
		out := map[Highlight]string{}
		for _, r := range rows {
			runs := runsOfRow(r)
			for col := 1; col <= 2; col++ {
				for _, run := range runs[col] {
					if run.Style.Highlight != HighlightNone {
						out[run.Style.Highlight] += fmt.Sprintf("%d:%s ", col, run.Text)
					}
				}
			}
		}
		return out
	}
	following := marked(BuildRowsFollowing(res, table, 2))
	if got := following[HighlightRemoved]; got != "1:Mikhail " {
		t.Errorf("removed: %q, want Mikhail in the rendering's column", got)
	}
	if got := following[HighlightAdded]; got != "2:Murat " {
		t.Errorf("added: %q, want Murat in the revision's column", got)
	}
	every := marked(BuildRows(res, table))
	if got := every[HighlightRemoved]; got != "" {
		t.Errorf("following every version, removed: %q, want the rendering's column plain", got)
	}
	if got := every[HighlightAdded]; got != "2:Murat " {
		t.Errorf("following every version, added: %q, want Murat in the revision's column", got)
	}
}

// TestStatusSaysWhoseRemovals: with several versions beside the base, the
// status line says whose removed words the base's column marks.
func TestStatusSaysWhoseRemovals(t *testing.T) {
	cols := []data.Version{{Label: "blog-en"}, {Label: "ru"}, {Label: "revised-en"}}
	for _, tc := range []struct {
		marked []int
		base   int
		want   string
	}{
		{[]int{2, -1, -1}, 0, "against blog-en (removed words: revised-en's)"},
		{[]int{-1, -1, -1}, 0, "against blog-en"},
		{nil, 0, "against blog-en"},
		// Russian as the base: the English repost's column marks what
		// the edited copy removed.
		{[]int{2, -1, -1}, 1, "against ru (removed words: revised-en's in blog-en)"},
	} {
		cmp := Comparison{Columns: cols, Base: tc.base, MarkedAgainst: tc.marked}
		if got := statusText(cmp); !strings.HasSuffix(got, tc.want) {
			t.Errorf("marked against %v: %q, want it to end %q", tc.marked, got, tc.want)
		}
	}
}

// TestStatusFindingsFirst: with several versions, the counts come first,
// the translation findings right after the changes, and the versions
// (named by the column titles) last, where a narrow window cuts the line:
// at 1280 pixels the aligned rows were cut off.
func TestStatusFindingsFirst(t *testing.T) {
	cmp := Comparison{Columns: []data.Version{{Label: "blog-en"}, {Label: "revised-en"}, {Label: "ru"}},
		Base: 0, MarkedAgainst: []int{-1, -1, -1}, Translated: []bool{false, false, true}, Findings: 3, Rows: make([]RowView, 5)}
	want := "0 changes · 3 translation findings · 0 typography only · 5 aligned rows · revised-en, ru against blog-en"
	if got := statusText(cmp); got != want {
		t.Errorf("status %q, want %q", got, want)
	}
}

// TestStatusCountsKinds: the status line of two versions counts the
// changes by kind, and those in numbers and in letter case only.
func TestStatusCountsKinds(t *testing.T) {
	cols := []data.Version{{Label: "blog-en"}, {Label: "caps"}}
	for _, tc := range []struct {
		stats compare.Stats
		want  string
	}{
		{compare.Stats{Replaces: 5, Inserts: 1, Numbers: 1, Trivial: 2},
			"blog-en vs caps: 6 changes (5 replaced · 1 added), 1 in a number · 2 typography only · 3 aligned rows"},
		{compare.Stats{Replaces: 2, Numbers: 1, Names: 2},
			"blog-en vs caps: 2 changes (2 replaced), 1 in a number, 2 in names · 0 typography only · 3 aligned rows"},
		{compare.Stats{Replaces: 4, Case: 3},
			"blog-en vs caps: 4 changes (4 replaced), 3 in letter case only · 0 typography only · 3 aligned rows"},
	} {
		cmp := Comparison{Columns: cols, Base: 0, Stats: tc.stats, Rows: make([]RowView, 3)}
		if got := statusText(cmp); got != tc.want {
			t.Errorf("stats %+v: %q, want %q", tc.stats, got, tc.want)
		}
	}
}

// TestBaseOnTheRight: with the base in the second column (after Swap
// base), its words the other version lost are drawn removed and the
// other's new words added, as with the base first.
func TestBaseOnTheRight(t *testing.T) {
	texts := []string{"The ministers met in Minsk on Monday.\n", "The ministers met in Almaty on Monday.\n"}
	for base := range 2 {
		res, err := compare.Compare(context.Background(), texts, compare.Options{Base: base})
		if err != nil {
			t.Fatal(err)
		}
		table, _ := res.MovesInPlace()
		rows := BuildRows(res, table)
		got := map[string]Highlight{}
		for _, r := range rows {
			for _, runs := range runsOfRow(r) {
				for _, run := range runs {
					got[run.Text] = run.Style.Highlight
				}
			}
		}
		baseWord, otherWord := []string{"Minsk", "Almaty"}[base], []string{"Minsk", "Almaty"}[1-base]
		if got[baseWord] != HighlightRemoved || got[otherWord] != HighlightAdded {
			t.Errorf("base in column %d: %q drawn %v, %q drawn %v; want removed, added", base+1, baseWord, got[baseWord], otherWord, got[otherWord])
		}
	}
}

// TestPlaceholderKeepsItsDirection: with only the changed rows shown, a
// moved passage's placeholder still says whether its other end is above
// or below (it named the row by its place among the rows shown).
func TestPlaceholderKeepsItsDirection(t *testing.T) {
	var a, b []string
	for i := range 12 {
		a = append(a, fmt.Sprintf("Sentence number %d stays where it is in the text.", i))
	}
	b = append(b, a...)
	moved := "The delegates signed the treaty after a long night of talks."
	a = append(a[:2], append([]string{moved}, a[2:]...)...)
	b = append(b, moved)
	res, err := compare.Compare(context.Background(), []string{strings.Join(a, "\n\n"), strings.Join(b, "\n\n")}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	table, _ := res.MovesInPlace()
	all := BuildRows(res, table)
	for _, only := range []bool{false, true} {
		rows, _ := VisibleRows(all, only, false, -1)
		var texts []string
		for _, r := range rows {
			for _, runs := range runsOfRow(r) {
				for _, run := range runs {
					if strings.HasPrefix(run.Text, "moved") || strings.HasPrefix(run.Text, "in the base") {
						texts = append(texts, run.Text)
					}
				}
			}
		}
		if len(texts) != 2 || !strings.HasPrefix(texts[0], "moved down") || !strings.HasSuffix(texts[1], "(above)") {
			t.Errorf("changed rows only %v: placeholders %q", only, texts)
		}
	}
}

// TestHiddenTypographyIsNotDrawn: with typography hidden, a line wrapped
// elsewhere and a quote restyled are drawn as unchanged text (no ¶, no
// typography mark), while a real change in the same row still is.
func TestHiddenTypographyIsNotDrawn(t *testing.T) {
	texts := []string{"He said \"yes\" and the delegates\nmet in Minsk.\n", "He said “yes” and the delegates met\nin Almaty.\n"}
	res, err := compare.Compare(context.Background(), texts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	table, _ := res.MovesInPlace()
	for _, hide := range []bool{false, true} {
		rows, _ := VisibleRows(BuildRows(res, table), false, hide, -1)
		var trivial, added int
		var text strings.Builder
		for _, r := range rows {
			for _, runs := range runsOfRow(r) {
				for _, run := range runs {
					text.WriteString(run.Text)
					switch run.Style.Highlight {
					case HighlightTrivial:
						trivial++
					case HighlightAdded:
						added++
					}
				}
			}
		}
		marks := strings.Count(text.String(), lineBreakMark)
		if hide && (trivial != 0 || marks != 0) || !hide && (trivial == 0 || marks == 0) || added == 0 {
			t.Errorf("typography hidden %v: %d typography runs, %d ¶, %d added runs", hide, trivial, marks, added)
		}
	}
}

// TestFindingUnderItsRenderingOrTheSource: a finding shows below its
// rendering's text, and where the rendering has none (an omission) below
// the source's, the base's, wherever its column stands: not below
// another rendering's text, which would read as that one's finding.
func TestFindingUnderItsRenderingOrTheSource(t *testing.T) {
	text := CellView{Has: true, Segs: []compare.Segment{{Text: "words"}}}
	base := text
	base.Base = true
	tests := []struct {
		name  string
		cells []CellView
		on    int // the finding's column
		want  int // the column that shows it
	}{
		{"rendering has text", []CellView{text, base, text}, 2, 2},
		{"omission, base second", []CellView{text, base, {}}, 2, 1},
		{"omission, base first", []CellView{base, text, {}}, 2, 0},
		{"no base text", []CellView{{}, text, {Base: true}}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RowView{Cells: tt.cells, Findings: []FindingView{{Column: tt.on, Text: "Not rendered in x"}}}
			for col, runs := range runsOfRow(r) {
				has := slices.ContainsFunc(runs, func(run TextRun) bool { return strings.Contains(run.Text, "Not rendered") })
				if has != (col == tt.want) {
					t.Errorf("column %d shows the finding: %v; want it in column %d alone", col, has, tt.want)
				}
			}
		})
	}
}

// TestMarkContinued: a row that a change begun above runs on to, where no
// change of its own begins and no finding is, is no stop; following one
// version, only its changes count.
func TestMarkContinued(t *testing.T) {
	changes := []ChangeView{
		{Column: 1, Row: 1, LastRow: 4}, // a passage over rows 1-4
		{Column: 2, Row: 3, LastRow: 3}, // another version's change in row 3
		{Column: 1, Row: 6, LastRow: 6},
	}
	for _, tc := range []struct {
		f    int
		want []bool
	}{
		// Row 3 begins version 2's change, row 4 holds its finding, which
		// goes on to row 5 (as a passage not rendered does).
		{-1, []bool{false, false, true, false, false, true, false}},
		// Following version 1, version 2's change and finding are none.
		{1, []bool{false, false, true, true, true, false, false}},
		{2, []bool{false, false, false, false, false, true, false}},
	} {
		rows := make([]RowView, 7)
		rows[4].Findings = []FindingView{{Column: 2}}
		rows[5].Findings = []FindingView{{Column: 2, Goes: true}}
		markContinued(rows, changes, tc.f)
		var got []bool
		for _, r := range rows {
			got = append(got, r.Continues)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("following %d: continues %v, want %v", tc.f, got, tc.want)
		}
	}
	// A typography-only change begins a passage only where typography
	// is shown.
	rows := make([]RowView, 5)
	markContinued(rows, []ChangeView{{Column: 1, Row: 1, LastRow: 4}, {Column: 2, Row: 3, LastRow: 3, Trivial: true}}, -1)
	if !rows[3].ContinuesNontrivial || rows[3].Continues {
		t.Errorf("row 3, a typography-only change in a passage: continues %v, with typography hidden %v", rows[3].Continues, rows[3].ContinuesNontrivial)
	}
}

// TestNextStopsOncePerPassage: with the sample's four versions, where the
// abridged copy lacks most rows, Next stops at each passage's first row,
// not at every row it spans, and every changed row between two stops
// goes on with the passage above.
func TestNextStopsOncePerPassage(t *testing.T) {
	mw, _ := sampleWindow(t)
	v := mw.View
	stops, changed := v.Stops(), v.Changes()
	t.Logf("%d stops, %d changed rows", len(stops), len(changed))
	if len(stops) == 0 || len(stops)*2 > len(changed) {
		t.Fatalf("%d stops for %d changed rows", len(stops), len(changed))
	}
	for _, i := range changed {
		if !slices.Contains(stops, i) && !v.Rows()[i].Continues {
			t.Errorf("changed row %d is neither a stop nor a passage's rest", i)
		}
	}
	for k, want := range stops[:min(5, len(stops))] {
		mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
		if v.Current() != want {
			t.Errorf("F7 %d: row %d, want %d", k+1, v.Current(), want)
		}
	}
	if want := stepText(4, len(stops)); mw.bar.counter.Text != want {
		t.Errorf("counter %q, want %q", mw.bar.counter.Text, want)
	}
}

// TestRemovalsShownWhereNoColumnMarksThem: with the Russian source as the
// base, the English repost's column does not mark what the revision of
// it removed (its right words would look wrong beside the source): the
// revision's own cell shows the words where they went, as removed.
func TestRemovalsShownWhereNoColumnMarksThem(t *testing.T) {
	mw, _ := sampleWindow(t)
	ru := versionByLabel(t, mw.VM, "ru")
	ids, _ := mw.VM.Columns()
	if err := mw.VM.SetColumns(ids, ru.ID); err != nil {
		t.Fatal(err)
	}
	mw.Window.Canvas().Capture()
	revised := slices.Index(ids, versionByLabel(t, mw.VM, "revised-en").ID)
	found := false
	for i, r := range mw.View.Rows() {
		for _, g := range r.Cells[revised].Gone {
			if !strings.Contains(g.Text, "subordinates") {
				continue
			}
			found = true
			runs := mw.View.runs[i][revised]
			if !slices.ContainsFunc(runs, func(tr TextRun) bool {
				return strings.Contains(tr.Text, "subordinates") && tr.Style.Highlight == HighlightRemoved
			}) {
				t.Errorf("row %d: the removal is not drawn as removed: %+v", i, runs)
			}
			if strings.Contains(mw.View.RowTexts(i)[revised], "subordinates") {
				t.Errorf("row %d: the removed words are copied as the revision's text", i)
			}
		}
	}
	if !found {
		t.Error("revised-en's cells hold no removal of \"subordinates\"")
	}
}

// TestGoneStaysInItsRow: a revision's removal is drawn in each row with
// the part of it the revised text has in that row: not other rows'
// sentences in this one, nor nowhere. A removed word opening a sentence
// stands a space apart from the next.
func TestGoneStaysInItsRow(t *testing.T) {
	for _, tc := range []struct {
		texts   []string
		want    string // the removals drawn, each "text|", in order
		notWant string
	}{
		// A removal over two rows shows its part of each in each.
		{[]string{"Он сказал это. Он пришёл домой. Он лёг спать. Он проснулся. Потом ушёл.\n",
			"He said it very clearly to all of us. He came home late. He went to bed early. He woke up at noon. Then he left.\n",
			"He said it very clearly. Then he left.\n"}, "He went to bed early.|He woke up at noon.|", "He went to bed early. He woke up"},
		{[]string{"Вчера Джон это сказал.\n", "Yesterday John said it.\n", "John said it.\n"}, "Yesterday|", ""},
	} {
		res, err := compare.Compare(context.Background(), tc.texts, compare.Options{Languages: []string{"ru", "en", "en"}})
		if err != nil {
			t.Fatal(err)
		}
		table, _ := res.MovesInPlace()
		var got strings.Builder
		for _, r := range BuildRowsFollowing(res, table, -1) {
			runs := runsOfRow(r)
			for k, run := range runs[2] {
				if run.Style.Highlight == HighlightRemoved {
					got.WriteString(run.Text + "|")
					if k+1 < len(runs[2]) && run.Text == "Yesterday" && !strings.HasPrefix(runs[2][k+1].Text, " ") {
						t.Errorf("the removed word is glued to the next: %+v", runs[2])
					}
				}
			}
		}
		if tc.want != "" && !strings.Contains(got.String(), tc.want) || tc.notWant != "" && strings.Contains(got.String(), tc.notWant) {
			t.Errorf("%.30q…: removals drawn %q", tc.texts[2], got.String())
		}
	}
}
