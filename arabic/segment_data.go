package arabic

//go:generate go run gen_stems.go

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math/bits"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// stemsGz is the segmenter's lexicon: one "word<TAB>freq" line per
// normalized news word, most frequent first, after a "#" header line that
// names its source, date and count. gen_stems.go builds it.
//
//go:embed data/stems.txt.gz
var stemsGz []byte

// analysesBin holds the analysis of every word of stemsGz, as computed by
// this package's rules, so that start-up need not compute them: see
// encodeAnalyses for its format. TestAnalysesUpToDate checks it against
// the rules and rewrites it with -update.
//
//go:embed data/analyses.bin
var analysesBin []byte

// lexicon is the word list the segmenter decides by, with each word's best
// analysis computed once when it is loaded.
type lexicon struct {
	// tab holds every word with its frequency and analysis. A word is
	// named by its position in tab (an int32, -1 for none), as the stem of
	// an analysis is.
	tab wordTable

	// closed classes, normalized
	atomic  map[string]bool // function words never cut into proclitic + rest
	noPrep  map[string]bool // words that no preposition ب ل ك comes before
	noEncl  map[string]bool // words that take no pronoun suffix
	hosts   map[string]bool // particles and prepositions that take pronoun suffixes
	nonDet  map[string]bool // words starting with ال whose ال is not the article
	niHosts map[string]bool // words that take ني: إنني, لكنني
	yaHosts map[string]bool // words that take ي: مني, عندي
	// noPronoun holds the closed-class words that are no host (and so
	// take no pronoun suffix), noEncl among them.
	noPronoun map[string]bool
}

// loadLexicon parses the embedded lexicon once.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	return parseLexicon(stemsGz, analysesBin)
})

// parseLexicon reads a gzipped lexicon in the stems.txt.gz format. pre
// holds its words' analyses precomputed (encodeAnalyses); when pre is not
// for this lexicon, they are computed, which takes most of the time.
func parseLexicon(gz, pre []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("arabic: segmenter lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("arabic: segmenter lexicon: %w", err)
	}
	// The keys are copied into one arena, in the order of the lexicon.
	all := string(raw)
	n := strings.Count(all, "\n")
	var b tableBuilder
	b.init(n, len(all))
	off, line := 0, 0
	for len(all) > off {
		end := strings.IndexByte(all[off:], '\n')
		if end < 0 {
			end = len(all) - off
		}
		row := all[off : off+end]
		off += end + 1
		line++
		if row == "" || row[0] == '#' {
			continue
		}
		tab := strings.IndexByte(row, '\t')
		if tab <= 0 {
			return nil, fmt.Errorf("arabic: segmenter lexicon line %d: no tab", line)
		}
		f, err := strconv.ParseUint(row[tab+1:], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("arabic: segmenter lexicon line %d: %w", line, err)
		}
		if err := b.add(Key(row[:tab], 0), uint32(f)); err != nil {
			return nil, fmt.Errorf("arabic: segmenter lexicon line %d: %w", line, err)
		}
	}
	if b.n+len(b.t.longs) == 0 {
		return nil, fmt.Errorf("arabic: segmenter lexicon is empty")
	}
	lx := &lexicon{tab: b.table()}
	lx.atomic = wordSet(atomicWords)
	lx.noPrep = wordSet(noPrepWords)
	lx.noEncl = wordSet(noEnclWords)
	lx.hosts = wordSet(hostWords)
	lx.nonDet = wordSet(nonDetWords)
	lx.niHosts = wordSet(niHostWords)
	lx.yaHosts = wordSet(yaHostWords)
	lx.noPronoun = make(map[string]bool)
	for _, m := range []map[string]bool{lx.atomic, lx.noPrep, lx.noEncl} {
		for w := range m {
			if !lx.hosts[w] || lx.noEncl[w] {
				lx.noPronoun[w] = true
			}
		}
	}
	t := &lx.tab
	nb := 4 * len(t.buckets)
	anas, ok := decodeAnalyses(pre, gz, nb+len(t.longs))
	if !ok {
		var err error
		if anas, err = lx.computeAnalyses(); err != nil {
			return nil, err
		}
	}
	for p := range nb {
		t.slot(int32(p)).ana = anas[p]
	}
	for i := range t.longs {
		t.longs[i].ana = anas[nb+i]
	}
	return lx, nil
}

