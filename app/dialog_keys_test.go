package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/variorum/variorum/assets"
	"github.com/variorum/variorum/data"
)

// pressKey delivers a key as the desktop driver does: to the focused
// widget if there is one, else to the window's handler.
func pressKey(c fyne.Canvas, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// TestFormKeysWithFocus: every form still closes on Escape and
// confirms on Enter once its first field has the keyboard.
func TestFormKeysWithFocus(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(mw *MainWindow)
	}{
		{"edit version", func(mw *MainWindow) { mw.showEditVersion(versionByLabel(t, mw.VM, "ru")) }},
		{"export", func(mw *MainWindow) { (&exporter{mw: mw}).start() }},
		{"move version", func(mw *MainWindow) { mw.showMoveVersion(versionByLabel(t, mw.VM, "ru")) }},
	} {
		for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
			t.Run(fmt.Sprintf("%s/%s", tc.name, k), func(t *testing.T) {
				mw, _ := sampleWindow(t)
				showPair(t, mw, "blog-en", "revised-en")
				c := mw.Window.Canvas()
				tc.open(mw)
				first := mw.dialogs.open
				pressKey(c, k)
				if mw.dialogs.open == first {
					t.Errorf("%s did nothing (focused: %T)", k, c.Focused())
				}
			})
		}
	}
}

// TestTipAfterThemeChange: a tip shown after View → Theme keeps its
// text readable on its background.
func TestTipAfterThemeChange(t *testing.T) {
	for _, to := range []string{themeDark} { // sampleWindow opens light
		t.Run(to, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			mw.setTheme(to)
			b := mw.bar.next
			b.MouseIn(&desktop.MouseEvent{})
			bg := b.tips.box.Objects[0].(*canvas.Rectangle)
			want := theme.Color(theme.ColorNameOverlayBackground)
			if !sameColor(bg.FillColor, want) {
				t.Errorf("tip background %v with text %v after switching to %s, want %v",
					bg.FillColor, b.tips.text.Color, to, want)
			}
		})
	}
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// TestImportBesideFullColumns: a version imported into the
// briefing on screen is shown, wherever the base sits among six columns;
// the base and the version followed stay, and the one that leaves is
// told.
func TestImportBesideFullColumns(t *testing.T) {
	for _, baseAt := range []int{0, 1, 5} {
		t.Run(fmt.Sprintf("base at %d", baseAt), func(t *testing.T) {
			mw, lib := sampleWindow(t)
			ctx := context.Background()
			blog := versionByLabel(t, mw.VM, "blog-en")
			var extra []int64
			for _, l := range []string{"x1", "x2", "new"} {
				v, err := lib.ImportBytes(ctx, l+".txt", []byte("Text "+l+" of the briefing.\n"),
					data.ImportOptions{BriefingID: blog.BriefingID, Label: l})
				if err != nil {
					t.Fatal(err)
				}
				extra = append(extra, v.ID)
			}
			if err := mw.VM.Load(ctx); err != nil {
				t.Fatal(err)
			}
			ids, _ := mw.VM.Columns()
			ids = append(ids, extra[:2]...)
			if len(ids) != MaxColumns {
				t.Fatalf("%d columns, want %d", len(ids), MaxColumns)
			}
			if err := mw.VM.SetColumns(ids, ids[baseAt]); err != nil {
				t.Fatal(err)
			}
			// The last column other than the base is followed: it stays,
			// and the one before it leaves, said.
			followed := ids[len(ids)-1]
			if followed == ids[baseAt] {
				followed = ids[len(ids)-2]
			}
			mw.VM.SetFollowed(followed)
			nv, _ := mw.VM.VersionByID(extra[2])
			dropped := mw.VM.showImported([]data.Version{nv})
			after, _ := mw.VM.Columns()
			if !slices.Contains(after, nv.ID) {
				t.Errorf("imported version %d not shown: columns %v (before %v)", nv.ID, after, ids)
			}
			if !slices.Contains(after, followed) || !slices.Contains(after, ids[baseAt]) {
				t.Errorf("columns %v: the base %d or the version followed %d left (before %v)", after, ids[baseAt], followed, ids)
			}
			if dropped == nil || slices.Contains(after, dropped.ID) || !slices.Contains(ids, dropped.ID) {
				t.Errorf("dropped %+v: want the version that left the columns %v (before %v)", dropped, after, ids)
			}
		})
	}
}

