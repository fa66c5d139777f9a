package index

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"
)

var texts = []string{
	"",
	"كلمة",
	"اعلن الوزير",
	"a b a b a b a b a b",
	"أعلنَ الوزيـــر أمس أن الجيش العراقي سيطر على الموصل، وقال إن 2500 جندي أمريكي ما زالوا في البلاد.",
	strings.Repeat("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الولايات المتحدة ستبقى في العراق. ", 40),
}

// minHashFNV is MinHash as first written, with package hash/fnv and a set
// of the shingles: the signatures stored in databases must not change.
func minHashFNV(words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	n := len(words) - Shingle + 1
	if n < 1 {
		n = 1
	}
	sh := make([]uint64, 0, n)
	seen := make(map[uint64]struct{}, n)
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for j := i; j < i+Shingle && j < len(words); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{0})
		}
		v := h.Sum64()
		if _, ok := seen[v]; ok {
			continue
		}
		seen[v] = struct{}{}
		sh = append(sh, v)
	}
	sig := make([]uint32, NumHashes)
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
	return sig
}

func TestMinHashUnchanged(t *testing.T) {
	for _, text := range texts {
		words := Read(text).words
		if got, want := MinHash(words), minHashFNV(words); !slices.Equal(got, want) {
			t.Errorf("%.30q: signature changed", text)
		}
	}
	if MinHash(nil) != nil {
		t.Error("no words: want no signature")
	}
}

func BenchmarkMinHash(b *testing.B) {
	// 400 words of a vocabulary of 1,000, as in a news article.
	var words []string
	for i := 0; i < 400; i++ {
		words = append(words, fmt.Sprintf("كلمة%d", (i*7919)%1000))
	}
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			MinHash(words)
		}
	})
	b.Run("fnv", func(b *testing.B) {
		for b.Loop() {
			minHashFNV(words)
		}
	})
}
