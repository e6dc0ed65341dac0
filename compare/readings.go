package compare

// ReadingLetter names reading k as the window and the exports show it:
// A for the first reading met in version order, …, Z, then AA, AB…
func ReadingLetter(k int) string {
	if k < 26 {
		return string(rune('A' + k))
	}
	return ReadingLetter(k/26-1) + ReadingLetter(k%26)
}

// Readings groups the versions of a row by what they read, as a critical
// apparatus does: versions whose cells hold the same words (typography and
// line breaks aside, and letter case when the comparison ignored it)
// share a reading, numbered from 0 in version order; a version with no
// text in the row (nil or a placeholder) has -1.
func (r *Result) Readings(row Row) []int {
	out := make([]int, len(row.Cells))
	// Most rows read alike byte for byte: keys are made only when not.
	var first string
	same := true
	for v, c := range row.Cells {
		out[v] = -1
		if c == nil || c.Placeholder || c.End <= c.Start {
			continue
		}
		text := r.Texts[c.Version][c.Start:c.End]
		if first == "" {
			first = text
		}
		same = same && text == first
		out[v] = 0
	}
	if same {
		return out
	}
	// Each version's key is made with its own case fold, as its word
	// diff's are (turkicVersions).
	keyers := [2]*keyer{newKeyer(r.Options, false), newKeyer(r.Options, true)}
	keyers[0].groupMark, keyers[1].groupMark = r.groupMark, r.groupMark
	readingOf := map[string]int{} // a key, under the fold of the cell it was made for, and its reading
	byText := map[string]int{}    // cells alike byte for byte share a reading where their folds find none
	readings := 0
	for v, c := range row.Cells {
		if out[v] < 0 {
			continue
		}
		text := r.Texts[c.Version][c.Start:c.End]
		k := keyers[0]
		if c.Version < len(r.turkic) && r.turkic[c.Version] {
			k = keyers[1]
		}
		key := k.joinedKey(text)
		n, ok := readingOf[key]
		if !ok {
			if n, ok = byText[text]; !ok {
				n, readings = readings, readings+1
			}
			readingOf[key] = n
		}
		out[v] = n
		if _, ok := byText[text]; !ok {
			byText[text] = n
		}
	}
	return out
}
