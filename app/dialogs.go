package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// dialogs keeps one dialog open at a time (a new one closes the one
// before, so none hides behind another) and answers Enter and Escape for
// it when no field has the keyboard.
type dialogs struct {
	window fyne.Window
	open   dialog.Dialog
	// onCancel runs when Escape closes the open dialog.
	onCancel func()
	// onConfirm runs when Enter confirms the open dialog; nil: Enter
	// closes it as Escape does.
	onConfirm func()
}

// show opens d, closing the dialog open before; cancel (may be nil) runs
// when Escape closes d.
func (ds *dialogs) show(d dialog.Dialog, cancel func()) {
	ds.showWith(d, cancel, nil)
}

// showWith opens d with what Enter does (confirm) besides closing it.
func (ds *dialogs) showWith(d dialog.Dialog, cancel, confirm func()) {
	if ds.open != nil {
		ds.open.Hide()
	}
	ds.open, ds.onCancel, ds.onConfirm = d, cancel, confirm
	d.SetOnClosed(func() {
		if ds.open == d {
			ds.open = nil
		}
	})
	d.Show()
}

// key answers Escape and Enter for the open dialog, and reports whether
// it took the key.
func (ds *dialogs) key(k fyne.KeyName) bool {
	d := ds.open
	if d == nil {
		return false
	}
	switch k {
	case fyne.KeyEscape:
		if ds.onCancel != nil {
			ds.onCancel()
		}
		d.Hide()
	case fyne.KeyReturn, fyne.KeyEnter:
		if ds.onConfirm != nil {
			ds.onConfirm()
		}
		d.Hide()
	default:
		return false
	}
	return true
}

// form shows a form dialog whose Enter (in any field, or anywhere) saves.
func (mw *MainWindow) form(title, confirm string, items []*widget.FormItem, save func()) {
	var d *dialog.CustomDialog
	submit := func() {
		d.Hide()
		save()
	}
	for _, it := range items {
		if e, ok := it.Widget.(*dialogEntry); ok && !e.MultiLine {
			e.OnSubmitted = func(string) { submit() }
		}
	}
	d = mw.dialogs.custom(title, widget.NewForm(items...),
		dialogAction{label: "Cancel", icon: theme.CancelIcon()},
		dialogAction{label: confirm, icon: theme.ConfirmIcon(), importance: widget.HighImportance, run: save})
	d.Resize(fyne.NewSize(520, 0))
	mw.dialogs.showWith(d, nil, submit)
	// Typing goes to the first text field at once, not to the rows
	// behind. (Only a text field: a focused Select would take Enter and
	// Escape from the dialog.)
	for _, it := range items {
		if e, ok := it.Widget.(*dialogEntry); ok {
			mw.Window.Canvas().Focus(e)
			break
		}
	}
}

// dialogEntry is a text field of a dialog. A focused widget takes every
// key, so the window's handler never hears them: the field itself closes
// the dialog on Escape and confirms it on Ctrl+Enter (Enter in a
// one-line field submits a form too), and Tab leaves even a multi-line
// field, for the buttons.
type dialogEntry struct {
	widget.Entry
	ds *dialogs
	// onDown, when set, takes Down in a one-line field (to move into a
	// list of results below it).
	onDown func()
}

