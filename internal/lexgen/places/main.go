// Command places generates the place entries of marsad's lexicon:
// lexicon/data/places/{countries,capitals,cities,sites}.lex.
//
// Run it from the repository root:
//
//	go run ./internal/lexgen/places
//
// It reads the shared gazetteers (../shared/data/gazetteers/: country names
// from CLDR, iso-codes, i18n-iso-countries and mledoze/countries; city
// names from the Wikidata-derived world-cities-translations table and CLDR
// exemplar cities), coordinates from github.com/tidwall/cities (GeoNames,
// public domain) and mledoze (countries), the news vocabulary of the
// shared stemmer reference (only to test whether a word is common), the
// stopwords-iso list, and the hand-written tables of this package
// (countries_hand.go, capitals_hand.go, provinces_hand.go, sites_hand.go).
// The output is sorted and deterministic; a summary of what was kept and
// dropped, and why, goes to standard output.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
	"github.com/tidwall/cities"
	"golang.org/x/text/unicode/norm"
)

// Entry ranks: on a collision of two forms the lower rank keeps it.
const (
	rankCountry = iota
	rankAdj
	rankCapital
	rankRegion
	rankProvince
	rankSite
	rankHandCity
	rankCity
)

type place struct {
	id, name, typ, country, code string
	lat, lon                     float64
	ar                           []string
	adj                          []string
	wikidata                     string
	pop                          int
	rank                         int
	tests                        []string
	prefix                       string // the word that makes a bare name unambiguous: مدينة, محافظة …
}

var (
	dataDir = flag.String("data", "../shared/data", "the shared data directory")
	outDir  = flag.String("out", "lexicon/data/places", "where the .lex files go")
)

// stats counts what the rules dropped, by rule.
var stats = map[string]int{}

func note(rule string) { stats[rule]++ }

func main() {
	flag.Parse()
	seg, err := arabic.NewSegmenter()
	check(err)
	kr := &keyer{seg: seg}
	vocab := loadVocab(filepath.Join(*dataDir, "text/stemmer_reference/arabic_news_vocab_stems.tsv"))
	vocabForAdj = vocab
	stop := loadStopwords(filepath.Join(*dataDir, "text/stopwords/stopwords-iso_1.1.0_ar.txt"))

	countries, names := loadCountries()
	initTW(names)
	caps := buildCapitals(countries)
	provs := buildProvinces()
	sites := buildSites()
	handCities := buildHandCities()
	gen := buildCities(names, kr, vocab, stop)

	all := append(append(append(append(append(countries, caps...), provs...), sites...), handCities...), gen...)
	dropDuplicates(all, kr)
	yieldToActors(all, kr)
	resolve(all, kr)
	var kept []*place
	for _, p := range all {
		if len(p.ar) == 0 {
			note("entry dropped: no form left (" + p.typ + ")")
			continue
		}
		kept = append(kept, p)
	}
	assignIDs(kept)
	checkAll(kept)
	addTests(kept, kr)

	byFile := map[string][]*place{}
	for _, p := range kept {
		f := "cities.lex"
		switch p.typ {
		case "country":
			f = "countries.lex"
		case "capital":
			f = "capitals.lex"
		case "site":
			f = "sites.lex"
		}
		byFile[f] = append(byFile[f], p)
	}
	for _, f := range []string{"countries.lex", "capitals.lex", "cities.lex", "sites.lex"} {
		writeLex(filepath.Join(*outDir, f), f, byFile[f])
	}
	summary(kept)
}

var debug = os.Getenv("PLACES_DEBUG") != ""

func debugf(format string, a ...any) {
	if debug {
		fmt.Fprintf(os.Stderr, format, a...)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "places:", err)
		os.Exit(1)
	}
}

// ---------------------------------------------------------------- keys

// keyer computes a form's matching key the way package lexicon does: the
// text layer's segmenter cuts each token, the stem's normalized key is
// kept, and an article that leaves at least two letters is dropped
// (hamza-alif → ا, ى → ي and diacritics are folded by the normalizer).
// Two forms with one key are one form to the matcher.
type keyer struct {
	seg  *arabic.Segmenter
	toks []arabic.Token
	segs []arabic.Segment
}

func (k *keyer) key(form string) (string, bool) {
	k.toks = arabic.AppendTokens(k.toks[:0], form)
	if len(k.toks) == 0 {
		return "", false
	}
	keys := make([]string, 0, len(k.toks))
	for _, t := range k.toks {
		if t.Kind == arabic.Punct || t.Kind == arabic.Symbol {
			return "", false
		}
		k.segs = k.seg.AppendSegments(k.segs[:0], t)
		s := ""
		for _, g := range k.segs {
			if g.Kind == arabic.SegStem {
				s = bareKey(g.Norm)
				break
			}
		}
		if s == "" {
			return "", false
		}
		keys = append(keys, s)
	}
	return strings.Join(keys, " "), true
}

func bareKey(k string) string {
	if strings.HasPrefix(k, "ال") && utf8.RuneCountInString(k) >= 4 {
		return k[len("ال"):]
	}
	return strings.ToLower(k)
}

// plainKey normalizes without the segmenter: for word lists.
func plainKey(s string) string { return bareKey(arabic.Key(strings.TrimSpace(s), 0)) }

// adjForms are the forms package lexicon generates from an adjective.
func adjForms(adj string) []string {
	k := arabic.Key(adj, 0)
	out := []string{k}
	if strings.HasSuffix(k, "ي") {
		for _, s := range []string{"ة", "ون", "ين", "ان", "تان", "تين", "ات"} {
			out = append(out, k+s)
		}
	}
	return out
}

// ---------------------------------------------------------------- countries

