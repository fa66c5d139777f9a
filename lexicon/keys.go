package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// A token's key is what the lexicon matches it by: the normalized stem the
// text layer's segmenter leaves once clitics are cut off. Entries and text
// are keyed by the same function, so a form matches the words the
// segmenter reads the same way: "العراق" keys "العراق", and so do
// "بالعراق", "والعراق" and "للعراق" (whose stem the segmenter restores).
//
// The article matters one way only: a form written without it matches
// words with or without it ("حكومة" matches "الحكومة"), a form written
// with it matches only words that have it ("القاعدة", al-Qaeda, is not
// "قاعدة عسكرية", a military base). So each word has two keys: bare, with
// the article dropped, and definite, the whole stem when it has the
// article.
func stemKeys(segs []arabic.Segment) (bare, definite string) {
	for _, g := range segs {
		if g.Kind == arabic.SegStem {
			bare = bareKey(g.Norm)
			if len(bare) < len(g.Norm) {
				definite = g.Norm
			}
			return bare, definite
		}
	}
	return "", ""
}

const article = "ال"

// bareKey drops the article from a key that keeps at least two letters
// after it, and lowers Latin letters.
func bareKey(k string) string {
	if strings.HasPrefix(k, article) && utf8.RuneCountInString(k) >= 4 {
		return k[len(article):]
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(k)
		}
	}
	return k
}

// isBreak reports whether a token ends the run a mention or a trigger's
// context may span: sentence and clause punctuation.
func isBreak(t arabic.Token) bool {
	if t.Kind != arabic.Punct {
		return false
	}
	switch t.Text {
	case "،", ",", "-", "–", "(", ")", "«", "»", "\"", "“", "”":
		return false
	}
	return true
}

// keyer cuts forms into token keys with the segmenter.
type keyer struct {
	seg   *arabic.Segmenter
	toks  []arabic.Token
	segs  []arabic.Segment
	cache map[string]string // a word's normalized form → its key
}

// keys returns the token keys of a form, or nil when a token of the form
// has no key (punctuation, a lone clitic).
func (k *keyer) keys(form string) []string {
	k.toks = arabic.AppendTokens(k.toks[:0], form)
	if len(k.toks) == 0 {
		return nil
	}
	keys := make([]string, 0, len(k.toks))
	for _, t := range k.toks {
		if t.Kind == arabic.Punct || t.Kind == arabic.Symbol {
			return nil
		}
		key, ok := k.cache[t.Norm]
		if !ok {
			k.segs = k.seg.AppendSegments(k.segs[:0], t)
			var def string
			key, def = stemKeys(k.segs)
			if def != "" {
				key = def
			}
			k.cache[t.Norm] = key
		}
		if key == "" {
			return nil
		}
		keys = append(keys, key)
	}
	return keys
}
