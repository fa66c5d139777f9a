package sqlite_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// Texts written for this test, with invented names.
const (
	namesA = `اتهم سليم الورفلي الحكومة العراقية بالفساد، وقال الورفلي إن لواء الفجر الجديد يستعد لتنظيم احتجاجات في بغداد.`
	namesB = `التقى وزير الخارجية الليبي سليم الورفلي نظيره التونسي في تونس، وبحثا الأوضاع في قرية الزهيرية.`
)

// entityOf is an entity of text: the first occurrence of span at or after
// byte from.
func entityOf(text, span string, from int, kind, name, code string) marsad.Entity {
	i := from + strings.Index(text[from:], span)
	return marsad.Entity{Text: span, Start: i, End: i + len(span), Kind: kind, Name: name, Code: code}
}

func TestStore_UnresolvedNames(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	run, err := s.BeginRun(ctx, "test")
	if err != nil {
		t.Fatal(err)
	}
	a := coded("a", "one.example", namesA)
	a.Entities = []marsad.Entity{
		entityOf(namesA, "سليم الورفلي", 0, "PER", "سليم الورفلي", ""),
		entityOf(namesA, "الحكومة العراقية", 0, "ORG", "", "IRQGOV"),
		entityOf(namesA, "الورفلي", 40, "PER", "سليم الورفلي", ""),
		entityOf(namesA, "لواء الفجر الجديد", 0, "ORG", "لواء الفجر الجديد", ""),
		entityOf(namesA, "بغداد", 0, "GPE", "Baghdad", "IRQ"),
	}
	// An exact copy of a: the same story, counted once.
	aCopy := coded("a-copy", "two.example", namesA)
	aCopy.Entities = a.Entities
	b := coded("b", "three.example", namesB)
	b.Entities = []marsad.Entity{
		entityOf(namesB, "وزير الخارجية الليبي سليم الورفلي", 0, "PER", "سليم الورفلي", "LBYGOV"),
		entityOf(namesB, "التونسي", 0, "MISC", "Tunisia", "TUN"),
		entityOf(namesB, "تونس", 0, "GPE", "Tunisia", "TUN"),
		entityOf(namesB, "قرية الزهيرية", 0, "LOC", "الزهيرية", ""),
		entityOf(namesB, "الأوضاع", 0, "LOC", "Some region", ""), // the lexicon's: an English name
	}
	if _, err := s.AddEntries(ctx, run, []*marsad.Entry{entry(t, a), entry(t, aCopy), entry(t, b)}); err != nil {
		t.Fatal(err)
	}

	type row struct {
		name, kind, code  string
		mentions, stories int
		examples          int
	}
	rows := func(ns []*marsad.UnresolvedName) []row {
		var out []row
		for _, n := range ns {
			out = append(out, row{n.Name, n.Kind, n.Code, n.Mentions, n.Stories, len(n.Examples)})
		}
		return out
	}
	tests := []struct {
		name string
		f    marsad.UnresolvedFilter
		want []row
	}{
		{"all, by stories then mentions", marsad.UnresolvedFilter{Examples: 2}, []row{
			{"سليم الورفلي", "PER", "LBYGOV", 5, 2, 2},
			{"لواء الفجر الجديد", "ORG", "", 2, 1, 1},
			{"الزهيرية", "LOC", "", 1, 1, 1},
		}},
		{"limit", marsad.UnresolvedFilter{Limit: 1}, []row{{"سليم الورفلي", "PER", "LBYGOV", 5, 2, 0}}},
		{"kind", marsad.UnresolvedFilter{Kind: "ORG", Examples: 1}, []row{{"لواء الفجر الجديد", "ORG", "", 2, 1, 1}}},
		{"known since", marsad.UnresolvedFilter{Examples: 1, Known: func(name, _ string) bool { return name == "سليم الورفلي" }}, []row{
			{"لواء الفجر الجديد", "ORG", "", 2, 1, 1},
			{"الزهيرية", "LOC", "", 1, 1, 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.UnresolvedNames(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(rows(got), tt.want) {
				t.Fatalf("got %+v\nwant %+v", rows(got), tt.want)
			}
		})
	}

	got, err := s.UnresolvedNames(ctx, marsad.UnresolvedFilter{Examples: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []marsad.NameExample{
		{DocID: "a", Sentence: namesA},
		{DocID: "b", Sentence: namesB},
	}
	if !reflect.DeepEqual(got[0].Examples, want) {
		t.Errorf("examples %+v, want %+v", got[0].Examples, want)
	}
}
