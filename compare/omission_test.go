package compare

import (
	"context"
	"strings"
	"testing"
)

// TestSampleOmissions drops, one at a time, each sentence of the sample's
// English rendering that stands alone in its row against one Russian
// sentence, and counts how often Check then reports the Russian sentence
// as not rendered (an omission, or a possible one in a merged row); and
// how many possible omissions and additions it reports on the rendering
// as it is, where every one is a false alarm.
func TestSampleOmissions(t *testing.T) {
	ru := sampleText(t, "ru.txt")
	en := sampleText(t, "blog-en.txt")
	opts := Options{Languages: []string{"ru", "en"}}
	res, err := Compare(context.Background(), []string{ru, en}, opts)
	if err != nil {
		t.Fatal(err)
	}
	alarms := 0
	for _, f := range Check(res) {
		if f.Kind == FindingPossibleOmission || f.Kind == FindingPossibleAddition {
			alarms++
		}
	}
	var pairs [][2]string // a Russian sentence and its English one
	seen := 0
	for _, row := range res.Rows {
		s, e := row.Cells[0], row.Cells[1]
		if s == nil || e == nil {
			continue
		}
		st, et := res.cellText(s), res.cellText(e)
		if len(splitSynthSentences(st)) == 1 && len(splitSynthSentences(et)) == 1 && strings.Count(en, et) == 1 {
			seen++
			if seen%2 == 1 { // every other one, which is enough to tell
				pairs = append(pairs, [2]string{st, et})
			}
		}
	}
	found := 0
	for _, p := range pairs {
		edited := strings.Replace(en, p[1], "", 1)
		res, err := Compare(context.Background(), []string{ru, edited}, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range Check(res) {
			if f.Kind != FindingOmission && f.Kind != FindingPossibleOmission {
				continue
			}
			hit := false
			for r := f.Row; r <= f.LastRow; r++ {
				if c := res.Rows[r].Cells[0]; c != nil && strings.Contains(res.cellText(c), p[0]) {
					hit = true
				}
			}
			if hit {
				found++
				break
			}
		}
	}
	recall := float64(found) / float64(max(len(pairs), 1))
	t.Logf("omissions found %d of %d (%.2f); false alarms on the rendering as it is: %d", found, len(pairs), recall, alarms)
	// The floor is a little under what is found. The one alarm allowed is the blogger's own "[My Emphasis]", in a row with
	// a sentence it follows: an addition in truth.
	if recall < 0.83 || alarms > 1 {
		t.Errorf("omissions found %.2f, false alarms %d: want at least 0.83 and at most 1", recall, alarms)
	}
}
