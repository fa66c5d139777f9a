package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// Texts written for this test, with invented names.
const (
	unknownA = `وندد جاسم المحمداوي بالهجوم على السفارة الأمريكية.`
	unknownB = `التقى وزير الخارجية الليبي ناصر الدرسي نظيره التونسي في تونس.`
	unknownC = `وطالب جاسم المحمداوي الحكومة العراقية بمحاسبة المسؤولين عن الهجوم.`
)

// TestActorsUnknown ingests with the tagger and lists the names the
// lexicon does not know, the most frequent first.
func TestActorsUnknown(t *testing.T) {
	dir := t.TempDir()
	in, db := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "m.db")
	writeJSONL(t, in, []marsad.Document{
		{ID: "a", Published: "2021-07-23", Text: unknownA},
		{ID: "b", Published: "2021-07-23", Text: unknownB},
		{ID: "c", Published: "2021-07-24", Text: unknownC},
	})
	if code, _, errs := runCLI(t, "", "ingest", "--ner", "--db", db, in); code != 0 {
		t.Fatalf("ingest --ner: exit %d: %s", code, errs)
	}

	code, out, errs := runCLI(t, "", "actors", "unknown", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []marsad.UnresolvedName
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var n marsad.UnresolvedName
		if err := json.Unmarshal([]byte(line), &n); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got = append(got, n)
	}
	want := []struct {
		name, kind, code  string
		stories, examples int
	}{
		{"جاسم المحمداوي", "PER", "", 2, 2},
		{"ناصر الدرسي", "PER", "LBYGOV", 1, 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i, w := range want {
		g := got[i]
		if g.Name != w.name || g.Kind != w.kind || g.Code != w.code || g.Stories != w.stories || len(g.Examples) != w.examples {
			t.Errorf("name %d = %+v, want %+v", i, g, w)
		}
	}
	if e := got[1].Examples[0]; e.DocID != "b" || e.Sentence != unknownB {
		t.Errorf("example %+v, want document b's sentence", e)
	}

	tests := []struct {
		name string
		args []string
		want []string // in this order in the output
		not  []string
	}{
		{"table", nil, []string{"STORIES", "جاسم المحمداوي", "a: " + unknownA, "LBYGOV", "ناصر الدرسي", "b: " + unknownB}, nil},
		{"limit", []string{"--limit", "1"}, []string{"جاسم المحمداوي"}, []string{"ناصر الدرسي"}},
		{"lex", []string{"--format", "lex"}, []string{
			"actor new-jasm-almhmdawy\n  name TODO English name\n  type person\n  country TODO\n  ar جاسم المحمداوي\n  code TODO\n",
			"actor new-nasr-aldrsy\n  name TODO English name\n  type person\n  country LBY\n  ar ناصر الدرسي\n  code LBYGOV\n",
		}, nil},
		{"kind", []string{"--kind", "ORG"}, nil, []string{"جاسم", "ناصر"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", append([]string{"actors", "unknown", "--db", db}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(out[at:], w)
				if i < 0 {
					t.Fatalf("output lacks %q after byte %d:\n%s", w, at, out)
				}
				at += i + len(w)
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("output holds %q:\n%s", n, out)
				}
			}
		})
	}

	// Once a lexicon file knows a name, the name is left out.
	lexDir := filepath.Join(dir, "lex")
	if err := os.MkdirAll(lexDir, 0o755); err != nil {
		t.Fatal(err)
	}
	entry := "actor new-jasm-almhmdawy\n  name Jasim al-Muhammadawi\n  type person\n  country IRQ\n  ar جاسم المحمداوي\n  code IRQELI\n"
	if err := os.WriteFile(filepath.Join(lexDir, "new.lex"), []byte(entry), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, "", "actors", "unknown", "--db", db, "--lexicon", lexDir); code != 0 || strings.Contains(out, "جاسم") || !strings.Contains(out, "ناصر الدرسي") {
		t.Errorf("--lexicon: exit %d: %s%s", code, out, errs)
	}

	// Bad usage exits 2; a database without unresolved names prints none.
	if code, _, _ := runCLI(t, "", "actors", "unknown", "--db", db, "--kind", "GPE"); code != 2 {
		t.Errorf("--kind GPE: exit %d, want 2", code)
	}
	plain := filepath.Join(dir, "plain.db")
	if code, _, errs := runCLI(t, "", "ingest", "--db", plain, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	if code, out, errs := runCLI(t, "", "actors", "unknown", "--db", plain); code != 0 || out != "" || !strings.Contains(errs, "--ner") {
		t.Errorf("without --ner: exit %d, out %q, errs %q", code, out, errs)
	}
}

// TestCodeNER: marsad code --ner writes the names the lexicon does not know
// as entities, and uses them as actors.
func TestCodeNER(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{{[]string{"code"}, false}, {[]string{"code", "--ner"}, true}} {
		code, out, errs := runCLI(t, unknownA, tc.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		var c marsad.Coded
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatalf("%v: %v: %s", tc.args, err, out)
		}
		found := false
		for _, e := range c.Entities {
			found = found || e.Name == "جاسم المحمداوي" && e.Kind == marsad.KindPerson && e.Code == ""
		}
		src := len(c.Events) > 0 && c.Events[0].Source != nil && c.Events[0].Source.Name == "جاسم المحمداوي"
		if found != tc.want || src != tc.want {
			t.Errorf("%v: entity %v, source %v, want %v: %s", tc.args, found, src, tc.want, out)
		}
	}
}
