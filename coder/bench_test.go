package coder_test

import (
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/ingest/ant"
	"github.com/marsad-project/marsad/lexicon"
)

// antArchive is the ANT corpus in ../shared (not part of the repository):
// 17,797 Arabic news articles.
const antArchive = "../../shared/data/news/ant_corpus/ant_v2.1_multisource_world_middleeast.tar.xz"

// antDocs loads the articles of the ANT corpus once, straight from the
// archive.
var antDocs = sync.OnceValues(func() ([]marsad.Document, error) {
	r, err := ant.Open(antArchive)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var docs []marsad.Document
	for r.Next() {
		docs = append(docs, r.Doc())
	}
	return docs, r.Err()
})

// BenchmarkCodeANT codes every article of the ANT corpus, as `marsad code`
// does but without output: text layer, lexicon matching, and the records
// the coder builds from them. The corpus is read and the lexicon loaded
// outside the timer. One iteration is the whole corpus; MB/s and
// articles/s are per core with -cpu 1. heap-MB and sys-MB are the heap in
// use and the memory obtained from the OS after the run.
//
//	go test ./coder -run XXX -bench CodeANT -benchtime 1x -cpu 1
func BenchmarkCodeANT(b *testing.B) {
	docs, cd := antCoder(b)
	var events int
	for b.Loop() {
		events = 0
		for _, d := range docs {
			events += len(cd.Code(d, time.Time{}).Events)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(events)/float64(len(docs)), "events/article")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}

// antCoder loads the ANT corpus and the default coder for a benchmark,
// sets its bytes and reports its allocations; it skips the benchmark when
// the corpus is absent.
func antCoder(b *testing.B) ([]marsad.Document, *coder.Coder) {
	b.Helper()
	if _, err := os.Stat(antArchive); err != nil {
		b.Skipf("ANT corpus absent (%s): run with ../shared beside the repository", antArchive)
	}
	docs, err := antDocs()
	if err != nil {
		b.Fatal(err)
	}
	a, err := arabic.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	return docs, coder.New(a, lx)
}
