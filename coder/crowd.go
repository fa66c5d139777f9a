package coder

import (
	"sort"
	"strings"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// A protest is told as a chain of acts: "تظاهر المئات أمام البرلمان
// ورددوا هتافات … وأحرقوا الإطارات", "أغلق المحتجون الطريق". Each act is
// part of the protest, yet most of its verbs (gather, march, burn, storm)
// code no protest on their own. crowdTriggers finds them where protesters
// do them: a verb right beside a protester word, or a plural verb or
// participle that continues, in the same sentence, a protest already told.

// crowdVerbs are the perfect verbs of a crowd's acts, third person
// singular, as the text layer normalizes them: what the protesters do
// (CAMEO 141, demonstrate) and what rioters do (145).
var (
	crowdDemo = newWordSet(`تجمع احتشد سار طاف جاب خرج توجه رفع ردد هتف طالب دعا شارك اعتصم نصب قطع اغلق سد اجتاح تدفق عبر ندد حمل لوح اقترب شكل`)
	crowdRiot = newWordSet(`احرق اشعل حطم رشق هاجم اقتحم اشتبك نهب كسر رمى اصاب`)
	// crowdParticiples accompany a protest: "… مطالبين بالإفراج".
	crowdParticiples = newWordSet(`مطالبين مرددين رافعين حاملين هاتفين منددين ملوحين`)
)

// crowdWindow is how far, in tokens, a chained act may stand from the
// protest it continues.
const crowdWindow = 25

// Synthetic patterns of the chained acts: they have no forms of their
// own, since their verbs are protest only where protesters do them.
var (
	crowdDemoPattern = &lexicon.Entry{Kind: lexicon.KindPattern, ID: "protest-crowd-act", Cameo: "141"}
	crowdRiotPattern = &lexicon.Entry{Kind: lexicon.KindPattern, ID: "protest-crowd-riot", Cameo: "145"}
)

// isProtester reports whether mention m names protesters.
func isProtester(m lexicon.Mention) bool {
	return m.Agent != nil && m.Agent.ID == "protesters"
}

// crowdTriggers adds to trs (in text order) the acts of protesters that
// the lexicon's patterns did not find, and returns the new list.
func (d *doc) crowdTriggers(trs []lexicon.Trigger) []lexicon.Trigger {
	an := d.an
	any := false
	for _, t := range trs {
		if eventType(t) == "PROTEST" {
			any = true
			break
		}
	}
	for k := 0; !any && k < len(d.ms); k++ {
		any = isProtester(d.ms[k])
	}
	if !any {
		return trs
	}
	// covered tokens are protest triggers already; anchors end a protest
	// trigger or a protester word.
	n := len(an.Tokens)
	covered, anchors, protester := make([]bool, n+2), make([]bool, n+2), make([]bool, n+2)
	for _, t := range trs {
		// A word the lexicon read as another act ("اشتبك", "أحرقوا",
		// "طالبوا") is also the protest's when protesters do it.
		if eventType(t) == "PROTEST" {
			anchors[t.Last-1] = true
			for i := t.First; i < t.Last; i++ {
				covered[i] = true
			}
		}
	}
	for _, m := range d.ms {
		if isProtester(m) {
			for i := m.First; i < m.Last; i++ {
				protester[i] = true
			}
			anchors[m.Last-1] = true
		}
	}
	var added []lexicon.Trigger
	for _, s := range an.Sentences {
		last := -1 // the last protest told in the sentence
		for i := s.First; i < s.Last; i++ {
			if pat, verb := d.crowdAct(i, s, last, covered, protester); pat != nil {
				tok := an.Tokens[i]
				added = append(added, lexicon.Trigger{Start: tok.Start, End: tok.End, First: i, Last: i + 1, Pattern: pat, Code: pat.Cameo, Verb: verb})
				last = i
			}
			if anchors[i] {
				last = i
			}
		}
	}
	if len(added) == 0 {
		return trs
	}
	out := append(trs[:len(trs):len(trs)], added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].First < out[b].First })
	return out
}

// crowdAct is the pattern of the crowd act at token i, and whether it is
// a verb (not a participle), or nil: a crowd verb beside its protesters,
// or a plural verb or participle within crowdWindow of the protest last
// told (at token last, -1 for none) in sentence s.
func (d *doc) crowdAct(i int, s arabic.Sentence, last int, covered, protester []bool) (*lexicon.Entry, bool) {
	an := d.an
	if an.Tokens[i].Kind != arabic.Word || covered[i] {
		return nil, false
	}
	w := an.Tokens[i].Norm
	if p := proclitics(an, i); p != "" && strings.HasPrefix(w, p) && strings.Trim(p, "وف") == "" {
		w = w[len(p):]
	}
	plural := strings.HasSuffix(w, "وا") && len(w) > len("وا")
	base := strings.TrimSuffix(w, "وا")
	participle := crowdParticiples[w]
	var pat *lexicon.Entry
	switch {
	case crowdDemo[base] || participle:
		pat = crowdDemoPattern
	case crowdRiot[base]:
		pat = crowdRiotPattern
	default:
		return nil, false
	}
	chained := last >= 0 && i-last <= crowdWindow && (plural || participle)
	beside := !participle && (i > s.First && protester[i-1] || d.protestersAfter(i, s, protester))
	if !chained && !beside {
		return nil, false
	}
	return pat, !participle
}

// crowdNouns stand before the protesters they count: "حشد المتظاهرين".
var crowdNouns = newWordSet(`حشد حشود جموع جمهور مجموعة عدة`)

// protestersAfter reports whether the subject right after the verb at
// token i names protesters: "أغلق المحتجون", "خرج مساء أمس مئات من
// المتظاهرين", "اجتاح حشد المتظاهرين" (days, counts, the partitive من
// and crowd nouns between).
func (d *doc) protestersAfter(i int, s arabic.Sentence, protester []bool) bool {
	an := d.an
	gap := 0
	for j := i + 1; j < s.Last && j <= i+7; j++ {
		if protester[j] {
			return true
		}
		k := stemNorm(an, j)
		if an.Tokens[j].Kind == arabic.Punct || isCount(an, j) || k == "من" || timeWords[k] || crowdNouns.bare(k) {
			continue
		}
		if gap++; gap > 1 {
			return false
		}
	}
	return false
}
