package arabic

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the class of a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // Arabic-script word, diacritics and tatweel included
	Latin                  // word in another script (Latin, mostly), digits allowed inside
	Number                 // digits in any script, with inner separators: 2,500 ٢٥٠٠ 3.5 ٣٫٥
	Punct                  // punctuation; runs of . ! ? ؟ … are one token
	Symbol                 // any other visible character: % ٪ $ + …
)

var kindNames = [...]string{"?", "word", "latin", "number", "punct", "symbol"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Token is a word, number or mark of a text. Its invariant:
//
//	src[t.Start:t.End] == t.Text
//
// for the src it was cut from. It is lost when tokens are cut from a
// normalized copy instead of the original, which is why Norm is a field of
// the token and not the text tokenized.
type Token struct {
	Text  string // the original bytes
	Norm  string // the matching key: Normalize(Text, 0)
	Start int    // byte offset of Text in the original
	End   int
	Kind  Kind
}

// In returns src[t.Start:t.End], or "" when the token does not fit src.
func (t Token) In(src string) string {
	if t.Start < 0 || t.End < t.Start || t.End > len(src) {
		return ""
	}
	return src[t.Start:t.End]
}

// Tokenize splits text into tokens. Spaces and invisible format characters
// between tokens are dropped; everything else is kept, so that concatenating
// the tokens and the gaps between them gives back text. Invalid UTF-8 bytes
// become Symbol tokens of one byte.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/6+1), text)
}

// AppendTokens appends the tokens of text to dst, so a caller can reuse
// one slice across documents.
func AppendTokens(dst []Token, text string) []Token {
	// keys collects the normalized forms that differ from the original, so
	// that all of them cost one allocation.
	type keyRef struct{ tok, off, end int }
	var keys []byte
	var refs []keyRef
	if len(text) > 64 {
		// Sized for news text, where about a third of the words carry a
		// hamza or another folded letter.
		keys = make([]byte, 0, len(text)/3)
		refs = make([]keyRef, 0, len(text)/48)
	}
	for i := 0; i < len(text); {
		c := text[i]
		var end int
		var kind Kind
		fold := false // whether the token's key differs from its text
		if k, ok := blockIndex(text, i); ok && arabicBlock[k]&blockLetter != 0 {
			end, fold = scanArabic(text, i)
			kind = Word
		} else if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case '0' <= c && c <= '9':
				end, kind = scanNumber(text, i), Number
				fold = strings.IndexByte(text[i:end], 0xD9) >= 0 || strings.IndexByte(text[i:end], 0xDB) >= 0
			case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
				end, kind = scanLatin(text, i), Latin
			case c == '.' || c == '!' || c == '?':
				end, kind = scanRun(text, i, isFinalPunct), Punct
			case c == '%':
				end, kind = i+1, Symbol
			case c < ' ' || c == 0x7F:
				i++
				continue
			default:
				end = i + 1
				kind = Symbol
				if unicode.IsPunct(rune(c)) {
					kind = Punct
				}
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				end, kind = i+1, Symbol
			case isArabicLetter(r) || (isWordMark(r) && !isIgnorableAlone(r)):
				end, fold = scanArabic(text, i)
				kind = Word
			case isNonASCIIDigit(r):
				end, kind, fold = scanNumber(text, i), Number, true
			case isIgnorable(r) || unicode.IsSpace(r) || unicode.IsControl(r):
				i += size
				continue
			case isFinalPunct(r):
				end, kind = scanRun(text, i, isFinalPunct), Punct
			case unicode.IsLetter(r):
				end, kind = scanLatin(text, i), Latin
			case r == ArabicPercent || r == '‰':
				end, kind = i+size, Symbol
			case unicode.IsPunct(r):
				end, kind = i+size, Punct
			default:
				end, kind = i+size, Symbol
			}
			if kind != Word && kind != Number {
				fold = Key(text[i:end], 0) != text[i:end]
			}
		}
		tok := Token{Text: text[i:end], Start: i, End: end, Kind: kind}
		tok.Norm = tok.Text
		if fold {
			off := len(keys)
			keys = AppendKey(keys, tok.Text, 0)
			refs = append(refs, keyRef{len(dst), off, len(keys)})
		}
		dst = append(dst, tok)
		i = end
	}
	if len(refs) > 0 {
		all := string(keys)
		for _, k := range refs {
			dst[k.tok].Norm = all[k.off:k.end]
		}
	}
	return dst
}

// isIgnorableAlone reports marks that start no word when they stand alone:
// a zero-width joiner between two spaces is noise, not a word.
func isIgnorableAlone(r rune) bool { return r == ZWNJ || r == ZWJ }

