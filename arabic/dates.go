package arabic

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	hijri "github.com/hablullah/go-hijri"
)

// Precision tells which parts of a DateMatch the text gave. The zero
// Precision is unknown; greater values are finer.
type Precision uint8

const (
	Year  Precision = iota + 1 // عام 2003, العام الماضي
	Month                      // يونيو 2020, الشهر المقبل
	Week                       // الأسبوع الماضي, قبل أسبوعين
	Day                        // 23 يوليو 2021, أمس, الجمعة الماضية
)

var precisionNames = [...]string{"unknown", "year", "month", "week", "day"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "unknown"
}

// Calendar is the calendar a date was written in.
type Calendar uint8

const (
	Gregorian Calendar = iota + 1
	Hijri              // Islamic, read with the Umm al-Qura tables
)

func (c Calendar) String() string {
	switch c {
	case Gregorian:
		return "gregorian"
	case Hijri:
		return "hijri"
	}
	return "unknown"
}

// DateMatch is a date expression found in a text, resolved to a Gregorian
// date. Parts finer than Precision are those of a representative day: the
// 1st of a Gregorian month, the 15th of a Hijri month, the 1st of Rajab of
// a Hijri year, the day a week count lands on.
type DateMatch struct {
	Text       string // src[Start:End]
	Start, End int    // byte offsets in the original text
	// Year, Month and Day are Gregorian, whatever calendar the text used.
	Year, Month, Day int
	Precision        Precision
	// Relative is set when the date was resolved against the reference
	// date: أمس, الجمعة الماضية, قبل يومين, and dates without a year.
	Relative bool
	Calendar Calendar // the calendar the date was written in
	// HijriYear, HijriMonth and HijriDay are the date as written when
	// Calendar is Hijri (zero for the parts the text did not give).
	HijriYear, HijriMonth, HijriDay int
}

// ISO returns the date in ISO 8601 at its precision: "2021-07-23",
// "2021-07", "2021", or the ISO week "2021-W29"; "" when the precision is
// unknown.
func (d DateMatch) ISO() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case Week:
		y, w := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// Time returns the date as midnight UTC of its representative day.
func (d DateMatch) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// FindDates returns the date expressions of src, left to right, without
// overlaps, taking the longest expression at each place. toks are the
// tokens of src (Tokenize(src)); when nil, src is tokenized here. ref is the
// reference date relative expressions are resolved against, usually the
// publication date; only its calendar day counts.
//
// It reads absolute dates (23 يوليو 2021, الجمعة، ١١ تموز/يوليو ٢٠١٤,
// ٢٣/٧/٢٠٢١, 14 رمضان 1435 هـ, عام 2003, 1435هـ, يونيو 2020) and relative
// ones (أمس, أول أمس, اليوم, غدا, الجمعة الماضية, يوم الجمعة, الأسبوع
// المقبل, الشهر الماضي, العام الماضي, منذ ثلاثة أيام, قبل يومين, بعد ثلاثة
// أشهر). A bare number is never a year: it needs عام/سنة before it, an era
// mark (م, هـ) after it, or a day and month. Impossible dates (31 فبراير)
// are skipped.
func FindDates(src string, toks []Token, ref time.Time) []DateMatch {
	if toks == nil {
		toks = Tokenize(src)
	}
	p := dateParser{t: dateTab(), src: src, toks: toks, ref: dateDay(ref)}
	m, ok := p.nextMatch()
	if !ok {
		return nil
	}
	// The matches gather on the stack, so as to allocate the result once,
	// at its size.
	var buf [16]DateMatch
	found := append(buf[:0], m)
	for {
		m, ok := p.nextMatch()
		if !ok {
			break
		}
		found = append(found, m)
	}
	out := make([]DateMatch, len(found))
	copy(out, found)
	return out
}

// nextMatch returns the next date of the text from toks[p.pos] on, and
// moves p.pos and p.prevEnd past it.
func (p *dateParser) nextMatch() (DateMatch, bool) {
	for p.pos < len(p.toks) {
		// One probe of the starts skips most words.
		i := p.t.starts.next(p.toks, p.pos)
		if i == len(p.toks) {
			p.pos = i
			break
		}
		if !p.canStart(i) {
			p.pos = i + 1
			continue
		}
		h, ok := p.at(i)
		if !ok {
			p.pos = i + 1
			continue
		}
		if h.noDay {
			i, h = p.ordinalBefore(i, h, p.prevEnd)
		}
		p.pos, p.prevEnd = h.end, h.end
		if !h.invalid {
			if m, ok := p.match(i, h); ok {
				return m, true
			}
		}
	}
	return DateMatch{}, false
}

// ordinalBefore extends a month read at toks[i] back over an ordinal day
// in words (الحادي والعشرين من تموز), which the scan passed since a word
// that is not a date word cannot start a date. It looks no further back
// than prevEnd, the end of the last date.
func (p *dateParser) ordinalBefore(i int, h dateHit, prevEnd int) (int, dateHit) {
	for s := max(prevEnd, i-6); s < i; s++ {
		if p.toks[s].Kind != Word {
			continue
		}
		if h2, ok := p.dayMonth(s); ok && h2.end >= h.end {
			return s, h2
		}
	}
	return i, h
}

// ParseDate reads s as one date expression, such as a formatted date. A
// leading preposition (في, منذ, بتاريخ …) and punctuation around the date
// are allowed; anything else makes it fail. Month names that are also
// common words (مارس, رمضان) need no cue here.
func ParseDate(s string, ref time.Time) (DateMatch, bool) {
	toks := Tokenize(s)
	last := len(toks)
	for last > 0 && toks[last-1].Kind == Punct {
		last--
	}
	p := dateParser{t: dateTab(), src: s, toks: toks, ref: dateDay(ref), whole: true}
	for i := 0; i < last; i++ {
		if h, ok := p.at(i); ok && h.end >= last && !h.invalid {
			return p.match(i, h)
		}
		if toks[i].Kind == Punct {
			continue
		}
		if w, _, ok := p.word(i, true); !ok || w.flags&dwLead == 0 {
			break
		}
	}
	return DateMatch{}, false
}

// dateDay returns the calendar day of t as noon UTC, so that day
// arithmetic never crosses a daylight-saving boundary.
func dateDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
}

