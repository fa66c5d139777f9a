package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/marsad-project/marsad/arabic"
)

// TrainOptions control Train.
type TrainOptions struct {
	// Iterations over the training data; 0 means DefaultIterations.
	Iterations int
	// Seed of the shuffle of the sentences before each iteration; training
	// is deterministic for a seed.
	Seed uint64
	// Gazetteer, if not nil, is consulted for features and stored in the
	// model.
	Gazetteer *Gazetteer
	// Clusters, if not nil, are consulted for features and stored in the
	// model.
	Clusters *Clusters
	// Info is stored in the model: what it was trained on.
	Info string
	// Dev, if not empty, is tagged with the averaged weights after each
	// iteration and its entity F1 passed to Progress.
	Dev []Sentence
	// Members is the number of perceptrons trained for each pass, each on
	// its own shuffles of the data, whose weights are averaged into one:
	// more members tag no slower but train longer. 0 means 1.
	Members int
	// MinCount drops the features seen on fewer tokens of the training
	// data; 0 or 1 keeps all.
	MinCount int
	// Passes is 1 or 2 (the default): a second pass sees the first
	// pass's tags and how the same words were tagged nearby.
	Passes int
	// Progress, if not nil, is called after each iteration.
	Progress func(p Progress)
}

// Progress reports one iteration of training.
type Progress struct {
	Pass, Passes          int
	Fold, Folds           int // a fold of the first pass's jackknife, when not 0
	Iteration, Iterations int
	Wrong, Tokens         int     // training tokens tagged wrong in the iteration
	DevF1                 float64 // entity F1 on Dev, or -1
	Elapsed               time.Duration
}

// DefaultIterations is the number of passes over the data Train makes
// unless told otherwise.
const DefaultIterations = 12

// DefaultMembers is the number of perceptrons `marsad train ner` averages
// for each pass (TrainOptions.Members).
const DefaultMembers = 8

// DefaultMinCount is the least number of training tokens a feature must
// be seen on for `marsad train ner` to keep it (TrainOptions.MinCount).
const DefaultMinCount = 1

// Train trains a model on tagged sentences with the averaged perceptron.
// The tags must be IOB2 (see FixIOB2).
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = DefaultIterations
	}
	start := time.Now()
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}
	feat := featurizer{seg: seg, gaz: opt.Gazetteer, clu: opt.Clusters}

	// The tags: O first, then the others in order.
	tagSet := map[string]bool{"O": true}
	for _, s := range sents {
		if len(s.Tags) != len(s.Words) {
			return nil, fmt.Errorf("ner: train: sentence at line %d has %d words and %d tags", s.Line, len(s.Words), len(s.Tags))
		}
		for _, t := range s.Tags {
			if !validTag(t) {
				return nil, fmt.Errorf("ner: train: line %d: %w %q", s.Line, ErrBadTag, t)
			}
			tagSet[t] = true
		}
	}
	tags := []string{"O"}
	for t := range tagSet {
		if t != "O" {
			tags = append(tags, t)
		}
	}
	sort.Strings(tags[1:])
	if len(tags) > maxTags {
		return nil, fmt.Errorf("ner: train: %d tags, at most %d", len(tags), maxTags)
	}
	tagID := map[string]uint8{}
	for i, t := range tags {
		tagID[t] = uint8(i)
	}
	nt := len(tags)
	ok := allowedTransitions(tags)

	// What the features need of every word, computed once.
	var docs [][]word
	var gold [][]uint8
	var segs []arabic.Segment
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		docs = append(docs, describeAll(&feat, nil, s.Words, &segs))
		g := make([]uint8, len(s.Tags))
		for i, t := range s.Tags {
			g[i] = tagID[t]
		}
		gold = append(gold, g)
	}
	if len(docs) == 0 {
		return nil, errors.New("ner: train: no sentences")
	}
	passes := opt.Passes
	if passes <= 0 {
		passes = 2
	}
	model := func(w1, w2 *weights) (*Model, error) {
		m := &Model{info: opt.Info, tags: tags, nt: nt, weights: w1, st2: w2, gaz: opt.Gazetteer, clu: opt.Clusters}
		if m.gaz == nil {
			m.gaz = NewGazetteer()
		}
		return m.init()
	}
	progress := func(pass int, w1 func() *weights, stacked bool) func(it, wrong, tokens int, snap func() *weights) error {
		if opt.Progress == nil {
			return nil
		}
		return func(it, wrong, tokens int, snap func() *weights) error {
			p := Progress{Pass: pass, Passes: passes, Iteration: it, Iterations: opt.Iterations, Wrong: wrong, Tokens: tokens, DevF1: -1}
			if len(opt.Dev) > 0 {
				var m *Model
				var err error
				if stacked {
					m, err = model(w1(), snap())
				} else {
					m, err = model(snap(), nil)
				}
				if err != nil {
					return err
				}
				p.DevF1 = devF1(m, opt.Dev)
			}
			p.Elapsed = time.Since(start)
			opt.Progress(p)
			return nil
		}
	}
	w1, err := trainPass(&feat, docs, gold, nt, ok, false, opt.Iterations, opt.Members, opt.MinCount, opt.Seed, progress(1, nil, false))
	if err != nil || passes == 1 {
		if err != nil {
			return nil, err
		}
		return model(w1, nil)
	}
	// The second pass learns from first-pass tags such as it will meet:
	// each fold of the training data is tagged by a first pass trained
	// on the other folds.
	t1 := make([][]uint8, len(docs))
	tmp, err := model(w1, nil)
	if err != nil {
		return nil, err
	}
	var sc scratch
	for k := 0; k < folds; k++ {
		lo, hi := k*len(docs)/folds, (k+1)*len(docs)/folds
		rest := slices.Concat(docs[:lo], docs[hi:])
		restGold := slices.Concat(gold[:lo], gold[hi:])
		wk, err := trainPass(&feat, rest, restGold, nt, ok, false, opt.Iterations, opt.Members, opt.MinCount, opt.Seed, nil)
		if err != nil {
			return nil, err
		}
		for s := lo; s < hi; s++ {
			t1[s] = tmp.decode(wk, docs[s], false, &sc, nil)
		}
		if opt.Progress != nil {
			opt.Progress(Progress{Pass: 1, Passes: passes, Fold: k + 1, Folds: folds, DevF1: -1, Elapsed: time.Since(start)})
		}
	}
	setDoc(docs, t1, tags)
	w2, err := trainPass(&feat, docs, gold, nt, ok, true, opt.Iterations, opt.Members, opt.MinCount, opt.Seed, progress(2, func() *weights { return w1 }, true))
	if err != nil {
		return nil, err
	}
	return model(w1, w2)
}

