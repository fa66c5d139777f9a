package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
)

// codeText is a short news item written for these tests.
const codeText = "عمّان - استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية المصري سامح شكري في العاصمة عمّان أمس الأحد، " +
	"وبحث الجانبان التطورات في قطاع غزة.\n\n" +
	"وقال شكري للصحفيين إن \"القاهرة وعمّان تنسقان مواقفهما بشكل كامل إزاء الأزمة الإنسانية في القطاع وتعملان معاً على إدخال المساعدات\"، " +
	"مضيفاً أن بلاده أرسلت أكثر من ألف شاحنة مساعدات خلال الشهر الماضي."

// checkSpans fails for any record of c whose span does not slice its text.
func checkSpans(t *testing.T, c *marsad.Coded) {
	t.Helper()
	text := c.Doc.Text
	check := func(what string, s marsad.Span, want string) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != want {
			t.Errorf("%s %d-%d %q does not slice the text", what, s.Start, s.End, want)
		}
	}
	actor := func(what string, a *marsad.Actor) {
		if a != nil {
			check(what, marsad.Span{Start: a.Start, End: a.End}, a.Text)
		}
	}
	for _, e := range c.Entities {
		check("entity", marsad.Span{Start: e.Start, End: e.End}, e.Text)
	}
	for _, e := range c.Events {
		check("trigger", marsad.Span{Start: e.Trigger.Start, End: e.Trigger.End}, e.Trigger.Text)
		actor("source", e.Source)
		actor("target", e.Target)
		if l := e.Location; l != nil {
			check("location", marsad.Span{Start: l.Start, End: l.End}, l.Text)
		}
	}
	for _, q := range c.Quotes {
		check("quote", marsad.Span{Start: q.Start, End: q.End}, q.Text)
		actor("speaker", q.Speaker)
	}
	for _, q := range c.Quantities {
		check("quantity", marsad.Span{Start: q.Start, End: q.End}, q.Text)
		actor("about", q.About)
	}
}

// TestCodeFormats runs 'marsad code' in each format on one document. What
// it asserts does not depend on which events the coder finds.
func TestCodeFormats(t *testing.T) {
	for _, tc := range []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"jsonl", func(t *testing.T, out string) {
			var c marsad.Coded
			if err := json.Unmarshal([]byte(out), &c); err != nil {
				t.Fatalf("not one JSON object: %v\n%s", err, out)
			}
			if c.Doc.ID != "<stdin>" || c.Doc.Text != codeText+"\n" {
				t.Errorf("doc %q: want <stdin> and its text", c.Doc.ID)
			}
			if c.Entities == nil || c.Events == nil || c.Quotes == nil || c.Quantities == nil {
				t.Errorf("an array is null: %s", out)
			}
			if len(c.Entities) == 0 {
				t.Errorf("no entities in %s", out)
			}
			checkSpans(t, &c)
		}},
		{"table", func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "# <stdin>  published 2024-03-11  ") {
				t.Errorf("header line: %q", strings.SplitN(out, "\n", 2)[0])
			}
			if !strings.Contains(out, "\n  entities: ") || !strings.Contains(out, "Sameh Shoukry") {
				t.Errorf("no entity line naming Sameh Shoukry:\n%s", out)
			}
		}},
		{"gdelt", func(t *testing.T, out string) {
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if line == "" {
					continue
				}
				if n := len(strings.Split(line, "\t")); n != gdeltColumns {
					t.Errorf("row %d: %d columns, want %d", i+1, n, gdeltColumns)
				}
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			code, out, errs := runCLI(t, codeText+"\n", "code", "--published", "2024-03-11", "--format", tc.format)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d: %s", code, errs)
			}
			tc.check(t, out)
		})
	}
	if code, _, errs := runCLI(t, codeText, "code", "--format", "xml"); code != 2 || !strings.Contains(errs, "jsonl, table or gdelt") {
		t.Errorf("--format xml: exit %d, %q", code, errs)
	}
}

// span returns the span of the n-th (from 0) occurrence of s in codeText.
func span(t *testing.T, s string, n int) (start, end int) {
	t.Helper()
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(codeText[off:], s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		start = off + i
		off = start + len(s)
	}
	return start, start + len(s)
}

