package compare

// Views of the tokenizer and the paragraph splitter for the tests, which
// check them on their own.

// Token is an exported view of a token for callers that need word
// boundaries (for example a view that wraps text): its byte span and its
// class.
type Token struct {
	Start, End int
	Word       bool // a word or number rather than punctuation
}

// Tokenize splits text into words, numbers and punctuation marks with byte
// offsets. White space is not a token.
func Tokenize(text string) []Token {
	raw := scanTokens(text, 0, len(text), nil)
	if len(raw) == 0 {
		return nil
	}
	out := make([]Token, len(raw))
	for i, t := range raw {
		out[i] = Token{Start: int(t.start), End: int(t.end), Word: t.class != classPunct}
	}
	return out
}

// Paragraphs returns paragraphSpans as pairs of offsets.
func Paragraphs(text string) [][2]int {
	var out [][2]int
	for _, p := range paragraphSpans(text) {
		out = append(out, [2]int{p.start, p.end})
	}
	return out
}
