package eval

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ontology"
)

// CodeFunc codes one document: the coder itself, the keyword baseline
// (KeywordBaseline), or a stand-in in tests. Events calls it once per gold
// sentence, one call at a time.
type CodeFunc func(marsad.Document) *marsad.Coded

// EventOptions tune Events.
type EventOptions struct {
	// Type restricts the scoring to one PLOVER type ("ASSAULT",
	// "PROTEST"); "" scores every type the files hold.
	Type string
	// Errors is how many false positives and false negatives (and, in the
	// span files, missed gold events and wrong countries) to keep per file.
	Errors int
	// MinConfidence is the least Event.Confidence a detection needs; 0
	// takes every event that Detected accepts.
	MinConfidence float64
	// Name says what was scored ("coder", "keyword baseline"); Print
	// shows it.
	Name string
}

// Detected is the definition of a detection: a coded event counts as
// detecting an event of PLOVER type typ when it has that type, is not
// negated, is not historical (an event the text recalls from the past),
// and is asserted or reported, not future, conditional or hypothetical.
// The gold "yes" sentences of the OEDA detection files are events that
// happened, so only such events may claim them.
func Detected(e *marsad.Event, typ string) bool {
	if e.Type != typ || e.Negated || e.Historical {
		return false
	}
	return e.Modality == marsad.ModalityAsserted || e.Modality == marsad.ModalityReported
}

// Gold labels of the OEDA detection files. "yes" is a unanimous accept,
// "easy no" a unanimous reject, "difficult no" a reject with one dissent;
// "ambiguous" sentences have too few labels and are not scored.
const (
	LabelYes         = "yes"
	LabelEasyNo      = "easy no"
	LabelDifficultNo = "difficult no"
	LabelAmbiguous   = "ambiguous"
)

// negativeLabels are the labels of sentences with no event, in the order
// Print lists them.
var negativeLabels = []string{LabelEasyNo, LabelDifficultNo}

// Example is one sentence the scorer got wrong, for a reader to look at.
type Example struct {
	Line  int    // line of the sentence in its file
	ID    string // the sentence's id (detection) or document id (spans)
	Label string // gold label, or the gold verb and actors of a span
	Text  string
	Got   string // what was coded, in short
}

// Detection is the score of one *_detection.csv file: did the coder fire
// on the sentences with an event of the type (label "yes"), and stay
// silent on those without ("easy no", "difficult no")?
type Detection struct {
	File   string
	Type   string         // PLOVER type of the file: ASSAULT, PROTEST
	Labels map[string]int // sentences per gold label, ambiguous included
	// Confusion counts over the scored sentences (ambiguous left out).
	TP, FP, FN, TN int
	// FPOn counts the false positives on each negative label.
	FPOn map[string]int
	// Up to EventOptions.Errors examples of each kind of error.
	FalsePositives, FalseNegatives []Example
}

// Precision is TP/(TP+FP), 0 when nothing was detected.
func (d *Detection) Precision() float64 { return ratio(d.TP, d.TP+d.FP) }

// Recall is TP/(TP+FN), 0 when there is no gold event.
func (d *Detection) Recall() float64 { return ratio(d.TP, d.TP+d.FN) }

