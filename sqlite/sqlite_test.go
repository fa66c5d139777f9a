package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/index"
	"github.com/marsad-project/marsad/sqlite"
	_ "modernc.org/sqlite"
)

var (
	idxOnce sync.Once
	idx     *index.Indexer
)

func indexer(tb testing.TB) *index.Indexer {
	tb.Helper()
	idxOnce.Do(func() {
		seg, err := arabic.NewSegmenter()
		if err != nil {
			tb.Fatal(err)
		}
		idx = index.New(seg)
	})
	return idx
}

// MustOpenStore opens a store in a temporary directory.
func MustOpenStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(filepath.Join(tb.TempDir(), "marsad.db"))
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2021, 7, 24, 12, 0, 0, 0, time.UTC) }
	s.SetIndexer(indexer(tb))
	tb.Cleanup(func() { s.Close() })
	return s
}

func entry(tb testing.TB, c *marsad.Coded) *marsad.Entry {
	return &marsad.Entry{Coded: c, Keys: indexer(tb).Keys(c.Doc), Origin: "test"}
}

// Texts written for these tests.
const (
	textA = `أعلن وزير الخارجية العراقي فؤاد حسين، يوم الجمعة، أن الجولة الرابعة من الحوار الاستراتيجي بين بغداد وواشنطن ستعقد في العاصمة الأمريكية نهاية الشهر الجاري، وأن المحادثات ستتناول مستقبل قوات التحالف الدولي بالعراق وجدول انسحاب القوات القتالية. وقال حسين في مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي وتسليحه.`
	textB = `بغداد - وكالات: أعلن وزير الخارجية العراقى فؤاد حسين يوم الجمعة أن الجولة الرابعة من الحوار الاستراتيجى بين بغداد وواشنطن ستعقد فى العاصمة الأمريكية نهاية الشهر الجاري وأن المحادثات ستتناول مستقبل قوات التحالف الدولي بالعراق وجدول انسحاب القوات القتالية. وقال حسين فى مؤتمر صحفي مع نظيره الأمريكي إن الحكومة العراقية تريد أن يواصل التحالف تدريب الجيش العراقي.`
	textC = `قال أحمد الصالح رئيس بلدية صفاقس إن أعمال صيانة الطريق الساحلي ستبدأ الأسبوع المقبل وتستمر ثلاثة أشهر، داعيا السائقين إلى استعمال الطرق البديلة خلال فترة الأشغال.`
)

func codedA() *marsad.Coded {
	src := &marsad.Actor{Text: "فؤاد حسين", Start: 32, End: 49, Code: "IRQGOV", Country: "IRQ", Agent: "GOV", Name: "Fuad Hussein"}
	return &marsad.Coded{
		Doc:      marsad.Document{ID: "a", Title: "الحوار الاستراتيجي", Published: "2021-07-23", Source: "one.example", URL: "https://one.example/a", Text: textA},
		Entities: []marsad.Entity{{Text: "فؤاد حسين", Start: 32, End: 49, Kind: "PER", Name: "Fuad Hussein", Code: "IRQGOV", Country: "IRQ"}},
		Events: []marsad.Event{{
			ID: "a-1", Type: "CONSULT", Context: []string{"diplomacy"}, CAMEO: "046", Goldstein: 7, QuadClass: 1, Confidence: 0.65,
			Source: src, Target: &marsad.Actor{Text: "واشنطن", Start: 1, End: 2, Code: "USA", Country: "USA"},
			Location: &marsad.Location{Text: "العاصمة الأمريكية", Start: 3, End: 4, Name: "Washington", Country: "USA", Lat: 38.9, Lon: -77},
			Date:     "2021-07-23", DateText: "يوم الجمعة", Modality: marsad.ModalityFuture,
			Trigger: marsad.Trigger{Text: "ستعقد", Start: 5, End: 6}, Sentence: marsad.SentenceRef{Index: 0, Start: 0, End: 100}, Rule: "consult.hold",
		}},
		Quotes:     []marsad.Quote{{Speaker: src, Text: "الحكومة العراقية تريد", Start: 7, End: 8, Verb: "قال"}},
		Quantities: []marsad.Quantity{{Value: 3000, Unit: "troops", Text: "ثلاثة آلاف", Start: 9, End: 10}},
	}
}

