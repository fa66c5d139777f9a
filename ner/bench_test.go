package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/ner"
)

// BenchmarkTag tags the development split of ANERcorp (12,589 tokens) as
// one document; the tokens/s metric is the tagging speed. Run with
//
//	go test ./ner -run XXX -bench Tag -cpu 1
func BenchmarkTag(b *testing.B) {
	f, err := os.Open(filepath.Join(shared, "data/ner/anercorp/train.txt"))
	if err != nil {
		b.Skipf("ANERcorp absent (%v): run with ../shared beside the repository", err)
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, "train.txt")
	if err != nil {
		b.Fatal(err)
	}
	_, dev := ner.SplitDev(sents, 0.1)
	words := make([][]string, len(dev))
	tokens := 0
	for i, s := range dev {
		words[i] = s.Words
		tokens += len(s.Words)
	}
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		m.TagSentences(words)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
