package coder

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ontology"
)

// How far, in tokens, the coder looks from a trigger for its actors, place
// and date. Arabic news sentences run long; an argument further away
// belongs, nearly always, to another clause.
const (
	backWindow     = 12 // back from a trigger to its subject (SVO)
	argumentWindow = 10 // forward from a trigger to its subject (VSO) and object
	placeWindow    = 16 // either way to a place after في/ب
	dateWindow     = 14 // either way to a date
)

// doc is the coder's reading of one document while it codes events.
type doc struct {
	an   *arabic.Analysis
	ms   []lexicon.Mention
	pub  time.Time
	pubD string // the publication day, "2021-07-26", or ""
	// quoted[i] is true for tokens inside quotation marks.
	quoted []bool
	sf     []sentenceFacts // per sentence, read on demand
	qtys   []marsad.Quantity
}

// firstMention is the index of the first mention that starts at token
// tok or later. Mentions are in text order.
func (d *doc) firstMention(tok int) int { return mentionFrom(d.ms, tok) }

// lastMentionBefore is the index of the last mention that starts before
// token tok, or -1.
func (d *doc) lastMentionBefore(tok int) int {
	return d.firstMention(tok) - 1
}

// markQuoted marks the tokens inside quotations: what they say is
// reported, not asserted by the writer.
func (d *doc) markQuoted(qs []marsad.Quote) {
	d.quoted = make([]bool, len(d.an.Tokens))
	k := 0
	for i, t := range d.an.Tokens {
		for k < len(qs) && qs[k].End <= t.Start {
			k++
		}
		if k < len(qs) && qs[k].Start <= t.Start && t.End <= qs[k].End {
			d.quoted[i] = true
		}
	}
}

// preps are the prepositions that mark an argument: the target of a verb
// or noun ("على القاعدة", "ضد داعش", "مع الوفد", "إلى بغداد") or, with
// من, a source. في marks a place.
var targetPreps = newWordSet(`على ضد مع الى إلى تجاه نحو بحق لدى عند عن`)

// clitPrep returns the prepositions glued to token i (ب ل ك, or the
// future س), its conjunctions و ف left out.
func clitPrep(an *arabic.Analysis, i int) string {
	p := proclitics(an, i)
	for {
		q := strings.TrimPrefix(strings.TrimPrefix(p, "و"), "ف")
		if q == p {
			return p
		}
		p = q
	}
}

// prepBefore returns the preposition governing the word at token i: one
// glued to it (ب ل) or the word before it (على ضد مع …); "" when none.
func prepBefore(an *arabic.Analysis, i int) string {
	if p := clitPrep(an, i); p != "" && p != "س" {
		return p
	}
	if i > 0 {
		n := an.Tokens[i-1].Norm
		// "خمسة من الجنود", "قوة من الشرطة": من after a count or a
		// group word is partitive, the phrase a bare noun.
		if n == "من" && i > 1 && (isCount(an, i-2) || groupWords[stemNorm(an, i-2)]) {
			return ""
		}
		if targetPreps[n] || n == "من" || n == "في" || n == "بين" {
			return n
		}
	}
	return ""
}

// countedAt reports whether a count stands before token i, at once or
// with a partitive من: "47 إرهابيا", "سبعة من عناصر الشرطة".
func countedAt(an *arabic.Analysis, i int) bool {
	if i < 1 {
		return false
	}
	if isCount(an, i-1) {
		return true
	}
	return i > 1 && an.Tokens[i-1].Norm == "من" && isCount(an, i-2)
}

// groupWords take a part of an actor with من: "قوة من الشرطة",
// "عناصر من الجيش", "مجموعة من المسلحين".
var groupWords = newWordSet(`قوة قوات عناصر عنصر افراد أفراد فرد مجموعة مجموعات بعض احد أحد دورية وحدة وحدات فرقة`)

// lightVerbs carry a verbal noun after ب: "قام بمداهمة", "قاموا بتفجير".
var lightVerbs = newWordSet(`قام قامت قاموا يقوم تقوم يقومون`)

// subjectGap counts the words between a verb and its subject after it,
// leaving out days ("تظاهر أمس عشرات من أعضاء الحزب"), counts and the
// partitive من.
func subjectGap(an *arabic.Analysis, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		k := stemNorm(an, i)
		if an.Tokens[i].Kind == arabic.Punct || isCount(an, i) || k == "من" || timeWords[k] {
			continue
		}
		n++
	}
	return n
}

// countWords are the number words a count may be written with; digits
// are tokens of kind Number.
var countWords = newWordSet(`اثنين اثنان ثلاثة ثلاث اربعة اربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني عشرة عشر عشرات مئات الاف آلاف مائة مئة الف ألف عدد عددا العشرات المئات الآلاف الالاف`)

// isCount reports whether token i is a number, in digits or words.
func isCount(an *arabic.Analysis, i int) bool {
	t := an.Tokens[i]
	return t.Kind == arabic.Number || countWords[stemNorm(an, i)]
}