// computeAnalyses analyses every word of the table, on all CPUs, in
// stripes of positions. The analyses are written into the table only once
// all are known, since analyze reads the table.
func (lx *lexicon) computeAnalyses() ([]uint32, error) {
	t := &lx.tab
	nb := 4 * len(t.buckets)
	anas := make([]uint32, nb+len(t.longs))
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			const stripe = 1024
			for lo := w * stripe; lo < len(anas); lo += workers * stripe {
				for p := lo; p < min(lo+stripe, len(anas)); p++ {
					if p < nb && t.slot(int32(p)).key == 0 {
						continue
					}
					v, err := packAnalysis(lx.analyze(t.key(int32(p)), int32(p)))
					if err != nil {
						errs[w] = fmt.Errorf("arabic: segmenter lexicon: %q: %w", t.key(int32(p)), err)
						return
					}
					anas[p] = v
				}
			}
		}()
	}
	wg.Wait()
	return anas, errors.Join(errs...)
}

// The precomputed analyses file: the magic "MSAN", the FNV-1a 64 hash of
// the gzipped lexicon they were computed from, the number of positions,
// then one little-endian uint32 packed analysis a position.
const analysesMagic = "MSAN"

func encodeAnalyses(gz []byte, anas []uint32) []byte {
	h := fnv.New64a()
	h.Write(gz)
	out := append([]byte(analysesMagic), h.Sum(nil)...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(anas)))
	for _, a := range anas {
		out = binary.LittleEndian.AppendUint32(out, a)
	}
	return out
}

// decodeAnalyses returns the analyses of pre when pre was computed from gz
// and has n positions.
func decodeAnalyses(pre, gz []byte, n int) ([]uint32, bool) {
	const head = len(analysesMagic) + 8 + 4
	if len(pre) != head+4*n || string(pre[:4]) != analysesMagic {
		return nil, false
	}
	h := fnv.New64a()
	h.Write(gz)
	if !bytes.Equal(pre[4:12], h.Sum(nil)) || binary.LittleEndian.Uint32(pre[12:16]) != uint32(n) {
		return nil, false
	}
	anas := make([]uint32, n)
	for i := range anas {
		anas[i] = binary.LittleEndian.Uint32(pre[head+4*i:])
	}
	return anas, true
}

// wordSet normalizes a word list into a set.
func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Key(w, 0)] = true
	}
	return m
}

// atomicWords are function words that look like a proclitic on a word but
// are one word in the ATB/UD convention: كما is not ك + ما, لكن is not
// ل + كن. They still take و/ف before them and, when they are hosts, pronoun
// suffixes after them.
var atomicWords = []string{
	"كما", "كذلك", "كلما", "كأن", "كأنما", "كي", "كيف", "كلا", "كلتا", "كل",
	"لكن", "لكي", "لذا", "لقد", "لدى", "لعل", "لولا", "لوما", "لئن", "لئلا", "ليس", "ليت", "لن", "لم", "لا", "لو", "لما", "لدن",
	"بل", "بلى", "بعد", "بين", "بينما", "بعض", "بدون", "بغية",
	"فقط", "فوق", "فيما", "في",
	"عندما", "ربما", "إنما", "حيثما", "طالما", "قلما", "مثلما", "إلا", "إلى", "على", "أما", "إذا", "إذ",
	"سوف", "سوى", "وراء", "وفق", "وسط",
	// كان and her sisters, in the perfect: كنت is no ك + نت, بات no ب + آت.
	"كان", "كانت", "كانوا", "كانا", "كانتا", "كن", "كنت", "كنا", "كنتم", "كنتما", "كنتن",
	"بات", "باتت", "باتوا", "باتا", "بتنا", "بت", "ليست", "ليسوا", "لست", "لسنا", "لستم",
	"بدا", "بدت", "بدوا",
	"وحد",                   // وحده, وحدها: alone
	"فحسب", "واحد", "واحدا", // "only"; the numeral, not و + أحد
	"ولي",  // ولي العهد, the crown prince; "و + لي" is rare in news
	"برهم", // the name (برهم صالح), not بر + هم
}

