package lexicon

import (
	"github.com/marsad-project/marsad/arabic"
	"strings"
	"unicode/utf8"
)

// MentionKind says what a mention names.
type MentionKind uint8

const (
	// MentionActor names an actor: a person, organization or group, or a
	// role word with its country ("الحكومة العراقية").
	MentionActor MentionKind = iota + 1
	// MentionPlace names a place; countries and capitals also stand for
	// their state, so their mentions carry a code.
	MentionPlace
	// MentionNationality is a nationality adjective on its own ("الجانب
	// العراقي"): the country's code.
	MentionNationality
	// MentionAgent is a role word with no country next to it ("الحكومة"):
	// the agent code alone, for the coder to place.
	MentionAgent
)

var mentionNames = [...]string{"?", "actor", "place", "nationality", "agent"}

func (k MentionKind) String() string {
	if int(k) < len(mentionNames) {
		return mentionNames[k]
	}
	return "?"
}

// Mention is a span of text that names something in the lexicon.
type Mention struct {
	Kind        MentionKind
	Start, End  int // byte offsets into the analysed text
	First, Last int // token indexes [First, Last)
	Code        string
	Country     string
	Name        string
	Actor       *Entry // the actor named, or the person a role resolved to
	Place       *Entry // the place named, or the country of an adjective
	Agent       *Entry // the role word, when there is one
}

// Matcher holds the buffers for matching many texts. It is not safe for
// concurrent use; make one per goroutine.
type Matcher struct {
	lx  *Lexicon
	ids tokenIDs
	raw []rawMatch
	// The text ids was computed for, so that Mentions and Triggers on one
	// analysis key its tokens once.
	idsText string
	idsN    int
}

// keyTokens fills m.ids for an, unless they are an's already.
func (m *Matcher) keyTokens(an *arabic.Analysis) {
	if len(an.Tokens) == m.idsN && an.Text == m.idsText && m.idsN == len(m.ids.bare) {
		return
	}
	m.lx.idsOf(an, &m.ids)
	m.idsText, m.idsN = an.Text, len(an.Tokens)
}

// NewMatcher returns a Matcher over lx.
func (lx *Lexicon) NewMatcher() *Matcher { return &Matcher{lx: lx} }

type rawMatch struct {
	first, last int
	hit         target
}

// pick chooses among the entries a form names. Only persons share forms
// (the check allows it when their roles do not overlap: "الأسد" is Hafez
// until 2000 and Bashar after), so the date decides: the person in a role
// on date, else the one whose role ended last before it, else the first.
func pick(hits []target, date Date) target {
	if len(hits) == 1 || date == 0 {
		return hits[0]
	}
	best, bestEnd := hits[0], Date(-1)
	for _, h := range hits {
		for _, c := range h.entry.Codes {
			if !c.Dated() {
				continue
			}
			if c.Covers(date) {
				return h
			}
			if end := endOf(c); end < date && end > bestEnd {
				best, bestEnd = h, end
			}
		}
	}
	return best
}

// Mentions finds the actors, places, nationalities and role words of an
// analysed text, with their codes as of date (0: undated). Role words
// join the country next to them ("وزير الخارجية العراقي" → IRQGOV) and,
// when the role is one office, resolve to the person holding it on date;
// a role followed by a name is one mention of that person ("رئيس الوزراء
// العراقي مصطفى الكاظمي").
func (m *Matcher) Mentions(an *arabic.Analysis, date Date) []Mention {
	lx := m.lx
	m.keyTokens(an)
	m.raw = m.raw[:0]
	for i := 0; i < len(an.Tokens); {
		if m.ids.bare[i] == 0 && m.ids.def[i] == 0 {
			i++
			continue
		}
		end, node := m.ids.longest(lx.mentions, i)
		if end < 0 {
			i++
			continue
		}
		m.raw = append(m.raw, rawMatch{i, end, pick(lx.mentions.hits[node], date)})
		i = end
	}
	return m.compose(an, date)
}

