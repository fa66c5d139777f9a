package ner

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// featureVersion names the feature set. A model records the version it was
// trained with, and FromBytes refuses a model of another version: its
// weights would be keyed by features this code no longer computes.
const featureVersion = 4

// word is what the features know of one word.
type word struct {
	raw   string // the word as given
	key   string // arabic.Key of the word
	stem  string // key of the stem, clitics cut off
	cl    string // the clitics: proclitic keys, '+', enclitic key
	shape uint8
	freq  uint8 // bucket of the stem's frequency in the segmenter's lexicon
	gaz   uint8 // gazetteer bits of key and stem
	// strip is the key with a leading conjunction and preposition cut
	// off whether the segmenter knows the rest or not (وطلوزة → طلوزة),
	// for names the lexicon has never seen; "" when nothing is cut.
	strip string
	sfreq uint8  // frequency bucket of strip
	sgaz  uint8  // gazetteer bits of strip and of strip without ال
	cf    uint16 // fine cluster + 1 of the stem, 0 if none
	cc    uint8  // coarse cluster + 1
	// What the second pass knows: the first pass's tag of the word, and
	// how the first pass tagged the same stem in the sentences around:
	// the most frequent entity type and whether it beats O (see setDoc).
	t1    string
	dtype string
	dmost uint8
	// The phrase of the gazetteer the word is in: its class and the
	// word's position (see markPhrases).
	lexc, lexp uint8
	cls        uint8 // class of the word (see classOf)
	extc, extp uint8 // the same for the outside lists (extPers …)
}

// Shapes of words.
const (
	shapeArabic  = iota + 1 // Arabic letters only
	shapeArabicX            // Arabic letters with other characters
	shapeLatin              // Latin letters (and digits)
	shapeLatinUp            // Latin, starting with a capital
	shapeNumber             // digits and number separators
	shapePunct              // punctuation and symbols
	shapeOther
)

// sentinels stand for the words before and after the sentence.
var (
	wordBOS = word{raw: "<s>", key: "<s>", stem: "<s>", shape: 0}
	wordEOS = word{raw: "</s>", key: "</s>", stem: "</s>", shape: 0}
)

// featurizer computes the features of words. It is safe for concurrent
// use.
type featurizer struct {
	seg *arabic.Segmenter
	gaz *Gazetteer
	clu *Clusters
}

// describe fills w with what the features need to know of the word s.
// segs is scratch space, returned for reuse.
func (f *featurizer) describe(w *word, s string, segs []arabic.Segment) []arabic.Segment {
	key := arabic.Key(s, 0)
	*w = word{raw: s, key: key, stem: key, shape: shapeOf(key)}
	if w.shape == shapeArabic && f.seg != nil {
		segs = f.seg.AppendSegments(segs[:0], arabic.Token{Text: s, Norm: key, End: len(s), Kind: arabic.Word})
		if len(segs) > 1 {
			var b strings.Builder
			for _, g := range segs {
				switch g.Kind {
				case arabic.SegStem:
					w.stem = g.Norm
					b.WriteByte('+')
				case arabic.SegProclitic, arabic.SegDeterminer, arabic.SegEnclitic:
					b.WriteString(g.Norm)
				}
			}
			w.cl = b.String()
		}
	}
	if f.seg != nil && (w.shape == shapeArabic || w.shape == shapeArabicX) {
		if n, ok := f.seg.Known(w.stem); ok {
			w.freq = uint8(1 + bits.Len32(n)) // 2 … 33
		} else {
			w.freq = 1
		}
	}
	if f.gaz != nil {
		w.gaz = f.gaz.lookup(key) | f.gaz.lookup(w.stem)
	}
	if w.shape == shapeArabic {
		w.strip = stripProclitics(key)
		if w.strip != "" {
			w.sfreq = 1
			if f.seg != nil {
				if n, ok := f.seg.Known(w.strip); ok {
					w.sfreq = uint8(1 + bits.Len32(n))
				}
			}
			if f.gaz != nil {
				w.sgaz = f.gaz.lookup(w.strip) | f.gaz.lookup(strings.TrimPrefix(w.strip, "ال"))
			}
		}
	}
	w.cls = classOf(w)
	if f.clu != nil {
		w.cf, w.cc = f.clu.of(w.stem)
		if w.cf == 0 && w.strip != "" {
			w.cf, w.cc = f.clu.of(w.strip)
		}
	}
	return segs
}