// handCoded builds the records of codeText by hand, as the coder would.
func handCoded(t *testing.T) *marsad.Coded {
	t.Helper()
	actor := func(text string, n int, code, country, agent, name string) *marsad.Actor {
		s, e := span(t, text, n)
		return &marsad.Actor{Text: text, Start: s, End: e, Code: code, Country: country, Agent: agent, Name: name}
	}
	trig := func(text string) marsad.Trigger {
		s, e := span(t, text, 0)
		return marsad.Trigger{Text: text, Start: s, End: e}
	}
	ls, le := span(t, "عمّان", 1)
	qs, qe := span(t, "القاهرة وعمّان تنسقان مواقفهما بشكل كامل إزاء الأزمة الإنسانية في القطاع وتعملان معاً على إدخال المساعدات", 0)
	ns, ne := span(t, "أكثر من ألف شاحنة", 0)
	king := actor("الملك عبد الله الثاني", 0, "JORGOV", "JOR", "GOV", "Abdullah II")
	shoukry := actor("سامح شكري", 0, "EGYGOV", "EGY", "GOV", "Sameh Shoukry")
	return &marsad.Coded{
		Doc: marsad.Document{ID: "amman-1", Title: "الملك يستقبل شكري", Published: "2024-03-11", URL: "https://news.example/amman-1", Text: codeText},
		Entities: []marsad.Entity{
			{Text: king.Text, Start: king.Start, End: king.End, Kind: marsad.KindPerson, Name: king.Name, Code: king.Code, Country: "JOR"},
			{Text: shoukry.Text, Start: shoukry.Start, End: shoukry.End, Kind: marsad.KindPerson, Name: shoukry.Name, Code: shoukry.Code, Country: "EGY"},
			{Text: "عمّان", Start: ls, End: le, Kind: marsad.KindGPE, Name: "Amman", Code: "JOR", Country: "JOR"},
			{Text: "عمّان", Start: ls, End: le, Kind: marsad.KindGPE, Name: "Amman", Code: "JOR", Country: "JOR"},
		},
		Events: []marsad.Event{
			{ID: "e1", Type: "CONSULT", CAMEO: "042", Goldstein: 1.9, QuadClass: 1, Source: king, Target: shoukry,
				Location: &marsad.Location{Text: "عمّان", Start: ls, End: le, Name: "Amman", Country: "JOR", Lat: 31.95, Lon: 35.93},
				Date:     "2024-03-10", DateText: "أمس الأحد", Modality: marsad.ModalityAsserted, Trigger: trig("استقبل"),
				Sentence: marsad.SentenceRef{Index: 0}, Rule: "consult-receive",
				Evidence: []marsad.Trigger{trig("استقبل"), trig("وبحث"), trig("تنسقان")}},
			{ID: "e2", Type: "AID", Mode: "humanitarian", CAMEO: "0233", Goldstein: 7.4, QuadClass: 2,
				Source:   actor("بلاده", 0, "EGY", "EGY", "", "Egypt"),
				Location: &marsad.Location{Text: "عمّان", Start: ls, End: le, Name: "Jordan", Country: "JOR"},
				Modality: marsad.ModalityReported, Negated: true, Historical: true, Trigger: trig("أرسلت"),
				Sentence: marsad.SentenceRef{Index: 2}},
		},
		Quotes: []marsad.Quote{{Speaker: actor("شكري", 1, "EGYGOV", "EGY", "GOV", "Sameh Shoukry"), Text: codeText[qs:qe], Start: qs, End: qe, Verb: "قال"}},
		Quantities: []marsad.Quantity{{Value: 1000, Unit: "trucks", Text: codeText[ns:ne], Start: ns, End: ne,
			About: actor("بلاده", 0, "EGY", "EGY", "", "Egypt")}},
	}
}

func TestHandCodedSpans(t *testing.T) { checkSpans(t, handCoded(t)) }

