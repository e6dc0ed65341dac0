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

// TestCharacterReferences checks that an HTML character reference left in
// text copied from a page's source ("&quot;", "&#8212;", "&nbsp;") is the
// character it stands for: typography, a trivial change, flagged no
// number; and that a reference put for a word, or a name that is no
// reference, is a change as any other.
func TestCharacterReferences(t *testing.T) {
	tests := []struct {
		name, a, b  string
		wantTrivial bool
	}{
		{"quotation marks", `He said "no" at once.`, "He said &quot;no&quot; at once.", true},
		{"a dash by its number", "Syria \u2014 and Iran agreed.", "Syria &#8212; and Iran agreed.", true},
		{"a dash by its number in hexadecimal", "Syria \u2014 and Iran agreed.", "Syria &#x2014; and Iran agreed.", true},
		{"an ampersand", "Syria & Iran agreed.", "Syria &amp; Iran agreed.", true},
		{"a no-break space", "the\u00a0proposal was made", "the&nbsp;proposal was made", true},
		{"guillemets and a dash", "«нет» — ответил он.", "&laquo;нет&raquo; &mdash; ответил он.", true},
		{"a reference put for a word", "Syria and Iran agreed.", "Syria &amp; Iran agreed.", false},
		{"a name that is no reference", "Use &foo; here.", "Use &bar; here.", false},
		{"a currency sign by its number", "The figure was &#8364;5bn on Monday.", "The figure was \u20ac5bn on Monday.", true},
		{"a dollar sign by its number", "The figure was &#36;5m on Monday.", "The figure was $5m on Monday.", true},
		{"a per cent sign by its number", "The figure was 40&#37; on Monday.", "The figure was 40% on Monday.", true},
		{"a hyphen by its number", "A well&#45;known figure.", "A well-known figure.", true},
		{"a minus sign by its name", "It fell to &minus;5 degrees.", "It fell to \u22125 degrees.", true},
	}
	// A reference to part of an amount is read as that part: a minus, a
	// currency sign, a fraction, a power.
	numbers := []struct{ name, a, b string }{
		{"a minus taken out", "The rate rose &#8722;0.5 points.", "The rate rose 0.5 points."},
		{"a minus by its name taken out", "The rate rose &minus;0.5 points.", "The rate rose 0.5 points."},
		{"a minus by its name after a year taken out", "GDP growth in 2023 &minus;0.3%, in 2024 0.2%.", "GDP growth in 2023 0.3%, in 2024 0.2%."},
		{"a minus apart from its number taken out", "Overnight it fell to \u2212 15 degrees.", "Overnight it fell to 15 degrees."},
		{"a currency by its name changed", "The fund holds &euro;5bn now.", "The fund holds $5bn now."},
		{"two currencies by their names", "The fund holds &pound;5bn now.", "The fund holds &euro;5bn now."},
		{"a fraction changed", "The rate rose by &frac12; point.", "The rate rose by &frac14; point."},
		{"a power changed", "The plot is 40 km&sup2; in all.", "The plot is 40 km&sup3; in all."},
	}
	// A minus between numbers is a range's or a difference's dash.
	for _, tt := range []struct{ name, a, b string }{
		{"a season's dash", "The season 2019 \u2212 2020 was cancelled.", "The season 2019/2020 was cancelled."},
		{"a score's dash", "It ended 3 \u2212 2 in the end.", "It ended 3 to 2 in the end."},
		{"a range of dates", "Die Messe läuft vom 1. \u2212 5. Juni in Berlin.", "Die Messe läuft vom 1. bis 5. Juni in Berlin."},
		{"a range of hours", "Geöffnet ist von 10 Uhr \u2212 18 Uhr täglich.", "Geöffnet ist von 10 Uhr bis 18 Uhr täglich."},
		{"a minus as a list's bullet", "Bilanz:\n\u2212 2 Tote\n\u2212 5 Verletzte\n", "Bilanz:\n\u2022 2 Tote\n\u2022 5 Verletzte\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range nonTrivial(mustCompare(t, Options{Languages: []string{"en", "en"}}, tt.a, tt.b)) {
				if c.HasFlag(FlagNumber) {
					t.Errorf("%q -> %q flagged number", c.AText, c.BText)
				}
			}
		})
	}
	for _, tt := range numbers {
		t.Run(tt.name, func(t *testing.T) {
			cs := nonTrivial(mustCompare(t, Options{Languages: []string{"en", "en"}}, tt.a, tt.b))
			if len(cs) == 0 || !cs[0].HasFlag(FlagNumber) {
				t.Errorf("changes %+v, want one flagged number", cs)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{Languages: []string{"", ""}}, tt.a, tt.b)
			if len(r.Changes) == 0 {
				t.Fatalf("no change found")
			}
			for _, c := range r.Changes {
				if c.Trivial != tt.wantTrivial || c.HasFlag(FlagNumber) {
					t.Errorf("trivial %v, flags %v (want trivial %v, no number): %q -> %q", c.Trivial, c.Flags, tt.wantTrivial, c.AText, c.BText)
				}
			}
		})
	}
}
