package coder

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// Quotes.
//
// A quote is the text between a pair of quotation marks (“…”, «…», "…"),
// paired over the whole document so that a quote may hold several
// sentences. Its speaker is found through the reporting verb before it
// (قال، أكد، أضاف …) or, failing one, through the actor it follows. The
// limits below are the rules' knobs; each is a guess a test pins down.
const (
	// maxQuoteBytes: an opening mark with no closing mark within this many
	// bytes (or before a blank line) opens no quote.
	maxQuoteBytes = 2000
	// minQuoteWords: a quote holds at least this many words. Fewer are
	// scare quotes or names: «الإرهابية», “صفقة القرن”. A quote whose
	// every word lies inside lexicon mentions is a name too, whatever its
	// length (“قوات سوريا الديمقراطية”).
	minQuoteWords = 3
	// verbWindow: how many tokens before the opening mark the reporting
	// verb may stand, within the sentence ("أكد وزير الخارجية الأمريكي،
	// أنتوني بلينكن، خلال لقائه نظيره … “").
	verbWindow = 30
	// subjectWindow: how many tokens after the verb its subject may start
	// ("قال المتحدث باسم الحكومة").
	subjectWindow = 6
	// nearWindow: with no reporting verb, how many tokens before the
	// opening mark the actor it follows may stand.
	nearWindow = 15
	// pronounSentences: a pronoun subject ("وأضاف أن", "ولكنه أكد")
	// refers to a person at most this many sentences back.
	pronounSentences = 2
)

// verbGender is what a verb form says of its subject.
type verbGender uint8

const (
	verbMasc verbGender = iota
	verbFem
	verbPlural
)

type verbForm struct {
	gender verbGender
	// cites: the verb reports what someone else said, whose name follows
	// عن ("نقلت الوكالة عن مسؤول قوله").
	cites bool
	// conj: the form reports speech only after و or ف: "وتابع" is "he
	// went on", "تابع لـ" is "affiliated to".
	conj bool
}

// reportingVerbs lists the verbs that introduce reported speech, by
// meaning, as masculine, feminine and plural forms: perfect, imperfect and
// the participle used as a circumstantial ("مؤكدا"). A conjunction و or ف
// in front is stripped when matching. The forms are written as newspapers
// write them; matching folds hamza, alef maqsura and diacritics. Imperfect
// forms that mostly mean something else are left out (يتابع "follows").
var reportingVerbs = []struct {
	masc, fem, plural string
	cites, conj       bool
}{
	{"قال يقول قائلا", "قالت تقول قائلة", "قالوا يقولون قائلين", false, false},
	{"أكد يؤكد مؤكدا", "أكدت تؤكد مؤكدة", "أكدوا يؤكدون مؤكدين", false, false},
	{"أعلن يعلن معلنا", "أعلنت تعلن معلنة", "أعلنوا يعلنون", false, false},
	{"أوضح يوضح موضحا", "أوضحت توضح موضحة", "أوضحوا يوضحون", false, false},
	{"أشار يشير مشيرا", "أشارت تشير مشيرة", "أشاروا يشيرون", false, false},
	{"صرح يصرح مصرحا", "صرحت تصرح", "صرحوا", false, false},
	{"أضاف يضيف مضيفا", "أضافت تضيف مضيفة", "أضافوا يضيفون", false, false},
	{"تابع", "تابعت", "تابعوا", false, true},
	{"أردف مردفا", "أردفت", "أردفوا", false, false},
	{"استطرد", "استطردت", "استطردوا", false, false},
	{"شدد يشدد مشددا", "شددت تشدد مشددة", "شددوا يشددون", false, false},
	{"لفت يلفت لافتا", "لفتت تلفت لافتة", "لفتوا", false, false},
	{"ذكر يذكر ذاكرا", "ذكرت تذكر", "ذكروا", false, false},
	{"اعتبر يعتبر معتبرا", "اعتبرت تعتبر معتبرة", "اعتبروا يعتبرون", false, false},
	{"رأى يرى", "رأت ترى", "رأوا يرون", false, false},
	{"أفاد يفيد", "أفادت تفيد", "أفادوا", false, false},
	{"كشف يكشف كاشفا", "كشفت تكشف", "كشفوا", false, false},
	{"حذر يحذر محذرا", "حذرت تحذر محذرة", "حذروا يحذرون", false, false},
	{"دعا يدعو داعيا", "دعت تدعو", "دعوا يدعون", false, false},
	{"طالب يطالب مطالبا", "طالبت تطالب", "طالبوا يطالبون", false, false},
	{"نفى ينفي نافيا", "نفت تنفي", "نفوا", false, false},
	{"أعرب يعرب معربا", "أعربت تعرب", "أعربوا", false, false},
	{"وصف يصف واصفا", "وصفت تصف", "وصفوا", false, false},
	{"اعترف يعترف معترفا", "اعترفت تعترف", "اعترفوا", false, false},
	{"تساءل متسائلا", "تساءلت", "تساءلوا", false, false},
	{"زعم يزعم", "زعمت تزعم", "زعموا", false, false},
	{"جدد يجدد مجددا", "جددت تجدد", "جددوا", false, false},
	{"كتب", "كتبت", "كتبوا", false, false},
	{"غرد يغرد", "غردت تغرد", "غردوا", false, false},
	{"علق", "علقت", "علقوا", false, false},
	{"نقل ينقل نقلا ناقلا", "نقلت تنقل", "نقلوا", true, false},
}

