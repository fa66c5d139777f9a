package arabic

//go:generate go run gen_stems.go

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
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

// lexicon is the word list the segmenter decides by, with each word's best
// analysis computed once when it is loaded.
type lexicon struct {
	index map[string]int32 // normalized word → position in words
	words []string
	freq  []uint32
	ana   []analysis // ana[i] is the analysis of words[i]

	// closed classes, normalized
	atomic  map[string]bool // function words never cut into proclitic + rest
	noPrep  map[string]bool // words that no preposition ب ل ك comes before
	noEncl  map[string]bool // words that take no pronoun suffix
	hosts   map[string]bool // particles and prepositions that take pronoun suffixes
	nonDet  map[string]bool // words starting with ال whose ال is not the article
	niHosts map[string]bool // words that take ني: إنني, لكنني
	yaHosts map[string]bool // words that take ي: مني, عندي
}

// loadLexicon parses the embedded lexicon once.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	return parseLexicon(stemsGz)
})

// parseLexicon reads a gzipped lexicon in the stems.txt.gz format.
func parseLexicon(gz []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("arabic: segmenter lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("arabic: segmenter lexicon: %w", err)
	}
	// One string holds every word, so the lexicon costs a few allocations.
	all := string(raw)
	n := strings.Count(all, "\n")
	lx := &lexicon{
		index: make(map[string]int32, n),
		words: make([]string, 0, n),
		freq:  make([]uint32, 0, n),
	}
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
		w := Key(row[:tab], 0)
		if i, ok := lx.index[w]; ok {
			lx.freq[i] += uint32(f)
			continue
		}
		lx.index[w] = int32(len(lx.words))
		lx.words = append(lx.words, w)
		lx.freq = append(lx.freq, uint32(f))
	}
	if len(lx.words) == 0 {
		return nil, fmt.Errorf("arabic: segmenter lexicon is empty")
	}
	lx.atomic = wordSet(atomicWords)
	lx.noPrep = wordSet(noPrepWords)
	lx.noEncl = wordSet(noEnclWords)
	lx.hosts = wordSet(hostWords)
	lx.nonDet = wordSet(nonDetWords)
	lx.niHosts = wordSet(niHostWords)
	lx.yaHosts = wordSet(yaHostWords)
	lx.ana = make([]analysis, len(lx.words))
	for i, w := range lx.words {
		lx.ana[i] = lx.analyze(w, int32(i))
	}
	return lx, nil
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
}

// noPrepWords take no preposition ب ل ك before them: prepositions and
// particles that a preposition cannot govern.
var noPrepWords = []string{
	"في", "من", "إلى", "على", "عن", "مع", "منذ", "لم", "لن", "قد", "هل", "ثم", "أو", "أم", "بل", "حتى", "سوف", "لقد", "لدى", "عند", "إذا", "إذ", "كي",
	"أين", "متى", "كيف", "أنت", "أنتم", "أنتما", "أنتن", "أنا", "نحن", "هو", "هي", "هم", "هما", "هن",
}

// noEnclWords take no pronoun suffix.
var noEnclWords = []string{
	"إلا", "لا", "ما", "لم", "لن", "قد", "ثم", "أو", "أم", "هل", "بل", "إذا", "إذ", "حتى", "سوف", "لقد", "كما", "كذلك",
	"هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "هنا", "هناك", "أيضا", "فقط", "حيث", "كلما", "عندما", "بينما", "فيما", "ربما",
	"إنما", "يا", "أي", "ذا", "هو", "هي", "هم", "نحن", "أنا", "أنت", "أنتم", "ها",
}

// hostWords are the closed-class words that take pronoun suffixes: عليه,
// منها, أنهم, لكنني, لدينا.
var hostWords = []string{
	"في", "على", "إلى", "من", "عن", "مع", "لدى", "عند", "أن", "إن", "لكن", "بين", "حول", "ضد", "دون", "أمام",
	"خلال", "بعد", "قبل", "فوق", "تحت", "نحو", "مثل", "عبر", "كل", "بعض", "نفس", "ذات", "غير", "ليت", "لعل", "كأن",
	"وراء", "لدن", "حيال", "تجاه", "إزاء", "عدا", "سوى", "منذ", "بدون", "جميع", "معظم", "أغلب",
	"أنفس", "وحد", "كلا", "كلتا",
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
