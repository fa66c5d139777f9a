package coder

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// actorOf turns a lexicon mention into the contract's Actor: the code as
// of the document's date, its country (ISO3 prefix) and agent (what
// follows the country), and the canonical English name when the lexicon
// knows one. Places stand for their country ("واشنطن" is USA); a role word
// with no country is an actor with only an agent.
func actorOf(text string, m lexicon.Mention) *marsad.Actor {
	a := &marsad.Actor{Text: text[m.Start:m.End], Start: m.Start, End: m.End, Code: m.Code, Country: m.Country, Name: m.Name}
	if m.Kind == lexicon.MentionPlace || m.Kind == lexicon.MentionNationality {
		a.Code = m.Country
		if m.Place != nil && m.Place.Type == "country" {
			a.Name = m.Place.Name
		}
	}
	if a.Country == "" && len(a.Code) >= 3 && isCountryCode(a.Code[:3]) {
		a.Country = a.Code[:3]
	}
	switch {
	case a.Country != "" && len(a.Code) > 3 && a.Code[:3] == a.Country:
		a.Agent = a.Code[3:]
	case a.Country == "" && len(a.Code) == 3 && m.Agent != nil:
		a.Agent = a.Code
	case a.Country == "" && len(a.Code) >= 3:
		// Groups and IGOs keep their whole code (IMGSUNISI, IGOMIL).
	}
	if len(a.Agent) > 3 {
		a.Agent = a.Agent[:3]
	}
	return a
}

// isCountryCode reports whether s looks like an ISO 3166 alpha-3 code
// rather than one of the non-state prefixes (IGO, IMG, NGO …).
func isCountryCode(s string) bool {
	switch s {
	case "IGO", "IMG", "NGO", "MNC", "UAF", "REB", "OPP", "INS", "SPY", "MIL", "GOV", "CVL", "BUS", "MED", "EDU", "REL", "LEG", "JUD", "COP", "ELI", "LAB", "AGR", "HLH", "CRM", "REF", "MOD", "RAD", "PTY", "HRI", "ENV", "UNK":
		return false
	}
	return len(s) == 3
}

// sentenceOf returns the index of the sentence holding token i.
func sentenceOf(an *arabic.Analysis, i int) int {
	lo, hi := 0, len(an.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if an.Sentences[mid].Last <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