type mledoze struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	AltSpellings []string  `json:"altSpellings"`
	Capital      []string  `json:"capital"`
	Latlng       []float64 `json:"latlng"`
	Area         float64   `json:"area"`
	Translations map[string]struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"translations"`
}

// loadCountries reads the joined country table and mledoze; it returns
// the country places and an index from English country names (as the
// city tables spell them) to ISO3.
func loadCountries() ([]*place, map[string]string) {
	raw, err := os.ReadFile(filepath.Join(*dataDir, "gazetteers/countries/mledoze_countries.json"))
	check(err)
	var ml []mledoze
	check(json.Unmarshal(raw, &ml))
	byISO := map[string]*mledoze{}
	names := map[string]string{}
	for i := range ml {
		m := &ml[i]
		iso := m.CCA3
		if iso == "UNK" { // Kosovo: mledoze's code; XKX is the code in common use (EU, IMF)
			iso = "XKX"
			m.CCA3 = iso
		}
		byISO[iso] = m
		names[enKey(m.Name.Common)] = iso
		names[enKey(m.Name.Official)] = iso
		for _, a := range m.AltSpellings {
			if utf8.RuneCountInString(a) > 3 {
				names[enKey(a)] = iso
			}
		}
	}
	for k, v := range map[string]string{
		"korea south": "KOR", "korea north": "PRK", "gambia the": "GMB", "nepa": "NPL",
		"macedonia": "MKD", "swaziland": "SWZ", "czech republic": "CZE", "cape verde": "CPV",
		"micronesia": "FSM", "burma": "MMR", "ivory coast": "CIV", "east timor": "TLS",
		"republic of the congo": "COG", "democratic republic of the congo": "COD",
		"congo kinshasa": "COD", "congo brazzaville": "COG", "vatican city": "VAT",
		"palestinian territory": "PSE", "palestine": "PSE", "the bahamas": "BHS",
		"the gambia": "GMB", "turkey": "TUR", "russia": "RUS", "syria": "SYR", "iran": "IRN",
		"south korea": "KOR", "north korea": "PRK", "vietnam": "VNM", "laos": "LAO",
		"tanzania": "TZA", "bolivia": "BOL", "venezuela": "VEN", "moldova": "MDA",
		"brunei": "BRN", "kosovo": "XKX", "united states": "USA", "united kingdom": "GBR",
		"people's republic of china": "CHN", "state of palestine": "PSE",
		"bosnia and herzevina": "BIH", "fiji islands": "FJI", "hong kong s a r": "HKG",
		"man isle of": "IMN", "palestinian territory occupied": "PSE",
	} {
		names[enKey(k)] = v
	}

	f, err := os.Open(filepath.Join(*dataDir, "gazetteers/countries/countries_ar_joined.tsv"))
	check(err)
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	check(err)
	var out []*place
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		iso, nameEn := row[1], row[3]
		m := byISO[iso]
		if m == nil {
			check(fmt.Errorf("country %s not in mledoze", iso))
		}
		names[enKey(nameEn)] = iso
		p := &place{id: iso, name: m.Name.Common, typ: "country", code: iso, rank: rankCountry}
		if len(m.Latlng) == 2 {
			p.lat, p.lon = m.Latlng[0], m.Latlng[1]
		}
		// The CLDR name first: it is the common one.
		forms := []string{row[4]}
		forms = append(forms, strings.Split(row[12], "|")...)
		if x, ok := extraForms[iso]; ok {
			forms = append(forms, strings.Split(x, "|")...)
		}
		p.ar = cleanCountryForms(forms)
		p.wikidata = wikidata[iso]
		p.pop = int(m.Area)
		out = append(out, p)
		seen[iso] = true
	}
	// Countries mledoze has and iso-codes has not (Kosovo).
	var extra []string
	for iso := range byISO {
		if !seen[iso] {
			extra = append(extra, iso)
		}
	}
	sort.Strings(extra)
	for _, iso := range extra {
		m := byISO[iso]
		p := &place{id: iso, name: m.Name.Common, typ: "country", code: iso, rank: rankCountry, lat: m.Latlng[0], lon: m.Latlng[1]}
		forms := []string{m.Translations["ara"].Common, m.Translations["ara"].Official}
		if x, ok := extraForms[iso]; ok {
			forms = append(forms, strings.Split(x, "|")...)
		}
		p.ar = cleanCountryForms(forms)
		p.wikidata = wikidata[iso]
		out = append(out, p)
	}
	for _, p := range out {
		p.adj = countryAdj(p)
	}
	return out, names
}

// cleanCountryForms drops forms with a comma (the sources' "Name، official
// name" inversions), cuts parenthesized parts ("المجر (هنغاريا)" →
// "المجر"; the part inside is kept as its own form when it is one word),
// turns " - " into a space, removes the hand-listed bad forms and keeps
// the first of forms that differ only in diacritics.
func cleanCountryForms(forms []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || dropForms[s] {
			if dropForms[s] {
				note("country form dropped by hand (misspelt or a common word)")
			}
			return
		}
		k := arabic.Key(s, 0)
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, stripDiacritics(s))
	}
	for _, f := range forms {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "،") {
			note("country form dropped: inverted with a comma")
			continue
		}
		if i := strings.Index(f, "("); i >= 0 {
			inner := strings.Trim(f[i:], "() ")
			f = strings.TrimSpace(f[:i])
			if !strings.Contains(inner, " ") && !strings.ContainsAny(inner, "abcdefghijklmnopqrstuvwxyz") {
				add(inner)
			}
		}
		f = strings.ReplaceAll(f, " - ", " ")
		f = strings.ReplaceAll(f, "-", " ")
		add(f)
	}
	return out
}

// stripDiacritics removes harakat and shadda (the sources write some
// forms vocalized: "الصّين").
func stripDiacritics(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x064B && r <= 0x0652 || r == 0x0640 || r == 0x0670 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// countryAdj returns the hand-checked adjectives, or one derived by rule
// from the country's one-word name, kept only when the news vocabulary
// attests it (checked in resolve, where the vocabulary is at hand).
func countryAdj(p *place) []string {
	if noAdj[p.id] {
		return nil
	}
	if a, ok := handAdj[p.id]; ok {
		out := strings.Split(a, "|")
		if pl, ok := handPlural[p.id]; ok {
			out = append(out, strings.Split(pl, "|")...)
		}
		return out
	}
	return nil
}

// deriveAdj: strip ال; a name in يا or ا or ة drops that ending; add ي.
// Names ending in ي, and names of more than one word, get none.
func deriveAdj(name string) string {
	if strings.Contains(name, " ") {
		return ""
	}
	s := strings.TrimPrefix(name, "ال")
	switch {
	case strings.HasSuffix(s, "ي") || strings.HasSuffix(s, "و"):
		return ""
	case strings.HasSuffix(s, "يا"):
		s = strings.TrimSuffix(s, "يا")
	case strings.HasSuffix(s, "ا"), strings.HasSuffix(s, "ة"):
		s = s[:len(s)-len("ا")]
	}
	if utf8.RuneCountInString(s) < 3 {
		return ""
	}
	return s + "ي"
}

// ---------------------------------------------------------------- capitals

func buildCapitals(countries []*place) []*place {
	adj := map[string]string{}
	for _, c := range countries {
		if len(c.adj) > 0 {
			adj[c.id] = c.adj[0]
		}
	}
	tw := tidwallIndex()
	var out []*place
	for _, c := range capitals {
		p := &place{name: c.name, typ: "capital", country: c.iso, code: c.iso, lat: c.lat, lon: c.lon, rank: rankCapital, prefix: "مدينة"}
		p.ar = strings.Split(c.ar, "|")
		// "العاصمة العراقية" names Baghdad whatever its spelling.
		if a := adj[c.iso]; a != "" {
			p.ar = append(p.ar, "العاصمة ال"+feminine(a))
		}
		if t, ok := tw.lookup(c.iso, c.name); ok {
			if dist(t.Latitude, t.Longitude, c.lat, c.lon) > 1 {
				fmt.Printf("capital %s: hand coordinates %.2f %.2f, tidwall %.2f %.2f: keeping tidwall's\n", c.name, c.lat, c.lon, t.Latitude, t.Longitude)
				note("capital coordinates corrected from tidwall/cities")
			}
			p.lat, p.lon = round4(t.Latitude), round4(t.Longitude)
			note("capital coordinates from tidwall/cities")
		} else {
			note("capital coordinates written by hand")
		}
		out = append(out, p)
	}
	return out
}

func feminine(adj string) string { return adj + "ة" }

func dist(a, b, c, d float64) float64 { return math.Max(math.Abs(a-c), math.Abs(b-d)) }

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// ---------------------------------------------------------------- tidwall

type twIndex struct {
	byName map[string][]cities.City // iso + "|" + enKey(name)
	bySkel map[string][]cities.City // iso + "|" + consonants
	iso    map[string]string
}

var twCountry = map[string]string{}

func tidwallIndex() *twIndex {
	return theTW
}

var theTW *twIndex

func initTW(names map[string]string) {
	t := &twIndex{byName: map[string][]cities.City{}, bySkel: map[string][]cities.City{}}
	missing := map[string]bool{}
	for _, c := range cities.Cities {
		iso, ok := names[enKey(c.Country)]
		if !ok {
			missing[c.Country] = true
			continue
		}
		for _, k := range enVariants(c.City) {
			t.byName[iso+"|"+k] = append(t.byName[iso+"|"+k], c)
		}
		if s := enSkel(c.City); len(s) >= 3 {
			t.bySkel[iso+"|"+s] = append(t.bySkel[iso+"|"+s], c)
		}
	}
	for m := range missing {
		fmt.Println("tidwall country not mapped:", m)
	}
	theTW = t
}

// lookup finds a city by country and English name: an exact match of the
// normalized name (articles al-/as-/el- … and punctuation dropped) first,
// then a unique match of its consonant skeleton.
func (t *twIndex) lookup(iso, name string) (cities.City, bool) {
	for _, k := range enVariants(name) {
		if cs := t.byName[iso+"|"+k]; len(cs) > 0 {
			return cs[0], true
		}
	}
	if s := enSkel(name); len(s) >= 3 {
		if cs := t.bySkel[iso+"|"+s]; len(cs) == 1 {
			return cs[0], true
		}
	}
	return cities.City{}, false
}

// enKey folds an English name: ASCII, lower case, letters and spaces.
func enKey(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '`' || r == '’' || r == '.' || unicode.Is(unicode.Mn, r):
		default:
			space = true
		}
	}
	return b.String()
}

