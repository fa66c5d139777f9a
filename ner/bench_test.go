package ner_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad/ner"
)

// BenchmarkTag tags the development split of ANERcorp (12,589 tokens) as
// one document; the tokens/s metric is the tagging speed, tokens/cpu-s the
// speed per second of CPU time the process used (with -cpu 1, garbage
// collection included). Run with
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
	// NER_BENCH_MODEL=FILE benchmarks another model than the embedded one.
	m, err := ner.Default()
	if p := os.Getenv("NER_BENCH_MODEL"); p != "" {
		var data []byte
		if data, err = os.ReadFile(p); err == nil {
			m, err = ner.FromBytes(data)
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	for b.Loop() {
		c := cpuTime()
		m.TagSentences(words)
		cpu += cpuTime() - c
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine, the CPU time the tagging took says more than
	// the wall-clock time.
	if cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}
