package compare

import (
	"slices"
	"testing"
)

// describeAll writes every change as describe does, a trivial one
// marked "~", so that a test sees the typography changes too.
func describeAll(cs []Change) []string {
	var out []string
	for _, c := range cs {
		d := string(c.Kind) + ":" + c.AText + ">" + c.BText
		if c.Trivial {
			d = "~" + d
		}
		out = append(out, d)
	}
	return out
}

// TestIgnorePunctuationGaps: with punctuation ignored, the stretch between
// two equal words holds white space and the marks no longer compared. A
// change there is what differs in it, no more: a comma on both sides is
// no change, white space changed beside it is, and a mark added or taken
// out is an insertion or a deletion, never a replacement of nothing.
// checkInvariants (through mustCompare) holds every change's texts to its
// offsets and its two sides apart.
func TestIgnorePunctuationGaps(t *testing.T) {
	ignore := Options{IgnorePunctuation: true}
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{name: "a comma kept, its space wrapped", a: "analytical units, including consultations.",
			b: "analytical units,\nincluding consultations.", want: []string{"~replace: >\n"}},
		{name: "a comma kept, a space added after it", a: "units, including them.", b: "units,  including them.",
			want: []string{"~insert:> "}},
		{name: "a comma added before a paragraph break", a: "Good afternoon\n\nWe met today.",
			b: "Good afternoon,\n\nWe met today.", want: []string{"~insert:>,"}},
		{name: "a comma added inside a sentence", a: "Yes we can do it.", b: "Yes, we can do it.",
			want: []string{"~insert:>,"}},
		{name: "a comma taken out inside a sentence", a: "Yes, we can do it.", b: "Yes we can do it.",
			want: []string{"~delete:,>"}},
		{name: "a comma for a semicolon", a: "We came, we saw.", b: "We came; we saw.",
			want: []string{"~replace:,>;"}},
		{name: "marks whose bytes share ends", a: "one\u2026two three.", b: "one\u2e26two three.",
			want: []string{"~replace:\u2026>\u2e26"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, ignore, tt.a, tt.b)
			if got := describeAll(r.Changes); !slices.Equal(got, tt.want) {
				t.Errorf("changes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
