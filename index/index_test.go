package index_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/index"
)

func mustIndexer(tb testing.TB) *index.Indexer {
	tb.Helper()
	seg, err := arabic.NewSegmenter()
	if err != nil {
		tb.Fatal(err)
	}
	return index.New(seg)
}

// Texts written for these tests: one report, a copy by a second outlet
// with another lead, spelling and punctuation, and an unrelated report.
const (
	report = `أعلن وزير الخارجية العراقي فؤاد حسين، يوم الجمعة، أن الجولة الرابعة من الحوار الاستراتيجي بين بغداد وواشنطن ستعقد في العاصمة الأمريكية نهاية الشهر الجاري، وأن المحادثات ستتناول مستقبل قوات التحالف الدولي في العراق وجدول انسحاب القوات القتالية. وقال حسين في مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي وتسليحه، وإن بلاده لا تحتاج إلى قوات قتالية أجنبية على أراضيها. وأضاف أن نحو ثلاثة آلاف جندي من قوات التحالف ما زالوا في العراق، بينهم ألفان وخمسمئة جندي أمريكي.`
	copied = `بغداد - وكالات: أعلن وزير الخارجية العراقى فؤاد حسين يوم الجمعة أن الجولة الرابعة من الحوار الاستراتيجى بين بغداد وواشنطن ستعقد فى العاصمة الأمريكية نهاية الشهر الجاري وأن المحادثات ستتناول مستقبل قوات التحالف الدولي في العراق وجدول انسحاب القوات القتالية. وقال حسين فى مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي وتسليحه، وإن بلاده لا تحتاج الى قوات قتالية أجنبية على أراضيها.`
	other  = `قالت وزارة الصحة التونسية إن حملة التطعيم الوطنية ستشمل في مرحلتها الثانية المدارس والجامعات في الولايات الجنوبية، وإن مراكز جديدة ستفتح أبوابها في صفاقس وقابس ومدنين خلال الأسبوع المقبل، داعية المواطنين إلى التسجيل عبر المنصة الإلكترونية قبل التوجه إلى المراكز.`
)

func TestKeys(t *testing.T) {
	x := mustIndexer(t)
	a := x.Keys(marsad.Document{Text: report})
	t.Run("ExactDuplicate", func(t *testing.T) {
		// Diacritics, tatweel, hamza forms and spacing do not change the hash.
		b := x.Keys(marsad.Document{Text: "  " + report + "\n"})
		if a.Hash != b.Hash {
			t.Fatal("hash differs for the same text")
		}
		if got, want := x.Keys(marsad.Document{Text: "أعلنَ الوزيـــر"}).Hash, x.Keys(marsad.Document{Text: "اعلن الوزير"}).Hash; got != want {
			t.Fatalf("normalized forms hash apart")
		}
	})
	t.Run("NearDuplicate", func(t *testing.T) {
		b := x.Keys(marsad.Document{Text: copied})
		if a.Hash == b.Hash {
			t.Fatal("a near copy hashes as an exact one")
		}
		sim := index.Similarity(a.MinHash, b.MinHash)
		if sim < index.NearThreshold {
			t.Fatalf("similarity of a near copy = %.2f, want ≥ %.2f", sim, index.NearThreshold)
		}
		shared := 0
		for i := range a.Bands {
			if a.Bands[i] == b.Bands[i] {
				shared++
			}
		}
		if shared == 0 {
			t.Fatal("a near copy shares no LSH band")
		}
	})
	t.Run("Different", func(t *testing.T) {
		c := x.Keys(marsad.Document{Text: other})
		if sim := index.Similarity(a.MinHash, c.MinHash); sim > 0.1 {
			t.Fatalf("similarity of unrelated texts = %.2f", sim)
		}
		for i := range a.Bands {
			if a.Bands[i] == c.Bands[i] {
				t.Fatalf("unrelated texts share band %d", i)
			}
		}
	})
	t.Run("Empty", func(t *testing.T) {
		k := x.Keys(marsad.Document{Text: "،،"})
		if k.MinHash != nil || k.Bands != nil {
			t.Fatal("a text without words has a signature")
		}
	})
}

func TestQueryTerms(t *testing.T) {
	x := mustIndexer(t)
	for _, tc := range []struct{ query, doc string }{
		{"العراق", "وصل الوزير بالعراق أمس"},
		{"احمد", "قال أحمد إن"},
		{"الحكومة", "وللحكومه موقف"},
		{"واشنطن", "من واشنطن"},
	} {
		q := x.QueryTerms(tc.query)
		if len(q) != 1 {
			t.Fatalf("%+q: terms %q", tc.query, q)
		}
		terms := x.Keys(marsad.Document{Text: tc.doc}).Terms
		found := false
		for _, w := range splitSpace(terms) {
			found = found || w == q[0]
		}
		if !found {
			t.Errorf("%+q: term %+q not in the terms of %+q: %+q", tc.query, q[0], tc.doc, terms)
		}
	}
}

func splitSpace(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func TestSnippet(t *testing.T) {
	x := mustIndexer(t)
	s := x.Snippet(report, x.QueryTerms("الجيش"), 60)
	if s == "" || len(s) > 200 {
		t.Fatalf("snippet %q", s)
	}
	if !containsWord(s, "الجيش") {
		t.Fatalf("snippet %q lacks the word", s)
	}
}

func containsWord(s, w string) bool {
	for _, f := range splitSpace(s) {
		if f == w {
			return true
		}
	}
	return false
}

func BenchmarkKeys(b *testing.B) {
	x := mustIndexer(b)
	doc := marsad.Document{Text: report + report + report}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		x.Keys(doc)
	}
}