// folds is the number of parts of the training data for the first-pass
// tags the second pass is trained on.
const folds = 4

// trainPass trains the weights of one pass with the averaged perceptron:
// members perceptrons, each on its own shuffles of the data, whose
// averaged weights are averaged again.
func trainPass(feat *featurizer, docs [][]word, gold [][]uint8, nt int, ok []bool, stacked bool, iterations, members, minCount int, seed uint64,
	progress func(it, wrong, tokens int, snap func() *weights) error) (*weights, error) {
	// Every token's features as ids, computed once.
	ids := map[uint64]int32{}
	var hashes []uint64
	type sent struct{ tok0, n int }
	var data []sent
	var feats []int32
	tokOff := []int32{0}
	var flat []uint8
	var hs []uint64
	for d, ws := range docs {
		n := len(ws) - 4
		data = append(data, sent{len(flat), n})
		for i := 0; i < n; i++ {
			hs = appendFeatures(hs[:0], ws, i+2, stacked)
			for _, h := range hs {
				id, seen := ids[h]
				if !seen {
					id = int32(len(hashes))
					ids[h] = id
					hashes = append(hashes, h)
				}
				feats = append(feats, id)
			}
			tokOff = append(tokOff, int32(len(feats)))
		}
		flat = append(flat, gold[d]...)
	}
	ids = nil
	if minCount > 1 {
		feats, tokOff, hashes = prune(feats, tokOff, hashes, minCount)
	}

	nf := len(hashes)
	ens := max(members, 1)
	// The averaged weights of the members trained so far, summed.
	sumW := make([]float64, nf*nt)
	sumTr := make([]float64, (nt+1)*nt)
	w := make([]float64, nf*nt)
	acc := make([]float64, nf*nt)
	tr := make([]float64, (nt+1)*nt)
	trAcc := make([]float64, (nt+1)*nt)
	var em, score []float64
	var back, path []uint8
	order := make([]int, len(data))
	// snapshot returns the weights of the members done and the one being
	// trained, averaged.
	snapshot := func(k int, c float64) *weights {
		aw := make([]float64, len(w))
		at := make([]float64, len(tr))
		for i := range aw {
			aw[i] = (sumW[i] + w[i] - acc[i]/c) / float64(k+1)
		}
		for i := range at {
			at[i] = (sumTr[i] + tr[i] - trAcc[i]/c) / float64(k+1)
		}
		return quantize(nt, hashes, aw, at)
	}
	for k := 0; k < ens; k++ {
		clear(w)
		clear(acc)
		clear(tr)
		clear(trAcc)
		c := 1.0
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(seed+uint64(k)*0x9E3779B97F4A7C15, 0x6d61727361644e52)) // "marsadNR"
		for it := 1; it <= iterations; it++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			wrong := 0
			for _, si := range order {
				s := data[si]
				if s.n == 0 {
					continue
				}
				em = grow(em, s.n*nt)
				for i := 0; i < s.n; i++ {
					row := em[i*nt : (i+1)*nt]
					for _, f := range feats[tokOff[s.tok0+i]:tokOff[s.tok0+i+1]] {
						for t, v := range w[int(f)*nt : int(f+1)*nt] {
							row[t] += v
						}
					}
				}
				score = grow(score, s.n*nt)
				back = grow(back, s.n*nt)
				path = grow(path, s.n)
				viterbi(em, tr, ok, nt, s.n, score, back, path, math.Inf(-1))
				g := flat[s.tok0 : s.tok0+s.n]
				if !slices.Equal(path, g) {
					prevG, prevP := nt, nt
					for i := 0; i < s.n; i++ {
						gi, pi := int(g[i]), int(path[i])
						if gi != pi {
							wrong++
							for _, f := range feats[tokOff[s.tok0+i]:tokOff[s.tok0+i+1]] {
								w[int(f)*nt+gi]++
								acc[int(f)*nt+gi] += c
								w[int(f)*nt+pi]--
								acc[int(f)*nt+pi] -= c
							}
						}
						if gi != pi || prevG != prevP {
							tr[prevG*nt+gi]++
							trAcc[prevG*nt+gi] += c
							tr[prevP*nt+pi]--
							trAcc[prevP*nt+pi] -= c
						}
						prevG, prevP = gi, pi
					}
				}
				c++
			}
			if progress != nil && k == ens-1 {
				snap := func() *weights { return snapshot(k, c) }
				if err := progress(it, wrong, len(flat), snap); err != nil {
					return nil, err
				}
			}
		}
		for i := range w {
			sumW[i] += w[i] - acc[i]/c
		}
		for i := range tr {
			sumTr[i] += tr[i] - trAcc[i]/c
		}
	}
	for i := range sumW {
		sumW[i] /= float64(ens)
	}
	for i := range sumTr {
		sumTr[i] /= float64(ens)
	}
	return quantize(nt, hashes, sumW, sumTr), nil
}

