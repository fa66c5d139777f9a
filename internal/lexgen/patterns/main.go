// Command patterns imports the sound part of UniversalPetrarch's Arabic verb
// dictionary (CAMEO.ar.0.5.txt, MIT, Open Event Data Alliance) into marsad's
// lexicon as event patterns: lexicon/data/patterns/up_NN.lex, one file per
// CAMEO root.
//
// Run from the repository root:
//
//	go run ./internal/lexgen/patterns [-src FILE] [-dir DIR]
//
// UniversalPetrarch lists verb synsets ("--- طلب [---] ---" and the lemmas
// under it) followed by object patterns ("- * (ل{مساعدة إنساني}) [0233] #
// طلب,رجا"), lemmatized and noisy. A pattern line becomes one lexicon
// pattern: its verbs are the lemmas its comment names (else the synset's),
// its object words become the pattern's `with` phrase. The rules, each
// counted in the report the command prints:
//
//   - code: the CAMEO code must be known to package ontology;
//   - license: the object's first word must be a word that the
//     hand-written patterns of the same CAMEO root use (in a noun, ar or
//     with list): UniversalPetrarch's synsets are glosses of English ones
//     and pair common verbs with any noun ("قاوم" + "قمة" coded 012), so
//     an object counts only where our curated patterns already say that
//     word signals that kind of event; synset members are filtered the
//     same way;
//   - verb: a lemma must be in verbTable (verbs.go), which gives its
//     imperfect; lemmas that are nouns, roots or misspellings are dropped,
//     and so is a pattern left with no verb; multi-word lemmas are dropped;
//   - hand: a verb that a hand-written pattern file (NN_*.lex) already
//     uses is dropped from the pattern, so an import never competes with a
//     curated, tested pattern;
//   - object: prepositions are dropped; what is left must be one to three
//     words of Arabic letters (no Latin, digits, placeholders), each known
//     to the text layer's news vocabulary (arabic.Segmenter.Known) and of
//     at least two letters; a synset reference (&MILITARY) is expanded to
//     its members when it is the whole object, else the pattern is dropped;
//   - bare: a verb-only code ("أحرق [139]") and a pattern without an object
//     are dropped: a verb alone is too broad to code;
//   - light: a verb of lightVerbs (verbs.go: قام، وجد، أكد …) is dropped
//     from the pattern: on such verbs UniversalPetrarch's objects code any
//     noun that follows a common verb;
//   - conflict: patterns with the same verb and object but different codes
//     are all dropped; exact duplicates are merged.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ontology"
)

var (
	src = flag.String("src", "../shared/data/dictionaries/universalpetrarch_arabic/CAMEO.ar.0.5.txt", "UniversalPetrarch CAMEO verb dictionary")
	dir = flag.String("dir", "lexicon/data/patterns", "pattern directory (hand-written NN_*.lex are read, up_NN.lex written)")
)

type verb struct{ perfect, imperfect string }

type pat struct {
	id    string
	verbs []verb
	with  []string
	code  string
	line  int
}

var (
	codeRe  = regexp.MustCompile(`\[([0-9-]+)\]`)
	drops   = map[string]int{}
	seg     *arabic.Segmenter
	preps   = map[string]bool{"ل": true, "ب": true, "في": true, "على": true, "إلى": true, "الى": true, "من": true, "عن": true, "مع": true, "ضد": true, "حول": true, "أمام": true, "امام": true, "بين": true, "عبر": true, "خلال": true, "نحو": true, "تحت": true, "فوق": true, "قبل": true, "بعد": true, "هوو": true, "هو": true, "هي": true}
	verbMap = map[string]verb{}
	light   = map[string]bool{}
	license map[string]map[string]bool // CAMEO root → stem keys of words hand-written patterns use
)

