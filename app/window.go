package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	// Initialised before Fyne: no locale warning on C.UTF-8 systems.
	_ "github.com/variorum/variorum/app/quietlocale"
	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/textfile"
)

// AppID is the application's unique id (preferences, desktop entry).
const AppID = "io.github.variorum.variorum"

// defaultSize is the window's size when it opens.
func defaultSize() fyne.Size { return fyne.NewSize(1280, 800) }

// Options configure the main window.
type Options struct {
	// Library is read for briefings, versions and texts.
	Library Library
	// Import adds files and folders to the library (File → Import… and
	// dropped files); nil disables importing.
	Import Importer
	// Base and Other are the versions to open compared; when either is 0
	// the window opens the first briefing (its first version against its
	// second).
	Base, Other int64
	// Versions, when it holds two or more, are the versions to open side
	// by side instead, the first the base (the first MaxColumns of them).
	Versions []int64
	// ViewModel chooses how work runs; the zero value suits a real window.
	ViewModel ViewModelOptions
	// Size is the window's initial size; zero means 1280×800.
	Size fyne.Size
	// RememberAs, when not empty, names the library (its path, say) so
	// that the window reopens on the versions last shown from it.
	RememberAs string
	// Change, when above 0, is the change to open on (1 for the first).
	Change int
	// Notice, when not empty, is told in a dialog when the window opens
	// (a library that does not show everything, say).
	Notice string
	// Theme, when "light" or "dark", is this run's theme whatever the
	// theme chosen in the window and remembered, which stays for the runs
	// after (Run takes FYNE_THEME's); otherwise the remembered one is.
	Theme string
	// NotImported are files given to open (on the command line) that
	// could not be imported: when the window opens they are reported as
	// File → Import reports its failures, the others shown meanwhile.
	NotImported []ImportFailure
}

// MainWindow is Variorum's window and its parts, exposed for tests.
type MainWindow struct {
	Window  fyne.Window
	VM      *ViewModel
	View    *CompareView
	Library *LibraryPanel
	Status  *widget.Label

	app fyne.App
	// theme is the theme in use: light, dark, system, or "" for Fyne's
	// own (none was ever chosen).
	theme string
	// ticks are the menu items ticked while a setting is on.
	ticks []menuTick
	// follow is the View menu's "Follow changes of", for the versions
	// followIDs (syncFollow).
	follow    *fyne.MenuItem
	followIDs []int64
	bar       *columnBar
	measurer  *Measurer
	opts      Options
	ctx       context.Context
	// side holds the change list and the notes beside the rows.
	side *sidePanel
	// library shows and hides the library panel, for a small window.
	library *pane
	// dialogs keeps one dialog open at a time and answers Enter and Escape.
	dialogs dialogs
	// find is the find bar above the rows.
	find *findBar
	// watch stops watching the library for changes made elsewhere.
	watch func()
	// goToChange is the changed passage (from 1) to go to once the rows are
	// shown (--change N); 0 for none.
	goToChange int
	// pendingFind is found in the comparison once it is in (a library
	// search hit being opened).
	pendingFind string
	// places are the comparison rows each briefing was left at the top
	// of the view, in this session, for it to open there again.
	places map[int64]int
}

// keepPlace remembers where the briefing shown was left, and has the
// briefing id about to open where it was left, if it was shown before in
// this session: reopened, it shows the rows it showed.
func (mw *MainWindow) keepPlace(id int64) {
	if mw.places == nil {
		mw.places = map[int64]int{}
	}
	if b, ok := mw.VM.ShownBriefing(); ok {
		mw.places[b] = mw.View.TopComparisonRow()
	}
	if p, ok := mw.places[id]; ok && p > 0 {
		mw.View.restoreTop = p
	}
}

// Run opens the main window in a new Fyne application and returns when it
// is closed or ctx is cancelled. It needs a display.
func Run(ctx context.Context, opts Options) error {
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("variorum.png", assets.Icon()))
	if opts.Theme == "" {
		// FYNE_THEME asks for this run's theme (.ci/screenshot's dark
		// shots): it must win over the one remembered, as it does in
		// Fyne until a theme is set.
		opts.Theme = os.Getenv("FYNE_THEME")
	}
	mw, err := NewMainWindow(ctx, a, opts)
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { fyne.Do(a.Quit) })
	defer stop()
	mw.Window.ShowAndRun()
	return nil
}

