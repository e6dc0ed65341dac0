package compare

// Readings groups the versions of a row by what they read, as a critical
// apparatus does: versions whose cells hold the same words (typography and
// line breaks aside) share a reading, numbered from 0 in version order; a
// version with no text in the row (nil or a placeholder) has -1.
func (r *Result) Readings(row Row) []int {
	k := newKeyer(Options{})
	out := make([]int, len(row.Cells))
	var keys []string
	for v, c := range row.Cells {
		out[v] = -1
		if c == nil || c.Placeholder || c.End <= c.Start {
			continue
		}
		key := k.joinedKey(r.Texts[c.Version][c.Start:c.End])
		out[v] = len(keys)
		for n, seen := range keys {
			if seen == key {
				out[v] = n
				break
			}
		}
		if out[v] == len(keys) {
			keys = append(keys, key)
		}
	}
	return out
}