func coded(id, source, text string) *marsad.Coded {
	return &marsad.Coded{Doc: marsad.Document{ID: id, Source: source, Published: "2021-07-24", Text: text},
		Entities: []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{}, Quantities: []marsad.Quantity{}}
}

func TestStore_AddEntries(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := MustOpenStore(t)
		run, err := s.BeginRun(ctx, "test")
		if err != nil {
			t.Fatal(err)
		}
		a := codedA()
		res, err := s.AddEntries(ctx, run, []*marsad.Entry{entry(t, a)})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := res[0].Stored, true; got != want {
			t.Fatalf("Stored = %v", got)
		}
		d, err := s.FindDocument(ctx, "a")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d.Coded, *a) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", d.Coded, *a)
		}
		if got, want := d.Story, res[0].Story; got != want || got == 0 {
			t.Fatalf("story = %d, want %d", got, want)
		}
		if err := s.EndRun(ctx, run); err != nil {
			t.Fatal(err)
		}
		runs, err := s.Runs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := runs[0].Added, 1; got != want || runs[0].Status != marsad.RunDone {
			t.Fatalf("run added = %d status %q", got, runs[0].Status)
		}
	})
	t.Run("Again", func(t *testing.T) {
		s := MustOpenStore(t)
		for i := 0; i < 2; i++ {
			if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA()), entry(t, coded("c", "x", textC))}); err != nil {
				t.Fatal(err)
			}
		}
		st, _ := s.Stats(ctx)
		if got, want := st.Documents, 2; got != want {
			t.Fatalf("documents = %d, want %d", got, want)
		}
		if got, want := st.Events, 1; got != want {
			t.Fatalf("events = %d, want %d", got, want)
		}
		ok, err := s.Has(ctx, "c", indexer(t).Keys(marsad.Document{Text: textC}).Hash)
		if err != nil || !ok {
			t.Fatalf("Has = %v, %v", ok, err)
		}
	})
	t.Run("Has", func(t *testing.T) {
		// Has answers from what was stored when it was first asked and
		// what this Store added since; a document another process stored
		// meanwhile may be reported missing (it is coded again and
		// skipped), a replaced one never reported stored.
		dir := t.TempDir()
		db := filepath.Join(dir, "marsad.db")
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		other, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		hashA := indexer(t).Keys(codedA().Doc).Hash
		hashC := indexer(t).Keys(marsad.Document{Text: textC}).Hash
		if _, err := other.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA())}); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.Has(ctx, "a", hashA); err != nil || !ok {
			t.Fatalf("Has(a) after another store added it = %v, %v", ok, err)
		}
		if ok, _ := s.Has(ctx, "a", hashC); ok {
			t.Fatal("Has(a) with another text = true")
		}
		if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, coded("c", "x", textC))}); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.Has(ctx, "c", hashC); err != nil || !ok {
			t.Fatalf("Has(c) after adding it = %v, %v", ok, err)
		}
		// Another store replaces a: s must not report the old text stored.
		if _, err := other.AddEntries(ctx, nil, []*marsad.Entry{entry(t, coded("a", "x", textC))}); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.Has(ctx, "a", hashA); ok {
			t.Fatal("Has(a) with its replaced text = true")
		}
		// Another store adds d: s may not know; adding it again adds nothing.
		d := coded("d", "x", textC+" وأضاف")
		if _, err := other.AddEntries(ctx, nil, []*marsad.Entry{entry(t, d)}); err != nil {
			t.Fatal(err)
		}
		res, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, d)})
		if err != nil || res[0].Stored {
			t.Fatalf("adding d again: %+v, %v", res, err)
		}
	})
	t.Run("Replaced", func(t *testing.T) {
		s := MustOpenStore(t)
		if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA())}); err != nil {
			t.Fatal(err)
		}
		res, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, coded("a", "x", textC))})
		if err != nil {
			t.Fatal(err)
		}
		if !res[0].Replaced {
			t.Fatal("not replaced")
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 1 || st.Events != 0 || st.Quotes != 0 || st.Entities != 0 {
			t.Fatalf("stats after replace: %+v", st)
		}
	})
}

