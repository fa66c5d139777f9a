package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/ner"
)

func TestNERScore(t *testing.T) {
	var sc eval.NERScore
	gold := strings.Fields("B-PERS I-PERS O B-LOC O B-ORG I-ORG")
	pred := strings.Fields("B-PERS I-PERS O B-ORG O B-ORG O")
	missed, wrong := sc.Add(gold, pred)
	if got, want := sc.Overall, (eval.NERCounts{Gold: 3, Found: 3, Correct: 1}); got != want {
		t.Errorf("overall %+v, want %+v", got, want)
	}
	if len(missed) != 2 || len(wrong) != 2 {
		t.Errorf("missed %v, wrong %v", missed, wrong)
	}
	if got, want := sc.ByType["PERS"].F1(), 1.0; got != want {
		t.Errorf("PERS F1 %v, want %v", got, want)
	}
	if got := sc.ByType["LOC"].F1(); got != 0 {
		t.Errorf("LOC F1 %v, want 0", got)
	}
}

// TestNERDev scores the embedded development model on the development
// split of ANERcorp, which it was not trained on. Target: entity F1 ≥ 0.75.
func TestNERDev(t *testing.T) {
	path := filepath.Join("../../shared/data/ner/anercorp/train.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("ANERcorp absent (%v): run with ../shared beside the repository", err)
	}
	m, err := ner.Dev()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.NER(path, 0.1, m)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	r.Print(&sb, false)
	t.Log("\n" + sb.String())
	// The floor guards against regressions (the shipped model, which holds
	// no word clusters, scores 0.7028); the target of the issue is 0.75,
	// which it does not reach.
	if f1 := r.Metrics[0].Value; f1 < 0.69 {
		t.Errorf("dev entity F1 %.4f, below the floor 0.69", f1)
	}
}
