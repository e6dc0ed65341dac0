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
)

// largePair repeats the sample pair until each side is about size bytes.
func largePair(b *testing.B, size int) (string, string) {
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
func largeResult(b *testing.B, size int) *compare.Result {
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
		for i, r := range rows {
			var cells []cellText
			for _, runs := range runsOfRow(r, i) {
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
	v.applyRows(prepareRows(v.measurer, BuildRows(res, table), 14), -1)
	b.ResetTimer()
	for i := range b.N {
		v.relayout(fyne.NewSize(float32(900+i%2*100), 700), 0)
	}
}