// NewMainWindow builds the window in a: it loads the library and starts
// comparing the chosen pair (or the first briefing's first two versions).
// The window is not shown.
func NewMainWindow(ctx context.Context, a fyne.App, opts Options) (*MainWindow, error) {
	if opts.Library == nil {
		return nil, errors.New("main window: no library")
	}
	mw := &MainWindow{opts: opts, ctx: ctx, measurer: NewMeasurer(), app: a}
	// The theme comes before the widgets: set after them, it left the
	// toolbar's buttons in the colours of the theme before.
	mw.theme = runTheme(opts.Theme, a.Preferences().String(prefTheme))
	mw.applyTheme(mw.theme)
	mw.Window = a.NewWindow("Variorum")
	mw.Window.SetIcon(fyne.NewStaticResource("variorum.png", assets.Icon()))
	mw.VM = NewViewModel(opts.Library, opts.ViewModel)
	mw.View = NewCompareView(mw.VM, mw.measurer)
	mw.Library = NewLibraryPanel(mw.VM, mw.showError)
	mw.bar = newColumnBar(mw.VM, mw.View, mw.showError)
	mw.bar.showVersions = mw.showVersionsDialog
	mw.Status = widget.NewLabel("")
	mw.Status.Truncation = fyne.TextTruncateEllipsis
	mw.dialogs.window = mw.Window
	mw.side = newSidePanel(mw)
	mw.find = newFindBar(mw)
	mw.View.OnNavigate = func(status string) {
		mw.Status.SetText(status)
		mw.bar.showCounter()
		mw.side.showCurrent()
	}
	mw.View.OnRowsShown = mw.rowsShown
	mw.View.OnMenu = mw.showRowMenu
	mw.View.OnKey, mw.Library.OnKey, mw.bar.tips.onKey = mw.rowsKey, mw.windowKey, mw.windowKey
	mw.View.OnArrow = mw.scrollKey
	mw.Library.onMenu = mw.showVersionMenu
	mw.Library.onBriefingMenu = mw.showBriefingMenu
	mw.Library.beforeOpen = mw.keepPlace

	mw.VM.OnChange(mw.update)
	a.Settings().AddListener(func(fyne.Settings) {
		// A new theme may bring other fonts or sizes.
		mw.measurer.Reset()
		mw.View.forgetMeasurements()
		mw.View.Refresh()
	})
	mw.layOut()
	mw.connectWindow()
	if err := mw.openFirstView(ctx); err != nil {
		return nil, err
	}
	mw.watch = mw.watchLibrary()
	if opts.Notice != "" {
		mw.dialogs.inform("Library", opts.Notice)
	}
	if len(opts.NotImported) > 0 {
		// One dialog at a time: this one replaces the notice, as the
		// files the user just asked for matter more to them now.
		mw.showFailures(opts.NotImported, mw.openedBriefing(), false)
	}
	return mw, nil
}

// layOut puts the parts in the window: toolbar on top, the library, the
// rows (under the find bar) and the side panel side by side, the status
// line and legend at the foot, the toolbar's tips over everything.
func (mw *MainWindow) layOut() {
	main := readingBorder(mw.find.content, nil, nil, nil, mw.View)
	mw.find.around = main
	right := container.NewHSplit(main, mw.side.content)
	right.Offset = 0.8
	mw.side.pane = newPane(right, main)
	split := container.NewHSplit(mw.Library, mw.side.pane.host)
	split.Offset = 0.17
	mw.library = newPane(split, mw.side.pane.host)
	mw.restorePanels() // before the menu, which ticks the panels shown
	bottom := container.NewBorder(nil, nil, nil, newLegend(mw.measurer), mw.Status)
	content := readingBorder(
		container.NewVBox(container.NewPadded(mw.bar.content), widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), bottom),
		nil, nil, mw.library.host)
	mw.Window.SetContent(container.NewStack(content, mw.bar.tips.layer))
	mw.Window.SetMainMenu(mw.menu())
}