// events codes the events of a document: every trigger the lexicon finds,
// with its actors, place, date and modality, merged where the document
// reports one event more than once.
func (c *Coder) events(d *doc, trs []lexicon.Trigger) []marsad.Event {
	an := d.an
	var out []marsad.Event
	index := map[string]int{}
	// How many triggers of each type every sentence has: several words
	// for one act ("هجوم … قتل … تفجير") mark it as the sentence's news.
	type sentType struct {
		s   int
		typ string
	}
	count := map[sentType]int{}
	trs = d.crowdTriggers(trs)
	sents := make([]int, len(trs))
	evs := make([]marsad.Event, len(trs)) // Type "": the trigger codes no event
	for ti := range trs {
		if trs[ti].Verb && nounAfterPrep(an, trs[ti].First) {
			trs[ti].Verb = false
		}
	}
	for ti, t := range trs {
		sents[ti] = sentenceOf(an, t.First)
		if sents[ti] < len(an.Sentences) && d.thing(t, an.Sentences[sents[ti]]) {
			continue
		}
		if ev, ok := eventOf(t); ok {
			evs[ti] = ev
			count[sentType{sents[ti], ev.Type}]++
		}
	}
	// First every trigger's own event, then what one sentence's triggers
	// of a type tell together, then confidence, then merging.
	type coded struct {
		ev marsad.Event
		ti int
	}

	var raw []coded
	rawOf := make([]int, len(trs)) // the index in raw of trigger ti's event, -1 for none
	for ti, t := range trs {
		rawOf[ti] = -1
		ev := evs[ti]
		if ev.Type == "" {
			continue
		}
		si := sents[ti]
		if si >= len(an.Sentences) {
			continue
		}
		same := count[sentType{si, ev.Type}]
		// first: no act is told before this one in its sentence.
		others, first := 0, true
		for tj := ti - 1; tj >= 0 && sents[tj] == si; tj-- {
			others++
			if evs[tj].Type != "" && trs[tj].Last <= t.First {
				first = false
			}
		}
		for tj := ti + 1; tj < len(trs) && sents[tj] == si; tj++ {
			others++
		}
		others -= same - 1
		s := an.Sentences[si]
		ev.Sentence = marsad.SentenceRef{Index: si, Start: s.Start, End: s.End}
		ev.Trigger = marsad.Trigger{Text: an.Text[t.Start:t.End], Start: t.Start, End: t.End}
		ev.Rule = t.Pattern.ID

		src, tgt := d.arguments(t, s)
		if tj := ti - 1; tj >= 0 && sents[tj] == si && rawOf[tj] >= 0 {
			src, tgt = d.joinedArguments(t, trs[tj], &raw[rawOf[tj]].ev, src, tgt)
		}
		if src != nil && tgt != nil && sameActor(src, tgt) {
			tgt = nil
		}
		ev.Source, ev.Target = src, tgt
		lo, hi := s.First, s.Last
		if ti > 0 && trs[ti-1].Last > lo {
			lo = trs[ti-1].Last
		}
		if ti+1 < len(trs) && trs[ti+1].First < hi {
			hi = trs[ti+1].First
		}
		ev.Location = d.location(t, lo, hi)
		d.date(&ev, t, s)
		d.modality(&ev, t, s, trs, ti)
		if tj := d.antecedent(trs, evs, sents, ti); tj >= 0 && rawOf[tj] >= 0 {
			inherit(&ev, &raw[rawOf[tj]].ev)
		}
		if d.counted(t, s) && !d.facts(si).time {
			ev.Historical = true
		}
		// Confidence weighs what the trigger itself found, before its
		// siblings lend it theirs.
		x := d.features(&ev, t, si, same, others, governed(trs, evs, sents, ti), first, d.relativeVerb(trs, ti))
		ev.Confidence = d.confidence(&ev, x)
		if c.trace != nil {
			c.trace(&ev, x)
		}
		rawOf[ti] = len(raw)
		raw = append(raw, coded{ev, ti})
	}
	shareArguments(func(k int) *marsad.Event { return &raw[k].ev }, len(raw))
	for _, r := range raw {
		ev := r.ev
		ev.Source = placedRole(ev.Source, ev.Location)
		ev.Target = placedRole(ev.Target, ev.Location)

		key := ev.Type + "|" + actorKey(ev.Source) + "|" + actorKey(ev.Target) + "|" + ev.Date + "|"
		if ev.Location != nil {
			key += ev.Location.Name
		}
		key += "|" + strconv.FormatBool(ev.Negated) + strconv.FormatBool(ev.Historical) + ev.Modality
		if k, ok := index[key]; ok {
			// One act told twice is as sure as its surest telling.
			out[k].Evidence = append(out[k].Evidence, ev.Trigger)
			out[k].Confidence = max(out[k].Confidence, ev.Confidence)
			continue
		}
		ev.ID = "e" + strconv.Itoa(len(out)+1)
		ev.Evidence = []marsad.Trigger{ev.Trigger}
		index[key] = len(out)
		out = append(out, ev)
	}
	return out
}

// placedRole gives a role word with no country ("المتظاهرون", "مسلحون",
// "الشرطة") the country of the place the event happened: protesters in
// Athens are Greek protesters, gunmen in Baghdad Iraqi gunmen, as an
// analyst reading the sentence would code them. Named actors, groups and
// foreign roles ("القوات الأميركية") keep what the text gave them.
func placedRole(a *marsad.Actor, loc *marsad.Location) *marsad.Actor {
	if a == nil || loc == nil || loc.Country == "" || a.Country != "" || a.Name != "" || a.Agent == "" || a.Code != a.Agent {
		return a
	}
	b := *a
	b.Country = loc.Country
	b.Code = loc.Country + a.Code
	return &b
}