func TestWriteCodedTable(t *testing.T) {
	c := handCoded(t)
	var b bytes.Buffer
	if err := writeCodedTable(&b, c, "2024-03-11"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	t.Logf("\n%s", out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if want := "# amman-1  published 2024-03-11  2 events, 1 quote, 1 quantity, 4 entities, "; !strings.HasPrefix(lines[0], want) {
		t.Errorf("header %q, want it to start %q", lines[0], want)
	}
	for _, tc := range []struct{ line, want string }{
		{"  e1 ", "2024-03-10"},
		{"  e1 ", "CONSULT"},
		{"  e1 ", "042"},
		{"  e1 ", "Abdullah II (JORGOV)  →  Sameh Shoukry (EGYGOV)"},
		{"  e1 ", "Amman"},
		{"  e1 ", "asserted "},
		{"  e1 ", "×3 استقبل"},
		{"  e2 ", "AID:humanitarian"},
		{"  e2 ", "0233"},
		{"  e2 ", "Egypt (EGY) "},
		{"  e2 ", "→  -  "},
		{"  e2 ", "reported,negated,historical"},
		{"  q1 ", "Sameh Shoukry (EGYGOV)"},
		{"  q1 ", "القاهرة وعمّان تنسقان"},
		{"  n1 ", "1000  "},
		{"  n1 ", "trucks"},
		{"  n1 ", "أكثر من ألف شاحنة"},
		{"  entities: ", "Abdullah II JORGOV, Sameh Shoukry EGYGOV, Amman JOR ×2"},
	} {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, tc.line) {
				found = true
				if !strings.Contains(l, tc.want) {
					t.Errorf("line %q lacks %q", l, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no line starting %q", tc.line)
		}
	}
	// The quote is cut to quoteWidth characters and an ellipsis.
	for _, l := range lines {
		if strings.HasPrefix(l, "  q1 ") {
			i := strings.Index(l, "القاهرة")
			if q := l[i:]; utf8.RuneCountInString(q) > quoteWidth+1 || !strings.HasSuffix(q, "…") {
				t.Errorf("quote %q: want at most %d characters and …", q, quoteWidth)
			}
		}
	}
	// Columns are aligned: the arrow is at the same character in both event
	// rows, and under no other.
	col := -1
	for _, l := range lines {
		if i := strings.Index(l, "→"); i >= 0 {
			n := utf8.RuneCountInString(l[:i])
			if col >= 0 && n != col {
				t.Errorf("arrow at column %d, want %d: %q", n, col, l)
			}
			col = n
		}
	}
}

func TestWriteCodedGDELT(t *testing.T) {
	c := handCoded(t)
	c.Events = append(c.Events, marsad.Event{ID: "e3", Type: "ASSAULT", CAMEO: "190", Goldstein: -10, QuadClass: 4, Date: "2003",
		Historical: true, Source: &marsad.Actor{Text: "الأمم\tالمتحدة", Code: "IGOUNO", Name: "United Nations"},
		Sentence: marsad.SentenceRef{Index: 1}})
	added := time.Date(2024, 3, 11, 9, 30, 0, 0, time.UTC)
	countries := func(iso3 string) string { return map[string]string{"JOR": "Jordan", "EGY": "Egypt"}[iso3] }
	var b bytes.Buffer
	if err := writeCodedGDELT(&b, c, "2024-03-11", added, countries); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	rows := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	id := func(ev string, i int) string { return fmt.Sprint(gdeltEventID("amman-1", ev, i)) }
	for r, want := range []map[int]string{
		{0: id("e1", 0), 1: "20240310", 2: "202403", 3: "2024", 4: "2024.2740",
			5: "JORGOV", 6: "ABDULLAH II", 7: "JOR", 8: "", 12: "GOV", 15: "EGYGOV", 16: "SAMEH SHOUKRY", 17: "EGY", 22: "GOV",
			25: "1", 26: "042", 27: "042", 28: "04", 29: "1", 30: "1.9", 31: "3", 32: "1", 33: "1", 34: "",
			35: "0", 43: "0", 51: "4", 52: "Amman", 53: "JOR", 56: "31.95", 57: "35.93",
			59: "20240311093000", 60: "https://news.example/amman-1"},
		// No date: the document's; a CAMEO code of four digits; a country
		// as the place; one mention when the evidence is not listed.
		{0: id("e2", 1), 1: "20240311", 5: "EGY", 7: "EGY", 12: "", 15: "", 16: "", 25: "0",
			26: "0233", 27: "023", 28: "02", 29: "2", 30: "7.4", 31: "1", 51: "1", 52: "Jordan", 56: "", 57: ""},
		// A year only; an IGO; a tab inside a field.
		{0: id("e3", 2), 1: "20030101", 2: "200301", 3: "2003", 5: "IGOUNO", 6: "UNITED NATIONS", 7: "", 8: "UNO", 12: "IGO",
			26: "190", 27: "190", 28: "19", 29: "4", 30: "-10", 51: "0", 52: ""},
	} {
		cols := strings.Split(rows[r], "\t")
		if len(cols) != gdeltColumns {
			t.Fatalf("row %d: %d columns, want %d", r+1, len(cols), gdeltColumns)
		}
		for i, w := range want {
			if cols[i] != w {
				t.Errorf("row %d column %d = %q, want %q", r+1, i, cols[i], w)
			}
		}
	}
	// The ids are stable, distinct and exact as float64.
	if gdeltEventID("amman-1", "e1", 0) != gdeltEventID("amman-1", "e1", 5) || id("e1", 0) == id("e2", 1) ||
		gdeltEventID("amman-1", "e1", 0) >= 1<<53 || gdeltEventID("a", "", 0) == gdeltEventID("a", "", 1) {
		t.Error("GLOBALEVENTID is not a stable, distinct 53-bit hash")
	}
	// A document without a url: its id.
	c.Doc.URL = ""
	b.Reset()
	writeCodedGDELT(&b, c, "", time.Time{}, nil)
	if cols := strings.Split(strings.SplitN(b.String(), "\n", 2)[0], "\t"); cols[60] != "amman-1" || cols[59] != "" {
		t.Errorf("SOURCEURL %q, DATEADDED %q: want the id and nothing", cols[60], cols[59])
	}
}

func TestGDELTActor(t *testing.T) {
	for _, tc := range []struct {
		a    *marsad.Actor
		want []string
	}{
		{nil, make([]string, 10)},
		{&marsad.Actor{Code: "IRQGOV", Country: "IRQ", Agent: "GOV", Name: "Fuad Hussein"},
			[]string{"IRQGOV", "FUAD HUSSEIN", "IRQ", "", "", "", "", "GOV", "", ""}},
		{&marsad.Actor{Code: "IGOUNO", Name: "United Nations"},
			[]string{"IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", ""}},
		{&marsad.Actor{Code: "IGOEUREEC", Name: "European Union"},
			[]string{"IGOEUREEC", "EUROPEAN UNION", "EUR", "EEC", "", "", "", "IGO", "", ""}},
		{&marsad.Actor{Code: "IRQKURPTY", Country: "IRQ", Agent: "PTY"},
			[]string{"IRQKURPTY", "", "IRQ", "", "KUR", "", "", "PTY", "", ""}},
		{&marsad.Actor{Code: "LBNSHIREBHEZ", Country: "LBN", Text: "حزب الله"},
			[]string{"LBNSHIREBHEZ", "حزب الله", "LBN", "HEZ", "", "SHI", "", "REB", "", ""}},
		{&marsad.Actor{Text: "مسلحون", Agent: "REB"},
			[]string{"", "مسلحون", "", "", "", "", "", "REB", "", ""}},
	} {
		if got := gdeltActor(tc.a); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%+v:\n got %q\nwant %q", tc.a, got, tc.want)
		}
	}
}

// TestCodeBadInput: bad records are reported as file:line and skipped; the
// exit code is 2 only when nothing could be coded.
func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", codeText)
	mixed := write("mixed.jsonl", `{"id":"a","text":"استقبل الملك عبد الله الثاني سامح شكري"}`+"\n"+
		`{"id":"b","text":`+"\n"+
		`["not", "an", "object"]`+"\n"+
		`{"id":"c","text":"وصل شكري إلى عمّان"}`+"\n")
	allBad := write("bad.jsonl", `{"id":"x" "text":"نص"}`+"\n"+`{"id":"y"}`+"\n")
	badUTF8 := write("latin1.txt", "سطر أول سليم\nسطر \xe9\xff معطوب\n")
	empty := write("empty.txt", "")
	emptyDir := filepath.Join(dir, "nothing")
	os.Mkdir(emptyDir, 0o755)

	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		ids   []string // the documents coded, in order
		errs  []string // what stderr names
	}{
		{"MalformedLine", "", []string{mixed}, 0, []string{"a", "c"},
			[]string{mixed + ":2:", mixed + ":3: not a JSON object"}},
		{"OnlyBadLines", "", []string{allBad}, 2, nil,
			[]string{allBad + ":1:", allBad + `:2: document without text`, "nothing coded (2 bad inputs listed above)"}},
		{"Stdin", "{\"id\":\"a\",\"text\":\"نص\"}\n{bad json\n", nil, 0, []string{"a"}, []string{"<stdin>:2:"}},
		{"InvalidUTF8", "", []string{badUTF8}, 2, nil, []string{badUTF8 + ":2: invalid UTF-8"}},
		{"InvalidUTF8AndGood", "", []string{badUTF8, good}, 0, []string{good}, []string{badUTF8 + ":2: invalid UTF-8"}},
		{"EmptyFile", "", []string{empty}, 2, nil, []string{empty + ": no document to code: the input is empty"}},
		{"EmptyStdin", "", nil, 2, nil, []string{"<stdin>: no document to code"}},
		{"EmptyDir", "", []string{emptyDir}, 2, nil, []string{emptyDir + ": no document to code in this directory"}},
		{"EmptyAndGood", "", []string{empty, good}, 0, []string{good}, []string{empty + ": no document"}},
		{"NoSuchFile", "", []string{filepath.Join(dir, "missing.txt")}, 2, nil, []string{"missing.txt: stat: no such file"}},
		// A JSON document with an empty text is a document: coded, with
		// empty arrays.
		{"EmptyText", `{"id":"blank","text":""}` + "\n", nil, 0, []string{"blank"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tc.stdin, append([]string{"code"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errs)
			}
			var ids []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if line == "" {
					continue
				}
				var c marsad.Coded
				if err := json.Unmarshal([]byte(line), &c); err != nil {
					t.Fatalf("output line %q: %v", line, err)
				}
				if c.Entities == nil || c.Events == nil || c.Quotes == nil || c.Quantities == nil {
					t.Errorf("%s: an array is null: %s", c.Doc.ID, line)
				}
				checkSpans(t, &c)
				ids = append(ids, c.Doc.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tc.ids, " ") {
				t.Errorf("coded %q, want %q", ids, tc.ids)
			}
			for _, w := range tc.errs {
				if !strings.Contains(errs, "marsad: ") || !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
			if len(tc.errs) == 0 && errs != "" {
				t.Errorf("stderr %q, want nothing", errs)
			}
			// One line per message.
			if n, want := strings.Count(errs, "\n"), strings.Count(errs, "marsad: "); n != want {
				t.Errorf("%d lines for %d messages: %q", n, want, errs)
			}
		})
	}
}

// TestCodeInvalidUTF8InText: bytes that are not UTF-8 inside a document
// (a JSON string holding them is decoded with U+FFFD; a caller of the
// coder may pass them raw) neither panic nor shift the spans.
func TestCodeInvalidUTF8InText(t *testing.T) {
	lx, a, err := loadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	cd := coder.New(a, lx)
	for _, text := range []string{
		"استقبل \xff الملك عبد الله الثاني سامح شكري في \xc3 عمّان",
		"\xd8" + codeText[1:] + "\xd8",
		codeText[:len(codeText)-1],
	} {
		c := cd.Code(marsad.Document{ID: "raw", Text: text}, time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC))
		checkSpans(t, c)
	}
	code, out, errs := runCLI(t, "{\"id\":\"j\",\"text\":\"استقبل \xff الملك عبد الله الثاني سامح شكري\"}\n", "code")
	var c marsad.Coded
	if code != 0 || json.Unmarshal([]byte(out), &c) != nil || !utf8.ValidString(c.Doc.Text) || len(c.Entities) == 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	checkSpans(t, &c)
}

// TestCodeLargeDocument: a 5 MB document is coded in one piece without
// error and in reasonable time.
func TestCodeLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("codes a 5 MB document")
	}
	var b strings.Builder
	for b.Len() < 5<<20 {
		b.WriteString(codeText)
		b.WriteString("\n\n")
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, out, errs := runCLI(t, "", "code", "--published", "2024-03-11", p)
	el := time.Since(start)
	t.Logf("%d bytes in, %d bytes out in %s", b.Len(), len(out), el)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if el > 2*time.Minute {
		t.Errorf("%s for 5 MB", el)
	}
	var c marsad.Coded
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if c.Doc.Text != b.String() || len(c.Entities) == 0 {
		t.Errorf("text %d bytes, %d entities", len(c.Doc.Text), len(c.Entities))
	}
	checkSpans(t, &c)
}
