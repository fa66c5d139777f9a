package eval_test

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/eval"
)

// udPUD is UD Arabic-PUD (dev part), in the shared data beside the repo.
const udPUD = "../../shared/data/ud/arabic_pud/ar_pud-dev.conllu"

func TestSegmentPUD(t *testing.T) {
	if _, err := os.Stat(udPUD); err != nil {
		t.Skipf("UD Arabic-PUD not found at %s (shared data not laid out beside the repo): %v", udPUD, err)
	}
	rep, err := eval.Segment(udPUD)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Print(&b, true)
	t.Log("\n" + b.String())
	if rep.Task != "segment" || rep.Unit != "words" || rep.Size < 7000 {
		t.Errorf("report = %q %q %d, want segment, words, > 7000", rep.Task, rep.Unit, rep.Size)
	}
	if got := rep.Metrics[0].Value; got < 0.96 {
		t.Errorf("%s = %.4f, want >= 0.96", rep.Metrics[0].Name, got)
	}
}

// TestSegmentConllu checks the gold alignment on a small hand-made file:
// SpaceAfter=No glue, punctuation as its own word, a multiword range with
// restored forms, and a tatweel glued as a token of its own.
func TestSegmentConllu(t *testing.T) {
	const doc = `# sent_id = s1
# text = وبحلول الإثنين, نشرتها للسلطة الإحصاءـ.
1	و	_	_	_	_	_	_	_	SpaceAfter=No
2	ب	_	_	_	_	_	_	_	SpaceAfter=No
3	حلول	_	_	_	_	_	_	_	_
4	الإثنين	_	_	_	_	_	_	_	SpaceAfter=No
5	,	_	_	_	_	_	_	_	_
6	نشرت	_	_	_	_	_	_	_	SpaceAfter=No
7	ها	_	_	_	_	_	_	_	_
8-9	للسلطة	_	_	_	_	_	_	_	_
8	ل	_	_	_	_	_	_	_	_
9	السلطة	_	_	_	_	_	_	_	_
10	الإحصاء	_	_	_	_	_	_	_	SpaceAfter=No
11	ـ	_	_	_	_	_	_	_	SpaceAfter=No
12	.	_	_	_	_	_	_	_	_

`
	path := t.TempDir() + "/tiny.conllu"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Segment(path)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Size != 5 {
		t.Errorf("Size = %d, want 5 words", rep.Size)
	}
	if m := rep.Metrics[0]; m.Correct != 5 {
		var b strings.Builder
		rep.Print(&b, true)
		t.Errorf("words right = %d/%d, want 5/5\n%s", m.Correct, m.Total, b.String())
	}
	if m := rep.Metrics[3]; m.Correct != 2 {
		t.Errorf("baseline = %d, want 2 one-piece words", m.Correct)
	}
}

func TestSegmentMissingFile(t *testing.T) {
	if _, err := eval.Segment(t.TempDir() + "/nope.conllu"); err == nil {
		t.Error("Segment(missing file) = nil error")
	}
}
