package app

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
)

// Preferences, each under its name + ":" + Options.RememberAs (the
// library's path), so that each library reopens where it was left.
const (
	prefColumns = "columns" // "base;id,id,id"
	prefOptions = "options" // "case,punct,trivial,only" as 0s and 1s
	prefPanels  = "panels"  // "library,changes" shown as 0s and 1s, for every library
	prefPlace   = "place"   // the row at the top
	prefSize    = "size"    // "WxH", for every library
	prefTheme   = "theme"   // light, dark or system, for every library
	prefExport  = "export"  // the export format chosen last, for every library
	// The folders an export and an import went to last, each its own:
	// Fyne's file dialogs share one last folder, so a report would be
	// offered the folder of the files last imported.
	prefExportFolder = "exportFolder"
	prefImportFolder = "importFolder"
)

// Themes a reader can choose.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

func (mw *MainWindow) pref(name string) string {
	if mw.opts.RememberAs == "" {
		return ""
	}
	return mw.app.Preferences().String(name + ":" + mw.opts.RememberAs)
}

func (mw *MainWindow) setPref(name, val string) {
	if mw.opts.RememberAs == "" {
		return
	}
	key := name + ":" + mw.opts.RememberAs
	// Writing only what changed keeps the preferences file quiet: Fyne
	// reloads it on every write.
	if p := mw.app.Preferences(); p.String(key) != val {
		p.SetString(key, val)
	}
}

// lastColumns are the versions last shown from this library and their
// base (none when any is gone).
func (mw *MainWindow) lastColumns() (ids []int64, base int64) {
	v := mw.pref(prefColumns)
	b, list, ok := strings.Cut(v, ";")
	if !ok {
		return nil, 0
	}
	base, err := strconv.ParseInt(b, 10, 64)
	if err != nil {
		return nil, 0
	}
	for _, f := range strings.Split(list, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if _, known := mw.VM.VersionByID(id); err != nil || !known {
			return nil, 0
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 || len(ids) > MaxColumns {
		return nil, 0
	}
	return ids, base
}

// saveColumns remembers the versions shown.
func (mw *MainWindow) saveColumns() {
	ids, base := mw.VM.Columns()
	parts := make([]string, len(ids))
	for k, id := range ids {
		parts[k] = strconv.FormatInt(id, 10)
	}
	mw.setPref(prefColumns, fmt.Sprintf("%d;%s", base, strings.Join(parts, ",")))
}

// saveState remembers the window's size, the options and the place, for
// the next start.
func (mw *MainWindow) saveState() {
	o := mw.VM.Options()
	flags := []bool{o.IgnoreCase, o.IgnorePunctuation, mw.VM.HideTrivial(), mw.VM.OnlyChanged()}
	mw.setPref(prefOptions, bits(flags...))
	setGlobalPref(mw.app, prefPanels, bits(mw.library.shown, mw.side.pane.shown))
	mw.setPref(prefPlace, strconv.Itoa(mw.View.TopComparisonRow()))
	if s := mw.Window.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		setGlobalPref(mw.app, prefSize, fmt.Sprintf("%.0fx%.0f", s.Width, s.Height))
	}
}

// setGlobalPref remembers a preference for every library, writing only
// what changed (see setPref).
func setGlobalPref(a fyne.App, key, val string) {
	if p := a.Preferences(); p.String(key) != val {
		p.SetString(key, val)
	}
}

// bits writes flags as 0s and 1s.
func bits(flags ...bool) string {
	b := make([]byte, len(flags))
	for i, f := range flags {
		b[i] = '0'
		if f {
			b[i] = '1'
		}
	}
	return string(b)
}

// restorePanels hides the panels hidden at the last exit.
func (mw *MainWindow) restorePanels() {
	v := mw.app.Preferences().String(prefPanels)
	if len(v) != 2 {
		return
	}
	for i, p := range []*pane{mw.library, mw.side.pane} {
		if v[i] == '0' && p.shown {
			p.toggle()
		}
	}
}

// restoreOptions sets the options and filters last used with this
// library.
func (mw *MainWindow) restoreOptions() {
	if v := mw.pref(prefOptions); len(v) == 4 {
		on := func(i int) bool { return v[i] == '1' }
		mw.VM.options = CompareOptions{IgnoreCase: on(0), IgnorePunctuation: on(1)}
		mw.VM.hideTrivial, mw.VM.onlyChanged = on(2), on(3)
	}
	if p, err := strconv.Atoi(mw.pref(prefPlace)); err == nil && p > 0 {
		mw.View.restoreTop = p
	}
}

// rememberedSize is the window's size at the last exit, or the default.
func (mw *MainWindow) rememberedSize() fyne.Size {
	var w, h float32
	if _, err := fmt.Sscanf(mw.app.Preferences().String(prefSize), "%fx%f", &w, &h); err == nil && w >= 400 && h >= 300 {
		return fyne.NewSize(w, h)
	}
	return defaultSize()
}

// setTheme switches the theme and remembers the choice.
func (mw *MainWindow) setTheme(name string) {
	mw.app.Preferences().SetString(prefTheme, name)
	mw.theme = name
	mw.applyTheme(name)
}

// runTheme is the theme of this run: the one asked for (Options.Theme)
// when it is light or dark, the values Fyne reads in FYNE_THEME, else the
// one remembered.
func runTheme(asked, remembered string) string {
	if asked == themeLight || asked == themeDark {
		return asked
	}
	return remembered
}

// applyTheme sets the theme called name; "" (none ever chosen) leaves
// Fyne's, which follows FYNE_THEME and the system.
func (mw *MainWindow) applyTheme(name string) {
	switch name {
	case themeLight:
		mw.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		mw.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	case themeSystem:
		mw.app.Settings().SetTheme(theme.DefaultTheme())
	}
}

// variantTheme is the default theme forced to one variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// startIn has a file dialog open in the folder remembered under pref, if
// it still exists; else the dialog opens where Fyne's would.
func (mw *MainWindow) startIn(d interface{ SetLocation(fyne.ListableURI) }, pref string) {
	if l := folderURI(mw.app.Preferences().String(pref)); l != nil {
		d.SetLocation(l)
	}
}

// folderURI is the folder dir as a dialog's location, or nil where dir is
// empty or no folder.
func folderURI(dir string) fyne.ListableURI {
	if dir == "" || !dirExists(dir) {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// rememberFolder remembers under pref the folder of path, which a dialog
// opened.
func (mw *MainWindow) rememberFolder(pref, path string) {
	mw.app.Preferences().SetString(pref, filepath.Dir(path))
}