// stripProclitics cuts a leading و or ف, then a leading ب ل or ك, off
// the key s, as long as three letters are left; it returns "" when it cuts
// nothing. لل is cut to ال.
func stripProclitics(s string) string {
	r := s
	if strings.HasPrefix(r, "و") || strings.HasPrefix(r, "ف") {
		r = r[len("و"):]
	}
	switch {
	case strings.HasPrefix(r, "لل"):
		r = "ا" + r[len("ل"):]
	case strings.HasPrefix(r, "ب"), strings.HasPrefix(r, "ل"), strings.HasPrefix(r, "ك"):
		r = r[len("ب"):]
	}
	if r == s || utf8.RuneCountInString(r) < 3 {
		return ""
	}
	return r
}

// shapeOf classifies a key.
func shapeOf(s string) uint8 {
	var arab, latin, digit, other bool
	first := true
	up := false
	for _, r := range s {
		switch {
		case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F:
			if unicode.IsLetter(r) {
				arab = true
			} else {
				other = true
			}
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x00C0 && r < 0x0250:
			if first {
				up = unicode.IsUpper(r)
			}
			latin = true
		case r >= '0' && r <= '9':
			digit = true
		case r == '.' || r == ',' || r == '%':
			if !digit {
				other = true
			}
		default:
			other = true
		}
		first = false
	}
	switch {
	case arab && !latin && !digit && !other:
		return shapeArabic
	case arab:
		return shapeArabicX
	case latin && up:
		return shapeLatinUp
	case latin:
		return shapeLatin
	case digit && !other:
		return shapeNumber
	case other && !digit:
		return shapePunct
	}
	return shapeOther
}

// lenBucket buckets the rune count of s.
func lenBucket(s string) uint8 {
	n := utf8.RuneCountInString(s)
	switch {
	case n <= 5:
		return uint8(n)
	case n <= 7:
		return 6
	}
	return 7
}

// prefix returns the first n runes of s, or "" when s is not longer.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return ""
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i >= len(s) {
		return ""
	}
	return s[:i]
}

// suffix returns the last n runes of s, or "" when s is not longer.
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return ""
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	if i <= 0 {
		return ""
	}
	return s[i:]
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fh builds the hash of one feature: a template number, then strings and
// small values, each followed by a separator.
type fh uint64

func tmpl(t uint8) fh { return fh((fnvOffset ^ uint64(t)) * fnvPrime) }

func (h fh) s(s string) fh {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * fnvPrime
	}
	return fh((x ^ 0xff) * fnvPrime)
}

func (h fh) b(v uint8) fh { return fh((uint64(h) ^ uint64(v) ^ 0x100) * fnvPrime) }

// sum finishes a hash; 0 is kept free for empty table slots.
func (h fh) sum() uint64 {
	x := uint64(h)
	x ^= x >> 29
	if x == 0 {
		x = 1
	}
	return x
}

// appendFeatures appends the hashes of the features of word i of ws, which
// holds two sentinels on either side of the sentence: the sentence's
// words are ws[2:len(ws)-2].
// With stacked, the features of the second pass are added.
func appendFeatures(dst []uint64, ws []word, i int, stacked bool) []uint64 {
	dst = appendBase(dst, ws, i)
	if stacked {
		dst = appendStacked(dst, ws, i)
	}
	return dst
}

