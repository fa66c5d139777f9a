package demo_test

import (
	"testing"
	"unicode/utf8"

	"github.com/marsad-project/marsad/demo"
)

func TestDocuments(t *testing.T) {
	docs, err := demo.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 3 {
		t.Fatalf("%d documents, want ≥ 3", len(docs))
	}
	for _, d := range docs {
		if d.ID == "" || d.Title == "" || d.Published == "" || !utf8.ValidString(d.Text) {
			t.Errorf("document %q: id, title, published date and UTF-8 text are all needed", d.ID)
		}
	}
}
