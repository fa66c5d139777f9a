package arabic

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// SegKind is the role of a piece of a segmented word.
type SegKind uint8

const (
	SegProclitic  SegKind = iota + 1 // و ف ب ل ك س before the stem
	SegDeterminer                    // the article ال, split off only by SchemeFull
	SegStem                          // the word itself; also the whole of a non-word token
	SegEnclitic                      // a pronoun suffix: ه ها هم … نا ني ي
)

var segKindNames = [...]string{"?", "proclitic", "determiner", "stem", "enclitic"}

func (k SegKind) String() string {
	if int(k) < len(segKindNames) {
		return segKindNames[k]
	}
	return "?"
}

// Segment is one piece of a token. Its invariant, for the src the token
// was cut from:
//
//	src[g.Start:g.End] == g.Text
//
// and the pieces of one token tile it: the first starts at the token's
// Start, each ends where the next starts, the last ends at the token's End.
type Segment struct {
	Text       string // the original bytes, diacritics and tatweel included
	Start, End int    // byte offsets in the original text
	Kind       SegKind
	// Norm is the matching key of the piece with the stem restored to the
	// form it has alone: "السلطة" for the stem "لسلطة" of "للسلطة",
	// "حكومة" for the stem "حكومت" of "حكومته", "مستوى" (keyed "مستوي")
	// for "مستوا" of "مستواه".
	Norm string
}

// Scheme selects how far a word is cut.
type Scheme uint8

const (
	// SchemeUD cuts as the Arabic Treebank and Universal Dependencies do:
	// conjunctions, prepositions, the future س and pronoun suffixes are
	// split off, the article ال stays on its stem ("و+ب+الحكومة",
	// "ل+لسلطة"). It is the default.
	SchemeUD Scheme = iota
	// SchemeFull also splits off the article, for matching
	// ("و+ب+ال+حكومة", "ل+ل+سلطة").
	SchemeFull
)

func (s Scheme) String() string {
	switch s {
	case SchemeUD:
		return "ud"
	case SchemeFull:
		return "full"
	}
	return "?"
}

// ParseScheme reads a scheme name: "ud" (or "atb"), or "full".
func ParseScheme(name string) (Scheme, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "ud", "atb":
		return SchemeUD, nil
	case "full":
		return SchemeFull, nil
	}
	return 0, fmt.Errorf("arabic: unknown segmentation scheme %q (want ud, atb or full)", name)
}

// Segmenter cuts Arabic words into proclitics, stem and pronoun suffix. It
// decides by a lexicon of news words with their frequencies: a word is cut
// when the stem left is a known word that explains it better than the word
// itself does, so that names such as بلينكن, لبنان, بوتين, فلسطين stay
// whole while وبحلول becomes و+ب+حلول. A Segmenter is safe for concurrent
// use.
type Segmenter struct {
	lx     *lexicon
	scheme Scheme
}

// NewSegmenter returns a segmenter with the embedded lexicon and the
// SchemeUD scheme. The lexicon is loaded once per process.
func NewSegmenter() (*Segmenter, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Segmenter{lx: lx}, nil
}

// WithScheme returns a segmenter that shares s's lexicon and cuts by
// scheme.
func (s *Segmenter) WithScheme(scheme Scheme) *Segmenter {
	c := *s
	c.scheme = scheme
	return &c
}

// Scheme returns the scheme s cuts by.
func (s *Segmenter) Scheme() Scheme { return s.scheme }

// Known reports whether key (a normalized word) is in the lexicon, and its
// frequency there.
func (s *Segmenter) Known(key string) (uint32, bool) {
	p := s.lx.tab.find(key)
	if p < 0 {
		return 0, false
	}
	return s.lx.tab.freq(p), true
}

// Segment cuts a Word token into its pieces. Tokens of other kinds, and
// words that are not cut, come back as one piece of kind SegStem.
func (s *Segmenter) Segment(t Token) []Segment {
	return s.AppendSegments(make([]Segment, 0, 4), t)
}

// AppendSegments appends the pieces of t to dst and returns the extended
// slice. It allocates nothing but the growth of dst, except for the key of
// a stem restored to an article form the lexicon does not know (the rare
// "للكابيتول", whose stem key "الكابيتول" has to be built).
func (s *Segmenter) AppendSegments(dst []Segment, t Token) []Segment {
	n := t.Norm
	if t.Kind != Word || len(n) < 4 {
		return appendSegment(dst, t.Text, t.Start, t.End, SegStem, n)
	}
	a := analysis{stem: -1}
	if mayCut(n) {
		if p := s.lx.tab.find(n); p >= 0 {
			a = s.lx.tab.analysis(p)
		} else {
			a = s.lx.analyze(n, selfNoWord)
		}
	}
	if a.npre == 0 && a.suf == 0 && s.scheme != SchemeFull {
		return appendSegment(dst, t.Text, t.Start, t.End, SegStem, n)
	}
	return s.appendPieces(dst, t, a)
}