// shareArguments lets the triggers of one type in one sentence, which
// mostly tell one act ("قتل ثلاثة مسلحين في ضربة جوية أميركية", "اغتيال
// فلان في اعتداء بسيارة مفخخة"), lend one another the source and target
// that only one of them found. Places are not lent: a sentence may tell two
// attacks, one of them where it names. A named actor is not replaced; the
// same actor is never made both source and target.
func shareArguments(ev func(int) *marsad.Event, n int) {
	// Events come in text order: compare within each sentence's run only.
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && ev(hi).Sentence.Index == ev(lo).Sentence.Index {
			hi++
		}
		for i := lo; i < hi; i++ {
			a := ev(i)
			for j := lo; j < hi; j++ {
				b := ev(j)
				if i == j || a.Type != b.Type || a.Negated != b.Negated {
					continue
				}
				if a.Source == nil && b.Source != nil && (a.Target == nil || !sameActor(a.Target, b.Source)) {
					a.Source = b.Source
				}
				if a.Target == nil && b.Target != nil && (a.Source == nil || !sameActor(a.Source, b.Target)) {
					a.Target = b.Target
				}
			}
		}
		lo = hi
	}
}

// governed reports whether trigger ti is the object of another act told
// before it in its sentence by a verb of another type: "ادانت الولايات
// المتحدة الهجومين", "اتهمت السلطات المتمردين بتنفيذ التفجير",
// "واعتقلت اثنين على علاقة بخطف". Such a sentence tells the condemnation,
// the accusation, the arrest; the attack is its topic.
func governed(trs []lexicon.Trigger, evs []marsad.Event, sents []int, ti int) bool {
	for tj := ti - 1; tj >= 0 && sents[tj] == sents[ti]; tj-- {
		if trs[tj].Verb && evs[tj].Type != "" && evs[tj].Type != evs[ti].Type {
			return true
		}
	}
	return false
}

// eventType is the PLOVER type trigger t codes, "" for none: eventOf's
// type without building the event.
func eventType(t lexicon.Trigger) string {
	if t.Pattern.Plover.Type != "" {
		return t.Pattern.Plover.Type
	}
	o, _ := ontology.Lookup(t.Code)
	return o.Plover.Type
}

// eventOf fills what the pattern alone decides: type, mode, context and
// the CAMEO coding. Patterns whose CAMEO code PLOVER does not code, and
// which carry no PLOVER override, code no event.
func eventOf(t lexicon.Trigger) (marsad.Event, bool) {
	o, _ := ontology.Lookup(t.Code)
	pl := o.Plover
	if t.Pattern.Plover.Type != "" {
		pl = t.Pattern.Plover
	}
	if pl.Type == "" {
		return marsad.Event{}, false
	}
	ev := marsad.Event{
		Type: pl.Type, Mode: pl.Mode, Context: []string{},
		CAMEO: t.Code, Goldstein: o.Goldstein, QuadClass: o.QuadClass,
		Modality: marsad.ModalityAsserted,
	}
	ev.Context = append(ev.Context, splitComma(pl.Context)...)
	return ev, true
}