func main() {
	flag.Parse()
	var err error
	if seg, err = arabic.NewSegmenter(); err != nil {
		log.Fatal(err)
	}
	for _, l := range strings.Split(verbTable, "\n") {
		f := strings.Fields(l)
		switch len(f) {
		case 2:
			verbMap[key(f[0])] = verb{f[0], f[1]}
		case 3:
			verbMap[key(f[0])] = verb{f[1], f[2]}
		}
	}
	for _, v := range strings.Fields(lightVerbs) {
		light[key(v)] = true
	}
	hand, lic, err := handVerbs(*dir)
	if err != nil {
		log.Fatal(err)
	}
	synsets, pats, err := read(*src)
	if err != nil {
		log.Fatal(err)
	}
	license = lic
	out := convert(synsets, pats, hand)
	// Write, then let the lexicon's own checker name the imports that a
	// hand-written or earlier import shadows (the same trigger form with
	// the same context, after the text layer's keying) or that key to
	// nothing; drop those and write again.
	for round := 0; ; round++ {
		if err := write(*dir, out); err != nil {
			log.Fatal(err)
		}
		bad, err := shadowed(*dir)
		if err != nil {
			log.Fatal(err)
		}
		if len(bad) == 0 || round == 5 {
			break
		}
		kept := out[:0]
		for _, p := range out {
			if why, ok := bad[p.id]; ok {
				drops[why]++
				continue
			}
			kept = append(kept, p)
		}
		out = kept
	}
	total := 0
	for _, p := range pats {
		_ = p
		total++
	}
	fmt.Fprintf(os.Stderr, "patterns: %d UniversalPetrarch pattern lines, %d imported\n", total, len(out))
	var ks []string
	for k := range drops {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(os.Stderr, "  %-34s %d\n", k, drops[k])
	}
}

func key(s string) string { return arabic.Key(s, 0) }

// handVerbs returns the perfects (as keys) the hand-written files use, and
// per CAMEO root the stem keys of the words of their noun, ar and with lists.
func handVerbs(dir string) (map[string]bool, map[string]map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "[0-9][0-9]_*.lex"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("%s: no hand-written pattern files (NN_*.lex): run from the repository root", dir)
	}
	m := map[string]bool{}
	lic := map[string]map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		root := ""
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			field, val, _ := strings.Cut(l, " ")
			switch field {
			case "cameo":
				root = val[:2]
			case "verb":
				if f := strings.Fields(val); len(f) > 0 {
					m[key(f[0])] = true
				}
			case "noun", "ar", "with":
				if lic[root] == nil {
					lic[root] = map[string]bool{}
				}
				for _, w := range strings.Fields(strings.ReplaceAll(val, "|", " ")) {
					lic[root][stem(w)] = true
				}
			}
		}
	}
	return m, lic, nil
}

// stem keys a word as the lexicon does: the text layer's stem, without the
// article.
func stem(w string) string {
	for _, t := range arabic.AppendTokens(nil, w) {
		for _, g := range seg.AppendSegments(nil, t) {
			if g.Kind == arabic.SegStem {
				k := g.Norm
				if strings.HasPrefix(k, "ال") && len([]rune(k)) >= 4 {
					k = k[len("ال"):]
				}
				return k
			}
		}
	}
	return key(w)
}

func licensed(code, phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) > 0 && license[code[:2]][stem(f[0])]
}

type rawPat struct {
	object   string
	code     string
	comment  []string
	block    []string
	line     int
	verbOnly bool
}

func read(path string) (map[string][]string, []rawPat, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	synsets := map[string][]string{}
	var pats []rawPat
	var cur string // current synset
	var block []string
	inVerbs := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimRight(sc.Text(), " \t\r")
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "####### VERB PATTERNS"):
			inVerbs = true
		case !inVerbs && strings.HasPrefix(t, "&"):
			cur = strings.Fields(t)[0]
		case !inVerbs && strings.HasPrefix(t, "+"):
			if cur != "" {
				synsets[cur] = append(synsets[cur], strings.Trim(t[1:], "_ "))
			}
		case !inVerbs:
		case strings.HasPrefix(t, "---"):
			block = nil
		case strings.HasPrefix(t, "-"):
			body, comment, _ := strings.Cut(t[1:], "#")
			m := codeRe.FindStringSubmatch(body)
			if m == nil {
				drops["code: none"]++
				continue
			}
			obj := strings.TrimSpace(body[:strings.Index(body, "[")])
			var cv []string
			for _, c := range strings.Split(comment, ",") {
				if c = strings.TrimSpace(c); c != "" {
					cv = append(cv, c)
				}
			}
			pats = append(pats, rawPat{object: obj, code: m[1], comment: cv, block: append([]string(nil), block...), line: n})
		case t == "":
		default:
			body, _, _ := strings.Cut(t, "#")
			fs := strings.Fields(body)
			if len(fs) == 0 {
				continue
			}
			block = append(block, fs[0])
			if m := codeRe.FindStringSubmatch(body); m != nil && m[1] != "---" {
				drops["bare: verb-only code"]++
			}
		}
	}
	return synsets, pats, sc.Err()
}