// appendPieces appends the pieces of word t, cut as a says, to dst.
func (s *Segmenter) appendPieces(dst []Segment, t Token, a analysis) []Segment {
	n := t.Norm
	full := s.scheme == SchemeFull

	// The pieces, as spans of the key.
	type piece struct {
		ks   int
		kind SegKind
		norm string
	}
	var ps [6]piece
	np := 0
	for i := 0; i < int(a.npre); i++ {
		ps[np] = piece{2 * i, SegProclitic, n[2*i : 2*i+2]}
		np++
	}
	if a.flags&anaNoStem == 0 {
		ss, se := 2*int(a.npre), len(n)-int(a.suf)
		var stemKey string
		switch {
		case a.stem >= 0:
			stemKey = s.lx.tab.key(a.stem)
		case a.flags&anaLamAl != 0:
			stemKey = "ا" + n[ss:se] // allocates: an article form the lexicon lacks
		default:
			stemKey = n[ss:se]
		}
		det := 0 // key bytes of the article, SchemeFull only
		if full {
			switch {
			case a.flags&anaLamAl != 0:
				if len(stemKey) >= 8 && !s.lx.nonDet[stemKey] {
					det = 2
				}
			case s.lx.isArticle(stemKey) && bareAlefAt(t.Text, n, ss):
				det = 4
			}
		}
		if det > 0 {
			ps[np] = piece{ss, SegDeterminer, "ال"}
			ps[np+1] = piece{ss + det, SegStem, stemKey[4:]}
			np += 2
		} else {
			ps[np] = piece{ss, SegStem, stemKey}
			np++
		}
	}
	if a.suf > 0 {
		ps[np] = piece{len(n) - int(a.suf), SegEnclitic, n[len(n)-int(a.suf):]}
		np++
	}
	if np == 1 {
		return appendSegment(dst, t.Text, t.Start, t.End, ps[0].kind, ps[0].norm)
	}

	// Map the piece starts in the key to offsets in the original text.
	var cuts, orig [6]int
	for i := 1; i < np; i++ {
		cuts[i-1] = ps[i].ks
	}
	mapCuts(t.Text, n, cuts[:np-1], orig[:np-1])
	start := 0
	for i := 0; i < np; i++ {
		end := len(t.Text)
		if i < np-1 {
			end = orig[i]
			if end <= start || end >= len(t.Text) {
				// The cut fell inside one original character (a
				// ligature): this piece joins the next one.
				continue
			}
		}
		dst = appendSegment(dst, t.Text[start:end], t.Start+start, t.Start+end, ps[i].kind, ps[i].norm)
		start = end
	}
	return dst
}

// appendSegment appends a segment to dst, writing its fields in place: a
// Segment built aside and copied costs a stall on each token.
func appendSegment(dst []Segment, text string, start, end int, kind SegKind, norm string) []Segment {
	n := len(dst)
	if n < cap(dst) {
		dst = dst[:n+1]
	} else {
		dst = append(dst, Segment{})
	}
	g := &dst[n]
	g.Text = text
	g.Start = start
	g.End = end
	g.Kind = kind
	g.Norm = norm
	return dst
}

// mayCut reports whether a clitic could be cut from key n at all: whether
// it starts with a proclitic letter or ends in a letter a pronoun suffix
// ends in, and is not a long word with the article, which takes neither.
// Most words fail it and cost no lexicon lookup. It reads the two letters
// in a table, with no branch on them.
func mayCut(n string) bool {
	// The letters that matter are all in U+0621…U+064A: lead byte D8
	// or D9.
	if len(n) < 4 || n[0]&^1 != 0xD8 {
		return false
	}
	f := letterFlags(n[0], n[1])
	l := letterFlags(n[len(n)-2], n[len(n)-1])
	// ال and six letters or more takes no clitic: the last letter does
	// not count.
	al := uint8(bitOf(len(n) >= 16)&bitOf(n[2:4] == kLam)) * (f / flagAlef & 1)
	return (f&flagProclitic | l&^(al*flagEnclitic)&flagEnclitic) != 0
}

// Flags of the letters mayCut looks at.
const (
	flagProclitic = 1 << iota // و ف ب ل ك س
	flagEnclitic              // ه ا م ن ك ي, the last letters of pronoun suffixes
	flagAlef                  // ا
)

// letterFlagTable holds the flags of U+0600…U+067F, by (b0&1)<<8 | b1 for
// the bytes b0 (D8 or D9) and b1 of a letter.
var letterFlagTable = func() (t [512]uint8) {
	set := func(s string, f uint8) {
		for _, r := range s {
			var b [4]byte
			utf8.EncodeRune(b[:], r)
			t[int(b[0]&1)<<8|int(b[1])] |= f
		}
	}
	set(kWaw+kFeh+kBeh+kLam+kKaf+kSeen, flagProclitic)
	set(string(Heh)+kAlef+string(Meem)+kNoon+kKaf+kYeh, flagEnclitic)
	set(kAlef, flagAlef)
	return t
}()

