package lexicon

import (
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/marsad-project/marsad/arabic"
)

// role says how a form names its entry.
type role uint8

const (
	roleName     role = iota + 1 // an actor's, place's or agent's own form
	roleAdj                      // a nationality adjective of a country
	roleTrigger                  // a pattern's verbal noun or literal form
	roleVerb                     // a pattern's verb form
	roleVerbNoun                 // a form the pattern has as verb and as noun (قتل، غزو)
)

// target is what a trie node stands for: an entry named through a form.
type target struct {
	entry *Entry
	role  role
	form  Form // the form as written, for error messages
}

// trie maps sequences of token ids to targets. Its edges live in one hash
// map keyed by (node, token id), so a step costs one lookup however large
// the lexicon.
type trie struct {
	edges map[uint64]uint32
	hits  [][]target // per node; nil for nodes no form ends at
}

// newTrie returns an empty trie sized for about n edges.
func newTrie(n int) *trie {
	return &trie{edges: make(map[uint64]uint32, n), hits: make([][]target, 1)}
}

func edge(node, tok uint32) uint64 { return uint64(node)<<32 | uint64(tok) }

// insert adds the id sequence ids and returns the node it ends at.
func (t *trie) insert(ids []uint32) uint32 {
	node := uint32(0)
	for _, id := range ids {
		next, ok := t.edges[edge(node, id)]
		if !ok {
			next = uint32(len(t.hits))
			t.hits = append(t.hits, nil)
			t.edges[edge(node, id)] = next
		}
		node = next
	}
	return node
}

// step follows the edge from node by tok.
func (t *trie) step(node, tok uint32) (uint32, bool) {
	n, ok := t.edges[edge(node, tok)]
	return n, ok
}

// compiled is a pattern's context, as id sequences, and as one string
// that two patterns with the same context share.
type compiled struct {
	with, not [][]uint32
	key       string
}

// compile builds the tries. It records, without stopping, the forms that
// have no key and the forms two entries share. Cutting the forms into
// keys is most of the work, and the segmenter is safe for concurrent use,
// so the entries are keyed on all CPUs first and then inserted in order.
func (lx *Lexicon) compile() {
	lx.context = make(map[*Entry]*compiled)
	lx.holders = make(map[string][]holder)
	lx.countries = make(map[string]*Entry)

	keyed := make([]keyedEntry, len(lx.entries))
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			kr := &keyer{seg: lx.seg, cache: make(map[string]string)}
			for i := w; i < len(lx.entries); i += workers {
				keyed[i] = kr.entry(lx.entries[i])
			}
		}()
	}
	wg.Wait()
	literalVerbs(keyed)

	// Size the maps once: growing them is a tenth of the work.
	tokens := 0
	for _, k := range keyed {
		for _, f := range k.forms {
			tokens += len(f.keys)
		}
	}
	lx.vocab = make(map[string]uint32, tokens/2)
	lx.mentions = newTrie(tokens / 2)
	lx.triggers = newTrie(tokens / 2)

	for i, e := range lx.entries {
		k := &keyed[i]
		t := lx.mentions
		if e.Kind == KindPattern {
			t = lx.triggers
			c := &compiled{}
			for _, f := range k.with {
				if ids := lx.ids(f); ids != nil {
					c.with = append(c.with, adjacent(ids, f.role))
				} else {
					lx.problem(f.form.Pos, "with %q: no Arabic word to match", f.form.Text)
				}
			}
			for _, f := range k.not {
				if ids := lx.ids(f); ids != nil {
					c.not = append(c.not, adjacent(ids, f.role))
				} else {
					lx.problem(f.form.Pos, "not %q: no Arabic word to match", f.form.Text)
				}
			}
			c.key = contextKey(c)
			lx.context[e] = c
		}
		for _, f := range k.forms {
			lx.add(t, f, target{entry: e, role: f.role, form: f.written})
		}
		if e.Kind == KindPlace && e.Type == "country" {
			lx.countries[e.ID] = e
		}
		if e.Kind == KindActor && e.Type == "person" {
			for _, c := range e.Codes {
				if c.Office != "" && c.Dated() {
					k := c.Code + "/" + c.Office
					lx.holders[k] = append(lx.holders[k], holder{e, c})
				}
			}
		}
	}
	lx.dupes()
}

// keyedForm is a form cut into token keys.
type keyedForm struct {
	form    Form // the form matched: an inflection, or as written
	written Form // the form as the file has it
	role    role
	keys    []string // nil: the form has no key
	literal bool     // a pattern's literal form (ar), not a verb or a noun it inflects
}

