package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// icuSpellout is the ICU 72 spell-out table, beside the repository.
const icuSpellout = "../../shared/data/numbers/icu_spellout/icu72_ar_spellout.tsv"

func TestNumbersICU(t *testing.T) {
	if _, err := os.Stat(icuSpellout); err != nil {
		t.Skipf("ICU spell-out data not found at %s (it lives in the shared data folder beside the repository): %v", icuSpellout, err)
	}
	r, err := Numbers(icuSpellout)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Print(&b, true)
	t.Log("\n" + b.String())
	if r.Task != "numbers" || r.Unit != "cells" || r.Size == 0 {
		t.Errorf("report = %q %q %d, want numbers, cells, >0", r.Task, r.Unit, r.Size)
	}
	for _, m := range r.Metrics {
		if m.Correct != m.Total {
			t.Errorf("%s: %d/%d, want 100%%", m.Name, m.Correct, m.Total)
		}
	}
	if len(r.Failures) > 0 {
		t.Errorf("failures: %q", r.Failures)
	}
}

func TestNumbersSmall(t *testing.T) {
	tsv := "number\t%spellout-numbering\t%spellout-ordinal-masculine\n" +
		"3\tثلاثة\tالثالث\n" +
		"21\tواحد وعشرون\tالحادي والعشرون\n" +
		"300\tثلاثة مائة\tثلاثة مائة\n" +
		"7\tخمسة\tالسابع\n" // a wrong cell: five is not seven
	path := filepath.Join(t.TempDir(), "small.tsv")
	if err := os.WriteFile(path, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Numbers(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Size != 8 {
		t.Errorf("Size = %d, want 8", r.Size)
	}
	head := r.Metrics[0]
	if head.Correct != 7 || head.Total != 8 {
		t.Errorf("headline %s = %d/%d, want 7/8", head.Name, head.Correct, head.Total)
	}
	if rows := r.Metrics[1]; rows.Correct != 3 || rows.Total != 4 {
		t.Errorf("rows = %d/%d, want 3/4", rows.Correct, rows.Total)
	}
	if len(r.Failures) != 1 || !strings.Contains(r.Failures[0], "%spellout-numbering") {
		t.Errorf("failures = %q, want one on the numbering column", r.Failures)
	}
}

func TestNumbersErrors(t *testing.T) {
	if _, err := Numbers(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Error("missing file: no error")
	}
	path := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(path, []byte("number\tx\n1\tواحد\nfoo\tbar\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Numbers(path); err == nil {
		t.Error("bad number: no error")
	}
	empty := filepath.Join(t.TempDir(), "empty.tsv")
	if err := os.WriteFile(empty, []byte("number\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Numbers(empty); err == nil {
		t.Error("no rows: no error")
	}
}