// F1 is the harmonic mean of precision and recall.
func (d *Detection) F1() float64 { return f1(d.Precision(), d.Recall()) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Recognition is the score of one *_spans.json file: for each gold event
// (one element of a sentence's spans, one annotator's reading), whether
// the coder produced it with the right type, and with the right countries.
type Recognition struct {
	File      string
	Type      string
	Sentences int
	Gold      int // gold events
	NoVerb    int // gold events whose verb list is empty
	// Found counts gold events the coder produced with the right type and
	// a trigger overlapping the gold verb (see TriggerOverlaps); AnyOfType
	// those whose sentence has any event of the type.
	Found, AnyOfType int
	// Over found gold events whose source (target) has a gold country: how
	// many, and how many a matched coded event gives that country.
	SourceGold, SourceRight int
	TargetGold, TargetRight int
	// Up to EventOptions.Errors examples of each.
	Missed, WrongCountry []Example
}

// EventsReport is the result of Events: one score per file read.
type EventsReport struct {
	Path        string
	Name        string
	Detection   []*Detection
	Recognition []*Recognition
}

// Events scores code against the OEDA Arabic event gold records at path:
// a directory holding *_detection.csv and *_spans.json files, or one such
// file. See Detection and Recognition for what is measured; Detected
// defines a detection. Bad input is returned as a *marsad.PositionError
// naming the file and line.
func Events(path string, code CodeFunc, opt EventOptions) (*EventsReport, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var det, spans []string
	if st.IsDir() {
		det, _ = filepath.Glob(filepath.Join(path, "*_detection.csv"))
		spans, _ = filepath.Glob(filepath.Join(path, "*_spans.json"))
		sort.Strings(det)
		sort.Strings(spans)
		if len(det)+len(spans) == 0 {
			return nil, fmt.Errorf("%s: no *_detection.csv or *_spans.json files", path)
		}
	} else {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".csv":
			det = []string{path}
		case ".json":
			spans = []string{path}
		default:
			return nil, fmt.Errorf("%s: want a *_detection.csv or *_spans.json file, or a directory of them", path)
		}
	}
	r := &EventsReport{Path: path, Name: opt.Name}
	for _, f := range det {
		d, err := scoreDetection(f, code, opt)
		if err != nil {
			return nil, err
		}
		if d != nil {
			r.Detection = append(r.Detection, d)
		}
	}
	for _, f := range spans {
		s, err := scoreSpans(f, code, opt)
		if err != nil {
			return nil, err
		}
		if s != nil {
			r.Recognition = append(r.Recognition, s)
		}
	}
	if len(r.Detection)+len(r.Recognition) == 0 {
		return nil, fmt.Errorf("%s: no %s sentences", path, opt.Type)
	}
	return r, nil
}

// detectionColumns are the columns a detection file must have, by name;
// others (the leading row number, accept, reject, total) are ignored.
var detectionColumns = []string{"event_type", "id", "label", "text"}

// scoreDetection scores one detection file; nil when it holds no sentence
// of opt.Type.
func scoreDetection(path string, code CodeFunc, opt EventOptions) (*Detection, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	bad := func(line int, format string, args ...any) error {
		return &marsad.PositionError{File: path, Line: line, Offset: -1, Err: fmt.Errorf(format, args...)}
	}
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, bad(1, "empty file: want a header with columns %s", strings.Join(detectionColumns, ", "))
		}
		return nil, csvError(path, err)
	}
	col := make(map[string]int)
	for i, h := range header {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, c := range detectionColumns {
		if _, ok := col[c]; !ok {
			return nil, bad(1, "header has no %q column (want %s)", c, strings.Join(detectionColumns, ", "))
		}
	}
	d := &Detection{File: path, Labels: map[string]int{}, FPOn: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(path, err)
		}
		line, _ := cr.FieldPos(0)
		typ, label := strings.TrimSpace(rec[col["event_type"]]), strings.TrimSpace(rec[col["label"]])
		switch {
		case typ == "":
			return nil, bad(line, "no event_type")
		case d.Type == "":
			d.Type = typ
		case typ != d.Type:
			return nil, bad(line, "event_type %q in a file of %s sentences", typ, d.Type)
		}
		if opt.Type != "" && typ != opt.Type {
			return nil, nil
		}
		switch label {
		case LabelYes, LabelEasyNo, LabelDifficultNo, LabelAmbiguous:
		default:
			return nil, bad(line, "label %q: want %q, %q, %q or %q", label, LabelYes, LabelEasyNo, LabelDifficultNo, LabelAmbiguous)
		}
		d.Labels[label]++
		if label == LabelAmbiguous {
			continue
		}
		doc := marsad.Document{ID: rec[col["id"]], Text: rec[col["text"]]}
		out := code(doc)
		var hit *marsad.Event
		for i := range out.Events {
			if Detected(&out.Events[i], typ) && out.Events[i].Confidence >= opt.MinConfidence {
				hit = &out.Events[i]
				break
			}
		}
		ex := func() Example {
			return Example{Line: line, ID: doc.ID, Label: label, Text: doc.Text, Got: describeEvents(out.Events, doc.Text)}
		}
		switch {
		case label == LabelYes && hit != nil:
			d.TP++
		case label == LabelYes:
			d.FN++
			if len(d.FalseNegatives) < opt.Errors {
				d.FalseNegatives = append(d.FalseNegatives, ex())
			}
		case hit != nil:
			d.FP++
			d.FPOn[label]++
			if len(d.FalsePositives) < opt.Errors {
				d.FalsePositives = append(d.FalsePositives, ex())
			}
		default:
			d.TN++
		}
	}
	if d.Type == "" {
		return nil, bad(1, "no sentences")
	}
	return d, nil
}