// entry returns a dialog's text field, of several lines (wrapped) or one.
func (ds *dialogs) entry(multiLine bool) *dialogEntry {
	e := &dialogEntry{ds: ds}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// dialogCheck is a check box of a dialog: focused (by Tab), it still
// answers Enter and Escape for the dialog; Space ticks it.
type dialogCheck struct {
	widget.Check
	ds *dialogs
}

func (ds *dialogs) check(label string, changed func(bool)) *dialogCheck {
	c := &dialogCheck{ds: ds}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey answers Enter and Escape for the dialog.
func (c *dialogCheck) TypedKey(k *fyne.KeyEvent) {
	if !c.ds.key(k.Name) { // takes Enter and Escape only
		c.Check.TypedKey(k)
	}
}

// dialogSelect is a choice of a dialog: focused (by Tab), it still
// answers Enter and Escape for the dialog; Space opens its list.
type dialogSelect struct {
	widget.Select
	ds *dialogs
}

func (ds *dialogs) choice(options []string) *dialogSelect {
	c := &dialogSelect{ds: ds}
	c.Options = options
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey answers Enter and Escape for the dialog.
func (c *dialogSelect) TypedKey(k *fyne.KeyEvent) {
	if !c.ds.key(k.Name) { // takes Enter and Escape only
		c.Select.TypedKey(k)
	}
}

// AcceptsTab is false: Tab moves on.
func (e *dialogEntry) AcceptsTab() bool { return false }

// TypedKey closes the dialog on Escape and hands Down to onDown.
func (e *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.ds.key(fyne.KeyEscape):
		return
	case k.Name == fyne.KeyDown && e.onDown != nil && !e.MultiLine:
		e.onDown()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut confirms the dialog on Ctrl+Enter, or, in a dialog that
// has nothing to confirm (a search), submits the field as Enter does.
func (e *dialogEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierShortcutDefault &&
		(cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter) {
		switch {
		case e.ds.onConfirm != nil:
			e.ds.key(fyne.KeyReturn)
		case e.OnSubmitted != nil:
			e.OnSubmitted(e.Text)
		}
		return
	}
	e.Entry.TypedShortcut(s)
}

// dialogList is a list of a dialog's results: focused (by Down from the
// field above it), it still closes the dialog on Escape, and Enter picks
// the item with the focus, as in every list of the window.
type dialogList struct {
	keyList
	ds *dialogs
}

// list returns a dialog's labelList.
func (ds *dialogs) list(n func() int, text func(i int) string, pick func(i int)) *dialogList {
	l := &dialogList{ds: ds}
	fillLabelList(&l.keyList, n, text, pick)
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey closes the dialog on Escape.
func (l *dialogList) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && l.ds.key(k.Name) {
		return
	}
	l.keyList.TypedKey(k)
}

// showVersionsDialog lists every version of the library with a tick: the
// ticked ones (one to six, of any briefings) are shown side by side.
func (mw *MainWindow) showVersionsDialog() {
	ids, base := mw.VM.Columns()
	picked := slices.Clone(ids)
	box := container.NewVBox()
	note := widget.NewLabel("")
	var checks []*dialogCheck
	refresh := func() {
		note.SetText(fmt.Sprintf("%d ticked (up to %d). The base stays first ticked unless you choose another in the toolbar.", len(picked), MaxColumns))
		for _, c := range checks {
			if len(picked) >= MaxColumns && !c.Checked {
				c.Disable()
			} else {
				c.Enable()
			}
		}
	}
	for _, b := range mw.VM.Briefings() {
		box.Add(widget.NewLabelWithStyle(briefingName(b), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, v := range mw.VM.Versions(b.ID) {
			id := v.ID
			c := mw.dialogs.check(fmt.Sprintf("%s  ·  %s", v.Label, versionDetail(v)), func(on bool) {
				if k := slices.Index(picked, id); on && k < 0 {
					picked = append(picked, id)
				} else if !on && k >= 0 {
					picked = slices.Delete(picked, k, k+1)
				}
				refresh()
			})
			c.SetChecked(slices.Contains(ids, id))
			checks = append(checks, c)
			box.Add(c)
		}
	}
	refresh()
	apply := func() {
		if len(picked) == 0 {
			return
		}
		b := base
		if !slices.Contains(picked, b) {
			b = picked[0]
		}
		mw.showError(mw.VM.SetColumns(picked, b))
	}
	d := mw.dialogs.custom("Versions side by side",
		container.NewBorder(nil, note, nil, nil, container.NewVScroll(box)),
		dialogAction{label: "Cancel", icon: theme.CancelIcon()},
		dialogAction{label: "Show", icon: theme.ConfirmIcon(), importance: widget.HighImportance, run: apply})
	d.Resize(fyne.NewSize(640, 480))
	mw.dialogs.showWith(d, nil, apply)
}

// showRowMenu offers a row's actions: copy a column's text or all, add a
// note, and the row's notes to edit or delete.
func (mw *MainWindow) showRowMenu(row, column int, pos fyne.Position) {
	if m := mw.rowMenu(row, column); m != nil {
		widget.ShowPopUpMenuAtPosition(m, mw.Window.Canvas(), pos)
	}
}

// everyColumn, as rowMenu's column, asks for the actions of every column
// with text in the row: the keyboard's menu, which no click has placed
// in a column.
const everyColumn = -1

// rowMenu is the menu of row (shown) for a click in column, or of every
// column's (everyColumn).
func (mw *MainWindow) rowMenu(row, column int) *fyne.Menu {
	rows := mw.View.Rows()
	if row < 0 || row >= len(rows) {
		return nil
	}
	r := rows[row]
	cmp := mw.VM.Comparison()
	var items []*fyne.MenuItem
	texts := mw.View.RowTexts(row)
	// While a new comparison runs the rows on screen are the last one's,
	// whose columns may differ (one was just hidden, the others shifted):
	// until its rows come, a column has no label nor notes to offer.
	known := (column == everyColumn || column >= 0 && column < len(cmp.Columns)) && mw.View.sameColumns(cmp)
	var columns []int // the columns whose actions the menu offers
	for k := range texts {
		if known && (column == everyColumn || k == column) && k < len(cmp.Columns) && texts[k] != "" {
			columns = append(columns, k)
		}
	}
	for _, k := range columns {
		text, label := texts[k], cmp.Columns[k].Label
		items = append(items, fyne.NewMenuItem("Copy "+label, func() { mw.copyRow(r.Row, text, []string{label}) }))
	}
	var labels []string // the columns the row's text comes from, when known
	if mw.View.sameColumns(cmp) {
		labels = filledColumns(texts, cmp.Columns)
	}
	items = append(items, fyne.NewMenuItem("Copy the row", func() {
		mw.copyRow(r.Row, strings.Join(slices.DeleteFunc(texts, func(s string) bool { return s == "" }), "\n\n"), labels)
	}))
	if !known {
		return fyne.NewMenu("", items...)
	}
	comparisonRow := mw.View.ComparisonRow(row)
	items = append(items, fyne.NewMenuItemSeparator())
	if column != everyColumn {
		items = append(items, fyne.NewMenuItem("Add a note…", func() { mw.showNoteDialog(comparisonRow, column, nil) }))
	}
	for _, k := range columns {
		if column == everyColumn {
			items = append(items, fyne.NewMenuItem("Add a note on "+cmp.Columns[k].Label+"…", func() { mw.showNoteDialog(comparisonRow, k, nil) }))
		}
	}
	for _, n := range r.Notes {
		n, col := n, column
		if col == everyColumn {
			col = n.Column
		}
		items = append(items, fyne.NewMenuItem("Edit note: "+export.Clip(n.Text, 40), func() { mw.showNoteDialog(comparisonRow, col, &n) }),
			fyne.NewMenuItem("Delete note: "+export.Clip(n.Text, 40)+"…", func() { mw.confirmDeleteNote(n) }))
	}
	return fyne.NewMenu("", items...)
}

// confirmDeleteNote deletes note n after asking, as every deletion.
func (mw *MainWindow) confirmDeleteNote(n NoteView) {
	mw.confirmDeletion("Delete the note?", fmt.Sprintf("The note “%s” leaves the library. This cannot be undone.", export.Clip(n.Text, 60)),
		func() { mw.showError(mw.VM.DeleteNote(mw.ctx, n.ID)) })
}

// copyRow puts text, from comparison row row of the columns labelled,
// on the clipboard and says so on the status line, as the other actions
// without a dialog do: the clipboard shows nothing.
func (mw *MainWindow) copyRow(row int, text string, labels []string) {
	mw.app.Clipboard().SetContent(text)
	mw.Status.SetText(copiedStatus(row, labels))
}

// filledColumns are the labels of the columns whose text is not empty.
func filledColumns(texts []string, cols []data.Version) []string {
	var labels []string
	for k, s := range texts {
		if s != "" && k < len(cols) {
			labels = append(labels, cols[k].Label)
		}
	}
	return labels
}

// copiedStatus is "Copied row 12 (blog-en)" for comparison row 11, row
// numbered from 1 as the status line, the side panel and the exports
// number it; the columns are left out when unknown.
func copiedStatus(row int, labels []string) string {
	s := fmt.Sprintf("Copied row %d", row+1)
	if len(labels) > 0 {
		s += " (" + strings.Join(labels, ", ") + ")"
	}
	return s
}

// showNoteDialog adds a note to a row (n nil) or edits n; emptied, n is
// deleted once confirmed.
func (mw *MainWindow) showNoteDialog(row, column int, n *NoteView) {
	entry := mw.dialogs.entry(true)
	entry.SetMinRowsVisible(4)
	title, confirm := fmt.Sprintf("Add a note on row %d", row+1), "Add"
	if on := mw.VM.NoteOn(row, column); on != "" {
		title += " · " + on
	}
	if n != nil {
		entry.SetText(n.Text)
		title, confirm = "Edit the note", "Save"
	}
	items := []*widget.FormItem{widget.NewFormItem("Note", entry)}
	mw.form(title, confirm, items, func() {
		ctx := mw.ctx
		switch {
		case n == nil:
			mw.showError(mw.VM.AddNote(ctx, row, column, entry.Text))
		case strings.TrimSpace(entry.Text) == "":
			mw.confirmDeleteNote(*n) // emptied: a deletion, asked as one
		default:
			mw.showError(mw.VM.EditNote(ctx, n.ID, entry.Text))
		}
	})
	if n != nil {
		// Typing goes on after the note, not before it. The entry counts
		// its rows as wrapped, which only it knows once shown: PageDown
		// takes the cursor to the end of the last.
		entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	}
}

// showVersionMenu offers a version's actions in the library: show or
// hide it, make it the base, edit its metadata, move it, delete it.
func (mw *MainWindow) showVersionMenu(id int64, pos fyne.Position) {
	v, ok := mw.VM.VersionByID(id)
	if !ok {
		return
	}
	ids, base := mw.VM.Columns()
	toggle := "Show as a column"
	if slices.Contains(ids, id) {
		toggle = "Hide its column"
	}
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(toggle, func() { mw.showError(mw.VM.ToggleColumn(id)) }),
		fyne.NewMenuItem("Make it the base", func() { mw.showError(mw.VM.SetBase(id)) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit details…", func() { mw.showEditVersion(v) }),
		fyne.NewMenuItem("Move to briefing…", func() { mw.showMoveVersion(v) }),
		fyne.NewMenuItem("Delete…", func() { mw.confirmDelete(v) }),
	}
	items[1].Disabled = id == base
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), mw.Window.Canvas(), pos)
}

// showBriefingMenu offers a briefing's actions in the library: edit its
// details, delete it once it holds no versions.
func (mw *MainWindow) showBriefingMenu(id int64, pos fyne.Position) {
	i := slices.IndexFunc(mw.VM.Briefings(), func(b data.Briefing) bool { return b.ID == id })
	if i < 0 {
		return
	}
	b := mw.VM.Briefings()[i]
	del := fyne.NewMenuItem("Delete…", func() { mw.confirmDeleteBriefing(b) })
	if b.Versions > 0 {
		del.Label = "Delete… (delete or move its versions first)"
		del.Disabled = true
	}
	menu := fyne.NewMenu("", fyne.NewMenuItem("Edit details…", func() { mw.showEditBriefing(b) }), del)
	widget.ShowPopUpMenuAtPosition(menu, mw.Window.Canvas(), pos)
}

// showEditBriefing edits a briefing's title, date, place, speakers and
// note.
func (mw *MainWindow) showEditBriefing(b data.Briefing) {
	title, date, place, speakers := mw.dialogs.entry(false), mw.dialogs.entry(false), mw.dialogs.entry(false), mw.dialogs.entry(false)
	title.SetText(b.Title)
	date.SetText(b.Date)
	date.SetPlaceHolder("2024-06-21")
	place.SetText(b.Place)
	speakers.SetText(b.Speakers)
	note := mw.dialogs.entry(true)
	note.SetText(b.Note)
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title), widget.NewFormItem("Date", date), widget.NewFormItem("Place", place),
		widget.NewFormItem("Speakers", speakers), widget.NewFormItem("Note", note),
	}
	mw.form("Edit "+briefingName(b), "Save", items, func() {
		nb := b
		nb.Title, nb.Date, nb.Place = trimmedEdit(b.Title, title.Text), trimmedEdit(b.Date, date.Text), trimmedEdit(b.Place, place.Text)
		nb.Speakers, nb.Note = trimmedEdit(b.Speakers, speakers.Text), note.Text
		mw.afterEdit(mw.opts.Library.UpdateBriefing(mw.ctx, &nb))
	})
}

// trimmedEdit is what a field the dialog showed as was and the user left
// as typed saves: typed without the spaces around it, or was itself where
// that is all that differs, so that a field left alone is no edit (the
// library writes only the fields changed, and keeps what another process
// saved in the others meanwhile).
func trimmedEdit(was, typed string) string {
	t := strings.TrimSpace(typed)
	if t == strings.TrimSpace(was) {
		return was
	}
	return t
}

// confirmDeleteBriefing deletes an empty briefing after asking.
func (mw *MainWindow) confirmDeleteBriefing(b data.Briefing) {
	mw.confirmDeletion("Delete "+briefingName(b)+"?", "The briefing holds no versions; its details leave the library.",
		func() { mw.afterEdit(mw.opts.Library.DeleteBriefing(mw.ctx, b.ID)) })
}

// confirmDeletion asks before del, which cannot be undone: its button says
// Delete, in the danger colour, and Enter, as Escape, keeps what it would
// delete (a deletion is chosen with the mouse, or Tab to its button and
// Enter or Space), as desktops make a destructive choice no dialog's
// default.
func (mw *MainWindow) confirmDeletion(title, message string, del func()) {
	mw.dialogs.show(mw.dialogs.message(title, message, theme.QuestionIcon(),
		dialogAction{label: "Cancel", icon: theme.CancelIcon()},
		dialogAction{label: "Delete", icon: theme.DeleteIcon(), importance: widget.DangerImportance, run: del}), nil)
}

// showEditVersion edits a version's label, language, kind, source, URL
// and note.
func (mw *MainWindow) showEditVersion(v data.Version) {
	label, lang, source, url := mw.dialogs.entry(false), mw.dialogs.entry(false), mw.dialogs.entry(false), mw.dialogs.entry(false)
	label.SetText(v.Label)
	lang.SetText(v.Language)
	source.SetText(v.Source)
	url.SetText(v.URL)
	kind := mw.dialogs.choice(data.Kinds())
	kind.SetSelected(v.Kind)
	note := mw.dialogs.entry(true)
	note.SetText(v.Note)
	items := []*widget.FormItem{
		widget.NewFormItem("Label", label), widget.NewFormItem("Language", lang),
		widget.NewFormItem("Kind", kind), widget.NewFormItem("Source", source),
		widget.NewFormItem("URL", url), widget.NewFormItem("Note", note),
	}
	mw.form("Edit "+v.Label, "Save", items, func() {
		nv := v
		nv.Label, nv.Language, nv.Source, nv.URL, nv.Note = trimmedEdit(v.Label, label.Text), trimmedEdit(v.Language, lang.Text), source.Text, url.Text, note.Text
		nv.Kind = kind.Selected
		mw.afterEdit(mw.opts.Library.UpdateVersion(mw.ctx, &nv))
	})
}

// showMoveVersion moves a version to another briefing, or a new one.
func (mw *MainWindow) showMoveVersion(v data.Version) {
	var names []string
	byName := map[string]int64{}
	for _, b := range mw.VM.Briefings() {
		if b.ID != v.BriefingID {
			names = append(names, briefingName(b))
			byName[briefingName(b)] = b.ID
		}
	}
	const newOne = "A new briefing…"
	names = append(names, newOne)
	sel := mw.dialogs.choice(names)
	title := mw.dialogs.entry(false)
	title.SetPlaceHolder("title of the new briefing")
	items := []*widget.FormItem{widget.NewFormItem("Briefing", sel), widget.NewFormItem("New title", title)}
	mw.form("Move "+v.Label, "Move", items, func() {
		ctx := mw.ctx
		to := byName[sel.Selected]
		if sel.Selected == newOne || sel.Selected == "" {
			t := strings.TrimSpace(title.Text)
			if t == "" {
				t = v.Label
			}
			b, err := mw.opts.Library.CreateBriefing(ctx, data.Briefing{Title: t})
			if err != nil {
				mw.showError(err)
				return
			}
			to = b.ID
		}
		mw.afterEdit(mw.opts.Library.MoveVersion(ctx, v.ID, to))
	})
}

// confirmDelete deletes a version after asking.
func (mw *MainWindow) confirmDelete(v data.Version) {
	mw.confirmDeletion("Delete "+v.Label+"?",
		fmt.Sprintf("The version “%s”, its text and its notes leave the library. This cannot be undone.", v.Label),
		func() { mw.afterEdit(mw.opts.Library.DeleteVersion(mw.ctx, v.ID)) })
}

// afterEdit reloads the library after an edit and reports a failure.
func (mw *MainWindow) afterEdit(err error) {
	if err != nil {
		mw.showError(err)
		return
	}
	mw.showError(mw.VM.Load(mw.ctx))
	ids, base := mw.VM.Columns()
	if len(ids) > 0 {
		mw.showError(mw.VM.SetColumns(ids, base))
	}
}

// showPasteDialog makes a new version of the clipboard's text (a statement
// copied from a web page), asking for its label and source.
func (mw *MainWindow) showPasteDialog() {
	text := mw.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		mw.showError(fmt.Errorf("the clipboard holds no text to paste as a version"))
		return
	}
	label, source := mw.dialogs.entry(false), mw.dialogs.entry(false)
	label.SetText("pasted")
	source.SetPlaceHolder("where it was copied from (a web page, a message)")
	preview := widget.NewLabel(export.Clip(text, 300))
	preview.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("Label", label), widget.NewFormItem("Source", source), widget.NewFormItem("Text", preview)}
	mw.form("Paste as a new version", "Add", items, func() {
		var into int64
		if b := mw.VM.Comparison().BaseVersion(); b != nil {
			into = b.BriefingID
		}
		name := strings.TrimSpace(label.Text)
		if name == "" {
			name = "pasted"
		}
		v, err := mw.opts.Library.ImportBytes(mw.ctx, name+".txt", []byte(text),
			data.ImportOptions{BriefingID: into, Label: name, Source: source.Text})
		if err != nil {
			mw.showError(err)
			return
		}
		mw.showError(mw.VM.Load(mw.ctx))
		// Shown as a version imported is: beside the base, the version
		// followed kept where the columns are full.
		mw.tellDropped(mw.VM.showImported([]data.Version{*v}), v)
	})
}

// tellDropped says which version left the full columns (dropped, nil
// when none did) to make room for added.
func (mw *MainWindow) tellDropped(dropped, added *data.Version) {
	if dropped == nil {
		return
	}
	mw.dialogs.inform(fmt.Sprintf("%d versions at most", MaxColumns),
		fmt.Sprintf("%s left the comparison to make room for %s. The toolbar's version list chooses which are shown.",
			dropped.Label, added.Label))
}
