package arabic_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

func TestSentences(t *testing.T) {
	for i, tt := range []struct {
		group, in string
		want      []string
	}{
		{"basic", "قال الوزير إن الجولة انتهت. وأضاف أن المحادثات مستمرة؟ نعم!",
			[]string{"قال الوزير إن الجولة انتهت.", "وأضاف أن المحادثات مستمرة؟", "نعم!"}},
		{"comma", "التقى الوزير نظيره، وبحثا الملفات؛ ثم غادر.",
			[]string{"التقى الوزير نظيره، وبحثا الملفات؛ ثم غادر."}},
		{"decimal", "ارتفع النمو 3.5 في المئة. وتراجع التضخم.",
			[]string{"ارتفع النمو 3.5 في المئة.", "وتراجع التضخم."}},
		{"abbrev", "قال د. محمد علي إن م. أحمد وصل. ثم غادر.",
			[]string{"قال د. محمد علي إن م. أحمد وصل.", "ثم غادر."}},
		{"headline", "الحكومة ترفض الانسحاب\nقالت الحكومة العراقية إنها ترفض.",
			[]string{"الحكومة ترفض الانسحاب", "قالت الحكومة العراقية إنها ترفض."}},
		{"quote", "وقال: “الشراكة أوسع من كل شيء.” وأضاف أن الحوار مستمر.",
			[]string{"وقال: “الشراكة أوسع من كل شيء.”", "وأضاف أن الحوار مستمر."}},
		{"guillemets", "أكد «لن نقبل بذلك.» ثم غادر.",
			[]string{"أكد «لن نقبل بذلك.»", "ثم غادر."}},
		{"straight", `قال "نرفض ذلك." وغادر. "بداية" جديدة.`,
			[]string{`قال "نرفض ذلك."`, "وغادر.", `"بداية" جديدة.`}},
		{"pause", "الحوار الاستراتيجي .. السياق والأهمية\nنص",
			[]string{"الحوار الاستراتيجي .. السياق والأهمية", "نص"}},
		{"list", "1. البند الأول\n2. البند الثاني",
			[]string{"1. البند الأول", "2. البند الثاني"}},
		{"empty", "\n\n  \n", nil},
	} {
		t.Run(fmt.Sprintf("%s:%d:%+q", tt.group, i, tt.in), func(t *testing.T) {
			toks := arabic.Tokenize(tt.in)
			var got []string
			for _, s := range arabic.Sentences(tt.in, toks) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
