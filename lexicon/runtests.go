package lexicon

import (
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// TestResult is the outcome of one example sentence.
type TestResult struct {
	Entry *Entry
	Test  Test
	Pass  bool
	Got   string // what the lexicon found, when the test failed
}

// Err returns a failed test as a *marsad.PositionError, nil for a pass.
func (r TestResult) Err() error {
	if r.Pass {
		return nil
	}
	want := r.Test.Expect
	if r.Test.Name != "" {
		want += fmt.Sprintf(" %q", r.Test.Name)
	}
	return &marsad.PositionError{File: r.Test.Pos.File, Line: r.Test.Pos.Line, Offset: -1,
		Err: fmt.Errorf("%s %s: %q: want %s, got %s", r.Entry.Kind, r.Entry.ID, r.Test.Sentence, want, r.Got)}
}

// RunTests codes every example sentence of the lexicon's entries and
// reports each outcome, in file order. An actor, agent or place test
// passes when a mention that involves the entry carries the expected code
// (a place test may expect the place's id instead) and, when given, the
// expected name; a pattern test passes when the entry's trigger is found
// with the expected CAMEO code. "-" expects the entry not to be found.
func (lx *Lexicon) RunTests(an *arabic.Analyzer) []TestResult {
	m := lx.NewMatcher()
	var out []TestResult
	for _, e := range lx.entries {
		for _, t := range e.Tests {
			a := an.Analyze(t.Sentence, t.Date.Time())
			r := TestResult{Entry: e, Test: t}
			if e.Kind == KindPattern {
				r.Pass, r.Got = patternTest(m.Triggers(a), e, t)
			} else {
				r.Pass, r.Got = mentionTest(m.Mentions(a, t.Date), e, t)
			}
			out = append(out, r)
		}
	}
	return out
}

func involves(m Mention, e *Entry) bool {
	return m.Actor == e || m.Place == e || m.Agent == e
}

func mentionTest(ms []Mention, e *Entry, t Test) (bool, string) {
	found := false
	for _, m := range ms {
		if !involves(m, e) {
			continue
		}
		found = true
		codeOK := m.Code == t.Expect || e.Kind == KindPlace && t.Expect == e.ID
		if codeOK && (t.Name == "" || m.Name == t.Name) {
			return t.Expect != "-", ""
		}
	}
	if t.Expect == "-" && !found {
		return true, ""
	}
	return false, describeMentions(ms)
}

func describeMentions(ms []Mention) string {
	if len(ms) == 0 {
		return "nothing"
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		var who []string
		for _, x := range []*Entry{m.Actor, m.Agent, m.Place} {
			if x != nil {
				who = append(who, x.Kind.String()+" "+x.ID)
			}
		}
		code := m.Code
		if code == "" {
			code = "(no code)"
		}
		s := fmt.Sprintf("%s %s [%s]", m.Kind, code, strings.Join(who, ", "))
		if m.Name != "" {
			s += fmt.Sprintf(" %q", m.Name)
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

func patternTest(ts []Trigger, e *Entry, t Test) (bool, string) {
	for _, tr := range ts {
		if tr.Pattern == e {
			if t.Expect == "-" {
				return false, fmt.Sprintf("pattern %s fired on %q", e.ID, tr.Pattern.Cameo)
			}
			if tr.Code == t.Expect {
				return true, ""
			}
		}
	}
	if t.Expect == "-" {
		return true, ""
	}
	if len(ts) == 0 {
		return false, "no trigger"
	}
	parts := make([]string, len(ts))
	for i, tr := range ts {
		parts[i] = fmt.Sprintf("%s (pattern %s)", tr.Code, tr.Pattern.ID)
	}
	return false, strings.Join(parts, "; ")
}