var enArticles = map[string]bool{"al": true, "ar": true, "as": true, "an": true, "ad": true, "az": true, "ash": true, "at": true, "ath": true, "adh": true, "el": true, "ech": true, "ed": true, "es": true, "et": true, "en": true, "ez": true, "the": true}

// enVariants: the folded name, without a leading article, without spaces.
func enVariants(s string) []string {
	k := enKey(s)
	ws := strings.Fields(k)
	for len(ws) > 1 && enArticles[ws[0]] {
		ws = ws[1:]
	}
	for _, p := range []string{"nahiyat", "qada", "markaz", "city of"} {
		if len(ws) > 1 && ws[0] == p {
			ws = ws[1:]
		}
	}
	for i := 1; i < len(ws); i++ { // "Hammam al Alil" → "hammam alil"
		if enArticles[ws[i]] && i+1 < len(ws) {
			ws = append(ws[:i], ws[i+1:]...)
		}
	}
	if len(ws) > 1 && ws[len(ws)-1] == "city" {
		ws = ws[:len(ws)-1]
	}
	j := strings.Join(ws, "")
	return []string{k, strings.Join(ws, " "), j}
}

// ---------------------------------------------------------------- skeletons

// Consonant skeletons compare an Arabic label with the English name it
// is said to translate: a Wikidata label linked to the wrong item
// ("فاموتيدين" for Mosul, "التجمع الوطني الديمقراطي" for Balad) has a
// skeleton unlike the name's. Letters are folded into classes the two
// scripts share; vowels, h, w, y, ع, ء are ignored.
var arClass = map[rune]byte{
	'ب': 'B', 'پ': 'B', 'ت': 'T', 'ط': 'T', 'د': 'T', 'ض': 'T', 'ث': 'S', 'ذ': 'S',
	'ج': 'K', 'چ': 'K', 'خ': 'K', 'غ': 'K', 'ق': 'K', 'ك': 'K', 'گ': 'K',
	'ر': 'R', 'ز': 'S', 'س': 'S', 'ش': 'S', 'ص': 'S', 'ظ': 'S',
	'ف': 'F', 'ڤ': 'F', 'ل': 'L', 'م': 'M', 'ن': 'N',
}

