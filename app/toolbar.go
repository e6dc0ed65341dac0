package app

import (
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
)

// columnBar is the toolbar: the versions shown (a button that opens a list
// to tick them), the base, the filters, and Next and Previous with the
// number of the current change.
type columnBar struct {
	vm       *ViewModel
	view     *CompareView
	versions *tipButton
	base     *keySelect
	swap     *tipButton
	prev     *tipButton
	next     *tipButton
	counter  *widget.Label
	// counterWidth holds the counter as wide as its longest text.
	counterWidth *canvas.Rectangle
	busy         *widget.Activity
	only         *widget.Check
	trivial      *widget.Check
	noCase       *widget.Check
	noPunct      *widget.Check
	filters      *tipButton
	// tips shows the buttons' tips, over the window's content.
	tips    *tipLayer
	content fyne.CanvasObject
	// ids maps the options of the base select to version ids.
	ids map[string]int64
	// syncing is set while the widgets mirror the view model.
	syncing bool
	onError func(error)
	// showVersions opens the list of versions to tick (set by the window).
	showVersions func()
}

func newColumnBar(vm *ViewModel, view *CompareView, onError func(error)) *columnBar {
	b := &columnBar{vm: vm, view: view, ids: map[string]int64{}, onError: onError, tips: newTipLayer()}
	b.versions = newTipButton("Versions…", theme.ListIcon(), "Tick the versions to show side by side (up to six)", b.tips, func() {
		if b.showVersions != nil {
			b.showVersions()
		}
	})
	b.base = newKeySelect(func(s string) {
		if id, ok := b.ids[s]; ok && !b.syncing {
			b.report(vm.SetBase(id))
			// The list keeps the keys otherwise: F7 and the scroll keys
			// would go to it, not to the rows.
			if c := fyne.CurrentApp().Driver().CanvasForObject(b.base); c != nil {
				c.Unfocus()
			}
		}
	})
	b.base.PlaceHolder = "Choose…"
	b.base.onKey = func(ev *fyne.KeyEvent) bool { return b.tips.onKey != nil && b.tips.onKey(ev) }
	b.swap = newTipButton("", swapIcon(), "Make the next version shown the base", b.tips, func() { b.report(vm.Swap()) })
	b.swap.Importance = widget.LowImportance
	b.prev = newTipButton("", theme.MoveUpIcon(), "Previous change (Alt+Up, Shift+F7)", b.tips, func() { view.NextChange(-1) })
	b.next = newTipButton("", theme.MoveDownIcon(), "Next change (Alt+Down, F7)", b.tips, func() { view.NextChange(1) })
	b.counter = widget.NewLabel("")
	check := func(label string, set func(bool)) *widget.Check {
		return widget.NewCheck(label, func(on bool) {
			if !b.syncing {
				set(on)
			}
		})
	}
	b.only = check("Changes only", vm.SetOnlyChanged)
	b.trivial = check("Hide typography", vm.SetHideTrivial)
	b.noCase = check("Ignore case", func(on bool) {
		o := vm.Options()
		o.IgnoreCase = on
		b.report(vm.SetOptions(o))
	})
	b.noPunct = check("Ignore punctuation", func(on bool) {
		o := vm.Options()
		o.IgnorePunctuation = on
		b.report(vm.SetOptions(o))
	})
	b.busy = widget.NewActivity()
	b.busy.Hide()
	baseLabel := widget.NewLabelWithStyle("Base", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left := container.NewHBox(b.versions, baseLabel)
	// The filters sit in a menu of their own so that the bar fits a
	// narrow window; the View menu has them too.
	b.filters = newTipButton("Filters", theme.MenuDropDownIcon(), "Ignore case or punctuation, hide typography, show changes only, follow one version's changes", b.tips, b.showFilters)
	// The counter keeps the width of its longest text for the passages
	// counted (showCounter), so that stepping does not move the bar.
	b.counterWidth = canvas.NewRectangle(color.Transparent)
	right := container.NewHBox(b.swap, b.busy, widget.NewSeparator(), b.filters,
		widget.NewSeparator(), b.prev, b.next, container.NewStack(b.counterWidth, b.counter))
	b.content = readingBorder(nil, nil, left, right, b.base)
	return b
}

// showFiltersOn says on the Filters button how many filters are on, and
// stresses it then: a filter hides something, which a reader must see
// without opening the menu.
func (b *columnBar) showFiltersOn() {
	n := 0
	for _, c := range []*widget.Check{b.noCase, b.noPunct, b.trivial, b.only} {
		if c.Checked {
			n++
		}
	}
	if b.vm.Followed() != 0 {
		n++
	}
	text, importance := "Filters", widget.MediumImportance
	if n > 0 {
		text, importance = fmt.Sprintf("Filters (%d on)", n), widget.HighImportance
	}
	if b.filters.Text != text || b.filters.Importance != importance {
		b.filters.Text, b.filters.Importance = text, importance
		b.filters.Refresh()
		b.content.Refresh() // the bar lays the longer button out anew
	}
}

// showFilters opens the filters' menu below their button.
func (b *columnBar) showFilters() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b.filters)
	if c == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b.filters).Add(fyne.NewPos(0, b.filters.Size().Height))
	widget.ShowPopUpMenuAtPosition(b.filterMenu(), c, pos)
}

