package arabic

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Form selects the optional folds of Normalize. The zero Form applies the
// folds every match needs; the flags add folds that lose distinctions some
// users want to keep.
type Form uint8

const (
	// FoldTehMarbuta folds ة onto ه, as in "مدرسه" for "مدرسة".
	FoldTehMarbuta Form = 1 << iota
)

// Normalized is a normalized copy of a text with a map back to it.
type Normalized struct {
	// Text is the normalized text: the key used for matching.
	Text string
	// src[i] is the byte offset in the original text of the rune that
	// produced byte i of Text.
	src  []int32
	orig string
}

// Orig maps the span [start, end) of n.Text back to the span of the
// original text that produced it. The returned span always slices the
// original text; a span cut inside a rune grows to the whole rune.
func (n Normalized) Orig(start, end int) (int, int) {
	if len(n.src) == 0 || start >= len(n.src) {
		return len(n.orig), len(n.orig)
	}
	if start < 0 {
		start = 0
	}
	if end > len(n.src) {
		end = len(n.src)
	}
	s := int(n.src[start])
	if end <= start {
		return s, s
	}
	last := int(n.src[end-1])
	_, size := utf8.DecodeRuneInString(n.orig[last:])
	return s, last + size
}

// Normalize returns the matching key of s with its offset map. It
// applies NFKC to Arabic presentation forms and other compatibility
// characters, removes diacritics, tatweel and invisible format characters,
// folds أ إ آ ٱ onto ا, ى and ی onto ي, ک onto ك, Arabic-Indic and Persian
// digits onto ASCII, ٫ ٬ ٪ onto . , % and every space onto ' ', and, when
// f has FoldTehMarbuta, ة onto ه. Invalid UTF-8 bytes are kept as they are.
func Normalize(s string, f Form) Normalized {
	buf := make([]byte, 0, len(s))
	src := make([]int32, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = append(buf, c)
			src = append(src, int32(i))
			i++
			continue
		}
		if k, ok := blockIndex(s, i); ok && f == 0 && arabicBlock[k]&blockFold == 0 {
			buf = append(buf, c, s[i+1])
			src = append(src, int32(i), int32(i))
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, c)
			src = append(src, int32(i))
			i++
			continue
		}
		n := len(buf)
		buf = appendFolded(buf, r, f)
		for range len(buf) - n {
			src = append(src, int32(i))
		}
		i += size
	}
	return Normalized{Text: string(buf), src: src, orig: s}
}

// Key returns the normalized form of s without an offset map. When s is
// already normalized it returns s itself and allocates nothing.
func Key(s string, f Form) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && size == 1) && needsFold(r, f) {
			return string(AppendKey(make([]byte, 0, len(s)), s, f))
		}
		i += size
	}
	return s
}

// AppendKey appends the normalized form of s to dst.
func AppendKey(dst []byte, s string, f Form) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		if k, ok := blockIndex(s, i); ok && f == 0 && arabicBlock[k]&blockFold == 0 {
			dst = append(dst, c, s[i+1])
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c)
		} else {
			dst = appendFolded(dst, r, f)
		}
		i += size
	}
	return dst
}

// needsFold reports whether Normalize changes r.
func needsFold(r rune, f Form) bool {
	out, ok := foldRune(r, f)
	return !ok || out != r
}

// foldRune folds one rune. ok is false when r needs NFKC (then out is
// meaningless); out is -1 when r is dropped.
func foldRune(r rune, f Form) (out rune, ok bool) {
	switch {
	case r >= '\u0600' && r <= '\u06FF':
		switch {
		case isDiacritic(r), r == Tatweel, r == ArabicLetterMark:
			return -1, true
		case r == AlefHamzaAbove, r == AlefHamzaBelow, r == AlefMadda, r == AlefWasla:
			return Alef, true
		case r == AlefMaksura, r == FarsiYeh:
			return Yeh, true
		case r == KehehPersian:
			return Kaf, true
		case r == TehMarbuta && f&FoldTehMarbuta != 0:
			return Heh, true
		case r >= '\u0660' && r <= '\u0669':
			return '0' + (r - '\u0660'), true
		case r >= '\u06F0' && r <= '\u06F9':
			return '0' + (r - '\u06F0'), true
		case r == ArabicDecimalSep:
			return '.', true
		case r == ArabicThousandSep:
			return ',', true
		case r == ArabicPercent:
			return '%', true
		}
		return r, true
	case isPresentationForm(r):
		return 0, false
	case isIgnorable(r):
		return -1, true
	case r >= '\u08D3' && r <= '\u08FF' && isDiacritic(r):
		return -1, true
	case r < '\u2000' && r != NBSP && r != '\u1680':
		return r, true
	case unicode.IsSpace(r):
		return ' ', true
	case r >= '\u3000' || (r >= '\u2000' && r <= '\u2FFF'):
		if norm.NFKC.IsNormalString(string(r)) {
			return r, true
		}
		return 0, false
	}
	return r, true
}

// appendFolded appends the folded form of r to dst.
func appendFolded(dst []byte, r rune, f Form) []byte {
	out, ok := foldRune(r, f)
	if ok {
		if out < 0 {
			return dst
		}
		return utf8.AppendRune(dst, out)
	}
	for _, d := range norm.NFKC.String(string(r)) {
		if o, ok := foldRune(d, f); ok && o >= 0 {
			dst = utf8.AppendRune(dst, o)
		} else if !ok {
			dst = utf8.AppendRune(dst, d)
		}
	}
	return dst
}
