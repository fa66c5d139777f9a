package arabic

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// NumberKind tells how exact a number is.
type NumberKind uint8

const (
	Cardinal NumberKind = iota + 1 // ثلاثة آلاف, 2500
	Ordinal                        // الرابعة, الحادي عشر
	Fraction                       // ثلث, نصف
	Vague                          // عشرات, مئات, آلاف (alone): Value is the order of magnitude
)

var numberKindNames = [...]string{"?", "cardinal", "ordinal", "fraction", "vague"}

func (k NumberKind) String() string {
	if int(k) < len(numberKindNames) {
		return numberKindNames[k]
	}
	return "?"
}

// NumberMatch is a number read from a run of tokens.
type NumberMatch struct {
	Text       string // the original text, from the first token to the last
	Start, End int    // byte offsets in the original text
	Value      float64
	Kind       NumberKind
}

// The grammar.
//
// A number in words is read word by word. Each word is looked up, after
// its clitics are split off, in a lexicon of number words (numWord). The
// first word may carry a conjunction or preposition (و ب ل ك, alone or
// two together) and the article; later words may carry only the
// conjunction و, glued or standing alone, which joins the parts of a
// compound number ("مائة وخمسة وعشرون"). Parts that are not joined by و
// are juxtaposed, which the grammar allows only for
//
//   - a unit and the teen word عشر/عشرة: "خمسة عشر", "الحادي عشر";
//   - a unit of 3 to 9 and مائة: "ثلاث مائة";
//   - a count and a scale word: "ثلاثة آلاف", "150 ألف", "مائة ألف";
//   - a fraction and a scale word: "نصف مليون";
//   - a vague plural and a plural scale: "عشرات الآلاف".
//
// Within a group (the count before one scale word, or the remainder after
// the last) the parts come in the order hundreds, unit or teen, tens:
// "مائة وخمسة وعشرون". Scales decrease strictly from left to right.
//
// Ordinals are an ordinal unit ("الرابع", "ثانية") with an optional teen
// word or و and tens ("الحادي والعشرون"), a definite tens word
// ("العشرون"), or a definite hundred or scale word that may be followed by
// the rest of a cardinal ("المائة وثمانية عشر", "الألف وخمسة مائة").
//
// One rule serves only ICU's ordinal spell-out, whose CLDR rules write
// millions as a count before the definite الألف ("إثنان الألف" for
// 2,000,000): a count followed directly by definite الألف is read as that
// many millions, an ordinal.

// wordClass is the grammatical class of a number word.
type wordClass uint8

const (
	clsZero       wordClass = iota + 1
	clsUnit                 // 1 to 10, and the teen-only forms أحد, إحدى, اثنا …
	clsTens                 // 20 to 90
	clsHundred              // 100 to 900
	clsScale                // ألف, مليون …, with dual and plural forms
	clsOrdinal              // الأول … العاشر, الحادي
	clsFraction             // نصف ثلث ربع سدس ثلثا
	clsFracPlural           // أرباع أخماس أعشار: the denominator of "ثلاثة أرباع"
	clsVague                // عشرات مئات
)

// numWord is one entry of the number lexicon.
type numWord struct {
	cls  wordClass
	val  float64 // the value; for scales the size, for plural fractions the denominator
	mult float64 // scales: 1 for the singular, 2 for the dual

	plural   bool    // scale in the plural: آلاف ملايين
	teen     bool    // unit or ordinal that takes عشر/عشرة to make a teen
	teenOnly bool    // unit that stands only before عشر/عشرة: أحد إحدى اثنا
	tensOK   bool    // ordinal unit that takes و and tens: الحادي والعشرون
	tenWord  bool    // عشر/عشرة, the second word of a teen
	mulH     bool    // مائة: multiplied by a unit before it, ثلاث مائة
	fracAlt  float64 // unit that is also a fraction: خمس is five or a fifth
	// The word starts no number unless a teen word or و and tens follow
	// it: bare when it stands without the article, def with it.
	needBare, needDef bool
}

