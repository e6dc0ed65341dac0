package compare

import (
	"slices"
	"testing"
)

// TestPunctuationAttachesToItsWord checks that a replaced punctuation mark,
// and an abbreviation's full stop or a hyphen put in or taken out, is
// reported with the word written against it, as a word diff shows it, and
// that symbols, neighbouring changes, a sentence's marks and marks
// standing alone keep their own span.
func TestPunctuationAttachesToItsWord(t *testing.T) {
	checkChanges(t, []changeCase{
		{name: "full stop to semicolon", a: "We agreed on the sense. Then we left.", b: "We agreed on the sense; Then we left.",
			want: []string{"replace:sense.>sense;"}},
		{name: "comma to colon", a: "Здесь важно одно, и это всё.", b: "Здесь важно одно: и это всё.",
			want: []string{"replace:одно,>одно:"}},
		{name: "mark before a word", a: "He said (twice) no.", b: "He said [twice) no.",
			want: []string{"replace:(twice>[twice"}},
		{name: "currency symbol stays alone", a: "It cost $5 then.", b: "It cost €5 then.",
			want: []string{"replace:$>€"}},
		{name: "mark with spaces stays alone", a: "Yes - no.", b: "Yes ; no.",
			want: []string{"replace:->;"}},
		{name: "word changed too", a: "We agreed on the sense. Then we left.", b: "We agreed on the meaning; Then we left.",
			want: []string{"replace:sense.>meaning;"}},
		{name: "not over a Chinese or Japanese character", a: "今日は雨だ。明日は晴れ。", b: "今日は雨だ！明日は晴れ。",
			want: []string{"replace:。>！"}},
		{name: "not past the end of a sentence into a move", a: "第一句话很长很长。第二句话也很长很长。第三句话非常非常长。第四句话同样很长。",
			b:    "第一句话很长很长！第三句话非常非常长。第四句话同样很长。第二句话也很长很长。",
			want: []string{"replace:。>！", "move:第二句话也很长很长。>第二句话也很长很长。"}},
		{name: "hyphen joins two words", a: "It uses the plane wave method.", b: "It uses the plane-wave method.",
			want: []string{"replace:plane wave>plane-wave"}},
		{name: "hyphen parts two words", a: "A well-known man came.", b: "A well known man came.",
			want: []string{"replace:well-known>well known"}},
		{name: "hyphen before a number", a: "The COVID 19 wave.", b: "The COVID-19 wave.",
			want: []string{"replace:COVID 19>COVID-19"}},
		{name: "hyphen where a line broke", a: "It uses the plane\nwave method.", b: "It uses the plane-wave method.",
			want: []string{"replace:plane\nwave>plane-wave"}},
		{name: "abbreviation's full stop taken out", a: "The model in Eq. (3) holds here.", b: "The model in Eq (3) holds here.",
			want: []string{"replace:Eq.>Eq"}},
		{name: "abbreviation's full stop put in", a: "As Fig 3 shows, it holds.", b: "As Fig. 3 shows, it holds.",
			want: []string{"replace:Fig>Fig."}},
		{name: "hyphen before a word taken out", a: "Along the x and y -axes it grows.", b: "Along the x and y axes it grows.",
			want: []string{"replace:-axes>axes"}},
		{name: "full stop after a number stays alone", a: "He paid 5 3 came later.", b: "He paid 5. 3 came later.",
			want: []string{"insert:>."}},
		{name: "ordinal's full stop put in", a: "Wir kommen am 3 und 4. Mai.", b: "Wir kommen am 3. und 4. Mai.",
			want: []string{"replace:3>3."}},
		{name: "comma put in stays alone", a: "In the afternoon we met.", b: "In the afternoon, we met.",
			want: []string{"insert:>,"}},
		{name: "sentence's full stop stays alone", a: "We met on Monday\n\nThen we left.", b: "We met on Monday.\n\nThen we left.",
			want: []string{"insert:>."}},
		{name: "not across paragraphs", a: "It uses the plane\n\nwave method.", b: "It uses the plane-wave method.",
			want: []string{"insert:>-"}},
		{name: "not between Japanese characters", a: "東京 大学です。", b: "東京-大学です。",
			want: []string{"insert:>-"}},
		{name: "not over a word a replacement took", a: "We use a plane wave, here.", b: "We use a plane-wave; here.",
			want: []string{"insert:>-", "replace:wave,>wave;"}},
		{name: "beside a replacement that ends in a hyphen", a: "Up to 6th nearest neighbour pairs.", b: "Up to sixth-nearest-neighbour pairs.",
			want: []string{"replace:6th >sixth-", "replace:nearest neighbour>nearest-neighbour"}},
		{name: "dash with spaces stays alone", a: "Yes no.", b: "Yes - no.",
			want: []string{"insert:>-"}},
		// The space the hyphen took is in the change, which a reader
		// of it needs to tell "plane wave" from "planewave".
		{name: "hyphen beside a replaced word", a: "It uses the plane wave method.", b: "It uses the flat-wave method.",
			want: []string{"replace:plane >flat-"}},
	})
}

// TestHyphenWidenedKeepsFlag: a hyphen widened over its two words is still
// a punctuation change: nothing else differs.
func TestHyphenWidenedKeepsFlag(t *testing.T) {
	cs := nonTrivial(mustCompare(t, Options{}, "It uses the plane wave method.", "It uses the plane-wave method."))
	if len(cs) != 1 || cs[0].AText != "plane wave" || !slices.Equal(cs[0].Flags, []string{FlagPunctuation}) {
		t.Errorf("got %+v, want the pair replaced, flagged punctuation", cs)
	}
}
