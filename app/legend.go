package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// legendEntries are the samples the legend shows, drawn exactly as the
// columns draw changes.
func legendEntries() []TextRun {
	return []TextRun{
		{Text: "removed", Style: Style{Highlight: HighlightRemoved}},
		{Text: "added", Style: Style{Highlight: HighlightAdded}},
		{Text: "moved", Style: Style{Highlight: HighlightMoved}},
		{Text: "typography only", Style: Style{Highlight: HighlightTrivial}},
		{Text: "letter case", Style: Style{Highlight: HighlightCase}},
		{Text: "number 2024", Style: Style{Highlight: HighlightAdded, Number: true}},
	}
}

// newLegend returns a row of samples, one per kind of highlight, each a
// DiffText so that it matches the columns in every theme.
func newLegend(m *Measurer) fyne.CanvasObject {
	items := []fyne.CanvasObject{}
	for _, r := range legendEntries() {
		d := NewDiffText(m)
		d.Nowrap = true
		d.SetRuns([]TextRun{r})
		items = append(items, container.New(layout.NewCenterLayout(), d))
	}
	return container.NewHBox(items...)
}
