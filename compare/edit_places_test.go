package compare

import (
	"strings"
	"testing"
)

// TestPlaceAtLineStarts checks where in the other version a deleted or
// inserted sentence or word is placed: at the start of the paragraph or
// line it opened, not at the end of the one before.
func TestPlaceAtLineStarts(t *testing.T) {
	tests := []struct {
		name, a, b string
		text       string // the deleted or inserted text
		place      string // the other version's text from the place on
	}{
		{name: "deleted at a paragraph's start", a: "Kept one here. Kept two here.\n\nGone now here. Kept three here.\n",
			b: "Kept one here. Kept two here.\n\nKept three here.\n", text: "Gone now here.", place: "Kept three here.\n"},
		{name: "inserted at a paragraph's start", a: "Kept one here. Kept two here.\n\nKept three here.\n",
			b: "Kept one here. Kept two here.\n\nNew one here. Kept three here.\n", text: "New one here.", place: "Kept three here.\n"},
		{name: "deleted at a paragraph's end", a: "Kept one here. Gone now here.\n\nKept two here. Kept three here.\n",
			b: "Kept one here.\n\nKept two here. Kept three here.\n", text: "Gone now here.", place: "\n\nKept two here. Kept three here.\n"},
		{name: "deleted with crlf", a: "Kept one here. Kept two here.\r\n\r\nGone now here. Kept three here.\r\n",
			b: "Kept one here. Kept two here.\r\n\r\nKept three here.\r\n", text: "Gone now here.", place: "Kept three here.\r\n"},
		{name: "a word deleted at a wrapped line's start", a: "We want to invest heavily in the\nregional bus network now.\n",
			b: "We want to invest heavily in the\nbus network now.\n", text: "regional", place: "bus network now.\n"},
		{name: "a word inserted at a wrapped line's start", a: "We want to invest heavily in the\nbus network now.\n",
			b: "We want to invest heavily in the\nregional bus network now.\n", text: "regional", place: "bus network now.\n"},
		{name: "a word deleted at the start of a line after a semicolon", a: "We need three things;\nregional buses and roads now.\n",
			b: "We need three things;\nbuses and roads now.\n", text: "regional", place: "buses and roads now.\n"},
		{name: "a sentence deleted at a wrapped line's start", a: "We invest in buses and more.\nTrains come soon. Roads are planned.\n",
			b: "We invest in buses and more.\nRoads are planned.\n", text: "Trains come soon.", place: "Roads are planned.\n"},
		{name: "an item deleted before the next item stays after the one before", a: "Steps:\n1. Pay now.\n2. Go home.\n3. Rest.\n",
			b: "Steps:\n1. Pay now.\n3. Rest.\n", text: "2. Go home.", place: "\n3. Rest.\n"},
		{name: "deleted at the last paragraph's end", a: "Kept one here. Kept two here.\n\nKept three here. Gone now here.\n",
			b: "Kept one here. Kept two here.\n\nKept three here.\n", text: "Gone now here.", place: "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			checkInvariants(t, r)
			var found bool
			for _, c := range nonTrivial(r) {
				switch {
				case c.Kind == Delete && c.AText == tt.text:
					found = true
					if got := tt.b[c.BStart:]; got != tt.place {
						t.Errorf("deletion placed before %q, want before %q", got, tt.place)
					}
				case c.Kind == Insert && c.BText == tt.text:
					found = true
					if got := tt.a[c.AStart:]; got != tt.place {
						t.Errorf("insertion placed before %q, want before %q", got, tt.place)
					}
				}
			}
			if !found {
				t.Fatalf("no change of %q in %s", tt.text, strings.Join(describe(nonTrivial(r)), ", "))
			}
		})
	}
}