// filterMenu lists the filters as items with a tick.
func (b *columnBar) filterMenu() *fyne.Menu {
	item := func(c *widget.Check) *fyne.MenuItem {
		it := fyne.NewMenuItem(c.Text, func() { c.SetChecked(!c.Checked) })
		it.Checked = c.Checked
		return it
	}
	items := []*fyne.MenuItem{item(b.noCase), item(b.noPunct), item(b.trivial), item(b.only)}
	if follow := followItems(b.vm); len(follow) > 0 {
		// A heading, so that the choices do not read as more row filters.
		heading := fyne.NewMenuItem(followHeading+":", nil)
		heading.Disabled = true
		items = append(append(items, fyne.NewMenuItemSeparator(), heading), follow...)
	}
	return fyne.NewMenu("", items...)
}

// followHeading names the choice of whose changes to follow, in the
// Filters menu and the View menu.
const followHeading = "Follow changes of"

// followItems are the menu items that choose whose changes Next,
// Previous and "changes only" follow: every version's, or one shown
// version's alone (not the base's, whose text the others are compared
// with); the choice in force ticked. With fewer than two versions
// compared with the base there is nothing to choose.
func followItems(vm *ViewModel) []*fyne.MenuItem {
	ids, base := vm.Columns()
	names := vm.namesOf(ids)
	followed := vm.Followed()
	all := fyne.NewMenuItem("Every version", func() { vm.SetFollowed(0) })
	all.Checked = followed == 0
	items := []*fyne.MenuItem{all}
	cmp := vm.Comparison()
	for k, id := range ids {
		if id == base {
			continue
		}
		label := names[k] + " only"
		if !cmp.Busy && k < len(cmp.Translated) && cmp.Translated[k] {
			label += " (translation check)" // a rendering has findings, not word changes
		}
		it := fyne.NewMenuItem(label, func() { vm.SetFollowed(id) })
		it.Checked = followed == id
		items = append(items, it)
	}
	if len(items) < 3 {
		return nil
	}
	return items
}

func (b *columnBar) report(err error) {
	if err != nil && b.onError != nil {
		b.onError(err)
	}
}

// optionFor is how a version reads in the selects and lists: its label,
// then its language and source.
func optionFor(v data.Version) string {
	if about := joinNonEmpty(v.Language, v.Source); about != "" {
		return fmt.Sprintf("%s  (%s)", v.Label, about)
	}
	return v.Label
}

