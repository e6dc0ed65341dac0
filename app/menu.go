package app

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/data/export"
)

// Version is Variorum's version, shown by About.
const Version = "0.1.0"

// shortcut is a key with the platform's command modifier (Ctrl, or ⌘).
func shortcut(k fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// menu is the window's main menu; building it binds the items' shortcuts
// to the window's canvas.
func (mw *MainWindow) menu() *fyne.MainMenu {
	return fyne.NewMainMenu(mw.fileMenu(), mw.editMenu(), mw.viewMenu(), mw.helpMenu())
}

// shortcutItem is a menu item that sc (when not nil) also runs from
// anywhere in the window.
func (mw *MainWindow) shortcutItem(label string, sc fyne.Shortcut, act func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, act)
	it.Shortcut = sc
	if sc != nil {
		mw.Window.Canvas().AddShortcut(sc, func(fyne.Shortcut) { act() })
	}
	return it
}

// fileMenu holds import, export, the library check, and closing and
// quitting; import is off without an importer, the check without a
// library that verifies itself.
func (mw *MainWindow) fileMenu() *fyne.Menu {
	imp := mw.shortcutItem("Import…", shortcut(fyne.KeyO, 0), mw.showImportDialog)
	imp.Disabled = mw.opts.Import == nil
	impDir := fyne.NewMenuItem("Import folder…", mw.showImportFolderDialog)
	impDir.Disabled = mw.opts.Import == nil
	paste := mw.shortcutItem("Paste as a new version…", shortcut(fyne.KeyV, fyne.KeyModifierShift), mw.showPasteDialog)
	closeCmp := mw.shortcutItem("Close comparison", shortcut(fyne.KeyW, 0), mw.closeComparison)
	quit := mw.shortcutItem("Quit", shortcut(fyne.KeyQ, 0), mw.quit)
	quit.IsQuit = true
	export := mw.shortcutItem("Export…", shortcut(fyne.KeyE, 0), (&exporter{mw: mw}).start)
	check := fyne.NewMenuItem("Check library…", mw.checkLibrary)
	_, canCheck := mw.opts.Library.(libraryVerifier)
	check.Disabled = !canCheck
	return fyne.NewMenu("File", imp, impDir, paste, fyne.NewMenuItemSeparator(), export, check,
		fyne.NewMenuItemSeparator(), closeCmp, quit)
}

// editMenu holds finding in the comparison and searching the library,
// and what a right click on a row offers, for the current row: the
// keyboard reaches them too.
func (mw *MainWindow) editMenu() *fyne.Menu {
	find := mw.shortcutItem("Find…", shortcut(fyne.KeyF, 0), mw.find.open)
	search := mw.shortcutItem("Search the library…", shortcut(fyne.KeyF, fyne.KeyModifierShift), mw.showSearchDialog)
	note := mw.shortcutItem("Note the current row…", shortcut(fyne.KeyM, 0), mw.noteCurrentRow)
	copyRow := mw.shortcutItem("Copy the current row", shortcut(fyne.KeyR, fyne.KeyModifierShift), mw.copyCurrentRow)
	return fyne.NewMenu("Edit", find, search, fyne.NewMenuItemSeparator(), note, copyRow)
}

// currentRow is the current row shown and the column a note on it goes
// to: the version followed, else the base, where it has text there,
// else the first column with text; ok is false, said on the status
// line, where there is no current row.
func (mw *MainWindow) currentRow() (row, column int, ok bool) {
	row = mw.View.Current()
	texts := mw.View.RowTexts(row)
	if row < 0 || len(texts) == 0 {
		mw.Status.SetText("No current row: go to one with F7 or a click first.")
		return 0, 0, false
	}
	cmp := mw.VM.Comparison()
	for _, c := range []int{mw.View.Followed(), cmp.Base} {
		if c >= 0 && c < len(texts) && texts[c] != "" {
			return row, c, true
		}
	}
	return row, max(slices.IndexFunc(texts, func(s string) bool { return s != "" }), 0), true
}

// maxNoteButtons is the most notes of a row the note chooser offers to
// edit, one button each, that fit its width.
const maxNoteButtons = 3

