package coder

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// Names the lexicon does not know.
//
// No lexicon knows every name: a new minister, a new militia, the village
// a strike hit. With a Tagger (WithTagger), the coder asks a statistical
// named-entity tagger for the persons, organizations and places where it
// needs them, before resolve and the event, quote and quantity rules run,
// and codes them as far as the lexicon can:
//
//   - a person right after a role word ("وزير الخارجية الليبي <name>",
//     "رجل الأعمال <name>") or, after a comma, right before a role with
//     its country ("<name>، وزير الخارجية الليبي") joins the role's
//     mention: it keeps the role's code (LBYGOV; BUS for a role with no
//     country) and takes the person's name, also in place of the person
//     the lexicon holds in that office on the document's date; a bare role
//     joins an organization too ("ميليشيا <name>"), as the lexicon's own
//     names join;
//   - first names before a person the lexicon knows by the last ("رجب طيب
//     #أردوغان") grow that person's mention; a person's surname alone
//     after the full name is that person;
//   - any other person or organization is an actor with no code, and a
//     place a location with no country (with the noun before it: "قرية
//     <name>"): entities of kind PER, ORG or LOC whose name is their Arabic
//     text. Sources, targets and speakers are found among them as among the
//     lexicon's mentions.
//
// A name given by the lexicon is English; a name in Arabic letters is one
// the lexicon does not know, which `marsad actors unknown` lists for an
// analyst to add.
//
// Where the tagger runs. It reads about 100,000 words a second per core,
// a tenth of the coder's pace, so it reads only where an actor is missing:
// before an event trigger back to the start of its clause (at most
// backWindow tokens) when no named actor stands there, and after it up to
// the end of its arguments (at most argumentWindow tokens) when fewer than
// two do; after a reporting verb (قال، أكد …) up to what is said (at most
// subjectWindow tokens) when no named actor does; and the roleReach tokens
// after a role one person holds (a minister, a president) that names no
// one. A role word alone does not count as a named actor: a name may
// follow it. Each stretch gets unknownPad tokens of context on either side,
// stays in its sentence, and is read only when it holds a word that no
// mention or trigger covers. The stretches of a document are tagged in one
// call, so that the tagger's second pass sees them together. A name of
// several words found there is then looked for in the whole document, and
// its other occurrences are coded too.

// Tagger finds named entities: TagSentences returns, for each sentence
// given as its words, one IOB2 tag a word (B-PERS, I-PERS, B-ORG, B-LOC,
// B-MISC …, O). *ner.Model is one.
type Tagger interface {
	TagSentences(sents [][]string) [][]string
}

// WithTagger returns a copy of c that codes, besides the lexicon's
// mentions, the names t finds where the lexicon found none. Tagging costs:
// see the package's benchmark.
func (c *Coder) WithTagger(t Tagger) *Coder {
	cc := *c
	cc.tagger = t
	return &cc
}

const (
	// unknownPad: tokens of context tagged on either side of a stretch
	// (the tagger's features look two words either way).
	unknownPad = 2
	// roleReach: how far from a role word with no name beside it its
	// name is looked for.
	roleReach = 4
	// maxNameTokens: a longer span is no name.
	maxNameTokens = 6
)

// nameSpan is a name the tagger found: tokens [first, last).
type nameSpan struct {
	first, last int
	typ         string // PERS, ORG or LOC
}