// Word roles.
const (
	dwWeekday = 1 << iota
	dwAmbWeekday
	dwYesterday
	dwToday
	dwTomorrow
	dwTomorrowNoun
	dwFirst  // أول (أمس)
	dwFormer // (أمس) الأول
	dwDay    // يوم
	dwFrom   // من
	dwThis   // هذا, هذه
	dwDayPart
	dwPeriod
	dwPast
	dwNext
	dwCurrent
	dwUnit
	dwAgo
	dwLater
	dwYearCue
	dwMonthCue
	dwCue
	dwLead
	dwEraG
	dwEraH
	dwDateSep
	dwAltSep
	dwMonth // first word of a month name
	dwOne   // واحد
	dwTail  // ونصف: a vague count
	dwGeneric
	dwBefore // قبل, as in قبل أمس
	dwAgree  // الموافق
)

// dwStart are the roles of the words that may start a date (at reads
// nothing else but numbers and, through dayMonth, ordinal days).
const dwStart = dwWeekday | dwDay | dwYearCue | dwMonthCue | dwMonth | dwYesterday | dwToday |
	dwTomorrow | dwFirst | dwDayPart | dwLater | dwBefore | dwAgo | dwThis | dwPeriod

const (
	dateUnitDay = iota + 1
	dateUnitWeek
	dateUnitMonth
	dateUnitYear
)

// dateWord is what the date reader knows of a normalized word.
type dateWord struct {
	flags   uint64
	weekday int8 // time.Weekday, with dwWeekday
	unit    int8 // dateUnit*, with dwUnit or dwPeriod
	count   int8 // with dwUnit: 1 singular, 2 dual, 0 needs a number
	months  []datePhrase
}

// datePhrase is one month name: the words after its first.
type datePhrase struct {
	rest  []string
	month int
	cal   Calendar
	amb   bool
}

type dateTables struct {
	words map[string]*dateWord
	// lamAl maps a word of the tables that starts with ال to the form it
	// takes after a glued ل: العام → لعام (as in للعام).
	lamAl map[string]string
	// byKey holds words for lookups, and lamWord the entries of the keys
	// of lamAl.
	byKey, lamWord strTable[*dateWord]
	num            *numLexicon // numLex(), for ordinal days and counts
	// starts holds every token key that lookup reads, with its clitics,
	// as a word of a role in dwStart, or that may start a number (an
	// ordinal day): canStart looks no further for the others.
	starts tokenSet
	// forms holds every token key of four bytes or more that lookup may
	// find, with or without clitics.
	forms tokenSet
}

var dateTab = sync.OnceValue(buildDateTables)

