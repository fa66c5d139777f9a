package coder_test

import (
	"os"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/lexicon"
)

func newCoder(t *testing.T) *coder.Coder {
	t.Helper()
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return coder.New(a, lx)
}

func TestEntities(t *testing.T) {
	c := newCoder(t)
	pub := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []marsad.Entity // Text, Kind and Code compared
	}{
		{"التقى بلينكن نظيره العراقي في واشنطن", []marsad.Entity{
			{Text: "بلينكن", Kind: marsad.KindPerson, Code: "USAGOV"},
			{Text: "العراقي", Kind: marsad.KindMisc, Code: "IRQ"},
			{Text: "واشنطن", Kind: marsad.KindGPE, Code: "USA"},
		}},
		{"أعلنت الحكومة العراقية أن داعش هاجم قاعدة حرير", []marsad.Entity{
			{Text: "الحكومة العراقية", Kind: marsad.KindOrg, Code: "IRQGOV"},
			{Text: "داعش", Kind: marsad.KindOrg, Code: "IMGSUNISI"},
			{Text: "قاعدة حرير", Kind: marsad.KindLocation},
		}},
		{"قالت الحكومة إن الوضع مستقر", nil}, // a role with no country is no named entity
	}
	for _, tt := range tests {
		got := c.Code(marsad.Document{ID: "t", Text: tt.text}, pub)
		if len(got.Entities) != len(tt.want) {
			t.Errorf("%q: %d entities %+v, want %d", tt.text, len(got.Entities), got.Entities, len(tt.want))
			continue
		}
		for i, e := range got.Entities {
			w := tt.want[i]
			if e.Text != w.Text || e.Kind != w.Kind || e.Code != w.Code {
				t.Errorf("%q: entity %d = %+v, want %+v", tt.text, i, e, w)
			}
			if tt.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: entity %+v does not slice the text", tt.text, e)
			}
		}
	}
}

// TestSeedSpans checks the invariant on the model article: every entity
// slices doc.text exactly.
func TestSeedSpans(t *testing.T) {
	data, err := os.ReadFile("../../shared/seeds/000_855d7bddcf291e5e.txt")
	if err != nil {
		t.Skipf("seed article not found (%v)", err)
	}
	got := newCoder(t).Code(marsad.Document{ID: "seed", Text: string(data)}, time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC))
	if len(got.Entities) < 20 {
		t.Errorf("%d entities in the seed, want at least 20", len(got.Entities))
	}
	for _, e := range got.Entities {
		if got.Doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %+v does not slice the text", e)
		}
	}
}