// letterFlags returns the flags of the letter of bytes b0 b1; none unless
// b0 is D8 or D9.
func letterFlags(b0, b1 byte) uint8 {
	return letterFlagTable[uint(b0&1)<<8|uint(b1)] & uint8(-bitOf(b0&^1 == 0xD8))
}

// mapCuts maps byte offsets in key, the normalized form of text, to byte
// offsets in text. A cut at key offset k maps to the start of the original
// character that produced key byte k, so that a diacritic or tatweel stays
// with the letter before it.
func mapCuts(text, key string, cuts, orig []int) {
	if text == key {
		copy(orig, cuts)
		return
	}
	ci, kp := 0, 0
	for i := 0; i < len(text) && ci < len(cuts); {
		c := text[i]
		var nb, size int
		if c < utf8.RuneSelf {
			nb, size = 1, 1
		} else {
			r, sz := utf8.DecodeRuneInString(text[i:])
			size = sz
			if r == utf8.RuneError && sz == 1 {
				nb = 1
			} else {
				nb = foldedLen(r)
			}
		}
		if nb > 0 {
			for ci < len(cuts) && cuts[ci] <= kp {
				orig[ci] = i
				ci++
			}
		}
		kp += nb
		i += size
	}
	for ; ci < len(cuts); ci++ {
		orig[ci] = len(text)
	}
}

// foldedLen returns how many bytes r becomes in a key.
func foldedLen(r rune) int {
	out, ok := foldRune(r, 0)
	if ok {
		if out < 0 {
			return 0
		}
		return utf8.RuneLen(out)
	}
	var buf [32]byte
	return len(appendFolded(buf[:0], r, 0))
}

// bareAlefAt reports whether the key byte at k came from a bare alef (or
// alef wasla) in text, as the article's alef is written, and not from أ
// إ آ, which start no article.
func bareAlefAt(text, key string, k int) bool {
	if text == key {
		return true
	}
	var o [1]int
	mapCuts(text, key, []int{k}, o[:])
	if o[0] >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[o[0]:])
	return r == Alef || r == AlefWasla
}

// SegmentLine tokenizes line and writes its tokens separated by single
// spaces, the pieces of a word joined by '+': "و+ب+حلول نشرت+ها".
func (s *Segmenter) SegmentLine(line string, scheme Scheme) string {
	seg := s
	if scheme != s.scheme {
		seg = s.WithScheme(scheme)
	}
	toks := Tokenize(line)
	var b strings.Builder
	b.Grow(len(line) + len(line)/4)
	var buf []Segment
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		buf = seg.AppendSegments(buf[:0], t)
		for j, g := range buf {
			if j > 0 {
				b.WriteByte('+')
			}
			b.WriteString(g.Text)
		}
	}
	return b.String()
}

// analysis is how a key is cut: npre one-letter proclitics, then the stem,
// then an enclitic of suf bytes.
type analysis struct {
	npre  uint8 // proclitics, one letter (two key bytes) each
	suf   uint8 // key bytes of the enclitic; 0 when there is none
	flags uint8
	stem  int32 // lexicon index of the stem's restored key; -1: the key's own bytes
}

const (
	anaLamAl  = 1 << iota // the stem starts with the ل of an article whose alef was dropped: ل+لسلطة
	anaNoStem             // no stem: a preposition and its pronoun, ل+ه
)

// Letters of keys, as strings.
const (
	kWaw   = string(Waw)
	kFeh   = string(Feh)
	kBeh   = string(Beh)
	kLam   = string(Lam)
	kKaf   = string(Kaf)
	kSeen  = string(Seen)
	kAlef  = string(Alef)
	kYeh   = string(Yeh)
	kTeh   = string(Teh)
	kNoon  = string(Noon)
	kTehM  = string(TehMarbuta)
	kHamza = string(Hamza)
	kAl    = kAlef + kLam
)

// enclitic is a pronoun suffix and the weight of the evidence that a word
// ending in it is stem + pronoun.
type enclitic struct {
	key   string
	k     float64 // multiplier of the stem's frequency
	host  float64 // multiplier when the stem is a closed-class host (عليه, لكنني)
	hosts int     // which hosts take it: hostAll, or only those of a closed list
	alefY bool    // whether a stem in ا may be one in ى (مستواه = مستوى + ه)
}

const (
	hostAll = iota // any stem
	hostsNi        // only niHosts: إنني, لكنني
	hostsYa        // only yaHosts: مني, عندي
)