// appendBase appends the hashes of the features both passes see.
func appendBase(dst []uint64, ws []word, i int) []uint64 {
	w := &ws[i]
	p1, p2, n1, n2 := &ws[i-1], &ws[i-2], &ws[i+1], &ws[i+2]
	add := func(h fh) { dst = append(dst, h.sum()) }
	add(tmpl(1))
	add(tmpl(2).s(w.key))
	if w.raw != w.key {
		add(tmpl(3).s(w.raw))
	}
	add(tmpl(4).s(w.stem))
	add(tmpl(5).s(w.cl))
	if p := prefix(w.stem, 2); p != "" {
		add(tmpl(6).s(p))
	}
	if p := prefix(w.stem, 3); p != "" {
		add(tmpl(7).s(p))
	}
	if s := suffix(w.key, 1); s != "" {
		add(tmpl(8).s(s))
	}
	if s := suffix(w.key, 2); s != "" {
		add(tmpl(9).s(s))
	}
	if s := suffix(w.key, 3); s != "" {
		add(tmpl(10).s(s))
	}
	if s := suffix(w.stem, 2); s != "" {
		add(tmpl(11).s(s))
	}
	add(tmpl(12).b(w.shape).b(lenBucket(w.key)))
	add(tmpl(13).b(w.freq))
	add(tmpl(14).b(w.gaz))
	add(tmpl(15).s(p1.key))
	add(tmpl(16).s(p2.key))
	add(tmpl(17).s(n1.key))
	add(tmpl(18).s(n2.key))
	add(tmpl(19).s(p1.stem))
	add(tmpl(20).s(n1.stem))
	add(tmpl(21).s(p1.key).s(w.key))
	add(tmpl(22).s(w.key).s(n1.key))
	add(tmpl(23).b(p1.shape).b(w.shape).b(n1.shape))
	add(tmpl(24).b(p1.freq).b(w.freq))
	add(tmpl(25).b(w.freq).b(n1.freq))
	add(tmpl(26).b(p1.gaz).b(w.gaz))
	add(tmpl(27).b(w.gaz).b(n1.gaz))
	add(tmpl(28).s(suffix(p1.key, 2)))
	add(tmpl(29).s(suffix(n1.key, 2)))
	add(tmpl(30).s(p1.cl).s(w.cl))
	add(tmpl(31).s(p2.key).s(p1.key))
	add(tmpl(32).s(n1.key).s(n2.key))
	if w.strip != "" {
		add(tmpl(33).s(w.strip))
		add(tmpl(34).b(w.sgaz).b(w.sfreq))
	}
	add(tmpl(35).s(prefix(w.key, 1)).b(w.freq))
	add(tmpl(36).s(p1.key).b(w.freq))
	add(tmpl(37).s(n1.key).b(w.freq))
	if p := prefix(w.key, 2); p != "" {
		add(tmpl(38).s(p))
	}
	if s, ok := strings.CutPrefix(w.stem, "ال"); ok {
		add(tmpl(39).s(s))
	}
	add(tmpl(40).b(uint8(w.cf)).b(uint8(w.cf >> 8)))
	add(tmpl(41).b(w.cc))
	add(tmpl(42).b(uint8(p1.cf)).b(uint8(p1.cf >> 8)))
	add(tmpl(43).b(uint8(n1.cf)).b(uint8(n1.cf >> 8)))
	add(tmpl(44).b(p1.cc).b(w.cc).b(n1.cc))
	add(tmpl(45).b(p2.cc))
	add(tmpl(46).b(n2.cc))
	if w.lexc != 0 {
		add(tmpl(70).b(w.lexc).b(w.lexp))
	}
	if p1.lexc != 0 {
		add(tmpl(71).b(p1.lexc).b(p1.lexp))
	}
	if n1.lexc != 0 {
		add(tmpl(72).b(n1.lexc).b(n1.lexp))
	}
	if p2.lexc != 0 {
		add(tmpl(73).b(p2.lexc).b(p2.lexp))
	}
	if n2.lexc != 0 {
		add(tmpl(74).b(n2.lexc).b(n2.lexp))
	}
	if w.extc != 0 {
		add(tmpl(75).b(w.extc).b(w.extp))
		add(tmpl(76).b(w.extc).b(w.extp).b(w.lexc))
	}
	if p1.extc != 0 {
		add(tmpl(77).b(p1.extc).b(p1.extp))
	}
	if n1.extc != 0 {
		add(tmpl(78).b(n1.extc).b(n1.extp))
	}
	// Word classes (classes.go): a word that heads or precedes names of
	// a kind, here or up to four words to the left.
	add(tmpl(80).b(w.cls))
	add(tmpl(81).b(p1.cls))
	add(tmpl(82).b(p2.cls))
	add(tmpl(83).b(n1.cls))
	add(tmpl(84).b(p1.cls).b(w.gaz).b(w.freq))
	add(tmpl(85).b(p1.cls).b(p2.cls))
	for d := 1; d <= 4 && i-d >= 0; d++ {
		if c := ws[i-d].cls; c != 0 {
			add(tmpl(86).b(c).b(uint8(d)))
			break
		}
	}
	add(tmpl(110).b(p1.cls).b(w.extc).b(w.extp))
	add(tmpl(111).b(p1.extc).b(w.extc).b(n1.extc))
	add(tmpl(112).b(n2.cls))
	add(tmpl(113).b(w.cls).b(n1.gaz).b(n1.lexc))
	add(tmpl(114).s(w.stem).b(n1.cls))
	add(tmpl(115).s(p1.stem).b(w.freq).b(w.extc))
	// Conjunctions.
	add(tmpl(90).s(p1.stem).s(w.stem))
	add(tmpl(91).s(w.stem).s(n1.stem))
	add(tmpl(92).s(w.cl).b(w.shape).b(w.freq))
	add(tmpl(93).s(p1.key).s(n1.key))
	add(tmpl(94).b(w.gaz).b(w.lexc).b(p1.lexc).b(n1.lexc))
	add(tmpl(95).s(p1.cl).b(w.freq).b(w.gaz))
	// More letters of the stem.
	if s := suffix(w.stem, 3); s != "" {
		add(tmpl(100).s(s))
	}
	if p := prefix(w.stem, 4); p != "" {
		add(tmpl(101).s(p))
	}
	if s := suffix(w.stem, 4); s != "" {
		add(tmpl(102).s(s))
	}
	if s := suffix(w.stem, 1); s != "" {
		add(tmpl(103).s(s).b(w.freq))
	}
	return dst
}