func arSkel(s string) string {
	s = arabic.Key(s, 0)
	var b []byte
	for _, w := range strings.Fields(s) {
		w = strings.TrimPrefix(w, "ال")
		for _, r := range w {
			if c, ok := arClass[r]; ok && (len(b) == 0 || b[len(b)-1] != c) {
				b = append(b, c)
			}
		}
	}
	return string(b)
}

func enSkel(s string) string {
	ws := strings.Fields(enKey(s))
	for len(ws) > 1 && (enArticles[ws[0]] || ws[0] == "madinat" || ws[0] == "medina") {
		ws = ws[1:]
	}
	s = strings.Join(ws, "")
	for _, d := range [][2]string{{"sch", "s"}, {"ce", "se"}, {"ci", "si"}, {"cy", "sy"}, {"sh", "s"}, {"kh", "k"}, {"gh", "g"}, {"th", "t"}, {"dh", "d"}, {"ph", "f"}, {"ch", "k"}, {"ck", "k"}, {"ts", "s"}, {"tz", "s"}, {"x", "k"}} {
		s = strings.ReplaceAll(s, d[0], d[1])
	}
	var b []byte
	for _, r := range s {
		var c byte
		switch r {
		case 'b', 'p':
			c = 'B'
		case 't', 'd':
			c = 'T'
		case 's', 'z':
			c = 'S'
		case 'k', 'q', 'g', 'j', 'c':
			c = 'K'
		case 'r':
			c = 'R'
		case 'f', 'v':
			c = 'F'
		case 'l':
			c = 'L'
		case 'm':
			c = 'M'
		case 'n':
			c = 'N'
		default:
			continue
		}
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	return string(b)
}

// skelSimilar: the longest common subsequence covers most of both.
func skelSimilar(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) <= 2 || len(b) <= 2 {
		// A short skeleton must be all of the other but one letter.
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		return len(long)-len(short) <= 1 && lcs(short, long) == len(short)
	}
	l := lcs(a, b)
	return float64(2*l)/float64(len(a)+len(b)) >= 0.7
}

func lcs(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				d[i][j] = d[i-1][j-1] + 1
			} else {
				d[i][j] = max(d[i-1][j], d[i][j-1])
			}
		}
	}
	return d[len(a)][len(b)]
}

// ---------------------------------------------------------------- cities

// Label prefixes of administrative units. The generated entries are
// cities: the prefix is cut and the bare name kept; the prefixed form is
// kept beside it only for ولاية and محافظة, which news uses for the city
// too, and only if no other entry has it.
var adminPrefixes = []string{"محافظة ", "ولاية ", "منطقة ", "مقاطعة ", "إقليم ", "قضاء ", "ناحية ", "مدينة ", "بلدية ", "مركز ", "لواء ", "إمارة ", "مديرية ", "دائرة "}

// Words that mark a label as something other than a city (a Wikidata
// link to the wrong item): a stadium, club, airport, battle, council …
var notCityWords = map[string]bool{
	"ملعب": true, "نادي": true, "مطار": true, "معركة": true, "مجلس": true, "التجمع": true, "تجمع": true,
	"حزب": true, "جامعة": true, "مستشفى": true, "محطة": true, "قاعدة": true, "شركة": true, "فريق": true,
	"جبهة": true, "حركة": true, "كنيسة": true, "مسجد": true, "جامع": true, "سد": true, "نهر": true,
	"قلعة": false, "مذبحة": true, "حصار": true, "اتفاقية": true, "معاهدة": true, "مؤتمر": true,
	"قصر": false, "مطرانية": true, "أبرشية": true, "بطولة": true, "كأس": true, "منتخب": true,
	"متحف": true, "سجن": true, "ميناء": true, "مرفأ": true, "خليج": true, "بحيرة": true, "جزيرة": false,
	"مقاطعة": false, "الدوري": true, "دوري": true, "فيلم": true, "ألبوم": true, "رواية": true,
}