// update mirrors the view model: the base's choices (the versions shown),
// the filters, whether work runs, the change counter.
func (b *columnBar) update() {
	b.syncing = true
	defer func() { b.syncing = false }()
	ids, base := b.vm.Columns()
	opts := make([]string, 0, len(ids))
	b.ids = map[string]int64{}
	for _, id := range ids {
		v, _ := b.vm.VersionByID(id)
		o := optionFor(v)
		if _, dup := b.ids[o]; dup {
			o = fmt.Sprintf("%s #%d", o, v.ID)
		}
		b.ids[o] = v.ID
		opts = append(opts, o)
	}
	b.base.SetOptions(opts)
	b.base.ClearSelected()
	for o, id := range b.ids {
		if id == base {
			b.base.SetSelected(o)
		}
	}
	b.versions.SetText(fmt.Sprintf("Versions (%d)…", len(ids)))
	b.only.SetChecked(b.vm.OnlyChanged())
	b.trivial.SetChecked(b.vm.HideTrivial())
	o := b.vm.Options()
	b.noCase.SetChecked(o.IgnoreCase)
	b.noPunct.SetChecked(o.IgnorePunctuation)
	b.showFiltersOn()
	cmp := b.vm.Comparison()
	if cmp.Busy {
		b.busy.Show()
		b.busy.Start()
	} else {
		b.busy.Stop()
		b.busy.Hide()
	}
	has := len(cmp.Rows) > 0
	for _, w := range []fyne.Disableable{b.prev, b.next} {
		if has {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if len(ids) > 1 {
		b.swap.Enable()
	} else {
		b.swap.Disable()
	}
	b.showCounter()
}

// showCounter says where the current change is: "3 of 11 changed
// passages", or how many there are before one is current. It counts the
// stops of Next and Previous (CompareView.Stops), not changes, and says
// so, as the change list beside it counts changes: a moved sentence is
// two places, a row may hold changes in several versions. A passage is
// a run of rows one change spans (an abridged copy's dropped pages), or
// a row.
func (b *columnBar) showCounter() {
	changes := b.view.Stops()
	k := slices.Index(changes, b.view.Current())
	b.reserveCounter(len(changes))
	switch {
	case len(changes) == 0:
		b.counter.SetText("no changes")
	case k < 0:
		b.counter.SetText(plural(len(changes), "changed passage", "changed passages"))
	default:
		b.counter.SetText(stepText(k, len(changes)))
	}
}

// reserveCounter holds the counter as wide as its longest text for n
// passages, and lays the bar out anew where that changes its width: the
// base's box narrows, or the counter would run off the bar's end.
func (b *columnBar) reserveCounter(n int) {
	longest := "no changes"
	if n > 0 {
		longest = stepText(n-1, n)
	}
	text := fyne.MeasureText(longest, theme.SizeForWidget(theme.SizeNameText, b.counter), fyne.TextStyle{})
	if w := text.Width + 2*theme.SizeForWidget(theme.SizeNameInnerPadding, b.counter); w != b.counterWidth.MinSize().Width {
		b.counterWidth.SetMinSize(fyne.NewSize(w, 0))
		b.content.Refresh()
	}
}

// stepText is the counter's text at changed passage k (from 0) of n.
func stepText(k, n int) string {
	return fmt.Sprintf("%d of %s", k+1, plural(n, "changed passage", "changed passages"))
}

// swapSVG is Material Design's "swap_horiz" icon (Apache 2.0, like the rest
// of Fyne's icons).
const swapSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
	`<path fill="#000000" d="M6.99 11L3 15l3.99 4v-3H14v-2H6.99v-3zM21 9l-3.99-4v3H10v2h7.01v3L21 9z"/></svg>`

// swapIcon is the swap button's icon, coloured by the theme.
func swapIcon() fyne.Resource {
	return theme.NewThemedResource(fyne.NewStaticResource("swap.svg", []byte(swapSVG)))
}
