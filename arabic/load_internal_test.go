package arabic

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/analyses.bin from the segmenter's rules")

// BenchmarkLoadLexicon measures the segmenter's start-up: parsing the
// embedded lexicon with its precomputed analyses, which NewSegmenter does
// once a process.
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := parseLexicon(stemsGz, analysesBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLexiconCompute is the start-up without them: every word
// analysed by the rules.
func BenchmarkLoadLexiconCompute(b *testing.B) {
	for b.Loop() {
		if _, err := parseLexicon(stemsGz, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAnalysesUpToDate checks that the precomputed analyses are what the
// rules give today; after changing the rules or the lexicon, run
//
//	go test ./arabic -run TestAnalysesUpToDate -update
func TestAnalysesUpToDate(t *testing.T) {
	lx, err := parseLexicon(stemsGz, nil)
	if err != nil {
		t.Fatal(err)
	}
	anas, err := lx.computeAnalyses()
	if err != nil {
		t.Fatal(err)
	}
	want := encodeAnalyses(stemsGz, anas)
	if *update {
		if err := os.WriteFile("data/analyses.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(analysesBin, want) {
		t.Fatal("data/analyses.bin is out of date with the segmenter's rules: run go test ./arabic -run TestAnalysesUpToDate -update")
	}
	if _, ok := decodeAnalyses(analysesBin, stemsGz, len(anas)); !ok {
		t.Fatal("data/analyses.bin does not decode")
	}
}