type keyedEntry struct {
	forms, with, not []keyedForm
	lemmas           []string // the keys of a pattern's verbs' perfects (هاجم، قتل), spelt like verbal nouns
}

// entry cuts every form of e into keys.
func (k *keyer) entry(e *Entry) keyedEntry {
	var out keyedEntry
	add := func(dst []keyedForm, f, written Form, r role) []keyedForm {
		return append(dst, keyedForm{form: f, written: written, role: r, keys: k.keys(f.Text)})
	}
	switch e.Kind {
	case KindPattern:
		forms, verbs := patternForms(e)
		for i, f := range forms {
			r := roleTrigger
			if i < verbs {
				r = roleVerb
			}
			out.forms = add(out.forms, f, f, r)
			out.forms[len(out.forms)-1].literal = i >= len(forms)-len(e.Forms)
		}
		for _, v := range e.Verbs {
			if ks := k.keys(v[0]); len(ks) > 0 {
				out.lemmas = append(out.lemmas, ks[0])
			}
		}
		// A context form written "+word" must stand right after the
		// trigger; it is keyed without the mark and flagged by role.
		for _, f := range e.With {
			out.with = add(out.with, nextForm(f), f, nextRole(f))
		}
		for _, f := range e.Not {
			out.not = add(out.not, nextForm(f), f, nextRole(f))
		}
	default:
		for _, f := range e.Forms {
			out.forms = add(out.forms, f, f, roleName)
		}
		for _, a := range e.Adjs {
			for _, s := range adjForms(a.Text) {
				out.forms = add(out.forms, Form{Text: s, Pos: a.Pos}, a, roleAdj)
			}
		}
	}
	return out
}

// literalVerbs reads a pattern's literal phrase as a verb when its
// first word is a verb: a form some pattern inflects from its verb and
// no pattern has as a verbal noun ("أطلقوا النار", "فجروا أنفسهم"). A
// bare perfect is spelt like its verbal noun (قتل، تبادل), so a phrase
// opening with one is a verb only when an object shows it: a reflexive
// ("فجر نفسه") or an indefinite accusative ("قتل جنديا"), or
// when it stands alone in a pattern that lists other verbs ("قتل |
// قتلوا", a passive); "قتل جماعي" and "تبادل إطلاق النار" stay nouns.
func literalVerbs(keyed []keyedEntry) {
	verbs, lemmas, nouns := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, k := range keyed {
		for _, l := range k.lemmas {
			lemmas[l] = true
		}
	}
	for _, k := range keyed {
		for _, f := range k.forms {
			if len(f.keys) == 0 || f.literal {
				continue
			}
			switch {
			case f.role == roleVerb && !lemmas[f.keys[0]]:
				verbs[f.keys[0]] = true
			case f.role == roleTrigger:
				nouns[f.keys[0]] = true
			}
		}
	}
	for _, k := range keyed {
		// A pattern that lists a verb among its phrases ("قتل | قتلوا")
		// means its bare perfects as verbs too.
		verbal := false
		for _, f := range k.forms {
			if f.literal && len(f.keys) > 0 && verbs[f.keys[0]] {
				verbal = true
			}
		}
		for i, f := range k.forms {
			if !f.literal || f.role != roleTrigger || len(f.keys) == 0 || nouns[f.keys[0]] {
				continue
			}
			if verbs[f.keys[0]] || lemmas[f.keys[0]] && (objectShown(f.form.Text) || verbal && len(f.keys) == 1) {
				k.forms[i].role = roleVerb
			}
		}
	}
}

// objectShown reports whether the second word of phrase p marks the
// first as a verb with its object: a reflexive, or an indefinite noun in
// the accusative.
func objectShown(p string) bool {
	w := strings.Fields(p)
	if len(w) < 2 {
		return false
	}
	o := strings.TrimSuffix(w[1], "\u064b") // tanween fath
	switch o {
	case "نفسه", "نفسها", "أنفسهم", "انفسهم", "نفسيهما":
		return true
	}
	return !strings.HasPrefix(o, "ال") && strings.HasSuffix(o, "ا")
}

// roleNext marks a context form that must follow the trigger at once.
const roleNext role = 100

// nextForm returns f without its "+" mark.
func nextForm(f Form) Form {
	f.Text = strings.TrimPrefix(strings.TrimSpace(f.Text), "+")
	return f
}