// enclitics, longest first.
var enclitics = []enclitic{
	{string(Heh) + string(Meem) + kAlef, 0.15, 1, hostAll, true},   // هما
	{string(Kaf) + string(Meem) + kAlef, 0.01, 0.3, hostAll, true}, // كما
	{string(Heh) + string(Meem), 0.4, 2, hostAll, true},            // هم
	{string(Heh) + kNoon, 0.1, 1, hostAll, true},                   // هن
	{string(Heh) + kAlef, 0.5, 2, hostAll, true},                   // ها
	{string(Kaf) + string(Meem), 0.03, 0.5, hostAll, true},         // كم
	{string(Kaf) + kNoon, 0.005, 0.2, hostAll, true},               // كن
	{kNoon + kAlef, 0.05, 2, hostAll, false},                       // نا
	{kNoon + kYeh, 0, 1, hostsNi, false},                           // ني
	{string(Heh), 0.5, 2, hostAll, true},                           // ه
	{kKaf, 0.03, 0.5, hostAll, true},                               // ك
	{kYeh, 0, 0.5, hostsYa, false},                                 // ي
}

// encliticByLast holds, by the letter bytes b0 b1 as letterFlagTable does,
// the set of enclitics (bit i: enclitics[i]) that end in that letter.
var encliticByLast = func() (t [512]uint16) {
	for i, e := range enclitics {
		b0, b1 := e.key[len(e.key)-2], e.key[len(e.key)-1]
		t[int(b0&1)<<8|int(b1)] |= 1 << i
	}
	return t
}()

// encliticsByLast returns the set of the enclitics that end in the last
// letter of r, which is at least two bytes long.
func encliticsByLast(r string) uint16 {
	b0, b1 := r[len(r)-2], r[len(r)-1]
	return encliticByLast[uint(b0&1)<<8|uint(b1)] & uint16(-bitOf(b0&^1 == 0xD8))
}

// Weights of the proclitics and of the priors; see cut.
const (
	kConjW        = 0.6   // و
	kConjF        = 0.1   // ف
	kPrepB        = 0.5   // ب
	kPrepL        = 0.6   // ل
	kPrepK        = 0.15  // ك
	kFutS         = 0.5   // س
	kArticle      = 4.0   // a preposition before an article form: بالنسبة
	kLamAl        = 2.0   // ل + ال written لل
	priorUnk      = 0.5   // an unknown word of three letters or more
	priorAl       = 20.0  // an unknown word that starts with the article
	priorWhole    = 5.0   // an unknown word, as one piece
	priorKnownCap = 2.0   // the most an unknown rest counts against a known word
	kUnkWaw       = 1.5   // و before an unknown word, in an unknown word
	kYaTehM       = 0.05  // ي after a stem in ة: محطتي
	kNaNoun       = 0.3   // نا after a noun
	kNounShare    = 0.05  // the share of a stem's frequency its article form and pronoun forms need for it to count as a noun
	kPerfect      = 3.0   // how much a form in ت (بدأت) counts for a perfect verb against the forms of a noun or an object
	kShortStem    = 0.5   // a pronoun on a stem of two letters
	kParadigm     = 0.15  // the share of a word's frequency the stem's other pronoun forms need, when they must be seen
	kNounParadigm = 0.5   // the share of a word's frequency the article form of a stem of two letters needs, in their stead
	famFloor      = 0.1   // the weight of a known word that has no family…
	famCommon     = 100.0 // …when it is seen at most this often; less when more
	nounNone      = 0.3   // weight of a stem after ب ل ك never seen with the article
	nounMax       = 2.0   // most that an article form adds to a stem's weight
	famFull       = 0.2   // family/freq ratio at which a known word gets its full weight…
	famMax        = 3.0   // …and the most, in units of famFull, that counts
)

// Levels of cut: which clitics may still be cut from what is left.
const (
	levelConj = iota // و ف, then the rest
	levelPrep        // ب ل ك س, then the enclitic
	levelEncl        // the enclitic only
)

// Values of the self argument of analyze and cut other than a position in
// the lexicon.
const (
	selfUnknown = -1 // not looked up yet
	selfNoWord  = -2 // looked up: no word of the lexicon
)

// analyze finds the best cut of key n; self is n's position in the
// lexicon, or selfUnknown, or selfNoWord.
func (lx *lexicon) analyze(n string, self int32) analysis {
	a, _ := lx.cut(n, self, levelConj, true)
	return a
}

