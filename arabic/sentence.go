package arabic

import (
	"strings"
	"unicode/utf8"
)

// Sentence is a span of the original text and the tokens it holds:
// toks[First:Last] for the toks it was split from.
type Sentence struct {
	Start, End  int // byte offsets in the original text
	First, Last int // token indexes, half-open
}

// Sentences splits tokenized text into sentences. A sentence ends:
//   - at a line break, so headlines without final punctuation stand alone;
//   - after . ! ? ؟ ۔ and the closing quotes or brackets that follow them,
//     but not after the dot of an abbreviation (د. م. أ. J.), of a list
//     number at the start of a sentence ("1."), nor after ".." and "…"
//     that Arabic headlines and quotes use as pauses.
//
// The Arabic comma ، and semicolon ؛ never end a sentence; numbers such as
// 3.5 are single tokens and cannot be cut. src is the text toks were cut
// from.
func Sentences(src string, toks []Token) []Sentence {
	return AppendSentences(nil, src, toks)
}

// AppendSentences appends the sentences of toks to dst.
func AppendSentences(dst []Sentence, src string, toks []Token) []Sentence {
	first := 0
	quotes := 0 // straight double quotes seen in the current sentence
	flush := func(last int) {
		if last > first {
			dst = append(dst, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
		quotes = 0
	}
	for i := 0; i < len(toks); i++ {
		if i > first && hasNewline(src, toks[i-1].End, toks[i].Start) {
			flush(i)
		}
		t := &toks[i]
		if t.Kind != Punct {
			continue
		}
		if t.Text == `"` {
			quotes++
		}
		if !endsSentence(toks, first, i) {
			continue
		}
		// Take the closing quotes and brackets that follow on the same line.
		j := i + 1
		for ; j < len(toks) && isCloser(toks[j].Text, quotes) && !hasNewline(src, toks[j-1].End, toks[j].Start); j++ {
			if toks[j].Text == `"` {
				quotes++
			}
		}
		i = j - 1
		flush(j)
	}
	flush(len(toks))
	return dst
}

// endsSentence reports whether the punctuation token toks[i] closes the
// sentence that started at toks[first].
func endsSentence(toks []Token, first, i int) bool {
	t := toks[i]
	r, size := utf8.DecodeRuneInString(t.Text)
	if !isFinalPunct(r) {
		return false
	}
	if r == '…' || strings.HasPrefix(t.Text, "..") {
		return false // a pause: the line break ends such a sentence
	}
	if r == '.' && size == len(t.Text) && i > first {
		prev := toks[i-1]
		if prev.End == t.Start {
			switch {
			case prev.Kind == Word && utf8.RuneCountInString(prev.Norm) == 1:
				return false // abbreviation: د. م. أ.
			case prev.Kind == Latin && utf8.RuneCountInString(prev.Text) == 1:
				return false // initial: J. Biden
			case prev.Kind == Number && i-1 == first:
				return false // list number: "1."
			}
		}
	}
	return true
}

// isCloser reports whether a token closes a quote or a bracket. A straight
// double quote closes only when one is open (quotes is odd).
func isCloser(s string, quotes int) bool {
	switch s {
	case "”", "»", "’", ")", "]", "}", "›":
		return true
	case `"`:
		return quotes%2 == 1
	}
	return false
}

// hasNewline reports whether src[a:b] holds a line break.
func hasNewline(src string, a, b int) bool {
	if a < 0 || b > len(src) || a >= b {
		return false
	}
	if b-a == 1 {
		return src[a] == '\n'
	}
	return strings.IndexByte(src[a:b], '\n') >= 0 || strings.Contains(src[a:b], "\u2029")
}