// Word lists. They are data: each is normalized with Key when the lexicon
// is built, so they may be written with hamza, madda and alef maqsura as
// newspapers write them.
var (
	unitWords = []struct {
		val   int
		words string
	}{
		{1, "واحد واحدة"},
		{2, "اثنان اثنين اثنتان اثنتين"},
		{3, "ثلاث ثلاثة"},
		{4, "أربع أربعة"},
		{5, "خمس خمسة"},
		{6, "ست ستة"},
		{7, "سبع سبعة"},
		{8, "ثمان ثماني ثمانية"},
		{9, "تسع تسعة"},
		{10, "عشر عشرة"},
	}
	// teenOnlyWords stand only before عشر/عشرة.
	teenOnlyWords = []struct {
		val   int
		words string
	}{
		{1, "أحد إحدى"},
		{2, "اثنا اثني اثنتا اثنتي"},
	}
	// fracAltWords are units whose bare form also spells a fraction:
	// a fifth, a seventh, a ninth, a tenth.
	fracAltWords = "خمس سبع تسع عشر"
	tensWords    = []struct {
		val   int
		words string
	}{
		{20, "عشرون عشرين"},
		{30, "ثلاثون ثلاثين"},
		{40, "أربعون أربعين"},
		{50, "خمسون خمسين"},
		{60, "ستون ستين"},
		{70, "سبعون سبعين"},
		{80, "ثمانون ثمانين"},
		{90, "تسعون تسعين"},
	}
	hundredWords = "مائة مئة" // 100, multiplied by a unit before it
	twoHundred   = "مائتان مائتين مائتا مائتي مئتان مئتين مئتا مئتي"
	// hundredStems are glued to مائة/مئة to spell 300 … 900 as one word.
	hundredStems = []struct {
		val   int
		words string
	}{
		{3, "ثلاث ثلث"},
		{4, "أربع"},
		{5, "خمس"},
		{6, "ست"},
		{7, "سبع"},
		{8, "ثمان ثماني"},
		{9, "تسع"},
	}
	scaleWords = []struct {
		val              float64
		single, dual, pl string
	}{
		{1e3, "ألف ألفا", "ألفان ألفين ألفي", "آلاف ألوف"},
		{1e6, "مليون مليونا", "مليونان مليونين مليوني", "ملايين"},
		{1e9, "مليار مليارا بليون بليونا", "ملياران مليارين ملياري بليونان بليونين بليوني", "مليارات بلايين"},
		{1e12, "ترليون تريليون ترليونا تريليونا", "ترليونان ترليونين تريليونان تريليونين", "ترليونات تريليونات"},
	}
	// ordinalWords are the ordinal units. Those of 2 to 9, and حادي (the 1
	// of compounds), take a teen word or و and tens; أول and عاشر do not.
	ordinalWords = []struct {
		val      int
		words    string
		compound bool
	}{
		{1, "أول أولى", false},
		{1, "حادي حادية", true},
		{2, "ثاني ثانية", true},
		{3, "ثالث ثالثة", true},
		{4, "رابع رابعة", true},
		{5, "خامس خامسة", true},
		{6, "سادس سادسة", true},
		{7, "سابع سابعة", true},
		{8, "ثامن ثامنة", true},
		{9, "تاسع تاسعة", true},
		{10, "عاشر عاشرة", false},
	}
	// ordinalNeedBare start no number without the article unless a teen
	// word or tens follow: ثانية is also a second of time, رابعة a name,
	// حادي stands only in compounds.
	ordinalNeedBare = "ثانية رابعة حادي حادية"
	// needDefWords start no number with the article unless a teen word or
	// tens follow: الاثنين and الأحد are weekdays.
	needDefWords  = "اثنين أحد"
	fractionWords = []struct {
		val   float64
		words string
	}{
		{1.0 / 2, "نصف"},
		{1.0 / 3, "ثلث"},
		{2.0 / 3, "ثلثا ثلثي"},
		{1.0 / 4, "ربع"},
		{1.0 / 6, "سدس"},
	}
	fracPluralWords = []struct {
		den   int
		words string
	}{
		{3, "أثلاث"},
		{4, "أرباع"},
		{5, "أخماس"},
		{10, "أعشار"},
	}
	vagueWords = []struct {
		val   float64
		words string
	}{
		{10, "عشرات"},
		{100, "مئات"},
	}
	zeroWords = "صفر"
	// notNumbers are whole tokens that look like a clitic and a number
	// word but are names: باول (Powell) is not ب + أول.
	notNumbers = "باول"
	// percentWord before a definite مائة makes it a percent sign, not
	// the ordinal 100: "50 في المائة".
	percentWord = "في"
)

type numLexicon struct {
	words map[string]numWord // while the lexicon is built
	// table holds words for lookups; minLen and maxLen are the byte
	// lengths of its shortest and longest keys.
	table          strTable[*numWord]
	minLen, maxLen int
	// heads holds every token key that can read as a first word of a
	// number: a number word with the clitics readHead strips; later those
	// of a later word, which readNext reads: with the article, و, or both.
	heads, later tokenSet
	stop         map[string]bool
	prefixes     []string // longest first
	conj         string
	article      string
	lam          string
	beh          string
	percentPrev  string
}

