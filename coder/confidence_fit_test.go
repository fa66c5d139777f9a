package coder

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/lexicon"
)

// The confidence weights (confWeights) are a logistic regression fitted
// on the OEDA development detection sentences. TestFitConfidence refits
// them and prints them as Go, with ten-fold cross-validated detection
// figures: the honest estimate of how the weights do on sentences they
// were not fitted on. It runs only when asked, since it fits the weights
// a hundred and one times over and its output is for a person to read:
//
//	MARSAD_FIT=1 go test ./coder -run TestFitConfidence -v

// featureNames name the features for the printed weights.
var featureNames = [nFeatures]string{
	fBias: "fBias", fCount: "fCount", fToll: "fToll", fSame: "fSame", fVerb: "fVerb",
	fTime: "fTime", fLong: "fLong", fRelative: "fRelative", fGoverned: "fGoverned",
	fPlural: "fPlural", fOthers: "fOthers", fEarly: "fEarly", fAnchored: "fAnchored",
	fSource: "fSource", fTarget: "fTarget", fPlace: "fPlace", fReported: "fReported",
	fQuoted: "fQuoted", fWeapon: "fWeapon", fWasDone: "fWasDone", fProtest: "fProtest", fInPhrase: "fInPhrase", fLinked: "fLinked", fRiot: "fRiot", fCrowd: "fCrowd", fFirstAct: "fFirstAct", fNearCount: "fNearCount", fArmed: "fArmed", fMain: "fMain", fFrame: "fFrame", fShort: "fShort", fVeryLong: "fVeryLong",
}

// fitSentence is one scored detection sentence: its label and the
// feature vectors of the events that could detect it.
type fitSentence struct {
	id     string
	typ    string
	yes    bool
	target float64 // what the fit aims at: the share of annotators who accepted
	scored bool    // not ambiguous: counted in the figures
	label  string
	text   string
	events [][nFeatures]float64
}

// fitL2 is the ridge penalty of the fit: strong enough that a feature
// seen in a handful of sentences cannot take a large weight.
const fitL2 = 2.0

func TestFitConfidence(t *testing.T) {
	if os.Getenv("MARSAD_FIT") == "" {
		t.Skip("set MARSAD_FIT=1 to refit the confidence weights on the OEDA development sentences")
	}
	dir := "../../shared/data/events/oeda_arabic_gsr"
	files, _ := filepath.Glob(filepath.Join(dir, "*_detection.csv"))
	if len(files) == 0 {
		t.Skipf("no OEDA detection files in %s: run with ../shared beside the repository", dir)
	}
	a, err := arabic.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(a, lx)
	var sents []fitSentence
	for _, f := range files {
		sents = append(sents, readFitSentences(t, c, f)...)
	}
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		sents = append(sents, readSpanSentences(t, c, filepath.Join(dir, strings.ToLower(typ)+"_spans.json"), typ, sents)...)
	}
	scored := 0
	for _, s := range sents {
		if s.scored {
			scored++
		}
	}
	t.Logf("%d sentences from %d detection files and their span files, %d of them scored (the ambiguous and the span-file ones train only)", len(sents), len(files), scored)

	// Ten folds, ten times over with the sentences dealt out afresh
	// each time: fit on nine folds, cut at the threshold best on those
	// nine, score the tenth. One ten-fold split of 127 "yes" sentences
	// moves F1 by a few points; the pooled ten are steadier.
	const folds, reps = 10, 10
	pred := make([]bool, len(sents))
	var all [reps]map[string]counts
	for r := 0; r < reps; r++ {
		perm := rand.New(rand.NewSource(int64(r))).Perm(len(sents))
		for k := 0; k < folds; k++ {
			var train []fitSentence
			var test []int
			for j, i := range perm {
				if j%folds == k {
					test = append(test, i)
				} else {
					train = append(train, sents[i])
				}
			}
			w := fitLogistic(train)
			cuts := typeCuts(train, w)
			for _, i := range test {
				pred[i] = score(sents[i], w) >= cuts[sents[i].typ]
			}
		}
		all[r] = tally(sents, pred)
	}
	t.Logf("ten-fold cross-validated detection, %d times over:", reps)
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		var sum counts
		lo, hi := 1.0, 0.0
		for _, c := range all {
			sum.tp, sum.fp, sum.fn = sum.tp+c[typ].tp, sum.fp+c[typ].fp, sum.fn+c[typ].fn
			lo, hi = math.Min(lo, c[typ].f1()), math.Max(hi, c[typ].f1())
		}
		t.Logf("  %s  P %.1f%%  R %.1f%%  F1 %.3f (%.3f–%.3f over the %d)", typ, 100*sum.precision(), 100*sum.recall(), sum.f1(), lo, hi, reps)
	}

	w := fitLogistic(sents)
	cuts := typeCuts(sents, w)
	if path := os.Getenv("MARSAD_FIT_DUMP"); path != "" {
		var b strings.Builder
		for _, s := range sents {
			if !s.scored {
				continue
			}
			fmt.Fprintf(&b, "%.3f\t%s\t%s\t", score(s, w), s.typ, s.label)
			for _, x := range s.events {
				for k, v := range x {
					if v != 0 && k != fBias {
						b.WriteString(featureNames[k][1:] + ",")
					}
				}
				b.WriteString("|")
			}
			fmt.Fprintf(&b, "\t%s\n", s.text)
		}
		os.WriteFile(path, []byte(b.String()), 0o644)
	}
	// The cuts go into the bias, so that 0.5 is every type's cut, and
	// the weights are kept to three decimals: the figures below are
	// those of the printed weights, what `marsad eval events` shows.
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	w[fBias] -= logit(cuts["ASSAULT"])
	w[fProtest] -= logit(cuts["PROTEST"]) - logit(cuts["ASSAULT"])
	for k := range w {
		w[k] = math.Round(w[k]*1000) / 1000
	}
	for i := range sents {
		pred[i] = score(sents[i], w) >= 0.5
	}
	report(t, "fitted on all, scored on all (what `marsad eval events` shows):", sents, pred)
	var b strings.Builder
	fmt.Fprintf(&b, "var confWeights = [nFeatures]float64{\n")
	for k := range w {
		fmt.Fprintf(&b, "\t%s: %.3f,\n", featureNames[k], w[k])
	}
	b.WriteString("}")
	t.Logf("fitted on all, cuts %.2f (ASSAULT) and %.2f (PROTEST) folded into the bias:\n%s", cuts["ASSAULT"], cuts["PROTEST"], b.String())
}