// nextRole is roleNext for a form written "+word", else 0.
func nextRole(f Form) role {
	if strings.HasPrefix(strings.TrimSpace(f.Text), "+") {
		return roleNext
	}
	return 0
}

// adjacent prefixes the ids of a "+word" form with 0, which no token has:
// index then looks for the rest at the window's first word only.
func adjacent(ids []uint32, r role) []uint32 {
	if r != roleNext {
		return ids
	}
	return append([]uint32{0}, ids...)
}

// holder is a person in an office over a time.
type holder struct {
	person *Entry
	code   Code
}

// patternForms lists the forms of a pattern's trigger: verb inflections,
// verbal nouns and literal forms. The first verbs forms are verbs.
func patternForms(e *Entry) (forms []Form, verbs int) {
	var out []Form
	for _, v := range e.Verbs {
		pos := e.Pos
		for _, f := range e.Forms {
			pos = f.Pos
			break
		}
		for _, s := range verbForms(v[0], v[1]) {
			out = append(out, Form{Text: s, Pos: pos})
		}
	}
	verbs = len(out)
	for _, n := range e.Nouns {
		for _, s := range nounForms(n.Text) {
			out = append(out, Form{Text: s, Pos: n.Pos})
		}
	}
	return append(out, e.Forms...), verbs
}

// ids returns the token ids of a keyed form, adding its keys to the
// vocabulary; nil when the form has no key.
func (lx *Lexicon) ids(f keyedForm) []uint32 {
	if f.keys == nil {
		return nil
	}
	ids := make([]uint32, len(f.keys))
	for i, k := range f.keys {
		id, ok := lx.vocab[k]
		if !ok {
			id = uint32(len(lx.vocab) + 1)
			lx.vocab[k] = id
		}
		ids[i] = id
	}
	return ids
}

func (lx *Lexicon) add(t *trie, f keyedForm, tg target) {
	ids := lx.ids(f)
	if ids == nil {
		lx.problem(f.form.Pos, "%s %s: form %q has no Arabic word to match", tg.entry.Kind, tg.entry.ID, f.form.Text)
		return
	}
	node := t.insert(ids)
	for i, h := range t.hits[node] {
		if h.entry == tg.entry {
			// One entry reaching a key twice: two spellings that normalize
			// alike, or a verb form spelt like the entry's noun (قتل،
			// غزو), which the matcher reads by the word: a noun with the
			// article, a verb without.
			if h.role == roleVerb && tg.role == roleTrigger || h.role == roleTrigger && tg.role == roleVerb {
				t.hits[node][i].role = roleVerbNoun
			}
			return
		}
	}
	t.hits[node] = append(t.hits[node], tg)
}

// dupes reports forms that two entries share, and puts a user's entry
// first at each node so that it wins.
func (lx *Lexicon) dupes() {
	for _, t := range []*trie{lx.mentions, lx.triggers} {
		for _, hs := range t.hits {
			if len(hs) < 2 {
				continue
			}
			sort.SliceStable(hs, func(i, j int) bool { return hs[i].entry.User && !hs[j].entry.User })
			if t == lx.triggers {
				lx.triggerDupes(hs)
				continue
			}
			if lx.datedPersons(hs) {
				continue
			}
			first := hs[0]
			for _, h := range hs[1:] {
				if first.entry.User && !h.entry.User {
					continue // a user's entry overrides a built-in form
				}
				lx.problem(h.form.Pos, "%s %s: form %q is also a form of %s %s (%s): a form may name one entry",
					h.entry.Kind, h.entry.ID, h.form.Text, first.entry.Kind, first.entry.ID, first.form.Pos)
			}
		}
	}
}

// datedPersons reports whether the entries sharing a form are persons the
// date tells apart: each has a dated role, and no two persons' roles
// overlap. Then the form is not ambiguous and matching picks by date.
func (lx *Lexicon) datedPersons(hs []target) bool {
	for i, h := range hs {
		e := h.entry
		if e.Kind != KindActor || e.Type != "person" || h.role != roleName {
			return false
		}
		dated := false
		for _, c := range e.Codes {
			if !c.Dated() {
				continue
			}
			dated = true
			for _, o := range hs[:i] {
				for _, oc := range o.entry.Codes {
					if oc.Dated() && overlap(c, oc) {
						return false
					}
				}
			}
		}
		if !dated {
			return false
		}
	}
	return true
}

func overlap(a, b Code) bool {
	return (a.From == 0 || b.To == 0 || a.From <= b.To) && (b.From == 0 || a.To == 0 || b.From <= a.To)
}