// connectWindow sets what the window does on dropped files, keys and
// closing, and gives it its size.
func (mw *MainWindow) connectWindow() {
	if mw.opts.Import != nil {
		mw.Window.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
			var paths []string
			for _, u := range uris {
				if u.Scheme() == "file" {
					paths = append(paths, u.Path())
				}
			}
			mw.ImportPaths(paths)
		})
	}
	size := mw.opts.Size
	if size.IsZero() {
		size = mw.rememberedSize()
	}
	mw.Window.Resize(size)
	mw.installKeys()
	mw.Window.SetCloseIntercept(func() {
		mw.saveState()
		mw.Window.Close()
	})
	mw.Window.SetOnClosed(func() {
		if mw.watch != nil {
			mw.watch() // stop looking at the library file
		}
	})
}

// openFirstView loads the library and shows the pair asked for, else the
// columns the user left open, else the first briefing.
func (mw *MainWindow) openFirstView(ctx context.Context) error {
	if err := mw.VM.Load(ctx); err != nil {
		return err
	}
	mw.restoreOptions()
	var err error
	last, lastBase := mw.lastColumns()
	switch vs := mw.opts.Versions; {
	case len(vs) >= 2:
		vs = vs[:min(len(vs), MaxColumns)]
		err = mw.VM.SetColumns(vs, vs[0])
	case mw.opts.Base != 0 && mw.opts.Other != 0:
		err = mw.VM.SetPair(mw.opts.Base, mw.opts.Other)
	case len(last) > 0:
		err = mw.VM.SetColumns(last, lastBase) // where the user left off
	case len(mw.VM.Briefings()) > 0:
		err = mw.VM.OpenFirst()
	}
	if err != nil {
		return fmt.Errorf("opening the window: %w", err)
	}
	mw.update()
	return nil
}

// update mirrors the view model in every part of the window.
func (mw *MainWindow) update() {
	mw.View.Update()
	mw.Library.Update()
	mw.bar.update()
	mw.side.update()
	cmp := mw.VM.Comparison()
	mw.Status.SetText(statusText(cmp))
	if len(cmp.Columns) > 0 {
		mw.Window.SetTitle(columnLabels(cmp) + " — Variorum")
		mw.saveColumns()
		if mw.pendingFind != "" && !cmp.Busy {
			mw.find.close() // a fresh search: no place, no matches of other rows
			mw.find.openAtStart(mw.pendingFind)
			mw.pendingFind = ""
		}
		if mw.opts.Change > 0 && !cmp.Busy && cmp.Seq > 0 {
			mw.goToChange, mw.opts.Change = mw.opts.Change, 0
			mw.rowsShown()
		}
	} else {
		mw.Window.SetTitle("Variorum")
	}
	mw.syncTicks()
}

// showImportDialog asks for a file and imports it into the open briefing.
func (mw *MainWindow) showImportDialog() {
	if mw.opts.Import == nil {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			mw.showError(fmt.Errorf("choosing a file: %w", err))
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		_ = r.Close()
		mw.rememberFolder(prefImportFolder, path)
		mw.ImportPaths([]string{path})
	}, mw.Window)
	d.SetFilter(storage.NewExtensionFileFilter(data.ImportExtensions()))
	mw.startIn(d, prefImportFolder)
	d.Resize(fyne.NewSize(900, 600))
	mw.dialogs.show(d, nil)
}

// showImportFolderDialog asks for a folder and imports the files in it
// (those with a known extension, recursively) as one new briefing.
func (mw *MainWindow) showImportFolderDialog() {
	if mw.opts.Import == nil {
		return
	}
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			mw.showError(fmt.Errorf("choosing a folder: %w", err))
			return
		}
		if u == nil {
			return // cancelled
		}
		mw.rememberFolder(prefImportFolder, u.Path())
		mw.ImportPaths([]string{u.Path()})
	}, mw.Window)
	mw.startIn(d, prefImportFolder)
	d.Resize(fyne.NewSize(900, 600))
	mw.dialogs.show(d, nil)
}

