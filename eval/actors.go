package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// spanRecord is one sentence of the OEDA span files.
type spanRecord struct {
	Source string `json:"source"` // document id: AAW_ARB_20080110.0023-9
	ID     string `json:"_id"`
	Text   string `json:"text"`
	Spans  []struct {
		SourceActor []string        `json:"source_actor"`
		TargetActor []string        `json:"target_actor"`
		SourceRole  json.RawMessage `json:"source_role"`
		TargetRole  json.RawMessage `json:"target_role"`
	} `json:"spans"`
}

type role struct {
	Main string `json:"main"`
	Role string `json:"role"`
}

var docDate = regexp.MustCompile(`_(\d{8})\.`)

// ActorCoverage scores the lexicon on the actor spans of the OEDA Arabic
// gold records (`*_spans.json` under path, a directory or one file): for
// every distinct actor mention whose gold code names a country (or IGO,
// IMG …), whether the lexicon finds a mention inside the span that
// carries that country. Mentions are matched in the whole sentence, so a
// role word can join the country beside it, and coded as of the date in
// the document id. The headline is the share of such mentions covered; a
// second figure is the share whose agent (GOV, MIL …) also agrees, where
// the gold gives one.
func ActorCoverage(path string) (*Report, error) {
	lx, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	a, err := arabic.NewAnalyzer()
	if err != nil {
		return nil, err
	}
	return ActorCoverageWith(lx, a, path)
}

// ActorCoverageWith is ActorCoverage with a given lexicon.
func ActorCoverageWith(lx *lexicon.Lexicon, a *arabic.Analyzer, path string) (*Report, error) {
	files := []string{path}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*_spans.json"))
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no *_spans.json files", path)
		}
	}
	r := &Report{Task: "actor coverage", Dataset: path, Unit: "actor mentions with a gold country in " + strings.Join(baseNames(files), ", ")}
	m := lx.NewMatcher()
	var covered, roles, rolesOK int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var recs []spanRecord
		if err := json.Unmarshal(data, &recs); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, rec := range recs {
			var date lexicon.Date
			if d := docDate.FindStringSubmatch(rec.Source); d != nil {
				date, _ = lexicon.ParseDate(d[1][:4]+"-"+d[1][4:6]+"-"+d[1][6:], false)
			}
			an := a.Analyze(rec.Text, date.Time())
			ms := m.Mentions(an, date)
			seen := make(map[string]bool)
			for _, sp := range rec.Spans {
				for _, side := range []struct {
					words []string
					role  json.RawMessage
				}{{sp.SourceActor, sp.SourceRole}, {sp.TargetActor, sp.TargetRole}} {
					var ro role
					if json.Unmarshal(side.role, &ro) != nil || ro.Main == "" || ro.Main == "None" || len(side.words) == 0 {
						continue
					}
					text := strings.Join(side.words, " ")
					if seen[text+"\x00"+ro.Main] {
						continue
					}
					seen[text+"\x00"+ro.Main] = true
					r.Size++
					start := strings.Index(rec.Text, text)
					end := start + len(text)
					inSpan := ms
					if start < 0 {
						// The span is not a substring of the sentence (the
						// annotators' tokens differ): match it alone.
						span := a.Analyze(text, date.Time())
						inSpan = m.Mentions(span, date) // ms is computed already: m may be reused
						start, end = 0, len(text)
					}
					found, agentOK := false, false
					var got []string
					for _, mt := range inSpan {
						if mt.End <= start || mt.Start >= end {
							continue
						}
						got = append(got, mt.Code)
						if mentionCountry(mt) == ro.Main {
							found = true
							if ro.Role != "" && ro.Role != "None" && strings.Contains(mt.Code[min(3, len(mt.Code)):], ro.Role) {
								agentOK = true
							}
						}
					}
					if found {
						covered++
					} else {
						r.AddFailure("%s: %q: gold %s, got %v", rec.Source, text, ro.Main, got)
					}
					if ro.Role != "" && ro.Role != "None" {
						roles++
						if agentOK {
							rolesOK++
						}
					}
				}
			}
		}
	}
	r.Metrics = []Metric{
		Ratio("country produced", covered, r.Size),
		Ratio("country and agent produced", rolesOK, roles),
	}
	return r, nil
}

// mentionCountry is the country (or international prefix) a mention
// codes: the first group of its code, else its country.
func mentionCountry(m lexicon.Mention) string {
	if len(m.Code) >= 3 {
		return m.Code[:3]
	}
	return m.Country
}

func baseNames(files []string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = filepath.Base(f)
	}
	return out
}
