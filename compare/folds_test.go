package compare

import "testing"

// TestReadingsProperties: over random rows of up to 11 versions, mixed
// folds, case ignored or not, and empty cells, readings are numbered from
// 0 in version order without gaps, -1 for an empty cell, and cells of
// one fold with the same key or bytes share one.
func TestReadingsProperties(t *testing.T) {
	pool := []string{"IRAN", "Iran", "iran", "ıran", "İRAN", "İran", "ILIK", "ilik", "ılık", "Ilık", "", "x"}
	seed := uint32(1)
	rnd := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	for iter := 0; iter < 20000; iter++ {
		nv := 2 + rnd(10)
		r := &Result{Options: Options{IgnoreCase: rnd(2) == 0}}
		var row Row
		for v := 0; v < nv; v++ {
			s := pool[rnd(len(pool))]
			r.Texts = append(r.Texts, s)
			r.turkic = append(r.turkic, rnd(2) == 0)
			if rnd(8) == 0 {
				row.Cells = append(row.Cells, nil)
				continue
			}
			row.Cells = append(row.Cells, &Cell{Version: v, Start: 0, End: len(s)})
		}
		got := r.Readings(row)
		next := 0
		for v, n := range got {
			c := row.Cells[v]
			if c == nil || c.End <= c.Start {
				if n != -1 {
					t.Fatalf("empty cell %d reading %d", v, n)
				}
				continue
			}
			if n > next || n < 0 {
				t.Fatalf("numbering %v (texts %q turkic %v)", got, r.Texts, r.turkic)
			}
			if n == next {
				next++
			}
			for w := 0; w < v; w++ {
				if got[w] < 0 {
					continue
				}
				kv := newKeyer(r.Options, r.turkic[v]).joinedKey(r.Texts[v])
				kw := newKeyer(r.Options, r.turkic[w]).joinedKey(r.Texts[w])
				if r.turkic[v] == r.turkic[w] && kv == kw && got[v] != got[w] {
					t.Fatalf("same fold same key, readings differ: %v %q %v", got, r.Texts, r.turkic)
				}
				if r.Texts[v] == r.Texts[w] && r.turkic[v] == r.turkic[w] && got[v] != got[w] {
					t.Fatalf("same bytes same fold differ: %v %q %v", got, r.Texts, r.turkic)
				}
			}
		}
	}
}