// counts are detection outcomes.
type counts struct{ tp, fp, fn int }

func (c counts) precision() float64 { return float64(c.tp) / float64(max(c.tp+c.fp, 1)) }
func (c counts) recall() float64    { return float64(c.tp) / float64(max(c.tp+c.fn, 1)) }
func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	return 2 * p * r / math.Max(p+r, 1e-9)
}

// tally counts each type's outcomes of predictions pred over the scored sentences.
func tally(sents []fitSentence, pred []bool) map[string]counts {
	out := map[string]counts{}
	for i, s := range sents {
		if !s.scored {
			continue
		}
		c := out[s.typ]
		switch {
		case pred[i] && s.yes:
			c.tp++
		case pred[i]:
			c.fp++
		case s.yes:
			c.fn++
		}
		out[s.typ] = c
	}
	return out
}

// report logs the detection figures of each type for predictions pred.
func report(t *testing.T, title string, sents []fitSentence, pred []bool) {
	t.Log(title)
	c := tally(sents, pred)
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		x := c[typ]
		t.Logf("  %s  P %.1f%%  R %.1f%%  F1 %.3f  (TP %d FP %d FN %d)", typ, 100*x.precision(), 100*x.recall(), x.f1(), x.tp, x.fp, x.fn)
	}
}