func splitComma(s string) []string {
	var out []string
	for _, w := range strings.Split(s, ",") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

func actorKey(a *marsad.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code + "/" + a.Name
}

// sameActor reports whether two actors are one: the same person, or the
// same code with no person named.
func sameActor(a, b *marsad.Actor) bool {
	if a.Name != "" || b.Name != "" {
		return a.Name == b.Name && a.Code == b.Code
	}
	return a.Code != "" && a.Code == b.Code
}

// arg is a mention that may fill an event's source or target.
type arg struct {
	m    lexicon.Mention
	prep string // the preposition governing it, "" for none
}

// candidate reports whether mention m may stand as an actor: an actor or
// role word, a country or capital (a metonym for its government), or a
// nationality adjective. Other places (cities, sites) are locations.
func candidate(m lexicon.Mention) bool {
	switch m.Kind {
	case lexicon.MentionActor, lexicon.MentionAgent, lexicon.MentionNationality:
		return true
	case lexicon.MentionPlace:
		return m.Place != nil && (m.Place.Type == "country" || m.Place.Type == "capital")
	}
	return false
}

// clauseBreak reports whether token i ends a clause: the subject of a
// verb after it is not found before it. An opening quotation mark starts
// the quoted speaker's own clause.
func clauseBreak(an *arabic.Analysis, i int) bool {
	t := an.Tokens[i]
	if t.Kind == arabic.Punct {
		switch t.Text {
		case "؛", ";", ":", "..", "…", "(", ")", "“", "”", "«", "»", "\"":
			return true
		}
		return false
	}
	return clauseWords[stemNorm(an, i)] && proclitics(an, i) != "ب"
}

// argumentBreak reports whether token i ends the reach of a trigger's
// arguments after it. Unlike clauseBreak, a quotation mark does not: "ترغب
// في “أن تواصل الولايات المتحدة …" has its target inside the quote.
func argumentBreak(an *arabic.Analysis, i int) bool {
	t := an.Tokens[i]
	if t.Kind == arabic.Punct {
		switch t.Text {
		case "“", "”", "«", "»", "\"":
			return false
		}
		return clauseBreak(an, i) || isSentencePunct(t.Text)
	}
	return clauseBreak(an, i)
}

// clauseWords open a new clause.
var clauseWords = newWordSet(`حيث بينما لكن لكنه لكنها غير بيد فيما اذ إذ كما عقب بعدما حين عندما ريثما`)

// arguments finds a trigger's source and target by Arabic word order.
//
// A verb's subject follows it (VSO: "هاجمت الفصائل القاعدة") or precedes
// it (SVO: "الفصائل هاجمت", "الحكومة التي ترغب"); its object follows,
// bare or after a preposition (على، ضد، مع، إلى، ب، ل). A verbal noun
// takes its subject as the genitive after it ("هجوم الفصائل على
// القاعدة"), or, when it has none or carries a pronoun ("لقائه نظيره"),
// from the clause around it; a noun after ب ("بهجوم") is the instrument of
// the clause's verb and shares its subject. "بين X و Y" gives both.
func (d *doc) arguments(t lexicon.Trigger, s arabic.Sentence) (src, tgt *marsad.Actor) {
	an := d.an
	// The mentions after the trigger in its clause, and the subject before.
	var after []arg
	end := t.Last + argumentWindow
	if end > s.Last {
		end = s.Last
	}
	for k := d.firstMention(t.Last); k < len(d.ms) && d.ms[k].First < end; k++ {
		m := d.ms[k]
		if !candidate(m) && !(m.Kind == lexicon.MentionPlace && targetPreps[prepBefore(an, m.First)]) {
			// A city or a site is a target only after على، ضد …
			// ("هجوم على قاعدة الحرير"); elsewhere it is a location.
			continue
		}
		stop := false
		for i := t.Last; i < m.First; i++ {
			if argumentBreak(an, i) {
				stop = true
				break
			}
		}
		if stop {
			break
		}
		after = append(after, arg{m, prepBefore(an, m.First)})
	}
	before := d.subjectBefore(t, s)

	// بين X و Y.
	for i := t.Last; i < t.Last+4 && i < s.Last; i++ {
		if an.Tokens[i].Norm != "بين" {
			continue
		}
		var pair []arg
		for _, a := range after {
			if a.m.First > i && len(pair) < 2 {
				pair = append(pair, a)
			}
		}
		if len(pair) == 2 {
			return d.actor(pair[0].m), d.actor(pair[1].m)
		}
	}
	// Two nationality adjectives after a noun: "الحوار الأمريكي – العراقي".
	if !t.Verb && len(after) >= 2 && after[0].m.Kind == lexicon.MentionNationality && after[1].m.Kind == lexicon.MentionNationality &&
		after[0].m.First <= t.Last+1 && after[1].m.First <= after[0].m.Last+1 && !isCount(an, after[0].m.First-1) {
		return d.actor(after[0].m), d.actor(after[1].m)
	}

	var object *arg
	// pick takes the object from after[from:]: the first argument after a
	// target preposition, or a bare one right after the trigger or the
	// argument before it (a bare noun further on starts another phrase).
	// A nationality adjective right before a name gives way to the name
	// ("نظيره العراقي فؤاد حسين").
	pick := func(from int) {
		prev := t.Last
		if from > 0 {
			prev = after[from-1].m.Last
		}
		for k := from; k < len(after); k++ {
			a := after[k]
			if a.m.Kind == lexicon.MentionNationality && k+1 < len(after) && after[k+1].m.First == a.m.Last && after[k+1].m.Kind == lexicon.MentionActor {
				continue
			}
			bare := a.prep == "" && wordsBetween(an, prev, a.m.First) <= 2
			if bare || targetPreps[a.prep] || a.prep == "ل" || a.prep == "ب" {
				object = &after[k]
				return
			}
		}
	}
	// SVO when the subject stands right before the verb ("الحكومة
	// العراقية ترغب", "الحكومة التي ترغب"); else VSO when a bare mention
	// stands within a few words after it.
	svo := before != nil && (before.Last >= t.First-1 || before.Last == t.First-2 && relativeWords[an.Tokens[t.First-1].Norm])
	vso := !svo && len(after) > 0 && after[0].prep == "" && subjectGap(an, t.Last, after[0].m.First) <= 3 &&
		(after[0].m.Kind != lexicon.MentionNationality || d.adjectiveOfNoun(after[0].m))
	if forceVerb(an, t) {
		// An unvocalized verb of force may be passive: "قُتل" and "قَتل"
		// are one word.
		switch {
		case len(after) > 0 && after[0].prep == "" && after[0].m.First > t.Last &&
			(countedAt(an, after[0].m.First) || after[0].m.Kind == lexicon.MentionNationality && countedAt(an, after[0].m.First-1)) &&
			subjectGap(an, t.Last, after[0].m.First) <= 3:
			// "قتلت 47 إرهابياً", "قُتل 17 ألف عراقي": a counted noun
			// after a verb of force is what it was done to, as object
			// or as passive subject.
			if svo {
				src = d.actor(*before)
			}
			return d.finishArguments(t, s, src, &after[0])
		case svo && passiveAt(an, t.Last, s):
			// "ثمانية أشخاص قُتلوا أمس في هجوم": no object, a passive.
			return d.finishArguments(t, s, nil, &arg{m: *before})
		case vso && passiveAt(an, after[0].m.Last, s) && (len(after) < 2 || after[1].prep != ""):
			// "قُتل جنديان في انفجار".
			return d.finishArguments(t, s, nil, &after[0])
		}
	}
	if t.Verb {
		// VSO: the bare mention after the verb is its subject, and the
		// next argument the object. A trigger ending in أن is followed by
		// its complement's subject, not its own.
		complement := an.Tokens[t.Last-1].Norm == "ان"
		if vso && !complement {
			src = d.actor(after[0].m)
			pick(1)
		} else {
			if before != nil {
				src = d.actor(*before)
			}
			pick(0)
		}
	} else {
		// The genitive follows the noun at once; a nationality adjective
		// may come after another adjective ("ضربة جوية أميركية").
		genitive := len(after) > 0 && after[0].prep == "" && !possessed(an, t.Last-1) &&
			(after[0].m.First == t.Last || after[0].m.Kind == lexicon.MentionNationality && after[0].m.First <= t.Last+2 && !hasWordsBetweenKnown(d, t.Last, after[0].m.First) && !isCount(an, after[0].m.First-1))
		instrument := clitPrep(an, t.First) == "ب"
		if deathNouns[stemNorm(an, t.First)] {
			// "أعلن الجيش مقتل …": who tells of a death did not cause it.
			before = nil
		}
		switch {
		case genitive && patientGenitive(t) && !hasPrepArg(after[1:]):
			// "اغتيال القيادي", "اعتقال الناشطين": the genitive suffers.
			object = &after[0]
			if before != nil {
				src = d.actor(*before)
			}
		case genitive:
			src = d.actor(after[0].m)
			pick(1)
		case instrument && t.First > s.First && lightVerbs[stemNorm(an, t.First-1)]:
			// "قامت قوة من الشرطة بمداهمة …": the act's agent is the
			// subject of قام.
			if m := d.subjectBefore(lexicon.Trigger{First: t.First - 1, Last: t.First}, s); m != nil {
				src = d.actor(*m)
			}
			pick(0)
		case instrument:
			if m := d.clauseSubject(t, s); m != nil {
				src = d.actor(*m)
			}
			pick(0)
		default:
			if before != nil {
				src = d.actor(*before)
			}
			pick(0)
		}
	}
	return d.finishArguments(t, s, src, object)
}

// finishArguments completes a trigger's source and object: an agent
// named after a verbal noun ("هجوم نفذه مسلحون") or after the act
// ("على يد مسلحين"), a target named through the place that hosts it.
func (d *doc) finishArguments(t lexicon.Trigger, s arabic.Sentence, src *marsad.Actor, object *arg) (*marsad.Actor, *marsad.Actor) {
	var tgt *marsad.Actor
	if !t.Verb {
		// "غارة شنتها طائرة أميركية": the doer named after the act
		// outranks an actor that only stood before it.
		if m := d.agentAfter(t, s); m != nil {
			src = d.actor(*m)
			if object != nil && object.m.First == m.First {
				object = nil
			}
		}
	}
	if object != nil {
		tgt = d.actor(d.relativeHost(object.m, s))
	} else if m := d.hosted(t, s); m != nil {
		tgt = d.actor(*m)
	}
	// An agent named after the act ("قُتل ثلاثة على يد مسلحين", "أصيب
	// برصاص الجيش") is its source: the verb was passive, and what looked
	// like its subject is what the act was done to.
	if m := d.byAgent(t, s); m != nil {
		agent := d.actor(*m)
		if src != nil && tgt == nil && !sameActor(src, agent) {
			tgt = src
		}
		src = agent
		if tgt != nil && sameActor(src, tgt) {
			tgt = nil
		}
	}
	return src, tgt
}

// deathNouns name a death, not who caused it.
var deathNouns = newWordSet(`مقتل مصرع وفاة استشهاد موت`)

// nounPreps are the prepositions no verb follows: a verb form after one
// is its verbal noun ("مسؤوليتها عن خطف", "بعد قتل").
var nounPreps = newWordSet(`عن على في من الى إلى منذ بعد قبل حول بسبب جراء اثر إثر عقب خلال اثناء أثناء ضد بتهمة`)

// nounAfterPrep reports whether the word at token i, which the lexicon
// read as a verb, is a verbal noun: a preposition stands before it, or a
// ب is glued to it (ب never governs a verb).
func nounAfterPrep(an *arabic.Analysis, i int) bool {
	if clitPrep(an, i) == "ب" {
		return true
	}
	return i > 0 && an.Tokens[i-1].Kind == arabic.Word && nounPreps[an.Tokens[i-1].Norm]
}

// forceForms begin the perfect verbs of force whose object or passive
// subject is what the act was done to. Unvocalized, "قتل" is both "killed"
// and "was killed".
var forceForms = strings.Fields(`قتل اغتيل اغتال خطف اختطف اعتقل اصيب اصاب جرح اعدم ذبح عذب اسر احتجز استهدف`)

// forceVerb reports whether trigger t is a perfect verb of force: a verb
// form, or a literal form of a pattern ("قتلوا") that is one.
func forceVerb(an *arabic.Analysis, t lexicon.Trigger) bool {
	w := an.Tokens[t.First].Norm
	if !t.Verb && (t.Last-t.First > 1 || strings.HasPrefix(w, "ال") || prepBefore(an, t.First) != "") {
		return false
	}
	if p := proclitics(an, t.First); p != "" && strings.HasPrefix(w, p) {
		w = w[len(p):]
	}
	for _, f := range forceForms {
		if strings.HasPrefix(w, f) {
			return true
		}
	}
	return false
}

// passiveFollowers are words after a verb of force that show it had no
// object: "قُتل في الهجوم", "اختُطف أمس", "جُرحوا خلال الاشتباكات".
var passiveFollowers = newWordSet(`في خلال اثناء أثناء بعد بعدما قبل جراء اثر إثر عقب عندما حين امس أمس اليوم ليلا صباحا مساء فجرا على ايدي قرب وسط داخل امام أمام و`)

// passiveAt reports whether token i, right after a verb of force or its
// apparent subject, shows the verb to be passive: the sentence ends, or a
// preposition, a time word or an instrument after ب follows.
func passiveAt(an *arabic.Analysis, i int, s arabic.Sentence) bool {
	if i >= s.Last {
		return true
	}
	t := an.Tokens[i]
	if t.Kind == arabic.Punct {
		return true
	}
	return passiveFollowers[t.Norm] || clitPrep(an, i) == "ب"
}

// wordsBetween counts the words in tokens [from, to), leaving out
// punctuation, the complementizer أن and counts: "ترغب في “أن تواصل
// الولايات المتحدة" has one word, تواصل, between the trigger and its
// object; "خطفت 23 من الكوريين" none.
func wordsBetween(an *arabic.Analysis, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if an.Tokens[i].Kind != arabic.Punct && an.Tokens[i].Norm != "ان" && !isCount(an, i) && an.Tokens[i].Norm != "من" {
			n++
		}
	}
	return n
}

