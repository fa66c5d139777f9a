package ner

import (
	"github.com/marsad-project/marsad/arabic"
)

// scratch holds the buffers of one tagging call.
type scratch struct {
	ws    []word
	segs  []arabic.Segment
	feats []uint64
	em    []int64
	score []int64
	back  []uint8
	path  []uint8
}

// Tag returns the IOB2 tags of the words of one sentence.
func (m *Model) Tag(words []string) []string {
	out := make([]string, len(words))
	for i, t := range m.tagIDs(words) {
		out[i] = m.tags[t]
	}
	return out
}

// TagTokens returns the IOB2 tags of the tokens of one sentence, as the
// arabic tokenizer cuts it.
func (m *Model) TagTokens(toks []arabic.Token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return m.Tag(words)
}

// tagIDs returns the indexes in m.tags of the tags of words. The slice is
// valid until the next call on the same goroutine's pooled scratch: the
// callers copy it out at once.
func (m *Model) tagIDs(words []string) []uint8 {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer m.pool.Put(sc)
	n, nt := len(words), m.nt
	sc.ws = describeAll(&m.feat, sc.ws[:0], words, &sc.segs)
	sc.em = grow(sc.em, n*nt)
	for i := range n {
		sc.feats = appendFeatures(sc.feats[:0], sc.ws, i+2)
		em := sc.em[i*nt : (i+1)*nt]
		for _, h := range sc.feats {
			r := m.row(h)
			if r < 0 {
				continue
			}
			for t, v := range m.w[r*nt : (r+1)*nt] {
				em[t] += int64(v)
			}
		}
	}
	sc.score = grow(sc.score, n*nt)
	sc.back = grow(sc.back, n*nt)
	sc.path = grow(sc.path, n)
	viterbi(sc.em, m.trans, m.ok, nt, n, sc.score, sc.back, sc.path, -1<<60)
	return append([]uint8(nil), sc.path...)
}

// describeAll describes words into ws, with two sentinels on either side.
func describeAll(f *featurizer, ws []word, words []string, segs *[]arabic.Segment) []word {
	ws = append(ws, wordBOS, wordBOS)
	for _, s := range words {
		ws = append(ws, word{})
		*segs = f.describe(&ws[len(ws)-1], s, *segs)
	}
	return append(ws, wordEOS, wordEOS)
}

// grow returns s resized to n zeroed elements.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

type number interface{ ~int64 | ~float64 }

// viterbi writes to path the best tag sequence for the emission scores em
// (n×nt) under the transition scores trans ((nt+1)×nt, row nt the start)
// restricted to the allowed transitions ok. score and back are n×nt
// scratch; neg is a score below any path's. Ties go to the lower tag.
func viterbi[T number](em, trans []T, ok []bool, nt, n int, score []T, back, path []uint8, neg T) {
	if n == 0 {
		return
	}
	start := nt * nt
	for t := 0; t < nt; t++ {
		score[t] = neg
		if ok[start+t] {
			score[t] = trans[start+t] + em[t]
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*nt : i*nt]
		cur := score[i*nt : (i+1)*nt]
		bk := back[i*nt : (i+1)*nt]
		for t := 0; t < nt; t++ {
			best, arg := neg, 0
			for p := 0; p < nt; p++ {
				if !ok[p*nt+t] || prev[p] == neg {
					continue
				}
				if s := prev[p] + trans[p*nt+t]; s > best {
					best, arg = s, p
				}
			}
			if best != neg {
				best += em[i*nt+t]
			}
			cur[t], bk[t] = best, uint8(arg)
		}
	}
	last := score[(n-1)*nt : n*nt]
	arg := 0
	for t := 1; t < nt; t++ {
		if last[t] > last[arg] {
			arg = t
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = uint8(arg)
		arg = int(back[i*nt+arg])
	}
}
