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

// TestReadingsFollowEachFold: a version's reading is keyed with its own
// case fold, as its word diff is: two Turkish renderings of an English
// base that differ in ı and I read differently, and two English
// renderings of a Turkish base that differ in case alone read alike.
func TestReadingsFollowEachFold(t *testing.T) {
	for _, tc := range []struct {
		langs []string
		texts []string
	}{
		{[]string{"en", "tr", "tr"}, []string{"The red apple is here.", "KIRMIZI elma burada.", "Kirmizi elma burada."}},
		{[]string{"tr", "en", "en"}, []string{"Kırmızı elma burada.", "INDIA is here.", "India is here."}},
		{[]string{"tr", "en", "en"}, []string{"IRAN is here.", "Iran is here.", "IRAN is here."}},
	} {
		r := mustCompare(t, Options{IgnoreCase: true, Languages: tc.langs}, tc.texts...)
		differ := false // renderings 1 and 2, word-diffed against each other
		for _, c := range nonTrivial(r) {
			differ = differ || c.A == 1 && c.B == 2
		}
		for _, row := range r.Rows {
			if got := r.Readings(row); (got[1] != got[2]) != differ {
				t.Errorf("%q: readings %v, while the renderings' word diff has changes: %v", tc.texts, got, differ)
			}
		}
	}
}