// noPrepWords take no preposition ب ل ك before them: prepositions and
// particles that a preposition cannot govern.
var noPrepWords = []string{
	"في", "من", "إلى", "على", "عن", "مع", "منذ", "لم", "لن", "قد", "هل", "ثم", "أو", "أم", "بل", "حتى", "سوف", "لقد", "لدى", "عند", "إذا", "إذ", "كي", "بين",
	"أين", "متى", "كيف", "أنت", "أنتم", "أنتما", "أنتن", "أنا", "نحن", "هو", "هي", "هم", "هما", "هن",
}

// noEnclWords take no pronoun suffix.
var noEnclWords = []string{
	"إلا", "لا", "ما", "لم", "لن", "قد", "ثم", "أو", "أم", "هل", "بل", "إذا", "إذ", "حتى", "سوف", "لقد", "كما", "كذلك",
	"هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "هنا", "هناك", "أيضا", "فقط", "حيث", "كلما", "عندما", "بينما", "فيما", "ربما",
	"إنما", "يا", "أي", "ذا", "هو", "هي", "هم", "نحن", "أنا", "أنت", "أنتم", "ها",
	"ال", // the article, or a stem that normalized to it (إل, أل): إله, سأله
}

// hostWords are the closed-class words that take pronoun suffixes: عليه,
// منها, أنهم, لكنني, لدينا.
var hostWords = []string{
	"في", "على", "إلى", "من", "عن", "مع", "لدى", "عند", "أن", "إن", "لكن", "بين", "حول", "ضد", "دون", "أمام",
	"خلال", "بعد", "قبل", "فوق", "تحت", "نحو", "مثل", "عبر", "كل", "بعض", "نفس", "ذات", "غير", "ليت", "لعل", "كأن",
	"وراء", "لدن", "حيال", "تجاه", "إزاء", "عدا", "سوى", "منذ", "بدون", "جميع", "معظم", "أغلب",
	"أنفس", "وحد", "كلا", "كلتا", "وسط",
}

// niHostWords take the object pronoun ني (the others take ي).
var niHostWords = []string{"إن", "أن", "لكن", "ليت", "لعل", "كأن"}

// yaHostWords take the pronoun ي.
var yaHostWords = []string{
	"من", "عن", "مع", "عند", "لدن", "دون", "أمام", "حول", "وراء", "بين", "بعد", "قبل", "مثل", "خلف", "ضد", "تجاه", "نحو",
}

// nonDetWords start with ال that is not the article (normalized, so إلا
// and ألف look the same as ال + لا, ال + ف).
var nonDetWords = []string{
	"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي", "الآن", "الله", "اللهم",
	"إلا", "إلى", "ألف", "ألا", "ألم", "ألن", "أليس", "ألمانيا", "ألماني", "ألمانية",
}

// wordTable is a hash table of the lexicon's words, built once at load and
// read-only after.
//
// A key of up to ten letters of U+0620…U+065F, as nearly every key is,
// packs into one 64-bit word (see packKey), and its slot holds that word
// next to all that segmenting needs: the word's frequency and its
// analysis. Slots come four to a 64-byte bucket; a key is in the bucket
// its hash names or, when that one is full, in the next ones. A lookup
// packs the key without a branch on its letters, compares the four words
// of a bucket without a branch, and so reads one cache line and rarely
// mispredicts. The few keys that do not pack are in a map.
//
// A word is named by its position, an int32: 4*bucket + slot, or
// 4*len(buckets) plus its index in longs.
type wordTable struct {
	buckets []wordBucket
	mask    uint32   // len(buckets) - 1
	off     []uint32 // off[p] is the offset in keys of the key at position p
	keys    string   // the keys of the words in buckets, in lexicon order
	long    map[string]int32
	longs   []longWord
}

// wordBucket is four slots, one cache line. Its slots fill in order: a key
// that hashes to a bucket whose last slot is empty is in no later bucket.
type wordBucket [4]wordSlot

// wordSlot is one word of a wordTable, empty when its key is 0.
type wordSlot struct {
	key  uint64 // the packed key; see packKey
	freq uint32
	ana  uint32 // the word's analysis, as packAnalysis packs it
}