// prune drops the features that occur on fewer than minCount tokens of
// the training data: a word seen once teaches the weights of its form
// little that carries over to the next text, and much that stops the
// perceptron from learning what does (its context, its shape, its
// clusters).
func prune(feats, tokOff []int32, hashes []uint64, minCount int) ([]int32, []int32, []uint64) {
	count := make([]int32, len(hashes))
	for _, f := range feats {
		count[f]++
	}
	remap := make([]int32, len(hashes))
	var kept []uint64
	for i, h := range hashes {
		remap[i] = -1
		if int(count[i]) >= minCount {
			remap[i] = int32(len(kept))
			kept = append(kept, h)
		}
	}
	out := feats[:0]
	off := make([]int32, 1, len(tokOff))
	for t := 0; t+1 < len(tokOff); t++ {
		for _, f := range feats[tokOff[t]:tokOff[t+1]] {
			if r := remap[f]; r >= 0 {
				out = append(out, r)
			}
		}
		off = append(off, int32(len(out)))
	}
	return out, off, kept
}

// minWeight is the least weight, in perceptron updates, that keeps a
// feature in the model: features whose every weight is smaller (mostly
// ones seen once, late in training) change few decisions and cost a
// look-up for each word tagged.
const minWeight = 0.25

// quantize quantizes averaged weights to 16 bits and keeps the features
// with a weight of at least minWeight.
func quantize(nt int, hashes []uint64, w, tr []float64) *weights {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	for _, v := range tr {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	ws := &weights{scale: float32(scale), trans: make([]int64, len(tr))}
	for i, v := range tr {
		ws.trans[i] = int64(math.Round(v / scale))
	}
	var kept []uint64
	row := make([]int16, nt)
	for f, h := range hashes {
		keep := false
		for t := range row {
			v := w[f*nt+t]
			row[t] = int16(math.Round(v / scale))
			keep = keep || math.Abs(v) >= minWeight
		}
		if keep {
			kept = append(kept, h)
			ws.w = append(ws.w, row...)
		}
	}
	ws.index(kept)
	return ws
}

// devF1 returns the overall entity F1 of m on sents.
func devF1(m *Model, sents []Sentence) float64 {
	var tp, np, ng int
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	tagged := m.TagSentences(words)
	for i, s := range sents {
		g := Entities(s.Tags)
		p := Entities(tagged[i])
		ng += len(g)
		np += len(p)
		set := map[Entity]bool{}
		for _, e := range g {
			set[e] = true
		}
		for _, e := range p {
			if set[e] {
				tp++
			}
		}
	}
	if tp == 0 {
		return 0
	}
	prec, rec := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * prec * rec / (prec + rec)
}
