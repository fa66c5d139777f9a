package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/index"
	"github.com/marsad-project/marsad/sqlite"
)

// Texts written for these tests: a report, a near copy of it by another
// outlet, and an unrelated one.
const (
	ingestA = `أعلن وزير الخارجية العراقي فؤاد حسين، يوم الجمعة، أن الجولة الرابعة من الحوار الاستراتيجي بين بغداد وواشنطن ستعقد في العاصمة الأمريكية نهاية الشهر الجاري، وأن المحادثات ستتناول مستقبل قوات التحالف الدولي بالعراق وجدول انسحاب القوات القتالية. وقال حسين في مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي وتسليحه.`
	ingestB = `بغداد - وكالات: أعلن وزير الخارجية العراقى فؤاد حسين يوم الجمعة أن الجولة الرابعة من الحوار الاستراتيجى بين بغداد وواشنطن ستعقد فى العاصمة الأمريكية نهاية الشهر الجاري وأن المحادثات ستتناول مستقبل قوات التحالف الدولي بالعراق وجدول انسحاب القوات القتالية. وقال حسين فى مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي.`
	ingestC = `قال أحمد الصالح رئيس بلدية صفاقس إن أعمال صيانة الطريق الساحلي ستبدأ الأسبوع المقبل وتستمر ثلاثة أشهر، داعيا السائقين إلى استعمال الطرق البديلة خلال فترة الأشغال.`
)

