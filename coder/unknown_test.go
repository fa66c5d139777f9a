package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/ner"
)

// wordTagger tags each word as its table says, O when it has no entry: a
// tagger whose answers a test decides.
type wordTagger map[string]string

func (w wordTagger) TagSentences(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	for s, words := range sents {
		out[s] = make([]string, len(words))
		for i, word := range words {
			if t, ok := w[word]; ok {
				out[s][i] = t
			} else {
				out[s][i] = "O"
			}
		}
	}
	return out
}

// names is what the tests' tagger knows: an invented politician, an
// invented group and an invented village.
var names = wordTagger{
	"سليم": "B-PERS", "الورفلي": "I-PERS", "وسليم": "B-PERS",
	"لواء": "B-ORG", "الفجر": "I-ORG", "الجديد": "I-ORG",
	"الزهيرية": "B-LOC",
	"حسين":     "B-PERS",
}

// wantEntity is an entity expected in a coded document: its text, kind,
// name and code.
type wantEntity struct{ text, kind, name, code string }

// wantEvent is an event expected: its type, the texts and codes of its
// source and target ("" for none, target "*" for any) and the text and
// name of its location when not "".
type wantEvent struct {
	typ                  string
	source, sourceCode   string
	target, targetCode   string
	location, locationNm string
}

func TestUnknownNames(t *testing.T) {
	c := newCoder(t).WithTagger(names)
	tests := []struct {
		name     string
		text     string
		pub      time.Time
		entities []wantEntity // the entities with an Arabic name, in order
		events   []wantEvent  // checked when not nil, in order
		speakers []string     // names of the quotes' speakers, when not nil
	}{{
		name:     "unknown person is an entity and an event source",
		text:     "اتهم سليم الورفلي الحكومة العراقية بالفساد.",
		entities: []wantEntity{{"سليم الورفلي", marsad.KindPerson, "سليم الورفلي", ""}},
		events:   []wantEvent{{typ: "ACCUSE", source: "سليم الورفلي", target: "الحكومة العراقية", targetCode: "IRQGOV"}},
	}, {
		name:     "known role with its country and an unknown name keeps the role's code",
		text:     "التقى وزير الخارجية الليبي سليم الورفلي نظيره التونسي في تونس.",
		entities: []wantEntity{{"وزير الخارجية الليبي سليم الورفلي", marsad.KindPerson, "سليم الورفلي", "LBYGOV"}},
		events:   []wantEvent{{typ: "CONSULT", source: "وزير الخارجية الليبي سليم الورفلي", sourceCode: "LBYGOV", target: "التونسي", targetCode: "TUN", location: "تونس"}},
	}, {
		name:     "the name the text gives beats the office holder of the day",
		text:     "التقى وزير الخارجية العراقي سليم الورفلي نظيره التونسي في تونس.",
		pub:      time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC),
		entities: []wantEntity{{"وزير الخارجية العراقي سليم الورفلي", marsad.KindPerson, "سليم الورفلي", "IRQGOV"}},
	}, {
		name:     "a name, a comma and a role with its country",
		text:     "وقال سليم الورفلي، وزير الخارجية الليبي، إن بلاده ترفض التدخل.",
		entities: []wantEntity{{"سليم الورفلي، وزير الخارجية الليبي", marsad.KindPerson, "سليم الورفلي", "LBYGOV"}},
		events:   []wantEvent{{typ: "REJECT", source: "سليم الورفلي، وزير الخارجية الليبي", sourceCode: "LBYGOV"}},
	}, {
		name:     "a bare role and an unknown name: the role's agent",
		text:     "انتقد رجل الأعمال سليم الورفلي قرار الحكومة العراقية.",
		entities: []wantEntity{{"رجل الأعمال سليم الورفلي", marsad.KindPerson, "سليم الورفلي", "BUS"}},
	}, {
		name:     "an unknown organization is a source, an unknown village the place",
		text:     "هاجم لواء الفجر الجديد مركزا للشرطة في قرية الزهيرية.",
		entities: []wantEntity{{"لواء الفجر الجديد", marsad.KindOrg, "لواء الفجر الجديد", ""}, {"قرية الزهيرية", marsad.KindLocation, "الزهيرية", ""}},
		events:   []wantEvent{{typ: "ASSAULT", source: "لواء الفجر الجديد", target: "*", location: "قرية الزهيرية", locationNm: "الزهيرية"}},
	}, {
		name: "the surname alone later, and the full name where the tagger did not read",
		text: "اتهم سليم الورفلي الحكومة العراقية بالفساد. وقال الورفلي: «لن نقبل بتأجيل جديد». ويعد سليم الورفلي من أبرز السياسيين في البلاد.",
		entities: []wantEntity{
			{"سليم الورفلي", marsad.KindPerson, "سليم الورفلي", ""},
			{"الورفلي", marsad.KindPerson, "سليم الورفلي", ""},
			{"سليم الورفلي", marsad.KindPerson, "سليم الورفلي", ""},
		},
		speakers: []string{"سليم الورفلي"},
	}, {
		name:     "a conjunction is cut off the name",
		text:     "التقى الرئيس التونسي وسليم الورفلي في تونس.",
		entities: []wantEntity{{"سليم الورفلي", marsad.KindPerson, "سليم الورفلي", ""}},
	}, {
		name:     "the surname of a person the lexicon knows stays that person's",
		text:     "أعلن وزير الخارجية العراقي فؤاد حسين أن المحادثات ستستمر. وقال حسين إن الحوار مثمر.",
		pub:      time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC),
		entities: nil,
	}, {
		name:     "a name the lexicon knows stays the lexicon's",
		text:     "اتهم فؤاد حسين الحكومة التركية بخرق السيادة العراقية.",
		entities: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Code(marsad.Document{ID: "t", Text: tt.text}, tt.pub)
			var ents []marsad.Entity
			for _, e := range got.Entities {
				if tt.text[e.Start:e.End] != e.Text {
					t.Errorf("entity %+v does not slice the text", e)
				}
				if arabicName(e.Name) {
					ents = append(ents, e)
				}
			}
			if len(ents) != len(tt.entities) {
				t.Fatalf("unknown-name entities %+v, want %+v", ents, tt.entities)
			}
			for i, e := range ents {
				w := tt.entities[i]
				if e.Text != w.text || e.Kind != w.kind || e.Name != w.name || e.Code != w.code {
					t.Errorf("entity %d = %q %s name %q code %q, want %q %s name %q code %q", i, e.Text, e.Kind, e.Name, e.Code, w.text, w.kind, w.name, w.code)
				}
			}
			if tt.events != nil {
				if len(got.Events) < len(tt.events) {
					t.Fatalf("%d events %+v, want %d", len(got.Events), got.Events, len(tt.events))
				}
				for i, w := range tt.events {
					e := got.Events[i]
					if e.Type != w.typ || actorText(e.Source) != w.source || actorCode(e.Source) != w.sourceCode ||
						w.target != "*" && (actorText(e.Target) != w.target || actorCode(e.Target) != w.targetCode) {
						t.Errorf("event %d = %s %s[%s] -> %s[%s], want %s %s[%s] -> %s[%s]", i, e.Type,
							actorText(e.Source), actorCode(e.Source), actorText(e.Target), actorCode(e.Target),
							w.typ, w.source, w.sourceCode, w.target, w.targetCode)
					}
					if w.location != "" && (e.Location == nil || e.Location.Text != w.location || w.locationNm != "" && e.Location.Name != w.locationNm) {
						t.Errorf("event %d location %+v, want %q (%q)", i, e.Location, w.location, w.locationNm)
					}
				}
			}
			if tt.speakers != nil {
				var sp []string
				for _, q := range got.Quotes {
					if q.Speaker != nil {
						sp = append(sp, q.Speaker.Name)
					}
				}
				if strings.Join(sp, "|") != strings.Join(tt.speakers, "|") {
					t.Errorf("speakers %q, want %q", sp, tt.speakers)
				}
			}
		})
	}
}

