package coder

import (
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// Some trigger words name a thing or a kind rather than tell an act: a
// weapon that was seized or defused ("ضبط 22 قذيفة هاون", "فككت قوات
// الأمن سيارة مفخخة"), a vehicle made for fighting ("33 دبابة قتال").
// Others tell the act another trigger of the sentence already told, and
// take its standing in time and truth: "الهجوم الذي استهدف القطار" is
// the attack's own clause, "مقتل 16 شخصا في هجوم انتحاري" one incident.

// handledWords treat a weapon as a thing: found, seized, defused,
// smuggled, stored, made, bought or sold.
var handledWords = newWordSet(`ضبط ضبطت ضبطوا مضبوطات مصادرة صادر صادرت صادروا العثور عثر عثرت عثروا
	فكك فككت فككوا تفكيك ابطال أبطل ابطل ابطلت أبطلت تهريب هرب هربوا مهربة شحنة شحنات
	مخزن مخازن مخبأ مخابئ مستودع مستودعات ترسانة كمية كميات تصنيع صنع تصنع يصنع
	امتلاك يمتلك تمتلك حيازة بحيازة شراء بيع تزويد اقتناء تمويل صفقة صفقات تسليم`)

// equipmentWords are vehicles and units a following "قتال" qualifies:
// "دبابة قتال" is a battle tank, no battle.
var equipmentWords = newWordSet(`دبابة دبابات الدبابة الدبابات طائرة طائرات الطائرات مروحية مروحيات سفينة سفن
	زوارق عربة عربات مدرعات مدرعة وحدات وحدة`)

// thing reports whether trigger t, a noun, names a weapon handled as a
// thing or a piece of fighting equipment, and so tells no act.
func (d *doc) thing(t lexicon.Trigger, s arabic.Sentence) bool {
	an := d.an
	if t.Verb {
		return false
	}
	if k := stemNorm(an, t.First); (k == "قتال" || k == "القتال") && t.First > s.First && equipmentWords[stemNorm(an, t.First-1)] {
		return true
	}
	weapon := false
	for i := t.First; i < t.Last; i++ {
		if weaponWords.bare(stemNorm(an, i)) {
			weapon = true
		}
	}
	if !weapon {
		return false
	}
	// Back over counts and their من ("ضبط 22 قذيفة", "العثور على
	// عدد من العبوات") to the word that handles the weapon.
	for i, seen := t.First-1, 0; i >= s.First && seen < 4; i-- {
		tok := an.Tokens[i]
		if tok.Kind == arabic.Punct {
			return false
		}
		k := stemNorm(an, i)
		if handledWords.bare(k) {
			return true
		}
		if isCount(an, i) || k == "من" || k == "علي" { // على, as the text layer spells it
			continue
		}
		seen++
	}
	return false
}

// antecedent is the trigger whose act trigger ti re-tells, or -1: for a
// verb right after a relative word, the trigger of the same type just
// before it ("الهجوم الانتحاري الذي استهدف"); for a noun after في or ب,
// the nearest trigger of the same type before it in its clause ("مقتل
// 16 شخصا، بينهم 14 طفلا، في هجوم انتحاري").
func (d *doc) antecedent(trs []lexicon.Trigger, evs []marsad.Event, sents []int, ti int) int {
	an := d.an
	t := trs[ti]
	switch {
	case t.Verb && ti > 0 && indefiniteBefore(an, trs[ti-1], t) && evs[ti-1].Type == evs[ti].Type:
		return ti - 1
	case t.Verb && t.First > 0 && relativeWords[an.Tokens[t.First-1].Norm]:
		for tj := ti - 1; tj >= 0 && sents[tj] == sents[ti]; tj-- {
			if trs[tj].Last < t.First-3 {
				break
			}
			if evs[tj].Type == evs[ti].Type {
				return tj
			}
		}
	case !t.Verb:
		if p := prepBefore(an, t.First); p != "في" && p != "ب" {
			return -1
		}
		for tj := ti - 1; tj >= 0 && sents[tj] == sents[ti]; tj-- {
			if trs[tj].Last < t.First-10 {
				break
			}
			if crosses(an, trs[tj].Last, t.First) {
				break
			}
			if evs[tj].Type == evs[ti].Type {
				return tj
			}
		}
	}
	return -1
}

// indefiniteBefore reports whether verb trigger t follows noun trigger
// p at once and p has no article: an Arabic relative clause after an
// indefinite noun takes no relative word ("هجوم انتحاري استهدف مبنى"
// is "an attack that targeted a building"), where "الهجوم استهدف" is
// a clause of its own.
func indefiniteBefore(an *arabic.Analysis, p, t lexicon.Trigger) bool {
	if p.Verb || p.Last != t.First {
		return false
	}
	return !strings.HasPrefix(stemNorm(an, p.First), "ال")
}

// relativeVerb reports whether trigger ti opens a relative clause: a
// verb after a relative word or حيث, or right after an indefinite
// trigger noun; a verbal noun after قام ب and a relative word.
func (d *doc) relativeVerb(trs []lexicon.Trigger, ti int) bool {
	t := trs[ti]
	if !t.Verb {
		// "الذين قاموا بتفجير سيارة مفخخة": the verbal noun of a light
		// verb in a relative clause.
		return t.First > 1 && clitPrep(d.an, t.First) == "ب" && lightVerbs[stemNorm(d.an, t.First-1)] &&
			relativeWords[d.an.Tokens[t.First-2].Norm]
	}
	an := d.an
	if t.First > 0 && (relativeWords[an.Tokens[t.First-1].Norm] || stemNorm(an, t.First-1) == "حيث") {
		// "حيث قتلت بوتو": where she was killed.
		return true
	}
	return ti > 0 && indefiniteBefore(an, trs[ti-1], t)
}

// inherit gives ev, which re-tells the act of event p, p's standing: an
// earlier attack's clause is as historical as the attack, a denied
// killing's attack as denied.
func inherit(ev *marsad.Event, p *marsad.Event) {
	ev.Historical = ev.Historical || p.Historical
	ev.Negated = ev.Negated || p.Negated
	if ev.Modality == marsad.ModalityAsserted || ev.Modality == marsad.ModalityReported {
		if p.Modality != marsad.ModalityAsserted && p.Modality != marsad.ModalityReported {
			ev.Modality = p.Modality
		}
	}
}

// joinedArguments gives verb trigger t, joined by و or ف to the act p of
// trigger pt just before it, the arguments it shares with p: "هاجموا
// المواطنين … واعتدوا عليهم بالضرب" has one subject, and the pronoun
// points back at p's object. A subject of t's own, after it, stays; a
// mention between the two triggers is p's object or its place, not t's
// subject.
func (d *doc) joinedArguments(t, pt lexicon.Trigger, p *marsad.Event, src, tgt *marsad.Actor) (*marsad.Actor, *marsad.Actor) {
	an := d.an
	if !t.Verb || pt.Last < t.First-joinWindow || crosses(an, pt.Last, t.First) {
		return src, tgt
	}
	if c := proclitics(an, t.First); c != "و" && c != "ف" {
		return src, tgt
	}
	if p.Source != nil && (src == nil || src.Start >= p.Trigger.End && src.End <= t.Start) {
		src = p.Source
	}
	if tgt == nil && p.Target != nil && pronounAfter(an, t) && (src == nil || !sameActor(src, p.Target)) {
		tgt = p.Target
	}
	return src, tgt
}

// joinWindow is how far, in tokens, a joined verb may stand from the act
// it continues.
const joinWindow = 12

// pronounAfter reports whether a pronoun object follows verb trigger t:
// on the verb ("قتلوهم") or on the preposition after it ("عليهم").
func pronounAfter(an *arabic.Analysis, t lexicon.Trigger) bool {
	for i := t.Last - 1; i <= t.Last && i < len(an.Tokens); i++ {
		for _, g := range an.TokenSegments(i) {
			if g.Kind == arabic.SegEnclitic {
				return true
			}
		}
		if i == t.Last && pronounWords[an.Tokens[i].Norm] {
			return true
		}
	}
	return false
}

// pronounWords are prepositions carrying a pronoun, as one word.
var pronounWords = newWordSet(`عليهم عليه عليها عليهما عليهن ضدهم ضده ضدها لهم له لها بهم به بها`)

// counted reports whether noun trigger t is counted ("31 من الهجمات",
// "مائة هجوم انتحاري"): many acts summed up, none of them told. Counted
// weapons ("خمس قذائف هاون") are one act's means.
func (d *doc) counted(t lexicon.Trigger, s arabic.Sentence) bool {
	an := d.an
	if t.Verb || t.First <= s.First {
		return false
	}
	for i := t.First; i < t.Last; i++ {
		if weaponWords.bare(stemNorm(an, i)) {
			return false
		}
	}
	return countedAt(an, t.First)
}

// explodedWords tell a weapon going off.
var explodedWords = newWordSet(`انفجر انفجرت انفجرتا انفجرا ينفجر تنفجر`)

// exploded reports whether a weapon noun trigger is the subject of an
// explosion verb right after it ("عبوة ناسفة انفجرت على دورية"): the
// sentence tells the act with a verb.
func (d *doc) exploded(t lexicon.Trigger) bool {
	return !t.Verb && t.Last < len(d.an.Tokens) && explodedWords[stemNorm(d.an, t.Last)]
}