func writeJSONL(t testing.TB, path string, docs []marsad.Document, extra ...string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, line := range extra {
		fmt.Fprintln(w, line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func sampleDocs() []marsad.Document {
	return []marsad.Document{
		{ID: "a", Title: "الحوار الاستراتيجي", Published: "2021-07-23", Source: "one.example", Text: ingestA},
		{ID: "a-copy", Published: "2021-07-23", Source: "two.example", Text: ingestA + "\n"},
		{ID: "b", Published: "2021-07-24", Source: "three.example", Text: ingestB},
		{ID: "c", Published: "2021-07-24", Source: "one.example", Text: ingestC},
	}
}

func statsOf(t *testing.T, db string) marsad.Stats {
	t.Helper()
	code, out, errs := runCLI(t, "", "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errs)
	}
	var st marsad.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json: %v: %s", err, out)
	}
	return st
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	in, db := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "m.db")
	writeJSONL(t, in, sampleDocs())

	t.Run("OK", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "ingest", "--db", db, in)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(errs, "4 read, 4 added (2 duplicates)") {
			t.Errorf("summary: %s", errs)
		}
		st := statsOf(t, db)
		if st.Documents != 4 || st.Duplicates != 2 || st.ExactDuplicates != 1 || st.NearDuplicates != 1 || st.Stories != 2 {
			t.Fatalf("stats: %+v", st)
		}
	})
	t.Run("Again", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "ingest", "--db", db, in)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(errs, "4 read, 0 added (0 duplicates), 4 already stored") {
			t.Errorf("summary: %s", errs)
		}
		if st := statsOf(t, db); st.Documents != 4 || st.Runs != 2 {
			t.Fatalf("stats: %+v", st)
		}
	})
	t.Run("Search", func(t *testing.T) {
		for _, tc := range []struct {
			q    string
			want []string
		}{
			{"العراق", []string{"a", "a-copy", "b"}},
			{"احمد", []string{"c"}},
		} {
			code, out, errs := runCLI(t, "", "search", "--db", db, "--json", tc.q)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var h marsad.SearchHit
				if err := json.Unmarshal([]byte(line), &h); err != nil {
					t.Fatalf("%q: %v", line, err)
				}
				got = append(got, h.ID)
			}
			if strings.Join(sorted(got), " ") != strings.Join(tc.want, " ") {
				t.Errorf("search %s: %q, want %q", tc.q, got, tc.want)
			}
		}
	})
	t.Run("ExportJSONL", func(t *testing.T) {
		code, out, errs := runCLI(t, "", "export", "--db", db, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 4 {
			t.Fatalf("%d lines", len(lines))
		}
		var c marsad.Coded
		if err := json.Unmarshal([]byte(lines[3]), &c); err != nil || c.Doc.ID != "c" || c.Doc.Text != ingestC {
			t.Fatalf("last line: %v %+v", err, c.Doc)
		}
	})
	t.Run("NoDatabase", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "stats", "--db", filepath.Join(dir, "none.db"))
		if code != 2 || !strings.Contains(errs, "no such database") {
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
	t.Run("ReadOnly", func(t *testing.T) {
		ro := filepath.Join(dir, "ro.db")
		b, err := os.ReadFile(db)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(ro, b, 0o444); err != nil {
			t.Fatal(err)
		}
		in2 := filepath.Join(dir, "more.jsonl")
		writeJSONL(t, in2, []marsad.Document{{ID: "d", Text: ingestC + " وأضاف أن الأشغال ستتم ليلا."}})
		code, _, errs := runCLI(t, "", "ingest", "--db", ro, in2)
		if code != 1 || !strings.Contains(errs, "read-only") {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if st := statsOf(t, ro); st.Documents != 4 {
			t.Fatalf("read-only copy changed: %+v", st)
		}
		checkIntegrity(t, ro)
	})
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.IntegrityCheck(context.Background()); err != nil || v != "ok" {
		t.Fatalf("integrity_check: %q %v", v, err)
	}
}

func TestIngestBadRecords(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "docs.jsonl")
	docs := sampleDocs()
	writeJSONL(t, in, docs[:2], `{"id": "broken", "text": `)
	f, _ := os.OpenFile(in, os.O_APPEND|os.O_WRONLY, 0)
	enc := json.NewEncoder(f)
	enc.Encode(docs[3])
	f.Close()
	t.Run("GoesOn", func(t *testing.T) {
		db := filepath.Join(dir, "m.db")
		code, _, errs := runCLI(t, "", "ingest", "--db", db, in)
		if code != 2 {
			t.Fatalf("exit %d, want 2: %s", code, errs)
		}
		if !strings.Contains(errs, in+":3") {
			t.Errorf("error should name %s:3: %s", in, errs)
		}
		if st := statsOf(t, db); st.Documents != 3 {
			t.Fatalf("%d documents, want 3", st.Documents)
		}
	})
	t.Run("Strict", func(t *testing.T) {
		db := filepath.Join(dir, "s.db")
		code, _, errs := runCLI(t, "", "ingest", "--strict", "--db", db, in)
		if code != 2 || !strings.Contains(errs, in+":3") {
			t.Fatalf("exit %d, want 2: %s", code, errs)
		}
		if st := statsOf(t, db); st.Documents != 2 {
			t.Fatalf("%d documents, want the 2 before the bad record", st.Documents)
		}
	})
}

// TestExportEvents stores hand-built events (the coder does not code
// events yet) and exports them.
func TestExportEvents(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	src := &marsad.Actor{Text: "فؤاد حسين", Start: 0, End: 17, Code: "IRQGOV", Country: "IRQ", Agent: "GOV", Name: "Fuad Hussein"}
	ev := marsad.Event{ID: "e1", Type: "CONSULT", CAMEO: "046", Goldstein: 7, QuadClass: 1, Source: src,
		Target: &marsad.Actor{Text: "واشنطن", Code: "USA", Country: "USA"}, Date: "2021-07-23",
		Location: &marsad.Location{Text: "واشنطن", Name: "Washington", Country: "USA", Lat: 38.9, Lon: -77.04}}
	var entries []*marsad.Entry
	for i, d := range sampleDocs() {
		c := &marsad.Coded{Doc: d, Entities: []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{}, Quantities: []marsad.Quantity{}}
		if i < 3 {
			c.Events = []marsad.Event{ev}
		}
		entries = append(entries, &marsad.Entry{Coded: c, Keys: testIndexer(t).Keys(d)})
	}
	if _, err := s.AddEntries(ctx, nil, entries); err != nil {
		t.Fatal(err)
	}
	s.Close()

	code, out, errs := runCLI(t, "", "export", "--db", db, "--format", "gdelt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d GDELT rows, want 1 (three copies of one story): %q", len(lines), out)
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != gdeltColumns {
		t.Fatalf("%d columns, want %d", len(cols), gdeltColumns)
	}
	for i, want := range map[int]string{1: "20210723", 5: "IRQGOV", 6: "FUAD HUSSEIN", 7: "IRQ", 15: "USA", 26: "046", 27: "046", 28: "04", 29: "1", 31: "3", 32: "3", 33: "3", 52: "Washington"} {
		if cols[i] != want {
			t.Errorf("column %d = %q, want %q", i, cols[i], want)
		}
	}

	code, out, _ = runCLI(t, "", "export", "--db", db, "--format", "csv")
	if n := strings.Count(out, "\n"); code != 0 || n != 2 || !strings.HasPrefix(out, "story,day,type") {
		t.Fatalf("csv: exit %d, %d lines: %s", code, n, out)
	}
	code, out, _ = runCLI(t, "", "events", "--db", db, "--actor", "IRQ", "--type", "CONSULT", "--quad", "1", "--from", "2021-07-01", "--to", "2021-07-31", "--q", "العراق", "--json")
	var se marsad.StoryEvent
	if code != 0 || json.Unmarshal([]byte(out), &se) != nil || se.NumArticles != 3 || se.NumSources != 3 || se.DocID != "a" {
		t.Fatalf("events: exit %d: %s", code, out)
	}
	code, out, _ = runCLI(t, "", "events", "--db", db, "--country", "SYR")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Fatalf("events --country SYR: exit %d: %s", code, out)
	}
	if code, _, _ := runCLI(t, "", "events", "--db", db, "--quad", "7"); code != 2 {
		t.Fatalf("--quad 7: exit %d, want 2", code)
	}
}