// doneBy are the verbs that name who carried out an act after its noun:
// "هجوم نفذه مسلحون", "عمليات نفذها قراصنة صوماليون", "هجمات تبناها
// التنظيم".
var doneBy = newWordSet(`نفذ نفذه نفذها نفذتها نفذته نفذوه نفذوها شن شنه شنها شنته شنتها شنوه ارتكب ارتكبه ارتكبها ارتكبته ارتكبتها
	تبنى تبناه تبناها تبنته تبنتها قاده قادها قادته قادتها قادوه قادوها`)

// agentWindow is how far after a verbal noun its "carried out by" verb
// may stand: "تعرضت للهجوم في خليج عدن … في عمليات نفذها قراصنة".
const agentWindow = 12

// agentAfter finds the doer a verbal noun names after it through a
// "carried out by" verb.
func (d *doc) agentAfter(t lexicon.Trigger, s arabic.Sentence) *lexicon.Mention {
	an := d.an
	for i := t.Last; i < s.Last && i < t.Last+agentWindow; i++ {
		if argumentBreak(an, i) {
			return nil
		}
		if !doneBy[an.Tokens[i].Norm] && !doneBy[stemNorm(an, i)] {
			continue
		}
		// "شنتها طائرة أميركية": the adjective stands for its country.
		for k := d.firstMention(i + 1); k < len(d.ms) && d.ms[k].First <= i+3; k++ {
			if m := &d.ms[k]; candidate(*m) {
				return m
			}
		}
		return nil
	}
	return nil
}