func buildDateTables() *dateTables {
	t := &dateTables{words: map[string]*dateWord{}, lamAl: map[string]string{}}
	get := func(k string) *dateWord {
		w := t.words[k]
		if w == nil {
			w = &dateWord{}
			t.words[k] = w
		}
		return w
	}
	add := func(list []string, flags uint64, set func(*dateWord)) {
		for _, s := range list {
			for _, k := range dateVariants(s) {
				w := get(k)
				w.flags |= flags
				if set != nil {
					set(w)
				}
			}
		}
	}
	amb := map[string]bool{}
	for _, s := range dateAmbiguousMonths {
		amb[Key(s, 0)] = true
	}
	addMonths := func(names [12][]string, cal Calendar) {
		for m, list := range names {
			for _, name := range list {
				parts := strings.Fields(Key(name, 0))
				ph := datePhrase{rest: parts[1:], month: m + 1, cal: cal, amb: len(parts) == 1 && amb[parts[0]]}
				for _, k := range dateVariants(parts[0]) {
					w := get(k)
					w.flags |= dwMonth
					w.months = append(w.months, ph)
				}
			}
		}
	}
	addMonths(dateGregorianMonths, Gregorian)
	addMonths(dateHijriMonths, Hijri)
	for _, w := range t.words {
		// Longest phrase first, so that ربيع الأول wins over a one-word name.
		ms := w.months
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && len(ms[j].rest) > len(ms[j-1].rest); j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	for d, list := range dateWeekdays {
		add(list, dwWeekday, func(w *dateWord) { w.weekday = int8(d) })
	}
	add(dateAmbiguousWeekdays, dwAmbWeekday, nil)
	add(dateYesterdayWords, dwYesterday, nil)
	add(dateTodayWords, dwToday, nil)
	add(dateTomorrowWords, dwTomorrow, nil)
	add(dateTomorrowNouns, dwTomorrowNoun, nil)
	add(dateFirstWords, dwFirst, nil)
	add(dateFormerWords, dwFormer, nil)
	add(dateDayWords, dwDay, nil)
	add(dateFromWords, dwFrom, nil)
	add(dateThisWords, dwThis, nil)
	add(dateDayParts, dwDayPart, nil)
	add(dateWeekPeriods, dwPeriod, func(w *dateWord) { w.unit = dateUnitWeek })
	add(dateMonthPeriods, dwPeriod, func(w *dateWord) { w.unit = dateUnitMonth })
	add(dateYearPeriods, dwPeriod, func(w *dateWord) { w.unit = dateUnitYear })
	add(datePastMods, dwPast, nil)
	add(dateNextMods, dwNext, nil)
	add(dateCurrentMods, dwCurrent, nil)
	for _, u := range dateUnits {
		set := func(count int8) func(*dateWord) {
			return func(w *dateWord) { w.unit, w.count = int8(u.unit), count }
		}
		add(u.needCount, dwUnit, set(0))
		add(u.dual, dwUnit, set(2))
		add(u.singular, dwUnit, set(1))
	}
	add(dateOneWords, dwOne, nil)
	add(dateCountTails, dwTail, nil)
	add(dateGenericWeekday, dwGeneric, nil)
	add(dateAgoWords, dwAgo, nil)
	add(dateBeforeWords, dwBefore, nil)
	add(dateAgreeWords, dwAgree, nil)
	add(dateLaterWords, dwLater, nil)
	add(dateYearCues, dwYearCue, nil)
	add(dateMonthCues, dwMonthCue, nil)
	add(dateCues, dwCue, nil)
	add(dateLeadWords, dwLead, nil)
	add(dateGregorianEras, dwEraG, nil)
	add(dateHijriEras, dwEraH, nil)
	add(dateDateSeparators, dwDateSep, nil)
	add(dateAltSeparators, dwAltSep, nil)

	al := string(Alef) + string(Lam)
	for k := range t.words {
		if strings.HasPrefix(k, al) && len(k) > len(al)+2 {
			t.lamAl[string(Lam)+k[len(al):]] = k
		}
	}
	t.byKey = newStrTable(t.words)
	lamWords := make(map[string]*dateWord, len(t.lamAl))
	for l, full := range t.lamAl {
		lamWords[l] = t.words[full]
	}
	t.lamWord = newStrTable(lamWords)
	lx := numLex()
	t.num = lx
	addStart := func(form string, w *dateWord) {
		if w.flags&dwStart != 0 || lx.mayHead(form) {
			t.starts.add(form)
			t.starts.check([]string{form})
		}
	}
	var added []string
	addForm := func(form string, w *dateWord) {
		if len(form) >= 4 {
			t.forms.add(form)
			addStart(form, w)
			added = append(added, form)
		}
	}
	for k, w := range t.words {
		for _, f := range dateClitics(k) {
			addForm(f, w)
		}
	}
	for l, full := range t.lamAl {
		// ل + the ل of the article: للعام.
		for _, f := range dateClitics(l) {
			if f != l && strings.HasSuffix(f, string(Lam)+l) {
				addForm(f, t.words[full])
			}
		}
	}
	t.forms.check(added)
	return t
}

// dateClitics returns the forms in which lookup may find the key k: bare,
// and when k is long enough, after و or ف, ل or ب, or one of each.
func dateClitics(k string) []string {
	forms := []string{k}
	if len(k) < 4 {
		return forms
	}
	for _, c := range []string{"", string(Waw), string(Feh)} {
		if c != "" {
			forms = append(forms, c+k)
		}
		for _, pr := range []string{string(Lam), string(Beh)} {
			forms = append(forms, c+pr+k)
		}
	}
	return forms
}

// dateVariants returns the keys of a listed word: its normalized form and,
// when it ends in ة, the same with ه, as news often writes it.
func dateVariants(s string) []string {
	k := Key(s, 0)
	out := []string{k}
	if tm := string(TehMarbuta); strings.HasSuffix(k, tm) {
		out = append(out, k[:len(k)-len(tm)]+string(Heh))
	}
	return out
}

// dateSameWord reports whether the token key tok is the listed key want,
// allowing a final ه for ة.
func dateSameWord(tok, want string) bool {
	if tok == want {
		return true
	}
	tm, h := string(TehMarbuta), string(Heh)
	return strings.HasSuffix(want, tm) && strings.HasSuffix(tok, h) &&
		tok[:len(tok)-len(h)] == want[:len(want)-len(tm)]
}

// lookup finds the table entry of a token key. With clitics it also tries
// the key without a glued و or ف and then ب or ل (وبيونيو, للعام); prep
// is set when a ب or ل was cut, a preposition that licenses a lone month.
func (t *dateTables) lookup(k string, clitics bool) (w *dateWord, prep bool) {
	// Keys of four bytes or more are in forms, whatever clitics they
	// carry: one probe spares the tables most words.
	h := strHash(k)
	if len(k) >= 4 && (len(k) < t.forms.minLen || len(k) > t.forms.maxLen || !t.forms.hasSig(h)) {
		return nil, false
	}
	if w, _ := t.byKey.getHash(k, h); w != nil {
		return w, false
	}
	if !clitics {
		return nil, false
	}
	const minRest = 4 // two Arabic letters
	rest := k
	if strings.HasPrefix(rest, string(Waw)) || strings.HasPrefix(rest, string(Feh)) {
		rest = rest[2:]
		if len(rest) >= minRest {
			if w, _ := t.byKey.get(rest); w != nil {
				return w, false
			}
		}
	}
	isLam := strings.HasPrefix(rest, string(Lam))
	if isLam || strings.HasPrefix(rest, string(Beh)) {
		rest = rest[2:]
		if len(rest) >= minRest {
			if w, _ := t.byKey.get(rest); w != nil {
				return w, true
			}
			if isLam {
				if w, ok := t.lamWord.get(rest); ok {
					return w, true
				}
			}
		}
	}
	return nil, false
}

// dateParser reads dates from the tokens of one text.
type dateParser struct {
	t     *dateTables
	src   string
	toks  []Token
	ref   time.Time // noon UTC of the reference day
	whole bool      // ParseDate: the text is known to be a date
	// FindDates: the next token to read, and the end of the last date.
	pos, prevEnd int
	// The entries of the last tokens read with and without clitics:
	// word(memoI-1, true) and word(nextI-1, false).
	memoI, nextI int
	memoW, nextW *dateWord
	memoPrep     bool
}

// dateHit is a date read from toks[i:end].
type dateHit struct {
	end        int
	y, m, d    int // Gregorian
	prec       Precision
	rel        bool
	cal        Calendar
	hy, hm, hd int
	// noDay marks a month read without a day, which an ordinal day in
	// words before it may complete (الثالث من تموز).
	noDay bool
	// invalid marks a date-shaped run that names no real day (31 فبراير,
	// 10/20/2020): its tokens are skipped and nothing is reported.
	invalid bool
}

func (h dateHit) longer(o dateHit) bool { return h.end > o.end }

// canStart is the test run on the tokens that pass the starts: only
// numbers and words of the tables can start a date, and of the words those
// of no starting role only as an ordinal day.
func (p *dateParser) canStart(i int) bool {
	t := &p.toks[i]
	switch t.Kind {
	case Number:
		return true
	case Word:
		w, _, ok := p.word(i, true)
		return ok && (w.flags&dwStart != 0 || p.t.num.mayHead(t.Norm))
	}
	return false
}

// word returns the entry of toks[i] when it is a word of the tables. first
// allows glued clitics.
func (p *dateParser) word(i int, first bool) (*dateWord, bool, bool) {
	if i < 0 || i >= len(p.toks) {
		return nil, false, false
	}
	t := &p.toks[i]
	if t.Kind != Word && t.Kind != Punct {
		return nil, false, false
	}
	if !first {
		// The readers of at look at the same few tokens after the first.
		if p.nextI != i+1 {
			p.nextW, _ = p.t.lookup(t.Norm, false)
			p.nextI = i + 1
		}
		return p.nextW, false, p.nextW != nil
	}
	if p.memoI != i+1 {
		p.memoW, p.memoPrep = p.t.lookup(t.Norm, t.Kind == Word)
		p.memoI = i + 1
	}
	return p.memoW, p.memoPrep, p.memoW != nil
}

// has reports whether toks[i] is a word with any of flags.
func (p *dateParser) has(i int, flags uint64) bool {
	w, _, ok := p.word(i, false)
	return ok && w.flags&flags != 0
}

// num reads toks[i] as a whole number written in digits only.
func (p *dateParser) num(i int) (v, digits int, ok bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != Number {
		return 0, 0, false
	}
	return dateDigits(p.toks[i].Norm)
}

// dateDigits parses s when it is 1 to 9 ASCII digits.
func dateDigits(s string) (v, digits int, ok bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, len(s), true
}

// cued reports whether the word before toks[i] licenses a lone month name.
func (p *dateParser) cued(i int) bool {
	if p.whole {
		return true
	}
	w, _, ok := p.word(i-1, true)
	return ok && w.flags&dwCue != 0
}

// at reads the longest date that starts at toks[i].
func (p *dateParser) at(i int) (dateHit, bool) {
	var best dateHit
	found := false
	try := func(h dateHit, ok bool) {
		if ok && (!found || h.longer(best)) {
			best, found = h, true
		}
	}
	// Each reader starts from a word of its roles, or a number: those
	// that cannot read toks[i] are not asked.
	var flags uint64
	w, _, known := p.word(i, true)
	if known {
		flags = w.flags
	}
	t := &p.toks[i]
	if flags&(dwDay|dwWeekday) != 0 {
		try(p.weekdayExpr(i))
	}
	// absolute reads a number, a word of its roles, or any other word of
	// the tables that starts a number (an ordinal day, in dayMonth).
	if t.Kind == Number || flags&(dwYearCue|dwMonthCue|dwMonth) != 0 ||
		(known && t.Kind == Word && p.t.num.mayHead(t.Norm)) {
		try(p.absolute(i, true))
	}
	if flags&(dwYesterday|dwToday|dwTomorrow|dwFirst|dwDay|dwDayPart|dwLater|dwBefore) != 0 {
		try(p.relativeDay(i))
	}
	if flags&(dwAgo|dwLater) != 0 {
		try(p.counted(i))
	}
	if flags&(dwThis|dwPeriod) != 0 {
		try(p.period(i))
	}
	return best, found
}

// match turns a hit at toks[i] into a DateMatch.
func (p *dateParser) match(i int, h dateHit) (DateMatch, bool) {
	if h.end <= i || h.end > len(p.toks) {
		return DateMatch{}, false
	}
	start, end := p.toks[i].Start, p.toks[h.end-1].End
	if start < 0 || end < start || end > len(p.src) {
		return DateMatch{}, false
	}
	return DateMatch{
		Text: p.src[start:end], Start: start, End: end,
		Year: h.y, Month: h.m, Day: h.d,
		Precision: h.prec, Relative: h.rel, Calendar: h.cal,
		HijriYear: h.hy, HijriMonth: h.hm, HijriDay: h.hd,
	}, true
}

// relHit builds a relative hit from a day.
func relHit(end int, t time.Time, prec Precision) dateHit {
	y, m, d := t.Date()
	return dateHit{end: end, y: y, m: int(m), d: d, prec: prec, rel: true, cal: Gregorian}
}

// relativeDay reads أمس, أمس الأول, أول (من) أمس, اليوم, غدا, يوم غد,
// بعد غد, صباح الغد.
func (p *dateParser) relativeDay(i int) (dateHit, bool) {
	w, _, ok := p.word(i, true)
	if !ok {
		return dateHit{}, false
	}
	day := func(end, delta int) (dateHit, bool) {
		end = p.weekdayAfter(end) // أمس الجمعة, اليوم (الاثنين)
		return relHit(end, p.ref.AddDate(0, 0, delta), Day), true
	}
	switch {
	case w.flags&dwYesterday != 0:
		if p.has(i+1, dwFormer) {
			return day(i+2, -2)
		}
		return day(i+1, -1)
	case w.flags&dwToday != 0:
		if e := p.weekdayAfter(i + 1); e > i+1 {
			return day(e, 0) // اليوم الجمعة
		}
		// اليوم التالي, اليوم العالمي: a day, not today.
		if i+1 < len(p.toks) && p.toks[i+1].Kind == Word && strings.HasPrefix(p.toks[i+1].Norm, string(Alef)+string(Lam)) {
			return dateHit{}, false
		}
		// في اليوم: per day.
		if i > 0 && !p.whole && dateIsFi(p.toks[i-1].Norm) {
			return dateHit{}, false
		}
		return day(i+1, 0)
	case w.flags&dwTomorrow != 0:
		return day(i+1, 1)
	case w.flags&dwFirst != 0:
		if p.has(i+1, dwYesterday) {
			return day(i+2, -2)
		}
		if p.has(i+1, dwFrom) && p.has(i+2, dwYesterday) {
			return day(i+3, -2)
		}
	case w.flags&(dwDay|dwDayPart) != 0:
		next, _, nok := p.word(i+1, false)
		if !nok {
			break
		}
		switch {
		case next.flags&(dwTomorrow|dwTomorrowNoun) != 0:
			return day(i+2, 1)
		case w.flags&dwDay != 0 && next.flags&dwYesterday != 0:
			if p.has(i+2, dwFormer) {
				return day(i+3, -2)
			}
			return day(i+2, -1)
		}
	case w.flags&dwLater != 0:
		if p.has(i+1, dwTomorrow|dwTomorrowNoun) {
			return day(i+2, 2) // بعد غد
		}
	case w.flags&dwBefore != 0:
		if p.has(i+1, dwYesterday) && !p.has(i+2, dwFormer) {
			return day(i+2, -2) // قبل أمس
		}
	}
	return dateHit{}, false
}

// weekdayAfter returns the end of a weekday that names the day just read,
// bare or in brackets (أمس الجمعة, اليوم (الاثنين)), or i when none is.
func (p *dateParser) weekdayAfter(i int) int {
	if p.has(i, dwWeekday) && p.toks[i].Kind == Word {
		return i + 1
	}
	if i+2 < len(p.toks) && p.toks[i].Norm == "(" && p.has(i+1, dwWeekday) && p.toks[i+2].Norm == ")" {
		return i + 3
	}
	return i
}

// dateIsFi reports whether k is the preposition في, bare or after و.
func dateIsFi(k string) bool {
	fi := string(Feh) + string(Yeh)
	return k == fi || k == string(Waw)+fi
}

// weekdayExpr reads [يوم] WEEKDAY followed by a date (الجمعة، ١١ يوليو ٢٠١٤),
// by a modifier (الجمعة الماضية, يوم الخميس المقبل) or alone (يوم الجمعة:
// the last such day on or before the reference, as news uses it).
func (p *dateParser) weekdayExpr(i int) (dateHit, bool) {
	j := i
	w, _, ok := p.word(i, true)
	if !ok {
		return dateHit{}, false
	}
	dayWord := false
	if w.flags&dwDay != 0 && w.flags&dwWeekday == 0 {
		j = i + 1
		if h, ok := p.absolute(j, false); ok && (h.prec == Day || h.invalid) {
			return h, true // يوم 30 مارس 2019, يوم 4-6-2015
		}
		if w, _, ok = p.word(j, false); !ok {
			return dateHit{}, false
		}
		dayWord = true
	}
	if w.flags&dwWeekday == 0 {
		return dateHit{}, false
	}
	// صلاة الجمعة, صلاة يوم الجمعة: no particular Friday.
	generic := p.has(i-1, dwGeneric) || (!dayWord && p.has(i-1, dwDay) && p.has(i-2, dwGeneric))
	k := j + 1
	if k < len(p.toks) && p.toks[k].Kind == Punct && p.has(k, dwAltSep) {
		k++
	}
	if p.has(k, dwAgree) {
		k++ // الثلاثاء الموافق 5 / 8 / 2008
	}
	if h, ok := p.absolute(k, false); ok && (h.prec == Day || h.invalid) {
		return h, true
	}
	wd := time.Weekday(w.weekday)
	back := (int(p.ref.Weekday()) - int(wd) + 7) % 7
	ahead := (int(wd) - int(p.ref.Weekday()) + 7) % 7
	next, _, nok := p.word(j+1, false)
	switch {
	case nok && next.flags&dwPast != 0:
		if back == 0 {
			back = 7
		}
		return relHit(j+2, p.ref.AddDate(0, 0, -back), Day), true
	case nok && next.flags&dwNext != 0:
		if ahead == 0 {
			ahead = 7
		}
		return relHit(j+2, p.ref.AddDate(0, 0, ahead), Day), true
	case nok && next.flags&dwCurrent != 0:
		return relHit(j+2, p.ref.AddDate(0, 0, -back), Day), true
	}
	if generic || (w.flags&dwAmbWeekday != 0 && !dayWord && !p.whole) {
		return dateHit{}, false
	}
	return relHit(j+1, p.ref.AddDate(0, 0, -back), Day), true
}

// absolute reads a date given by its parts, at toks[i]:
//
//	DAY [من] MONTH [YEAR [ERA]]     23 يوليو 2021, الثالث من تموز
//	[شهر] MONTH [YEAR [ERA]]        يونيو 2020, شهر رمضان
//	D/M/Y [ERA], Y-M-D, D.M.Y       ٢٣/٧/٢٠٢١, 1435/9/14هـ
//	عام|سنة YEAR [ERA]              عام 2003, سنة 1435 هـ
//	YEAR ERA                        2003م, 1435هـ
//
// first allows a clitic glued to toks[i].
func (p *dateParser) absolute(i int, first bool) (dateHit, bool) {
	if i >= len(p.toks) {
		return dateHit{}, false
	}
	if p.toks[i].Kind == Number {
		if h, ok := p.numeric(i); ok {
			return h, true
		}
		if h, ok := p.dayMonth(i); ok {
			return h, true
		}
		return p.yearEra(i)
	}
	w, _, ok := p.word(i, first)
	if !ok {
		return dateHit{}, false
	}
	if w.flags&dwYearCue != 0 {
		if h, ok := p.yearAfterCue(i + 1); ok {
			return h, true
		}
	}
	if w.flags&dwMonthCue != 0 {
		if h, ok := p.monthYear(i+1, false, true, 0); ok {
			return h, true
		}
	}
	if w.flags&dwMonth != 0 {
		// A glued clitic makes a word of a lone ambiguous name: باب is
		// "door", not ب + آب.
		stripped := false
		if first {
			w, _ := p.t.byKey.get(p.toks[i].Norm)
			stripped = w == nil
		}
		if h, ok := p.monthYear(i, first, p.cued(i) && !stripped, 0); ok {
			return h, true
		}
	}
	if w.flags&dwYearCue == 0 && w.flags&dwMonth == 0 {
		// An ordinal day in words: الثالث من تموز.
		return p.dayMonth(i)
	}
	return dateHit{}, false
}

// yearEra reads YEAR ERA at toks[i]: 2003م, 1435 هـ, 622 ميلادية.
func (p *dateParser) yearEra(i int) (dateHit, bool) {
	y, dig, ok := p.num(i)
	if !ok {
		return dateHit{}, false
	}
	cal, n, short := p.era(i + 1)
	if short && dig < 3 {
		return dateHit{}, false // 100 م is a distance more often than a year
	}
	return yearHit(y, cal, i+1+n)
}

// yearAfterCue reads the year after عام or سنة at toks[k], bare or in
// brackets, with or without an era mark: 2003, 2003م, 1435 هـ,
// ( 1325 ) هجري. Without a mark it takes four digits only.
func (p *dateParser) yearAfterCue(k int) (dateHit, bool) {
	yk, end := k, k+1
	if k+2 < len(p.toks) && p.toks[k].Norm == "(" && p.toks[k+2].Norm == ")" {
		yk, end = k+1, k+3
	}
	y, dig, ok := p.num(yk)
	if !ok {
		return dateHit{}, false
	}
	if cal, n, _ := p.era(end); cal != 0 {
		return yearHit(y, cal, end+n)
	}
	if dig == 4 && y >= 1000 && y <= 2999 {
		return yearHit(y, Gregorian, end)
	}
	return dateHit{}, false
}

// yearHit is the hit of a year alone. A Hijri year stands for the
// Gregorian year of its middle.
func yearHit(y int, cal Calendar, end int) (dateHit, bool) {
	if y < 1 || y > 9999 {
		return dateHit{}, false
	}
	switch cal {
	case Gregorian:
		return dateHit{end: end, y: y, m: 1, d: 1, prec: Year, cal: Gregorian}, true
	case Hijri:
		t, ok := dateHijriToGregorian(y, 7, 1)
		if !ok {
			return dateHit{}, false
		}
		return dateHit{end: end, y: t.Year(), m: 1, d: 1, prec: Year, cal: Hijri, hy: y}, true
	}
	return dateHit{}, false
}

// era reads an era mark at toks[i]: م, ميلادي, هـ, هجرية … short is set
// for the one-letter marks م and هـ.
func (p *dateParser) era(i int) (cal Calendar, n int, short bool) {
	w, _, ok := p.word(i, false)
	switch {
	case !ok:
	case w.flags&dwEraG != 0:
		cal = Gregorian
	case w.flags&dwEraH != 0:
		cal = Hijri
	default:
		return 0, 0, false
	}
	if cal == 0 {
		return 0, 0, false
	}
	short = utf8.RuneCountInString(p.toks[i].Norm) == 1
	if short && i+1 < len(p.toks) && p.toks[i+1].Start == p.toks[i].End && p.toks[i+1].Kind != Punct {
		return 0, 0, false // 2700م2: square metres
	}
	return cal, 1, short
}

// dayMonth reads DAY [من] MONTH [YEAR [ERA]] at toks[i], the day in digits
// or as an ordinal in words.
func (p *dateParser) dayMonth(i int) (dateHit, bool) {
	var day, k int
	if v, dig, ok := p.num(i); ok {
		if dig > 2 || v < 1 || v > 31 {
			return dateHit{}, false
		}
		day, k = v, i+1
	} else {
		if i < 0 || i >= len(p.toks) || p.toks[i].Kind != Word {
			return dateHit{}, false
		}
		nm, n := p.t.num.numberAt(p.src, p.toks, i)
		if n <= 0 || nm.Kind != Ordinal || nm.Value < 1 || nm.Value > 31 || nm.Value != float64(int(nm.Value)) {
			return dateHit{}, false
		}
		day, k = int(nm.Value), i+n
	}
	if p.has(k, dwFrom) {
		k++
	}
	if w, _, ok := p.word(k, false); !ok || w.flags&dwMonth == 0 {
		if p.has(k, dwMonthCue) {
			k++
		} else {
			return dateHit{}, false
		}
	}
	return p.monthYear(k, false, p.cued(i), day)
}

// monthExpr reads a month name at toks[i], with a second name of the same
// month after a slash, a dash or in brackets: تموز/يوليو, تموز (يوليو).
func (p *dateParser) monthExpr(i int, first bool) (month int, cal Calendar, amb bool, end int, ok bool) {
	ph, end, ok := p.monthName(i, first)
	if !ok {
		return 0, 0, false, 0, false
	}
	month, cal, amb = ph.month, ph.cal, ph.amb
	// A second name, bare (يوليو تموز) or after / - ، or in brackets.
	if ph2, e2, ok2 := p.monthName(end, false); ok2 && ph2.month == month && ph2.cal == cal {
		return month, cal, amb && ph2.amb, e2, true
	}
	k := end
	if k < len(p.toks) && p.toks[k].Kind == Punct {
		open := p.toks[k].Norm == "("
		if open || p.has(k, dwAltSep) {
			if ph2, e2, ok2 := p.monthName(k+1, false); ok2 && ph2.month == month && ph2.cal == cal {
				if !open {
					return month, cal, amb && ph2.amb, e2, true
				}
				if e2 < len(p.toks) && p.toks[e2].Norm == ")" {
					return month, cal, amb && ph2.amb, e2 + 1, true
				}
			}
		}
	}
	return month, cal, amb, end, true
}

// monthName reads one month name at toks[i], the longest that fits.
func (p *dateParser) monthName(i int, first bool) (datePhrase, int, bool) {
	w, _, ok := p.word(i, first)
	if !ok || w.flags&dwMonth == 0 {
		return datePhrase{}, 0, false
	}
	for _, ph := range w.months {
		if i+1+len(ph.rest) > len(p.toks) {
			continue
		}
		fits := true
		for r, want := range ph.rest {
			if t := p.toks[i+1+r]; t.Kind != Word || !dateSameWord(t.Norm, want) {
				fits = false
				break
			}
		}
		if fits {
			return ph, i + 1 + len(ph.rest), true
		}
	}
	return datePhrase{}, 0, false
}

// monthYear reads MONTH [YEAR [ERA]] at toks[i] with the day already read
// (0 when none). cued tells whether a lone ambiguous month name is allowed.
func (p *dateParser) monthYear(i int, first, cued bool, day int) (dateHit, bool) {
	month, cal, amb, k, ok := p.monthExpr(i, first)
	if !ok {
		return dateHit{}, false
	}
	// The year, after an optional comma.
	yk := k
	if yk < len(p.toks) && p.toks[yk].Kind == Punct && p.has(yk, dwAltSep) && p.toks[yk].Norm != "/" && p.toks[yk].Norm != "-" {
		yk++
	}
	if p.has(yk, dwYearCue) {
		yk++ // يوليو عام 2009
	}
	ye := yk + 1 // end of the year number, and of its brackets
	if yk+2 < len(p.toks) && p.toks[yk].Norm == "(" && p.toks[yk+2].Norm == ")" {
		yk, ye = yk+1, yk+3 // نيسان ( 1988 )
	}
	year, yearCal, end := 0, Calendar(0), k
	if y, dig, ok := p.num(yk); ok {
		ecal, n, _ := p.era(ye)
		switch {
		case ecal != 0 && y >= 1 && y <= 9999:
			year, yearCal, end = y, ecal, ye+n
		case cal == Gregorian && dig == 4 && y >= 1000 && y <= 2999:
			year, yearCal, end = y, Gregorian, ye
		case cal == Hijri && dig >= 3 && dig <= 4 && y >= 100 && y <= 2999:
			year, end = y, ye
			if y <= 1700 {
				yearCal = Hijri
			} else {
				yearCal = Gregorian
			}
		}
	}
	// Without a year: a modifier (نوفمبر الماضي, رمضان المقبل, أبريل الجاري)
	// or "of last year" (مارس من العام الماضي) places the month.
	mod := 0 // -1 past, +1 next, 2 current
	relYear := false
	if year == 0 {
		if w, _, ok := p.word(end, false); ok && w.flags&(dwPast|dwNext|dwCurrent) != 0 {
			switch {
			case w.flags&dwPast != 0:
				mod = -1
			case w.flags&dwNext != 0:
				mod = 1
			default:
				mod = 2
			}
			end++
		} else {
			k := end
			if p.has(k, dwFrom) {
				k++
			}
			if ph, ok := p.period(k); ok && ph.prec == Year {
				year, yearCal, end, relYear = ph.y, Gregorian, ph.end, true
			} else if ph, ok := p.absolute(k, false); k > end && ok && !ph.invalid && ph.prec == Year && ph.cal == cal {
				year, yearCal, end = ph.y, ph.cal, ph.end
				if ph.cal == Hijri {
					year = ph.hy
				}
			}
		}
	}
	if year == 0 && mod == 0 && amb && !cued && (day == 0 || cal == Hijri) {
		return dateHit{}, false
	}
	h := dateHit{end: end, cal: cal, prec: Month, noDay: day == 0, rel: relYear}
	if day > 0 {
		h.prec = Day
	}
	if cal == Gregorian {
		if year == 0 {
			h.rel = true
			ry, rm, rd := p.ref.Date()
			year = ry + dateShift(mod, int(rm), rd, month, day)
		}
		h.y, h.m, h.d = year, month, 1
		if day > 0 {
			if day > dateMonthDays(year, month) {
				return dateHit{end: end, invalid: true}, true
			}
			h.d = day
		}
		return h, true
	}
	// Hijri month.
	hy := year
	switch {
	case year == 0:
		h.rel = true
		ry, rm, rd := dateHijriOf(p.ref)
		hy = ry + dateShift(mod, rm, rd, month, day)
	case yearCal == Gregorian:
		// رمضان 2020: the month of that name that starts in that year.
		hy, _, _ = dateHijriOf(time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC))
		if s, ok := dateHijriToGregorian(hy, month, 1); ok && s.Year() < year {
			hy++
		}
	}
	h.hy, h.hm, h.hd = hy, month, day
	anchor := day
	if anchor == 0 {
		anchor = 15
	}
	t, ok := dateHijriToGregorian(hy, month, anchor)
	if !ok {
		if day > 0 && dateHijriValidMonth(hy, month) {
			return dateHit{end: end, invalid: true}, true
		}
		return dateHit{}, false
	}
	y, m, d := t.Date()
	h.y, h.m, h.d = y, int(m), d
	if day == 0 {
		h.d = 1
	}
	return h, true
}

