package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Sentence is a run of words with their IOB2 tags. Tags is nil for text
// that is to be tagged. Line is the 1-based line of the first word in the
// file it was read from.
type Sentence struct {
	Words []string
	Tags  []string
	Line  int
}

// ErrBadTag is wrapped by the errors of ReadCoNLL for a tag that is not O,
// B-X or I-X.
var ErrBadTag = errors.New("bad IOB2 tag")

// ErrLineTooLong is wrapped by the errors of the readers for a line longer
// than MaxLine bytes.
var ErrLineTooLong = errors.New("line too long")

// MaxLine caps one input line of the readers.
const MaxLine = 1 << 20

// ReadError reports bad input at a line of a file (1-based).
type ReadError struct {
	File string
	Line int
	Err  error
}

func (e *ReadError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ReadError) Unwrap() error { return e.Err }

// ReadCoNLL reads gold data in the CoNLL form of ANERcorp: one "word TAG"
// a line, the tag after the last space or tab. A sentence ends at a blank
// line and after a word of sentence-final punctuation (. ! ? ؟ and their
// runs), since ANERcorp has no blank lines. Lines whose word is empty
// (ANERcorp has some, from a stripped U+200F) are skipped. Tags are made
// valid IOB2: an I-X that does not continue an X entity begins one, as
// conlleval reads it. name is used in errors, which are *ReadError.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			FixIOB2(cur.Tags)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	err := eachLine(r, name, func(n int, line string) error {
		line = strings.TrimRight(line, " \t\r")
		if line == "" {
			flush()
			return nil
		}
		i := strings.LastIndexAny(line, " \t")
		if i < 0 {
			return &ReadError{name, n, fmt.Errorf("%w: want \"word TAG\", got %q", ErrBadTag, line)}
		}
		word, tag := strings.TrimSpace(line[:i]), line[i+1:]
		if !validTag(tag) {
			return &ReadError{name, n, fmt.Errorf("%w %q", ErrBadTag, tag)}
		}
		if word == "" {
			return nil
		}
		if len(cur.Words) == 0 {
			cur.Line = n
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, tag)
		if sentenceFinal(word) {
			flush()
		}
		return nil
	})
	flush()
	return out, err
}

// ReadTokens reads text to tag: one word a line, a blank line between
// sentences. Surrounding spaces are trimmed. Unlike ReadCoNLL it keeps the
// caller's sentences as they are.
func ReadTokens(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	err := eachLine(r, name, func(n int, line string) error {
		w := strings.TrimSpace(line)
		if w == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
			return nil
		}
		if len(cur.Words) == 0 {
			cur.Line = n
		}
		cur.Words = append(cur.Words, w)
		return nil
	})
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, err
}

// eachLine calls fn with the 1-based number and the text of every line of
// r, without its line break. It stops at fn's first error and reports
// invalid UTF-8 and lines longer than MaxLine.
func eachLine(r io.Reader, name string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if !utf8.ValidString(line) {
			return &ReadError{name, n, errors.New("invalid UTF-8")}
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &ReadError{name, n + 1, fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, MaxLine)}
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// sentenceFinal reports whether w is made of sentence-final punctuation
// only: . ! ? ؟ … and their runs.
func sentenceFinal(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch r {
		case '.', '!', '?', '؟', '…':
		default:
			return false
		}
	}
	return true
}

// validTag reports whether t is O, B-X or I-X with a non-empty X.
func validTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

// FixIOB2 rewrites, in place, every I-X that does not follow B-X or I-X as
// B-X, so that tags read as conlleval reads them form valid IOB2.
func FixIOB2(tags []string) {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (len(prev) < 2 || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
	}
}

// SplitDev splits sentences into a training part and a development part:
// the last fraction of them (by count), as the data come, unshuffled.
func SplitDev(sents []Sentence, fraction float64) (train, dev []Sentence) {
	if fraction <= 0 {
		return sents, nil
	}
	if fraction >= 1 {
		return nil, sents
	}
	n := len(sents) - int(float64(len(sents))*fraction+0.5)
	return sents[:n], sents[n:]
}

// Entity is a span of words [Start, End) of one Type.
type Entity struct {
	Type       string
	Start, End int
}

// Entities returns the entities of an IOB2 tag sequence as conlleval
// reads it: an entity begins at B-X, or at an I-X that does not continue
// an X entity, and runs over the I-X that follow.
func Entities(tags []string) []Entity {
	var out []Entity
	open := -1
	typ := ""
	for i, t := range tags {
		var ty string
		begin := false
		switch {
		case strings.HasPrefix(t, "B-"):
			ty, begin = t[2:], true
		case strings.HasPrefix(t, "I-"):
			ty = t[2:]
			begin = open < 0 || ty != typ
		}
		if open >= 0 && (begin || ty == "") {
			out = append(out, Entity{typ, open, i})
			open = -1
		}
		if begin {
			open, typ = i, ty
		}
	}
	if open >= 0 {
		out = append(out, Entity{typ, open, len(tags)})
	}
	return out
}
