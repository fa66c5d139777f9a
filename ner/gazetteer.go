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

	// Bits of names from outside lists of uneven quality (NERAr's name
	// tables, the UN sanctions list), matched as phrases apart from the
	// lexicon's, so that the weights learn how far to trust each.
	extPers
	extOrg
	extLoc
)

// extTypes masks the bits of the outside lists.
const extTypes = extPers | extOrg | extLoc

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
	maxLen int  // words in the longest phrase
	ext    bool // whether it has names of the outside lists
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
	if len(ws) == 0 || len(ws) > maxPhrase || bits&(phrTypes|extTypes) == 0 {
		return
	}
	for n := 1; n < len(ws); n++ {
		g.m[strings.Join(ws[:n], " ")] |= phrPrefix
	}
	g.m[strings.Join(ws, " ")] |= bits & (phrTypes | extTypes)
	g.maxLen = max(g.maxLen, len(ws))
	g.ext = g.ext || bits&extTypes != 0
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
// (Google's transliteration pairs) as person-name words; and, as phrases
// of their own kind, the persons, organizations and places of NERAr's
// name tables and the Arabic names of the UN Security Council's sanctions
// list (see addNERAr).
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
	err = readCSV(filepath.Join(dir, gazCities), func(n int, rec []string) error {
		if n > 1 && len(rec) >= 3 {
			g.Add(rec[0], GazLoc|GazCountry, GazLocPart|GazCountry)
			g.Add(rec[2], GazLoc, GazLocPart)
		}
		return nil
	})
	if err != nil {
		return nil, err
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
	if err := addNERAr(g, dir); err != nil {
		return nil, err
	}
	return g, nil
}

// NERAr's name tables, normalized Buckwalter.
var nerarFiles = []struct {
	path string
	bits uint16
}{
	{"gazetteers/nerar_limsi/dico-mono-PERS.norm", extPers},
	{"gazetteers/nerar_limsi/dico-bi-ar-fr.PERS.norm", extPers},
	{"gazetteers/nerar_limsi/dico-mono-ORG.norm", extOrg},
	{"gazetteers/nerar_limsi/dico-bi-ar-fr.ORG.norm", extOrg},
	{"gazetteers/nerar_limsi/dico-mono-LOC.norm", extLoc},
	{"gazetteers/nerar_limsi/dico-bi-ar-fr.LOC.norm", extLoc},
}

// buckwalter maps the letters of NERAr's normalized Buckwalter to Arabic;
// P G J (پ گ چ) are taken as ب غ ج, shadda ~ is dropped.
var buckwalter = map[byte]string{
	'A': "ا", 'b': "ب", 't': "ت", 'v': "ث", 'j': "ج", 'H': "ح", 'x': "خ", 'd': "د", '*': "ذ", 'r': "ر",
	'z': "ز", 's': "س", '$': "ش", 'S': "ص", 'D': "ض", 'T': "ط", 'Z': "ظ", 'E': "ع", 'g': "غ", 'f': "ف",
	'q': "ق", 'k': "ك", 'l': "ل", 'm': "م", 'n': "ن", 'h': "ه", 'w': "و", 'y': "ي", 'Y': "ى", 'p': "ة",
	'\'': "ء", '|': "ا", '>': "ا", '<': "ا", '&': "ؤ", '}': "ئ", ' ': " ", 'P': "ب", 'G': "غ", 'J': "ج",
	'~': "",
}

// fromBuckwalter converts a name; ok is false for one with other
// characters.
func fromBuckwalter(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		r, ok := buckwalter[s[i]]
		if !ok {
			return "", false
		}
		b.WriteString(r)
	}
	return strings.Join(strings.Fields(b.String()), " "), true
}

// addNERAr adds the persons, organizations and places of NERAr's name
// tables (LIMSI, BSD-2-Clause: some 34,000 persons, 1,400 organizations
// with many sport clubs, firms and agencies, 8,000 places, transliterated
// from Buckwalter, noisy), and the Arabic names of the persons and
// entities of the UN Security Council's consolidated sanctions list.
func addNERAr(g *Gazetteer, dir string) error {
	for _, f := range nerarFiles {
		err := readLines(filepath.Join(dir, f.path), func(n int, fs []string) error {
			name, ok := fromBuckwalter(strings.TrimSpace(fs[0]))
			if !ok || utf8.RuneCountInString(name) < 3 {
				return nil
			}
			g.AddPhrase(name, f.bits)
			// NERAr writes ة as ه: add the name with every final ه as ة.
			ws := strings.Fields(name)
			changed := false
			for i, w := range ws {
				if strings.HasSuffix(w, "ه") && utf8.RuneCountInString(w) > 2 && w != "الله" {
					ws[i] = strings.TrimSuffix(w, "ه") + "ة"
					changed = true
				}
			}
			if changed {
				g.AddPhrase(strings.Join(ws, " "), f.bits)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return readCSV(filepath.Join(dir, "actors/un_sc_consolidated_list/un_sc_consolidated_2025-04-19.csv"), func(n int, rec []string) error {
		if n == 1 || len(rec) < 6 || strings.TrimSpace(rec[5]) == "" {
			return nil
		}
		bits := uint16(extOrg)
		if rec[0] == "individual" {
			bits = extPers
		}
		g.AddPhrase(rec[5], bits)
		return nil
	})
}

// readCSV calls fn with the 1-based number and the fields of every
// record of the CSV file at path; records may differ in length.
func readCSV(path string, fn func(n int, rec []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(n, rec); err != nil {
			return err
		}
	}
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