// TestSearchDialogKeys: Ctrl+Enter in the search field and Escape
// once Down has moved into the hits.
func TestSearchDialogKeys(t *testing.T) {
	for _, tc := range []struct {
		name     string
		act      func(c fyne.Canvas, e *dialogEntry)
		wantOpen bool
	}{
		{"Ctrl+Enter in the field keeps the dialog (it is not a form)", func(c fyne.Canvas, e *dialogEntry) {
			e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
		}, true},
		{"Escape in the hits closes the dialog", func(c fyne.Canvas, e *dialogEntry) {
			pressKey(c, fyne.KeyDown) // into the hits
			pressKey(c, fyne.KeyEscape)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			c := mw.Window.Canvas()
			mw.showSearchDialog()
			e := c.Focused().(*dialogEntry)
			test.Type(e, "Almaty")
			pressKey(c, fyne.KeyReturn) // search
			tc.act(c, e)
			if open := mw.dialogs.open != nil; open != tc.wantOpen {
				t.Errorf("dialog open %v, want %v (focused %T)", open, tc.wantOpen, c.Focused())
			}
		})
	}
}

// TestExportKeysAfterTab: Tab onto the export dialog's choice or check
// boxes leaves Enter and Escape answering the dialog.
func TestExportKeysAfterTab(t *testing.T) {
	for tabs := 1; tabs <= 2; tabs++ {
		for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
			t.Run(fmt.Sprintf("tab%d/%s", tabs, k), func(t *testing.T) {
				mw, _ := sampleWindow(t)
				showPair(t, mw, "blog-en", "revised-en")
				c := mw.Window.Canvas()
				(&exporter{mw: mw}).start()
				for range tabs {
					c.FocusNext()
				}
				first := mw.dialogs.open
				pressKey(c, k)
				if mw.dialogs.open == first {
					t.Errorf("%s did nothing (focused: %T)", k, c.Focused())
				}
			})
		}
	}
}

// TestPasteBesideTheBase: a version pasted from the clipboard is shown as
// one imported is, beside the base; with the columns full, the version
// followed stays and the one that leaves is told, where pasting used to
// fail with "untick one first" once the version was in the library.
func TestPasteBesideTheBase(t *testing.T) {
	mw, lib := sampleWindow(t)
	ctx := context.Background()
	blog := versionByLabel(t, mw.VM, "blog-en")
	ids, base := mw.VM.Columns()
	for _, l := range []string{"x1", "x2"} {
		v, err := lib.ImportBytes(ctx, l+".txt", []byte("Text "+l+" of the briefing.\n"), data.ImportOptions{BriefingID: blog.BriefingID, Label: l})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	if err := mw.VM.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := mw.VM.SetColumns(ids, base); err != nil {
		t.Fatal(err)
	}
	followed := ids[len(ids)-1]
	mw.VM.SetFollowed(followed)
	mw.app.Clipboard().SetContent("A statement copied from a web page.\n")
	mw.showPasteDialog()
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Add
	after, b := mw.VM.Columns()
	pasted := versionByLabel(t, mw.VM, "pasted")
	if k := slices.Index(after, pasted.ID); b != base || k != slices.Index(after, base)+1 {
		t.Errorf("columns %v (base %d): the pasted version %d is not beside the base", after, b, pasted.ID)
	}
	if !slices.Contains(after, followed) {
		t.Errorf("columns %v: the version followed %d left", after, followed)
	}
	var said string
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			said += l.Text
		}
	})
	if !strings.Contains(said, "left the comparison to make room for pasted") {
		t.Errorf("the dialog on top says %q; want which version left", said)
	}
}

// focusButton moves the keyboard by Tab to the dialog's button labelled
// label.
func focusButton(t *testing.T, c fyne.Canvas, label string) {
	t.Helper()
	for range 30 {
		c.FocusNext()
		if b, ok := c.Focused().(*dialogButton); ok && b.Text == label {
			return
		}
	}
	t.Fatalf("Tab never reached a %q button (focused: %T)", label, c.Focused())
}

// TestDialogButtonKeysAfterTab: a dialog's button Tab reached presses
// itself on Enter as on Space, and Escape still closes the dialog, where
// Fyne's buttons took Space alone and swallowed the rest.
func TestDialogButtonKeysAfterTab(t *testing.T) {
	for _, tc := range []struct {
		button      string
		key         fyne.KeyName
		wantDeleted bool
	}{
		{"Delete", fyne.KeyEscape, false},
		{"Cancel", fyne.KeyEscape, false},
		{"Cancel", fyne.KeyReturn, false},
		{"Delete", fyne.KeyReturn, true},
		{"Delete", fyne.KeyEnter, true},
		{"Delete", fyne.KeySpace, true},
	} {
		t.Run(fmt.Sprintf("%s/%s", tc.button, tc.key), func(t *testing.T) {
			mw, _ := sampleWindow(t)
			c := mw.Window.Canvas()
			v := versionByLabel(t, mw.VM, "abridged-en")
			mw.confirmDelete(v)
			focusButton(t, c, tc.button)
			pressKey(c, tc.key)
			_, kept := mw.VM.VersionByID(v.ID)
			if kept == tc.wantDeleted || mw.dialogs.open != nil {
				t.Errorf("version kept %v (want %v), dialog open %v (want closed)", kept, !tc.wantDeleted, mw.dialogs.open != nil)
			}
		})
	}
	for _, tc := range []struct {
		name, button string
		open         func(mw *MainWindow)
	}{
		{"about", "Close", func(mw *MainWindow) { mw.showAbout() }},
		{"keyboard", "Close", func(mw *MainWindow) { mw.showKeysDialog() }},
		{"search", "Search", func(mw *MainWindow) { mw.showSearchDialog() }},
		{"message", "OK", func(mw *MainWindow) { mw.dialogs.inform("Library", "A notice.") }},
		{"error", "OK", func(mw *MainWindow) { mw.showError(errors.New("the file is empty")) }},
		{"edit version", "Save", func(mw *MainWindow) { mw.showEditVersion(versionByLabel(t, mw.VM, "ru")) }},
	} {
		t.Run(tc.name+"/Escape", func(t *testing.T) {
			mw, _ := sampleWindow(t)
			c := mw.Window.Canvas()
			tc.open(mw)
			focusButton(t, c, tc.button)
			pressKey(c, fyne.KeyEscape)
			if mw.dialogs.open != nil {
				t.Errorf("Escape on %q left the dialog open", tc.button)
			}
		})
	}
}

