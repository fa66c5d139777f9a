package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ner/model"
)

// The model file, once gunzipped:
//
//	"MNER"                    magic
//	uvarint formatVersion     of this layout
//	uvarint featureVersion    of the features the weights are keyed by
//	string  info              what it was trained on, for people
//	uvarint T, T × string     the tags; the first is O
//	float32 scale             weight = int × scale (4 bytes, little-endian)
//	(T+1)·T × svarint         transition weights; row T is the start
//	uvarint F                 features, by increasing hash:
//	  F × (uvarint hash delta, uvarint mask of tags, svarint per set bit)
//	uvarint G                 gazetteer keys and phrases, sorted:
//	  G × (string key, uvarint bits)
//	uvarint K, K × byte       coarse cluster of each fine cluster
//	uvarint C                 words with a cluster, sorted:
//	  C × (string key, uvarint fine cluster + 1)
//	byte 0, or 1 and the weights of a second pass as above
//	"END."
//
// A string is a uvarint length and its bytes; svarint is a zig-zag varint.
const (
	magic         = "MNER"
	trailer       = "END."
	formatVersion = 2
	maxTags       = 64
	maxModelBytes = 64 << 20 // cap on the gunzipped size: a model of 25 MB gzipped is about 30 MB raw
)

// ErrBadModel is wrapped by every error of FromBytes about the content of
// a model file.
var ErrBadModel = errors.New("ner: bad model file")

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	info string
	tags []string
	nt   int
	ok   []bool // allowed transitions, (nt+1)×nt, row nt is the start
	// The first pass, and the second, which also sees the tags of the
	// first and how the same words were tagged in nearby sentences; nil
	// for a model of one pass.
	*weights
	st2  *weights
	gaz  *Gazetteer
	clu  *Clusters
	feat featurizer
	pool sync.Pool
	// joint looks up the features of both passes at once.
	joint joint
}

// weights are the weights of one pass.
type weights struct {
	scale float32
	trans []int64 // (nt+1)×nt, row nt is the start
	// The features: their hashes, and their weights, nt a row, in the
	// same order; and the table by which they are looked up (see index).
	hashes []uint64
	w      []int16
	once   sync.Once
	tab    []uint64
	mask   uint64
}

// Info says what the model was trained on.
func (m *Model) Info() string { return m.info }

// Tags returns the model's tags, O first.
func (m *Model) Tags() []string { return slices.Clone(m.tags) }

// Features returns the number of features with a weight.
func (m *Model) Features() int { return len(m.w) / max(m.nt, 1) }

// Default returns the model embedded in the program, trained on the whole
// of ANERcorp's training file: the one to tag with. It is read once per
// process.
func Default() (*Model, error) { return loadDefault() }

// Dev returns the embedded development model, trained on the first 90% of
// the sentences of ANERcorp's training file only, so that the last 10%
// (SplitDev with 0.1) scores it honestly. It is read once per process.
func Dev() (*Model, error) { return loadDev() }

var (
	loadDefault = sync.OnceValues(func() (*Model, error) { return embedded("anercorp.model.gz", model.ANERcorp) })
	loadDev     = sync.OnceValues(func() (*Model, error) { return embedded("anercorp-dev.model.gz", model.ANERcorpDev) })
)

func embedded(name string, b []byte) (*Model, error) {
	m, err := FromBytes(b)
	if err != nil {
		return nil, fmt.Errorf("embedded model %s: %w", name, err)
	}
	return m, nil
}

// FromBytes reads a model file (gzip of the format above).
func FromBytes(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: not gzip: %v", ErrBadModel, err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	if len(raw) > maxModelBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrBadModel, maxModelBytes)
	}
	return decode(raw)
}

// reader reads the fields of a model file; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s (at byte %d from the end)", ErrBadModel, fmt.Sprintf(format, args...), len(r.b))
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) svarint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a number of items, each at least size bytes long.
func (r *reader) count(size int) int {
	v := r.uvarint()
	if v > uint64(len(r.b)/size) {
		r.fail("count %d exceeds the data", v)
		return 0
	}
	return int(v)
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.b) {
		r.fail("truncated")
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) str() string { return string(r.bytes(r.count(1))) }

