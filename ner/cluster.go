package ner

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/marsad-project/marsad/arabic"
)

// Clusters groups words that occur in the same contexts of unlabeled news
// text: names of places fall together, given names together, verbs of
// saying together. They let the tagger generalize from the names it was
// trained on to names it never saw (Ratinov and Roth 2009 report the same
// gain with Brown clusters). A word is known by the key of its stem.
type Clusters struct {
	m      map[string]uint16 // stem key → fine cluster + 1
	coarse []uint8           // fine cluster → coarse cluster
}

// Len returns the number of words with a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.m)
}

// of returns the fine cluster of key plus 1 and its coarse cluster plus 1,
// or 0, 0 for a word without a cluster.
func (c *Clusters) of(key string) (uint16, uint8) {
	if c == nil || len(c.m) == 0 {
		return 0, 0
	}
	f := c.m[key]
	if f == 0 || int(f) > len(c.coarse) {
		return 0, 0
	}
	return f, c.coarse[f-1] + 1
}

// ClusterOptions control BuildClusters.
type ClusterOptions struct {
	Words    int    // words clustered, the most frequent; default 40,000
	Contexts int    // context words, the most frequent; default 1,000
	Fine     int    // fine clusters; default 512
	Coarse   int    // coarse clusters of the fine ones; default 48
	Dim      int    // dimension of the random projection; default 128
	Rounds   int    // rounds of k-means; default 12
	Seed     uint64 // of the projection and of the first centroids
}

func (o *ClusterOptions) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Words, 40000)
	def(&o.Contexts, 1000)
	def(&o.Fine, 512)
	def(&o.Coarse, 48)
	def(&o.Dim, 128)
	def(&o.Rounds, 12)
	o.Fine = min(o.Fine, 65534)
	o.Coarse = min(o.Coarse, 255, o.Fine)
}

// ClusterText collects the stems of unlabeled texts for BuildClusters.
type ClusterText struct {
	seg   *arabic.Segmenter
	ids   map[string]int32
	words []string
	freq  []int64
	seq   []int32 // stem ids, -1 between texts
	toks  []arabic.Token
	segs  []arabic.Segment
}

// NewClusterText returns an empty collection.
func NewClusterText() (*ClusterText, error) {
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}
	return &ClusterText{seg: seg, ids: map[string]int32{}}, nil
}

// Tokens returns the number of tokens collected.
func (ct *ClusterText) Tokens() int { return len(ct.seq) }

// Add adds one text.
func (ct *ClusterText) Add(text string) {
	ct.toks = arabic.AppendTokens(ct.toks[:0], text)
	for _, t := range ct.toks {
		key := t.Norm
		switch t.Kind {
		case arabic.Word:
			ct.segs = ct.seg.AppendSegments(ct.segs[:0], t)
			for _, g := range ct.segs {
				if g.Kind == arabic.SegStem {
					key = g.Norm
				}
			}
		case arabic.Number:
			key = "<num>"
		}
		id, ok := ct.ids[key]
		if !ok {
			id = int32(len(ct.words))
			ct.ids[key] = id
			ct.words = append(ct.words, key)
			ct.freq = append(ct.freq, 0)
		}
		ct.freq[id]++
		ct.seq = append(ct.seq, id)
	}
	ct.seq = append(ct.seq, -1)
}