// cut finds the best cut of r when the clitics from level on may be cut,
// and returns it with the evidence that r is a word: its frequency when
// known, else the score of its best cut, else a prior.
//
// A cut is scored by the evidence for what is left (the stem restored:
// حكومت → حكومة) times a weight per clitic; the whole of r is scored by its
// own frequency, scaled down when r has no "family": forms that could not
// exist if the cut were right (البحلول, لبحلول for بحلول = ب+حلول). The
// cut whose score is the largest multiple of the whole's wins, if any
// beats it.
func (lx *lexicon) cut(r string, self int32, level int, encl bool) (analysis, float64) {
	whole := analysis{stem: -1}
	if self == selfUnknown {
		self = lx.tab.find(r)
	}
	fw, evidence := 0.0, 0.0
	if self >= 0 {
		fw = float64(lx.tab.freq(self))
		evidence = fw
	} else {
		evidence = prior(r)
	}
	if len(r) < 4 || len(r) > 240 || !twoByteLetters(r) {
		return whole, evidence
	}
	atomic := lx.atomic[r]
	if atomic && !lx.hosts[r] {
		return whole, evidence
	}
	fam := family{lx: lx, n: r}
	best, bestMargin, bestScore := whole, 1.0, 0.0
	try := func(a analysis, score float64, hasConj, hasPre, hasEnc bool) {
		if score <= 0 {
			return
		}
		w := priorWhole
		if self >= 0 {
			w = fw * fam.weight(fw, hasConj, hasPre, hasEnc)
		}
		if m := score / w; m > bestMargin {
			best, bestMargin, bestScore = a, m, score
		}
	}

	if level <= levelConj && !atomic && len(r) >= 6 {
		for c := 0; c < 2; c++ {
			conj, kc := kWaw, kConjW
			if c == 1 {
				conj, kc = kFeh, kConjF
			}
			if !strings.HasPrefix(r, conj) {
				continue
			}
			sub, e := lx.cut(r[2:], selfUnknown, levelPrep, encl)
			if sub.npre == 0 && sub.suf == 0 && (c == 1 || !lx.isArticle(r[2:])) {
				// (و before the article is trusted even when the
				// rest is unknown: والثلاثون)
				e = lx.capUnknown(e, self, r[2:])
			}
			score := e * kc
			if c == 0 && self < 0 && len(r) >= 8 && !foreignW(r[2:]) {
				// An unknown word that starts with و is most often
				// the conjunction and a rare word or name (وجلعت,
				// وآدنبروك), unless what follows looks like the
				// vowel of a foreign W (ويليس, وايلكس, وولمار).
				score = max(score, priorWhole*kUnkWaw)
			}
			sub.npre++
			try(sub, score, true, true, sub.suf > 0)
		}
	}

	if level <= levelPrep && !atomic {
		for p := 0; p < 4; p++ {
			var pre string
			var kp float64
			switch p {
			case 0:
				pre, kp = kBeh, kPrepB
			case 1:
				pre, kp = kLam, kPrepL
			case 2:
				pre, kp = kKaf, kPrepK
			case 3:
				pre, kp = kSeen, kFutS
			}
			if !strings.HasPrefix(r, pre) {
				continue
			}
			r2 := r[2:]
			// ل+ه, ب+ها: the preposition takes the pronoun itself.
			if (p == 0 || p == 1) && lx.pronoun(r2) > 0 && !(p == 0 && r2 == kYeh) {
				try(analysis{npre: 1, suf: uint8(len(r2)), flags: anaNoStem, stem: -1}, 1e12, false, true, true)
				continue
			}
			if len(r2) < 4 {
				continue
			}
			if p == 3 {
				// The future س, before an imperfect verb only.
				if !imperfectStart(r2) || len(r2) < 6 || lx.closed(r2) {
					continue
				}
				if strings.HasPrefix(r2, kAlef) && lx.freqOf(kAl, r2) > 0 {
					// The first person, rare in the news, and a noun
					// in أ: ساهم is no س + أهم.
					continue
				}
				sub, e := lx.cut(r2, selfUnknown, levelEncl, encl)
				if lx.known(r2) || sub.suf > 0 {
					sub.npre++
					try(sub, e*kp, false, true, sub.suf > 0)
				}
				continue
			}
			if p == 1 && strings.HasPrefix(r2, kLam) && len(r2) >= 4 {
				// ل + ال with the alef dropped: للسلطة = ل + السلطة.
				var buf [256]byte
				b := append(append(buf[:0], kAlef...), r2...)
				if i := lx.tab.find(string(b)); i >= 0 {
					try(analysis{npre: 1, flags: anaLamAl, stem: i}, float64(lx.tab.freq(i))*kLamAl, false, true, false)
				} else if len(r2) >= 8 {
					try(analysis{npre: 1, flags: anaLamAl, stem: -1}, lx.capUnknown(priorAl, self, r2)*kLamAl, false, true, false)
				}
				b = append(append(buf[:0], kAl...), r2...)
				if i := lx.tab.find(string(b)); i >= 0 {
					try(analysis{npre: 1, flags: anaLamAl, stem: i}, float64(lx.tab.freq(i))*kLamAl, false, true, false)
				}
			}
			if lx.noPrep[r2] || (strings.HasPrefix(r2, kLam) || strings.HasPrefix(r2, kBeh)) && lx.pronoun(r2[2:]) > 0 {
				continue // no preposition before a preposition: كلي is no ك + ل + ي
			}
			if lx.isArticle(r2) {
				kp *= kArticle
			}
			sub, e := lx.cut(r2, selfUnknown, levelEncl, encl)
			if sub.npre == 0 && sub.suf == 0 && !lx.isArticle(r2) {
				// (a preposition before the article is the one
				// unknown rest a known word is trusted with: بالكاد)
				e = lx.capUnknown(e, self, r2)
			}
			if sub.suf > 0 && lx.atomic[pre+r2[:len(r2)-int(sub.suf)]] {
				continue // كأنها is كأن + ها, not ك + أن + ها
			}
			if sub.suf > 0 && sub.npre == 0 && lx.noPrep[r2[:len(r2)-int(sub.suf)]] {
				continue // nor does one come before a preposition with its pronoun: لبيني
			}
			if sub.suf == 0 && !strings.HasPrefix(r2, kAl) {
				// A preposition governs a noun: weigh the stem by how
				// much it is seen with the article (بخصوص: الخصوص),
				// down when never (باتت is no ب + أتت).
				al := lx.freqOf(kAl, r2)
				switch {
				case len(r2) < 6:
					// two letters: ال before them is as often a
					// hamza lost to normalization (القي is ألقى)
				case al == 0 && p == 1 && imperfectStart(r2):
					// ل before an imperfect verb: ليقفل
				case al == 0:
					e *= nounNone
				case e < 1:
					e = al
				default:
					e *= 1 + min(nounMax, nounMax*al/e)
				}
			}
			sub.npre++
			try(sub, e*kp, false, true, sub.suf > 0)
		}
	}

	var encls uint16 // the enclitics that end in r's last letter
	if encl {
		encls = encliticsByLast(r)
	}
	for ; encls != 0; encls &= encls - 1 {
		e := &enclitics[bits.TrailingZeros16(encls)]
		if !strings.HasSuffix(r, e.key) || len(r)-len(e.key) < 4 {
			continue
		}
		s := r[:len(r)-len(e.key)]
		sc, idx, keySelf := lx.restoredStem(s, e.alefY)
		if sc <= 0 {
			continue
		}
		key := s
		if idx >= 0 {
			key, keySelf = lx.tab.key(idx), idx
		}
		if lx.noEncl[key] || lx.articleNoun(key) {
			continue // the article takes no pronoun suffix
		}
		if lx.noPronoun[key] && lx.freqOf(key, kTeh) == 0 {
			// A function word that is no host: أمانا is no أما + نا.
			// (A verb of the same key, seen in the perfect with ت,
			// takes its object: بدأها, of بدأ as بدا.)
			continue
		}
		if len(s) == 4 && s[2:] == kAlef && letterFlags(s[0], s[1])&flagProclitic != 0 {
			continue // a proclitic and the alef of a word: بأهم is ب + أهم
		}
		ke := e.k
		switch {
		case e.hosts == hostsNi && lx.niHosts[key], e.hosts == hostsYa && lx.yaHosts[key], e.hosts == hostAll && lx.hosts[key]:
			ke = e.host
		case e.hosts == hostsYa && idx >= 0 && strings.HasSuffix(key, kTehM):
			// A noun in ة with its ت before ي is no nisba adjective
			// (those drop the ة: حكومي): محطتي = محطة + ي.
			ke = kYaTehM
		case e.hosts == hostAll:
			var ok bool
			if ke, ok = lx.pronounWeight(e, s, key, sc, fw); !ok {
				continue
			}
		}
		if ke <= 0 || ke < e.host && ke < 0.1 && len(key) < 6 {
			continue // a rare pronoun on a two-letter stem: باك, بانك
		}
		a := analysis{suf: uint8(len(e.key)), stem: idx}
		if level < levelEncl && len(key) >= 6 {
			// The stem may carry proclitics of its own: وغيرها is
			// و + غير + ها, not وغير + ها.
			if sub, _ := lx.cut(key, keySelf, level, false); sub.npre > 0 && sub.flags&anaNoStem == 0 {
				if sub.flags&anaLamAl != 0 || lx.articleNoun(key[2*sub.npre:]) {
					continue // the article takes no pronoun suffix
				}
				if st := key[2*sub.npre:]; lx.noPronoun[st] {
					continue // nor does a function word: بلاك is no ب + لا + ك
				}
				a.npre = sub.npre
				a.stem = sub.stem
				if a.stem < 0 && idx >= 0 {
					a.stem = lx.tab.find(key[2*sub.npre:])
				}
			}
		}
		try(a, sc*ke, a.npre > 0 && (key[:2] == kWaw || key[:2] == kFeh), a.npre > 0, true)
	}

	if bestScore > evidence {
		evidence = bestScore
	}
	return best, evidence
}

