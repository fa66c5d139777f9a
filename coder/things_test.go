package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// TestThingsAndRetellings codes sentences written for this test: weapons
// handled as things code no attack; a clause or phrase that re-tells an
// act takes its standing; a verb joined to the act before it shares its
// subject; a count since a time long past is a tally.
func TestThingsAndRetellings(t *testing.T) {
	c := newCoder(t)
	pub := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
	type want struct {
		trigger    string // a word of the wanted event's trigger; "" when no event of the type is wanted
		src, tgt   string // actor codes, "" for any
		historical bool
	}
	tests := []struct {
		text, typ string
		want      want
	}{
		// Weapons seized or defused are things, not attacks.
		{"وضبطت الشرطة 22 قذيفة هاون في مخزن قرب المدينة.", "ASSAULT", want{}},
		{"وفككت قوات الأمن سيارة مفخخة قرب السفارة.", "ASSAULT", want{}},
		{"ووصلت إلى الميناء 33 دبابة قتال.", "ASSAULT", want{}},
		// Found: العثور على …
		{"وتم العثور على عبوة ناسفة قرب السوق.", "ASSAULT", want{}},
		// With the article too.
		{"وضبطت الشرطة العبوات الناسفة في المخزن.", "ASSAULT", want{}},
		// The same weapon going off is one.
		{"وانفجرت سيارة مفخخة قرب السفارة أمس.", "ASSAULT", want{trigger: "سيارة"}},
		// The attack's relative clause is as historical as the attack.
		{"وأحيا السكان ذكرى الهجوم الذي استهدف السوق.", "ASSAULT", want{trigger: "استهدف", historical: true}},
		// An indefinite noun's relative clause needs no relative word.
		{"وأحيا السكان ذكرى هجوم انتحاري استهدف السوق.", "ASSAULT", want{trigger: "استهدف", historical: true}},
		// A count since a time long past tallies many acts …
		{"وقتل 76 صحافيا منذ الغزو.", "ASSAULT", want{trigger: "قتل", historical: true}},
		// A counted noun with its nationality after a verb of force is its patient.
		{"وقتل 76 صحافيا عراقيا منذ الغزو.", "ASSAULT", want{trigger: "قتل", tgt: "IRQ", historical: true}},
		// The doer named after the act in a relative clause: led by.
		{"وكان الغزو الذي قادته الولايات المتحدة عام 2003 قد أطاح بالنظام.", "COERCE", want{trigger: "الغزو", src: "USA", historical: true}},
		// … but the worst attack since then is the day's news.
		{"وقتل خمسة أشخاص في أعنف هجوم منذ بداية العام.", "ASSAULT", want{trigger: "قتل"}},
		// Up to now: a tally whatever the day.
		{"وقتل 13 جنديا في البلاد حتى الآن هذا الشهر.", "ASSAULT", want{trigger: "قتل", historical: true}},
		// Since a month of a year long past.
		{"وأعدمت السلطات 12 رجلا منذ مارس 2006.", "ASSAULT", want{trigger: "أعدمت", historical: true}},
		// Attacks counted are many acts summed up.
		{"واعترف بأنه شارك في 31 من الهجمات.", "ASSAULT", want{trigger: "الهجمات", historical: true}},
		// Counted weapons are one act's means.
		{"وانفجرت خمس قذائف هاون قرب مقر الحكومة.", "ASSAULT", want{trigger: "قذائف"}},
		// Drones paid for are things.
		{"وتتضمن الميزانية مليار دولار لتمويل 28 طائرة بدون طيار.", "ASSAULT", want{}},
		// A verb joined by و shares the subject of the act before it.
		{"وهاجم مستوطنون المزارعين قرب نابلس واعتدوا عليهم بالضرب.", "ASSAULT", want{trigger: "اعتدوا", src: "ISRSET", tgt: "PSEAGR"}},
		// A role, an adjective, its nationality.
		{"وفجر انتحاري نفسه بجانب دورية عسكرية ألمانية قرب كابل.", "ASSAULT", want{trigger: "فجر", tgt: "DEUMIL"}},
		// قام ب: the agent is قام's subject, a part of the police.
		{"وقامت قوة من الشرطة العراقية بمداهمة المسجد.", "COERCE", want{trigger: "مداهمة", src: "IRQCOP"}},
	}
	for _, tt := range tests {
		got := c.Code(marsad.Document{ID: "t", Text: tt.text}, pub)
		var ev *marsad.Event
		for i := range got.Events {
			e := &got.Events[i]
			if e.Type != tt.typ {
				continue
			}
			for _, tr := range e.Evidence {
				if tt.want.trigger != "" && strings.Contains(tr.Text, tt.want.trigger) {
					ev = e
				}
			}
			if tt.want.trigger == "" {
				t.Errorf("%q: want no %s event, got %q", tt.text, tt.typ, e.Trigger.Text)
			}
		}
		if tt.want.trigger == "" {
			continue
		}
		if ev == nil {
			t.Errorf("%q: no %s event told by %q in %+v", tt.text, tt.typ, tt.want.trigger, got.Events)
			continue
		}
		code := func(a *marsad.Actor) string {
			if a == nil {
				return ""
			}
			return a.Code
		}
		if tt.want.src != "" && code(ev.Source) != tt.want.src {
			t.Errorf("%q: source %q, want %q", tt.text, code(ev.Source), tt.want.src)
		}
		if tt.want.tgt != "" && code(ev.Target) != tt.want.tgt {
			t.Errorf("%q: target %q, want %q", tt.text, code(ev.Target), tt.want.tgt)
		}
		if ev.Historical != tt.want.historical {
			t.Errorf("%q: historical %v, want %v", tt.text, ev.Historical, tt.want.historical)
		}
	}
}
