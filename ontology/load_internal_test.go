package ontology

import (
	"testing"
	"time"
)

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parse(cameoTSV); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseFast checks the load budget (< 5 ms) on the best of ten runs.
func TestParseFast(t *testing.T) {
	best := time.Hour
	for i := 0; i < 10; i++ {
		start := time.Now()
		if _, err := parse(cameoTSV); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	if best > 5*time.Millisecond {
		t.Errorf("parsing the embedded table takes %v, want < 5ms", best)
	}
}
