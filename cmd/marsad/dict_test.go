package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// TestCodeUserLexicon: an actor added in a user's own file is used by
// `marsad code --lexicon DIR` with no rebuild.
func TestCodeUserLexicon(t *testing.T) {
	dir := t.TempDir()
	lex := "actor new-commander\n  name New Commander\n  type person\n  country IRQ\n  ar أبو فاطمة الجديد\n  code IRQUAF 2020..\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.lex"), []byte(lex), 0o644); err != nil {
		t.Fatal(err)
	}
	in := `{"id":"d1","text":"وقال أبو فاطمة الجديد إن الفصائل ستواصل عملها","published":"2021-07-26"}` + "\n"
	code, out, errs := runCLI(t, in, "code", "--lexicon", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c marsad.Coded
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	found := false
	for _, e := range c.Entities {
		if e.Text != c.Doc.Text[e.Start:e.End] {
			t.Errorf("entity %+v does not slice the text", e)
		}
		found = found || e.Code == "IRQUAF" && e.Name == "New Commander" && e.Kind == marsad.KindPerson
	}
	if !found {
		t.Errorf("the user's actor was not coded: %+v", c.Entities)
	}
}

func TestDictBadUserFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.lex"), []byte("actor a\n  name A\n  colour red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "dict", "check", "--lexicon", dir)
	if code != 2 || !strings.Contains(errs, "bad.lex:3: unknown field \"colour\"") {
		t.Errorf("exit %d, %q: want 2 and bad.lex:3", code, errs)
	}
}
