package coder

import (
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

var testPub = time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)

var (
	testOnce sync.Once
	testAn   *arabic.Analyzer
	testLx   *lexicon.Lexicon
	testErr  error
)

// analyse reads text with the real text layer and lexicon, as Code does.
func analyse(t testing.TB, text string) (*arabic.Analysis, []lexicon.Mention) {
	t.Helper()
	testOnce.Do(func() {
		testAn, testErr = arabic.NewAnalyzer()
		if testErr == nil {
			testLx, testErr = lexicon.Default()
		}
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	an := testAn.Analyze(text, testPub)
	return an, testLx.NewMatcher().Mentions(an, lexicon.DateOf(testPub))
}

// checkSpans asserts the contract's invariant on quotes and on their
// speakers.
func checkQuoteSpans(t testing.TB, text string, qs []marsad.Quote) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End < q.Start || q.End > len(text) || text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %+v does not slice the text", q)
		}
		if a := q.Speaker; a != nil && (a.Start < 0 || a.End < a.Start || a.End > len(text) || text[a.Start:a.End] != a.Text) {
			t.Fatalf("speaker %+v does not slice the text", a)
		}
	}
}

func speakerName(a *marsad.Actor) string {
	switch {
	case a == nil:
		return "-"
	case a.Name != "":
		return a.Name
	}
	return a.Code
}

