package coder_test

import (
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// TestEvents codes one sentence each (written for this test) and checks
// the first event of the wanted type: its source and target codes, its
// place and date, and what the sentence asserts of it.
func TestEvents(t *testing.T) {
	c := newCoder(t)
	pub := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
	type want struct {
		typ, src, tgt, place, date, modality string
		negated, historical                  bool
	}
	tests := []struct {
		text string
		want want
	}{
		// VSO, object after على, place after في, a relative day.
		{"هاجمت فصائل الحشد الشعبي قاعدة عين الأسد في الأنبار أمس.",
			want{"ASSAULT", "IRQUAF", "", "Anbar Governorate", "2021-07-25", "asserted", false, false}},
		// SVO with a role and its country.
		{"الحكومة العراقية تطالب الولايات المتحدة بسحب قواتها.",
			want{"REQUEST", "IRQGOV", "USA", "", "2021-07-26", "asserted", false, false}},
		// A passive with its agent after it: the soldiers are the target.
		{"وقتل ثلاثة مدنيين برصاص الجيش الإسرائيلي في جنين.",
			want{"ASSAULT", "ISRMIL", "PSECVL", "Jenin", "2021-07-26", "asserted", false, false}},
		// بين X و Y.
		{"وانطلقت المحادثات بين إيران والسعودية في بغداد.",
			want{"CONSULT", "IRN", "SAU", "Baghdad", "2021-07-26", "asserted", false, false}},
		// Negation.
		{"ونفى الجيش الأمريكي أن تكون قواته قد قصفت مواقع الفصائل.",
			want{"ASSAULT", "", "", "", "2021-07-26", "", true, false}},
		// Future.
		{"وسيزور وزير الخارجية الأمريكي بغداد الأسبوع المقبل.",
			want{"CONSULT", "USAGOV", "IRQ", "", "", "future", false, false}},
		// Conditional.
		{"وقال القائد إذا هاجمت الفصائل القاعدة فسنرد بقوة.",
			want{"ASSAULT", "", "", "", "2021-07-26", "conditional", false, false}},
		// A tally over a stretch of time is no single act.
		{"وقتل أكثر من 70 صحافيا في العراق خلال السنوات الخمس الماضية.",
			want{"ASSAULT", "", "", "", "", "", false, true}},
		// A temporal word with a day near the act: yesterday's news.
		{"وتعززت الإجراءات الأمنية غداة هجوم نفذه مسلحون أمس على حاجز للشرطة.",
			want{"ASSAULT", "UAF", "", "", "2021-07-25", "asserted", false, false}},
		// A referring word: the act is recalled, whatever the day.
		{"وأحيا الآلاف أمس ذكرى مجزرة سربرنيتسا.",
			want{"ASSAULT", "", "", "", "", "", false, true}},
		// A protest told as a chain of acts: the burning is the protest's.
		{"وتظاهر مئات الطلاب أمام البرلمان في أثينا أمس وأحرقوا صناديق القمامة.",
			want{"PROTEST", "", "", "Athens", "2021-07-25", "asserted", false, false}},
		// A passive verb of force: what was killed is the target.
		{"وقال مصدر أمني إن ثلاثة جنود قتلوا أمس في انفجار عبوة ناسفة.",
			want{"ASSAULT", "", "MIL", "", "2021-07-25", "reported", false, false}},
		// A count after a verb of force is its object, not its subject.
		{"وقالت الشرطة العراقية إن قواتها قتلت 12 مسلحا في الموصل.",
			want{"ASSAULT", "", "IRQUAF", "Mosul", "2021-07-26", "reported", false, false}},
		// History: an explicit year long before publication.
		{"وكانت الولايات المتحدة قد غزت العراق عام 2003.",
			want{"COERCE", "USA", "IRQ", "", "2003", "asserted", false, true}},
	}
	for _, tt := range tests {
		got := c.Code(marsad.Document{ID: "t", Text: tt.text}, pub)
		var ev *marsad.Event
		for i := range got.Events {
			if got.Events[i].Type == tt.want.typ {
				ev = &got.Events[i]
				break
			}
		}
		if ev == nil {
			t.Errorf("%q: no %s event in %+v", tt.text, tt.want.typ, got.Events)
			continue
		}
		code := func(a *marsad.Actor) string {
			if a == nil {
				return ""
			}
			return a.Code
		}
		w := tt.want
		if w.src != "" && code(ev.Source) != w.src || w.tgt != "" && code(ev.Target) != w.tgt {
			t.Errorf("%q: %s → %s, want %s → %s", tt.text, code(ev.Source), code(ev.Target), w.src, w.tgt)
		}
		place := ""
		if ev.Location != nil {
			place = ev.Location.Name
		}
		if w.place != "" && place != w.place {
			t.Errorf("%q: place %q, want %q", tt.text, place, w.place)
		}
		if w.date != "" && ev.Date != w.date {
			t.Errorf("%q: date %q, want %q", tt.text, ev.Date, w.date)
		}
		if w.modality != "" && ev.Modality != w.modality {
			t.Errorf("%q: modality %q, want %q", tt.text, ev.Modality, w.modality)
		}
		if ev.Negated != w.negated || ev.Historical != w.historical {
			t.Errorf("%q: negated %v historical %v, want %v %v", tt.text, ev.Negated, ev.Historical, w.negated, w.historical)
		}
		if tt.text[ev.Trigger.Start:ev.Trigger.End] != ev.Trigger.Text {
			t.Errorf("%q: trigger %+v does not slice the text", tt.text, ev.Trigger)
		}
	}
}