// dateShift returns the years to add to the reference year (in the
// calendar of the month) for a month and day (0 when none) written without
// a year, given the reference month and day and a modifier: -1 for the last
// such month or day strictly before the reference (نوفمبر الماضي), +1 for
// the first strictly after it (يونيو المقبل), anything else for the
// year nearest the reference: "7 ديسمبر" in a paper of 4 January is last
// December, "5 يناير" in one of 20 December next January.
func dateShift(mod, refMonth, refDay, month, day int) int {
	cmp := month - refMonth // <0 when the date comes before the reference
	if cmp == 0 && day > 0 {
		cmp = day - refDay
	}
	switch {
	case mod == -1 && cmp >= 0:
		return -1
	case mod == 1 && cmp <= 0:
		return 1
	case mod == 0 && month-refMonth > 6:
		return -1
	case mod == 0 && refMonth-month > 6:
		return 1
	}
	return 0
}

// numeric reads D/M/Y, Y/M/D (/ or - between the parts) or D.M.Y, with an
// optional era mark: ٢٣/٧/٢٠٢١, 11‏/07‏/2014, 2021-07-23, 14/9/1435هـ.
func (p *dateParser) numeric(i int) (dateHit, bool) {
	var parts [3]string
	var end int
	t := p.toks[i]
	if strings.Count(t.Norm, ".") == 2 {
		a, rest, _ := strings.Cut(t.Norm, ".")
		b, c, _ := strings.Cut(rest, ".")
		parts, end = [3]string{a, b, c}, i+1
	} else {
		if i+4 >= len(p.toks) {
			return dateHit{}, false
		}
		s1, s2 := p.toks[i+1], p.toks[i+3]
		if s1.Kind != Punct || s1.Norm != s2.Norm || !p.has(i+1, dwDateSep) ||
			p.toks[i+2].Kind != Number || p.toks[i+4].Kind != Number {
			return dateHit{}, false
		}
		parts, end = [3]string{t.Norm, p.toks[i+2].Norm, p.toks[i+4].Norm}, i+5
	}
	var v [3]int
	var dig [3]int
	for n, s := range parts {
		var ok bool
		if v[n], dig[n], ok = dateDigits(s); !ok {
			return dateHit{}, false
		}
	}
	var y, m, d int
	switch {
	case dig[0] <= 2 && dig[1] <= 2 && (dig[2] == 4 || dig[2] == 3):
		d, m, y = v[0], v[1], v[2]
	case dig[0] == 4 && dig[1] <= 2 && dig[2] <= 2:
		y, m, d = v[0], v[1], v[2]
	default:
		return dateHit{}, false
	}
	cal, n, _ := p.era(end)
	if cal == 0 && dig[0] != 4 && dig[2] != 4 {
		return dateHit{}, false // a three-digit year needs an era mark
	}
	end += n
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return dateHit{end: end, invalid: true}, true
	}
	if cal == Hijri {
		g, ok := dateHijriToGregorian(y, m, d)
		if !ok {
			return dateHit{end: end, invalid: true}, true
		}
		gy, gm, gd := g.Date()
		return dateHit{end: end, y: gy, m: int(gm), d: gd, prec: Day, cal: Hijri, hy: y, hm: m, hd: d}, true
	}
	if d > dateMonthDays(y, m) {
		return dateHit{end: end, invalid: true}, true
	}
	return dateHit{end: end, y: y, m: m, d: d, prec: Day, cal: Gregorian}, true
}