func TestFindQuotes(t *testing.T) {
	type want struct {
		text, speaker, verb string // speaker: English name, else code; "-" for none
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"VSO with a role and a name",
			"وقال وزير الخارجية الأمريكي أنتوني بلينكن في مؤتمر صحفي: “نحن ملتزمون بدعم شركائنا في المنطقة”.",
			[]want{{"نحن ملتزمون بدعم شركائنا في المنطقة", "Antony Blinken", "قال"}}},
		{"guillemets, feminine verb, organization",
			"أكدت الحكومة العراقية في بيان أن «الانتخابات ستجري في موعدها المحدد دون تأجيل».",
			[]want{{"الانتخابات ستجري في موعدها المحدد دون تأجيل", "IRQGOV", "أكدت"}}},
		{"pronoun subject: the last person",
			"استقبل رئيس الوزراء العراقي مصطفى الكاظمي وفدا من رجال الأعمال في بغداد. وأضاف أن “العراق منفتح على كل الاستثمارات الجادة”.",
			[]want{{"العراق منفتح على كل الاستثمارات الجادة", "Mustafa al-Kadhimi", "أضاف"}}},
		{"pronoun glued to a particle",
			"التقى فؤاد حسين بالسفير الفرنسي في بغداد، ولكنه أكد أن “المحادثات ما زالت في بدايتها”.",
			[]want{{"المحادثات ما زالت في بدايتها", "Fuad Hussein", "أكد"}}},
		{"no verb: the actor before the quote",
			"وخالف ذلك موقف الحكومة العراقية التي ترغب في “أن تبقى قوات التحالف لتدريب الجيش”.",
			[]want{{"أن تبقى قوات التحالف لتدريب الجيش", "IRQGOV", ""}}},
		{"no verb and no actor",
			"وجاء في نص الرسالة “لن نقبل بأي تدخل في شؤوننا الداخلية”.",
			[]want{{"لن نقبل بأي تدخل في شؤوننا الداخلية", "-", ""}}},
		{"a quote over two sentences",
			"وقال بلينكن: \"لقد حققنا تقدما كبيرا. وسنواصل العمل معا في الأشهر المقبلة.\"",
			[]want{{"لقد حققنا تقدما كبيرا. وسنواصل العمل معا في الأشهر المقبلة.", "Antony Blinken", "قال"}}},
		{"scare quotes are no quotes",
			"وصفت الحكومة الجماعة بـ“الإرهابية” ورفضت ما سمته “صفقة القرن”.",
			nil},
		{"a name in quotes is no quote",
			"أعلنت “قوات سوريا الديمقراطية” السيطرة على البلدة.",
			nil},
		{"a title after a naming word is no quote",
			"أطلق الجيش التركي عملية “نبع السلام الجديدة” في شمال سوريا.",
			nil},
		{"an opening mark never closed",
			"قال الوزير “إن الحوار مستمر.\n\nوفي سياق آخر أكد بلينكن أن «الشراكة بين البلدين قوية جدا».",
			[]want{{"الشراكة بين البلدين قوية جدا", "Antony Blinken", "أكد"}}},
		{"reversed marks",
			"وقال الكاظمي ”إن بلادنا لم تعد بحاجة إلى قوات قتالية“.",
			[]want{{"إن بلادنا لم تعد بحاجة إلى قوات قتالية", "Mustafa al-Kadhimi", "قال"}}},
		{"verb after the quote",
			"“سنرد على أي هجوم يستهدف قواتنا”، قال وزير الدفاع الأمريكي لويد أوستن.",
			[]want{{"سنرد على أي هجوم يستهدف قواتنا", "Lloyd Austin", "قال"}}},
		{"an unknown subject gives no speaker",
			"التقى بلينكن نظيره العراقي. وقال رجل من سكان المدينة: “نريد الأمن فقط لا غير”.",
			[]want{{"نريد الأمن فقط لا غير", "-", "قال"}}},
		{"a capital speaks for its state",
			"واشنطن ترى أن “الوقت قد حان لإنهاء المهمة القتالية”.",
			[]want{{"الوقت قد حان لإنهاء المهمة القتالية", "Washington", "ترى"}}},
		{"citing verb: the source after عن",
			"ونقلت وكالة الأنباء عن مسؤول عراقي قوله “إن الهجوم لم يسفر عن إصابات”.",
			[]want{{"إن الهجوم لم يسفر عن إصابات", "IRQGOV", "نقلت"}}},
		{"a stray closing mark before the quote",
			"انتهى الاجتماع” بلا بيان. وقال بلينكن إن “الحوار سيستمر في الأسابيع المقبلة”.",
			[]want{{"الحوار سيستمر في الأسابيع المقبلة", "Antony Blinken", "قال"}}},
		{"the verb and a colon end the line before the quote",
			"وقال الرئيس الأمريكي جو بايدن:\n“سننهي المهمة القتالية في العراق بنهاية العام”.",
			[]want{{"سننهي المهمة القتالية في العراق بنهاية العام", "Joe Biden", "قال"}}},
		{"an odd straight quote opens nothing",
			"وقال بلينكن \"إن الحوار مستمر\" فيما ذكر مراقبون أن الجلسة \"طويلة.",
			[]want{{"إن الحوار مستمر", "Antony Blinken", "قال"}}},
		{"two quotes, two speakers",
			"أكد بلينكن أن “الشراكة أوسع من التعاون العسكري”، بينما أكد فؤاد حسين أن “علاقاتنا ليست مجرد علاقات عسكرية”.",
			[]want{
				{"الشراكة أوسع من التعاون العسكري", "Antony Blinken", "أكد"},
				{"علاقاتنا ليست مجرد علاقات عسكرية", "Fuad Hussein", "أكد"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, ms := analyse(t, tt.text)
			got := findQuotes(an, ms)
			checkQuoteSpans(t, tt.text, got)
			if len(got) != len(tt.want) {
				t.Fatalf("%d quotes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, q := range got {
				w := tt.want[i]
				if q.Text != w.text || speakerName(q.Speaker) != w.speaker || q.Verb != w.verb {
					t.Errorf("quote %d = %q by %s (verb %q), want %q by %s (verb %q)",
						i, q.Text, speakerName(q.Speaker), q.Verb, w.text, w.speaker, w.verb)
				}
			}
		})
	}
}

// TestFindQuotesKeepsMentions checks that findQuotes leaves ms as it was.
func TestFindQuotesKeepsMentions(t *testing.T) {
	text := "وقال بلينكن: “نحن ملتزمون بدعم شركائنا في المنطقة”."
	an, ms := analyse(t, text)
	before := append([]lexicon.Mention(nil), ms...)
	findQuotes(an, ms)
	findQuantities(an, ms)
	for i := range ms {
		if ms[i] != before[i] {
			t.Fatalf("mention %d changed: %+v, was %+v", i, ms[i], before[i])
		}
	}
}

const seedPath = "../../shared/seeds/000_855d7bddcf291e5e.txt"

// seedMentions reads the seed article and its mentions, or skips the
// test when ../shared is absent.
func seedMentions(t *testing.T) (string, *arabic.Analysis, []lexicon.Mention) {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not found, skipping (%v)", err)
	}
	text := string(data)
	an, ms := analyse(t, text)
	return text, an, ms
}