// Closed word classes the speaker rules read, normalized when the tables
// are built.
var (
	// complementizers end the search for a subject after the verb: what
	// follows them is the content of the speech.
	complementizerWords = "أن إن بأن أنه إنه أنها إنها أنهم إنهم بأنه بأنها"
	// prepositions govern the noun after them, which is then no subject.
	prepositionWords = "ل ب ك في من إلى على عن مع ضد لدى عبر خلال أمام عقب بعد قبل حول تجاه إزاء بشأن وفق حسب بحسب خلف فوق تحت منذ أثناء"
	// adverbs may stand between a verb and its subject ("قال أمس
	// الوزير").
	adverbWords = "أمس اليوم الليلة مساء صباح أيضا كذلك بدوره بدورها حينها لاحقا مجددا مرارا سابقا صراحة رسميا كما"
	// svoLinks may stand between a subject and its verb ("الحكومة التي
	// ترغب"، "الوزير قد أكد").
	svoLinkWords = "التي الذي الذين اللتان اللذان اللواتي قد لقد"
	// namingWords before an opening mark make what it opens a name or a
	// title, not speech: عملية “نبع السلام”، تحت شعار “…”، ما يسمى “…”.
	namingWords = "عملية حملة شعار عنوان اسم تسمية وسم هاشتاغ هاشتاق مبادرة قانون كتاب فيلم برنامج مسلسل صحيفة مجلة قناة موقع مصطلح عبارة كلمة لقب يسمى تسمى يسمي المسمى المسماة المعروف المعروفة يعرف تعرف"
)

// wordSet is a set of words in the text layer's matching key.
type wordSet map[string]bool

// bare reports whether stem k, or k without the article, is in the set:
// lists written without ال ("رصاص", "قتلى") read "بالرصاص" and "القتلى".
func (s wordSet) bare(k string) bool {
	return s[k] || s[strings.TrimPrefix(k, "ال")]
}

// newWordSet makes a wordSet of a space-separated list.
func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(words) {
		s[arabic.Key(w, 0)] = true
	}
	return s
}

var (
	verbTable       = buildVerbTable()
	complementizers = newWordSet(complementizerWords)
	prepositions    = newWordSet(prepositionWords)
	adverbs         = newWordSet(adverbWords)
	svoLinks        = newWordSet(svoLinkWords)
	naming          = newWordSet(namingWords)
)

func buildVerbTable() map[string]verbForm {
	t := map[string]verbForm{}
	for _, v := range reportingVerbs {
		for g, forms := range []string{v.masc, v.fem, v.plural} {
			for _, f := range strings.Fields(forms) {
				k := arabic.Key(f, 0)
				if _, ok := t[k]; !ok {
					t[k] = verbForm{gender: verbGender(g), cites: v.cites, conj: v.conj}
				}
			}
		}
	}
	return t
}

// Quotation mark classes: a mark closes only a mark of its own class.
const (
	markCurly    = iota + 1 // “ ” „
	markGuillmet            // « »
	markStraight            // "
)

type qmark struct {
	tok   int
	class uint8
	ch    rune
}