// ImportPaths imports files and folders, with a progress dialog that can
// cancel, then shows them. A single file while a briefing is on screen
// goes, as the user chooses (askBriefing), into that briefing or a new
// one; several paths go into a new briefing, compared together. Failures
// are reported in a dialog naming each file and its problem.
func (mw *MainWindow) ImportPaths(paths []string) {
	if mw.opts.Import == nil || len(paths) == 0 {
		return
	}
	if len(paths) == 1 && !isDir(paths[0]) {
		base, _ := mw.VM.Pair()
		if v, ok := mw.VM.VersionByID(base); ok {
			// A file that cannot be imported is said so before the user
			// is asked where it would go; it is read away from the UI
			// goroutine, as an import reads.
			mw.VM.opts.Background(func() {
				err := importable(paths[0])
				mw.VM.opts.UI(func() {
					if err != nil {
						mw.showError(importError([]ImportFailure{{Path: paths[0], Err: err}}))
						return
					}
					mw.askBriefing(paths, v.BriefingID)
				})
			})
			return
		}
	}
	mw.importInto(paths, 0)
}

// precheckSize is the largest file importable reads ahead of an import:
// a larger one is read once, by the import, which then says what is
// wrong with it.
const precheckSize = 16 << 20

// importable reads the file at path as an import would and returns why
// it cannot be imported (empty, binary, a format not read, missing), or
// nil. A file not in UTF-8 is importable: the import asks its encoding.
func importable(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.Size() > precheckSize {
		return nil
	}
	_, err = textfile.Read(path, "")
	if err == nil || errors.Is(err, textfile.ErrInvalidUTF8) {
		return nil
	}
	if inner := errors.Unwrap(err); inner != nil {
		return inner // Read names the path, which the dialog names already
	}
	return err
}

// askBriefing asks whether the file goes into the briefing on screen
// (Enter) or a new one, or nowhere (Escape).
func (mw *MainWindow) askBriefing(paths []string, briefing int64) {
	title := "the briefing on screen"
	if b, ok := mw.VM.BriefingByID(briefing); ok {
		title = "“" + export.Clip(orDash(b.Title), 40) + "”"
	}
	var d dialog.Dialog
	choose := func(into int64) func() {
		return func() {
			d.Hide()
			mw.importInto(paths, into)
		}
	}
	add := mw.dialogs.button("Add to "+title, widget.HighImportance, choose(briefing))
	fresh := mw.dialogs.button("New briefing", widget.MediumImportance, choose(0))
	cancel := mw.dialogs.button("Cancel", widget.MediumImportance, func() { d.Hide() })
	text := widget.NewLabel(fmt.Sprintf("Add %s to %s, beside the versions on screen, or start a new briefing with it?",
		filepath.Base(paths[0]), title))
	text.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Import a version", container.NewVBox(text,
		container.NewHBox(layout.NewSpacer(), cancel, fresh, add)), mw.Window)
	d.Resize(fyne.NewSize(560, 0))
	mw.dialogs.showWith(d, nil, func() { mw.importInto(paths, briefing) })
}

// alreadyImported says that the files whose versions are vs were in the
// library before, in which briefings, and, where the import was asked
// into another briefing (into; 0, a new one), that a text is kept
// once and how to bring it over.
func (mw *MainWindow) alreadyImported(vs []data.Version, into int64) string {
	var where []string
	elsewhere := false
	for _, v := range vs {
		name := "-"
		if b, ok := mw.VM.BriefingByID(v.BriefingID); ok {
			name = briefingName(b)
		}
		where = append(where, fmt.Sprintf("%s (in %s)", v.Label, name))
		elsewhere = elsewhere || v.BriefingID != into
	}
	msg := "These files were imported before, as " + strings.Join(where, ", ") + "; showing them."
	if len(vs) == 1 {
		msg = "This file was imported before, as " + where[0] + "; showing it."
	}
	if elsewhere {
		msg += " The library keeps a text once: to compare it in another briefing, move it there (right-click it in the library, Move to briefing…)."
	}
	return msg
}

