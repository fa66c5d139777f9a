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

	// Bits of names of one or more words, matched as spans of a sentence
	// (see AddPhrase); the lexicon's entries are added with them.
	PhrPers   // a person's name
	PhrOrg    // an organization, party, armed group, IGO …
	PhrLoc    // a place
	PhrNat    // a nationality adjective
	PhrRole   // a role word (agent): وزير الخارجية، الرئيس، المتحدث باسم
	phrPrefix // the first words of a longer phrase
)

// gazWord masks the bits of single words.
const gazWord = GazLoc | GazLocPart | GazCountry | GazPers

// phrTypes masks the bits that name what a phrase is.
const phrTypes = PhrPers | PhrOrg | PhrLoc | PhrNat | PhrRole

// Gazetteer maps the keys (arabic.Key) of words to what lists of names say
// of them, and the keys of the words of names, joined by a space, to the
// kind of name. It is stored in the model, since the weights were trained
// on its bits.
type Gazetteer struct {
	m      map[string]uint16
	maxLen int // words in the longest phrase
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer { return &Gazetteer{m: map[string]uint16{}} }

// AddPhrase adds a name of one or more words with one of the Phr bits:
// where its words occur in a row in a sentence, the tagger sees that they
// name a person, an organization, a place, a nationality or a role. The
// name is normalized by arabic.Key; a name written with the article ال
// matches only words with it, one written without matches both.
func (g *Gazetteer) AddPhrase(name string, bits uint16) {
	ws := strings.Fields(arabic.Key(name, 0))
	if len(ws) == 0 || len(ws) > maxPhrase || bits&phrTypes == 0 {
		return
	}
	for n := 1; n < len(ws); n++ {
		g.m[strings.Join(ws[:n], " ")] |= phrPrefix
	}
	g.m[strings.Join(ws, " ")] |= bits & phrTypes
	g.maxLen = max(g.maxLen, len(ws))
}

// maxPhrase is the most words a phrase may have.
const maxPhrase = 8

// Len returns the number of keys.
func (g *Gazetteer) Len() int { return len(g.m) }

// Add adds a name: a single word gets bits, each word of a longer name
// gets partBits. The name is normalized by arabic.Key.
func (g *Gazetteer) Add(name string, bits, partBits uint8) {
	ws := strings.Fields(arabic.Key(name, 0))
	switch len(ws) {
	case 0:
	case 1:
		g.m[ws[0]] |= uint16(bits)
	default:
		for _, w := range ws {
			g.m[w] |= uint16(partBits)
		}
	}
}

func (g *Gazetteer) lookup(key string) uint8 {
	if g == nil || len(g.m) == 0 {
		return 0
	}
	return uint8(g.m[key] & gazWord)
}

// Lookup returns the bits of the word or phrase s.
func (g *Gazetteer) Lookup(s string) uint16 {
	return g.m[strings.Join(strings.Fields(arabic.Key(s, 0)), " ")]
}

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