// commonWords are one-word names that are ordinary Arabic words in news
// (the examples and ones found in the data). A generated city
// whose one-word name is among them, or among the stopwords-iso list, or
// that the news vocabulary shows to be a common noun or adjective, is not
// kept: a place entry for "سلام" would turn every "peace" into a place.
var commonWords = strings.Fields(`سلام أمل وحدة حرية نصر جمعة صور باب حي قائم بلد عيون رياض سيول كيف
	مالي بنين عمارة حلة شمال جنوب شرق غرب وسط منصورة نور فجر هدى ثورة جديدة قديمة
	كبير كبيرة صغير صغيرة عين زرقاء بيضاء سوداء حمراء خضراء ميناء مدينة قرية سوق
	خليل عزيز كريم سعيد صالح حسن محمد علي أحمد عمر إسلام رحمة نعمة بركة خير إيمان
	سعادة سلامة ضياء رشيد مجيد حميد فاضل فضل عادل جمال كمال نجاح فوز قدس حرم
	بحر نهر جبل واد وادي رمل رملة صحراء سهل تل ساحل حمام نجمة قمر شمس زهرة ورد
	ربيع صيف شتاء خريف عرب عربي إمام شيخ أمير ملك سلطان قاضي حاكم رئيس وزير مصطفى
	حياة موت دار بيت قصر برج مركز معبر جسر طريق حدود مخيم أول ثاني ثالث رابع خامس
	عاشر مئة ألف تاج عرش حصن قلعة حرب سلم أمن أمان نجاة سيف رمح درع نجم هلال بدر
	فرح عيد سبت أحد اثنين ثلاثاء أربعاء خميس يوم ليلة ساعة دقيقة قرن عام سنة شهر
	عشرة عشرين مائة ميدان ساحة حديقة منتزه محطة مصنع مطار موانئ شارع كورنيش
	هيئة دولة حكومة شعب وطن قوم أمة جيش شرطة لجنة وطني قومي شعبي مركزي رسمي
	أهرام شهداء شهيد أسير كرامة عزة مقاومة صمود تحرير استقلال نهضة تقدم اتحاد
	إتحاد أنصار جهاد دعوة هداية رسالة مكتب مجلس مدرسة جامعة كلية معهد`)

type wcRow struct {
	countryEn, ar, en string
	pop               int
}

func buildCities(names map[string]string, kr *keyer, vocab map[string]int, stop map[string]bool) []*place {
	common := map[string]bool{}
	for _, w := range commonWords {
		common[plainKey(w)] = true
	}
	for w := range stop {
		common[w] = true
	}

	f, err := os.Open(filepath.Join(*dataDir, "gazetteers/cities/world-cities-translations.csv"))
	check(err)
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	rows, err := r.ReadAll()
	check(err)
	var out []*place
	unmapped := map[string]bool{}
	seenCity := map[string]*place{}
	for _, row := range rows[1:] {
		cEn, ar, en := row[1], strings.TrimSpace(row[2]), row[3]
		pop, _ := strconv.Atoi(row[4])
		iso, ok := names[enKey(cEn)]
		if !ok {
			unmapped[cEn] = true
			note("city dropped: country not known")
			continue
		}
		forms, why := cleanCityLabel(ar, en, iso)
		if why != "" {
			note("city dropped: " + why)
			continue
		}
		// Common words.
		var good []string
		for _, fm := range forms {
			if w := commonWordReason(fm, kr, vocab, common); w != "" {
				debugf("common %s %q %q %s\n", iso, fm, en, w)
				note("city form dropped: " + w)
				continue
			}
			good = append(good, fm)
		}
		if len(good) == 0 {
			continue
		}
		t, ok := theTW.lookup(iso, en)
		if !ok {
			debugf("nocoord %s %q %q %d\n", iso, ar, en, pop)
			note("city dropped: no coordinates in tidwall/cities")
			continue
		}
		key := iso + "|" + fmt.Sprint(t.ID)
		if prev := seenCity[key]; prev != nil { // two labels of one city
			prev.ar = append(prev.ar, good...)
			prev.pop = max(prev.pop, pop)
			continue
		}
		p := &place{name: cleanEnglish(en), typ: "city", country: iso, lat: round4(t.Latitude), lon: round4(t.Longitude),
			ar: good, pop: pop, rank: rankCity, prefix: "مدينة"}
		seenCity[key] = p
		out = append(out, p)
	}
	for u := range unmapped {
		fmt.Println("world-cities country not mapped:", u)
	}
	addCLDRCities(out, seenCity, names, kr, vocab, common)
	return out
}

// addCLDRCities adds the CLDR exemplar-city names (time-zone cities, clean
// Arabic) as further forms of a generated city of the same English name,
// and as new cities when tidwall has the name in one country only.
func addCLDRCities(out []*place, seen map[string]*place, names map[string]string, kr *keyer, vocab map[string]int, common map[string]bool) {
	f, err := os.Open(filepath.Join(*dataDir, "gazetteers/cities/cldr48_ar_timezone_exemplar_cities.tsv"))
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	byEn := map[string][]*place{}
	for _, p := range out {
		byEn[enKey(p.name)] = append(byEn[enKey(p.name)], p)
	}
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 2 {
			continue
		}
		tz, ar := parts[0], strings.TrimSpace(parts[1])
		en := strings.ReplaceAll(tz[strings.LastIndex(tz, "/")+1:], "_", " ")
		if commonWordReason(ar, kr, vocab, common) != "" {
			note("CLDR city form dropped: common word")
			continue
		}
		if ps := byEn[enKey(en)]; len(ps) == 1 {
			ps[0].ar = append(ps[0].ar, ar)
			note("CLDR city name added to a city")
		}
	}
}

func cleanEnglish(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '`' {
			return '\''
		}
		return r
	}, s)
}

