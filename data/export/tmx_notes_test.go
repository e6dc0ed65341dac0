package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"slices"
	"strings"
	"testing"

	"github.com/variorum/variorum/compare"
)

// TestTMXNotesCountLaidOutRows: a translation memory's note naming rows
// besides its own (a name's other rendering, a moved passage's other
// end) counts them as the unit's row property, every export and the
// window do: the rows laid out, which a passage another version moved
// shifts (here, by one from the first row on).
func TestTMXNotesCountLaidOutRows(t *testing.T) {
	r := &Report{Findings: []compare.Finding{
		{Kind: compare.FindingName, Version: 1, Row: 5, LastRow: 5, OtherRow: 3, OtherLastRow: 3,
			Source: "Небензя", Target: "Nebenzya, Nebenzia"},
		{Kind: compare.FindingMoved, Version: 1, Row: 2, LastRow: 2, OtherRow: 6, OtherLastRow: 7, Target: "The ministers"},
	}}
	rowOf := []int{1, 2, 3, 4, 5, 6, 7, 8}
	notes := r.findingsByRow(1, "", rowOf)
	for row, want := range map[int]string{
		5: "Небензя rendered as Nebenzya (row 5), Nebenzia",
		2: "moved in the rendering, from rows 8-9 of the source",
	} {
		if len(notes[row]) != 1 || notes[row][0] != want {
			t.Errorf("notes on table row %d: %q, want %q", row, notes[row], want)
		}
	}
}

// movedPassagePair is a Russian text and its English rendering, which
// moved the fifth paragraph (a statement, with names and a date the
// check pairs it by) up to the second.
func movedPassagePair() (ru, en string) {
	ru = "Министр прибыл в Алматы в пятницу утром.\n\n" +
		"Он провёл переговоры с коллегами из пяти стран.\n\n" +
		"Встреча продолжалась четыре часа.\n\n" +
		"Стороны обсудили погоду и урожай.\n\n" +
		"Одобрено Заявление Лаврова и Токаева о 80-летии освобождения Беларуси, подписанное 21 июня 2024 года в Алматы.\n\n" +
		"Затем министры пообедали вместе.\n"
	en = "The minister arrived in Almaty on Friday morning.\n\n" +
		"The Statement of Lavrov and Tokayev on the 80th anniversary of the liberation of Belarus, signed on 21 June 2024 in Almaty, was approved.\n\n" +
		"He held talks with colleagues from five countries.\n\n" +
		"The meeting lasted four hours.\n\n" +
		"The parties discussed the weather and the harvest.\n\n" +
		"Then the ministers had lunch together.\n"
	return ru, en
}

// TestTMXKeepsMovedPassages: a passage the rendering moved is paired
// with its source in the translation memory, as the check pairs it
// (the alignment, in the order of both texts, leaves it unpaired at both
// ends), whichever version is the base.
func TestTMXKeepsMovedPassages(t *testing.T) {
	ru, en := movedPassagePair()
	const srcPassage, tgtPassage = "Одобрено Заявление Лаврова", "The Statement of Lavrov"
	for _, base := range []int{0, 1} {
		res, err := compare.Compare(context.Background(), []string{ru, en}, compare.Options{Languages: []string{"ru", "en"}, Base: base})
		if err != nil {
			t.Fatal(err)
		}
		r := &Report{Result: res, Findings: compare.CheckTranslations(res), Tool: "Variorum 0.1.0",
			Versions: []Version{{Label: "ru", Language: "ru", Kind: "original"}, {Label: "en", Language: "en"}}}
		if !slices.ContainsFunc(r.Findings, func(f compare.Finding) bool { return f.Kind == compare.FindingMoved }) {
			t.Fatalf("base %d: the check finds no moved passage (findings %v): the test needs one", base, r.Findings)
		}
		var buf bytes.Buffer
		if err := WriteReportTMX(&buf, r); err != nil {
			t.Fatal(err)
		}
		var doc tmxDoc
		if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, tu := range doc.Body {
			src, tgt := tu.TUVs[0].Seg, tu.TUVs[1].Seg
			if strings.Contains(src, srcPassage) || strings.Contains(tgt, tgtPassage) {
				found++
				if !strings.HasPrefix(src, srcPassage) || !strings.HasPrefix(tgt, tgtPassage) {
					t.Errorf("base %d: the moved passage's unit pairs %q with %q", base, src, tgt)
				}
			}
		}
		if found != 1 {
			t.Errorf("base %d: %d units hold the moved passage, want 1:\n%s", base, found, buf.String())
		}
	}
}
