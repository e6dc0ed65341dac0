package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Changes returns the indexes of the changed rows shown, which the
// overview marks.
func (v *CompareView) Changes() []int {
	return v.rowsWhere(func(r RowView) bool { return true })
}

// Stops returns the indexes of the rows shown that Next and Previous stop
// at: the changed rows but those that only go on with a passage begun
// above (RowView.Continues), each passage's first row standing for it.
func (v *CompareView) Stops() []int {
	return v.rowsWhere(func(r RowView) bool { return !(r.Continues || v.trivial && r.ContinuesNontrivial) })
}

// rowsWhere returns the indexes of the changed rows shown (ChangesOf,
// under the view's filters) for which keep holds.
func (v *CompareView) rowsWhere(keep func(RowView) bool) []int {
	var out []int
	for i, r := range v.rows {
		if ChangesOf(r, v.trivial, v.of) && keep(r) {
			out = append(out, i)
		}
	}
	return out
}

// Current returns the current row among those shown (the change or
// match gone to, or the first row wholly shown after a scroll key), or -1.
func (v *CompareView) Current() int { return v.current }

// NextChange makes the next (dir > 0) or previous (dir < 0) changed
// passage (Stops) the current one: after the current row, or, with none,
// after the row at the top. It returns a status for a person: "Changed
// passage 3 of 11", or what stopped it at an end.
func (v *CompareView) NextChange(dir int) string {
	changes := v.Stops()
	if len(changes) == 0 {
		return v.navigated("No changes to go to.")
	}
	from := v.current
	if from < 0 || !v.rowOnScreen(from) {
		// Scrolled away from the current change (End, PageDown, the
		// wheel): go on from what is on screen, not back to it.
		from = v.topRow()
		if dir > 0 {
			from-- // the row at the top is the first candidate
		} else {
			from++
		}
	}
	k, found := slices.BinarySearch(changes, from)
	switch {
	case dir > 0 && found:
		k++
	case dir < 0:
		k--
	}
	if k < 0 {
		return v.navigated(fmt.Sprintf("No change above: this is the first of %s.", plural(len(changes), "changed passage", "changed passages")))
	}
	if k >= len(changes) {
		return v.navigated(fmt.Sprintf("No change below: this is the last of %s.", plural(len(changes), "changed passage", "changed passages")))
	}
	return v.setCurrentAmong(changes[k], changes)
}

// GoToChange makes the nth changed passage (1 for the first) the
// current one.
func (v *CompareView) GoToChange(n int) string {
	changes := v.Stops()
	if n < 1 || n > len(changes) {
		return v.navigated(fmt.Sprintf("No changed passage %d: there are %d.", n, len(changes)))
	}
	return v.setCurrentAmong(changes[n-1], changes)
}

func (v *CompareView) navigated(status string) string {
	if v.OnNavigate != nil {
		v.OnNavigate(status)
	}
	return status
}

// setCurrent outlines row i (a row shown), scrolls it into view and
// tells OnNavigate where that is, whoever moved there (Next, Find, the
// change list, a click), so the counter and the status line follow.
func (v *CompareView) setCurrent(i int) { v.setCurrentAmong(i, v.Stops()) }

// setCurrentAmong is setCurrent with the rows' stops (v.Stops())
// already listed, and returns what it told OnNavigate.
func (v *CompareView) setCurrentAmong(i int, changes []int) string {
	v.scrollTo(i)
	v.markCurrent(i)
	return v.navigated(placeAmong(changes, i, v.rows, v.FollowedLabel()))
}

// markCurrent makes row i (a row shown) the current one, outlined.
func (v *CompareView) markCurrent(i int) {
	old := v.current
	v.current = i
	if old >= 0 && old < len(v.rows) {
		v.list.RefreshItem(old)
	}
	v.list.RefreshItem(i)
}

// followScreen makes the first row wholly on screen the current one,
// after a key scrolled (the arrows, PageUp, PageDown, Home, End), and
// tells OnNavigate, without scrolling. The counter, the status line and
// the next F7 then go on from what is shown, not from a change scrolled
// away from. The first row wholly shown, as that is where reading goes
// on and where Find and F7 already start from the screen (topRow); not
// the row a page key brings in at the bottom, which a reader has not
// reached. It is not snapped to the top, which would undo a line's
// scroll (Up) or make it a row's.
func (v *CompareView) followScreen() {
	if len(v.rows) == 0 || len(v.heights) != len(v.rows) {
		return
	}
	i := v.firstRowShown()
	v.markCurrent(i)
	v.navigated(placeAmong(v.Stops(), i, v.rows, v.FollowedLabel()))
}

