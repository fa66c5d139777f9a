package eval

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// Segment scores clitic segmentation against a Universal Dependencies
// treebank in CoNLL-U, with the segmenter's default (UD/ATB) scheme.
//
// A gold word is a maximal run of Arabic tokens glued by SpaceAfter=No
// (UD Arabic-PUD writes "ل" + "أوباما" so), or the tokens of a multiword
// range ("1-2 لأوباما"); a token that is not made of Arabic letters
// (punctuation, digits, Latin) is never part of a word, so "شولمان," is
// the word "شولمان". Each gold word is found at its byte offsets in the
// sentence's "# text", the sentence is tokenized and segmented as marsad
// does it, and the word is right when the token there spans exactly the
// same bytes and its pieces match the gold pieces one for one. Pieces are
// compared undiacritized and normalized (arabic.Key), and a piece also
// matches when the gold gives the restored form the segmenter keys it by
// ("السلطة" for the "لسلطة" of "للسلطة"). Pieces that normalize to
// nothing (a lone tatweel) are dropped from the gold.
func Segment(path string) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}

	rep := &Report{Task: "segment", Dataset: path, Unit: "words"}
	var right, multi, multiRight, single, singleRight int
	var sent conlluSentence
	var buf []arabic.Segment

	score := func() {
		defer sent.reset()
		if len(sent.toks) == 0 {
			return
		}
		text := sent.locate()
		toks := arabic.Tokenize(text)
		byStart := make(map[int]arabic.Token, len(toks))
		for _, t := range toks {
			byStart[t.Start] = t
		}
		for _, w := range sent.words() {
			gold := w.pieces
			if len(gold) == 0 {
				continue
			}
			rep.Size++
			if len(gold) > 1 {
				multi++
			} else {
				single++
			}
			t, ok := byStart[w.start]
			if !ok || t.End != w.end || t.Kind != arabic.Word {
				rep.AddFailure("%s: gold %s: not one word token (tokenizer split it differently)", sent.id, strings.Join(gold, "+"))
				continue
			}
			buf = seg.AppendSegments(buf[:0], t)
			if piecesMatch(gold, buf) {
				right++
				if len(gold) > 1 {
					multiRight++
				} else {
					singleRight++
				}
				continue
			}
			got := make([]string, len(buf))
			for i, g := range buf {
				got[i] = g.Text
			}
			rep.AddFailure("%s: gold %s got %s", sent.id, strings.Join(gold, "+"), strings.Join(got, "+"))
		}
	}

	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case l == "":
			score()
		case strings.HasPrefix(l, "#"):
			if v, ok := commentValue(l, "text"); ok {
				sent.text = v
			} else if v, ok := commentValue(l, "sent_id"); ok {
				sent.id = v
			}
		default:
			if err := sent.add(l); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	score()
	if rep.Size == 0 {
		return nil, fmt.Errorf("%s: no Arabic words found", path)
	}
	rep.Metrics = []Metric{
		Ratio("words exactly right", right, rep.Size),
		Ratio("multi-piece words right", multiRight, multi),
		Ratio("one-piece words kept whole", singleRight, single),
		Ratio("baseline: no segmentation", single, rep.Size),
	}
	return rep, nil
}

// piecesMatch compares gold pieces with the segmenter's.
func piecesMatch(gold []string, got []arabic.Segment) bool {
	if len(gold) != len(got) {
		return false
	}
	for i, g := range gold {
		k := arabic.Key(g, 0)
		if k != arabic.Key(got[i].Text, 0) && k != got[i].Norm {
			return false
		}
	}
	return true
}

// commentValue reads "# key = value".
func commentValue(l, key string) (string, bool) {
	rest := strings.TrimSpace(strings.TrimPrefix(l, "#"))
	if !strings.HasPrefix(rest, key) {
		return "", false
	}
	rest = strings.TrimSpace(rest[len(key):])
	if !strings.HasPrefix(rest, "=") {
		return "", false
	}
	return strings.TrimSpace(rest[1:]), true
}