// TestImportAlreadyInLibrarySaysWhere: a file whose text the library holds
// in another briefing is shown where it is, and the message names that
// version and briefing and how to bring it over, where it said "these
// files were imported before" and the window changed briefing unasked.
func TestImportAlreadyInLibrarySaysWhere(t *testing.T) {
	mw, _ := sampleWindow(t)
	text, err := fs.ReadFile(assets.Sample(), "blog-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "copy.txt")
	if err := os.WriteFile(file, text, 0o644); err != nil {
		t.Fatal(err)
	}
	mw.ImportPaths([]string{file})
	tapDialogButton(t, mw, "New briefing")
	var said string
	walkObjects(mw.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			said += l.Text
		}
	})
	for _, want := range []string{"as blog-en (in ", "Move to briefing"} {
		if !strings.Contains(said, want) {
			t.Errorf("the dialog says %q; want %q in it", said, want)
		}
	}
}

// TestKeysDialogFitsASmallWindow: the keyboard list scrolls inside a
// dialog that fits an 800×600 window, where it ran past its edges.
func TestKeysDialogFitsASmallWindow(t *testing.T) {
	mw, _ := sampleWindow(t)
	mw.Window.Resize(fyne.NewSize(800, 600))
	mw.showKeysDialog()
	if got := mw.dialogs.open.MinSize(); got.Width > 800 || got.Height > 600 {
		t.Errorf("the keyboard dialog needs %v in an 800×600 window", got)
	}
	// As wide as the window lets it (the list is wider) and about as tall
	// as the list: the scroll's own least size is tiny.
	pop, ok := mw.Window.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		t.Fatalf("the dialog on top is a %T", mw.Window.Canvas().Overlays().Top())
	}
	if got := pop.Content.Size(); got.Width > 800*textDialogWinShare || got.Width < 700 || got.Height > 600*textDialogWinShare || got.Height < 400 {
		t.Errorf("the keyboard dialog is %v in an 800×600 window, want the window's %v", got, textDialogWinShare)
	}
}

// TestImportedRenderingComesAfterItsLanguage: a corrected rendering
// imported beside the source and the rendering it corrects comes after
// that one, as it came after it, so that its change reads from the old
// wording to the new, as the command line says it, not the reverse.
func TestImportedRenderingComesAfterItsLanguage(t *testing.T) {
	mw, lib := sampleWindow(t)
	ctx := context.Background()
	showPair(t, mw, "ru", "blog-en")
	blog := versionByLabel(t, mw.VM, "blog-en")
	text, err := os.ReadFile("../assets/sample/blog-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	nv, err := lib.ImportBytes(ctx, "corrected.txt", []byte(strings.Replace(string(text), "dour look", "stern look", 1)),
		data.ImportOptions{BriefingID: blog.BriefingID, Label: "corrected"})
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.VM.Load(ctx); err != nil {
		t.Fatal(err)
	}
	mw.VM.showImported([]data.Version{*nv})
	ids, _ := mw.VM.Columns()
	if len(ids) != 3 || ids[1] != blog.ID || ids[2] != nv.ID {
		t.Fatalf("columns %v, want ru, blog-en %d, corrected %d", ids, blog.ID, nv.ID)
	}
	found := false
	for _, c := range mw.VM.Comparison().Changes {
		if c.Before == "dour" || c.After == "dour" {
			found = true
			if c.Before != "dour" || c.After != "stern" || c.Column != 2 {
				t.Errorf("change %q → %q in column %d, want dour → stern in corrected's", c.Before, c.After, c.Column)
			}
		}
	}
	if !found {
		t.Error("no change of dour")
	}
}
