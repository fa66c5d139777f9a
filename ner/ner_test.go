package ner_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ner"
)

// shared is the shared data folder beside the repository.
const shared = "../../shared"

func TestReadCoNLL(t *testing.T) {
	in := "فرانكفورت B-LOC\n(د O\n أ) O\n O\nأعلن O\nاتحاد I-ORG\nصناعة I-ORG\n. O\nفي O\n\nبغداد B-LOC\n"
	sents, err := ner.ReadCoNLL(strings.NewReader(in), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(sents), 3; got != want {
		t.Fatalf("%d sentences, want %d: %v", got, want, sents)
	}
	if got, want := strings.Join(sents[0].Words, " "), "فرانكفورت (د أ) أعلن اتحاد صناعة ."; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	// An I- that begins an entity is read as B-, as conlleval reads it.
	if got, want := strings.Join(sents[0].Tags, " "), "B-LOC O O O B-ORG I-ORG O"; got != want {
		t.Errorf("tags %q, want %q", got, want)
	}
	if got, want := sents[1].Line, 9; got != want {
		t.Errorf("second sentence at line %d, want %d", got, want)
	}
	if got, want := sents[2].Line, 11; got != want {
		t.Errorf("third sentence at line %d, want %d", got, want)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"كلمة O\nكلمة X-PERS\n", "t.txt:2: bad IOB2 tag"},
		{"كلمة O\nكلمةوحدها\n", "t.txt:2: bad IOB2 tag"},
		{"كلمة O\n\xff O\n", "t.txt:2: invalid UTF-8"},
	} {
		_, err := ner.ReadCoNLL(strings.NewReader(tc.in), "t.txt")
		var re *ner.ReadError
		if !errors.As(err, &re) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestReadTokens(t *testing.T) {
	sents, err := ner.ReadTokens(strings.NewReader("\nالتقى\n بلينكن \n\n\nفي\nواشنطن"), "t")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(sents), 2; got != want {
		t.Fatalf("%d sentences, want %d", got, want)
	}
	if got, want := strings.Join(sents[1].Words, " "), "في واشنطن"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		tags string
		want []ner.Entity
	}{
		{"O B-PERS I-PERS O B-LOC", []ner.Entity{{"PERS", 1, 3}, {"LOC", 4, 5}}},
		{"I-ORG I-ORG B-ORG", []ner.Entity{{"ORG", 0, 2}, {"ORG", 2, 3}}},
		{"B-PERS I-LOC O", []ner.Entity{{"PERS", 0, 1}, {"LOC", 1, 2}}},
		{"O O", nil},
	} {
		if got := ner.Entities(strings.Fields(tc.tags)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestSplitDev(t *testing.T) {
	sents := make([]ner.Sentence, 95)
	train, dev := ner.SplitDev(sents, 0.1)
	if len(train) != 85 || len(dev) != 10 {
		t.Errorf("split %d/%d, want 85/10", len(train), len(dev))
	}
}

// TestTrainRoundTrip trains on a fictional toy corpus, writes the model,
// reads it back and checks both tag alike and learn the training data.
func TestTrainRoundTrip(t *testing.T) {
	sents := toySentences(
		"قال/O زيدان/B-PERS عمرو/I-PERS في/O أرنور/B-LOC ./O",
		"زار/O زيدان/B-PERS أرنور/B-LOC أمس/O ./O",
		"أعلن/O حزب/B-ORG النجمة/I-ORG في/O غوندور/B-LOC ./O",
		"التقى/O عمرو/B-PERS حزب/B-ORG النجمة/I-ORG ./O",
		"وصل/O زيدان/B-PERS إلى/O غوندور/B-LOC ./O",
	)
	m, err := ner.Train(sents, ner.TrainOptions{Iterations: 5, Seed: 1, Info: "toy"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ner.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m2.Info(), "toy"; got != want {
		t.Errorf("info %q, want %q", got, want)
	}
	for _, s := range sents {
		got, got2 := m.Tag(s.Words), m2.Tag(s.Words)
		if !slices.Equal(got, got2) {
			t.Errorf("%v: trained model %v, read back %v", s.Words, got, got2)
		}
		if !slices.Equal(got2, s.Tags) {
			t.Errorf("%v: got %v, want %v", s.Words, got2, s.Tags)
		}
	}
	// Training is deterministic.
	m3, err := ner.Train(sents, ner.TrainOptions{Iterations: 5, Seed: 1, Info: "toy"})
	if err != nil {
		t.Fatal(err)
	}
	var buf3 bytes.Buffer
	m3.WriteTo(&buf3)
	if !bytes.Equal(buf.Bytes(), buf3.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestFromBytesErrors(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("MNER hello"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := ner.FromBytes(data); err == nil || !strings.Contains(err.Error(), "ner: bad model file") {
			t.Errorf("%s: error %v, want a bad-model error", name, err)
		}
	}
}

func TestDefault(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Tags()[0], "O"; got != want {
		t.Errorf("first tag %q, want %q", got, want)
	}
	dev, err := ner.Dev()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dev.Tags(), m.Tags()) {
		t.Errorf("development model's tags %v, the model's %v", dev.Tags(), m.Tags())
	}
	var total int64
	for _, x := range []struct {
		file string
		m    *ner.Model
	}{{"model/anercorp.model.gz", m}, {"model/anercorp-dev.model.gz", dev}} {
		st, err := os.Stat(x.file)
		if err != nil {
			t.Fatal(err)
		}
		total += st.Size()
		t.Logf("%s: %s; %d bytes, %d features", x.file, x.m.Info(), st.Size(), x.m.Features())
	}
	if total > 25<<20 {
		t.Errorf("the models are %d bytes, more than 25 MB", total)
	}
}

// TestPhrases checks that names of several words added to the gazetteer
// are found in a sentence with their clitics and article, and change what
// the tagger learns.
func TestPhrases(t *testing.T) {
	g := ner.NewGazetteer()
	g.AddPhrase("حزب كاديما", ner.PhrOrg)
	g.AddPhrase("وزير الخارجية", ner.PhrRole)
	if got := g.Lookup("حزب كاديما"); got&ner.PhrOrg == 0 {
		t.Errorf("حزب كاديما: bits %b, want PhrOrg", got)
	}
	if got := g.Lookup("حزب"); got&(ner.PhrOrg|ner.PhrRole) != 0 {
		t.Errorf("حزب: bits %b, want no phrase type", got)
	}
	sents := toySentences(
		"قال/O وزير/O الخارجية/O زيدان/B-PERS إن/O حزب/B-ORG كاديما/I-ORG فاز/O ./O",
		"وأعلن/O حزب/O العمال/O أن/O وزير/O الخارجية/O عمرو/B-PERS وصل/O ./O",
	)
	m, err := ner.Train(sents, ner.TrainOptions{Iterations: 5, Seed: 1, Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	// Only the gazetteer tells حزب كاديما from حزب العمال.
	got := m.Tag(strings.Fields("ووصل وزير الخارجية بكر ثم حزب كاديما"))
	if want := "O O O B-PERS O B-ORG I-ORG"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestSeed tags the seed article, tokenized by the arabic tokenizer, and
// checks the persons and places of the design notes.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(shared, "seeds/000_855d7bddcf291e5e.txt"))
	if err != nil {
		t.Skipf("seed article absent (%v): run with ../shared beside the repository", err)
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	toks := arabic.Tokenize(text)
	var sents [][]string
	var stems [][]string
	seg, err := arabic.NewSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range arabic.Sentences(text, toks) {
		var words, ss []string
		for _, tk := range toks[s.First:s.Last] {
			words = append(words, tk.Text)
			stem := tk.Norm
			for _, g := range seg.Segment(tk) {
				if g.Kind == arabic.SegStem {
					stem = g.Norm
				}
			}
			ss = append(ss, stem)
		}
		sents = append(sents, words)
		stems = append(stems, ss)
	}
	tagged := m.TagSentences(sents)
	for _, tc := range []struct{ name, typ string }{
		{"بلينكن", "PERS"}, {"فؤاد حسين", "PERS"}, {"الكاظمي", "PERS"},
		{"واشنطن", "LOC"}, {"بغداد", "LOC"}, {"اربيل", "LOC"},
	} {
		want := strings.Fields(arabic.Key(tc.name, 0))
		found, right := 0, 0
		var wrong []string
		for s := range sents {
			for i := 0; i+len(want) <= len(sents[s]); i++ {
				if !slices.Equal(stems[s][i:i+len(want)], want) {
					continue
				}
				found++
				ok := tagged[s][i] == "B-"+tc.typ || tagged[s][i] == "I-"+tc.typ
				for j := 1; j < len(want); j++ {
					ok = ok && tagged[s][i+j] == "I-"+tc.typ
				}
				if ok {
					right++
				} else {
					wrong = append(wrong, strings.Join(tagged[s][i:i+len(want)], " "))
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: not in the seed", tc.name)
			continue
		}
		if right < found {
			t.Errorf("%s: tagged %s at %d of its %d mentions (others: %v)", tc.name, tc.typ, right, found, wrong)
		} else {
			t.Logf("%s: %s at all %d mentions", tc.name, tc.typ, found)
		}
	}
}

// toySentences reads sentences written as "word/TAG word/TAG …".
func toySentences(lines ...string) []ner.Sentence {
	var sents []ner.Sentence
	for _, s := range lines {
		var st ner.Sentence
		for _, wt := range strings.Fields(s) {
			w, tag, _ := strings.Cut(wt, "/")
			st.Words = append(st.Words, w)
			st.Tags = append(st.Tags, tag)
		}
		sents = append(sents, st)
	}
	return sents
}