// TestUnknownNamesOff: without a tagger the coder codes what the lexicon
// knows only.
func TestUnknownNamesOff(t *testing.T) {
	got := newCoder(t).Code(marsad.Document{ID: "t", Text: "اتهم سليم الورفلي الحكومة العراقية بالفساد."}, time.Time{})
	for _, e := range got.Entities {
		if arabicName(e.Name) {
			t.Errorf("entity %+v without a tagger", e)
		}
	}
}

// TestUnknownNamesModel runs the embedded ANERcorp model on sentences
// written for this test, with names no lexicon has.
func TestUnknownNamesModel(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := newCoder(t).WithTagger(m)
	tests := []struct {
		text   string
		entity wantEntity
		source string // the first event's source
	}{
		{"وندد جاسم المحمداوي بالهجوم على السفارة الأمريكية.", wantEntity{"جاسم المحمداوي", marsad.KindPerson, "جاسم المحمداوي", ""}, "جاسم المحمداوي"},
		{"التقى وزير الخارجية الليبي ناصر الدرسي نظيره التونسي في تونس.",
			wantEntity{"وزير الخارجية الليبي ناصر الدرسي", marsad.KindPerson, "ناصر الدرسي", "LBYGOV"}, "وزير الخارجية الليبي ناصر الدرسي"},
		{"واتهم رجل الأعمال حمدان الزيادي الحكومة بالفساد.", wantEntity{"رجل الأعمال حمدان الزيادي", marsad.KindPerson, "حمدان الزيادي", "BUS"}, "رجل الأعمال حمدان الزيادي"},
	}
	for _, tt := range tests {
		got := c.Code(marsad.Document{ID: "t", Text: tt.text}, time.Time{})
		found := false
		for _, e := range got.Entities {
			if e.Text == tt.entity.text && e.Kind == tt.entity.kind && e.Name == tt.entity.name && e.Code == tt.entity.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no entity %+v in %+v", tt.text, tt.entity, got.Entities)
		}
		if len(got.Events) == 0 || actorText(got.Events[0].Source) != tt.source {
			t.Errorf("%s: events %+v, want the first with source %q", tt.text, got.Events, tt.source)
		}
	}
}

func actorText(a *marsad.Actor) string {
	if a == nil {
		return ""
	}
	return a.Text
}

func actorCode(a *marsad.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

var _ coder.Tagger = wordTagger(nil)
var _ coder.Tagger = (*ner.Model)(nil)
