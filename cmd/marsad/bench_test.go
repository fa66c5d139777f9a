package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/index"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/sqlite"
)

// antCorpus is the ANT corpus archive in ../shared (not part of the
// repository); benchmarks skip without it.
var antCorpus = filepath.Join("..", "..", "..", "shared", "data", "news", "ant_corpus", "ant_v2.1_multisource_world_middleeast.tar.xz")

func needANT(b *testing.B) {
	if _, err := os.Stat(antCorpus); err != nil {
		b.Skipf("ANT corpus not found at %s: %v", antCorpus, err)
	}
}

// BenchmarkIngestANT reads, codes and stores the whole ANT corpus
// (17,797 articles) into a new SQLite file, end to end as 'marsad ingest'
// does. It reports articles/s of wall time, CPU seconds, and the peak
// resident memory of the process (VmHWM).
//
//	go test -run XXX -bench IngestANT -benchtime 1x ./cmd/marsad
func BenchmarkIngestANT(b *testing.B) {
	needANT(b)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "ant.db")
		cpu0 := cpuSeconds()
		b.StartTimer()
		run, err := runIngest(ctx, ingestOptions{DB: db}, []string{antCorpus})
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(run.Read)/b.Elapsed().Seconds()*float64(i+1), "articles/s")
		b.ReportMetric(cpuSeconds()-cpu0, "cpu-s")
		b.ReportMetric(float64(runtime.NumCPU()), "cores")
	}
	b.ReportMetric(peakRSSMB(), "peak-MB")
}

// BenchmarkStoreANT times the store alone, the serial part of ingest: the
// first 5,000 ANT articles, read, coded and keyed beforehand, are stored
// into a new SQLite file in batches of 500 as 'marsad ingest' stores
// them.
//
//	go test -run XXX -bench StoreANT -benchtime 3x ./cmd/marsad
func BenchmarkStoreANT(b *testing.B) {
	needANT(b)
	ctx := context.Background()
	lx, an, err := loadLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	cd, err := newCoder(an, lx, false)
	if err != nil {
		b.Fatal(err)
	}
	idx := index.New(an.Segmenter())
	var entries []*marsad.Entry
	stop := errors.New("enough")
	err = ingest.Walk(ctx, []string{antCorpus}, ingest.Options{}, nil, func(doc marsad.Document, origin string) error {
		if len(entries) == 5000 {
			return stop
		}
		entries = append(entries, &marsad.Entry{Coded: cd.Code(doc, publishedDate(doc, time.Time{})), Keys: idx.Keys(doc), Origin: origin})
		return nil
	}, func(err error) error { return err })
	if err != nil && !errors.Is(err, stop) {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := 0.0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Open(filepath.Join(b.TempDir(), "ant.db"))
		if err != nil {
			b.Fatal(err)
		}
		s.SetIndexer(idx)
		cpu0 := cpuSeconds()
		b.StartTimer()
		for j := 0; j < len(entries); j += 500 {
			if _, err := s.AddEntries(ctx, nil, entries[j:min(j+500, len(entries))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		cpu += cpuSeconds() - cpu0
		s.Close()
	}
	b.ReportMetric(float64(len(entries))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(cpu/float64(b.N), "cpu-s")
}

// BenchmarkSearchANT times a one-word query on the ingested ANT corpus
// (ingested once, outside the timer), through Store.Search as 'marsad
// search' runs it: the 20 best hits with their snippets.
func BenchmarkSearchANT(b *testing.B) {
	needANT(b)
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "ant.db")
	if _, err := runIngest(ctx, ingestOptions{DB: db}, []string{antCorpus}); err != nil {
		b.Fatal(err)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, q := range []string{"العراق", "بوتين", "الحكومة"} {
		b.Run(q, func(b *testing.B) {
			hits, err := s.Search(ctx, marsad.SearchQuery{Query: q})
			if err != nil || len(hits) == 0 {
				b.Fatalf("search %s: %d hits, %v", q, len(hits), err)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := s.Search(ctx, marsad.SearchQuery{Query: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuSeconds is the user and system CPU time of the process so far.
func cpuSeconds() float64 {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // clock ticks, USER_HZ = 100
}

// peakRSSMB is the peak resident memory of the process, in MB.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return kb / 1024
		}
	}
	return 0
}