// csvError turns an encoding/csv error into a position error.
func csvError(path string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &marsad.PositionError{File: path, Line: pe.Line, Column: pe.Column, Offset: -1, Err: pe.Err}
	}
	return fmt.Errorf("%s: %w", path, err)
}

// goldSentence is one element of an OEDA span file.
type goldSentence struct {
	Source    string     `json:"source"` // document id: AAW_ARB_20080110.0023-9
	Text      string     `json:"text"`
	EventType string     `json:"event_type"`
	Spans     []goldSpan `json:"spans"`
}

// goldSpan is one annotator's reading of an event in a sentence.
type goldSpan struct {
	SourceActor []string        `json:"source_actor"`
	Verb        []string        `json:"verb"`
	TargetActor []string        `json:"target_actor"`
	SourceRole  json.RawMessage `json:"source_role"`
	TargetRole  json.RawMessage `json:"target_role"`
}

// scoreSpans scores one span file; nil when it holds no sentence of
// opt.Type.
func scoreSpans(path string, code CodeFunc, opt EventOptions) (*Recognition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sents, lines, err := readSpans(path, data)
	if err != nil {
		return nil, err
	}
	s := &Recognition{File: path}
	for i, g := range sents {
		bad := func(format string, args ...any) error {
			return &marsad.PositionError{File: path, Line: lines[i], Offset: -1, Err: fmt.Errorf(format, args...)}
		}
		typ := strings.TrimSpace(g.EventType)
		switch {
		case typ == "":
			return nil, bad("sentence has no event_type")
		case strings.TrimSpace(g.Text) == "":
			return nil, bad("sentence has no text")
		case opt.Type != "" && typ != opt.Type:
			continue
		case s.Type == "":
			s.Type = typ
		case typ != s.Type:
			return nil, bad("event_type %q in a file of %s sentences", typ, s.Type)
		}
		s.Sentences++
		doc := marsad.Document{ID: g.Source, Text: g.Text}
		out := code(doc)
		var ofType []*marsad.Event
		for j := range out.Events {
			if out.Events[j].Type == typ {
				ofType = append(ofType, &out.Events[j])
			}
		}
		for _, sp := range g.Spans {
			s.Gold++
			if len(sp.Verb) == 0 {
				s.NoVerb++
			}
			if len(ofType) > 0 {
				s.AnyOfType++
			}
			var matched []*marsad.Event
			for _, e := range ofType {
				if len(sp.Verb) == 0 || TriggerOverlaps(e.Trigger.Text, sp.Verb) || evidenceOverlaps(e, sp.Verb) {
					matched = append(matched, e)
				}
			}
			ex := func(got string) Example {
				return Example{Line: lines[i], ID: g.Source, Label: describeSpan(sp), Text: g.Text, Got: got}
			}
			if len(matched) == 0 {
				if len(s.Missed) < opt.Errors {
					s.Missed = append(s.Missed, ex(describeEvents(out.Events, g.Text)))
				}
				continue
			}
			s.Found++
			for _, side := range []struct {
				role     json.RawMessage
				gold, ok *int
				actor    func(*marsad.Event) *marsad.Actor
				what     string
			}{
				{sp.SourceRole, &s.SourceGold, &s.SourceRight, func(e *marsad.Event) *marsad.Actor { return e.Source }, "source"},
				{sp.TargetRole, &s.TargetGold, &s.TargetRight, func(e *marsad.Event) *marsad.Actor { return e.Target }, "target"},
			} {
				want := goldCountry(side.role)
				if want == "" {
					continue
				}
				*side.gold++
				var got []string
				right := false
				for _, e := range matched {
					a := side.actor(e)
					if a == nil {
						got = append(got, "none")
						continue
					}
					got = append(got, orNone(a.Country)+" «"+a.Text+"»")
					if a.Country == want {
						right = true
					}
				}
				if right {
					*side.ok++
				} else if len(s.WrongCountry) < opt.Errors {
					s.WrongCountry = append(s.WrongCountry, ex(fmt.Sprintf("%s country %s, coded %s", side.what, want, strings.Join(got, ", "))))
				}
			}
		}
	}
	if s.Sentences == 0 {
		if len(sents) == 0 {
			return nil, &marsad.PositionError{File: path, Line: 1, Offset: -1, Err: errors.New("no sentences")}
		}
		return nil, nil
	}
	return s, nil
}