// pronounWeight weighs the evidence that a word seen fw times (0: not in
// the lexicon) is the stem s (restored: key, whose evidence is sc) and the
// pronoun e, for a stem that is no closed-class host. It returns the
// weight of the pronoun, and false when the cut is not to be tried.
//
// A stem that truly takes pronouns is seen with those of the third person,
// by far the most frequent in the news, and not much less often than with
// this one: a word that is the only one of its kind is likely a name
// (مايك, إريك, جيه) or a word of its own (يتمكن). So the second person,
// rare outside quotes, and any pronoun on a stem of two letters, need the
// other forms; on a stem of two or three letters the second person needs
// a noun (one seen with the article, by more than a name's tail: الدي is
// rare beside دي). نا after a verb in the perfect (one seen with the
// suffix ت: بدأت) is mostly its subject, which stays on it (بدأنا,
// أكدنا); after a noun it is "our" (شعبنا), after an imperfect verb "us"
// (يمكننا).
func (lx *lexicon) pronounWeight(e *enclitic, s, key string, sc, fw float64) (float64, bool) {
	ke := e.k
	second := e.key[:2] == kKaf
	na := e.key == kNoon+kAlef
	// (ال and one letter is as short: التهم is no الت + هم.)
	short := len(s) <= 4 || len(s) == 6 && strings.HasPrefix(s, kAl)
	if !second && !na && !short {
		return ke, true
	}
	var fs [5]affixed
	var fr [5]float64
	fs[0] = affixed{"", s, string(Heh)}
	fs[1] = affixed{"", s, string(Heh) + kAlef}
	fs[2] = affixed{"", s, string(Heh) + string(Meem)}
	fs[3] = affixed{kAl, key, ""}
	fs[4] = affixed{"", s, kTeh}
	lx.tab.freqs(fs[:], fr[:])
	third, al, perf := fr[0]+fr[1]+fr[2], fr[3], fr[4]
	if e.key[:2] == string(Heh) && len(e.key) <= 4 && e.key != string(Heh)+kNoon {
		third = max(0, third-fw) // the others than this word: ه ها هم
	}
	if al > 0 && len(key) == 4 && lx.nonDet[kAl+key] {
		al = 0 // التي is no ال + تي
	}
	noun := al > 0 && al+third >= kNounShare*sc
	paradigm := third > 0 && third >= kParadigm*fw
	switch {
	case second:
		if !paradigm || len(s) <= 6 && !noun {
			return 0, false
		}
	case short && !paradigm && !(noun && al >= kNounParadigm*fw):
		return 0, false
	}
	if na {
		switch {
		case noun:
			ke = kNaNoun * (al + third) / (al + third + kPerfect*perf)
		case perf == 0 && len(s) >= 8 && imperfectStart(s):
			// an imperfect verb, seen with no other pronoun: يهاجموننا
		case perf >= third:
			return 0, false // a verb seen more in the perfect than with objects: أكدنا
		default:
			ke *= third / (third + kPerfect*perf)
		}
	}
	if short {
		ke *= kShortStem
	}
	return ke, ke > 0
}