// counted reads منذ|قبل|بعد [NUMBER] UNIT: منذ ثلاثة أيام, قبل يومين, بعد
// 3 أشهر, قبل عام.
func (p *dateParser) counted(i int) (dateHit, bool) {
	w, _, ok := p.word(i, true)
	if !ok || w.flags&(dwAgo|dwLater) == 0 {
		return dateHit{}, false
	}
	if p.has(i-1, dwUnit) {
		return dateHit{}, false // يوما بعد يوم
	}
	sign := 1
	if w.flags&dwAgo != 0 {
		sign = -1
	}
	j, n := i+1, 0
	if v, dig, ok := p.num(j); ok && dig <= 5 {
		n, j = v, j+1
	} else if j < len(p.toks) && p.toks[j].Kind == Word {
		if nm, c := p.t.num.numberAt(p.src, p.toks, j); c > 0 && nm.Kind == Cardinal &&
			nm.Value >= 1 && nm.Value <= 100000 && nm.Value == float64(int(nm.Value)) {
			n, j = int(nm.Value), j+c
		}
	}
	u, _, ok := p.word(j, false)
	if !ok || u.flags&dwUnit == 0 {
		return dateHit{}, false
	}
	switch {
	case n > 0 && u.count == 2:
		return dateHit{}, false // ثلاثة يومين
	case n == 0 && u.count == 0:
		return dateHit{}, false // منذ أيام: vague
	case n == 0:
		n = int(u.count)
	}
	end := j + 1
	if u.count == 1 && n == 1 && p.has(end, dwOne) {
		end++ // قبل عام واحد
	}
	// قبل عام 2003, قبل يومين من الانتخابات, منذ شهر رمضان, قبل يوم
	// الانتخابات: the unit belongs to something else.
	if end < len(p.toks) {
		nt := p.toks[end]
		if nt.Kind == Number {
			return dateHit{}, false
		}
		if nw, _, ok := p.word(end, false); ok && nw.flags&(dwFrom|dwMonth|dwWeekday|dwTail) != 0 {
			return dateHit{}, false
		}
		if u.count == 1 && nt.Kind == Word && strings.HasPrefix(nt.Norm, string(Alef)+string(Lam)) {
			return dateHit{}, false
		}
	}
	n *= sign
	switch u.unit {
	case dateUnitDay:
		return relHit(end, p.ref.AddDate(0, 0, n), Day), true
	case dateUnitWeek:
		return relHit(end, p.ref.AddDate(0, 0, 7*n), Week), true
	case dateUnitMonth:
		return relHit(end, time.Date(p.ref.Year(), p.ref.Month()+time.Month(n), 1, 12, 0, 0, 0, time.UTC), Month), true
	case dateUnitYear:
		return relHit(end, time.Date(p.ref.Year()+n, 1, 1, 12, 0, 0, 0, time.UTC), Year), true
	}
	return dateHit{}, false
}

