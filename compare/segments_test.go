package compare

import (
	"strings"
	"testing"
)

func TestSliceSegments(t *testing.T) {
	text := "aaa bbb ccc"
	segs := []Segment{
		{Start: 0, End: 4, Text: "aaa ", Kind: Equal},
		{Start: 4, End: 7, Text: "bbb", Kind: Replace},
		{Start: 7, End: 11, Text: " ccc", Kind: Equal},
	}
	got := SliceSegments(segs, 2, 9)
	var b strings.Builder
	for _, s := range got {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("segment %+v does not match its offsets", s)
		}
		b.WriteString(s.Text)
	}
	if b.String() != "a bbb c" || len(got) != 3 || got[1].Kind != Replace {
		t.Errorf("SliceSegments = %+v", got)
	}
	if len(SliceSegments(segs, 11, 11)) != 0 {
		t.Error("empty range gave segments")
	}
}

// TestSegmentsAroundMoves cuts a text with two moves, given out of order,
// a word change inside the second and a deletion after it: unchanged text
// inside a move is the move's, and the word change keeps its own kind.
func TestSegmentsAroundMoves(t *testing.T) {
	text := "0123456789abcdefghij"
	r := &Result{Texts: []string{text, ""}, Base: 0, Changes: []Change{
		{Kind: Move, A: 0, B: 1, AStart: 8, AEnd: 12},
		{Kind: Replace, A: 0, B: 1, AStart: 9, AEnd: 10},
		{Kind: Move, A: 0, B: 1, AStart: 2, AEnd: 5},
		{Kind: Delete, A: 0, B: 1, AStart: 15, AEnd: 17},
	}}
	want := []struct {
		s, e int
		k    Kind
	}{{0, 2, Equal}, {2, 5, Move}, {5, 8, Equal}, {8, 9, Move}, {9, 10, Replace}, {10, 12, Move},
		{12, 15, Equal}, {15, 17, Delete}, {17, 20, Equal}}
	got := r.Segments(0, 1, 0, len(text))
	if len(got) != len(want) {
		t.Fatalf("%d segments, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if g := got[i]; g.Start != w.s || g.End != w.e || g.Kind != w.k || g.Text != text[w.s:w.e] {
			t.Errorf("segment %d: [%d,%d) %v %q, want [%d,%d) %v", i, g.Start, g.End, g.Kind, g.Text, w.s, w.e, w.k)
		}
	}
}

// TestSegmentCaseOnly: only a replacement flagged case, and not trivial
// (as with IgnoreCase), is the same words in other letter case.
func TestSegmentCaseOnly(t *testing.T) {
	tests := []struct {
		seg  Segment
		want bool
	}{
		{Segment{Kind: Replace, Flags: []string{FlagCase}}, true},
		{Segment{Kind: Replace, Flags: []string{FlagCase}, Trivial: true}, false},
		{Segment{Kind: Replace, Flags: []string{FlagNumber}}, false},
		{Segment{Kind: Replace}, false},
		{Segment{Kind: Insert, Flags: []string{FlagCase}}, false},
		{Segment{Kind: Equal}, false},
	}
	for _, tt := range tests {
		if got := tt.seg.CaseOnly(); got != tt.want {
			t.Errorf("%+v: CaseOnly = %v, want %v", tt.seg, got, tt.want)
		}
	}
}

// TestTextSegmentsMarkRenderingAgainstItsRevision: with Russian as the
// base, the first English rendering is compared with no version, and the
// English revision is word-diffed against it; the rendering's text marks
// what the revision removed, as the base's marks what a revision of its
// own removed, and the revision's marks what it added.
func TestTextSegmentsMarkRenderingAgainstItsRevision(t *testing.T) {
	ru := "Министр встретился с коллегами в Москве. Переговоры прошли в дружеской атмосфере."
	en := "The minister met his colleagues in Moscow. The talks were held in a friendly atmosphere."
	revised := "The minister met colleagues in Moscow. The talks were held in a very friendly atmosphere."
	r, err := Compare(t.Context(), []string{ru, en, revised}, Options{Languages: []string{"ru", "en", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Reference[2] != 1 {
		t.Fatalf("Reference = %v, want the revision against the rendering", r.Reference)
	}
	for v, want := range []int{-1, 2, -1} {
		if got := r.MarkedAgainst(v); got != want {
			t.Errorf("MarkedAgainst(%d) = %d, want %d", v, got, want)
		}
	}
	marked := func(segs []Segment, kind Kind) string {
		var b strings.Builder
		for _, s := range segs {
			if s.Kind == kind {
				b.WriteString("[" + s.Text + "]")
			}
		}
		return b.String()
	}
	segs := r.TextSegments()
	for _, tc := range []struct {
		v    int
		kind Kind
		want string
	}{
		{0, Delete, ""},
		{1, Delete, "[his]"},
		{1, Insert, ""},
		{2, Insert, "[very]"},
		{2, Delete, ""},
	} {
		if got := marked(segs[tc.v], tc.kind); got != tc.want {
			t.Errorf("version %d marks %v %q, want %q", tc.v, tc.kind, got, tc.want)
		}
	}
}