// readSpans decodes a span file, a JSON array of sentences, and returns
// the line each sentence starts on. A JSON error names its line and
// column.
func readSpans(path string, data []byte) ([]goldSentence, []int, error) {
	pos := func(off int64, err error) error {
		line, col := lineCol(data, off)
		return &marsad.PositionError{File: path, Line: line, Column: col, Offset: off, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	// jsonErr places a decoding error; base is where the value being
	// decoded starts, since a type error counts from there (a syntax
	// error from the start of the stream).
	jsonErr := func(err error, base int64) error {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return pos(se.Offset, err)
		case errors.As(err, &te):
			return pos(base+te.Offset, err)
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			return pos(int64(len(data)), errors.New("unexpected end of JSON input"))
		}
		return pos(dec.InputOffset(), err)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, jsonErr(err, 0)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, nil, pos(dec.InputOffset(), errors.New("want a JSON array of sentences"))
	}
	var sents []goldSentence
	var lines []int
	for dec.More() {
		// InputOffset is where the previous value ended. The decoder
		// reads the next one from just after the comma (type errors count
		// from there); the sentence itself starts after the blanks.
		base := dec.InputOffset()
		start := skipBlanks(data, base)
		if start < int64(len(data)) && data[start] == ',' {
			base = start + 1
			start = skipBlanks(data, base)
		}
		var g goldSentence
		if err := dec.Decode(&g); err != nil {
			return nil, nil, jsonErr(err, base)
		}
		line, _ := lineCol(data, start)
		sents = append(sents, g)
		lines = append(lines, line)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, jsonErr(err, 0)
	}
	return sents, lines, nil
}

// skipBlanks returns the offset of the first byte at or after off that is
// not JSON white space.
func skipBlanks(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
		off++
	}
	return off
}

// lineCol returns the 1-based line and byte column of offset off in data.
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = 1 + strings.Count(string(before), "\n")
	col = int(off) - strings.LastIndexByte(string(before), '\n')
	return line, col
}

