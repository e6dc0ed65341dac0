package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestOverviewTicks: the overview paints a tick at every changed row's
// place, in the current change's colour for the current one, into one
// image, however many changes there are.
func TestOverviewTicks(t *testing.T) {
	res := largeResult(t, 64<<10)
	v := NewCompareView(NewViewModel(nil, ViewModelOptions{}), NewMeasurer())
	table, _ := res.MovesInPlace()
	v.applyRows(prepareRowsFinding(v.measurer, BuildRows(res, table), 14, ""), -1)
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	changes := v.Changes()
	if len(changes) < 50 {
		t.Fatalf("only %d changed rows to draw", len(changes))
	}
	v.current = changes[len(changes)/2]
	r := test.WidgetRenderer(v.overview).(*overviewRenderer)
	if n := len(r.Objects()); n != 3 {
		t.Errorf("%d objects for %d changes, want the track, the ticks and the band", n, len(changes))
	}
	size := v.overview.Size()
	img := r.paintTicks(int(size.Width), int(size.Height))
	total := v.contentHeight()
	at := func(row int) color.Color {
		y := int(v.offsetOf(row) / total * size.Height)
		return img.At(int(size.Width)/2, y)
	}
	for _, i := range changes {
		if _, _, _, a := at(i).RGBA(); a == 0 {
			t.Fatalf("no tick at changed row %d", i)
		}
	}
	pal := paletteFor(v.overview)
	if got, want := color.NRGBAModel.Convert(at(v.current)), color.NRGBAModel.Convert(pal.current); got != want {
		t.Errorf("current row's tick %v, want %v", got, want)
	}
	if _, _, _, a := img.At(0, int(size.Height)/2).RGBA(); a != 0 {
		t.Error("a tick painted over the inset at the bar's left edge")
	}
}
