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
	// decode2's: where each word's features start in feats, and their
	// entries in the joint table.
	tokOff []int32
	ents   []int32
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
	if m.st2 == nil {
		for s := range doc {
			ids[s] = m.decode(m.weights, doc[s], false, sc, nil)
		}
	} else {
		m.decode2(doc, ids, sc)
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
	p.table()
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
	return m.viterbi(p, n, sc, dst)
}

// decode2 tags the sentences of doc with both passes, writing the tag
// indexes to ids. The features both passes see are looked up once, in the
// table of both (see joint), and the second pass's scores start from
// their sums; it then looks up only its own features.
func (m *Model) decode2(doc [][]word, ids [][]uint8, sc *scratch) {
	nt := m.nt
	jw := m.joint.w
	total := 0
	for _, ws := range doc {
		total += max(len(ws)-4, 0)
	}
	em2 := make([]int64, total*nt)
	off := 0
	for s, ws := range doc {
		n := len(ws) - 4
		if n <= 0 {
			ids[s] = []uint8{}
			continue
		}
		sc.em = grow(sc.em, n*nt)
		e2 := em2[off*nt : (off+n)*nt]
		// The hashes of the whole sentence, then their entries, then the
		// sums: the reads of memory of one loop do not wait on each other.
		sc.feats = sc.feats[:0]
		sc.tokOff = append(sc.tokOff[:0], 0)
		for i := range n {
			sc.feats = appendBase(sc.feats, ws, i+2)
			sc.tokOff = append(sc.tokOff, int32(len(sc.feats)))
		}
		sc.ents = grow(sc.ents, len(sc.feats))
		for k, h := range sc.feats {
			sc.ents[k] = int32(m.joint.find(h))
		}
		for i := range n {
			a, b := sc.em[i*nt:(i+1)*nt], e2[i*nt:(i+1)*nt]
			for _, e := range sc.ents[sc.tokOff[i]:sc.tokOff[i+1]] {
				if e >= 0 {
					row := jw[2*nt*int(e) : 2*nt*(int(e)+1)]
					for t := range a {
						a[t] += int64(row[t])
						b[t] += int64(row[nt+t])
					}
				}
			}
		}
		ids[s] = m.viterbi(m.weights, n, sc, nil)
		off += n
	}
	setDoc(doc, ids, m.tags)
	off = 0
	for s, ws := range doc {
		n := len(ws) - 4
		if n <= 0 {
			continue
		}
		sc.em = grow(sc.em, n*nt)
		copy(sc.em, em2[off*nt:(off+n)*nt])
		for i := range n {
			sc.feats = appendStacked(sc.feats[:0], ws, i+2)
			b := sc.em[i*nt : (i+1)*nt]
			for _, h := range sc.feats {
				if e := m.joint.find(h); e >= 0 {
					for t, v := range jw[2*nt*e+nt : 2*nt*(e+1)] {
						b[t] += int64(v)
					}
				}
			}
		}
		ids[s] = m.viterbi(m.st2, n, sc, ids[s])
		off += n
	}
}

// viterbi decodes the n words whose scores are in sc.em under the
// transitions of p.
func (m *Model) viterbi(p *weights, n int, sc *scratch, dst []uint8) []uint8 {
	nt := m.nt
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