var numLex = sync.OnceValue(buildNumLexicon)

func buildNumLexicon() *numLexicon {
	lx := &numLexicon{words: make(map[string]numWord, 256), stop: map[string]bool{}}
	key := func(s string) string { return Key(s, 0) }
	put := func(words string, w numWord) {
		for _, f := range strings.Fields(words) {
			k := key(f)
			if _, ok := lx.words[k]; ok {
				continue // the first reading wins
			}
			lx.words[k] = w
		}
	}
	for _, u := range unitWords {
		put(u.words, numWord{cls: clsUnit, val: float64(u.val), teen: u.val <= 9, tenWord: u.val == 10})
	}
	for _, u := range teenOnlyWords {
		put(u.words, numWord{cls: clsUnit, val: float64(u.val), teen: true, teenOnly: true})
	}
	for _, u := range tensWords {
		put(u.words, numWord{cls: clsTens, val: float64(u.val)})
	}
	put(hundredWords, numWord{cls: clsHundred, val: 100, mulH: true})
	put(twoHundred, numWord{cls: clsHundred, val: 200})
	for _, s := range hundredStems {
		for _, stem := range strings.Fields(s.words) {
			for _, h := range strings.Fields(hundredWords) {
				put(stem+h, numWord{cls: clsHundred, val: float64(100 * s.val)})
			}
		}
	}
	for _, s := range scaleWords {
		put(s.single, numWord{cls: clsScale, val: s.val, mult: 1})
		put(s.dual, numWord{cls: clsScale, val: s.val, mult: 2})
		put(s.pl, numWord{cls: clsScale, val: s.val, mult: 1, plural: true})
	}
	for _, o := range ordinalWords {
		put(o.words, numWord{cls: clsOrdinal, val: float64(o.val), teen: o.compound, tensOK: o.compound})
	}
	for _, f := range fractionWords {
		put(f.words, numWord{cls: clsFraction, val: f.val})
	}
	for _, f := range fracPluralWords {
		put(f.words, numWord{cls: clsFracPlural, val: float64(f.den)})
	}
	for _, v := range vagueWords {
		put(v.words, numWord{cls: clsVague, val: v.val})
	}
	put(zeroWords, numWord{cls: clsZero})
	for _, f := range strings.Fields(fracAltWords) {
		w := lx.words[key(f)]
		w.fracAlt = 1 / w.val
		lx.words[key(f)] = w
	}
	for _, f := range strings.Fields(ordinalNeedBare) {
		w := lx.words[key(f)]
		w.needBare = true
		lx.words[key(f)] = w
	}
	for _, f := range strings.Fields(needDefWords) {
		w := lx.words[key(f)]
		w.needDef = true
		lx.words[key(f)] = w
	}
	for _, f := range strings.Fields(notNumbers) {
		lx.stop[key(f)] = true
	}
	lx.minLen = math.MaxInt
	ptrs := make(map[string]*numWord, len(lx.words))
	for k, w := range lx.words {
		lx.minLen, lx.maxLen = min(lx.minLen, len(k)), max(lx.maxLen, len(k))
		ptrs[k] = &w
	}
	lx.table = newStrTable(ptrs)
	// The clitics a first word may carry, longest first: the conjunction,
	// a one-letter preposition, or both.
	for _, p := range [][]rune{{Waw, Beh}, {Waw, Lam}, {Waw, Kaf}, {Waw}, {Beh}, {Lam}, {Kaf}} {
		lx.prefixes = append(lx.prefixes, string(p))
	}
	lx.conj = string(Waw)
	lx.article = string([]rune{Alef, Lam})
	lx.lam = string(Lam)
	lx.beh = string(Beh)
	lx.percentPrev = key(percentWord)
	// The heads: every form readHead can take apart into a number word.
	for k := range lx.words {
		forms := lx.headForms(k)
		for _, f := range forms {
			lx.heads.add(f)
		}
		lx.heads.check(forms)
		forms = []string{k, lx.article + k, lx.conj + k, lx.conj + lx.article + k}
		for _, f := range forms {
			lx.later.add(f)
		}
		lx.later.check(forms)
	}
	lx.words = nil
	return lx
}

// headForms returns the token keys in which readHead finds the number
// word k: bare or with the article, after any prefix, and after a prefix
// ending in ل with the ل of the article (للثلاثة).
func (lx *numLexicon) headForms(k string) []string {
	forms := []string{k, lx.article + k}
	for _, p := range lx.prefixes {
		forms = append(forms, p+k, p+lx.article+k)
		if strings.HasSuffix(p, lx.lam) {
			forms = append(forms, p+lx.lam+k)
		}
	}
	return forms
}

