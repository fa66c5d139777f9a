package lexicon

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ingest/ant"
)

const antArchive = "../../shared/data/news/ant_corpus/ant_v2.1_multisource_world_middleeast.tar.xz"

// BenchmarkMatch finds the mentions and triggers of 2,000 ANT articles
// (analysed outside the timer) with the whole built-in lexicon and with
// a tenth of its entries: matching costs a hash probe a token, so the two
// should run at about the same speed.
//
//	go test ./lexicon -run XXX -bench Match -cpu 1
func BenchmarkMatch(b *testing.B) {
	r, err := ant.Open(antArchive)
	if err != nil {
		b.Skipf("ANT corpus not found (%v)", err)
	}
	defer r.Close()
	a, err := arabic.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*arabic.Analysis
	size := 0
	for len(docs) < 2000 && r.Next() {
		d := r.Doc()
		docs = append(docs, a.Analyze(d.Text, time.Time{}))
		size += len(d.Text)
	}
	full, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tenth := &Lexicon{seg: full.seg, byID: map[string]*Entry{}}
	for i, e := range full.entries {
		if i%10 == 0 {
			tenth.entries = append(tenth.entries, e)
		}
	}
	tenth.compile()
	date, _ := ParseDate("2018-06-01", false)
	for _, bc := range []struct {
		name string
		lx   *Lexicon
	}{{"full", full}, {"tenth", tenth}} {
		b.Run(bc.name, func(b *testing.B) {
			m := bc.lx.NewMatcher()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, an := range docs {
					m.Mentions(an, date)
					m.Triggers(an)
				}
			}
		})
	}
}
