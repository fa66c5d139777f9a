package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs marsad with args and stdin, returning exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSegment(t *testing.T) {
	code, out, errs := runCLI(t, "وبحلول نشرتها\n\nبلينكن في لبنان\n", "segment")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got, want := out, "و+ب+حلول نشرت+ها\n\nبلينكن في لبنان\n"; got != want {
		t.Errorf("got %+q, want %+q", got, want)
	}
}

func TestSegmentInvalidUTF8(t *testing.T) {
	code, _, errs := runCLI(t, "سطر سليم\nسطر \xff معطوب\n", "segment")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errs, "<stdin>:2:") || !strings.Contains(errs, "invalid UTF-8") {
		t.Errorf("error %q should name line 2 and the fault", errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"segment", "--scheme", "bogus"},
		{"segment", "--no-such-flag"},
		{"segment", "extra-arg"},
		{"analyze", "--ref", "26/07/2021"},
		{"analyze", "--format", "xml"},
		{"eval", "segment", "/no/such/file.conllu"},
		{"eval", "segment", "main.go"},
		{"eval", "dates", "main.go"},
		{"eval", "numbers", "main.go"},
		{"version", "x"},
	} {
		code, _, errs := runCLI(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
		if errs == "" {
			t.Errorf("%v: no error message", args)
		}
	}
}

func TestAnalyzeJSON(t *testing.T) {
	text := "وقال الوزير إن نحو ثلاثة آلاف جندي وصلوا الجمعة الماضية."
	code, out, errs := runCLI(t, text, "analyze", "--ref", "2021-07-26", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got analysisJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Numbers) != 1 || got.Numbers[0].Value != 3000 || text[got.Numbers[0].Start:got.Numbers[0].End] != got.Numbers[0].Text {
		t.Errorf("numbers = %+v, want one 3000 slicing the text", got.Numbers)
	}
	if len(got.Dates) != 1 || got.Dates[0].Date != "2021-07-23" {
		t.Errorf("dates = %+v, want 2021-07-23", got.Dates)
	}
	for _, s := range got.Sentences {
		for _, w := range s.Words {
			if text[w.Start:w.End] != w.Text {
				t.Errorf("word %+q does not slice the text", w.Text)
			}
		}
	}
}

func TestAnalyzeFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("سطر أول\nسطر \xc3 ثان\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "analyze", bad)
	if code != 2 || !strings.Contains(errs, "bad.txt:2") {
		t.Errorf("exit %d, error %q; want 2 naming bad.txt:2", code, errs)
	}
	code, _, errs = runCLI(t, "", "analyze", filepath.Join(dir, "missing.txt"))
	if code != 2 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("exit %d, error %q; want 2 naming the file", code, errs)
	}
}

func TestDemo(t *testing.T) {
	code, out, errs := runCLI(t, "", "demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"001_baghdad_talks", "number", "date"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"segment", "--help"}, {"eval", "--help"}, {"eval", "dates", "--help"}, {"analyze", "--help"}, {"demo", "--help"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}

func TestEval(t *testing.T) {
	for _, s := range scorers {
		path := filepath.Join("..", "..", dataDir, s.path)
		if _, err := os.Stat(path); err != nil {
			t.Logf("skip eval %s: %s absent", s.kind, path)
			continue
		}
		code, out, errs := runCLI(t, "", "eval", s.kind, path)
		if code != 0 || !strings.Contains(out, filepath.Base(path)) {
			t.Errorf("eval %s: exit %d, output %q, errors %q", s.kind, code, out, errs)
		}
	}
}