// cleanCityLabel turns a world-cities Arabic label into city forms, or
// says why it is not one.
func cleanCityLabel(ar, en, iso string) ([]string, string) {
	if i := strings.Index(ar, "("); i >= 0 {
		ar = strings.TrimSpace(ar[:i])
	}
	if i := strings.Index(ar, "،"); i >= 0 { // "كاواساكي، اليابان"
		ar = strings.TrimSpace(ar[:i])
	}
	ar = strings.Map(func(r rune) rune {
		if r == 0x200e || r == 0x200f || r == 0x200c || r == 0x200d {
			return -1
		}
		return r
	}, ar)
	if ar == "" {
		return nil, "no Arabic label"
	}
	for _, r := range ar {
		if r < 0x600 && r != ' ' && r != '-' {
			return nil, "label not in Arabic script"
		}
	}
	ar = stripDiacritics(strings.ReplaceAll(ar, "-", " "))
	for _, w := range strings.Fields(ar) {
		if notCityWords[w] || notCityWords[strings.TrimPrefix(w, "ال")] {
			return nil, "label names something else (stadium, club, battle …)"
		}
	}
	bare := ar
	prefixed := ""
	for _, p := range adminPrefixes {
		if strings.HasPrefix(ar, p) {
			bare = strings.TrimSpace(ar[len(p):])
			if p == "ولاية " || p == "محافظة " {
				prefixed = ar
			}
			break
		}
	}
	if len(strings.Fields(bare)) > 4 {
		return nil, "label too long to be a city name"
	}
	if !skelSimilar(arSkel(bare), enSkel(en)) {
		debugf("skel %s %q %q %s %s\n", iso, ar, en, arSkel(bare), enSkel(en))
		return nil, "Arabic label does not sound like the English name (wrong Wikidata link)"
	}
	forms := []string{bare}
	if prefixed != "" {
		forms = append(forms, prefixed)
	}
	return forms, ""
}

// commonWordReason says why a one-word form is a common word, or "". The
// rule: its key (normalized, without ال) is in the stopwords-iso list or
// the commonWords list; or it has at most two letters; or the news
// vocabulary shows the word behaving as a common noun or adjective: with
// a possessive pronoun (كتابه، كتابها) or, for a name written without
// ال, with the article (السلام for سلام), or, for one written with it,
// without (قائم for القائم) — together at least 30 times and at least a
// tenth as often as the name itself.
func commonWordReason(form string, kr *keyer, vocab map[string]int, common map[string]bool) string {
	k, ok := kr.key(form)
	if !ok {
		return "not a word"
	}
	if strings.Contains(k, " ") {
		return ""
	}
	if common[k] {
		return "common word (listed or a stopword)"
	}
	if utf8.RuneCountInString(k) <= 2 {
		return "two letters or fewer"
	}
	nk := arabic.Key(form, 0)
	hasArt := strings.HasPrefix(nk, "ال")
	base := k
	stemForSuffix := base
	if strings.HasSuffix(stemForSuffix, "ة") {
		stemForSuffix = strings.TrimSuffix(stemForSuffix, "ة") + "ت"
	}
	self := vocab[nk]
	other := 0
	if hasArt {
		other += vocab[base]
	} else {
		other += vocab["ال"+base]
	}
	for _, s := range []string{"ه", "ها", "هم", "نا"} {
		other += vocab[stemForSuffix+s]
	}
	if other >= 30 && float64(other) >= 0.1*float64(self) {
		return "common word (news vocabulary)"
	}
	return ""
}

// ---------------------------------------------------------------- word lists

func loadVocab(path string) map[string]int {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	v := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		n, err := strconv.Atoi(parts[1])
		if err != nil {
			continue
		}
		v[arabic.Key(parts[0], 0)] += n
	}
	return v
}

func loadStopwords(path string) map[string]bool {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" {
			m[plainKey(w)] = true
		}
	}
	return m
}

// ---------------------------------------------------------------- resolve

// resolve applies the no-shared-form rule. Every form is keyed as the
// matcher keys it. A key claimed by entries of one rank is taken from
// all of them (two countries called الكونغو), except among generated
// cities, where the most populous keeps it; otherwise the entry of the
// lower rank keeps it: country, then adjective, capital, region,
// province, site, hand-written city, generated city. A capital or city
// that loses its bare name gets the name with its prefix (مدينة الكويت)
// if that is free. Adjectives are checked too: an adjective whose forms
// another country's adjective or name has is dropped.
func resolve(all []*place, kr *keyer) {
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].rank != all[j].rank {
			return all[i].rank < all[j].rank
		}
		return all[i].pop > all[j].pop
	})
	owner := map[string]*place{}
	ownerRank := map[string]int{}
	// Count claims per rank first to find ties.
	claims := map[string]map[*place]bool{}
	forms := map[*place][]string{}
	for _, p := range all {
		var fs []string
		seen := map[string]bool{}
		for _, f := range p.ar {
			k, ok := kr.key(f)
			if !ok {
				note("form dropped: not a word sequence")
				debugf("notword %s %q\n", p.name, f)
				continue
			}
			// A one-word name the segmenter cuts (برقة read as ب + رقة)
			// would match the word left over: dropped.
			// Generated cities lose it; hand-written entries keep it (it still
			// matches the name, cut the same way in text) and are listed.
			if !strings.Contains(f, " ") && k != plainKey(f) {
				if p.rank == rankCity {
					note("city form dropped: the segmenter reads part of it as a clitic")
					continue
				}
				cutHand = append(cutHand, fmt.Sprintf("%s %s → %s", p.name, f, k))
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			fs = append(fs, f)
			if p.rank != rankCity {
				ck := fmt.Sprint(p.rank) + "|" + k
				if claims[ck] == nil {
					claims[ck] = map[*place]bool{}
				}
				claims[ck][p] = true
			}
		}
		forms[p] = fs
	}
	rankName := []string{"country", "adjective", "capital", "region", "province", "site", "city (hand)", "city"}
	adjDone := false
	for _, p := range all {
		if p.typ != "country" && !adjDone {
			claimAdjectives(all, owner, ownerRank, kr)
			adjDone = true
		}
		var kept []string
		for _, f := range forms[p] {
			k, _ := kr.key(f)
			if p.rank != rankCity && len(claims[fmt.Sprint(p.rank)+"|"+k]) > 1 {
				debugf("tie %s %q\n", p.name, f)
				note("form dropped: shared by two entries of one rank (" + rankName[p.rank] + ")")
				continue
			}
			if o, ok := owner[k]; ok && o != p {
				if p.rank < rankCity {
					debugf("lost %s %q to %s\n", p.name, f, o.name)
				}
				note(fmt.Sprintf("form dropped: %s beats %s", rankName[ownerRank[k]], rankName[p.rank]))
				// The prefixed form (مدينة الكويت, محافظة البصرة) is taken only
				// from a country or province of the same country: against
				// another city it would be as ambiguous as the bare name.
				sameLand := o.typ == "country" && o.id == p.country || (o.typ == "province" || o.typ == "region") && o.country == p.country
				if sameLand && p.prefix != "" && !strings.HasPrefix(f, p.prefix) && !strings.Contains(k, " ") {
					pf := p.prefix + " " + f
					if pk, ok := kr.key(pf); ok {
						if _, taken := owner[pk]; !taken {
							owner[pk] = p
							ownerRank[pk] = p.rank
							kept = append(kept, pf)
							note("form replaced by its prefixed form (" + p.prefix + " …)")
						}
					}
				}
				continue
			}
			owner[k] = p
			ownerRank[k] = p.rank
			kept = append(kept, f)
		}
		// One form per key (a replacement may repeat a hand-written form).
		seen := map[string]bool{}
		p.ar = p.ar[:0]
		for _, f := range kept {
			if k, _ := kr.key(f); !seen[k] {
				seen[k] = true
				p.ar = append(p.ar, f)
			}
		}
	}
}