// mayHead reports whether a Word key may start a number: false for most
// words, after one probe of a bit set.
func (lx *numLexicon) mayHead(s string) bool { return lx.heads.has(s) }

// tokenSet is a filter over token keys, with no false negatives: a bit
// per hash of a key's length and last eight bytes. It turns away most
// words that are not in the set with one probe, so that the tables behind
// it see few words.
type tokenSet struct {
	minLen, maxLen int
	bits           [1 << (tokenSetBits - 6)]uint64
}

const tokenSetBits = 17

// add puts s in the set.
func (ts *tokenSet) add(s string) {
	if len(s) < 4 {
		panic("arabic: tokenSet key shorter than four bytes: " + s)
	}
	if ts.maxLen == 0 {
		ts.minLen = len(s)
	}
	ts.minLen, ts.maxLen = min(ts.minLen, len(s)), max(ts.maxLen, len(s))
	h := tokenSig(s) >> (64 - tokenSetBits)
	ts.bits[h>>6] |= 1 << (h & 63)
}

// has reports whether s may be in the set; false means it is not.
func (ts *tokenSet) has(s string) bool {
	return len(s) >= ts.minLen && len(s) <= ts.maxLen && ts.hasSig(tokenSig(s))
}

// next returns the index of the first token from toks[i] on that is a
// number or a word whose key may be in the set, or len(toks). It is the
// loop the finders run over every token, free of calls: tokenSig is
// written out in it, and check makes sure both agree.
func (ts *tokenSet) next(toks []Token, i int) int {
	lo, hi := ts.minLen, ts.maxLen
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == Number {
			return i
		}
		s := t.Norm
		n := len(s)
		// minLen is 4 or more.
		if t.Kind != Word || n < lo || n > hi {
			continue
		}
		// tokenSig(s), written out.
		d := n - 8
		e := d &^ (d >> 63)
		x := uint64(load32(s[n-4:n])) | uint64(load32(s[e:e+4]))<<32
		if ts.hasSig((x ^ uint64(n)) * tokenMul) {
			return i
		}
	}
	return len(toks)
}

// check panics unless every key given passes has and next: the set is
// built with it, so that no word of the set is ever turned away.
func (ts *tokenSet) check(keys []string) {
	for _, k := range keys {
		if !ts.has(k) || ts.next([]Token{{Norm: k, Kind: Word}}, 0) != 0 {
			panic("arabic: tokenSet misses " + k)
		}
	}
}

// probe returns tokenSig(s) and whether s may be in the set.
func (ts *tokenSet) probe(s string) (uint64, bool) {
	if len(s) < ts.minLen || len(s) > ts.maxLen {
		return 0, false
	}
	h := tokenSig(s)
	return h, ts.hasSig(h)
}

// hasSig reports whether a key of tokenSig x, of a length between minLen
// and maxLen, may be in the set.
func (ts *tokenSet) hasSig(x uint64) bool {
	h := x >> (64 - tokenSetBits)
	return ts.bits[h>>6]&(1<<(h&63)) != 0
}

// tokenSig hashes the length and the last eight bytes of s (all of them
// when s is shorter): clitics are prefixes, and the end of a word tells
// most words apart. s has at least four bytes.
func tokenSig(s string) uint64 {
	n := len(s)
	// Two loads cover bytes [n-8, n), overlapping when n < 8; e is
	// max(0, n-8) without a branch.
	d := n - 8
	e := d &^ (d >> 63)
	x := uint64(load32(s[n-4:n])) | uint64(load32(s[e:e+4]))<<32
	return (x ^ uint64(n)) * tokenMul
}

const tokenMul = 0x9E3779B97F4A7C15

// load32 returns the first four bytes of s, little-endian.
func load32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// strHash hashes the length and the last eight bytes of s, as tokenSig
// does, for a string of any length.
func strHash(s string) uint64 {
	n := len(s)
	if n >= 4 {
		return tokenSig(s)
	}
	var x uint64
	for i := 0; i < n; i++ {
		x = x<<8 | uint64(s[i])
	}
	return (x ^ uint64(n)) * tokenMul
}

// strTable is a read-only map from strings, an open-addressed table
// probed with strHash: cheaper than a Go map for the short words of the
// lexicons.
type strTable[V any] struct {
	shift uint // 64 minus the bits of a slot index
	slots []strSlot[V]
}

type strSlot[V any] struct {
	key  string
	val  V
	used bool
}

