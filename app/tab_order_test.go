package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestTabFollowsReadingOrder: Tab goes through the window as it reads,
// from the top left: the toolbar from its left end, the library, the
// find bar when it is open, the rows, then the change list beside them.
func TestTabFollowsReadingOrder(t *testing.T) {
	for _, tc := range []struct {
		name     string
		findOpen bool
	}{
		{"find bar closed", false},
		{"find bar open", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mw, _ := sampleWindow(t)
			c := mw.Window.Canvas()
			names := map[fyne.Focusable]string{
				mw.bar.versions: "versions", mw.bar.base: "base", mw.bar.swap: "swap",
				mw.bar.filters: "filters", mw.bar.prev: "previous", mw.bar.next: "next",
				mw.Library.tree: "library", mw.find.entry: "find", mw.View.list: "rows",
				mw.side.changes: "changes",
			}
			want := []string{"versions", "base", "swap", "filters", "previous", "next", "library", "rows", "changes"}
			if tc.findOpen {
				mw.find.open()
				c.Unfocus()
				want = []string{"versions", "base", "swap", "filters", "previous", "next", "library", "find"}
			}
			var got []string
			for range want {
				c.FocusNext()
				name, ok := names[c.Focused()]
				if !ok {
					t.Fatalf("after %v, Tab focused %T", got, c.Focused())
				}
				got = append(got, name)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("Tab order %v, want %v", got, want)
				}
			}
		})
	}
}