// triggerDupes reports patterns that could never win: two patterns with
// the same trigger and the same context.
func (lx *Lexicon) triggerDupes(hs []target) {
	seen := make(map[string]target)
	for _, h := range hs {
		k := lx.context[h.entry].key
		if prev, ok := seen[k]; ok && prev.entry != h.entry && !(prev.entry.User && !h.entry.User) {
			lx.problem(h.form.Pos, "pattern %s: trigger %q with the same context as pattern %s (%s): one of them never applies",
				h.entry.ID, h.form.Text, prev.entry.ID, prev.form.Pos)
			continue
		}
		seen[k] = h
	}
}

func contextKey(c *compiled) string {
	var b strings.Builder
	for _, part := range [][][]uint32{c.with, c.not} {
		ss := make([]string, len(part))
		for i, ids := range part {
			var w []byte
			for _, id := range ids {
				w = strconv.AppendUint(append(w, ' '), uint64(id), 10)
			}
			ss[i] = string(w)
		}
		sort.Strings(ss)
		b.WriteString(strings.Join(ss, "\x00"))
		b.WriteByte(1)
	}
	return b.String()
}

// tokenIDs are the ids of an analysed text's tokens: bare[i] is the id of
// token i's bare key, def[i] that of its definite key (0 when the token
// has no article); 0 also for a key no form of the lexicon contains.
type tokenIDs struct {
	bare, def []uint32
}

func (lx *Lexicon) idsOf(an *arabic.Analysis, ids *tokenIDs) {
	ids.bare, ids.def = ids.bare[:0], ids.def[:0]
	for i, t := range an.Tokens {
		var b, d uint32
		if t.Kind == arabic.Word || t.Kind == arabic.Latin || t.Kind == arabic.Number {
			bare, def := stemKeys(an.TokenSegments(i))
			b = lx.vocab[bare]
			if def != "" {
				d = lx.vocab[def]
			}
		}
		if b == 0 && d == 0 && t.Kind == arabic.Word {
			b, d = lx.unclitic(t.Norm)
		}
		ids.bare = append(ids.bare, b)
		ids.def = append(ids.def, d)
	}
}

// unclitic looks a word up once more with a conjunction and the future
// س cut off by rule. The segmenter cuts clitics only where its lexicon
// explains the rest, and leaves them on rare verbs ("وأنذرت", "ستتبرع");
// a lexicon form is reason enough to cut.
func (lx *Lexicon) unclitic(n string) (b, d uint32) {
	for range 2 {
		switch {
		case len(n) < 8: // four Arabic letters
			return 0, 0
		case strings.HasPrefix(n, "و"), strings.HasPrefix(n, "ف"):
			n = n[len("و"):]
		case strings.HasPrefix(n, "س") && strings.ContainsAny(n[len("س"):len("س")+2], "يتنا"):
			n = n[len("س"):]
		default:
			return 0, 0
		}
		bare := bareKey(n)
		b = lx.vocab[bare]
		if len(bare) < len(n) {
			d = lx.vocab[n]
		}
		if b != 0 || d != 0 {
			return b, d
		}
	}
	return 0, 0
}

// has reports whether token i can be a step of id.
func (ids *tokenIDs) has(i int, id uint32) bool {
	return ids.bare[i] == id || ids.def[i] == id && id != 0
}

// longest returns the longest run of tokens from i that spells a form in
// t: its end (exclusive) and node, or end -1. A word with the article may
// step by either of its keys, so the search branches; forms are short and
// branch rarely. Where two runs are as long, the one through definite keys
// (the more specific form) wins.
func (ids *tokenIDs) longest(t *trie, i int) (end int, node uint32) {
	end = -1
	ids.each(t, i, func(n uint32, e int) {
		if e > end {
			end, node = e, n
		}
	})
	return end, node
}

// each calls fn for every node with hits that a run of tokens from i
// reaches, with the run's end; definite keys are tried before bare ones.
func (ids *tokenIDs) each(t *trie, i int, fn func(node uint32, end int)) {
	var walk func(at uint32, j int)
	walk = func(at uint32, j int) {
		if j > i && len(t.hits[at]) > 0 {
			fn(at, j)
		}
		if j >= len(ids.bare) {
			return
		}
		if d := ids.def[j]; d != 0 {
			if n, ok := t.step(at, d); ok {
				walk(n, j+1)
			}
		}
		if b := ids.bare[j]; b != 0 {
			if n, ok := t.step(at, b); ok {
				walk(n, j+1)
			}
		}
	}
	walk(0, i)
}
