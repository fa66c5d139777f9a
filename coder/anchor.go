package coder

import (
	"math"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
	"sort"
	"strings"
)

// An event is a happening, tied to the world by something the sentence
// says of it: who took part, where, when, or what it cost. A trigger word
// with none of these names a kind of act ("تهمة الخطف", "مسلسل
// الاغتيالات", "فيلم «اغتيال …»") and codes no event.

// timeWords anchor an event in time: "أمس", "فجر اليوم", "الأحد".
var timeWords = newWordSet(`امس أمس البارحة اليوم الليلة ليلا ليلة صباح صباحا مساء مساء ظهر ظهرا فجرا عصر
	الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت`)

// tollWords anchor an event in what it cost: the dead, the wounded, the
// damage.
var tollWords = newWordSet(`مقتل قتلى قتيل قتيلا قتيلين جرحى جريح جريحا اصابة اصابات مصرع ضحايا جثة جثث جثامين
	اسفر اسفرت اوقع اوقعت ادى ادت اصيب اصيبت اصيبوا قتلوا دمر دمرت تدمير احتراق مصابين مصابا
	معتقلين اعتقال اعتقل اعتقلت جرح جرحت`)

// wasWords open a pluperfect frame with a following قد.
var wasWords = newWordSet(`كان كانت كانوا`)

// stretchWords and stretchEnds make a stretch of time: "السنوات الماضية",
// "الأشهر الستة الأخيرة".
var (
	stretchWords = newWordSet(`السنوات الاشهر الأشهر الشهور الاسابيع الأسابيع الأعوام الاعوام العقود السنين`)
	stretchEnds  = newWordSet(`الماضية الأخيرة الاخيرة المنصرمة الفائتة`)
)

// sinceWords start a stretch after منذ: "منذ بداية العام", "منذ الغزو".
var sinceWords = newWordSet(`بداية مطلع بدء عام العام سنوات سنة اعوام أعوام اشهر أشهر شهور الغزو الاحتلال سقوط اندلاع الحرب`)

// untilWords and nowWords make "حتى الآن": up to now.
var (
	untilWords = newWordSet(`حتى`)
	nowWords   = newWordSet(`الآن الان`)
)

// rankWords rank an act against a stretch: "أعنف هجوم منذ …".
var rankWords = newWordSet(`اعنف أعنف الاعنف الأعنف اكبر أكبر الاكبر الأكبر اسوأ أسوأ الاسوأ اكثر أكثر الاكثر الأكثر اول أول الاول الأول اخطر أخطر الاخطر`)

// longAgo reports whether a date written at token i or i+1 ("منذ مارس
// 2006") ended more than a month before the document's day.
func (d *doc) longAgo(i int) bool {
	if d.pub.IsZero() {
		return false
	}
	an := d.an
	for _, dm := range an.Dates {
		if dm.Year == 0 || dm.Start != an.Tokens[i].Start && (i+1 >= len(an.Tokens) || dm.Start != an.Tokens[i+1].Start) {
			continue
		}
		if lastDay(&dm).Before(d.pub.AddDate(0, -1, 0)) {
			return true
		}
	}
	return false
}