// markOf returns the class of a quotation mark token, 0 for any other.
func markOf(t *arabic.Token) (uint8, rune) {
	if t.Kind != arabic.Punct || len(t.Text) > 3 {
		return 0, 0
	}
	switch t.Text {
	case "“", "”", "„":
		r, _ := utf8.DecodeRuneInString(t.Text)
		return markCurly, r
	case "«", "»":
		r, _ := utf8.DecodeRuneInString(t.Text)
		return markGuillmet, r
	case `"`:
		return markStraight, '"'
	}
	return 0, 0
}

// findQuotes finds the quotes of an analysed text and their speakers. ms
// are the text's mentions in text order; they are read, never changed.
func findQuotes(an *arabic.Analysis, ms []lexicon.Mention) []marsad.Quote {
	out := []marsad.Quote{}
	toks := an.Tokens
	var marks []qmark
	for i := range toks {
		if c, r := markOf(&toks[i]); c != 0 {
			marks = append(marks, qmark{i, c, r})
		}
	}
	if len(marks) < 2 {
		return out
	}
	// Which mark opens in each class, so that texts typed with reversed
	// marks (”…“, »…«) pair as well: the one that more often stands as
	// an opening mark does, a space before it and a word glued after it
	// (“أن …), else the first the text uses. A class written with one
	// mark only pairs it with itself.
	var opener, other [4]rune
	var votes [4]int // for opener[class] against other[class]
	for _, m := range marks {
		v := openVote(toks, m.tok)
		switch {
		case opener[m.class] == 0:
			opener[m.class] = m.ch
			votes[m.class] += v
		case m.ch == opener[m.class]:
			votes[m.class] += v
		default:
			if other[m.class] == 0 {
				other[m.class] = m.ch
			}
			votes[m.class] -= v
		}
	}
	for c := range opener {
		if votes[c] < 0 && other[c] != 0 {
			opener[c], other[c] = other[c], opener[c]
		}
	}
	// nextSame[k] is the next mark of marks[k]'s class.
	nextSame := make([]int, len(marks))
	var last [4]int
	for c := range last {
		last[c] = -1
	}
	for k := len(marks) - 1; k >= 0; k-- {
		c := marks[k].class
		nextSame[k] = last[c]
		last[c] = k
	}
	breaks := paragraphBreaks(an)
	r := speakerFinder{an: an, ms: ms}
	prevEnd := 0 // token after the last quote's closing mark
	for k := 0; k < len(marks); k++ {
		o := marks[k]
		toggles := other[o.class] == 0 || o.class == markStraight
		if !toggles && o.ch != opener[o.class] {
			continue // a closing mark with nothing open
		}
		n := nextSame[k]
		if n < 0 {
			continue
		}
		c := marks[n]
		if !toggles && c.ch == o.ch {
			continue // the same mark again: this one was never closed
		}
		ot, ct := &toks[o.tok], &toks[c.tok]
		if ct.Start-ot.End > maxQuoteBytes || breakBetween(breaks, o.tok, c.tok) {
			continue
		}
		k = n
		if !r.isQuote(o.tok, c.tok) {
			prevEnd = c.tok + 1
			continue
		}
		start, end := trimSpace(an.Text, ot.End, ct.Start)
		q := marsad.Quote{Text: an.Text[start:end], Start: start, End: end}
		q.Speaker, q.Verb = r.speaker(o.tok, c.tok, prevEnd)
		out = append(out, q)
		prevEnd = c.tok + 1
	}
	return out
}

// openVote is 1 when the mark at token i looks like an opening mark (a
// space before it, none after), -1 when it looks like a closing one, else
// 0.
func openVote(toks []arabic.Token, i int) int {
	before := i == 0 || toks[i-1].End < toks[i].Start
	after := i+1 == len(toks) || toks[i].End < toks[i+1].Start
	switch {
	case before && !after:
		return 1
	case after && !before:
		return -1
	}
	return 0
}

// paragraphBreaks returns the tokens that follow a blank line.
func paragraphBreaks(an *arabic.Analysis) []int {
	var out []int
	toks := an.Tokens
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1].End, toks[i].Start
		if b-a < 2 {
			continue
		}
		gap := an.Text[a:b]
		if n := strings.IndexByte(gap, '\n'); n >= 0 && strings.IndexByte(gap[n+1:], '\n') >= 0 || strings.Contains(gap, "\u2029") {
			out = append(out, i)
		}
	}
	return out
}