func convert(synsets map[string][]string, raws []rawPat, hand map[string]bool) []pat {
	type k struct{ verb, with string }
	codes := map[k]map[string]bool{}
	var cands []pat
	for _, r := range raws {
		if _, ok := ontology.Lookup(r.code); !ok {
			drops["code: unknown ("+r.code+")"]++
			continue
		}
		with, why := object(r.object, synsets)
		if why != "" {
			drops[why]++
			continue
		}
		var ok []string
		for _, w := range with {
			if licensed(r.code, w) {
				ok = append(ok, w)
			}
		}
		if len(ok) == 0 {
			drops["license: object not a word of the root's hand patterns"]++
			continue
		}
		with = ok
		lemmas := r.comment
		if len(lemmas) == 0 {
			lemmas = r.block
		}
		var vs []verb
		seen := map[string]bool{}
		handHit, lightHit := false, false
		for _, lm := range lemmas {
			if strings.ContainsAny(lm, "_ ") {
				continue // a multi-word gloss
			}
			lm, _, _ = strings.Cut(lm, "+")
			v, ok := verbMap[key(lm)]
			if !ok || seen[key(v.perfect)] {
				continue
			}
			if hand[key(v.perfect)] {
				handHit = true
				continue
			}
			if light[key(v.perfect)] {
				lightHit = true
				continue
			}
			seen[key(v.perfect)] = true
			vs = append(vs, v)
		}
		if len(vs) == 0 {
			if handHit {
				drops["hand: verb has hand-written patterns"]++
			} else if lightHit {
				drops["light: only light verbs"]++
			} else {
				drops["verb: no inflectable verb"]++
			}
			continue
		}
		sort.Slice(vs, func(i, j int) bool { return vs[i].perfect < vs[j].perfect })
		p := pat{verbs: vs, with: with, code: r.code, line: r.line}
		cands = append(cands, p)
		for _, v := range vs {
			for _, w := range with {
				kk := k{key(v.perfect), key(w)}
				if codes[kk] == nil {
					codes[kk] = map[string]bool{}
				}
				codes[kk][r.code] = true
			}
		}
	}
	// Merge patterns with the same object and code, each verb once: a verb
	// with the same object twice would shadow itself.
	type g struct{ with, code string }
	groups := map[g]*pat{}
	var order []g
	for _, p := range cands {
		conflict := false
		for _, v := range p.verbs {
			for _, w := range p.with {
				if len(codes[k{key(v.perfect), key(w)}]) > 1 {
					conflict = true
				}
			}
		}
		if conflict {
			drops["conflict: same verb+object, other code"]++
			continue
		}
		ws := make([]string, len(p.with))
		for i, w := range p.with {
			ws[i] = key(w)
		}
		sort.Strings(ws)
		gk := g{strings.Join(ws, "|"), p.code}
		q := groups[gk]
		if q == nil {
			cp := p
			cp.verbs = nil
			q = &cp
			groups[gk] = q
			order = append(order, gk)
		} else {
			drops["duplicate (merged)"]++
		}
		for _, v := range p.verbs {
			dup := false
			for _, u := range q.verbs {
				dup = dup || key(u.perfect) == key(v.perfect)
			}
			if !dup {
				q.verbs = append(q.verbs, v)
			}
		}
	}
	var out []pat
	n := map[string]int{}
	for _, gk := range order {
		q := groups[gk]
		n[q.code]++
		q.id = fmt.Sprintf("up-%s-%d", q.code, n[q.code])
		sort.Slice(q.verbs, func(i, j int) bool { return q.verbs[i].perfect < q.verbs[j].perfect })
		out = append(out, *q)
	}
	return out
}