// unknownNames adds to the lexicon's mentions ms (in text order) the
// names the tagger finds in the stretches of the document the coder reads
// actors from, and returns them all in text order.
func (c *Coder) unknownNames(an *arabic.Analysis, ms []lexicon.Mention, trs []lexicon.Trigger) []lexicon.Mention {
	n := len(an.Tokens)
	if n == 0 {
		return ms
	}
	// covered[i]: token i lies in a mention (or a trigger): no new name
	// may take it.
	covered := make([]bool, n)
	for _, m := range ms {
		for i := m.First; i < m.Last && i < n; i++ {
			covered[i] = true
		}
	}
	for _, t := range trs {
		for i := t.First; i < t.Last && i < n; i++ {
			covered[i] = true
		}
	}
	// actorAt[i]: token i lies in a mention that may stand as an actor
	// and names it: a role word does not, a name may follow it.
	actorAt := make([]bool, n)
	for _, m := range ms {
		if candidate(m) && !roleOnly(m) && !holderOnly(an, m) {
			for i := m.First; i < m.Last && i < n; i++ {
				actorAt[i] = true
			}
		}
	}
	actors := func(lo, hi int) int {
		k := 0
		for i := lo; i < hi; i++ {
			if actorAt[i] && (i == lo || !actorAt[i-1]) {
				k++
			}
		}
		return k
	}
	sel := make([]bool, n)
	mark := func(lo, hi int) {
		if lo >= hi {
			return
		}
		s := an.Sentences[sentenceOf(an, lo)]
		lo, hi = max(lo-unknownPad, s.First), min(hi+unknownPad, s.Last)
		for i := lo; i < hi; i++ {
			sel[i] = true
		}
	}
	for _, t := range trs {
		s := an.Sentences[sentenceOf(an, t.First)]
		// Before the trigger, back to the clause's start: its subject.
		lo := max(t.First-backWindow, s.First)
		for i := t.First - 1; i >= lo; i-- {
			if clauseBreak(an, i) {
				lo = i + 1
				break
			}
		}
		if actors(lo, t.First) == 0 {
			mark(lo, t.First)
		}
		// After it, up to the end of its arguments: subject and object.
		hi := min(t.Last+argumentWindow, s.Last)
		for i := t.Last; i < hi; i++ {
			if argumentBreak(an, i) {
				hi = i
				break
			}
		}
		if actors(t.Last, hi) < 2 {
			mark(t.Last, hi)
		}
	}
	for i := range an.Tokens {
		if _, _, ok := reportingVerb(&an.Tokens[i]); !ok || covered[i] {
			continue
		}
		// After a reporting verb, up to what is said: its speaker.
		s := an.Sentences[sentenceOf(an, i)]
		hi := min(i+1+subjectWindow, s.Last)
		for j := i + 1; j < hi; j++ {
			if t := &an.Tokens[j]; t.Kind == arabic.Punct || complementizers[t.Norm] {
				hi = j
				break
			}
		}
		if actors(i+1, hi) == 0 {
			mark(i+1, hi)
		}
	}
	for _, m := range ms {
		// After a role one person holds, named by no one: the name.
		if m.Agent == nil || m.Agent.Office == "" || !roleOnly(m) && !holderOnly(an, m) {
			continue
		}
		s := an.Sentences[sentenceOf(an, m.First)]
		if next := skipComma(an, m.Last); next < s.Last && !covered[next] && an.Tokens[next].Kind == arabic.Word {
			mark(next, min(next+roleReach, s.Last))
		}
	}

	// The stretches: runs of selected tokens within one sentence that hold
	// a word no mention covers.
	var words [][]string
	var base []int
	for s := range an.Sentences {
		sn := an.Sentences[s]
		for i := sn.First; i < sn.Last; {
			if !sel[i] {
				i++
				continue
			}
			j, open := i, false
			for j < sn.Last && sel[j] {
				open = open || !covered[j] && an.Tokens[j].Kind == arabic.Word
				j++
			}
			if open {
				ws := make([]string, j-i)
				for k := i; k < j; k++ {
					ws[k-i] = an.Tokens[k].Text
				}
				words = append(words, ws)
				base = append(base, i)
			}
			i = j
		}
	}
	if len(words) == 0 {
		return ms
	}
	tags := c.tagger.TagSentences(words)
	var spans []nameSpan
	for f, ts := range tags[:min(len(tags), len(words))] {
		for _, sp := range iobSpans(ts[:min(len(ts), len(words[f]))]) {
			sp.first += base[f]
			sp.last += base[f]
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		return ms
	}
	u := unknownAdder{an: an, ms: ms, covered: covered}
	for _, m := range ms {
		// The lexicon's persons named in full: their surnames alone
		// later are theirs (resolve would find those without ال, but not
		// once a span of the tagger holds them).
		if m.Actor != nil && m.Actor.Type == "person" && m.Last-m.First >= 2 {
			u.surname(m.Last-1, m)
		}
	}
	for _, sp := range spans {
		u.add(sp)
	}
	u.repeat()
	if u.gone != nil {
		kept := u.ms[:0]
		for k, m := range u.ms {
			if !u.gone[k] {
				kept = append(kept, m)
			}
		}
		u.ms = kept
	}
	if len(u.added) == 0 {
		return u.ms
	}
	out := append(u.ms, u.added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].First < out[b].First })
	return out
}

