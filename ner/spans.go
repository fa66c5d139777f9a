package ner

import (
	"strings"
)

// Classes of the phrase a word is in (word.lexc), by the phrase's bits.
const (
	lexNone = iota
	lexPers
	lexOrg
	lexLoc
	lexNat
	lexRole
)

// Positions of a word in its phrase (word.lexp).
const (
	posB = iota + 1 // first of several
	posI            // inside
	posE            // last of several
	posS            // a phrase of one word
)

// lexClass returns the class of a phrase with the gazetteer bits b.
func lexClass(b uint16) uint8 {
	switch {
	case b&PhrPers != 0:
		return lexPers
	case b&PhrOrg != 0:
		return lexOrg
	case b&PhrLoc != 0:
		return lexLoc
	case b&PhrNat != 0:
		return lexNat
	case b&PhrRole != 0:
		return lexRole
	case b&extPers != 0:
		return lexPers
	case b&extOrg != 0:
		return lexOrg
	case b&extLoc != 0:
		return lexLoc
	}
	return lexNone
}

// candidates returns the keys by which a word may match a word of a
// phrase: its stem, its key, its key with a leading و/ب/ل/ك cut, each also
// without the article ال, as the lexicon's forms match (a form written
// without ال matches words with or without it).
func candidates(w *word, dst *[6]string) []string {
	out := dst[:0]
	add := func(s string) {
		if s == "" {
			return
		}
		for _, c := range out {
			if c == s {
				return
			}
		}
		out = append(out, s)
	}
	add(w.stem)
	add(w.key)
	add(w.strip)
	n := len(out)
	for _, s := range out[:n] {
		if r, ok := strings.CutPrefix(s, "ال"); ok && len(r) >= 4 {
			add(r)
		}
	}
	return out
}

// phraseMatcher finds phrases of a gazetteer in a sentence.
type phraseMatcher struct {
	g     *Gazetteer
	ws    []word
	cands [][]string
	buf   []byte
	best  int
	bits  uint16
	mask  uint16 // the type bits sought
}

// extend tries to extend the match of the words [i, j) whose keys are in
// p.buf by the word j.
func (p *phraseMatcher) extend(i, j int) {
	b := p.g.m[string(p.buf)]
	if b&p.mask != 0 && j-i > p.best {
		p.best, p.bits = j-i, b
	}
	if b&phrPrefix == 0 || j >= len(p.ws) || j-i >= p.g.maxLen {
		return
	}
	n := len(p.buf)
	for _, c := range p.cands[j] {
		p.buf = append(append(p.buf, ' '), c...)
		p.extend(i, j+1)
		p.buf = p.buf[:n]
	}
}

// markPhrases marks the words of a sentence (ws without sentinels) that
// are in a phrase of the gazetteer, taking at each word, left to right,
// the longest phrase that starts there.
func markPhrases(g *Gazetteer, ws []word) {
	if g == nil || g.maxLen == 0 {
		return
	}
	p := phraseMatcher{g: g, ws: ws, cands: make([][]string, len(ws)), mask: phrTypes}
	store := make([][6]string, len(ws))
	for i := range ws {
		p.cands[i] = candidates(&ws[i], &store[i])
	}
	p.mark(func(w *word) (*uint8, *uint8) { return &w.lexc, &w.lexp })
	if g.ext {
		p.mask = extTypes
		p.mark(func(w *word) (*uint8, *uint8) { return &w.extc, &w.extp })
	}
}

// mark marks, left to right, the longest phrase of p.mask bits that
// starts at each word.
func (p *phraseMatcher) mark(field func(w *word) (*uint8, *uint8)) {
	ws := p.ws
	for i := 0; i < len(ws); {
		p.best, p.bits = 0, 0
		for _, c := range p.cands[i] {
			p.buf = append(p.buf[:0], c...)
			p.extend(i, i+1)
		}
		if p.best == 0 {
			i++
			continue
		}
		c := lexClass(p.bits & p.mask)
		for k := i; k < i+p.best; k++ {
			lc, lp := field(&ws[k])
			*lc = c
			switch {
			case p.best == 1:
				*lp = posS
			case k == i:
				*lp = posB
			case k == i+p.best-1:
				*lp = posE
			default:
				*lp = posI
			}
		}
		i += p.best
	}
}
