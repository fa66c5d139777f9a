package coder

import (
	"sort"
	"strings"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// resolve completes the lexicon's mentions with what only the document
// tells: a group named by its patron ("فصائل تابعة للحشد الشعبي" is the
// PMF's), a bare role word that repeats an earlier actor ("الحكومة",
// "هذه الفصائل" after "الحكومة العراقية", "فصائل … الحشد"), and a
// person's surname alone after the full name ("حسين" after "فؤاد
// حسين"). The lexicon cannot know these: they hold within one document
// only.
func resolve(an *arabic.Analysis, ms []lexicon.Mention) []lexicon.Mention {
	ms = joinAffiliation(an, ms)
	locateRoles(an, ms)
	ms = repeatRoles(an, ms)
	return addSurnames(an, ms)
}

// affiliation words join a group to its patron: "تابعة ل", "الموالية ل",
// "المدعومة من".
var affiliation = newWordSet(`تابع تابعة التابع التابعة تابعين التابعين الموالي الموالية موالية موال موالين الموالين
	المقربة المقرب مقربة المدعومة مدعومة المدعوم المحسوبة محسوبة المرتبطة مرتبطة`)

// joinAffiliation merges "ROLE|GROUP affiliated-to ACTOR" into one mention.
// A role with no country takes its patron's: a country's country with its
// own agent, a group's whole code.
func joinAffiliation(an *arabic.Analysis, ms []lexicon.Mention) []lexicon.Mention {
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.Kind != lexicon.MentionPlace && m.Kind != lexicon.MentionNationality && m.Last < len(an.Tokens) && affiliation[an.Tokens[m.Last].Norm] {
			n := ms[k+1]
			gap := n.First - m.Last - 1
			if gap == 0 || gap == 1 && an.Tokens[m.Last+1].Norm == "من" {
				joined := m
				joined.Last, joined.End = n.Last, n.End
				if m.Country == "" {
					agent := agentOf(m)
					switch {
					case n.Kind == lexicon.MentionPlace || n.Kind == lexicon.MentionNationality:
						if n.Country != "" {
							joined.Country = n.Country
							joined.Code = n.Country + agent
							joined.Kind = lexicon.MentionActor
						}
					case n.Code != "":
						joined.Code, joined.Country, joined.Name, joined.Actor = n.Code, n.Country, n.Name, n.Actor
						joined.Kind = lexicon.MentionActor
					}
				}
				out = append(out, joined)
				k++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// placeWords may stand between في and a place name: "في مدينة الموصل";
// and between من and the place people come from: "من أبناء دارفور".
var placeWords = newWordSet(`مدينة محافظة منطقة ولاية اقليم بلدة قرية حي مخيم العاصمة ابناء اهالي سكان`)

// namedBodies are role words that take a proper name after them, which a
// nationality adjective may follow: "حزب الغد المصري", "حركة العدل
// والمساواة السودانية".
var namedBodies = newWordSet(`حزب حركة جبهة تيار جمعية نقابة اتحاد منظمة جماعة ائتلاف كتلة`)

// namePart reports whether token i may be part of a body's proper name:
// a definite word, or one joined by و ("العدل والمساواة").
func namePart(an *arabic.Analysis, i int) bool {
	t := an.Tokens[i]
	if t.Kind != arabic.Word {
		return false
	}
	n := strings.TrimPrefix(t.Norm, "و")
	return strings.HasPrefix(n, "ال") && len(n) > len("ال")+2
}

// locateRoles gives a role word with no country the country of the place
// it is said to be in or from ("المتظاهرون في إسطنبول", "مسلحون من
// الأنبار"), and a coalition the country that leads it ("التحالف الدولي
// بقيادة الولايات المتحدة"). The spans stay apart: the place is still a
// place.
func locateRoles(an *arabic.Analysis, ms []lexicon.Mention) {
	for k := 0; k+1 < len(ms); k++ {
		m := &ms[k]
		if m.Country != "" || m.Last >= len(an.Tokens) {
			continue
		}
		n := ms[k+1]
		if n.Country == "" || n.Kind != lexicon.MentionPlace {
			continue
		}
		w := an.Tokens[m.Last].Norm
		gap := n.First - m.Last
		switch {
		case m.Kind == lexicon.MentionAgent && (w == "في" || w == "من") &&
			(gap == 1 || gap == 2 && placeWords[stemNorm(an, m.Last+1)]):
			if agent := agentOf(*m); agent != "" {
				m.Country, m.Code, m.Kind = n.Country, n.Country+agent, lexicon.MentionActor
			}
		case m.Kind == lexicon.MentionActor && stemNorm(an, m.Last) == "قيادة" && gap == 1:
			m.Country = n.Country
		}
	}
	// "حزب الغد المصري": a body, its name, its nationality.
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.Country != "" || m.Kind != lexicon.MentionAgent || n.Kind != lexicon.MentionNationality || n.Country == "" ||
			!namedBodies[stemNorm(an, m.Last-1)] {
			continue
		}
		gap := n.First - m.Last
		ok := gap >= 1 && gap <= 3
		for i := m.Last; ok && i < n.First; i++ {
			ok = namePart(an, i)
		}
		if agent := agentOf(*m); ok && agent != "" {
			m.Country, m.Code, m.Kind = n.Country, n.Country+agent, lexicon.MentionActor
		}
	}
	// "دورية عسكرية ألمانية", "قوات خاصة أمريكية": a role, an adjective,
	// its nationality.
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.Country != "" || m.Kind != lexicon.MentionAgent || n.Kind != lexicon.MentionNationality || n.Country == "" ||
			n.First != m.Last+1 || !adjectiveWord(an, m.Last) {
			continue
		}
		if agent := agentOf(*m); agent != "" {
			m.Country, m.Code, m.Kind = n.Country, n.Country+agent, lexicon.MentionActor
		}
	}
}

// adjectiveWord reports whether token i reads as an adjective between a
// role and its nationality: a word ending like a nisba or a feminine
// (عسكرية، خاصة، المحلية), no particle.
func adjectiveWord(an *arabic.Analysis, i int) bool {
	t := an.Tokens[i]
	if t.Kind != arabic.Word || stopWords[stemNorm(an, i)] || proclitics(an, i) != "" && proclitics(an, i) != "ال" {
		return false
	}
	n := t.Norm
	for _, end := range []string{"ية", "يه", "ي", "ة", "ه", "يون", "يين"} {
		if strings.HasSuffix(n, end) && len(n) > len(end)+4 {
			return true
		}
	}
	return false
}

// agentOf is the agent part of a mention's code: "GOV" of "GOV" and of
// "IRQGOV", "UAF" of "IRQUAF"; "" for codes with no agent (groups,
// countries).
func agentOf(m lexicon.Mention) string {
	c := m.Code
	if m.Country != "" && strings.HasPrefix(c, m.Country) {
		c = c[len(m.Country):]
	} else if m.Kind != lexicon.MentionAgent {
		return ""
	}
	if len(c) >= 3 {
		return c[:3]
	}
	return ""
}

// demonstratives point back at an earlier mention: "هذه الفصائل".
var demonstratives = newWordSet(`هذه هذا هؤلاء تلك ذلك اولئك`)

// repeatRoles gives a definite role word with no country ("الحكومة",
// "هذه الفصائل") the code of the nearest earlier actor named with the
// same role word: in news text the government is the one last named.
func repeatRoles(an *arabic.Analysis, ms []lexicon.Mention) []lexicon.Mention {
	// last holds, per role word, the latest mention with a country that
	// it named: "الحكومة" repeats "الحكومة العراقية", not any GOV actor,
	// and "التنظيمات الإرهابية" repeats no "قوى عراقية".
	last := map[*lexicon.Entry]int{}
	// A state's institutions are one each: "الحكومة" after "الحكومة
	// العراقية" (an actor of its own in the lexicon) is that government.
	lastState := map[string]int{}
	for k := range ms {
		m := &ms[k]
		agent := agentOf(*m)
		if m.Kind != lexicon.MentionAgent || m.Country != "" {
			if m.Country != "" && m.Agent != nil && m.Code != "" {
				last[m.Agent] = k
			}
			if m.Country != "" && stateAgents[agent] && m.Code == m.Country+agent {
				lastState[agent] = k
			}
			continue
		}
		if hasEnclitic(an, m.First) {
			// A possessed role ("جنوده", "رئيسها", "جيشها") belongs to
			// the actor last named: its country, its own agent.
			if m.First > 0 {
				if c := lastCountry(ms[:k]); c != "" && agent != "" {
					m.Code, m.Country, m.Kind = c+agent, c, lexicon.MentionActor
				}
			}
			continue
		}
		def := strings.HasPrefix(stemNorm(an, m.First), "ال") || m.First > 0 && demonstratives[an.Tokens[m.First-1].Norm]
		if !def {
			continue
		}
		j, ok := last[m.Agent]
		if !ok || m.Agent == nil {
			if j, ok = lastState[agent]; !ok || !stateAgents[agent] {
				continue
			}
		}
		p := ms[j]
		m.Code, m.Country, m.Kind = p.Code, p.Country, lexicon.MentionActor
		if p.Actor != nil && p.Actor.Type != "person" {
			m.Actor, m.Name = p.Actor, p.Name
		}
	}
	return ms
}

// stateAgents are the agents a country has one of.
var stateAgents = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// lastCountry is the country of the last of ms that has one, looking back
// a few mentions only.
func lastCountry(ms []lexicon.Mention) string {
	// An actor owns before a place does: in "الحكومة العراقية ترغب في أن
	// تواصل الولايات المتحدة تدريب جيشها" the army is the government's.
	for _, kind := range []lexicon.MentionKind{lexicon.MentionActor, lexicon.MentionPlace} {
		for j := len(ms) - 1; j >= 0 && j >= len(ms)-4; j-- {
			if ms[j].Country != "" && ms[j].Kind == kind {
				return ms[j].Country
			}
		}
	}
	return ""
}

// addSurnames adds a mention for every later use of a person's last name
// alone, after the document has named the person in full.
func addSurnames(an *arabic.Analysis, ms []lexicon.Mention) []lexicon.Mention {
	var names map[string]lexicon.Mention
	covered := 0 // tokens before this index lie in a mention or were seen
	var added []lexicon.Mention
	next := 0
	for i := range an.Tokens {
		for next < len(ms) && ms[next].First <= i {
			m := ms[next]
			if m.Actor != nil && m.Actor.Type == "person" && m.Last-m.First >= 1 {
				k := stemNorm(an, m.Last-1)
				if len([]rune(k)) >= 3 && !strings.HasPrefix(k, "ال") {
					if names == nil {
						names = map[string]lexicon.Mention{}
					}
					names[k] = m
				}
			}
			if m.Last > covered {
				covered = m.Last
			}
			next++
		}
		if i < covered || names == nil || an.Tokens[i].Kind != arabic.Word {
			continue
		}
		if p, ok := names[stemNorm(an, i)]; ok && !hasEnclitic(an, i) {
			// A name is not a surname when the next word is another
			// person's name part; keep to single words between others.
			m := p
			m.First, m.Last = i, i+1
			m.Agent = nil
			m.Start, m.End = stemStart(an, i), an.Tokens[i].End
			added = append(added, m)
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].First < ms[b].First })
	return ms
}

// stemNorm is the matching key of token i's stem, its clitics left out.
func stemNorm(an *arabic.Analysis, i int) string {
	for _, g := range an.TokenSegments(i) {
		if g.Kind == arabic.SegStem {
			return g.Norm
		}
	}
	return an.Tokens[i].Norm
}

// stemStart is where token i starts once its proclitics are left out.
func stemStart(an *arabic.Analysis, i int) int {
	for _, g := range an.TokenSegments(i) {
		if g.Kind != arabic.SegProclitic {
			return g.Start
		}
	}
	return an.Tokens[i].Start
}

// proclitics returns the proclitics of token i, as one normalized string
// ("وب" of "وبهجوم").
func proclitics(an *arabic.Analysis, i int) string {
	var s string
	for _, g := range an.TokenSegments(i) {
		if g.Kind != arabic.SegProclitic {
			break
		}
		s += g.Norm
	}
	return s
}

// hasEnclitic reports whether token i ends in a pronoun suffix.
func hasEnclitic(an *arabic.Analysis, i int) bool {
	segs := an.TokenSegments(i)
	return len(segs) > 1 && segs[len(segs)-1].Kind == arabic.SegEnclitic
}

// mentionFrom is the index of the first of ms (in text order) that starts
// at token tok or later.
func mentionFrom(ms []lexicon.Mention, tok int) int {
	return sort.Search(len(ms), func(k int) bool { return ms[k].First >= tok })
}
