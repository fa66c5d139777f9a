package lexicon_test

import (
	"testing"

	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ontology"
)

// TestBuiltinCheck is `marsad dict check` on the embedded lexicon.
func TestBuiltinCheck(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range lx.Check() {
		t.Error(p)
	}
}

// TestBuiltinExamples is `marsad dict test` on the embedded lexicon.
func TestBuiltinExamples(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := lx.RunTests(analyzer(t))
	failed := 0
	for _, r := range res {
		if !r.Pass {
			failed++
			if failed <= 50 {
				t.Error(r.Err())
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d examples failed", failed, len(res))
	}
	if len(res) < 2000 {
		t.Errorf("%d examples; the lexicon should carry at least 2,000", len(res))
	}
}

// TestBuiltinCoverage checks the lexicon's size against what it promises:
// every country, the organizations, groups and persons of the region, and
// patterns for every CAMEO root and PLOVER type.
func TestBuiltinCoverage(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	roots := map[string]bool{}
	plover := map[string]bool{}
	dated := 0
	for _, e := range lx.Entries() {
		count[e.Kind.String()+"/"+e.Type]++
		count[e.Kind.String()]++
		if e.Kind == lexicon.KindActor && e.Type == "person" {
			for _, c := range e.Codes {
				if c.Dated() {
					dated++
					break
				}
			}
		}
		if e.Kind == lexicon.KindPattern {
			roots[e.Cameo[:2]] = true
			pl := e.Plover
			if pl.Type == "" {
				ev, _ := ontology.Lookup(e.Cameo)
				pl = ev.Plover
			}
			plover[pl.Type] = true
		}
	}
	for _, want := range []struct {
		what string
		n    int
	}{
		{"place/country", 249}, {"actor/igo", 60}, {"actor/group", 80}, {"actor/subnational", 1}, {"pattern", 1500},
	} {
		if count[want.what] < want.n {
			t.Errorf("%s: %d entries, want at least %d", want.what, count[want.what], want.n)
		}
	}
	if dated < 1500 {
		t.Errorf("%d persons with dated roles, want at least 1,500", dated)
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no pattern for CAMEO root %s", root)
		}
	}
	for _, p := range ontology.PloverTypes() {
		if !plover[p] {
			t.Errorf("no pattern for PLOVER type %s", p)
		}
	}
}
