package ner

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestJoint checks that looking the features of both passes up in one
// table tags as looking them up pass by pass does.
func TestJoint(t *testing.T) {
	f, err := os.Open(filepath.Join("../../shared", "data/ner/anercorp/train.txt"))
	if err != nil {
		t.Skipf("ANERcorp absent (%v)", err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f, "train.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, dev := SplitDev(sents, 0.1)
	m, err := Dev()
	if err != nil {
		t.Fatal(err)
	}
	words := make([][]string, len(dev))
	for i, s := range dev {
		words[i] = s.Words
	}
	got := m.TagSentences(words)
	// Pass by pass.
	var sc scratch
	doc := make([][]word, len(words))
	ids := make([][]uint8, len(words))
	for s, ws := range words {
		doc[s] = describeAll(&m.feat, nil, ws, &sc.segs)
		ids[s] = m.decode(m.weights, doc[s], false, &sc, nil)
	}
	setDoc(doc, ids, m.tags)
	for s := range doc {
		ids[s] = m.decode(m.st2, doc[s], true, &sc, ids[s])
		want := make([]string, len(ids[s]))
		for i, id := range ids[s] {
			want[i] = m.tags[id]
		}
		if !slices.Equal(got[s], want) {
			t.Fatalf("sentence %d: joint %v, pass by pass %v", s, got[s], want)
		}
	}
}
