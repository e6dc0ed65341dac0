package compare

import (
	"context"
	"slices"
	"testing"
)

func TestReadings(t *testing.T) {
	texts := []string{
		"He arrived on \"Monday\".\n\nThe talks were long.",
		"He arrived on “Monday”.\n\nThe talks were short.",
		"He arrived on \"Tuesday\".\n\nThe talks were long.",
		"He arrived on \"Monday\".\n\nThe talks were\nlong.",
	}
	res, err := Compare(context.Background(), texts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{0, 0, 1, 0}, {0, 1, 0, 0}}
	if len(res.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(res.Rows), len(want))
	}
	for i, row := range res.Rows {
		if got := res.Readings(row); !slices.Equal(got, want[i]) {
			t.Errorf("row %d: readings %v, want %v", i, got, want[i])
		}
	}
	if got := res.Readings(Row{Cells: []*Cell{nil, {Version: 1, Placeholder: true}}}); !slices.Equal(got, []int{-1, -1}) {
		t.Errorf("empty cells: %v", got)
	}
}

// TestReadingsIgnoreCase checks that versions differing only in letter
// case share a reading when the comparison ignored case, and only then.
func TestReadingsIgnoreCase(t *testing.T) {
	texts := []string{"The talks in Almaty were long.", "The talks in ALMATY were long."}
	for _, tt := range []struct {
		ignore bool
		want   []int
	}{{false, []int{0, 1}}, {true, []int{0, 0}}} {
		res, err := Compare(context.Background(), texts, Options{IgnoreCase: tt.ignore})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 1 {
			t.Fatalf("%d rows, want 1", len(res.Rows))
		}
		if got := res.Readings(res.Rows[0]); !slices.Equal(got, tt.want) {
			t.Errorf("IgnoreCase %v: readings %v, want %v", tt.ignore, got, tt.want)
		}
	}
}

func TestReadingLetter(t *testing.T) {
	for k, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := ReadingLetter(k); got != want {
			t.Errorf("ReadingLetter(%d) = %q, want %q", k, got, want)
		}
	}
}
