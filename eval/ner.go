package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad-project/marsad/ner"
)

// NERCounts are the entity counts of one type, or of all: entities in the
// gold data, entities the tagger found, and those found with exactly the
// gold span and type.
type NERCounts struct {
	Gold, Found, Correct int
}

// Precision is Correct/Found, 0 when nothing was found.
func (c NERCounts) Precision() float64 { return ratio(c.Correct, c.Found) }

// Recall is Correct/Gold, 0 when there is no gold entity.
func (c NERCounts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c NERCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScore holds the entity counts of a run, as conlleval computes them:
// an entity counts as correct only when its span and type both match.
type NERScore struct {
	Overall             NERCounts
	ByType              map[string]*NERCounts
	Tokens, TokensRight int
}

// Add scores the predicted tags of one sentence against the gold tags and
// returns the entities that were missed and the ones wrongly found.
func (s *NERScore) Add(gold, pred []string) (missed, wrong []ner.Entity) {
	if s.ByType == nil {
		s.ByType = map[string]*NERCounts{}
	}
	typ := func(t string) *NERCounts {
		c := s.ByType[t]
		if c == nil {
			c = new(NERCounts)
			s.ByType[t] = c
		}
		return c
	}
	for i := range gold {
		s.Tokens++
		if i < len(pred) && pred[i] == gold[i] {
			s.TokensRight++
		}
	}
	g, p := ner.Entities(gold), ner.Entities(pred)
	found := make(map[ner.Entity]bool, len(p))
	for _, e := range p {
		found[e] = true
		s.Overall.Found++
		typ(e.Type).Found++
	}
	inGold := make(map[ner.Entity]bool, len(g))
	for _, e := range g {
		inGold[e] = true
		s.Overall.Gold++
		typ(e.Type).Gold++
		if found[e] {
			s.Overall.Correct++
			typ(e.Type).Correct++
		} else {
			missed = append(missed, e)
		}
	}
	for _, e := range p {
		if !inGold[e] {
			wrong = append(wrong, e)
		}
	}
	return missed, wrong
}

// Merge adds the counts of o to s.
func (s *NERScore) Merge(o *NERScore) {
	add := func(a *NERCounts, b NERCounts) {
		a.Gold += b.Gold
		a.Found += b.Found
		a.Correct += b.Correct
	}
	add(&s.Overall, o.Overall)
	for t, c := range o.ByType {
		if s.ByType == nil {
			s.ByType = map[string]*NERCounts{}
		}
		if s.ByType[t] == nil {
			s.ByType[t] = new(NERCounts)
		}
		add(s.ByType[t], *c)
	}
	s.Tokens += o.Tokens
	s.TokensRight += o.TokensRight
}

// Types returns the entity types seen, in order.
func (s *NERScore) Types() []string {
	ts := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// NER scores a tagger against gold data in ANERcorp's CoNLL form ("word
// TAG" a line, read by ner.ReadCoNLL). When devFraction > 0, only the last
// devFraction of the sentences is scored: the development split that
// `marsad train ner` holds out with the same fraction. The report gives
// entity-level precision, recall and F1 overall and per type, as conlleval
// computes them (exact span and type). The sentences are tagged as one
// document, in order (see ner.Model.TagSentences).
func NER(path string, devFraction float64, m *ner.Model) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, path)
	if err != nil {
		return nil, err
	}
	dataset := filepath.Base(path)
	if devFraction > 0 {
		_, sents = ner.SplitDev(sents, devFraction)
		dataset = fmt.Sprintf("%s, development split: the last %g%% of its %s", dataset, 100*devFraction, "sentences")
	}
	var sc NERScore
	rep := &Report{Task: "ner", Dataset: dataset, Unit: "tokens"}
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	tagged := m.TagSentences(words)
	for i, s := range sents {
		pred := tagged[i]
		missed, wrong := sc.Add(s.Tags, pred)
		for _, e := range missed {
			rep.AddFailure("line %d: missed %s %q (got %s)", s.Line+e.Start, e.Type, span(s.Words, e), strings.Join(pred[e.Start:e.End], " "))
		}
		for _, e := range wrong {
			rep.AddFailure("line %d: wrong %s %q (gold %s)", s.Line+e.Start, e.Type, span(s.Words, e), strings.Join(s.Tags[e.Start:e.End], " "))
		}
	}
	rep.Size = sc.Tokens
	rep.Unit = fmt.Sprintf("tokens, %d sentences, %d entities", len(sents), sc.Overall.Gold)
	rep.Metrics = nerMetrics(&sc)
	return rep, nil
}

// nerMetrics lists F1, precision and recall overall, then per type.
func nerMetrics(sc *NERScore) []Metric {
	ms := []Metric{
		{Name: "overall F1", Value: sc.Overall.F1()},
		Ratio("overall precision", sc.Overall.Correct, sc.Overall.Found),
		Ratio("overall recall", sc.Overall.Correct, sc.Overall.Gold),
	}
	for _, t := range sc.Types() {
		c := sc.ByType[t]
		ms = append(ms,
			Metric{Name: t + " F1", Value: c.F1()},
			Ratio(t+" precision", c.Correct, c.Found),
			Ratio(t+" recall", c.Correct, c.Gold),
		)
	}
	return append(ms, Ratio("tokens tagged right", sc.TokensRight, sc.Tokens))
}

func span(words []string, e ner.Entity) string {
	return strings.Join(words[e.Start:e.End], " ")
}
