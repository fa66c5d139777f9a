package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/lexicon"
)

// GDELT 2.0 event rows, written by 'marsad code --format gdelt' (one row
// per coded event) and 'marsad export --format gdelt' (one row per
// story-level event). The 61 columns follow GDELT 2.0's event codebook
// (data/ontology/gdelt_schema/); no header, as GDELT's files.

// gdeltColumns is the number of columns of a GDELT 2.0 event row.
const gdeltColumns = 61

// gdeltEvent is one GDELT row: an event and what GDELT keeps beside it.
type gdeltEvent struct {
	ID    uint64 // GLOBALEVENTID
	Event *marsad.Event
	// Day is the event's date, else its document's publication date:
	// "2021-07-23", "2021-07", "2021" or "".
	Day                         string
	Mentions, Sources, Articles int
	Added                       time.Time // DATEADDED; zero: empty
	URL                         string    // SOURCEURL
	// Countries tells a country (ActionGeo_Type 1) from a place within
	// one (4); nil: a place with coordinates is a city.
	Countries countryNames
}

// countryNames returns the English name of the country of an ISO3 code,
// "" for none.
type countryNames func(iso3 string) string

// lexiconCountries returns the country names of a lexicon.
func lexiconCountries(lx *lexicon.Lexicon) countryNames {
	return func(iso3 string) string {
		if e, ok := lx.Country(iso3); ok {
			return e.Name
		}
		return ""
	}
}

// gdeltEventID is the GLOBALEVENTID of an event coded by 'marsad code':
// the 64-bit FNV-1a hash of the document id and the event id (its index
// when it has none), cut to 53 bits so that it stays exact where numbers
// are float64 (JavaScript, R, spreadsheets). The same document coded
// again gives the same ids.
func gdeltEventID(docID, eventID string, index int) uint64 {
	if eventID == "" {
		eventID = "#" + strconv.Itoa(index)
	}
	h := fnv.New64a()
	io.WriteString(h, docID)
	h.Write([]byte{0})
	io.WriteString(h, eventID)
	return h.Sum64() & (1<<53 - 1)
}

// writeGDELT writes story events as GDELT 2.0 event rows, numbered from 1
// in the order given.
func writeGDELT(w io.Writer, evs []*marsad.StoryEvent, countries countryNames) error {
	for i, e := range evs {
		err := writeGDELTRow(w, &gdeltEvent{ID: uint64(i + 1), Event: &e.Event, Day: e.Day,
			Mentions: e.NumMentions, Sources: e.NumSources, Articles: e.NumArticles,
			Added: e.Added, URL: orString(e.URL, e.DocID), Countries: countries})
		if err != nil {
			return err
		}
	}
	return nil
}

// writeCodedGDELT writes the events of one coded document as GDELT 2.0
// event rows. published is the document's publication day (YYYY-MM-DD or
// ""), the date of events that carry none; added is DATEADDED.
func writeCodedGDELT(w io.Writer, c *marsad.Coded, published string, added time.Time, countries countryNames) error {
	for i := range c.Events {
		e := &c.Events[i]
		err := writeGDELTRow(w, &gdeltEvent{ID: gdeltEventID(c.Doc.ID, e.ID, i), Event: e, Day: orString(e.Date, published),
			Mentions: max(len(e.Evidence), 1), Sources: 1, Articles: 1,
			Added: added, URL: orString(c.Doc.URL, c.Doc.ID), Countries: countries})
		if err != nil {
			return err
		}
	}
	return nil
}

// gdeltClean keeps a field on its line and in its column.
var gdeltClean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// writeGDELTRow writes one row.
func writeGDELTRow(w io.Writer, g *gdeltEvent) error {
	cols := g.columns()
	for j, c := range cols {
		cols[j] = gdeltClean.Replace(c)
	}
	_, err := io.WriteString(w, strings.Join(cols, "\t")+"\n")
	return err
}

// columns returns the 61 fields of the row. Fields marsad does not code
// (AvgTone, ADM1/ADM2 codes, feature ids, the actors' places) are empty,
// or 0 for a geo type. A partial date is written with day or month 01.
func (g *gdeltEvent) columns() []string {
	e := g.Event
	cols := make([]string, 0, gdeltColumns)
	cols = append(cols, strconv.FormatUint(g.ID, 10))
	y, m, d := splitDay(g.Day)
	if y == 0 {
		cols = append(cols, "", "", "", "")
	} else {
		mm, dd := max(m, 1), max(d, 1)
		cols = append(cols, fmt.Sprintf("%04d%02d%02d", y, mm, dd), fmt.Sprintf("%04d%02d", y, mm), strconv.Itoa(y),
			fmt.Sprintf("%.4f", float64(y)+float64(mm*30+dd)/365))
	}
	cols = append(cols, gdeltActor(e.Source)...)
	cols = append(cols, gdeltActor(e.Target)...)
	root := "0"
	if e.Sentence.Index == 0 {
		root = "1"
	}
	base, rootCode := e.CAMEO, e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	if len(rootCode) > 2 {
		rootCode = rootCode[:2]
	}
	quad := ""
	if e.QuadClass > 0 {
		quad = strconv.Itoa(e.QuadClass)
	}
	cols = append(cols, root, e.CAMEO, base, rootCode, quad, ftoa(e.Goldstein),
		strconv.Itoa(g.Mentions), strconv.Itoa(g.Sources), strconv.Itoa(g.Articles), "")
	// Actor1Geo_*, Actor2Geo_*: marsad places events, not actors.
	for k := 0; k < 2; k++ {
		cols = append(cols, "0", "", "", "", "", "", "", "")
	}
	cols = append(cols, gdeltGeo(e.Location, g.Countries)...)
	added := ""
	if !g.Added.IsZero() {
		added = g.Added.UTC().Format("20060102150405")
	}
	return append(cols, added, g.URL)
}