// yearNumber reports whether a token is a year written in digits.
func yearNumber(n string) bool {
	if len(n) != 4 {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return n >= "1900" && n <= "2100"
}

// ranked reports whether a rank word stands within four words before
// token i in sentence s.
func ranked(an *arabic.Analysis, i int, s arabic.Sentence) bool {
	for j := i - 1; j >= s.First && j >= i-4; j-- {
		if rankWords[stemNorm(an, j)] {
			return true
		}
	}
	return false
}

// sentenceFacts are what a sentence says of time and toll, read once.
type sentenceFacts struct {
	read       bool
	time, toll bool
	count      bool // a quantity: troops, dead, dollars …
	dead       bool // a count of the dead or wounded
	weapon     bool // a weapon word
	wasDone    bool // "وكان … قد": a pluperfect frame
	riot       bool // clashes, stones, firebombs
	question   bool // the sentence asks: "هل …؟"
	tally      bool // it counts over a stretch: "خلال السنوات الماضية"
	frame      bool // a court, a report, an anniversary, a film
}

// frameWords set acts in a frame other than the day's news: courts and
// charges, reports, anniversaries, books and films, budgets.
var frameWords = newWordSet(`محكمة المحكمة محاكمة المحاكمة محاكم قضية القضية القاضي قاض قضاة الادعاء الاتهام اتهام
	المتهم المتهمين متهم متهمين تقرير التقرير منظمة المنظمة ذكرى الذكرى فيلم الفيلم كتاب الكتاب رواية مسلسل
	ميزانية الميزانية بالسجن`)

// facts reads sentence si's time and toll words.
func (d *doc) facts(si int) sentenceFacts {
	if d.sf == nil {
		d.sf = make([]sentenceFacts, len(d.an.Sentences))
	}
	f := &d.sf[si]
	if f.read {
		return *f
	}
	f.read = true
	s := d.an.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		k := stemNorm(d.an, i)
		if timeWords[k] {
			f.time = true
		}
		if tollWords.bare(k) {
			f.toll = true
		}
		if stretchWords[k] && i+1 < s.Last && stretchEnds[stemNorm(d.an, i+1)] ||
			stretchWords[k] && i+2 < s.Last && stretchEnds[stemNorm(d.an, i+2)] {
			f.tally = true
		}
		if weaponWords.bare(k) {
			f.weapon = true
		}
		if riotWords[k] {
			f.riot = true
		}
		f.frame = f.frame || frameWords[k]
		if n := d.an.Tokens[i].Norm; n == "هل" || d.an.Tokens[i].Kind == arabic.Punct && (n == "؟" || n == "?") {
			f.question = true
		}
	}
	// "وكان المسلحون قد اقتحموا …": what had happened before the news.
	for i := s.First; i < s.Last && i < s.First+3; i++ {
		if !wasWords[stemNorm(d.an, i)] {
			continue
		}
		for j := i + 1; j < s.Last && j < i+8; j++ {
			if d.an.Tokens[j].Norm == "قد" {
				f.wasDone = true
			}
		}
		break
	}
	k0 := sort.Search(len(d.qtys), func(k int) bool { return d.qtys[k].Start >= s.Start })
	for _, q := range d.qtys[k0:] {
		if q.Start >= s.End {
			break
		}
		if q.End <= s.End {
			f.count = true
			f.dead = f.dead || q.Unit == "dead" || q.Unit == "wounded"
		}
	}
	ds := d.an.Dates
	k1 := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= s.Start })
	for _, dm := range ds[k1:] {
		if dm.Start >= s.End {
			break
		}
		if dm.End <= s.End && dm.Precision >= arabic.Week {
			f.time = true
		}
	}
	// "وقتل 76 صحافيا منذ الغزو", "قتل 13 جنديا حتى الآن": a count
	// since a time long past tallies many acts. "أعنف هجوم منذ …"
	// ranks the day's act against them, and a day named keeps the
	// news; "حتى الآن" sums up whatever the day.
	if f.count {
		for i := s.First; i+1 < s.Last; i++ {
			k, next := stemNorm(d.an, i), stemNorm(d.an, i+1)
			if k == "منذ" && !f.time && (sinceWords[next] || yearNumber(d.an.Tokens[i+1].Norm) || d.longAgo(i)) && !ranked(d.an, i, s) ||
				untilWords[k] && nowWords[next] {
				f.tally = true
			}
		}
	}
	return *f
}

// anchored reports whether the sentence ties the event to the world: a
// named actor as source or target, a place, a day, or a toll.
func (d *doc) anchored(ev *marsad.Event, si int) bool {
	if named(ev.Source) || named(ev.Target) || ev.Location != nil {
		return true
	}
	f := d.facts(si)
	return f.time || f.toll
}

