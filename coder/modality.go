package coder

import (
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// The words that change what a trigger asserts, as stems (clitics left
// out) in the text layer's normalized spelling. Each list is read in a
// window before the trigger, within its sentence.
var (
	// negators right before a trigger: "لم تهاجم", "لن تنسحب", "عدم
	// انسحاب", "ليس هجوما".
	negators = newWordSet(`لم لن لا ليس ليست ليسوا لسنا لست عدم غير دون بدون لما`)
	// denials anywhere before a trigger in its clause: "نفت الشرطة
	// وقوع هجوم", "رفض أن ينسحب".
	denials = newWordSet(`نفى نفت ينفي تنفي ينفون نفوا نفي نفيه نفيها تنفيه نافيا نافية
		كذب كذبت يكذب تكذب`)
	// future markers before a trigger: "سوف", intentions, plans.
	futures = newWordSet(`سوف يعتزم تعتزم يعتزمون اعتزام ينوي تنوي نية يخطط تخطط يخططون خطة خطط خططا خططوا خططت المقرر المزمع المرتقب المرتقبة يستعد تستعد يستعدون`)
	// conditionals: "إذا هاجمت", "لو انسحبت", "في حال", "ما لم".
	conditionals = newWordSet(`اذا لو لولا حال حالة متى طالما كلما`)
	// modals and wishes that make a trigger hypothetical: "يمكن أن",
	// "ربما", "يجب", "تطالب بانسحاب", "تخشى هجوما", "هددت بقصف".
	hypotheticals = newWordSet(`يمكن يمكنه يمكنها يمكنهم ممكن الممكن امكانية ربما لعل يجب ينبغي يتعين احتمال احتمالات محتمل المحتمل المحتملة قد
		طالب طالبت يطالب تطالب يطالبون مطالبة مطالبا مطالبين دعا دعت يدعو تدعو يدعون دعوة داعيا
		يريد تريد يريدون ترغب يرغب رغبة يأمل تأمل امل يتمنى تتمنى ناشد يناشد تناشد حث يحث تحث حثت
		حذر حذرت يحذر تحذر يحذرون تحذير تحذيرات محذرا هدد هددت يهدد تهدد يهددون تهديد تهديدات مهددا توعد توعدت يتوعد تتوعد
		خشية يخشى تخشى مخاوف خوف تخوف تخوفات منع لمنع يمنع تمنع تفادي لتفادي تجنب لتجنب لتفادي
		يسعى تسعى سعي محاولة محاولات يحاول تحاول استعداد
		رجح رجحت يرجح ترجح المرجح مرجح`)
	// reporting verbs and attributions: "قال إن", "بحسب", "وفقا ل".
	reporters = newWordSet(`قال قالت يقول تقول قالوا يقولون قائلا اكد اكدت يؤكد تؤكد اكدوا مؤكدا مؤكدة اعلن اعلنت يعلن تعلن اعلنوا معلنا
		اوضح اوضحت يوضح توضح موضحا اشار اشارت يشير تشير مشيرا صرح صرحت يصرح تصرح افاد افادت يفيد تفيد ذكر ذكرت يذكر تذكر
		نقل نقلت نقلا اضاف اضافت يضيف تضيف مضيفا تابع تابعت شدد شددت يشدد تشدد مشددا اعتبر اعتبرت يعتبر تعتبر معتبرا
		راى رات يرى ترى زعم زعمت يزعم تزعم ادعى ادعت يدعي تدعي كشف كشفت يكشف تكشف اورد اوردت روى افادت بحسب حسب وفقا طبقا
		اعتراف اعترف اعترفت يعترف تعترف`)
)

// modality sets whether an event is negated, historical, and asserted,
// reported, future, conditional or hypothetical. A trigger inside another
// trigger's reach ("طالب بالإفراج", "هدد بقصف") is what the first asks or
// threatens, not an event that happened.
func (d *doc) modality(ev *marsad.Event, t lexicon.Trigger, s arabic.Sentence, trs []lexicon.Trigger, ti int) {
	an := d.an
	near := t.First - 3
	if near < s.First {
		near = s.First
	}
	// The clause start: denials, conditions and modals reach no further.
	from := t.First
	for from > s.First && !clauseBreak(an, from-1) && t.First-from < backWindow {
		from--
	}
	for i := near; i < t.First; i++ {
		if negators[stemNorm(an, i)] && clitPrep(an, i) == "" {
			ev.Negated = true
		}
		if an.Tokens[i].Norm == "سوف" || stemNorm(an, i) == "لن" {
			ev.Modality = marsad.ModalityFuture
		}
		if isVerbish(an, i) && strings.HasSuffix(clitPrep(an, i), "س") {
			ev.Modality = marsad.ModalityFuture
		}
	}
	if t.Verb && strings.HasSuffix(clitPrep(an, t.First), "س") {
		ev.Modality = marsad.ModalityFuture
	}
	hypo, cond, rep, fut := false, false, false, false
	for i := from; i < t.First; i++ {
		k := stemNorm(an, i)
		switch {
		case denials[k]:
			ev.Negated = true
		case hypotheticals[k]:
			// قد before a perfect verb asserts ("قد استجاب"); before an
			// imperfect one it is "may".
			if k == "قد" && (!imperfectAt(an, i+1) || pluperfect(an, i)) {
				break
			}
			hypo = true
		case conditionals[k]:
			// إن is left out: after قال it is "that" far more often
			// than "if".
			cond = true
		case futures[k]:
			fut = true
		}
		if k == "ما" && i+1 < len(an.Tokens) && stemNorm(an, i+1) == "لم" {
			cond = true
		}
	}
	// Reporting reaches across clauses, into what is said after أن، إن
	// or a colon: "وقال إن الفصائل هاجمت …"; "أكد الوزير خلال لقائه" is
	// the writer's own account of the meeting.
	said := false
	first := s.First
	if first < t.First-reportWindow {
		first = t.First - reportWindow
	}
	for i := first; i < t.First; i++ {
		k := stemNorm(an, i)
		if t := an.Tokens[i].Text; t == "؛" || t == ";" {
			said, rep = false, false
		}
		switch {
		case reporters[k]:
			said = true
		case said && (k == "ان" || an.Tokens[i].Text == ":"):
			rep = true
		}
		if k == "بحسب" || k == "حسب" || k == "وفقا" || k == "طبقا" {
			rep = true
		}
	}
	if d.quoted != nil && d.quoted[t.First] {
		rep = true
	}
	// A question is no assertion.
	if d.facts(sentenceOf(an, t.First)).question {
		hypo = true
	}
	// What another trigger just before asks, threatens or refuses.
	for j := ti - 1; j >= 0 && trs[j].Last >= t.First-4; j-- {
		if trs[j].First < s.First {
			break
		}
		if embeds(trs[j].Code) {
			hypo = true
		}
	}
	switch {
	case cond:
		ev.Modality = marsad.ModalityConditional
	case hypo:
		ev.Modality = marsad.ModalityHypothetical
	case fut || ev.Modality == marsad.ModalityFuture:
		ev.Modality = marsad.ModalityFuture
	case rep:
		ev.Modality = marsad.ModalityReported
	}
	if ev.Modality == marsad.ModalityAsserted && !d.pub.IsZero() && len(ev.Date) == 10 && ev.Date > d.pubD {
		ev.Modality = marsad.ModalityFuture
	}
	// A verbal noun after a word that places it before or behind the
	// sentence's own news is an earlier event the sentence refers back
	// to: "غداة هجوم", "بعد الاغتيال", "للاشتباه في تورطه في تفجيرات",
	// "بتهمة الخطف", "ذكرى المجزرة".
	// Temporal words ("عقب هجوم", "إثر انفجار") do not when a day stands
	// near the noun: "عقب هجوم نفذه مجهولون فجر أمس" is yesterday's news.
	// Referring words ("بتهمة الخطف", "ذكرى المجزرة", "هذا الهجوم") do
	// whatever the day. A perfect verb spelt like its noun ("بتهمة خطف")
	// is the noun after such a word, so verbs are checked too.
	recent := d.timeNear(t, s)
	for i := t.First - 1; i >= s.First && i >= t.First-3; i-- {
		k := stemNorm(an, i)
		// A demonstrative points at the noun right after it only.
		if background[k] && (i == t.First-1 || !demonstratives[k]) && !(recent && temporal[k]) && !(causeWords[k] && d.tollBefore(s.First, i)) {
			if k == "عشية" || k == "قبيل" {
				// "عشية التظاهرة": the act is still to come.
				ev.Modality = marsad.ModalityFuture
			} else {
				ev.Historical = true
			}
			break
		}
		if an.Tokens[i].Kind == arabic.Punct {
			break
		}
	}
	// A tally over a stretch of time ("خلال السنوات الست الماضية",
	// "في الأشهر الأخيرة") counts many acts, none of them the news.
	if d.facts(sentenceOf(an, t.First)).tally {
		ev.Historical = true
	}
	// "هجوم سابق", "في الهجوم السابق": an earlier attack.
	for i := t.Last; i < t.Last+2 && i < s.Last; i++ {
		if k := stemNorm(an, i); strings.HasPrefix(k, "سابق") || strings.HasPrefix(k, "السابق") {
			ev.Historical = true
		}
	}
}

// background words put a verbal noun before the sentence's own news (or,
// عشية and قبيل, after it); a
// demonstrative ("هذا الهجوم", "تلك المجزرة") points back at an event
// told before.
var background = newWordSet(`بعد عقب غداة عشية قبيل اثر إثر اعقاب أعقاب منذ قبل خلفية وراء الضلوع ضلوع تورط تورطه تورطهم بتورط التورط
	تهمة بتهمة تهم اتهام اتهامات المتهم المتهمين متهم متهمين ذكرى الذكرى منفذي منفذ مرتكبي مرتكب ملابسات التحقيق تحقيق التحقيقات
	ضحايا ضحية مخطط مخططي التخطيط لتنفيذ هذا هذه ذلك تلك الضالعين الضالع ضالعين قضية القضية`)

// causeWords tie an act to what it caused: "أصيب بجروح إثر إطلاق نار"
// tells one incident, the gunfire and its toll.
var causeWords = newWordSet(`اثر إثر جراء`)

// tollBefore reports whether a toll word (killed, wounded …) stands in
// tokens [from, to).
func (d *doc) tollBefore(from, to int) bool {
	for i := from; i < to; i++ {
		if tollWords.bare(stemNorm(d.an, i)) {
			return true
		}
	}
	return false
}

// temporal background words place the act in time only; a day near the
// act overrides them.
var temporal = newWordSet(`بعد عقب غداة عشية قبيل اثر إثر اعقاب أعقاب منذ قبل`)

// reportWindow is how far back, in tokens, a reporting verb is looked
// for.
const reportWindow = 40

// embeds reports whether a trigger of CAMEO code c makes what follows it
// an object of the act rather than an event: appeals and demands (02,
// 10), threats (13) and refusals (12).
func embeds(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "02", "10", "12", "13":
		return true
	}
	return false
}