func decode(raw []byte) (*Model, error) {
	r := &reader{b: raw}
	if string(r.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: not a marsad NER model (no %q header)", ErrBadModel, magic)
	}
	if v := r.uvarint(); r.err == nil && v != formatVersion {
		return nil, fmt.Errorf("%w: format version %d, this program reads %d", ErrBadModel, v, formatVersion)
	}
	if v := r.uvarint(); r.err == nil && v != featureVersion {
		return nil, fmt.Errorf("%w: feature version %d, this program computes %d: retrain the model", ErrBadModel, v, featureVersion)
	}
	m := &Model{info: r.str()}
	nt := r.count(1)
	if r.err == nil && (nt < 1 || nt > maxTags) {
		r.fail("%d tags", nt)
	}
	for i := 0; i < nt && r.err == nil; i++ {
		t := r.str()
		if !validTag(t) || (i == 0) != (t == "O") || slices.Contains(m.tags, t) {
			r.fail("bad tag %q", t)
		}
		m.tags = append(m.tags, t)
	}
	m.nt = len(m.tags)
	m.weights = r.weights(m.nt)
	ng := r.count(2)
	if r.err == nil {
		m.gaz = &Gazetteer{m: make(map[string]uint16, ng)}
		for i := 0; i < ng && r.err == nil; i++ {
			k := r.str()
			b := r.uvarint()
			if b > math.MaxUint16 {
				r.fail("bad gazetteer bits")
			}
			if r.err == nil {
				m.gaz.m[k] = uint16(b)
				if n := strings.Count(k, " ") + 1; b&(phrTypes|extTypes) != 0 && n > maxPhrase {
					r.fail("gazetteer phrase of %d words", n)
				} else if b&(phrTypes|extTypes) != 0 {
					m.gaz.maxLen = max(m.gaz.maxLen, n)
				}
				m.gaz.ext = m.gaz.ext || b&extTypes != 0
			}
		}
	}
	nk := r.count(1)
	if r.err == nil {
		m.clu = &Clusters{coarse: slices.Clone(r.bytes(nk))}
		nc := r.count(2)
		if r.err == nil {
			m.clu.m = make(map[string]uint16, nc)
		}
		for i := 0; i < nc && r.err == nil; i++ {
			k := r.str()
			v := r.uvarint()
			if v == 0 || v > uint64(nk) {
				r.fail("bad cluster %d", v)
			}
			if r.err == nil {
				m.clu.m[k] = uint16(v)
			}
		}
	}
	switch b := r.bytes(1); {
	case r.err != nil:
	case b[0] == 1:
		m.st2 = r.weights(m.nt)
	case b[0] != 0:
		r.fail("bad pass count")
	}
	if string(r.bytes(len(trailer))) != trailer && r.err == nil {
		r.fail("no %q trailer", trailer)
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d bytes after the trailer", len(r.b))
	}
	if r.err != nil {
		return nil, r.err
	}
	return m.init()
}

// weights reads the weights of one pass.
func (r *reader) weights(nt int) *weights {
	ws := &weights{}
	if b := r.bytes(4); len(b) == 4 {
		ws.scale = math.Float32frombits(binary.LittleEndian.Uint32(b))
	}
	if r.err == nil && (math.IsNaN(float64(ws.scale)) || math.IsInf(float64(ws.scale), 0) || ws.scale < 0) {
		r.fail("bad scale %v", ws.scale)
	}
	if r.err == nil {
		ws.trans = make([]int64, (nt+1)*nt)
		for i := range ws.trans {
			ws.trans[i] = r.svarint()
		}
	}
	nf := r.count(2)
	if r.err == nil {
		ws.w = make([]int16, 0, nf*nt)
		hashes := make([]uint64, 0, nf)
		var h uint64
		for i := 0; i < nf && r.err == nil; i++ {
			d := r.uvarint()
			if d == 0 || h+d < h {
				r.fail("feature hashes out of order")
			}
			h += d
			hashes = append(hashes, h)
			mask := r.uvarint()
			if mask>>uint(nt) != 0 {
				r.fail("bad tag mask")
			}
			for t := 0; t < nt; t++ {
				var v int64
				if mask&(1<<uint(t)) != 0 {
					v = r.svarint()
					if v < math.MinInt16 || v > math.MaxInt16 {
						r.fail("weight out of range")
					}
				}
				ws.w = append(ws.w, int16(v))
			}
		}
		if r.err == nil {
			ws.index(hashes)
		}
	}
	return ws
}

// index sets the hashes of the features, row i of w belonging to
// hashes[i]. The table that looks them up one pass at a time is built on
// first use (see table): a model of two passes tags through the joint
// table and never needs it.
func (m *weights) index(hashes []uint64) { m.hashes = hashes }

// table builds, once, the open-addressed table by which row looks
// features up. A slot holds 32 bits of a feature's hash (never 0) above
// the row of its weights, so that a look-up reads one word of it. A
// feature the model lacks is taken for one it has only if the low 32 bits
// of their hashes agree where its probe passes: about once in 2^32 slots
// probed.
func (m *weights) table() { m.once.Do(m.build) }

func (m *weights) build() {
	hashes := m.hashes
	size := 1 << bits.Len(uint(2*len(hashes)+1))
	m.tab = make([]uint64, size)
	m.mask = uint64(size - 1)
	for i, h := range hashes {
		j := mix(h) & m.mask
		for m.tab[j] != 0 {
			j = (j + 1) & m.mask
		}
		m.tab[j] = fingerprint(h)<<32 | uint64(i)
	}
}

func mix(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> 17 }

func fingerprint(h uint64) uint64 { return uint64(uint32(h) | 1) }

// row returns the row of the feature h in w, or -1; table must have been
// called.
func (m *weights) row(h uint64) int {
	j := mix(h) & m.mask
	fp := fingerprint(h)
	for {
		k := m.tab[j]
		if k>>32 == fp {
			return int(uint32(k))
		}
		if k == 0 {
			return -1
		}
		j = (j + 1) & m.mask
	}
}

