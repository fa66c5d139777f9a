package sqlite

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// arabicName is the SQL test of a name written in Arabic letters (its
// first character in the Arabic blocks): a name the lexicon does not know,
// whose own names are English.
const arabicName = `(unicode(e.name) BETWEEN 1536 AND 1791 OR unicode(e.name) BETWEEN 1872 AND 1919 OR unicode(e.name) BETWEEN 64336 AND 65279)`

// UnresolvedNames returns the names the coder found but the lexicon does
// not know (see marsad.UnresolvedName) that f selects, the most frequent
// first: by the number of stories they occur in, then of mentions.
func (s *Store) UnresolvedNames(ctx context.Context, f marsad.UnresolvedFilter) ([]*marsad.UnresolvedName, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	kinds := []any{marsad.KindPerson, marsad.KindOrg, marsad.KindLocation}
	if f.Kind != "" {
		kinds = []any{f.Kind}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.name, e.kind, COUNT(*), COUNT(DISTINCT IFNULL(d.story, d.id))
		FROM entities e JOIN documents d ON d.id = e.doc
		WHERE e.kind IN (?`+strings.Repeat(", ?", len(kinds)-1)+`) AND `+arabicName+`
		GROUP BY e.name, e.kind
		ORDER BY 4 DESC, 3 DESC, e.name`, kinds...)
	if err != nil {
		return nil, s.wrap(err)
	}
	var out []*marsad.UnresolvedName
	type key struct{ name, kind string }
	byKey := map[key]*marsad.UnresolvedName{}
	for len(out) < limit && rows.Next() {
		n := &marsad.UnresolvedName{Examples: []marsad.NameExample{}}
		if err := rows.Scan(&n.Name, &n.Kind, &n.Mentions, &n.Stories); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		if f.Known != nil && f.Known(n.Name, n.Kind) {
			continue
		}
		out = append(out, n)
		byKey[key{n.Name, n.Kind}] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	if len(out) == 0 {
		return out, nil
	}

	// The codes role words gave them, and where they occur: one scan of
	// their entities.
	names := make([]any, 0, len(out))
	for _, n := range out {
		names = append(names, n.Name)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT e.name, e.kind, e.code, e.country, e.doc, e.start, e."end", IFNULL(d.story, d.id)
		FROM entities e JOIN documents d ON d.id = e.doc
		WHERE e.name IN (?`+strings.Repeat(", ?", len(names)-1)+`)
		ORDER BY e.doc, e.seq`, names...)
	if err != nil {
		return nil, s.wrap(err)
	}
	type place struct {
		n          *marsad.UnresolvedName
		doc        int64
		start, end int
	}
	type coded struct {
		key
		code, country string
	}
	codes := map[coded]int{}
	seen := map[key]map[int64]bool{} // stories an example was taken from
	var places []place
	for rows.Next() {
		var k key
		var code, country string
		var doc, story int64
		var start, end int
		if err := rows.Scan(&k.name, &k.kind, &code, &country, &doc, &start, &end, &story); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		n := byKey[k]
		if n == nil {
			continue
		}
		if code != "" {
			codes[coded{k, code, country}]++
		}
		if len(seen[k]) < f.Examples && !seen[k][story] {
			if seen[k] == nil {
				seen[k] = map[int64]bool{}
			}
			seen[k][story] = true
			places = append(places, place{n, doc, start, end})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	best := map[key]int{}
	for c, k := range codes {
		n := byKey[c.key]
		if b := best[c.key]; k > b || k == b && c.code < n.Code {
			n.Code, n.Country, best[c.key] = c.code, c.country, k
		}
	}

	texts := map[int64][2]string{} // row id → doc id, text
	for _, p := range places {
		t, ok := texts[p.doc]
		if !ok {
			if err := s.db.QueryRowContext(ctx, `SELECT doc_id, text FROM documents WHERE id = ?`, p.doc).Scan(&t[0], &t[1]); err != nil {
				return nil, s.wrap(err)
			}
			texts[p.doc] = t
		}
		p.n.Examples = append(p.n.Examples, marsad.NameExample{DocID: t[0], Sentence: sentenceAround(t[1], p.start, p.end)})
	}
	return out, nil
}

// Bounds of an example sentence, in bytes.
const (
	exampleReach = 600 // how far either side of the name a sentence is looked for
	exampleMax   = 320 // a longer sentence is cut around the name
)

// sentenceAround returns the sentence of text that holds the bytes [start,
// end), on one line, cut to about exampleMax bytes around them.
func sentenceAround(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	lo, hi := runeStart(text, max(start-exampleReach, 0)), runeStart(text, min(end+exampleReach, len(text)))
	win := text[lo:hi]
	s, e := start-lo, end-lo
	from, to := 0, len(win)
	for _, sn := range arabic.Sentences(win, arabic.Tokenize(win)) {
		if sn.Start <= s && e <= sn.End {
			from, to = sn.Start, sn.End
			break
		}
	}
	pre, post := "", ""
	if to-from > exampleMax {
		// Cut at spaces, about as much on either side of the name.
		side := max((exampleMax-(e-s))/2, 0)
		if s-from > side {
			i := s - side
			if j := strings.IndexByte(win[i:s], ' '); j >= 0 {
				i += j + 1
			}
			from, pre = runeStart(win, i), "…"
		}
		if to-e > side {
			i := e + side
			if j := strings.LastIndexByte(win[e:i], ' '); j >= 0 {
				i = e + j
			}
			to, post = runeStart(win, i), "…"
		}
	}
	return pre + strings.Join(strings.FieldsFunc(win[from:to], unicode.IsSpace), " ") + post
}

// runeStart moves i back to the start of the UTF-8 sequence it is in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