// capUnknown caps the evidence e for an unknown rest r of a known word
// (self >= 0): a word seen in the news is not explained by one that was
// not (فالنتينو is no ف + النتينو).
func (lx *lexicon) capUnknown(e float64, self int32, r string) float64 {
	if self >= 0 && e > priorKnownCap && !lx.known(r) {
		return priorKnownCap
	}
	return e
}

// foreignW reports whether r, after an initial و, starts with a long vowel
// letter, as names with W do (ويليس, وايلكس, وولمار).
func foreignW(r string) bool {
	return strings.HasPrefix(r, kYeh) || strings.HasPrefix(r, kAlef) || strings.HasPrefix(r, kWaw)
}

// prior is the evidence for an unknown word r.
func prior(r string) float64 {
	switch {
	case len(r) >= 10 && strings.HasPrefix(r, kAl):
		return priorAl
	case len(r) >= 6:
		return priorUnk
	}
	return 0
}

// closed reports whether s is a function word.
func (lx *lexicon) closed(s string) bool {
	return lx.atomic[s] || lx.noPrep[s] || lx.noEncl[s] || lx.hosts[s]
}

// freqOf returns the frequency of the word pre + s.
func (lx *lexicon) freqOf(pre, s string) float64 {
	var buf [256]byte
	if len(pre)+len(s) > len(buf) {
		return 0
	}
	b := append(append(buf[:0], pre...), s...)
	if i := lx.tab.find(string(b)); i >= 0 {
		return float64(lx.tab.freq(i))
	}
	return 0
}

func (lx *lexicon) known(s string) bool {
	return lx.tab.find(s) >= 0
}

// pronoun reports the length of r when r is exactly a pronoun suffix.
func (lx *lexicon) pronoun(r string) int {
	for _, e := range enclitics {
		if r == e.key {
			return len(r)
		}
	}
	return 0
}