func TestStore_Duplicates(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	a := codedA()
	exact := codedA()
	exact.Doc.ID, exact.Doc.Source = "a-copy", "two.example"
	exact.Doc.Text = "  " + strings.ReplaceAll(textA, "أعلن", "أعلنَ") // same words once normalized
	near := codedA()
	near.Doc.ID, near.Doc.Source, near.Doc.Text = "b", "three.example", textB
	res, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, a), entry(t, exact), entry(t, near), entry(t, coded("c", "one.example", textC))})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res[1].Duplicate, marsad.DupExact; got != want {
		t.Fatalf("exact copy: %q", got)
	}
	if got, want := res[2].Duplicate, marsad.DupNear; got != want {
		t.Fatalf("near copy: %q (similarity %.2f)", got, res[2].Similarity)
	}
	if res[1].Story != res[0].Story || res[2].Story != res[0].Story || res[3].Story == res[0].Story {
		t.Fatalf("stories: %d %d %d %d", res[0].Story, res[1].Story, res[2].Story, res[3].Story)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 4 || st.Duplicates != 2 || st.ExactDuplicates != 1 || st.NearDuplicates != 1 || st.Stories != 2 {
		t.Fatalf("stats: %+v", st)
	}
	if got, want := st.Events, 3; got != want {
		t.Fatalf("events = %d, want %d", got, want)
	}
	if got, want := st.StoryEvents, 1; got != want {
		t.Fatalf("story events = %d, want %d", got, want)
	}
	evs, err := s.FindEvents(ctx, marsad.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d story events", len(evs))
	}
	if e := evs[0]; e.NumMentions != 3 || e.NumArticles != 3 || e.NumSources != 3 || e.DocID != "a" || e.CAMEO != "046" || e.Source.Code != "IRQGOV" {
		t.Fatalf("story event: %+v", e)
	}
}

func TestStore_FindEvents(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA()), entry(t, coded("c", "x", textC))}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    marsad.EventFilter
		want int
	}{
		{"All", marsad.EventFilter{}, 1},
		{"ActorCode", marsad.EventFilter{Actor: "irq"}, 1},
		{"ActorName", marsad.EventFilter{Actor: "Fuad"}, 1},
		{"ActorOther", marsad.EventFilter{Actor: "SYR"}, 0},
		{"Country", marsad.EventFilter{Country: "usa"}, 1},
		{"Type", marsad.EventFilter{Type: "consult"}, 1},
		{"CAMEO", marsad.EventFilter{Type: "04"}, 1},
		{"TypeOther", marsad.EventFilter{Type: "ASSAULT"}, 0},
		{"Confident", marsad.EventFilter{MinConfidence: 0.5}, 1},
		{"NotConfident", marsad.EventFilter{MinConfidence: 0.9}, 0},
		{"Quad", marsad.EventFilter{QuadClass: 1}, 1},
		{"QuadOther", marsad.EventFilter{QuadClass: 4}, 0},
		{"Dates", marsad.EventFilter{From: "2021-07-23", To: "2021-07-23"}, 1},
		{"DatesAfter", marsad.EventFilter{From: "2021-07-24"}, 0},
		{"Query", marsad.EventFilter{Query: "العراق"}, 1},
		{"QueryOther", marsad.EventFilter{Query: "صفاقس"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := s.FindEvents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(evs); got != tc.want {
				t.Fatalf("%d events, want %d", got, tc.want)
			}
		})
	}
}

