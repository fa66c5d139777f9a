package arabic_test

import (
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

// FuzzNumbers reads numbers in any text: no panic, and every match is a
// span of the text, left to right, without overlaps.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"",
		"ثلاثة آلاف وخمسمائة",
		"2.5 مليون و 500 ألف",
		"الحادي  والعشرون",
		"إثنان الألف وخمسة مائة ألف",
		"مليون ونصف",
		"عشرات الآلاف",
		"ثلاثة أرباع مليون",
		"50 في المائة بالمئة",
		"لأول مرة منذ ٢٠٢٣",
		"خمس السكان",
		"و",
		"و و و 3",
		"بثلاثة\u200cآلاف",
		"ألف\xffمليون",
		"ثمانٍ وخمسون",
		"١٬٠٠٠٫٥ مليار",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := arabic.Tokenize(src)
		prev := 0
		for _, m := range arabic.FindNumbers(src, toks) {
			if m.Start < prev || m.Start > m.End || m.End > len(src) {
				t.Fatalf("bad span %d:%d (previous end %d, len %d) in %q", m.Start, m.End, prev, len(src), src)
			}
			if m.Text != src[m.Start:m.End] {
				t.Fatalf("Text %q != src[%d:%d] %q", m.Text, m.Start, m.End, src[m.Start:m.End])
			}
			if m.Kind < arabic.Cardinal || m.Kind > arabic.Vague {
				t.Fatalf("bad kind %d for %q", m.Kind, m.Text)
			}
			prev = m.End
		}
		for i := range toks {
			m, n := arabic.NumberAt(src, toks, i)
			if n < 0 || i+n > len(toks) {
				t.Fatalf("NumberAt(%d) spans %d of %d tokens", i, n, len(toks))
			}
			if n > 0 && (m.Start != toks[i].Start || m.End != toks[i+n-1].End) {
				t.Fatalf("NumberAt(%d) = %d:%d, tokens give %d:%d", i, m.Start, m.End, toks[i].Start, toks[i+n-1].End)
			}
		}
		arabic.ParseNumber(src)
	})
}