// iobSpans reads the entities of one sentence's IOB2 tags: an entity
// starts at B-X, or at an I-X that does not continue one of type X.
func iobSpans(tags []string) []nameSpan {
	var out []nameSpan
	cur := -1
	for i, t := range tags {
		typ := ""
		begin := false
		switch {
		case strings.HasPrefix(t, "B-"):
			typ, begin = t[2:], true
		case strings.HasPrefix(t, "I-"):
			typ = t[2:]
			begin = cur < 0 || out[cur].typ != typ || out[cur].last != i
		}
		switch {
		case typ == "":
			cur = -1
		case begin:
			out = append(out, nameSpan{first: i, last: i + 1, typ: typ})
			cur = len(out) - 1
		default:
			out[cur].last = i + 1
		}
	}
	return out
}

// unknownAdder turns the tagger's spans into mentions.
type unknownAdder struct {
	an      *arabic.Analysis
	ms      []lexicon.Mention // the lexicon's, roles joined to names in place
	covered []bool
	added   []lexicon.Mention
	// names: the names of several words found so far, keyed by their
	// first word's stem, for repeat; surnames: the persons among them by
	// the stem of their last word.
	names    map[string][]nameKey
	surnames map[string]lexicon.Mention
	gone     []bool // mentions of ms dropped: role words read as names
}

// nameKey is a name of several words: the stems of its words and its type.
type nameKey struct {
	stems string // space-separated
	n     int
	typ   string
}

// add codes one span: joined to a role next to it, as the first names of
// a person the lexicon knows by the last, as the surname of a person named
// in full before, or as a name of its own.
func (u *unknownAdder) add(sp nameSpan) {
	an := u.an
	if sp.typ != "PERS" && sp.typ != "ORG" && sp.typ != "LOC" {
		return
	}
	// A name particle alone is no name ("أبي", "بن"), nor one at the end.
	if sp.last-sp.first == 1 && nameParticles[stemNorm(an, sp.first)] {
		return
	}
	for sp.last > sp.first+1 && nameParticles[stemNorm(an, sp.last-1)] {
		sp.last--
	}
	if u.covered[sp.first] {
		k := u.mentionAt(sp.first)
		if k < 0 || u.ms[k].Last >= sp.last {
			return
		}
		switch r := u.ms[k]; {
		case sp.typ == "PERS" && r.Kind == lexicon.MentionAgent && r.Actor == nil && r.Last-r.First == 1 &&
			!strings.HasPrefix(stemNorm(an, r.First), "ال"):
			// A role word of one word, without the article, that the
			// tagger reads as part of a person's name is a name:
			// "سلطان بن سحيم".
			u.drop(k)
		case sp.typ == "ORG" && roleOnly(r):
			// The tagger read "قوات <name>" as one organization: the
			// role and the rest.
			sp.first = r.Last
		default:
			// "رجل دين عربي" is a role and its adjectives.
			return
		}
	}
	if sp.last-sp.first > maxNameTokens || utf8.RuneCountInString(stemNorm(an, sp.first)) < 2 {
		return
	}
	// First names before a person the lexicon knows by the last
	// ("رجب طيب" + "أردوغان"): the person's mention grows back.
	if sp.typ == "PERS" {
		end := sp.last
		for i := sp.first; i < sp.last; i++ {
			if u.covered[i] {
				end = i
				break
			}
		}
		at := end
		if at == sp.last && at+1 < len(an.Tokens) && an.Tokens[at].Text == "#" {
			at++ // "رجب طيب #أردوغان"
		}
		if k := u.mentionAt(at); k >= 0 && u.ms[k].First == at && u.ms[k].Actor != nil && u.ms[k].Actor.Type == "person" &&
			!u.dropped(k) && end > sp.first && !conjunction(an, at) && sentenceOf(an, sp.first) == sentenceOf(an, at) {
			if u.clear(sp.first, end) {
				m := &u.ms[k]
				m.First, m.Start = sp.first, u.nameStart(sp.first)
				u.cover(nameSpan{first: sp.first, last: at})
				u.joinPerson(k)
			}
			return
		}
	}
	if !u.clear(sp.first, sp.last) {
		return
	}
	if sp.last-sp.first == 1 && sp.typ != "PERS" {
		// A common noun alone: "منظمة", "المدينة".
		if k := strings.TrimPrefix(stemNorm(an, sp.first), "ال"); placeNouns[k] || orgNouns[k] {
			return
		}
	}
	if sp.typ == "PERS" && sp.last-sp.first == 1 {
		if p, ok := u.surnames[stemNorm(an, sp.first)]; ok && p.First < sp.first {
			// "المحمداوي" after "جاسم المحمداوي": the same person.
			m := p
			m.First, m.Last = sp.first, sp.last
			m.Start, m.End = u.nameStart(sp.first), an.Tokens[sp.first].End
			m.Agent = nil
			u.added = append(u.added, m)
			u.cover(sp)
			return
		}
	}
	if sp.typ != "LOC" {
		if k := u.joinRole(sp); k >= 0 {
			u.remember(sp, u.ms[k])
			return
		}
	}
	m := u.mention(sp)
	if sp.typ == "LOC" && sp.first > 0 && !u.covered[sp.first-1] && placeNouns[stemNorm(an, sp.first-1)] &&
		sentenceOf(an, sp.first-1) == sentenceOf(an, sp.first) {
		// "في بلدة <name>": the place noun belongs to the mention, so
		// that the preposition before it makes it an event's location.
		m.First, m.Start = sp.first-1, u.nameStart(sp.first-1)
		u.covered[sp.first-1] = true
	}
	u.added = append(u.added, m)
	u.cover(sp)
	u.remember(sp, m)
}

