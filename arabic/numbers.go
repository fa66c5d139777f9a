package arabic

// NumberKind tells how exact a number is.
type NumberKind uint8

const (
	Cardinal NumberKind = iota + 1 // ثلاثة آلاف, 2500
	Ordinal                        // الرابعة, الحادي عشر
	Fraction                       // ثلث, نصف
	Vague                          // عشرات, مئات, آلاف (alone): Value is the order of magnitude
)

// NumberMatch is a number read from a run of tokens.
type NumberMatch struct {
	Text       string // the original text, from the first token to the last
	Start, End int    // byte offsets in the original text
	Value      float64
	Kind       NumberKind
}

// NumberAt reads the longest number, in digits or words, that starts at
// toks[i]. It returns the match and how many tokens it spans; 0 when no
// number starts there. src is the text the tokens were cut from.
//
// STUB: replaced by the numbers work.
func NumberAt(src string, toks []Token, i int) (NumberMatch, int) {
	return NumberMatch{}, 0
}