// breakBetween reports whether a blank line lies between tokens a and b.
func breakBetween(breaks []int, a, b int) bool {
	i := sort.SearchInts(breaks, a+1)
	return i < len(breaks) && breaks[i] <= b
}

// trimSpace narrows [start, end) of text to leave out the spaces at
// either end.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isInvisible reports the format characters that may pad a quote: bidi
// marks, zero-width spaces.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u2060':
		return true
	}
	return false
}

// speakerFinder resolves the speakers of one text's quotes.
type speakerFinder struct {
	an *arabic.Analysis
	ms []lexicon.Mention
}

// isQuote reports whether the marks at tokens o and c enclose speech: at
// least minQuoteWords words, not all of them inside names, and not a
// title announced by a naming word before it.
func (r *speakerFinder) isQuote(o, c int) bool {
	toks := r.an.Tokens
	words := 0
	for i := o + 1; i < c; i++ {
		switch toks[i].Kind {
		case arabic.Word, arabic.Latin, arabic.Number:
			words++
		}
	}
	if words < minQuoteWords {
		return false
	}
	// Words inside mentions.
	named := 0
	for k := r.firstMentionFrom(o + 1); k < len(r.ms) && r.ms[k].First < c; k++ {
		m := &r.ms[k]
		for i := m.First; i < m.Last && i < c; i++ {
			switch toks[i].Kind {
			case arabic.Word, arabic.Latin, arabic.Number:
				named++
			}
		}
	}
	if named >= words {
		return false
	}
	if o > 0 && toks[o-1].Kind == arabic.Word && naming[bareKey(toks[o-1].Norm, true)] {
		return false
	}
	return true
}

// speaker finds who speaks the quote between the marks at tokens o and c,
// and the reporting verb, as written, when one introduces it. from is the
// first token after the previous quote: the search never reaches into it.
func (r *speakerFinder) speaker(o, c, from int) (*marsad.Actor, string) {
	an := r.an
	toks := an.Tokens
	s := sentenceOf(an, o)
	lo := an.Sentences[s].First
	// "وقال الوزير:" at the end of a line, the quote on the next.
	if lo == o && s > 0 && o > 0 && isColon(toks[o-1].Text) {
		lo = an.Sentences[s-1].First
	}
	lo = max(lo, from, o-verbWindow)
	for v := o - 1; v >= lo; v-- {
		if form, at, ok := reportingVerb(&toks[v]); ok {
			return r.bySubject(v, form, o, c), toks[v].Text[at:]
		}
	}
	// A verb after the quote: "“…”، قال الوزير".
	end := an.Sentences[sentenceOf(an, c)].Last
	for j := c + 1; j < end && j <= c+3; j++ {
		if form, at, ok := reportingVerb(&toks[j]); ok {
			return r.bySubject(j, form, o, end), toks[j].Text[at:]
		}
		if t := toks[j].Text; t != "،" && t != "," && t != "-" && t != "–" && t != "—" {
			break
		}
	}
	// No verb: the actor the quote follows in its sentence.
	if k := r.nearActor(o, max(lo, o-nearWindow)); k >= 0 {
		return actorOf(an.Text, r.ms[k]), ""
	}
	return nil, ""
}

// bySubject resolves the subject of the reporting verb at token v: the
// mention after it (VSO), else one right before it (SVO), else, when the
// subject is a pronoun, the person last mentioned. A subject that is a
// word the lexicon does not know gives no speaker. o is the quote's
// opening mark and limit the token the subject search stops at.
func (r *speakerFinder) bySubject(v int, form verbForm, o, limit int) *marsad.Actor {
	an := r.an
	if form.cites {
		if k := r.citedSource(v, limit); k >= 0 {
			return actorOf(an.Text, r.ms[k])
		}
	}
	k, explicit := r.subjectAfter(v, limit)
	if k >= 0 {
		return actorOf(an.Text, r.ms[k])
	}
	if explicit {
		return nil
	}
	if k := r.subjectBefore(v); k >= 0 {
		return actorOf(an.Text, r.ms[k])
	}
	gender := form.gender
	if v > 0 {
		// "ولكنه أكد", "إنها قالت": the pronoun says it.
		if g := r.an.TokenSegments(v - 1); len(g) > 1 && g[len(g)-1].Kind == arabic.SegEnclitic {
			switch g[len(g)-1].Norm {
			case "ه":
				gender = verbMasc
			case "ها":
				gender = verbFem
			case "هم":
				gender = verbPlural
			}
		}
	}
	before := min(v, o)
	if k := r.lastActor(before, gender == verbMasc); k >= 0 {
		return actorOf(an.Text, r.ms[k])
	}
	return nil
}

