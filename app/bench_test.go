package app

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
)

// largePair repeats the sample pair until each side is about size bytes.
func largePair(b testing.TB, size int) (string, string) {
	b.Helper()
	a, err := fs.ReadFile(assets.Sample(), "blog-en.txt")
	if err != nil {
		b.Fatal(err)
	}
	o, err := fs.ReadFile(assets.Sample(), "revised-en.txt")
	if err != nil {
		b.Fatal(err)
	}
	n := size/len(a) + 1
	return strings.Repeat(string(a)+"\n\n", n), strings.Repeat(string(o)+"\n\n", n)
}

// largeResult starts a test app and compares a pair of about size bytes
// a side.
func largeResult(b testing.TB, size int) *compare.Result {
	b.Helper()
	test.NewTempApp(b)
	a, o := largePair(b, size)
	res, err := compare.Compare(context.Background(), []string{a, o}, compare.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// BenchmarkRowsAndHeights1MB measures what the window adds to the engine
// for a 1 MB pair: building the rows and laying out every row at a width.
func BenchmarkRowsAndHeights1MB(b *testing.B) {
	res := largeResult(b, 1<<20)
	m := NewMeasurer()
	b.ResetTimer()
	g := geometryFor(1000, nil)
	for range b.N {
		table, _ := res.MovesInPlace()
		rows := BuildRows(res, table)
		for _, r := range rows {
			var cells []cellText
			for _, runs := range runsOfRow(r) {
				cells = append(cells, newCellText(m, runs, 14))
			}
			rowHeight(m, r, cells, g, 14)
		}
		b.ReportMetric(float64(len(rows)), "rows")
	}
}

// BenchmarkCompareViewResize1MB measures a width change of the view on a
// 1 MB pair: new heights for every row and a fresh list.
func BenchmarkCompareViewResize1MB(b *testing.B) {
	res := largeResult(b, 1<<20)
	v := NewCompareView(NewViewModel(nil, ViewModelOptions{}), NewMeasurer())
	table, _ := res.MovesInPlace()
	v.applyRows(prepareRowsFinding(v.measurer, BuildRows(res, table), 14, ""), -1)
	b.ResetTimer()
	for i := range b.N {
		v.relayout(fyne.NewSize(float32(900+i%2*100), 700), 0)
	}
}

// BenchmarkOpenBriefing measures choosing the sample briefing, its four
// versions side by side, until the rows are ready: texts read from a real
// library, compared (the Russian aligned across languages), rows built,
// words measured and every row's height laid out at 1280 wide.
func BenchmarkOpenBriefing(b *testing.B) {
	test.NewTempApp(b)
	lib := sampleLibrary(b)
	m := NewViewModel(lib, syncOptions())
	if err := m.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	id := m.Briefings()[0].ID
	for b.Loop() {
		v := NewCompareView(m, NewMeasurer())
		v.Resize(fyne.NewSize(1280, 760))
		if err := m.OpenBriefing(id); err != nil {
			b.Fatal(err)
		}
		v.Update()
		if len(v.Rows()) == 0 || len(v.heights) != len(v.Rows()) {
			b.Fatalf("%d rows, %d heights", len(v.Rows()), len(v.heights))
		}
	}
}

// BenchmarkOpenPair2MB measures choosing a pair of 2 MB versions (the
// sample's pair repeated) until its rows are ready to show, through a real
// library: the window's worst everyday case.
func BenchmarkOpenPair2MB(b *testing.B) {
	test.NewTempApp(b)
	lib := sampleLibrary(b)
	a, o := largePair(b, 2<<20)
	ctx := context.Background()
	va, err := lib.ImportBytes(ctx, "a.txt", []byte(a), data.ImportOptions{Label: "a"})
	if err != nil {
		b.Fatal(err)
	}
	vo, err := lib.ImportBytes(ctx, "b.txt", []byte(o), data.ImportOptions{BriefingID: va.BriefingID, Label: "b"})
	if err != nil {
		b.Fatal(err)
	}
	m := NewViewModel(lib, syncOptions())
	if err := m.Load(ctx); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		v := NewCompareView(m, NewMeasurer())
		v.Resize(fyne.NewSize(1280, 760))
		if err := m.SetPair(va.ID, vo.ID); err != nil {
			b.Fatal(err)
		}
		v.Update()
		if len(v.Rows()) < 1000 {
			b.Fatalf("%d rows", len(v.Rows()))
		}
	}
}

// BenchmarkFindKeystroke1MB measures a keystroke in the find bar on a
// 1 MB pair: the rows' highlights changed from one query to the next,
// with only the cells whose highlights change measured again (withQuery),
// and, for scale, with every row prepared anew (full).
func BenchmarkFindKeystroke1MB(b *testing.B) {
	res := largeResult(b, 1<<20)
	table, _ := res.MovesInPlace()
	rows := BuildRows(res, table)
	m := NewMeasurer()
	queries := []string{"Mosco", "Moscow"}
	b.Run("withQuery", func(b *testing.B) {
		p := prepareRowsFinding(m, rows, 14, "")
		for i := 0; b.Loop(); i++ {
			p = p.withQuery(m, queries[i%2])
		}
	})
	b.Run("full", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			prepareRowsFinding(m, rows, 14, queries[i%2])
		}
	})
}
