package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTag(t *testing.T) {
	code, out, errs := runCLI(t, "التقى\nوزير\nالخارجية\nأنتوني\nبلينكن\nفي\nواشنطن\n\nوصل\nإلى\nبغداد\n", "tag")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	blocks := strings.Split(out, "\n\n")
	if len(blocks) != 2 {
		t.Fatalf("want 2 sentences, got %q", out)
	}
	for _, want := range []string{"التقى\tO\n", "واشنطن\tB-LOC\n", "بغداد\tB-LOC\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestNERUsageErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("كلمة O\nكلمة X-LOC\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"tag", "--model", "main.go"}, "bad model file"},
		{[]string{"tag", "/no/such/file"}, "no such file"},
		{[]string{"eval", "ner", bad}, "bad.txt:2:"},
		{[]string{"eval", "ner", "/no/such/file"}, "no such file"},
		{[]string{"train", "ner", "--data", bad}, "--out"},
		{[]string{"train", "ner", "--data", bad, "--out", "x", "--dev-fraction", "1.5"}, "dev-fraction"},
		{[]string{"train", "ner", "--data", bad, "--out", filepath.Join(t.TempDir(), "m.gz"), "--gazetteers", "", "--corpus", ""}, "bad.txt:2:"},
	} {
		code, _, errs := runCLI(t, "", tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 naming %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestEvalNER(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, nerData)); err != nil {
		t.Skipf("ANERcorp absent (%v)", err)
	}
	code, out, errs := runCLI(t, "", "eval", "ner")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"model: embedded development model", "development split", "overall F1", "PERS precision", "LOC recall"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
