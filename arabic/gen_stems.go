//go:build ignore

// gen_stems builds data/stems.txt.gz, the word/frequency lexicon the clitic
// segmenter decides by, from the news vocabulary in the shared reference
// data (arabic_news_vocab_stems.tsv: word, freq, stemmer columns).
//
// Words are normalized with arabic.Key, the function that normalizes text;
// words that normalize to the same key have their frequencies summed, and
// words that are not made of Arabic letters alone are dropped. The output is
// one "word<TAB>freq" line per key, most frequent first, after a header line
// that names the source, the date and the count.
//
//	go run gen_stems.go [-src PATH] [-out PATH]
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad/arabic"
)

func main() {
	src := flag.String("src", "../../shared/data/text/stemmer_reference/arabic_news_vocab_stems.tsv", "vocabulary TSV (word, freq, …)")
	out := flag.String("out", "data/stems.txt.gz", "output file")
	flag.Parse()

	f, err := os.Open(*src)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	freq := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			if strings.HasPrefix(line, "word\t") {
				continue
			}
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			continue
		}
		n, err := strconv.Atoi(cols[1])
		if err != nil || n <= 0 {
			continue
		}
		key := arabic.Key(cols[0], 0)
		if !lettersOnly(key) {
			continue
		}
		freq[key] += n
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}

	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})

	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# stems: source %s (the news vocabulary of the shared stemmer reference, freq >= 5; see its SOURCE.txt), normalized with arabic.Key; generated %s; count %d\n",
		filepath.Base(*src), time.Now().UTC().Format("2006-01-02"), len(words))
	for _, k := range words {
		fmt.Fprintf(w, "%s\t%d\n", k, freq[k])
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d words to %s", len(words), *out)
}

// lettersOnly reports whether s is a non-empty run of Arabic letters
// (U+0621 … U+064A, no tatweel), the alphabet of normalized words.
func lettersOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '\u0621' || r > '\u064A' || r == '\u0640' {
			return false
		}
	}
	return true
}
