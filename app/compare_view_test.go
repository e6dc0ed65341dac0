package app

import (
	"reflect"
	"testing"
)

// TestWithQueryMatchesFullPreparation checks the find bar's shortcut (only
// the cells whose highlights change are measured again) against preparing
// every row anew with the query, for a query typed, extended, changed and
// cleared.
func TestWithQueryMatchesFullPreparation(t *testing.T) {
	res := largeResult(t, 64<<10)
	table, _ := res.MovesInPlace()
	rows := BuildRows(res, table)
	m := NewMeasurer()
	const size = 14
	p := prepareRows(m, rows, size)
	for _, q := range []string{"Mos", "Moscow", "the", "1,000", "", "zzz-not-there"} {
		p = p.withQuery(m, q)
		want := prepareRowsFinding(m, rows, size, q)
		if !reflect.DeepEqual(p.runs, want.runs) || !reflect.DeepEqual(p.cells, want.cells) {
			t.Fatalf("query %q: the shortcut's rows differ from a full preparation", q)
		}
	}
}