func TestSeedQuotes(t *testing.T) {
	text, an, ms := seedMentions(t)
	// The coreference the coder adds before findQuotes: the surname "حسين"
	// after "فؤاد حسين" is the same person; "الحكومة" in "موقف الحكومة"
	// is Iraq's.
	var fuad *lexicon.Mention
	for i := range ms {
		if ms[i].Name == "Fuad Hussein" {
			fuad = &ms[i]
			break
		}
	}
	if fuad == nil {
		t.Fatal("no mention of Fuad Hussein in the seed")
	}
	var resolved []lexicon.Mention
	gov := false
	for _, m := range ms {
		if !gov && m.Kind == lexicon.MentionAgent && text[m.Start:m.End] == "الحكومة" {
			m.Kind, m.Code, m.Country = lexicon.MentionActor, "IRQGOV", "IRQ"
			gov = true
		}
		resolved = append(resolved, m)
	}
	for j := fuad.Last; j < len(an.Tokens); j++ {
		if an.Tokens[j].Text == "حسين" {
			c := *fuad
			c.First, c.Last, c.Start, c.End = j, j+1, an.Tokens[j].Start, an.Tokens[j].End
			resolved = append(resolved, c)
			break
		}
	}
	sort.Slice(resolved, func(i, j int) bool { return resolved[i].First < resolved[j].First })
	ms = resolved

	got := findQuotes(an, ms)
	checkQuoteSpans(t, text, got)
	for _, q := range got {
		t.Logf("quote %d-%d by %s (%q): %.60s", q.Start, q.End, speakerName(q.Speaker), q.Verb, q.Text)
	}
	want := []struct{ prefix, speaker string }{
		{"أن تُواصل الولايات المتحدة", "IRQGOV"},
		{"أن الشراكة بين الولايات المتحدة", "Antony Blinken"},
		{"علاقاتنا مع الولايات المتحدة", "Fuad Hussein"},
		{"سيعتمد على نتيجة المحادثات", "Mustafa al-Kadhimi"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d quotes in the seed, want %d", len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if len(q.Text) < len(w.prefix) || q.Text[:len(w.prefix)] != w.prefix || speakerName(q.Speaker) != w.speaker {
			t.Errorf("quote %d = %.40q by %s, want %q… by %s", i, q.Text, speakerName(q.Speaker), w.prefix, w.speaker)
		}
	}
}

// FuzzQuotes checks that quotes and quantities never panic and always
// slice the text, whatever the marks.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"وقال بلينكن: “نحن ملتزمون بدعم شركائنا في المنطقة”.",
		"“”«»\"\"",
		"قال “ “ ” ” « « » »",
		"أكد حسين أن \"علاقاتنا واسعة\n\nجدا\" و\"",
		"وينتشر نحو ثلاثة آلاف جندي من قوات التحالف الدولي، بينهم 2500 جندي أمريكي.",
		"”reversed“ »marks« \"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		an, ms := analyse(t, text)
		checkQuoteSpans(t, text, findQuotes(an, ms))
		checkQuantitySpans(t, text, findQuantities(an, ms))
	})
}

// BenchmarkSeedQuotesQuantities measures findQuotes and findQuantities
// alone on the model article (the analysis and mentions are made once).
func BenchmarkSeedQuotesQuantities(b *testing.B) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		b.Skipf("seed article not found, skipping (%v)", err)
	}
	an, ms := analyse(b, string(data))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		findQuotes(an, ms)
		findQuantities(an, ms)
	}
}
