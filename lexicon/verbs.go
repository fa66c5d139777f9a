package lexicon

import (
	"strings"

	"github.com/marsad-project/marsad/arabic"
)

// Inflection of pattern triggers. News reports in the third person, so a
// pattern lists a verb by its third-person masculine singular perfect and
// imperfect, and these functions write the other third persons (feminine,
// dual, plural) and the first persons a quote uses. The forms are
// normalized keys (ى as ي, أ as ا), so a weak final letter shows as ي or
// ا; for such verbs both the sound and the weak forms are written, since
// an extra form that no text contains costs nothing.

// verbForms returns the inflected forms of the verb perfect/imperfect.
func verbForms(perfect, imperfect string) []string {
	p := arabic.Key(perfect, 0)
	out := []string{p}
	add := func(s ...string) { out = append(out, s...) }
	if p != "" {
		add(p+"ت", p+"ا", p+"تا", p+"وا", p+"و", p+"ن", p+"نا", p+"ت")
		if base, ok := cutLast(p, "ي", "ا"); ok {
			// التقى: التقت، التقوا، التقيا، التقتا؛ دعا: دعت، دعوا
			add(base+"ت", base+"وا", base+"يا", base+"تا", base+"ينا", base+"و", base+"ي"+"ت")
		}
	}
	i := arabic.Key(imperfect, 0)
	if stem, ok := strings.CutPrefix(i, "ي"); ok && stem != "" {
		for _, pre := range []string{"ي", "ت", "ن", "ا"} {
			add(pre + stem)
		}
		add("ي"+stem+"ون", "ت"+stem+"ون", "ي"+stem+"وا", "ت"+stem+"وا",
			"ي"+stem+"ان", "ت"+stem+"ان", "ي"+stem+"ا", "ت"+stem+"ا", "ي"+stem+"ن", "ت"+stem+"ن")
		if base, ok := cutLast(stem, "ي", "و", "ا"); ok {
			// يلتقي: يلتقون، يلتقوا؛ يدعو: يدعون؛ يسعى: يسعون، يسعيان
			add("ي"+base+"ون", "ت"+base+"ون", "ي"+base+"وا", "ت"+base+"وا", "ي"+base+"ن",
				"ي"+base+"يان", "ت"+base+"يان", "ي"+base+"وان", "ي"+base)
		}
	}
	return dedupe(out)
}

// nounForms returns a verbal noun with its accusative: "هجوما" in "شن
// هجوما".
func nounForms(n string) []string {
	k := arabic.Key(n, 0)
	out := []string{k}
	if k == "" || strings.Contains(k, " ") {
		return out
	}
	switch {
	case strings.HasSuffix(k, "ة"), strings.HasSuffix(k, "ا"), strings.HasSuffix(k, "ء"),
		strings.HasSuffix(k, "ي"), strings.HasSuffix(k, "ات"):
	default:
		out = append(out, k+"ا")
	}
	return out
}

func cutLast(s string, letters ...string) (string, bool) {
	for _, l := range letters {
		if base, ok := strings.CutSuffix(s, l); ok && base != "" {
			return base, true
		}
	}
	return "", false
}

func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// adjForms returns the forms of a nationality adjective (a nisba in ي):
// عراقي، عراقية، عراقيون، عراقيين، عراقيان، عراقيتان، عراقيتين، عراقيات,
// and the accusative عراقيا ("ضابطا سعوديا"). Broken plurals (أتراك، روس)
// are written as adjectives of their own.
func adjForms(adj string) []string {
	k := arabic.Key(adj, 0)
	words := strings.Fields(k)
	out := []string{k}
	for _, w := range words {
		if !strings.HasSuffix(w, "ي") {
			return out // a broken plural or a phrase: as written
		}
	}
	// Every word of the adjective agrees: كوري جنوبي، كورية جنوبية،
	// الكوريين الجنوبيين.
	for _, suf := range []string{"ة", "ون", "ين", "ان", "تان", "تين", "ات", "ا"} {
		ws := make([]string, len(words))
		for i, w := range words {
			ws[i] = w + suf
		}
		out = append(out, strings.Join(ws, " "))
	}
	return dedupe(out)
}
