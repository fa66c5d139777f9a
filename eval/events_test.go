package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/lexicon"
)

// fakeCoder codes each document with the events listed under its id,
// their trigger located in the text.
func fakeCoder(t *testing.T, byID map[string][]marsad.Event) eval.CodeFunc {
	return func(doc marsad.Document) *marsad.Coded {
		out := &marsad.Coded{Doc: doc}
		for _, e := range byID[doc.ID] {
			i := strings.Index(doc.Text, e.Trigger.Text)
			if i < 0 {
				t.Fatalf("%s: trigger %q not in %q", doc.ID, e.Trigger.Text, doc.Text)
			}
			e.Trigger.Start, e.Trigger.End = i, i+len(e.Trigger.Text)
			out.Events = append(out.Events, e)
		}
		return out
	}
}

func ev(typ, trigger, modality string) marsad.Event {
	return marsad.Event{Type: typ, Trigger: marsad.Trigger{Text: trigger}, Modality: modality}
}

const (
	asserted = marsad.ModalityAsserted
	reported = marsad.ModalityReported
)

// toyEvents are the fake coder's answers on the fixtures under
// testdata/events.
func toyEvents() map[string][]marsad.Event {
	negated := ev("ASSAULT", "قصفت", asserted)
	negated.Negated = true
	historical := ev("ASSAULT", "الحرب", asserted)
	historical.Historical = true
	afg := ev("ASSAULT", "هاجم", asserted)
	afg.Target = &marsad.Actor{Text: "الأفغاني", Code: "AFGMIL", Country: "AFG"}
	syr := ev("ASSAULT", "فجر", asserted)
	syr.Target = &marsad.Actor{Text: "سوق", Country: "SYR"}
	isr := ev("ASSAULT", "النار", asserted)
	isr.Source = &marsad.Actor{Text: "القوات الإسرائيلية", Code: "ISRMIL", Country: "ISR"}
	return map[string][]marsad.Event{
		// Detection, ASSAULT.
		"a1":  {ev("ASSAULT", "هاجم", asserted)},                                      // yes: TP
		"a2":  nil,                                                                    // yes: FN
		"a3":  {ev("ASSAULT", "قصفت", reported)},                                      // yes: TP
		"a5":  {ev("AGREE", "وقعت", asserted)},                                        // easy no, other type: TN
		"a6":  {negated},                                                              // difficult no: TN
		"a7":  {ev("ASSAULT", "بمهاجمة", "conditional")},                              // difficult no: TN
		"a8":  {historical},                                                           // difficult no: TN
		"a9":  {ev("ASSAULT", "أطلقت", asserted)},                                     // easy no: FP
		"a10": {ev("ASSAULT", "إطلاق", asserted)},                                     // ambiguous: left out
		"a11": {ev("PROTEST", "اشتبكت", asserted), ev("ASSAULT", "اشتبكت", asserted)}, // difficult no: FP
		// Detection, PROTEST.
		"p1": {ev("PROTEST", "تظاهر", asserted)},    // yes: TP
		"p3": {ev("PROTEST", "الاعتصام", "future")}, // difficult no: TN
		// Spans, ASSAULT.
		"TOY_ARB_20200105.0001-1": {afg},
		"TOY_ARB_20200106.0002-4": {syr},
		"TOY_ARB_20200107.0003-2": {ev("PROTEST", "اختطف", asserted)},
		"TOY_ARB_20200108.0004-7": {isr},
	}
}