// noteCurrentRow adds a note to the current row (Edit menu), or where the
// row has notes already, asks whether to edit one (emptied, it is
// deleted) or add another: the keyboard's way to what the row's menu
// offers.
func (mw *MainWindow) noteCurrentRow() {
	row, column, ok := mw.currentRow()
	if !ok {
		return
	}
	cmpRow := mw.View.ComparisonRow(row)
	var notes []NoteView
	if rows := mw.View.Rows(); row < len(rows) {
		notes = rows[row].Notes
	}
	if len(notes) == 0 {
		mw.chooseNoteColumn(row, cmpRow, column)
		return
	}
	actions := []dialogAction{{label: "Cancel", icon: theme.CancelIcon()},
		{label: "Add another…", icon: theme.ContentAddIcon(), run: func() { mw.chooseNoteColumn(row, cmpRow, column) }}}
	// The row's last notes, each by its number and first words: a row
	// rarely holds more, and the others are on its right-click menu.
	first := max(0, len(notes)-maxNoteButtons)
	for k, n := range notes[first:] {
		actions = append(actions, dialogAction{label: fmt.Sprintf("Edit %d: “%s”…", first+k+1, export.Clip(n.Text, 20)), icon: theme.DocumentCreateIcon(),
			importance: widget.HighImportance, run: func() { mw.showNoteDialog(cmpRow, column, &n) }})
	}
	msg := fmt.Sprintf("Row %d has %s. Edit one (empty it to delete it), or add another.", cmpRow+1, plural(len(notes), "note", "notes"))
	if first > 0 {
		msg += fmt.Sprintf(" The first %d are on the row's menu (the Menu key, Shift+F10 or a right click).", first)
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := mw.dialogs.custom("Notes on row "+strconv.Itoa(cmpRow+1), text, actions...)
	d.Resize(fyne.NewSize(min(mw.Window.Canvas().Size().Width-40, 720), d.MinSize().Height))
	mw.dialogs.showWith(d, nil, actions[len(actions)-1].run)
}

// chooseNoteColumn adds a note on comparison row cmpRow (row shown),
// asking which version it is on where more than one has text there, the
// column a note goes to by default (currentRow's) chosen by Enter: a
// translator notes the rendering as often as the source.
func (mw *MainWindow) chooseNoteColumn(row, cmpRow, column int) {
	texts, cmp := mw.View.RowTexts(row), mw.VM.Comparison()
	var filled []int
	for k, s := range texts {
		if s != "" && k < len(cmp.Columns) && mw.View.sameColumns(cmp) {
			filled = append(filled, k)
		}
	}
	if len(filled) < 2 {
		mw.showNoteDialog(cmpRow, column, nil)
		return
	}
	actions := []dialogAction{{label: "Cancel", icon: theme.CancelIcon()}}
	var def func()
	for _, k := range filled {
		run := func() { mw.showNoteDialog(cmpRow, k, nil) }
		a := dialogAction{label: cmp.Columns[k].Label, icon: theme.DocumentCreateIcon(), run: run}
		if k == column {
			a.importance, def = widget.HighImportance, run
		}
		actions = append(actions, a)
	}
	text := widget.NewLabel(fmt.Sprintf("Which version is the note on? Enter: %s.", cmp.Columns[column].Label))
	d := mw.dialogs.custom("Add a note on row "+strconv.Itoa(cmpRow+1), text, actions...)
	mw.dialogs.showWith(d, nil, def)
}

// copyCurrentRow copies the current row's text (Edit menu), as the row's
// menu does.
func (mw *MainWindow) copyCurrentRow() {
	row, _, ok := mw.currentRow()
	if !ok {
		return
	}
	texts := mw.View.RowTexts(row)
	cmp := mw.VM.Comparison()
	var labels []string
	if mw.View.sameColumns(cmp) {
		labels = filledColumns(texts, cmp.Columns)
	}
	mw.copyRow(mw.View.ComparisonRow(row), strings.Join(slices.DeleteFunc(texts, func(s string) bool { return s == "" }), "\n\n"), labels)
}

// viewMenu holds stepping through the changes, the versions shown, what
// the comparison shows and ignores, the panels and the theme; the
// settings are ticked while on.
func (mw *MainWindow) viewMenu() *fyne.Menu {
	next := mw.shortcutItem("Next change", &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}, func() { mw.stepChange(1) })
	prev := mw.shortcutItem("Previous change", &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}, func() { mw.stepChange(-1) })
	versions := fyne.NewMenuItem("Versions shown…", mw.showVersionsDialog)
	swap := fyne.NewMenuItem("Swap base", func() { mw.showError(mw.VM.Swap()) })
	side := mw.paneItem("Changes and notes panel", mw.side.pane)
	library := mw.paneItem("Library panel", mw.library)
	toChanges := mw.shortcutItem("Go to the change list", shortcut(fyne.KeyL, fyne.KeyModifierShift), func() { mw.side.focusTab(0) })
	toNotes := mw.shortcutItem("Go to the notes", shortcut(fyne.KeyN, fyne.KeyModifierShift), func() { mw.side.focusTab(1) })
	only := mw.tick(mw.shortcutItem("Changes only", shortcut(fyne.KeyC, fyne.KeyModifierShift),
		func() { mw.VM.SetOnlyChanged(!mw.VM.OnlyChanged()) }), mw.VM.OnlyChanged)
	trivial := mw.tick(mw.shortcutItem("Hide typography", shortcut(fyne.KeyT, fyne.KeyModifierShift),
		func() { mw.VM.SetHideTrivial(!mw.VM.HideTrivial()) }), mw.VM.HideTrivial)
	noCase := mw.optionItem("Ignore case", fyne.KeyI,
		func(o CompareOptions) bool { return o.IgnoreCase }, func(o *CompareOptions, on bool) { o.IgnoreCase = on })
	noPunct := mw.optionItem("Ignore punctuation", fyne.KeyP,
		func(o CompareOptions) bool { return o.IgnorePunctuation }, func(o *CompareOptions, on bool) { o.IgnorePunctuation = on })
	return fyne.NewMenu("View", next, prev, mw.followItem(), fyne.NewMenuItemSeparator(), versions, swap,
		fyne.NewMenuItemSeparator(), only, trivial, noCase, noPunct, fyne.NewMenuItemSeparator(), library, side, toChanges, toNotes, mw.themeItem())
}

