package arabic_test

import (
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

// FuzzSegment checks that any text tokenizes and segments without panic,
// and that the pieces of every token tile it: contiguous, non-empty, each
// slicing the original text.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"وبحلول نشرتها للسلطة",
		"وَبِحُلُولِ نشرتـها",
		"ﻟﻼﻋﺐ ﻻ ﷲ",
		"لل لله ولل وللـ ل ه",
		"سيكون وسيكونون سـ",
		"\u200cوب\u200dحلول",
		"\xffو\xfe",
		"ال الا الي المانيا",
	} {
		f.Add(s)
	}
	seg, err := arabic.NewSegmenter()
	if err != nil {
		f.Fatal(err)
	}
	full := seg.WithScheme(arabic.SchemeFull)
	f.Fuzz(func(t *testing.T, src string) {
		var buf []arabic.Segment
		for _, tok := range arabic.Tokenize(src) {
			for _, s := range []*arabic.Segmenter{seg, full} {
				buf = s.AppendSegments(buf[:0], tok)
				checkTiling(t, src, tok, buf)
			}
		}
		_ = seg.SegmentLine(src, arabic.SchemeUD)
	})
}
