package arabic_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

func TestNormalize(t *testing.T) {
	for i, tt := range []struct {
		group, in, want string
		form            arabic.Form
	}{
		{"presentation", "ﺍﻟﺴﻼﻢ", "السلام", 0},
		{"presentation", "ﻻ", "لا", 0},
		{"presentation", "ﻷ", "لا", 0},
		{"diacritics", "السَّلامُ", "السلام", 0},
		{"diacritics", "أيًّا", "ايا", 0},
		{"tatweel", "الحـــكومة", "الحكومة", 0},
		{"alef", "أإآٱا", "ااااا", 0},
		{"maksura", "مصطفى", "مصطفي", 0},
		{"persian", "ی ک", "ي ك", 0},
		{"tehmarbuta", "الحكومة", "الحكومة", 0},
		{"tehmarbuta", "الحكومة", "الحكومه", arabic.FoldTehMarbuta},
		{"digits", "٢٥٠٠ ۲۵۰۰ 2500", "2500 2500 2500", 0},
		{"digits", "٣٫٥٪", "3.5%", 0},
		{"invisible", "كلمة\u200cأخرى\u200f", "كلمةاخري", 0},
		{"space", "a\u00a0b", "a b", 0},
		{"latin", "ISIS", "ISIS", 0},
		{"invalid", "a\xffb", "a\xffb", 0},
		{"lone", "\u064e\u064f", "", 0},
	} {
		t.Run(fmt.Sprintf("%s:%d:%+q", tt.group, i, tt.in), func(t *testing.T) {
			n := arabic.Normalize(tt.in, tt.form)
			if got := n.Text; got != tt.want {
				t.Fatalf("Normalize = %+q (% x), want %+q", got, got, tt.want)
			}
			if got := arabic.Key(tt.in, tt.form); got != tt.want {
				t.Fatalf("Key = %+q, want %+q", got, tt.want)
			}
			if s, e := n.Orig(0, len(n.Text)); n.Text != "" && (s != 0 || e > len(tt.in)) {
				t.Fatalf("Orig(0, %d) = %d, %d; want 0, ≤ %d", len(n.Text), s, e, len(tt.in))
			}
		})
	}
}

// TestNormalizeOrig checks that every rune of the key maps back to source
// text whose own key is that rune, and that the map keeps order.
func TestNormalizeOrig(t *testing.T) {
	for _, in := range []string{
		"وقد أكّد وزيرُ الخارجية ﺍﻟﺴﻼﻢ ١٢٣ ـــ «لا» ﻷن",
		"ﷺ ﻻ أ\u200cب",
	} {
		n := arabic.Normalize(in, 0)
		prevEnd := 0
		for i, r := range n.Text {
			s, e := n.Orig(i, i+utf8.RuneLen(r))
			if s < prevEnd-4 || e > len(in) || s > e {
				t.Fatalf("%+q: rune %d %q maps to [%d,%d)", in, i, r, s, e)
			}
			if k := arabic.Key(in[s:e], 0); !strings.ContainsRune(k, r) {
				t.Errorf("%+q: rune %q at %d maps to %+q whose key %+q lacks it", in, r, i, in[s:e], k)
			}
			prevEnd = e
		}
	}
}

// TestNormalizeChunks checks that normalizing a text piece by piece gives
// the same key as normalizing it whole: the folds look at one rune at a time.
func TestNormalizeChunks(t *testing.T) {
	in := "ﺍﻟﺴﻼﻢ عليكُم، أعلنت الحكومـة العراقية ٢٥٠٠ جندي ﻷن «آخر» ی"
	want := arabic.Normalize(in, 0).Text
	for _, size := range []int{5, 7, 13, 17} {
		var b strings.Builder
		for i := 0; i < len(in); {
			j := min(i+size, len(in))
			for j < len(in) && !utf8.RuneStart(in[j]) {
				j++
			}
			b.WriteString(arabic.Normalize(in[i:j], 0).Text)
			i = j
		}
		if got := b.String(); got != want {
			t.Errorf("chunks of %d: %+q, want %+q", size, got, want)
		}
	}
}

func TestKeyNoAlloc(t *testing.T) {
	s := "الحكومة العراقية"
	if n := testing.AllocsPerRun(100, func() { _ = arabic.Key(s, 0) }); n != 0 {
		t.Errorf("Key of a normalized string allocates %v times, want 0", n)
	}
}
