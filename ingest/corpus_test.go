package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
)

// corpusDir is where the shared news corpora live, relative to this package.
const corpusDir = "../../shared/data/news"

// TestCorpora reads every article of the ANT corpus (v2.1, world and
// Middle East) and of SaudiNewsNet straight from their archives, without
// an error.
func TestCorpora(t *testing.T) {
	for _, c := range []struct {
		name string
		glob string
		want int
	}{
		{"ANT", filepath.Join(corpusDir, "ant_corpus", "ant_v2.1_multisource_world_middleeast.tar.xz"), 17797},
		{"SaudiNewsNet", filepath.Join(corpusDir, "saudinewsnet", "*.zip"), 31030},
	} {
		t.Run(c.name, func(t *testing.T) {
			paths, _ := filepath.Glob(c.glob)
			if len(paths) == 0 {
				t.Skipf("%s absent: the corpus lives in ../shared/data, outside the repository", c.glob)
			}
			start := time.Now()
			n, bytes, empty := 0, 0, 0
			ids := map[string]bool{}
			err := ingest.Walk(context.Background(), paths, ingest.Options{}, nil, func(doc marsad.Document, origin string) error {
				n++
				bytes += len(doc.Text)
				if strings.TrimSpace(doc.Text) == "" {
					empty++
				}
				if doc.ID == "" || doc.Published == "" {
					t.Errorf("%s: id %q, published %q", origin, doc.ID, doc.Published)
				}
				ids[doc.ID] = true
				return nil
			}, func(err error) error {
				t.Error(err)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d articles (%d distinct IDs, %d with empty text), %.1f MB of text in %v", c.name, n, len(ids), empty, float64(bytes)/1e6, time.Since(start).Round(time.Millisecond))
			if n != c.want {
				t.Errorf("%d articles, want %d", n, c.want)
			}
		})
	}
}

// BenchmarkReadANT reads the ANT corpus (v2.1, 17,797 articles) from its
// .tar.xz; run with -cpu 1 for the speed per core:
//
//	go test ./ingest -run XXX -bench ReadANT -benchtime 3x -cpu 1
func BenchmarkReadANT(b *testing.B) {
	path := filepath.Join(corpusDir, "ant_corpus", "ant_v2.1_multisource_world_middleeast.tar.xz")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s absent (%v): the corpus lives in ../shared/data, outside the repository", path, err)
	}
	n, size := 0, 0
	for b.Loop() {
		err := ingest.Walk(context.Background(), []string{path}, ingest.Options{}, nil, func(doc marsad.Document, _ string) error {
			n++
			size += len(doc.Text)
			return nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.SetBytes(int64(size / b.N))
}
