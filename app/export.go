package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
	"github.com/variorum/variorum/data/report"
)

// exporter is File → Export…: a dialog with the format, then Fyne's save
// dialog (which asks before overwriting), then the report of the versions
// on screen written atomically.
type exporter struct {
	mw *MainWindow
	// format is the format chosen last, which the dialog offers first
	// (kept in the preferences for the next session): after a failed
	// export, the user tries again as they were.
	format export.Format
}

// start shows the format dialog.
func (ex *exporter) start() {
	mw := ex.mw
	cmp := mw.VM.Comparison()
	if len(cmp.Columns) < 2 {
		mw.showError(errors.New("nothing to export: choose two versions or more to compare first"))
		return
	}
	formats := export.Formats()
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Describe()
	}
	// On by default: a window's user opens a CSV in a spreadsheet, which
	// reads UTF-8 without the mark in its own code page (Cyrillic and
	// curly quotes garbled); the command line leaves it to --bom.
	bom := mw.dialogs.check("CSV: a byte order mark (for Excel)", nil)
	bom.SetChecked(true)
	choice := mw.dialogs.choice(names)
	hideTrivial := mw.dialogs.check("Leave typography-only changes out of the lists", nil)
	hideTrivial.SetChecked(mw.VM.HideTrivial())
	items := []*widget.FormItem{
		widget.NewFormItem("Format", choice),
		widget.NewFormItem("", bom), // no label of its own, which a disabled check would leave grey
		widget.NewFormItem("Lists", hideTrivial),
	}
	cols, base := cmp.Columns, cmp.Base
	// Following one version, the export may hold that version and the
	// base alone, as the lists then show: said, and ticked, not silent.
	var pair *dialogCheck
	followed := mw.View.Followed()
	pairOf := func() ([]data.Version, int) { return []data.Version{cols[base], cols[followed]}, 0 }
	if followed >= 0 && followed < len(cols) && base < len(cols) {
		// Compared alone, the two lay their rows out anew: said, as a
		// report cited by row would otherwise not match the window.
		pair = mw.dialogs.check(fmt.Sprintf("Only %s and %s, the version followed (rows numbered for the two)", cols[base].Label, cols[followed].Label), nil)
		pair.SetChecked(true)
		items = append(items, widget.NewFormItem("Versions", pair))
	}
	choice.OnChanged = func(string) {
		i := choice.SelectedIndex()
		if i >= 0 && formats[i] == export.CSV { // the mark is a CSV option
			bom.Enable()
		} else {
			bom.Disable()
		}
		// TEI and a translation memory hold the text, with no list of
		// changes to leave typography out of.
		if i >= 0 && (formats[i] == export.TEI || formats[i] == export.TMXMemory) {
			hideTrivial.Disable()
		} else {
			hideTrivial.Enable()
		}
		// A translation memory of the pair followed needs a translation
		// in it: without one, every version shown, where there is one.
		if i >= 0 && formats[i] == export.TMXMemory && pair != nil && pair.Checked &&
			!hasTranslation(pairOf()) && hasTranslation(cols, base) {
			pair.SetChecked(false)
		}
	}
	if ex.format == "" { // the format chosen last, in an earlier session too
		ex.format, _ = export.ParseFormat(mw.app.Preferences().String(prefExport))
	}
	choice.SetSelectedIndex(max(slices.Index(formats, ex.format), 0))
	mw.form("Export "+columnLabels(cmp), "Save as…", items, func() {
		chosen, chosenBase := cols, base
		if pair != nil && pair.Checked {
			chosen, chosenBase = pairOf()
		}
		f := formats[max(choice.SelectedIndex(), 0)]
		ex.format = f
		mw.app.Preferences().SetString(prefExport, string(f))
		if f == export.TMXMemory && !hasTranslation(chosen, chosenBase) {
			// Said before a file is chosen, not after.
			hint := "every version shown is in " + cols[base].Label + "'s language: add a translation to the comparison, or name the versions' languages (Edit…)"
			if hasTranslation(cols, base) {
				hint = "the version followed is in " + cols[base].Label + "'s language: untick \"Only\" to export every version shown"
			}
			mw.showError(fmt.Errorf("%w; %s", export.ErrNoTranslation, hint))
			return
		}
		ex.chooseFile(chosen, chosenBase, f, export.WriteOptions{BOM: bom.Checked},
			export.Options{HideTrivial: hideTrivial.Checked && !hideTrivial.Disabled(), IgnoreCase: cmp.Options.IgnoreCase, IgnorePunctuation: cmp.Options.IgnorePunctuation})
	})

}

// hasTranslation reports whether a version of cols is in another
// language than cols[base], as a translation memory needs.
func hasTranslation(cols []data.Version, base int) bool {
	return slices.ContainsFunc(cols, func(v data.Version) bool {
		return v.Language != "" && cols[base].Language != "" && !compare.SameLanguage(v.Language, cols[base].Language)
	})
}