// restoredStem returns the evidence for s as the stem before a pronoun
// suffix, trying the forms it has alone: حكومت → حكومة, مستوا → مستوى,
// كتبو → كتبوا, أبناؤ → أبناء. idx is the lexicon position of the restored
// form when it differs from s; self is that of s, or selfNoWord.
func (lx *lexicon) restoredStem(s string, alefY bool) (best float64, idx, self int32) {
	idx, self = -1, selfNoWord
	if i := lx.tab.find(s); i >= 0 {
		best, self = float64(lx.tab.freq(i)), i
	}
	var buf [256]byte
	last := s[len(s)-2:]
	var alt []byte
	switch last {
	case kTeh:
		alt = append(append(buf[:0], s[:len(s)-2]...), kTehM...)
	case kAlef:
		if alefY {
			alt = append(append(buf[:0], s[:len(s)-2]...), kYeh...)
		}
	case string(Waw):
		alt = append(append(buf[:0], s...), kAlef...)
	case string(WawHamza), string(YehHamza):
		alt = append(append(buf[:0], s[:len(s)-2]...), kHamza...)
	}
	if alt != nil {
		if i := lx.tab.find(string(alt)); i >= 0 && float64(lx.tab.freq(i)) > best {
			best, idx = float64(lx.tab.freq(i)), i
		}
	}
	return best, idx, self
}

// isArticle reports whether key starts with the article ال followed by at
// least two letters, and is not one of the words whose ال is no article.
func (lx *lexicon) isArticle(key string) bool {
	return len(key) >= 8 && strings.HasPrefix(key, kAl) && !lx.nonDet[key]
}

// articleNoun reports whether key is ال and three letters or more: a noun
// with the article, which takes no pronoun suffix. (ال and two letters may
// be a verb that lost its hamza to normalization: ألغى, ألقى.)
func (lx *lexicon) articleNoun(key string) bool {
	return len(key) >= 10 && lx.isArticle(key)
}

// imperfectStart reports whether r starts with a prefix of the imperfect
// verb (ي ت ن أ), as a stem after the future س must.
func imperfectStart(r string) bool {
	return strings.HasPrefix(r, kYeh) || strings.HasPrefix(r, kTeh) || strings.HasPrefix(r, kNoon) || strings.HasPrefix(r, kAlef)
}

// twoByteLetters reports whether s is made of two-byte runes only, as a key
// of Arabic letters is.
func twoByteLetters(s string) bool {
	if len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 0xC0 || s[i] >= 0xE0 || s[i+1]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// family measures the forms of a word that show it is a word of its own:
// the article or a preposition before it (البحلول, لبحلول), a conjunction
// before it (ووقال) and a pronoun after it (وجهه).
type family struct {
	lx   *lexicon
	n    string
	done bool
	pre  float64 // ال ب ل ك + n
	conj float64 // و ف + n
	al   float64 // ال + n
	enc  float64 // n + ه ها هم
}

func (f *family) compute() {
	f.done = true
	// The forms, looked up together so that their cache misses overlap,
	// then summed in this order.
	var fs [10]affixed
	var fr [10]float64
	n, k := f.n, 0
	add := func(pre, word, suf string) {
		fs[k] = affixed{pre, word, suf}
		k++
	}
	add(kAl, n, "")
	acc := strings.HasSuffix(n, kAlef) && len(n) >= 10
	if acc {
		// An indefinite accusative takes no article, but its noun
		// does: وكيلا is a word of its own because الوكيل is.
		add(kAl, n[:len(n)-2], "")
	}
	add(kBeh, n, "")
	add(kKaf, n, "")
	lam := !strings.HasPrefix(n, kLam) // ل + لتخفيف is written as ل + التخفيف is: no family.
	if lam {
		add(kLam, n, "")
	}
	add(kWaw, n, "")
	add(kFeh, n, "")
	if strings.HasSuffix(n, kTehM) {
		stem := n[:len(n)-2]
		add("", stem, kTeh+string(Heh))
		add("", stem, kTeh+string(Heh)+kAlef)
		add("", stem, kTeh+string(Heh)+string(Meem))
	} else {
		add("", n, string(Heh))
		add("", n, string(Heh)+kAlef)
		add("", n, string(Heh)+string(Meem))
	}
	f.lx.tab.freqs(fs[:k], fr[:k])
	g := fr[:k]
	next := func() float64 {
		v := g[0]
		g = g[1:]
		return v
	}
	f.al = next()
	if acc {
		f.al += next()
	}
	f.pre = f.al + next() + next()
	if lam {
		f.pre += next()
	}
	f.conj = next() + next()
	f.enc = next() + next() + next()
}

// weight scales the frequency of the whole word by how much of its family
// is seen that the cut in question rules out.
func (f *family) weight(fw float64, hasConj, hasPre, hasEnc bool) float64 {
	if !f.done {
		f.compute()
	}
	var F float64
	if hasPre {
		F += f.pre
	}
	if hasConj {
		F += f.conj
	}
	if hasEnc {
		F += f.enc
		if !hasPre {
			F += f.al
		}
	}
	floor := famFloor
	if fw > famCommon {
		// A frequent word never seen with a form of its own family is
		// likely no word of its own (بشكل, بسبب).
		floor *= math.Sqrt(famCommon / fw)
	}
	r := F / fw / famFull
	if r > famMax {
		r = famMax
	}
	return floor + (1-floor)*r
}