// appendStacked appends the hashes of the features only the second pass
// sees: the first pass's tags, and how the same words were tagged nearby.
func appendStacked(dst []uint64, ws []word, i int) []uint64 {
	w := &ws[i]
	p1, n1 := &ws[i-1], &ws[i+1]
	add := func(h fh) { dst = append(dst, h.sum()) }
	add(tmpl(60).s(w.t1))
	add(tmpl(61).s(p1.t1).s(w.t1))
	add(tmpl(62).s(w.t1).s(n1.t1))
	add(tmpl(63).s(w.dtype).b(w.dmost))
	add(tmpl(64).s(w.dtype).b(w.dmost).s(w.t1))
	add(tmpl(65).s(p1.dtype).b(p1.dmost).s(w.dtype).b(w.dmost))
	add(tmpl(66).s(w.dtype).b(w.dmost).s(n1.dtype).b(n1.dmost))
	return dst
}

// docWindow is how many sentences on either side of a word the second
// pass looks at for other occurrences of its stem: about a news article.
const docWindow = 10

// docKey is the key by which occurrences of a word are matched across
// sentences, or "" for words not matched.
func docKey(w *word) string {
	if w.shape != shapeArabic && w.shape != shapeLatinUp || utf8.RuneCountInString(w.stem) < 2 {
		return ""
	}
	return w.stem
}

// setDoc gives the words of the sentences of a document (each with its
// sentinels) what the second pass knows of them, from the first pass's
// tags (indexes in tags).
func setDoc(doc [][]word, t1 [][]uint8, tags []string) {
	// Entity types: 0 is O.
	typeOf := make([]int, len(tags))
	var types []string
	for i, t := range tags {
		if t == "O" {
			continue
		}
		j := slices.Index(types, t[2:])
		if j < 0 {
			j = len(types)
			types = append(types, t[2:])
		}
		typeOf[i] = j + 1
	}
	nty := len(types) + 1
	counts := map[string][]int32{}
	add := func(s int, d int32) {
		for i := range t1[s] {
			k := docKey(&doc[s][i+2])
			if k == "" {
				continue
			}
			c := counts[k]
			if c == nil {
				c = make([]int32, nty)
				counts[k] = c
			}
			c[typeOf[t1[s][i]]] += d
		}
	}
	for s := 0; s <= docWindow && s < len(doc); s++ {
		add(s, 1)
	}
	for s := range doc {
		for i, t := range t1[s] {
			w := &doc[s][i+2]
			w.t1, w.dtype, w.dmost = tags[t], "", 0
			k := docKey(w)
			if k == "" {
				continue
			}
			c := counts[k]
			self := typeOf[t]
			best, arg, ent := int32(0), 0, int32(0)
			for ty := 1; ty < nty; ty++ {
				n := c[ty]
				if ty == self {
					n--
				}
				ent += n
				if n > best {
					best, arg = n, ty
				}
			}
			o := c[0]
			if self == 0 {
				o--
			}
			switch {
			case ent == 0 && o == 0:
				w.dmost = 1 // alone
			case ent == 0:
				w.dmost = 2 // always O
			case best > o:
				w.dtype, w.dmost = types[arg-1], 3
			default:
				w.dtype, w.dmost = types[arg-1], 4
			}
		}
		if s-docWindow >= 0 {
			add(s-docWindow, -1)
		}
		if s+docWindow+1 < len(doc) {
			add(s+docWindow+1, 1)
		}
	}
}