// The features of confidence: what a sentence says that marks an event
// as its news rather than something it names in passing. Each is 0 or 1.
const (
	fBias      = iota
	fCount     // a quantity in the sentence: troops, dollars, the dead
	fToll      // a count of the dead or wounded
	fSame      // a second trigger of the type in the sentence
	fVerb      // the trigger is a verb: a verb asserts more than a noun
	fTime      // a day or a time word (أمس، الخميس، فجر اليوم)
	fLong      // a sentence over 300 bytes names many things in passing
	fRelative  // a verb in a relative clause ("الهجوم الذي استهدف …")
	fGoverned  // the object of an earlier verb of another type (ادانت الهجوم)
	fPlural    // a plural verbal noun (الهجمات): more often a kind or a tally
	fOthers    // events of other types in the sentence
	fEarly     // the trigger in the first third of its sentence
	fAnchored  // a named actor, a place, a day or a toll ties it to the world
	fSource    // a named source
	fTarget    // a named target
	fPlace     // a place
	fReported  // told by someone the sentence names (قال مصدر إن …)
	fQuoted    // inside quotation marks
	fWeapon    // a weapon in the sentence: عبوة، مفخخة، صاروخ، رصاص …
	fWasDone   // a pluperfect frame (وكان … قد): background to the news
	fProtest   // a PROTEST event: protests are told differently
	fInPhrase  // a noun after a preposition ("في هجوم", "بسبب هجوم"): not the sentence's act
	fLinked    // after a word linking it to another act (بسبب، بعد، إثر، عقب، جراء)
	fRiot      // a PROTEST told with violence (clashes, stones, the dead): a riot more than a protest
	fCrowd     // an act of protesters that continues a protest told before it (crowd.go)
	fFirstAct  // no other act is told before it in the sentence
	fNearCount // a count within three words of the trigger ("قتل 5", "مقتل 16 شخصا")
	fArmed     // an armed actor takes part: soldiers, police, militants, rebels
	fMain      // the trigger heads its clause: nothing subordinates it between the clause's start (or أن/إن) and it
	fFrame     // a court, a report, an anniversary, a film: a frame that tells of acts rather than reports one
	fShort     // a sentence under 200 bytes: a headline, a caption, a line of a list
	fVeryLong  // a sentence over 450 bytes: a paragraph of background more than a report
	nFeatures
)

// confWeights are the logistic weights of the features, fitted on the
// OEDA development sentences of both types (TestFitConfidence, which
// also prints the cross-validated detection figures the README quotes).
// The bias is shifted so that 0.5 is the fitted cut.
var confWeights = [nFeatures]float64{
	fBias: -2.968, fCount: 0.706, fToll: 0.256, fSame: 0.465, fVerb: 0.581, fTime: 0.317,
	fLong: -0.202, fRelative: -0.870, fGoverned: -0.341, fPlural: -0.485, fOthers: 0.042,
	fEarly: 0.546, fAnchored: 0.406, fSource: -0.010, fTarget: -0.341, fPlace: 0.348,
	fReported: 0.265, fQuoted: -0.234, fWeapon: 0.760, fWasDone: 0.199, fProtest: 0.640,
	fInPhrase: 0.152, fLinked: 0.545, fRiot: -0.639, fCrowd: -0.502, fFirstAct: 0.167,
	fNearCount: 0.481, fArmed: 0.334, fMain: 0.277, fFrame: -0.432, fShort: -0.121,
	fVeryLong: -0.535,
}

// The lengths of a sentence that tell: OEDA's attack reports run 200
// to 400 bytes; shorter lines are headlines and list items, longer ones
// paragraphs that name many acts in passing.
const (
	confShortBytes    = 200
	confLongBytes     = 300
	confVeryLongBytes = 450
)

// linkWords tie an act to another that the sentence tells: "بسبب هجوم",
// "بعد يوم من مقتل".
var linkWords = newWordSet(`بسبب جراء اثر إثر عقب غداة بعد بعيد منذ قبل قبيل خلفية اعقاب أعقاب`)

// riotWords tell violence in a crowd.
var riotWords = newWordSet(`الشغب شغب مواجهات المواجهات اشتباكات الاشتباكات صدامات الصدامات اشتبك اشتبكوا بالحجارة الحجارة حارقة الحارقة قتلى قتيل جرحى اعتقل اعتقال تفريق فرقت`)

// weaponWords name the means of a physical attack.
var weaponWords = newWordSet(`عبوة عبوات ناسفة ناسفتين مفخخة مفخختين ملغومة ملغومتين متفجرات صاروخ صواريخ قذيفة قذائف هاون رصاص رصاصة رصاصات
	انتحاري انتحارية انتحاريا حزام حزاما قنبلة قنابل لغم ألغام الغام مسلحون مسلحين مسلح
	مسدس رشاش رشاشات سكين غارة غارات طائرة مروحية دبابة دبابات مدفعية`)

