package app

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestCheckLibraryFromWindow: File → Check library… says the sample
// library is sound, and names the version whose text another program
// changed.
func TestCheckLibraryFromWindow(t *testing.T) {
	mw, lib := sampleWindow(t)
	var check *fyne.MenuItem
	for _, it := range mw.Window.MainMenu().Items[0].Items {
		if it.Label == "Check library…" {
			check = it
		}
	}
	if check == nil || check.Disabled {
		t.Fatalf("no Check library… in the File menu, or disabled: %+v", check)
	}
	shown := func() string {
		top := mw.Window.Canvas().Overlays().Top()
		if top == nil {
			t.Fatal("no dialog")
		}
		return strings.Join(labelTexts(top), "\n")
	}
	check.Action()
	if got := shown(); !strings.Contains(got, "The library is sound") || !strings.Contains(got, "4 versions") {
		t.Errorf("sound library: the dialog reads %q", got)
	}
	mw.dialogs.open.Hide()

	db, err := sql.Open("sqlite", lib.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(context.Background(), `UPDATE versions SET text_sha256 = '00' WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	check.Action()
	if got := shown(); !strings.Contains(got, "1 problem found") || !strings.Contains(got, "version 3 (") {
		t.Errorf("a changed text: the dialog reads %q", got)
	}
}

// labelTexts returns the text of every label in o, in order.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	switch w := o.(type) {
	case *widget.Label:
		return []string{w.Text}
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, labelTexts(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, labelTexts(c)...)
		}
	}
	return out
}

// TestVerifyMessage: the dialog lists a few problems and says how many it
// leaves out.
func TestVerifyMessage(t *testing.T) {
	var problems []error
	for i := range 11 {
		problems = append(problems, fmt.Errorf("version %d: damaged", i+1))
	}
	tests := []struct {
		problems []error
		readOnly bool
		want     []string
		not      []string
	}{
		{nil, false, []string{"its search index and the text of 4 versions"}, []string{"write access"}},
		{nil, true, []string{"text of 4 versions", "checked only with write access"}, nil},
		{problems[:2], false, []string{"2 problems found (4 versions read)", "• version 2: damaged"}, []string{"more"}},
		{problems, false, []string{"11 problems found", "• version 8: damaged", "and 3 more"}, []string{"version 9:"}},
	}
	for _, tt := range tests {
		got := verifyMessage(4, tt.problems, tt.readOnly)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%d problems: no %q in %q", len(tt.problems), w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%d problems: %q in %q", len(tt.problems), w, got)
			}
		}
	}
}