func isNonASCIIDigit(r rune) bool {
	return (r >= '\u0660' && r <= '\u0669') || (r >= '\u06F0' && r <= '\u06F9')
}

func isDigit(r rune) bool {
	_, ok := digitValue(r)
	return ok
}

func isFinalPunct(r rune) bool {
	switch r {
	case '.', '!', '?', ArabicQuestion, '…', ArabicFullStop:
		return true
	}
	return false
}

// Flags of the runes of the Arabic block U+0600–U+06FF, looked up by the
// tokenizer's fast path.
const (
	blockLetter uint8 = 1 << iota // a letter: starts or continues a word
	blockMark                     // diacritic or tatweel: continues a word
	blockFold                     // changed by Normalize with the zero Form
)

var arabicBlock = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		if isArabicLetter(r) {
			t[i] |= blockLetter
		}
		if isWordMark(r) {
			t[i] |= blockMark
		}
		if needsFold(r, 0) {
			t[i] |= blockFold
		}
	}
	return t
}()

// blockIndex returns the index in arabicBlock of the rune at text[i] when
// it is a two-byte rune of the Arabic block.
func blockIndex(text string, i int) (int, bool) {
	c := text[i]
	if c < 0xD8 || c > 0xDB || i+1 >= len(text) || text[i+1]&0xC0 != 0x80 {
		return 0, false
	}
	return int(c&0x03)<<6 | int(text[i+1]&0x3F), true
}

// scanArabic returns the end of the Arabic word starting at i, and whether
// any of its runes changes under normalization.
func scanArabic(text string, i int) (int, bool) {
	var acc uint8
	for i < len(text) {
		// Fast path: a two-byte rune of the Arabic block, the bulk of a word.
		if c := text[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(text) {
			c1 := text[i+1]
			if c1&0xC0 != 0x80 {
				break
			}
			f := arabicBlock[int(c&0x03)<<6|int(c1&0x3F)]
			if f&(blockLetter|blockMark) == 0 {
				break
			}
			acc |= f
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isArabicLetter(r) && !isWordMark(r) {
			break
		}
		if needsFold(r, 0) {
			acc |= blockFold
		}
		i += size
	}
	return i, acc&blockFold != 0
}

// scanLatin returns the end of the non-Arabic word starting at i: letters,
// digits and marks of any script but Arabic.
func scanLatin(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isArabicLetter(r) || isDigit(r) || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			break
		}
		i += size
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits of one or
// more scripts, with separators . , ٫ ٬ only between two digits, and a
// bidi mark ignored only when more digits follow it directly.
func scanNumber(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isDigit(r) {
			i += size
			continue
		}
		if r == '.' || r == ',' || r == ArabicDecimalSep || r == ArabicThousandSep {
			if j := i + size; j < len(text) {
				if n, _ := utf8.DecodeRuneInString(text[j:]); isDigit(n) {
					i = j
					continue
				}
			}
		}
		break
	}
	return i
}

// scanRun returns the end of the run of runes satisfying in, from i.
func scanRun(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

// ParseDigits reads a number written in digits of any script (s is a Number
// token's text or key). A comma is a thousands separator when every group
// after it has three digits ("2,500"), else a decimal comma ("3,5"), as
// Arabic news writes both; ٬ always groups thousands and ٫ is always the
// decimal point.
func ParseDigits(s string) (float64, bool) {
	if v, ok := asciiDigits(s); ok {
		return v, true // the common case: "2500", read without a copy
	}
	s = Key(s, 0)
	if s == "" {
		return 0, false
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case commas > 0 && dots == 1 && strings.Index(s, ",") < strings.Index(s, "."):
		s = strings.ReplaceAll(s, ",", "") // 2,500.5
	case commas > 0 && dots == 0:
		if groupsOfThree(s, ',') {
			s = strings.ReplaceAll(s, ",", "")
		} else if commas == 1 {
			s = strings.Replace(s, ",", ".", 1)
		} else {
			return 0, false
		}
	case dots > 1 && commas == 0 && groupsOfThree(s, '.'):
		s = strings.ReplaceAll(s, ".", "") // 2.500.000
	case dots == 1 && commas > 0 && strings.Index(s, ".") < strings.Index(s, ","):
		s = strings.ReplaceAll(s, ".", "") // 2.500,5
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// asciiDigits reads s when it is 1 to 15 ASCII digits, a size a float64
// holds exactly.
func asciiDigits(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 15 {
		return 0, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	return float64(v), true
}

// groupsOfThree reports whether every group after the first sep has three
// digits and the first has one to three.
func groupsOfThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}