// dropDuplicates removes generated cities that are a hand-written capital
// or city again (same country, within 0.3 degrees, a form in common).
func dropDuplicates(all []*place, kr *keyer) {
	hand := map[string][]*place{}
	for _, p := range all {
		if p.typ == "capital" || p.rank == rankHandCity {
			hand[p.country] = append(hand[p.country], p)
		}
	}
	keys := func(p *place) map[string]bool {
		m := map[string]bool{}
		for _, f := range p.ar {
			if k, ok := kr.key(f); ok {
				m[k] = true
			}
		}
		return m
	}
	for _, g := range all {
		if g.rank != rankCity {
			continue
		}
		gk := keys(g)
		for _, h := range hand[g.country] {
			if dist(g.lat, g.lon, h.lat, h.lon) > 0.3 {
				continue
			}
			same := enKey(g.name) == enKey(h.name)
			for k := range keys(h) {
				if gk[k] {
					same = true
				}
			}
			if same {
				g.ar = nil
				note("city dropped: same place as a hand-written capital or city")
				break
			}
		}
	}
}

// yieldToActors drops the forms of generated cities that an actor of the
// other lexicon files already has (a person's surname such as روبيو or
// سولانا is far likelier in news than a small town of that name). Hand
// entries do not yield: a collision with them is reported by
// "marsad dict check" for the two authors to settle.
func yieldToActors(all []*place, kr *keyer) {
	reserved := map[string]bool{}
	root := filepath.Dir(*outDir)
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".lex") || filepath.Dir(path) == filepath.Clean(*outDir) {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		inActor := false
		for _, line := range strings.Split(string(raw), "\n") {
			if line != "" && line[0] != ' ' && line[0] != '\t' {
				inActor = strings.HasPrefix(line, "actor ")
				continue
			}
			t := strings.TrimSpace(line)
			if !inActor || !strings.HasPrefix(t, "ar ") {
				continue
			}
			for _, f := range strings.Split(strings.TrimPrefix(t, "ar "), "|") {
				if i := strings.Index(f, " #"); i >= 0 {
					f = f[:i]
				}
				if k, ok := kr.key(strings.TrimSpace(f)); ok {
					reserved[k] = true
				}
			}
		}
		return nil
	})
	for _, p := range all {
		if p.rank != rankCity {
			continue
		}
		var kept []string
		for _, f := range p.ar {
			if k, ok := kr.key(f); ok && reserved[k] {
				note("city form dropped: an actor's form in another lexicon file")
				continue
			}
			kept = append(kept, f)
		}
		p.ar = kept
	}
}

// commonOK: the generated forms were already filtered for common words;
// the prefixed ones (ولاية قندهار) are not added to hand entries, whose
// prefixes are chosen by hand.
func commonOK(f string) bool {
	for _, p := range adminPrefixes {
		if strings.HasPrefix(f, p) {
			return false
		}
	}
	return true
}

var vocabForAdj map[string]int

// cutHand lists hand-written one-word forms the segmenter cuts.
var cutHand []string

// claimAdjectives: every inflected form of a country's adjectives must be
// free (no country's name, no other country's adjective).
func claimAdjectives(all []*place, owner map[string]*place, ownerRank map[string]int, kr *keyer) {
	count := map[string]int{}
	for _, p := range all {
		if p.typ != "country" {
			continue
		}
		if len(p.adj) == 0 && !noAdj[p.id] && len(p.ar) > 0 {
			if a := deriveAdj(p.ar[0]); a != "" {
				ak := arabic.Key(a, 0)
				n := vocabForAdj[ak] + vocabForAdj["ال"+ak] + vocabForAdj[ak+"ة"] + vocabForAdj["ال"+ak+"ة"]
				if n >= 5 {
					p.adj = []string{a}
					note("adjective derived by rule and attested in the news vocabulary")
				} else {
					note("adjective derived by rule but not attested: omitted")
				}
			}
		} else if len(p.adj) > 0 {
			note("adjective checked by hand")
		}
		for _, a := range p.adj {
			for _, f := range adjForms(a) {
				k, _ := kr.key(f)
				count[k]++
			}
		}
	}
	for _, p := range all {
		if p.typ != "country" {
			continue
		}
		var kept []string
	adj:
		for _, a := range p.adj {
			for _, f := range adjForms(a) {
				k, _ := kr.key(f)
				if count[k] > 1 {
					note("adjective dropped: two countries share it")
					continue adj
				}
				if o, ok := owner[k]; ok && o != p {
					note("adjective dropped: a country's name")
					continue adj
				}
			}
			kept = append(kept, a)
			for _, f := range adjForms(a) {
				k, _ := kr.key(f)
				owner[k] = p
				ownerRank[k] = rankAdj
			}
		}
		p.adj = kept
	}
}

