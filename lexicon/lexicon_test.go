package lexicon_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

func analyzer(t testing.TB) *arabic.Analyzer {
	t.Helper()
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	_, err := lexicon.Load(analyzer(t).Segmenter(), "testdata/bad")
	if err == nil {
		t.Fatal("Load of a broken file: no error")
	}
	var pe *marsad.PositionError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v: not a PositionError", err)
	}
	for _, want := range []string{
		"testdata/bad/broken.lex:6: code IRQGOV: bad date \"2020-13-01\": no such day",
		"testdata/bad/broken.lex:7: place: want \"place\" followed by one id",
		"testdata/bad/broken.lex:8: field outside an entry",
		"testdata/bad/broken.lex:10: unknown entry kind \"colour\"",
		"testdata/bad/broken.lex:13: unknown field \"wibble\"",
		"testdata/bad/broken.lex:11: actor x: missing field \"type\"",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%v", want, err)
		}
	}
}

func TestParseTest(t *testing.T) {
	entries, errs := lexicon.Parse("x.lex", []byte("agent fm\n  code GOV\n  office fm\n  ar وزير الخارجية\n  test قال وزير الخارجية العراقي @2021-07-26 => IRQGOV \"Fuad Hussein\"\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := entries[0].Tests[0]
	if got.Sentence != "قال وزير الخارجية العراقي" || got.Date.String() != "2021-07-26" || got.Expect != "IRQGOV" || got.Name != "Fuad Hussein" || got.Pos.Line != 5 {
		t.Errorf("test parsed as %+v", got)
	}
}

func TestParseNoPanic(t *testing.T) {
	for _, in := range []string{"", "\n\n", "actor", "actor a b c", " ar x", "actor a\n  test", "actor a\n  test =>", "actor a\n  test x @ => y",
		"actor a\n  code A 2020..2019", "place p\n  coord 1", "place p\n  coord 100 0", "pattern p\n  verb", "\xff\xfe", "actor a\n  test x => y \"z"} {
		lexicon.Parse("fuzz.lex", []byte(in))
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("actor a\n  name A\n  type person\n  ar ا\n  code IRQGOV 2020..\n  test ا @2020 => IRQGOV\n"))
	f.Add([]byte("pattern p\n  cameo 190\n  verb هاجم يهاجم\n  with على\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _ := lexicon.Parse("fuzz.lex", data)
		for _, e := range entries {
			for _, c := range e.Codes {
				if c.From != 0 && c.To != 0 && c.To < c.From {
					t.Fatalf("range ends before it starts: %+v", c)
				}
			}
		}
	})
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string
		bad  bool
	}{
		{"2021", false, "2021-01-01", false},
		{"2021", true, "2021-12-31", false},
		{"2020-02", true, "2020-02-29", false},
		{"2021-07-26", false, "2021-07-26", false},
		{"2021-02-30", false, "", true},
		{"21", false, "", true},
		{"2021-7-26", false, "", true},
	}
	for _, tt := range tests {
		d, err := lexicon.ParseDate(tt.in, tt.end)
		if (err != nil) != tt.bad || err == nil && d.String() != tt.want {
			t.Errorf("ParseDate(%q, %v) = %v, %v; want %s", tt.in, tt.end, d, err, tt.want)
		}
	}
}

// TestUserLexicon checks that an actor in a user's own file is used
// without rebuilding, and that the user's file adds to the built-in
// lexicon rather than replacing it.
func TestUserLexicon(t *testing.T) {
	a := analyzer(t)
	lx, err := lexicon.Load(a.Segmenter(), "testdata/user")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := lexicon.ParseDate("2021-07-26", false)
	ms := lx.NewMatcher().Mentions(a.Analyze("وقال الساعدي إن الفصائل لن تتراجع", d.Time()), d)
	if len(ms) == 0 || ms[0].Code != "IRQUAF" || ms[0].Name != "Example Militia Commander" {
		t.Errorf("user actor: got %+v", ms)
	}
	for _, r := range lx.RunTests(a) {
		if r.Entry.User && !r.Pass {
			t.Error(r.Err())
		}
	}
	if _, err := lexicon.Load(a.Segmenter(), "testdata/no-such-dir"); err == nil {
		t.Error("Load of a missing directory: no error")
	}
}

// BenchmarkLoad measures compiling the built-in lexicon, the segmenter
// already loaded (it is shared with the text layer).
func BenchmarkLoad(b *testing.B) {
	seg := analyzer(b).Segmenter()
	for b.Loop() {
		if _, err := lexicon.Load(seg); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSharedFormByDate: two persons may share a form when their roles do
// not overlap; the date picks one.
func TestSharedFormByDate(t *testing.T) {
	a := analyzer(t)
	lx, err := lexicon.Load(a.Segmenter(), "testdata/shared")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range lx.Check() {
		if strings.Contains(p.Error(), "testdata/shared") {
			t.Error(p)
		}
	}
	for _, tt := range []struct{ date, want string }{
		{"1990-01-01", "Test Hafez"}, {"2010-01-01", "Test Bashar"}, {"2000-06-30", "Test Hafez"}, {"2025-06-01", "Test Bashar"},
	} {
		d, _ := lexicon.ParseDate(tt.date, false)
		ms := lx.NewMatcher().Mentions(a.Analyze("قال التجريبي في خطاب", d.Time()), d)
		if len(ms) != 1 || ms[0].Name != tt.want {
			t.Errorf("%s: got %+v, want %s", tt.date, ms, tt.want)
		}
	}
}

// TestTriggersThroughClitics: a trigger is found under clitics the
// segmenter leaves on the word, and in its inflections.
func TestTriggersThroughClitics(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	for _, s := range []string{"وستهاجم الفصائل القاعدة", "فهاجموا القاعدة", "ويهاجمون القاعدة", "هاجمتها الفصائل"} {
		ts := lx.NewMatcher().Triggers(a.Analyze(s, time.Time{}))
		if len(ts) == 0 || ts[0].Code != "190" {
			t.Errorf("%q: triggers %+v, want 190 first", s, ts)
		}
	}
}

// TestLiteralVerbs checks that a literal phrase opening with a pattern's
// verb form is matched as a verb, and one opening with a verbal noun, or
// a word that is both, as a noun.
func TestLiteralVerbs(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	for _, tt := range []struct {
		text, trigger string
		verb          bool
	}{
		{"وفجر انتحاري نفسه قرب الحاجز", "فجر", true},
		{"وأطلقوا النار على الحافلة", "أطلقوا النار", true},
		{"وقتل 15 شخصا في انفجار", "قتل", true},
		{"وقتل شرطي في تبادل إطلاق النار", "إطلاق", false},
		{"واتهمت المنظمة الجيش بأعمال قتل جماعي", "قتل جماعي", false},
	} {
		an := a.Analyze(tt.text, time.Time{})
		found := false
		for _, tr := range lx.NewMatcher().Triggers(an) {
			if strings.Contains(an.Text[tr.Start:tr.End], tt.trigger) {
				found = true
				if tr.Verb != tt.verb {
					t.Errorf("%q: trigger %q (%s) verb %v, want %v", tt.text, an.Text[tr.Start:tr.End], tr.Pattern.ID, tr.Verb, tt.verb)
				}
			}
		}
		if !found {
			t.Errorf("%q: no trigger with %q", tt.text, tt.trigger)
		}
	}
}
