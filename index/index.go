// Package index computes the keys a store files a document under, from
// marsad's own reading of Arabic text (package arabic):
//
//   - a content hash of the normalized words, shared by exact duplicates;
//   - a MinHash signature over word 3-shingles of the normalized words,
//     whose Jaccard estimate finds near duplicates (the same story copied
//     or lightly edited by another outlet), with banded LSH keys so that a
//     store finds the candidates of a document without reading every
//     other one;
//   - full-text search terms: each word normalized (hamza forms of alef,
//     alef maqsura, teh marbuta folded), with conjunctions, prepositions,
//     the article and pronoun suffixes cut off, so that "العراق" finds
//     "بالعراق" and "احمد" finds "أحمد".
//
// An Indexer is safe for concurrent use.
package index

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Signature parameters: NumHashes MinHash values cut into NumBands bands
// of BandRows rows. Two documents become candidates when one band agrees,
// which happens with probability 1-(1-J^BandRows)^NumBands for shingle
// Jaccard similarity J: 0.87 at J=0.5, 0.99 at J=0.6, 0.03 at J=0.2.
const (
	NumHashes = 128
	BandRows  = 4
	NumBands  = NumHashes / BandRows
	// Shingle is the number of words in a shingle.
	Shingle = 3
	// NearThreshold is the estimated Jaccard similarity from which a
	// document is a near duplicate of another.
	NearThreshold = 0.5
)

// Indexer computes keys and search terms.
type Indexer struct {
	seg *arabic.Segmenter
}

// New returns an Indexer that cuts words with seg (its lexicon; the
// scheme is always the full one that also cuts the article).
func New(seg *arabic.Segmenter) *Indexer {
	return &Indexer{seg: seg.WithScheme(arabic.SchemeFull)}
}

// Keys computes the keys of doc.
func (x *Indexer) Keys(doc marsad.Document) marsad.Keys {
	t := Read(doc.Text)
	return x.KeysOf(doc, t)
}

// Text is a document's text cut into tokens and word keys once, so that
// its hash can be checked (is it stored?) before the rest of its keys are
// computed from the same tokens.
type Text struct {
	toks  []arabic.Token
	words []string
	hash  string
}

// Read cuts text into tokens and word keys.
func Read(text string) *Text {
	toks := arabic.Tokenize(text)
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if w := wordKey(t); w != "" {
			words = append(words, w)
		}
	}
	t := &Text{toks: toks, words: words}
	if len(words) > 0 {
		t.hash = Hash(words)
	}
	return t
}

// Hash is the content hash of the text (HashText).
func (t *Text) Hash() string { return t.hash }

// KeysOf computes the keys of doc, whose text t is (Read(doc.Text)).
func (x *Indexer) KeysOf(doc marsad.Document, t *Text) marsad.Keys {
	var k marsad.Keys
	if len(t.words) > 0 {
		// A text without words (a cartoon page, an empty feed item) has
		// no hash and no signature: it is nobody's duplicate.
		k.Hash = t.hash
		k.MinHash = MinHash(t.words)
		k.Bands = Bands(k.MinHash)
	}
	var b strings.Builder
	b.Grow(len(doc.Text) / 2)
	var segs []arabic.Segment
	if doc.Title != "" {
		for _, tok := range arabic.Tokenize(doc.Title) {
			segs = x.appendTerm(&b, segs, tok)
		}
	}
	for _, tok := range t.toks {
		segs = x.appendTerm(&b, segs, tok)
	}
	k.Terms = b.String()
	return k
}

// HashText returns the content hash of text: Keys(doc).Hash without the
// rest of the work.
func HashText(text string) string {
	return Read(text).hash
}

// wordKey is the key of a token for hashing and shingling: the
// normalized word, number or Latin word (lower case); "" for punctuation
// and symbols.
func wordKey(t arabic.Token) string {
	switch t.Kind {
	case arabic.Word, arabic.Number:
		return t.Norm
	case arabic.Latin:
		return strings.ToLower(t.Norm)
	}
	return ""
}

// Term returns the search term of one token, "" for punctuation.
func (x *Indexer) Term(t arabic.Token) string {
	var b strings.Builder
	x.appendTerm(&b, nil, t)
	return strings.TrimSpace(b.String())
}

