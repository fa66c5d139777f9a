package lexicon

import (
	"regexp"
	"sort"
	"strings"

	"github.com/marsad-project/marsad/ontology"
)

var wikidataID = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// Check validates the lexicon: unknown codes, types and offices, bad
// dates, countries that do not agree with the codes, forms two entries
// share, patterns that can never apply, malformed tests. Each problem is a
// *marsad.PositionError naming the file and line; they come sorted.
func (lx *Lexicon) Check() []error {
	errs := len(lx.problems)
	for _, e := range lx.entries {
		lx.checkEntry(e)
	}
	out := append([]error(nil), lx.problems...)
	lx.problems = lx.problems[:errs]
	sortErrors(out)
	return out
}

func (lx *Lexicon) checkEntry(e *Entry) {
	bad := func(format string, args ...any) { lx.problem(e.Pos, format, args...) }
	if e.Wikidata != "" && !wikidataID.MatchString(e.Wikidata) {
		bad("%s %s: wikidata %q is not a Q id", e.Kind, e.ID, e.Wikidata)
	}
	if e.Country != "" {
		if _, ok := lx.countries[e.Country]; !ok {
			bad("%s %s: country %q is not the ISO3 code of a country in the lexicon", e.Kind, e.ID, e.Country)
		}
	}
	switch e.Kind {
	case KindActor:
		if e.Type != "" && !actorTypes[e.Type] {
			bad("actor %s: unknown type %q (want one of %s)", e.ID, e.Type, keysOf(actorTypes))
		}
		if (e.Type == "person" || e.Type == "subnational") && e.Country == "" {
			bad("actor %s: a %s needs a country", e.ID, e.Type)
		}
		lx.checkCodes(e)
	case KindPlace:
		if e.Type != "" && !placeTypes[e.Type] {
			bad("place %s: unknown type %q (want one of %s)", e.ID, e.Type, keysOf(placeTypes))
		}
		if e.Type != "country" && e.Type != "" && e.Country == "" {
			bad("place %s: a %s needs a country", e.ID, e.Type)
		}
		if e.Type != "region" && !e.HasCoord {
			bad("place %s: a %s needs coordinates (coord LAT LON)", e.ID, e.Type)
		}
		if len(e.Adjs) > 0 && e.Type != "country" {
			bad("place %s: only a country has nationality adjectives", e.ID)
		}
		lx.checkCodes(e)
		for _, c := range e.Codes {
			switch {
			case e.Type == "country" && c.Code != e.ID:
				lx.problem(c.Pos, "place %s: a country stands for its own code, not %s", e.ID, c.Code)
			case e.Type == "capital" && c.Code[:min(3, len(c.Code))] != e.Country:
				lx.problem(c.Pos, "place %s: a capital of %s stands for %s, not %s", e.ID, e.Country, e.Country, c.Code)
			}
		}
	case KindAgent:
		if !agentCodes[e.Agent] {
			bad("agent %s: unknown agent code %q (want one of %s)", e.ID, e.Agent, keysOf(agentCodes))
		}
		if e.Office != "" && !offices[e.Office] {
			bad("agent %s: unknown office %q (want one of %s)", e.ID, e.Office, keysOf(offices))
		}
	case KindPattern:
		if _, ok := ontology.Lookup(e.Cameo); !ok {
			bad("pattern %s: unknown CAMEO code %q", e.ID, e.Cameo)
		}
		if e.Plover.Type != "" {
			if err := ontology.ValidPlover(e.Plover); err != nil {
				bad("pattern %s: %v", e.ID, err)
			}
		}
		for _, v := range e.Verbs {
			if v[1] != "" && !strings.HasPrefix(v[1], "ي") {
				bad("pattern %s: verb %s %s: the imperfect is the third person masculine singular, in ي", e.ID, v[0], v[1])
			}
		}
	}
	lx.checkTests(e)
}

func (lx *Lexicon) checkCodes(e *Entry) {
	for _, c := range e.Codes {
		if p := lx.codeProblem(c.Code); p != "" {
			lx.problem(c.Pos, "%s %s: code %s: %s", e.Kind, e.ID, c.Code, p)
			continue
		}
		if c.Office != "" && !offices[c.Office] {
			lx.problem(c.Pos, "%s %s: unknown office %q (want one of %s)", e.Kind, e.ID, c.Office, keysOf(offices))
		}
		// A code must agree with the country its holder belongs to,
		// unless it is an international role (an envoy of the UN).
		if e.Country != "" && !international(c.Code) && !agentCodes[c.Code[:3]] && c.Code[:3] != e.Country {
			lx.problem(c.Pos, "%s %s: code %s does not agree with country %s", e.Kind, e.ID, c.Code, e.Country)
		}
	}
}

func (lx *Lexicon) checkTests(e *Entry) {
	for _, t := range e.Tests {
		if t.Expect == "-" {
			continue
		}
		switch e.Kind {
		case KindPattern:
			if _, ok := ontology.Lookup(t.Expect); !ok {
				lx.problem(t.Pos, "test: %q is not a CAMEO code", t.Expect)
			}
		case KindPlace:
			if t.Expect != e.ID && lx.codeProblem(t.Expect) != "" {
				lx.problem(t.Pos, "test: expect the place id %q or a code, not %q", e.ID, t.Expect)
			}
		default:
			if p := lx.codeProblem(t.Expect); p != "" {
				lx.problem(t.Pos, "test: expected code %s: %s", t.Expect, p)
			}
		}
	}
}

func keysOf(m map[string]bool) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}