// followItem is the menu item whose submenu chooses whose changes Next
// and Previous follow (followItems), disabled while there is no choice.
func (mw *MainWindow) followItem() *fyne.MenuItem {
	mw.follow = fyne.NewMenuItem(followHeading, nil)
	mw.follow.ChildMenu = fyne.NewMenu("")
	mw.syncFollow()
	return mw.follow
}

// syncFollow lists in the follow item's submenu the versions shown now,
// and reports whether that changed its items.
func (mw *MainWindow) syncFollow() bool {
	items := followItems(mw.VM)
	ids, _ := mw.VM.Columns() // labels may repeat in another briefing
	old := mw.follow.ChildMenu.Items
	same := len(old) == len(items) && slices.Equal(ids, mw.followIDs)
	for k := 0; same && k < len(items); k++ {
		same = old[k].Label == items[k].Label && old[k].Checked == items[k].Checked
	}
	if same {
		return false
	}
	mw.follow.ChildMenu.Items, mw.followIDs = items, ids
	mw.follow.Disabled = len(items) == 0
	return true
}

// optionItem is a menu item, ticked while on, that turns on and off the
// comparison option that get reads and set writes; the command modifier
// with Shift and key does too.
func (mw *MainWindow) optionItem(label string, key fyne.KeyName, get func(CompareOptions) bool, set func(*CompareOptions, bool)) *fyne.MenuItem {
	return mw.tick(mw.shortcutItem(label, shortcut(key, fyne.KeyModifierShift), func() {
		o := mw.VM.Options()
		set(&o, !get(o))
		mw.showError(mw.VM.SetOptions(o))
	}), func() bool { return get(mw.VM.Options()) })
}