// appendTerm writes the search term of t, followed by a space, to b.
func (x *Indexer) appendTerm(b *strings.Builder, segs []arabic.Segment, t arabic.Token) []arabic.Segment {
	switch t.Kind {
	case arabic.Word:
		segs = x.seg.AppendSegments(segs[:0], t)
		stem := t.Norm
		for _, s := range segs {
			if s.Kind == arabic.SegStem {
				stem = s.Norm
				break
			}
		}
		b.WriteString(arabic.Key(stem, arabic.FoldTehMarbuta))
	case arabic.Number:
		b.WriteString(t.Norm)
	case arabic.Latin:
		b.WriteString(strings.ToLower(t.Norm))
	default:
		return segs
	}
	b.WriteByte(' ')
	return segs
}

// QueryTerms returns the search terms of a query, in order, without
// repeats.
func (x *Indexer) QueryTerms(q string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range arabic.Tokenize(q) {
		if w := x.Term(t); w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Snippet returns about width bytes of text around the first word whose
// search term is one of terms (the start of the text when none is), cut
// at word boundaries.
func (x *Indexer) Snippet(text string, terms []string, width int) string {
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
	}
	toks := arabic.Tokenize(text)
	at := -1
	for i, t := range toks {
		if w := x.Term(t); w != "" && want[w] {
			at = i
			break
		}
	}
	if len(toks) == 0 {
		return ""
	}
	lo, hi := 0, 0
	if at < 0 {
		at = 0
	}
	lo, hi = at, at
	for lo > 0 && toks[at].Start-toks[lo-1].Start <= width/2 {
		lo--
	}
	for hi+1 < len(toks) && toks[hi+1].End-toks[lo].Start <= width {
		hi++
	}
	s := text[toks[lo].Start:toks[hi].End]
	s = strings.Join(strings.Fields(s), " ")
	if lo > 0 {
		s = "… " + s
	}
	if hi+1 < len(toks) {
		s += " …"
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	return s
}

// Hash returns the hex SHA-256 of the words joined by spaces.
func Hash(words []string) string {
	h := sha256.New()
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// seeds are the NumHashes hash functions of the signature: shingle
// hash XOR seed, then a 64-bit finalizer (splitmix64).
var seeds = func() [NumHashes]uint64 {
	var s [NumHashes]uint64
	x := uint64(0x6d61727361640001) // "marsad", 1
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// MinHash returns the signature of the word Shingle-shingles of words (of
// the whole word list when it is shorter), or nil for no words. A shingle's
// hash is the FNV-1a of its words, each followed by a zero byte.
func MinHash(words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	n := len(words) - Shingle + 1
	if n < 1 {
		n = 1
	}
	sh := make([]uint64, n)
	for i := range sh {
		h := uint64(fnvOffset)
		for j := i; j < i+Shingle && j < len(words); j++ {
			w := words[j]
			for k := 0; k < len(w); k++ {
				h ^= uint64(w[k])
				h *= fnvPrime
			}
			h *= fnvPrime // the zero byte: h ^= 0, h *= prime
		}
		sh[i] = h
	}
	slices.Sort(sh)
	sh = slices.Compact(sh)
	var sig [NumHashes]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, v := range sh {
		for i, s := range seeds {
			if m := uint32(mix(v ^ s)); m < sig[i] {
				sig[i] = m
			}
		}
	}
	return sig[:]
}

// FNV-1a, 64 bits (hash/fnv).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Bands returns the LSH keys of a signature: one per band, the band's
// index and rows hashed together, so that keys of different bands never
// meet.
func Bands(sig []uint32) []int64 {
	if len(sig) != NumHashes {
		return nil
	}
	out := make([]int64, NumBands)
	for b := range out {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*BandRows : (b+1)*BandRows] {
			h = mix(h ^ uint64(v))
		}
		out[b] = int64(h)
	}
	return out
}

// Similarity estimates the Jaccard similarity of the shingle sets of two
// signatures: the share of equal values. Signatures of other lengths
// compare as 0.
func Similarity(a, b []uint32) float64 {
	if len(a) != NumHashes || len(b) != NumHashes {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}