// heads reports whether trigger t heads its clause: between the
// sentence's start, or the last أن/إن before t, and t there is no
// relative word, no clause word, no word linking it to another act, and
// no preposition governs it.
func (d *doc) heads(t lexicon.Trigger, s arabic.Sentence) bool {
	an := d.an
	if !t.Verb && prepBefore(an, t.First) != "" {
		return false
	}
	for i := t.First - 1; i >= s.First; i-- {
		n := an.Tokens[i].Norm
		if n == "ان" {
			return true
		}
		k := stemNorm(an, i)
		if relativeWords[n] || clauseWords[k] || background[k] || linkWords[k] {
			return false
		}
	}
	return true
}

// armed reports whether an actor bears arms: a military, police, rebel,
// militant or armed group code.
func armed(a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	for i := 0; i+3 <= len(a.Code); i += 3 {
		switch a.Code[i : i+3] {
		case "MIL", "COP", "UAF", "REB", "INS", "IMG", "SPY":
			return true
		}
	}
	return false
}

// named reports whether an actor is more than a bare role word: it has a
// country, or is a group or organization the lexicon knows.
func named(a *marsad.Actor) bool {
	return a != nil && (a.Country != "" || a.Name != "" || len(a.Code) > 3)
}

// features reads what sentence si says of the event of trigger t. same
// is how many triggers of the event's type the sentence has, others how
// many of other types; relative is set for a verb opening a relative
// clause.
func (d *doc) features(ev *marsad.Event, t lexicon.Trigger, si, same, others int, governed, first, relative bool) [nFeatures]float64 {
	var x [nFeatures]float64
	set := func(k int, b bool) {
		if b {
			x[k] = 1
		}
	}
	f := d.facts(si)
	s := d.an.Sentences[si]
	x[fBias] = 1
	set(fCount, f.count)
	set(fToll, f.dead)
	set(fSame, same >= 2)
	set(fVerb, t.Verb || d.exploded(t))
	set(fTime, f.time)
	set(fLong, s.End-s.Start > confLongBytes)
	set(fShort, s.End-s.Start < confShortBytes)
	set(fFrame, f.frame)
	set(fVeryLong, s.End-s.Start > confVeryLongBytes)
	set(fRelative, relative)
	set(fGoverned, governed)
	set(fPlural, !t.Verb && strings.HasSuffix(d.an.Tokens[t.Last-1].Norm, "ات"))
	set(fOthers, others > 0)
	set(fEarly, s.End > s.Start && float64(t.Start-s.Start)/float64(s.End-s.Start) < 0.35)
	set(fAnchored, d.anchored(ev, si))
	set(fSource, named(ev.Source))
	set(fTarget, named(ev.Target))
	set(fPlace, ev.Location != nil)
	set(fReported, ev.Modality == marsad.ModalityReported)
	set(fQuoted, d.quoted != nil && d.quoted[t.First])
	set(fWeapon, f.weapon)
	set(fWasDone, f.wasDone)
	set(fProtest, ev.Type == "PROTEST")
	set(fRiot, ev.Type == "PROTEST" && (f.weapon || f.dead || f.riot))
	set(fCrowd, t.Pattern == crowdDemoPattern || t.Pattern == crowdRiotPattern)
	set(fFirstAct, first)
	set(fArmed, armed(ev.Source) || armed(ev.Target))
	set(fMain, d.heads(t, s))
	for i := max(t.First-3, s.First); i < t.Last+3 && i < s.Last; i++ {
		if isCount(d.an, i) {
			x[fNearCount] = 1
		}
	}
	set(fInPhrase, !t.Verb && prepBefore(d.an, t.First) != "")
	for i := t.First - 1; i >= s.First && i >= t.First-3; i-- {
		if linkWords[stemNorm(d.an, i)] {
			x[fLinked] = 1
		}
	}
	return x
}

// confidence scores how surely sentence si tells the event as its news:
// the logistic of the features' weighted sum. An event that is negated,
// historical, or not asserted as having happened keeps half. Two
// decimals are kept, cut rather than rounded, so that a cut at 0.5 takes
// exactly the events the fit put above it.
func (d *doc) confidence(ev *marsad.Event, x [nFeatures]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += confWeights[k] * v
	}
	c := 1 / (1 + math.Exp(-z))
	if ev.Negated || ev.Historical || ev.Modality != marsad.ModalityAsserted && ev.Modality != marsad.ModalityReported {
		c /= 2
	}
	return math.Floor(clamp(c)*100) / 100
}

func clamp(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}
