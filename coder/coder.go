// Package coder turns a document into marsad's records (DESIGN.md's output
// contract), coded as of the document's date: the entities the lexicon
// knows (and, with a tagger, the names it does not), the events its
// patterns trigger with their source, target, place, date, modality and
// confidence, the quotes with their speakers, and counted quantities.
//
// The work is general machinery over the text layer and the lexicon:
// mentions.go completes the lexicon's mentions with what the document
// tells, events.go finds an event's arguments by Arabic word order,
// modality.go what a sentence asserts of it, anchor.go how surely it is the
// sentence's news, quotes.go and quantities.go the rest.
package coder

import (
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// Coder codes documents. It is safe for concurrent use; each call to Code
// uses its own buffers.
type Coder struct {
	an *arabic.Analyzer
	lx *lexicon.Lexicon
	// tagger, when set, finds the names the lexicon does not know (see
	// unknown.go).
	tagger Tagger
	// trace, when set (by the tests that fit confidence), sees every
	// trigger's event with its confidence features, before merging.
	trace func(ev *marsad.Event, x [nFeatures]float64)
}

// New returns a Coder over the text layer a and the lexicon lx.
func New(a *arabic.Analyzer, lx *lexicon.Lexicon) *Coder {
	return &Coder{an: a, lx: lx}
}

// Code codes one document as of published (the zero time: undated codes
// only).
func (c *Coder) Code(document marsad.Document, published time.Time) *marsad.Coded {
	an := c.an.Analyze(document.Text, published)
	mt := c.lx.NewMatcher()
	ms := mt.Mentions(an, lexicon.DateOf(published))
	trs := mt.Triggers(an)
	if c.tagger != nil {
		ms = c.unknownNames(an, ms, trs)
	}
	ms = resolve(an, ms)
	out := &marsad.Coded{Doc: document, Entities: []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{}, Quantities: []marsad.Quantity{}}
	d := &doc{an: an, ms: ms, pub: published}
	if !published.IsZero() {
		d.pubD = published.Format("2006-01-02")
	}
	if qs := findQuotes(an, ms); len(qs) > 0 {
		out.Quotes = qs
		d.markQuoted(qs)
	}
	if ns := findQuantities(an, ms); len(ns) > 0 {
		out.Quantities = ns
		d.qtys = ns
	}
	out.Events = append(out.Events, c.events(d, trs)...)
	for _, m := range ms {
		kind := entityKind(m)
		if kind == "" {
			continue
		}
		out.Entities = append(out.Entities, marsad.Entity{
			Text: document.Text[m.Start:m.End], Start: m.Start, End: m.End,
			Kind: kind, Name: m.Name, Code: m.Code, Country: m.Country,
		})
	}
	return out
}

// entityKind maps a mention to the contract's entity kinds: persons PER;
// organizations, groups and roles with their country ORG; countries,
// capitals, provinces and cities GPE; sites and regions LOC; a
// nationality alone MISC. A role word with no country is not a named
// entity.
func entityKind(m lexicon.Mention) string {
	switch m.Kind {
	case lexicon.MentionActor:
		if m.Actor != nil && m.Actor.Type == "person" {
			return marsad.KindPerson
		}
		return marsad.KindOrg
	case lexicon.MentionPlace:
		switch m.Place.Type {
		case "site", "region":
			return marsad.KindLocation
		}
		return marsad.KindGPE
	case lexicon.MentionNationality:
		return marsad.KindMisc
	}
	return ""
}
