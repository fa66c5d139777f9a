package arabic

import "testing"

// BenchmarkLoadLexicon measures the segmenter's start-up: parsing and
// analysing the embedded lexicon, which NewSegmenter does once a process.
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := parseLexicon(stemsGz); err != nil {
			b.Fatal(err)
		}
	}
}