// hasWordsBetweenKnown reports whether a mention or a punctuation mark
// lies in tokens [from, to): then what follows is no adjective of the
// noun before from.
func hasWordsBetweenKnown(d *doc, from, to int) bool {
	for i := from; i < to; i++ {
		if d.an.Tokens[i].Kind != arabic.Word {
			return true
		}
	}
	k := d.firstMention(from)
	return k < len(d.ms) && d.ms[k].First < to
}

// agentMarkers name who did an act, after it: "على يد", "برصاص",
// "بنيران", "من فعل".
var agentMarkers = newWordSet(`يد برصاص بنيران رصاص نيران فعل`)

// byAgent finds the actor an agent marker names within a few words after
// the trigger: "على يد مسلحين", "برصاص قوات الأمن".
func (d *doc) byAgent(t lexicon.Trigger, s arabic.Sentence) *lexicon.Mention {
	an := d.an
	for i := t.Last; i < s.Last && i < t.Last+6; i++ {
		if argumentBreak(an, i) {
			return nil
		}
		k := stemNorm(an, i)
		if !agentMarkers[k] && !agentMarkers[an.Tokens[i].Norm] {
			continue
		}
		if k == "يد" && (i == 0 || an.Tokens[i-1].Norm != "علي") || k == "فعل" && (i == 0 || an.Tokens[i-1].Norm != "من") {
			continue
		}
		for j := d.firstMention(i + 1); j < len(d.ms) && d.ms[j].First <= i+2; j++ {
			if m := &d.ms[j]; candidate(*m) {
				return m
			}
		}
		return nil
	}
	return nil
}

// hostWords say that a place holds an actor: "قواعد فيها قوات أمريكية",
// "قاعدة تضم قوات التحالف".
var hostWords = newWordSet(`فيها فيه تضم يضم تستضيف يستضيف تؤوي يؤوي يتمركز تتمركز تتواجد يتواجد توجد يوجد`)

// hosted finds a target named through the place that holds it, when the
// trigger's preposition governs a word the lexicon does not know:
// "بهجمات على قواعد فيها قوات أمريكية" → the American forces.
func (d *doc) hosted(t lexicon.Trigger, s arabic.Sentence) *lexicon.Mention {
	an := d.an
	i := t.Last
	for i < s.Last && i < t.Last+3 && !targetPreps[an.Tokens[i].Norm] {
		i++
	}
	if i >= s.Last || !targetPreps[an.Tokens[i].Norm] {
		return nil
	}
	for j := i + 1; j < s.Last && j <= i+4; j++ {
		if argumentBreak(an, j) {
			return nil
		}
		if !hostWords[stemNorm(an, j)] && !hostWords[an.Tokens[j].Norm] {
			continue
		}
		for k := d.firstMention(j + 1); k < len(d.ms) && d.ms[k].First <= j+3; k++ {
			if d.ms[k].Kind == lexicon.MentionActor {
				return &d.ms[k]
			}
		}
		return nil
	}
	return nil
}