// longWord is a word whose key does not pack.
type longWord struct {
	key  string
	freq uint32
	ana  uint32
}

// maxPacked is the most letters a packed key holds: six bits each, the
// count in the top four bits.
const maxPacked = 10

// packKey packs a key of 1 to maxPacked letters U+0620…U+065F, two bytes
// each, into a word: the count in the top four bits, the letter i as
// r-0x620 in bits 6i…6i+5. ok is false when s does not pack. Keys of four
// letters or more are read eight bytes at a time, without a branch on
// their bytes.
func packKey(s string) (k uint64, ok bool) {
	n := len(s)
	var bad uint64
	switch {
	case n >= 8 && n <= 16 && n&1 == 0:
		// Letters 0-3 and the last four: all of them, some twice,
		// which or-ing in place makes no matter.
		c0, b0 := packLetters4(readLE64(s), allLanes)
		c1, b1 := packLetters4(readLE64(s[n-8:]), allLanes)
		k = c0 | c1<<(3*uint(n-8))
		bad = b0 | b1
	case n > 16 && n <= 2*maxPacked && n&1 == 0:
		// Letters 0-3, 4-7 and the last four.
		c0, b0 := packLetters4(readLE64(s), allLanes)
		c1, b1 := packLetters4(readLE64(s[8:]), allLanes)
		c2, b2 := packLetters4(readLE64(s[n-8:]), allLanes)
		k = c0 | c1<<24 | c2<<(3*uint(n-8))
		bad = b0 | b1 | b2
	case n == 2 || n == 4 || n == 6:
		// Letters 0-1 and the last two, from 32-bit reads; one letter
		// from its two bytes.
		var x, y uint64
		if n == 2 {
			x = uint64(s[0]) | uint64(s[1])<<8
			y = x
		} else {
			x, y = uint64(readLE32(s)), uint64(readLE32(s[n-4:]))
		}
		lanes := uint64(0xFFFF_FFFF)
		if n == 2 {
			lanes = 0xFFFF
		}
		c0, b0 := packLetters4(x, lanes)
		c1, b1 := packLetters4(y, lanes)
		k = c0 | c1<<(3*uint(n-4+2*bitOf(n == 2)))
		bad = b0 | b1
	default:
		return 0, false
	}
	return k | uint64(n/2)<<60, bad == 0
}

const allLanes = ^uint64(0) // the lanes of four letters

// packLetters4 packs the four letters in x, two bytes each in string order, into
// 24 bits, six a letter; bad is nonzero when one is no letter
// U+0620…U+065F. lanes limits both to the letters whose bytes it covers,
// the others being zero in x.
func packLetters4(x, lanes uint64) (c, bad uint64) {
	const (
		lead  = 0x00FE_00FE_00FE_00FE // bits of the lead byte: D8 or D9
		trail = 0xC000_C000_C000_C000 // bits of the trail byte: 10xxxxxx
	)
	bad = (x&(lead|trail) ^ (0x80D8_80D8_80D8_80D8 & lanes)) & lanes
	// r - 0x600 of each letter, then + 0x20: in 0x40…0x7F just when r
	// is in U+0620…U+065F.
	v := (x&0x0001_0001_0001_0001)<<6 | x>>8&0x003F_003F_003F_003F
	v += 0x0020_0020_0020_0020
	bad |= (v&0xFFC0_FFC0_FFC0_FFC0 ^ 0x0040_0040_0040_0040) & lanes
	v &= 0x003F_003F_003F_003F & lanes
	v = (v | v>>10) & 0x0000_0FFF_0000_0FFF
	v = (v | v>>20) & 0xFF_FFFF
	return v, bad
}