// importInto imports paths into briefing into (0: a new one) and shows
// the result.
func (mw *MainWindow) importInto(paths []string, into int64) {
	mw.importWith(paths, data.ImportOptions{BriefingID: into})
}

// importWith imports paths with opt and shows the result: files that are
// not UTF-8 get the choice of their encoding (see askEncoding), other
// failures an error.
func (mw *MainWindow) importWith(paths []string, opt data.ImportOptions) {
	ctx, cancel := context.WithCancel(mw.ctx)
	bar := widget.NewProgressBar()
	file := widget.NewLabel("")
	file.Truncation = fyne.TextTruncateEllipsis
	prog := dialog.NewCustomWithoutButtons("Importing",
		container.NewVBox(file, bar, container.NewCenter(mw.dialogs.button("Cancel", widget.MediumImportance, cancel))), mw.Window)
	prog.Resize(fyne.NewSize(460, 0))
	mw.dialogs.show(prog, cancel)
	mw.Status.SetText(fmt.Sprintf("Importing %s…", plural(len(paths), "path", "paths")))
	progress := func(done, total int, f string) {
		if total > 0 {
			bar.SetValue(float64(done) / float64(total))
		}
		if f != "" {
			file.SetText(filepath.Base(f))
		}
	}
	mw.VM.ImportFiles(ctx, mw.opts.Import, paths, opt, progress, func(rep ImportReport) {
		cancel()
		prog.Hide()
		switch {
		case rep.Cancelled:
			mw.dialogs.inform("Import cancelled",
				fmt.Sprintf("Stopped after %s.", plural(len(rep.Versions), "file", "files")))
		case len(rep.Failed) > 0:
			into := rep.BriefingID // where the rest of the batch went
			if into == 0 {
				into = opt.BriefingID
			}
			mw.showFailures(rep.Failed, into, opt.Encoding != "")
		case rep.Duplicates > 0 && len(rep.Versions) == rep.Duplicates:
			mw.dialogs.inform("Already in the library", mw.alreadyImported(rep.Versions, opt.BriefingID))
		case rep.Dropped != nil && len(rep.Versions) > 0:
			mw.tellDropped(rep.Dropped, &rep.Versions[0])
		}
		mw.update()
	})
}

// showFailures reports the files an import could not read: those not in
// UTF-8 get the choice of their encoding (see askEncoding), to be imported
// into briefing into (0: a new one), unless the import named one already
// (encodingGiven); the other failures are told in an error dialog.
func (mw *MainWindow) showFailures(failed []ImportFailure, into int64, encodingGiven bool) {
	notUTF8, other := splitNotUTF8(failed)
	if len(notUTF8) > 0 && !encodingGiven {
		mw.askEncoding(notUTF8, into, importError(other))
		return
	}
	mw.showError(importError(failed))
}

// openedBriefing is the briefing of the versions the window was asked to
// open (Options.Versions, Base), or 0 when none was asked for.
func (mw *MainWindow) openedBriefing() int64 {
	id := mw.opts.Base
	if len(mw.opts.Versions) > 0 {
		id = mw.opts.Versions[0]
	}
	if v, ok := mw.VM.VersionByID(id); ok {
		return v.BriefingID
	}
	return 0
}

// isDir reports whether path names a directory.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// showError shows err in a dialog; nil does nothing.
func (mw *MainWindow) showError(err error) {
	if err == nil {
		return
	}
	mw.dialogs.showErr(err)
}

// rowsShown follows the view's rows when they are installed, which on a
// long text is after the comparison came: the toolbar counts them, the
// find bar takes its matches, and a changed row asked for is gone to.
func (mw *MainWindow) rowsShown() {
	if mw.View.rowsPending {
		return
	}
	mw.bar.showCounter()
	mw.find.showMatches(mw.View.MatchingRows())
	if n := mw.goToChange; n > 0 {
		mw.goToChange = 0
		mw.View.GoToChange(n)
	}
}