// gdeltGeo returns the eight ActionGeo columns: Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. Type is 1 for a
// country, 4 for a place within one (GDELT's WORLDCITY), 0 for none.
// CountryCode is the ISO 3166 alpha-3 code marsad codes with (GDELT
// writes FIPS 10-4 codes there).
func gdeltGeo(l *marsad.Location, countries countryNames) []string {
	if l == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	hasCoord := l.Lat != 0 || l.Lon != 0
	typ := "4"
	switch {
	case countries != nil && l.Country != "" && l.Name != "" && countries(l.Country) == l.Name:
		typ = "1"
	case countries == nil && !hasCoord:
		typ = "1"
	}
	lat, lon := "", ""
	if hasCoord {
		lat, lon = ftoa(l.Lat), ftoa(l.Lon)
	}
	return []string{typ, orString(l.Name, l.Text), l.Country, "", "", lat, lon, ""}
}

// CAMEO's three-letter groups, as far as GDELT's actor columns tell them
// apart (the lexicon's vocabulary is in lexicon/codes.go).
var (
	// gdeltTypes are agent and international type codes: Type1..3Code.
	gdeltTypes = setOf(`
		GOV MIL COP JUD LEG PTY OPP REB INS SEP UAF SPY MED EDU BUS CRM CVL LAB
		HLH REF MOD RAD AGR ELI REL HRI NGO IGO IMG ENV DEV SET ELC PPL MNC
		UIS INT NGM PKO`)
	// gdeltRegions stand for a country in CAMEO: CountryCode.
	gdeltRegions = setOf(`AFR ASA BLK CAS CAU CFR CRB EAF EEU EUR LAM MEA NAF NMR SAF SAM SAS SEA WAF WEU WST`)
	// gdeltReligions are religious groups: Religion1Code, Religion2Code.
	gdeltReligions = setOf(`BUD CHR CTH HIN JEW MOS PRO SHI SIK SUN TAO DRU DRZ ALW YAZ`)
	// gdeltEthnic are ethnic groups: EthnicCode.
	gdeltEthnic = setOf(`KUR ASY TAM TIB UIG`)
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// gdeltActor returns the ten actor columns: Code, Name, CountryCode,
// KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code,
// Type2Code, Type3Code. The code is read three letters at a time as CAMEO
// builds it: the actor's country (or a region), types (GOV, MIL,
// IGO …), ethnic and religious groups, and named groups (UNO, HEZ, PMF …),
// the first of which is the known group. IGOUNO: no country, known group
// UNO, type IGO.
func gdeltActor(a *marsad.Actor) []string {
	if a == nil {
		return make([]string, 10)
	}
	country, group, ethnic := a.Country, "", ""
	var religions, types []string
	code := a.Code
	if country != "" && strings.HasPrefix(code, country) {
		code = code[len(country):]
	}
	for i := 0; i+3 <= len(code); i += 3 {
		g := code[i : i+3]
		switch {
		case country == "" && gdeltRegions[g]:
			country = g
		case gdeltTypes[g]:
			types = append(types, g)
		case gdeltReligions[g]:
			religions = append(religions, g)
		case gdeltEthnic[g]:
			if ethnic == "" {
				ethnic = g
			}
		case group == "" && g != a.Country:
			group = g
		}
	}
	if len(types) == 0 && a.Agent != "" {
		types = append(types, a.Agent)
	}
	religions = append(religions, "", "")
	types = append(types, "", "", "")
	return []string{a.Code, strings.ToUpper(orString(a.Name, a.Text)), country, group, ethnic,
		religions[0], religions[1], types[0], types[1], types[2]}
}

// splitDay splits "2021-07-23", "2021-07" or "2021"; zeros for what is
// missing.
func splitDay(s string) (y, m, d int) {
	parts := strings.Split(s, "-")
	if len(parts) > 0 {
		y, _ = strconv.Atoi(parts[0])
	}
	if len(parts) > 1 {
		m, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		d, _ = strconv.Atoi(parts[2])
	}
	return
}