// joinPerson joins the person of mention k to a role with its country
// right before it, as the lexicon joins them when it knows the whole name
// ("الرئيس التركي، رجب طيب أردوغان"): one mention, the person's code.
func (u *unknownAdder) joinPerson(k int) {
	j := u.mentionEndingBefore(u.ms[k].First)
	if j < 0 || u.dropped(j) || !roleOnly(u.ms[j]) || u.ms[j].Kind != lexicon.MentionActor ||
		sentenceOf(u.an, u.ms[j].First) != sentenceOf(u.an, u.ms[k].First) {
		return
	}
	r, p := &u.ms[j], u.ms[k]
	r.Last, r.End = p.Last, p.End
	r.Actor, r.Name, r.Code = p.Actor, p.Name, p.Code
	if p.Country != "" {
		r.Country = p.Country
	}
	u.drop(k)
	u.cover(nameSpan{first: r.First, last: r.Last})
}

// clear reports whether tokens [first, last) are words no mention covers.
func (u *unknownAdder) clear(first, last int) bool {
	for i := first; i < last; i++ {
		if u.covered[i] || u.an.Tokens[i].Kind != arabic.Word {
			return false
		}
	}
	return true
}

// drop removes mention k of u.ms (its tokens become free).
func (u *unknownAdder) drop(k int) {
	if u.gone == nil {
		u.gone = make([]bool, len(u.ms))
	}
	u.gone[k] = true
	for i := u.ms[k].First; i < u.ms[k].Last; i++ {
		u.covered[i] = false
	}
}

func (u *unknownAdder) dropped(k int) bool { return u.gone != nil && u.gone[k] }

// nameParticles are the words of a name that are no name alone.
var nameParticles = newWordSet(`عبد ابو أبو ابي أبي ابا أبا بن ابن بنت ال آل ام أم`)

// orgNouns name a kind of organization.
var orgNouns = newWordSet(`منظمة حركة جماعة شركة مجلس هيئة وكالة جامعة حزب لجنة جمعية مؤسسة اتحاد تحالف جبهة مركز`)

// placeNouns name a kind of place before its name: "بلدة", "مخيم".
var placeNouns = newWordSet(`مدينة بلدة قرية منطقة حي مخيم محافظة ولاية إقليم ناحية قضاء جزيرة ميناء مطار معبر`)