// BuildClusters clusters the most frequent stems of the texts collected.
// Each word is described by the words just before and just after it
// (positive pointwise mutual information), projected at random to a few
// dimensions, and the words are grouped by spherical k-means, the groups
// again into coarse groups. The result depends only on the texts, in
// their order, and the options.
func BuildClusters(ct *ClusterText, opt ClusterOptions) (*Clusters, error) {
	opt.defaults()
	byFreq := make([]int32, len(ct.words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	sort.SliceStable(byFreq, func(a, b int) bool {
		fa, fb := ct.freq[byFreq[a]], ct.freq[byFreq[b]]
		if fa != fb {
			return fa > fb
		}
		return ct.words[byFreq[a]] < ct.words[byFreq[b]]
	})
	nw := min(opt.Words, len(byFreq))
	nc := min(opt.Contexts, len(byFreq))
	if nw < opt.Fine {
		return nil, errors.New("ner: clusters: too little text")
	}
	target := make([]int32, len(ct.words)) // word id → target index, or -1
	ctx := make([]int32, len(ct.words))    // word id → context index, or -1
	for i := range target {
		target[i], ctx[i] = -1, -1
	}
	for i, id := range byFreq[:nw] {
		target[id] = int32(i)
	}
	for i, id := range byFreq[:nc] {
		ctx[id] = int32(i)
	}

	// Pairs (target, context dimension): left neighbours on dims [0, nc),
	// right ones on [nc, 2nc).
	var pairs []uint64
	for i, id := range ct.seq {
		if id < 0 || target[id] < 0 {
			continue
		}
		t := uint64(target[id]) << 32
		if i > 0 && ct.seq[i-1] >= 0 && ctx[ct.seq[i-1]] >= 0 {
			pairs = append(pairs, t|uint64(ctx[ct.seq[i-1]]))
		}
		if i+1 < len(ct.seq) && ct.seq[i+1] >= 0 && ctx[ct.seq[i+1]] >= 0 {
			pairs = append(pairs, t|uint64(nc+int(ctx[ct.seq[i+1]])))
		}
	}
	slices.Sort(pairs)
	type cell struct {
		t, c int32
		n    float64
	}
	var cells []cell
	rowSum := make([]float64, nw)
	colSum := make([]float64, 2*nc)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		c := cell{int32(pairs[i] >> 32), int32(uint32(pairs[i])), float64(j - i)}
		cells = append(cells, c)
		rowSum[c.t] += c.n
		colSum[c.c] += c.n
		i = j
	}
	pairs = nil
	total := 0.0
	for _, v := range rowSum {
		total += v
	}

	// Random projection of the PPMI rows.
	d := opt.Dim
	rng := rand.New(rand.NewPCG(opt.Seed, 0x636c7573746572)) // "cluster"
	proj := make([]float32, 2*nc*d)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vec := make([]float32, nw*d)
	for _, c := range cells {
		pmi := math.Log(c.n * total / (rowSum[c.t] * colSum[c.c]))
		if pmi <= 0 {
			continue
		}
		v, p := vec[int(c.t)*d:int(c.t+1)*d], proj[int(c.c)*d:int(c.c+1)*d]
		for k := range v {
			v[k] += float32(pmi) * p[k]
		}
	}
	for i := 0; i < nw; i++ {
		unit(vec[i*d : (i+1)*d])
	}

	fine := kmeans(vec, nw, d, opt.Fine, opt.Rounds, rng)
	// Coarse clusters: k-means of the fine centroids.
	cent := centroids(vec, fine, nw, d, opt.Fine)
	coarse := kmeans(cent, opt.Fine, d, opt.Coarse, opt.Rounds, rng)

	c := &Clusters{m: make(map[string]uint16, nw), coarse: make([]uint8, opt.Fine)}
	for i, id := range byFreq[:nw] {
		c.m[ct.words[id]] = uint16(fine[i] + 1)
	}
	for i, g := range coarse {
		c.coarse[i] = uint8(g)
	}
	return c, nil
}

// unit scales v to length 1.
func unit(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	f := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= f
	}
}

// centroids returns the unit mean of the vectors of each of k groups.
func centroids(vec []float32, assign []int, n, d, k int) []float32 {
	cent := make([]float32, k*d)
	for i := 0; i < n; i++ {
		c := cent[assign[i]*d : (assign[i]+1)*d]
		for j, x := range vec[i*d : (i+1)*d] {
			c[j] += x
		}
	}
	for g := 0; g < k; g++ {
		unit(cent[g*d : (g+1)*d])
	}
	return cent
}

// kmeans groups n unit vectors of dimension d into k groups by cosine
// (spherical k-means), starting from k vectors drawn by rng. The work is
// shared among the CPUs; the result does not depend on their number.
func kmeans(vec []float32, n, d, k, rounds int, rng *rand.Rand) []int {
	perm := rng.Perm(n)[:k]
	slices.Sort(perm)
	cent := make([]float32, k*d)
	for g, i := range perm {
		copy(cent[g*d:(g+1)*d], vec[i*d:(i+1)*d])
	}
	assign := make([]int, n)
	workers := runtime.GOMAXPROCS(0)
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		chunk := (n + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*chunk, min((w+1)*chunk, n)
			if lo >= hi {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := lo; i < hi; i++ {
					v := vec[i*d : (i+1)*d]
					best, arg := float32(math.Inf(-1)), 0
					for g := 0; g < k; g++ {
						c := cent[g*d : (g+1)*d]
						var s float32
						for j := range v {
							s += v[j] * c[j]
						}
						if s > best {
							best, arg = s, g
						}
					}
					assign[i] = arg
				}
			}()
		}
		wg.Wait()
		next := centroids(vec, assign, n, d, k)
		// An empty group keeps its old centroid.
		for g := 0; g < k; g++ {
			empty := true
			for _, x := range next[g*d : (g+1)*d] {
				if x != 0 {
					empty = false
					break
				}
			}
			if empty {
				copy(next[g*d:(g+1)*d], cent[g*d:(g+1)*d])
			}
		}
		cent = next
	}
	return assign
}