// themeItem is the menu item of the themes, the one in use ticked.
func (mw *MainWindow) themeItem() *fyne.MenuItem {
	themes := fyne.NewMenuItem("Theme", nil)
	choice := func(label, name string) *fyne.MenuItem {
		return mw.tick(fyne.NewMenuItem(label, func() { mw.setTheme(name) }),
			func() bool { return cmp.Or(mw.theme, themeSystem) == name })
	}
	themes.ChildMenu = fyne.NewMenu("", choice("Light", themeLight), choice("Dark", themeDark),
		choice("As the system", themeSystem))
	return themes
}

// helpMenu holds the keyboard's keys and About.
func (mw *MainWindow) helpMenu() *fyne.Menu {
	keys := fyne.NewMenuItem("Keyboard", mw.showKeysDialog)
	keys.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF1} // shown; typedKey takes F1
	about := fyne.NewMenuItem("About Variorum", mw.showAbout)
	return fyne.NewMenu("Help", keys, about)
}

// menuTick is a menu item ticked while on holds.
type menuTick struct {
	item *fyne.MenuItem
	on   func() bool
}

// tick makes it ticked while on holds (see syncTicks), its action
// followed by a sync.
func (mw *MainWindow) tick(it *fyne.MenuItem, on func() bool) *fyne.MenuItem {
	mw.ticks = append(mw.ticks, menuTick{it, on})
	it.Checked = on()
	if act := it.Action; act != nil {
		it.Action = func() {
			act()
			mw.syncTicks()
		}
	}
	return it
}

// syncTicks ticks the menu items whose setting is on, redrawing the menu
// only when one changed.
func (mw *MainWindow) syncTicks() {
	changed := mw.follow != nil && mw.syncFollow()
	for _, t := range mw.ticks {
		if on := t.on(); on != t.item.Checked {
			t.item.Checked, changed = on, true
		}
	}
	if m := mw.Window.MainMenu(); changed && m != nil {
		m.Refresh()
	}
}

// paneItem is a menu item that shows and hides p, ticked while p shows.
func (mw *MainWindow) paneItem(label string, p *pane) *fyne.MenuItem {
	return mw.tick(fyne.NewMenuItem(label, p.toggle), func() bool { return p.shown })
}

// installKeys binds the keys that have no menu item: F7 and Shift+F7 go
// to the next and previous change; Home, End, PageUp, PageDown and the
// arrows scroll; Escape and Enter answer the open dialog.
func (mw *MainWindow) installKeys() {
	mw.Window.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift},
		func(fyne.Shortcut) { mw.stepChange(-1) })
	mw.Window.Canvas().SetOnTypedKey(mw.typedKey)
}

// stepChange goes to the next (dir > 0) or previous change, unless a
// dialog is open: the comparison behind it keeps still.
func (mw *MainWindow) stepChange(dir int) {
	if mw.dialogs.open == nil {
		mw.View.NextChange(dir)
	}
}

// typedKey handles a key that no focused widget took.
func (mw *MainWindow) typedKey(ev *fyne.KeyEvent) {
	if mw.dialogs.key(ev.Name) || mw.dialogs.open != nil {
		return // the comparison behind an open dialog keeps still
	}
	switch ev.Name {
	case fyne.KeyF7:
		// Fyne's desktop driver does not fire a shortcut whose only
		// modifier is Shift: Shift+F7 comes here as F7.
		if shiftHeld(mw.app.Driver()) {
			mw.View.NextChange(-1)
		} else {
			mw.View.NextChange(1)
		}
	case fyne.KeyF1:
		mw.showKeysDialog()
	case fyne.KeyEscape:
		mw.find.close()
	case desktop.KeyMenu:
		mw.menuCurrentRow()
	case fyne.KeyF10:
		if shiftHeld(mw.app.Driver()) {
			mw.menuCurrentRow()
		}
	default:
		mw.scrollKey(ev.Name)
	}
}

// menuCurrentRow offers the current row's actions (copy, notes to add,
// edit or delete), as a right click on it does: the Menu key or
// Shift+F10. No click has chosen a column, so every column with text
// has its actions.
func (mw *MainWindow) menuCurrentRow() {
	if row, _, ok := mw.currentRow(); ok {
		mw.showRowMenu(row, everyColumn, mw.View.rowPosition(row))
	}
}

