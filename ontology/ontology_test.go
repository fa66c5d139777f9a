package ontology_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/marsad-project/marsad/ontology"
)

func TestLookup(t *testing.T) {
	for _, tt := range []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		plover    ontology.Plover
	}{
		{"190", "Use conventional military force, not specified below", -10, 4, ontology.Plover{"ASSAULT", "", "military"}},
		{"046", "Engage in negotiation", 7, 1, ontology.Plover{"CONSULT", "", "diplomatic"}},
		{"0232", "Appeal for military aid", 3.4, 1, ontology.Plover{"REQUEST", "assist", "military"}},
		{"1056", "Demand de-escalation of military engagement", -5, 3, ontology.Plover{"REQUEST", "yield", "military"}},
		{"120", "Reject, not specified below", -4, 3, ontology.Plover{"REJECT", "", ""}},
		{"141", "Demonstrate or rally", -6.5, 4, ontology.Plover{"PROTEST", "demo", ""}},
		{"163", "Impose embargo, boycott, or sanctions", -8, 4, ontology.Plover{"COERCE", "restrict", "diplomatic"}},
		{"173", "Arrest, detain, or charge with legal action", -5, 4, ontology.Plover{"COERCE", "arrest", "legal"}},
		{"175", "Use tactics of violent repression", -9, 4, ontology.Plover{"ASSAULT", "", "pro_autocracy,military"}},
		{"0874", "Retreat or surrender militarily", 10, 2, ontology.Plover{"RETREAT", "disarm", "military"}},
		{"094", "Investigate war crimes", -2, 3, ontology.Plover{"ACCUSE", "investigate", "military,legal"}},
		{"1213", "Reject judicial cooperation", -4, 3, ontology.Plover{"REJECT", "assist", "legal"}},
		{"1834", "Carry out location bombing", -10, 4, ontology.Plover{"ASSAULT", "suicide-attack", ""}},
		{"010", "Make statement, not specified below", 0, 1, ontology.Plover{}},
		{"01", "Make public statement", 0, 1, ontology.Plover{}},
		{"20", "Use unconventional mass violence", -10, 4, ontology.Plover{"ASSAULT", "", ""}},
	} {
		t.Run(tt.code, func(t *testing.T) {
			e, ok := ontology.Lookup(tt.code)
			if !ok {
				t.Fatalf("Lookup(%q): not found", tt.code)
			}
			if got, want := e.Code, tt.code; got != want {
				t.Errorf("Code = %q, want %q", got, want)
			}
			if got, want := e.Name, tt.name; got != want {
				t.Errorf("Name = %q, want %q", got, want)
			}
			if got, want := e.Goldstein, tt.goldstein; got != want {
				t.Errorf("Goldstein = %v, want %v", got, want)
			}
			if got, want := e.QuadClass, tt.quad; got != want {
				t.Errorf("QuadClass = %d, want %d", got, want)
			}
			if got, want := e.Plover, tt.plover; got != want {
				t.Errorf("Plover = %+v, want %+v", got, want)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, code := range []string{"", "0", "00", "21", "999", "01234", "19a", "0235", " 190"} {
		if e, ok := ontology.Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want not found", code, e)
		}
	}
}

func TestCodes(t *testing.T) {
	codes := ontology.Codes()
	if len(codes) < 311 {
		t.Fatalf("%d codes, want ≥ 311", len(codes))
	}
	if !sort.StringsAreSorted(codes) {
		t.Error("Codes() not sorted")
	}
	roots := map[string]bool{}
	for _, c := range codes {
		e, ok := ontology.Lookup(c)
		if !ok {
			t.Errorf("%s: listed by Codes but not found by Lookup", c)
			continue
		}
		if len(c) < 2 || len(c) > 4 {
			t.Errorf("%s: code of %d digits", c, len(c))
		}
		if e.QuadClass < 1 || e.QuadClass > 4 {
			t.Errorf("%s: QuadClass %d", c, e.QuadClass)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v", c, e.Goldstein)
		}
		if e.Name == "" {
			t.Errorf("%s: no name", c)
		}
		if err := ontology.ValidPlover(e.Plover); err != nil {
			t.Errorf("%s: %v", c, err)
		}
		if (e.Plover.Type == "") != (c[:2] == "01") {
			t.Errorf("%s: PLOVER type %q (only statements, 01, have none)", c, e.Plover.Type)
		}
		roots[c[:2]] = true
		if len(c) > 2 {
			if _, ok := ontology.Lookup(c[:2]); !ok {
				t.Errorf("%s: root %s unknown", c, c[:2])
			}
		}
	}
	if len(roots) != 20 {
		t.Errorf("%d roots, want 20", len(roots))
	}
}

func TestPloverTypesReachable(t *testing.T) {
	types := ontology.PloverTypes()
	if len(types) != 16 {
		t.Fatalf("%d PLOVER types, want 16", len(types))
	}
	reached := map[string]bool{}
	for _, c := range ontology.Codes() {
		e, _ := ontology.Lookup(c)
		reached[e.Plover.Type] = true
	}
	for _, typ := range types {
		if !reached[typ] {
			t.Errorf("PLOVER type %s: no CAMEO code maps to it", typ)
		}
	}
}

func TestValidPlover(t *testing.T) {
	for _, tt := range []struct {
		p  ontology.Plover
		ok bool
	}{
		{ontology.Plover{}, true},
		{ontology.Plover{Type: "ASSAULT"}, true},
		{ontology.Plover{"REQUEST", "yield", "military"}, true},
		{ontology.Plover{"ACCUSE", "investigate", "military,legal"}, true},
		{ontology.Plover{"ACCUSE", "investigate", "military, legal"}, true},
		{ontology.Plover{"COERCE", "arrest", "legal"}, true},
		{ontology.Plover{Type: "ATTACK"}, false},
		{ontology.Plover{Type: "assault"}, false},
		{ontology.Plover{"ASSAULT", "demo", ""}, false},
		{ontology.Plover{"PROTEST", "demo", "weather"}, false},
		{ontology.Plover{"", "demo", ""}, false},
	} {
		if err := ontology.ValidPlover(tt.p); (err == nil) != tt.ok {
			t.Errorf("ValidPlover(%+v) = %v, want ok=%v", tt.p, err, tt.ok)
		}
	}
}

const ontologyData = "../../shared/data/ontology"

// TestDataUpToDate regenerates data/cameo.tsv from the shared codebooks and
// checks that it equals the embedded file.
func TestDataUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the table compiles a program: skipped in -short mode")
	}
	if _, err := os.Stat(filepath.Join(ontologyData, "plover", "CAMEO2PLOVER-2021.txt")); err != nil {
		t.Skipf("shared ontology data absent (%s): clone the project with ../shared beside it", ontologyData)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out := filepath.Join(t.TempDir(), "cameo.tsv")
	cmd := exec.Command(goBin, "run", "gen.go", "-src", ontologyData, "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("data", "cameo.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/cameo.tsv is out of date: run 'go generate ./ontology'")
	}
}

func BenchmarkLookup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ontology.Lookup("0232")
	}
}