// newStrTable returns a table holding the entries of m, at most a quarter
// full.
func newStrTable[V any](m map[string]V) strTable[V] {
	bits := uint(4)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := strTable[V]{shift: 64 - bits, slots: make([]strSlot[V], 1<<bits)}
	mask := uint64(len(t.slots) - 1)
	for k, v := range m {
		i := strHash(k) >> t.shift
		for t.slots[i].used {
			i = (i + 1) & mask
		}
		t.slots[i] = strSlot[V]{key: k, val: v, used: true}
	}
	return t
}

// get returns the value of s.
func (t *strTable[V]) get(s string) (V, bool) { return t.getHash(s, strHash(s)) }

// getHash returns the value of s, whose strHash is h.
func (t *strTable[V]) getHash(s string, h uint64) (V, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		sl := &t.slots[i&mask]
		if !sl.used {
			var zero V
			return zero, false
		}
		if sl.key == s {
			return sl.val, true
		}
	}
}

// get looks s up in the lexicon.
func (lx *numLexicon) get(s string) (numWord, bool) {
	if len(s) < lx.minLen || len(s) > lx.maxLen {
		return numWord{}, false
	}
	return lx.getHash(s, strHash(s))
}

// getHash looks s, whose strHash is h, up in the lexicon.
func (lx *numLexicon) getHash(s string, h uint64) (numWord, bool) {
	if w, ok := lx.table.getHash(s, h); ok {
		return *w, true
	}
	return numWord{}, false
}

// lookup finds s, with or without the article, in the lexicon.
func (lx *numLexicon) lookup(s string) (w numWord, def, ok bool) {
	if w, ok = lx.get(s); ok {
		return w, false, true
	}
	return lx.lookupDef(s)
}

// lookupHash is lookup for s of strHash h.
func (lx *numLexicon) lookupHash(s string, h uint64) (w numWord, def, ok bool) {
	if w, ok = lx.getHash(s, h); ok {
		return w, false, true
	}
	return lx.lookupDef(s)
}

// lookupDef finds s with the article in the lexicon.
func (lx *numLexicon) lookupDef(s string) (w numWord, def, ok bool) {
	if len(s) > len(lx.article) && strings.HasPrefix(s, lx.article) {
		if w, ok = lx.get(s[len(lx.article):]); ok {
			return w, true, true
		}
	}
	return numWord{}, false, false
}

// atom is one number word or number of the token stream, with the clitics
// it carried.
type atom struct {
	w      numWord
	digits bool    // a Number token; its value is num
	num    float64 // value of a Number token
	def    bool    // the word had the article
	joined bool    // the word was joined to the previous by و
	prefix string  // the clitics of a first word
	next   int     // index of the token after the atom
}

// minClitic is the fewest runes a word must keep once a clitic is split
// off the first word, so that لست (I am not) is not ل + ست (six).
const minClitic = 3

// readHead reads the first word of a number at toks[i]; it may carry
// clitics.
func (lx *numLexicon) readHead(toks []Token, i int) (atom, bool) {
	t := &toks[i]
	switch t.Kind {
	case Number:
		v, ok := ParseDigits(t.Norm)
		if !ok || math.IsInf(v, 0) || math.IsNaN(v) {
			return atom{}, false
		}
		return atom{digits: true, num: v, next: i + 1}, true
	case Word:
	default:
		return atom{}, false
	}
	s := t.Norm
	if len(s) < lx.heads.minLen || len(s) > lx.heads.maxLen {
		return atom{}, false
	}
	h := tokenSig(s)
	if !lx.heads.hasSig(h) {
		return atom{}, false
	}
	if w, def, ok := lx.lookupHash(s, h); ok {
		return atom{w: w, def: def, next: i + 1}, true
	}
	for _, p := range lx.prefixes {
		if len(s) <= len(p) || !strings.HasPrefix(s, p) {
			continue
		}
		rest := s[len(p):]
		if utf8.RuneCountInString(rest) < minClitic {
			continue
		}
		if w, def, ok := lx.lookup(rest); ok {
			if lx.stop[s] {
				return atom{}, false
			}
			return atom{w: w, def: def, prefix: p, next: i + 1}, true
		}
		// ل before the article drops its alef: للثلاثة.
		if strings.HasSuffix(p, lx.lam) && strings.HasPrefix(rest, lx.lam) {
			if w, ok := lx.get(rest[len(lx.lam):]); ok {
				return atom{w: w, def: true, prefix: p, next: i + 1}, true
			}
		}
	}
	return atom{}, false
}

