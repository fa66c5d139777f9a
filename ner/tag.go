package ner

import (
	"github.com/marsad-project/marsad/arabic"
)

// scratch holds the buffers of one tagging call.
type scratch struct {
	segs  []arabic.Segment
	feats []uint64
	em    []int64
	score []int64
	back  []uint8
}

// Tag returns the IOB2 tags of the words of one sentence.
func (m *Model) Tag(words []string) []string {
	return m.TagSentences([][]string{words})[0]
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

// TagSentences returns the IOB2 tags of the words of the sentences of a
// document, in order. The second pass of the tagger looks at how the same
// words were tagged in the sentences around (about ten either side), so a
// document is best tagged whole.
func (m *Model) TagSentences(sents [][]string) [][]string {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer m.pool.Put(sc)
	doc := make([][]word, len(sents))
	ids := make([][]uint8, len(sents))
	for s, words := range sents {
		doc[s] = describeAll(&m.feat, nil, words, &sc.segs)
	}
	for s := range doc {
		ids[s] = m.decode(m.weights, doc[s], false, sc, nil)
	}
	if m.st2 != nil {
		setDoc(doc, ids, m.tags)
		for s := range doc {
			ids[s] = m.decode(m.st2, doc[s], true, sc, ids[s])
		}
	}
	out := make([][]string, len(sents))
	for s, t := range ids {
		out[s] = make([]string, len(t))
		for i, id := range t {
			out[s][i] = m.tags[id]
		}
	}
	return out
}

// decode tags the words of ws (with two sentinels on either side) with the
// weights of one pass, writing the tag indexes to dst (allocated if nil).
func (m *Model) decode(p *weights, ws []word, stacked bool, sc *scratch, dst []uint8) []uint8 {
	n, nt := len(ws)-4, m.nt
	if n <= 0 {
		return dst[:0]
	}
	sc.em = grow(sc.em, n*nt)
	for i := range n {
		sc.feats = appendFeatures(sc.feats[:0], ws, i+2, stacked)
		em := sc.em[i*nt : (i+1)*nt]
		for _, h := range sc.feats {
			r := p.row(h)
			if r < 0 {
				continue
			}
			for t, v := range p.w[r*nt : (r+1)*nt] {
				em[t] += int64(v)
			}
		}
	}
	sc.score = grow(sc.score, n*nt)
	sc.back = grow(sc.back, n*nt)
	if dst == nil {
		dst = make([]uint8, n)
	}
	viterbi(sc.em, p.trans, m.ok, nt, n, sc.score, sc.back, dst[:n], -1<<60)
	return dst[:n]
}

// describeAll describes words into ws, with two sentinels on either side.
func describeAll(f *featurizer, ws []word, words []string, segs *[]arabic.Segment) []word {
	ws = append(ws, wordBOS, wordBOS)
	for _, s := range words {
		ws = append(ws, word{})
		*segs = f.describe(&ws[len(ws)-1], s, *segs)
	}
	markPhrases(f.gaz, ws[2:])
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