// scrollKey scrolls the rows for the arrows, the page keys, Home and
// End, and makes the first row then wholly shown current (followScreen).
func (mw *MainWindow) scrollKey(name fyne.KeyName) {
	v := mw.View
	line := theme.TextSize() * 2
	switch name {
	case fyne.KeyDown:
		v.Scroll(line)
	case fyne.KeyUp:
		v.Scroll(-line)
	case fyne.KeyPageDown, fyne.KeySpace:
		v.Scroll(v.PageHeight())
	case fyne.KeyPageUp:
		v.Scroll(-v.PageHeight())
	case fyne.KeyHome:
		v.ScrollToEnd(true)
	case fyne.KeyEnd:
		v.ScrollToEnd(false)
	default:
		return
	}
	v.followScreen()
}

// shiftHeld reports a Shift key held down, where the driver can tell.
func shiftHeld(d fyne.Driver) bool {
	dd, ok := d.(desktop.Driver)
	return ok && dd.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
}

// closeComparison shows no versions until others are chosen.
func (mw *MainWindow) closeComparison() {
	mw.VM.Close()
}

// quit saves what the next start restores and quits.
func (mw *MainWindow) quit() {
	mw.saveState()
	mw.app.Quit()
}

func (mw *MainWindow) showAbout() {
	text := widget.NewLabel(fmt.Sprintf("Variorum %s\n\nLines up versions and translations of one text and highlights every change.\nEverything stays on this computer: the library is %s.",
		Version, orDash(mw.opts.Library.Path())))
	text.Wrapping = fyne.TextWrapWord
	d := mw.dialogs.custom("About Variorum", text, closeAction("Close"))
	d.Resize(fyne.NewSize(520, 220))
	mw.dialogs.show(d, nil)
}

func (mw *MainWindow) showKeysDialog() {
	text := widget.NewLabel(`Alt+Down, F7            next change
Alt+Up, Shift+F7        previous change
Arrows, PageUp/Down     scroll; Home and End: first and last row
Ctrl+F                  find in the comparison (Enter: next match, Shift+Enter: previous)
Ctrl+M, Ctrl+Shift+R    add or edit a note on the current row, copy the current row
Ctrl+Shift+F            search the whole library
Ctrl+Shift+C            show changed rows only (again: all rows)
View › Follow changes   one version's changes alone for F7, the counter and the lists
Ctrl+Shift+T            hide typography-only changes (again: show them)
Ctrl+Shift+I, +P        ignore letter case, punctuation (again: compare them)
Tab, Shift+Tab          the toolbar, then the library and the change list (arrows, Space or
                        Enter); Escape: back to the rows
Ctrl+Shift+L, +N        the change list, the notes (arrows, Enter goes to the row)
Menu, Shift+F10         the current row's actions (copy, notes); in the library, the version's
                        or briefing's (edit, move, delete)
Ctrl+Shift+V            paste a new version from the clipboard
Ctrl+O                  import a file
Ctrl+E                  export the comparison (HTML, CSV, JSON, TEI, Markdown, TMX)
Ctrl+W                  close the comparison; Ctrl+Q quit
Alt                     the menus (arrows to move, Enter to choose)
F1                      this list
Enter, Escape           answer a dialog (Ctrl+Enter in a note; a deletion: its Delete button;
                        Tab to a button, then Enter or Space presses it)
Right click on a row    copy, add a note
Click a version         show or hide it as a column`)
	text.TextStyle = fyne.TextStyle{Monospace: true}
	// Scrolled, within the window: on a small one the list is wider and
	// taller than the window, and a dialog is cut at its edges.
	d := mw.dialogs.custom("Keyboard", container.NewScroll(text), closeAction("Close"))
	d.Resize(mw.dialogs.fit(text.MinSize().AddWidthHeight(keysDialogRoom, keysDialogRoom*3)))
	mw.dialogs.show(d, nil)
}

// keysDialogRoom is what the keyboard dialog adds around its list (its
// padding; three times over in height, for the title and the button).
const keysDialogRoom = 40

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