// TestIngestKill builds marsad, starts ingest on a few thousand generated
// documents, kills it with SIGKILL once some batches are committed, and
// checks that the file is sound, that nothing committed was lost, and that
// a second run completes the work.
func TestIngestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 3,000 documents")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "marsad")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 3000
	in, db := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "m.db")
	writeJSONL(t, in, generatedDocs(n))

	cmd := exec.Command(bin, "ingest", "--batch", "100", "--workers", "2", "--db", db, in)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once at least two batches are committed.
	deadline := time.Now().Add(2 * time.Minute)
	committed := 0
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		committed = countDocs(t, db)
		if committed >= 200 {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed >= n {
		t.Fatalf("the run finished before the kill; stderr: %s", stderr.String())
	}
	if committed < 200 {
		t.Fatalf("nothing committed within the deadline; stderr: %s", stderr.String())
	}
	checkIntegrity(t, db)
	after := countDocs(t, db)
	if after < committed || after%100 != 0 {
		t.Fatalf("after the kill: %d documents (%d seen committed); want whole batches", after, committed)
	}
	t.Logf("killed with %d documents committed", after)

	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("%d read, %d added", n, n-after); !strings.Contains(string(out), want) {
		t.Errorf("rerun summary %q, want %q", out, want)
	}
	checkIntegrity(t, db)
	if got := countDocs(t, db); got != n {
		t.Fatalf("after the rerun: %d documents, want %d", got, n)
	}
}

// countDocs counts the committed documents, -0 when the database is not
// there yet.
func countDocs(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	s, err := sqlite.Open(db)
	if err != nil {
		return 0
	}
	defer s.Close()
	var n int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// generatedDocs returns n distinct documents built from the test texts.
func generatedDocs(n int) []marsad.Document {
	words := strings.Fields(ingestA + " " + ingestC)
	docs := make([]marsad.Document, n)
	for i := range docs {
		var b strings.Builder
		for j := 0; j < 60; j++ {
			b.WriteString(words[(i*7+j*j+i*j)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "العدد %d.", i)
		docs[i] = marsad.Document{ID: fmt.Sprintf("gen-%05d", i), Published: "2021-07-24", Source: fmt.Sprintf("s%d.example", i%7), Text: b.String()}
	}
	return docs
}

var testIdx = sync.OnceValues(func() (*index.Indexer, error) {
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}
	return index.New(seg), nil
})

func testIndexer(t testing.TB) *index.Indexer {
	t.Helper()
	x, err := testIdx()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