// firstRowShown is the first row wholly in the viewport, or the row at
// the top when none is (a row taller than the view).
func (v *CompareView) firstRowShown() int {
	const slack = 1 // offsets are sums of float heights
	off := v.list.GetScrollOffset()
	bottom := off + v.list.Size().Height
	pad := v.rowGap()
	y := float32(0)
	for i, h := range v.heights {
		if y+slack >= off {
			if y+h <= bottom+slack {
				return i
			}
			break
		}
		y += h + pad
	}
	return v.topRow()
}

// placeAmong says where row i of rows is for a person: "Changed row 3 of
// 11 (row 27)", or "Row 27" for a row without changes. The row's number
// is the one the side panel, the move labels and the exports' row
// columns cite, whatever rows a filter hides. With of, the label of the
// version followed alone, the changes are that version's: "Changed row
// 3 of 11 in abridged-en (row 27)".
func placeAmong(changes []int, i int, rows []RowView, of string) string {
	n := i + 1
	if i >= 0 && i < len(rows) {
		n = rows[i].Row + 1
	}
	if of != "" {
		of = " in " + of
	}
	if k, found := slices.BinarySearch(changes, i); found {
		return fmt.Sprintf("Changed passage %d of %d%s (row %d)", k+1, len(changes), of, n)
	}
	return fmt.Sprintf("Row %d", n)
}

// Followed is the column whose changes alone Next, Previous and "changes
// only" follow (ViewModel.SetFollowed), or -1 for every version's.
func (v *CompareView) Followed() int { return v.of }

// FollowedLabel names the version Followed, or is "".
func (v *CompareView) FollowedLabel() string {
	if v.of < 0 || v.of >= len(v.columnsShown.ids) {
		return ""
	}
	return v.vm.namesOf(v.columnsShown.ids)[v.of]
}

// JumpToRow scrolls to comparison row r (as a placeholder names it) and
// makes it current. r is numbered as the rows shown are: when it waits
// for rows on their way and they are of other versions, it is dropped
// rather than made current among them.
func (v *CompareView) JumpToRow(r int) {
	i, found := slices.BinarySearch(v.index, r)
	if !found {
		// A filter hides the row: show every row first.
		v.vm.SetOnlyChanged(false)
		v.Update()
		if v.rowsPending {
			v.jumpTo = r // made current when the rows come, if of the same versions
			return
		}
		i, _ = slices.BinarySearch(v.index, r)
	}
	if i < len(v.rows) {
		v.setCurrent(i)
	}
}

// scrollTo puts row i (a row shown) at the top, or as far as it goes.
func (v *CompareView) scrollTo(i int) {
	if i < 0 || i >= len(v.heights) {
		return
	}
	v.list.ScrollToOffset(v.offsetOf(i))
}

// rowOnScreen reports whether any of row i is in the view's viewport.
func (v *CompareView) rowOnScreen(i int) bool {
	if i < 0 || i >= len(v.heights) {
		return false
	}
	y, off := v.offsetOf(i), v.list.GetScrollOffset()
	return y+v.heights[i] > off && y < off+v.list.Size().Height
}

// topRow is the row at the top of the visible area.
func (v *CompareView) topRow() int {
	off := v.list.GetScrollOffset()
	pad := v.rowGap()
	y := float32(0)
	for i, h := range v.heights {
		if y+h/2 > off {
			return i
		}
		y += h + pad
	}
	return max(len(v.heights)-1, 0)
}

// rowGap is the space the list leaves between two rows.
func (v *CompareView) rowGap() float32 { return theme.SizeForWidget(theme.SizeNamePadding, v) }

// offsetOf is the scroll offset that puts row i at the top.
func (v *CompareView) offsetOf(i int) float32 {
	pad := v.rowGap()
	y := float32(0)
	for j := 0; j < i && j < len(v.heights); j++ {
		y += v.heights[j] + pad
	}
	return y
}

// rowPosition is where on the canvas row i's top shows, a little inside
// it, kept within the rows' viewport: where a menu for it opens.
func (v *CompareView) rowPosition(i int) fyne.Position {
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.list)
	pad := theme.Padding() * 4
	y := v.offsetOf(i) - v.list.GetScrollOffset()
	y = min(max(y, 0), max(v.list.Size().Height-pad, 0))
	return top.AddXY(pad, y+pad)
}

// contentHeight is the height of all the rows.
func (v *CompareView) contentHeight() float32 { return v.offsetOf(len(v.heights)) }

// Scroll moves the view by dy (negative: up), within the rows.
func (v *CompareView) Scroll(dy float32) {
	off := v.list.GetScrollOffset() + dy
	off = max(0, min(off, v.contentHeight()-v.list.Size().Height))
	v.list.ScrollToOffset(off)
}

// ScrollToEnd scrolls to the first (top) or the last row.
func (v *CompareView) ScrollToEnd(top bool) {
	if top {
		v.list.ScrollToTop()
	} else {
		v.list.ScrollToBottom()
	}
}

// PageHeight is how far PageUp and PageDown scroll.
func (v *CompareView) PageHeight() float32 { return max(v.list.Size().Height-40, 40) }