func TestDetected(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    marsad.Event
		typ  string
		want bool
	}{
		{"asserted", ev("ASSAULT", "x", asserted), "ASSAULT", true},
		{"reported", ev("ASSAULT", "x", reported), "ASSAULT", true},
		{"other type", ev("PROTEST", "x", asserted), "ASSAULT", false},
		{"negated", marsad.Event{Type: "ASSAULT", Modality: asserted, Negated: true}, "ASSAULT", false},
		{"historical", marsad.Event{Type: "ASSAULT", Modality: reported, Historical: true}, "ASSAULT", false},
		{"future", ev("ASSAULT", "x", marsad.ModalityFuture), "ASSAULT", false},
		{"conditional", ev("ASSAULT", "x", marsad.ModalityConditional), "ASSAULT", false},
		{"hypothetical", ev("ASSAULT", "x", marsad.ModalityHypothetical), "ASSAULT", false},
		{"no modality", ev("ASSAULT", "x", ""), "ASSAULT", false},
	} {
		if got := eval.Detected(&tc.e, tc.typ); got != tc.want {
			t.Errorf("%s: Detected = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTriggerOverlaps(t *testing.T) {
	for _, tc := range []struct {
		trigger string
		verb    []string
		want    bool
	}{
		{"قتل", []string{"وقتل"}, true},            // trigger inside the gold word
		{"مقتل", []string{"قتل"}, true},            // gold word inside the trigger
		{"وقتل", []string{"قتلوا"}, true},          // only once و is left out
		{"للاحتجاج", []string{"الاحتجاجات"}, true}, // only once لل is left out
		{"الهجوم", []string{"ووقع", "الهجوم"}, true},
		{"أطلق", []string{"اطلقت", "النار"}, true},      // hamza folded
		{"احتجاجاً", []string{"احتجاجا"}, true},         // tanween removed
		{"«تظاهرة»", []string{"تظاهرة"}, true},          // punctuation trimmed
		{"فجر نفسه", []string{"فجر"}, true},             // a word of a longer trigger
		{"هاجم", []string{"قتل"}, false},                // another verb
		{"تفجير", []string{"لم", "يتورع", "عن"}, false}, // particles are no content
		{"في", []string{"قتل", "في", "هجوم"}, false},    // nor in the trigger
		{"نفسه", []string{"فجر", "نفسه"}, false},        // nor a reflexive
		{"قصف", nil, false},
	} {
		if got := eval.TriggerOverlaps(tc.trigger, tc.verb); got != tc.want {
			t.Errorf("TriggerOverlaps(%+q, %+q) = %v, want %v", tc.trigger, tc.verb, got, tc.want)
		}
	}
}

func TestEventsDetection(t *testing.T) {
	for _, tc := range []struct {
		name           string
		path, typ      string
		want           []eval.Detection // File, Type and counts only
		fpEasy, fpDiff []int            // false positives on easy no, difficult no, per file
	}{
		{"assault file", "testdata/events/toy_assault_detection.csv", "",
			[]eval.Detection{{Type: "ASSAULT", TP: 2, FP: 2, FN: 1, TN: 5}}, []int{1}, []int{1}},
		{"protest file", "testdata/events/toy_protest_detection.csv", "",
			[]eval.Detection{{Type: "PROTEST", TP: 1, FP: 0, FN: 0, TN: 2}}, []int{0}, []int{0}},
		{"directory", "testdata/events", "",
			[]eval.Detection{{Type: "ASSAULT", TP: 2, FP: 2, FN: 1, TN: 5}, {Type: "PROTEST", TP: 1, FP: 0, FN: 0, TN: 2}}, []int{1, 0}, []int{1, 0}},
		{"directory, protest only", "testdata/events", "PROTEST",
			[]eval.Detection{{Type: "PROTEST", TP: 1, FP: 0, FN: 0, TN: 2}}, []int{0}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := eval.Events(tc.path, fakeCoder(t, toyEvents()), eval.EventOptions{Type: tc.typ, Errors: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(r.Detection), len(tc.want); got != want {
				t.Fatalf("%d detection scores, want %d", got, want)
			}
			for i, d := range r.Detection {
				w := tc.want[i]
				if d.Type != w.Type || d.TP != w.TP || d.FP != w.FP || d.FN != w.FN || d.TN != w.TN {
					t.Errorf("%s: %s TP %d FP %d FN %d TN %d, want %s TP %d FP %d FN %d TN %d",
						d.File, d.Type, d.TP, d.FP, d.FN, d.TN, w.Type, w.TP, w.FP, w.FN, w.TN)
				}
				if got, want := d.FPOn[eval.LabelEasyNo], tc.fpEasy[i]; got != want {
					t.Errorf("%s: %d false positives on easy no, want %d", d.File, got, want)
				}
				if got, want := d.FPOn[eval.LabelDifficultNo], tc.fpDiff[i]; got != want {
					t.Errorf("%s: %d false positives on difficult no, want %d", d.File, got, want)
				}
				if got, want := len(d.FalsePositives)+len(d.FalseNegatives), d.FP+d.FN; got != want {
					t.Errorf("%s: %d examples kept, want %d", d.File, got, want)
				}
			}
		})
	}
}

func TestEventsDetectionFigures(t *testing.T) {
	r, err := eval.Events("testdata/events/toy_assault_detection.csv", fakeCoder(t, toyEvents()), eval.EventOptions{Errors: 1})
	if err != nil {
		t.Fatal(err)
	}
	d := r.Detection[0]
	if got, want := d.Labels, map[string]int{"yes": 3, "easy no": 3, "difficult no": 4, "ambiguous": 1}; !equalCounts(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
	if got, want := d.Precision(), 0.5; got != want {
		t.Errorf("precision %v, want %v", got, want)
	}
	if got, want := d.Recall(), 2.0/3; got != want {
		t.Errorf("recall %v, want %v", got, want)
	}
	if got, want := d.F1(), 4.0/7; got-want > 1e-12 || want-got > 1e-12 {
		t.Errorf("F1 %v, want %v", got, want)
	}
	// --errors 1 keeps one example of each; the missed sentence a2 spans
	// lines 3 and 4 of the file and starts on 3; the first false positive
	// is a9, on line 11 once the two-line row is counted.
	if len(d.FalseNegatives) != 1 || d.FalseNegatives[0].ID != "a2" || d.FalseNegatives[0].Line != 3 {
		t.Errorf("false negatives %+v, want a2 on line 3", d.FalseNegatives)
	}
	if len(d.FalsePositives) != 1 || d.FalsePositives[0].ID != "a9" || d.FalsePositives[0].Line != 11 {
		t.Errorf("false positives %+v, want a9 on line 11", d.FalsePositives)
	}
	var b strings.Builder
	r.Print(&b)
	out := b.String()
	t.Log("\n" + out)
	for _, want := range []string{
		"toy_assault_detection.csv (10 sentences scored: 3 yes, 3 easy no, 4 difficult no; 1 ambiguous left out)",
		"ASSAULT precision", "50.00%  (2/4)",
		"ASSAULT recall", "66.67%  (2/3)",
		"TP 2  FP 2  FN 1  TN 5",
		"false positives on easy no", "33.33%  (1/3)",
		"false positives on difficult no", "25.00%  (1/4)",
		"toy_assault_detection.csv:3 a2 [yes]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestEventsSpans(t *testing.T) {
	r, err := eval.Events("testdata/events/toy_assault_spans.json", fakeCoder(t, toyEvents()), eval.EventOptions{Errors: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Recognition) != 1 || len(r.Detection) != 0 {
		t.Fatalf("%d recognition and %d detection scores, want 1 and 0", len(r.Recognition), len(r.Detection))
	}
	s := r.Recognition[0]
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"sentences", s.Sentences, 4},
		{"gold events", s.Gold, 6},
		{"with no verb", s.NoVerb, 1},
		// s1 "هاجم" and the verbless reading of s1, s2 "فجر", s4 "النار";
		// not s1 "وقتلوا" (the trigger is "هاجم") nor s3 (a PROTEST).
		{"found", s.Found, 4},
		{"any of the type", s.AnyOfType, 5},
		// Only s4's source (ISR) names a country: None, null and
		// 'UNKNOWN' do not.
		{"source gold", s.SourceGold, 1},
		{"source right", s.SourceRight, 1},
		// s1 AFG right; s2 IRQ coded SYR; s4 PSE not coded.
		{"target gold", s.TargetGold, 3},
		{"target right", s.TargetRight, 1},
		{"missed kept", len(s.Missed), 2},
		{"wrong countries kept", len(s.WrongCountry), 2},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
	if len(s.Missed) > 0 && s.Missed[0].Line != 2 {
		t.Errorf("first missed gold event on line %d, want 2", s.Missed[0].Line)
	}
	var b strings.Builder
	r.Print(&b)
	t.Log("\n" + b.String())
	for _, want := range []string{
		"toy_assault_spans.json (4 sentences, 6 gold ASSAULT events, 1 of them with no gold verb)",
		"66.67%  (4/6)", "83.33%  (5/6)", "100.00%  (1/1)", "33.33%  (1/3)",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, path := range []string{"testdata/events/toy_assault_spans.json", "testdata/events/toy_assault_detection.csv"} {
		if _, err := eval.Events(path, fakeCoder(t, toyEvents()), eval.EventOptions{Type: "PROTEST"}); err == nil || !strings.Contains(err.Error(), "no PROTEST sentences") {
			t.Errorf("%s, PROTEST only: error %v, want no PROTEST sentences", path, err)
		}
	}
}

func TestEventsBadInput(t *testing.T) {
	const header = ",accept,event_type,id,label,reject,text,total\n"
	const sent = `{"source": "x", "text": "هاجم مسلحون مركزا", "event_type": "ASSAULT", "spans": []}`
	for _, tc := range []struct {
		name, file, data string
		line             int
	}{
		{"field count", "x_detection.csv", header + "0,3,ASSAULT,a1,yes,0,نص,3\n1,3,ASSAULT,a2,yes,0\n", 3},
		{"bare quote", "x_detection.csv", header + "0,3,ASSAULT,a1,yes,0,نص \"مقتبس,3\n", 2},
		{"unknown label", "x_detection.csv", header + "0,3,ASSAULT,a1,yes,0,نص,3\n1,3,ASSAULT,a2,maybe,0,نص,3\n", 3},
		{"mixed types", "x_detection.csv", header + "0,3,ASSAULT,a1,yes,0,نص,3\n1,3,PROTEST,a2,yes,0,نص,3\n", 3},
		{"no text column", "x_detection.csv", ",accept,event_type,id,label\n0,3,ASSAULT,a1,yes\n", 1},
		{"empty", "x_detection.csv", "", 1},
		{"json syntax", "x_spans.json", "[\n " + sent + ",\n {\"source\": \"y\",\n  \"text\" \"نص\"}\n]\n", 4},
		{"json type", "x_spans.json", "[\n " + sent + ",\n {\"source\": \"y\",\n  \"spans\": \"none\"}\n]\n", 4},
		{"json not an array", "x_spans.json", "\n{\"source\": \"y\"}\n", 2},
		{"json truncated", "x_spans.json", "[\n " + sent + ",\n", 3},
		{"no event type", "x_spans.json", "[\n " + sent + ",\n {\"source\": \"y\", \"text\": \"نص\"}\n]\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := eval.Events(path, fakeCoder(t, nil), eval.EventOptions{})
			var pe *marsad.PositionError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a position error", err)
			}
			if pe.File != path || pe.Line != tc.line {
				t.Errorf("error at %s:%d, want %s:%d (%v)", pe.File, pe.Line, path, tc.line, err)
			}
		})
	}
}

func TestKeywordBaseline(t *testing.T) {
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	code := eval.KeywordBaseline(a, lx)
	text := "واختطف مسلحون مجهولون ناشطا في بغداد"
	out := code(marsad.Document{ID: "k1", Text: text})
	found := false
	for _, e := range out.Events {
		if e.Trigger.Text != text[e.Trigger.Start:e.Trigger.End] {
			t.Errorf("trigger %q does not slice the text at [%d,%d)", e.Trigger.Text, e.Trigger.Start, e.Trigger.End)
		}
		if eval.Detected(&e, "ASSAULT") {
			found = true
		}
	}
	if !found {
		t.Errorf("no ASSAULT detected in %q: %+v", text, out.Events)
	}
	if out := code(marsad.Document{ID: "k2", Text: "افتتح الوزير معرضا للكتاب في العاصمة."}); len(out.Events) != 0 {
		t.Errorf("events in a sentence with no trigger: %+v", out.Events)
	}
}

// TestEventsOEDA runs the keyword baseline over the OEDA gold records in
// ../shared and checks the sizes the data set is known to have.
func TestEventsOEDA(t *testing.T) {
	const path = "../../shared/data/events/oeda_arabic_gsr"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("OEDA Arabic gold records absent (%v): run with ../shared beside the repository", err)
	}
	if testing.Short() {
		t.Skip("codes 4,000 sentences: not in -short")
	}
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Events(path, eval.KeywordBaseline(a, lx), eval.EventOptions{Name: "keyword baseline"})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Print(&b)
	t.Log("\n" + b.String())
	sizes := map[string][2]int{"ASSAULT": {127, 2022}, "PROTEST": {36, 1579}}
	for _, d := range r.Detection {
		if got, want := [2]int{d.TP + d.FN, d.FP + d.TN}, sizes[d.Type]; got != want {
			t.Errorf("%s: %d yes and %d no scored, want %d and %d", d.Type, got[0], got[1], want[0], want[1])
		}
		if d.TP == 0 {
			t.Errorf("%s: the keyword baseline detects nothing", d.Type)
		}
	}
	gold := map[string]int{"ASSAULT": 591, "PROTEST": 313}
	for _, s := range r.Recognition {
		if s.Gold != gold[s.Type] {
			t.Errorf("%s: %d gold events, want %d", s.Type, s.Gold, gold[s.Type])
		}
	}
	if len(r.Detection) != 2 || len(r.Recognition) != 2 {
		t.Errorf("%d detection and %d recognition scores, want 2 and 2", len(r.Detection), len(r.Recognition))
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestPublishedFromID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want string
	}{
		{"AAW_ARB_20071026.0026-2", "2007-10-26"},
		{"AAW_ARB_20081399.0001-1", ""},
		{"3f5a9c", ""},
		{"AAW_ARB_2007", ""},
	} {
		got := eval.PublishedFromID(tc.id)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("PublishedFromID(%q) = %q, want %q", tc.id, s, tc.want)
		}
	}
}