// timeNear reports whether a time word (أمس، اليوم، الاثنين …) stands
// within a few words of the trigger: "إثر انفجار سيارة مفخخة أمس",
// "أصيبوا بجروح أمس إثر انفجار".
func (d *doc) timeNear(t lexicon.Trigger, s arabic.Sentence) bool {
	from := t.First - 6
	if from < s.First {
		from = s.First
	}
	for i := from; i < s.Last && i < t.Last+6; i++ {
		if timeWords[stemNorm(d.an, i)] {
			return true
		}
	}
	return false
}

// pluperfect reports whether the قد at token i follows كان ("وكان
// الإقليم قد تعرض لقصف"): a past perfect, asserted.
func pluperfect(an *arabic.Analysis, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch stemNorm(an, j) {
		case "كان", "كانت", "كانوا", "يكون", "تكون":
			return true
		}
	}
	return false
}

// isVerbish reports whether token i may be a verb: an Arabic word without
// the article. Without a tagger nothing finer is known.
func isVerbish(an *arabic.Analysis, i int) bool {
	if i >= len(an.Tokens) || an.Tokens[i].Kind != arabic.Word {
		return false
	}
	return !strings.HasPrefix(stemNorm(an, i), "ال")
}

// imperfectAt reports whether token i starts with an imperfect prefix
// (ي ن) and carries no article. ت is left out: unvocalized, the perfects
// of تفعّل and تفاعل verbs (تجمع، تظاهر، تعرض) look the same, and "قد
// تجمع" reads as "had gathered" as often as "may gather".
func imperfectAt(an *arabic.Analysis, i int) bool {
	if !isVerbish(an, i) {
		return false
	}
	k := stemNorm(an, i)
	return strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ن")
}
