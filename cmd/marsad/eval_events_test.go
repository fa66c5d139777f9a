package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eventsFixtures are the eval package's toy OEDA-style files.
const eventsFixtures = "../../eval/testdata/events"

func TestEvalEvents(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "events", eventsFixtures},
		{"eval", "events", "--baseline", "--errors", "2", eventsFixtures},
		{"eval", "events", "--type", "Protest", filepath.Join(eventsFixtures, "toy_protest_detection.csv")},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		if !strings.Contains(out, "toy_protest_detection.csv (3 sentences scored: 1 yes, 1 easy no, 1 difficult no; 0 ambiguous left out)") {
			t.Errorf("%v: output lacks the protest file and its size:\n%s", args, out)
		}
	}
}

func TestEvalEventsBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad_detection.csv")
	data := ",accept,event_type,id,label,reject,text,total\n0,3,ASSAULT,a1,yes,0,نص,3\n1,3,ASSAULT,a2,yes\n"
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "events", bad}, bad + ":3:"},
		{[]string{"eval", "events", "--type", "coerce", eventsFixtures}, "--type"},
		{[]string{"eval", "events", "--errors", "-1", eventsFixtures}, "--errors"},
		{[]string{"eval", "events", "--type", "protest", filepath.Join(eventsFixtures, "toy_assault_spans.json")}, "no PROTEST sentences"},
		{[]string{"eval", "events", filepath.Join(dir, "absent")}, "absent"},
		{[]string{"eval", "events", "main.go"}, "main.go"},
	} {
		code, _, errs := runCLI(t, "", tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", tc.args, code, errs)
		}
		if !strings.Contains(errs, tc.want) {
			t.Errorf("%v: error %q does not name %q", tc.args, errs, tc.want)
		}
	}
}