// mention makes the mention of a name span on its own.
func (u *unknownAdder) mention(sp nameSpan) lexicon.Mention {
	an := u.an
	m := lexicon.Mention{First: sp.first, Last: sp.last, Start: u.nameStart(sp.first), End: an.Tokens[sp.last-1].End}
	m.Name = an.Text[m.Start:m.End]
	e := &lexicon.Entry{Name: m.Name}
	switch sp.typ {
	case "PERS":
		m.Kind, m.Actor = lexicon.MentionActor, e
		e.Kind, e.Type = lexicon.KindActor, "person"
	case "ORG":
		m.Kind, m.Actor = lexicon.MentionActor, e
		e.Kind, e.Type = lexicon.KindActor, "org"
	default:
		// A place of unknown kind: a location (LOC), never a state.
		m.Kind, m.Place = lexicon.MentionPlace, e
		e.Kind, e.Type = lexicon.KindPlace, "region"
	}
	return m
}

// nameStart is where the name that token i starts begins once the
// conjunction and preposition glued to it are left out ("وبفراس" →
// "فراس"). The segmenter cuts words it does not know as it can, and a name
// often looks like a clitic and a word (ف+راس, ب+سام): و is cut when three
// letters are left, ب ل ك when four are, or the article follows; ف never
// alone.
func (u *unknownAdder) nameStart(i int) int {
	segs := u.an.TokenSegments(i)
	left := utf8.RuneCountInString(u.an.Tokens[i].Norm)
	start := u.an.Tokens[i].Start
	for k, g := range segs {
		if g.Kind != arabic.SegProclitic || k+1 >= len(segs) {
			break
		}
		left -= utf8.RuneCountInString(g.Norm)
		next := segs[k+1]
		var cut bool
		switch g.Norm {
		case "و":
			cut = left >= 3
		case "ف":
			cut = k > 0 && left >= 3
		default:
			cut = left >= 4 || strings.HasPrefix(next.Norm, "ال")
		}
		if !cut {
			break
		}
		start = next.Start
	}
	return start
}

// joinRole joins a name to the role word next to it: "وزير الخارجية
// الليبي <name>", "الرئيس، <name>", "<name>، وزير الخارجية الليبي". A
// role with its country joins a person only; a bare role joins an
// organization too; a name after و or ف is another actor. The mention
// keeps the role's code and takes the name, also in place of the person
// the lexicon holds in that office on the document's date. It returns the index of the
// role's mention in u.ms, or -1 when no role is next to the name.
func (u *unknownAdder) joinRole(sp nameSpan) int {
	an := u.an
	if conjunction(an, sp.first) {
		return -1
	}
	nm := u.mention(sp)
	ok := func(k int) bool {
		r := &u.ms[k]
		return !u.dropped(k) && (roleOnly(*r) || sp.typ == "PERS" && holderOnly(an, *r)) &&
			(sp.typ == "PERS" || r.Kind == lexicon.MentionAgent) && sentenceOf(an, r.First) == sentenceOf(an, sp.first)
	}
	// The role before the name.
	if k := u.mentionEndingBefore(sp.first); k >= 0 && ok(k) {
		r := &u.ms[k]
		r.Last, r.End = nm.Last, nm.End
		u.named(r, nm)
		u.cover(sp)
		return k
	}
	// The role after the name and a comma, a role with its country only.
	if sp.last+1 < len(an.Tokens) && isComma(an.Tokens[sp.last]) && sp.typ == "PERS" {
		if k := u.mentionAt(sp.last + 1); k >= 0 && ok(k) && u.ms[k].Country != "" {
			r := &u.ms[k]
			r.First, r.Start = nm.First, nm.Start
			u.named(r, nm)
			u.cover(nameSpan{first: sp.first, last: sp.last + 1})
			return k
		}
	}
	return -1
}

// roleOnly reports whether m is a role word, with its country or not, that
// names no one: the lexicon joined no person's name to it and knows no one
// in its office on the document's date.
func roleOnly(m lexicon.Mention) bool {
	return m.Agent != nil && m.Actor == nil
}

// holderOnly reports whether m is a role with its country that the
// lexicon resolved to the person in office on the document's date, though
// the text does not name that person ("وزير الخارجية الليبي" in 2021): a
// name the text gives next to it is the one to keep.
func holderOnly(an *arabic.Analysis, m lexicon.Mention) bool {
	if m.Agent == nil || m.Actor == nil || m.Actor.Type != "person" || m.Kind != lexicon.MentionActor {
		return false
	}
	last := strings.TrimPrefix(stemNorm(an, m.Last-1), "ال")
	for _, f := range m.Actor.Forms {
		ws := strings.Fields(arabic.Key(f.Text, 0))
		if len(ws) > 0 && strings.TrimPrefix(ws[len(ws)-1], "ال") == last {
			return false
		}
	}
	return true
}