// object turns a pattern's object into with-phrases, or says why it cannot.
func object(obj string, synsets map[string][]string) ([]string, string) {
	obj = strings.NewReplacer("*", " ", "(", " ", ")", " ", "{", " ", "}", " ").Replace(obj)
	var words []string
	var syn string
	for _, w := range strings.Fields(obj) {
		if strings.HasPrefix(w, "&") {
			syn = w
			continue
		}
		if preps[w] {
			continue
		}
		words = append(words, w)
	}
	if syn != "" {
		if len(words) > 0 {
			return nil, "object: synset inside a phrase"
		}
		var out []string
		for _, m := range synsets[syn] {
			m = strings.ReplaceAll(m, "_", " ")
			if ok, _ := arabicWords(m); ok && !strings.Contains(m, " ") {
				out = append(out, m)
			}
		}
		if len(out) == 0 {
			return nil, "object: empty synset"
		}
		return dedupe(out), ""
	}
	if len(words) == 0 {
		return nil, "bare: no object"
	}
	if len(words) > 3 {
		return nil, "object: more than three words"
	}
	phrase := strings.Join(words, " ")
	if ok, why := arabicWords(phrase); !ok {
		return nil, why
	}
	return []string{phrase}, ""
}

func arabicWords(s string) (bool, string) {
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if !unicode.Is(unicode.Arabic, r) || unicode.IsDigit(r) {
				return false, "object: not Arabic letters"
			}
		}
		k := key(w)
		if len([]rune(k)) < 2 {
			return false, "object: word of one letter"
		}
		if _, ok := seg.Known(k); !ok {
			return false, "object: word unknown to the news vocabulary"
		}
	}
	return true, ""
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[key(s)] {
			seen[key(s)] = true
			out = append(out, s)
		}
	}
	return out
}

func write(dir string, pats []pat) error {
	byRoot := map[string][]pat{}
	for _, p := range pats {
		byRoot[p.code[:2]] = append(byRoot[p.code[:2]], p)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "up_*.lex"))
	for _, f := range old {
		os.Remove(f)
	}
	for root, ps := range byRoot {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].line < ps[j].line })
		var b strings.Builder
		e, _ := ontology.Lookup(root)
		fmt.Fprintf(&b, "# Event patterns of CAMEO root %s (%s), imported from UniversalPetrarch's Arabic\n", root, e.Name)
		fmt.Fprintf(&b, "# verb dictionary CAMEO.ar.0.5.txt (MIT, Open Event Data Alliance).\n")
		fmt.Fprintf(&b, "# Generated by `go run ./internal/lexgen/patterns` (internal/lexgen/patterns/main.go); do not edit:\n")
		fmt.Fprintf(&b, "# write patterns by hand in the NN_*.lex files, which the generator reads and never competes with.\n")
		for _, p := range ps {
			fmt.Fprintf(&b, "\npattern %s\n  cameo %s\n", p.id, p.code)
			fmt.Fprintf(&b, "  # UniversalPetrarch line %d\n", p.line)
			for _, v := range p.verbs {
				fmt.Fprintf(&b, "  verb %s %s\n", v.perfect, v.imperfect)
			}
			fmt.Fprintf(&b, "  with %s\n", strings.Join(p.with, " | "))
		}
		name := filepath.Join(dir, "up_"+root+".lex")
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var problemRe = regexp.MustCompile(`pattern (up-[0-9]+-[0-9]+): (trigger .* with the same context|form .* has no Arabic word)`)

// shadowed loads the lexicon with dir's files as a user directory and
// returns the imported patterns its checker finds shadowed or unkeyable.
func shadowed(dir string) (map[string]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	lx, err := lexicon.Load(seg, abs)
	if err != nil {
		return nil, err
	}
	bad := map[string]string{}
	for _, e := range lx.Check() {
		msg := e.Error()
		if !strings.HasPrefix(msg, abs) {
			continue // a built-in (embedded, possibly stale) file
		}
		if m := problemRe.FindStringSubmatch(msg); m != nil {
			if strings.HasPrefix(m[2], "form") {
				bad[m[1]] = "object: keys to nothing (lexicon check)"
			} else {
				bad[m[1]] = "shadow: same trigger and context (lexicon check)"
			}
		}
	}
	return bad, nil
}
