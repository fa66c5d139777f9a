package ner_test

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/ner"
)

// FuzzFromBytes checks that no model file, however corrupt, panics the
// reader. The corpus starts from a small trained model, raw and gzipped.
func FuzzFromBytes(f *testing.F) {
	m, err := ner.Train([]ner.Sentence{
		{Words: []string{"زار", "زيدان", "أرنور"}, Tags: []string{"O", "B-PERS", "B-LOC"}},
	}, ner.TrainOptions{Iterations: 2})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	zr, _ := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	f.Add(raw.Bytes())
	f.Add([]byte("MNER"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Raw bytes are also tried as the gunzipped content.
		for _, in := range [][]byte{data, gz(data)} {
			m, err := ner.FromBytes(in)
			if err == nil {
				m.Tag([]string{"زار", "زيدان", "أرنور"})
			}
		}
	})
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzReadTokens checks that the tag input reader never panics and keeps
// every non-blank line as a word.
func FuzzReadTokens(f *testing.F) {
	f.Add("التقى\nبلينكن\n\nفي\nواشنطن\n")
	f.Add("\xff\n")
	f.Add("كلمة B-PERS\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ner.ReadTokens(strings.NewReader(in), "f")
		if err != nil {
			return
		}
		n := 0
		for _, s := range sents {
			n += len(s.Words)
		}
		want := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		if n != want {
			t.Errorf("%d words, want %d", n, want)
		}
		ner.ReadCoNLL(strings.NewReader(in), "f")
	})
}