// named gives role mention r the name of nm, keeping r's code.
func (u *unknownAdder) named(r *lexicon.Mention, nm lexicon.Mention) {
	r.Actor, r.Name = nm.Actor, nm.Name
	if r.Kind == lexicon.MentionAgent {
		r.Kind = lexicon.MentionActor
	}
}

// mentionEndingBefore returns the mention of u.ms that ends right before
// token i, or before a comma right before it; -1 if none.
func (u *unknownAdder) mentionEndingBefore(i int) int {
	k := mentionFrom(u.ms, i) - 1
	if k < 0 {
		return -1
	}
	switch last := u.ms[k].Last; {
	case last == i:
		return k
	case last == i-1 && isComma(u.an.Tokens[last]):
		return k
	}
	return -1
}

// mentionAt returns the mention of u.ms that covers token i, or -1.
func (u *unknownAdder) mentionAt(i int) int {
	k := mentionFrom(u.ms, i+1) - 1
	if k >= 0 && i < u.ms[k].Last {
		return k
	}
	return -1
}

func (u *unknownAdder) cover(sp nameSpan) {
	for i := sp.first; i < sp.last; i++ {
		u.covered[i] = true
	}
}

// remember keeps a name of several words for repeat, and a person's
// surname with the mention that named the person.
func (u *unknownAdder) remember(sp nameSpan, m lexicon.Mention) {
	if sp.last-sp.first < 2 {
		return
	}
	an := u.an
	stems := make([]string, 0, sp.last-sp.first)
	for i := sp.first; i < sp.last; i++ {
		stems = append(stems, stemNorm(an, i))
	}
	if sp.typ == "PERS" {
		u.surname(sp.last-1, m)
	}
	k := nameKey{stems: strings.Join(stems, " "), n: len(stems), typ: sp.typ}
	if u.names == nil {
		u.names = map[string][]nameKey{}
	}
	for _, o := range u.names[stems[0]] {
		if o == k {
			return
		}
	}
	u.names[stems[0]] = append(u.names[stems[0]], k)
}

// surname keeps person mention m under the stem of token i, the last word
// of the person's name, for a later use of the surname alone.
func (u *unknownAdder) surname(i int, m lexicon.Mention) {
	last := stemNorm(u.an, i)
	if utf8.RuneCountInString(last) < 3 {
		return
	}
	if u.surnames == nil {
		u.surnames = map[string]lexicon.Mention{}
	}
	u.surnames[last] = m
}

// repeat codes the other occurrences, anywhere in the document, of the
// names of several words found: the tagger read only some of the text.
func (u *unknownAdder) repeat() {
	if len(u.names) == 0 {
		return
	}
	an := u.an
	var buf []byte
	for i := 0; i < len(an.Tokens); i++ {
		if u.covered[i] || an.Tokens[i].Kind != arabic.Word {
			continue
		}
		for _, k := range u.names[stemNorm(an, i)] {
			j := i + k.n
			if j > len(an.Tokens) || sentenceOf(an, i) != sentenceOf(an, j-1) {
				continue
			}
			buf = buf[:0]
			match := true
			for x := i; x < j && match; x++ {
				match = !u.covered[x] && an.Tokens[x].Kind == arabic.Word
				if x > i {
					buf = append(buf, ' ')
				}
				buf = append(buf, stemNorm(an, x)...)
			}
			if match && string(buf) == k.stems {
				u.add(nameSpan{first: i, last: j, typ: k.typ})
				break
			}
		}
	}
}

// conjunction reports whether token i starts with و or ف.
func conjunction(an *arabic.Analysis, i int) bool {
	p := proclitics(an, i)
	return strings.HasPrefix(p, "و") || strings.HasPrefix(p, "ف")
}

func isComma(t arabic.Token) bool {
	return t.Kind == arabic.Punct && (t.Text == "،" || t.Text == ",")
}

// skipComma returns i, or i+1 when token i is a comma.
func skipComma(an *arabic.Analysis, i int) int {
	if i < len(an.Tokens) && isComma(an.Tokens[i]) {
		return i + 1
	}
	return i
}