// chooseFile shows the save dialog, then exports.
func (ex *exporter) chooseFile(cols []data.Version, base int, f export.Format, wopts export.WriteOptions, opts export.Options) {
	mw := ex.mw
	keepFilesUntilWritten()
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			mw.showError(fmt.Errorf("choosing a file: %w", err))
			return
		}
		if w == nil {
			return // cancelled
		}
		// The report replaces the file atomically once it is built (an
		// existing file was confirmed by the dialog); until then the
		// file stays as it was (see keepFilesUntilWritten).
		chosen := w.URI().Path()
		path := typedPath(chosen)
		if dw, ok := w.(*deferredWriter); ok {
			dw.Discard()
		} else {
			_ = w.Close()
		}
		// The dialog asked before replacing the file it named, not one a
		// path typed as the name means: that one is asked about once the
		// report is built (written).
		ex.write(path, path == chosen, cols, base, f, wopts, opts)
	}, mw.Window)
	other := cols[otherThan(len(cols), base)].Label
	if len(cols) > 2 {
		other = strconv.Itoa(len(cols)-1) + "-versions"
	}
	save.SetFileName(fileName(cols[base].Label, other, f))
	mw.startIn(save, prefExportFolder)
	save.Resize(fyne.NewSize(900, 600))
	mw.dialogs.show(save, nil)
}

// typedPath is the file a save dialog's path means. Fyne's dialog puts
// the name typed after the folder shown, even a whole path typed as the
// name ("/home/me/out/report.csv" becomes "/tmp/in/home/me/out/report.csv"),
// whose folder then does not exist. Where path's folder does not exist
// and a path ending it does, from a separator on, whose folder does, that
// path is meant; the dialog did not ask before replacing a file there,
// so the export asks (see chooseFile and written).
func typedPath(path string) string {
	if dirExists(filepath.Dir(path)) {
		return path
	}
	for i := 1; i < len(path); i++ {
		if os.IsPathSeparator(path[i]) && dirExists(filepath.Dir(path[i:])) && filepath.Dir(path[i:]) != string(filepath.Separator) {
			return path[i:]
		}
	}
	return path
}

func dirExists(dir string) bool {
	st, err := os.Stat(dir)
	return err == nil && st.IsDir()
}

// fileName suggests "base-vs-other.ext" ("blog-en-vs-3-versions.html"
// for more than two) with characters file systems dislike replaced.
func fileName(base, other string, f export.Format) string {
	clean := strings.NewReplacer("/", "-", "\\", "-", ":", "-", "*", "-", "?", "-", "\"", "-", "<", "-", ">", "-", "|", "-")
	return clean.Replace(clipBytes(base, maxNameLabelBytes)+"-vs-"+clipBytes(other, maxNameLabelBytes)) + f.Extension()
}

// maxNameLabelBytes is the most of a label a suggested file name takes:
// two of them, "-vs-" and an extension stay under the 255 bytes a file
// name may have (a Russian label takes two bytes a letter).
const maxNameLabelBytes = 100

// clipBytes is s cut to at most n bytes, at a character's start.
func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n])
}

// write builds the report away from the UI goroutine, with a dialog
// saying so, and reports a failure.
func (ex *exporter) write(path string, replace bool, cols []data.Version, base int, f export.Format, wopts export.WriteOptions, opts export.Options) {
	mw := ex.mw
	busy := dialog.NewCustomWithoutButtons("Exporting", widget.NewProgressBarInfinite(), mw.Window)
	mw.dialogs.show(busy, nil)
	go func() {
		rep, err := ex.report(mw.ctx, cols, base, opts)
		if err == nil && f == export.TMXMemory {
			rep, err = report.ForMemory(mw.ctx, rep)
		}
		if err == nil {
			err = export.WriteFile(mw.ctx, path, replace, func(w io.Writer) error { return export.Write(w, f, rep, wopts) })
		}
		fyne.Do(func() {
			busy.Hide()
			ex.written(path, err, func() { ex.write(path, true, cols, base, f, wopts, opts) })
		})
	}()
}

// written says how an export to path ended: err, or where it went. A file
// already there, which the save dialog did not ask about (a path typed
// whole), is asked about now; replace exports again over it, with the
// export's choices kept.
func (ex *exporter) written(path string, err error, replace func()) {
	mw := ex.mw
	switch {
	case errors.Is(err, export.ErrExists):
		mw.dialogs.show(mw.dialogs.message("Replace the file?",
			fmt.Sprintf("%s already exists in %s. Replacing it overwrites what it holds.", filepath.Base(path), filepath.Dir(path)),
			theme.QuestionIcon(),
			dialogAction{label: "Cancel", icon: theme.CancelIcon()},
			dialogAction{label: "Replace", icon: theme.DocumentSaveIcon(), importance: widget.DangerImportance, run: replace}), nil)
	case err != nil:
		mw.showError(fmt.Errorf("exporting: %w", err))
	default:
		mw.rememberFolder(prefExportFolder, path)
		mw.Status.SetText("Exported to " + path)
	}
}

// report loads and compares the versions as the window does (their
// languages decide which are aligned across languages and checked) and
// gathers their notes.
func (ex *exporter) report(ctx context.Context, cols []data.Version, base int, opts export.Options) (*export.Report, error) {
	return report.FromLibrary(ctx, ex.mw.opts.Library, columnIDs(cols), base, opts, "Variorum "+Version)
}