// bitOf is 1 for true, 0 for false.
func bitOf(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hashPacked hashes a packed key: a 64-bit multiplication, folded.
func hashPacked(k uint64) uint32 {
	hi, lo := bits.Mul64(k^0xa0761d6478bd642f, 0xe7037ed1a0b428db)
	return uint32(hi ^ lo)
}

func readLE64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func readLE32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// match returns the slot of b whose key is k, or -1 when b has none and
// its last slot is empty, so that k is no word; or -2 when k may be in the
// next bucket.
func (b *wordBucket) match(k uint64) int {
	m := bitOf(b[0].key == k) | bitOf(b[1].key == k)<<1 | bitOf(b[2].key == k)<<2 | bitOf(b[3].key == k)<<3
	if m != 0 {
		return bits.TrailingZeros8(uint8(m))
	}
	if b[3].key == 0 {
		return -1
	}
	return -2
}

// find returns the position of key s, or -1 when s is no word of the
// table.
func (t *wordTable) find(s string) int32 {
	k, ok := packKey(s)
	if !ok {
		if i, ok := t.long[s]; ok {
			return int32(4*len(t.buckets)) + i
		}
		return -1
	}
	return t.findPacked(k)
}

// findPacked returns the position of the word of packed key k, or -1.
func (t *wordTable) findPacked(k uint64) int32 {
	for h := hashPacked(k); ; h++ {
		b := &t.buckets[h&t.mask]
		if i := b.match(k); i != -2 {
			if i < 0 {
				return -1
			}
			return int32(h&t.mask)*4 + int32(i)
		}
	}
}

// packAffix packs a prefix or suffix of up to three letters; "" packs as 0.
func packAffix(s string) (uint64, bool) {
	if s == "" {
		return 0, true
	}
	return packKey(s)
}

// affixed is the word pre + word + suf.
type affixed struct{ pre, word, suf string }

// freqs sets fr[i] to the frequency of the word fs[i], 0 when it is no
// word.
func (t *wordTable) freqs(fs []affixed, fr []float64) {
	var ps [maxFindAll]int32
	for len(fs) > 0 {
		n := min(len(fs), maxFindAll)
		t.findAll(fs[:n], ps[:n])
		for i, p := range ps[:n] {
			fr[i] = 0
			if p >= 0 {
				fr[i] = float64(t.freq(p))
			}
		}
		fs, fr = fs[n:], fr[n:]
	}
}

// maxFindAll is the most words findAll looks up at once.
const maxFindAll = 16

// findAll sets ps[i] to the position of the word fs[i], or -1, for at most
// maxFindAll words. It reads the buckets of all of them before it looks at
// any, so that their cache misses overlap instead of adding up.
func (t *wordTable) findAll(fs []affixed, ps []int32) {
	var ks [maxFindAll]uint64
	var ms [maxFindAll]uint8 // matching slots, and bit 4 for a full bucket
	var packed uint32        // bit i: fs[i] packs
	var word string
	var wk uint64
	wok := false
	n := min(len(fs), maxFindAll)
	fs, ps = fs[:n], ps[:n]
	for i, a := range fs {
		if i == 0 || a.word != word {
			word = a.word
			wk, wok = packKey(word)
		}
		pk, pok := packAffix(a.pre)
		sk, sok := packAffix(a.suf)
		np, nw, ns := pk>>60, wk>>60, sk>>60
		if wok && pok && sok && np+nw+ns <= maxPacked {
			const codes = 1<<60 - 1
			ks[i] = (np+nw+ns)<<60 | pk&codes | (wk&codes)<<(6*np) | (sk&codes)<<(6*(np+nw))
			packed |= 1 << i
		}
	}
	// The loads, with no branch on what they read.
	for i := range fs {
		b := &t.buckets[hashPacked(ks[i])&t.mask]
		k := ks[i]
		ms[i] = uint8(bitOf(b[0].key == k) | bitOf(b[1].key == k)<<1 | bitOf(b[2].key == k)<<2 | bitOf(b[3].key == k)<<3 | bitOf(b[3].key != 0)<<4)
	}
	for i, a := range fs {
		switch {
		case packed&(1<<i) == 0:
			ps[i] = -1
			var buf [256]byte
			if len(a.pre)+len(a.word)+len(a.suf) <= len(buf) {
				ps[i] = t.find(string(append(append(append(buf[:0], a.pre...), a.word...), a.suf...)))
			}
		case ms[i]&0xF != 0:
			ps[i] = int32(hashPacked(ks[i])&t.mask)*4 + int32(bits.TrailingZeros8(ms[i]))
		case ms[i]&0x10 != 0:
			ps[i] = t.findPacked(ks[i])
		default:
			ps[i] = -1
		}
	}
}

// slot returns the slot of the word at p, which is in buckets.
func (t *wordTable) slot(p int32) *wordSlot { return &t.buckets[p>>2][p&3] }

// key returns the key of the word at p.
func (t *wordTable) key(p int32) string {
	if int(p) >= 4*len(t.buckets) {
		return t.longs[int(p)-4*len(t.buckets)].key
	}
	o := t.off[p]
	return t.keys[o : o+uint32(t.slot(p).key>>60)*2]
}

// freq returns the frequency of the word at p.
func (t *wordTable) freq(p int32) uint32 {
	if int(p) >= 4*len(t.buckets) {
		return t.longs[int(p)-4*len(t.buckets)].freq
	}
	return t.slot(p).freq
}

// analysis returns the analysis of the word at p.
func (t *wordTable) analysis(p int32) analysis {
	if int(p) >= 4*len(t.buckets) {
		return unpackAnalysis(t.longs[int(p)-4*len(t.buckets)].ana)
	}
	return unpackAnalysis(t.slot(p).ana)
}

// packAnalysis packs a into 32 bits: the stem's position + 1 in the low
// 24, then npre (2 bits), suf (3 bits) and flags (2 bits).
func packAnalysis(a analysis) (uint32, error) {
	if a.npre > 3 || a.suf > 7 || a.flags > 3 || a.stem < -1 || a.stem >= 1<<24-1 {
		return 0, fmt.Errorf("analysis %+v does not pack", a)
	}
	return uint32(a.stem+1) | uint32(a.npre)<<24 | uint32(a.suf)<<26 | uint32(a.flags)<<29, nil
}

func unpackAnalysis(v uint32) analysis {
	return analysis{
		npre:  uint8(v >> 24 & 3),
		suf:   uint8(v >> 26 & 7),
		flags: uint8(v >> 29 & 3),
		stem:  int32(v&(1<<24-1)) - 1,
	}
}

// tableBuilder builds a wordTable.
type tableBuilder struct {
	t    wordTable
	keys strings.Builder
	n    int // words in buckets
}

// init sizes the table for at most n words and keys of at most keyBytes
// bytes in all: a power of two of buckets, their slots at least 1.25 n, so
// that the table is at most 80% full and few keys are not in the bucket
// they hash to.
func (b *tableBuilder) init(n, keyBytes int) {
	size := 256
	for 4*size < n+n/4 {
		size *= 2
	}
	b.t.buckets = make([]wordBucket, size)
	b.t.off = make([]uint32, 4*size)
	b.t.mask = uint32(size - 1)
	b.t.long = make(map[string]int32)
	b.keys.Grow(keyBytes)
}

// add adds word w of frequency f, or adds f to w's frequency when w is
// there already.
func (b *tableBuilder) add(w string, f uint32) error {
	if (b.n+1) > 4*len(b.t.buckets)-4 || 4*len(b.t.buckets)+len(b.t.longs) >= 1<<24-1 {
		return fmt.Errorf("too many words for the table")
	}
	if b.keys.Len()+len(w) > 1<<32-1 {
		return fmt.Errorf("lexicon too large")
	}
	if p := b.t.find(w); p >= 0 {
		if int(p) >= 4*len(b.t.buckets) {
			b.t.longs[int(p)-4*len(b.t.buckets)].freq += f
		} else {
			b.t.slot(p).freq += f
		}
		return nil
	}
	k, ok := packKey(w)
	if !ok {
		b.t.long[w] = int32(len(b.t.longs))
		b.t.longs = append(b.t.longs, longWord{key: w, freq: f})
		return nil
	}
	for h := hashPacked(k); ; h++ {
		bk := &b.t.buckets[h&b.t.mask]
		for i := range bk {
			if bk[i].key == 0 {
				bk[i] = wordSlot{key: k, freq: f}
				b.t.off[int(h&b.t.mask)*4+i] = uint32(b.keys.Len())
				b.keys.WriteString(w)
				b.n++
				return nil
			}
		}
	}
}

// table returns the table built.
func (b *tableBuilder) table() wordTable {
	b.t.keys = strings.Clone(b.keys.String()) // without the spare capacity
	return b.t
}
