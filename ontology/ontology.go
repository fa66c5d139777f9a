package ontology

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.tsv
var cameoTSV string

// Plover is a PLOVER event type with its mode and context.
type Plover struct {
	Type    string // "ASSAULT"; empty for CAMEO codes PLOVER does not code
	Mode    string // "" or a mode of Type, e.g. "assist"
	Context string // "" or contexts, comma-separated: "military,legal"
}

// Event is a CAMEO event code with what the codebooks say about it.
type Event struct {
	Code      string  // "0232"
	Name      string  // "Appeal for military aid"
	Goldstein float64 // -10 (most conflictual) … +10 (most cooperative)
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Plover    Plover
}

// ploverTypes are PLOVER's 16 event types in the manual's order.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

type table struct {
	events   map[string]Event
	codes    []string
	modes    map[string]map[string]bool // type → modes used with it
	contexts map[string]bool
}

var load = sync.OnceValue(func() *table {
	t, err := parse(cameoTSV)
	if err != nil {
		panic("ontology: embedded data/cameo.tsv: " + err.Error())
	}
	return t
})

func parse(data string) (*table, error) {
	t := &table{
		events:   make(map[string]Event, 320),
		modes:    make(map[string]map[string]bool, len(ploverTypes)),
		contexts: map[string]bool{},
	}
	for _, typ := range ploverTypes {
		t.modes[typ] = map[string]bool{}
	}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("line %d: %d fields, want 7", n+1, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		e := Event{Code: f[0], Name: f[1], Goldstein: g, QuadClass: q, Plover: Plover{f[4], f[5], f[6]}}
		t.events[e.Code] = e
		t.codes = append(t.codes, e.Code)
		if e.Plover.Type != "" {
			m, ok := t.modes[e.Plover.Type]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown PLOVER type %q", n+1, e.Plover.Type)
			}
			if e.Plover.Mode != "" {
				m[e.Plover.Mode] = true
			}
			for _, c := range strings.Split(e.Plover.Context, ",") {
				if c != "" {
					t.contexts[c] = true
				}
			}
		}
	}
	sort.Strings(t.codes)
	return t, nil
}

// Lookup returns the event of a CAMEO code of two to four digits ("19",
// "190", "0232"); ok is false for a code the codebooks do not list.
func Lookup(code string) (Event, bool) {
	e, ok := load().events[code]
	return e, ok
}

// Codes returns all known CAMEO codes, sorted.
func Codes() []string {
	return append([]string(nil), load().codes...)
}

// PloverTypes returns the 16 PLOVER event types, in the manual's order.
func PloverTypes() []string {
	return append([]string(nil), ploverTypes...)
}

// ValidPlover reports whether p names a PLOVER type, a mode the CAMEO→PLOVER
// table uses with that type (or none) and contexts the table uses (or none).
// An empty p is valid: it is what CAMEO statements map to.
func ValidPlover(p Plover) error {
	if p == (Plover{}) {
		return nil
	}
	t := load()
	modes, ok := t.modes[p.Type]
	if !ok {
		return fmt.Errorf("ontology: unknown PLOVER type %q", p.Type)
	}
	if p.Mode != "" && !modes[p.Mode] {
		return fmt.Errorf("ontology: PLOVER type %s has no mode %q (modes: %s)", p.Type, p.Mode, strings.Join(keys(modes), ", "))
	}
	if p.Context != "" {
		for _, c := range strings.Split(p.Context, ",") {
			if c = strings.TrimSpace(c); !t.contexts[c] {
				return fmt.Errorf("ontology: unknown PLOVER context %q (contexts: %s)", c, strings.Join(keys(t.contexts), ", "))
			}
		}
	}
	return nil
}

func keys(m map[string]bool) []string {
	k := make([]string, 0, len(m))
	for s := range m {
		k = append(k, s)
	}
	sort.Strings(k)
	return k
}