// conlluToken is a surface token of a sentence: a plain token line, or a
// multiword range with the forms of its syntactic words.
type conlluToken struct {
	form    string
	pieces  []string // the syntactic words of a range; nil for a plain token
	noSpace bool     // SpaceAfter=No
	start   int      // byte offsets in the sentence text, once located
	end     int
}

type conlluSentence struct {
	id, text string
	toks     []conlluToken
	rangeEnd int // last word id covered by the open multiword range
}

func (s *conlluSentence) reset() {
	s.id, s.text, s.toks, s.rangeEnd = "", "", s.toks[:0], 0
}

// add reads one token line.
func (s *conlluSentence) add(l string) error {
	cols := strings.Split(l, "\t")
	if len(cols) < 10 {
		return fmt.Errorf("want 10 columns, got %d", len(cols))
	}
	id, form, misc := cols[0], cols[1], cols[9]
	noSpace := strings.Contains("|"+misc+"|", "|SpaceAfter=No|")
	switch {
	case strings.Contains(id, "."): // empty node
		return nil
	case strings.Contains(id, "-"):
		var a, b int
		if _, err := fmt.Sscanf(id, "%d-%d", &a, &b); err != nil {
			return fmt.Errorf("bad range id %q", id)
		}
		s.toks = append(s.toks, conlluToken{form: form, pieces: []string{}, noSpace: noSpace})
		s.rangeEnd = b
		return nil
	}
	var n int
	if _, err := fmt.Sscanf(id, "%d", &n); err != nil {
		return fmt.Errorf("bad id %q", id)
	}
	if n <= s.rangeEnd && len(s.toks) > 0 {
		last := &s.toks[len(s.toks)-1]
		last.pieces = append(last.pieces, form)
		return nil
	}
	s.toks = append(s.toks, conlluToken{form: form, noSpace: noSpace})
	return nil
}

// locate finds every token in the sentence text and returns the text; when
// the text is missing or a token is not where it should be, the text is
// rebuilt from the tokens and their SpaceAfter.
func (s *conlluSentence) locate() string {
	if s.text != "" {
		pos, ok := 0, true
		for i := range s.toks {
			t := &s.toks[i]
			for pos < len(s.text) && (s.text[pos] == ' ' || s.text[pos] == '\t') {
				pos++
			}
			if !strings.HasPrefix(s.text[pos:], t.form) {
				ok = false
				break
			}
			t.start, t.end = pos, pos+len(t.form)
			pos = t.end
		}
		if ok {
			return s.text
		}
	}
	var b strings.Builder
	for i := range s.toks {
		t := &s.toks[i]
		t.start = b.Len()
		b.WriteString(t.form)
		t.end = b.Len()
		if !t.noSpace {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// goldWord is a surface word with its gold pieces.
type goldWord struct {
	start, end int
	pieces     []string
}

// words groups the located tokens into gold words.
func (s *conlluSentence) words() []goldWord {
	var out []goldWord
	var cur *goldWord
	for i := range s.toks {
		t := &s.toks[i]
		if !arabicForm(t.form) {
			cur = nil
			continue
		}
		if cur == nil || cur.end != t.start {
			out = append(out, goldWord{start: t.start, end: t.start})
			cur = &out[len(out)-1]
		}
		cur.end = t.end
		if t.pieces != nil {
			for _, p := range t.pieces {
				if arabic.Key(p, 0) != "" {
					cur.pieces = append(cur.pieces, p)
				}
			}
		} else if arabic.Key(t.form, 0) != "" {
			cur.pieces = append(cur.pieces, t.form)
		}
		if !t.noSpace {
			cur = nil
		}
	}
	return out
}

// arabicForm reports whether form is made of Arabic letters and the marks
// that go inside words (diacritics, tatweel) alone.
func arabicForm(form string) bool {
	if form == "" {
		return false
	}
	letter := false
	for _, t := range arabic.Tokenize(form) {
		if t.Kind != arabic.Word || t.Start != 0 || t.End != len(form) {
			return false
		}
		letter = true
	}
	return letter && utf8.ValidString(form)
}
