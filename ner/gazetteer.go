package ner

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// Gazetteer bits of a word key.
const (
	GazLoc     = 1 << iota // the whole name of a place (one word)
	GazLocPart             // a word of a place name of several words
	GazCountry             // a country's name, or a word of it
	GazPers                // a word of persons' names
)

// Gazetteer maps the keys (arabic.Key) of words to what lists of names say
// of them. It is stored in the model, since the weights were trained on
// its bits.
type Gazetteer struct {
	m map[string]uint8
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer { return &Gazetteer{m: map[string]uint8{}} }

// Len returns the number of keys.
func (g *Gazetteer) Len() int { return len(g.m) }

// Add adds a name: a single word gets bits, each word of a longer name
// gets partBits. The name is normalized by arabic.Key.
func (g *Gazetteer) Add(name string, bits, partBits uint8) {
	ws := strings.Fields(arabic.Key(name, 0))
	switch len(ws) {
	case 0:
	case 1:
		g.m[ws[0]] |= bits
	default:
		for _, w := range ws {
			g.m[w] |= partBits
		}
	}
}

func (g *Gazetteer) lookup(key string) uint8 {
	if g == nil || len(g.m) == 0 {
		return 0
	}
	return g.m[key]
}

// Lookup returns the bits of the word s.
func (g *Gazetteer) Lookup(s string) uint8 { return g.lookup(arabic.Key(s, 0)) }

// sorted returns the keys in order, for a deterministic model file.
func (g *Gazetteer) sorted() []string {
	keys := make([]string, 0, len(g.m))
	for k := range g.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Gazetteer files, relative to the shared data folder. All of them may be
// built into the project with attribution (see ../shared/data/README.md).
const (
	gazCountries = "gazetteers/countries/countries_ar_joined.tsv"
	gazCities    = "gazetteers/cities/world-cities-translations.csv"
	gazCLDR      = "gazetteers/cities/cldr48_ar_timezone_exemplar_cities.tsv"
	gazPersons   = "actors/translit_wikidata_en_ar_names/wd_arabic.normalized.aligned.tokens"
	gazNames     = "actors/translit_google_ar2en/ar2en.txt"
)

// LoadGazetteer builds the gazetteer from the shared data folder dir: the
// Arabic names of countries (CLDR, iso-codes, i18n-iso-countries,
// mledoze), of world cities (Wikidata) and CLDR's exemplar cities as
// places, and the words of persons' names from Wikidata and Wikipedia
// (Google's transliteration pairs) as person-name words.
func LoadGazetteer(dir string) (*Gazetteer, error) {
	g := NewGazetteer()
	// Countries: the last column holds every Arabic variant, '|' between.
	err := readLines(filepath.Join(dir, gazCountries), func(n int, f []string) error {
		if n == 1 {
			return nil
		}
		for _, v := range strings.Split(f[len(f)-1], "|") {
			g.Add(v, GazLoc|GazCountry, GazLocPart|GazCountry)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines(filepath.Join(dir, gazCLDR), func(n int, f []string) error {
		if n > 1 && len(f) >= 2 {
			g.Add(f[1], GazLoc, GazLocPart)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, gazCities)
	cf, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer cf.Close()
	cr := csv.NewReader(cf)
	cr.FieldsPerRecord = -1
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if n == 1 || len(rec) < 3 {
			continue
		}
		g.Add(rec[0], GazLoc|GazCountry, GazLocPart|GazCountry)
		g.Add(rec[2], GazLoc, GazLocPart)
	}
	// Persons: "english<TAB>ا ر ب ي<TAB>count", letters spaced.
	err = readLines(filepath.Join(dir, gazPersons), func(n int, f []string) error {
		if len(f) >= 2 {
			w := arabic.Key(strings.ReplaceAll(f[1], " ", ""), 0)
			if w != "" {
				g.m[w] |= GazPers
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Name words mined from Wikipedia: "arabic<TAB>latin".
	err = readLines(filepath.Join(dir, gazNames), func(n int, f []string) error {
		if w := arabic.Key(f[0], 0); len(f) >= 2 && utf8.RuneCountInString(w) > 1 {
			g.m[w] |= GazPers
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// readLines calls fn with the 1-based number and the tab-separated fields
// of every non-blank line of the file at path.
func readLines(path string, fn func(n int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