// subjectAfter finds the subject after the verb at token v: the first
// mention not governed by a preposition, within subjectWindow tokens and
// before a complementizer (أن، إن) or a mark. explicit reports that a word
// stands in the subject's place (a noun the lexicon does not know, "قال
// رجل"), so that the subject is no pronoun even when no mention is found.
func (r *speakerFinder) subjectAfter(v, limit int) (k int, explicit bool) {
	toks := r.an.Tokens
	end := min(limit, v+1+subjectWindow, len(toks))
	for j := v + 1; j < end; j++ {
		t := &toks[j]
		if t.Kind == arabic.Punct || t.Kind == arabic.Symbol {
			if t.Text == "،" || t.Text == "," {
				continue
			}
			return -1, explicit
		}
		if r.inDate(t) {
			continue
		}
		if complementizers[t.Norm] {
			return -1, explicit
		}
		m := r.mentionAt(j)
		governed := r.governed(j)
		if m >= 0 && (!governed || explicit && r.afterBism(j)) {
			return m, true
		}
		if m >= 0 {
			j = r.ms[m].Last - 1
		}
		if !explicit {
			if adverbs[t.Norm] {
				continue
			}
			if governed || prepositions[t.Norm] {
				return -1, false // "قال في بيان", "قال لقناة": a pronoun subject
			}
			if _, _, ok := reportingVerb(t); ok {
				return -1, false
			}
			explicit = true
		}
	}
	return -1, explicit
}

// subjectBefore finds a subject that stands right before the verb at
// token v, maybe with a relative pronoun or قد between: "الحكومة التي
// أكدت"، "الوزير قد أكد". A verb with a conjunction (وأكد) starts a new
// clause and takes no subject before it.
func (r *speakerFinder) subjectBefore(v int) int {
	if conjoinedVerb(r.an, v) {
		return -1
	}
	toks := r.an.Tokens
	j := v - 1
	for n := 0; n < 2 && j >= 0 && svoLinks[toks[j].Norm]; n++ {
		j--
	}
	if j < 0 {
		return -1
	}
	k := r.mentionEndingAt(j + 1)
	if k < 0 || r.governed(r.ms[k].First) {
		return -1
	}
	if sentenceOf(r.an, r.ms[k].First) != sentenceOf(r.an, v) {
		return -1
	}
	return k
}

// citedSource finds the source a verb of citing names after عن: "نقلت
// الوكالة عن مسؤول عراقي".
func (r *speakerFinder) citedSource(v, limit int) int {
	toks := r.an.Tokens
	end := min(limit, v+1+subjectWindow+2, len(toks))
	for j := v + 1; j+1 < end; j++ {
		if toks[j].Norm == "عن" {
			if k := r.mentionAt(j + 1); k >= 0 {
				return k
			}
			if j+2 < end {
				if k := r.mentionAt(j + 2); k >= 0 {
					return k
				}
			}
			return -1
		}
		if complementizers[toks[j].Norm] {
			return -1
		}
	}
	return -1
}

// nearActor finds, for a quote with no reporting verb, the nearest actor
// before its opening mark at token o, no further back than token lo: a
// person, organization or role not governed by a preposition; else a
// country or capital standing for its state ("واشنطن ترى").
func (r *speakerFinder) nearActor(o, lo int) int {
	place := -1
	for k := r.firstMentionFrom(o) - 1; k >= 0 && r.ms[k].First >= lo; k-- {
		m := &r.ms[k]
		if m.Last > o || r.governed(m.First) {
			continue
		}
		switch m.Kind {
		case lexicon.MentionActor, lexicon.MentionAgent:
			return k
		case lexicon.MentionPlace:
			if place < 0 && m.Place != nil && (m.Place.Type == "country" || m.Place.Type == "capital") {
				place = k
			}
		}
	}
	return place
}

