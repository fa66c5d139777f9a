package lexicon

import (
	"fmt"

	"github.com/marsad-project/marsad/ontology"
)

// Kind is the kind of a lexicon entry.
type Kind uint8

const (
	KindActor Kind = iota + 1
	KindPlace
	KindAgent
	KindPattern
)

var kindNames = [...]string{"?", "actor", "place", "agent", "pattern"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

func parseKind(s string) (Kind, bool) {
	for k := KindActor; k <= KindPattern; k++ {
		if kindNames[k] == s {
			return k, true
		}
	}
	return 0, false
}

// Pos is where something was written: a file and a 1-based line.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Entry is one entry of a lexicon file. Which fields are set depends on
// Kind; FORMAT.md lists them.
type Entry struct {
	Kind     Kind
	ID       string
	Name     string
	Type     string // actor and place types: person, igo, group …; country, city …
	Country  string // ISO3 the entry belongs to
	Wikidata string
	Forms    []Form
	Codes    []Code

	// Places.
	Coord    Coord
	HasCoord bool
	Adjs     []Form // nationality adjectives, as written

	// Agents.
	Agent  string // agent code: GOV, MIL …
	Office string

	// Patterns.
	Cameo  string
	Plover ontology.Plover
	Verbs  [][2]string // perfect, imperfect
	Nouns  []Form
	With   []Form
	Not    []Form

	Tests []Test
	Pos   Pos
	// User is true for entries read from a user's directory.
	User bool
}

// Form is an Arabic form of an entry as written, with where it was written.
type Form struct {
	Text string
	Pos  Pos
}

// Coord is a point in decimal degrees.
type Coord struct{ Lat, Lon float64 }

// Code is an actor code, valid From..To (zero ends are open), optionally
// naming the office its holder held.
type Code struct {
	Code     string
	From, To Date
	Office   string
	Pos      Pos
}

// Dated reports whether c has a date range.
func (c Code) Dated() bool { return c.From != 0 || c.To != 0 }

// Covers reports whether c is valid on d.
func (c Code) Covers(d Date) bool {
	return (c.From == 0 || d >= c.From) && (c.To == 0 || d <= c.To)
}

// Test is an example sentence with the result expected of it.
type Test struct {
	Sentence string
	Date     Date   // 0: no date
	Expect   string // a code, a place id, or "-"
	Name     string // the English name expected, when given
	Pos      Pos
}

// CodeAt returns e's code on date d: the first dated code that covers d,
// else the undated one. With d zero it is the undated code, else the code
// that ran latest. It returns the Code found and false when e has none.
func (e *Entry) CodeAt(d Date) (Code, bool) {
	var fallback, latest Code
	var hasFallback, hasLatest bool
	for _, c := range e.Codes {
		if !c.Dated() {
			if !hasFallback {
				fallback, hasFallback = c, true
			}
			continue
		}
		if d != 0 && c.Covers(d) {
			return c, true
		}
		if !hasLatest || endOf(c) > endOf(latest) {
			latest, hasLatest = c, true
		}
	}
	if hasFallback {
		return fallback, true
	}
	if d == 0 && hasLatest {
		return latest, true
	}
	return Code{}, false
}

func endOf(c Code) Date {
	if c.To == 0 {
		return maxDate
	}
	return c.To
}
