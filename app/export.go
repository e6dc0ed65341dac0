package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/compare"
	"github.com/variorum/variorum/data"
	"github.com/variorum/variorum/data/export"
)

// noteReader is the part of *data.Library that holds notes; a library
// without it exports without notes.
type noteReader interface {
	Notes(ctx context.Context, versionIDs ...int64) ([]data.Note, error)
}

// exporter is File → Export…: a dialog with the format, then Fyne's save
// dialog (which asks before overwriting), then the report of the pair on
// screen written atomically. It keeps its own state so that the window's
// code needs only the menu item.
type exporter struct {
	mw   *MainWindow
	open bool // a dialog of the export is showing: one at a time
}

// exportMenuItem is the File menu's Export… item.
func (mw *MainWindow) exportMenuItem() *fyne.MenuItem {
	ex := &exporter{mw: mw}
	return fyne.NewMenuItem("Export…", ex.start)
}

// start shows the format dialog.
func (ex *exporter) start() {
	mw := ex.mw
	cmp := mw.VM.Comparison()
	if ex.open {
		return
	}
	if cmp.Base == nil || cmp.Other == nil {
		mw.showError(errors.New("nothing to export: choose two versions to compare first"))
		return
	}
	formats := export.Formats()
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Describe()
	}
	choice := widget.NewSelect(names, nil)
	choice.SetSelectedIndex(0)
	bom := widget.NewCheck("Byte order mark (for Excel)", nil)
	hideTrivial := widget.NewCheck("Leave typography-only changes out of the lists", nil)
	items := []*widget.FormItem{
		widget.NewFormItem("Format", choice),
		widget.NewFormItem("CSV", bom),
		widget.NewFormItem("Lists", hideTrivial),
	}
	// The save dialog opens once this one has closed and given the keys
	// back: Fyne runs the form's callback before its on-closed hooks.
	var next func()
	d := dialog.NewForm(fmt.Sprintf("Export %s vs %s", cmp.Base.Label, cmp.Other.Label), "Save as…", "Cancel", items,
		func(ok bool) {
			if ok {
				f := formats[max(choice.SelectedIndex(), 0)]
				next = func() {
					ex.chooseFile(*cmp.Base, *cmp.Other, f, export.WriteOptions{BOM: bom.Checked},
						export.Options{HideTrivial: hideTrivial.Checked})
				}
			}
		}, mw.Window)
	ex.modal(d, d.Submit)
	d.SetOnClosed(func() {
		if next != nil {
			next()
		}
	})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// submitter is a dialog that Enter confirms and Escape cancels.
type submitter interface {
	Hide()
	SetOnClosed(func())
}

// modal marks the export busy while d shows, and routes Enter and Escape
// to it: Fyne's dialogs take no keys of their own. The window's own key
// handler is put back when d closes.
func (ex *exporter) modal(d submitter, submit func()) {
	ex.open = true
	c := ex.mw.Window.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyEscape:
			d.Hide()
		case fyne.KeyReturn, fyne.KeyEnter:
			submit()
		}
	})
	d.SetOnClosed(func() {
		c.SetOnTypedKey(prev)
		ex.open = false
	})
}

// chooseFile shows the save dialog, then exports.
func (ex *exporter) chooseFile(base, other data.Version, f export.Format, wopts export.WriteOptions, opts export.Options) {
	mw := ex.mw
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			mw.showError(fmt.Errorf("choosing a file: %w", err))
			return
		}
		if w == nil {
			return // cancelled
		}
		// Fyne opened (and so emptied) the file; the report replaces it
		// atomically. An existing file was confirmed by the dialog.
		path := w.URI().Path()
		_ = w.Close()
		ex.write(path, base, other, f, wopts, opts)
	}, mw.Window)
	save.SetFileName(fileName(base.Label, other.Label, f))
	save.Resize(fyne.NewSize(900, 600))
	ex.modal(save, func() {}) // Enter belongs to the dialog's own entry
	save.Show()
}

// fileName suggests "base-vs-other.ext" with characters file systems
// dislike replaced.
func fileName(base, other string, f export.Format) string {
	clean := strings.NewReplacer("/", "-", "\\", "-", ":", "-", "*", "-", "?", "-", "\"", "-", "<", "-", ">", "-", "|", "-")
	return clean.Replace(base+"-vs-"+other) + f.Extension()
}

// write builds the report away from the UI goroutine, with a dialog
// saying so, and reports a failure.
func (ex *exporter) write(path string, base, other data.Version, f export.Format, wopts export.WriteOptions, opts export.Options) {
	mw := ex.mw
	busy := dialog.NewCustomWithoutButtons("Exporting", widget.NewProgressBarInfinite(), mw.Window)
	busy.Show()
	go func() {
		rep, err := ex.report(mw.ctx, base.ID, other.ID, opts)
		if err == nil {
			err = export.WriteFile(path, true, func(w io.Writer) error { return export.Write(w, f, rep, wopts) })
		}
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				mw.showError(fmt.Errorf("exporting: %w", err))
				return
			}
			mw.Status.SetText("Exported to " + path)
		})
	}()
}

// report loads and compares the pair as the window does (its languages
// decide whether it is aligned across languages and checked) and gathers
// its notes.
func (ex *exporter) report(ctx context.Context, baseID, otherID int64, opts export.Options) (*export.Report, error) {
	lib := ex.mw.opts.Library
	rep := &export.Report{Tool: "Variorum", Created: time.Now(), Options: opts}
	var texts, langs []string
	ids := []int64{baseID, otherID}
	for _, id := range ids {
		v, err := lib.Version(ctx, id)
		if err != nil {
			return nil, err
		}
		texts, langs = append(texts, v.Text), append(langs, v.Language)
		rep.Versions = append(rep.Versions, export.Version{Label: v.Label, Source: v.Source, URL: v.URL,
			Language: v.Language, Kind: v.Kind, FileName: v.FileName, SHA256: v.SHA256, Size: v.Size, ImportedAt: v.ImportedAt})
		if b, ok := ex.briefing(v.BriefingID); ok {
			rep.Briefing = b
		}
	}
	res, err := compare.Compare(ctx, texts, compare.Options{Languages: langs})
	if err != nil {
		return nil, err
	}
	rep.Result = res
	if res.Translated[1] {
		rep.Findings = compare.Check(res)
	}
	if nr, ok := lib.(noteReader); ok {
		notes, err := nr.Notes(ctx, ids...)
		if err != nil {
			return nil, err
		}
		for _, n := range notes {
			v := 0
			if n.VersionID == otherID {
				v = 1
			}
			rep.Notes = append(rep.Notes, export.Note{Version: v, Start: n.Start, End: n.End, Text: n.Text,
				CreatedAt: n.CreatedAt, UpdatedAt: n.UpdatedAt})
		}
	}
	return rep, nil
}

// briefing is the loaded briefing with the id, as a report holds it.
func (ex *exporter) briefing(id int64) (export.Briefing, bool) {
	for _, b := range ex.mw.VM.Briefings() {
		if b.ID == id {
			return export.Briefing{Slug: b.Slug, Title: b.Title, Date: b.Date, Place: b.Place, Speakers: b.Speakers, Note: b.Note}, true
		}
	}
	return export.Briefing{}, false
}
