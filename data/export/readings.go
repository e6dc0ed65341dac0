package export

import "github.com/variorum/variorum/compare"

// readings gives each version's reading of every row as a letter, A for
// the first reading met in version order: compare's Readings, which the
// window shows too. A version without text in the row has "". rows are
// the report's table, as laid out.
func readings(r *Report, rows []compare.Row) [][]string {
	res := r.Result
	out := make([][]string, len(rows))
	for i, row := range rows {
		rd := make([]string, len(res.Texts))
		for v, k := range res.Readings(row) {
			if k >= 0 {
				rd[v] = compare.ReadingLetter(k)
			}
		}
		out[i] = rd
	}
	return out
}