// readSpanSentences codes the sentences of a span file that the
// detection files do not hold: sentences annotators found events of the
// type in. They train the fit, aimed at the mean acceptance of the span
// sentences the detection files do hold, and are not scored.
func readSpanSentences(t *testing.T, c *Coder, path, typ string, have []fitSentence) []fitSentence {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gold []struct {
		Source string `json:"source"`
		Text   string `json:"text"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	byID := map[string]float64{}
	for _, s := range have {
		if s.typ == typ {
			byID[s.id] = s.target
		}
	}
	sum, n := 0.0, 0
	for _, g := range gold {
		if v, ok := byID[g.Source]; ok {
			sum += v
			n++
		}
	}
	target := sum / float64(max(n, 1))
	var out []fitSentence
	seen := map[string]bool{}
	c.trace = func(ev *marsad.Event, x [nFeatures]float64) {
		if eval.Detected(ev, typ) {
			out[len(out)-1].events = append(out[len(out)-1].events, x)
		}
	}
	defer func() { c.trace = nil }()
	for _, g := range gold {
		if _, ok := byID[g.Source]; ok || seen[g.Source] {
			continue
		}
		seen[g.Source] = true
		out = append(out, fitSentence{id: g.Source, typ: typ, target: target, text: g.Text})
		c.Code(marsad.Document{ID: g.Source, Text: g.Text}, eval.PublishedFromID(g.Source))
	}
	t.Logf("%s: %d sentences not in the detection file, aimed at %.2f", filepath.Base(path), len(out), target)
	return out
}

// readFitSentences codes the scored sentences of one detection file.
func readFitSentences(t *testing.T, c *Coder, path string) []fitSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out []fitSentence
	var cur *fitSentence
	c.trace = func(ev *marsad.Event, x [nFeatures]float64) {
		e := *ev
		if os.Getenv("MARSAD_FIT_HIST") != "" {
			e.Historical = false
		}
		if eval.Detected(&e, cur.typ) {
			cur.events = append(cur.events, x)
		}
	}
	defer func() { c.trace = nil }()
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		label := rec[col["label"]]
		s := fitSentence{id: rec[col["id"]], typ: rec[col["event_type"]], yes: label == eval.LabelYes, scored: label != eval.LabelAmbiguous, label: label, text: rec[col["text"]]}
		// The fit aims at the share of annotators who accepted the
		// label, not at the yes-or-no the figures count: a sentence two
		// of four annotators accepted tells more of what an attack
		// sentence looks like than its "difficult no" says, and the
		// "ambiguous" ones, left out of the figures, teach the fit too.
		var acc, tot float64
		if _, err := fmt.Sscan(rec[col["accept"]], &acc); err != nil {
			t.Fatalf("%s: accept %q: %v", path, rec[col["accept"]], err)
		}
		if _, err := fmt.Sscan(rec[col["total"]], &tot); err != nil {
			t.Fatalf("%s: total %q: %v", path, rec[col["total"]], err)
		}
		s.target = acc / math.Max(tot, 1)
		out = append(out, s)
		cur = &out[len(out)-1]
		id := rec[col["id"]]
		c.Code(marsad.Document{ID: id, Text: rec[col["text"]]}, eval.PublishedFromID(id))
	}
	return out
}

// typeCuts are the best cuts of each event type's sentences.
func typeCuts(sents []fitSentence, w [nFeatures]float64) map[string]float64 {
	by := map[string][]fitSentence{}
	for _, s := range sents {
		by[s.typ] = append(by[s.typ], s)
	}
	cuts := map[string]float64{}
	for typ, ss := range by {
		cuts[typ] = bestCut(ss, w)
	}
	return cuts
}

// score is a sentence's detection score: its surest event's.
func score(s fitSentence, w [nFeatures]float64) float64 {
	best := 0.0
	for _, x := range s.events {
		best = math.Max(best, sigmoid(dot(w, x)))
	}
	return best
}

// bestCut is a score threshold with the best F1 on sents.
func bestCut(sents []fitSentence, w [nFeatures]float64) float64 {
	type scored struct {
		p   float64
		yes bool
	}
	var all []scored
	pos := 0
	for _, s := range sents {
		if !s.scored {
			continue
		}
		all = append(all, scored{score(s, w), s.yes})
		if s.yes {
			pos++
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].p > all[j].p })
	bestF, cut, tp := 0.0, 0.5, 0
	for i, s := range all {
		if s.yes {
			tp++
		}
		if i+1 < len(all) && all[i+1].p == s.p || s.p <= 0 {
			continue
		}
		if f := 2 * float64(tp) / float64(i+1+pos); f > bestF {
			// Halfway to the next score down, so that rounding the
			// printed weights moves no sentence across the cut.
			bestF, cut = f, s.p
			if i+1 < len(all) {
				cut = (s.p + all[i+1].p) / 2
			}
		}
	}
	return cut
}

// fitLogistic fits logistic weights to sentences scored by their surest
// event: first every event aimed at its sentence's target, then, a
// few rounds, only each sentence's surest event under the last weights.
func fitLogistic(sents []fitSentence) [nFeatures]float64 {
	w := fitEvents(sents, [nFeatures]float64{})
	// Multiple instances: a sentence is as sure as its surest event, so
	// refit on each sentence's surest event under the last weights.
	for round := 0; round < 5; round++ {
		var picked []fitSentence
		for _, s := range sents {
			if len(s.events) == 0 {
				continue
			}
			best := 0
			for k, x := range s.events {
				if dot(w, x) > dot(w, s.events[best]) {
					best = k
				}
			}
			picked = append(picked, fitSentence{typ: s.typ, yes: s.yes, target: s.target, events: s.events[best : best+1]})
		}
		w = fitEvents(picked, w)
	}
	return w
}

// fitEvents fits event-level logistic weights, each event aimed at its
// sentence's target, by Newton's method with an L2 penalty (the bias
// left free), starting from w.
func fitEvents(sents []fitSentence, w [nFeatures]float64) [nFeatures]float64 {
	for iter := 0; iter < 25; iter++ {
		var g [nFeatures]float64
		var h [nFeatures][nFeatures]float64
		for _, s := range sents {
			y := s.target
			for _, x := range s.events {
				p := sigmoid(dot(w, x))
				for i := range x {
					g[i] += (p - y) * x[i]
					for j := range x {
						h[i][j] += p * (1 - p) * x[i] * x[j]
					}
				}
			}
		}
		for i := 1; i < nFeatures; i++ {
			g[i] += fitL2 * w[i]
			h[i][i] += fitL2
		}
		h[0][0] += 1e-6
		step := solve(h, g)
		for i := range w {
			w[i] -= step[i]
		}
	}
	return w
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [nFeatures][nFeatures]float64, g [nFeatures]float64) [nFeatures]float64 {
	const n = nFeatures
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	var x [nFeatures]float64
	for r := n - 1; r >= 0; r-- {
		s := g[r]
		for k := r + 1; k < n; k++ {
			s -= h[r][k] * x[k]
		}
		x[r] = s / h[r][r]
	}
	return x
}

func dot(w, x [nFeatures]float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