// readNext reads a later word of a number at toks[j]: a word joined by a
// glued or separate و, or a bare word juxtaposed to the one before.
func (lx *numLexicon) readNext(toks []Token, j int) (atom, bool) {
	if j >= len(toks) {
		return atom{}, false
	}
	t := &toks[j]
	if t.Kind == Number {
		a, ok := lx.readHead(toks, j)
		return a, ok
	}
	if t.Kind != Word {
		return atom{}, false
	}
	s := t.Norm
	if s == lx.conj {
		if j+1 >= len(toks) {
			return atom{}, false
		}
		n := &toks[j+1]
		if n.Kind == Number {
			a, ok := lx.readHead(toks, j+1)
			a.joined = true
			return a, ok
		}
		if n.Kind != Word {
			return atom{}, false
		}
		if h, ok := lx.later.probe(n.Norm); ok {
			if w, def, ok := lx.lookupHash(n.Norm, h); ok {
				return atom{w: w, def: def, joined: true, next: j + 2}, true
			}
		}
		return atom{}, false
	}
	h, ok := lx.later.probe(s)
	if !ok {
		return atom{}, false
	}
	if len(s) > len(lx.conj) && strings.HasPrefix(s, lx.conj) {
		if w, def, ok := lx.lookup(s[len(lx.conj):]); ok {
			return atom{w: w, def: def, joined: true, next: j + 1}, true
		}
	}
	if w, def, ok := lx.lookupHash(s, h); ok {
		return atom{w: w, def: def, next: j + 1}, true
	}
	return atom{}, false
}

// plainAt returns the bare, unjoined word at toks[j] when it is a number
// word without the article.
func (lx *numLexicon) plainAt(toks []Token, j int) (numWord, bool) {
	if j >= len(toks) || toks[j].Kind != Word {
		return numWord{}, false
	}
	s := toks[j].Norm
	if h, ok := lx.later.probe(s); ok {
		return lx.getHash(s, h)
	}
	return numWord{}, false
}

// group is the count being built before a scale word, or after the last.
type group struct {
	val    float64
	h      bool // has hundreds
	u      bool // has a unit or teen
	t      bool // has tens
	teen   bool // the unit is a teen
	uv     float64
	digits bool // the group is a Number token
}

func (g *group) empty() bool { return !g.h && !g.u && !g.t && !g.digits }

// numParser reads one number from a run of tokens.
type numParser struct {
	lx      *numLexicon
	toks    []Token
	pos     int // the next token to read
	total   float64
	last    float64 // the last scale read; 0 before any
	g       group
	kind    NumberKind
	headDef bool
	done    bool // nothing may follow
	// the committed reading: tokens [start, end) give val
	end int
	val float64
}

func (p *numParser) commit() {
	p.end = p.pos
	p.val = p.total + p.g.val
}

// NumberAt reads the longest number, in digits or words, that starts at
// toks[i]. It returns the match and how many tokens it spans; 0 when no
// number starts there. src is the text the tokens were cut from.
func NumberAt(src string, toks []Token, i int) (NumberMatch, int) {
	if i < 0 || i >= len(toks) {
		return NumberMatch{}, 0
	}
	if k := toks[i].Kind; k != Word && k != Number {
		return NumberMatch{}, 0
	}
	return numLex().numberAt(src, toks, i)
}

// numberAt is NumberAt for a token of kind Word or Number.
func (lx *numLexicon) numberAt(src string, toks []Token, i int) (NumberMatch, int) {
	head, ok := lx.readHead(toks, i)
	if !ok {
		return NumberMatch{}, 0
	}
	p := numParser{lx: lx, toks: toks, pos: head.next, kind: Cardinal, headDef: head.def}
	if !p.parse(head, i) || p.end <= i {
		return NumberMatch{}, 0
	}
	m := NumberMatch{Start: toks[i].Start, End: toks[p.end-1].End, Value: p.val, Kind: p.kind}
	if m.Start >= 0 && m.Start <= m.End && m.End <= len(src) {
		m.Text = src[m.Start:m.End]
	} else {
		m.End = m.Start // tokens not cut from src: keep Start <= End
	}
	if m.Value == 0 {
		m.Value = 0 // no negative zero
	}
	return m, p.end - i
}