// possessed reports whether token i, a noun, carries a pronoun suffix
// ("رفضها", "لقائه"), so that no genitive can follow it. The segmenter
// keeps some such nouns whole; ها هم هما are suffixes on any noun.
func possessed(an *arabic.Analysis, i int) bool {
	if hasEnclitic(an, i) {
		return true
	}
	n := an.Tokens[i].Norm
	return strings.HasSuffix(n, "ها") || strings.HasSuffix(n, "هم") || strings.HasSuffix(n, "هما")
}

// adjectiveOfNoun reports whether nationality adjective m follows a word
// the lexicon does not know, which it then qualifies: "مسلحون
// فلسطينيون", "قراصنة صوماليون", "الطائرات الإسرائيلية". Such a phrase
// stands for an actor of that country.
func (d *doc) adjectiveOfNoun(m lexicon.Mention) bool {
	if m.Kind != lexicon.MentionNationality || m.First == 0 {
		return false
	}
	i := m.First - 1
	t := d.an.Tokens[i]
	if t.Kind != arabic.Word || stopWords[t.Norm] || clauseBreak(d.an, i) {
		return false
	}
	k := d.lastMentionBefore(m.First)
	return k < 0 || d.ms[k].Last <= i
}

// stopWords are function words an adjective never qualifies.
var stopWords = newWordSet(`في من على الى إلى عن مع ان أن إن قد لقد لم لن لا ما هذا هذه ذلك تلك الذي التي الذين و او أو ثم كما بين حيث عند بعد قبل منذ خلال`)

// hasPrepArg reports whether one of the arguments is governed by a
// preposition that marks a target.
func hasPrepArg(as []arg) bool {
	for _, a := range as {
		if targetPreps[a.prep] {
			return true
		}
	}
	return false
}

// patientGenitive reports whether a verbal noun's genitive is what the
// act is done to: killing, arrest, abduction and the like (CAMEO 17, 18,
// 20 and the assassination codes), where "اغتيال X" makes X the victim.
func patientGenitive(t lexicon.Trigger) bool {
	c := t.Code
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "17", "18", "20":
		return true
	}
	return false
}

func isSentencePunct(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "؛", ";":
		return true
	}
	return false
}

// subjectBefore is the nearest bare actor before the trigger in its
// clause: the subject of an SVO clause, skipping relative clauses
// ("الحكومة التي ترغب").
func (d *doc) subjectBefore(t lexicon.Trigger, s arabic.Sentence) *lexicon.Mention {
	an := d.an
	lo := t.First - backWindow
	if lo < s.First {
		lo = s.First
	}
	for k := d.lastMentionBefore(t.First); k >= 0; k-- {
		m := &d.ms[k]
		if m.Last > t.First {
			continue
		}
		if m.Last <= lo {
			break
		}
		if crosses(an, m.Last, t.First) {
			break
		}
		if !candidate(*m) || m.Kind == lexicon.MentionNationality && !d.adjectiveOfNoun(*m) {
			continue
		}
		if p := prepBefore(an, m.First); p != "" || m.Kind == lexicon.MentionNationality && prepBefore(an, m.First-1) != "" {
			continue
		}
		// A genitive ("زيارة الرئيس") can be taken for a subject here:
		// without a parser the two are not told apart.
		return m
	}
	return nil
}

// clauseSubject is the first bare actor of the trigger's clause: the
// subject of the verb a noun after ب is the instrument of ("استبقت هذه
// الفصائل الزيارة بهجوم").
func (d *doc) clauseSubject(t lexicon.Trigger, s arabic.Sentence) *lexicon.Mention {
	an := d.an
	from := t.First
	for from > s.First && !clauseBreak(an, from-1) && t.First-from < 2*backWindow {
		from--
	}
	for k := d.firstMention(from); k < len(d.ms); k++ {
		m := &d.ms[k]
		if m.Last > t.First {
			break
		}
		if candidate(*m) && m.Kind != lexicon.MentionNationality && prepBefore(an, m.First) == "" {
			// "قوة من الشرطة العراقية": the part is the whole's.
			if k+1 < len(d.ms) && d.ms[k+1].Last <= t.First && candidate(d.ms[k+1]) && d.ms[k+1].First == m.Last+1 &&
				an.Tokens[m.Last].Norm == "من" && groupWords[stemNorm(an, m.First)] {
				return &d.ms[k+1]
			}
			return m
		}
	}
	return d.subjectBefore(t, s)
}

