package arabic_test

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ingest/ant"
)

const antArchive = "../../shared/data/news/ant_corpus/ant_v2.1_multisource_world_middleeast.tar.xz"

// antTexts loads the texts of the ANT corpus once, straight from the
// archive.
var antTexts = sync.OnceValues(func() ([]string, error) {
	r, err := ant.Open(antArchive)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var texts []string
	for r.Next() {
		texts = append(texts, r.Doc().Text)
	}
	return texts, r.Err()
})

func loadANT(b *testing.B) []string {
	b.Helper()
	if _, err := os.Stat(antArchive); err != nil {
		b.Skipf("ANT corpus absent (%s): clone the project with ../shared beside it", antArchive)
	}
	texts, err := antTexts()
	if err != nil {
		b.Fatal(err)
	}
	return texts
}

func totalBytes(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkTextLayer runs normalization (every token's key), tokenization,
// sentence splitting and clitic segmentation over the whole ANT corpus.
// One iteration is the whole corpus; MB/s is per core when run with -cpu 1.
func BenchmarkTextLayer(b *testing.B) {
	texts := loadANT(b)
	a, err := arabic.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	an := &arabic.Analysis{}
	for b.Loop() {
		for _, t := range texts {
			an.Text = t
			a.Segment(an)
		}
	}
	b.ReportMetric(float64(len(texts)), "docs/op")
}

// BenchmarkTextLayerFull adds the reading of numbers and dates.
func BenchmarkTextLayerFull(b *testing.B) {
	texts := loadANT(b)
	a, err := arabic.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	ref := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	an := &arabic.Analysis{}
	for b.Loop() {
		for _, t := range texts {
			a.AnalyzeTo(an, t, ref)
		}
	}
}

// BenchmarkNumbersDates measures the reading of numbers and dates alone,
// over tokens cut beforehand.
func BenchmarkNumbersDates(b *testing.B) {
	texts := loadANT(b)
	toks := make([][]arabic.Token, len(texts))
	for i, t := range texts {
		toks[i] = arabic.Tokenize(t)
	}
	ref := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			arabic.FindNumbers(t, toks[i])
			arabic.FindDates(t, toks[i], ref)
		}
	}
}

// BenchmarkNormalize measures Normalize with its offset map alone.
func BenchmarkNormalize(b *testing.B) {
	texts := loadANT(b)
	b.SetBytes(totalBytes(texts))
	for b.Loop() {
		for _, t := range texts {
			arabic.Normalize(t, 0)
		}
	}
}

// BenchmarkTokenize measures tokenization with keys and sentence splitting.
func BenchmarkTokenize(b *testing.B) {
	texts := loadANT(b)
	b.SetBytes(totalBytes(texts))
	var toks []arabic.Token
	var sents []arabic.Sentence
	for b.Loop() {
		for _, t := range texts {
			toks = arabic.AppendTokens(toks[:0], t)
			sents = arabic.AppendSentences(sents[:0], t, toks)
		}
	}
}
