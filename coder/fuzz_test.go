package coder_test

import (
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
)

var (
	fuzzOnce  sync.Once
	fuzzCoder *coder.Coder
)

// FuzzCode codes arbitrary text: the coder must not panic, and every
// record must slice the text exactly.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"",
		"قال وزير الخارجية الأمريكي، أنتوني بلينكن، إن “الشراكة مع العراق أوسع من القتال”.",
		"هاجمت فصائل مسلحة قاعدة عسكرية في أربيل أمس، مما أسفر عن مقتل 3 جنود أمريكيين.",
		"لم تهاجم الحكومة المتظاهرين؛ وإذا هاجمتهم فسوف ترد المعارضة «بقوة».",
		"«« “ ” \" ، ؛ . ؟",
		"\xff\xfe هجوم \x00 على \xd8",
		"بين الولايات المتحدة والعراق بين بين و و",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fuzzOnce.Do(func() { fuzzCoder = newCoder(t) })
		pub := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
		out := fuzzCoder.Code(marsad.Document{ID: "f", Text: text}, pub)
		span := func(what string, start, end int, s string) {
			if start < 0 || end > len(text) || start > end || text[start:end] != s {
				t.Fatalf("%s %q: span %d-%d does not slice the text", what, s, start, end)
			}
		}
		for _, e := range out.Entities {
			span("entity", e.Start, e.End, e.Text)
		}
		for _, e := range out.Events {
			span("trigger", e.Trigger.Start, e.Trigger.End, e.Trigger.Text)
			for _, a := range []*marsad.Actor{e.Source, e.Target} {
				if a != nil {
					span("actor", a.Start, a.End, a.Text)
				}
			}
			if e.Location != nil {
				span("location", e.Location.Start, e.Location.End, e.Location.Text)
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("confidence %v out of [0,1]", e.Confidence)
			}
		}
		for _, q := range out.Quotes {
			span("quote", q.Start, q.End, q.Text)
		}
		for _, q := range out.Quantities {
			span("quantity", q.Start, q.End, q.Text)
		}
	})
}