// period reads PERIOD MODIFIER (الأسبوع الماضي, الشهر المقبل, العام الجاري,
// السنة الماضية), THIS PERIOD (هذا العام) and PERIOD قبل الماضي.
func (p *dateParser) period(i int) (dateHit, bool) {
	w, _, ok := p.word(i, true)
	if !ok {
		return dateHit{}, false
	}
	var unit, delta, end int
	switch {
	case w.flags&dwThis != 0:
		pw, _, ok := p.word(i+1, false)
		if !ok || pw.flags&dwPeriod == 0 {
			return dateHit{}, false
		}
		unit, delta, end = int(pw.unit), 0, i+2
	case w.flags&dwPeriod != 0:
		mod, _, ok := p.word(i+1, false)
		if !ok {
			return dateHit{}, false
		}
		unit, end = int(w.unit), i+2
		switch {
		case mod.flags&dwPast != 0:
			delta = -1
		case mod.flags&dwNext != 0:
			delta = 1
		case mod.flags&dwCurrent != 0:
			delta = 0
		case mod.flags&dwAgo != 0 && p.has(i+2, dwPast):
			delta, end = -2, i+3 // العام قبل الماضي
		default:
			return dateHit{}, false
		}
	default:
		return dateHit{}, false
	}
	switch unit {
	case dateUnitWeek:
		return relHit(end, p.ref.AddDate(0, 0, 7*delta), Week), true
	case dateUnitMonth:
		return relHit(end, time.Date(p.ref.Year(), p.ref.Month()+time.Month(delta), 1, 12, 0, 0, 0, time.UTC), Month), true
	case dateUnitYear:
		return relHit(end, time.Date(p.ref.Year()+delta, 1, 1, 12, 0, 0, 0, time.UTC), Year), true
	}
	return dateHit{}, false
}

