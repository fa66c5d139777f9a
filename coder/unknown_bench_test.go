package coder_test

import (
	"testing"
	"time"
	"unicode"

	"github.com/marsad-project/marsad/ner"
)

// BenchmarkCodeANTTagger is BenchmarkCodeANT with the named-entity tagger
// on (Coder.WithTagger): the cost of the names the lexicon does not know.
// It also reports how many such names an article holds (entities whose
// name is Arabic text) and how many events take one as source or target.
//
//	go test ./coder -run XXX -bench CodeANTTagger -benchtime 1x -cpu 1
func BenchmarkCodeANTTagger(b *testing.B) {
	docs, cd := antCoder(b)
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	cd = cd.WithTagger(m)
	var events, names, unknownArgs int
	for b.Loop() {
		events, names, unknownArgs = 0, 0, 0
		for _, d := range docs {
			c := cd.Code(d, time.Time{})
			events += len(c.Events)
			for _, e := range c.Entities {
				if arabicName(e.Name) {
					names++
				}
			}
			for _, e := range c.Events {
				if e.Source != nil && arabicName(e.Source.Name) || e.Target != nil && arabicName(e.Target.Name) {
					unknownArgs++
				}
			}
		}
	}
	n := float64(len(docs))
	b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(events)/n, "events/article")
	b.ReportMetric(float64(names)/n, "unknown-names/article")
	b.ReportMetric(float64(unknownArgs)/n, "events-with-unknown/article")
}

// arabicName reports whether a name is Arabic text: a name the lexicon
// does not know (the lexicon's names are English).
func arabicName(s string) bool {
	for _, r := range s {
		return unicode.Is(unicode.Arabic, r)
	}
	return false
}
