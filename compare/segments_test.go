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
