package arabic

import "time"

// Analyzer runs the whole text layer over a text: tokens with their keys,
// sentences, clitic segments, numbers and dates. It is safe for concurrent
// use.
type Analyzer struct {
	seg *Segmenter
}

// NewAnalyzer returns an Analyzer with the embedded stem lexicon.
func NewAnalyzer() (*Analyzer, error) {
	seg, err := NewSegmenter()
	if err != nil {
		return nil, err
	}
	return &Analyzer{seg: seg}, nil
}

// Segmenter returns the segmenter the analyzer uses.
func (a *Analyzer) Segmenter() *Segmenter { return a.seg }

// Analysis is the text layer's reading of one text. All offsets are byte
// offsets into Text.
type Analysis struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Segments holds the clitic segments of every token, in order;
	// Pieces[i] is the range of Segments that belongs to Tokens[i].
	Segments []Segment
	Pieces   [][2]int32
	Numbers  []NumberMatch // counts and amounts; numbers inside a date are left out
	Dates    []DateMatch
}

// TokenSegments returns the segments of token i.
func (a *Analysis) TokenSegments(i int) []Segment {
	p := a.Pieces[i]
	return a.Segments[p[0]:p[1]]
}

// Analyze reads text. ref is the reference date relative dates are
// resolved against (the publication date of a news item); the zero time
// leaves relative dates unresolved.
func (a *Analyzer) Analyze(text string, ref time.Time) *Analysis {
	// About one token every six bytes in news text.
	an := &Analysis{Tokens: make([]Token, 0, len(text)/6+1)}
	a.AnalyzeTo(an, text, ref)
	return an
}

// AnalyzeTo is Analyze reusing the slices of an, to read many texts with
// few allocations.
func (a *Analyzer) AnalyzeTo(an *Analysis, text string, ref time.Time) {
	an.Text = text
	a.Segment(an)
	an.Dates = FindDates(text, an.Tokens, ref)
	an.Numbers = dropInside(FindNumbers(text, an.Tokens), an.Dates)
}

// dropInside removes the numbers that lie inside a date: the day and year
// of "7 تموز 2021" are parts of the date, not counts of anything.
func dropInside(nums []NumberMatch, dates []DateMatch) []NumberMatch {
	if len(dates) == 0 {
		return nums
	}
	out := nums[:0]
	j := 0
	for _, n := range nums {
		for j < len(dates) && dates[j].End <= n.Start {
			j++
		}
		if j < len(dates) && dates[j].Start <= n.Start && n.End <= dates[j].End {
			continue
		}
		out = append(out, n)
	}
	return out
}

// Segment fills the tokens, sentences and segments of an: the part of the
// text layer that does not read numbers and dates.
func (a *Analyzer) Segment(an *Analysis) {
	an.Tokens = AppendTokens(an.Tokens[:0], an.Text)
	an.Sentences = AppendSentences(an.Sentences[:0], an.Text, an.Tokens)
	if want := len(an.Tokens) + len(an.Tokens)/4; cap(an.Segments) < want {
		an.Segments = make([]Segment, 0, want)
	}
	an.Segments = an.Segments[:0]
	if cap(an.Pieces) < len(an.Tokens) {
		an.Pieces = make([][2]int32, len(an.Tokens))
	}
	an.Pieces = an.Pieces[:len(an.Tokens)]
	for i, t := range an.Tokens {
		start := len(an.Segments)
		an.Segments = a.seg.AppendSegments(an.Segments, t)
		an.Pieces[i] = [2]int32{int32(start), int32(len(an.Segments))}
	}
}
