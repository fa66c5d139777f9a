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
	// Progress, if not nil, is called after each iteration.
	Progress func(p Progress)
}

// Progress reports one iteration of training.
type Progress struct {
	Iteration, Iterations int
	Wrong, Tokens         int     // training tokens tagged wrong in the iteration
	DevF1                 float64 // entity F1 on Dev, or -1
	Elapsed               time.Duration
}

// DefaultIterations is the number of passes over the data Train makes
// unless told otherwise.
const DefaultIterations = 12

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

	// Every token's features as ids, computed once.
	ids := map[uint64]int32{}
	var hashes []uint64
	type sent struct{ tok0, n int }
	var data []sent
	var feats []int32
	tokOff := []int32{0}
	var gold []uint8
	var ws []word
	var segs []arabic.Segment
	var hs []uint64
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		data = append(data, sent{len(gold), len(s.Words)})
		ws = describeAll(&feat, ws[:0], s.Words, &segs)
		for i := range s.Words {
			hs = appendFeatures(hs[:0], ws, i+2)
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
			gold = append(gold, tagID[s.Tags[i]])
		}
	}
	if len(data) == 0 {
		return nil, errors.New("ner: train: no sentences")
	}
	ids = nil

	nf := len(hashes)
	w := make([]float64, nf*nt)
	acc := make([]float64, nf*nt)
	tr := make([]float64, (nt+1)*nt)
	trAcc := make([]float64, (nt+1)*nt)
	c := 1.0
	var em, score []float64
	var back, path []uint8
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6d61727361644e52)) // "marsadNR"
	for it := 1; it <= opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for _, si := range order {
			s := data[si]
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
			g := gold[s.tok0 : s.tok0+s.n]
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
		if opt.Progress != nil {
			p := Progress{Iteration: it, Iterations: opt.Iterations, Wrong: wrong, Tokens: len(gold), DevF1: -1}
			if len(opt.Dev) > 0 {
				m, err := finish(tags, hashes, w, acc, tr, trAcc, c, opt)
				if err != nil {
					return nil, err
				}
				p.DevF1 = devF1(m, opt.Dev)
			}
			p.Elapsed = time.Since(start)
			opt.Progress(p)
		}
	}
	return finish(tags, hashes, w, acc, tr, trAcc, c, opt)
}

// finish averages the weights, quantizes them to 16 bits and builds the
// model from the features that keep a weight.
func finish(tags []string, hashes []uint64, w, acc, tr, trAcc []float64, c float64, opt TrainOptions) (*Model, error) {
	nt := len(tags)
	avg := func(w, acc []float64, i int) float64 { return w[i] - acc[i]/c }
	maxAbs := 0.0
	for i := range w {
		maxAbs = max(maxAbs, math.Abs(avg(w, acc, i)))
	}
	for i := range tr {
		maxAbs = max(maxAbs, math.Abs(avg(tr, trAcc, i)))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	m := &Model{info: opt.Info, tags: tags, nt: nt, scale: float32(scale), gaz: opt.Gazetteer, clu: opt.Clusters}
	if m.gaz == nil {
		m.gaz = NewGazetteer()
	}
	m.trans = make([]int64, len(tr))
	for i := range tr {
		m.trans[i] = int64(math.Round(avg(tr, trAcc, i) / scale))
	}
	var kept []uint64
	row := make([]int16, nt)
	for f, h := range hashes {
		any := false
		for t := range row {
			row[t] = int16(math.Round(avg(w, acc, f*nt+t) / scale))
			any = any || row[t] != 0
		}
		if any {
			kept = append(kept, h)
			m.w = append(m.w, row...)
		}
	}
	m.index(kept)
	return m.init()
}

// devF1 returns the overall entity F1 of m on sents.
func devF1(m *Model, sents []Sentence) float64 {
	var tp, np, ng int
	for _, s := range sents {
		g := Entities(s.Tags)
		p := Entities(m.Tag(s.Words))
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
