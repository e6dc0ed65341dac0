package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// pairBar is the toolbar: a select for the base version, a swap button, a
// select for the other version, and buttons that jump between changes.
type pairBar struct {
	vm      *ViewModel
	view    *CompareView
	base    *widget.Select
	other   *widget.Select
	swap    *widget.Button
	prev    *widget.Button
	next    *widget.Button
	busy    *widget.Activity
	only    *widget.Check
	content fyne.CanvasObject
	// ids maps the options of the selects to version ids.
	ids map[string]int64
	// syncing is set while the selects mirror the view model.
	syncing bool
	onError func(error)
}

func newPairBar(vm *ViewModel, view *CompareView, onError func(error)) *pairBar {
	b := &pairBar{vm: vm, view: view, ids: map[string]int64{}, onError: onError}
	b.base = widget.NewSelect(nil, func(s string) { b.chosen(s, vm.SetBase) })
	b.base.PlaceHolder = "Choose…"
	b.other = widget.NewSelect(nil, func(s string) { b.chosen(s, vm.SetOther) })
	b.other.PlaceHolder = "Choose…"
	// Icon buttons keep the selects wide; the View menu names them and
	// their shortcuts.
	b.swap = widget.NewButtonWithIcon("", swapIcon(), func() { b.report(vm.Swap()) })
	b.swap.Importance = widget.LowImportance
	b.prev = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { view.ScrollToChange(-1) })
	b.next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { view.ScrollToChange(1) })
	b.only = widget.NewCheck("Changes only", func(on bool) {
		if !b.syncing {
			vm.SetOnlyChanged(on)
		}
	})
	b.busy = widget.NewActivity()
	b.busy.Hide()
	baseLabel := widget.NewLabelWithStyle("Base", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	otherLabel := widget.NewLabelWithStyle("Other", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	selects := container.New(layout.NewGridLayoutWithColumns(2),
		container.NewBorder(nil, nil, baseLabel, b.swap, b.base),
		container.NewBorder(nil, nil, otherLabel, nil, b.other),
	)
	changes := widget.NewLabel("Changes:")
	b.content = container.NewBorder(nil, nil, nil,
		container.NewHBox(b.busy, widget.NewSeparator(), b.only, changes, b.prev, b.next),
		selects)
	return b
}

func (b *pairBar) report(err error) {
	if err != nil && b.onError != nil {
		b.onError(err)
	}
}

func (b *pairBar) chosen(option string, set func(int64) error) {
	if b.syncing {
		return
	}
	id, ok := b.ids[option]
	if !ok {
		return
	}
	b.report(set(id))
}

// optionFor is how a version reads in the selects and the column titles:
// its label, then its language and source.
func optionFor(v data.Version) string {
	if about := joinNonEmpty(v.Language, v.Source); about != "" {
		return fmt.Sprintf("%s  (%s)", v.Label, about)
	}
	return v.Label
}

// update mirrors the view model's candidates and pair.
func (b *pairBar) update() {
	b.syncing = true
	defer func() { b.syncing = false }()
	cands := b.vm.Candidates()
	opts := make([]string, 0, len(cands))
	b.ids = map[string]int64{}
	for _, v := range cands {
		o := optionFor(v)
		if _, dup := b.ids[o]; dup {
			o = fmt.Sprintf("%s #%d", o, v.ID)
		}
		b.ids[o] = v.ID
		opts = append(opts, o)
	}
	b.base.SetOptions(opts)
	b.other.SetOptions(opts)
	base, other := b.vm.Pair()
	for o, id := range b.ids {
		if id == base {
			b.base.SetSelected(o)
		}
		if id == other {
			b.other.SetSelected(o)
		}
	}
	if base == 0 {
		b.base.ClearSelected()
	}
	if other == 0 {
		b.other.ClearSelected()
	}
	b.only.SetChecked(b.vm.OnlyChanged())
	cmp := b.vm.Comparison()
	if cmp.Busy {
		b.busy.Show()
		b.busy.Start()
	} else {
		b.busy.Stop()
		b.busy.Hide()
	}
	has := len(cmp.Rows) > 0
	for _, w := range []fyne.Disableable{b.prev, b.next, b.swap} {
		if has {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// swapSVG is Material Design's "swap_horiz" icon (Apache 2.0, like the rest
// of Fyne's icons).
const swapSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
	`<path fill="#000000" d="M6.99 11L3 15l3.99 4v-3H14v-2H6.99v-3zM21 9l-3.99-4v3H10v2h7.01v3L21 9z"/></svg>`

// swapIcon is the swap button's icon, coloured by the theme.
func swapIcon() fyne.Resource {
	return theme.NewThemedResource(fyne.NewStaticResource("swap.svg", []byte(swapSVG)))
}