func TestStore_Search(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA()), entry(t, coded("c", "x", textC))}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"العراق", []string{"a"}}, // the text has بالعراق
		{"احمد", []string{"c"}},   // the text has أحمد
		{"الجيش العراقي", []string{"a"}},
		{"وصفاقس", []string{"c"}},
		{"بلدية بغداد", nil},
	} {
		t.Run(tc.q, func(t *testing.T) {
			hits, err := s.Search(ctx, marsad.SearchQuery{Query: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
				if h.Snippet == "" {
					t.Errorf("%s: no snippet", h.ID)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("hits %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("ErrNoWord", func(t *testing.T) {
		if _, err := s.Search(ctx, marsad.SearchQuery{Query: "،"}); marsad.ErrorCode(err) != marsad.EINVALID {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestStore_EachDocument(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	var batch []*marsad.Entry
	for i := 0; i < 1200; i++ {
		c := coded(strings.Repeat("x", 1+i%3)+string(rune('a'+i%26))+time.Duration(i).String(), "x", textC+time.Duration(i).String())
		batch = append(batch, entry(t, c))
	}
	batch = append(batch, entry(t, codedA()))
	if _, err := s.AddEntries(ctx, nil, batch); err != nil {
		t.Fatal(err)
	}
	n := 0
	var last *marsad.StoredDocument
	if err := s.EachDocument(ctx, func(d *marsad.StoredDocument) error { n++; last = d; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(batch) {
		t.Fatalf("%d documents, want %d", n, len(batch))
	}
	if !reflect.DeepEqual(last.Coded, *codedA()) {
		t.Fatalf("last document differs: %+v", last.Coded)
	}
}

// TestMigrate opens a database at schema version 1 (documents only, as the
// first release wrote it) and checks that opening it migrates it and keeps
// its documents.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile("migrations/0001_documents.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`,
		string(old),
		`INSERT INTO schema_version VALUES (1, '2021-01-01T00:00:00Z')`,
		`INSERT INTO documents (doc_id, hash, text, added) VALUES ('old', 'h', 'نص قديم', '2021-01-01T00:00:00Z')`,
		`INSERT INTO entities (doc, seq, text, start, "end", kind) VALUES (1, 0, 'نص', 0, 4, 'MISC')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.DB().QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	if got, want := v, sqlite.SchemaVersion(); got != want || want < 3 {
		t.Fatalf("version %d, want %d", got, want)
	}
	d, err := s.FindDocument(ctx, "old")
	if err != nil {
		t.Fatal(err)
	}
	if d.Story == 0 || len(d.Coded.Entities) != 1 || d.Coded.Doc.Text != "نص قديم" {
		t.Fatalf("migrated document: %+v", d)
	}
	// The new tables work.
	s.SetIndexer(indexer(t))
	if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA())}); err != nil {
		t.Fatal(err)
	}
}

func TestStore_ReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.SetIndexer(indexer(t))
	if _, err := s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, codedA())}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	s, err = sqlite.Open(path)
	if err != nil {
		t.Fatalf("open read-only: %v", err)
	}
	defer s.Close()
	if st, err := s.Stats(ctx); err != nil || st.Documents != 1 {
		t.Fatalf("stats on a read-only database: %+v %v", st, err)
	}
	_, err = s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, coded("c", "x", textC))})
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("write to a read-only database: %v", err)
	}
	if ok, err := s.IntegrityCheck(ctx); err != nil || ok != "ok" {
		t.Fatalf("integrity: %q %v", ok, err)
	}
}

// TestStore_Full fills a database capped at a few pages, as a full disk
// would: the batch fails with a clear error and the file stays sound.
func TestStore_Full(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "full.db")
	s, err := sqlite.Open(path + "?_pragma=max_page_count(60)")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetIndexer(indexer(t))
	var err2 error
	for i := 0; i < 200 && err2 == nil; i++ {
		var batch []*marsad.Entry
		for j := 0; j < 10; j++ {
			batch = append(batch, entry(t, coded(time.Duration(i*10+j).String(), "x", textA+time.Duration(i*10+j).String())))
		}
		_, err2 = s.AddEntries(ctx, nil, batch)
	}
	if err2 == nil || !strings.Contains(err2.Error(), "full") {
		t.Fatalf("err = %v, want a full-disk error", err2)
	}
	if ok, err := s.IntegrityCheck(ctx); err != nil || ok != "ok" {
		t.Fatalf("integrity: %q %v", ok, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents%10 != 0 {
		t.Fatalf("a failed batch left part of itself: %+v %v", st, err)
	}
}

// TestStore_EmptyTextNoDuplicates: documents without words (cartoon pages,
// empty feed items) are stored, each its own story, never duplicates of
// each other.
func TestStore_EmptyTextNoDuplicates(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	res, err := s.AddEntries(ctx, nil, []*marsad.Entry{
		entry(t, coded("e1", "one.example", "")),
		entry(t, coded("e2", "two.example", " … ")),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res[1].Duplicate != "" || res[0].Story == res[1].Story {
		t.Fatalf("empty texts: %+v", res)
	}
	// Re-adding the same empty document adds nothing.
	res, err = s.AddEntries(ctx, nil, []*marsad.Entry{entry(t, coded("e1", "one.example", ""))})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Stored {
		t.Fatalf("re-added an unchanged empty document: %+v", res[0])
	}
}