// nonStates are the codes the OEDA annotators put in a role's "main"
// field that name no state: international and non-governmental
// organisations, militant groups (IMG), "international" (INT), an
// unidentified state (UIS), ethnic groups (KUR) and unknowns.
var nonStates = map[string]bool{
	"IGO": true, "IMG": true, "INT": true, "NGO": true, "MNC": true, "UIS": true,
	"KUR": true, "UNK": true, "REB": true, "OPP": true, "INS": true,
}

// goldCountry returns the country of a gold role when it names one: a
// "main" of three capital letters that is not "None" nor a non-state code.
// Roles may be an object {main, role}, an empty object, null, or a bare
// string ('UNKNOWN').
func goldCountry(raw json.RawMessage) string {
	var r struct {
		Main *string `json:"main"`
	}
	if json.Unmarshal(raw, &r) != nil || r.Main == nil {
		return ""
	}
	m := strings.TrimSpace(*r.Main)
	if len(m) != 3 || nonStates[m] {
		return ""
	}
	for i := 0; i < 3; i++ {
		if m[i] < 'A' || m[i] > 'Z' {
			return ""
		}
	}
	return m
}

// particles are the function words annotators include in verb spans ("لم
// يتورع عن احراق", "قتل في هجوم"): they are left out of the overlap test,
// where they would match any trigger that holds them. Normalized forms.
var particles = map[string]bool{
	"لم": true, "لن": true, "لا": true, "ما": true, "قد": true, "لقد": true, "عن": true, "في": true,
	"من": true, "على": true, "علي": true, "الى": true, "الي": true, "مع": true, "بعد": true, "قبل": true,
	"ان": true, "انه": true, "كان": true, "كانت": true, "التي": true, "الذي": true, "الذين": true,
	"نفسه": true, "نفسها": true, "انفسهم": true, "عدد": true, "بين": true,
}

// evidenceOverlaps reports whether any of the triggers an event merged
// (its Evidence) overlaps the gold verb span.
func evidenceOverlaps(e *marsad.Event, verb []string) bool {
	for _, t := range e.Evidence {
		if TriggerOverlaps(t.Text, verb) {
			return true
		}
	}
	return false
}

