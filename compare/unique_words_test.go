package compare

import "testing"

// TestKeepUniqueWords checks that a word put elsewhere in its sentence is
// a move, and that words which recur, or which a rewording took out of the
// middle of a clause, stay in the changes.
func TestKeepUniqueWords(t *testing.T) {
	checkChanges(t, []changeCase{
		{name: "two words trade places",
			a:    "The effect is seen not in all samples.",
			b:    "The effect is not seen in all samples.",
			want: []string{"move:seen>seen"}},
		{name: "a phrase put first takes the sentence's capital",
			a:    "He walked for hours without meeting anyone.",
			b:    "For hours he walked, without meeting anyone.",
			want: []string{"move:for hours>For hours", "insert:>,"}},
		{name: "a French word put first takes the sentence's capital",
			a:    "Il marcha longtemps sans rencontrer personne.",
			b:    "Longtemps il marcha, sans rencontrer personne.",
			want: []string{"move:longtemps>Longtemps", "insert:>,"}},
		{name: "the first word put last gives up its capital",
			a:    "Yesterday we met the minister.",
			b:    "We met the minister yesterday.",
			want: []string{"move:Yesterday>yesterday"}},
		{name: "a citation goes to the end",
			a:    "[CITATION] Earlier models of this kind were used for alloys.",
			b:    "Earlier models of this kind were used for alloys [CITATION].",
			want: []string{"move:[CITATION]>[CITATION]"}},
		{name: "a phrase at the edge of two edits",
			a:    "In this system, two new signals have been introduced to perform the acquisition and demodulation of data.",
			b:    "In this system, various signals to perform the acquisition have been introduced.",
			want: []string{"replace:two new>various", "move:have been introduced>have been introduced", "delete:and demodulation of data>"}},
		{name: "a word from a deletion into a replacement",
			a:    "This gives a simplification to a system highly complex to model, it may be argued.",
			b:    "This gives a simplification to a highly complex system, it may be argued.",
			want: []string{"move:system>system", "delete:to model>"}},
		{name: "a recurring word stays",
			a:    "The model fits the data and the model is simple.",
			b:    "The data fit the model and the model is simple.",
			want: []string{"replace:model fits the data>data fit the model"}},
		{name: "a word inside a rewritten clause stays",
			a: "Under this scenario, if every node sends its packets to the relay at once, the total rate is high.",
			b: "Notice that for the relay considered, the total rate during every frame is high.",
			want: []string{"replace:Under this scenario, if every node sends its packets to>Notice that for", "replace:at once>considered",
				"insert:>during every frame"}},
	})
}