// lastActor finds the actor a pronoun subject refers to: the last person
// mentioned before token before, no further back than pronounSentences
// sentences; else, or when person is false (a feminine or plural verb,
// which may have a government or a group for subject), the last actor.
func (r *speakerFinder) lastActor(before int, person bool) int {
	s := sentenceOf(r.an, max(before-1, 0))
	lo := r.an.Sentences[max(s-pronounSentences, 0)].First
	actor := -1
	for k := r.firstMentionFrom(before) - 1; k >= 0 && r.ms[k].First >= lo; k-- {
		m := &r.ms[k]
		if m.Last > before {
			continue
		}
		isActor := m.Kind == lexicon.MentionActor || m.Kind == lexicon.MentionAgent
		if !isActor {
			continue
		}
		if !person {
			return k
		}
		if m.Actor != nil && m.Actor.Type == "person" {
			return k
		}
		if actor < 0 {
			actor = k
		}
	}
	return actor
}

// firstMentionFrom returns the index of the first mention that starts at
// token i or later.
func (r *speakerFinder) firstMentionFrom(i int) int {
	return mentionFrom(r.ms, i)
}

// mentionAt returns the mention that starts at token i, or -1.
func (r *speakerFinder) mentionAt(i int) int {
	k := r.firstMentionFrom(i)
	if k < len(r.ms) && r.ms[k].First == i {
		return k
	}
	return -1
}

// mentionEndingAt returns the mention whose last token is i-1, or -1.
func (r *speakerFinder) mentionEndingAt(i int) int {
	k := r.firstMentionFrom(i) - 1
	if k >= 0 && r.ms[k].Last == i {
		return k
	}
	return -1
}

// governed reports whether the word at token i is governed by a
// preposition: glued to it (بـ ل ك) or right after one.
func (r *speakerFinder) governed(i int) bool {
	for _, g := range r.an.TokenSegments(i) {
		if g.Kind != arabic.SegProclitic {
			break
		}
		if g.Norm == "ب" || g.Norm == "ل" || g.Norm == "ك" {
			return true
		}
	}
	return i > 0 && prepositions[r.an.Tokens[i-1].Norm]
}

// afterBism reports whether token i follows باسم ("المتحدث باسم
// الحكومة"): the spokesman speaks for it.
func (r *speakerFinder) afterBism(i int) bool {
	return i > 0 && r.an.Tokens[i-1].Norm == "باسم"
}

// inDate reports whether token t lies inside a date ("قال الجمعة
// الماضية").
func (r *speakerFinder) inDate(t *arabic.Token) bool {
	ds := r.an.Dates
	k := sort.Search(len(ds), func(k int) bool { return ds[k].End > t.Start })
	return k < len(ds) && ds[k].Start <= t.Start
}

// reportingVerb reports whether token t is a reporting verb, and where in
// its text the verb starts once a conjunction (و، ف) is left out.
func reportingVerb(t *arabic.Token) (verbForm, int, bool) {
	if t.Kind != arabic.Word {
		return verbForm{}, 0, false
	}
	if f, ok := verbTable[t.Norm]; ok && !f.conj {
		return f, 0, true
	}
	if n := t.Norm; len(n) > 2 && (strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف")) {
		if f, ok := verbTable[n[len("و"):]]; ok {
			return f, cliticLen(t.Text), true
		}
	}
	return verbForm{}, 0, false
}

// conjoinedVerb reports whether the verb at token v carries و or ف.
func conjoinedVerb(an *arabic.Analysis, v int) bool {
	n := an.Tokens[v].Norm
	if _, ok := verbTable[n]; ok {
		return false
	}
	return strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف")
}

// cliticLen is the length in bytes of the one-letter clitic at the start
// of s, with the diacritics and tatweel that follow it.
func cliticLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !(r >= '\u064B' && r <= '\u065F' || r == '\u0670' || r == '\u0640') {
			break
		}
		n += size
	}
	return n
}

// bareKey strips the article ال from a normalized word and, when prep is
// set, a preposition ب or ل glued before it ("بعنوان", "بالاسم").
func bareKey(n string, prep bool) string {
	if prep && len(n) > 4 && (strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل")) {
		if rest := n[len("ب"):]; naming[rest] || strings.HasPrefix(rest, "ال") {
			n = rest
		}
	}
	if len(n) > 6 && strings.HasPrefix(n, "ال") {
		n = n[len("ال"):]
	}
	return n
}

func isColon(s string) bool { return s == ":" || s == "：" }