// crosses reports whether a clause break lies in tokens [from, to).
func crosses(an *arabic.Analysis, from, to int) bool {
	for i := from; i < to; i++ {
		if clauseBreak(an, i) {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = newWordSet(`التي الذي اللذين اللتين الذين اللواتي اللاتي`)

// relativeHost follows a place to the actor a relative clause says it
// holds: "قاعدة الحرير، التي تضم قوات للتحالف" → the coalition's forces.
// Anything else is its own host.
func (d *doc) relativeHost(m lexicon.Mention, s arabic.Sentence) lexicon.Mention {
	if m.Kind != lexicon.MentionPlace || m.Place == nil || m.Place.Type != "site" {
		return m
	}
	an := d.an
	// Skip a comma and a "في + place" after the site: "قاعدة الحرير في
	// أربيل، التي تضم …".
	i := m.Last
	for n := 0; i < s.Last && n < 4 && !relativeWords[an.Tokens[i].Norm]; n++ {
		t := an.Tokens[i]
		if !isComma(t) && t.Norm != "في" && !d.placeAt(i) {
			break
		}
		i++
	}
	if i >= s.Last || !relativeWords[an.Tokens[i].Norm] {
		return m
	}
	for k := d.firstMention(i + 1); k < len(d.ms) && d.ms[k].First <= i+4; k++ {
		if d.ms[k].Kind == lexicon.MentionActor {
			return d.ms[k]
		}
	}
	return m
}

// placeAt reports whether token i lies in a place mention.
func (d *doc) placeAt(i int) bool {
	if k := d.lastMentionBefore(i + 1); k >= 0 && i < d.ms[k].Last {
		return d.ms[k].Kind == lexicon.MentionPlace
	}
	return false
}

// actor turns a mention into an Actor.
func (d *doc) actor(m lexicon.Mention) *marsad.Actor {
	return actorOf(d.an.Text, m)
}

// locativeWords place an act as في does: "وسط الديوانية", "قرب كركوك".
var locativeWords = newWordSet(`داخل وسط قرب`)

// location is the place after في or ب nearest the trigger within tokens
// [lo, hi): its sentence, up to the triggers before and after it.
func (d *doc) location(t lexicon.Trigger, lo, hi int) *marsad.Location {
	an := d.an
	var best *lexicon.Mention
	bestDist := placeWindow + 1
	if lo < t.First-placeWindow {
		lo = t.First - placeWindow
	}
	if hi > t.Last+placeWindow {
		hi = t.Last + placeWindow
	}
	for k := d.firstMention(lo); k < len(d.ms) && d.ms[k].First < hi; k++ {
		m := &d.ms[k]
		if m.Kind != lexicon.MentionPlace || m.Last > hi {
			continue
		}
		p := prepBefore(an, m.First)
		if p == "" && m.First > 0 {
			p = an.Tokens[m.First-1].Norm
		}
		if p != "في" && p != "ب" && !locativeWords[p] {
			continue
		}
		dist := m.First - t.Last
		if m.First < t.First {
			dist = t.First - m.Last + 2 // a place after the trigger is likelier its own
		}
		if dist < 0 || dist >= bestDist {
			continue
		}
		best, bestDist = m, dist
	}
	if best == nil {
		return nil
	}
	l := &marsad.Location{Text: an.Text[best.Start:best.End], Start: best.Start, End: best.End, Name: best.Place.Name, Country: best.Country}
	if best.Place.HasCoord {
		l.Lat, l.Lon = best.Place.Coord.Lat, best.Place.Coord.Lon
	}
	return l
}

// date dates an event: the date written nearest its trigger in the
// sentence, else the document's. A date more than a year before the
// document's, or a bare year in an undated document ("عام 2003"), makes
// the event historical.
func (d *doc) date(ev *marsad.Event, t lexicon.Trigger, s arabic.Sentence) {
	an := d.an
	var best *arabic.DateMatch
	bestDist := 1 << 30
	// Only dates within the window on either side can win.
	from := t.Start - dateWindow*8
	k0 := sort.Search(len(an.Dates), func(k int) bool { return an.Dates[k].End > from })
	for k := k0; k < len(an.Dates) && an.Dates[k].Start <= t.End+dateWindow*8; k++ {
		dm := &an.Dates[k]
		if dm.Start < s.Start || dm.End > s.End {
			continue
		}
		var dist int
		if dm.Start >= t.End {
			dist = dm.Start - t.End
		} else {
			dist = t.Start - dm.End
		}
		if dist < bestDist {
			best, bestDist = dm, dist
		}
	}
	// Byte distance: about seven bytes a token in Arabic text.
	if best == nil || bestDist > dateWindow*8 || !resolved(best) {
		ev.Date = d.pubD
		return
	}
	ev.Date = formatDate(best)
	ev.DateText = best.Text
	if d.pub.IsZero() {
		ev.Historical = !best.Relative && best.Precision == arabic.Year
		return
	}
	last := lastDay(best)
	ev.Historical = last.Before(d.pub.AddDate(-1, 0, 0))
}

func resolved(dm *arabic.DateMatch) bool { return dm.Year > 0 }

func formatDate(dm *arabic.DateMatch) string {
	switch dm.Precision {
	case arabic.Year:
		return pad(dm.Year, 4)
	case arabic.Month:
		return pad(dm.Year, 4) + "-" + pad(dm.Month, 2)
	default:
		if dm.Day == 0 {
			return pad(dm.Year, 4) + "-" + pad(dm.Month, 2)
		}
		return pad(dm.Year, 4) + "-" + pad(dm.Month, 2) + "-" + pad(dm.Day, 2)
	}
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// lastDay is the last day a date may mean: 31 December for a year.
func lastDay(dm *arabic.DateMatch) time.Time {
	switch {
	case dm.Precision == arabic.Year || dm.Month == 0:
		return time.Date(dm.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case dm.Precision == arabic.Month || dm.Day == 0:
		return time.Date(dm.Year, time.Month(dm.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(dm.Year, time.Month(dm.Month), dm.Day, 0, 0, 0, 0, time.UTC)
}
