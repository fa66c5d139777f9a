package arabic_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

const stemReference = "../../shared/data/text/stemmer_reference/arabic_news_vocab_stems.tsv"

// TestStemReference checks Stem against the Snowball column of the news
// vocabulary stemmed by Snowball's C implementation.
func TestStemReference(t *testing.T) {
	f, err := os.Open(stemReference)
	if os.IsNotExist(err) {
		t.Skipf("stemmer reference absent (%s): clone the project with ../shared beside it to run this test", stemReference)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var n, bad int
	for line := 0; sc.Scan(); line++ {
		if line == 0 {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			t.Fatalf("%s:%d: %d columns, want ≥ 3", stemReference, line+1, len(cols))
		}
		n++
		if got, want := arabic.Stem(cols[0]), cols[2]; got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%s:%d: Stem(%+q) = %+q, want %+q", stemReference, line+1, cols[0], got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 100000 {
		t.Fatalf("read %d words, want ≥ 100,000", n)
	}
	t.Logf("%d words, %d differences", n, bad)
}
