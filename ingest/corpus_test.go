package ingest_test

import (
	"context"
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