// compose turns raw matches into mentions, joining role words to their
// country and to the name that follows them.
func (m *Matcher) compose(an *arabic.Analysis, date Date) []Mention {
	lx := m.lx
	var out []Mention
	raw := m.raw
	for k := 0; k < len(raw); k++ {
		r := raw[k]
		e := r.hit.entry
		mt := Mention{First: r.first, Last: r.last}
		switch {
		case e.Kind == KindAgent:
			mt.Kind, mt.Agent, mt.Code = MentionAgent, e, e.Agent
			// The country: an adjective or a country or capital right after
			// the role ("الحكومة العراقية", "وزير خارجية العراق").
			if k+1 < len(raw) && raw[k+1].first == r.last {
				if c := lx.countryOf(raw[k+1].hit); c != nil {
					k++
					mt.Last = raw[k].last
					mt.Kind, mt.Place, mt.Country = MentionActor, c, c.ID
					mt.Code = countryCode(c) + e.Agent
					if p := lx.holder(mt.Code, e.Office, date); p != nil {
						mt.Actor, mt.Name = p, p.Name
						if c, ok := p.CodeAt(date); ok {
							mt.Code = c.Code
						}
					}
				}
			}
			// A role that implies its country (مستوطنون: Israeli settlers)
			// stands for that country when none is named.
			if mt.Kind == MentionAgent && e.Country != "" {
				if c, ok := lx.countries[e.Country]; ok {
					mt.Kind, mt.Country, mt.Code = MentionActor, c.ID, countryCode(c)+e.Agent
				}
			}
			// A name after the role, next to it or after a comma:
			// "الرئيس جو بايدن", "وزير الخارجية الأمريكي، أنتوني بلينكن".
			// A role with its country joins a person only; a bare role
			// joins an organization too ("قوات الحشد الشعبي"); neither
			// joins across "و": "الحكومة التركية والأمم المتحدة" is two.
			if k+1 < len(raw) && raw[k+1].hit.entry.Kind == KindActor && m.adjoins(an, mt.Last, raw[k+1].first) &&
				(raw[k+1].hit.entry.Type == "person" || mt.Kind == MentionAgent) && !conjoined(an, raw[k+1].first) {
				k++
				p := raw[k].hit.entry
				mt.Last = raw[k].last
				mt.Kind, mt.Actor, mt.Name = MentionActor, p, p.Name
				if c, ok := p.CodeAt(date); ok {
					mt.Code = c.Code
				}
				if p.Country != "" {
					mt.Country = p.Country
				}
			}
		case r.hit.role == roleAdj:
			mt.Kind, mt.Place, mt.Country, mt.Code = MentionNationality, e, e.ID, countryCode(e)
			mt.Name = e.Name
		case e.Kind == KindPlace:
			mt.Kind, mt.Place, mt.Name = MentionPlace, e, e.Name
			mt.Country = e.Country
			if e.Type == "country" {
				mt.Country = e.ID
			}
			if c, ok := e.CodeAt(date); ok {
				mt.Code = c.Code
			}
		default:
			mt.Kind, mt.Actor, mt.Name, mt.Country = MentionActor, e, e.Name, e.Country
			if c, ok := e.CodeAt(date); ok {
				mt.Code = c.Code
			}
		}
		mt.Start = wordStart(an, mt.First)
		mt.End = an.Tokens[mt.Last-1].End
		out = append(out, mt)
	}
	return out
}

// countryOf returns the country a match names when it can follow a role
// word: a nationality adjective, a country or a capital.
func (lx *Lexicon) countryOf(h target) *Entry {
	e := h.entry
	if e.Kind != KindPlace {
		return nil
	}
	switch {
	case h.role == roleAdj, e.Type == "country":
		return e
	case e.Type == "capital":
		if c, ok := lx.countries[e.Country]; ok {
			return c
		}
	}
	return nil
}

// countryCode is the code a country stands for: its code, else its id.
func countryCode(c *Entry) string {
	if cd, ok := c.CodeAt(0); ok && len(cd.Code) >= 3 {
		return cd.Code[:3]
	}
	return c.ID
}

// holder returns the person who held office under code (a country and
// an agent: "IRQGOV") on date. The whole code is the key, so that the
// Kurdistan Region's president (IRQKURGOV) is not Iraq's (IRQGOV).
func (lx *Lexicon) holder(code, office string, date Date) *Entry {
	if office == "" || date == 0 {
		return nil
	}
	for _, h := range lx.holders[code+"/"+office] {
		if h.code.Covers(date) {
			return h.person
		}
	}
	return nil
}

// conjoined reports whether token i starts with the conjunction و or ف.
func conjoined(an *arabic.Analysis, i int) bool {
	segs := an.TokenSegments(i)
	if len(segs) < 2 || segs[0].Kind != arabic.SegProclitic {
		return false
	}
	return segs[0].Norm == "و" || segs[0].Norm == "ف"
}

// adjoins reports whether token b follows token a with nothing between but
// a comma.
func (m *Matcher) adjoins(an *arabic.Analysis, a, b int) bool {
	if b == a {
		return true
	}
	if b == a+1 {
		t := an.Tokens[a].Text
		return t == "،" || t == ","
	}
	return false
}