// TriggerOverlaps reports whether a coded trigger overlaps the words of a
// gold verb span. Both are normalized with arabic.Normalize(s, 0) and cut
// into words, with punctuation trimmed; gold words and trigger words that
// are particles (لم عن في نفسه …) or shorter than three letters are left
// out. A gold word and a trigger word overlap when one contains the other,
// as they stand or without their proclitics (و ف, then ب ل ك, then ال):
// both come from the same sentence, so a trigger cut at a clitic
// boundary ("قتل") still meets the annotator's word ("وقتل", "قتلوا").
func TriggerOverlaps(trigger string, verb []string) bool {
	tw := contentWords(trigger)
	for _, v := range verb {
		for _, g := range contentWords(v) {
			for _, t := range tw {
				for _, gv := range withoutProclitics(g) {
					for _, tv := range withoutProclitics(t) {
						if strings.Contains(gv, tv) || strings.Contains(tv, gv) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// contentWords returns the normalized words of s that take part in the
// overlap test.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(arabic.Normalize(s, 0).Text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 3 || particles[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Letters of the proclitics withoutProclitics removes.
const (
	waw   = "و"
	faa   = "ف"
	baa   = "ب"
	lam   = "ل"
	kaf   = "ك"
	alef  = "ا"
	alLam = alef + lam
)

// withoutProclitics returns w, then w without a leading و or ف, then
// without ب ل or ك, then without ال (لل counts as ل + ال), as long as three
// letters are left.
func withoutProclitics(w string) []string {
	out := []string{w}
	strip := func(prefix string) {
		if rest := strings.TrimPrefix(w, prefix); rest != w && utf8.RuneCountInString(rest) >= 3 {
			w = rest
			out = append(out, w)
		}
	}
	for _, p := range []string{waw, faa} {
		if strings.HasPrefix(w, p) {
			strip(p)
			break
		}
	}
	if strings.HasPrefix(w, lam+lam) {
		strip(lam + lam)
	} else {
		for _, p := range []string{baa, lam, kaf} {
			if strings.HasPrefix(w, p) {
				strip(p)
				break
			}
		}
	}
	strip(alLam)
	return out
}

// describeEvents lists coded events in short: type, trigger and what keeps
// an event from being a detection.
func describeEvents(evs []marsad.Event, text string) string {
	if len(evs) == 0 {
		return "no events"
	}
	parts := make([]string, 0, len(evs))
	for _, e := range evs {
		s := fmt.Sprintf("%s «%s»", e.Type, e.Trigger.Text)
		var flags []string
		if e.Negated {
			flags = append(flags, "negated")
		}
		if e.Historical {
			flags = append(flags, "historical")
		}
		if e.Modality != marsad.ModalityAsserted && e.Modality != marsad.ModalityReported {
			flags = append(flags, "modality "+orNone(e.Modality))
		}
		if e.Source != nil {
			s += " src " + orNone(e.Source.Code)
		}
		if e.Target != nil {
			s += " tgt " + orNone(e.Target.Code)
		}
		if len(flags) > 0 {
			s += " (" + strings.Join(flags, ", ") + ")"
		}
		if e.Rule != "" {
			s += " [" + e.Rule + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// describeSpan shows a gold event: verb, then source and target with
// their codes.
func describeSpan(sp goldSpan) string {
	role := func(raw json.RawMessage) string {
		var r struct{ Main, Role *string }
		if json.Unmarshal(raw, &r) != nil {
			return strings.Trim(string(raw), `"`)
		}
		var s []string
		for _, p := range []*string{r.Main, r.Role} {
			if p != nil && *p != "" && *p != "None" {
				s = append(s, *p)
			}
		}
		return strings.Join(s, "/")
	}
	return fmt.Sprintf("verb «%s» source «%s» %s target «%s» %s",
		strings.Join(sp.Verb, " "), strings.Join(sp.SourceActor, " "), orNone(role(sp.SourceRole)),
		strings.Join(sp.TargetActor, " "), orNone(role(sp.TargetRole)))
}

// shortID cuts the long hashes that serve as ids in some files (the line
// locates the sentence anyway).
func shortID(id string) string {
	if len(id) <= 40 {
		return id
	}
	return id[:16] + "…" + id[len(id)-12:]
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Print writes the report: per file, the data set's name and size, then
// every figure with its counts, then the examples of errors kept.
func (r *EventsReport) Print(w io.Writer) {
	name := r.Name
	if name == "" {
		name = "coder"
	}
	line := func(label string, correct, total int) {
		if total == 0 {
			fmt.Fprintf(w, "  %-34s %7s  (%d/%d)\n", label, "n/a", correct, total)
			return
		}
		fmt.Fprintf(w, "  %-34s %6.2f%%  (%d/%d)\n", label, 100*ratio(correct, total), correct, total)
	}
	examples := func(title, file string, exs []Example) {
		if len(exs) == 0 {
			return
		}
		fmt.Fprintf(w, "  %s (first %d):\n", title, len(exs))
		for _, e := range exs {
			fmt.Fprintf(w, "    %s:%d %s [%s]\n      got: %s\n      %s\n", filepath.Base(file), e.Line, shortID(e.ID), e.Label, e.Got, strings.Join(strings.Fields(e.Text), " "))
		}
	}
	var all Detection
	for _, d := range r.Detection {
		scored := d.TP + d.FP + d.FN + d.TN
		fmt.Fprintf(w, "event detection (%s) on %s (%d sentences scored: %d yes, %d easy no, %d difficult no; %d ambiguous left out)\n",
			name, filepath.Base(d.File), scored, d.Labels[LabelYes], d.Labels[LabelEasyNo], d.Labels[LabelDifficultNo], d.Labels[LabelAmbiguous])
		fmt.Fprintf(w, "  %-34s %7.4f\n", d.Type+" F1", d.F1())
		line(d.Type+" precision", d.TP, d.TP+d.FP)
		line(d.Type+" recall", d.TP, d.TP+d.FN)
		fmt.Fprintf(w, "  %-34s TP %d  FP %d  FN %d  TN %d\n", "counts", d.TP, d.FP, d.FN, d.TN)
		for _, l := range negativeLabels {
			line("false positives on "+l, d.FPOn[l], d.Labels[l])
		}
		examples("false positives", d.File, d.FalsePositives)
		examples("false negatives", d.File, d.FalseNegatives)
		all.TP, all.FP, all.FN, all.TN = all.TP+d.TP, all.FP+d.FP, all.FN+d.FN, all.TN+d.TN
	}
	if len(r.Detection) > 1 {
		fmt.Fprintf(w, "event detection (%s), all types (%d sentences scored)\n", name, all.TP+all.FP+all.FN+all.TN)
		fmt.Fprintf(w, "  %-34s %7.4f\n", "micro-averaged F1", all.F1())
		line("precision", all.TP, all.TP+all.FP)
		line("recall", all.TP, all.TP+all.FN)
	}
	for _, s := range r.Recognition {
		fmt.Fprintf(w, "event recognition (%s) on %s (%d sentences, %d gold %s events, %d of them with no gold verb)\n",
			name, filepath.Base(s.File), s.Sentences, s.Gold, s.Type, s.NoVerb)
		line("found with the right type", s.Found, s.Gold)
		line("any event of the type", s.AnyOfType, s.Gold)
		line("source country right (found)", s.SourceRight, s.SourceGold)
		line("target country right (found)", s.TargetRight, s.TargetGold)
		examples("missed gold events", s.File, s.Missed)
		examples("wrong countries", s.File, s.WrongCountry)
	}
}

// KeywordBaseline returns the keyword-match reference: a CodeFunc that
// codes, for every trigger of the lexicon's event patterns in the text
// (lexicon Matcher.Triggers), one asserted event whose type is the PLOVER
// type of the pattern's CAMEO code (ontology.Lookup(code).Plover.Type),
// with no actors, negation, tense or modality judgement. The coder should
// beat it. The returned func is not safe for concurrent use.
func KeywordBaseline(a *arabic.Analyzer, lx *lexicon.Lexicon) CodeFunc {
	m := lx.NewMatcher()
	return func(doc marsad.Document) *marsad.Coded {
		an := a.Analyze(doc.Text, time.Time{})
		out := &marsad.Coded{Doc: doc, Entities: []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{}, Quantities: []marsad.Quantity{}}
		for _, t := range m.Triggers(an) {
			ev, ok := ontology.Lookup(t.Code)
			if !ok || ev.Plover.Type == "" {
				continue
			}
			e := marsad.Event{
				Type: ev.Plover.Type, Mode: ev.Plover.Mode, CAMEO: t.Code, Goldstein: ev.Goldstein, QuadClass: ev.QuadClass,
				Modality: marsad.ModalityAsserted,
				Trigger:  marsad.Trigger{Text: doc.Text[t.Start:t.End], Start: t.Start, End: t.End},
			}
			if t.Pattern != nil {
				e.Rule = t.Pattern.ID
			}
			out.Events = append(out.Events, e)
		}
		return out
	}
}

// PublishedFromID reads the publication day an OEDA sentence id carries:
// the Arabic Gigaword document ids name their day ("AAW_ARB_20071026.0026-2"
// is 26 October 2007). The zero time when the id has none.
func PublishedFromID(id string) time.Time {
	i := strings.Index(id, "_ARB_")
	if i < 0 || len(id) < i+13 {
		return time.Time{}
	}
	t, err := time.Parse("20060102", id[i+5:i+13])
	if err != nil {
		return time.Time{}
	}
	return t
}