// parse reads the number that starts with head at toks[i].
func (p *numParser) parse(head atom, i int) bool {
	if head.digits {
		p.g = group{val: head.num, digits: true}
		p.commit()
		p.cardinal()
		return true
	}
	w := head.w
	switch w.cls {
	case clsZero:
		p.commit()
		return true
	case clsUnit:
		if !head.def && w.fracAlt > 0 && p.definiteNoun(p.pos) {
			p.kind = Fraction
			p.total = w.fracAlt
			p.commit()
			return true
		}
		if !p.unit(w) {
			return false
		}
		if !p.g.teen && p.fracPlural() {
			return true
		}
		p.commit()
		p.cardinal()
	case clsTens:
		p.g = group{val: w.val, t: true}
		p.commit()
		if head.def {
			p.kind = Ordinal
			return true
		}
		p.cardinal()
	case clsHundred:
		if head.def {
			if p.percent(head, i) {
				return false
			}
			p.kind = Ordinal
		}
		p.g = group{val: w.val, h: true}
		p.commit()
		p.cardinal()
	case clsScale:
		if w.plural {
			p.kind = Vague
			p.total = w.val
			p.commit()
			return true
		}
		if head.def {
			if p.percent(head, i) {
				return false
			}
			p.kind = Ordinal
		}
		p.total, p.last = w.mult*w.val, w.val
		p.commit()
		p.cardinal()
	case clsOrdinal:
		p.kind = Ordinal
		p.total = w.val
		if n, ok := p.lx.plainAt(p.toks, p.pos); ok && n.tenWord && w.teen {
			p.total += 10
			p.pos++
		} else if a, ok := p.lx.readNext(p.toks, p.pos); ok && a.joined && !a.digits && a.w.cls == clsTens && w.tensOK {
			p.total += a.w.val
			p.pos = a.next
		}
		p.commit()
	case clsFraction:
		p.kind = Fraction
		p.total = w.val
		p.commit()
		p.scaleAfterFraction()
		return true
	case clsVague:
		p.kind = Vague
		p.total = w.val
		if a, ok := p.lx.readNext(p.toks, p.pos); ok && !a.joined && !a.digits && a.w.cls == clsScale && a.w.plural {
			p.total *= a.w.val
			p.pos = a.next
		}
		p.commit()
		return true
	default:
		return false
	}
	needs := w.needBare
	if head.def {
		needs = w.needDef
	}
	if needs && p.end == i+1 {
		return false
	}
	return true
}

// percent reports whether the definite hundred or thousand of head is a
// percent or per-mille sign: "في المائة", "بالمئة".
func (p *numParser) percent(head atom, i int) bool {
	if strings.Contains(head.prefix, p.lx.beh) {
		return true
	}
	return i > 0 && p.toks[i-1].Norm == p.lx.percentPrev
}

// definiteNoun reports whether toks[j] is a word with the article that is
// no number word: "خمس السكان" is a fifth, not five.
func (p *numParser) definiteNoun(j int) bool {
	if j >= len(p.toks) || p.toks[j].Kind != Word {
		return false
	}
	s := p.toks[j].Norm
	if !strings.HasPrefix(s, p.lx.article) || utf8.RuneCountInString(s) < 4 {
		return false
	}
	_, _, ok := p.lx.lookup(s)
	return !ok
}

// unit starts or extends the group with a unit and an optional teen word.
// It reports false, changing nothing, when a teen-only unit has no teen
// word after it.
func (p *numParser) unit(w numWord) bool {
	g := p.g
	g.u, g.uv = true, w.val
	g.val += w.val
	pos := p.pos
	if n, ok := p.lx.plainAt(p.toks, pos); ok && n.tenWord && w.teen {
		g.val += 10
		g.teen = true
		pos++
	}
	if w.teenOnly && !g.teen {
		return false
	}
	p.g, p.pos = g, pos
	return true
}

// fracPlural reads the denominator after a count: "ثلاثة أرباع".
func (p *numParser) fracPlural() bool {
	n, ok := p.lx.plainAt(p.toks, p.pos)
	if !ok || n.cls != clsFracPlural || p.g.uv >= n.val {
		return false
	}
	p.kind = Fraction
	p.total = p.g.uv / n.val
	p.g = group{}
	p.pos++
	p.commit()
	p.scaleAfterFraction()
	return true
}

// scaleAfterFraction reads a scale after a fraction: "نصف مليون".
func (p *numParser) scaleAfterFraction() {
	if n, ok := p.lx.plainAt(p.toks, p.pos); ok && n.cls == clsScale && !n.plural && n.mult == 1 {
		p.kind = Cardinal
		p.total = mulScale(p.total, n.val)
		p.pos++
		p.commit()
	}
}

// cardinal reads the rest of a cardinal number, or of an ordinal spelled
// as a definite hundred or scale and a cardinal.
func (p *numParser) cardinal() {
	for !p.done {
		a, ok := p.lx.readNext(p.toks, p.pos)
		if !ok || !p.apply(a) {
			return
		}
		p.commit()
	}
}