// Trigger is a span of text that matches an event pattern.
type Trigger struct {
	Start, End  int // byte offsets
	First, Last int // token indexes [First, Last)
	Pattern     *Entry
	Code        string // the pattern's CAMEO code
	// Verb is true when a verb form of the pattern matched ("هاجم"),
	// false for a verbal noun ("هجوم") or a literal form.
	Verb bool
}

// contextWindow is how many words after a trigger its context words may
// be found in.
const contextWindow = 6

// Triggers finds the event patterns of an analysed text. Where several
// patterns match at one place, one whose context words are present beats
// one that needs none, and a longer trigger beats a shorter one.
func (m *Matcher) Triggers(an *arabic.Analysis) []Trigger {
	lx := m.lx
	m.keyTokens(an)
	var out []Trigger
	for i := 0; i < len(an.Tokens); {
		if m.ids.bare[i] == 0 && m.ids.def[i] == 0 {
			i++
			continue
		}
		var best *Entry
		var bestVerb bool
		bestLen, bestAt := 0, -1
		// A word with the article is a noun: "الفجر" is dawn, not the
		// verb فجر.
		_, article := stemKeys(an.TokenSegments(i))
		m.ids.each(lx.triggers, i, func(node uint32, end int) {
			for _, h := range lx.triggers.hits[node] {
				if h.role == roleVerb && article != "" && !alefLam(h.form.Text) {
					continue
				}
				at, ok := m.context(an, h.entry, end)
				if !ok {
					continue
				}
				if l := end - i; best == nil || better(at, l, bestAt, bestLen) {
					best, bestLen, bestAt, bestVerb = h.entry, l, at, h.role == roleVerb || h.role == roleVerbNoun && article == ""
				}
			}
		})
		if best == nil {
			i++
			continue
		}
		out = append(out, Trigger{
			Start: wordStart(an, i), End: an.Tokens[i+bestLen-1].End,
			First: i, Last: i + bestLen, Pattern: best, Code: best.Cameo, Verb: bestVerb,
		})
		i += bestLen
	}
	return out
}

// alefLam reports whether a word starts like the article: a verb such as
// التزم or ألغى does, and matches a word that seems to carry one.
func alefLam(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	switch r {
	case 'ا', 'أ', 'إ', 'آ':
		return strings.HasPrefix(w[n:], "ل")
	}
	return false
}

// wordStart is where token i starts once its proclitics (و ف ب ل ك س) are
// left out: a mention of "وداعش" is "داعش".
func wordStart(an *arabic.Analysis, i int) int {
	for _, g := range an.TokenSegments(i) {
		if g.Kind != arabic.SegProclitic {
			return g.Start
		}
	}
	return an.Tokens[i].Start
}

// better reports whether a candidate trigger beats the best so far. at is
// where the candidate's context word was found (-1: it needs none), l its
// length in tokens. A pattern whose context word is present beats one that
// needs none, then the longer trigger wins; between equals the pattern
// written first stays, so files list specific patterns before general ones.
func better(at, l, bestAt, bestLen int) bool {
	if (at >= 0) != (bestAt >= 0) {
		return at >= 0
	}
	return l > bestLen
}

// context checks a pattern's context words in the window after token
// from: ok is false when a "with" word is required and absent or a "not"
// word is present; at is the token where the nearest "with" word starts,
// -1 when the pattern needs none.
func (m *Matcher) context(an *arabic.Analysis, e *Entry, from int) (at int, ok bool) {
	c := m.lx.context[e]
	if c == nil || len(c.with) == 0 && len(c.not) == 0 {
		return -1, true
	}
	// The window counts words: quotation marks and commas inside it
	// ("ترغب في “أن تواصل … تدريب") take no place.
	end, words := from, 0
	for end < len(an.Tokens) && words < contextWindow && !isBreak(an.Tokens[end]) {
		if an.Tokens[end].Kind != arabic.Punct {
			words++
		}
		end++
	}
	for _, seq := range c.not {
		if m.ids.index(from, end, seq) >= 0 {
			return -1, false
		}
	}
	if len(c.with) == 0 {
		return -1, true
	}
	at = -1
	for _, seq := range c.with {
		if i := m.ids.index(from, end, seq); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at, at >= 0
}

// index returns where in tokens [from, to) the id sequence seq starts, or
// -1.
func (ids *tokenIDs) index(from, to int, seq []uint32) int {
	if len(seq) > 0 && seq[0] == 0 {
		// A "+word" form: right after the trigger, or nowhere.
		seq = seq[1:]
		to = from + len(seq)
		if to > len(ids.bare) {
			return -1
		}
	}
	for i := from; i+len(seq) <= to; i++ {
		ok := true
		for j, id := range seq {
			if !ids.has(i+j, id) {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
