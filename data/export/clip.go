package export

// Clip is s on one line (its white space runs as single spaces), cut to
// at most n runes with an ellipsis where cut: a long text quoted in a
// summary line, a list or a dialog.
func Clip(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