// ---------------------------------------------------------------- ids

func slug(s string) string {
	k := enKey(s)
	return strings.ReplaceAll(k, " ", "-")
}

func assignIDs(ps []*place) {
	used := map[string]bool{}
	for _, p := range ps {
		if p.typ == "country" {
			used[p.id] = true
		}
	}
	// Hand entries first (they come first in rank order), then generated
	// cities by population: a later entry with a taken slug gets its
	// country's code appended (tripoli-lbn).
	for _, p := range ps {
		if p.typ == "country" {
			continue
		}
		if p.id == "" {
			p.id = slug(p.name)
		}
		id := p.id
		if used[id] {
			id = p.id + "-" + strings.ToLower(p.country)
		}
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%s-%d", p.id, strings.ToLower(p.country), n)
		}
		p.id = id
		used[id] = true
	}
}

// ---------------------------------------------------------------- checks

// checkAll enforces the rules the summary reports: codes agree with the
// country named, coordinates are in range, every entry has a form.
func checkAll(ps []*place) {
	countries := map[string]bool{}
	for _, p := range ps {
		if p.typ == "country" {
			countries[p.id] = true
		}
	}
	for _, p := range ps {
		bad := func(msg string) { check(fmt.Errorf("place %s: %s", p.id, msg)) }
		switch p.typ {
		case "country":
			if p.code != p.id {
				bad("code does not agree with the country")
			}
		case "capital":
			if p.code != p.country {
				bad("capital's code does not agree with its country")
			}
		}
		if p.typ != "country" && !countries[p.country] {
			bad("unknown country " + p.country)
		}
		if math.Abs(p.lat) > 90 || math.Abs(p.lon) > 180 {
			bad("coordinates out of range")
		}
		if len(p.ar) == 0 {
			bad("no Arabic form")
		}
	}
}

// ---------------------------------------------------------------- output

func writeLex(path, file string, ps []*place) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].country != ps[j].country {
			return ps[i].country < ps[j].country
		}
		if ps[i].typ != ps[j].typ {
			return typeOrder[ps[i].typ] < typeOrder[ps[j].typ]
		}
		return ps[i].id < ps[j].id
	})
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: generated by `go run ./internal/lexgen/places` from the repository root; edit the\n", file)
	fmt.Fprintf(&b, "# generator or its hand-written tables (internal/lexgen/places/*_hand.go), not this file.\n")
	fmt.Fprintf(&b, "# Sources: %s\n", sources[file])
	fmt.Fprintf(&b, "# Test sentences are written by the marsad authors.\n")
	for _, p := range ps {
		b.WriteString("\n")
		fmt.Fprintf(&b, "place %s\n", p.id)
		fmt.Fprintf(&b, "  name %s\n", p.name)
		fmt.Fprintf(&b, "  type %s\n", p.typ)
		if p.typ != "country" {
			fmt.Fprintf(&b, "  country %s\n", p.country)
		}
		if p.code != "" {
			fmt.Fprintf(&b, "  code %s\n", p.code)
		}
		fmt.Fprintf(&b, "  coord %s %s\n", ftoa(p.lat), ftoa(p.lon))
		if p.wikidata != "" {
			fmt.Fprintf(&b, "  wikidata %s\n", p.wikidata)
		}
		fmt.Fprintf(&b, "  ar %s\n", strings.Join(p.ar, " | "))
		if len(p.adj) > 0 {
			fmt.Fprintf(&b, "  adj %s\n", strings.Join(p.adj, " | "))
		}
		for _, t := range p.tests {
			fmt.Fprintf(&b, "  test %s => %s\n", t, p.id)
		}
	}
	check(os.MkdirAll(filepath.Dir(path), 0o755))
	check(os.WriteFile(path, []byte(b.String()), 0o644))
}

var typeOrder = map[string]int{"country": 0, "capital": 1, "region": 2, "province": 3, "site": 4, "city": 5}

var sources = map[string]string{
	"countries.lex": "names from CLDR 48 (Unicode License v3), iso-codes 4.15 (LGPL-2.1+), i18n-iso-countries 7.14 (MIT) and mledoze/countries (ODbL-1.0, also the coordinates); adjectives, extra forms and Wikidata ids by hand.",
	"capitals.lex":  "written by hand; coordinates checked against github.com/tidwall/cities (GeoNames-derived, public domain).",
	"cities.lex":    "provinces and main cities by hand; other cities' Arabic names from world-cities-translations (Wikidata, CC BY 4.0) and CLDR 48 exemplar cities (Unicode License v3), coordinates from github.com/tidwall/cities (GeoNames-derived, public domain).",
	"sites.lex":     "written by hand.",
}

func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func summary(ps []*place) {
	n := map[string]int{}
	adjs, tests := 0, 0
	for _, p := range ps {
		n[p.typ]++
		adjs += len(p.adj)
		tests += len(p.tests)
	}
	fmt.Println("places: entries by type:")
	for _, t := range []string{"country", "capital", "region", "province", "site", "city"} {
		fmt.Printf("  %-9s %d\n", t, n[t])
	}
	fmt.Printf("  adjectives %d, tests %d\n", adjs, tests)
	if len(cutHand) > 0 {
		fmt.Println("hand-written forms the segmenter cuts (kept; they also match the word left over):")
		for _, c := range cutHand {
			fmt.Println("  " + c)
		}
	}
	fmt.Println("rules applied:")
	var ks []string
	for k := range stats {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("  %6d  %s\n", stats[k], k)
	}
}

var _ = io.EOF
