package arabic_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad/arabic"
)

var ref = time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)

// checkAnalysis checks the invariants every analysis keeps: every token,
// segment, number and date slices the text, and segments tile their token.
func checkAnalysis(t *testing.T, an *arabic.Analysis) {
	t.Helper()
	src := an.Text
	for i, tok := range an.Tokens {
		if tok.In(src) != tok.Text || tok.End <= tok.Start {
			t.Fatalf("token %d [%d,%d) does not slice the text", i, tok.Start, tok.End)
		}
		at := tok.Start
		for _, s := range an.TokenSegments(i) {
			if s.Start != at || s.End < s.Start || s.End > len(src) || src[s.Start:s.End] != s.Text {
				t.Fatalf("token %d %+q: segment [%d,%d) does not tile it", i, tok.Text, s.Start, s.End)
			}
			at = s.End
		}
		if at != tok.End {
			t.Fatalf("token %d %+q: segments end at %d, token at %d", i, tok.Text, at, tok.End)
		}
	}
	for _, n := range an.Numbers {
		if n.Start < 0 || n.End > len(src) || n.Start > n.End || src[n.Start:n.End] != n.Text {
			t.Fatalf("number [%d,%d) %+q does not slice the text", n.Start, n.End, n.Text)
		}
	}
	for _, d := range an.Dates {
		if d.Start < 0 || d.End > len(src) || d.Start > d.End || src[d.Start:d.End] != d.Text {
			t.Fatalf("date [%d,%d) %+q does not slice the text", d.Start, d.End, d.Text)
		}
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	const big = 10 << 20
	for _, tt := range []struct{ name, in string }{
		{"invalid-utf8", "قال \xff\xfe الوزير \xc3 في \xd8"},
		{"nul", "قال\x00الوزير \x00\x00 2500\x00جندي"},
		{"lone-diacritics", "\u064e\u064f\u0650 \u0651 ب\u064e \u0670"},
		{"only-marks", strings.Repeat("\u0640\u064b", 1000)},
		{"bidi", "\u200f\u200e\u061c١١\u200f/٠٧\u200f/٢٠١٤\u202b"},
		{"no-spaces-arabic", strings.Repeat("والحكومة", big/16)},
		{"no-spaces-latin", strings.Repeat("x", big)},
		{"no-spaces-digits", strings.Repeat("1", big)},
		{"dense-tokens", strings.Repeat("ب1.x،", (1<<20)/8)},
		{"numbers-words", strings.Repeat("ثلاثة آلاف و", 100000)},
		{"dates-words", strings.Repeat("الجمعة الماضية 23 يوليو ", 50000)},
	} {
		t.Run(fmt.Sprintf("%s:%d", tt.name, len(tt.in)), func(t *testing.T) {
			checkAnalysis(t, a.Analyze(tt.in, ref))
		})
	}
}

// seedFigures checks the numbers and dates the seed article must give.
func seedFigures(t *testing.T, an *arabic.Analysis) {
	t.Helper()
	numbers := map[string]float64{}
	for _, n := range an.Numbers {
		numbers[n.Text] = n.Value
	}
	for text, want := range map[string]float64{"ثلاثة آلاف": 3000, "2500": 2500} {
		if got, ok := numbers[text]; !ok || got != want {
			t.Errorf("number %+q = %v, want %v (numbers: %v)", text, got, want, numbers)
		}
	}
	dates := map[string]string{}
	for _, d := range an.Dates {
		dates[d.Text] = d.ISO()
	}
	for _, want := range []struct{ text, iso string }{
		{"يونيو 2020", "2020-06"},
		{"عام 2003", "2003"},
		{"الجمعة الماضية", "2021-07-23"},
	} {
		found := false
		for text, iso := range dates {
			found = found || (strings.Contains(text, want.text) && iso == want.iso)
		}
		if !found {
			t.Errorf("date %+q = %s not found; dates: %v", want.text, want.iso, dates)
		}
	}
}

// TestAnalyzeSeed checks the seed's figures on sentences in its style,
// written for this test, published 2021-07-26.
func TestAnalyzeSeed(t *testing.T) {
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	text := "ويهدف الحوار الذي انطلق رسمياً منذ يونيو 2020 إلى تحديد العلاقة، بعد الغزو الأمريكي للعراق عام 2003. " +
		"وينتشر الآن في العراق نحو ثلاثة آلاف جندي من قوات التحالف، بينهم 2500 جندي أمريكي. " +
		"والتقى الوزير نظيره بواشنطن الجمعة الماضية."
	an := a.Analyze(text, ref)
	checkAnalysis(t, an)
	seedFigures(t, an)
}

const seedPath = "../../shared/seeds/000_855d7bddcf291e5e.txt"

// TestSeedArticle reads the model article of the project and checks the
// numbers and dates it must give, published 2021-07-26.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("seed article absent (%s): clone the project with ../shared beside it", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	an := a.Analyze(string(b), ref)
	checkAnalysis(t, an)
	seedFigures(t, an)
	if len(an.Sentences) < 10 {
		t.Errorf("%d sentences, want ≥ 10", len(an.Sentences))
	}
}
