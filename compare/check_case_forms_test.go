package compare

import (
	"context"
	"strings"
	"testing"
)

// TestNameInCasesIsNoFinding checks an English source against its Russian
// rendering: a name declined in Russian (Зеленского, Зеленскому), or in
// the other gender that one English form stands for (Зеленской), is one
// rendering, not two, while two spellings of one name still are.
func TestNameInCasesIsNoFinding(t *testing.T) {
	en := strings.Join([]string{
		"The minister commented on the statement by Zelensky.",
		"He also replied to Zelensky on the matter of talks.",
		"Then Nebenzya spoke at the council.",
		"Later Nebenzya answered the questions.",
	}, "\n\n")
	for _, tc := range []struct {
		ru   string
		want int
	}{
		{strings.Join([]string{
			"Министр прокомментировал заявление Зеленского.",
			"Он также ответил Зеленскому по вопросу переговоров.",
			"Затем Небензя выступил в совете.",
			"Позже Небензя ответил на вопросы.",
		}, "\n\n"), 0},
		{strings.Join([]string{
			"Министр прокомментировал заявление Зеленского.",
			"Он также ответил Зеленскому по вопросу переговоров.",
			"Затем Небензя выступил в совете.",
			"Позже Небендзя ответил на вопросы.",
		}, "\n\n"), 1},
		// One English form serves both genders (Countess Vronsky is
		// Вронская): a feminine form of the surname is no other name.
		{strings.Join([]string{
			"Министр прокомментировал заявление Зеленского.",
			"Он также ответил Зеленской по вопросу переговоров.",
			"Затем Небензя выступил в совете.",
			"Позже Небензя ответил на вопросы.",
		}, "\n\n"), 0},
	} {
		res, err := Compare(context.Background(), []string{en, tc.ru}, Options{Languages: []string{"en", "ru"}})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range Check(res) {
			if f.Kind == FindingName {
				names = append(names, f.Detail())
			}
		}
		if len(names) != tc.want {
			t.Errorf("name findings %q, want %d", names, tc.want)
		}
		// The finding is on the second rendering's row and names the
		// first's.
		if tc.want == 1 && len(names) == 1 && names[0] != "Nebenzya rendered as Небензя (row 3), Небендзя" {
			t.Errorf("name finding %q, want it to name the first rendering's row", names[0])
		}
	}
}