// init finishes a decoded or trained model: allowed transitions and the
// featurizer.
func (m *Model) init() (*Model, error) {
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}
	m.ok = allowedTransitions(m.tags)
	m.feat = featurizer{seg: seg, gaz: m.gaz, clu: m.clu}
	if m.weights != nil && m.st2 != nil {
		m.joint.build(m.nt, m.weights, m.st2)
	}
	return m, nil
}

// joint holds the features of both passes for tagging: each feature's
// weights in the first pass and in the second side by side (2·nt int16,
// zero where a pass has none), so that a feature costs one read of
// memory, and an open-addressed table that finds them, a slot holding 32
// bits of the feature's hash (never 0) above its entry plus 1.
type joint struct {
	tab  []uint64
	mask uint64
	w    []int16
}

func (jt *joint) build(nt int, a, b *weights) {
	size := 1 << bits.Len(uint(2*(len(a.hashes)+len(b.hashes)/2)+1))
	jt.tab = make([]uint64, size)
	jt.mask = uint64(size - 1)
	entry := func(h uint64) int {
		j := mix(h) & jt.mask
		fp := fingerprint(h)
		for jt.tab[j] != 0 {
			if jt.tab[j]>>32 == fp {
				return int(uint32(jt.tab[j])) - 1
			}
			j = (j + 1) & jt.mask
		}
		e := len(jt.w) / (2 * nt)
		jt.tab[j] = fp<<32 | uint64(e+1)
		jt.w = append(jt.w, make([]int16, 2*nt)...)
		return e
	}
	for i, h := range a.hashes {
		e := entry(h)
		copy(jt.w[2*nt*e:], a.w[i*nt:(i+1)*nt])
	}
	for i, h := range b.hashes {
		e := entry(h)
		copy(jt.w[2*nt*e+nt:], b.w[i*nt:(i+1)*nt])
	}
	jt.w = slices.Clip(jt.w)
}

// find returns the offset in jt.w of the weights of the feature h, or -1.
func (jt *joint) find(h uint64) int {
	j := mix(h) & jt.mask
	fp := fingerprint(h)
	for {
		k := jt.tab[j]
		if k>>32 == fp {
			return int(uint32(k)) - 1
		}
		if k == 0 {
			return -1
		}
		j = (j + 1) & jt.mask
	}
}

// allowedTransitions returns which tag may follow which in IOB2: I-X only
// after B-X or I-X. Row len(tags) is the start of a sentence.
func allowedTransitions(tags []string) []bool {
	nt := len(tags)
	ok := make([]bool, (nt+1)*nt)
	for p := 0; p <= nt; p++ {
		for t, tag := range tags {
			allowed := true
			if strings.HasPrefix(tag, "I-") {
				allowed = p < nt && len(tags[p]) > 2 && tags[p][2:] == tag[2:]
			}
			ok[p*nt+t] = allowed
		}
	}
	return ok
}

// WriteTo writes the model file, gzipped.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	writeWeights := func(ws *weights) {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(ws.scale))
		bw.Write(buf[:4])
		for _, v := range ws.trans {
			sv(v)
		}
		// Features by increasing hash.
		type slot struct {
			h   uint64
			row int32
		}
		var fs []slot
		for j, h := range ws.hashes {
			fs = append(fs, slot{h, int32(j)})
		}
		slices.SortFunc(fs, func(a, b slot) int {
			switch {
			case a.h < b.h:
				return -1
			case a.h > b.h:
				return 1
			}
			return 0
		})
		uv(uint64(len(fs)))
		var prev uint64
		for _, f := range fs {
			uv(f.h - prev)
			prev = f.h
			row := ws.w[int(f.row)*m.nt : int(f.row+1)*m.nt]
			var mask uint64
			for t, v := range row {
				if v != 0 {
					mask |= 1 << uint(t)
				}
			}
			uv(mask)
			for _, v := range row {
				if v != 0 {
					sv(int64(v))
				}
			}
		}
	}

	bw.WriteString(magic)
	uv(formatVersion)
	uv(featureVersion)
	str(m.info)
	uv(uint64(m.nt))
	for _, t := range m.tags {
		str(t)
	}
	writeWeights(m.weights)
	var keys []string
	if m.gaz != nil {
		keys = m.gaz.sorted()
	}
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		uv(uint64(m.gaz.m[k]))
	}
	var ck []string
	if m.clu != nil {
		uv(uint64(len(m.clu.coarse)))
		bw.Write(m.clu.coarse)
		for k := range m.clu.m {
			ck = append(ck, k)
		}
		slices.Sort(ck)
	} else {
		uv(0)
	}
	uv(uint64(len(ck)))
	for _, k := range ck {
		str(k)
		uv(uint64(m.clu.m[k]))
	}
	if m.st2 != nil {
		bw.WriteByte(1)
		writeWeights(m.st2)
	} else {
		bw.WriteByte(0)
	}
	bw.WriteString(trailer)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// Clusters returns the word clusters the model was trained with, or nil.
func (m *Model) Clusters() *Clusters { return m.clu }