// apply adds one atom to the number, advancing p.pos, or reports false
// and changes nothing.
func (p *numParser) apply(a atom) bool {
	g := &p.g
	if a.digits {
		// "3 ملايين و500 ألف": digits only as the count after a scale.
		if !a.joined || !g.empty() || p.last == 0 || a.num >= p.last {
			return false
		}
		p.g = group{val: a.num, digits: true}
		p.pos = a.next
		return true
	}
	w := a.w
	if a.def && !p.headDef {
		// ICU's "إثنان الألف": a count and definite الألف are millions.
		if !a.joined && w.cls == clsScale && w.val == 1e3 && w.mult == 1 && !w.plural &&
			!g.empty() && !g.digits && (p.last == 0 || p.last > 1e6) {
			p.total += g.val * 1e6
			p.last = 1e6
			p.g = group{}
			p.kind = Ordinal
			p.pos = a.next
			return true
		}
		return false
	}
	switch w.cls {
	case clsUnit:
		if !a.joined || g.u || g.t || g.digits || !(g.h || (g.empty() && p.last > 0)) {
			return false
		}
		old := p.pos
		p.pos = a.next
		if !p.unit(w) {
			p.pos = old
			return false
		}
		return true
	case clsTens:
		if !a.joined || g.t || g.digits {
			return false
		}
		if !((g.u && !g.teen && g.uv <= 9) || (g.h && !g.u) || (g.empty() && p.last > 0)) {
			return false
		}
		g.val += w.val
		g.t = true
	case clsHundred:
		if !a.joined {
			if !w.mulH || !g.u || g.teen || g.t || g.h || g.digits || g.uv < 3 || g.uv > 9 {
				return false
			}
			g.val = g.uv * w.val
			g.h, g.u = true, false
		} else {
			if !g.empty() || p.last == 0 {
				return false
			}
			g.val = w.val
			g.h = true
		}
	case clsScale:
		if w.plural && (a.joined || g.val < 2) {
			return false
		}
		if p.last != 0 && w.val >= p.last {
			return false
		}
		if !a.joined {
			if g.empty() || w.mult != 1 {
				return false
			}
			v := mulScale(g.val, w.val)
			if math.IsInf(p.total+v, 0) {
				return false
			}
			p.total += v
		} else {
			if !g.empty() || p.last == 0 {
				return false
			}
			p.total += w.mult * w.val
		}
		p.last = w.val
		p.g = group{}
	case clsFraction:
		// "مليون ونصف", "ثلاثة ونصف": a fraction of the last scale or of one.
		if !a.joined || p.kind != Cardinal {
			return false
		}
		if g.empty() {
			if p.last == 0 {
				return false
			}
			p.total += w.val * p.last
		} else {
			p.total += w.val
		}
		p.done = true
	default:
		return false
	}
	p.pos = a.next
	return true
}

// mulScale multiplies a count by a scale, rounding away the binary error
// of decimal counts: 1.2 × 10⁹ is 1200000000.
func mulScale(v, scale float64) float64 {
	r := v * scale
	if rr := math.Round(r); math.Abs(r-rr) <= 1e-9*math.Abs(r) {
		return rr
	}
	return r
}

// FindNumbers returns every number of the text, left to right, without
// overlaps. It allocates nothing when the text has no number.
func FindNumbers(src string, toks []Token) []NumberMatch {
	lx := numLex()
	for i := 0; i < len(toks); i++ {
		// Most tokens are words that start no number: one probe of the
		// heads skips them.
		if i = lx.heads.next(toks, i); i == len(toks) {
			break
		}
		if m, n := lx.numberAt(src, toks, i); n > 0 {
			return lx.findNumbers(src, toks, m, i+n)
		}
	}
	return nil
}

// findNumbers returns m, the first number of toks, and the numbers from
// toks[i] on. It gathers them on the stack, so as to allocate the result
// once, at its size.
func (lx *numLexicon) findNumbers(src string, toks []Token, m NumberMatch, i int) []NumberMatch {
	var buf [32]NumberMatch
	found := append(buf[:0], m)
	for i < len(toks) {
		if i = lx.heads.next(toks, i); i == len(toks) {
			break
		}
		m, n := lx.numberAt(src, toks, i)
		if n == 0 {
			i++
			continue
		}
		found = append(found, m)
		i += n
	}
	out := make([]NumberMatch, len(found))
	copy(out, found)
	return out
}

// ParseNumber reads s as one whole number expression: "ثلاثة آلاف",
// "الحادي والعشرون", "2.5 مليون". It reports false when s holds no number
// or more than one.
func ParseNumber(s string) (NumberMatch, bool) {
	toks := Tokenize(s)
	if len(toks) == 0 {
		return NumberMatch{}, false
	}
	m, n := NumberAt(s, toks, 0)
	if n == 0 || n != len(toks) {
		return NumberMatch{}, false
	}
	return m, true
}