// dateMonthDays returns the number of days of a Gregorian month.
func dateMonthDays(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// The Umm al-Qura tables of go-hijri cover 1356–1500 AH; other years are
// read with the arithmetic (tabular) Islamic calendar.
const (
	dateUmmAlQuraFirst = 1356
	dateUmmAlQuraLast  = 1500
	dateHijriMaxYear   = 9999
)

// dateHijriStart returns the Gregorian day that starts a Hijri month.
func dateHijriStart(y, m int, ummAlQura bool) time.Time {
	if m > 12 {
		y, m = y+1, m-12
	}
	var t time.Time
	if ummAlQura {
		t = hijri.UmmAlQuraDate{Day: 1, Month: int64(m), Year: int64(y)}.ToGregorian()
	} else {
		t = hijri.HijriDate{Day: 1, Month: int64(m), Year: int64(y)}.ToGregorian()
	}
	// Round to the calendar day: go-hijri returns midnight, but float
	// arithmetic may land a hair before it.
	return dateDay(t.Add(12 * time.Hour))
}

// dateHijriValidMonth reports whether a Hijri year and month can be read.
func dateHijriValidMonth(y, m int) bool {
	return y >= 1 && y <= dateHijriMaxYear && m >= 1 && m <= 12
}

// dateHijriToGregorian converts a Hijri date to the Gregorian calendar; ok
// is false when the date does not exist (30 of a 29-day month).
func dateHijriToGregorian(y, m, d int) (time.Time, bool) {
	if !dateHijriValidMonth(y, m) || d < 1 || d > 30 {
		return time.Time{}, false
	}
	uq := y >= dateUmmAlQuraFirst && y <= dateUmmAlQuraLast
	start := dateHijriStart(y, m, uq)
	next := dateHijriStart(y, m+1, uq)
	if days := int(next.Sub(start).Hours()/24 + 0.5); d > days {
		return time.Time{}, false
	}
	return start.AddDate(0, 0, d-1), true
}

// dateHijriOf returns the Hijri date of a Gregorian day.
func dateHijriOf(t time.Time) (y, m, d int) {
	t = dateDay(t)
	lo := dateHijriStart(dateUmmAlQuraFirst, 1, true)
	hi := dateHijriStart(dateUmmAlQuraLast+1, 1, true)
	if !t.Before(lo) && t.Before(hi) {
		if h, err := hijri.CreateUmmAlQuraDate(t); err == nil {
			return int(h.Year), int(h.Month), int(h.Day)
		}
	}
	if h, err := hijri.CreateHijriDate(t, hijri.Default); err == nil && h.Year >= 1 {
		return int(h.Year), int(h.Month), int(h.Day)
	}
	return 1, 1, 1
}
